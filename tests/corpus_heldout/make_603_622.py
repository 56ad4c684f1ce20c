"""Writes held-out messages 603-622 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): FORMS AS REAL OFFICE / PDF ATTACHMENTS,
NOT PASTED. example.co.jp is 株式会社エグザンプル, 本社 〒105-0011 東京都港区芝公園2-4-1, 代表 03-6453-1000;
example.co.jp and its subdomains (osaka., hoken.) are internal, everything else external.
- Excel 方眼紙 forms (.xlsx written with openpyxl, zip rewritten with fixed dates): one digit per cell (a
  個人番号 in 12 cells after its label cell, phones with "-" cells between the groups, 郵便番号 3 cells "-"
  4 cells), merged label cells, labels above the row of digit cells or in the first cell of the row, 生年月日
  with era choice cells (□昭和 ■平成, ○/● marks) and 年 / 月 / 日 in separate cells, an address over
  都道府県 / 市区町村 / 番地 / 建物 cells: 入社時提出書類 (603), a family membership with a card (609), 団体保険
  加入申込 list of six (613), an English residence-card renewal sheet of three (617), an internal 緊急連絡網
  (620, internal), four 駐車場 applications below every list threshold (622).
- Word forms (.docx built by hand, tables with gridSpan label cells, digits one per cell): two 口座振替
  依頼書 (605), a 賃貸 (社宅) 申込書 with the licence number in 12 cells (611), an internal 扶養親族 sheet
  with three 個人番号 in cells (615, internal), a golf club 法人会員 入会申込書 with a client's 法人番号 in
  13 cells (619).
- PDF forms with a text layer: an English business-visa application (607, Helvetica), a 生命保険 申込書
  with digits drawn one per box (621, Type0 HeiseiKakuGo with ToUnicode).
- Controls (8), no personal data at all: a 方眼紙 注文書 with a 12-digit 商品コード passing the My Number check,
  a JAN passing the 法人番号 check and a 見積番号 shaped like an 03 number (604), a shift roster whose hours
  row passes the My Number check (606), a seat map (608, internal), an exam score sheet with 12-digit 受験番号
  (610), a business calendar (612), an inspection checklist with a 12-digit 製造番号 (614), an invoice PDF
  with the company's details only in the signature (616), a blank 入社時提出書類 template (618).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_603_622.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from stdnum import luhn
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2026, 1, 19, 9, 0, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def corp_no(base12: str) -> str:
    return cn.calc_check_digit(base12) + base12


def luhn_no(base15: str) -> str:
    return base15 + luhn.calc_check_digit(base15)


def ean13(base12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64") -> bytes:
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


# ---- zip / OOXML --------------------------------------------------------------------------

def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(creator: str, title: str = "") -> str:
    t = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-13T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-19T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str = "user") -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


# ---- Excel 方眼紙 ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")
LEFT = Alignment(horizontal="left", vertical="center")


def grid_sheet(ws, ncols: int, width: float = 2.9) -> None:
    """Make ws an Excel 方眼紙: ncols narrow columns of equal width."""
    for c in range(1, ncols + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = width


def put_row(ws, r: int, c: int, items, *, num: bool = False, border: bool = True) -> int:
    """Write items into row r from column c. An item is a str / int (one cell) or a tuple (text, span)
    (one cell merged over span columns). With num=True, single digits go in as numbers (as typed in Excel).
    Returns the next free column."""
    for it in items:
        text, span = (it if isinstance(it, tuple) else (it, 1))
        cell = ws.cell(row=r, column=c)
        if num and isinstance(text, str) and len(text) == 1 and text.isdigit():
            cell.value = int(text)
        else:
            cell.value = text if text != "" else None
        cell.alignment = CENTER if span == 1 else LEFT
        if border:
            for k in range(span):
                ws.cell(row=r, column=c + k).border = BOX
        if span > 1:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)
        c += span
    return c


def title(ws, r: int, text: str, ncols: int, size: int = 14) -> None:
    ws.cell(row=r, column=1, value=text).font = Font(size=size, bold=True)
    ws.cell(row=r, column=1).alignment = CENTER
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)


def note(ws, r: int, c: int, text: str, span: int = 20) -> None:
    ws.cell(row=r, column=c, value=text).alignment = LEFT
    ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)


def d(s: str) -> list[str]:
    """A value as it is typed into a 方眼紙: one character per cell."""
    return list(s)


# ---- Word (.docx by hand) ------------------------------------------------------------------

NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"


def rels(items) -> str:
    out = [XML, f'<Relationships xmlns="{NS_PKG}">']
    for rid, typ, target in items:
        full = ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                if typ == "core-properties" else REL + typ)
        out.append(f'<Relationship Id="{rid}" Type="{full}" Target={quoteattr(target)}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(overrides: dict[str, str]) -> str:
    out = [XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
           '<Default Extension="xml" ContentType="application/xml"/>']
    for part, ct in overrides.items():
        out.append(f'<Override PartName="/{part}" ContentType="{ct}"/>')
    out.append("</Types>")
    return "".join(out)


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(text: str = "", *, bold: bool = False, size: int | None = None, center: bool = False) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{wr(text, rpr) if text else ''}</w:p>"


def wform(rows, ncols: int, total: int = 9638) -> str:
    """A Word form table on a grid of ncols equal columns. A row is a list of cells: str (one grid
    column) or (text, span) (a cell over span grid columns, w:gridSpan)."""
    colw = total // ncols
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{colw}"/>' for _ in range(ncols))
    trs = []
    for row in rows:
        tcs = []
        used = 0
        for cell in row:
            text, span = (cell if isinstance(cell, tuple) else (cell, 1))
            used += span
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            jc = "" if span > 1 else '<w:pPr><w:jc w:val="center"/></w:pPr>'
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{colw * span}" w:type="dxa"/>{gs}<w:vAlign w:val="center"/></w:tcPr>'
                       f"<w:p>{jc}{wr(text) if text else ''}</w:p></w:tc>")
        assert used == ncols, (used, ncols, row)
        trs.append('<w:tr><w:trPr><w:trHeight w:val="397"/></w:trPr>' + "".join(tcs) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{colw * ncols}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def docx(body: str, *, title: str, creator: str) -> bytes:
    doc = (XML + f'<w:document xmlns:w="{W}" xmlns:r="{NS_R}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
           'w:left="1134" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (XML + f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝"/><w:sz w:val="20"/>'
              '<w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    return zip_parts([
        ("[Content_Types].xml", content_types({"word/document.xml": CT_W + "document.main+xml",
                                               "word/styles.xml": CT_W + "styles+xml",
                                               "docProps/core.xml": CORE_CT})),
        ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml"),
                              ("rId2", "core-properties", "docProps/core.xml")])),
        ("docProps/core.xml", core_props(creator, title)),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", rels([("rId1", "styles", "styles.xml")])),
        ("word/styles.xml", styles)])


# ---- PDF with a text layer -------------------------------------------------------------------

def pdf(items, *, producer: str, created: str, japanese: bool = True) -> bytes:
    """One A4 page. items: ("t", x, y, size, text) one text object each (a digit in a box is its own
    text object, as form software draws it), ("r", x, y, w, h) a stroked box, ("l", x1, y1, x2, y2) a line.
    japanese=True: Type0 font HeiseiKakuGo-W5 (UniJIS-UCS2-H) with a ToUnicode CMap; else Helvetica."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes) -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"

    add(b"")
    add(b"")
    texts = [it for it in items if it[0] == "t"]
    if japanese:
        highs = sorted({ord(ch) >> 8 for it in texts for ch in it[4]})
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
    else:
        font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")

    def enc(t: str) -> bytes:
        if japanese:
            return b"<" + t.encode("utf-16-be").hex().upper().encode() + b">"
        return b"(" + t.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = b"0.5 w\n"
    for it in items:
        if it[0] == "t":
            _, x, y, sz, t = it
            content += b"BT /F1 %d Tf %.1f %.1f Td %s Tj ET\n" % (sz, x, y, enc(t))
        elif it[0] == "r":
            content += b"%.1f %.1f %.1f %.1f re S\n" % it[1:]
        else:
            content += b"%.1f %.1f m %.1f %.1f l S\n" % it[1:]
    contents = add(stream(content))
    page = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
               b"/Contents %d 0 R >>" % (font, contents))
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


def boxes(x: float, y: float, chars: str, size: int = 11, w: float = 15, h: float = 18):
    """Digits one per box from (x, y): each box a rectangle, each digit its own text object; '-' is
    drawn between boxes without a box. Returns (items, x after the last box)."""
    items = []
    for ch in chars:
        if ch == "-":
            items.append(("t", x + 2, y + 4, size, "-"))
            x += 9
            continue
        items.append(("r", x, y, w, h))
        items.append(("t", x + 4, y + 4, size, ch))
        x += w
    return items, x


# ---- the company's own details (signatures) --------------------------------------------------
HQ_POST = "〒105-0011"
HQ_ADDR = "東京都港区芝公園2-4-1"
HQ_TEL = "03-6453-1000"


def sig(dept: str, name: str, direct: str | None, mail: str) -> str:
    lines = [SIGDASH, f"株式会社エグザンプル {dept}", name, f"{HQ_POST} {HQ_ADDR}",
             f"TEL {HQ_TEL}（代表）" + (f" / 直通 {direct}" if direct else ""), mail]
    return "\n".join(lines)


# ===================================================================================== 603
# 人事部 -> external 社労士: 入社時提出書類 as an Excel 方眼紙: 個人番号 in 12 cells after its label cell, 基礎年金
# 番号 4 cells "-" 6 cells, 生年月日 with □昭和 ■平成 □令和 cells and 年 / 月 / 日 cells, 〒 3 cells "-" 4 cells, the
# address over 都道府県 / 市区町村 / 番地 / 建物 cells (sub-labels above), mobile and the father's number in cells
# with "-" cells, a 普通 account in 7 cells, the wife's row in a 扶養家族 table (labels above the digit
# cells). 雇用保険被保険者番号 (4-6-1), 提出日, 入社日 are no findings -> confirm.
MN603_SELF = my_no("48201937561")
MN603_WIFE = my_no("73015286449")


