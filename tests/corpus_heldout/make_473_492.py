"""Writes held-out messages 473-492 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): RECRUITMENT AND HR, where Japanese
companies leak the most. 株式会社エグザンプル has a 人材紹介事業部 (it sends candidates to client
companies) and its own 人事部 (it hires, onboards, pays and lets go of its own staff).
- Recruitment (473-478): a candidate's 履歴書 (.docx with tables: ふりがな, 氏名, 生年月日, 現住所 with
  〒, 電話, E-mail, 学歴・職歴) and 職務経歴書 (text PDF) sent to the client (473); an interview schedule
  listing five candidates with their mobiles (474); 応募者一覧.xlsx of twelve applicants for the RPO
  (475); a rejected candidate's 履歴書 PDF "returned" to the wrong agency (476); an English reference-
  check summary with two referees' numbers, one abroad (477); PPAP: a ZipCrypto password zip holding a
  履歴書 (478).
- Onboarding (479-483): a 入社手続き mail to a new hire's private address confirming her address and
  mobile, with a 記入例 個人番号 that fails the check digit (479); 資格取得届 data (.xlsx: 個人番号,
  基礎年金番号, 和暦 生年月日, 〒, 住所) to the outside 社労士 office, marked 【取扱注意】 (480); an English
  mail to an immigration lawyer about a foreign hire (Passport No., Residence Card No., DOB, romaji
  address with postal code, mobile) (481); a 扶養控除等申告書 .docx with five dependants' and the
  employee's dates of birth (482); 通勤経路 and 給与振込口座 of two new hires, one ゆうちょ 記号/番号
  (483).
- Offboarding and payroll (484-487): 離職票 data (CSV, CP932) to the 社労士 (484); a retiree's
  源泉徴収票 as a text PDF to her private address, the 支払者 box repeating the sender's own signature
  address and TEL (485); 住民税 特別徴収 (CSV: 市町村コード, 宛名番号, 住所) of six employees to the
  payroll outsourcer (486); 年末調整 扶養控除 data (.xlsx, date cells, 個人番号) of three employees
  and three family members to the tax accountant (487).
- Controls (488-492): a job posting with 求人番号 and salary range to a job board (488); an internal
  interview-room booking (489, pass); English salary bands for open requisitions to an agency (490); a
  company-wide 年末調整 announcement with the 社労士 in Bcc (491); an internal-only new-hire payroll
  CSV with personal data (492: found, but internal mail passes).
The sender's own company (〒105-0011 東京都港区芝公園2-4-1, 03-6453-xxxx) appears only as the sender's
own (signatures, and the 支払者 box of 485 which repeats the signature).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_473_492.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import struct
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


# My Numbers (all labelled): 480 (three new hires), 487 (three employees + three family), 492 (two).
MN480 = [my_no("41827305916"), my_no("58203917462"), my_no("30761849225")]
MN487 = [my_no("62039184751"), my_no("27514068392"), my_no("84120375693"),
         my_no("19384702658"), my_no("73650218944"), my_no("46081927530")]
MN492 = [my_no("35917204866"), my_no("80462351179")]
assert len(set(MN480 + MN487 + MN492)) == 11
# 479: the 記入例 in the onboarding guide is a look-alike: labelled, but its check digit is wrong.
EXAMPLE479 = "123456789012"
assert not in_.is_valid(EXAMPLE479)


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


def sig(dept: str, name_: str, tel: str, extra: str = "") -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name_}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def en_sig(name_: str, title: str, tel: str) -> str:
    return (f"-- \n{name_}\n{title}\nExample Co., Ltd.\n2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011\n"
            f"Tel {tel}\n")


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


# ZipCrypto (traditional PKWARE encryption), written by hand.
def _crc_byte(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def zipcrypto(data: bytes, password: bytes, check: int, seed: bytes) -> bytes:
    k = [0x12345678, 0x23456789, 0x34567890]

    def update(c: int) -> None:
        k[0] = _crc_byte(k[0], c)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], k[1] >> 24)

    for c in password:
        update(c)
    out = bytearray()
    for p in seed[:11] + bytes([check]) + data:
        t = (k[2] | 2) & 0xFFFF
        out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        update(p)
    return bytes(out)


def password_zip(members: list[tuple[str, bytes]], password: bytes) -> bytes:
    """Deflated members, UTF-8 names (flag 0x800), ZipCrypto (flag bit 0)."""
    y, mo, d, h, mi, s = ZIP_DATE
    dtime, ddate = (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d
    flags = 0x800 | 0x1
    out, central = bytearray(), bytearray()
    for n, (name, data) in enumerate(members):
        raw_name = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        comp = zipcrypto(comp, password, crc >> 24, bytes((41 * n + 13 * i + 7) & 0xFF for i in range(11)))
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc, len(comp), len(data),
                           len(raw_name), 0) + raw_name + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc, len(comp),
                               len(data), len(raw_name), 0, 0, 0, 0, 0x20, offset) + raw_name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def rirekisho_docx(*, kana, name_, dob, addr, tel_rows, mail, history, licences, motive, creator) -> bytes:
    """A 履歴書 in the JIS layout, as agencies re-type it in Word: a form table, then 学歴・職歴."""
    form = [["ふりがな", kana], ["氏名", name_], ["生年月日", dob], ["現住所", addr]]
    form += tel_rows
    form += [["E-mail", mail], ["連絡先", "同上(現住所以外に連絡を希望する場合のみ記入)"]]
    body = wp("履 歴 書", bold=True, center=True, size=32)
    body += wp("2025年10月20日現在")
    body += wtable(form, [2000, 7600])
    body += wp()
    body += wtable([["年", "月", "学歴・職歴"], *history], [1100, 800, 7700], header=True)
    body += wp()
    body += wtable([["年", "月", "免許・資格"], *licences], [1100, 800, 7700], header=True)
    body += wp()
    body += wtable([["志望の動機、特技、好きな学科、アピールポイントなど"], [motive]], [9600], header=True)
    return docx(body, "履歴書", creator)


# ===================================================================================== 473
# Agency -> client: a candidate's 履歴書 (.docx, form table) and 職務経歴書 (text PDF, the same
# mobile and mail repeated); one DOB, 〒, address, mobile, mail.
doc473 = rirekisho_docx(
    kana="やまもと さき", name_="山本 沙希", dob="1994年3月12日生(満31歳)",
    addr="〒221-0835 神奈川県横浜市神奈川区鶴屋町2-17-5 ルミエール鶴屋町502",
    tel_rows=[["電話", "080-3925-6614(携帯)"]], mail="saki.yamamoto94@freemail.example",
    history=[["", "", "学歴"], ["2009", "4", "神奈川県立希望ヶ丘高等学校 入学"], ["2012", "3", "神奈川県立希望ヶ丘高等学校 卒業"],
             ["2012", "4", "横浜市立大学 国際総合科学部 入学"], ["2016", "3", "横浜市立大学 国際総合科学部 卒業"],
             ["", "", "職歴"], ["2016", "4", "株式会社ミナト物流 入社 経理部に配属"],
             ["2021", "10", "同社 経理部 連結決算グループ 主任"], ["", "", "現在に至る"], ["", "", "以上"]],
    licences=[["2015", "8", "普通自動車第一種運転免許 取得"], ["2019", "11", "日商簿記検定2級 合格"],
              ["2023", "6", "TOEIC Listening & Reading 820点 取得"]],
    motive="連結決算と開示資料の作成に8年携わりました。製造業の原価計算にも領域を広げたいと考え、志望いたしました。",
    creator="山本 沙希")
pdf473 = text_pdf(pdf_lines([
    (250, "職 務 経 歴 書"), (400, "2025年10月20日現在"), (380, "氏名 山本 沙希"),
    (60, "■職務要約"),
    (60, "株式会社ミナト物流にて約9年間、経理業務に従事。月次・年次決算、連結パッケージの作成、"),
    (60, "監査法人対応を担当。2021年より連結決算グループ主任として3名のメンバーを指導。"),
    (60, "■職務経歴"),
    (60, "2016年4月〜現在 株式会社ミナト物流(従業員数 1,200名 / 資本金 3億円 / 東証スタンダード)"),
    (80, "2016年4月〜2021年9月 経理部 単体決算担当:売掛金・買掛金管理、固定資産、月次決算"),
    (80, "2021年10月〜現在 経理部 連結決算グループ 主任:子会社7社の連結、有価証券報告書の作成補助"),
    (60, "■活かせる経験・知識"),
    (80, "・連結会計システム(DivaSystem)運用 ・IFRS 16 導入プロジェクト(2022年度)"),
    (60, "■連絡先"),
    (80, "携帯 080-3925-6614 / E-mail saki.yamamoto94@freemail.example"),
    (400, "以上")]), producer="Microsoft Word for Microsoft 365", created="20251020093000")
MESSAGES["473_agency_candidate_rirekisho_docx.eml"] = message(
    sender="人材紹介事業部 小野寺 <onodera.k@example.co.jp>",
    to=["東邦精機 人事部 採用ご担当 <saiyo@toho-seiki.example>"],
    subject="【ご推薦】経理スタッフ(求人番号 TS-2025-031)山本 沙希 様",
    date="Mon, 20 Oct 2025 10:05:00 +0900", msgid="<20251020100500.473A@example.co.jp>",
    body=("株式会社東邦精機\n人事部 採用ご担当者様\n\n"
          "いつも大変お世話になっております。エグザンプル人材紹介事業部の小野寺です。\n"
          "経理スタッフ(求人番号 TS-2025-031)のポジションに、下記の方をご推薦いたします。\n\n"
          "  候補者  : 山本 沙希 様(31歳)\n"
          "  現職    : 株式会社ミナト物流 経理部 連結決算グループ 主任\n"
          "  希望年収: 480万円(現年収 455万円)\n"
          "  転職時期: 2026年1月以降(退職交渉は内定後)\n"
          "  面接可能日: 10/27(月)午後、10/29(水)終日\n\n"
          "【推薦理由】\n"
          "連結決算の実務経験が約4年あり、御社が課題とされている子会社連結の早期化にすぐに貢献できる方です。\n\n"
          "履歴書(Word)と職務経歴書(PDF)を添付いたします。書類選考のご結果を 10/24(金)までに\n"
          "いただけますと幸いです。\n\n"
          "何卒よろしくお願いいたします。\n\n"
          + sig("人材紹介事業部", "小野寺 香織", "03-6453-3104")),
    attachments=[("履歴書_山本沙希.docx", DOCX, doc473),
                 ("職務経歴書_山本沙希.pdf", "application/pdf", pdf473)])

# ===================================================================================== 474
# Agency -> client: interview schedule for five candidates, each with the mobile for same-day contact.
MESSAGES["474_agency_interview_schedule_five_mobiles.eml"] = message(
    sender="人材紹介事業部 小野寺 <onodera.k@example.co.jp>",
    to=["北辰工業 人事部 杉本様 <sugimoto.y@hokushin-kogyo.example>"],
    cc=["北辰工業 製造技術部 岡田様 <okada.t@hokushin-kogyo.example>"],
    subject="一次面接日程のご連絡(生産技術職 5名)10/28・10/29",
    date="Tue, 21 Oct 2025 17:42:00 +0900", msgid="<20251021174200.474B@example.co.jp>",
    body=("北辰工業株式会社\n人事部 杉本様\n(CC:製造技術部 岡田様)\n\n"
          "お世話になっております。エグザンプルの小野寺です。\n"
          "生産技術職の一次面接について、候補者5名の日程が確定しましたのでご連絡いたします。\n"
          "会場は御社本社 5F 第2応接室、面接官は岡田様・杉本様のお二人と伺っております。\n\n"
          "■10月28日(火)\n"
          "  10:00-11:00  佐藤 大輔 様  (求職者番号 K-250930-11)  携帯 090-4127-3385\n"
          "  11:30-12:30  伊藤 美咲 様  (求職者番号 K-251001-04)  携帯 080-2264-7190\n"
          "  14:00-15:00  渡辺 翔 様    (求職者番号 K-251003-08)  携帯 070-5836-2417\n"
          "■10月29日(水)\n"
          "  10:00-11:00  高橋 恵理 様  (求職者番号 K-251006-02)  携帯 090-7752-0938\n"
          "  13:30-14:30  中村 拓也 様  (求職者番号 K-251007-15)  携帯 080-6419-3025\n\n"
          "当日、受付でお待たせしている場合や遅刻のご連絡などは、上記の携帯へ直接おかけいただいて\n"
          "差し支えありません(ご本人の了承済みです)。\n"
          "面接後の評価シートは 10/31(金)までにご返送をお願いいたします。\n\n"
          + sig("人材紹介事業部", "小野寺 香織", "03-6453-3104")))

# ===================================================================================== 475
# The company's HR -> its recruitment process outsourcer: 応募者一覧.xlsx of twelve applicants
# (生年月日 and 応募日 as date cells).
APPL475 = [
    ("青木 陽菜", "アオキ ヒナ", "1998-05-14", "164-0001", "東京都中野区中野4-7-2-305", "090-2841-5573", "hina.aoki@freemail.example", "法人営業", "2025-10-01", "求人サイト"),
    ("石井 航", "イシイ ワタル", "1995-11-02", "330-0846", "埼玉県さいたま市大宮区大門町3-88-2", "080-3317-4462", "w.ishii@isp-mail.example", "経理", "2025-10-02", "自社サイト"),
    ("上田 真由", "ウエダ マユ", "2000-02-29", "272-0034", "千葉県市川市市川1-9-14", "070-4482-1906", "mayu.ueda@webmail.example", "総務", "2025-10-02", "求人サイト"),
    ("遠藤 健太", "エンドウ ケンタ", "1991-07-19", "180-0004", "東京都武蔵野市吉祥寺本町2-28-3", "090-6635-2018", "kenta.endo@freemail.example", "法人営業", "2025-10-03", "リファラル"),
    ("大西 里奈", "オオニシ リナ", "1997-09-08", "167-0053", "東京都杉並区西荻南3-12-7", "080-1593-7724", "rina.onishi@isp-mail.example", "人事", "2025-10-06", "求人サイト"),
    ("加藤 大和", "カトウ ヤマト", "1993-12-25", "143-0016", "東京都大田区大森北1-22-9", "090-8204-3316", "yamato.kato@webmail.example", "社内SE", "2025-10-06", "スカウト"),
    ("木村 彩花", "キムラ アヤカ", "1999-04-03", "210-0007", "神奈川県川崎市川崎区駅前本町11-2", "070-2218-6645", "ayaka.k@freemail.example", "法人営業", "2025-10-07", "求人サイト"),
    ("小林 蓮", "コバヤシ レン", "1996-06-30", "532-0011", "大阪府大阪市淀川区西中島5-6-13", "080-7740-2851", "ren.kobayashi@isp-mail.example", "社内SE", "2025-10-08", "自社サイト"),
    ("斎藤 結衣", "サイトウ ユイ", "1994-01-17", "460-0008", "愛知県名古屋市中区栄3-15-27", "090-3361-8802", "yui.saito@webmail.example", "経理", "2025-10-09", "求人サイト"),
    ("清水 悠斗", "シミズ ユウト", "2001-08-11", "812-0011", "福岡県福岡市博多区博多駅前3-4-8", "070-6672-4139", "yuto.shimizu01@freemail.example", "法人営業", "2025-10-10", "スカウト"),
    ("田村 美月", "タムラ ミヅキ", "1992-10-05", "060-0042", "北海道札幌市中央区大通西7-2-1", "080-4408-1967", "mizuki.tamura@isp-mail.example", "総務", "2025-10-14", "求人サイト"),
    ("森田 蒼", "モリタ アオイ", "1990-03-22", "980-0021", "宮城県仙台市青葉区中央2-8-16", "090-1127-5530", "aoi.morita@webmail.example", "社内SE", "2025-10-15", "リファラル"),
]
wb475 = openpyxl.Workbook()
ws475 = wb475.active
ws475.title = "応募者一覧"
ws475.append(["No.", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "応募職種", "応募日", "応募経路", "選考状況"])
for c in ws475[1]:
    c.font = Font(bold=True)
for i, a in enumerate(APPL475, 1):
    ws475.append([i, a[0], a[1], dt.date.fromisoformat(a[2]), a[3], a[4], a[5], a[6], a[7], dt.date.fromisoformat(a[8]), a[9], "書類選考中"])
    ws475.cell(row=i + 1, column=4).number_format = "yyyy/mm/dd"
    ws475.cell(row=i + 1, column=10).number_format = "yyyy/mm/dd"
for col, w in zip("ABCDEFGHIJKL", [5, 12, 16, 12, 10, 36, 15, 32, 10, 12, 12, 12], strict=False):
    ws475.column_dimensions[col].width = w
MESSAGES["475_att_oubosha_ichiran_xlsx_rpo.eml"] = message(
    sender="人事部 採用グループ 三浦 <miura.a@example.co.jp>",
    to=["リクルートパートナーズ 採用代行チーム <rpo-team@recruit-partners.example>"],
    subject="10月前半の応募者一覧(12名)送付:一次スクリーニングのお願い",
    date="Thu, 16 Oct 2025 11:20:00 +0900", msgid="<20251016112000.475C@example.co.jp>",
    body=("株式会社リクルートパートナーズ\n採用代行チーム ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル人事部の三浦です。\n"
          "10/1〜10/15 の応募者一覧(12名)を添付いたします。\n"
          "いつもどおり、電話での一次スクリーニング(希望条件・転職時期の確認)をお願いします。\n"
          "結果は共有シートの「選考状況」列に 10/24 までにご記入ください。\n\n"
          "職種別の内訳: 法人営業 4名 / 社内SE 3名 / 経理 2名 / 総務 2名 / 人事 1名\n\n"
          + sig("人事部 採用グループ", "三浦 明日香", "03-6453-1243")),
    attachments=[("応募者一覧_202510前半.xlsx", XLSX, fixed_xlsx(wb475, "三浦 明日香"))])

# ===================================================================================== 476
# The company's HR returns a rejected candidate's 履歴書 (text PDF) to an agency - the wrong one: the
# PDF's own footer names another agency. 平成元年 DOB, 〒, Kobe address, home phone, mobile, mail.
pdf476 = text_pdf(pdf_lines([
    (260, "履 歴 書"), (400, "2025年9月29日現在"),
    (60, "ふりがな  かわぐち なおき"), (60, "氏名  川口 直樹"),
    (60, "生年月日  平成元年6月14日生(満36歳)  性別 男"),
    (60, "現住所  〒650-0021 兵庫県神戸市中央区三宮町1-5-20 サンシャイン三宮804"),
    (60, "電話  078-391-5527(自宅) / 090-5513-8264(携帯)"),
    (60, "E-mail  naoki.kawaguchi@freemail.example"),
    (60, "学歴・職歴"),
    (80, "2008年3月  兵庫県立長田高等学校 卒業"),
    (80, "2012年3月  神戸大学 経済学部 卒業"),
    (80, "2012年4月  株式会社サンヨー商事 入社 営業本部"),
    (80, "2019年7月  株式会社六甲ロジスティクス 入社 購買部 主任(現在に至る)"),
    (60, "免許・資格"),
    (80, "2011年9月  普通自動車第一種運転免許 取得"),
    (80, "2020年2月  ビジネス実務法務検定2級 合格"),
    (60, "本人希望記入欄  勤務地は関西圏を希望します。"),
    (60, "推薦元: 株式会社ジョブリンク 神戸オフィス(担当 西田)")], step=22),
    producer="Adobe PDF Library 23.8", created="20250929181500")
MESSAGES["476_rejected_candidate_docs_wrong_agency_pdf.eml"] = message(
    sender="人事部 採用グループ 三浦 <miura.a@example.co.jp>",
    to=["キャリアブリッジ 法人営業部 <corp-sales@career-bridge.example>"],
    subject="選考結果のご連絡および応募書類のご返却(川口 直樹 様)",
    date="Fri, 17 Oct 2025 15:10:00 +0900", msgid="<20251017151000.476D@example.co.jp>",
    body=("株式会社キャリアブリッジ\n法人営業部 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル人事部の三浦です。\n"
          "先日ご推薦いただきました購買担当ポジションの候補者 川口 直樹 様につきまして、\n"
          "社内で慎重に検討いたしましたが、今回はご期待に沿えない結果となりました。\n"
          "お預かりしていた応募書類(履歴書)をご返却いたしますので、ご本人へのご連絡を\n"
          "よろしくお願いいたします。弊社控えは本日付で破棄いたしました。\n\n"
          "引き続き、購買・物流系のポジションでのご紹介をお待ちしております。\n\n"
          + sig("人事部 採用グループ", "三浦 明日香", "03-6453-1243")),
    attachments=[("履歴書_川口直樹.pdf", "application/pdf", pdf476)])

# ===================================================================================== 477
# English reference-check summary to the client: two referees (a Tokyo office line + mobile + mail,
# a Sydney number + mail); ticket-like references and dates are nothing.
MESSAGES["477_en_reference_check_notes.eml"] = message(
    sender="Hannah Okuda <okuda.h@example.co.jp>",
    to=["Emma Clarke <e.clarke@northwind-pharma.example>"],
    subject="Reference check summary - Aiko Ishida (Regulatory Affairs Manager, req. NW-RA-014)",
    date="Wed, 22 Oct 2025 18:25:00 +0900", msgid="<20251022182500.477E@example.co.jp>",
    body=("Dear Emma,\n\n"
          "As promised, here is the summary of the two reference calls for Aiko Ishida (our candidate\n"
          "ref. CAN-25-0921). She gave her written consent on 15 October 2025 and named both referees.\n\n"
          "Referee 1 - Takeshi Nomura, former Head of Regulatory Affairs, Kanto Seiyaku (her manager 2018-2023)\n"
          "  Office: +81 3-5276-4418 / Mobile: 090-6218-4470\n"
          "  Email: nomura.takeshi@kanto-seiyaku.example\n"
          "  Called 20 Oct, 25 min. \"Very thorough with PMDA submissions; led the 2021 renewal of\n"
          "  three marketing authorisations. Would hire her again without hesitation.\"\n"
          "  Development area: delegates late when deadlines are tight.\n\n"
          "Referee 2 - Rachel Green, Senior Manager, Meridian Health ANZ (Sydney), peer 2023-2025\n"
          "  Phone: +61 2 5550 3187\n"
          "  Email: rachel.green@meridian-health.example\n"
          "  Called 21 Oct, 20 min. \"Calm with regulators, excellent written English, builds good\n"
          "  relationships with global teams.\" No concerns raised.\n\n"
          "Both referees are happy to be contacted by you directly if you need more detail.\n"
          "Aiko is available for the final interview on 28 or 30 October; notice period is two months.\n\n"
          "Best regards,\nHannah\n\n"
          + en_sig("Hannah Okuda", "Senior Consultant, Life Sciences Recruitment", "+81 3-6453-3117")))

# ===================================================================================== 478
# PPAP: a ZipCrypto password zip holding a 履歴書 .docx; the body names only the candidate and ids.
doc478 = rirekisho_docx(
    kana="いしはら ゆうた", name_="石原 悠太", dob="1990年8月27日生(満35歳)",
    addr="〒150-0031 東京都渋谷区桜丘町22-14 桜丘レジデンス1102",
    tel_rows=[["電話", "090-2274-6158(携帯)"]], mail="yuta.ishihara@freemail.example",
    history=[["", "", "学歴"], ["2013", "3", "早稲田大学 理工学部 卒業"], ["", "", "職歴"],
             ["2013", "4", "株式会社ネクサスシステムズ 入社"], ["", "", "現在に至る"]],
    licences=[["2016", "4", "基本情報技術者試験 合格"]],
    motive="決済基盤の開発経験を活かしたいと考えています。", creator="石原 悠太")
zip478 = password_zip([("履歴書_職務経歴書_K-251002-03.docx", doc478)], password=b"Rk8!vQ2m#t")
MESSAGES["478_ppap_rirekisho_zip.eml"] = message(
    sender="人材紹介事業部 石田 <ishida.m@example.co.jp>",
    to=["ノースゲート 人事部 採用担当 <recruit@northgate-tech.example>"],
    subject="【ご推薦】バックエンドエンジニア 石原 様(K-251002-03)応募書類",
    date="Thu, 23 Oct 2025 09:48:00 +0900", msgid="<20251023094800.478F@example.co.jp>",
    body=("株式会社ノースゲート\n人事部 採用ご担当者様\n\n"
          "お世話になっております。エグザンプル人材紹介事業部の石田です。\n"
          "バックエンドエンジニア(求人 NG-BE-07)に、石原 様(求職者番号 K-251002-03)をご推薦いたします。\n\n"
          "履歴書・職務経歴書はパスワード付きZIPファイルにてお送りします。\n"
          "パスワードは別メールにてお送りいたします。\n\n"
          "面接可能日: 10/30(木)、11/4(火)、11/6(木) いずれも 14時以降\n\n"
          + sig("人材紹介事業部", "石田 真人", "03-6453-3121")),
    attachments=[("応募書類_K-251002-03.zip", "application/zip", zip478)])

# ===================================================================================== 479
# 入社手続き to a new hire's private address: her 〒/address and mobile to confirm; a 記入例 個人番号
# (1234 5678 9012, wrong check digit) and the pension number's format without digits are nothing.
MESSAGES["479_onboarding_guide_new_hire_private_mail.eml"] = message(
    sender="人事部 労務グループ 須藤 <sudo.e@example.co.jp>",
    to=["大野 真帆 様 <maho.ono.0208@freemail.example>"],
    subject="【エグザンプル】入社手続きのご案内(11月4日入社)",
    date="Mon, 20 Oct 2025 13:30:00 +0900", msgid="<20251020133000.479G@example.co.jp>",
    body=("大野 真帆 様\n\n"
          "このたびは当社への入社をご決断いただき、ありがとうございます。\n"
          "人事部 労務グループの須藤です。入社手続きについてご案内いたします。\n\n"
          "■入社日   2025年11月4日(火) 9:00 本社 7F 受付にお越しください\n"
          "■社員番号 E25-1104\n\n"
          "■ご登録の住所・連絡先(内定承諾書の記載内容)\n"
          "  〒273-0031 千葉県船橋市西船4-19-3 西船ハイツ201\n"
          "  携帯 070-3318-2946\n"
          "  変更がある場合は、入社手続きフォームで修正してください。\n\n"
          "■ご提出いただくもの(10/31 までに入社手続きフォームへ入力・アップロード)\n"
          "  1. マイナンバー(個人番号):個人番号カードの表裏の写し\n"
          "     フォームには12桁を続けて入力してください(記入例:個人番号 1234 5678 9012)\n"
          "  2. 基礎年金番号:基礎年金番号通知書または年金手帳の写し(「4桁-6桁」の10桁の番号です)\n"
          "  3. 雇用保険被保険者証(前職のある方)\n"
          "  4. 給与振込口座の届出(ご本人名義の口座)\n"
          "  5. 令和7年分 扶養控除等(異動)申告書\n"
          "  6. 通勤経路届(最寄駅から浜松町駅まで)\n"
          "  7. 前職の源泉徴収票(令和7年中に退職された方)\n\n"
          "※マイナンバーや口座番号は、このメールへの返信では送らないでください。\n"
          "  必ず入社手続きフォーム(https://onboarding.example.co.jp/)からご提出ください。\n\n"
          "ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
          + sig("人事部 労務グループ", "須藤 恵美", "03-6453-1261")))

# ===================================================================================== 480
# 資格取得届 data (.xlsx) for three new hires to the outside 社労士: 和暦 生年月日 as text, 個人番号 as
# text, 基礎年金番号 4-6, 〒, 住所; 資格取得年月日 and 報酬月額 are nothing. Subject says 【取扱注意】.
wb480 = openpyxl.Workbook()
ws480 = wb480.active
ws480.title = "資格取得届"
ws480.append(["被保険者資格取得届 入力データ(令和7年11月4日 入社分)"])
ws480.append(["事業所整理記号", "01-エクサ", "事業所番号", "28417"])
ws480.append([])
ws480.append(["No.", "氏名", "フリガナ", "性別", "生年月日", "個人番号", "基礎年金番号", "郵便番号", "住所",
              "資格取得年月日", "報酬月額(円)", "被扶養者"])
for c in ws480[4]:
    c.font = Font(bold=True)
NEW480 = [("大野 真帆", "オオノ マホ", "女", "平成11年2月8日", MN480[0], "4417-283915", "273-0031",
           "千葉県船橋市西船4-19-3 西船ハイツ201", 260000, "無"),
          ("佐々木 健", "ササキ ケン", "男", "平成6年10月23日", MN480[1], "2391-604718", "181-0013",
           "東京都三鷹市下連雀3-35-1 パークハイツ三鷹305", 320000, "無"),
          ("原田 あかり", "ハラダ アカリ", "女", "昭和63年7月2日", MN480[2], "5102-837264", "331-0812",
           "埼玉県さいたま市北区宮原町2-41-7", 380000, "有(子1名)")]
for i, r in enumerate(NEW480, 1):
    ws480.append([i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], "令和7年11月4日", r[8], r[9]])
    ws480.cell(row=4 + i, column=6).number_format = "@"
    ws480.cell(row=4 + i, column=11).number_format = "#,##0"
for col, w in zip("ABCDEFGHIJKL", [5, 12, 14, 6, 16, 16, 14, 10, 40, 16, 12, 12], strict=False):
    ws480.column_dimensions[col].width = w
MESSAGES["480_att_shikaku_shutoku_xlsx_sharoushi.eml"] = message(
    sender="人事部 労務グループ 須藤 <sudo.e@example.co.jp>",
    to=["あおば社会保険労務士事務所 <office@aoba-sr.example>"],
    subject="【取扱注意】11/4入社 3名分 資格取得届データのご送付",
    date="Wed, 05 Nov 2025 10:15:00 +0900", msgid="<20251105101500.480H@example.co.jp>",
    body=("あおば社会保険労務士事務所\n青葉先生\n\n"
          "いつもお世話になっております。エグザンプル人事部の須藤です。\n"
          "11月4日入社の3名について、健康保険・厚生年金保険の資格取得届と\n"
          "雇用保険の資格取得届の作成をお願いいたします。入力データを添付します。\n\n"
          "・原田様は被扶養者(お子様1名)がいるため、被扶養者(異動)届も併せてお願いします。\n"
          "  お子様の情報は、別途扶養の書類がそろい次第お送りします。\n"
          "・電子申請の控えは、いつもの共有フォルダに格納してください。\n\n"
          + sig("人事部 労務グループ", "須藤 恵美", "03-6453-1261")),
    attachments=[("資格取得届データ_20251104入社.xlsx", XLSX, fixed_xlsx(wb480, "須藤 恵美"))])

# ===================================================================================== 481
# English: a foreign graduate hire's details to an immigration lawyer (行政書士): Date of Birth, a
# Vietnamese Passport No. (letter + 7 digits), Residence Card No., romaji address with its postal code,
# mobile; the period of stay, start date and salary are nothing.
MESSAGES["481_en_foreign_hire_status_change_lawyer.eml"] = message(
    sender="Mika Sudo <sudo.e@example.co.jp>",
    to=["Kaneko Immigration Law Office <info@kaneko-gyosei.example>"],
    subject="Change of status of residence - new graduate hire NGUYEN THI LAN (start 1 April 2026)",
    date="Tue, 28 Oct 2025 16:05:00 +0900", msgid="<20251028160500.481J@example.co.jp>",
    body=("Dear Mr. Kaneko,\n\n"
          "Thank you for your time on the phone last week. As discussed, we would like your office to\n"
          "handle the change of status of residence for our new graduate hire. Her details:\n\n"
          "  Name:               NGUYEN THI LAN\n"
          "  Nationality:        Viet Nam\n"
          "  Date of Birth:      21 June 1997\n"
          "  Passport No.:       C7301846 (valid until 09 May 2031)\n"
          "  Residence Card No.: RT48213960KQ\n"
          "  Current status:     Student, period of stay until 31 March 2026\n"
          "  Requested status:   Engineer/Specialist in Humanities/International Services\n"
          "  Address in Japan:   Room 305, 4-11-2 Kameido, Koto-ku, Tokyo 136-0071\n"
          "  Mobile:             080-4471-2093\n"
          "  School:             Tokyo International Business College, graduating March 2026\n\n"
          "Employment terms: start 1 April 2026, Overseas Sales (Vietnam market), annual salary\n"
          "JPY 3,900,000, full time, open-ended contract. The signed offer letter is dated 10 October 2025.\n\n"
          "She can visit your office with her passport and residence card on 6 or 7 November.\n"
          "Please let us know which documents you need from the company side.\n\n"
          "Kind regards,\nMika Sudo\n\n"
          + en_sig("Mika Sudo", "HR Operations", "+81 3-6453-1261")))

# ===================================================================================== 482
# 扶養控除等(異動)申告書 as a .docx to the payroll outsourcer: the employee's DOB, spouse, mother (別居,
# her own 〒 and address in Matsuyama), two children under 16: five DOBs in the 生年月日 column + one in
# the form; no 個人番号 (submitted through the My Number system).
body482 = wp("令和7年分 給与所得者の扶養控除等(異動)申告書 記載内容", bold=True, center=True, size=26)
body482 += wp("(ペイロールワン 入力用。原本は当社で保管しています)")
body482 += wtable([["所属", "営業二課"], ["社員番号", "E18-0412"], ["氏名", "松本 浩二(マツモト コウジ)"],
                   ["生年月日", "1986年9月3日"], ["住所", "〒215-0004 神奈川県川崎市麻生区万福寺1-12-5"],
                   ["個人番号", "マイナンバー管理システムにて提出済み"], ["世帯主", "本人"]], [2200, 7400])
body482 += wp()
body482 += wp("主たる給与から控除を受ける", bold=True)
body482 += wtable([["区分", "氏名", "続柄", "生年月日", "同居・別居", "別居の場合の住所", "所得の見積額"],
                   ["源泉控除対象配偶者", "松本 由美", "妻", "1988年1月25日", "同居", "", "0円"],
                   ["老人扶養親族", "松本 和子", "母", "1952年4月18日", "別居",
                    "〒790-0003 愛媛県松山市三番町4-8-11", "780,000円"]],
                  [1700, 1300, 700, 1500, 1000, 2600, 1000], header=True)
body482 += wp()
body482 += wp("住民税に関する事項(16歳未満の扶養親族)", bold=True)
body482 += wtable([["氏名", "続柄", "生年月日", "同居・別居"],
                   ["松本 陽翔", "長男", "2016年7月9日", "同居"],
                   ["松本 柚葉", "長女", "2019年11月30日", "同居"]], [3000, 1500, 3000, 2100], header=True)
MESSAGES["482_att_fuyou_koujo_docx_payroll_outsourcer.eml"] = message(
    sender="人事部 給与グループ 大森 <omori.c@example.co.jp>",
    to=["ペイロールワン 給与計算センター <center@payroll-one.example>"],
    subject="扶養控除等申告書(松本 E18-0412)異動分のご連絡",
    date="Fri, 24 Oct 2025 14:40:00 +0900", msgid="<20251024144000.482K@example.co.jp>",
    body=("株式会社ペイロールワン\n給与計算センター ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル人事部 給与グループの大森です。\n"
          "社員番号 E18-0412 松本について、10月よりお母様を扶養に加えるとの申告がありました。\n"
          "異動後の扶養控除等申告書の記載内容を Word にまとめましたので、11月支給分から\n"
          "源泉徴収税額の計算に反映をお願いいたします。\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")),
    attachments=[("扶養控除等申告書_E18-0412_異動.docx", DOCX, docx(body482, "扶養控除等申告書", "大森 千佳"))])

# ===================================================================================== 483
# 通勤経路 and 給与振込口座 of two new hires to the payroll outsourcer: 〒 + address each, a 普通 account
# and a ゆうちょ 記号/番号; 定期代 amounts and 社員番号 are nothing.
MESSAGES["483_new_hires_commute_route_salary_account.eml"] = message(
    sender="人事部 給与グループ 大森 <omori.c@example.co.jp>",
    to=["ペイロールワン 給与計算センター <center@payroll-one.example>"],
    subject="11/4入社者 通勤手当・給与振込口座の登録依頼(2名)",
    date="Thu, 06 Nov 2025 11:02:00 +0900", msgid="<20251106110200.483L@example.co.jp>",
    body=("株式会社ペイロールワン\n給与計算センター ご担当者様\n\n"
          "お世話になっております。エグザンプルの大森です。\n"
          "11/4 入社者のうち、通勤経路届と口座の届出がそろった2名分をお送りします。\n"
          "11月25日支給の給与から反映をお願いいたします(11月分は日割り)。\n\n"
          "【1】佐々木 健(社員番号 E25-1107)\n"
          "  住所    :〒181-0013 東京都三鷹市下連雀3-35-1 パークハイツ三鷹305\n"
          "  通勤経路:JR中央線 三鷹 → 神田、JR山手線 神田 → 浜松町(1か月定期 19,330円)\n"
          "  振込口座:みずほ銀行 三鷹支店 普通 3820571\n\n"
          "【2】原田 あかり(社員番号 E25-1108)\n"
          "  住所    :〒331-0812 埼玉県さいたま市北区宮原町2-41-7\n"
          "  通勤経路:JR高崎線 宮原 → 上野、JR山手線 上野 → 浜松町(1か月定期 25,740円)\n"
          "  振込口座:ゆうちょ銀行 記号 10390 番号 48120371\n\n"
          "残る1名(大野)は書類がそろい次第ご連絡します。\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")))

# ===================================================================================== 484
# 離職証明書 input data (CSV, CP932) for a leaver to the 社労士: "項目,内容" rows (DOB, 郵便番号, 住所,
# 電話番号) then the wage table; 被保険者番号, 事業所番号, 離職年月日, periods, amounts are nothing.
rows484 = [["項目", "内容"],
           ["事業所番号", "1301-512874-3"], ["被保険者番号", "5029-417263-8"],
           ["氏名", "長谷川 亮"], ["フリガナ", "ハセガワ リョウ"], ["生年月日", "1981/12/07"],
           ["離職年月日", "2025/09/30"], ["離職理由", "4(1) 自己都合(転職のため)"],
           ["郵便番号", "144-0052"], ["住所", "東京都大田区蒲田5-21-9 グランシティ蒲田402"],
           ["電話番号", "090-3846-1127"], ["離職票の送付先", "本人住所へ郵送"],
           [],
           ["被保険者期間算定対象期間", "基礎日数", "賃金支払対象期間", "基礎日数", "賃金額(円)", "備考"]]
for m, days in [(9, 30), (8, 31), (7, 31), (6, 30), (5, 31), (4, 30)]:
    rows484.append([f"2025/{m:02d}/01〜2025/{m:02d}/{days}", str(days), f"{m}/1〜{m}/{days}", str(days),
                    f"{352400 + (9 - m) * 1200:,}", ""])
csv484 = csv_bytes(None, rows484, "cp932")
MESSAGES["484_att_rishokuhyo_data_csv_sharoushi.eml"] = message(
    sender="人事部 労務グループ 須藤 <sudo.e@example.co.jp>",
    to=["あおば社会保険労務士事務所 <office@aoba-sr.example>"],
    subject="9/30退職者 離職証明書の作成依頼(長谷川)",
    date="Tue, 07 Oct 2025 09:55:00 +0900", msgid="<20251007095500.484M@example.co.jp>",
    body=("あおば社会保険労務士事務所\n青葉先生\n\n"
          "お世話になっております。エグザンプルの須藤です。\n"
          "9月30日付で退職した長谷川について、ご本人から離職票の交付希望がありました。\n"
          "離職証明書の作成と資格喪失届の提出をお願いいたします。入力データ(CSV)を添付します。\n"
          "賃金台帳の写しは、共有フォルダの「2025_退職者」に格納済みです。\n\n"
          + sig("人事部 労務グループ", "須藤 恵美", "03-6453-1261")),
    attachments=[("離職証明書データ_長谷川.csv", "text/csv", csv484)])

# ===================================================================================== 485
# A retiree's 源泉徴収票 as a text PDF to her private address: 〒 + address, 受給者生年月日 over 元号 / 年
# / 月 / 日 with spaces; the 支払者 box repeats the sender's own signature (address, TEL): not findings.
pdf485 = text_pdf(pdf_lines([
    (200, "令和7年分 給与所得の源泉徴収票"),
    (60, "支払を受ける者  住所又は居所  〒352-0001 埼玉県新座市東北2-30-18 エステート新座305"),
    (60, "(受給者番号) 0233    (役職名) 主任"),
    (60, "氏名  (フリガナ) コイケ ノリコ   小池 典子"),
    (60, "種別 給料・賞与   支払金額 3,812,400   給与所得控除後の金額 2,626,680"),
    (60, "所得控除の額の合計額 963,215   源泉徴収税額 75,600"),
    (60, "社会保険料等の金額 573,215   生命保険料の控除額 40,000   地震保険料の控除額 0"),
    (60, "(摘要) 前職分の加算なし"),
    (60, "中途就・退職  退職  令和7年9月30日"),
    (60, "受給者生年月日  昭和  54年  2月  26日"),
    (60, "支払者  住所(居所)又は所在地  東京都港区芝公園2-4-1"),
    (60, "支払者  氏名又は名称  株式会社エグザンプル   (電話) 03-6453-1250")], step=24),
    producer="PCA Kyuyo DX", created="20251015100000")
MESSAGES["485_att_gensen_choshuhyo_pdf_retiree.eml"] = message(
    sender="人事部 給与グループ 大森 <omori.c@example.co.jp>",
    to=["小池 典子 様 <noriko.koike@isp-mail.example>"],
    subject="令和7年分 源泉徴収票(退職者用)の送付",
    date="Wed, 15 Oct 2025 10:30:00 +0900", msgid="<20251015103000.485N@example.co.jp>",
    body=("小池 典子 様\n\n"
          "在職中は大変お世話になりました。エグザンプル人事部 給与グループの大森です。\n"
          "9月30日付ご退職に伴い、令和7年分の源泉徴収票(PDF)をお送りします。\n"
          "転職先での年末調整、または確定申告の際にご提出ください。\n"
          "原本が必要な場合は、郵送いたしますのでお知らせください。\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")),
    attachments=[("源泉徴収票_令和7年分_0233.pdf", "application/pdf", pdf485)])

# ===================================================================================== 486
# 住民税 特別徴収 list (CSV, CP932) of six employees for the payroll outsourcer: 市町村コード, 指定番号,
# 宛名番号 (10 digits, none a phone number), 住所 without 〒 (six addresses), amounts.
rows486 = [
    ("東京都世田谷区", "131121", "00274610", "1004418203", "E12-0118", "山口 誠", "東京都世田谷区経堂2-14-6", 312600, 26100, 26050),
    ("神奈川県横浜市", "141003", "20391847", "1002837461", "E15-0321", "中島 麻衣", "神奈川県横浜市港北区日吉本町1-19-8", 181300, 15200, 15100),
    ("埼玉県川口市", "112038", "00312877", "2928174635", "E17-0509", "小松 大地", "埼玉県川口市栄町3-7-22", 145900, 12300, 12100),
    ("千葉県船橋市", "122041", "00087215", "2019384756", "E19-0702", "井上 沙織", "千葉県船橋市前原西2-8-15", 98400, 8400, 8200),
    ("大阪府大阪市", "271004", "30118264", "3301928475", "E20-0115", "藤田 隼人", "大阪府大阪市西区北堀江1-12-4", 204700, 17200, 17050),
    ("埼玉県さいたま市", "111007", "00519362", "1120394857", "E21-0410", "岡本 千尋", "埼玉県さいたま市浦和区高砂2-6-19", 167500, 14100, 13900),
]
for r in rows486:
    assert not r[3].startswith("0") and len(r[3]) == 10, r
csv486 = csv_bytes(["市区町村", "市町村コード", "特別徴収義務者指定番号", "宛名番号", "社員番号", "氏名", "住所",
                    "年税額", "6月分", "7月分以降"],
                   [[*r[:7], str(r[8] + 11 * r[9]), str(r[8]), str(r[9])] for r in rows486], "cp932")
MESSAGES["486_att_juminzei_tokucho_csv_payroll.eml"] = message(
    sender="人事部 給与グループ 大森 <omori.c@example.co.jp>",
    to=["ペイロールワン 給与計算センター <center@payroll-one.example>"],
    subject="令和7年度 住民税特別徴収税額 通知受領分(6名)",
    date="Fri, 30 May 2025 17:20:00 +0900", msgid="<20250530172000.486P@example.co.jp>",
    body=("株式会社ペイロールワン\n給与計算センター ご担当者様\n\n"
          "お世話になっております。エグザンプルの大森です。\n"
          "各市区町村から令和7年度の特別徴収税額決定通知書が届いた6名分を CSV にまとめました。\n"
          "6月支給の給与から新税額での控除をお願いします。\n"
          "残りの通知書(約40名分)は来週まとめてお送りします。\n\n"
          "※住所は通知書に記載の住所(令和7年1月1日現在)です。\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")),
    attachments=[("特別徴収税額_R7_受領分_6名.csv", "text/csv", csv486)])

# ===================================================================================== 487
# 年末調整: 扶養控除 data (.xlsx) of three employees and three family members to the tax accountant:
# 生年月日 date cells and 個人番号 text cells (six each); the 保険料控除 sheet's 証券番号 are nothing.
wb487 = openpyxl.Workbook()
ws487 = wb487.active
ws487.title = "扶養控除等申告書"
ws487.append(["社員番号", "区分", "氏名", "続柄", "生年月日", "個人番号", "所得の見積額(円)"])
for c in ws487[1]:
    c.font = Font(bold=True)
FAM487 = [("E12-0118", "本人", "山口 誠", "本人", "1978-06-11", MN487[0], 7850000),
          ("E12-0118", "源泉控除対象配偶者", "山口 絵美", "妻", "1980-02-19", MN487[1], 0),
          ("E12-0118", "控除対象扶養親族", "山口 颯太", "長男", "2007-09-04", MN487[2], 0),
          ("E15-0321", "本人", "中島 麻衣", "本人", "1989-12-03", MN487[3], 4620000),
          ("E17-0509", "本人", "小松 大地", "本人", "1984-05-27", MN487[4], 5980000),
          ("E17-0509", "源泉控除対象配偶者", "小松 智子", "妻", "1986-10-15", MN487[5], 480000)]
for i, f in enumerate(FAM487, 2):
    ws487.append([f[0], f[1], f[2], f[3], dt.date.fromisoformat(f[4]), f[5], f[6]])
    ws487.cell(row=i, column=5).number_format = "yyyy/mm/dd"
    ws487.cell(row=i, column=6).number_format = "@"
    ws487.cell(row=i, column=7).number_format = "#,##0"
for col, w in zip("ABCDEFG", [10, 18, 12, 6, 12, 16, 16], strict=False):
    ws487.column_dimensions[col].width = w
ws487b = wb487.create_sheet("保険料控除申告書")
ws487b.append(["社員番号", "保険会社等の名称", "保険等の種類", "証券番号", "保険期間", "本年中に支払った保険料等の金額(円)"])
for row in [("E12-0118", "第一フロンティア生命", "一般(終身)", "S2019-0083415", "終身", 96000),
            ("E12-0118", "あおぞら損保", "地震保険", "JK-7718204", "1年", 31200),
            ("E17-0509", "はなまる生命", "介護医療", "HM-20230512-44", "10年", 42000)]:
    ws487b.append(list(row))
MESSAGES["487_att_nenmatsu_chosei_xlsx_tax_accountant.eml"] = message(
    sender="人事部 給与グループ 大森 <omori.c@example.co.jp>",
    to=["みなと税理士法人 年末調整チーム <nencho@minato-tax.example>"],
    subject="令和7年分 年末調整 申告書データ(第1回送付:3名)",
    date="Tue, 18 Nov 2025 18:10:00 +0900", msgid="<20251118181000.487Q@example.co.jp>",
    body=("みなと税理士法人\n年末調整チーム ご担当者様\n\n"
          "お世話になっております。エグザンプル人事部 給与グループの大森です。\n"
          "令和7年分 年末調整の申告書データ(第1回、3名分)を Excel でお送りします。\n"
          "シート「扶養控除等申告書」に本人・家族の情報、「保険料控除申告書」に保険料の内訳を入れています。\n"
          "残りの社員分は 11/28 までに順次お送りします。\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")),
    attachments=[("年末調整データ_第1回_3名.xlsx", XLSX, fixed_xlsx(wb487, "大森 千佳"))])

# ===================================================================================== 488
# Control: a job posting to a job board: 求人番号 (ハローワーク 5-8 digits), 原稿ID, salary range, hours,
# 勤務地 by ward and station only; no applicant, no phone: plain hold.
MESSAGES["488_control_job_posting_kyujin_bango.eml"] = message(
    sender="人事部 採用グループ 三浦 <miura.a@example.co.jp>",
    to=["ジョブメディア 入稿窓口 <nyuko@jobmedia.example>"],
    subject="求人原稿 入稿のお願い(法人営業 / 原稿ID JM-2511-0442)",
    date="Mon, 27 Oct 2025 10:40:00 +0900", msgid="<20251027104000.488R@example.co.jp>",
    body=("株式会社ジョブメディア\n入稿窓口 ご担当者様\n\n"
          "お世話になっております。エグザンプル人事部の三浦です。\n"
          "11/4 掲載開始分の求人原稿をお送りします。ハローワークにも同じ内容で公開済みです。\n\n"
          "────────────────────────\n"
          "原稿ID      : JM-2511-0442\n"
          "求人番号    : 13010-28471051(ハローワーク品川)\n"
          "職種        : 法人営業(製造業向けソリューション)\n"
          "雇用形態    : 正社員(試用期間3か月、条件変更なし)\n"
          "給与        : 月給 28万円〜42万円 / 想定年収 420万円〜650万円(賞与年2回、昨年度実績 4.2か月)\n"
          "勤務地      : 本社(港区・JR浜松町駅 徒歩5分)\n"
          "勤務時間    : 9:00〜17:45(休憩60分)、フレックスタイム制(コアタイム 10:00〜15:00)\n"
          "休日休暇    : 完全週休2日制(土日祝)、年間休日125日、年末年始 12/29〜1/3\n"
          "応募資格    : 法人営業経験3年以上、普通自動車第一種運転免許\n"
          "選考        : 書類選考 → 一次面接 → 最終面接(2〜3週間)\n"
          "応募方法    : 採用サイトのエントリーフォームから(電話での応募受付は行っていません)\n"
          "掲載期間    : 2025/11/04〜2025/12/01(4週間)\n"
          "────────────────────────\n\n"
          "校正原稿は 10/30(木)までにいただけますと助かります。\n\n"
          + sig("人事部 採用グループ", "三浦 明日香", "03-6453-1243")))

# ===================================================================================== 489
# Control (internal only): interview-room booking with applicant ids, rooms, times, 内線: pass.
MESSAGES["489_control_int_interview_room_booking.eml"] = message(
    sender="人事部 採用グループ 三浦 <miura.a@example.co.jp>",
    to=["総務部 施設予約 <facility@example.co.jp>"],
    cc=["人事部 採用グループ 田中 <tanaka.s@example.co.jp>"],
    subject="面接用会議室の予約依頼(11/5・11/6)",
    date="Thu, 30 Oct 2025 12:05:00 +0900", msgid="<20251030120500.489S@example.co.jp>",
    body=("総務部 施設予約ご担当 各位\n\n"
          "人事部の三浦です。中途採用の面接で、下記のとおり会議室の予約をお願いします。\n\n"
          "  11/5(水) 10:00〜12:00  7F 702会議室  一次面接 2件(応募者ID A-2025-0412 / A-2025-0418)\n"
          "  11/6(木) 14:00〜16:00  7F 703会議室  最終面接 1件(応募者ID A-2025-0397)\n"
          "  11/6(木) 16:00〜16:30  7F 703会議室  面接官の振り返り\n\n"
          "来訪者受付には「中途採用面接」として各日 3 名まで事前登録をお願いします。\n"
          "当日の問い合わせは三浦(内線 1243)または田中(内線 1247)までお願いします。\n\n"
          + sig("人事部 採用グループ", "三浦 明日香", "03-6453-1243")))

# ===================================================================================== 490
# Control: English salary bands for open requisitions to an outside agency: requisition ids, grades,
# JPY ranges, headcount, fee terms: plain hold.
MESSAGES["490_control_en_salary_bands_agency.eml"] = message(
    sender="Asuka Miura <miura.a@example.co.jp>",
    to=["Daniel Brooks <d.brooks@talentbridge-asia.example>"],
    subject="Open requisitions and salary bands - Q4 2025",
    date="Mon, 03 Nov 2025 09:15:00 +0900", msgid="<20251103091500.490T@example.co.jp>",
    body=("Hi Daniel,\n\n"
          "Following our call, here are the requisitions we would like your team to work on this quarter,\n"
          "with the approved salary bands (annual base, JPY, before bonus):\n\n"
          "  Req. ID      Position                    Grade  Band (JPY)          Openings\n"
          "  -----------  --------------------------  -----  ------------------  --------\n"
          "  JR-2025-118  Senior Backend Engineer     G6     8.0M - 11.0M        2\n"
          "  JR-2025-121  Product Manager             G6     9.0M - 12.5M        1\n"
          "  JR-2025-124  Accounting Staff            G3     4.5M - 6.0M         1\n"
          "  JR-2025-130  HR Business Partner         G5     7.0M - 9.0M         1\n\n"
          "Bonus is 2 payments a year (4.2 months in FY2024). Interview process: screening call,\n"
          "two technical or panel rounds, final with the division head; we aim for 3 weeks end to end.\n"
          "Fee terms as in the agreement of 1 April 2025: 35% of first-year base, 3-month guarantee.\n\n"
          "Please send CVs through the agency portal rather than by e-mail.\n\n"
          "Best regards,\nAsuka\n\n"
          + en_sig("Asuka Miura", "Talent Acquisition, HR", "+81 3-6453-1243")))

# ===================================================================================== 491
# Control: company-wide 年末調整 announcement to all staff, the outside 社労士 office in Bcc: deadlines,
# a warning not to mail My Numbers, 内線 numbers, a URL: plain hold (Bcc recipient is external).
MESSAGES["491_control_nenmatsu_announcement_bcc_sharoushi.eml"] = message(
    sender="人事部 給与グループ <kyuyo@example.co.jp>",
    to=["全社員 <all-staff@example.co.jp>"],
    bcc=["あおば社会保険労務士事務所 <office@aoba-sr.example>"],
    subject="【全社】令和7年分 年末調整の手続きについて(提出期限 11/14)",
    date="Mon, 27 Oct 2025 08:30:00 +0900", msgid="<20251027083000.491U@example.co.jp>",
    body=("社員各位\n\n"
          "人事部 給与グループです。令和7年分の年末調整を下記のとおり行います。\n\n"
          "1. 提出するもの(年末調整システムで入力)\n"
          "   ・令和8年分 扶養控除等(異動)申告書\n"
          "   ・令和7年分 基礎控除申告書 兼 配偶者控除等申告書 兼 所得金額調整控除申告書\n"
          "   ・令和7年分 保険料控除申告書(控除証明書はスキャンしてアップロード)\n"
          "2. 入力期間  11月4日(火)〜11月14日(金)17:00\n"
          "3. 説明会    11月5日(水)12:15〜12:45 7F 大会議室(Teams 同時配信、録画あり)\n"
          "4. システム  https://nencho.example.co.jp/(社内ネットワークまたは VPN から)\n"
          "5. 還付・徴収 12月25日支給の給与で精算します\n\n"
          "※マイナンバーや口座番号をメールで送らないでください。システム以外での提出は受け付けません。\n"
          "※中途入社の方は、前職の源泉徴収票を 11/14 までに人事部へ提出してください。\n\n"
          "問い合わせ:人事部 給与グループ 大森(内線 1250)・吉川(内線 1252)\n\n"
          + sig("人事部 給与グループ", "大森 千佳", "03-6453-1250")))

# ===================================================================================== 492
# Internal only (payroll. subdomain): new-hire payroll CSV with DOB, 個人番号, 基礎年金番号, 〒, 住所,
# mobile and 普通 account for two: found, but internal mail passes.
csv492 = csv_bytes(["社員番号", "氏名", "生年月日", "個人番号", "基礎年金番号", "郵便番号", "住所", "携帯電話",
                    "銀行名", "支店名", "口座種別", "口座番号", "入社日"],
                   [["E25-1109", "森 由香里", "1996-03-15", MN492[0], "3170-482916", "231-0023",
                     "神奈川県横浜市中区山下町112-3 ベイコート山下704", "080-2951-7734", "三井住友銀行", "横浜駅前支店", "普通", "6029183", "2025-11-04"],
                    ["E25-1110", "Daniel Weber", "1988-11-30", MN492[1], "6024-918273", "106-0032",
                     "東京都港区六本木6-8-21 六本木ヒルズレジデンスB棟1203", "090-4385-1126", "三菱UFJ銀行", "六本木支店", "普通", "0482715", "2025-11-04"]],
                   "utf-8-sig")
MESSAGES["492_int_new_hire_payroll_csv_internal.eml"] = message(
    sender="人事部 労務グループ 須藤 <sudo.e@example.co.jp>",
    to=["給与計算チーム <payroll-team@payroll.example.co.jp>"],
    cc=["人事部 給与グループ 大森 <omori.c@example.co.jp>"],
    subject="11/4入社 給与マスタ登録データ(森・Weber)/ New-hire payroll master data",
    date="Wed, 05 Nov 2025 15:45:00 +0900", msgid="<20251105154500.492V@example.co.jp>",
    body=("給与計算チーム 各位 / Payroll team,\n\n"
          "人事部の須藤です。11/4 入社の2名分の給与マスタ登録データを添付します(社内限り)。\n"
          "Attached is the payroll master data for the two 4 November joiners (internal use only).\n"
          "Weber さんは英語対応が必要です。給与明細の英語版テンプレートを使ってください。\n\n"
          + sig("人事部 労務グループ", "須藤 恵美", "03-6453-1261")),
    attachments=[("給与マスタ登録_20251104入社.csv", "text/csv", csv492)])


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
