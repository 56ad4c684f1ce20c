"""Writes held-out messages 563-582 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): REGIONAL ADDRESSES, DIALLED AND BOXED
NUMBERS, AND CONTROLS THAT LOOK LIKE THEM. example.co.jp is 株式会社エグザンプル, 本社 〒105-0011 東京都港区
芝公園2-4-1, 代表 03-6453-1000; example.co.jp and its subdomains (hokkaido., nagano., karuizawa., gunma.,
logi.) are internal, everything else external.
- Positives (odd numbers 563-581):
  - addresses written without the prefecture, as the regions write them: a delivery CSV in CP932 with
    高崎市 / 四日市市 / 北佐久郡軽井沢町大字長倉 / 上川郡東川町 / 帯広市西3条南 / 駒ヶ根市…番地の (563), a
    Hokkaido 緊急連絡網 pasted from Excel with 条・丁目 forms and a kanji 網走市南六条東二丁目四番地 (565,
    internal), an お歳暮 list pasted by Outlook as an HTML table with kanji blocks, 番地の and 大字 (573),
    a field-service visit plan in prose (579), an exhibition invitation list .xlsx (581);
  - foreign numbers dialled with an international prefix: a call list with 0044 / 00 49 / 010-1- /
    001-010-65- / 0033-010-45- (567), overseas signatures quoted in a reply with 0049 / 0039 and the
    same mobile re-written 010-49-… (571), an ISO-2022-JP hotel booking with 001-010-65- / 010-44- (575);
  - digits in boxes after their label: 口座振替依頼書 with accounts and phones in │ boxes and spaced
    (569), a 別荘管理 申込書 with 〒 and phones in boxes (577, internal).
- Controls (even numbers 564-582), no personal data at all: city / county names next to numbers that
  are no blocks (564, 574 internal, 576), GL codes, invoice numbers and an IBAN-like reference starting
  00 / 010 (566), a container number, SSCCs, tracking and part numbers (570), mark-sheet and stock-count
  boxes (568, internal), era check boxes on contract / foundation dates and Date of Issue / Expiry (572),
  labels broken over two lines and a two-column form with cut numbers (578, ISO-2022-JP), a bingo card
  and a calendar drawn with │ (580, internal), product codes in boxes (582).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_563_582.py
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
from stdnum import ean, iban, iso6346, luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 12, 8, 10, 0, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def T(*cells) -> str:
    """One Excel row as Excel puts it on the clipboard: cells separated by TAB."""
    return "\t".join(str(c) for c in cells)


def boxed(chars: str) -> str:
    return "│" + "│".join(chars) + "│"


def spaced(chars: str) -> str:
    return " ".join(chars)


# ---- made-up values and the checks that keep them what they are meant to be -----------------

# 570: a real ISO 6346 check digit on the container, real GS1 check digits on the SSCCs.
CONTAINER570 = "TGHU826419" + iso6346.calc_check_digit("TGHU826419")
assert iso6346.is_valid(CONTAINER570)
SSCC570 = [s + ean.calc_check_digit(s) for s in ("34567890123456789", "34567890123456790", "34567890123456791")]
assert SSCC570[0] == "345678901234567895"
for _s in SSCC570:
    assert not luhn.is_valid(_s) and not luhn.is_valid("00" + _s), _s

# 566: the bank's 入金照会番号 is IBAN-shaped (GB, 22 characters) but its check digits are 00: no IBAN.
REF566 = "GB00 EXMP 0044 2079 4603 21"
assert not iban.is_valid(REF566.replace(" ", ""))
# 566 / 570: long numbers that start with 00 are no cards and no My Numbers.
for _n in ("001244079135", "00124407913562", "0044207946032100", "00481736205519", "001010656123",
           "004817362055"):
    assert not luhn.is_valid(_n), _n
for _n in ("001244079135", "004817362055", "001010656123"):
    assert not in_.is_valid(_n), _n


def jan(prefix12: str) -> str:
    code = prefix12 + ean.calc_check_digit(prefix12)
    assert ean.is_valid(code) and not cn.is_valid(code) and not luhn.is_valid(code), code
    return code


JAN582 = jan("490123459876")


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, bcc=None, html_body=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64", html_cte="quoted-printable",
            extra_headers=()) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if bcc:
        msg["Bcc"] = ", ".join(bcc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra_headers:
        msg[k] = v
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-08T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-08T01:00:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


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
    return fixed_xlsx(wb, creator)


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


# ===================================================================================== 563
# 通販事業部 -> external carrier: 産直ギフト shipping data as a CP932 CSV, addresses as customers typed them
# into the order form (no prefecture): 高崎市, 四日市市, 北佐久郡軽井沢町大字長倉, 上川郡東川町, 帯広市西3条南
# 11丁目4 (its 〒080-0013 looks like a mobile prefix), 駒ヶ根市…番地の3; row 7 repeats row 1's recipient
# (second parcel) -> 6 distinct 〒 / addresses / phones -> confirm.
CSV563 = csv_bytes(
    ["受注番号", "お届け先氏名", "郵便番号", "住所1", "住所2", "電話番号", "品名", "個数", "配達希望日"],
    [["G2511-0381", "星野 和子", "370-0849", "高崎市八島町58-3", "コーポ八島201", "027-322-4816", "信州りんご 5kg", "1", "2025/12/04"],
     ["G2511-0394", "伊藤 正樹", "510-0085", "四日市市諏訪町2-14", "", "059-351-7702", "信州りんご 10kg", "1", "2025/12/04"],
     ["G2511-0402", "荻原 ゆかり", "389-0111", "北佐久郡軽井沢町大字長倉1873-12", "", "0267-42-5519", "ラ・フランス 3kg", "2", "2025/12/05"],
     ["G2511-0417", "高橋 順一", "071-1423", "上川郡東川町北町2丁目5-7", "", "080-4415-2290", "信州りんご 5kg", "1", "2025/12/06"],
     ["G2511-0423", "佐々木 恵美", "080-0013", "帯広市西3条南11丁目4", "メゾン西3条305", "0155-24-6618", "ラ・フランス 3kg", "1", "2025/12/06"],
     ["G2511-0431", "大西 隆", "399-4117", "駒ヶ根市赤穂11470番地の3", "", "0265-83-4127", "りんごジュース 6本", "1", "2025/12/04"],
     ["G2511-0436", "星野 和子", "370-0849", "高崎市八島町58-3", "コーポ八島201", "027-322-4816", "りんごジュース 6本", "1", "2025/12/04"]],
    encoding="cp932")
MESSAGES["563_csv_cp932_gift_delivery_no_prefecture.eml"] = message(
    sender="通販事業部 物流課 岩田 恵 <iwata.megumi@example.co.jp>",
    to=["北関東ロジスティクス株式会社 受注センター <juchu@kitakanto-logi.example>"],
    subject="【出荷依頼】産直ギフト 12/3出荷分 データ送付(7件)",
    date="Mon, 01 Dec 2025 10:05:00 +0900", msgid="<20251201100500.563A@example.co.jp>",
    body=L("北関東ロジスティクス株式会社",
           "受注センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル通販事業部の岩田です。",
           "12月3日（水）出荷分の産直ギフトの出荷データをお送りします（CSV、7件）。",
           "お届け先は地方のお客様が中心で、住所欄は注文フォームの入力のまま（都道府県なし）になっています。",
           "伝票の印字で問題がありましたらご連絡ください。",
           "",
           "・7件目は1件目と同じお届け先への別便（品目違い）です。同梱せず別々に出荷してください。",
           "・帯広・東川のお届け先は12/5以降の着指定です。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 通販事業部 物流課",
           "岩田 恵",
           f"{HQ_POST} {HQ_ADDR}",
           "TEL 03-6453-1410",
           "iwata.megumi@example.co.jp"),
    attachments=[("shukka_20251203.csv", "text/csv", CSV563)])

# ===================================================================================== 564
# Control: 長野営業所 -> external dealer: shipment forecast by district in prose: "松本市 2-3 月の出荷",
# "北佐久郡 3町村 12-15 件", "倉敷市 第2-3工場", "四日市市 第1倉庫", "塩尻市 3号倉庫"; the sender's own
# office address (松本市中央2-1-20, no prefecture) only in her '-- ' signature -> plain hold.
MESSAGES["564_city_names_next_to_ranges_forecast.eml"] = message(
    sender="長野営業所 宮坂 修 <miyasaka.osamu@nagano.example.co.jp>",
    to=["信州アグリ販売株式会社 営業部 小林様 <kobayashi@shinshu-agri.example>"],
    subject="2-3月 出荷見込みと工場振替のご連絡",
    date="Mon, 01 Dec 2025 16:40:00 +0900", msgid="<20251201164000.564A@nagano.example.co.jp>",
    cte="quoted-printable",
    body=L("信州アグリ販売株式会社",
           "営業部 小林様",
           "",
           "いつもお世話になっております。エグザンプル長野営業所の宮坂です。",
           "先日お問い合わせいただいた春先の出荷見込みについて、地区別にまとめました。",
           "",
           "■地区別の出荷見込み（除雪機・小型耕うん機）",
           "・松本市 2-3 月の出荷：148台（前年 151台）",
           "・安曇野市 2-3 月の出荷：62台",
           "・上田市 1-2 月 実績 37-40 台、3 月以降は未定",
           "・北佐久郡 3町村 12-15 件（軽井沢町・御代田町・立科町、商談中を含む）",
           "・飯田市／下伊那郡 合計 20-25 台",
           "・木曽郡 6町村 は 3-4 月にまとめて納品",
           "",
           "■生産・在庫",
           "・除雪機は倉敷市 第2-3工場 からの振替出荷になります（1月下旬から）。",
           "・耕うん機は四日市市 第1倉庫 の在庫 1,240台 で対応します。",
           "・高崎市 12-1 月 の展示会で使った実機 8台 は、2月に塩尻市 3号倉庫 へ戻します。",
           "",
           "数字は12月1日時点の見込みです。1月の定例会で最新版をお持ちします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 長野営業所",
           "宮坂 修",
           "〒390-0811 松本市中央2-1-20 エグザンプル松本ビル3F",
           "TEL 0263-33-7120 / FAX 0263-33-7121",
           "miyasaka.osamu@nagano.example.co.jp"))

# ===================================================================================== 565
# Internal only: 北海道支社 総務 -> 本社 危機管理: winter emergency call tree pasted from Excel (TAB): six
# employees' home addresses without 北海道 (帯広市西5条南12丁目3-8, 河東郡音更町木野大通西14丁目2-9,
# 北見市北5条東2丁目14-3, kanji 網走市南六条東二丁目四番地, 釧路市愛国東3丁目12-5, 上川郡東川町南町3丁目
# 8-12), 8 phones -> found, but pass. The sender's Sapporo office is in her '-- ' signature.
MESSAGES["565_int_excel_hokkaido_call_tree_jo_chome.eml"] = message(
    sender="北海道支社 総務課 今野 千尋 <konno.chihiro@hokkaido.example.co.jp>",
    to=["総務部 危機管理担当 <kikikanri@example.co.jp>"],
    subject="冬季緊急連絡網(道東・道北)の更新について",
    date="Tue, 02 Dec 2025 09:20:00 +0900", msgid="<20251202092000.565A@hokkaido.example.co.jp>",
    body=L("危機管理担当 各位",
           "",
           "北海道支社総務の今野です。",
           "大雪時の安否確認に使う緊急連絡網のうち、道東・道北の営業所分を更新しました。",
           "支社の管理表（Excel）から貼り付けます。転居した2名（斎藤さん、菅原さん）の住所が変わっています。",
           "",
           T("社員番号", "氏名", "所属", "自宅住所", "自宅電話", "携帯電話"),
           T("201145", "斎藤 誠", "帯広営業所", "帯広市西5条南12丁目3-8", "0155-24-3318", "090-6217-4402"),
           T("198812", "小松 由香", "帯広営業所", "河東郡音更町木野大通西14丁目2-9", "", "080-3316-7720"),
           T("210407", "堀 健太郎", "北見営業所", "北見市北5条東2丁目14-3", "0157-23-6614", ""),
           T("177203", "菅原 亮", "北見営業所", "網走市南六条東二丁目四番地", "0152-43-2281", "090-8842-1193"),
           T("220118", "今野 彩", "釧路営業所", "釧路市愛国東3丁目12-5", "", "070-4418-2236"),
           T("190630", "松井 勇", "旭川営業所", "上川郡東川町南町3丁目8-12", "0166-82-4471", ""),
           "",
           "網走の菅原さんは住民票どおり漢数字で書いています。",
           "音更の小松さん、釧路の今野さんは自宅に固定電話がないため、携帯のみです。",
           "",
           SIGDASH,
           "北海道支社 総務課",
           "今野 千尋",
           "〒060-0001 札幌市中央区北1条西4丁目2-2 札幌ノースビル8F",
           "TEL 011-231-5580（内線 8012）"))

# ===================================================================================== 566
# Control: 経理 -> external auditor: GL codes that start with country calling codes (0044-1614-9607,
# 0049-3090-1820, 0065-6123-4510), 部門コード 010-1-212, invoice numbers starting 00, a remittance reference
# 0044207946032100, BICs, and an IBAN-shaped 入金照会番号 with check digits 00 (no IBAN) -> plain hold.
MESSAGES["566_gl_codes_invoice_refs_starting_00.eml"] = message(
    sender="経理部 決算課 野村 拓 <nomura.taku@example.co.jp>",
    to=["あおば監査法人 エグザンプル監査チーム <example-team@aoba-audit.example>"],
    subject="連結パッケージ 勘定科目コード対応表と海外子会社向け債権の照合資料",
    date="Tue, 02 Dec 2025 11:15:00 +0900", msgid="<20251202111500.566A@example.co.jp>",
    body=L("あおば監査法人",
           "エグザンプル監査チーム 各位",
           "",
           "いつもお世話になっております。経理部決算課の野村です。",
           "ご依頼のあった勘定科目コードの対応表と、海外子会社向け債権の照合に使った番号をお送りします。",
           "",
           "■勘定科目コード（GL）対応表（抜粋）",
           "GL 0044-1614-9607　売掛金－英国子会社（Example UK Ltd.）",
           "GL 0049-3090-1820　売掛金－独子会社（Example Europe GmbH）",
           "GL 0065-6123-4510　売掛金－シンガポール子会社（Example Asia Pacific Pte. Ltd.）",
           "GL 0001-2125-5501　前受金－北米（Example America Inc.）",
           "GL 0081-1112-0000　普通預金（本社）",
           "※先頭4桁は連結パッケージの会社コードで、各社の国番号に合わせています",
           "　（0044＝英国、0049＝ドイツ、0065＝シンガポール、0001＝米国、0081＝日本）。",
           "※部門コードは 010-1-212（海外事業本部 北米課）、010-4-430（同 欧州課）です。",
           "",
           "■照合に使った番号（9月末残高）",
           "・Example UK宛　請求書番号 0012-4407-9135　GBP 184,200.00",
           "・Example Europe宛　請求書番号 00 1244 0791 3562　EUR 96,450.00",
           "・英国からの送金　送金指図の参照番号 0044207946032100（10月3日着金）",
           "・先方銀行 SWIFT/BIC：EXMPGB2LXXX、EXMPDEFFXXX",
           f"・先方銀行の入金照会番号：{REF566}",
           "　（IBANと同じ形式ですが、先方銀行の照会用の番号で、口座の番号ではありません）",
           "",
           "照合表のExcelは監査ポータルにアップロード済みです。",
           "ご確認のほど、よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 経理部 決算課",
           "野村 拓",
           "TEL 03-6453-1260",
           "nomura.taku@example.co.jp"))

# ===================================================================================== 567
# 海外営業 -> external call centre: year-end greeting call list, foreign numbers as dialled from the
# office: 0044 20 …, 00 49 30 901820, 010-1-212-555-0147, 001-010-65-6123-4567 (KDDI), 0033-010-45-…
# (NTT Com) -> 5 intl phones; a colleague's mobile (not the sender's) -> 1 jp phone -> hold.
MESSAGES["567_overseas_call_list_dialled_prefixes.eml"] = message(
    sender="海外営業部 木村 綾香 <kimura.ayaka@example.co.jp>",
    to=["グローバルコール株式会社 多言語コールセンター <ml-center@globalcall.example>"],
    subject="年末のご挨拶コール 架電リスト(海外5社)",
    date="Tue, 02 Dec 2025 15:30:00 +0900", msgid="<20251202153000.567A@example.co.jp>",
    body=L("グローバルコール株式会社",
           "多言語コールセンター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル海外営業部の木村です。",
           "先日ご相談した年末のご挨拶コール（英語・ドイツ語）の架電リストをお送りします。",
           "番号は当社の電話機からかけるときの書き方（国際電話の識別番号つき）のままです。",
           "貴社の回線に合わせて読み替えてください。",
           "",
           "No.1  Harrington Controls Ltd.（ロンドン）",
           "      James Whitfield 様（Purchasing Manager）",
           "      0044 20 7946 0321",
           "No.2  Brandt Antriebstechnik GmbH（ベルリン）",
           "      Katrin Brandt 様（Geschäftsführerin）",
           "      00 49 30 901820",
           "No.3  Northgate Instruments Inc.（ニューヨーク）",
           "      Daniel Ortiz 様（VP Sales）",
           "      010-1-212-555-0147",
           "No.4  Lim Engineering Pte. Ltd.（シンガポール）",
           "      Lim Wei Ling 様（Director）",
           "      001-010-65-6123-4567（KDDI経由）",
           "No.5  Sørensen Marine A/S（コペンハーゲン）",
           "      Mads Sørensen 様（Sales Director）",
           "      0033-010-45-3391-2208",
           "",
           "・架電は先方の現地時間 10:00-16:00 でお願いします（ニューヨークは日本時間の深夜 0:00-6:00 です）。",
           "・No.3 の Ortiz 様は12月15日から休暇のため、それまでにお願いします。",
           "・私は来週出張で連絡がつきにくいため、不明点は同じ課の本田の携帯 080-2274-9186 まで",
           "　お願いします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 海外営業部",
           "木村 綾香",
           "TEL 03-6453-1520",
           "kimura.ayaka@example.co.jp"))

# ===================================================================================== 568
# Control, internal only: 品証 -> 工場 QC: mark-sheet scale "│5│4│3│2│1│" with ■ answers, a tally grid, a
# stock-count sheet with quantities in boxes, a date and a 記入者コード in boxes, an 8-digit 検査成績書番号
# in boxes -> pass.
MESSAGES["568_int_marksheet_and_stock_count_boxes.eml"] = message(
    sender="品質保証部 大塚 智美 <otsuka.tomomi@example.co.jp>",
    to=["群馬工場 品質管理課 <qc@gunma.example.co.jp>"],
    subject="お客様アンケートの集計方法と棚卸表の書き方について",
    date="Wed, 03 Dec 2025 08:55:00 +0900", msgid="<20251203085500.568A@example.co.jp>",
    cte="quoted-printable",
    body=L("群馬工場 品質管理課 各位",
           "",
           "品証の大塚です。来週から使う紙のアンケートと、年末棚卸の記入表の書き方をまとめます。",
           "",
           "１．お客様アンケート（マークシート）",
           "　　選択肢は左から 5（とても満足）→ 1（不満）の順です。",
           "　　　　　　　　　　　　　　" + boxed("54321"),
           "　　Q1 製品の品質　　　　　" + boxed("■□□□□"),
           "　　Q2 納期　　　　　　　　" + boxed("□■□□□"),
           "　　Q3 営業担当の対応　　　" + boxed("□□■□□"),
           "　　集計シートには件数をこの形で入れてください。",
           "　　　　　　　　　　　　　　│ 5│ 4│ 3│ 2│ 1│",
           "　　Q1 製品の品質　　　　　│42│31│12│ 4│ 1│",
           "　　Q2 納期　　　　　　　　│28│35│19│ 6│ 2│",
           "　　Q3 営業担当の対応　　　│37│30│15│ 5│ 3│",
           "",
           "２．年末棚卸 記入表",
           "　　数量は1桁ずつ枠に書いてください（右詰め、空き枠は0）。",
           "　　ロケーション　品番　　　　　　数量",
           "　　A-01-03　　　GX-2207-B　　　" + boxed("0048"),
           "　　A-01-04　　　GX-2207-C　　　" + boxed("0120"),
           "　　B-02-11　　　HT-0950　　　　" + boxed("0006"),
           "　　C-05-02　　　PK-1144-W　　　" + boxed("1530"),
           "　　棚卸日　" + boxed("2025/12/27") + "（土）",
           "　　記入者コード　" + boxed("0317"),
           "",
           "３．検査成績書番号（来年1月から8桁になります）",
           "　　" + boxed("25120047"),
           "",
           "不明点は内線 3340 までお願いします。",
           "",
           SIGDASH,
           "品質保証部 大塚 智美",
           "内線 3340"))

# ===================================================================================== 569
# 会員サービス -> external collection agency: two corrected 口座振替依頼書 transcribed box by box: accounts
# "│3│8│1│4│0│2│7│" and "1 5 0 2 8 6 3" after 口座番号 with ■普通, phones "│0│2│7│0│-│2│4│-│5│5│1│8│",
# "0 9 0 - 6 6 3 1 - 2 4 8 8", "0 2 7 8 │ 6 2 │ 3 3 0 9", two 〒 + addresses without 群馬県 -> confirm.
# 会員番号 (8 boxes), 金融機関コード, 店番, 委託者番号 are nothing.
MESSAGES["569_boxed_direct_debit_forms_accounts_phones.eml"] = message(
    sender="会員サービス部 須藤 真理 <sudo.mari@example.co.jp>",
    to=["株式会社ジャパン収納サービス 口座振替センター <furikae@jp-shuno.example>"],
    subject="口座振替依頼書 2件 再登録のお願い(委託者番号 40127)",
    date="Wed, 03 Dec 2025 13:10:00 +0900", msgid="<20251203131000.569A@example.co.jp>",
    body=L("株式会社ジャパン収納サービス",
           "口座振替センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル会員サービス部の須藤です。",
           "11月に不備返却となった口座振替依頼書2件について、会員様から訂正後の用紙が届きましたので、",
           "記入内容を転記します（枠の区切りは用紙のまま）。再登録をお願いいたします。",
           "",
           "【1件目】会員番号 " + boxed("00471283"),
           "　お名前　　　　松村 宏",
           "　ご住所　　　　〒372-0042",
           "　　　　　　　　伊勢崎市中央町18-4",
           "　ご自宅電話　　" + boxed("0270-24-5518"),
           "　携帯電話　　　" + spaced("090-6631-2488"),
           "　金融機関　　　ぐんま中央信用金庫（金融機関コード " + boxed("1204") + "）",
           "　支店　　　　　伊勢崎支店（店番 " + boxed("031") + "）",
           "　預金種目　　　■普通　□当座",
           "　口座番号　　　" + boxed("3814027"),
           "　口座名義　　　ﾏﾂﾑﾗ ﾋﾛｼ",
           "　（前回の不備：口座番号の記入漏れ）",
           "",
           "【2件目】会員番号 " + boxed("00503391"),
           "　お名前　　　　角田 節子",
           "　ご住所　　　　〒379-1313",
           "　　　　　　　　利根郡みなかみ町月夜野1744番地の2",
           "　ご自宅電話　　0 2 7 8 │ 6 2 │ 3 3 0 9",
           "　金融機関　　　とね農業協同組合（店番 " + boxed("008") + "）",
           "　預金種目　　　■普通　□当座",
           "　口座番号　　　" + spaced("1502863"),
           "　口座名義　　　ﾂﾉﾀﾞ ｾﾂｺ",
           "　（前回の不備：届出印相違。今回は届出印で押印済みです）",
           "",
           "原本は当社で保管しております。1月27日振替分から反映できるかご確認ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 会員サービス部",
           "須藤 真理",
           "TEL 03-6453-1470",
           "sudo.mari@example.co.jp"))

# ===================================================================================== 570
# Control (English): 物流 -> external forwarder: ISO 6346 container number (valid check digit), three GS1
# SSCCs "(00) 3 4567890 123456789 5", seal, a 12-digit domestic tracking number and a 14-digit courier
# tracking number starting 00, part numbers "00 44 20 79" / "00 49 30 90" / "010-1212-55", an export
# declaration number 001010656123, HS code -> plain hold. The sender's +81 Tel is in his '-- ' signature.
MESSAGES["570_en_container_sscc_tracking_parts_00.eml"] = message(
    sender="Shun Arai <arai.shun@logi.example.co.jp>",
    to=["Oceanic Freight Forwarding - Export Desk <export@oceanic-ff.example>"],
    subject="Shipment EXJ-2512-031: container, SSCC and tracking references",
    date="Wed, 03 Dec 2025 17:25:00 +0900", msgid="<20251203172500.570A@logi.example.co.jp>",
    cte="7bit",
    body=L("Dear Export Desk team,",
           "",
           "Please find below the references for shipment EXJ-2512-031 (Yokohama - Felixstowe - Hamburg).",
           "",
           f"Container No.:   {CONTAINER570[:4]} {CONTAINER570[4:10]} {CONTAINER570[10]} (40' HC)",
           "Seal No.:        EX 0044719",
           f"SSCC pallet 1/3: (00) {SSCC570[0][0]} {SSCC570[0][1:8]} {SSCC570[0][8:17]} {SSCC570[0][17]}",
           f"SSCC pallet 2/3: (00) {SSCC570[1][0]} {SSCC570[1][1:8]} {SSCC570[1][8:17]} {SSCC570[1][17]}",
           f"SSCC pallet 3/3: (00) {SSCC570[2][0]} {SSCC570[2][1:8]} {SSCC570[2][8:17]} {SSCC570[2][17]}",
           "",
           "Domestic leg (factory to Yokohama CY), tracking no.: 0048 1736 2055",
           "Original documents by courier, tracking no.: 00 4817 3620 5519",
           "Export declaration no.: 001010656123",
           "",
           "Packing list summary:",
           "  Part No. 00 44 20 79    Gasket set         qty   400",
           "  Part No. 00 49 30 90    O-ring kit         qty 1,200",
           "  Part No. 010-1212-55    Valve seat         qty    80",
           "  HS code 8484.10, gross weight 2,184 kg, 3 pallets",
           "",
           "The B/L draft will follow once the vessel is confirmed (ETD 12 Dec 2025, ETA Felixstowe",
           "19 Jan 2026). Please let us know if the SSCC labels need to be re-printed in a larger size.",
           "",
           "Best regards,",
           SIGDASH,
           "Shun Arai",
           "Logistics Department, Example Corporation",
           "Tel +81 45 671 2290",
           "arai.shun@logi.example.co.jp"))

# ===================================================================================== 571
# 技術部 -> external trading house: reply above a forward that quotes a German and an Italian supplier's
# signatures: Tel.: 0049 711 4590 2283, Mobil: 0049 171 3384 905 (re-written by the sender as
# 010-49-171-3384-905: same number), Tel. 0039 02 8723 4410 -> 3 intl phones; the two suppliers' mail
# addresses in their signatures -> 2 e-mails (the forwarded From: lines are header-block fields) -> hold.
MESSAGES["571_reply_quoted_overseas_signatures_0049_0039.eml"] = message(
    sender="技術部 設計課 佐野 浩一 <sano.koichi@example.co.jp>",
    to=["株式会社トレードブリッジ 機械部 吉岡様 <yoshioka@tradebridge.example>"],
    cc=["海外営業部 木村 綾香 <kimura.ayaka@example.co.jp>"],
    subject="RE: FW: 油圧ユニット仕様の件(Lehmann社・Bianchi社)",
    date="Thu, 04 Dec 2025 10:45:00 +0900", msgid="<20251204104500.571A@example.co.jp>",
    cte="quoted-printable",
    extra_headers=[("In-Reply-To", "<20251203181200.88412@tradebridge.example>")],
    body=L("吉岡様",
           "",
           "いつもお世話になっております。エグザンプル技術部の佐野です。",
           "転送いただいた両社のメール、確認しました。仕様の回答は別途まとめますが、",
           "急ぎの技術的な確認は直接電話したいので、番号の確認をさせてください。",
           "",
           "・Lehmann社 Lehmann様の携帯は、署名の 0049 171 3384 905 を日本からは",
           "　010-49-171-3384-905 でかければよい、という理解で合っていますでしょうか。",
           "・Bianchi社は代表番号しか書かれていませんが、技術の方の直通があれば教えてください。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 技術部 設計課",
           "佐野 浩一",
           "TEL 03-6453-1610",
           "sano.koichi@example.co.jp",
           "",
           "> -----Original Message-----",
           "> From: 吉岡 <yoshioka@tradebridge.example>",
           "> Sent: Wednesday, December 3, 2025 6:12 PM",
           "> To: 佐野 浩一 <sano.koichi@example.co.jp>",
           "> Subject: FW: 油圧ユニット仕様の件(Lehmann社・Bianchi社)",
           ">",
           "> 佐野様",
           "> 両社からの回答を転送します。ご確認ください。",
           ">",
           "> ---------- Forwarded message ---------",
           "> From: Markus Lehmann <m.lehmann@lehmann-hydraulik.example>",
           "> Date: Wed, 3 Dec 2025 at 09:41",
           "> Subject: AW: Hydraulic unit HU-450 specification",
           ">",
           "> Dear Mr. Yoshioka,",
           "> the HU-450 can be supplied with the 24 V DC valve coils requested by your customer.",
           "> Delivery time is 14 weeks after order. Drawings will follow by Friday.",
           ">",
           "> Mit freundlichen Grüßen / Best regards",
           "> Markus Lehmann",
           "> Leiter Vertrieb Asien",
           "> Lehmann Hydraulik GmbH",
           "> Industriestraße 12, 70565 Stuttgart, Germany",
           "> Tel.: 0049 711 4590 2283",
           "> Mobil: 0049 171 3384 905",
           "> m.lehmann@lehmann-hydraulik.example",
           ">",
           "> ---------- Forwarded message ---------",
           "> From: Roberto Bianchi <r.bianchi@bianchi-oleodinamica.example>",
           "> Date: Wed, 3 Dec 2025 at 10:05",
           "> Subject: R: HU-450 equivalent",
           ">",
           "> Dear Mr. Yoshioka,",
           "> we can offer our model BO-460 as an equivalent. The datasheet will follow.",
           ">",
           "> Cordiali saluti",
           "> Roberto Bianchi",
           "> Bianchi Oleodinamica S.r.l.",
           "> Via dell'Industria 8, 20090 Segrate (MI), Italia",
           "> Tel. 0039 02 8723 4410",
           "> r.bianchi@bianchi-oleodinamica.example"))

# ===================================================================================== 572
# Control: 法務 -> customer's vendor management: the company's own 取引先情報確認票 with era check boxes on
# 設立年月日 (■昭和 48年5月1日), 代表者就任日, 基本契約締結日 (■令和 7年4月1日), 契約更新日; an ISO 9001
# certificate's Date of Original Approval / Issue / Expiry (DD/MM/YYYY) each on the line under its label;
# 本店所在地 and 代表 repeat the sender's signature -> plain hold.
MESSAGES["572_era_checkboxes_contract_dates_issue_expiry.eml"] = message(
    sender="法務部 契約管理課 片山 葵 <katayama.aoi@example.co.jp>",
    to=["株式会社ミナトテック 購買部 取引先管理ご担当 <torihiki@minatotech.example>"],
    subject="取引先情報確認票・品質認証情報のご返送",
    date="Thu, 04 Dec 2025 14:00:00 +0900", msgid="<20251204140000.572A@example.co.jp>",
    body=L("株式会社ミナトテック",
           "購買部 取引先管理ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル法務部の片山です。",
           "ご依頼の「取引先情報確認票」に記入しましたので、内容を貼り付けてお送りします。",
           "PDF様式のため、チェック欄は■□で表しています。",
           "",
           "【取引先情報確認票】",
           "商号　　　　　　株式会社エグザンプル",
           f"本店所在地　　　{HQ_POST} {HQ_ADDR}",
           f"代表電話　　　　{HQ_TEL}",
           "設立年月日　　　■昭和　□平成　□令和　48年5月1日",
           "代表者就任日　　□昭和　■平成　□令和　30年6月28日",
           "基本契約締結日　□昭和　□平成　■令和　7年4月1日",
           "契約更新日　　　□昭和　□平成　■令和　8年3月31日（以後1年ごとの自動更新）",
           "資本金　　　　　48億2,000万円",
           "決算期　　　　　3月",
           "従業員数　　　　1,820名（2025年9月30日現在）",
           "",
           "【品質マネジメントシステム認証】",
           "Standard: ISO 9001:2015",
           "Certificate No.: JQA-QM4417",
           "Date of Original Approval (DD/MM/YYYY)",
           "02/06/1998",
           "Date of Issue (DD/MM/YYYY)",
           "15/04/2025",
           "Date of Expiry (DD/MM/YYYY)",
           "14/04/2028",
           "",
           "登録証の写しが必要でしたらPDFでお送りします。",
           "ご不明点がございましたらご連絡ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 法務部 契約管理課",
           "片山 葵",
           f"{HQ_POST} {HQ_ADDR}",
           f"TEL {HQ_TEL}（代表） / 03-6453-1180（直通）",
           "katayama.aoi@example.co.jp"))

# ===================================================================================== 573
# 総務 秘書 -> external department store: お歳暮 recipients pasted from Excel by Outlook (HTML table + TAB
# text): 金沢市長町三丁目八番十二号 (kanji), 今治市北宝来町2丁目1番地の3, 北諸県郡三股町大字樺山4672番地の5,
# 弘前市大字土手町134番地の8, two 〒 (two cells blank), four company phones -> hold (4 < 5).
HDR573 = ["No", "お届け先（会社名・役職）", "お名前", "郵便番号", "ご住所", "電話番号", "品目"]
ROWS573 = [
    ["1", "北陸精密工業株式会社 代表取締役", "村井 清隆 様", "920-0865", "金沢市長町三丁目八番十二号", "076-231-5584", "B-12 和牛詰合せ"],
    ["2", "株式会社来島マリン 会長", "越智 正和 様", "", "今治市北宝来町2丁目1番地の3", "0898-32-7716", "B-12 和牛詰合せ"],
    ["3", "みまた木材株式会社 代表取締役", "川越 幸一 様", "889-1901", "北諸県郡三股町大字樺山4672番地の5", "0986-52-3348", "C-05 銘菓詰合せ"],
    ["4", "津軽りんご農園 代表", "成田 ミツ 様", "", "弘前市大字土手町134番地の8", "0172-33-9051", "C-05 銘菓詰合せ"],
]
intro573 = L("丸越百貨店 法人外商部",
             "中川様",
             "",
             "いつもお世話になっております。エグザンプル総務部秘書課の平田です。",
             "先日お願いしたお歳暮に、追加の送付先が4件ございます。社長室の名簿（Excel）から貼り付けます。",
             "")
outro573 = L("",
             "2件目と4件目は名簿に郵便番号がありませんでした。お手数ですがそちらで補っていただけますでしょうか。",
             "のしは「御歳暮」、名入れは先日と同じく「株式会社エグザンプル 代表取締役社長 長谷川 誠」でお願いします。",
             "12月15日（月）までの着でお願いいたします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 総務部 秘書課",
             "平田 智子",
             "TEL 03-6453-1105",
             "hirata.tomoko@example.co.jp")
MESSAGES["573_html_excel_oseibo_kanji_banchi_no.eml"] = message(
    sender="総務部 秘書課 平田 智子 <hirata.tomoko@example.co.jp>",
    to=["丸越百貨店 法人外商部 中川様 <nakagawa.gaisho@marukoshi.example>"],
    subject="お歳暮 追加送付先(4件)のお願い",
    date="Thu, 04 Dec 2025 16:20:00 +0900", msgid="<20251204162000.573A@example.co.jp>",
    body=intro573 + "\n".join(table_text(HDR573, ROWS573)) + "\n" + outro573,
    html_body=outlook_html(paras(intro573.rstrip("\n")) + "\n"
                           + excel_table(HDR573, ROWS573, [24, 150, 70, 55, 170, 75, 90]) + "\n"
                           + paras(outro573.rstrip("\n"))))

# ===================================================================================== 574
# Control, internal only: 旭川営業所 -> 支社 配送チーム (Cc logi.): morning road and weather report with
# "旭川市 3条通 8:40", "4条通 16丁目付近", route numbers, km, temperatures, delivery runs with stores
# named by town only, "上川郡 4町 6-8 カゴ"; the branch's own 〒 + address in the '-- ' signature -> pass.
MESSAGES["574_int_asahikawa_road_report_jodori_times.eml"] = message(
    sender="旭川営業所 配送管理 工藤 大輔 <kudo.daisuke@hokkaido.example.co.jp>",
    to=["北海道支社 配送チーム <haiso@hokkaido.example.co.jp>"],
    cc=["札幌物流センター <sapporo-dc@logi.example.co.jp>"],
    subject="12/5 道北 路面・配送状況(7:30時点)",
    date="Fri, 05 Dec 2025 07:50:00 +0900", msgid="<20251205075000.574A@hokkaido.example.co.jp>",
    cte="quoted-printable",
    body=L("配送チーム各位",
           "",
           "旭川の工藤です。7:30時点の路面状況と本日の配送予定です。",
           "",
           "■天候",
           "旭川市　最低 -14.2℃、朝までの降雪 18 cm",
           "名寄市　最低 -19.8℃、降雪 25 cm",
           "富良野市　5-8 cm の降雪、昼から晴れ",
           "",
           "■道路（7:30）",
           "・旭川市 3条通 8:40 ごろまで除雪のため片側通行（7丁目〜12丁目）",
           "・旭川市 4条通 16丁目付近 圧雪・アイスバーン",
           "・国道40号 比布町 10-15 km 区間 9:00-11:30 除雪作業",
           "・道央道 旭川鷹栖IC〜士別剣淵IC 50 km/h 規制",
           "・国道39号 上川町 層雲峡〜石北峠 チェーン規制（6:50 発表）",
           "",
           "■本日の配送（店舗は市町村のみ記載）",
           "1便 7:50 発　旭川市 3店 → 比布町 1店 → 名寄市 2店（名寄着 12:30 予定）",
           "2便 9:30 発　東川町 1店 → 美瑛町 1店 → 富良野市 2店（富良野着 13:10 予定）",
           "3便 13:00 発　旭川市 2店（夕方便）",
           "・名寄市 2-3 店目は 14:00 以降の納品で了承済みです。",
           "・上川郡 4町 6-8 カゴ（比布・愛別・上川・東川）は明日の便にまとめます。",
           "",
           "以上です。",
           "",
           SIGDASH,
           "旭川営業所 配送管理",
           "工藤 大輔",
           "〒070-0033 旭川市3条通9丁目1704番地 エグザンプル旭川ビル2F",
           "TEL 0166-26-3380（代表） 内線 7310"))

# ===================================================================================== 575
# ISO-2022-JP: 総務 出張手配 -> external travel agency: extract of the booking confirmation: the traveller's
# (a colleague's) mobile, the Singapore hotel "001-010-65-6274-8830" and the London hotel
# "010-44-20-7946-0958" as dialled from Japan, the London office contact "0044 20 7946 0112" -> 3 intl
# phones, 1 jp phone -> hold. Booking numbers, flight, dates are nothing.
MESSAGES["575_jis_hotel_booking_dialled_from_japan.eml"] = jis_message(
    sender_name="坂井 美由紀", sender_addr="sakai.miyuki@example.co.jp",
    to=[("株式会社ワールドトラベル 法人出張デスク", "biz-desk@worldtravel.example")],
    subject="出張手配の変更依頼(田村・12/14〜12/20 シンガポール・ロンドン)",
    date="Fri, 05 Dec 2025 11:30:00 +0900", msgid="<20251205113000.575A.sakai@example.co.jp>",
    body=L("株式会社ワールドトラベル",
           "法人出張デスク ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル総務部の坂井です。",
           "12月14日出発の田村（技術部）の出張について、ロンドンのホテルを1泊延長したく、",
           "ご手配をお願いします。いただいた手配確認書の内容を下に貼ります。",
           "",
           "＝＝＝ 手配確認書（抜粋） ＝＝＝",
           "ご出張者　　田村 健司 様（TAMURA KENJI）",
           "携帯電話　　090-3318-6624（海外ローミング可）",
           "【ホテル1】",
           "The Harbourfront Bay Hotel Singapore",
           "12/14(日)〜12/17(水) 3泊　スーペリアルーム",
           "ホテル電話（日本から）001-010-65-6274-8830",
           "予約番号　HB-88214507",
           "【ホテル2】",
           "The Kingsway Court Hotel London",
           "12/17(水)〜12/20(土) 3泊 → 4泊へ延長希望（12/21(日)チェックアウト）",
           "ホテル電話（日本から）010-44-20-7946-0958",
           "予約番号　KC-20251217-4471",
           "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
           "",
           "帰国便は12/21(日) LHR 19:15発 NH212 への変更をお願いします。",
           "現地で田村と連絡がつかない場合は、ロンドン事務所の Oliver Grant 氏",
           "（0044 20 7946 0112）にご連絡ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 総務部 総務課（出張手配）",
           "坂井 美由紀",
           "TEL 03-6453-1150",
           "sakai.miyuki@example.co.jp"))

# ===================================================================================== 576
# Control: 販促 -> external ad agency, Outlook HTML table + TAB text: fair venues by town name only with
# dates and times, posting areas "諏訪町 1-3 丁目", "西3条南 9-12 丁目", "第2-3会場", "2-3 月 予定",
# "上川郡 3町 12-15 件" -> plain hold.
HDR576 = ["地区", "会場", "日程", "時間", "チラシ部数", "ポスティング範囲"]
ROWS576 = [
    ["高崎市", "2店舗", "12/6(土)-7(日)", "10:00-17:00", "8,000", "八島町・連雀町 周辺"],
    ["四日市市", "1店舗", "12/13(土)-14(日)", "10:00-17:00", "6,000", "諏訪町 1-3 丁目"],
    ["北佐久郡軽井沢町", "特設会場", "12/20(土)", "11:00-16:00", "3,000", "長倉・軽井沢 全域"],
    ["帯広市", "2店舗", "1/10(土)-12(月)", "10:00-18:00", "7,500", "西3条南 9-12 丁目"],
    ["倉敷市", "第2-3会場", "1/17(土)-18(日)", "10:00-17:00", "9,000", "市内全域"],
    ["松本市", "未定", "2-3 月 予定", "", "", ""],
]
intro576 = L("株式会社アドプラン",
             "営業部 森様",
             "",
             "いつもお世話になっております。エグザンプル販売促進部の伊東です。",
             "冬の感謝フェアの開催地区と日程が固まりましたので、チラシの版下用にお送りします。",
             "会場の詳しい場所は各店の案内ページに載せるので、チラシには市町村名と日程だけ入れてください。",
             "")
outro576 = L("",
             "・上川郡 3町 12-15 件 の予約来場は別枠（DM）なので、チラシには載せません。",
             "・会場名は 12/1 時点の仮称です。確定したら差し替えをお願いします。",
             "・入稿は 12/8(月) 18:00 まで、色校正は 1 回でお願いします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 販売促進部",
             "伊東 遥",
             "TEL 03-6453-1380",
             "ito.haruka@example.co.jp")
MESSAGES["576_html_fair_schedule_towns_dates_ranges.eml"] = message(
    sender="販売促進部 伊東 遥 <ito.haruka@example.co.jp>",
    to=["株式会社アドプラン 営業部 <eigyo@adplan.example>"],
    subject="冬の感謝フェア 開催地区と日程(チラシ・ポスティング用)",
    date="Fri, 05 Dec 2025 15:05:00 +0900", msgid="<20251205150500.576A@example.co.jp>",
    body=intro576 + "\n".join(table_text(HDR576, ROWS576)) + "\n" + outro576,
    html_body=outlook_html(paras(intro576.rstrip("\n")) + "\n"
                           + excel_table(HDR576, ROWS576, [95, 60, 90, 70, 60, 120]) + "\n"
                           + paras(outro576.rstrip("\n"))))

# ===================================================================================== 577
# Internal only: 軽井沢センター -> 会員管理: a villa-management application transcribed box by box: 〒 in
# boxes "〒│3│8│9│-│0│1│1│2│" over 北佐久郡軽井沢町大字発地字風越1456番地の3, 別荘電話 in boxes with empty
# separator boxes, home 〒 spaced + 高崎市連雀町118-2, mobile "0 8 0 │ 3 3 9 2 │ 7 1 4 5", the daughter's
# spaced mobile -> found (2 〒, 2 addresses, 3 phones), but pass. The centre's own address is its signature.
MESSAGES["577_int_villa_application_boxed_postcode_phones.eml"] = message(
    sender="軽井沢センター 柳沢 美帆 <yanagisawa.miho@karuizawa.example.co.jp>",
    to=["会員管理課 <kaiin@example.co.jp>"],
    subject="別荘管理サービス 新規申込(1件) 登録のお願い",
    date="Mon, 08 Dec 2025 09:40:00 +0900", msgid="<20251208094000.577A@karuizawa.example.co.jp>",
    body=L("会員管理課 ご担当者様",
           "",
           "軽井沢センターの柳沢です。別荘管理サービスの新規申込書が届きましたので、会員登録をお願いします。",
           "申込書（手書き・FAX）の内容を枠ごと書き写しています。",
           "",
           "【別荘管理サービス申込書】",
           "お申込日　　2025年12月5日",
           "ご契約者　　細井 隆之（ホソイ タカユキ）",
           "別荘所在地",
           "　〒" + boxed("389-0112"),
           "　北佐久郡軽井沢町大字発地字風越1456番地の3",
           "別荘電話　　" + boxed("0267 46 2218"),
           "ご自宅住所",
           "　〒 " + spaced("370-0831"),
           "　高崎市連雀町118-2",
           "自宅電話　　なし",
           "携帯電話　　0 8 0 │ 3 3 9 2 │ 7 1 4 5",
           "緊急連絡先　細井 真理子（長女）　" + spaced("090-2218-6604"),
           "管理内容　　■定期巡回（月2回）　■冬期水抜き　□除雪　□清掃",
           "鍵の預かり　■あり（2本）　□なし",
           "お支払い　　■口座振替　□請求書",
           "　※口座振替依頼書は別途郵送されるとのことです。",
           "",
           "冬期水抜きは12/10の巡回から開始したいとのことです。よろしくお願いします。",
           "",
           SIGDASH,
           "軽井沢センター",
           "柳沢 美帆",
           "〒389-0102 北佐久郡軽井沢町大字軽井沢1323-8",
           "TEL 0267-42-3310"))

# ===================================================================================== 578
# Control, ISO-2022-JP: 購買 -> external supplier: an order acknowledgement copied out of a PDF: labels
# broken over two lines ("Order" / "No.", "Order" / "Date", "Invoice" / "Number" over 0044-2079-4603,
# "Customer" / "Code"), a two-column form whose left column cuts 受注番号 "0120-4471-" / "2208" and 納期
# "2025年12月" / "19日" -> plain hold.
MESSAGES["578_jis_pdf_po_split_labels_cut_order_number.eml"] = jis_message(
    sender_name="小西 直樹", sender_addr="konishi.naoki@example.co.jp",
    to=[("東和バルブ工業株式会社 営業部 受注係", "juchu@towa-valve.example")],
    subject="注文請書(PO-2512-0447)の内容確認のお願い",
    date="Mon, 08 Dec 2025 13:55:00 +0900", msgid="<20251208135500.578A.konishi@example.co.jp>",
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    body=L("東和バルブ工業株式会社",
           "営業部 受注係 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル購買部の小西です。",
           "先日お送りした注文書について、貴社の注文請書（PDF）の内容をコピーして確認しています。",
           "PDFからのコピーのため、欄の見出しや番号が2行に分かれていますが、",
           "以下で相違ないかご確認ください。",
           "",
           "――――――――――――――――――――",
           "PURCHASE ORDER ACKNOWLEDGEMENT / 注文請書",
           "Order",
           "No.        PO-2512-0447",
           "Order",
           "Date       2025/12/02",
           "Invoice",
           "Number     0044-2079-4603",
           "Customer",
           "Code       C-00471",
           "受注番号　　0120-4471-　　　　　　納入場所　本社第2倉庫（品川）",
           "　　　　　　2208",
           "納　　期　　2025年12月　　　　　　支払条件　月末締め翌月末払い",
           "　　　　　　19日",
           "品　　名　　ボールバルブ BV-25A SCS13 ×120個",
           "単　　価　　4,850円　　　　　　　 金　　額　582,000円（税別）",
           "――――――――――――――――――――",
           "",
           "・Invoice Number は貴社請求書の番号とのことですが、当社の支払システムでは先頭の「00」が",
           "　落ちることがあります。請求書にも同じ番号をご記載ください。",
           "・納期の12月19日は厳守でお願いします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 購買部",
           "小西 直樹",
           "TEL 03-6453-1340",
           "konishi.naoki@example.co.jp"))

# ===================================================================================== 579
# サービス部 -> external subcontractor: visit plan in prose: 四日市市西浦二丁目三番十四号 (kanji), 員弁郡東員町
# 大字山田1725番地の4, 桑名市長島町松ケ島461-2 (a customer company's plant), the wife's mobile, a landline,
# the plant's 総務 -> 3 addresses, 3 phones -> hold. "鈴鹿市の 3-4 件" is nothing; the meeting point
# "諏訪町3-8" repeats the sender's own signature address.
MESSAGES["579_prose_visit_plan_mie_addresses.eml"] = message(
    sender="四日市営業所 サービス課 服部 亮 <hattori.ryo@example.co.jp>",
    to=["有限会社すずか設備 工事部 <koji@suzuka-setsubi.example>"],
    subject="12/9-10 点検訪問のお願い(3件)",
    date="Mon, 08 Dec 2025 17:10:00 +0900", msgid="<20251208171000.579A@example.co.jp>",
    body=L("有限会社すずか設備",
           "工事部 伊藤様",
           "",
           "いつもお世話になっております。エグザンプル四日市営業所の服部です。",
           "来週の点検訪問3件をお願いします。お客様へは当社から日時をお伝えしてあります。",
           "",
           "9日（火）は、10時に四日市市西浦二丁目三番十四号の森田様宅で、床暖房の点検です。",
           "ご主人は不在のため、着く前に奥様の携帯 090-7162-3385 にご連絡ください。",
           "午後は員弁郡東員町大字山田1725番地の4 の加藤様宅（TEL 0594-76-2281）で、",
           "給湯器の異音の確認をお願いします。農道の奥なので、地図を別途お送りします。",
           "10日（水）は、桑名市長島町松ケ島461-2 の長島フーズ株式会社様の工場で、",
           "空調2台の定期点検です。窓口は総務の水谷様（0594-42-5170）です。",
           "",
           "鈴鹿市の 3-4 件は日程が決まり次第、改めてご依頼します。",
           "集合は当社の四日市営業所（諏訪町3-8 の3階）に8時半でお願いします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 四日市営業所 サービス課",
           "服部 亮",
           "〒510-0085 四日市市諏訪町3-8 四日市中央ビル3F",
           "TEL 059-353-2260 / FAX 059-353-2261",
           "hattori.ryo@example.co.jp"))

# ===================================================================================== 580
# Control, internal only: 総務 -> all staff: a bingo card and the December calendar drawn with │, a
# 4-digit 抽選番号 in boxes, prize table, room numbers 201-203 -> pass.
MESSAGES["580_int_bingo_card_and_calendar_bars.eml"] = message(
    sender="総務部 福利厚生課 村上 早苗 <murakami.sanae@example.co.jp>",
    to=["本社 全社員 <all-honsha@example.co.jp>"],
    subject="忘年会のビンゴカードと12月の休業日カレンダー",
    date="Tue, 09 Dec 2025 12:00:00 +0900", msgid="<20251209120000.580A@example.co.jp>",
    cte="quoted-printable",
    body=L("本社のみなさま",
           "",
           "総務部の村上です。12月19日（金）の忘年会で使うビンゴカードの見本と、12月の休業日をお知らせします。",
           "会場は本社2F 大会議室 201-203、受付開始は18:30です。",
           "",
           "■ビンゴカード（見本）",
           "│ B│ I│ N│ G│ O│",
           "│ 3│18│33│48│63│",
           "│ 7│21│41│52│70│",
           "│12│26│FR│57│66│",
           "│ 1│29│38│46│74│",
           "│14│17│35│59│61│",
           "※カードは当日受付でお一人1枚お渡しします。抽選番号（" + boxed("0127") + " のような4桁）は",
           "　カードの裏に印字されています。",
           "",
           "■12月のカレンダー（土日と29日以降が休業日）",
           "│日│月│火│水│木│金│土│",
           "│  │ 1│ 2│ 3│ 4│ 5│ 6│",
           "│ 7│ 8│ 9│10│11│12│13│",
           "│14│15│16│17│18│19│20│",
           "│21│22│23│24│25│26│27│",
           "│28│29│30│31│  │  │  │",
           "年末年始休業：12月29日（月）〜1月4日（日）",
           "",
           "■景品",
           "│1等│ギフトカード 30,000円│ 1本│",
           "│2等│ワイヤレスイヤホン　　│ 3本│",
           "│3等│ご当地グルメセット　　│10本│",
           "",
           "出欠の回答は12月12日（金）までにお願いします。",
           "",
           SIGDASH,
           "総務部 福利厚生課 村上 早苗（内線 1170）"))

# ===================================================================================== 581
# 営業企画 -> external event company: invitation list .xlsx: five regional dealers with addresses without
# the prefecture (高崎市問屋町二丁目7番地の1, 鈴鹿市国府町7710番地, 上川郡東川町西町4丁目2-20, 帯広市東2条南
# 5丁目11-3, 今治市小浦町1丁目4番26号 with a blank 郵便番号), a Hamburg contact (0049 40 …) -> 5
# addresses -> confirm (4 〒, 5 jp phones, 1 intl phone, 6 e-mails are under their own thresholds).
XLSX581 = xlsx(
    "追加発送先",
    ["No", "会社名", "部署", "氏名", "郵便番号", "住所", "電話番号", "メールアドレス"],
    [[1, "株式会社上毛精機", "購買部", "新井 俊夫", "370-0006", "高崎市問屋町二丁目7番地の1", "027-361-4408", "t.arai@joumo-seiki.example"],
     [2, "鈴鹿ポンプ工業株式会社", "技術部", "川村 直人", "513-0836", "鈴鹿市国府町7710番地", "059-378-2215", "kawamura@suzuka-pump.example"],
     [3, "有限会社ひがしかわ木工", "", "谷口 亮太", "071-1425", "上川郡東川町西町4丁目2-20", "0166-82-6614", "taniguchi@higashikawa-mokko.example"],
     [4, "十勝農機販売株式会社", "営業部", "佐藤 弘樹", "080-0802", "帯広市東2条南5丁目11-3", "0155-22-7780", "h.sato@tokachi-noki.example"],
     [5, "来島造機株式会社", "資材課", "越智 美香", "", "今治市小浦町1丁目4番26号", "0898-22-3391", "m.ochi@kurushima-zouki.example"],
     [6, "Hoffmann Fördertechnik GmbH", "Einkauf", "Stefan Hoffmann", "", "Großer Burstah 31, 20457 Hamburg, Germany",
      "0049 40 3861 2207", "s.hoffmann@hoffmann-foerdertechnik.example"]],
    [5, 28, 10, 14, 11, 40, 18, 36], creator="宇野 翔")
MESSAGES["581_xlsx_invitation_list_regional_dealers.eml"] = message(
    sender="営業企画部 展示会担当 宇野 翔 <uno.sho@example.co.jp>",
    to=["株式会社イベントワークス 招待状発送センター <dm@eventworks.example>"],
    subject="新春製品展示会 招待状の発送先リスト(追加6件)",
    date="Tue, 09 Dec 2025 15:45:00 +0900", msgid="<20251209154500.581A@example.co.jp>",
    body=L("株式会社イベントワークス",
           "招待状発送センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル営業企画部の宇野です。",
           "新春製品展示会（1月22日〜23日）の招待状について、追加の発送先6件をExcelでお送りします。",
           "地方の代理店は名簿の住所に都道府県が入っていませんが、そのまま宛名印字できますでしょうか。",
           "5行目は郵便番号が空欄です。お手数ですが調べて補っていただけると助かります。",
           "6行目（ドイツ）は招待状をPDFでメール送付しますので、郵送は不要です。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 営業企画部",
           "宇野 翔",
           "TEL 03-6453-1390",
           "uno.sho@example.co.jp"),
    attachments=[("招待状発送先_追加_20251209.xlsx", XLSX, XLSX581)])

# ===================================================================================== 582
# Control: 店舗 -> external supplier: a 補充発注書 transcribed box by box: 店舗コード "│0│0│4│4│", 発注者
# コード "│0│1│0│2│", 7-digit 商品コード in boxes (one "│0│0│1│0│6│5│1│"), quantities and dates in boxes, a
# spaced JAN -> plain hold. The store's own 〒 + address (no prefecture) and TEL are its '-- ' signature.
MESSAGES["582_boxed_product_codes_reorder_form.eml"] = message(
    sender="高崎店 荒木 美紀 <araki.miki@example.co.jp>",
    to=["上州食品株式会社 受注センター <order@joshu-foods.example>"],
    subject="補充発注書(高崎店・12/10分)",
    date="Wed, 10 Dec 2025 10:30:00 +0900", msgid="<20251210103000.582A@example.co.jp>",
    body=L("上州食品株式会社",
           "受注センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル高崎店の荒木です。",
           "店のFAXの調子が悪いため、補充発注書の内容をメールでお送りします（用紙の枠のまま書き写しています）。",
           "",
           "【補充発注書】",
           "店舗コード　" + boxed("0044") + "　　発注日　" + boxed("12/10"),
           "発注者コード" + boxed("0102"),
           "──────────────────────────",
           "商品コード　　　　　　品名　　　　　　　　　入数　発注数",
           boxed("4712038") + "　上州うどん 200g×3　　 20　 " + boxed("  12"),
           boxed("4712052") + "　ひもかわ 250g　　　　 20　 " + boxed("   8"),
           boxed("3088164") + "　焼きまんじゅう 4本　　12　 " + boxed("  24"),
           boxed("0010651") + "　こんにゃく田楽 5本　　10　 " + boxed("  10"),
           "──────────────────────────",
           "納品希望日　" + boxed("12/15") + "（月）午前",
           "新商品（次回から発注予定）JAN " + spaced(JAN582),
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "エグザンプル 高崎店（店舗運営部）",
           "荒木 美紀",
           "〒370-0052 高崎市旭町16-11 高崎旭町ビル1F",
           "TEL 027-330-4412 / FAX 027-330-4413"))


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(563, 583))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