def wb603():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "入社時提出書類"
    grid_sheet(ws, 32)
    title(ws, 1, "入社時提出書類（従業員情報・給与振込口座）", 32)
    put_row(ws, 3, 17, [("提出日", 4), ("令和", 2), "8", "年", "1", "月", "1", "9", "日"], num=True)
    put_row(ws, 5, 1, [("氏名", 6), ("佐々木 亮介", 12), ("フリガナ", 4), ("ササキ リョウスケ", 10)])
    put_row(ws, 7, 1, [("生年月日", 6), ("□昭和", 3), ("■平成", 3), ("□令和", 3), "0", "7", "年", "1", "1", "月",
                       "2", "3", "日", ("性別", 3), ("■男 □女", 4)], num=True)
    put_row(ws, 9, 1, [("個人番号", 6), *d(MN603_SELF), ("（マイナンバー）", 14)], num=True)
    put_row(ws, 11, 1, [("基礎年金番号", 6), *d("1372"), "-", *d("408215"), ("", 15)], num=True)
    put_row(ws, 12, 1, [("雇用保険被保険者番号", 6), *d("5031"), "-", *d("628417"), "-", "3", ("", 13)], num=True)
    put_row(ws, 14, 1, [("郵便番号", 6), "〒", *d("211"), "-", *d("0064"), ("", 17)], num=True)
    put_row(ws, 15, 1, [("", 6), ("都道府県", 5), ("市区町村", 7), ("番地", 8), ("建物名・部屋番号", 6)])
    put_row(ws, 16, 1, [("住所", 6), ("神奈川県", 5), ("川崎市中原区", 7), ("今井南町28-7", 8), ("パークハイム今井南305", 6)])
    put_row(ws, 18, 1, [("携帯電話", 6), *d("080"), "-", *d("4471"), "-", *d("2936"), ("", 13)], num=True)
    put_row(ws, 19, 1, [("緊急連絡先", 6), ("佐々木 正（父）", 7), *d("044"), "-", *d("766"), "-", *d("3182"), ("", 7)],
            num=True)
    note(ws, 21, 1, "■給与振込口座", 10)
    put_row(ws, 22, 1, [("金融機関名", 6), ("横浜銀行", 7), ("支店名", 4), ("武蔵小杉支店", 7), ("預金種目", 4),
                        ("■普通 □当座", 4)])
    put_row(ws, 23, 1, [("口座番号", 6), *d("2710394"), ("口座名義（カナ）", 6), ("ｻｻｷ ﾘｮｳｽｹ", 13)], num=True)
    note(ws, 25, 1, "■扶養家族（配偶者・子）", 12)
    put_row(ws, 26, 1, [("氏名", 5), ("続柄", 2), ("生年月日", 11), ("個人番号", 12), ("同居", 2)])
    put_row(ws, 27, 1, [("佐々木 美穂", 5), ("妻", 2), ("平成", 2), "0", "8", "年", "0", "4", "月", "0", "2", "日",
                        *d(MN603_WIFE), ("○", 2)], num=True)
    put_row(ws, 28, 1, [("", 5), ("", 2), ("", 2), *[""] * 9, *[""] * 12, ("", 2)])
    put_row(ws, 30, 1, [("入社日", 6), ("令和", 2), "8", "年", "0", "2", "月", "0", "1", "日", ("配属", 4),
                        ("営業本部 第二営業部", 11)], num=True)
    note(ws, 32, 1, "※ 個人番号は番号確認書類（通知カードの写し）と照合済みです。", 28)
    return fixed_xlsx(wb, "yamamoto")


MESSAGES["603_xlsx_hoganshi_nyusha_mynumber_pension_account.eml"] = message(
    sender="人事部 労務グループ 山本 香織 <yamamoto.kaori@example.co.jp>",
    to=["社会保険労務士法人みなと労務 手続きセンター <tetsuzuki@minato-roumu.example>"],
    subject="【入社手続き】2/1入社 佐々木様 入社時提出書類の送付",
    date="Mon, 19 Jan 2026 10:12:00 +0900", msgid="<20260119101200.603A@example.co.jp>",
    body=L("社会保険労務士法人みなと労務",
           "手続きセンター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル人事部の山本です。",
           "2月1日入社予定の佐々木さんの入社時提出書類（当社の Excel 様式）をお送りします。",
           "資格取得届（健康保険・厚生年金・雇用保険）と、配偶者の扶養認定の手続きをお願いいたします。",
           "",
           "・雇用保険は前職で加入していたため、被保険者番号を記入してもらっています。",
           "・配偶者の年収見込みは 80 万円程度とのことです（パート勤務）。",
           "・給与振込口座は 2 月分の給与から使用します。",
           "",
           "不足の書類があればご連絡ください。",
           "よろしくお願いいたします。",
           "",
           sig("人事部 労務グループ", "山本 香織", "03-6453-1024", "yamamoto.kaori@example.co.jp")),
    attachments=[("入社時提出書類_佐々木亮介.xlsx", XLSX, wb603())])


# ===================================================================================== 604
# Control: 購買 -> external supplier: 方眼紙 注文書: a 12-digit 商品コード in cells that passes the My Number
# check (402138572065), a JAN in 13 cells that also passes the 法人番号 check (4571234000273), a 見積番号
# 0312448761 in cells (shaped like an 03 number), 得意先コード, quantities one digit per cell, 発注日 / 納品希望日
# with 令和 cells; 納品先 is the company's own office without an address -> plain hold.
JAN604_A = "4571234000273"
assert cn.is_valid(JAN604_A) and ean13(JAN604_A[:12]) == JAN604_A
MN604 = my_no("40213857206")


def wb604():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "注文書"
    grid_sheet(ws, 34)
    title(ws, 1, "注　文　書", 34, 16)
    put_row(ws, 3, 1, [("発注番号", 5), *d("2601"), "-", *d("0087")], num=True)
    put_row(ws, 3, 20, [("発注日", 4), ("令和", 2), "8", "年", "1", "月", "2", "0", "日"], num=True)
    put_row(ws, 4, 1, [("見積番号", 5), *d("0312448761")], num=True)
    note(ws, 6, 1, "株式会社ミドリ事務機 御中", 16)
    note(ws, 6, 20, "株式会社エグザンプル 総務部 購買グループ", 14)
    put_row(ws, 7, 1, [("得意先コード", 5), *d("004412")], num=True)
    note(ws, 7, 20, "担当：石井（内線 2214）", 14)
    put_row(ws, 9, 1, [("No.", 2), ("商品コード", 12), ("品名", 10), ("数量", 3), ("単位", 2), ("単価", 5)])
    lines = [("1", MN604, "コピー用紙 A4 500枚×5冊", "024", "箱", "2,180"),
             ("2", "402138573010", "ボールペン 0.5mm 黒 10本", "012", "箱", "980"),
             ("3", "402139110588", "クリアファイル A4 100枚", "006", "袋", "1,450"),
             ("4", "402140026639", "付箋 75×75 黄 20冊", "010", "箱", "1,760")]
    for i, (no, code, name, qty, unit, price) in enumerate(lines):
        put_row(ws, 10 + i, 1, [(no, 2), *d(code), (name, 10), *d(qty), (unit, 2), (price, 5)], num=True)
    note(ws, 15, 1, "■食品・飲料（JANコード）", 12)
    put_row(ws, 16, 1, [("No.", 2), ("JANコード", 13), ("品名", 9), ("数量", 3), ("単位", 2), ("単価", 5)])
    put_row(ws, 17, 1, [("5", 2), *d(JAN604_A), ("ミネラルウォーター 500ml×24", 9), *d("030"), ("ケース", 2),
                        ("1,980", 5)], num=True)
    put_row(ws, 18, 1, [("6", 2), *d(ean13("490123456789")), ("ドリップコーヒー 100袋", 9), *d("008"), ("箱", 2),
                        ("2,400", 5)], num=True)
    put_row(ws, 20, 1, [("納品希望日", 5), ("令和", 2), "8", "年", "0", "2", "月", "0", "3", "日"], num=True)
    put_row(ws, 20, 20, [("合計金額", 4), ("¥185,878（税込）", 10)])
    put_row(ws, 21, 1, [("納品先", 5), ("本社 3階 総務部 購買グループ（所在地は従来どおり）", 29)])
    put_row(ws, 22, 1, [("備考", 5), ("飲料は地下1階の搬入口でお受け取りします（10:00-16:00）。", 29)])
    return fixed_xlsx(wb, "ishii")


