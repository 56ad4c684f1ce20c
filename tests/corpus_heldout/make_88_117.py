"""Writes held-out messages 88-117 into tests/corpus_heldout/ (deterministic).

Layouts not in 01-87: forwarded EC order mails, hotel booking table, clinic referral with
和暦 short DOB, HTML-only call-back table, 源泉徴収票 text, 全銀 fixed-width transfer file,
xlsx with merged title rows, look-alike numbers in manufacturing/logistics mail, a 3-deep
Outlook/'>' reply thread, a heavy signature with disclaimer, English SSN CSV / own IBAN /
UK CV, card groupings, My Numbers under a heading, split-address CP932 CSV, text PDF
invoice, docx contract, zip with TSV, vCard 2.1 QP Shift_JIS, .ics, JSON export.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_88_117.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font
from stdnum import iban as iban_mod
from stdnum import luhn
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2024, 11, 20, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def corp_no(base12: str) -> str:
    return cn.calc_check_digit(base12) + base12


def card(base: str) -> str:
    return base + luhn.calc_check_digit(base)


def not_card(base: str) -> str:
    d = int(luhn.calc_check_digit(base))
    return base + str((d + 3) % 10)


def ean13(base12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


def sp4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def sig(name: str, dept: str, tel: str, extra: str = "") -> str:
    return f"\n-- \n株式会社エグザンプル {dept}\n{name}\nTEL {tel}{extra}\nhttps://www.example.co.jp/\n"


def message(*, sender, to, subject, date, msgid, body=None, html=None, attachments=(), cc=None,
            charset="utf-8") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if body is not None:
        msg.set_content(body, charset=charset, cte="base64")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def zip_parts(parts, *, rezip_dates=True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(blocks) -> bytes:
    """blocks: str (paragraph) or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(b)}</w:t></w:r></w:p>")
        else:
            rows = "".join("<w:tr>" + "".join(
                f"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>{escape(c)}</w:t></w:r></w:p></w:tc>"
                for c in row) + "</w:tr>" for row in b)
            body.append(f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
    doc = XML + f"<w:document {W}><w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zip_parts([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines) -> bytes:
    """lines: (x, y, size, text), Type0 HeiseiKakuGo-W5, UniJIS-UCS2-H, with ToUnicode."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes) -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"

    add(b"")
    add(b"")
    highs = sorted({ord(ch) >> 8 for _, _, _, t in lines for ch in t})
    cm = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
          b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
          b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
          b"%d beginbfrange" % len(highs)]
    cm += [b"<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in highs]
    cm += [b"endbfrange", b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    tou = add(stream(b"\n".join(cm)))
    fd = add(b"<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo "
              b"<< /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 >>" % fd)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tou))
    content = b"".join(b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (sz, x, y, t.encode("utf-16-be").hex().upper().encode())
                       for x, y, sz, t in lines)
    contents = add(stream(content))
    page = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
               b"/Contents %d 0 R >>" % (font, contents))
    objs[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    info = add(b"<< /Producer (example invoice 1.4) /CreationDate (D:20241120093000+09'00') >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


def fixed_xlsx(wb) -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>soumu</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-18T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-20T00:30:00Z</dcterms:modified></cp:coreProperties>')
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ===================================================================================== 88
MESSAGES["88_ec_order_forward_logistics.eml"] = message(
    sender="EC事業部 三宅 <miyake@example.co.jp>",
    to=["関西ロジ 出荷センター <shukka@kansai-logi.example>"],
    subject="Fw: 【要対応】配送先変更のあった注文3件(11/20出荷分)",
    date="Wed, 20 Nov 2024 10:14:05 +0900", msgid="<20241120101405.88A@example.co.jp>",
    body=("関西ロジ 出荷センター ご担当者様\n\nお世話になっております。エグザンプルEC事業部の三宅です。\n"
          "本日出荷分のうち、お届け先の変更があった3件の注文確認メールを転送します。\n"
          "送り状の差し替えをお願いいたします。\n" + sig("三宅 遼", "EC事業部", "03-6453-1410") +
          "\n---------- Forwarded message ---------\nFrom: エグザンプル公式ストア <order@shop.example.co.jp>\n"
          "Date: 2024年11月19日(火) 21:40\nSubject: ご注文内容の確認(注文番号 EX-20241119-00123 ほか)\n\n"
          "■注文番号：EX-20241119-00123\n"
          "ご注文者：山下 恵 様\n"
          "お届け先：〒530-0012 大阪府大阪市北区芝田1-4-14 グランメゾン梅田502 山下 恵 様 電話 06-6372-4418\n"
          "商品：今治タオルギフト 3枚組(品番 TW-3003-NV) ×1\n\n"
          "■注文番号：EX-20241119-00131\n"
          "ご注文者：石川 隆 様(電話 090-2245-6617 / メール ishikawa.t@freemail.example)\n"
          "お届け先：〒980-0021 宮城県仙台市青葉区中央3-2-1 石川 和子 様 電話 022-261-3390\n"
          "商品：国産はちみつ詰合せ(品番 HN-1201) ×2 ※ギフト包装\n\n"
          "■注文番号：EX-20241119-00148\n"
          "ご注文者：藤田 舞 様\n"
          "お届け先：〒812-0013 福岡県福岡市博多区博多駅東2-9-1 藤田 舞 様 電話 080-3390-1126\n"
          "商品：ルームシューズ L(品番 RS-0417-L) ×1\n\n"
          "お届け希望日：11月22日(金) 午前中\n"),
)

# ===================================================================================== 89
rows89 = [("R24112001", "西田 亮 様", "2", "12/14", "1", "090-3381-7264"),
          ("R24112002", "小野寺 香織 様", "3", "12/14", "2", "080-6623-1950"),
          ("R24112003", "西田 美咲 様", "2", "12/15", "1", "090-3381-7264"),
          ("R24112004", "Kevin Liu 様", "1", "12/15", "3", "070-4128-5536"),
          ("R24112005", "大塚 誠 様", "4", "12/21", "1", "0263-35-2218"),
          ("R24112006", "川口 千尋 様", "2", "12/21", "2", "080-9914-3307")]
tbl89 = "予約番号  | 宿泊者           | 人数 | C/I   | 泊数 | 連絡先\n" + "\n".join(
    f"{a} | {b} | {c}名 | {d} | {e}泊 | {f}" for a, b, c, d, e, f in rows89)
MESSAGES["89_hotel_booking_list_agency.eml"] = message(
    sender="ホテルエグザンプル松本 予約課 <yoyaku@example.co.jp>",
    to=["信州トラベル 手配担当 <tehai@shinshu-travel.example>"],
    subject="12月 貴社経由ご予約一覧(ご確認のお願い)",
    date="Wed, 20 Nov 2024 15:32:40 +0900", msgid="<20241120153240.89B@example.co.jp>",
    body=("信州トラベル 手配ご担当者様\n\nいつもお世話になっております。ホテルエグザンプル松本 予約課の堀です。\n"
          "12月分の貴社経由のご予約を下記のとおり承っております。\n"
          "人数・日程に相違がないかご確認ください。R24112001 と R24112003 はご家族のため同じ連絡先です。\n\n"
          + tbl89 + "\n\n料金は12月末締めにてご請求いたします(宿泊料 1泊 12,800円〜)。\n"
          + sig("予約課 堀 奈緒", "ホテルエグザンプル松本", "0263-30-1100")),
)

# ===================================================================================== 90
MESSAGES["90_clinic_referral_wareki_short.eml"] = message(
    sender="エグザンプル内科クリニック 院長 <inchou@example.co.jp>",
    to=["中野総合病院 地域連携室 <renkei@nakano-hp.example>"],
    subject="診療情報提供書(患者ID 0083127)",
    date="Thu, 21 Nov 2024 12:05:11 +0900", msgid="<20241121120511.90C@example.co.jp>",
    body=("中野総合病院 循環器内科 ご担当先生 御侍史\n\n"
          "平素より大変お世話になっております。下記の患者様をご紹介申し上げます。\n\n"
          "患者ID：0083127\n氏名：村田 和夫 様(男性)\n生年月日：S55.4.1(44歳)\n"
          "住所：〒164-0001 東京都中野区中野4-8-2\n連絡先：090-5531-2047\n"
          "保険者番号：06131234 記号：21 番号：3345\n\n"
          "紹介目的：精査・加療のお願い\n既往歴：H28 高血圧症、R3.6 脂質異常症\n"
          "現病歴：令和6年11月18日より労作時の胸部圧迫感あり、当院心電図にてST低下を認めました。\n"
          "処方：アムロジピン 5mg 1T 分1\n\n何卒よろしくお願い申し上げます。\n"
          "\n──────────────────\nエグザンプル内科クリニック 院長 岡 正之\n"
          "〒164-0011 東京都中野区中央5-2-10\nTEL 03-5340-1188 FAX 03-5340-1189\n──────────────────\n"),
)

# ===================================================================================== 91
rows91 = [("Q-2411-00871", "C00451287", "宮本 陽子", "090-6612-3045", "11/21 14:00-15:00", "請求内容の確認"),
          ("Q-2411-00874", "C00452210", "平野 剛", "03-3981-5527", "11/21 10:00-12:00", "解約手続き"),
          ("Q-2411-00880", "C00398764", "片山 里美", "050-3318-4426", "11/21 18:00以降", "住所変更"),
          ("Q-2411-00885", "C00455031", "内田 修", "080-2290-7781", "11/22 午前", "商品不具合"),
          ("Q-2411-00891", "C00412298", "菅原 沙織", "045-621-3390", "11/22 13:00-14:00", "ポイント失効")]
html91 = ("<html><head><meta charset=\"utf-8\"></head><body>"
          "<p>コールセンター ヴォイスワン 御中</p><p>お世話になっております。エグザンプル カスタマーサポートの横山です。<br>"
          "本日分の折返し依頼を下表のとおりお送りします。希望時間内の架電をお願いします。</p>"
          "<table border=\"1\" cellpadding=\"4\"><tr><th>問合せ番号</th><th>顧客ID</th><th>氏名</th>"
          "<th>折返し先</th><th>希望時間</th><th>用件</th></tr>"
          + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows91)
          + "</table><p>架電結果は17時までに共有シートへご記入ください。</p><hr>"
          "<p>株式会社エグザンプル カスタマーサポート部 横山 梢<br>TEL 03-6453-1550</p></body></html>")
MESSAGES["91_callcentre_callback_html_table.eml"] = message(
    sender="カスタマーサポート 横山 <yokoyama.k@example.co.jp>",
    to=["ヴォイスワン SV <sv@voice-one.example>"],
    subject="【折返し依頼】11/21分 5件", date="Thu, 21 Nov 2024 09:12:33 +0900",
    msgid="<20241121091233.91D@example.co.jp>", html=html91,
)

# ===================================================================================== 92
mn92a, mn92b, mn92c = my_no("73641928550"), my_no("28475619330"), my_no("50183742996")
MESSAGES["92_hr_gensen_choshu_text.eml"] = message(
    sender="人事部 給与担当 大森 <omori@example.co.jp>",
    to=["さくら税理士事務所 <office@sakura-tax.example>"],
    subject="令和6年分 源泉徴収票(大野様分)の送付", date="Fri, 22 Nov 2024 16:40:02 +0900",
    msgid="<20241122164002.92E@example.co.jp>",
    body=("さくら税理士事務所 御中\n\nいつもお世話になっております。エグザンプル人事部の大森です。\n"
          "年末調整の確認用に、退職者 大野様の源泉徴収票の内容を貼り付けます。\n\n"
          "=========== 令和6年分 給与所得の源泉徴収票 ===========\n"
          "支払を受ける者\n"
          "  住所又は居所  〒213-0001 神奈川県川崎市高津区溝口2-14-7 サンハイツ203\n"
          f"  (個人番号)    {mn92a}\n"
          "  氏名          (フリガナ) オオノ ショウタ  大野 翔太\n"
          "種別 給料・賞与 | 支払金額 5,824,000 | 給与所得控除後の金額 4,099,200 | 所得控除の額の合計額 1,324,510 | 源泉徴収税額 138,700\n"
          "社会保険料等の金額 846,510 | 生命保険料の控除額 40,000 | 地震保険料の控除額 0\n"
          f"(源泉・特別)控除対象配偶者  大野 美咲  (個人番号) {sp4(mn92b)}\n"
          f"控除対象扶養親族 1  大野 蓮  (個人番号) {sp4(mn92c)}\n"
          "中途就・退職  退職  令和6年10月31日\n"
          "受給者生年月日  昭和 63年 5月 17日\n"
          "支払者  株式会社エグザンプル\n"
          "=====================================================\n\n"
          "ご確認のほどよろしくお願いいたします。\n" + sig("大森 千佳", "人事部 給与グループ", "03-6453-1290")),
)

# ===================================================================================== 93
def hk(s: str, n: int) -> bytes:
    b = s.encode("cp932")
    return b + b" " * (n - len(b))


emp93 = [("0009", "ﾐｽﾞﾎ", "113", "ｼﾌﾞﾔ", "4829163", "ｲﾄｳ ｹﾝｼﾞ", 312400, "0000100231"),
         ("0005", "ﾐﾂﾋﾞｼUFJ", "251", "ｼﾝｼﾞｭｸ", "1736025", "ｻｻｷ ﾕｶﾘ", 287650, "0000100245"),
         ("0001", "ﾐｽﾞﾎ", "024", "ﾏﾙﾉｳﾁ", "5601384", "ﾀｶﾊｼ ｼﾞｭﾝ", 401220, "0000100258"),
         ("0009", "ﾐﾂｲｽﾐﾄﾓ", "642", "ｲｹﾌﾞｸﾛ", "2290547", "ﾏﾂｵｶ ｱﾔ", 265980, "0000100262"),
         ("0036", "ﾗｸﾃﾝ", "251", "ｼﾞｬｽﾞ", "7014826", "ﾅｶﾑﾗ ﾀｸﾐ", 338110, "0000100277")]
recs = [b"1" + b"11" + b"0" + b"2200451870" + hk("ｶ)ｴｸﾞｻﾞﾝﾌﾟﾙ", 40) + b"1125" + b"0009" + hk("ﾐﾂｲｽﾐﾄﾓ", 15)
        + b"220" + hk("ﾏﾙﾉｳﾁ", 15) + b"1" + b"3048215" + b" " * 17]
for bank, bname, br, brname, acct, name, amt, code in emp93:
    recs.append(b"2" + bank.encode() + hk(bname, 15) + br.encode() + hk(brname, 15) + b"0000" + b"1" + acct.encode()
                + hk(name, 30) + f"{amt:010d}".encode() + b"0" + code.encode() + b" " * 10 + b" " + b" " + b" " * 7)
recs.append(b"8" + f"{len(emp93):06d}".encode() + f"{sum(e[6] for e in emp93):012d}".encode() + b" " * 101)
recs.append(b"9" + b" " * 119)
assert all(len(r) == 120 for r in recs), [len(r) for r in recs]
MESSAGES["93_hr_zengin_payroll_transfer.eml"] = message(
    sender="経理部 資金課 松田 <matsuda@example.co.jp>",
    to=["三井住友銀行 丸の内支店 法人営業 <houjin-marunouchi@smbc-bank.example>"],
    subject="11月25日給与振込データ(総合振込)送付の件", date="Fri, 22 Nov 2024 11:20:45 +0900",
    msgid="<20241122112045.93F@example.co.jp>",
    body=("丸の内支店 法人営業ご担当者様\n\nいつもお世話になっております。エグザンプル経理部の松田です。\n"
          "端末障害のため、11月25日支払分の給与振込データ(全銀フォーマット)をメールにてお送りします。\n"
          "件数 5件、合計金額 1,605,360円です。受付後ご一報ください。\n" + sig("松田 浩", "経理部 資金課", "03-6453-1330")),
    attachments=[("FURIKOMI_20241125.txt", "text/plain", b"\r\n".join(recs) + b"\r\n")],
)

# ===================================================================================== 94
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "緊急連絡先"
ws["A1"] = "社員 緊急連絡先一覧(安否確認システム登録用)"
ws.merge_cells("A1:F1")
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "作成：総務部 2024年11月20日現在 / 取扱い：登録作業後に削除"
ws.merge_cells("A2:F2")
ws.append(["社員番号", "氏名", "所属", "緊急連絡先(氏名・続柄)", "緊急連絡先電話", "緊急連絡先住所"])
rows94 = [("E10231", "伊藤 健二", "営業部", "伊藤 恵子(妻)", "090-2718-4451", "埼玉県川口市栄町3-9-12"),
          ("E10245", "佐々木 ゆかり", "経理部", "佐々木 勇(父)", "0274-22-6183", "群馬県藤岡市藤岡1125-3"),
          ("E10258", "高橋 純", "開発部", "高橋 舞(妻)", "080-5527-1094", "千葉県市川市八幡2-15-7"),
          ("E10262", "松岡 彩", "総務部", "松岡 和夫(父)", "0827-21-4409", "山口県岩国市今津町1-6-20"),
          ("E10277", "中村 拓海", "開発部", "中村 由美(母)", "070-3381-6620", "神奈川県相模原市中央区相模原4-3-14"),
          ("E10283", "清水 豊", "品質保証部", "清水 智子(妻)", "090-8862-0317", "東京都町田市原町田6-11-2")]
for r in rows94:
    ws.append(list(r))
for c, w in zip("ABCDEF", (10, 14, 12, 22, 16, 40), strict=False):
    ws.column_dimensions[c].width = w
MESSAGES["94_att_xlsx_merged_title_emergency.eml"] = message(
    sender="総務部 吉村 <yoshimura@example.co.jp>",
    to=["アンピサポート 導入担当 <onboarding@anpi-support.example>"],
    subject="安否確認サービス 初期登録データの送付", date="Wed, 20 Nov 2024 17:03:29 +0900",
    msgid="<20241120170329.94G@example.co.jp>",
    body=("アンピサポート 導入ご担当者様\n\nお世話になっております。エグザンプル総務部の吉村です。\n"
          "初期登録用の緊急連絡先データを添付します(第1陣 6名分)。\n登録完了後、ファイルの削除をお願いいたします。\n"
          + sig("吉村 聡", "総務部", "03-6453-1205")),
    attachments=[("緊急連絡先一覧_20241120.xlsx", XLSX, fixed_xlsx(wb))],
)

# ===================================================================================== 95
jan95 = ean13("490123456789")
MESSAGES["95_mfg_drawing_lot_lookalikes.eml"] = message(
    sender="生産技術部 坂井 <sakai@example.co.jp>",
    to=["東和プレス工業 営業部 <eigyo@towa-press.example>"],
    subject="図番 06-2210-0034 Rev.C 試作ブラケットの件", date="Thu, 21 Nov 2024 08:47:12 +0900",
    msgid="<20241121084712.95H@example.co.jp>",
    body=("東和プレス工業 営業部 ご担当者様\n\nお世話になっております。エグザンプル生産技術部の坂井です。\n"
          "先日納入いただいた試作ブラケットについて、下記のとおり連絡します。\n\n"
          "  図番        ：06-2210-0034 Rev.C(旧 06-2210-0029)\n"
          "  部品番号    ：03-5521-0098-A / 03-5521-0099-A\n"
          "  ロットNo.   ：0312-0456-78 、0312-0457-02\n"
          f"  製造番号    ：{sp4(my_no('31045521887'))}\n"
          f"  JANコード   ：{jan95}(梱包ラベル記載)\n"
          "  発注番号    ：PO-2411-0382 / 検査成績書 No.2024-1120-0045\n"
          "  数量        ：1,200個(入数 50 × 24箱)\n\n"
          "ロット 0312-0456-78 のうち 3個で穴位置 φ6.5 が +0.12 ずれていました(公差 ±0.05)。\n"
          "12/6(金)までに対策品の再納入をお願いできますでしょうか。\n" + sig("坂井 大輔", "生産技術部", "0566-71-3320")),
)

# ===================================================================================== 96
MESSAGES["96_logistics_tracking_sscc_lookalikes.eml"] = message(
    sender="物流管理課 新井 <arai@example.co.jp>",
    to=["首都圏3PLセンター <center@shuto-3pl.example>"],
    subject="11/21出荷実績と送り状番号のご連絡", date="Thu, 21 Nov 2024 18:25:50 +0900",
    msgid="<20241121182550.96I@example.co.jp>",
    body=("首都圏3PLセンター ご担当者様\n\nお疲れさまです。エグザンプル物流管理課の新井です。\n"
          "本日の出荷実績を共有します。\n\n"
          "出荷指示番号  送り状番号        SSCC                  JAN            数量  棚番\n"
          f"SO-241121-001 {sp4(my_no('44123385017'))}    {'1' + '4912345' + '000000123' + '4'}  {ean13('491234500012')}  240   B-03-12-4\n"
          f"SO-241121-002 {sp4(my_no('36012245887'))}    {'1' + '4912345' + '000000124' + '1'}  {ean13('491234500029')}  120   B-03-14-1\n"
          f"SO-241121-003 {sp4(my_no('55237019330'))}    {'1' + '4912345' + '000000125' + '8'}  {ean13('491234500036')}  60    C-11-02-2\n\n"
          f"受注番号(EDI)：{sp4(not_card('453900128841776'))} / {sp4(not_card('524018330217459'))}\n"
          "パレット数 7枚、総重量 1,842kg、チャーター便 品川 300 あ 12-34\n"
          "明日の集荷は 13:30 予定です。\n" + sig("新井 千尋", "物流管理課", "048-711-2350")),
)

# ===================================================================================== 97
MESSAGES["97_reply_thread_outlook_quotes.eml"] = message(
    sender="営業技術部 木下 <kinoshita@example.co.jp>",
    to=["田中 健一 <k.tanaka@kobayashi-seiki.example>"],
    cc=["小池 美和 <koike@kobayashi-seiki.example>"],
    subject="RE: RE: 試作品の納期について", date="Tue, 19 Nov 2024 13:58:20 +0900",
    msgid="<20241119135820.97J@example.co.jp>",
    body=("田中様\n\nお世話になっております。木下です。\n12月10日納品で社内調整がつきました。\n"
          "初回 200個、残り 800個は12月20日の分納とさせてください。\n"
          "\n-- \n株式会社エグザンプル 営業技術部\n木下 正樹\nTEL 03-6453-2201 / 携帯 080-3712-5590\n"
          "kinoshita@example.co.jp\n\n"
          "-----Original Message-----\n"
          "From: 田中 健一 <k.tanaka@kobayashi-seiki.example>\n"
          "Sent: Monday, November 18, 2024 10:12 AM\n"
          "To: 木下 正樹 <kinoshita@example.co.jp>\n"
          "Cc: 小池 美和 <koike@kobayashi-seiki.example>\n"
          "Subject: RE: 試作品の納期について\n\n"
          "木下様\n\nご回答ありがとうございます。\n可能であれば12月10日に一部だけでも納品いただけないでしょうか。\n"
          "ご検討のほどよろしくお願いいたします。\n\n"
          "小林精機株式会社 購買部\n田中 健一\nTEL 045-474-3318 携帯 090-6120-7745\n"
          "Mail k.tanaka@kobayashi-seiki.example\n\n"
          "> 小池様\n>\n> お問い合わせの件、現状では12月20日の一括納品となります。\n"
          "> 前倒しの可否は社内で確認します。\n>\n"
          "> -- \n> 株式会社エグザンプル 営業技術部\n> 木下 正樹\n> TEL 03-6453-2201 / 携帯 080-3712-5590\n"
          "> kinoshita@example.co.jp\n>\n"
          ">> 木下様\n>>\n>> 注文番号 KS-24-0918 の試作品(1,000個)の納期を教えてください。\n"
          ">> 12月第2週に組立ラインを立ち上げる予定です。\n>>\n"
          ">> ************************************\n>> 小林精機株式会社 購買部\n>> 小池 美和\n"
          ">> TEL 045-474-3320  E-mail koike@kobayashi-seiki.example\n"
          ">> ************************************\n"),
)

# ===================================================================================== 98
MESSAGES["98_signature_heavy_disclaimer.eml"] = message(
    sender="営業部 大西 <onishi@example.co.jp>",
    to=["北陸電材 購買課 <kobai@hokuriku-denzai.example>"],
    subject="年末のご挨拶訪問の日程について", date="Mon, 25 Nov 2024 09:30:00 +0900",
    msgid="<20241125093000.98K@example.co.jp>",
    body=("北陸電材株式会社 購買課 御中\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
          "エグザンプル営業部の大西でございます。\n\n"
          "年末のご挨拶に伺いたく、12月10日(火)〜12日(木)のいずれかでご都合をお聞かせください。\n"
          "外出が多いため、お急ぎの際は携帯(090-4471-8820)までお電話ください。\n\n"
          "━━━━━━━━━━━━━━━━━━━━━━━━\n株式会社エグザンプル 営業部 部長\n大西 英樹 (Hideki Onishi)\n"
          "直通 03-6453-2288 / 代表 03-6453-2200 / FAX 03-6453-2299\n"
          "携帯 090-4471-8820 / 携帯(社用) 080-2219-6634\nonishi@example.co.jp\n"
          "━━━━━━━━━━━━━━━━━━━━━━━━\n"
          "本メールおよび添付ファイルには機密情報が含まれている場合があります。誤って受信された場合は破棄のうえご連絡ください。"
          "株式会社エグザンプル 本社：〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F\n"),
)

# ===================================================================================== 99
us99 = [("10041", "Jennifer Walsh", "212-48-6610", "03/12/1984", "+1 312-641-2298", "jwalsh@mailbox.example"),
        ("10042", "Marcus Reed", "401-73-2286", "11/02/1979", "+1 646-302-7715", "marcus.reed@freemail.example"),
        ("10047", "Priya Natarajan", "523-61-0947", "07/25/1991", "+1 415-863-2094", "priya.n@webmail.example"),
        ("10053", "Daniel Okafor", "614-29-8835", "01/30/1988", "+1 617-254-8830", "d.okafor@mailbox.example"),
        ("10058", "Sarah Kim", "287-54-3391", "09/17/1995", "+1 214-870-3316", "sarahkim95@freemail.example")]
b99 = io.StringIO()
w99 = csv.writer(b99, lineterminator="\r\n")
w99.writerow(["employee_id", "full_name", "ssn", "date_of_birth", "phone", "personal_email", "plan"])
for r in us99:
    w99.writerow([*r, "PPO Gold"])
MESSAGES["99_en_us_benefits_ssn_csv.eml"] = message(
    sender="Global HR - Aya Morita <a.morita@example.co.jp>",
    to=["Enrollment Team <enroll@benefitpartners.example>"],
    subject="2025 open enrollment - new hires (Chicago/NY/SF/Boston/Dallas)", date="Mon, 25 Nov 2024 10:05:44 +0900",
    msgid="<20241125100544.99L@example.co.jp>",
    body=("Hello Enrollment Team,\n\nPlease find attached the census file for our five new US hires, "
          "effective 01/01/2025. Group number EXA-55821, division 04.\n"
          "Let me know if anything is missing.\n\nBest regards,\n\n-- \nAya Morita\nGlobal HR, Example Co., Ltd.\n"
          "Tel +81 3 6453 1295\n"),
    attachments=[("census_newhires_2025.csv", "text/csv", b99.getvalue().encode("utf-8"))],
)

# ===================================================================================== 100
de_bban = "300500000082047155"  # bank code 30050000 + account 0082047155
iban100 = "DE" + iban_mod.calc_check_digits("DE00" + de_bban) + de_bban
assert iban_mod.is_valid(iban100)
MESSAGES["100_en_eu_invoice_own_iban.eml"] = message(
    sender="Example Europe Accounts <eu-accounts@example.co.jp>",
    to=["Accounts Payable <ap@nordwerk-gmbh.example>"],
    subject="Invoice INV-EU-24-0117 - Nordwerk GmbH", date="Tue, 26 Nov 2024 16:20:00 +0900",
    msgid="<20241126162000.100M@example.co.jp>",
    body=("Dear Accounts Payable team,\n\nPlease find below invoice INV-EU-24-0117 for the October calibration "
          "services (PO 4500112378).\n\nAmount due: EUR 18,420.00 (VAT reverse charge)\nDue date: 26 December 2024\n\n"
          "Please transfer to:\nExample Co., Ltd. - Duesseldorf Branch\n"
          f"IBAN: {iban_mod.format(iban100)}\nBIC: WELADEDDXXX\nReference: INV-EU-24-0117\n\n"
          "Kind regards,\n\n-- \nLena Hoffmann\nAccounts, Example Co., Ltd. Duesseldorf Branch\n"
          "Tel +49 211 5380 4120\n"),
)

# ===================================================================================== 101
cv = docx(["CURRICULUM VITAE", "Emily Carter",
           [["Date of Birth", "14/03/1991"], ["Nationality", "British"],
            ["Address", "22 Kingsway, London WC2B 6LE, United Kingdom"], ["Mobile", "+44 7911 123456"],
            ["Email", "emily.carter@freemail.example"]],
           "PROFILE", "Bilingual (English/Japanese JLPT N1) supply-chain analyst with 8 years in automotive logistics.",
           "EXPERIENCE", "2019-present  Senior Analyst, Harbourline Logistics Ltd, Southampton",
           "2016-2019  Analyst, Midlands Parts plc, Coventry",
           "EDUCATION", "2009-2013  BA Japanese Studies, University of Sheffield (First Class)",
           "REFERENCES available on request."])
MESSAGES["101_en_uk_candidate_cv_docx.eml"] = message(
    sender="Talent Acquisition - Ken Ueda <k.ueda@example.co.jp>",
    to=["Hiring Manager <j.barnes@harbour-auto.example>"],
    subject="Candidate for Supply Chain Analyst (ref SCA-1124)", date="Tue, 26 Nov 2024 19:02:31 +0900",
    msgid="<20241126190231.101N@example.co.jp>",
    body=("Dear James,\n\nAs discussed, attached is the CV of Emily Carter for the Supply Chain Analyst role "
          "(ref SCA-1124). She is available for interview from 3 December.\n\nBest regards,\n\n-- \nKen Ueda\n"
          "Talent Acquisition, Example Co., Ltd.\nTel +81 3 6453 1270\n"),
    attachments=[("CV_Emily_Carter.docx", DOCX, cv)],
)

# ===================================================================================== 102
v102, j102, m102 = card("498012345678901"), card("352800112233445"), card("540012345678901")
a102, d102 = card("37828224631000"), card("3056930902590")
MESSAGES["102_cards_various_groupings.eml"] = message(
    sender="決済システム課 野口 <noguchi@example.co.jp>",
    to=["PayGate サポート <support@paygate.example>"],
    subject="オーソリエラー(E-412)の調査依頼", date="Wed, 27 Nov 2024 11:11:11 +0900",
    msgid="<20241127111111.102O@example.co.jp>",
    body=("PayGate サポートご担当者様\n\nエグザンプル決済システム課の野口です。\n"
          "本番環境で昨日からオーソリエラー E-412 が出ています。お客様から連絡のあったカードは次のとおりです。\n\n"
          f"1) VISA   {sp4(v102)}\n2) JCB    {j102}\n3) Master {'-'.join(m102[i:i + 4] for i in range(0, 16, 4))}\n"
          f"4) AMEX   {a102[:4]} {a102[4:10]} {a102[10:]}\n5) Diners {d102[:4]} {d102[4:10]} {d102[10:]}\n\n"
          "なお、正常に通ったカード(************1111)との違いは見当たりません。\n"
          "加盟店ID 3301-4471、端末ID T0928 です。\n" + sig("野口 隆", "決済システム課", "03-6453-1660")),
)

# ===================================================================================== 103
mn103 = [my_no("73018264551"), my_no("33902817440"), my_no("51279063884")]
ref103 = my_no("44182093775")
MESSAGES["103_mynumber_under_heading.eml"] = message(
    sender="人事部 労務 平田 <hirata@example.co.jp>",
    to=["みなと社会保険労務士法人 <info@minato-sr.example>"],
    subject="扶養控除等申告書の確認(小松様)", date="Wed, 27 Nov 2024 15:45:09 +0900",
    msgid="<20241127154509.103P@example.co.jp>",
    body=("みなと社会保険労務士法人 御中\n\nお世話になっております。エグザンプル人事部の平田です。\n"
          "小松様の扶養控除等申告書について、番号の確認をお願いします。\n\n"
          "■個人番号(マイナンバー)\n"
          f"  本人    小松 直樹  {sp4(mn103[0])}\n"
          f"  配偶者  小松 由香  {sp4(mn103[1])}\n"
          f"  長男    小松 陽太  {sp4(mn103[2])}\n\n"
          f"本人分は前回お送りした {mn103[0]} から変更ありません。\n"
          f"電子申請の受付番号は {sp4(ref103)} です(11/26 受付)。\n" + sig("平田 愛", "人事部 労務グループ", "03-6453-1288")),
)

# ===================================================================================== 104
rows104 = [("GF-24-3301", "上田 雅子", "1600023", "東京都新宿区西新宿", "2-8-1 ファミール西新宿305", "03-3344-2871"),
           ("GF-24-3302", "岡本 俊介", "2310062", "神奈川県横浜市中区", "桜木町1-1-7 ヒューリックみなとみらい1802", "090-7714-2083"),
           ("GF-24-3303", "森田 花子", "4600003", "愛知県名古屋市中区", "錦3-6-29", "052-961-4407"),
           ("GF-24-3304", "野村 康介", "6048005", "京都府京都市中京区", "河原町通三条上る恵比須町427", "075-231-6618"),
           ("GF-24-3305", "杉山 恵美", "9800811", "宮城県仙台市青葉区", "一番町4-1-25 二番館803", "080-5539-2216")]
b104 = io.StringIO()
w104 = csv.writer(b104, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
w104.writerow(["受付番号", "お届け先氏名", "郵便番号", "住所1", "住所2", "電話番号", "商品", "お届け希望日"])
for r in rows104:
    w104.writerow([*r, "歳暮セットA", "2024/12/15"])
MESSAGES["104_att_csv_cp932_split_address.eml"] = message(
    sender="総務部 贈答担当 小田 <oda@example.co.jp>",
    to=["丸栄百貨店 法人外商部 <gaishou@maruei-dept.example>"],
    subject="お歳暮 発送先リスト(5件)", date="Thu, 28 Nov 2024 10:00:12 +0900",
    msgid="<20241128100012.104Q@example.co.jp>",
    body=("丸栄百貨店 法人外商部 ご担当者様\n\nいつもお世話になっております。エグザンプル総務部の小田です。\n"
          "お歳暮の発送先リストをお送りします。12/15着でお願いいたします。\n" + sig("小田 裕子", "総務部", "03-6453-1210")),
    attachments=[("お歳暮発送先_2024.csv", "text/csv", b104.getvalue().encode("cp932"))],
)

# ===================================================================================== 105
tno = corp_no("010001234567")
pdf105 = pdf([(230, 790, 18, "請 求 書"), (50, 750, 11, "〒460-0008 愛知県名古屋市中区栄2-9-26"),
              (50, 734, 11, "中部精工株式会社 経理部 御中"), (380, 750, 9, "請求日 2024年11月29日"),
              (380, 736, 9, "請求番号 INV-2411-0872"), (380, 706, 9, "株式会社エグザンプル"),
              (380, 694, 9, "〒100-0005 東京都千代田区丸の内1-6-5"), (380, 682, 9, "TEL 03-6453-1320"),
              (380, 670, 9, f"登録番号 T{tno}"),
              (50, 640, 11, "ご請求金額 1,067,000円(税込)"), (50, 610, 9, "品目 | 数量 | 単価 | 金額"),
              (50, 596, 9, "保守サービス(10月分) | 1 | 850,000 | 850,000"),
              (50, 582, 9, "部品交換 SP-2207 | 4 | 28,000 | 112,000"), (50, 568, 9, "消費税(10%) | | | 97,000"),
              (50, 540, 9, "お支払期限 2024年12月31日"),
              (50, 526, 9, "お振込先 東都銀行 丸の内支店 普通 5530918 カ)エグザンプル")])
MESSAGES["105_att_pdf_invoice_own_account.eml"] = message(
    sender="経理部 請求担当 浅野 <asano@example.co.jp>",
    to=["中部精工 経理部 <keiri@chubu-seiko.example>"],
    subject="11月分ご請求書の送付(INV-2411-0872)", date="Fri, 29 Nov 2024 14:12:00 +0900",
    msgid="<20241129141200.105R@example.co.jp>",
    body=("中部精工株式会社 経理部 御中\n\nお世話になっております。エグザンプル経理部の浅野です。\n"
          "11月分のご請求書をPDFにてお送りします。ご査収のほどよろしくお願いいたします。\n"
          "\n-- \n株式会社エグザンプル 経理部 浅野 美保\n〒100-0005 東京都千代田区丸の内1-6-5\nTEL 03-6453-1320\n"),
    attachments=[("請求書_INV-2411-0872.pdf", "application/pdf", pdf105)],
)

# ===================================================================================== 106
contract = docx(["業務委託契約書", "株式会社エグザンプル(以下「甲」という)と下記の者(以下「乙」という)は、次のとおり業務委託契約を締結する。",
                 "第1条(業務内容) 乙は甲の指示に従い、製品カタログの撮影業務を行う。",
                 "第2条(委託料) 委託料は1日あたり金55,000円(税込)とし、翌月末日までに乙の指定口座へ振り込む。",
                 "乙の情報",
                 [["氏名", "長尾 翔"], ["住所", "〒154-0004 東京都世田谷区太子堂4-22-9 グリーンコート201"],
                  ["振込先金融機関", "東都銀行 三軒茶屋支店"], ["預金種目", "普通"], ["口座番号", "2650817"],
                  ["口座名義", "ナガオ ショウ"]],
                 "甲 東京都千代田区丸の内1-6-5 株式会社エグザンプル 代表取締役 山本 浩一",
                 "2024年12月1日"])
MESSAGES["106_att_docx_contract_payee.eml"] = message(
    sender="広報部 白石 <shiraishi@example.co.jp>",
    to=["長尾 翔 <nagao.photo@freemail.example>"],
    subject="業務委託契約書(案)のご確認", date="Fri, 29 Nov 2024 18:30:45 +0900",
    msgid="<20241129183045.106S@example.co.jp>",
    body=("長尾様\n\nお世話になっております。エグザンプル広報部の白石です。\n"
          "いただいた振込先を反映した契約書案をお送りします。内容をご確認ください。\n"
          "\n-- \n株式会社エグザンプル 広報部 白石 玲奈\n〒100-0005 東京都千代田区丸の内1-6-5\nTEL 03-6453-1440\n"),
    attachments=[("業務委託契約書_長尾様.docx", DOCX, contract)],
)

# ===================================================================================== 107
ppl107 = [("山中 亮介", "中部電工", "r.yamanaka@chubu-denko.example", "090-1182-4470"),
          ("高野 美紀", "北斗システム", "m-takano@hokuto-sys.example", "080-2273-5581"),
          ("石原 大地", "個人", "daichi.ishihara@freemail.example", "070-3364-6692"),
          ("浜田 彩香", "浜田会計事務所", "hamada@hamada-kaikei.example", "090-4455-7703"),
          ("小松 和也", "トーヨー物産", "k.komatsu@toyo-bussan.example", "080-5546-8814"),
          ("堤 玲子", "個人", "reiko.tsutsumi@webmail.example", "070-6637-9925"),
          ("荒木 勇", "荒木製作所", "isamu@araki-ss.example", "090-7728-1036"),
          ("丸山 静香", "ミナト薬局", "maruyama@minato-ph.example", "080-8819-2147"),
          ("吉川 光", "個人", "hikaru.y@freemail.example", "070-9902-3258"),
          ("松下 直美", "サンライズ不動産", "n.matsushita@sunrise-re.example", "090-2291-4369"),
          ("今井 翼", "個人", "tsubasa.imai@isp-mail.example", "080-3382-5470"),
          ("岩田 恭子", "岩田歯科", "iwata@iwata-dc.example", "070-4473-6581")]
tsv = "受付No\t氏名\t所属\tメールアドレス\t携帯電話\t参加形態\r\n" + "".join(
    f"{k + 101}\t{n}\t{o}\t{e}\t{t}\t{'会場' if k % 3 else 'オンライン'}\r\n" for k, (n, o, e, t) in enumerate(ppl107))
zip107 = zip_parts([("20241207_DXセミナー/参加者一覧.tsv", "\ufeff" + tsv),
                    ("20241207_DXセミナー/当日進行表.txt", "13:00 受付開始\n13:30 開会\n15:30 閉会\n会場: 本社 3F ホール\n")])
MESSAGES["107_att_zip_tsv_seminar_participants.eml"] = message(
    sender="マーケティング部 杉本 <sugimoto@example.co.jp>",
    to=["イベントワークス 受付担当 <uketsuke@eventworks.example>"],
    subject="12/7 DXセミナー 参加者一覧(受付用)", date="Mon, 02 Dec 2024 11:40:30 +0900",
    msgid="<20241202114030.107T@example.co.jp>",
    body=("イベントワークス 受付ご担当者様\n\nお世話になっております。エグザンプル マーケティング部の杉本です。\n"
          "12/7 セミナーの参加者一覧(12名)と進行表を ZIP でお送りします。\n" + sig("杉本 学", "マーケティング部", "03-6453-1520")),
    attachments=[("DXセミナー_受付資料.zip", "application/zip", zip107)],
)

# ===================================================================================== 108
def fold_qp(line: str, width: int = 74) -> str:
    out = []
    while len(line) > width:
        cut = width
        while line[cut - 1] == "=" or line[cut - 2] == "=":  # never split an =XX escape
            cut -= 1
        out.append(line[:cut] + "=")
        line = line[cut:]
    out.append(line)
    return "\r\n".join(out)


def qpv(s: str) -> str:
    return "".join(f"={b:02X}" if b > 0x7E or chr(b) in "=;" else chr(b) for b in s.encode("cp932"))


vcf = "\r\n".join([
    "BEGIN:VCARD", "VERSION:2.1",
    "N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qpv("中田") + ";" + qpv("修司") + ";;;",
    "FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qpv("中田 修司"),
    "ORG;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qpv("中部電工株式会社") + ";" + qpv("設備営業課"),
    "TITLE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qpv("課長"),
    "TEL;WORK;VOICE:052-232-4410", "TEL;CELL:090-7731-2209",
    "EMAIL;INTERNET:s.nakata@chubu-denko.example",
    fold_qp("ADR;WORK;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:;;" + qpv("栄3-15-33 栄ガスビル8F") + ";"
            + qpv("名古屋市中区") + ";" + qpv("愛知県") + ";460-0008;" + qpv("日本")),
    "REV:20241115T031500Z", "END:VCARD", ""])
MESSAGES["108_att_vcf21_qp_sjis_card.eml"] = message(
    sender="営業部 水野 <mizuno@example.co.jp>",
    to=["東海設備サービス 営業 <eigyo@tokai-setsubi.example>"],
    subject="中部電工 中田課長の連絡先", date="Mon, 02 Dec 2024 14:22:10 +0900",
    msgid="<20241202142210.108U@example.co.jp>",
    body=("東海設備サービス 佐藤様\n\nお世話になっております。エグザンプル営業部の水野です。\n"
          "先日お話しした中部電工の中田課長の連絡先(名刺データ)をお送りします。\n"
          "中田課長にはご紹介の了承をいただいています。\n" + sig("水野 剛", "営業部 名古屋営業所", "052-221-7780")),
    attachments=[("中田修司.vcf", "text/x-vcard", vcf.encode("ascii"))],
)

# ===================================================================================== 109
def ics_fold(line: str) -> str:
    line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        e = ch.encode("utf-8")
        if len(cur) + len(e) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += e
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


desc = ("【二次面接】候補者: 高橋 明日香 様(ご紹介: キャリアブリッジ)\\n連絡先: 080-6671-3308\\n"
        "メール: asuka.t@freemail.example\\n持参物: ポートフォリオ\\n面接官: 開発部 部長 / 人事 上野")
ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Recruit 1.0//JA", "METHOD:PUBLISH",
                   "BEGIN:VEVENT", "UID:20241210T100000-itv-0412@example.co.jp", "DTSTAMP:20241202T060000Z",
                   "DTSTART;TZID=Asia/Tokyo:20241210T100000", "DTEND;TZID=Asia/Tokyo:20241210T110000",
                   ics_fold("SUMMARY:二次面接 高橋様(Webエンジニア職)"), ics_fold("LOCATION:本社 5F 会議室B"),
                   ics_fold("DESCRIPTION:" + desc), "END:VEVENT", "END:VCALENDAR", ""])
MESSAGES["109_att_ics_interview_candidate.eml"] = message(
    sender="人事部 採用 上野 <ueno@example.co.jp>",
    to=["キャリアブリッジ 担当 <agent@career-bridge.example>"],
    subject="高橋様 二次面接の日程確定(12/10 10:00)", date="Mon, 02 Dec 2024 15:05:00 +0900",
    msgid="<20241202150500.109V@example.co.jp>",
    body=("キャリアブリッジ ご担当者様\n\nお世話になっております。エグザンプル人事部の上野です。\n"
          "高橋様の二次面接の日程が確定しましたので、カレンダーファイルをお送りします。\n"
          + sig("上野 沙織", "人事部 採用グループ", "03-6453-1275")),
    attachments=[("interview_20241210.ics", "text/calendar", ics.encode("utf-8"))],
)

# ===================================================================================== 110
cust110 = [
    {"id": 10231, "name": "平井 誠", "birthday": "1978-09-14",
     "contact": {"tel": "011-221-4587", "email": "m.hirai@freemail.example"},
     "address": {"zip": "060-0042", "pref": "北海道", "city": "札幌市中央区", "street": "大通西5-8-2"}},
    {"id": 10244, "name": "須藤 由美", "birthday": "1985-02-03",
     "contact": {"tel": "090-3378-1146", "email": "yumi.sudo@webmail.example"},
     "address": {"zip": "330-0846", "pref": "埼玉県", "city": "さいたま市大宮区", "street": "大門町2-6-11"}},
    {"id": 10258, "name": "桑原 亮", "birthday": "1969-11-27",
     "contact": {"tel": "082-248-3390", "email": "kuwahara.r@isp-mail.example"},
     "address": {"zip": "730-0031", "pref": "広島県", "city": "広島市中区", "street": "紙屋町1-4-3"}},
    {"id": 10263, "name": "大野 舞", "birthday": "1992-06-08",
     "contact": {"tel": "080-6612-9054", "email": "mai.ono@freemail.example"},
     "address": {"zip": "900-0015", "pref": "沖縄県", "city": "那覇市", "street": "久茂地3-9-16"}}]
json110 = json.dumps({"exported_at": "2024-12-03T09:00:00+09:00", "source": "crm-prod", "count": 4,
                      "customers": cust110}, ensure_ascii=False, indent=2)
MESSAGES["110_att_json_crm_export_nested.eml"] = message(
    sender="情報システム部 工藤 <kudo@example.co.jp>",
    to=["データブリッジ 開発 <dev@databridge.example>"],
    subject="CRM移行 サンプルデータ(JSON)", date="Tue, 03 Dec 2024 09:48:12 +0900",
    msgid="<20241203094812.110W@example.co.jp>",
    body=("データブリッジ 開発ご担当者様\n\nお世話になっております。エグザンプル情報システム部の工藤です。\n"
          "移行マッピング確認用に、本番CRMから抜き出した顧客4件のJSONを添付します。\n"
          + sig("工藤 翔", "情報システム部", "03-6453-1600")),
    attachments=[("crm_customers_sample.json", "application/json", json110.encode("utf-8"))],
)

# ===================================================================================== 111
MESSAGES["111_int_address_change_notice.eml"] = message(
    sender="総務部 吉村 <yoshimura@example.co.jp>",
    to=["給与グループ <kyuyo@example.co.jp>"], cc=["人事部 平田 <hirata@example.co.jp>"],
    subject="住所変更届(開発部 高橋さん)", date="Tue, 03 Dec 2024 13:15:42 +0900",
    msgid="<20241203131542.111X@example.co.jp>",
    body=("給与グループ各位\n\n総務の吉村です。開発部 高橋 純さんから住所変更届が出ましたので共有します。\n\n"
          "新住所：〒272-0021 千葉県市川市八幡3-4-18 レジデンス本八幡402\n新電話：047-334-2216\n"
          "異動日：2024年12月1日\n通勤手当の再計算をお願いします。\n" + sig("吉村 聡", "総務部", "03-6453-1205")),
)

# ===================================================================================== 112
MESSAGES["112_en_release_update_benign.eml"] = message(
    sender="Yuta Nishida <y.nishida@example.co.jp>",
    to=["Brian Cole <brian.cole@westbay-robotics.example>"],
    subject="Firmware 4.12.0 release schedule", date="Tue, 03 Dec 2024 17:40:00 +0900",
    msgid="<20241203174000.112Y@example.co.jp>",
    body=("Hi Brian,\n\nQuick update on firmware 4.12.0 (build 20241203.1):\n\n"
          "- Release candidate: December 9, 2024\n- GA: December 16, 2024\n"
          "- Fixes: JIRA-4412, JIRA-4419, JIRA-4431 (torque sensor drift)\n"
          "- Affected serials: WB-2208-001245 to WB-2208-001390\n"
          "- PO 4500012345 covers 140 units at USD 1,250.00 each\n\n"
          "Call at 8:30 PT / 1:30 JST on Dec 5 works for us.\n\nThanks,\nYuta\n\n-- \nYuta Nishida\n"
          "Product Engineering, Example Co., Ltd.\nTel +81 3 6453 1710 | Mobile +81 80 4471 2290\n"),
)

# ===================================================================================== 113
MESSAGES["113_ordinary_thanks_two_orgs.eml"] = message(
    sender="営業部 原 <hara@example.co.jp>",
    to=["明和商事 森様 <mori@meiwa-shoji.example>"], cc=["テクノサーブ 石田様 <ishida@technoserve.example>"],
    subject="本日の打合せのお礼(次回 12/18 15:00〜)", date="Wed, 04 Dec 2024 18:02:30 +0900",
    msgid="<20241204180230.113Z@example.co.jp>",
    body=("明和商事株式会社 森様\n(cc: テクノサーブ 石田様)\n\n本日はお時間をいただきありがとうございました。\n"
          "エグザンプル営業部の原です。\n\n決定事項:\n1. 導入台数 24台、1台あたり 328,000円(税別)\n"
          "2. 設置工事は 2025年1月14日〜17日、テクノサーブ様にて実施\n3. 次回打合せ 12月18日(水) 15:00〜16:00 貴社 7F 会議室\n\n"
          "議事録は明日中にお送りします。\n" + sig("原 拓也", "営業部", "03-6453-2240")),
)

# ===================================================================================== 114
MESSAGES["114_restaurant_banquet_booking.eml"] = message(
    sender="総務部 森下 <morishita@example.co.jp>",
    to=["割烹 つる家 ご予約係 <yoyaku@tsuruya-kappo.example>"],
    subject="12/20 忘年会ご予約の確認(予約番号 58213)", date="Wed, 04 Dec 2024 10:20:00 +0900",
    msgid="<20241204102000.114A@example.co.jp>",
    body=("割烹 つる家 ご予約係様\n\nお世話になっております。株式会社エグザンプル総務部の森下です。\n"
          "先日お電話でお願いした忘年会の予約内容を確認させてください。\n\n"
          "予約番号：58213\n日時：12月20日(金) 19:00〜21:30\n人数：25名(うち1名 甲殻類アレルギー)\n"
          "コース：冬の会席 8,800円(飲み放題付)\n当日の幹事：営業部 原田 携帯 080-4412-7719\n\n"
          "人数の確定は12月17日にご連絡します。\n" + sig("森下 里美", "総務部", "03-6453-1215")),
)

# ===================================================================================== 115
rows115 = [("E10231", "伊藤 健二", "男", "S49.7.23", "協会けんぽ 記号 1234 番号 56"),
           ("E10245", "佐々木 ゆかり", "女", "H2.5.10", "協会けんぽ 記号 1234 番号 71"),
           ("E10258", "高橋 純", "男", "S63.12.1", "協会けんぽ 記号 1234 番号 88"),
           ("E10290", "前川 葵", "女", "H11.2.28", "協会けんぽ 記号 1234 番号 102")]
txt115 = ("健診センター ご担当者様\n\n12/11 受診予定者は次の4名です。\n\n社員番号 | 氏名 | 性別 | 生年月日 | 保険証\n"
          + "\n".join(" | ".join(r) for r in rows115) + "\n\n受付は 8:30 からでお願いします。\n"
          + sig("吉村 聡", "総務部", "03-6453-1205"))
html115 = ("<html><body><p>健診センター ご担当者様</p><p>12/11 受診予定者は次の4名です。</p><table border=1>"
           "<tr><th>社員番号</th><th>氏名</th><th>性別</th><th>生年月日</th><th>保険証</th></tr>"
           + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows115)
           + "</table><p>受付は 8:30 からでお願いします。</p><p>-- <br>株式会社エグザンプル 総務部<br>吉村 聡<br>TEL 03-6453-1205</p></body></html>")
MESSAGES["115_checkup_html_wareki_dob.eml"] = message(
    sender="総務部 吉村 <yoshimura@example.co.jp>",
    to=["すこやか健診センター <yoyaku@sukoyaka-kenshin.example>"],
    subject="12/11 定期健康診断 受診者リスト", date="Thu, 05 Dec 2024 09:05:00 +0900",
    msgid="<20241205090500.115B@example.co.jp>", body=txt115, html=html115,
)

# ===================================================================================== 116
MESSAGES["116_masked_cards_benign.eml"] = message(
    sender="カスタマーサポート 横山 <yokoyama.k@example.co.jp>",
    to=["中川 様 <nakagawa.h@freemail.example>"],
    subject="【エグザンプルストア】ご返金処理完了のお知らせ", date="Thu, 05 Dec 2024 16:44:10 +0900",
    msgid="<20241205164410.116C@example.co.jp>",
    body=("中川様\n\nエグザンプルストアをご利用いただきありがとうございます。\n"
          "ご依頼の返金処理が完了しました。\n\n"
          "ご返金額：12,980円\nご返金先カード：VISA ************1111(有効期限 **/27)\n"
          "カード番号末尾：1111 / 承認番号：730215\n"
          f"決済ID：{sp4(not_card('453900128841776'))}\n注文番号：EX-20241128-00417\n\n"
          "カード会社の締め日により、明細への反映は1〜2か月後となる場合があります。\n"
          + sig("横山 梢", "カスタマーサポート部", "03-6453-1550")),
)

# ===================================================================================== 117
MESSAGES["117_travel_passports_dob.eml"] = message(
    sender="海外事業部 今村 <imamura@example.co.jp>",
    to=["グローバルトラベル 法人デスク <corp@global-travel.example>"],
    subject="1月 ベトナム出張 航空券・ビザ手配(2名)", date="Fri, 06 Dec 2024 11:30:00 +0900",
    msgid="<20241206113000.117D@example.co.jp>",
    body=("グローバルトラベル 法人デスク ご担当者様\n\nお世話になっております。エグザンプル海外事業部の今村です。\n"
          "1月のハノイ出張(1/14〜1/18)の航空券と査証の手配をお願いします。\n\n"
          "1) 岡部 浩司(OKABE KOJI)\n   旅券番号：TR4827165 有効期限：2031年3月9日\n   生年月日：1983年6月3日\n\n"
          "2) 川田 美香(KAWADA MIKA)\n   旅券番号：TS1059382 有効期限：2029年11月22日\n   生年月日：1990年10月15日\n\n"
          "便：1/14 NH897 羽田 17:05発 → ハノイ 21:05着 / 1/18 NH858 ハノイ 00:05発\n"
          + sig("今村 浩二", "海外事業部", "03-6453-1820")),
)

for name, data in MESSAGES.items():
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
