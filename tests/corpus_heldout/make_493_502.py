"""Writes held-out messages 493-502 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): MEDICAL AND INSURANCE CLAIMS.
example.co.jp is エグザンプル・ヘルスケア, a group with a clinic (みなと港南クリニック), a dental clinic
(エグザンプル歯科 たまプラーザ), a pharmacy (エグザンプル薬局 港南台店) and an insurance agency
(エグザンプル保険サービス). Each sender's own address and TEL are in their '-- ' signature.
- Clinic referral letters (紹介状 / 診療情報提供書): .docx with the patient's 生年月日, 〒 + 住所, home
  phone, a daughter's mobile and 保険者番号 / 記号・番号 (no detector type; not findings) (493); a text
  PDF to a dermatologist with a kanji 和暦 DOB and a mobile, the patient only as "港南区在住" (499).
- Insurance claims: a 入院給付金 請求書 PDF with DOB, address, two phones and a 横浜銀行 普通 account
  (494); a 満期保険金 請求書 .docx with 個人番号 (valid), ゆうちょ 記号/番号 (498); an English travel-
  insurance claim with Passport No., Date of Birth, a Thai hospital's +66 number and the insured's
  +81 mobile and e-mail, plus a claim-form PDF repeating them (496).
- A dental clinic's appointment-reminder list (.xlsx) to an outside call centre: 8 rows, 7 distinct
  phones (mother and son share a home number) (495).
- A pharmacy forwards a 処方箋 received by FAX (text PDF with the fax header line) to a partner home-
  care pharmacy: the patient's DOB, the prescribing clinic's 〒, address, TEL and FAX, and the
  patient's delivery address and home phone in the mail (497).
- Controls: a clinic's 年末年始 opening-hours notice, patients in Bcc (500); an insurance product
  brochure mail and PDF, the agency's 0120 hotline only in its signature (501); a 自動車保険 renewal
  notice with a 12-digit 証券番号 that has a valid My Number check digit but no マイナンバー label (502).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_493_502.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 10, 20, 9, 30, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def spaced4(n: str) -> str:
    return " ".join(re.findall("....", n))


# 498: the claimant's labelled 個人番号 (valid). 502: a 12-digit 証券番号, valid check digit, no label.
MN498 = my_no("71940283651")
POLICY502 = my_no("48291037552")
assert MN498 != POLICY502 and in_.is_valid(POLICY502)


# ---- mail building ---------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, bcc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64") -> bytes:
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
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=cte)
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


def sig(org: str, name_: str, postal: str, addr: str, tel: str, extra: str = "") -> str:
    return f"-- \n{org}\n{name_}\n〒{postal} {addr}\nTEL {tel}{extra}\n"


# ---- files -------------------------------------------------------------------------------

def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(title: str, creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-20T00:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-20T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props("", creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_bytes(header, rows, encoding: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


# Word, written by hand.
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(text: str = "", *, bold: bool = False, center: bool = False, size: int | None = None) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{wr(text, rpr) if text else ''}</w:p>"


def wtable(rows: list[list[str]], widths: list[int], header: bool = False) -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                      f'{wp(cell, bold=header and r == 0)}</w:tc>' for cell, w in zip(row, widths, strict=True))
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


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
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" '
           'w:left="1134" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return zip_parts([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core_props(title, creator)),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", XML + f'<Relationships xmlns="{NS_PKG}"/>')])


def text_pdf(lines: list[tuple[int, int, int, str]], *, producer: str, created: str) -> bytes:
    """One A4 page of visible text (Type0 HeiseiKakuGo-W5, UniJIS-UCS2-H, ToUnicode CMap)."""
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
    info = add(b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:" + created.encode("ascii") + b"+09'00') >>")
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


def pdf_lines(rows: list[tuple[int, str]], *, top: int = 800, step: int = 18, size: int = 10) -> list:
    """(x, text) rows, one a line from the top."""
    return [(x, top - i * step, size, t) for i, (x, t) in enumerate(rows) if t]


# ---- the group's own details (signatures only) ----------------------------------------------
CLINIC = ("医療法人社団エグザンプル会 みなと港南クリニック", "233-0003", "神奈川県横浜市港南区港南4-2-10",
          "045-842-6010", "  FAX 045-842-6011")
DENTAL = ("エグザンプル歯科 たまプラーザ", "225-0002", "神奈川県横浜市青葉区美しが丘2-15-3", "045-910-4182", "")
PHARM = ("エグザンプル薬局 港南台店", "234-0053", "神奈川県横浜市港南区日野中央1-12-5", "045-845-3318",
         "  FAX 045-845-3319")
AGENCY = ("株式会社エグザンプル保険サービス", "220-0012", "神奈川県横浜市西区みなとみらい3-6-1 みなとみらいセンタービル12F",
          "045-680-3315", "\nお客様専用ダイヤル 0120-556-712(平日 9:00-18:00)")


def gsig(org, name_: str) -> str:
    o, postal, addr, tel, extra = org
    return sig(o, name_, postal, addr, tel, extra)


# ===================================================================================== 493
# Clinic -> hospital: 診療情報提供書 (.docx). Patient's DOB, 〒 + address, home phone, daughter's mobile;
# 保険者番号 / 記号・番号 are no detector type; the 紹介元 block repeats the clinic's signature.
doc493 = docx(
    wp("診療情報提供書", bold=True, center=True, size=32)
    + wp("令和7年11月5日")
    + wp("横浜港南総合病院 循環器内科 御侍史")
    + wtable([["患者氏名", "佐々木 信夫(ささき のぶお) 様  男性"],
              ["生年月日", "昭和31年7月22日(69歳)"],
              ["住所", "〒233-0013 神奈川県横浜市港南区丸山台3-18-7"],
              ["電話番号", "自宅 045-832-4417 / 緊急連絡先(長女 今井 由美)090-6172-3358"],
              ["保険", "保険者番号 01140017  記号 12030451  番号 27(本人)"],
              ["職業", "無職(元 運送業)"]], [2000, 7600])
    + wp()
    + wp("傷病名:慢性心不全の疑い、高血圧症、2型糖尿病", bold=True)
    + wp("紹介目的:精査・加療のお願い")
    + wp("既往歴:2012年 高血圧症、2016年 2型糖尿病(当院通院中)。喫煙 20本/日×40年(2020年より禁煙)。")
    + wp("現病歴:2025年10月頃より労作時の息切れと両下腿浮腫を自覚。10月28日当院受診時 BNP 412 pg/mL、"
         "胸部X線にて心胸郭比 58%。心エコーを含めた精査をお願いいたします。")
    + wp("現在の処方:アムロジピン錠5mg 1錠 分1 朝食後、メトホルミン塩酸塩錠250mg 2錠 分2 朝夕食後、"
         "フロセミド錠20mg 1錠 分1 朝食後(10/28より追加)")
    + wp("検査結果:HbA1c 7.2%、eGFR 58 mL/min/1.73m²、K 4.1 mEq/L(2025年10月28日)")
    + wp("ご多忙のところ恐縮ですが、よろしくお願い申し上げます。")
    + wp()
    + wp("紹介元:医療法人社団エグザンプル会 みなと港南クリニック 内科  医師 藤原 孝之")
    + wp("〒233-0003 神奈川県横浜市港南区港南4-2-10  TEL 045-842-6010  FAX 045-842-6011"),
    "診療情報提供書", "藤原 孝之")
MESSAGES["493_clinic_referral_letter_docx.eml"] = message(
    sender="みなと港南クリニック 医事課 石田 <ishida.m@example.co.jp>",
    to=["横浜港南総合病院 地域医療連携室 <renkei@konan-general-hosp.example>"],
    subject="【ご紹介】11/12(水)10:30 循環器内科 初診予約の患者様について(予約番号 R-2025-11-0482)",
    date="Wed, 05 Nov 2025 16:20:00 +0900", msgid="<20251105162000.493A@example.co.jp>",
    body=("横浜港南総合病院\n地域医療連携室 ご担当者様\n\n"
          "いつもお世話になっております。みなと港南クリニック医事課の石田です。\n"
          "本日お電話で予約をお取りいただいた患者様(予約番号 R-2025-11-0482、11/12(水)10:30 循環器内科\n"
          "初診)の診療情報提供書を添付いたします。原本はご本人が当日持参されます。\n"
          "胸部X線画像は CD-R にて郵送いたします(11/7 到着予定)。\n\n"
          "どうぞよろしくお願いいたします。\n\n"
          + gsig(CLINIC, "医事課 石田 真理子")),
    attachments=[("診療情報提供書_佐々木様_20251105.docx", DOCX, doc493)])

# ===================================================================================== 494
# Agency -> insurer: 入院給付金 請求書 (text PDF): DOB, 〒 + address, home + mobile, 振込口座.
pdf494 = text_pdf(pdf_lines([
    (200, "保険金・給付金 請求書(入院・手術)"),
    (400, "受付日 2025年10月20日"),
    (60, "証券番号 L-4471-208815   保険種類 医療保険(終身)   代理店コード 7730-012"),
    (60, "■被保険者(契約者と同じ)"),
    (80, "氏名 中村 恵子(ナカムラ ケイコ)   性別 女"),
    (80, "生年月日 昭和54年10月3日"),
    (80, "住所 〒252-0804 神奈川県藤沢市湘南台2-21-9 湘南台コーポ305"),
    (80, "電話 自宅 0466-45-2193   携帯 080-5523-9164"),
    (60, "■請求内容"),
    (80, "入院期間 2025年9月29日 〜 2025年10月8日(10日間)   病院名 湘南台中央病院"),
    (80, "傷病名 急性虫垂炎   手術名 腹腔鏡下虫垂切除術(2025年9月30日)"),
    (80, "入院給付金日額 10,000円   手術給付金 入院給付金日額の10倍"),
    (60, "■お支払先口座(被保険者ご本人名義)"),
    (80, "横浜銀行 湘南台支店  普通  口座番号 6048213  口座名義 ナカムラ ケイコ"),
    (60, "上記のとおり請求いたします。  請求者署名 中村 恵子")]),
    producer="Canon iR-ADV C5840 PDF", created="20251020112000")
MESSAGES["494_insurance_claim_form_pdf_bank_account.eml"] = message(
    sender="エグザンプル保険サービス 保全課 松本 <matsumoto.r@example.co.jp>",
    to=["あさひが丘生命 保険金部 <hokenkin@asahigaoka-seimei.example>"],
    subject="入院・手術給付金のご請求(証券番号 L-4471-208815)書類送付",
    date="Mon, 20 Oct 2025 11:35:00 +0900", msgid="<20251020113500.494A@example.co.jp>",
    body=("あさひが丘生命保険株式会社\n保険金部 ご担当者様\n\n"
          "いつもお世話になっております。代理店エグザンプル保険サービスの松本です。\n"
          "証券番号 L-4471-208815 の入院・手術給付金のご請求書類をお送りします。\n"
          "  ・保険金・給付金請求書(PDF、添付)\n"
          "  ・入院証明書(診断書)原本は本日郵送いたしました。\n"
          "書類に不備がございましたらご連絡ください。\n\n"
          + gsig(AGENCY, "保全課 松本 里奈")),
    attachments=[("給付金請求書_L-4471-208815.pdf", "application/pdf", pdf494)])

# ===================================================================================== 495
# Dental clinic -> call centre: reminder call list (.xlsx), 8 appointments, 7 distinct phones.
wb495 = openpyxl.Workbook()
ws = wb495.active
ws.title = "架電リスト"
ws.append(["予約日", "時間", "診察券番号", "氏名", "フリガナ", "電話番号", "診療内容", "備考"])
for c in ws[1]:
    c.font = Font(bold=True)
for row in [
        ["2025-12-01", "09:30", "T-10482", "村田 健二", "ムラタ ケンジ", "090-2817-4463", "定期検診", ""],
        ["2025-12-01", "11:00", "T-20917", "小林 美穂", "コバヤシ ミホ", "044-955-7201", "クリーニング", "お子様と同日"],
        ["2025-12-01", "11:30", "T-20918", "小林 蓮", "コバヤシ レン", "044-955-7201", "小児 フッ素塗布", "母:小林 美穂"],
        ["2025-12-01", "15:00", "T-08831", "岡田 聡子", "オカダ サトコ", "080-6634-1095", "根管治療(3回目)", "18時以降に架電"],
        ["2025-12-02", "10:00", "T-31204", "Nguyen Thi Lan", "グエン ティ ラン", "070-3491-8826", "抜歯後チェック", "日本語ゆっくりで"],
        ["2025-12-02", "14:30", "T-05566", "高木 義男", "タカギ ヨシオ", "03-3718-2264", "入れ歯調整", "耳が遠いので大きめの声で"],
        ["2025-12-03", "09:00", "T-27745", "青木 さくら", "アオキ サクラ", "090-7752-0318", "ホワイトニング", ""],
        ["2025-12-03", "16:00", "T-19920", "山口 浩", "ヤマグチ ヒロシ", "045-975-3360", "定期検診", "留守電可"]]:
    ws.append(row)
for col, w in zip("ABCDEFGH", (12, 8, 12, 16, 18, 16, 18, 26), strict=False):
    ws.column_dimensions[col].width = w
xlsx495 = fixed_xlsx(wb495, "受付 中島")
MESSAGES["495_dental_appointment_list_xlsx_callcentre.eml"] = message(
    sender="エグザンプル歯科 たまプラーザ 受付 中島 <nakajima.a@example.co.jp>",
    to=["コールパートナーズ 医療チーム <dental-reminder@callpartners.example>"],
    subject="12/1〜12/3 予約リマインド架電リストの送付",
    date="Thu, 27 Nov 2025 17:40:00 +0900", msgid="<20251127174000.495A@example.co.jp>",
    body=("コールパートナーズ株式会社\n医療チーム ご担当者様\n\n"
          "お世話になっております。エグザンプル歯科 たまプラーザの中島です。\n"
          "12/1(月)〜12/3(水)ご予約の患者様の前日リマインド架電リスト(8件)を添付します。\n"
          "いつもどおり前日 17:00 までに架電いただき、キャンセル・変更は共有シートにご記入ください。\n"
          "備考欄のご指示もご確認をお願いします。\n\n"
          + gsig(DENTAL, "受付 中島 亜希")),
    attachments=[("架電リスト_1201-1203.xlsx", XLSX, xlsx495)])

# ===================================================================================== 496
# Agency -> overseas assistance company (English): travel-insurance claim. Passport No., DOB, the
# hospital's +66 number, the insured's +81 mobile and e-mail; the claim-form PDF repeats them.
pdf496 = text_pdf(pdf_lines([
    (200, "OVERSEAS TRAVEL INSURANCE - CLAIM FORM"),
    (60, "Policy No.: TRV-25-0918-4471    Period: 25 Oct 2025 - 9 Nov 2025"),
    (60, "Insured: HIROSE Kenta    Sex: M    Date of Birth: 14/03/1985"),
    (60, "Passport No.: TK4829173    Nationality: Japan"),
    (60, "Mobile: +81 90 6218 4437    E-mail: kenta.hirose85@freemail.example"),
    (60, "Hospital: Lanna Riverside Hospital, Chiang Mai    Tel: +66 53 920 418"),
    (60, "Admitted: 2 Nov 2025    Discharged: 6 Nov 2025    Diagnosis: Dengue fever"),
    (60, "Invoice: LRH-INV-2025-118204    Amount: THB 86,400 (paid by the insured by card)"),
    (60, "Signature: Kenta Hirose    Date: 10 Nov 2025")]),
    producer="Microsoft Word for Microsoft 365", created="20251110150000")
MESSAGES["496_en_travel_insurance_claim_passport.eml"] = message(
    sender="Example Insurance Services - Claims Desk <claims-desk@example.co.jp>",
    to=["Global Assist Bangkok - Claims <claims@globalassist-bkk.example>"],
    subject="Claim submission: Policy TRV-25-0918-4471 / HIROSE Kenta / hospitalisation in Chiang Mai",
    date="Mon, 10 Nov 2025 15:10:00 +0900", msgid="<20251110151000.496A@example.co.jp>",
    body=("Dear Claims Team,\n\n"
          "Please find attached the claim form for the following insured, who was hospitalised in\n"
          "Chiang Mai and has now returned to Japan.\n\n"
          "  Policy No.:     TRV-25-0918-4471\n"
          "  Insured:        Mr. Kenta HIROSE\n"
          "  Date of Birth:  14 March 1985\n"
          "  Passport No.:   TK4829173\n"
          "  Hospital:       Lanna Riverside Hospital, Chiang Mai (Tel +66 53 920 418)\n"
          "  Stay:           2-6 November 2025 (dengue fever)\n"
          "  Amount claimed: THB 86,400 (invoice LRH-INV-2025-118204)\n\n"
          "The insured paid the hospital himself and asks to be reimbursed in JPY. If you need anything\n"
          "from him directly, he can be reached on +81 90 6218 4437 or at kenta.hirose85@freemail.example\n"
          "(Japanese or English).\n\n"
          "The original receipts and the medical report will follow by courier.\n\n"
          "Best regards,\n\n"
          "-- \nMaki Sato\nClaims Desk, Example Insurance Services Co., Ltd.\n"
          "3-6-1 Minatomirai, Nishi-ku, Yokohama 220-0012\nTel +81 45 680 3316\n"),
    attachments=[("Claim_Form_TRV-25-0918-4471.pdf", "application/pdf", pdf496)])

# ===================================================================================== 497
# Pharmacy -> partner home-care pharmacy: a 処方箋 received by FAX (text PDF with the fax header).
# The prescribing clinic's 〒, address, TEL and FAX (a third party's) and the patient's DOB; the mail
# gives the patient's delivery 〒 + address and home phone.
pdf497 = text_pdf(pdf_lines([
    (40, "2025/11/10 14:22  FROM:045-846-2291  港南ひまわり内科クリニック  P.001/001"),
    (250, "処 方 箋"),
    (200, "(この処方箋は、どの保険薬局でも有効です。)"),
    (60, "公費負担者番号           保険者番号 39141016"),
    (60, "被保険者証・被保険者手帳の記号・番号 01203456"),
    (60, "患者 氏名 田村 キヨ   生年月日 昭和12年3月8日   女   区分 被保険者"),
    (60, "交付年月日 令和7年11月10日   処方箋の使用期間 令和7年11月13日まで"),
    (60, "保険医療機関の所在地及び名称 〒234-0054 横浜市港南区港南台3-4-18 港南ひまわり内科クリニック"),
    (60, "電話番号 045-846-2290   保険医氏名 早川 俊介 印"),
    (60, "都道府県番号 14   点数表番号 1   医療機関コード 1412085"),
    (60, "処方"),
    (80, "Rp1) アムロジピンOD錠5mg 1錠  1日1回 朝食後 28日分"),
    (80, "Rp2) ランソプラゾールOD錠15mg 1錠  1日1回 朝食後 28日分"),
    (80, "Rp3) 酸化マグネシウム錠330mg 3錠  1日3回 毎食後 28日分"),
    (80, "一包化 / 居宅療養管理指導 依頼"),
    (60, "備考 後期高齢者 1割負担")]),
    producer="FAX2Mail Gateway 3.2", created="20251110142300")
MESSAGES["497_pharmacy_shohousen_fax_pdf.eml"] = message(
    sender="エグザンプル薬局 港南台店 薬剤師 小西 <konishi.t@example.co.jp>",
    to=["訪問薬局ひだまり 在宅チーム <zaitaku@hidamari-pharmacy.example>"],
    subject="FW: 処方箋FAX受信(港南ひまわり内科)在宅訪問のお願い 田村様",
    date="Mon, 10 Nov 2025 14:48:00 +0900", msgid="<20251110144800.497A@example.co.jp>",
    body=("訪問薬局ひだまり 在宅チーム ご担当者様\n\n"
          "エグザンプル薬局 港南台店の小西です。いつもありがとうございます。\n"
          "本日 港南ひまわり内科クリニックから FAX で受信した処方箋(PDF)を転送します。\n"
          "当店では一包化の在宅対応ができないため、先日ご相談した件でお願いできればと存じます。\n\n"
          "  患者様 : 田村 キヨ 様(88歳、独居・要介護2)\n"
          "  お届け先: 〒234-0051 神奈川県横浜市港南区日野7-3-12 日野第二団地4-203\n"
          "  ご自宅 : 045-843-9027(日中はヘルパーさんが出られることがあります)\n"
          "  ご希望 : 11/12(水)午後のお届け\n\n"
          "処方箋原本は患者様のご家族が明日お持ちする予定です。\n\n"
          + gsig(PHARM, "薬剤師 小西 拓也")),
    attachments=[("FAX_20251110_1422.pdf", "application/pdf", pdf497)])

# ===================================================================================== 498
# Agency -> insurer: 満期保険金 請求書 (.docx) with the claimant's 個人番号 (valid; insurers need it for
# the 支払調書), DOB, 〒 + address, phone and a ゆうちょ 記号/番号 account.
doc498 = docx(
    wp("満期保険金 請求書 兼 支払調書用 個人番号申告書", bold=True, center=True, size=28)
    + wp("2025年11月4日")
    + wtable([["証券番号", "5208-331947  養老保険(2005年11月1日契約)"],
              ["請求者(契約者・満期保険金受取人)", "松井 和彦(マツイ カズヒコ)"],
              ["生年月日", "昭和40年12月1日"],
              ["個人番号(マイナンバー)", spaced4(MN498)],
              ["住所", "〒338-0002 埼玉県さいたま市中央区下落合5-14-3"],
              ["電話番号", "048-853-6621"],
              ["満期日 / 満期保険金額", "2025年11月1日 / 3,000,000円"],
              ["お受取口座", "ゆうちょ銀行  記号 10180  番号 53204811  名義 マツイ カズヒコ"],
              ["本人確認書類", "運転免許証(写しは別途郵送)、個人番号カード(写しは別途郵送)"]], [3400, 6200])
    + wp()
    + wp("上記のとおり満期保険金を請求します。  請求者 松井 和彦"),
    "満期保険金請求書", "松本 里奈")
MESSAGES["498_maturity_claim_docx_my_number_yucho.eml"] = message(
    sender="エグザンプル保険サービス 保全課 松本 <matsumoto.r@example.co.jp>",
    to=["ときわ生命 保全サービスセンター <manki@tokiwa-life.example>"],
    subject="満期保険金のご請求(証券番号 5208-331947 松井様)",
    date="Tue, 04 Nov 2025 10:15:00 +0900", msgid="<20251104101500.498A@example.co.jp>",
    body=("ときわ生命保険株式会社\n保全サービスセンター ご担当者様\n\n"
          "お世話になっております。エグザンプル保険サービスの松本です。\n"
          "証券番号 5208-331947 の満期保険金請求書(個人番号申告書を兼ねるもの)を添付いたします。\n"
          "個人番号の記載がございますので、お取扱いにはご留意ください。\n"
          "本人確認書類の写しは本日簡易書留にて郵送いたしました。\n\n"
          + gsig(AGENCY, "保全課 松本 里奈")),
    attachments=[("満期保険金請求書_5208-331947.docx", DOCX, doc498)])

# ===================================================================================== 499
# Clinic -> dermatologist: 紹介状 (text PDF): kanji 和暦 DOB and the patient's mobile; "港南区在住" is no
# address; the 紹介元 lines repeat the clinic's signature.
pdf499 = text_pdf(pdf_lines([
    (260, "紹 介 状"),
    (420, "令和七年十一月七日"),
    (60, "さくら台皮フ科クリニック  院長 川島 恵 先生 御机下"),
    (60, "患者氏名 木村 彩花 様(女性、三十五歳、横浜市港南区在住)"),
    (60, "平成二年五月十九日生"),
    (60, "連絡先(携帯) 070-4418-2937"),
    (60, "傷病名 アトピー性皮膚炎(増悪)、蕁麻疹の疑い"),
    (60, "平素より大変お世話になっております。上記の患者様につき、ご紹介申し上げます。"),
    (60, "2025年9月頃より四肢屈側の湿疹が増悪し、ステロイド外用(ベタメタゾン吉草酸エステル軟膏)で"),
    (60, "改善が乏しく、夜間のかゆみで不眠を訴えております。ご高診のほどよろしくお願い申し上げます。"),
    (60, "血液検査(2025年11月4日) IgE 2,840 IU/mL、好酸球 9.2%"),
    (60, "紹介元 医療法人社団エグザンプル会 みなと港南クリニック 内科 医師 藤原 孝之"),
    (60, "〒233-0003 神奈川県横浜市港南区港南4-2-10  TEL 045-842-6010  FAX 045-842-6011")]),
    producer="Microsoft Word for Microsoft 365", created="20251107093000")
MESSAGES["499_clinic_referral_pdf_dermatology.eml"] = message(
    sender="みなと港南クリニック 医事課 石田 <ishida.m@example.co.jp>",
    to=["さくら台皮フ科クリニック <info@sakuradai-hifuka.example>"],
    subject="紹介状送付のご連絡(11/14 受診予定 木村様)",
    date="Fri, 07 Nov 2025 09:45:00 +0900", msgid="<20251107094500.499A@example.co.jp>",
    body=("さくら台皮フ科クリニック 御中\n\n"
          "お世話になっております。みなと港南クリニック医事課の石田です。\n"
          "11/14(金)午前に受診予定の患者様について、当院 藤原医師の紹介状(PDF)を事前にお送りします。\n"
          "原本はご本人がお持ちになります。\n\n"
          "よろしくお願いいたします。\n\n"
          + gsig(CLINIC, "医事課 石田 真理子")),
    attachments=[("紹介状_木村様.pdf", "application/pdf", pdf499)])

# ===================================================================================== 500
# Control: the clinic's 年末年始 opening hours, patients in Bcc; only the clinic's own TEL (signature).
MESSAGES["500_control_clinic_opening_hours_notice.eml"] = message(
    sender="みなと港南クリニック <info@example.co.jp>",
    to=["みなと港南クリニック <info@example.co.jp>"],
    bcc=["hanako.t1962@freemail.example", "m-ueda@mail.example.ne.jp", "sato.family@isp.example.jp",
         "k.yoshida@example.org"],
    subject="【みなと港南クリニック】年末年始の診療時間のお知らせ",
    date="Mon, 01 Dec 2025 12:00:00 +0900", msgid="<20251201120000.500A@example.co.jp>",
    body=("患者の皆様へ\n\n"
          "いつも当院をご利用いただき、ありがとうございます。年末年始の診療は次のとおりです。\n\n"
          "  12月27日(土) 9:00〜12:30(午前のみ)\n"
          "  12月28日(日)〜1月4日(日) 休診\n"
          "  1月5日(月)より通常診療(9:00〜12:30 / 14:30〜18:00)\n\n"
          "・お薬が切れる方は 12月26日(金)までにご受診ください(長期処方は最大 30日分)。\n"
          "・インフルエンザ予防接種は 12月24日(水)で終了します(1回 3,800円、65歳以上は市の助成あり)。\n"
          "・休診中の急な病気は、お住まいの市区町村の休日当番医をご確認ください。\n"
          "・Web 予約: https://www.example.co.jp/minato-konan/yoyaku(24時間受付)\n\n"
          "本メールは送信専用です。\n\n"
          + gsig(CLINIC, "受付")),
    mailer=None)

# ===================================================================================== 501
# Control: an insurance agency's product brochure to a prospect; premiums by age; the agency's 0120
# hotline and TEL only in the signature.
pdf501 = text_pdf(pdf_lines([
    (200, "医療保険 すこやかプラス(2025年10月版)"),
    (60, "入院給付金日額 5,000円 / 10,000円   手術給付金 5万円〜20万円   先進医療特約 通算2,000万円まで"),
    (60, "契約年齢 満20歳〜満70歳   保険期間 終身   払込期間 終身払 / 60歳払済 / 65歳払済"),
    (60, "月額保険料の例(日額 5,000円、終身払、口座振替)"),
    (80, "30歳 男性 1,980円   女性 2,140円"),
    (80, "40歳 男性 2,730円   女性 2,690円"),
    (80, "50歳 男性 4,120円   女性 3,580円"),
    (60, "募集文書番号 AG-2025-0412(2025.10)   引受保険会社 あさひが丘生命保険株式会社")]),
    producer="Adobe InDesign 19.5", created="20251001100000")
MESSAGES["501_control_insurer_brochure_hotline_signature.eml"] = message(
    sender="エグザンプル保険サービス 営業部 西村 <nishimura.k@example.co.jp>",
    to=["吉川 様 <yoshikawa.h@mail.example.ne.jp>"],
    subject="医療保険「すこやかプラス」の資料送付",
    date="Wed, 12 Nov 2025 18:05:00 +0900", msgid="<20251112180500.501A@example.co.jp>",
    body=("吉川 様\n\n"
          "先日はお時間をいただき、ありがとうございました。エグザンプル保険サービスの西村です。\n"
          "お話しした医療保険「すこやかプラス」のパンフレット(PDF)をお送りします。\n\n"
          "42歳男性・日額 5,000円・終身払の場合、月額保険料は 2,860円 の見込みです\n"
          "(正式なお見積りは告知内容により変わります)。\n"
          "ご不明な点は下記のお客様専用ダイヤルまでお気軽にお問い合わせください。\n\n"
          + gsig(AGENCY, "営業部 西村 健太")),
    attachments=[("すこやかプラス_パンフレット.pdf", "application/pdf", pdf501)])

# ===================================================================================== 502
# Control: 自動車保険 renewal notice to the policyholder; the 12-digit 証券番号 has a valid My Number
# check digit but no マイナンバー / 個人番号 label.
MESSAGES["502_control_auto_policy_number_12digit.eml"] = message(
    sender="エグザンプル保険サービス 損保課 大野 <ono.s@example.co.jp>",
    to=["岩崎 様 <iwasaki.t@freemail.example>"],
    subject="自動車保険 ご更新のご案内(満期日 2025年12月15日)",
    date="Mon, 17 Nov 2025 10:30:00 +0900", msgid="<20251117103000.502A@example.co.jp>",
    body=("岩崎 様\n\n"
          "いつもお世話になっております。エグザンプル保険サービスの大野です。\n"
          "ご契約中の自動車保険が満期を迎えますので、更新内容をご案内いたします。\n\n"
          f"  保険証券番号 : {POLICY502}\n"
          "  お客様番号   : C-0038817\n"
          "  満期日       : 2025年12月15日 午後4時\n"
          "  更新後の保険期間: 2025年12月15日〜2026年12月15日\n"
          "  ノンフリート等級: 15等級 → 16等級\n"
          "  運転者年齢条件: 35歳以上補償 / 運転者限定: 本人・配偶者限定\n"
          "  年間保険料   : 58,420円(前年 60,110円)\n\n"
          "内容に変更がなければ、お手続きは不要です(前年と同じ口座から 12月27日に振替)。\n"
          "変更がある場合は 12月5日(金)までにご連絡ください。\n\n"
          + gsig(AGENCY, "損保課 大野 翔")),
    cte="quoted-printable")


def main() -> None:
    assert len(MESSAGES) == 10, len(MESSAGES)
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