MESSAGES["604_xlsx_hoganshi_order_form_product_codes.eml"] = message(
    sender="総務部 購買グループ 石井 達也 <ishii.tatsuya@example.co.jp>",
    to=["株式会社ミドリ事務機 受注センター <juchu@midori-jimuki.example>"],
    subject="注文書送付（発注番号 2601-0087）",
    date="Tue, 20 Jan 2026 09:40:00 +0900", msgid="<20260120094000.604A@example.co.jp>",
    body=L("株式会社ミドリ事務機",
           "受注センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル総務部の石井です。",
           "1月分の事務用品・飲料の注文書をお送りします（発注番号 2601-0087、御見積 0312448761 に基づく）。",
           "納品は 2月3日（火）でお願いいたします。",
           "",
           "コピー用紙は 24 箱のうち 12 箱を先に、残りを翌週に分けていただいても構いません。",
           "受注確認書を FAX ではなくメールでいただけますと助かります。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("総務部 購買グループ", "石井 達也", "03-6453-1187", "ishii.tatsuya@example.co.jp")),
    attachments=[("注文書_2601-0087.xlsx", XLSX, wb604())])


# ===================================================================================== 605
# 会員サービス部 -> external 収納代行: two 口座振替依頼書 as .docx (Word tables, gridSpan labels), digits one
# per cell: 口座番号 7 cells with ■普通, 〒 3 + 4 cells, 電話番号 in cells with "-"; 委託者番号, 顧客番号,
# 金融機関コード, 支店コード are no findings -> confirm (2 accounts, 2 〒, 2 addresses, 2 phones).
def furikae_docx(cust_no, bank, branch, bank_code, branch_code, account, kana, post, addr, phone, date_txt):
    rows = [
        [("委託者番号", 4), *d("30417726"), ("委託者名", 3), ("株式会社エグザンプル", 5)],
        [("顧客番号", 4), *d(cust_no), ("申込日", 2), (date_txt, 4)],
        [("金融機関名", 4), (bank, 6), ("支店名", 3), (branch, 7)],
        [("金融機関コード", 4), *d(bank_code), ("支店コード", 3), *d(branch_code), ("", 6)],
        [("預金種目", 4), ("■普通　□当座", 6), ("口座番号", 3), *d(account)],
        [("口座名義（カナ）", 4), (kana, 16)],
        [("郵便番号", 4), *d(post[:3]), "-", *d(post[4:]), ("", 8)],
        [("住所", 4), (addr, 16)],
        [("電話番号", 4), *phone, ("", 20 - 4 - len(phone))],
        [("お届け印", 4), ("", 16)],
    ]
    body = (wp("預金口座振替依頼書・自動払込利用申込書", bold=True, size=28, center=True)
            + wp("株式会社ジャパン収納サービス 行　／　収納企業：株式会社エグザンプル（会報誌「エグザンプル通信」定期購読料）")
            + wform(rows, 20)
            + wp("私は、上記の預金口座から口座振替により支払うことを依頼します。振替日は毎月27日（休日の場合は翌営業日）です。"))
    return docx(body, title="口座振替依頼書", creator="kaiin-service")


DOCX605_A = furikae_docx("2601004183", "常陽銀行", "水戸駅前支店", "0130", "071", "2613084", "ｵｵﾂｶ ﾐﾂﾙ",
                         "310-0015", "茨城県水戸市宮町2-5-14", [*d("029"), "-", *d("224"), "-", *d("6183")],
                         "令和8年1月9日")
DOCX605_B = furikae_docx("2601004197", "埼玉りそな銀行", "浦和中央支店", "0017", "101", "0473916", "ﾓﾘﾀ ﾕｷ",
                         "330-0063", "埼玉県さいたま市浦和区高砂3-9-22 サンライズ浦和402",
                         [*d("048"), "-", *d("822"), "-", *d("5517")], "令和8年1月13日")

MESSAGES["605_docx_direct_debit_forms_two_accounts.eml"] = message(
    sender="会員サービス部 定期購読グループ 岡本 真理 <okamoto.mari@example.co.jp>",
    to=["株式会社ジャパン収納サービス 事務センター <jimu-center@japan-shuno.example>"],
    subject="口座振替依頼書 2件送付（委託者番号 30417726）",
    date="Wed, 21 Jan 2026 14:05:00 +0900", msgid="<20260121140500.605A@example.co.jp>",
    body=L("株式会社ジャパン収納サービス",
           "事務センター ご担当者様",
           "",
           "お世話になっております。エグザンプル会員サービス部の岡本です。",
           "会報誌の定期購読者から届いた口座振替依頼書 2 件を、Word の様式に入力してお送りします。",
           "原本は本日、簡易書留で発送しました。",
           "",
           "・大塚様（顧客番号 2601004183）",
           "・森田様（顧客番号 2601004197）",
           "",
           "3月27日の振替分から開始できるよう、金融機関への登録をお願いいたします。",
           "",
           sig("会員サービス部 定期購読グループ", "岡本 真理", None, "okamoto.mari@example.co.jp")),
    attachments=[("口座振替依頼書_2601004183.docx", DOCX, DOCX605_A),
                 ("口座振替依頼書_2601004197.docx", DOCX, DOCX605_B)])


# ===================================================================================== 606
# Control: 物流センター -> external staffing agency: February shift roster as a grid of hours (0/4/6/8 one
# per day cell); two staff rows' first 12 days (0 8 8 6 8 8 0 0 8 8 8 8 and 0 8 6 8 8 8 0 0 8 8 8 0) pass the
# My Number check by chance, under no label but a staff code; totals, a legend of times -> plain hold.
HOURS606 = {
    "S-1042": "088688008888" + "0088888008888008",
    "S-1057": "886880088868" + "0086880088680088",
    "S-1063": "086888008880" + "0888880088868800",
    "S-1071": "400444004440" + "0444004440044400",
    "S-1088": "668800886680" + "0668800886680066",
}
assert mynumber.is_valid(HOURS606["S-1042"][:12]) and mynumber.is_valid(HOURS606["S-1063"][:12])


def wb606():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2月シフト"
    grid_sheet(ws, 33, 3.2)
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 11
    ws.column_dimensions["AE"].width = 6
    title(ws, 1, "2026年2月 勤務シフト表（第2物流センター 出荷チーム・派遣スタッフ分）", 31)
    put_row(ws, 3, 1, ["スタッフNo.", "氏名", *[str(i) for i in range(1, 29)], "合計"])
    wd = "日月火水木金土"
    put_row(ws, 4, 1, ["", "", *[wd[i % 7] for i in range(28)], "時間"])
    names = {"S-1042": "田村 恵", "S-1057": "小池 拓也", "S-1063": "原田 由美", "S-1071": "松井 翔", "S-1088": "関 美咲"}
    for i, (code, hours) in enumerate(HOURS606.items()):
        put_row(ws, 5 + i, 1, [code, names[code], *hours, sum(int(h) for h in hours)], num=True)
    put_row(ws, 10, 1, ["必要人数", "", *["3" if wd[i % 7] in "日土" else "4" for i in range(28)], ""], num=True)
    note(ws, 12, 1, "凡例：8 = 9:00-18:00（休憩60分）／6 = 9:00-16:00／4 = 13:00-17:00／0 = 休み", 28)
    note(ws, 13, 1, "※ 2/11（水・祝）は通常稼働。2/23（月・祝）は出荷なし（全員 0）に変更予定。", 28)
    return fixed_xlsx(wb, "center2")


MESSAGES["606_xlsx_shift_roster_hours_grid.eml"] = message(
    sender="第2物流センター 出荷チーム 吉川 浩二 <yoshikawa.koji@example.co.jp>",
    to=["株式会社ワークサポート 派遣事業部 <haken@work-support.example>"],
    subject="2月 派遣スタッフ様 シフト表の送付",
    date="Thu, 22 Jan 2026 17:30:00 +0900", msgid="<20260122173000.606A@example.co.jp>",
    body=L("株式会社ワークサポート 派遣事業部",
           "ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル第2物流センターの吉川です。",
           "2月の派遣スタッフ様 5 名分のシフト表（Excel）をお送りします。",
           "",
           "・各日の数字は勤務時間です（8 / 6 / 4、0 は休み）。",
           "・2月23日（祝）は出荷がなくなる見込みのため、確定次第 0 に差し替えます。",
           "・必要人数は平日 4 名、土日 3 名です。不足日の補充をご相談させてください。",
           "",
           "ご確認のほど、よろしくお願いいたします。",
           "",
           sig("第2物流センター 出荷チーム", "吉川 浩二", None, "yoshikawa.koji@example.co.jp")),
    attachments=[("シフト表_2026年2月_派遣.xlsx", XLSX, wb606())])


# ===================================================================================== 607
# 総務部 -> external visa agency: an English business-visa application as a PDF with a text layer
# (Helvetica): Date of birth 14/02/1983, Passport No. TS5029184, a romaji home address with its postal
# code, a +81 mobile, his company mail, the Indian host company's +91 number; Employer address / phone
# repeat the sender's signature; issue / expiry / arrival dates are no DOBs -> confirm.
def pdf607() -> bytes:
    rows = [
        (50, 790, 14, "BUSINESS VISA APPLICATION FORM - APPLICANT DETAILS"),
        (50, 772, 9, "Application ID: BV260114-08312      Visa type: Business (multiple entry, 1 year)"),
        (50, 745, 11, "Part A - Applicant"),
        (60, 727, 10, "1. Surname: MORITA"),
        (60, 711, 10, "2. Given name(s): KENJI"),
        (60, 695, 10, "3. Sex: Male        Marital status: Married"),
        (60, 679, 10, "4. Date of birth (DD/MM/YYYY): 14/02/1983"),
        (60, 663, 10, "5. Place of birth: SENDAI, MIYAGI, JAPAN"),
        (60, 647, 10, "6. Nationality: JAPAN"),
        (60, 631, 10, "7. Passport No.: TS5029184"),
        (60, 615, 10, "8. Place of issue: TOKYO    Date of issue: 03/06/2021    Date of expiry: 03/06/2031"),
        (50, 590, 11, "Part B - Contact details"),
        (60, 572, 10, "9. Present address: 3-15-8 Nishikubo, Musashino-shi, Tokyo"),
        (60, 556, 10, "    Postal code: 180-0013"),
        (60, 540, 10, "10. Mobile: +81 90-2718-4453"),
        (60, 524, 10, "11. E-mail: kenji.morita@example.co.jp"),
        (50, 499, 11, "Part C - Employer"),
        (60, 481, 10, "12. Employer: Example Co., Ltd."),
        (60, 465, 10, "13. Employer address: 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011"),
        (60, 449, 10, "14. Employer phone: +81 3-6453-1000"),
        (60, 433, 10, "15. Designation: Senior Engineer, Quality Assurance"),
        (50, 408, 11, "Part D - Visit"),
        (60, 390, 10, "16. Purpose of visit: Supplier plant audit and business meetings"),
        (60, 374, 10, "17. Expected date of arrival: 09/03/2026    Duration of stay: 12 days"),
        (60, 358, 10, "18. Port of arrival: Bengaluru (BLR)"),
        (60, 342, 10, "19. Reference in India: Sri Venkatesh Components Pvt. Ltd."),
        (60, 326, 10, "    Plot 41, Peenya Industrial Area, Bengaluru 560058    Tel: +91 80 4123 5567"),
        (50, 296, 9, "I declare that the information given above is true and correct."),
        (50, 270, 9, "Signature of applicant: ______________________    Date: 14/01/2026"),
    ]
    items = [("t", x, y, s, t) for x, y, s, t in rows]
    items += [("l", 50, 760, 545, 760), ("l", 50, 310, 545, 310)]
    return pdf(items, producer="Microsoft: Print To PDF", created="20260114103000", japanese=False)


MESSAGES["607_en_pdf_business_visa_application.eml"] = message(
    sender="Yuko Hirano <hirano.yuko@example.co.jp>",
    to=["Asia Visa Services Tokyo <applications@asia-visa-services.example>"],
    subject="Business visa application - Mr. Kenji Morita (India, arrival 9 March)",
    date="Wed, 14 Jan 2026 11:20:00 +0900", msgid="<20260114112000.607A@example.co.jp>",
    body=L("Dear Visa Services team,",
           "",
           "Please find attached the completed application form for Mr. Kenji Morita (Quality Assurance),",
           "who will travel to Bengaluru for a supplier audit from 9 March 2026 for about 12 days.",
           "",
           "- Passport scan and photo: sent separately via your upload portal today.",
           "- Invitation letter from the host company: expected by 23 January.",
           "- Please invoice the visa fee and your service charge to General Affairs as usual.",
           "",
           "Could you let us know if anything is missing before submission?",
           "",
           "Best regards,",
           "",
           SIGDASH,
           "Yuko Hirano",
           "General Affairs (Travel Desk)",
           "Example Co., Ltd.",
           "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011",
           "Tel: +81 3-6453-1000",
           "hirano.yuko@example.co.jp"),
    attachments=[("Visa_Application_MORITA_KENJI.pdf", "application/pdf", pdf607())])


# ===================================================================================== 608
# Control, internal only (to the all-staff list): 社員総会 seat map .xlsx: rows A-H, seat numbers 1-16, 部署
# codes in the seats, 受付 / 控室 numbers, times -> pass.
def wb608():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "座席表"
    grid_sheet(ws, 18, 5)
    title(ws, 1, "第52期 社員総会 座席表（1月30日 14:00-16:30 大ホール）", 18)
    put_row(ws, 3, 3, [("ステ　ー　ジ", 14)])
    put_row(ws, 5, 1, ["列", "", *[str(i) for i in range(1, 17)]], num=True)
    depts = ["役員", "経企", "営1", "営1", "営2", "営2", "営3", "開発", "開発", "製造", "製造", "物流", "総務", "人事",
             "経理", "情シ"]
    for i, row in enumerate("ABCDEFGH"):
        seats = ["役員" if i == 0 and k < 4 else "予備" if i == 7 and k > 11 else depts[(i * 3 + k) % 16]
                 for k in range(16)]
        put_row(ws, 6 + i, 1, [row, "", *seats])
    note(ws, 15, 1, "受付：ホール入口（13:30-）　控室：第1-3会議室　通路側 1・16 番は車いす用に空けてください。", 18)
    note(ws, 16, 1, "座席番号は「列＋番号」（例：C-07）。当日の変更は総務 内線 2201 まで。", 18)
    return fixed_xlsx(wb, "soumu")


MESSAGES["608_int_xlsx_seat_map_general_meeting.eml"] = message(
    sender="総務部 総務グループ 森 由佳 <mori.yuka@example.co.jp>",
    to=["全社員 <all-staff@example.co.jp>"],
    subject="【1/30 社員総会】座席表のご案内",
    date="Fri, 23 Jan 2026 16:00:00 +0900", msgid="<20260123160000.608A@example.co.jp>",
    body=L("社員各位",
           "",
           "総務部の森です。1月30日（金）の第52期 社員総会の座席表をお送りします。",
           "部署ごとに列を指定していますので、添付の Excel でご自分の部署の席をご確認ください。",
           "",
           "・受付開始 13:30、開会 14:00、閉会 16:30 予定",
           "・A 列 1-4 番は役員席です。",
           "・H 列 13-16 番は予備席です。",
           "",
           "欠席の方は 1月27日（火）までに部門長経由でご連絡ください。",
           "",
           SIGDASH,
           "総務部 総務グループ 森（内線 2201）"),
    attachments=[("第52期社員総会_座席表.xlsx", XLSX, wb608())])


# ===================================================================================== 609
# 人事部 福利厚生 -> external fitness club: a family membership application as an Excel 方眼紙: the
# employee's 生年月日 with ●昭和 ○平成 cells and 年 / 月 / 日 cells, 〒 and address over cells, home and
# mobile in cells with "-" cells, his free-mail address, two family members' DOBs (●平成 cells), a Visa
# card in 16 cells under a カード番号 label above -> confirm (card; 3 DOBs); 有効期限, 申込日 are not.
CARD609 = luhn_no("453917260418350")


def wb609():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "入会申込書"
    grid_sheet(ws, 32)
    title(ws, 1, "ウェルネスクラブ 法人提携 ファミリー会員 入会申込書", 32)
    put_row(ws, 3, 18, [("申込日", 4), ("令和", 2), "8", "年", "0", "1", "月", "2", "0", "日"], num=True)
    put_row(ws, 4, 1, [("会員種別", 6), ("□個人 ■ファミリー □平日", 10), ("法人提携コード", 6), *d("EX2601"),
                       ("", 4)], num=True)
    put_row(ws, 6, 1, [("氏名", 6), ("林 雄太", 10), ("フリガナ", 5), ("ハヤシ ユウタ", 11)])
    put_row(ws, 7, 1, [("生年月日", 6), ("●昭和", 3), ("○平成", 3), "6", "1", "年", "0", "7", "月", "0", "9", "日",
                       ("性別", 3), ("●男 ○女", 5), ("", 3)], num=True)
    put_row(ws, 9, 1, [("郵便番号", 6), "〒", *d("168"), "-", *d("0063"), ("", 17)], num=True)
    put_row(ws, 10, 1, [("", 6), ("都道府県", 5), ("市区町村", 6), ("番地", 9), ("建物名", 6)])
    put_row(ws, 11, 1, [("住所", 6), ("東京都", 5), ("杉並区", 6), ("和泉2丁目31-5", 9), ("", 6)])
    put_row(ws, 13, 1, [("自宅電話", 6), *d("03"), "-", *d("3327"), "-", *d("4188"), ("", 14)], num=True)
    put_row(ws, 14, 1, [("携帯電話", 6), *d("090"), "-", *d("8124"), "-", *d("6630"), ("", 13)], num=True)
    put_row(ws, 15, 1, [("メールアドレス", 6), ("yuta.hayashi.1986@freemail.example", 26)])
    put_row(ws, 16, 1, [("勤務先", 6), ("株式会社エグザンプル 本社 経理部", 26)])
    note(ws, 18, 1, "■ご家族会員", 10)
    put_row(ws, 19, 1, [("氏名", 6), ("続柄", 3), ("生年月日", 13), ("利用区分", 10)])
    put_row(ws, 20, 1, [("林 千尋", 6), ("妻", 3), ("○昭和", 2), ("●平成", 2), "0", "2", "年", "0", "3", "月", "1", "5",
                        "日", ("ジム・プール", 10)], num=True)
    put_row(ws, 21, 1, [("林 颯太", 6), ("長男", 3), ("○昭和", 2), ("●平成", 2), "3", "0", "年", "1", "0", "月", "0",
                        "2", "日", ("キッズスクール（水泳）", 10)], num=True)
    put_row(ws, 22, 1, [("", 6), ("", 3), ("○昭和", 2), ("○平成", 2), *[""] * 9, ("", 10)])
    note(ws, 24, 1, "■月会費のお支払い（クレジットカード）", 16)
    put_row(ws, 25, 1, [("", 6), ("カード番号", 16), ("有効期限", 5), ("", 5)])
    put_row(ws, 26, 1, [("カード", 6), *d(CARD609), *d("08"), "/", *d("29"), ("", 5)], num=True)
    put_row(ws, 27, 1, [("カード名義", 6), ("YUTA HAYASHI", 16), ("種類", 5), ("■VISA □Master □JCB", 5)])
    note(ws, 29, 1, "※ ご本人確認書類（運転免許証）の写しは別途郵送します。", 28)
    return fixed_xlsx(wb, "fukuri")


MESSAGES["609_xlsx_family_membership_card_dobs.eml"] = message(
    sender="人事部 福利厚生グループ 近藤 亜紀 <kondo.aki@example.co.jp>",
    to=["ウェルネスクラブ 法人営業部 <houjin@wellness-club.example>"],
    subject="法人提携 ファミリー会員 入会申込書（林様）",
    date="Tue, 20 Jan 2026 13:45:00 +0900", msgid="<20260120134500.609A@example.co.jp>",
    body=L("ウェルネスクラブ 法人営業部",
           "ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル人事部 福利厚生グループの近藤です。",
           "法人提携プランのファミリー会員として、経理部の林さんの入会申込書（Excel）をお送りします。",
           "ご家族 2 名（奥様・お子様）も同時に登録をお願いいたします。",
           "",
           "月会費はご本人のカード払いで、法人割引（入会金免除）の適用をお願いします。",
           "会員証は 2月2日（月）以降に芝公園店の受付で受け取りたいとのことです。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("人事部 福利厚生グループ", "近藤 亜紀", "03-6453-1031", "kondo.aki@example.co.jp")),
    attachments=[("ファミリー会員申込書_林.xlsx", XLSX, wb609())])


# ===================================================================================== 610
# Control: 人材開発部 -> external 検定協会: a score sheet .xlsx: 受験番号 in 12 cells under a 受験番号 header
# (all five pass the My Number check: the association issues them with a check digit), scores one digit
# per cell (問1-問10), totals, ○/× 判定, 試験日 in cells, 団体番号 -> plain hold.
EXAMINEES610 = [(my_no(f"260133480{n:02d}"), name, marks, jitsugi)
                for n, name, marks, jitsugi in [(19, "上野 彩", "5454455345", 41), (20, "大西 健吾", "4354345435", 38),
                                                (21, "川口 美咲", "5555454545", 46), (22, "坂本 直人", "3243334234", 33),
                                                (23, "野村 里奈", "4544545454", 44)]]


def wb610():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自己採点"
    grid_sheet(ws, 34)
    title(ws, 1, "第41回 ビジネス文書検定 2級 団体受験 自己採点集計表", 34)
    put_row(ws, 3, 1, [("団体番号", 5), *d("007315"), ("団体名", 4), ("株式会社エグザンプル 人材開発部", 14)], num=True)
    put_row(ws, 4, 1, [("試験日", 5), ("令和", 2), "8", "年", "0", "1", "月", "1", "7", "日"], num=True)
    put_row(ws, 6, 1, [("受験番号", 12), ("氏名", 6), *[f"問{i}" for i in range(1, 11)], ("筆記", 2), ("実技", 2),
                       ("判定", 2)])
    for i, (no, name, marks, jitsugi) in enumerate(EXAMINEES610):
        hikki = sum(int(m) for m in marks)
        ok = "○" if hikki >= 35 and jitsugi >= 35 else "×"
        put_row(ws, 7 + i, 1, [*d(no), (name, 6), *marks, (hikki, 2), (jitsugi, 2), (ok, 2)], num=True)
    note(ws, 13, 1, "合格基準：筆記・実技とも 35 点以上（各 50 点満点、問1-問10 は各 5 点）", 30)
    note(ws, 14, 1, "公式の合否通知は 2月20日頃の予定。", 30)
    return fixed_xlsx(wb, "jinzai")


MESSAGES["610_xlsx_exam_score_sheet_examinee_numbers.eml"] = message(
    sender="人材開発部 宮崎 翼 <miyazaki.tsubasa@example.co.jp>",
    to=["一般社団法人 日本ビジネス文書協会 検定事業部 <kentei@jbda.example>"],
    subject="第41回 2級 団体受験（団体番号 007315）自己採点集計の送付",
    date="Mon, 26 Jan 2026 15:10:00 +0900", msgid="<20260126151000.610A@example.co.jp>",
    body=L("一般社団法人 日本ビジネス文書協会",
           "検定事業部 ご担当者様",
           "",
           "お世話になっております。エグザンプル人材開発部の宮崎です。",
           "1月17日に団体受験した 5 名の自己採点集計表をお送りします（受験番号は受験票のとおりです）。",
           "問7 の配点について受験者から質問が出ておりますので、解答速報の訂正があればお知らせください。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("人材開発部", "宮崎 翼", "03-6453-1140", "miyazaki.tsubasa@example.co.jp")),
    attachments=[("自己採点集計_第41回2級_007315.xlsx", XLSX, wb610())])


# ===================================================================================== 611
# 総務部 社宅担当 -> external real-estate agency: 賃貸 入居申込書 (法人契約) as .docx: the tenant's ○昭和 ●平成
# DOB cells, current 〒 in cells + 大阪 address, mobile in cells, 運転免許証番号 in 12 cells (fails the My
# Number check), the father's address and phone as emergency contact; 勤務先 / 勤務先電話 repeat the
# sender's signature; 入居予定日 is no DOB -> confirm (licence).
LIC611 = "621201583406"
assert not mynumber.is_valid(LIC611)


def docx611() -> bytes:
    rows = [
        [("物件名", 4), ("グランフォレスト三田 802号室", 12), ("入居予定日", 4), ("令和8年3月1日", 4)],
        [("契約者", 4), ("株式会社エグザンプル（法人契約・社宅）", 20)],
        [("入居者氏名", 4), ("石田 健太", 8), ("フリガナ", 4), ("イシダ ケンタ", 8)],
        [("生年月日", 4), ("○昭和", 3), ("●平成", 3), *d("04"), "年", *d("08"), "月", *d("30"), "日", ("性別", 3), ("男", 2)],
        [("現住所", 4), "〒", *d("532"), "-", *d("0011"), ("", 11)],
        [("", 4), ("大阪府大阪市淀川区西中島5丁目9-6 ラ・フォーレ新大阪1105", 20)],
        [("携帯電話", 4), *d("090"), "-", *d("5562"), "-", *d("1847"), ("", 7)],
        [("運転免許証番号", 4), *d(LIC611), ("", 8)],
        [("勤務先", 4), ("株式会社エグザンプル 本社 営業本部", 12), ("勤続年数", 4), ("6年", 4)],
        [("勤務先所在地", 4), ("東京都港区芝公園2-4-1", 12), ("勤務先電話", 4), ("03-6453-1000", 4)],
        [("年収", 4), ("620万円", 8), ("入居人数", 4), ("1名", 8)],
        [("緊急連絡先", 4), ("石田 隆（父）", 8), ("電話", 4), ("086-231-5574", 8)],
        [("緊急連絡先住所", 4), ("〒700-0815 岡山県岡山市北区野田屋町1丁目7-18", 20)],
    ]
    body = (wp("賃貸住宅 入居申込書（法人契約）", bold=True, size=28, center=True)
            + wp("株式会社城南ハウジング 三田店 御中")
            + wform(rows, 24)
            + wp("※ 本人確認書類（運転免許証の写し）を添付します。申込内容に相違ありません。"))
    return docx(body, title="入居申込書", creator="shataku")


MESSAGES["611_docx_rental_application_license_cells.eml"] = message(
    sender="総務部 社宅担当 浅野 由美子 <asano.yumiko@example.co.jp>",
    to=["株式会社城南ハウジング 三田店 <mita@jonan-housing.example>"],
    subject="グランフォレスト三田 802号室 入居申込書（法人契約・石田）",
    date="Thu, 22 Jan 2026 11:05:00 +0900", msgid="<20260122110500.611A@example.co.jp>",
    body=L("株式会社城南ハウジング 三田店",
           "ご担当 平田様",
           "",
           "お世話になっております。エグザンプル総務部 社宅担当の浅野です。",
           "先日ご案内いただいたグランフォレスト三田 802号室について、法人契約で申し込みます。",
           "入居者（大阪支店から 3月1日付で本社へ異動する石田）の入居申込書を Word でお送りします。",
           "",
           "審査書類として必要なものがあればお知らせください。",
           "鍵の受け渡しは 2月28日（土）を希望しています。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("総務部 社宅担当", "浅野 由美子", "03-6453-1052", "asano.yumiko@example.co.jp")),
    attachments=[("入居申込書_グランフォレスト三田802_石田.docx", DOCX, docx611())])


# ===================================================================================== 612
# Control: 営業本部 -> external customer: February / March business calendar .xlsx: week grids of day
# numbers with ○ 営業 / × 休業 rows, holidays, 受付時間 9:00-17:30, 出荷締切 15:00 -> plain hold.
def wb612():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "営業カレンダー"
    grid_sheet(ws, 16, 4.5)
    title(ws, 1, "2026年 2月・3月 営業カレンダー（受注・出荷）", 16)
    holidays = {(2, 11), (2, 23), (3, 20)}
    r = 3
    for month, days in ((2, 28), (3, 31)):
        note(ws, r, 1, f"2026年{month}月", 6)
        r += 1
        put_row(ws, r, 1, list("日月火水木金土"))
        r += 1
        # 2026-02-01 and 2026-03-01 are Sundays
        for w in range((days + 6) // 7):
            nums = [w * 7 + k + 1 for k in range(7)]
            put_row(ws, r, 1, [str(n) if n <= days else "" for n in nums], num=True)
            marks = []
            for k, n in enumerate(nums):
                if n > days:
                    marks.append("")
                elif k in (0, 6) or (month, n) in holidays:
                    marks.append("×")
                else:
                    marks.append("○")
            put_row(ws, r + 1, 1, marks)
            r += 2
        r += 1
    note(ws, r, 1, "○ 営業日　× 休業日（土日祝）　受付時間 9:00-17:30　当日出荷の締切 15:00", 16)
    note(ws, r + 1, 1, "※ 3/31（火）は棚卸のため 12:00 で受付終了", 16)
    return fixed_xlsx(wb, "eigyo")


MESSAGES["612_xlsx_business_calendar_grid.eml"] = message(
    sender="営業本部 受注センター 中野 彩 <nakano.aya@example.co.jp>",
    to=["株式会社タカハシ工業 購買部 <kobai@takahashi-kogyo.example>"],
    subject="2026年2月・3月 営業カレンダーのご案内",
    date="Mon, 26 Jan 2026 09:30:00 +0900", msgid="<20260126093000.612A@example.co.jp>",
    body=L("株式会社タカハシ工業",
           "購買部 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル受注センターの中野です。",
           "2月・3月の営業カレンダーをお送りします。",
           "",
           "・2/11（水）、2/23（月）、3/20（金）は祝日のため休業です。",
           "・3/31（火）は棚卸のため、受付は 12:00 までとなります。",
           "・当日出荷の締切は通常どおり 15:00 です。",
           "",
           "今後ともよろしくお願いいたします。",
           "",
           sig("営業本部 受注センター", "中野 彩", "03-6453-1200", "nakano.aya@example.co.jp")),
    attachments=[("営業カレンダー_2026年2-3月.xlsx", XLSX, wb612())])


# ===================================================================================== 613
# 人事部 -> external insurance agency: 団体保険 加入申込 list of six on one 方眼紙 sheet: 生年月日 as ●昭 / ○平
# mark cells and 年 / 月 / 日 digits in separate cells under a merged 生年月日 header -> 6 DOBs -> confirm
# (list); 社員番号, 加入口数, 証券番号, 加入日 are not.
PEOPLE613 = [("E10234", "佐藤 美和", "女", "平", "03", "05", "28"), ("E10567", "高木 誠", "男", "昭", "52", "11", "13"),
             ("E10841", "中川 美穂", "女", "平", "06", "02", "09"), ("E11023", "渡部 隼人", "男", "平", "10", "12", "01"),
             ("E09876", "今井 俊介", "男", "昭", "45", "07", "20"), ("E11290", "西村 葵", "女", "平", "12", "03", "31")]


def wb613():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "加入申込一覧"
    grid_sheet(ws, 30)
    title(ws, 1, "総合福祉団体定期保険（上乗せプラン）加入申込書 兼 告知書 一覧", 30, 13)
    note(ws, 2, 1, "契約者：株式会社エグザンプル　証券番号：GT-0482-1163　申込締切：2026年2月13日", 30)
    put_row(ws, 4, 1, [("No.", 1), ("社員番号", 4), ("被保険者氏名", 6), ("性別", 2), ("生年月日", 11), ("口数", 3),
                       ("受取人", 3)])
    for i, (emp, name, sex, era, y, m, dd) in enumerate(PEOPLE613, 1):
        marks = ["●昭", "○平"] if era == "昭" else ["○昭", "●平"]
        put_row(ws, 4 + i, 1, [str(i), (emp, 4), (name, 6), (sex, 2), *marks, *d(y), "年", *d(m), "月", *d(dd), "日",
                               (str(2 + i % 3), 3), ("法定相続人", 3)], num=True)
    put_row(ws, 12, 1, [("加入日", 4), ("令和", 2), "8", "年", "0", "4", "月", "0", "1", "日"], num=True)
    note(ws, 13, 1, "告知事項：全員「過去5年以内の入院・手術なし」（告知書原本は別送）", 30)
    return fixed_xlsx(wb, "romu")


MESSAGES["613_xlsx_group_insurance_dob_era_marks.eml"] = message(
    sender="人事部 労務グループ 山本 香織 <yamamoto.kaori@example.co.jp>",
    to=["有限会社ひまわり保険サービス 法人担当 <houjin@himawari-hoken.example>"],
    subject="団体定期保険 上乗せプラン 新規加入申込（6名）",
    date="Wed, 28 Jan 2026 10:25:00 +0900", msgid="<20260128102500.613A@example.co.jp>",
    body=L("有限会社ひまわり保険サービス",
           "法人担当 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル人事部の山本です。",
           "団体定期保険（上乗せプラン）の 4月1日加入分として、新規加入者 6 名の申込一覧を Excel でお送りします。",
           "告知書の原本は本日発送しました。",
           "",
           "口数は各人の希望どおりです。保険料の給与控除は 4月分からとなります。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("人事部 労務グループ", "山本 香織", "03-6453-1024", "yamamoto.kaori@example.co.jp")),
    attachments=[("団体定期保険_加入申込一覧_202604.xlsx", XLSX, wb613())])


# ===================================================================================== 614
# Control: 施設管理 -> external electrical maintenance contractor: 月次点検記録表 .xlsx: 点検日 / 次回点検日 in
# 令和 cells, a 12-digit 製造番号 in 12 cells that passes the My Number check, ○/× results, measurements one
# digit per cell (6600 V, 200 MΩ, 12 mA, 42 ℃) -> plain hold.
SERIAL614 = my_no("21080463175")


def wb614():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1月"
    grid_sheet(ws, 30)
    title(ws, 1, "自家用電気工作物 月次点検記録表（本社ビル）", 30)
    put_row(ws, 3, 1, [("点検日", 4), ("令和", 2), "8", "年", "0", "1", "月", "1", "5", "日", ("天候", 3), ("晴", 2)],
            num=True)
    put_row(ws, 4, 1, [("設置場所", 4), ("本社ビル 地下2階 電気室", 14)])
    put_row(ws, 5, 1, [("受電設備", 4), ("キュービクル式 6,600V 300kVA", 14)])
    put_row(ws, 6, 1, [("製造番号", 4), *d(SERIAL614), ("製造年", 3), ("2008年", 3)], num=True)
    put_row(ws, 8, 1, [("No.", 2), ("点検項目", 12), ("結果", 2), ("測定値", 8), ("備考", 6)])
    items = [("外観（損傷・変形・汚損）", "○", [], ""), ("異音・異臭", "○", [], ""),
             ("受電電圧", "○", [*d("6600"), ("V", 4)], ""), ("絶縁抵抗（低圧）", "○", [*d("200"), ("MΩ", 5)], ""),
             ("漏れ電流（動力）", "×", [*d("12"), ("mA", 6)], "要監視"), ("変圧器温度", "○", [*d("42"), ("℃", 6)], ""),
             ("換気扇", "○", [], ""), ("消火器", "○", [], "期限 2029年3月")]
    for i, (name, res, meas, rem) in enumerate(items, 1):
        meas = meas or [("", 8)]
        put_row(ws, 8 + i, 1, [(str(i), 2), (name, 12), (res, 2), *meas, (rem, 6)], num=True)
    put_row(ws, 18, 1, [("次回点検予定日", 5), ("令和", 2), "8", "年", "0", "2", "月", "1", "2", "日"], num=True)
    put_row(ws, 19, 1, [("点検者", 5), ("総務部 施設管理グループ（日常点検）", 15)])
    return fixed_xlsx(wb, "shisetsu")


MESSAGES["614_xlsx_inspection_checklist_serial_numbers.eml"] = message(
    sender="総務部 施設管理グループ 川村 修 <kawamura.osamu@example.co.jp>",
    to=["東邦電設保安株式会社 保守部 <hoshu@toho-densetsu.example>"],
    subject="本社ビル 1月 月次点検記録（漏れ電流 ×）のご相談",
    date="Thu, 15 Jan 2026 16:40:00 +0900", msgid="<20260115164000.614A@example.co.jp>",
    body=L("東邦電設保安株式会社",
           "保守部 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル総務部 施設管理の川村です。",
           "本日の日常点検で、動力系統の漏れ電流が 12mA と前月（4mA）より上がっていました。",
           "点検記録表（Excel）を添付しますので、次回 2月12日の月次点検の前に一度見ていただけますでしょうか。",
           "",
           "キュービクルの製造番号は記録表に記入しています。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("総務部 施設管理グループ", "川村 修", "03-6453-1190", "kawamura.osamu@example.co.jp")),
    attachments=[("月次点検記録表_2026年1月.xlsx", XLSX, wb614())])


# ===================================================================================== 615
# Internal only (人事部 -> 給与計算): 入社時 扶養親族 sheet as .docx: the employee's 個人番号 in 12 cells, 〒 in
# cells, address, mobile, 普通 account; two dependants' 和暦 short DOBs (H10.2.14, R5.9.30) and 個人番号 in
# 12 cells under a 個人番号 header -> found, but internal mail passes.
MN615 = [my_no("29573018462"), my_no("61840273915"), my_no("84127659301")]


def docx615() -> bytes:
    t1 = [
        [("氏名", 3), ("中村 悠真", 6), ("生年月日", 3), ("平成9年6月3日", 6)],
        [("個人番号", 3), *d(MN615[0]), ("", 3)],
        [("郵便番号", 3), *d("136"), "-", *d("0071"), ("", 7)],
        [("住所", 3), ("東京都江東区亀戸6-31-5 グランドール亀戸702", 15)],
        [("携帯電話", 3), ("080-2194-6637", 15)],
        [("給与振込口座", 3), ("みずほ銀行 亀戸支店 普通 3108274", 15)],
    ]
    t2 = [
        [("氏名", 4), ("続柄", 2), ("生年月日", 4), ("個人番号", 12)],
        [("中村 彩花", 4), ("妻", 2), ("H10.2.14", 4), *d(MN615[1])],
        [("中村 結衣", 4), ("長女", 2), ("R5.9.30", 4), *d(MN615[2])],
        [("", 4), ("", 2), ("", 4), *[""] * 12],
    ]
    body = (wp("入社時 従業員情報・扶養親族届（給与計算用）", bold=True, size=26, center=True)
            + wp("入社日：2026年2月1日　所属：開発本部 システム開発部")
            + wform(t1, 18) + wp("") + wp("扶養親族", bold=True) + wform(t2, 22)
            + wp("※ 源泉控除対象配偶者：該当（配偶者の給与収入見込み 0 円）"))
    return docx(body, title="扶養親族届", creator="yamamoto")


MESSAGES["615_int_docx_dependants_mynumber_cells.eml"] = message(
    sender="人事部 労務グループ 山本 香織 <yamamoto.kaori@example.co.jp>",
    to=["経理部 給与計算チーム <payroll@example.co.jp>"],
    subject="【給与登録】2/1入社 中村さん 従業員情報・扶養親族届",
    date="Fri, 23 Jan 2026 14:30:00 +0900", msgid="<20260123143000.615A@example.co.jp>",
    body=L("給与計算チーム 各位",
           "",
           "人事部の山本です。",
           "2月1日入社の中村さんの従業員情報と扶養親族届（Word）を送ります。給与システムへの登録をお願いします。",
           "",
           "・配偶者は源泉控除対象配偶者、長女は 16 歳未満の扶養親族です。",
           "・通勤手当は 2月分から支給します（経路は別途申請予定）。",
           "",
           "登録が済んだら、ファイルは共有フォルダから削除してください。",
           "",
           sig("人事部 労務グループ", "山本 香織", "03-6453-1024", "yamamoto.kaori@example.co.jp")),
    attachments=[("扶養親族届_中村悠真.docx", DOCX, docx615())])


# ===================================================================================== 616
# Control: 営業本部 -> external customer: 請求書 PDF (text layer): the issuer block names only 株式会社エグザンプル
# (the address and 代表 are in the sender's '-- ' signature), a 12-digit 請求書番号 that passes the My Number
# check, 品番, amounts, 発行日 / 支払期限, no account number -> plain hold.
INV616 = my_no("26013100457")


def pdf616() -> bytes:
    rows = [
        (250, 795, 18, "請　求　書"),
        (50, 760, 11, "株式会社ナカヤマ精機 御中"),
        (370, 760, 9, "請求書番号 " + " ".join([INV616[:4], INV616[4:8], INV616[8:]])),
        (370, 746, 9, "発行日 2026年1月31日"),
        (370, 732, 9, "お客様番号 C-20417"),
        (370, 708, 10, "株式会社エグザンプル"),
        (370, 694, 9, "営業本部 第二営業部"),
        (50, 690, 10, "下記のとおりご請求申し上げます。"),
        (50, 660, 14, "ご請求金額　¥1,386,000（税込）"),
        (50, 638, 10, "お支払期限　2026年2月27日"),
        (55, 602, 9, "品番"), (140, 602, 9, "品名"), (370, 602, 9, "数量"), (420, 602, 9, "単価"), (490, 602, 9, "金額"),
        (55, 582, 9, "EX-4410-02"), (140, 582, 9, "制御盤用リレーユニット RU-40"), (375, 582, 9, "12"),
        (420, 582, 9, "48,000"), (490, 582, 9, "576,000"),
        (55, 562, 9, "EX-4410-15"), (140, 562, 9, "端子台 TB-20（20極）"), (375, 562, 9, "60"),
        (420, 562, 9, "3,500"), (490, 562, 9, "210,000"),
        (55, 542, 9, "EX-5120-01"), (140, 542, 9, "据付調整作業（1月14日〜16日）"), (375, 542, 9, "1式"),
        (420, 542, 9, "474,000"), (490, 542, 9, "474,000"),
        (420, 515, 9, "小計"), (490, 515, 9, "1,260,000"),
        (420, 500, 9, "消費税(10%)"), (490, 500, 9, "126,000"),
        (420, 485, 9, "合計"), (490, 485, 9, "1,386,000"),
        (50, 450, 9, "お振込先：従来の指定口座（変更はございません）。振込手数料は貴社にてご負担願います。"),
        (50, 435, 9, "備考：納品書番号 DN-2601-0331 ／ 貴社注文番号 PO-78812-04"),
    ]
    items = [("t", x, y, s, t) for x, y, s, t in rows]
    items += [("r", 50, 535, 495, 80), ("l", 50, 597, 545, 597)]
    return pdf(items, producer="Microsoft: Print To PDF", created="20260131090000")


MESSAGES["616_pdf_invoice_own_details_signature_only.eml"] = message(
    sender="営業本部 第二営業部 藤井 亮 <fujii.ryo@example.co.jp>",
    to=["株式会社ナカヤマ精機 経理部 <keiri@nakayama-seiki.example>"],
    subject="1月分 ご請求書の送付（請求書番号 " + INV616 + "）",
    date="Sat, 31 Jan 2026 09:15:00 +0900", msgid="<20260131091500.616A@example.co.jp>",
    body=L("株式会社ナカヤマ精機",
           "経理部 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル第二営業部の藤井です。",
           "1月分のご請求書（PDF）をお送りします。",
           "",
           "ご請求金額：1,386,000円（税込）",
           "お支払期限：2026年2月27日",
           "",
           "原本は郵送いたしません。ご不明な点がございましたらご連絡ください。",
           "",
           sig("営業本部 第二営業部", "藤井 亮", "03-6453-1215", "fujii.ryo@example.co.jp")),
    attachments=[("請求書_" + INV616 + ".pdf", "application/pdf", pdf616())])


# ===================================================================================== 617
# 人事部 -> external 行政書士 (English sheet for foreign staff): three applicants' blocks on one sheet:
# Date of Birth as YYYY / MM / DD digits in cells, Residence Card No. one character per cell, Postal Code
# 3 cells "-" 4 cells, a romaji address over Prefecture / City / Street / Building cells, a mobile in cells;
# the first applicant's emergency contact in Viet Nam (+84) -> confirm; card expiry dates are no DOBs.
APPL617 = [
    ("NGUYEN VAN THANH", "Viet Nam", "M", "19940817", "KM82046173EA", "20260331",
     "Engineer/Specialist in Humanities/International Services", "134-0088",
     ("Tokyo", "Edogawa-ku", "Nishikasai 6-12-4", "Room 503"), "080-3361-4728", "+84 912 384 507"),
    ("SANTOS MARIA CLARA", "Philippines", "F", "19911203", "TS51930628LB", "20260415",
     "Engineer/Specialist in Humanities/International Services", "330-0854",
     ("Saitama", "Saitama-shi Omiya-ku", "Sakuragicho 4-199-3", "#1204"), "090-6618-2045", ""),
    ("RAI PRAKASH", "Nepal", "M", "19960522", "PH37018452QC", "20260430",
     "Designated Activities", "272-0034",
     ("Chiba", "Ichikawa-shi", "Ichikawa 2-7-15", "Green Heights 201"), "070-4427-1936", ""),
]


def wb617():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Applicants"
    grid_sheet(ws, 30, 3.2)
    title(ws, 1, "Residence Status Renewal - Applicant Information Sheet (Example Co., Ltd.)", 30, 13)
    r = 3
    for i, (name, nat, sex, dob, card, exp, status, post, addr, mob, emerg) in enumerate(APPL617, 1):
        note(ws, r, 1, f"Applicant {i}", 8)
        put_row(ws, r + 1, 1, [("Full name (as in passport)", 8), (name, 12), ("Nationality", 5), (nat, 5)])
        put_row(ws, r + 2, 1, [("Date of Birth (YYYY/MM/DD)", 8), *d(dob[:4]), "/", *d(dob[4:6]), "/", *d(dob[6:]),
                               ("Sex", 3), (sex, 2), ("", 7)], num=True)
        put_row(ws, r + 3, 1, [("Residence Card No.", 8), *d(card), ("", 10)], num=True)
        put_row(ws, r + 4, 1, [("Period of stay expires", 8), *d(exp[:4]), "/", *d(exp[4:6]), "/", *d(exp[6:]),
                               ("", 12)], num=True)
        put_row(ws, r + 5, 1, [("Status of residence", 8), (status, 22)])
        put_row(ws, r + 6, 1, [("Postal Code", 8), *d(post[:3]), "-", *d(post[4:]), ("", 14)], num=True)
        put_row(ws, r + 7, 1, [("", 8), ("Prefecture", 4), ("City / Ward", 6), ("Street", 6), ("Building / Room", 6)])
        put_row(ws, r + 8, 1, [("Address in Japan", 8), (addr[0], 4), (addr[1], 6), (addr[2], 6), (addr[3], 6)])
        put_row(ws, r + 9, 1, [("Mobile", 8), *d(mob), ("", 9)], num=True)
        if emerg:
            put_row(ws, r + 10, 1, [("Emergency contact (home country)", 8), ("Mother: " + emerg, 22)])
        r += 12
    note(ws, r, 1, "Employer: Example Co., Ltd. (same for all applicants) / Prepared by HR, 2026-01-21", 30)
    return fixed_xlsx(wb, "hr-global")


MESSAGES["617_en_xlsx_residence_card_renewal_three.eml"] = message(
    sender="HR Global Mobility Team Rina Ogawa <ogawa.rina@example.co.jp>",
    to=["Shiba Immigration Law Office <office@shiba-gyosei.example>"],
    subject="Residence status renewal - 3 employees (cards expiring March/April)",
    date="Wed, 21 Jan 2026 17:05:00 +0900", msgid="<20260121170500.617A@example.co.jp>",
    body=L("Dear Shiba Immigration Law Office,",
           "",
           "Thank you for your support as always.",
           "Attached is the applicant information sheet for three employees whose periods of stay expire",
           "in March and April. Please prepare the renewal applications as in previous years.",
           "",
           "- Certificates of employment and tax certificates will be ready by 30 January.",
           "- Applicant 3 is changing jobs internally (from Osaka to Tokyo) on 1 February.",
           "",
           "Please let me know the dates you need each of them to visit the Immigration Bureau.",
           "",
           "Best regards,",
           "",
           SIGDASH,
           "Rina Ogawa",
           "HR Global Mobility Team",
           "Example Co., Ltd.",
           "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011",
           "Tel: +81 3-6453-1000",
           "ogawa.rina@example.co.jp"),
    attachments=[("Renewal_applicants_2026Q1.xlsx", XLSX, wb617())])


# ===================================================================================== 618
# Control: 人事部 -> a new hire's private address (external): the BLANK 入社時提出書類 template (labels, empty
# digit cells, □昭和 □平成 □令和 unticked); the only number is the sender's own 直通 as the form's
# 問い合わせ先, repeated in her '-- ' signature -> plain hold.
def wb618():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "入社時提出書類"
    grid_sheet(ws, 32)
    title(ws, 1, "入社時提出書類（従業員情報・給与振込口座）", 32)
    put_row(ws, 3, 17, [("提出日", 4), ("令和", 2), "", "年", "", "月", "", "", "日"])
    put_row(ws, 5, 1, [("氏名", 6), ("", 12), ("フリガナ", 4), ("", 10)])
    put_row(ws, 7, 1, [("生年月日", 6), ("□昭和", 3), ("□平成", 3), ("□令和", 3), "", "", "年", "", "", "月", "", "",
                       "日", ("性別", 3), ("□男 □女", 4)])
    put_row(ws, 9, 1, [("個人番号", 6), *[""] * 12, ("（マイナンバー）", 14)])
    put_row(ws, 11, 1, [("基礎年金番号", 6), *[""] * 4, "-", *[""] * 6, ("", 15)])
    put_row(ws, 12, 1, [("雇用保険被保険者番号", 6), *[""] * 4, "-", *[""] * 6, "-", "", ("", 13)])
    put_row(ws, 14, 1, [("郵便番号", 6), "〒", "", "", "", "-", "", "", "", "", ("", 17)])
    put_row(ws, 15, 1, [("", 6), ("都道府県", 5), ("市区町村", 7), ("番地", 8), ("建物名・部屋番号", 6)])
    put_row(ws, 16, 1, [("住所", 6), ("", 5), ("", 7), ("", 8), ("", 6)])
    put_row(ws, 18, 1, [("携帯電話", 6), "", "", "", "-", "", "", "", "", "-", "", "", "", "", ("", 13)])
    put_row(ws, 19, 1, [("緊急連絡先", 6), ("", 7), "", "", "", "-", "", "", "", "-", "", "", "", "", ("", 6)])
    note(ws, 21, 1, "■給与振込口座", 10)
    put_row(ws, 22, 1, [("金融機関名", 6), ("", 7), ("支店名", 4), ("", 7), ("預金種目", 4), ("□普通 □当座", 4)])
    put_row(ws, 23, 1, [("口座番号", 6), *[""] * 7, ("口座名義（カナ）", 6), ("", 13)])
    note(ws, 25, 1, "■扶養家族（配偶者・子）", 12)
    put_row(ws, 26, 1, [("氏名", 5), ("続柄", 2), ("生年月日", 11), ("個人番号", 12), ("同居", 2)])
    for r in (27, 28):
        put_row(ws, r, 1, [("", 5), ("", 2), ("", 2), *[""] * 9, *[""] * 12, ("", 2)])
    note(ws, 30, 1, "※ 個人番号は 12 桁を 1 マスに 1 字ずつ記入してください。電話番号は市外局番から記入してください。", 32)
    note(ws, 31, 1, "※ 提出期限：入社日の 1 週間前まで　問い合わせ先：人事部 労務グループ 03-6453-1024", 32)
    return fixed_xlsx(wb, "yamamoto")


MESSAGES["618_xlsx_blank_onboarding_template.eml"] = message(
    sender="人事部 労務グループ 山本 香織 <yamamoto.kaori@example.co.jp>",
    to=["近藤 翔 様 <sho.kondo.2026@freemail.example>"],
    subject="【株式会社エグザンプル】入社時提出書類のご案内（様式の送付）",
    date="Tue, 27 Jan 2026 18:20:00 +0900", msgid="<20260127182000.618A@example.co.jp>",
    body=L("近藤 翔 様",
           "",
           "株式会社エグザンプル人事部の山本です。",
           "3月1日のご入社に向けて、入社時提出書類の様式（Excel）をお送りします。",
           "",
           "・黄色の欄はすべてご記入ください（1 マスに 1 字ずつ）。",
           "・個人番号は、ご記入のうえ書留でご提出いただく方法でも構いません。",
           "・提出期限は 2月20日（金）です。",
           "",
           "ご不明な点は下記までお問い合わせください。",
           "",
           sig("人事部 労務グループ", "山本 香織", "03-6453-1024", "yamamoto.kaori@example.co.jp")),
    attachments=[("入社時提出書類_様式.xlsx", XLSX, wb618())])


# ===================================================================================== 619
# 営業本部 -> external golf club: a client's 法人会員 入会申込書 as .docx: the client's 法人番号 in 13 cells
# (valid), its 本店 〒 + address and 代表電話 in cells, the 記名者's ●昭和 DOB cells, home 〒 + address and
# mobile in cells -> hold (a 法人番号 and one DOB trigger nothing stronger; 2 phones, 2 addresses, 2 〒).
CORP619 = corp_no("270001073412")


def docx619() -> bytes:
    rows = [
        [("申込日", 4), ("令和8年1月26日", 8), ("会員種別", 4), ("■法人記名 □個人", 8)],
        [("法人名", 4), ("株式会社山陰精工", 12), ("業種", 3), ("精密部品製造", 5)],
        [("法人番号", 4), *d(CORP619), ("", 7)],
        [("本店所在地", 4), "〒", *d("690"), "-", *d("0826"), ("", 11)],
        [("", 4), ("島根県松江市学園南1丁目16-24", 20)],
        [("代表電話", 4), *d("0852"), "-", *d("21"), "-", *d("4471"), ("", 8)],
        [("代表者", 4), ("代表取締役 松浦 健一", 20)],
        [("記名者氏名", 4), ("松浦 健一", 8), ("役職", 4), ("代表取締役", 8)],
        [("記名者生年月日", 4), ("●昭和", 3), ("○平成", 3), *d("43"), "年", *d("05"), "月", *d("17"), "日", ("性別", 3),
         ("男", 2)],
        [("記名者自宅", 4), "〒", *d("690"), "-", *d("0049"), ("", 11)],
        [("", 4), ("島根県松江市袖師町3-27", 20)],
        [("携帯電話", 4), *d("090"), "-", *d("7713"), "-", *d("2264"), ("", 7)],
        [("ハンディキャップ", 4), ("18", 4), ("ご紹介者", 4), ("株式会社エグザンプル 営業本部 村上 隆", 12)],
    ]
    body = (wp("法人会員 入会申込書", bold=True, size=28, center=True)
            + wp("大山グリーンカントリー倶楽部 理事長 殿")
            + wform(rows, 24)
            + wp("貴倶楽部の会則を承認のうえ、法人会員として入会を申し込みます。"))
    return docx(body, title="法人会員入会申込書", creator="murakami")


MESSAGES["619_docx_golf_corporate_membership_corpnum.eml"] = message(
    sender="営業本部 中国営業部 村上 隆 <murakami.takashi@example.co.jp>",
    to=["大山グリーンカントリー倶楽部 会員課 <kaiin@daisen-green-cc.example>"],
    subject="法人会員 入会申込書の送付（株式会社山陰精工様）",
    date="Mon, 26 Jan 2026 17:50:00 +0900", msgid="<20260126175000.619A@example.co.jp>",
    body=L("大山グリーンカントリー倶楽部",
           "会員課 ご担当者様",
           "",
           "お世話になっております。エグザンプル営業本部の村上です。",
           "先日ご相談した件で、株式会社山陰精工様の法人会員 入会申込書（Word）をお送りします。",
           "紹介者は私となっております。松浦社長からは、3月の理事会での承認を希望と伺っています。",
           "",
           "登記事項証明書と印鑑証明書は、山陰精工様から直接郵送されるとのことです。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("営業本部 中国営業部", "村上 隆", "03-6453-1260", "murakami.takashi@example.co.jp")),
    attachments=[("法人会員入会申込書_山陰精工.docx", DOCX, docx619())])


# ===================================================================================== 620
# Internal only (osaka. -> HQ 総務): 緊急連絡網 as an Excel 方眼紙, one block per employee: 〒 in cells, the
# address over 都道府県 / 市区町村 / 番地 / 建物 cells, 携帯 and 自宅 in cells with "-" cells -> 5 〒, 5
# addresses, 7 phones found, but internal mail passes.
STAFF620 = [
    ("前田 拓海", "営業1課", "560-0021", ("大阪府", "豊中市", "本町3丁目8-14", ""), "090-3347-2216", "06-6841-3305"),
    ("藤本 早紀", "営業1課", "532-0003", ("大阪府", "大阪市淀川区", "宮原2丁目11-9", "メゾン宮原604"), "080-5591-7730", ""),
    ("岡田 大輔", "営業2課", "573-0032", ("大阪府", "枚方市", "岡東町19-3", ""), "070-2284-6615", "072-844-1187"),
    ("小西 由香", "業務課", "662-0832", ("兵庫県", "西宮市", "甲風園1丁目5-22", "甲風園ハイツ305"), "090-4416-0382", ""),
    ("山口 翔太", "業務課", "630-8115", ("奈良県", "奈良市", "大宮町4丁目281-6", ""), "080-7725-9104", ""),
]


def wb620():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "緊急連絡網"
    grid_sheet(ws, 30)
    title(ws, 1, "大阪支店 緊急連絡網（2026年1月更新）", 30)
    r = 3
    for name, dept, post, addr, mob, home in STAFF620:
        put_row(ws, r, 1, [("氏名", 4), (name, 8), ("所属", 3), (dept, 6), ("", 9)])
        put_row(ws, r + 1, 1, [("郵便番号", 4), "〒", *d(post[:3]), "-", *d(post[4:]), ("", 17)], num=True)
        put_row(ws, r + 2, 1, [("住所", 4), (addr[0], 4), (addr[1], 6), (addr[2], 8), (addr[3], 8)])
        homecells = d(home) if home else [""] * 12
        put_row(ws, r + 3, 1, [("携帯", 4), *d(mob), ("自宅", 1), *homecells], num=True)
        r += 5
    note(ws, r, 1, "連絡順：支店長 → 各課長 → 課員（上から順に）。不通の場合は次の人へ。", 30)
    return fixed_xlsx(wb, "osaka-soumu")


MESSAGES["620_int_xlsx_emergency_contact_blocks.eml"] = message(
    sender="大阪支店 総務課 上田 真由美 <ueda.mayumi@osaka.example.co.jp>",
    to=["本社 総務部 <soumu@example.co.jp>"],
    subject="大阪支店 緊急連絡網（1月更新分）の提出",
    date="Thu, 29 Jan 2026 12:40:00 +0900", msgid="<20260129124000.620A@osaka.example.co.jp>",
    body=L("本社 総務部 御中",
           "",
           "大阪支店 総務課の上田です。",
           "1月の人事異動と転居を反映した緊急連絡網を提出します（営業・業務の 5 名分）。",
           "支店長・課長分は変更がないため、前回提出分のままです。",
           "",
           "安否確認システムへの反映をお願いいたします。",
           "",
           SIGDASH,
           "大阪支店 総務課 上田（内線 7102）"),
    attachments=[("緊急連絡網_大阪支店_202601.xlsx", XLSX, wb620())])


# ===================================================================================== 621
# 保険代理店部 (hoken. subdomain) -> external insurer: 生命保険 申込書 as a PDF with a text layer, digits drawn
# one per box (each its own text object): 契約者 DOB (○昭和 ●平成 + 02 年 07 月 21 日), 受取人 DOB (●昭和 63 年
# 11 月 09 日), 〒 boxes + address, mobile in boxes, 口座番号 in 7 boxes with ■普通 -> confirm; 申込日,
# 代理店コード, 金融機関 / 支店コード, 身長 / 体重 are not.
def pdf621() -> bytes:
    it = []

    def t(x, y, s, txt):
        it.append(("t", x, y, s, txt))

    def bx(x, y, chars):
        items, nx = boxes(x, y, chars)
        it.extend(items)
        return nx

    t(150, 800, 16, "生命保険契約申込書（兼 告知書）")
    t(50, 772, 9, "申込日　令和8年1月22日")
    t(330, 776, 9, "代理店コード")
    bx(395, 770, "47102285")
    t(50, 745, 11, "■ 契約者（被保険者）")
    t(60, 722, 10, "氏名　佐藤 恵美　（サトウ エミ）　性別 女")
    t(60, 698, 10, "生年月日　○昭和　●平成　○令和")
    x = bx(230, 692, "02")
    t(x + 3, 697, 10, "年")
    x = bx(x + 18, 692, "07")
    t(x + 3, 697, 10, "月")
    x = bx(x + 18, 692, "21")
    t(x + 3, 697, 10, "日")
    t(60, 672, 10, "郵便番号")
    bx(130, 666, "223-0062")
    t(60, 648, 10, "住所　神奈川県横浜市港北区日吉本町4-11-7")
    t(60, 624, 10, "携帯電話")
    bx(130, 618, "080-6623-1905")
    t(60, 600, 10, "職業　会社員（事務）　身長")
    bx(205, 594, "158")
    t(252, 600, 10, "cm　体重")
    bx(300, 594, "49")
    t(333, 600, 10, "kg")
    t(50, 570, 11, "■ 死亡保険金受取人")
    t(60, 548, 10, "氏名　佐藤 健一　続柄 夫　生年月日　●昭和　○平成")
    x = bx(330, 542, "63")
    t(x + 3, 547, 10, "年")
    x = bx(x + 18, 542, "11")
    t(x + 3, 547, 10, "月")
    x = bx(x + 18, 542, "09")
    t(x + 3, 547, 10, "日")
    t(50, 515, 11, "■ 保険料払込方法　■口座振替　□クレジットカード")
    t(60, 493, 10, "金融機関　横浜銀行　日吉支店　金融機関コード")
    bx(290, 487, "0138")
    t(355, 493, 10, "支店コード")
    bx(410, 487, "321")
    t(60, 467, 10, "預金種目　■普通　□当座　口座番号")
    bx(230, 461, "1830462")
    t(50, 435, 11, "■ ご契約内容")
    t(60, 413, 10, "保険種類　終身医療保険（入院日額 5,000円、先進医療特約付）　払込期間 終身　月払保険料 3,420円")
    t(50, 380, 9, "上記のとおり申し込みます。告知内容に相違ありません。")
    return pdf(it, producer="FormSoft PDF Writer 3.2", created="20260122150000")


MESSAGES["621_pdf_life_insurance_application_boxes.eml"] = message(
    sender="保険代理店部 横浜ショップ 木村 沙織 <kimura.saori@hoken.example.co.jp>",
    to=["さくら生命保険株式会社 代理店サポートデスク <dairiten-support@sakura-life.example>"],
    subject="【申込書送付】終身医療保険 新規 1件（代理店コード 47102285）",
    date="Thu, 22 Jan 2026 15:35:00 +0900", msgid="<20260122153500.621A@hoken.example.co.jp>",
    body=L("さくら生命保険株式会社",
           "代理店サポートデスク ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル保険代理店部 横浜ショップの木村です。",
           "本日お申込みいただいた終身医療保険 1 件の申込書（PDF）をお送りします。",
           "口座振替依頼書の原本は、本日の定期便で本社経由でお送りします。",
           "",
           "告知はすべて「いいえ」のため、通常の査定でお願いいたします。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("保険代理店部 横浜ショップ", "木村 沙織", None, "kimura.saori@hoken.example.co.jp")),
    attachments=[("申込書_20260122_サトウエミ.pdf", "application/pdf", pdf621())])


# ===================================================================================== 622
# 総務部 -> external parking management company: four 駐車場 利用申込書 blocks on one 方眼紙 sheet: 〒 in
# cells, address over cells, one phone each in cells; 生年月日 filled for two (■昭和 / ■平成 + cells), blank
# for two; 車両登録番号, 車検満了日 are not -> 4 〒, 4 addresses, 4 phones, 2 DOBs: below every list
# threshold -> hold.
APPL622 = [
    ("青木 直樹", ("■昭和", "□平成"), ("56", "09", "12"), "143-0023", ("東京都", "大田区", "山王2丁目7-11", ""),
     "090-2236-5518", "プリウス", "品川 330 せ 41-27", "令和9年4月"),
    ("石川 智子", ("□昭和", "□平成"), ("", "", ""), "152-0004", ("東京都", "目黒区", "鷹番3丁目14-2", "鷹番レジデンス401"),
     "03-3719-6624", "フィット", "品川 500 ほ 82-06", "令和8年11月"),
    ("村井 亮", ("□昭和", "■平成"), ("02", "11", "29"), "211-0004", ("神奈川県", "川崎市中原区", "新丸子東2丁目907-5", ""),
     "080-6627-3390", "セレナ", "川崎 300 ろ 12-88", "令和10年2月"),
    ("杉山 恵子", ("□昭和", "□平成"), ("", "", ""), "135-0016", ("東京都", "江東区", "東陽5丁目28-6", "東陽パークハウス1103"),
     "070-3115-8847", "N-BOX", "江東 580 あ 67-03", "令和9年8月"),
]


def wb622():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "利用申込書"
    grid_sheet(ws, 32)
    title(ws, 1, "月極駐車場 利用申込書（パーク芝公園第3 法人契約分）", 32)
    note(ws, 2, 1, "契約者：株式会社エグザンプル　利用開始：2026年3月1日　区画：B-11〜B-14", 32)
    r = 4
    for i, (name, era, ymd, post, addr, tel, car, plate, shaken) in enumerate(APPL622, 1):
        put_row(ws, r, 1, [(f"申込者{i}", 4), (name, 8), ("生年月日", 4), (era[0], 3), (era[1], 3), *(d(ymd[0]) or ["", ""]), "年",
                           *(d(ymd[1]) or ["", ""]), "月", *(d(ymd[2]) or ["", ""]), "日"], num=True)
        put_row(ws, r + 1, 1, [("郵便番号", 4), "〒", *d(post[:3]), "-", *d(post[4:]), ("", 19)], num=True)
        put_row(ws, r + 2, 1, [("住所", 4), (addr[0], 4), (addr[1], 6), (addr[2], 9), (addr[3], 9)])
        put_row(ws, r + 3, 1, [("電話番号", 4), *d(tel), ("", 28 - len(tel))], num=True)
        put_row(ws, r + 4, 1, [("車名", 4), (car, 6), ("登録番号", 4), (plate, 8), ("車検満了", 4), (shaken, 6)])
        r += 6
    note(ws, r, 1, "※ 車検証の写しは 4 名分まとめて郵送します。", 32)
    return fixed_xlsx(wb, "soumu")


MESSAGES["622_xlsx_parking_applications_four_below_threshold.eml"] = message(
    sender="総務部 総務グループ 森 由佳 <mori.yuka@example.co.jp>",
    to=["株式会社パーク芝 管理部 <kanri@park-shiba.example>"],
    subject="パーク芝公園第3 法人契約 利用申込書（4台分）",
    date="Fri, 30 Jan 2026 10:50:00 +0900", msgid="<20260130105000.622A@example.co.jp>",
    body=L("株式会社パーク芝",
           "管理部 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル総務部の森です。",
           "3月1日から追加でお借りする B-11〜B-14 の 4 区画について、利用者 4 名の申込書を Excel でお送りします。",
           "生年月日は任意とのことでしたので、記入のない方もいます。",
           "",
           "契約書は法人名義で従来どおりお願いいたします。",
           "",
           sig("総務部 総務グループ", "森 由佳", "03-6453-1017", "mori.yuka@example.co.jp")),
    attachments=[("駐車場利用申込書_4名.xlsx", XLSX, wb622())])


def main() -> None:
    assert all(len(h) == 28 for h in HOURS606.values())
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(603, 623))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
