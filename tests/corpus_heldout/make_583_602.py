"""Writes held-out messages 583-602 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): REGIONAL BUSINESS MAIL. example.co.jp is
株式会社エグザンプル, 本社 〒105-0011 東京都港区芝公園2-4-1, 代表 03-6453-1000; example.co.jp and its
subdomains (gunma., nagano., hokkaido., tohoku., travel., care., bus., kusatsu.) are internal, everything else
external. Regional offices write to and about local partners; places are written as locals write them,
without the prefecture (郡, 大字/字, 番地の, 地割, 条丁目), mixed with place names in prose that are no addresses.
- Positives (9): a JA 生産者 pickup list as a CP932 CSV plus the JA 集荷所 in the text (583), a city's
  補助金 補正依頼 forwarded with the applicant's 〒 / address / phones / 昭和 DOB and the officer's signature
  (585), a school trip's allergy list with guardians' phones as an Outlook-pasted table (587), a site's
  neighbour list for a notice drop in ISO-2022-JP (589), a 観光協会 民宿 list .xlsx (591), a landowner
  survey with 地割 / 地番 parcels and owners' addresses (593), a resident complaint forwarded internally
  (595, internal), an elderly-care visit roster .xlsx with 和暦 DOBs (597), public halls with 〒, address
  and phone (600: public buildings' addresses are addresses).
- Controls (11), no personal data at all: a commuter bus timetable (584, internal), a weather and road
  report in ISO-2022-JP (586), a sales report by city in HTML (588, internal), a winter festival schedule in
  HTML (590), a site progress report with 工区 and bare 地番 (592, internal), a produce price list with
  grades as a CP932 CSV (594), a school calendar in ISO-2022-JP (596), a village notice naming 大字 and
  地区 with meeting times (598, internal), a hotel's group booking with only its own details in the
  signature (599), a tourism model course in prose (601), farm meeting minutes by town (602, internal).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_583_602.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import csv
import html
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 12, 15, 9, 0, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def T(*cells) -> str:
    """One Excel row as Excel puts it on the clipboard: cells separated by TAB."""
    return "\t".join(str(c) for c in cells)


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, html_body=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64", html_cte="quoted-printable") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=cte)
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    stem = msgid.strip("<>").split("@")[0]
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_{stem}_{i:02d}")
            i += 1
    return msg.as_bytes()


def b_word(s: str) -> str:
    return "=?ISO-2022-JP?B?" + base64.b64encode(s.encode("iso2022_jp")).decode("ascii") + "?="


def jis_message(*, sender_name, sender_addr, to, subject, date, msgid, body, cc=None,
                mailer=("X-Mailer", "Becky! ver. 2.81.07")) -> bytes:
    """A single-part ISO-2022-JP (7bit) text/plain message, as Japanese mailers still send it."""
    def addr(name_addr):
        name, a = name_addr
        return f"{b_word(name)} <{a}>" if name else a
    head = [("From", addr((sender_name, sender_addr))), ("To", ", ".join(addr(x) for x in to))]
    if cc:
        head.append(("Cc", ", ".join(addr(x) for x in cc)))
    head += [("Subject", b_word(subject)), ("Date", date), ("Message-ID", msgid)]
    if mailer:
        head.append(mailer)
    head += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="ISO-2022-JP"'),
             ("Content-Transfer-Encoding", "7bit")]
    lines = body.rstrip("\n").split("\n")
    return ("\r\n".join(f"{k}: {v}" for k, v in head) + "\r\n\r\n").encode("ascii") + \
        b"\r\n".join(line.encode("iso2022_jp") for line in lines) + b"\r\n"


def esc(s: str) -> str:
    return html.escape(str(s), quote=False)


def outlook_html(inner: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel" lang="ja">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0mm;font-size:10.5pt;font-family:"游ゴシック",sans-serif;}\n'
            'table.MsoNormalTable{border-collapse:collapse;}</style>\n'
            '</head>\n<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def paras(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append('<p class="MsoNormal">' + (esc(line).replace("  ", "&nbsp; ") or "<o:p>&nbsp;</o:p>") + "</p>")
    return "\n".join(out)


def excel_table(header: list[str], rows: list[list], widths: list[int]) -> str:
    """An Excel range as Outlook pastes it: MsoNormalTable, one <p class=MsoNormal><span> per cell."""
    def td(v, w, bold=False):
        style = (f"width:{w:d}pt;border:solid windowtext 1.0pt;border-top:none;padding:0mm 3.5pt 0mm 3.5pt;"
                 "height:18.0pt")
        txt = esc(v) if v != "" else "<o:p>&nbsp;</o:p>"
        if bold:
            txt = f"<b>{txt}</b>"
        return (f'<td width="{round(w * 1.333)}" nowrap valign="bottom" style="{style}">'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;color:black">{txt}</span></p></td>')

    out = ['<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse">']
    out.append('<tr style="height:18.0pt">' + "".join(td(h, w, True) for h, w in zip(header, widths, strict=True))
               + "</tr>")
    for row in rows:
        out.append('<tr style="height:18.0pt">' + "".join(td(v, w) for v, w in zip(row, widths, strict=True))
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_text(header: list[str], rows: list[list]) -> list[str]:
    """The text/plain alternative Outlook writes for a pasted range: TAB between cells."""
    return [T(*header)] + [T(*r) for r in rows]


def html_mail(intro: str, header: list[str], rows: list[list], widths: list[int], outro: str) -> tuple[str, str]:
    """(text/plain, text/html) of a mail with an Excel range pasted between two paragraphs of text."""
    text = intro + "\n".join(table_text(header, rows)) + "\n" + outro
    body = outlook_html(paras(intro.rstrip("\n")) + "\n" + excel_table(header, rows, widths) + "\n"
                        + paras(outro.rstrip("\n")))
    return text, body


# ---- files ----------------------------------------------------------------------------------

def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{html.escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-15T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-15T00:00:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def xlsx(sheet: str, header: list[str], rows: list[list], widths: list[int], creator: str) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_bytes(header, rows, encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


# ---- the company's own details (signatures) --------------------------------------------------
HQ_POST = "〒105-0011"
HQ_ADDR = "東京都港区芝公園2-4-1"
HQ_TEL = "03-6453-1000"


# ===================================================================================== 583
# 西上州営業所 -> external carrier: JA西上州's 下仁田ねぎ growers for a farm-gate pickup, CP932 CSV straight
# from the JA's 生産者台帳 (addresses without 群馬県: 甘楽郡下仁田町大字…, 南牧村…番地の1, 富岡市妙義町…), 6
# growers, 7 phones (one home + mobile); the text adds the JA 集荷所 (甘楽郡下仁田町大字下仁田427番地の2) and
# the JA officer's phone, and repeats one grower's home phone -> 7 addresses, 8 phones -> confirm.
CSV583 = csv_bytes(
    ["生産者番号", "氏名", "住所", "電話番号", "携帯電話", "品目", "規格", "ケース数", "集荷予定"],
    [["NS-0412", "小林 利夫", "甘楽郡下仁田町大字馬山3871番地", "0274-82-3316", "", "下仁田ねぎ", "2L", "48", "9:00"],
     ["NS-0438", "神戸 和子", "甘楽郡下仁田町大字西野牧1120-2", "0274-84-2207", "090-4471-8830", "下仁田ねぎ", "L", "36", "9:30"],
     ["NS-0451", "茂木 隆", "甘楽郡南牧村大字磐戸412番地の1", "0274-87-2154", "", "下仁田ねぎ", "2L/L", "40/24", "10:15"],
     ["NS-0467", "佐藤 一二三", "富岡市妙義町諸戸1045", "0274-73-2281", "", "下仁田ねぎ", "L", "60", "10:50"],
     ["NS-0503", "新井 幸雄", "甘楽郡甘楽町大字福島1503-6", "", "080-5562-1907", "下仁田ねぎ", "M", "44", "11:20"],
     ["NS-0519", "高橋 正", "甘楽郡下仁田町大字吉崎245", "0274-82-5519", "", "下仁田ねぎ", "2L", "60", "11:45"]],
    encoding="cp932")
MESSAGES["583_csv_cp932_ja_negi_growers_pickup.eml"] = message(
    sender="農業資材事業部 西上州営業所 小板橋 健 <koitabashi.ken@gunma.example.co.jp>",
    to=["上信運輸株式会社 富岡営業所 配車係 <haisha-tomioka@joshin-unyu.example>"],
    subject="【集荷依頼】下仁田ねぎ 12/17(水) 生産者集荷分 リスト送付(6件)",
    date="Mon, 15 Dec 2025 08:50:00 +0900", msgid="<20251215085000.583A@gunma.example.co.jp>",
    body=L("上信運輸株式会社 富岡営業所",
           "配車係 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル西上州営業所の小板橋です。",
           "JA西上州さんから、12月17日（水）に生産者の庭先で集荷する下仁田ねぎのリストが届きましたので、",
           "CSVでお送りします（6件。JAの生産者台帳から抜き出したもので、住所は台帳の表記のままです）。",
           "",
           "・集荷は午前中に生産者宅を回り、午後はJA西上州 下仁田集荷所（甘楽郡下仁田町大字下仁田427番地の2）",
           "　に持ち込みをお願いします。",
           "・南牧村の茂木さん宅は道が狭いため、2t車でお願いします。",
           "・神戸さんは日中畑に出ていることが多いので、自宅（0274-84-2207）がつながらない場合は携帯へ",
           "　連絡してください。",
           "・当日の変更は、JAの野口さん（営農経済課、0274-82-2411）から直接連絡が入ることがあります。",
           "",
           "ケース数の合計は 312 ケース（2L 148、L 120、M 44）です。",
           "下仁田・南牧方面は朝方の路面凍結が多いので、9:00 より前の集荷は避けてください。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 農業資材事業部 西上州営業所",
           "小板橋 健",
           "〒370-2316 富岡市富岡1460-2",
           "TEL 0274-62-5130 / 携帯 080-2216-4471",
           "koitabashi.ken@gunma.example.co.jp"),
    attachments=[("shuka_negi_20251217.csv", "text/csv", CSV583)])

# ===================================================================================== 584
# Control, internal only (gunma. -> gunma.): commuter bus times for a moved office: "高崎駅西口 7:05 → 前橋駅
# 7:28 → 前橋市役所前 7:32", 系統1-3, fares, minutes -> pass.
MESSAGES["584_int_commuter_bus_timetable_maebashi.eml"] = message(
    sender="前橋営業所 総務 須藤 麻衣 <sudo.mai@gunma.example.co.jp>",
    to=["前橋営業所 全員 <maebashi-all@gunma.example.co.jp>"],
    subject="1/5からの通勤バス(系統1-3)の時刻について",
    date="Tue, 16 Dec 2025 12:10:00 +0900", msgid="<20251216121000.584A@gunma.example.co.jp>",
    cte="quoted-printable",
    body=L("前橋営業所の皆さん",
           "",
           "総務の須藤です。",
           "1月5日（月）から営業所が本町の新事務所に移るのに合わせて、通勤に使えるバスの時刻をまとめました。",
           "新事務所の最寄りは「前橋市役所前」と「本町二丁目」の2つの停留所です。",
           "",
           "■系統1（高崎駅西口 → 前橋駅 → 前橋市役所前）",
           "　高崎駅西口 7:05 → 前橋駅 7:28 → 前橋市役所前 7:32",
           "　高崎駅西口 7:35 → 前橋駅 7:58 → 前橋市役所前 8:02",
           "　高崎駅西口 8:05 → 前橋駅 8:28 → 前橋市役所前 8:32",
           "",
           "■系統2（新前橋駅 → 県庁前 → 本町二丁目）",
           "　新前橋駅 7:40 → 県庁前 7:51 → 本町二丁目 7:55",
           "　新前橋駅 8:10 → 県庁前 8:21 → 本町二丁目 8:25",
           "",
           "■系統3（伊勢崎駅 → 駒形 → 前橋市役所前）※平日のみ",
           "　伊勢崎駅 6:50 → 駒形 7:12 → 前橋市役所前 7:41",
           "",
           "・系統1-3 とも運賃は 310〜520 円で、ICカードが使えます。",
           "・帰りは 17:45-18:30 に市役所前から 1-3 系統 合わせて 6 本あります。",
           "・雪の日は 10-15 分ほど遅れることがあります。",
           "",
           "通勤手当の経路変更は 12月26日（金）までに申請してください。",
           "",
           SIGDASH,
           "前橋営業所 総務 須藤（内線 5102）"))

# ===================================================================================== 585
# 長野営業所 -> external installer: a city's 補正依頼 forwarded below the sender's framed signature: the
# applicant's 昭和46年 DOB, 〒 + 安曇野市豊科高家2274番地の3, home and mobile phones; the city officer's
# direct line and e-mail in her signature -> hold (one DOB, 3 phones).
MESSAGES["585_fwd_city_stove_subsidy_application.eml"] = message(
    sender="長野営業所 住宅設備課 丸山 直子 <maruyama.naoko@nagano.example.co.jp>",
    to=["北アルプス設備工業株式会社 工事部 降旗様 <furihata@kita-alps-setsubi.example>"],
    subject="FW: 【補助金】薪ストーブ設置補助 申請書の補正について(受付番号 R7-薪-0142)",
    date="Wed, 17 Dec 2025 13:25:00 +0900", msgid="<20251217132500.585A@nagano.example.co.jp>",
    body=L("北アルプス設備工業株式会社",
           "工事部 降旗様",
           "",
           "お世話になっております。エグザンプル長野営業所の丸山です。",
           "平林様邸の薪ストーブの件で、安曇野市の環境課から申請書の補正依頼が届きましたので転送します。",
           "補正の2点は、どちらも御社の書類（見積書と工事前写真）になりますので、12月24日までに",
           "ご用意いただけますでしょうか。",
           "工事前写真は、煙突を出す北側の外壁と、ストーブを置く居間の床の2枚が必要とのことです。",
           "",
           "平林様には私から電話でご説明済みです（ご在宅は平日の夕方以降とのことです）。",
           "",
           "──────────────────",
           "株式会社エグザンプル 長野営業所 住宅設備課",
           "丸山 直子",
           "〒390-0811 松本市中央2-1-20 エグザンプル松本ビル3F",
           "TEL 0263-33-7124",
           "──────────────────",
           "",
           "-----Original Message-----",
           "From: 安曇野市 環境課 温暖化対策係 <ondanka@city-azumino.example>",
           "Sent: Wednesday, December 17, 2025 11:02 AM",
           "To: 丸山 直子 <maruyama.naoko@nagano.example.co.jp>",
           "Subject: 【補助金】薪ストーブ設置補助 申請書の補正について（受付番号 R7-薪-0142）",
           "",
           "株式会社エグザンプル 丸山様",
           "",
           "いつもお世話になっております。安曇野市環境課の中島です。",
           "代理でご提出いただいた下記の申請について、補正をお願いします。",
           "",
           "受付番号：R7-薪-0142",
           "申請者：平林 義明 様",
           "生年月日：昭和46年9月12日",
           "住所：〒399-8204 安曇野市豊科高家2274番地の3",
           "電話：0263-72-4418（自宅）／090-3382-1764（携帯）",
           "設置場所：申請者住所に同じ",
           "補助対象経費：1,284,000円（補助上限 150,000円）",
           "",
           "【補正内容】",
           "1. 見積書の日付（12月20日）が申請日（12月12日）より後になっています。",
           "   申請日以前の日付の見積書をご提出ください。",
           "2. 工事前の写真が1枚のみです。設置場所の全景がわかる写真を2枚以上添付してください。",
           "",
           "補正期限は令和8年1月9日（金）です。期限を過ぎると今年度の予算枠で受付できない場合があります。",
           "穂高地区・三郷地区からの申請が多く、予算の残りが少なくなっていますのでご注意ください。",
           "",
           "安曇野市 市民生活部 環境課 温暖化対策係",
           "中島 聡子",
           "電話 0263-71-2493（直通）",
           "ondanka@city-azumino.example"))

# ===================================================================================== 586
# Control, ISO-2022-JP: 松本営業所 -> external carrier: weather and road report: "松本市 −5〜2℃", "木曽郡木曽町
# −9〜−1℃", "国道19号 塩尻市内 12-15km 渋滞", IC names and closures, run changes by town -> plain hold; the
# sender's TEL / mobile are his '-- ' signature.
MESSAGES["586_jis_weather_road_report_matsumoto.eml"] = jis_message(
    sender_name="松本営業所 配送管理 百瀬 拓也", sender_addr="momose.takuya@nagano.example.co.jp",
    to=[("安曇運送株式会社 運行管理", "unko@azumi-unso.example")],
    subject="12/18(木) 道路・気象情報と配送ルートの変更",
    date="Thu, 18 Dec 2025 06:15:00 +0900", msgid="<20251218061500.586A@nagano.example.co.jp>",
    body=L("安曇運送株式会社",
           "運行管理 ご担当者様",
           "",
           "おはようございます。エグザンプル松本営業所の百瀬です。",
           "本日の気象・道路情報と、それに伴う配送ルートの変更をお知らせします。",
           "",
           "■気温（予想最低〜最高）",
           "松本市 −5〜2℃",
           "安曇野市 −7〜1℃",
           "塩尻市 −6〜1℃",
           "木曽郡木曽町 −9〜−1℃",
           "大町市 −8〜0℃（積雪 20-30cm）",
           "",
           "■道路",
           "・国道19号 塩尻市内 12-15km 渋滞（7:00-9:00 見込み、凍結による事故処理）",
           "・国道158号 松本市 波田〜奈川渡 チェーン規制",
           "・長野自動車道 塩尻北IC-岡谷JCT 上り 5:00-9:30 通行止め（除雪作業）",
           "・県道25号 安曇野市内は圧雪、20-30km/h で走行",
           "",
           "■配送ルートの変更",
           "・木曽方面（3便）は渋滞を避けるため、出発を 30分 早めて 6:30 にしてください。",
           "・大町方面は 2-3 便を1便にまとめ、10:30 出発とします。",
           "・安曇野市 穂高 の 4 件は午後に回します。",
           "",
           "ドライバーの皆さんには、無理な運行をしないようお伝えください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 松本営業所 配送管理",
           "百瀬 拓也",
           "TEL 0263-33-7130 / 携帯 090-6218-3307"))

# ===================================================================================== 587
# 旅行事業部 -> external inn: a school's 2年 宿泊学習 list of six pupils needing care (allergies, asthma,
# medication) with each guardian's phone, pasted from Excel (HTML table + TAB text), and the head teacher's
# mobile in the text -> 7 phones -> confirm. Classes "2-1" … "2-4" are no numbers of anyone.
HDR587 = ["No", "組", "生徒氏名", "配慮事項", "保護者（続柄）", "緊急連絡先"]
ROWS587 = [
    ["1", "2-1", "星野 陽菜", "卵アレルギー（除去食）", "星野 真由美（母）", "090-2231-4478"],
    ["2", "2-1", "角田 悠真", "喘息（吸入薬持参）", "角田 浩二（父）", "080-6614-2093"],
    ["3", "2-2", "林 結衣", "乗り物酔い（バス前方席）", "林 美穂（母）", "070-3318-5526"],
    ["4", "2-3", "生方 蓮", "小麦アレルギー（除去食）", "生方 恵（母）", "090-8872-0315"],
    ["5", "2-3", "石田 颯太", "そばアレルギー（そば殻枕不可）", "石田 和枝（祖母）", "0278-22-6641"],
    ["6", "2-4", "阿部 美咲", "服薬あり（朝食後）", "阿部 敏之（父）", "080-1147-3369"],
]
intro587 = L("御宿ひがしやま",
             "予約係 ご担当者様",
             "",
             "いつもお世話になっております。エグザンプル旅行事業部 教育旅行課の桑原です。",
             "1月28日（水）〜30日（金）にご利用いただく沼田市立沼北中学校 2年生（4クラス 126名、引率 9名）の件で、",
             "学校から配慮が必要な生徒の一覧と保護者の緊急連絡先が届きましたので、お送りします。",
             "夕食・朝食のアレルギー対応と、夜間に体調を崩した場合の連絡にお使いください。",
             "")
outro587 = L("",
             "・夜間の急病時は、まず引率責任者の学年主任 須田先生（携帯 090-5529-8104）にご連絡ください。",
             "　保護者への連絡は先生から行います。",
             "・アレルギー対応食は 3 名分です。別トレーに部屋番号と氏名を表示してください。",
             "・この一覧は宿泊終了後に破棄をお願いします。",
             "",
             "よろしくお願いいたします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 旅行事業部 教育旅行課（沼田営業所）",
             "桑原 俊",
             "TEL 0278-22-7150",
             "kuwabara.shun@travel.example.co.jp")
TEXT587, HTML587 = html_mail(intro587, HDR587, ROWS587, [24, 30, 70, 150, 100, 85], outro587)
MESSAGES["587_html_school_trip_guardian_contacts.eml"] = message(
    sender="旅行事業部 教育旅行課 桑原 俊 <kuwabara.shun@travel.example.co.jp>",
    to=["御宿ひがしやま 予約係 <yoyaku@oyado-higashiyama.example>"],
    subject="【沼北中 2年 宿泊学習 1/28-1/30】配慮が必要な生徒と緊急連絡先",
    date="Fri, 19 Dec 2025 16:20:00 +0900", msgid="<20251219162000.587A@travel.example.co.jp>",
    body=TEXT587, html_body=HTML587)

# ===================================================================================== 588
# Control, internal only (hokkaido. -> HQ, Cc hokkaido.): sales by city as an Outlook HTML table: "旭川市
# 12-15% 増", "帯広市 第2四半期 3,200万円", percentages, 万円 -> pass.
HDR588 = ["地区", "第2四半期", "第3四半期（速報）", "前年同期比", "コメント"]
ROWS588 = [
    ["札幌市", "1億2,400万円", "1億3,150万円", "104.2%", "除雪機の受注が 11月に集中"],
    ["旭川市", "4,180万円", "4,760万円", "112.6%", "1-3 月も 12-15% 増の見込み"],
    ["帯広市", "3,200万円", "3,540万円", "108.9%", "農機の更新需要（音更町・芽室町）"],
    ["北見市", "2,050万円", "1,990万円", "97.0%", "玉ねぎ価格の低迷で 3% 減"],
    ["釧路市", "1,620万円", "1,850万円", "103.4%", "1-2 月は除雪機で回復見込み"],
    ["函館市", "2,740万円", "2,610万円", "99.2%", "第4四半期に 2-3 件の大口案件"],
]
intro588 = L("営業本部 各位",
             "",
             "北海道支社 営業企画の長谷部です。",
             "第3四半期（10-12月）の道内 地区別売上の速報をお送りします（12月24日締め、単位は税抜）。",
             "")
outro588 = L("",
             "・帯広市は第2四半期 3,200万円 から 10% 以上伸び、道内では旭川市に次ぐ伸び率です。",
             "・旭川市 12-15% 増 の見込みは、1月の展示会の受注を含めた数字です。",
             "・北見市・函館市の減少分は、第4四半期で取り戻せる見込みです。",
             "",
             "確定値は1月9日の営業会議でご報告します。",
             "",
             SIGDASH,
             "北海道支社 営業企画課 長谷部 亮（内線 8120）")
TEXT588, HTML588 = html_mail(intro588, HDR588, ROWS588, [50, 80, 90, 70, 200], outro588)
MESSAGES["588_int_html_hokkaido_sales_by_city.eml"] = message(
    sender="北海道支社 営業企画課 長谷部 亮 <hasebe.ryo@hokkaido.example.co.jp>",
    to=["営業本部 <eigyo-honbu@example.co.jp>"],
    cc=["北海道支社 営業部 <eigyo@hokkaido.example.co.jp>"],
    subject="道内 地区別売上速報(第3四半期・10-12月)",
    date="Thu, 25 Dec 2025 10:30:00 +0900", msgid="<20251225103000.588A@hokkaido.example.co.jp>",
    body=TEXT588, html_body=HTML588)

# ===================================================================================== 589
# ISO-2022-JP: 工事事務所 -> external posting company: neighbour list for a notice drop: 7 neighbours'
# addresses without 群馬県 (前橋市総社町総社…, …1598番地の2, 総社町植野…, 元総社町2丁目14-7) and the site
# (前橋市総社町総社1611番地 ほか) -> 8 addresses -> confirm; no phones except the sender's own.
MESSAGES["589_jis_site_neighbour_notice_drop_list.eml"] = jis_message(
    sender_name="建設部 前橋北倉庫工事事務所 関 浩之", sender_addr="seki.hiroyuki@gunma.example.co.jp",
    to=[("有限会社ぐんまポスティング 配布係", "haifu@gunma-posting.example")],
    subject="近隣あいさつ文 投函先リスト(前橋北倉庫 新築工事)",
    date="Fri, 19 Dec 2025 09:40:00 +0900", msgid="<20251219094000.589A@gunma.example.co.jp>",
    body=L("有限会社ぐんまポスティング",
           "配布係 ご担当者様",
           "",
           "お世話になっております。エグザンプル建設部 前橋北倉庫工事事務所の関です。",
           "先日ご相談した近隣あいさつ文の投函先リストをお送りします。",
           "文書（A4 1枚、工事概要と連絡先入り）は 12月22日（月）に事務所でお渡しします。",
           "",
           "【工事名】（仮称）エグザンプル前橋北倉庫 新築工事",
           "【工事場所】前橋市総社町総社1611番地 ほか",
           "【投函期限】12月24日（水）まで（着工は1月13日）",
           "",
           "【投函先】（宛名は世帯主様。手渡しできない場合はポストへ）",
           "1. 田村 様　前橋市総社町総社1605-3",
           "2. 木暮 様　前橋市総社町総社1607番地",
           "3. 狩野 様　前橋市総社町総社1620-1",
           "4. 井上 様　前橋市総社町総社1598番地の2",
           "5. 関口 様　前橋市総社町植野344-2",
           "6. コーポ植野（全8戸、集合ポスト）　前橋市総社町植野351",
           "7. 宮下 様　前橋市元総社町2丁目14-7（工事車両の出入口の向かい）",
           "",
           "・5番と6番の前は工事車両が通りますので、特に丁寧にお願いします。",
           "・3番の狩野様は前回の工事で苦情をいただいたお宅です。ご不在の場合は投函せず、",
           "　事務所までご連絡ください。",
           "・総社地区の自治会長さんには、別途こちらから説明に伺います。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 建設部 前橋北倉庫工事事務所",
           "関 浩之",
           "TEL 027-251-3380 / 携帯 090-3317-2259",
           "seki.hiroyuki@gunma.example.co.jp"))

# ===================================================================================== 590
# Control (HTML table + TAB text) to an ad agency: winter events by town with dates, times and venues
# named only ("湯畑広場", "第2-3駐車場", "第1-2会場"), shuttle buses 1-3号車, ad pages -> plain hold.
HDR590 = ["イベント", "町村", "日程", "時間", "会場"]
ROWS590 = [
    ["鳥追い祭り", "中之条町", "1月14日（水）", "19:00-21:00", "伊勢町地区 通り"],
    ["湯けむり 雪灯り祭り", "草津町", "1月24日（土）-25日（日）", "17:00-21:00", "湯畑広場・西の河原公園"],
    ["氷瀑ライトアップ", "長野原町", "1月31日（土）-2月15日（日）", "18:00-21:00", "第2-3駐車場 → 遊歩道"],
    ["雪合戦大会", "嬬恋村", "2月7日（土）", "9:00-15:00", "スキー場 第1-2会場"],
    ["雪上花火", "東吾妻町", "2月21日（土）", "19:30-19:45", "岩櫃ふれあいの郷 グラウンド"],
]
intro590 = L("株式会社上毛エージェンシー",
             "営業部 ご担当者様",
             "",
             "いつもお世話になっております。エグザンプル観光事業部 吾妻営業所の唐沢です。",
             "2月号の「西吾妻 冬のイベント」広告の日程を、各町村の観光協会に確認のうえまとめました。",
             "")
outro590 = L("",
             "・草津町・長野原町は期間中、シャトルバス 1-3 号車 を 15分間隔 で運行します（片道 200円）。",
             "・嬬恋村の雪合戦大会は 1チーム 7名、参加 32 チームまで（申込締切 1月9日）。",
             "・広告は 2月号 P.12-13 の見開き、入稿は 1月6日（火）でお願いします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 観光事業部 吾妻営業所",
             "唐沢 美咲",
             "TEL 0279-75-2210",
             "karasawa.misaki@travel.example.co.jp")
TEXT590, HTML590 = html_mail(intro590, HDR590, ROWS590, [120, 60, 150, 75, 160], outro590)
MESSAGES["590_html_winter_festival_schedule_towns.eml"] = message(
    sender="観光事業部 吾妻営業所 唐沢 美咲 <karasawa.misaki@travel.example.co.jp>",
    to=["株式会社上毛エージェンシー 営業部 <eigyo@joumo-agency.example>"],
    subject="西吾妻 冬のイベント日程(2月号 広告掲載用)",
    date="Mon, 22 Dec 2025 14:05:00 +0900", msgid="<20251222140500.590A@travel.example.co.jp>",
    body=TEXT590, html_body=HTML590)

# ===================================================================================== 591
# 観光事業部 -> external travel agency: the 白馬村観光協会's 民宿 list as .xlsx: 5 inns with owners, addresses
# without 長野県 (北安曇郡白馬村大字北城…, 大字神城22184-41, 小谷村大字中小谷丙2871-3), TEL, FAX, a mobile in
# the 備考 column, 4 e-mails -> 5 addresses, 8 phones -> confirm.
XLSX591 = xlsx(
    "白馬・小谷 民宿",
    ["No", "宿名", "代表者", "住所", "電話", "FAX", "メール", "収容人数", "備考"],
    [[1, "民宿 みやま荘", "松沢 勝", "北安曇郡白馬村大字北城3020-8", "0261-72-3318", "0261-72-3319",
      "miyamaso@hakuba-minshuku.example", 28, "スキー場まで徒歩5分"],
     [2, "ペンション かたくり", "太田 恵子", "北安曇郡白馬村大字神城22184-41", "0261-75-2207", "",
      "info@pension-katakuri.example", 18, ""],
     [3, "民宿 おおさわ", "大沢 利一", "北安曇郡白馬村大字北城8214番地", "0261-72-4451", "0261-72-4452", "",
      35, "連絡はFAX。急ぎは携帯 090-7714-2263"],
     [4, "山の宿 とおみ", "遠見 直樹", "北安曇郡小谷村大字中小谷丙2871-3", "0261-82-2160", "",
      "toomi@otari-yado.example", 22, "2月は週末のみ"],
     [5, "ロッジ 岩岳", "丸山 浩", "北安曇郡白馬村大字北城12056-1", "0261-72-5582", "",
      "lodge-iwatake@hakuba-minshuku.example", 30, "乾燥室あり"]],
    [5, 20, 12, 34, 14, 14, 36, 9, 30], creator="山岸 亮")
MESSAGES["591_xlsx_hakuba_guesthouse_owners.eml"] = message(
    sender="観光事業部 白馬営業所 山岸 亮 <yamagishi.ryo@travel.example.co.jp>",
    to=["株式会社アルプス旅行 団体旅行課 <dantai@alps-ryoko.example>"],
    subject="白馬・小谷 スキー教室用 民宿リスト(観光協会提供)",
    date="Mon, 22 Dec 2025 11:00:00 +0900", msgid="<20251222110000.591A@travel.example.co.jp>",
    body=L("株式会社アルプス旅行",
           "団体旅行課 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル観光事業部 白馬営業所の山岸です。",
           "2月の学校団体（スキー教室）向けに、白馬村観光協会から民宿の一覧をいただきましたので、Excelでお送りします。",
           "いずれも 20-35 名の団体を受けている宿で、代表者の方には協会から事前に話を通してもらっています。",
           "",
           "・空室の確認は、各宿に直接お願いします。メールのない「おおさわ」さんはFAXでお願いします。",
           "・小谷村の「とおみ」さんは2月は週末のみの営業です。",
           "・白馬村内の宿は、八方・岩岳・五竜の各スキー場まで送迎があります（1日 2-3 便）。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 観光事業部 白馬営業所",
           "山岸 亮",
           "TEL 0261-72-6610",
           "yamagishi.ryo@travel.example.co.jp"),
    attachments=[("白馬小谷_民宿一覧_観光協会.xlsx", XLSX, XLSX591)])

# ===================================================================================== 592
# Control, internal only (gunma. -> HQ): weekly site progress: "第2-3工区", "1-2 工程", bare 地番 references
# without a town ("地番 1611-1〜1611-4", "地番 1615"), pile numbers "No.12-15", lengths, dates -> pass.
MESSAGES["592_int_site_progress_koku_chiban.eml"] = message(
    sender="建設部 前橋北倉庫工事事務所 関 浩之 <seki.hiroyuki@gunma.example.co.jp>",
    to=["建設部 工事管理課 <koji-kanri@example.co.jp>"],
    subject="前橋北倉庫 新築工事 週間工程報告(1/19-1/23)",
    date="Fri, 23 Jan 2026 17:30:00 +0900", msgid="<20260123173000.592A@gunma.example.co.jp>",
    cte="quoted-printable",
    body=L("工事管理課 各位",
           "",
           "前橋北倉庫工事事務所の関です。今週の進捗を報告します。",
           "",
           "■全体　進捗率 18%（計画 20%）",
           "■工区別",
           "・第1工区（北側）：地番 1611-1〜1611-4 の造成完了。擁壁は 1-2 工程 まで完了。",
           "・第2-3工区：杭打ち 48本中 31本 完了。No.12-15 は支持層が深く、杭長を 14-16m に変更。",
           "・第4工区：地番 1615 の仮設道路、砕石敷き 2-3 日遅れ（雪のため）。",
           "",
           "■来週の予定（1/26-1/30）",
           "・第2-3工区　杭打ち 残り 17本",
           "・第1工区　基礎配筋 A-2〜A-5 通り",
           "・第4工区　仮設道路 完了、ゲート 1-2 番 設置",
           "",
           "■安全",
           "・1月21日 ヒヤリハット 1件（バックホウ旋回時に作業員が 2-3 m まで接近）。KY活動を強化します。",
           "・近隣からの問い合わせ：なし",
           "",
           "写真は共有フォルダの「前橋北/週報/0123」に入れています。",
           "",
           SIGDASH,
           "前橋北倉庫工事事務所 関（内線 5301）"))

# ===================================================================================== 593
# 東北支店 用地課 -> external 土地家屋調査士: landowner survey for a solar site: 5 parcels written in full
# (岩手郡雫石町長山狼沢12地割45番, …46番1, 13地割8番, 13地割9番2, 長山早坂15地割112番) and 5 owners'
# addresses (…12地割52番地, 盛岡市みたけ四丁目21番3号, 紫波郡紫波町日詰字郡山駅128番地の3, 仙台市泉区将監十丁目
# 31番7号, …15地割108番地) -> 10 addresses, 3 phones -> confirm.
MESSAGES["593_landowner_survey_chiwari_banchi_no.eml"] = message(
    sender="東北支店 用地課 千葉 雄一 <chiba.yuichi@tohoku.example.co.jp>",
    to=["佐々木土地家屋調査士事務所 <office@sasaki-chosashi.example>"],
    subject="雫石町長山地区 太陽光発電所用地 地権者調査のお願い(5筆)",
    date="Tue, 13 Jan 2026 10:20:00 +0900", msgid="<20260113102000.593A@tohoku.example.co.jp>",
    body=L("佐々木土地家屋調査士事務所",
           "佐々木 先生",
           "",
           "いつもお世話になっております。エグザンプル東北支店 用地課の千葉です。",
           "雫石町長山地区の太陽光発電所計画について、地権者の調査と境界確認をお願いしたく、",
           "登記簿と役場の台帳から拾った一覧をお送りします。",
           "",
           "【対象地】",
           "筆1　岩手郡雫石町長山狼沢12地割45番　　山林　3,204㎡",
           "筆2　岩手郡雫石町長山狼沢12地割46番1　 山林　1,876㎡",
           "筆3　岩手郡雫石町長山狼沢13地割8番　　 原野　5,410㎡",
           "筆4　岩手郡雫石町長山狼沢13地割9番2　　山林　2,115㎡",
           "筆5　岩手郡雫石町長山早坂15地割112番　 畑　　1,320㎡",
           "",
           "【所有者】",
           "筆1・筆2　田沼 清一 様",
           "　住所：岩手郡雫石町長山狼沢12地割52番地",
           "　電話：019-692-3318",
           "筆3　登記名義人 菊池 トシ 様（平成19年に死亡、相続登記は未了）",
           "　登記上の住所：盛岡市みたけ四丁目21番3号",
           "　相続人代表：菊池 康弘 様（紫波郡紫波町日詰字郡山駅128番地の3、携帯 090-2264-7715）",
           "筆4　高橋 勇 様",
           "　住所：仙台市泉区将監十丁目31番7号",
           "　電話：022-372-8846",
           "筆5　川村 ミツ 様・川村 達也 様（共有 各2分の1）",
           "　住所：岩手郡雫石町長山早坂15地割108番地（お二人とも同じ）",
           "",
           "・筆3は相続人が4名いるとのことで、康弘様が取りまとめてくださるそうです。",
           "・筆4の高橋様は仙台にお住まいのため、立会いは2月以降の週末を希望されています。",
           "・雫石町内にお住まいの3名には、1月下旬に私と支店長で訪問する予定です。",
           "",
           "お見積りと、境界確認の日程案をいただけますと幸いです。",
           "",
           SIGDASH,
           "株式会社エグザンプル 東北支店 用地課",
           "千葉 雄一",
           "〒020-0022 盛岡市大通三丁目2-8 盛岡大通ビル6F",
           "TEL 019-621-4470",
           "chiba.yuichi@tohoku.example.co.jp"))

# ===================================================================================== 594
# Control: 西上州営業所 -> external supermarket: produce price list as a CP932 CSV: 等級 秀/優/良, 規格 2L/L/M,
# 規格コード A-2, L-3, K-2, prices, 前週比 ±, quantities; towns as 産地 only -> plain hold.
CSV594 = csv_bytes(
    ["品目", "産地", "等級", "規格", "規格コード", "入数", "単価(円)", "前週比", "出荷可能数量"],
    [["下仁田ねぎ", "下仁田町", "秀", "2L", "A-2", "10kg", "3,200", "+150", "120"],
     ["下仁田ねぎ", "下仁田町", "秀", "L", "A-3", "10kg", "2,850", "+100", "180"],
     ["下仁田ねぎ", "南牧村", "優", "L", "B-3", "10kg", "2,400", "0", "60"],
     ["こんにゃく芋（2年生）", "富岡市", "特選", "-", "K-2", "20kg", "4,600", "-200", "40"],
     ["こんにゃく芋（3年生）", "富岡市", "特選", "-", "K-3", "20kg", "5,100", "0", "25"],
     ["りんご ふじ", "沼田市", "秀", "28玉", "L-3", "10kg", "3,800", "0", "90"],
     ["りんご ぐんま名月", "沼田市", "優", "32玉", "M-2", "10kg", "3,300", "-100", "45"],
     ["ほうれん草", "甘楽町", "A品", "200g", "S-1", "30束", "2,700", "+300", "70"]],
    encoding="cp932")
MESSAGES["594_csv_cp932_produce_price_grades.eml"] = message(
    sender="農業資材事業部 西上州営業所 小板橋 健 <koitabashi.ken@gunma.example.co.jp>",
    to=["株式会社フレッシュマート北関東 青果部 <seika@freshmart-kitakanto.example>"],
    subject="12月第4週 産直青果 価格表(下仁田ねぎ・こんにゃく芋・りんご)",
    date="Thu, 18 Dec 2025 15:10:00 +0900", msgid="<20251218151000.594A@gunma.example.co.jp>",
    cte="quoted-printable",
    body=L("株式会社フレッシュマート北関東",
           "青果部 バイヤー様",
           "",
           "いつもお世話になっております。エグザンプル西上州営業所の小板橋です。",
           "12月22日（月）〜27日（土）出荷分の産直青果の価格表をCSVでお送りします。",
           "",
           "・等級は 秀・優・良 の3段階、規格コードは「等級記号-階級番号」です（A-2 は 秀の2L、L-3 は",
           "　りんご秀の 28玉 など）。",
           "・下仁田ねぎは寒さで太りがよく、2L の比率が 4-5 割 に上がっています。",
           "・こんにゃく芋は 2年生・3年生 とも 20kg 箱 での出荷です。",
           "・年末の 28-30 日 は出荷数量が半分程度になります。",
           "",
           "ご注文は前日の 15:00 までにお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 農業資材事業部 西上州営業所",
           "小板橋 健",
           "〒370-2316 富岡市富岡1460-2",
           "TEL 0274-62-5130 / 携帯 080-2216-4471",
           "koitabashi.ken@gunma.example.co.jp"),
    attachments=[("kakaku_2025w52.csv", "text/csv", CSV594)])

# ===================================================================================== 595
# Internal only (gunma. -> HQ, Cc HQ): a resident complaint the city forwarded, '>'-quoted: the resident's
# address, home and mobile phones, the site's address, the city officer's direct line and e-mail in her
# signature -> 2 addresses, 3 phones, 1 e-mail found, but pass.
MESSAGES["595_int_fwd_resident_complaint_city.eml"] = message(
    sender="建設部 前橋北倉庫工事事務所 関 浩之 <seki.hiroyuki@gunma.example.co.jp>",
    to=["建設部 工事管理課 <koji-kanri@example.co.jp>"],
    cc=["総務部 <soumu@example.co.jp>"],
    subject="FW: 【前橋市】総社町の工事に関する市民の方からのご意見について",
    date="Wed, 28 Jan 2026 18:05:00 +0900", msgid="<20260128180500.595A@gunma.example.co.jp>",
    body=L("工事管理課・総務部 各位",
           "",
           "前橋北倉庫工事事務所の関です。",
           "本日、前橋市の建築指導課から、近隣の方の苦情について下記のメールがありました。",
           "明日（1/29）の朝、私と工事主任の小池で田村様のお宅へお詫びと説明に伺います。",
           "朝の作業開始は当面 8:00 に変更し、協力会社にも指示しました。",
           "家屋調査の報告書（着工前に実施済み）は写しを持参します。",
           "結果は明日ご報告します。",
           "",
           "関",
           "",
           "2026年1月28日(水) 16:42 前橋市 建築指導課 星野 雅人 さんは書きました:",
           "> 株式会社エグザンプル 前橋北倉庫工事事務所 関様",
           ">",
           "> 前橋市 建築指導課の星野です。",
           "> 本日、総社町の住民の方から、御社の工事について下記のご意見が市に寄せられました。",
           "> ご本人の了解を得て連絡先をお伝えしますので、直接ご対応をお願いします。",
           ">",
           "> 申出者：田村 光子 様",
           "> 住所：前橋市総社町総社1605-3",
           "> 電話：027-253-6418（自宅）、携帯 080-4472-1956（日中はこちら）",
           "> 工事場所：前橋市総社町総社1611番地 ほか",
           "> 内容：",
           "> ・1月26日（月）、27日（火）とも、朝7時前から重機の音と振動がある。",
           "> ・家の壁にひびが入ったのではないかと心配している。工事前の家屋調査の結果を見せてほしい。",
           "> ・工事車両が朝の通学時間に通学路を通る。",
           ">",
           "> 対応の結果を、2月4日までに当課にご報告ください。",
           ">",
           "> 前橋市 都市計画部 建築指導課",
           "> 星野 雅人",
           "> 電話 027-898-6713（直通）",
           "> kenchiku-shido@city-maebashi.example"))

# ===================================================================================== 596
# Control, ISO-2022-JP: バス事業部 -> external subcontract operator: a primary school's third-term events that
# need chartered buses: "1-2年 校外学習", "3年 3-4組", "4年 1-2組", departure times, bus counts -> plain hold.
MESSAGES["596_jis_school_calendar_grades_classes.eml"] = jis_message(
    sender_name="バス事業部 沼田営業所 配車課 林田 誠", sender_addr="hayashida.makoto@bus.example.co.jp",
    to=[("利根観光バス有限会社 運行課", "unko@tone-kanko-bus.example")],
    subject="沼北小学校 3学期 行事予定(貸切バス分)",
    date="Tue, 23 Dec 2025 14:00:00 +0900", msgid="<20251223140000.596A@bus.example.co.jp>",
    body=L("利根観光バス有限会社",
           "運行課 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル バス事業部 沼田営業所の林田です。",
           "沼北小学校から3学期の行事予定が届きましたので、貸切バスを使う行事を抜き出してお送りします。",
           "",
           "1月 8日（木）始業式（バスなし）",
           "1月22日（木）1-2年 校外学習（昆虫の森）　8:40 発 → 14:30 着　バス 2台",
           "1月29日（木）5年 スキー教室　　　　　　　8:00 発 → 15:30 着　バス 3台",
           "2月 5日（木）3年 3-4組 社会科見学（市役所・消防署）9:00-11:45　バス 1台",
           "2月12日（木）6年 租税教室（校内、バスなし）",
           "2月19日（木）4年 1-2組 浄水場見学　　　　9:10-11:30　バス 1台",
           "3月 6日（金）6年 卒業遠足　　　　　　　　8:30-15:00　バス 2台",
           "3月19日（木）卒業式　／　3月24日（火）修了式",
           "",
           "・学年 1-2 の行事は、低学年用に補助席を使わない配車でお願いします（各 45人乗り）。",
           "・3年の 3-4組 と 4年の 1-2組 は、それぞれ 2クラス で 1台 にまとめます（各 58名）。",
           "・当社の担当分は 1月29日 と 3月6日 です。それ以外の 4件 をお願いできますでしょうか。",
           "",
           "運転手さんの割当は 1月9日（金）までにご連絡ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル バス事業部 沼田営業所 配車課",
           "林田 誠",
           "TEL 0278-23-4410 / FAX 0278-23-4411"))

# ===================================================================================== 597
# ライフサポート事業部 -> external home-care station: year-end watch-visit roster as .xlsx: six users with
# 和暦 DOBs (昭和9年4月2日, 大正15年1月8日, S11.3.3 …), addresses without 長野県 (下伊那郡高森町…, 豊丘村大字
# 神稲1120番地の2, 喬木村4721番地, 飯田市…), home phones and family mobiles -> 6 DOBs, 6 addresses, 10 phones
# -> confirm.
XLSX597 = xlsx(
    "年末年始 見守り",
    ["No", "利用者氏名", "生年月日", "住所", "自宅電話", "緊急連絡先（続柄・電話）", "訪問日", "担当"],
    [[1, "原 ハツエ", "昭和9年4月2日", "下伊那郡高森町下市田2871-4", "0265-35-2218", "長男 原 正志 090-1123-4476",
      "12/29, 1/1", "当社"],
     [2, "北原 正男", "昭和12年11月20日", "飯田市上郷飯沼3214番地", "0265-22-7361", "長女 北原 恵 080-3345-2290",
      "12/31", "ステーション"],
     [3, "宮下 キヨ", "大正15年1月8日", "下伊那郡豊丘村大字神稲1120番地の2", "0265-35-9042", "（なし・民生委員経由）",
      "12/30, 1/2", "ステーション"],
     [4, "熊谷 善一", "昭和15年7月30日", "飯田市鼎名古熊2156-8", "0265-24-5517", "妻 熊谷 幸子（同居）",
      "1/1", "ステーション"],
     [5, "中島 ふさ子", "S11.3.3", "下伊那郡喬木村4721番地", "0265-33-2084", "次女 松沢 由紀 090-6678-1203",
      "12/31, 1/3", "当社"],
     [6, "松下 貞夫", "昭和17年9月15日", "飯田市松尾町2丁目14-6", "0265-22-4139", "長男 松下 智 080-2219-6634",
      "1/2", "ステーション"]],
    [5, 14, 16, 34, 14, 30, 12, 12], creator="宮澤 由美")
MESSAGES["597_xlsx_care_watch_roster_wareki_dob.eml"] = message(
    sender="ライフサポート事業部 飯田営業所 宮澤 由美 <miyazawa.yumi@care.example.co.jp>",
    to=["訪問介護ステーション みなみしなの サービス提供責任者 <sateki@minamishinano-care.example>"],
    subject="年末年始(12/29-1/3) 見守り訪問の分担表",
    date="Wed, 24 Dec 2025 10:45:00 +0900", msgid="<20251224104500.597A@care.example.co.jp>",
    body=L("訪問介護ステーション みなみしなの",
           "サービス提供責任者 様",
           "",
           "いつもお世話になっております。エグザンプル ライフサポート事業部 飯田営業所の宮澤です。",
           "年末年始は当社の配食サービスが 12月31日〜1月2日 お休みになるため、その間の見守り訪問の",
           "分担表をお送りします（6名、Excel）。ご本人とご家族には、訪問の了解をいただいています。",
           "",
           "・ご本人確認のため、生年月日と住所を載せています。取扱いにご注意ください。",
           "・原様は耳が遠いため、電話ではなく訪問でご様子を確認してください。",
           "・宮下様はご家族が遠方のため、異変があれば民生委員の方と当社の両方にご連絡をお願いします。",
           "・訪問の結果は、1月5日（月）までに当社の記録票でご報告ください。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル ライフサポート事業部 飯田営業所",
           "宮澤 由美",
           "TEL 0265-24-8800 / 携帯 080-6631-0248",
           "miyazawa.yumi@care.example.co.jp"),
    attachments=[("見守り分担表_年末年始.xlsx", XLSX, XLSX597)])

# ===================================================================================== 598
# Control, internal only (gunma. -> gunma., Cc HQ): a village notice copied from its 広報: 地区説明会 for
# 大字大笹 / 大字干俣 / 大字鎌原 with dates, 19:00-20:30, venues named only, 字 names without numbers -> pass.
MESSAGES["598_int_village_notice_oaza_meetings.eml"] = message(
    sender="建設部 嬬恋出張所 土屋 康介 <tsuchiya.kosuke@gunma.example.co.jp>",
    to=["嬬恋出張所 全員 <tsumagoi-all@gunma.example.co.jp>"],
    cc=["建設部 <kensetsu@example.co.jp>"],
    subject="【村のお知らせ】村道改良工事の地区説明会(大字大笹・大字干俣・大字鎌原)",
    date="Tue, 13 Jan 2026 08:30:00 +0900", msgid="<20260113083000.598A@gunma.example.co.jp>",
    cte="quoted-printable",
    body=L("嬬恋出張所の皆さん",
           "",
           "土屋です。村の広報1月号に、当社が施工する村道改良工事の地区説明会のお知らせが載りました。",
           "当社からも各回 2-3 名 出席します。下に書き写しますので、担当の日を確認してください。",
           "",
           "―――― ここから（広報つまごい 1月号 4ページ）――――",
           "村道 大笹・干俣線 改良工事に関する地区説明会の開催について",
           "",
           "村道 大笹・干俣線 の改良工事（令和8年4月〜11月 予定）について、地区ごとに説明会を開きます。",
           "対象区域：大字大笹の一部（字 北原・字 東原）、大字干俣の一部",
           "",
           "・大字大笹 地区　1月20日（火）19:00-20:30　大笹公民館",
           "・大字干俣 地区　1月21日（水）19:00-20:30　干俣集会所",
           "・大字鎌原 地区　1月23日（金）19:00-20:30　鎌原地区コミュニティセンター 2階 第1-2会議室",
           "",
           "持ち物：地区の回覧板でお配りした資料（A3 1-2 枚）",
           "当日は村の建設課と施工業者が説明します。",
           "―――― ここまで ――――",
           "",
           "出席予定：20日 土屋・小林、21日 土屋・萩原、23日 土屋・小林・萩原",
           "説明用の図面（A1 3 枚）は 19日 までに出張所で用意します。",
           "",
           SIGDASH,
           "建設部 嬬恋出張所 土屋（内線 5420）"))

# ===================================================================================== 599
# Control: the company's own hotel (kusatsu.) -> external group organiser: room numbers 301-307, dates, meal
# times, prices, a 予約番号; the hotel's 〒, address (no prefecture), TEL / FAX / URL are the sender's own,
# in her framed signature -> plain hold.
MESSAGES["599_hotel_group_booking_room_numbers.eml"] = message(
    sender="ホテル エグザンプル草津 予約課 黒岩 美穂 <kuroiwa.miho@kusatsu.example.co.jp>",
    to=["株式会社高崎精工 総務部 厚生係 <kosei@takasaki-seiko.example>"],
    subject="【ご予約確認】2/14(土)-15(日) 社員旅行 24名様 お部屋割り",
    date="Fri, 09 Jan 2026 15:20:00 +0900", msgid="<20260109152000.599A@kusatsu.example.co.jp>",
    body=L("株式会社高崎精工",
           "総務部 厚生係 ご担当者様",
           "",
           "このたびはホテル エグザンプル草津をご予約いただき、ありがとうございます。予約課の黒岩です。",
           "お部屋割りが決まりましたので、ご確認をお願いいたします。",
           "",
           "予約番号：KSA-260214-07",
           "ご宿泊日：2026年2月14日（土）〜15日（日）　1泊2食",
           "人数：24名様（男性 16名、女性 8名）",
           "お部屋：",
           "　301・302・303・305　和室10畳（各4名、男性）",
           "　306・307　　　　　　和室12畳（各4名、女性）",
           "ご夕食：18:30-20:30　2階 宴会場「白根」（椅子席）",
           "ご朝食：7:00-9:00　1階 レストラン",
           "貸切風呂：21:00-21:45（1回分サービス）",
           "送迎：草津温泉バスターミナル 15:00 着のバスに合わせてお迎えに上がります（マイクロバス 1台）。",
           "料金：お一人様 18,700円（税込、入湯税 150円 別）",
           "　　　合計 448,800円 ＋ 入湯税 3,600円",
           "",
           "キャンセル料は 2月7日以降 20%、前日 50%、当日 100% です。",
           "人数の変更は 2月10日（火）までにご連絡ください。",
           "",
           "皆様のお越しを心よりお待ちしております。",
           "",
           "──────────────────",
           "ホテル エグザンプル草津 予約課",
           "黒岩 美穂",
           "〒377-1711 吾妻郡草津町大字草津464-18",
           "TEL 0279-88-3120 / FAX 0279-88-3121",
           "https://kusatsu.example.co.jp/",
           "──────────────────"))

# ===================================================================================== 600
# 長野営業所 -> external event company: six public halls for a touring 住まい相談会 (HTML table + TAB text),
# each with 〒, address without 長野県 and phone -> 6 postcodes, 6 addresses, 6 phones -> confirm. Public
# buildings' addresses and numbers are addresses and numbers: they count.
HDR600 = ["日程", "会場", "郵便番号", "所在地", "電話", "搬入"]
ROWS600 = [
    ["3/7（土）", "塩尻市 北部交流センター 多目的ホール", "〒399-0706", "塩尻市広丘原新田283-1", "0263-53-4120", "8:30-"],
    ["3/8（日）", "安曇野市 穂高交流学習センター 講座室", "〒399-8303", "安曇野市穂高6765番地の2", "0263-82-3716", "8:30-"],
    ["3/14（土）", "大町市 文化会館 小ホール", "〒398-0002", "大町市大町3021-4", "0261-22-5408", "9:00-"],
    ["3/15（日）", "木曽町 福島公民館 大会議室", "〒397-0001", "木曽郡木曽町福島5129番地", "0264-22-3187", "9:00-"],
    ["3/21（土）", "松川村 すずの音ホール 研修室", "〒399-8501", "北安曇郡松川村7021-1", "0261-62-2904", "8:30-"],
    ["3/22（日）", "茅野市民館 展示ギャラリー", "〒391-0001", "茅野市ちの3502-1", "0266-82-6613", "9:00-"],
]
intro600 = L("株式会社信濃イベント企画",
             "運営部 ご担当者様",
             "",
             "いつもお世話になっております。エグザンプル長野営業所の赤羽です。",
             "春の住まい相談会（3月 6会場）の会場がすべて確定しましたので、一覧をお送りします。",
             "いずれも公民館・文化施設で、予約は当社名義で済んでいます。",
             "")
outro600 = L("",
             "・搬入は各館の管理事務所に声をかけてから、通用口を使ってください（電話は各館の代表です）。",
             "・机・椅子は各館の備品を借ります（1会場 机 12-15 台、椅子 40 脚）。",
             "・のぼり旗は 3-4 本 まで、館の外には出さないでください。",
             "",
             "よろしくお願いいたします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 長野営業所 住宅設備課",
             "赤羽 聡",
             "〒390-0811 松本市中央2-1-20 エグザンプル松本ビル3F",
             "TEL 0263-33-7126",
             "akahane.satoshi@nagano.example.co.jp")
TEXT600, HTML600 = html_mail(intro600, HDR600, ROWS600, [55, 190, 65, 150, 80, 40], outro600)
MESSAGES["600_html_public_hall_venues_addresses.eml"] = message(
    sender="長野営業所 住宅設備課 赤羽 聡 <akahane.satoshi@nagano.example.co.jp>",
    to=["株式会社信濃イベント企画 運営部 <unei@shinano-event.example>"],
    subject="春の住まい相談会 会場一覧(公民館・文化施設 6会場)",
    date="Tue, 20 Jan 2026 13:40:00 +0900", msgid="<20260120134000.600A@nagano.example.co.jp>",
    body=TEXT600, html_body=HTML600)

# ===================================================================================== 601
# Control: 観光事業部 -> external magazine: a two-day model course in prose: stations, train times, 国道143号,
# altitudes, fees, car-park sizes, sights by name only -> plain hold.
MESSAGES["601_tourism_model_course_ueda_prose.eml"] = message(
    sender="観光事業部 上田営業所 小宮山 沙織 <komiyama.saori@travel.example.co.jp>",
    to=["信州タウン情報社 編集部 <henshu@shinshu-town.example>"],
    subject="春号「上田・別所温泉 1泊2日モデルコース」原稿",
    date="Wed, 21 Jan 2026 17:10:00 +0900", msgid="<20260121171000.601A@travel.example.co.jp>",
    cte="quoted-printable",
    body=L("信州タウン情報社",
           "編集部 ご担当者様",
           "",
           "お世話になっております。エグザンプル観光事業部 上田営業所の小宮山です。",
           "春号のモデルコースの原稿をお送りします（本文 1,200字、写真は別途 8 点 お送りします）。",
           "",
           "【1日目】",
           "10:00 上田駅 お城口から徒歩 10分 で上田城跡公園へ。櫓の内部公開は 4-11 月 です。",
           "12:00 海野町商店街で昼食。名物のくるみおはぎは 1皿 480円。",
           "13:28 上田駅から上田電鉄 別所線に乗り、13:56 別所温泉駅 着。",
           "14:30 北向観音・常楽寺・安楽寺（国宝の八角三重塔）を 2-3 時間 かけて散策。",
           "17:00 別所温泉の宿へ。外湯は 3 か所、入浴料は 150〜200 円 です。",
           "",
           "【2日目】",
           "9:00 別所温泉から車で国道143号を青木村方面へ 20分、道の駅あおき で朝市。",
           "10:30 塩田平のため池めぐり。独鈷山（標高 1,266m）を正面に望みます。",
           "12:30 上田市内へ戻り、真田地区でそば。",
           "15:00 上田菅平IC から上信越道で帰路へ。",
           "",
           "・駐車場は上田城跡公園 約 200台、別所温泉 2-3 か所 に分かれています（いずれも無料）。",
           "・別所線の 1日 乗り放題 きっぷは 1,180円 です。",
           "",
           SIGDASH,
           "株式会社エグザンプル 観光事業部 上田営業所",
           "小宮山 沙織",
           "TEL 0268-22-5830",
           "komiyama.saori@travel.example.co.jp"))

# ===================================================================================== 602
# Control, internal only (hokkaido. -> hokkaido., Cc HQ): farm meeting minutes by town: 音更町 小麦 3,420ha
# (前年比 102%), 芽室町, 幕別町, 中札内村, "2-3% 増", "12-15 台", dates and times -> pass.
MESSAGES["602_int_tokachi_farm_meeting_minutes.eml"] = message(
    sender="北海道支社 帯広営業所 営農支援課 西田 健吾 <nishida.kengo@hokkaido.example.co.jp>",
    to=["北海道支社 営業部 <eigyo@hokkaido.example.co.jp>"],
    cc=["農機事業部 <noki@example.co.jp>"],
    subject="十勝地区 営農会議 議事メモ(1/15)",
    date="Fri, 16 Jan 2026 09:05:00 +0900", msgid="<20260116090500.602A@hokkaido.example.co.jp>",
    body=L("営業部・農機事業部 各位",
           "",
           "帯広営業所の西田です。昨日の十勝地区 営農会議の議事メモです。",
           "",
           "日時：1月15日（木）13:30-16:00",
           "場所：帯広営業所 2階 会議室",
           "出席：JA 5組合の営農担当 7名、当社 3名",
           "",
           "1. 2026年の作付計画",
           "・音更町　小麦 3,420ha（前年比 102%）",
           "・芽室町　てん菜 1,860ha（同 96%）、スイートコーンは 2-3% 増",
           "・幕別町　ばれいしょ 2,100ha（うち加工用 1,340ha）",
           "・中札内村　えだまめ 1,150ha、収穫は 8月上旬-9月中旬",
           "・更別村　小豆は 4-5% 減",
           "",
           "2. 機械更新の要望",
           "・大型トラクター 12-15 台（音更町・芽室町）",
           "・ポテトハーベスター 3-4 台（幕別町）、納期は 7月末まで",
           "",
           "3. 次回　2月19日（木）13:30-　同じ会議室",
           "",
           SIGDASH,
           "帯広営業所 営農支援課 西田（内線 8350）"))


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(583, 603))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
