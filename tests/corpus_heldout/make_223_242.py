"""Writes held-out messages 223-242 into tests/corpus_heldout/ (deterministic).

Theme: letters and documents made by mail merge and office routines, and mail from phones. Word
mail-merge output sent as a .docx (five merged letters in one document, 223; a sheet of address
labels, 237) or as the body (a plain-text Outlook merge, 224; a Word HTML merge, 225); 年賀状 / DM
address lists from 筆まめ (Shift_JIS CSV, 226), 筆王 (xlsx, 227) and はがきデザインキット (CSV, 228);
a room-booking export with visitor contacts (229), a Zoom webinar registration report (230), an
.ics whose DESCRIPTION holds the tenant's mobile (231); mail from phones: carrier mail in
ISO-2022-JP with short lines (232), an "iPhoneから送信" reply with a customer's number typed in
(233), a photo whose only text is its file name (234); scanned forms with no text layer: a PDF
from the copier (235) and a phone photo of a 申込書 with the DOB typed in the body (236).
Controls: a merged letter to a company (238), a room-booking list with names and rooms only
(239), a webinar schedule (240), a 年賀状 print order (241), an internal mail-merge test (242).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_223_242.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
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
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 1, 20, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def message(*, sender, to, subject, date, msgid, body, html_body=None, attachments=(), cc=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), text_cte="base64", html_cte="base64",
            extra_headers=()) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra_headers:
        msg[k] = v
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=text_cte)
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte)
    for filename, ctype, data, *charset in attachments:
        maintype, subtype = ctype.split("/")
        params = {"charset": charset[0] if charset else "utf-8"} if maintype == "text" else None
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    stem = msgid.strip("<>").split("@")[0]
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + stem)
    if html_body is not None and attachments:
        msg.get_payload()[0].set_boundary("----=_Alt_" + stem)
    return msg.as_bytes()


def dash_sig(company: str, name: str, tel: str, extra: str = "") -> str:
    return f"-- \n{company}\n{name}\nTEL {tel}{extra}\n"


def bar_sig(company: str, name: str, tel: str, extra: str = "") -> str:
    line = "――――――――――――――――――――"
    return f"{line}\n{company}\n{name}\nTEL {tel}{extra}\n{line}\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def b64_lines(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


# ---- containers ------------------------------------------------------------------------

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def zip_parts(parts: list[tuple[str, bytes | str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(title: str, creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(text: str = "", ppr: str = "", rpr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{wr(text, rpr) if text else ''}</w:p>"


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def docx(body: str, title: str, creator: str) -> bytes:
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = (XML + f'<Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>')
    doc = (XML + f'<w:document xmlns:w="{W}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" '
           'w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return zip_parts([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core_props(title, creator)),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", XML + f'<Relationships xmlns="{NS_PKG}"/>')])


def fixed_xlsx(wb, creator: str) -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props("", creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---- pictures: a flat grey baseline JPEG and a PDF holding only that picture ------------

def gray_jpeg(width: int, height: int) -> bytes:
    """A valid baseline greyscale JPEG, every 8x8 block flat mid-grey: one-code Huffman tables
    (DC difference 0, AC end-of-block), so each block is the two bits '00'."""
    def seg(marker: int, payload: bytes) -> bytes:
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    nbits = 2 * blocks
    data = bytearray((nbits + 7) // 8)
    if nbits % 8:
        data[-1] = (1 << (8 - nbits % 8)) - 1  # pad the last byte with 1-bits
    one_code = bytes([1] + [0] * 15) + b"\x00"
    return (b"\xff\xd8"
            + seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
            + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, b"\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big") + b"\x01\x01\x11\x00")
            + seg(0xC4, b"\x00" + one_code) + seg(0xC4, b"\x10" + one_code)
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00") + bytes(data) + b"\xff\xd9")


def image_pdf(jpeg: bytes, width: int, height: int, producer: str) -> bytes:
    """A one-page PDF with no text at all: the page is one scanned picture (DCTDecode)."""
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg)) + jpeg + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:20250121142100+09'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ===================================================================================== 223
# Word 差し込み印刷: five membership-renewal letters merged into one .docx (a page each), sent to the
# mailing house that prints and posts them.
letters223 = [
    ("158-0083", "東京都世田谷区奥沢3-27-4", "", "青木 美紀", "K-20418"),
    ("223-0061", "神奈川県横浜市港北区日吉2-8-15", "日吉グリーンハイツ305", "大野 隆", "K-20433"),
    ("272-0034", "千葉県市川市市川1-19-6", "", "佐野 由香", "K-20457"),
    ("336-0024", "埼玉県さいたま市南区根岸4-2-11", "", "村上 翔太", "K-20461"),
    ("181-0013", "東京都三鷹市下連雀6-5-22", "", "森田 圭子", "K-20489"),
]
body223 = []
for k, (pc, addr, bldg, name, mem) in enumerate(letters223):
    if k:
        body223.append(PAGE_BREAK)
    body223 += [wp("2025年1月20日", '<w:jc w:val="right"/>'), wp(f"〒{pc}"), wp(addr)]
    if bldg:
        body223.append(wp(bldg))
    body223 += [
        wp(f"{name} 様", "", '<w:sz w:val="28"/>'), wp(f"会員番号 {mem}"), wp(),
        wp("フィットネスクラブ エグザンプル三鷹", '<w:jc w:val="right"/>'), wp(),
        wp("会員資格更新のご案内", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="32"/>'), wp(),
        wp("拝啓 寒冷の候、平素より当クラブをご利用いただき誠にありがとうございます。"),
        wp("さて、お客様の会員資格は2025年2月28日をもって有効期限を迎えます。引き続きご利用いただく場合は、"
           "同封の更新申込書にご記入のうえ、2月20日までにフロントへご提出ください。"),
        wp("更新手数料 3,300円(税込) / 月会費 8,800円(税込)"),
        wp("敬具", '<w:jc w:val="right"/>'),
    ]
MESSAGES["223_word_merge_docx_five_letters.eml"] = message(
    sender="フロント 高野 <takano@example.co.jp>", to=["エグザンプル発送サービス 受付 <uketsuke@hassou-partner.example>"],
    subject="会員更新案内 差込済みデータ(5通)の印刷・発送のお願い", date="Mon, 20 Jan 2025 10:21:04 +0900",
    msgid="<TY1P286MB0223A1C4@example.co.jp>",
    body=("エグザンプル発送サービス\nご担当者様\n\n"
          "いつもお世話になっております。フィットネスクラブ エグザンプル三鷹の高野です。\n"
          "今月分の会員更新案内、Wordで差し込み印刷した結果のファイルを添付します(5名分、1ページ1通)。\n"
          "長3封筒・窓あきでの発送をお願いいたします。更新申込書の同封もいつも通りでお願いします。\n\n"
          + dash_sig("フィットネスクラブ エグザンプル三鷹 フロント", "高野 綾", "0422-40-7711")),
    attachments=[("会員更新案内_差込結果_202501.docx", DOCX, docx("".join(body223), "会員資格更新のご案内", "takano"))])

# ===================================================================================== 224
# Outlook mail merge (Word → 電子メール): one customer's message, the letter's address block at the top.
MESSAGES["224_outlook_merge_plain_letter_inspection.eml"] = message(
    sender="エグザンプル住設 サービス課 <service@example.co.jp>", to=["小林 健一 <kobayashi.kenichi@freemail.example>"],
    subject="【エグザンプル住設】給湯器 定期点検のご案内", date="Tue, 21 Jan 2025 09:00:12 +0900",
    msgid="<TY1P286MB0224B2D5@example.co.jp>",
    body=("〒224-0032\n神奈川県横浜市都筑区茅ケ崎中央12-7\n小林 健一 様\n\n"
          "平素はエグザンプル住設をご愛顧いただき、誠にありがとうございます。\n"
          "お客様宅に設置しております給湯器の定期点検(無料)の時期となりましたので、ご案内いたします。\n\n"
          "■ 点検予定日時  2025年2月8日(土) 10:00～12:00\n"
          "■ 対象機器      エコキュート SRT-S374UA(製造番号 2211037)\n"
          "■ ご登録のお電話番号  045-941-3318\n\n"
          "ご都合が悪い場合やお電話番号が変わっている場合は、このメールにご返信ください。\n"
          "当日は作業員が身分証を携帯してお伺いします。\n\n"
          + dash_sig("株式会社エグザンプル住設 サービス課", "担当 内田", "045-910-2200")))

# ===================================================================================== 225
# Word HTML mail merge (MsoNormal) from an insurance agency: the policyholder's DOB and the
# account the premium is debited from, for her to check before renewal.
rows225 = [("契約者", "中川 早苗 様"), ("生年月日", "1978年6月3日"), ("証券番号", "AB-3381-2207"),
           ("保険種類", "個人賠償責任保険(年払)"), ("満期日", "2025年3月1日"), ("更新後保険料", "48,600円"),
           ("振替口座", "エグザンプル銀行 新宿支店 普通 4417302")]
intro225 = ("中川 早苗 様\n\nいつもお世話になっております。エグザンプル保険サービスの石原です。\n"
            "ご契約の満期が近づいてまいりましたので、更新内容をご案内いたします。\n"
            "下記のご登録内容に変更がないかご確認のうえ、2月14日までにご返信ください。")
out225 = "変更がない場合は、そのまま自動更新となります。\nご不明な点はお気軽にお問い合わせください。"
sig225 = dash_sig("株式会社エグザンプル保険サービス", "石原 由佳", "03-5550-8810")
mso = '<p class=MsoNormal><span style=\'font-family:"游ゴシック",sans-serif\'>{}<o:p></o:p></span></p>\n'
html225 = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>\n'
    '<body lang=JA link="#0563C1" style=\'word-wrap:break-word\'><div class=WordSection1>\n'
    + "".join(mso.format(esc(line) if line else "&nbsp;") for line in intro225.split("\n"))
    + '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>\n'
    + "".join(f"<tr><td width=120 style='background:#D9E2F3'>{mso.format(esc(a))}</td><td width=320>{mso.format(esc(b))}</td></tr>\n"
              for a, b in rows225)
    + "</table>\n"
    + "".join(mso.format(esc(line) if line else "&nbsp;") for line in ("", *out225.split("\n"), "", *sig225.rstrip("\n").split("\n")))
    + "</div></body></html>\n")
text225 = (intro225 + "\n\n" + "".join(f"{a}\t{b}\n" for a, b in rows225) + "\n" + out225 + "\n\n" + sig225)
MESSAGES["225_word_html_merge_insurance_renewal.eml"] = message(
    sender="エグザンプル保険サービス 石原 <ishihara@example.co.jp>", to=["中川 早苗 <nakagawa.sanae@webmail.example>"],
    subject="【ご確認のお願い】個人賠償責任保険 更新のご案内", date="Wed, 22 Jan 2025 11:30:45 +0900",
    msgid="<TY1P286MB0225C3E6@example.co.jp>", body=text225, html_body=html225,
    text_cte="quoted-printable", html_cte="quoted-printable")

# ===================================================================================== 226
# 筆まめ の住所録 CSV export (Shift_JIS) of the president's private 年賀状 list, to the print shop.
hdr226 = ["氏名", "フリガナ", "敬称", "連名", "連名敬称", "郵便番号", "住所1", "住所2", "電話", "会社名", "部署", "役職", "グループ"]
rows226 = [
    ["石井 和夫", "イシイ カズオ", "様", "恵子", "様", "154-0017", "東京都世田谷区世田谷4-9-12", "", "03-3427-5519", "", "", "", "親戚"],
    ["上田 修", "ウエダ オサム", "様", "", "", "603-8214", "京都府京都市北区紫野門前町22-3", "", "075-491-2286", "", "", "", "友人"],
    ["岡本 直樹", "オカモト ナオキ", "様", "真理", "様", "466-0815", "愛知県名古屋市昭和区山手通2-14", "ライオンズ山手通503",
     "052-832-7741", "", "", "", "大学"],
    ["川村 博之", "カワムラ ヒロユキ", "様", "", "", "810-0022", "福岡県福岡市中央区薬院3-7-18", "", "090-2214-6637", "", "", "", "友人"],
    ["小池 照子", "コイケ テルコ", "先生", "", "", "390-0874", "長野県松本市大手4-11-2", "", "0263-32-5810", "", "", "", "恩師"],
    ["斎藤 誠", "サイトウ マコト", "様", "明美", "様", "980-0871", "宮城県仙台市青葉区八幡2-5-9", "", "022-275-4418", "", "", "", "親戚"],
]
MESSAGES["226_fudemame_csv_nengajo_sjis.eml"] = message(
    sender="秘書室 竹内 <takeuchi@example.co.jp>", to=["エグザンプル印刷 年賀状受付 <nenga@print-partner.example>"],
    subject="年賀状 宛名印刷の追加分(筆まめ住所録)", date="Mon, 16 Dec 2024 15:42:10 +0900",
    msgid="<TY1P286MB0226D4F7@example.co.jp>",
    body=("エグザンプル印刷\n年賀状ご担当者様\n\n"
          "お世話になっております。エグザンプル株式会社 秘書室の竹内です。\n"
          "先日お願いした社長個人の年賀状について、宛名の追加分6件を筆まめから書き出しました。\n"
          "連名がある方は連名も印字をお願いします。先日の分と合わせて12月25日までに投函いただけますと幸いです。\n\n"
          + dash_sig("エグザンプル株式会社 秘書室", "竹内 真央", "03-5550-1201")),
    attachments=[("住所録_追加分.csv", "text/csv", csv_text(hdr226, rows226).encode("cp932"), "Shift_JIS")])

# ===================================================================================== 227
# 筆王 の住所録 → Excel (xlsx): business customers for a 寒中見舞い DM, to the DM mailing house.
rows227 = [
    ["株式会社北斗精機", "購買部", "部長", "田村 浩", "様", "101-0047", "東京都千代田区内神田2-11-5", "内神田ビル4F", "03-3252-8817"],
    ["有限会社みなと工業", "総務課", "課長", "西田 久美", "様", "231-0023", "神奈川県横浜市中区山下町74-2", "", "045-662-3190"],
    ["東邦電材株式会社", "営業部", "", "松尾 健二", "様", "530-0047", "大阪府大阪市北区西天満4-8-17", "西天満第2ビル", "06-6364-2271"],
    ["株式会社サンエイ物流", "業務部", "次長", "吉川 誠一", "様", "460-0003", "愛知県名古屋市中区錦1-20-12", "", "052-201-4436"],
    ["丸三化成株式会社", "資材課", "", "中島 由紀", "様", "332-0012", "埼玉県川口市本町2-3-8", "", "048-223-6675"],
    ["株式会社広和テクノ", "技術部", "主任", "小西 大輔", "様", "730-0013", "広島県広島市中区八丁堀15-6", "広和ビル6F", "082-227-3408"],
    ["大成紙器株式会社", "購買課", "係長", "野口 明", "様", "950-0087", "新潟県新潟市中央区東大通2-4-10", "", "025-245-1183"],
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "住所録"
ws.append(["会社名", "部署", "役職", "氏名", "敬称", "郵便番号", "住所1", "住所2", "電話"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows227:
    ws.append(r)
MESSAGES["227_fudeo_xlsx_dm_business.eml"] = message(
    sender="営業推進部 岡田 <okada@example.co.jp>", to=["エグザンプルDM 制作部 <seisaku@dm-partner.example>"],
    subject="寒中見舞いDM 宛名データ(筆王より書き出し)", date="Thu, 09 Jan 2025 13:18:33 +0900",
    msgid="<TY1P286MB0227E5A8@example.co.jp>",
    body=("エグザンプルDM 制作部 御中\n\n"
          "お世話になっております。エグザンプル工業 営業推進部の岡田です。\n"
          "寒中見舞いDMの宛名データを筆王からExcelに書き出しましたので添付します(7件)。\n"
          "デザインは先日校了したB案で、1月17日投函でお願いいたします。\n\n"
          + dash_sig("エグザンプル工業株式会社 営業推進部", "岡田 俊", "03-5550-3340")),
    attachments=[("寒中見舞い_宛名リスト.xlsx", XLSX, fixed_xlsx(wb, "okada"))])

# ===================================================================================== 228
# はがきデザインキット の住所録 CSV (UTF-8 with BOM): three addresses for 喪中はがき, to the printer.
hdr228 = ["氏名", "氏名（ふりがな）", "敬称", "郵便番号", "住所1", "住所2", "会社名", "部署", "役職", "連名1", "連名1敬称"]
rows228 = [
    ["前田 和子", "まえだ かずこ", "様", "432-8002", "静岡県浜松市中央区富塚町1835-4", "", "", "", "", "", ""],
    ["原 雄一", "はら ゆういち", "様", "7000815", "岡山県岡山市北区野田屋町1-9-3", "サンコーポ野田屋町702", "", "", "", "由美", "様"],
    ["松下 和彦", "まつした かずひこ", "様", "892-0846", "鹿児島県鹿児島市加治屋町14-8", "", "", "", "", "", ""],
]
MESSAGES["228_hagaki_kit_csv_mochu_three.eml"] = message(
    sender="総務部 吉村 <yoshimura@example.co.jp>", to=["エグザンプル印刷 <order@insatsu-partner.example>"],
    subject="喪中はがき 宛名の追加(3件)", date="Tue, 26 Nov 2024 16:05:51 +0900",
    msgid="<TY1P286MB0228F6B9@example.co.jp>",
    body=("エグザンプル印刷 ご担当者様\n\n"
          "お世話になっております。総務部の吉村です。\n"
          "先日ご注文した喪中はがきに、宛名の追加が3件あります。\n"
          "はがきデザインキットの住所録から書き出したCSVを添付しますので、宛名印刷をお願いします。\n\n"
          + dash_sig("エグザンプル商事株式会社 総務部", "吉村 千尋", "052-950-7718")),
    attachments=[("住所録_追加.csv", "text/csv", ("\ufeff" + csv_text(hdr228, rows228)).encode("utf-8"))])

# ===================================================================================== 229
# A room-booking system's CSV export with the visitors' contacts, to the building's reception for
# visitor pre-registration (one visitor comes twice).
hdr229 = ["予約番号", "利用日", "開始", "終了", "会議室", "予約者", "来訪者氏名", "来訪者会社", "来訪者電話", "来訪者メール"]
rows229 = [
    ["R-25013101", "2025/01/31", "10:00", "11:00", "8F 801", "営業部 山本", "高田 健", "株式会社ノースリンク", "03-5214-7730",
     "takada@northlink.example"],
    ["R-25013102", "2025/01/31", "13:30", "15:00", "8F 802", "開発部 佐々木", "三浦 彩", "ミウラデザイン事務所", "090-6631-2048",
     "aya.miura@miura-design.example"],
    ["R-25013103", "2025/01/31", "15:00", "16:00", "8F 801", "総務部 伊藤", "渡部 浩二", "渡部税理士事務所", "048-645-3302",
     "watanabe-tax@tax-office.example"],
    ["R-25020301", "2025/02/03", "10:00", "12:00", "9F 大会議室", "営業部 山本", "高田 健", "株式会社ノースリンク", "03-5214-7730",
     "takada@northlink.example"],
    ["R-25020302", "2025/02/03", "14:00", "15:00", "8F 803", "人事部 岡田", "近藤 里奈", "", "080-3392-1175",
     "rina.kondo@freemail.example"],
]
MESSAGES["229_room_booking_export_visitors.eml"] = message(
    sender="総務部 伊藤 <ito.s@example.co.jp>", to=["エグザンプルタワー 防災センター <reception@tower-bm.example>"],
    subject="来訪者事前登録(1/31・2/3分)", date="Wed, 29 Jan 2025 17:12:09 +0900",
    msgid="<TY1P286MB0229A7CA@example.co.jp>",
    body=("エグザンプルタワー 防災センター ご担当者様\n\n"
          "いつもお世話になっております。8F・9F入居のエグザンプル株式会社 総務部の伊藤です。\n"
          "1/31と2/3の来訪者の事前登録をお願いします。会議室予約システムから書き出したCSVを添付します。\n"
          "入館証の発行時に本人確認の連絡が必要な場合は、CSVの連絡先をお使いください。\n\n"
          + dash_sig("エグザンプル株式会社 総務部", "伊藤 咲", "03-5550-2215")),
    attachments=[("会議室予約_来訪者_20250131-0203.csv", "text/csv", ("\ufeff" + csv_text(hdr229, rows229)).encode("utf-8"))])

# ===================================================================================== 230
# A Zoom webinar registration report (xlsx) sent to the co-hosting tax firm; 8 of 12 gave a phone.
reg230 = [
    ("健太", "佐藤", "ksato@sato-shoji.example", "佐藤商事", "代表取締役", "03-3861-2204"),
    ("真由美", "鈴木", "m.suzuki@freemail.example", "鈴木会計事務所", "所長", ""),
    ("大輔", "高橋", "d-takahashi@takahashi-kensetsu.example", "高橋建設", "経理部長", "0297-62-4418"),
    ("恵", "田中", "megumi.tanaka@tanaka-design.example", "田中デザイン", "代表", "090-7715-3362"),
    ("翔", "伊藤", "sho.ito@webmail.example", "", "", ""),
    ("直美", "渡辺", "n.watanabe@watanabe-clinic.example", "渡辺クリニック", "事務長", "045-833-1207"),
    ("誠", "山本", "yamamoto@yamamoto-seika.example", "山本製菓", "専務", "0942-72-3381"),
    ("由紀", "中村", "yuki.nakamura@freemail.example", "", "", "080-2219-6654"),
    ("拓也", "小林", "t.kobayashi@kobayashi-denki.example", "小林電機", "総務", ""),
    ("彩", "加藤", "aya.kato@kato-law.example", "加藤法律事務所", "事務員", "06-6203-5518"),
    ("浩二", "吉田", "k.yoshida@yoshida-unyu.example", "吉田運輸", "社長", ""),
    ("陽子", "山口", "yoko.yamaguchi@yamaguchi-fudosan.example", "山口不動産", "営業", "092-731-6640"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "登録者"
ws.append(["ウェビナーレポート"])
ws.append(["トピック", "中小企業のための電子帳簿保存法 対応セミナー"])
ws.append(["開催日時", "2025/01/23 14:00"])
ws.append(["登録者数", 12])
ws.append([])
ws.append(["名", "姓", "メールアドレス", "組織", "役職", "電話", "登録時間", "承認ステータス"])
for k, (first, last, mail, org, title, tel) in enumerate(reg230):
    ws.append([first, last, mail, org, title, tel, f"2025/01/{10 + k % 9:02d} {9 + k % 8:02d}:{(k * 7) % 60:02d}:{(k * 13) % 60:02d}", "承認済み"])
MESSAGES["230_webinar_registration_xlsx_cohost.eml"] = message(
    sender="マーケティング部 大西 <onishi@example.co.jp>", to=["税理士法人エグザンプル 広報 <koho@zeirishi-partner.example>"],
    subject="1/23 共催ウェビナー 登録者レポート", date="Fri, 24 Jan 2025 10:40:27 +0900",
    msgid="<TY1P286MB0230B8DB@example.co.jp>",
    body=("税理士法人エグザンプル 広報ご担当者様\n\n"
          "昨日は共催ウェビナーにご登壇いただきありがとうございました。\n"
          "お約束していた登録者レポートをZoomから書き出しましたので添付します(12名)。\n"
          "個別相談のご案内は、電話番号のある方を中心にお願いできればと思います。\n\n"
          + dash_sig("エグザンプル・ソリューションズ株式会社 マーケティング部", "大西 亮", "03-5550-6620")),
    attachments=[("ウェビナー登録者_20250123.xlsx", XLSX, fixed_xlsx(wb, "onishi"))])


# ===================================================================================== 231
# An .ics (Garoon-style export) for a leak inspection: ATTENDEE lines are the envelope's own
# addresses; LOCATION is the flat; DESCRIPTION holds the tenant's mobile, cut by a fold.
def ics_fold(line: str) -> str:
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


TEL231 = "090-6218-4473"
desc231 = ("漏水調査の立会いです。入居者 井上様 携帯 " + TEL231
           + "\\n当日朝に到着時刻をお電話ください。鍵は管理人室で受け渡します。\\n駐車場: 来客用 No.3")
desc_line231 = ics_fold("DESCRIPTION:" + desc231)
assert TEL231 not in desc_line231 and TEL231 in desc_line231.replace("\r\n ", "")
ics231 = "\r\n".join([
    "BEGIN:VCALENDAR", "PRODID:-//Cybozu//Garoon//JA", "VERSION:2.0", "METHOD:REQUEST",
    "BEGIN:VEVENT", "UID:garoon-event-184223@example.co.jp", "DTSTAMP:20250127T011500Z",
    "DTSTART;TZID=Asia/Tokyo:20250130T100000", "DTEND;TZID=Asia/Tokyo:20250130T113000",
    ics_fold("SUMMARY:コーポ高円寺102号室 漏水調査 立会い"),
    ics_fold("LOCATION:東京都杉並区高円寺南3-14-9 コーポ高円寺102号室"),
    desc_line231,
    "ORGANIZER;CN=管理部 野村:mailto:nomura@example.co.jp",
    "ATTENDEE;CN=木村工務店 木村;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kimura@kobo-partner.example",
    "ATTENDEE;CN=管理部 野村;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:nomura@example.co.jp",
    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])
MESSAGES["231_ics_inspection_description_phone.eml"] = message(
    sender="管理部 野村 <nomura@example.co.jp>", to=["木村工務店 木村 <kimura@kobo-partner.example>"],
    subject="予定の招待: 1/30(木) 10:00 コーポ高円寺102号室 漏水調査 立会い", date="Mon, 27 Jan 2025 10:15:00 +0900",
    msgid="<TY1P286MB0231C9EC@example.co.jp>", mailer=("X-Mailer", "Garoon"),
    body=("木村工務店 木村様\n\n"
          "お世話になっております。エグザンプル管理の野村です。\n"
          "先日お電話でご相談した漏水調査の立会い、1/30(木) 10:00からで確定しました。\n"
          "場所・入居者様の連絡先は添付の予定(ics)に入れてありますので、カレンダーに取り込んでください。\n\n"
          + dash_sig("エグザンプル管理株式会社 管理部", "野村 健吾", "03-5550-4031")),
    attachments=[("invite.ics", "text/calendar", ics231.encode("utf-8"))])

# ===================================================================================== 232
# Carrier mail from a company phone: ISO-2022-JP, 7bit, short lines, no signature; the customer's
# mobile typed without hyphens and the site address, to the subcontractor's au address.
text232 = ("佐藤さん\n"
           "おつかれさまです\n"
           "山口です\n"
           "\n"
           "明日の修理の件です\n"
           "お客様連絡先\n"
           "09021187745\n"
           "現場\n"
           "埼玉県川越市新富町1-22-6\n"
           "\n"
           "10時着でお願いします\n"
           "着いたら電話してあげてください\n"
           "\n"
           "山口\n")
subj232 = "=?ISO-2022-JP?B?" + base64.b64encode("明日の件".encode("iso2022_jp")).decode("ascii") + "?="
raw232 = (
    "From: =?ISO-2022-JP?B?" + base64.b64encode("山口 和也".encode("iso2022_jp")).decode("ascii") + "?= <yamaguchi-k@example.co.jp>\r\n"
    "To: sato-denki@ezweb.ne.jp\r\n"
    f"Subject: {subj232}\r\n"
    "Date: Thu, 23 Jan 2025 18:47:02 +0900\r\n"
    "Message-ID: <20250123184702.m232k@example.co.jp>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
    "Content-Transfer-Encoding: 7bit\r\n"
    "\r\n").encode("ascii") + b"\r\n".join(line.encode("iso2022_jp") for line in text232.split("\n"))
MESSAGES["232_carrier_mail_iso2022jp_short_lines.eml"] = raw232

# ===================================================================================== 233
# A reply from an iPhone ("iPhoneから送信") with the customer's mobile typed in; the quoted partner
# mail's attribution line carries the partner's address (a header field).
MESSAGES["233_iphone_reply_typed_customer_mobile.eml"] = message(
    sender="石田 <ishida@example.co.jp>", to=["鈴木 <suzuki@kouji-partner.example>"],
    subject="Re: 本日の設置工事の件", date="Wed, 22 Jan 2025 09:52:18 +0900",
    msgid="<9C1F2E4A-7B3D-4E21-A233-5D8E0F1B2C33@example.co.jp>", mailer=("X-Mailer", "iPhone Mail (22C152)"),
    text_cte="quoted-printable",
    body=("鈴木さん\n"
          "お疲れ様です。\n"
          "お客様は大森様、携帯は080-4471-2296です。\n"
          "13時頃に到着予定と伝えてあります。\n\n"
          "iPhoneから送信\n\n"
          "2025/01/22 9:41、鈴木 <suzuki@kouji-partner.example>のメール:\n\n"
          "> 石田さん\n"
          "> 本日午後のエアコン設置の件、お客様の連絡先を教えてください。\n"
          "> 現地で連絡がつかないと困るので。\n"
          "> 鈴木\n"))

# ===================================================================================== 234
# A photo from an iPhone whose only text is its file name: the site's address (a Tokyo ward).
MESSAGES["234_iphone_photo_filename_address.eml"] = message(
    sender="現場管理 荒木 <araki@example.co.jp>", to=["エグザンプル塗装 見積担当 <mitsumori@tosou-partner.example>"],
    subject="外壁写真", date="Sat, 25 Jan 2025 14:03:51 +0900",
    msgid="<4E8A1C2B-2234-4F0D-9E61-0A7B3C5D8E21@example.co.jp>", mailer=("X-Mailer", "iPhone Mail (22C152)"),
    body="北面の写真です\n見積りお願いします\n\niPhoneから送信\n",
    attachments=[("練馬区豊玉北5-14-8_北面外壁.jpg", "image/jpeg", gray_jpeg(320, 240))])

# ===================================================================================== 235
# A scanned 申込書 from the copier, forwarded to the credit company: an image-only PDF (no text
# layer); the body carries only a reception number.
MESSAGES["235_scanned_application_pdf_image_only.eml"] = message(
    sender="店舗 販売課 三宅 <miyake@example.co.jp>", to=["エグザンプル信販 審査受付 <shinsa@credit-partner.example>"],
    subject="ショッピングクレジット申込書 送付(受付 A-250121-07)", date="Tue, 21 Jan 2025 14:31:40 +0900",
    msgid="<TY1P286MB0235D0FD@example.co.jp>",
    body=("エグザンプル信販 審査受付 御中\n\n"
          "いつもお世話になっております。エグザンプル家具 本店の三宅です。\n"
          "本日ご来店のお客様の申込書(受付 A-250121-07)をスキャンしてお送りします。\n"
          "原本は月末にまとめて郵送いたします。審査結果のご連絡をお待ちしております。\n\n"
          + dash_sig("エグザンプル家具株式会社 本店 販売課", "三宅 陽介", "048-650-2281")),
    attachments=[("SKM_C25825012114210.pdf", "application/pdf", image_pdf(gray_jpeg(248, 350), 248, 350, "KONICA MINOLTA bizhub C258"))])

# ===================================================================================== 236
# A phone photo of a handwritten 入会申込書 (a JPEG, no text), with the DOB typed into the body
# because it is hard to read in the photo.
MESSAGES["236_phone_photo_application_dob_typed.eml"] = message(
    sender="スクール事務局 福井 <fukui@example.co.jp>", to=["エグザンプル損保代理店 受付 <uketsuke@sonpo-partner.example>"],
    subject="スポーツ保険 加入申込(1名)", date="Sun, 26 Jan 2025 16:20:33 +0900",
    msgid="<6F3B9D0E-236A-4C7E-8B12-3A4F5E6D7C80@example.co.jp>", mailer=("X-Mailer", "iPhone Mail (22C152)"),
    body=("受付ご担当者様\n\n"
          "エグザンプル水泳スクールの福井です。\n"
          "本日入会の方の申込書を写真でお送りします。\n"
          "生年月日の欄が写真だと読みにくいので補足します。\n"
          "生年月日 昭和58年3月9日\n"
          "加入手続きをお願いします。\n\n"
          "iPhoneから送信\n"),
    attachments=[("IMG_5521.JPG", "image/jpeg", gray_jpeg(480, 640))])

# ===================================================================================== 237
# Word 差し込み印刷 of 宛名ラベル (A4, 2 columns): eight labels in a table with no header row.
labels237 = [
    ("650-0011", ["兵庫県神戸市中央区下山手通4-10-2"], "岩崎 修"),
    ("604-8005", ["京都府京都市中京区恵比須町534-11"], "河野 美穂"),
    ("420-0839", ["静岡県静岡市葵区鷹匠2-20-5"], "桑原 剛"),
    ("260-0013", ["千葉県千葉市中央区中央3-9-16", "アーバン中央801"], "平野 京子"),
    ("330-0063", ["埼玉県さいたま市浦和区高砂3-5-27"], "柴田 信也"),
    ("151-0053", ["東京都渋谷区代々木1-42-8"], "宮本 敦子"),
    ("862-0950", ["熊本県熊本市中央区水前寺5-18-3"], "杉山 和也"),
    ("700-0024", ["岡山県岡山市北区駅元町12-6"], "堀 智美"),
]


def label_cell(pc: str, addr: list[str], name: str) -> str:
    ps = [wp(f"〒{pc}"), *(wp(a) for a in addr), wp(), wp(f"{name} 様", "", '<w:sz w:val="24"/>')]
    return f'<w:tc><w:tcPr><w:tcW w:w="4819" w:type="dxa"/></w:tcPr>{"".join(ps)}</w:tc>'


rows237 = "".join(f"<w:tr><w:trPr><w:trHeight w:val=\"2880\" w:hRule=\"exact\"/></w:trPr>{label_cell(*labels237[i])}{label_cell(*labels237[i + 1])}</w:tr>"
                  for i in range(0, len(labels237), 2))
tbl237 = ('<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
          '<w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>' + rows237 + "</w:tbl>")
MESSAGES["237_word_merge_address_labels_docx.eml"] = message(
    sender="通販事業部 今井 <imai@example.co.jp>", to=["エグザンプル・ラベル印刷 <label@label-partner.example>"],
    subject="宛名ラベル 印刷データ(サンプル送付先 8件)", date="Thu, 30 Jan 2025 11:08:26 +0900",
    msgid="<TY1P286MB0237E1AE@example.co.jp>",
    body=("エグザンプル・ラベル印刷 ご担当者様\n\n"
          "お世話になっております。エグザンプル食品 通販事業部の今井です。\n"
          "新商品サンプルの送付先8件を、Wordの差し込み印刷で宛名ラベル(A4・12面)にしたものを添付します。\n"
          "いつものラベル用紙で印刷し、サンプルと一緒に発送までお願いいたします。\n\n"
          + dash_sig("エグザンプル食品株式会社 通販事業部", "今井 彩花", "06-6350-8812")),
    attachments=[("宛名ラベル_差込結果.docx", DOCX, docx(tbl237, "宛名ラベル", "imai"))])

# ===================================================================================== 238
# Control: an Outlook merge letter to a company (price revision): company, department and name,
# item codes, prices, dates; the sender's 代表 number is in its own signature.
MESSAGES["238_control_merge_letter_to_company.eml"] = message(
    sender="営業部 長尾 <nagao@example.co.jp>", to=["株式会社エグザンプル物産 購買部 木村 <kimura@bussan-customer.example>"],
    subject="価格改定のお願い(2025年4月1日出荷分より)", date="Mon, 03 Feb 2025 09:30:00 +0900",
    msgid="<TY1P286MB0238F2BF@example.co.jp>",
    body=("株式会社エグザンプル物産\n購買部 部長 木村 俊介 様\n\n"
          "拝啓 時下ますますご清栄のこととお慶び申し上げます。\n"
          "さて、原材料費および物流費の高騰により、誠に不本意ながら下記のとおり価格を改定させていただきたく、"
          "お願い申し上げます。\n\n"
          "記\n"
          "1. 対象品目  段ボールケース A-3012 / A-3015 / B-4420\n"
          "2. 改定内容  A-3012 1枚 128円 → 142円、A-3015 1枚 156円 → 171円、B-4420 1枚 212円 → 233円\n"
          "3. 実施日    2025年4月1日出荷分より\n"
          "4. お見積有効期限  2025年3月31日\n"
          "以上\n\n"
          "何卒ご理解賜りますようお願い申し上げます。\n敬具\n\n"
          + bar_sig("エグザンプル紙工株式会社 営業部", "長尾 修平", "03-5550-1200(代表)")))

# ===================================================================================== 239
# Control: a room-booking list with names and rooms only, to the lunch caterer.
MESSAGES["239_control_room_booking_names_rooms.eml"] = message(
    sender="総務部 伊藤 <ito.s@example.co.jp>", to=["エグザンプル弁当 ご注文窓口 <order@bento-partner.example>"],
    subject="2/5(水)・2/6(木) 会議弁当のご注文", date="Mon, 03 Feb 2025 15:44:12 +0900",
    msgid="<TY1P286MB0239A3C0@example.co.jp>",
    body=("エグザンプル弁当 ご担当者様\n\n"
          "いつもありがとうございます。エグザンプル株式会社 総務部の伊藤です。\n"
          "会議室予約から昼食付きの会議を抜き出しました。下記のとおりお届けをお願いします。\n\n"
          "日付      時刻   会議室       会議名            予約者      人数  お弁当\n"
          "2/5(水)  11:45  9F 大会議室  営業会議          山本 拓海   12    幕の内(松) 12\n"
          "2/5(水)  12:00  8F 801       新人研修          岡田 真理   8     幕の内(竹) 8\n"
          "2/6(木)  11:30  8F 802       取締役会          秘書室 竹内 6     懐石弁当 6\n"
          "2/6(木)  12:00  8F 803       プロジェクト定例  佐々木 剛   5     幕の内(竹) 5\n\n"
          "お茶は各会議の人数分でお願いします。お支払いはいつも通り月末締めの請求書でお願いいたします。\n\n"
          + dash_sig("エグザンプル株式会社 総務部", "伊藤 咲", "03-5550-2215")))

# ===================================================================================== 240
# Control: a webinar schedule to the co-host: times, titles, speakers, webinar ID, registration link.
MESSAGES["240_control_webinar_schedule.eml"] = message(
    sender="マーケティング部 大西 <onishi@example.co.jp>", to=["税理士法人エグザンプル 広報 <koho@zeirishi-partner.example>"],
    subject="2/20 共催ウェビナー 進行表(案)", date="Tue, 04 Feb 2025 10:05:33 +0900",
    msgid="<TY1P286MB0240B4D1@example.co.jp>",
    body=("税理士法人エグザンプル 広報ご担当者様\n\n"
          "お世話になっております。次回の共催ウェビナーの進行表(案)をお送りします。\n\n"
          "■ タイトル: インボイス制度2年目の実務ポイント\n"
          "■ 日時: 2025年2月20日(木) 14:00～15:30(リハーサル 13:00～)\n"
          "■ ウェビナーID: 845 2217 9035\n"
          "■ 登録ページ: https://zoom.us/webinar/register/WN_aB3dE5fG7hJ9\n\n"
          "14:00-14:05  開会・注意事項(弊社 大西)\n"
          "14:05-14:45  第1部 登録番号の確認と仕入税額控除(貴法人 税理士 森先生)\n"
          "14:45-15:10  第2部 請求書の電子化とシステム対応(弊社 プロダクト部 北村)\n"
          "15:10-15:25  質疑応答(Q&A機能で受付)\n"
          "15:25-15:30  アンケート案内・閉会\n\n"
          "定員 300名 / 現在の登録 126名です。資料は2月14日までにご共有いただけますと助かります。\n\n"
          + dash_sig("エグザンプル・ソリューションズ株式会社 マーケティング部", "大西 亮", "03-5550-6620")))

# ===================================================================================== 241
# Control: a 年賀状 print order with counts and prices only.
MESSAGES["241_control_nengajo_print_order.eml"] = message(
    sender="総務部 吉村 <yoshimura@example.co.jp>", to=["エグザンプル印刷 <order@insatsu-partner.example>"],
    subject="2025年 年賀状 印刷のご注文", date="Fri, 29 Nov 2024 11:22:48 +0900",
    msgid="<TY1P286MB0241C5E2@example.co.jp>",
    body=("エグザンプル印刷 ご担当者様\n\n"
          "お世話になっております。総務部の吉村です。\n"
          "来年の年賀状を下記のとおり注文します。\n\n"
          "受注番号  2411-003817\n"
          "デザイン  法人向け NY25-118(社名・ロゴ入り)\n"
          "枚数      300枚(くじ付き年賀はがき)\n"
          "単価      はがき代 85円 + 印刷 68円 = 153円\n"
          "宛名印刷  22円 × 300枚 = 6,600円\n"
          "小計      52,500円\n"
          "消費税    4,590円(はがき代を除く)\n"
          "合計      57,090円\n"
          "納品希望  2024年12月13日(金)\n\n"
          "宛名データは別途お送りします。校正は PDF でお願いします。\n\n"
          + dash_sig("エグザンプル商事株式会社 総務部", "吉村 千尋", "052-950-7718")))

# ===================================================================================== 242
# Control: an internal mail-merge test with the merge fields unfilled (internal To and Cc).
MESSAGES["242_control_internal_merge_test.eml"] = message(
    sender="営業企画部 松本 <matsumoto@example.co.jp>", to=["松本 <matsumoto@example.co.jp>"],
    cc=["営業部 山本 <yamamoto.t@sales.example.co.jp>"],
    subject="[テスト] 差し込みメール «会社名» «氏名» 様", date="Wed, 05 Feb 2025 17:02:15 +0900",
    msgid="<TY1P286MB0242D6F3@example.co.jp>",
    body=("«会社名»\n«部署» «役職»\n«氏名» 様\n\n"
          "いつもお世話になっております。エグザンプル株式会社の«担当者»です。\n"
          "«展示会名»へのご来場、誠にありがとうございました。\n"
          "ご来場時にお伺いした«関心製品»について、資料をお送りいたします。\n\n"
          "〒«郵便番号» «住所1» «住所2»\n"
          "TEL «電話番号»\n\n"
          "(差し込みフィールドが表示されるか確認するテスト送信です。山本さん、レイアウトを見てください)\n\n"
          + dash_sig("エグザンプル株式会社 営業企画部", "松本 理沙", "内線 3310")))

for name, data in MESSAGES.items():
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
