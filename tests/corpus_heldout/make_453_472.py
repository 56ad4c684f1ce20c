"""Writes held-out messages 453-472 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): machine-made and system mail that
people forward or that systems send outside.
- Multifunction-printer scan-to-mail: the MFP's template body ("Scanned from MX-3631 / ファイル名 /
  解像度") with a scanned PDF whose OCR text layer is invisible text over a page picture, partly
  letter-spaced as OCR writes it: an 入会申込書 forwarded by a person to an insurance agency (453), a
  住民票の写し with 個人番号 that the MFP sends straight to a 司法書士 (454), a 運転免許証 copy forwarded
  to a guarantee company (455), an internal-only 扶養控除等申告書 scan (471, pass), and a control
  作業完了報告書 with counter values and serial numbers (467).
- E-invoices and statements: a 仕入明細書 PDF carrying the supplier's (recipient's) 登録番号 and the
  sender's own (456), a JP PINT (UBL 2.1) XML invoice with the buyer's contact (457), a 振込結果 CSV
  in CP932 with six payees' accounts and the company's own debit account (458), a 給与明細 PDF sent to
  an employee's private address (459), an 入出金明細 CSV of the company's own account (466).
- System notifications: a monitoring alert with a log excerpt holding two form submitters' mail and
  phone (460), a お問い合わせフォーム notification forwarded to an agency (461), an English HubSpot-like
  form notification forwarded to a marketing agency (465), a Shopify-like order export CSV to a 3PL
  (462), a site-visit .ics with attendee phones (463).
- Controls (464, 467, 468, 469, 470, 472): a 2FA / password-reset notice with codes, an MFP scan of a
  service report, an English backup-job report (IPs, versions, error codes, serials), a shipment CSV
  with JAN codes and 12-digit tracking numbers valid by the My Number check (no label), a
  timestamp-service notice with 13-digit document IDs valid by the 法人番号 check (no label), and a
  Teams .ics with dial-in numbers.
The sender's own company address and phone appear in the sender's own signature (and, on own
documents, repeated from it); company_details.txt is empty, so the company's own 登録番号 and own
bank account count (as earlier held-out labels do).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_453_472.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import io
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import ean, luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def corp_no(base12: str) -> str:
    n = cn.calc_check_digit(base12) + base12
    assert cn.is_valid(n), n
    return n


def jan(base12: str) -> str:
    n = base12 + ean.calc_check_digit(base12)
    assert ean.is_valid(n), n
    return n


def spaced4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def sp(s: str) -> str:
    """OCR letter-spacing: a space between every two characters."""
    return " ".join(ch for ch in s if ch != " ")


# Labelled My Numbers (454: a 住民票 with 個人番号; 471: internal 扶養控除等申告書).
MN454 = [my_no("52816047391"), my_no("63907158204")]
MN471 = [my_no("41629830517"), my_no("72058316940")]
# Corporate numbers: own (株式会社エグザンプル), the supplier in 456, the buyer in 457.
CN_OWN = corp_no("010401098765")
CN456 = corp_no("030002147788")
CN457 = corp_no("020001063514")
# Controls: 12-digit tracking numbers valid by the My Number check (469), 13-digit document IDs
# valid by the 法人番号 check (470), JAN codes (469), a 16-digit order number failing Luhn (469).
TRACK469 = [my_no("43827165092"), my_no("43827165108"), my_no("43827165115")]
DOC470 = [corp_no("202511140001"), corp_no("202511140002"), corp_no("202511140017")]
JAN469 = [jan("490218765432"), jan("490218765449"), jan("458301277610")]
ORDER469 = "4485120738816204"
assert not luhn.is_valid(ORDER469)
assert len(set(MN454 + MN471 + TRACK469)) == 7 and len({CN_OWN, CN456, CN457, *DOC470}) == 6
# Driver's licence number (455), 12 digits as printed on the card.
LICENCE455 = "302218475360"


def message(*, sender, to, subject, date, msgid, body, cc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), extra_headers=()) -> bytes:
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
    for k, v in extra_headers:
        msg[k] = v
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=filename, charset="utf-8", cte="base64")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def sig(dept: str, name: str, tel: str, extra: str = "") -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def en_sig(name: str, dept: str, tel: str) -> str:
    return (f"Best regards,\n\n{name}\n{dept}\nExample Co., Ltd.\n"
            f"2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011\nTel: +81 {tel[1:]}\n")


def pdf(lines: list[tuple[int, int, int, str]], *, producer: str, created: str, scan: bool = False) -> bytes:
    """One A4 page. scan=False: visible text, as office software exports it. scan=True: a page
    picture (grey bitmap) under invisible text (render mode 3), as an MFP's OCR writes it. Text is
    one Tj a line in a Type0 font (HeiseiKakuGo-W5, UniJIS-UCS2-H) with a ToUnicode CMap."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        comp = zlib.compress(data, 9)
        return (b"<< /Length %d /Filter /FlateDecode" % len(comp) + extra + b" >>\nstream\n"
                + comp + b"\nendstream")

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
    mode = b"3 Tr " if scan else b""
    content = b""
    xobj = b""
    if scan:
        w, h = 124, 175
        pix = bytes((235 + ((x * 7 + y * 13) % 17)) % 256 for y in range(h) for x in range(w))
        img = add(stream(pix, b" /Type /XObject /Subtype /Image /Width %d /Height %d "
                              b"/ColorSpace /DeviceGray /BitsPerComponent 8" % (w, h)))
        content += b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
        xobj = b" /XObject << /Im1 %d 0 R >>" % img
    content += b"".join(b"BT /F1 %d Tf %s%d %d Td <%s> Tj ET\n"
                        % (sz, mode, x, y, t.encode("utf-16-be").hex().upper().encode())
                        for x, y, sz, t in lines)
    contents = add(stream(content))
    page = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >>%s >> "
               b"/Contents %d 0 R >>" % (font, xobj, contents))
    objs[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    info = add(b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:" + created.encode("ascii")
               + b"+09'00') >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info, xref))
    return bytes(out)


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", bom: bool = False) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def ics_fold(text: str) -> str:
    """RFC 5545 folding: lines longer than 75 octets continue on a line starting with a space."""
    out = []
    for line in text.split("\n"):
        cur = ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 75:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
    return "\r\n".join(out) + "\r\n"


def mfp_body(*, device: str, ip: str, filename: str, pages: int, dpi: str = "300x300dpi",
             fmt: str = "PDF(高圧縮・OCR)", when: str) -> str:
    return (f"Scanned from {device}\n"
            f"Date: {when}\n"
            f"Pages: {pages}\n"
            f"Resolution: {dpi}\n\n"
            f"デバイス名: {device}\n"
            f"設置場所: 本社3F 複合機コーナー\n"
            f"IPアドレス: {ip}\n"
            f"ファイル名: {filename}\n"
            f"ファイル形式: {fmt}\n"
            f"解像度: {dpi}\n"
            f"原稿サイズ: A4\n"
            f"ページ数: {pages}\n\n"
            "このメールは複合機から自動送信されています。返信しないでください。\n")


# ===================================================================================== 453
# A member application form scanned on the MFP (OCR text layer, partly letter-spaced) and
# forwarded by a person to an insurance agency: DOB, 〒, address, home and mobile phones.
lines453 = [
    (200, 790, 18, sp("会員入会申込書")),
    (60, 750, 10, "受付No. 2025-1107-031     申込日 2025年11月7日"),
    (60, 722, 11, sp("氏名") + "  " + sp("大塚 智美") + "   フリガナ オオツカ トモミ"),
    (60, 700, 11, sp("生年月日") + "  " + sp("昭和58年7月14日") + "   性別 女"),
    (60, 678, 11, sp("郵便番号") + " 〒 " + sp("180-0004")),
    (60, 656, 11, sp("住所") + "  東京都武蔵野市吉祥寺本町2-18-5 吉祥寺ハイツ305"),
    (60, 634, 11, "自宅電話  0422-51-7734"),
    (60, 612, 11, sp("携帯") + " " + sp("０８０-４１２７-９９５３")),
    (60, 580, 10, "コース  スタンダード(月会費 8,800円)   入会日 2025年12月1日"),
    (60, 560, 10, "お支払方法  口座振替(別紙の依頼書にて)"),
    (60, 520, 9, "上記の内容に相違ありません。  署名  大塚 智美"),
]
pdf453 = pdf(lines453, producer="SHARP MX-3631 OCR", created="20251107101532", scan=True)
MESSAGES["453_mfp_scan_fw_application_form_ocr_pdf.eml"] = message(
    sender="フィットネス事業部 松田 <matsuda.k@example.co.jp>", to=["契約課 <keiyaku@hoken-daiko.example>"],
    subject="FW: Scanned from MX-3631", date="Fri, 07 Nov 2025 10:22:00 +0900",
    msgid="<20251107102200.453F@example.co.jp>",
    body=("保険代行センター 契約課 御中\n\n"
          "お世話になっております。エグザンプルの松田です。\n"
          "本日入会の会員様の申込書をスキャンしてお送りします。\n"
          "傷害保険の加入手続きをお願いいたします。\n\n"
          + sig("フィットネス事業部", "松田 健一", "03-6453-2581")
          + "\n-----Original Message-----\n"
          "From: MX-3631 <scan-mx3631@example.co.jp>\n"
          "Sent: Friday, November 7, 2025 10:15 AM\n"
          "To: 松田 健一 <matsuda.k@example.co.jp>\n"
          "Subject: Scanned from MX-3631\n\n"
          + mfp_body(device="MX-3631", ip="192.168.10.45", filename="SKM_3631_20251107101532.pdf",
                     pages=1, when="2025/11/07 10:15:32")),
    attachments=[("SKM_3631_20251107101532.pdf", "application/pdf", pdf453)])

# ===================================================================================== 454
# The MFP sends a 住民票の写し (with 個人番号, two people) straight to a 司法書士 office: two DOBs, two
# My Numbers, the address and the former address.
lines454 = [
    (220, 800, 16, sp("住民票の写し")),
    (60, 770, 10, sp("住所") + "  東京都杉並区阿佐谷南2-14-7"),
    (60, 752, 10, sp("世帯主") + "  田中 浩二"),
    (60, 726, 10, "1  氏名 田中 浩二   生年月日 昭和54年10月3日   性別 男   続柄 世帯主"),
    (80, 710, 10, "住民となった年月日 平成24年4月1日    住民票コード ********"),
    (80, 694, 10, sp("個人番号") + "  " + spaced4(MN454[0])),
    (80, 678, 10, "前住所 神奈川県川崎市中原区小杉町3-264-3   平成24年4月1日 転入"),
    (60, 652, 10, "2  氏名 田中 真由美   生年月日 昭和56年2月18日   性別 女   続柄 妻"),
    (80, 636, 10, "住民となった年月日 平成24年4月1日    住民票コード ********"),
    (80, 620, 10, sp("個人番号") + "  " + spaced4(MN454[1])),
    (80, 604, 10, "前住所 神奈川県川崎市中原区小杉町3-264-3   平成24年4月1日 転入"),
    (60, 560, 10, "この写しは、住民票の原本と相違ないことを証明する。"),
    (60, 542, 10, "令和7年11月10日     東京都杉並区長     杉並 太郎     第 00482 号"),
]
pdf454 = pdf(lines454, producer="SHARP MX-3631 OCR", created="20251110143008", scan=True)
MESSAGES["454_mfp_direct_external_juminhyo_mynumber.eml"] = message(
    sender="MX-3631 <scan-mx3631@example.co.jp>", to=["<office@shihoshoshi-aoki.example>"],
    subject="Scanned from MX-3631", date="Mon, 10 Nov 2025 14:30:12 +0900",
    msgid="<20251110143012.0000454@scan-mx3631.example.co.jp>", mailer=("X-Mailer", "SHARP MX-3631 Scan"),
    body=mfp_body(device="MX-3631", ip="192.168.10.45", filename="SKM_3631_20251110143008.pdf",
                  pages=1, when="2025/11/10 14:30:08"),
    attachments=[("SKM_3631_20251110143008.pdf", "application/pdf", pdf454)])

# ===================================================================================== 455
# A driver's licence copy (front, OCR text layer) forwarded to a rent-guarantee company: licence
# number, DOB, address; the issue date, expiry and 照会番号 are not findings.
lines455 = [
    (60, 800, 12, sp("氏名") + "  " + sp("佐々木 健太") + "      平成 2年 3月 5日生"),
    (60, 780, 10, sp("住所") + "  埼玉県さいたま市浦和区高砂3-12-8 パークサイド浦和702"),
    (60, 760, 10, sp("交付") + "  令和05年04月10日  41235"),
    (60, 740, 12, "2030年(令和12年)04月05日まで有効"),
    (60, 720, 10, "免許の条件等  眼鏡等"),
    (60, 700, 12, sp("優良") + "    " + sp("番号") + "  第 " + sp(LICENCE455) + " 号"),
    (60, 680, 10, "二・小・原   平成20年05月12日     他   平成25年06月03日"),
    (60, 660, 10, "種類  普通   中型   大特        埼玉県公安委員会"),
]
pdf455 = pdf(lines455, producer="SHARP MX-3631 OCR", created="20251111094420", scan=True)
MESSAGES["455_mfp_scan_fw_drivers_licence_copy.eml"] = message(
    sender="賃貸管理部 石井 <ishii.m@example.co.jp>", to=["審査部 <shinsa@hosho-partners.example>"],
    subject="FW: Scanned from MX-3631(佐々木様 本人確認書類)", date="Tue, 11 Nov 2025 09:52:00 +0900",
    msgid="<20251111095200.455L@example.co.jp>",
    body=("保証パートナーズ 審査部 御中\n\n"
          "エグザンプル賃貸管理部の石井です。\n"
          "昨日お申込みいただいた佐々木様(申込番号 R-25-11-0388)の本人確認書類として、\n"
          "運転免許証の表面のスキャンをお送りします。裏面の記載はありませんでした。\n"
          "審査のほど、よろしくお願いいたします。\n\n"
          + sig("賃貸管理部", "石井 真理", "03-6453-2614")
          + "\n-----Original Message-----\n"
          "From: MX-3631 <scan-mx3631@example.co.jp>\n"
          "Sent: Tuesday, November 11, 2025 9:44 AM\n"
          "To: 石井 真理 <ishii.m@example.co.jp>\n"
          "Subject: Scanned from MX-3631\n\n"
          + mfp_body(device="MX-3631", ip="192.168.10.45", filename="SKM_3631_20251111094420.pdf",
                     pages=1, dpi="600x600dpi", when="2025/11/11 09:44:20")),
    attachments=[("SKM_3631_20251111094420.pdf", "application/pdf", pdf455)])

# ===================================================================================== 456
# A 仕入明細書 (self-billing statement, visible text PDF from the purchasing system) to a supplier:
# the supplier's 登録番号 and the sender's own, the supplier's 〒 and address; the sender's company
# address and TEL repeat the signature.
lines456 = [
    (230, 800, 18, "仕 入 明 細 書"),
    (60, 770, 10, "〒332-0034"),
    (60, 756, 10, "埼玉県川口市並木2-5-17"),
    (60, 740, 12, "有限会社並木精工  御中"),
    (60, 722, 10, f"登録番号  T{CN456}"),
    (360, 770, 10, "発行日  2025年11月14日"),
    (360, 756, 10, "明細番号  PS-2025-11-0214"),
    (360, 740, 10, "株式会社エグザンプル  購買部"),
    (360, 726, 10, "〒105-0011 東京都港区芝公園2-4-1"),
    (360, 712, 10, "TEL 03-6453-2702"),
    (360, 698, 10, f"登録番号  T{CN_OWN}"),
    (60, 670, 10, "下記のとおり仕入を計上しましたので、ご確認ください。"),
    (60, 646, 9, "納品日       品番          品名                 数量     単価       金額    税率"),
    (60, 630, 9, "2025/10/06   NP-2210-A     シャフト φ12        400      380      152,000    10%"),
    (60, 614, 9, "2025/10/15   NP-2210-B     シャフト φ16        250      520      130,000    10%"),
    (60, 598, 9, "2025/10/27   NP-3305       フランジ 50A        120    1,450      174,000    10%"),
    (60, 574, 9, "10%対象  456,000円   消費税 45,600円   合計 501,600円"),
    (60, 550, 9, "お支払予定日 2025年11月28日(貴社ご指定口座へお振込み)"),
    (60, 530, 9, "記載内容に誤りがある場合は、2025年11月21日までにご連絡ください。"),
]
pdf456 = pdf(lines456, producer="Example Purchasing System 3.2 (PDF Export)", created="20251114083000")
MESSAGES["456_self_billing_pdf_two_registration_numbers.eml"] = message(
    sender="購買部 村上 <murakami.t@example.co.jp>", to=["経理ご担当 <keiri@namiki-seiko.example>"],
    subject="【仕入明細書】2025年10月分(PS-2025-11-0214)", date="Fri, 14 Nov 2025 08:45:00 +0900",
    msgid="<20251114084500.456P@example.co.jp>",
    body=("有限会社並木精工 経理ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル購買部の村上です。\n"
          "10月分の仕入明細書(PDF)をお送りします。\n"
          "インボイス制度に基づき、貴社の登録番号を記載しております。\n"
          "記載内容にお間違いがないかご確認をお願いいたします。\n\n"
          + sig("購買部", "村上 達也", "03-6453-2702")),
    attachments=[("仕入明細書_PS-2025-11-0214.pdf", "application/pdf", pdf456)])

# ===================================================================================== 457
# A JP PINT (UBL 2.1) XML invoice to a customer: the seller's (own) 法人番号 as EndpointID and T
# number, the buyer's 法人番号, the buyer's address split over elements, the buyer contact's phone
# and mail. The seller's address and phone repeat the sender's signature.
xml457 = f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:peppol:pint:billing-1@jp-1</cbc:CustomizationID>
  <cbc:ProfileID>urn:peppol:bis:billing</cbc:ProfileID>
  <cbc:ID>INV-2025-004817</cbc:ID>
  <cbc:IssueDate>2025-11-17</cbc:IssueDate>
  <cbc:DueDate>2025-12-31</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>JPY</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>PO-7781-2025</cbc:BuyerReference>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0188">{CN_OWN}</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>芝公園2-4-1</cbc:StreetName>
        <cbc:CityName>港区</cbc:CityName>
        <cbc:PostalZone>105-0011</cbc:PostalZone>
        <cbc:CountrySubentity>東京都</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>JP</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>T{CN_OWN}</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>株式会社エグザンプル</cbc:RegistrationName></cac:PartyLegalEntity>
      <cac:Contact>
        <cbc:Name>営業管理部</cbc:Name>
        <cbc:Telephone>03-6453-2750</cbc:Telephone>
      </cac:Contact>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0188">{CN457}</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>みなとみらい3-6-1</cbc:StreetName>
        <cbc:AdditionalStreetName>みなとみらいセンタービル12F</cbc:AdditionalStreetName>
        <cbc:CityName>横浜市西区</cbc:CityName>
        <cbc:PostalZone>220-0012</cbc:PostalZone>
        <cbc:CountrySubentity>神奈川県</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>JP</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>横浜電機工業株式会社</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0188">{CN457}</cbc:CompanyID>
      </cac:PartyLegalEntity>
      <cac:Contact>
        <cbc:Name>購買部 小島 沙織</cbc:Name>
        <cbc:Telephone>045-224-3816</cbc:Telephone>
        <cbc:ElectronicMail>s.kojima@yokohama-denki.example</cbc:ElectronicMail>
      </cac:Contact>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cbc:PaymentID>4817</cbc:PaymentID>
  </cac:PaymentMeans>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="JPY">64800</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="JPY">648000</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="JPY">64800</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>10</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="JPY">648000</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="JPY">648000</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="JPY">712800</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="JPY">712800</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine>
    <cbc:ID>1</cbc:ID>
    <cbc:InvoicedQuantity unitCode="H87">12</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="JPY">648000</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>制御盤ユニット CU-480</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>CU-480-2025</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>10</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="JPY">54000</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
</Invoice>
"""
MESSAGES["457_jp_pint_ubl_invoice_xml_buyer_contact.eml"] = message(
    sender="営業管理部 請求担当 <seikyu@example.co.jp>", to=["購買部 小島様 <s.kojima@yokohama-denki.example>"],
    subject="デジタルインボイス送付 INV-2025-004817", date="Mon, 17 Nov 2025 09:10:00 +0900",
    msgid="<20251117091000.457X@example.co.jp>",
    body=("横浜電機工業株式会社 購買部 小島様\n\n"
          "いつもお世話になっております。エグザンプル営業管理部です。\n"
          "11月分のご請求書を JP PINT 形式(XML)でお送りします。\n"
          "会計システムへの取り込みをお願いいたします。\n\n"
          "  請求番号  INV-2025-004817\n"
          "  ご請求額  712,800円(税込)\n"
          "  お支払期限  2025年12月31日\n\n"
          + sig("営業管理部", "請求担当 西田 恵", "03-6453-2750")),
    attachments=[("INV-2025-004817.xml", "application/xml", xml457.encode("utf-8"))])


# ===================================================================================== 458
# A 総合振込 振込結果 CSV from internet banking (CP932), forwarded to the outsourced bookkeeper: six
# payees' accounts and the company's own debit account in the header lines.
rows458 = [
    ["振込結果照会"],
    ["照会日時", "2025/11/25 10:02:41"],
    ["振込元口座", "三菱ＵＦＪ銀行 本店 普通 0361842"],
    ["振込指定日", "2025/11/25"],
    ["受付番号", "20251121-000318"],
    [],
    ["No", "金融機関コード", "金融機関名", "支店コード", "支店名", "預金種目", "口座番号", "受取人名",
     "振込金額", "手数料", "結果"],
    ["1", "0001", "ﾐｽﾞﾎ", "051", "ｼﾌﾞﾔ", "普通", "2749163", "ﾔﾏｸﾞﾁ ｹﾝｼﾞ", "165000", "0", "正常"],
    ["2", "0009", "ﾐﾂｲｽﾐﾄﾓ", "258", "ｵｵｻｶｴｷﾏｴ", "普通", "6102847", "ﾀｶﾊｼ ﾕｳｺ", "88000", "0", "正常"],
    ["3", "0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", "471", "ﾖｺﾊﾏｴｷﾏｴ", "当座", "0815526", "ｶ)ﾐﾄﾞﾘﾃﾞｻﾞｲﾝ", "330000", "0", "正常"],
    ["4", "0033", "PayPay", "005", "ﾋﾞｼﾞﾈｽｴｲｷﾞﾖｳﾌﾞ", "普通", "3390471", "ｲﾄｳ ｻｷ", "54000", "0", "正常"],
    ["5", "0038", "ｽﾐｼﾝSBIﾈﾂﾄ", "106", "ﾎｳｼﾞﾝﾀﾞｲｲﾁ", "普通", "1427785", "ﾜﾀﾅﾍﾞ ｼﾖｳﾀ", "121000", "0", "正常"],
    ["6", "0017", "ｻｲﾀﾏﾘｿﾅ", "234", "ｳﾗﾜ", "普通", "4051932", "ｺﾊﾞﾔｼ ﾅｵｷ", "77000", "0", "不能(口座相違)"],
    [],
    ["合計件数", "6", "合計金額", "835000"],
]
MESSAGES["458_bank_transfer_result_csv_cp932.eml"] = message(
    sender="経理部 岡本 <okamoto.r@example.co.jp>", to=["記帳代行チーム <kicho@tax-bpo.example>"],
    subject="FW: 【総合振込】振込結果のお知らせ(受付番号 20251121-000318)", date="Tue, 25 Nov 2025 10:15:00 +0900",
    msgid="<20251125101500.458Z@example.co.jp>",
    body=("記帳代行チーム 御中\n\n"
          "エグザンプル経理部の岡本です。11月25日の外注費の振込結果をお送りします。\n"
          "6件目(コバヤシ様)が口座相違で不能となりましたので、再振込は12月分で処理します。\n"
          "仕訳はCSVの内容でお願いします。\n\n"
          + sig("経理部", "岡本 律子", "03-6453-2805")
          + "\n---------- Forwarded message ---------\n"
          "From: 三菱ＵＦＪ銀行 BizSTATION <bizstation@bk.example-bank.example>\n"
          "Date: 2025年11月25日(火) 10:02\n"
          "Subject: 【総合振込】振込結果のお知らせ(受付番号 20251121-000318)\n"
          "To: <okamoto.r@example.co.jp>\n\n"
          "総合振込の処理が完了しました。振込結果は添付のファイルでご確認ください。\n"
          "受付番号: 20251121-000318   振込指定日: 2025/11/25   件数: 6件(うち不能 1件)\n"
          "本メールは送信専用です。\n"),
    attachments=[("furikomi_kekka_20251125.csv", "text/csv", csv_bytes(rows458, "cp932"))])

# ===================================================================================== 459
# A 給与明細 PDF (payroll package, visible text) sent to an employee on leave at her private
# address: the salary account is the finding; 社員番号, amounts and 控除 items are not.
lines459 = [
    (220, 800, 16, "給 与 明 細 書"),
    (60, 775, 10, "2025年11月分(支給日 2025年11月25日)"),
    (60, 755, 10, "株式会社エグザンプル"),
    (60, 735, 11, "社員番号 10482    所属 営業管理部    氏名 森下 彩 様"),
    (60, 705, 10, "【勤怠】 出勤日数 0日   有給 0日   育児休業中"),
    (60, 680, 10, "【支給】 基本給 0   時間外手当 0   通勤手当 0   支給合計 0"),
    (60, 660, 10, "         前月分時間外手当(遡及) 18,420   総支給額 18,420"),
    (60, 635, 10, "【控除】 健康保険 0   厚生年金 0   雇用保険 111   所得税 560   住民税 13,200"),
    (60, 615, 10, "         控除合計 13,871"),
    (60, 590, 11, "差引支給額  4,549"),
    (60, 565, 10, "【振込先】 りそな銀行 新宿支店 普通預金 口座番号 5283716"),
    (60, 540, 9, "住民税は育児休業期間中も普通徴収へ切り替えていないため、控除しています。"),
]
pdf459 = pdf(lines459, producer="Payroll Cloud PDF 5.1", created="20251120170000")
MESSAGES["459_payroll_slip_pdf_private_address.eml"] = message(
    sender="人事部 給与担当 吉村 <yoshimura.a@example.co.jp>", to=["森下 彩 <aya.morishita@freemail.example>"],
    subject="11月分 給与明細書の送付", date="Thu, 20 Nov 2025 17:20:00 +0900",
    msgid="<20251120172000.459K@example.co.jp>",
    body=("森下さん\n\n"
          "人事部の吉村です。育休中のため社内ポータルにログインできないとのことでしたので、\n"
          "11月分の給与明細書(PDF)をご自宅のアドレスにお送りします。\n"
          "前月の時間外手当の遡及分と、住民税の控除があります。\n"
          "ご不明な点があればご連絡ください。\n\n"
          + sig("人事部 給与担当", "吉村 亜希子", "03-6453-2860")),
    attachments=[("給与明細_202511_10482.pdf", "application/pdf", pdf459)])

# ===================================================================================== 460
# A monitoring alert forwarded to the outside hosting vendor with its log excerpt: two failed
# contact-form submissions carry the submitters' mail and phone; host names, IPs, user ids, request
# ids, times and ports are not findings.
MESSAGES["460_monitoring_alert_log_form_submissions.eml"] = message(
    sender="情報システム部 小西 <konishi.d@example.co.jp>", to=["運用サポート <support@cloud-hosting.example>"],
    subject="FW: [PROBLEM] web02: SMTP relay timeout rate > 20% (Severity: High)",
    date="Mon, 10 Nov 2025 02:41:00 +0900", msgid="<20251110024100.460M@example.co.jp>",
    body=("クラウドホスティング 運用サポート ご担当者様\n\n"
          "エグザンプル情報システム部の小西です。夜間に以下のアラートが発生しました。\n"
          "web02 から貴社提供の SMTP リレー(10.20.0.25:587)への接続がタイムアウトしており、\n"
          "お問い合わせフォームの送信が失敗しています。リレー側の状況をご確認ください。\n\n"
          + sig("情報システム部", "小西 大輔", "03-6453-2910")
          + "\n-----Original Message-----\n"
          "From: Zabbix <zabbix@mon.example.co.jp>\n"
          "Sent: Monday, November 10, 2025 2:18 AM\n"
          "To: infra-alert <infra-alert@example.co.jp>\n"
          "Subject: [PROBLEM] web02: SMTP relay timeout rate > 20% (Severity: High)\n\n"
          "Problem started at 02:17:45 on 2025.11.10\n"
          "Problem name: SMTP relay timeout rate > 20%\n"
          "Host: web02 (10.20.1.12)\n"
          "Severity: High\n"
          "Operational data: 34.2 %\n"
          "Original problem ID: 88214573\n\n"
          "Last log lines (/var/log/app/form.log):\n"
          "2025-11-10T02:14:07.512+09:00 web02 app[2841]: INFO  form=contact req=5f2c9a1e user_id=- "
          "ip=203.0.113.45 status=accepted\n"
          "2025-11-10T02:14:38.090+09:00 web02 app[2841]: ERROR FormSubmitError form=contact req=5f2c9b07 "
          "ip=203.0.113.45 name=\"上田 美咲\" email=misaki.ueda@freemail.example tel=08031547726 "
          "err=\"SMTP timeout after 30000ms (10.20.0.25:587)\"\n"
          "2025-11-10T02:15:12.204+09:00 web02 app[2841]: WARN  retry queue length=17 worker=mailer-3\n"
          "2025-11-10T02:16:55.871+09:00 web02 app[2841]: ERROR FormSubmitError form=catalog req=5f2c9d33 "
          "user_id=u-0051127 ip=198.51.100.23 name=\"木村 亮\" email=r.kimura@webmail.example "
          "tel=045-512-6634 err=\"SMTP timeout after 30000ms (10.20.0.25:587)\"\n"
          "2025-11-10T02:17:45.003+09:00 web02 zabbix_agentd[912]: trigger 24117 fired, value=34.2\n\n"
          "Zabbix server: zbx01.mon.example.co.jp (10.20.9.5), version 7.0.4\n"))

# ===================================================================================== 461
# A お問い合わせフォーム notification forwarded to the local sales agency: 氏名, 電話, メール,
# 郵便番号, 住所, 生年月日; 受付番号, 送信日時, IP and user agent are not findings.
MESSAGES["461_webform_notification_fw_agency.eml"] = message(
    sender="営業企画部 福田 <fukuda.s@example.co.jp>", to=["宮崎営業所 <miyazaki@minami-kyushu-dairiten.example>"],
    subject="Fwd: 【お問い合わせフォーム】新しいお問い合わせがありました(受付番号 CF-20251112-0087)",
    date="Wed, 12 Nov 2025 11:05:00 +0900", msgid="<20251112110500.461W@example.co.jp>",
    mailer=None,
    body=("南九州代理店 宮崎営業所 御中\n\n"
          "エグザンプル営業企画部の福田です。\n"
          "宮崎市のお客様から資料請求がありましたので、ご対応をお願いします。\n"
          "訪問をご希望とのことです。\n\n"
          + sig("営業企画部", "福田 翔", "03-6453-2933")
          + "\n---------- Forwarded message ---------\n"
          "From: お問い合わせフォーム <noreply@example.co.jp>\n"
          "Date: 2025年11月12日(水) 10:48\n"
          "Subject: 【お問い合わせフォーム】新しいお問い合わせがありました(受付番号 CF-20251112-0087)\n"
          "To: <web-inquiry@example.co.jp>\n\n"
          "ウェブサイトのお問い合わせフォームから、以下の内容で送信がありました。\n\n"
          "受付番号: CF-20251112-0087\n"
          "お問い合わせ種別: 資料請求・訪問希望\n"
          "お名前: 中村 美咲\n"
          "フリガナ: ナカムラ ミサキ\n"
          "メールアドレス: nakamura.misaki@freemail.example\n"
          "電話番号: 0985-24-6617\n"
          "郵便番号: 880-0805\n"
          "住所: 宮崎県宮崎市橘通東3-1-11 橘マンション402\n"
          "生年月日: 1987年09月22日\n"
          "ご希望の連絡時間: 平日 18:00以降\n"
          "お問い合わせ内容: 蓄電池付き太陽光システムの資料を送ってください。訪問での説明も希望します。\n"
          "個人情報の取扱いに同意する: 同意する\n\n"
          "--\n"
          "送信日時: 2025/11/12 10:48:13\n"
          "送信元IP: 203.0.113.188\n"
          "User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15\n"
          "このメールは https://www.example.co.jp/contact/ のフォームから自動送信されています。\n"))

# ===================================================================================== 462
# A Shopify-like order export CSV (UTF-8 with BOM, English headers) to the 3PL: 7 orders on 10 rows
# (line items repeat the order name only), 7 customers with mail, shipping address split over
# Address1 / City / Zip / Province (JP-xx), phone.
h462 = ["Name", "Email", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name",
        "Lineitem sku", "Shipping Name", "Shipping Address1", "Shipping Address2", "Shipping City",
        "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Payment Method", "Notes"]
cust462 = [
    ("#1043", "s.kobayashi@freemail.example", "小林 沙織", "太子堂4-22-15", "", "世田谷区", "154-0004", "JP-13",
     "090-5518-2047", "Visa"),
    ("#1044", "kenta.hirano@isp-mail.example", "平野 健太", "谷町6-4-21", "谷町ハイツ501", "大阪市中央区", "542-0012",
     "JP-27", "06-6762-3391", "代金引換"),
    ("#1045", "mai.sato@webmail.example", "佐藤 麻衣", "南3条西7-3-2", "", "札幌市中央区", "060-0063", "JP-01",
     "+818022916534", "PayPay"),
    ("#1046", "t.ishikawa@freemail.example", "石川 拓也", "大名1-12-56", "大名ビル3F", "福岡市中央区", "810-0041",
     "JP-40", "+81 92-715-4428", "Mastercard"),
    ("#1047", "yoko.nishimura@isp-mail.example", "西村 陽子", "万福寺1-5-2", "", "川崎市麻生区", "215-0004",
     "JP-14", "070-4418-2975", "Visa"),
    ("#1048", "d.fujii@webmail.example", "藤井 大地", "御器所3-18-1", "", "名古屋市昭和区", "466-0051", "JP-23",
     "052-852-7710", "コンビニ決済"),
    ("#1049", "emi.kudo@freemail.example", "工藤 恵美", "一番町2-7-17", "一番町レジデンス1108", "仙台市青葉区",
     "980-0811", "JP-04", "090-7723-0186", "JCB"),
]
items462 = {
    "#1043": [("2", "ドリップバッグ 10袋", "DB-010"), ("1", "ギフトボックス S", "GB-S")],
    "#1044": [("1", "コーヒー豆 深煎り 500g", "BN-D500")],
    "#1045": [("3", "コーヒー豆 中煎り 200g", "BN-M200")],
    "#1046": [("1", "ドリッパーセット", "DP-SET"), ("1", "ペーパーフィルター 100枚", "PF-100")],
    "#1047": [("2", "カフェインレス 200g", "BN-CL200")],
    "#1048": [("1", "定期便 スタンダード", "SUB-STD"), ("1", "保存缶", "CAN-01")],
    "#1049": [("1", "コーヒー豆 浅煎り 500g", "BN-L500")],
}
rows462 = [h462]
for i, (name, mail, sname, a1, a2, city, zipc, prov, tel, pay) in enumerate(cust462):
    for j, (q, item, sku) in enumerate(items462[name]):
        if j == 0:
            rows462.append([name, mail, "paid" if pay != "代金引換" else "pending", f"2025-11-1{i % 3 + 1} "
                            f"{9 + i}:{(i * 7) % 60:02d}:00 +0900", q, item, sku, sname, a1, a2, city, zipc, prov,
                            "JP", tel, pay, "置き配希望" if i == 4 else ""])
        else:
            rows462.append([name, "", "", "", q, item, sku] + [""] * 10)
MESSAGES["462_ec_order_export_csv_3pl.eml"] = message(
    sender="EC事業部 今井 <imai.h@example.co.jp>", to=["出荷受付 <shukka@logi-3pl.example>"],
    subject="11/11-11/13 受注分 出荷依頼(7件)", date="Fri, 14 Nov 2025 09:00:00 +0900",
    msgid="<20251114090000.462E@example.co.jp>",
    body=("ロジ3PL 出荷受付ご担当者様\n\n"
          "エグザンプルEC事業部の今井です。\n"
          "11/11〜11/13 受注分の注文データ(Shopify エクスポート)を添付します。\n"
          "7件、計10行です。#1044 は代金引換、#1047 は置き配希望です。\n"
          "本日15時の集荷でお願いいたします。\n\n"
          + sig("EC事業部", "今井 遥", "03-6453-2955")),
    attachments=[("orders_export_1.csv", "text/csv", csv_bytes(rows462, bom=True))])


# ===================================================================================== 463
# A site-visit invitation (.ics) to the builder: LOCATION is the client's house with 〒, the folded
# DESCRIPTION holds the client's and his wife's mobiles and the sender's colleague's (site
# supervisor) mobile; ORGANIZER / ATTENDEE are the envelope's addresses.
ics463 = ics_fold(
    "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\n"
    "UID:040000008200E00074C5B7101A82E00800000000B0C4F19A2F51DC01000000000000000010000000\n"
    "DTSTAMP:20251113T021500Z\nDTSTART;TZID=Tokyo Standard Time:20251120T100000\n"
    "DTEND;TZID=Tokyo Standard Time:20251120T120000\n"
    "SUMMARY;LANGUAGE=ja:【現地調査】山本様邸 外壁・屋根改修\n"
    "LOCATION;LANGUAGE=ja:〒248-0014 神奈川県鎌倉市由比ガ浜2-9-33 山本様邸\n"
    "ORGANIZER;CN=\"リフォーム事業部 岡田\":mailto:okada.r@example.co.jp\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"工事部 堀\":mailto:hori@shonan-kenso.example\n"
    "DESCRIPTION;LANGUAGE=ja:山本様邸の現地調査です。足場の計画と屋根の劣化状況の確認をお願いします。\\n\\n"
    "当日の連絡先\\n・施主 山本 和也 様 携帯 090-2817-4461\\n・奥様(日中在宅) 080-6652-1930\\n"
    "・当社 現場監督 高野 070-3318-2256\\n\\n駐車場：敷地内に1台可(軽トラック)\\n"
    "案件番号：RF-2025-0917 見積期限：2025年11月28日\n"
    "CLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
    "BEGIN:VALARM\nTRIGGER:-PT60M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\n"
    "END:VEVENT\nEND:VCALENDAR")
MESSAGES["463_calendar_ics_site_visit_attendee_phones.eml"] = message(
    sender="リフォーム事業部 岡田 <okada.r@example.co.jp>", to=["工事部 堀 <hori@shonan-kenso.example>"],
    subject="【現地調査】山本様邸 外壁・屋根改修 11/20(木) 10:00", date="Thu, 13 Nov 2025 11:15:00 +0900",
    msgid="<20251113111500.463C@example.co.jp>",
    body=("湘南建装 工事部 堀様\n\n"
          "エグザンプルの岡田です。山本様邸の現地調査の予定をお送りします。\n"
          "添付の予定表(.ics)から予定に追加してください。\n"
          "詳細と当日の連絡先は予定の本文に記載しています。\n\n"
          + sig("リフォーム事業部", "岡田 涼", "03-6453-3011")),
    attachments=[("現地調査_山本様邸.ics", "text/calendar", ics463.encode("utf-8"))])

# ===================================================================================== 464
# Control: a 2FA / password-reset notice the member site sends to a customer: a 6-digit code,
# backup codes, a reset link with a token, request time, IP, browser; the support number is in the
# site's '-- ' signature.
MESSAGES["464_control_2fa_password_reset_notice.eml"] = message(
    sender="Exampleメンバーズ <no-reply@members.example.co.jp>", to=["<k.aoyama@freemail.example>"],
    subject="【Exampleメンバーズ】パスワード再設定のご案内 / Password reset", date="Sat, 15 Nov 2025 08:14:58 +0900",
    msgid="<20251115081458.a81f3c07d2@members.example.co.jp>", mailer=("X-Mailer", "Example Members Mailer 2.8"),
    body=("Exampleメンバーズをご利用いただきありがとうございます。\n\n"
          "パスワード再設定のリクエストを受け付けました。\n"
          "次の確認コードを画面に入力してください(有効期限 10分)。\n\n"
          "  確認コード:  482913\n\n"
          "または、次のリンクから再設定してください(有効期限 2025/11/15 08:44)。\n"
          "https://members.example.co.jp/reset?token=9f3a27c1e84b4d0c8a17f62b5e093d41&uid=00731948\n\n"
          "リクエスト日時: 2025/11/15 08:14:55 (JST)\n"
          "IPアドレス: 203.0.113.77\n"
          "ブラウザ: Chrome 131.0.6778.86 / Windows 11\n"
          "会員番号: M-00731948\n\n"
          "二段階認証を設定済みの方は、ログイン後に表示されるバックアップコードを保管してください。\n"
          "未使用のバックアップコード(残り 3件): 5821 0934 / 7730 1648 / 2294 5517\n\n"
          "Your verification code is 482913. It expires in 10 minutes.\n"
          "If you did not request a password reset, you can ignore this e-mail.\n\n"
          "-- \nExampleメンバーズ サポートセンター\n株式会社エグザンプル\n"
          "TEL 0120-558-214(平日 9:00〜18:00)\nhttps://members.example.co.jp/help\n"))

# ===================================================================================== 465
# English form notification (HubSpot-like) forwarded to the outside marketing agency: the lead's
# mail, +81 mobile, romaji office address with its postal code; IP, page URL, employee count and
# form id are not findings.
MESSAGES["465_en_form_submission_fw_agency.eml"] = message(
    sender="Rina Kato <kato.r@example.co.jp>", to=["Campaign Team <campaigns@brightfunnel-agency.example>"],
    subject="Fwd: New form submission on \"Request a demo\"", date="Tue, 18 Nov 2025 16:40:00 +0900",
    msgid="<20251118164000.465H@example.co.jp>", mailer=None,
    body=("Hi team,\n\n"
          "Another demo request came in from the November LinkedIn campaign. Please add it to the\n"
          "attribution report and start the nurture sequence (Japanese version).\n\n"
          + en_sig("Rina Kato", "Marketing Department", "03-6453-3050")
          + "\n---------- Forwarded message ---------\n"
          "From: HubSpot <noreply@notifications.hubspot.example>\n"
          "Date: Tue, Nov 18, 2025 at 3:58 PM\n"
          "Subject: New form submission on \"Request a demo\"\n"
          "To: <marketing@example.co.jp>\n\n"
          "You've got a new submission on \"Request a demo\" (form ID 7d1c42e0-5a91-4b8e-a3f2-09c6d7e81b55).\n\n"
          "First name: Junko\n"
          "Last name: Watanabe\n"
          "Email: j.watanabe@kaiho-logistics.example\n"
          "Phone number: +81 90-6138-2247\n"
          "Company name: Kaiho Logistics Co., Ltd.\n"
          "Job title: IT Manager\n"
          "Company address: 1-9-2 Otemachi, Chiyoda-ku, Tokyo 100-0004\n"
          "Number of employees: 250-499\n"
          "Preferred demo date: 2025-11-26\n"
          "Message: We are evaluating outbound e-mail controls for about 300 users.\n\n"
          "Page URL: https://www.example.co.jp/en/demo?utm_source=linkedin&utm_campaign=nov25\n"
          "IP address: 198.51.100.61\n"
          "Contact record: https://app.hubspot.example/contacts/24817736/record/0-1/88012457331\n"))

# ===================================================================================== 466
# An 入出金明細 CSV of the company's own account (its number in the header lines; not in
# company_details.txt) forwarded to the tax accountant; payers' names in 摘要, amounts, balances.
rows466 = [
    ["入出金明細"],
    ["金融機関", "みずほ銀行"],
    ["支店", "虎ノ門支店(店番 052)"],
    ["口座", "普通預金 口座番号 1847263"],
    ["口座名義", "カ)エグザンプル"],
    ["照会期間", "2025/10/01-2025/10/31"],
    [],
    ["日付", "摘要", "お支払金額", "お預り金額", "残高"],
    ["2025/10/01", "前月繰越", "", "", "12,480,355"],
    ["2025/10/06", "振込 カ)マルサンシヨウジ", "", "1,320,000", "13,800,355"],
    ["2025/10/10", "口座振替 トウキヨウデンリヨク", "86,412", "", "13,713,943"],
    ["2025/10/15", "振込 ヨコハマデンキコウギヨウ(カ", "", "712,800", "14,426,743"],
    ["2025/10/24", "給与振込 10月分 48件", "9,214,600", "", "5,212,143"],
    ["2025/10/27", "振込手数料", "7,260", "", "5,204,883"],
    ["2025/10/31", "振込 ユ)ナミキセイコウ", "501,600", "", "4,703,283"],
    ["2025/10/31", "利息", "", "42", "4,703,325"],
]
MESSAGES["466_bank_statement_csv_own_account.eml"] = message(
    sender="経理部 岡本 <okamoto.r@example.co.jp>", to=["佐野税理士事務所 <office@sano-tax.example>"],
    subject="10月分 入出金明細の送付", date="Mon, 03 Nov 2025 13:30:00 +0900",
    msgid="<20251103133000.466S@example.co.jp>",
    body=("佐野税理士事務所 御中\n\n"
          "いつもお世話になっております。エグザンプル経理部の岡本です。\n"
          "10月分の入出金明細(ネットバンキングからのCSV)をお送りします。\n"
          "月次の記帳をよろしくお願いいたします。\n\n"
          + sig("経理部", "岡本 律子", "03-6453-2805")),
    attachments=[("nyushukkin_202510.csv", "text/csv", csv_bytes(rows466, "cp932"))])

# ===================================================================================== 467
# Control: the MFP sends a scanned 作業完了報告書 (OCR text layer) straight to the maintenance
# company: model, serial numbers, counter values, part numbers, dates, the technician's name.
lines467 = [
    (200, 800, 16, sp("作業完了報告書")),
    (60, 770, 10, "報告書No. SV-2025-118204     作業日 2025年11月19日 13:10〜14:25"),
    (60, 750, 10, "お客様名  株式会社エグザンプル 本社3F 様"),
    (60, 730, 10, "機種  MX-3631     機番(シリアル) 05118327     設置日 2022年3月14日"),
    (60, 710, 10, sp("カウンタ") + "  白黒 0418256   カラー 0129077   合計 0547333"),
    (60, 690, 10, "作業内容  定期点検・給紙ローラー交換・ドラムユニット交換"),
    (60, 670, 10, "交換部品  NROLR1562FCZ1 ×2   MX-361DR ×1"),
    (60, 650, 10, "エラー履歴  E7-03 (2025/11/02)   F2-40 (2025/11/11)"),
    (60, 630, 10, "次回点検予定  2026年2月中旬"),
    (60, 600, 10, "サービス担当  北川 (SE番号 2417)     確認者署名  中島"),
]
pdf467 = pdf(lines467, producer="SHARP MX-3631 OCR", created="20251119143802", scan=True)
MESSAGES["467_control_mfp_direct_service_report_ocr_pdf.eml"] = message(
    sender="MX-3631 <scan-mx3631@example.co.jp>", to=["<service-tokyo@oa-maintenance.example>"],
    subject="Scanned from MX-3631", date="Wed, 19 Nov 2025 14:38:06 +0900",
    msgid="<20251119143806.0000467@scan-mx3631.example.co.jp>", mailer=("X-Mailer", "SHARP MX-3631 Scan"),
    body=mfp_body(device="MX-3631", ip="192.168.10.45", filename="SKM_3631_20251119143802.pdf",
                  pages=1, when="2025/11/19 14:38:02"),
    attachments=[("SKM_3631_20251119143802.pdf", "application/pdf", pdf467)])

# ===================================================================================== 468
# Control (English): a backup-job report forwarded to the MSP: job and VM names, IPs, durations,
# sizes, versions, error codes, a KB number, hardware serials, timestamps.
MESSAGES["468_control_en_backup_job_report_fw_msp.eml"] = message(
    sender="Daisuke Konishi <konishi.d@example.co.jp>", to=["MSP Service Desk <servicedesk@north-msp.example>"],
    subject="FW: [Warning] Backup job 'DAILY-VM-TOKYO' finished with 2 warnings, 1 failure",
    date="Sun, 16 Nov 2025 07:20:00 +0900", msgid="<20251116072000.468V@example.co.jp>",
    body=("Hello,\n\n"
          "Please look into the failed VM below (file-srv03). The same error appeared on 11/09.\n"
          "Ticket reference on our side: INC-2025-1183.\n\n"
          + en_sig("Daisuke Konishi", "IT Department", "03-6453-2910")
          + "\n-----Original Message-----\n"
          "From: Backup Server <backup@vbr01.example.co.jp>\n"
          "Sent: Sunday, November 16, 2025 3:42 AM\n"
          "To: infra-alert <infra-alert@example.co.jp>\n"
          "Subject: [Warning] Backup job 'DAILY-VM-TOKYO' finished with 2 warnings, 1 failure\n\n"
          "Job: DAILY-VM-TOKYO            Created by: EXAMPLE\\svc_backup at 2024/04/02 10:11\n"
          "Start time: 2025/11/16 01:00:04   End time: 2025/11/16 03:41:57   Duration: 2:41:53\n"
          "Processed: 1.8 TB   Read: 412.6 GB   Transferred: 96.3 GB (4.3x)\n\n"
          "Name          Status    Start     End       Size      Details\n"
          "------------  --------  --------  --------  --------  -------------------------------------------\n"
          "dc01          Success   01:00:31  01:06:12  80.0 GB\n"
          "file-srv03    Failed    01:06:40  01:52:18  2.0 TB    Error: 0x80070005 Access is denied (KB4511)\n"
          "sql02         Warning   01:52:30  02:48:05  500.0 GB  VSS writer 'SqlServerWriter' timed out (0x800423f2)\n"
          "web02         Success   02:48:11  03:02:44  120.0 GB\n"
          "app01         Warning   03:02:50  03:41:51  250.0 GB  Changed block tracking reset\n\n"
          "Repository: REPO-NAS02 (10.20.5.40)  Free: 3.12 TB of 24.0 TB\n"
          "Proxy: vbr-proxy01 (10.20.5.31)  Server version 12.2.0.334  Host ESXi 8.0.3 build 24022510\n"
          "NAS serial: 2350QKR7T4   Tape library serial: HU1942K01Z\n"))

# ===================================================================================== 469
# Control: a shipment report CSV to the marketplace operator: order numbers (one 16-digit failing
# Luhn), JAN codes, 12-digit tracking numbers valid by the My Number check (no label), dates, carrier.
rows469 = [["出荷日", "受注番号", "モール注文番号", "JANコード", "商品名", "数量", "配送業者", "問合せ番号"],
           ["2025/11/17", "SO-2025-118401", ORDER469, JAN469[0], "ステンレスボトル 500ml 白", "2", "ヤマト運輸",
            TRACK469[0]],
           ["2025/11/17", "SO-2025-118402", "250117-0048813", JAN469[1], "ステンレスボトル 500ml 黒", "1",
            "ヤマト運輸", TRACK469[1]],
           ["2025/11/18", "SO-2025-118405", "250118-0049270", JAN469[2], "ランチボックス 2段", "4", "ヤマト運輸",
            TRACK469[2]]]
MESSAGES["469_control_shipment_report_csv_jan_tracking.eml"] = message(
    sender="EC事業部 今井 <imai.h@example.co.jp>", to=["出店者サポート <seller-support@mall-market.example>"],
    subject="出荷実績報告(11/17-11/18)ストアID 88120", date="Tue, 18 Nov 2025 18:05:00 +0900",
    msgid="<20251118180500.469J@example.co.jp>",
    body=("モールマーケット 出店者サポート ご担当者様\n\n"
          "ストアID 88120 エグザンプル公式ストアの今井です。\n"
          "一括アップロードがエラー(コード E-4031)になったため、出荷実績をCSVでお送りします。\n"
          "3件とも発送済みです。ステータスの更新をお願いいたします。\n\n"
          f"  {ORDER469}  問合せ番号 {TRACK469[0]}\n"
          "  250117-0048813   問合せ番号 " + TRACK469[1] + "\n"
          "  250118-0049270   問合せ番号 " + TRACK469[2] + "\n\n"
          + sig("EC事業部", "今井 遥", "03-6453-2955")),
    attachments=[("shipment_20251118.csv", "text/csv", csv_bytes(rows469, "cp932"))])

# ===================================================================================== 470
# Control: an e-document (電子帳簿保存) timestamp service notice forwarded to the tax accountant:
# 13-digit document IDs valid by the 法人番号 check but without any label, hash values, serials.
MESSAGES["470_control_timestamp_notice_13digit_doc_ids.eml"] = message(
    sender="経理部 岡本 <okamoto.r@example.co.jp>", to=["佐野税理士事務所 <office@sano-tax.example>"],
    subject="FW: [e-文書BOX] タイムスタンプ付与完了のお知らせ(3件)", date="Fri, 14 Nov 2025 16:20:00 +0900",
    msgid="<20251114162000.470T@example.co.jp>",
    body=("佐野税理士事務所 御中\n\n"
          "経理部の岡本です。ご依頼の3件について、タイムスタンプの付与が完了しました。\n"
          "検索要件の確認用に、システムからの通知を転送します。\n\n"
          + sig("経理部", "岡本 律子", "03-6453-2805")
          + "\n-----Original Message-----\n"
          "From: e-文書BOX <notice@e-bunsho-box.example>\n"
          "Sent: Friday, November 14, 2025 4:02 PM\n"
          "To: 岡本 律子 <okamoto.r@example.co.jp>\n"
          "Subject: [e-文書BOX] タイムスタンプ付与完了のお知らせ(3件)\n\n"
          "以下の文書にタイムスタンプを付与しました。\n\n"
          f"  {DOC470[0]}  請求書 INV-2025-004802  2025/11/14 15:58:21  SHA-256 7c1e…a94f\n"
          f"  {DOC470[1]}  請求書 INV-2025-004803  2025/11/14 15:58:22  SHA-256 03bd…e512\n"
          f"  {DOC470[2]}  領収書 RC-2025-01177   2025/11/14 15:58:40  SHA-256 b8f0…1c27\n\n"
          "TSA: e-文書BOX TSA (認定番号 第0017号)  証明書シリアル 4A:1F:77:02:9C\n"
          "契約ID: EB-000318   保存容量 12.4 GB / 100 GB\n"
          "このメールは送信専用アドレスから送信しています。\n"))

# ===================================================================================== 471
# Internal only: the MFP sends a scanned 扶養控除等申告書 (OCR text layer) to the HR clerk's own
# mailbox: the employee's and his wife's 個人番号 and 生年月日, 〒 and address: found, but passes.
lines471 = [
    (120, 805, 12, "令和8年分 給与所得者の扶養控除等(異動)申告書"),
    (60, 780, 10, "所轄税務署長 芝 税務署長    給与の支払者の名称 株式会社エグザンプル"),
    (60, 760, 10, sp("氏名") + "  " + sp("川村 直樹") + "     " + sp("個人番号") + "  " + sp(MN471[0])),
    (60, 740, 10, sp("生年月日") + "  昭和61年5月20日     世帯主の氏名 川村 直樹   続柄 本人"),
    (60, 720, 10, sp("住所") + "  〒173-0004  東京都板橋区板橋2-41-9 コーポ板橋203"),
    (60, 690, 10, "源泉控除対象配偶者  川村 由紀   " + sp("個人番号") + "  " + sp(MN471[1])),
    (60, 670, 10, "生年月日  昭和63年12月2日     令和8年中の所得の見積額 0円"),
    (60, 640, 10, "控除対象扶養親族  なし     16歳未満の扶養親族  川村 蒼 (長男)"),
    (60, 610, 9, "提出日 令和7年11月21日"),
]
pdf471 = pdf(lines471, producer="SHARP MX-3631 OCR", created="20251121091745", scan=True)
MESSAGES["471_int_mfp_scan_fuyo_kojo_mynumber.eml"] = message(
    sender="MX-3631 <scan-mx3631@example.co.jp>", to=["<sato.m@example.co.jp>"],
    subject="Scanned from MX-3631", date="Fri, 21 Nov 2025 09:17:50 +0900",
    msgid="<20251121091750.0000471@scan-mx3631.example.co.jp>", mailer=("X-Mailer", "SHARP MX-3631 Scan"),
    body=mfp_body(device="MX-3631", ip="192.168.10.45", filename="SKM_3631_20251121091745.pdf",
                  pages=1, when="2025/11/21 09:17:45"),
    attachments=[("SKM_3631_20251121091745.pdf", "application/pdf", pdf471)])

# ===================================================================================== 472
# Control: a Teams invitation as .ics to a partner: join link, meeting ID, passcode, Teams dial-in
# numbers ("電話で参加"), phone conference ID; ORGANIZER / ATTENDEE are the envelope's addresses.
ics472 = ics_fold(
    "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\n"
    "UID:040000008200E00074C5B7101A82E008000000006A1D2B7E3C58DC01000000000000000010000000\n"
    "DTSTAMP:20251117T060000Z\nDTSTART;TZID=Tokyo Standard Time:20251125T150000\n"
    "DTEND;TZID=Tokyo Standard Time:20251125T160000\n"
    "SUMMARY;LANGUAGE=ja:【定例】システム移行プロジェクト 進捗会議 #14\n"
    "LOCATION;LANGUAGE=ja:Microsoft Teams 会議\n"
    "ORGANIZER;CN=\"情報システム部 小西\":mailto:konishi.d@example.co.jp\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"PM 松井\":mailto:matsui@north-si.example\n"
    "DESCRIPTION;LANGUAGE=ja:議題：移行リハーサル結果(第2回)、課題一覧 No.31〜No.44、次回リハーサル日程\\n\\n"
    "________________________________________________________________________________\\n"
    "Microsoft Teams 会議\\nコンピューター、モバイル アプリ、またはルーム デバイスで参加する\\n"
    "ここをクリックして会議に参加してください <https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
    "NjQ4ZDk1YzUtOWI2Ny00MjE4LWE0ZTMtMzg3NWIwZTQ1OTcw%40thread.v2/0>\\n"
    "会議 ID: 428 117 093 554\\nパスコード: 7hQ2xP\\n\\n"
    "電話で参加\\n+81 3-4578-1488,,618204337#   Japan, Tokyo\\n"
    "(050) 5530-8123,,618204337#   Japan (市外局番なし)\\n"
    "電話会議 ID: 618 204 337#\\n"
    "________________________________________________________________________________\n"
    "CLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:2\n"
    "END:VEVENT\nEND:VCALENDAR")
MESSAGES["472_control_teams_ics_dial_in_numbers.eml"] = message(
    sender="情報システム部 小西 <konishi.d@example.co.jp>", to=["PM 松井 <matsui@north-si.example>"],
    subject="【定例】システム移行プロジェクト 進捗会議 #14", date="Mon, 17 Nov 2025 15:00:00 +0900",
    msgid="<20251117150000.472T@example.co.jp>",
    body=("ノースSI 松井様\n\n"
          "エグザンプルの小西です。次回の定例会議の招待をお送りします。\n"
          "会議の参加方法は添付の予定表(.ics)に記載しています。\n\n"
          + sig("情報システム部", "小西 大輔", "03-6453-2910")),
    attachments=[("進捗会議_14.ics", "text/calendar", ics472.encode("utf-8"))])


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
