"""Writes held-out messages 318-337 into tests/corpus_heldout/ (deterministic).

Theme: how the guard tells the SENDER'S OWN details from other people's, and text laid out unusually.
- Long reply threads (318-322): an Outlook thread of four '-----Original Message-----' levels where
  the customer's signature (〒, address, TEL, FAX, mobile, mail) and his colleague's sit between two
  copies of the sender's own ━-framed signature (318); a Gmail thread five levels deep ('>' to
  '>>>>', Japanese 'YYYY年M月D日(曜) HH:MM 名前 <addr>:' attributions) where the sender's '-- '
  signature repeats at three levels and the sender also writes her own mobile in the body (319);
  an 'iPhoneから送信' reply with the sender's mobile typed above it, repeating his own desk signature
  quoted two levels down (320); an English thread (Gmail 'On ... wrote:', 'Sent from my iPhone')
  with a Singapore partner's signature and a Tokyo liaison's +81 number (321); an Outlook
  差出人:/送信日時:/宛先: thread where an internal COLLEAGUE's signature (not the sender's) and the
  partner's are quoted (322).
- Text laid out as tables (323-327): a box-drawing table (┌─┬─┐ │ ├┼┤ └┴┘) of staff DOBs and
  mobiles (323), a Markdown pipe table of customers (324), fixed-width columns aligned with spaces
  with one recipient on two rows (325), a Slack thread pasted into a mail with a customer's phone
  and address (326), an English Teams chat pasted with a speaker's assistant's +44 mobile and the
  sender's own mobile typed in the chat (327).
- Office files and zips with text in less common places, built by hand (328-333): a .docx with a
  keyword and a phone in the page header, a mobile and site address in a text box (w:txbxContent,
  DrawingML + VML fallback) and an e-mail in the footer (328); a .docx table (w:tbl) of trip
  participants with DOBs and emergency numbers (329); a .pptx whose slide holds a table (a:tbl) of
  five customers (330); an .xlsx with personal data only in a cell comment (331); a .zip whose member
  names are CP932 without the UTF-8 flag, one holding a customer's name and phone (332); a ZipCrypto
  password .zip (general-purpose bit 0 set, really encrypted; PPAP) (333).
- Controls (334-337): a thread where only the sender's own signature repeats (334), a box-drawing
  table of SKUs, JAN codes and prices (335), an internal-only Markdown table of servers, IPs, ports
  and versions (336, pass), a quotation .docx whose footer is the sender's own company address and
  main number, as in her signature (337).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_318_337.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import unicodedata
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font
from stdnum import ean
from stdnum.jp import cn

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 7, 1, 9, 0, 0)
FIXED = dt.datetime(2025, 7, 1, 0, 30, 0)
MESSAGES: dict[str, bytes] = {}

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def message(*, sender, to, subject, date, msgid, body, attachments=(), cc=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
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
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


# ---- a zip written by hand: raw (CP932) member names, ZipCrypto ------------------------

def _crc_byte(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def zipcrypto(data: bytes, password: bytes, check: int, seed: bytes) -> bytes:
    """Traditional PKWARE encryption: a 12-byte header (11 fixed bytes + the CRC's high byte)."""
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


def hand_zip(members: list[tuple[bytes, bytes]], *, utf8_flag: bool = False, password: bytes | None = None) -> bytes:
    """members: (raw name bytes, data). Deflated; names written as given (no UTF-8 flag unless asked)."""
    y, mo, d, h, mi, s = ZIP_DATE
    dtime, ddate = (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d
    flags = (0x800 if utf8_flag else 0) | (0x1 if password else 0)
    out, central = bytearray(), bytearray()
    for n, (name, data) in enumerate(members):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        if password:
            comp = zipcrypto(comp, password, crc >> 24, bytes((37 * n + 11 * i + 5) & 0xFF for i in range(11)))
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc, len(comp), len(data),
                           len(name), 0) + name + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc, len(comp),
                               len(data), len(name), 0, 0, 0, 0, 0x20, offset) + name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


# ---- OOXML by hand ---------------------------------------------------------------------

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_P = "application/vnd.openxmlformats-officedocument.presentationml."


def rels(items: list[tuple[str, str, str]]) -> str:
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


def core_props(title: str, creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-01T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def wtable(rows: list[list[str]], widths: list[int]) -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                      f'{wp(wr(cell, "<w:b/>" if r == 0 else ""))}</w:tc>' for cell, w in zip(row, widths, strict=True))
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


W_NS = (f'xmlns:w="{W}" xmlns:r="{NS_R}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="wps"')


def textbox(paras: str, shape_id: int) -> str:
    """A floating text box as Word 2010+ writes it: DrawingML (wps) with a VML fallback."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="25165{8240 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3240000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2340000" cy="1080000"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="テキスト ボックス {shape_id}"/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2340000" cy="1080000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="テキスト ボックス {shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:255.1pt;'
            f'margin-top:0;width:184.25pt;height:85.05pt;z-index:{shape_id}" strokeweight=".5pt"><v:textbox>'
            f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def docx(body: str, *, title: str, creator: str, header: str | None = None, footer: str | None = None) -> bytes:
    overrides = {"word/document.xml": CT_W + "document.main+xml", "docProps/core.xml": CORE_CT}
    drels, parts, refs = [], [], ""
    if header is not None:
        parts.append(("word/header1.xml", XML + f"<w:hdr {W_NS}>{header}</w:hdr>"))
        overrides["word/header1.xml"] = CT_W + "header+xml"
        drels.append(("rId1", "header", "header1.xml"))
        refs += '<w:headerReference w:type="default" r:id="rId1"/>'
    if footer is not None:
        parts.append(("word/footer1.xml", XML + f"<w:ftr {W_NS}>{footer}</w:ftr>"))
        overrides["word/footer1.xml"] = CT_W + "footer+xml"
        drels.append(("rId2", "footer", "footer1.xml"))
        refs += '<w:footerReference w:type="default" r:id="rId2"/>'
    doc = (XML + f"<w:document {W_NS}><w:body>{body}"
           f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" '
           'w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return zip_parts([("[Content_Types].xml", content_types(overrides)),
                      ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml"),
                                            ("rId2", "core-properties", "docProps/core.xml")])),
                      ("docProps/core.xml", core_props(title, creator)), ("word/document.xml", doc),
                      ("word/_rels/document.xml.rels", rels(drels)), *parts])


P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'xmlns:r="{NS_R}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')


def p_text(i: int, lines: list[str], y: int, size: int = 2000) -> str:
    paras = "".join(f'<a:p><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="{size}" dirty="0"/><a:t>{escape(t)}</a:t></a:r></a:p>'
                    for t in lines)
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="TextBox {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="700000"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paras}</p:txBody></p:sp>')


def p_table(i: int, rows: list[list[str]], widths: list[int], y: int) -> str:
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        b = ' b="1"' if r == 0 else ""
        tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>'
                      f'<a:r><a:rPr lang="ja-JP" altLang="en-US" sz="1100"{b} dirty="0"/><a:t>{escape(c)}</a:t></a:r>'
                      '</a:p></a:txBody><a:tcPr/></a:tc>' for c in row)
        trs.append(f'<a:tr h="370840">{tcs}</a:tr>')
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{i}" name="表 {i}"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'<p:xfrm><a:off x="457200" y="{y}"/><a:ext cx="{sum(widths)}" cy="{370840 * len(rows)}"/></p:xfrm>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            f'<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(trs)}</a:tbl>'
            "</a:graphicData></a:graphic></p:graphicFrame>")


def sptree(shapes: str) -> str:
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/>'
            "</a:xfrm></p:grpSpPr>" + shapes + "</p:spTree></p:cSld>")


def pptx(slides: list[str], title: str, creator: str) -> bytes:
    """slides: the shapes of each slide (p_text / p_table output)."""
    overrides = {"ppt/presentation.xml": CT_P + "presentation.main+xml",
                 "ppt/slideMasters/slideMaster1.xml": CT_P + "slideMaster+xml",
                 "ppt/slideLayouts/slideLayout1.xml": CT_P + "slideLayout+xml",
                 "ppt/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
                 "docProps/core.xml": CORE_CT}
    parts = []
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "theme", "theme/theme1.xml")]
    ids = []
    for n, shapes in enumerate(slides, 1):
        parts.append((f"ppt/slides/slide{n}.xml", XML + f"<p:sld {P_NS}>{sptree(shapes)}"
                      "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"))
        parts.append((f"ppt/slides/_rels/slide{n}.xml.rels", rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")])))
        overrides[f"ppt/slides/slide{n}.xml"] = CT_P + "slide+xml"
        prels.append((f"rId{n + 2}", "slide", f"slides/slide{n}.xml"))
        ids.append(f'<p:sldId id="{255 + n}" r:id="rId{n + 2}"/>')
    pres = (XML + f'<p:presentation {P_NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
            f'</p:sldMasterIdLst><p:sldIdLst>{"".join(ids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>'
            '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    master = (XML + f'<p:sldMaster {P_NS}>{sptree("")}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
              'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
              'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    layout = (XML + f'<p:sldLayout {P_NS} type="blank" preserve="1">{sptree("")}'
              "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")
    clr = "".join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in (
        ("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"),
        ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"),
        ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")))
    font = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350">{fill}</a:ln>'
    theme = (XML + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office テーマ"><a:themeElements>'
             f'<a:clrScheme name="Office">{clr}</a:clrScheme><a:fontScheme name="Office"><a:majorFont>{font}</a:majorFont>'
             f'<a:minorFont>{font}</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
             f'<a:lnStyleLst>{line * 3}</a:lnStyleLst><a:effectStyleLst>{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}'
             f'</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    return zip_parts([("[Content_Types].xml", content_types(overrides)),
                      ("_rels/.rels", rels([("rId1", "officeDocument", "ppt/presentation.xml"),
                                            ("rId2", "core-properties", "docProps/core.xml")])),
                      ("docProps/core.xml", core_props(title, creator)), ("ppt/presentation.xml", pres),
                      ("ppt/_rels/presentation.xml.rels", rels(prels)), ("ppt/slideMasters/slideMaster1.xml", master),
                      ("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                       rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", "theme", "../theme/theme1.xml")])),
                      ("ppt/slideLayouts/slideLayout1.xml", layout),
                      ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])),
                      ("ppt/theme/theme1.xml", theme), *parts])


def fixed_xlsx(wb, creator: str) -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    raw = io.BytesIO()
    wb.save(raw)
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{creator}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-01T00:30:00Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        parts = [(n, core if n == "docProps/core.xml" else z.read(n)) for n in z.namelist()]
    return zip_parts(parts)


# ---- plain-text tables ------------------------------------------------------------------

def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: str, width: int, right: bool = False) -> str:
    fill = " " * (width - dwidth(s))
    return fill + s if right else s + fill


def box_table(rows: list[list[str]], right: set[int] = frozenset()) -> str:
    """A box-drawing table as Japanese users type it (the rules count as full-width characters)."""
    n = len(rows[0])
    widths = [max(dwidth(r[i]) for r in rows) for i in range(n)]
    widths = [w + (w % 2) for w in widths]

    def rule(left: str, mid: str, end: str) -> str:
        return left + mid.join("─" * (w // 2) for w in widths) + end

    out = [rule("┌", "┬", "┐")]
    for k, r in enumerate(rows):
        out.append("│" + "│".join(pad(c, widths[i], i in right) for i, c in enumerate(r)) + "│")
        if k == 0:
            out.append(rule("├", "┼", "┤"))
    out.append(rule("└", "┴", "┘"))
    return "\n".join(out)


def fixed_width(rows: list[list[str]], gap: int = 2) -> str:
    n = len(rows[0])
    widths = [max(dwidth(r[i]) for r in rows) for i in range(n)]
    lines = []
    for k, r in enumerate(rows):
        lines.append((" " * gap).join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append((" " * gap).join("-" * w for w in widths))
    return "\n".join(lines)


def md_table(rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def quote(text: str, level: int = 1) -> str:
    mark = ">" * level
    return "\n".join(f"{mark} {line}".rstrip() if line else mark for line in text.split("\n"))


# ===================================================================================== 318
# Outlook thread, four '-----Original Message-----' levels. The sender's own ━-framed signature at
# the top and again in his quoted earlier reply; the customer's signature (〒, address, TEL, FAX,
# mobile, mail) and his colleague's first mail with her direct line and mail.
own318 = ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n株式会社エグザンプル 営業二課\n松井 健太\n"
          "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-2214 / 携帯 090-5127-6630\n"
          "matsui.k@example.co.jp\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n")
takada318 = ("北斗精機株式会社 生産技術課\n高田 誠\n〒190-0022 東京都立川市錦町3-8-14\n"
             "TEL 042-526-3311 FAX 042-526-3312\n携帯 080-2953-4417\nMail takada@hokuto-seiki.example\n")
body318 = ("高田様\n(cc: 村井様)\n\nお世話になっております。エグザンプルの松井です。\n"
           "追加の位置決め治具 2式について、7月25日(金)出荷で確定しました。\n"
           "お見積 Q-2507-0412 の金額(1式 186,000円)から変更はございません。\n\n" + own318 +
           "\n-----Original Message-----\nFrom: 高田 誠 <takada@hokuto-seiki.example>\n"
           "Sent: Wednesday, July 2, 2025 6:41 PM\nTo: 松井 健太 <matsui.k@example.co.jp>\n"
           "Cc: 村井 里美 <murai@hokuto-seiki.example>\nSubject: RE: RE: 位置決め治具の追加見積について\n\n"
           "松井様\n\nお見積ありがとうございます。2式で正式に発注いたします。\n"
           "注文書は村井から別途お送りします。出荷日が決まりましたらご連絡ください。\n"
           "当日は私が不在の可能性があるため、携帯にお電話いただけると助かります。\n\n" + takada318 +
           "\n-----Original Message-----\nFrom: 松井 健太 <matsui.k@example.co.jp>\n"
           "Sent: Wednesday, July 2, 2025 11:05 AM\nTo: 高田 誠 <takada@hokuto-seiki.example>\n"
           "Cc: 村井 里美 <murai@hokuto-seiki.example>\nSubject: RE: 位置決め治具の追加見積について\n\n"
           "高田様\n\nお問い合わせの件、お見積 Q-2507-0412 を添付いたします。\n"
           "1式 186,000円(税別)、納期はご注文から3週間です。\n\n" + own318 +
           "\n-----Original Message-----\nFrom: 村井 里美 <murai@hokuto-seiki.example>\n"
           "Sent: Tuesday, July 1, 2025 4:20 PM\nTo: 松井 健太 <matsui.k@example.co.jp>\n"
           "Cc: 高田 誠 <takada@hokuto-seiki.example>\nSubject: 位置決め治具の追加見積について\n\n"
           "株式会社エグザンプル\n松井様\n\n先月納品いただいた治具(図番 HS-J-2204)を2式追加でお願いしたく、\n"
           "お見積をお願いできますでしょうか。技術的な内容は高田が担当します。\n\n"
           "北斗精機株式会社 購買課\n村井 里美\nTEL 042-526-3318(直通)\nmurai@hokuto-seiki.example\n")
MESSAGES["318_thread_outlook_four_levels_customer_signature.eml"] = message(
    sender="松井 健太 <matsui.k@example.co.jp>",
    to=["高田 誠 <takada@hokuto-seiki.example>"], cc=["村井 里美 <murai@hokuto-seiki.example>"],
    subject="RE: RE: RE: 位置決め治具の追加見積について", date="Thu, 03 Jul 2025 09:12:40 +0900",
    msgid="<TYCP286MB1318A2F1C0D4E7B2@TYCP286MB1318.JPNP286.PROD.OUTLOOK.COM>", body=body318)

# ===================================================================================== 319
# Gmail thread five levels deep; the sender's '-- ' signature at the top, at '>>' and at '>>>>'; she
# also writes her own mobile in the body. The freelance designer's signature (mobile + mail) at '>'
# and '>>>', and the print shop's contact she passes on at '>>>'.
own319 = "-- \n株式会社エグザンプル 広報室\n石田 真由美\nTEL 03-6453-1842 / 携帯 080-6624-1093\n"
aya319 = "━━\nデザイン事務所アヤ\n中川 彩\n携帯 090-3348-7125\naya.nakagawa.design@freemail.example\n━━\n"
lvl4 = ("中川様\n\n会社案内パンフレット(A4 8ページ)のデザインをお願いしたく、ご連絡しました。\n"
        "納期は8月末、部数は3,000部を予定しています。\n\n" + own319)
lvl3 = ("石田様\n\nご依頼ありがとうございます。お引き受けします。\n"
        "印刷は以前もお願いしたサンライズ印刷さんを考えています。担当の清水さん\n"
        "(03-5820-4471、shimizu@sunrise-print.example)と入稿の段取りは私が直接やりとりします。\n\n" + aya319 +
        "\n2025年7月1日(火) 15:02 石田 真由美 <ishida.m@example.co.jp>:\n" + quote(lvl4))
lvl2 = ("中川様\n\n印刷所の件、承知しました。初稿は7月18日(金)でお願いできますか。\n\n" + own319 +
        "\n2025年7月1日(火) 18:40 中川 彩 <aya.nakagawa.design@freemail.example>:\n" + quote(lvl3))
lvl1 = ("石田様\n\n7月18日(金)初稿、了解です。写真素材のデータを共有フォルダにお願いします。\n\n" + aya319 +
        "\n2025年7月2日(水) 9:15 石田 真由美 <ishida.m@example.co.jp>:\n" + quote(lvl2))
body319 = ("中川様\n\n写真素材(42点)を共有フォルダに入れました。\n"
           "週末に確認事項があれば、私の携帯 080-6624-1093 にご連絡ください。\n\n" + own319 +
           "\n2025年7月3日(木) 10:12 中川 彩 <aya.nakagawa.design@freemail.example>:\n" + quote(lvl1))
MESSAGES["319_thread_gmail_five_levels_own_signature_thrice.eml"] = message(
    sender="石田 真由美 <ishida.m@example.co.jp>",
    to=["中川 彩 <aya.nakagawa.design@freemail.example>"],
    subject="Re: 会社案内パンフレット デザインのご依頼", date="Thu, 03 Jul 2025 14:26:05 +0900",
    msgid="<CAF3x9pQ319Lm0dE7a2Vb1Kq8uRzT5YwN4hJ@mail.gmail.com>", body=body319,
    mailer=None)

# ===================================================================================== 320
# 'iPhoneから送信' reply: the sender's mobile typed above it (his own, as in his desk signature
# quoted at '>>'); he passes on the owner's mobile; the installer's '>' mail has the site 〒/address
# and his own mobile.
body320 = ("小西様\n\n了解です。明日9時に現地で合流します。\n施主の森下様の携帯は 070-3316-8842 です。\n"
           "到着前に一度お電話をお願いします。\n\n岡本\n090-7718-2350\n\niPhoneから送信\n\n"
           "> 2025/07/07 17:48、小西 隆 <konishi@aoba-setsubi.example>のメール:\n>\n"
           "> 岡本様\n>\n> 明日の給湯器交換の件、施主様の連絡先を教えてください。\n"
           "> 現場は〒252-0804 神奈川県藤沢市湘南台2-15-6 で合っていますか。\n>\n"
           "> 青葉設備 小西\n> 携帯 080-5591-2047\n>\n"
           ">> 2025/07/07 15:10、岡本 哲也 <okamoto.t@example.co.jp>のメール:\n>>\n"
           ">> 小西様\n>>\n>> お世話になっております。給湯器交換(工事番号 K-2507-0233)の手配をお願いします。\n"
           ">> 機種は GT-C2462SAWX、7月8日(火) 9:00〜の予定です。\n>>\n"
           ">> -- \n>> 株式会社エグザンプル 工事部\n>> 岡本 哲也\n>> TEL 0466-27-3310 / 携帯 090-7718-2350\n"
           ">> okamoto.t@example.co.jp\n")
MESSAGES["320_iphone_reply_own_mobile_above_signature.eml"] = message(
    sender="岡本 哲也 <okamoto.t@example.co.jp>",
    to=["小西 隆 <konishi@aoba-setsubi.example>"],
    subject="Re: 給湯器交換 7/8 施主様連絡先", date="Mon, 07 Jul 2025 18:03:11 +0900",
    msgid="<6F2C1B0E-3A20-4D7E-9C31-320A5B7E1D44@example.co.jp>", body=body320,
    mailer=("X-Mailer", "iPhone Mail (22F76)"))

# ===================================================================================== 321
# English: 'Sent from my iPhone' reply; the sender's +81 mobile typed above it repeats his own
# signature quoted at '>>'; the Singapore partner's signature (T/M +65, mail) at '>', the driver's
# +65 mobile, and a Tokyo liaison's +81 3 number at '>>>'.
body321 = ("Hi Priya,\n\nConfirmed, I'll meet Mr. Tan at the hotel lobby at 8:30 on the 11th.\n"
           "If anything changes, please call my mobile.\n\nKenji\n+81 90 4826 1175\n\nSent from my iPhone\n\n"
           "On Jul 8, 2025, at 22:14, Priya Raman <priya.raman@lionbridge-trading.example> wrote:\n\n"
           "> Hi Kenji,\n>\n> Great, thank you. Mr. Tan Wei Ming, our driver, will pick you up at 8:30.\n"
           "> His mobile is +65 9123 4876.\n>\n> Best regards,\n> Priya Raman\n"
           "> Regional Sales Manager | Lionbridge Trading Pte. Ltd.\n> 1 Raffles Place #20-01, Singapore 048616\n"
           "> T +65 6512 3380 | M +65 8734 2219\n> priya.raman@lionbridge-trading.example\n>\n"
           "> On Tue, Jul 8, 2025 at 11:02 AM Kenji Hara <hara.k@example.co.jp> wrote:\n>\n"
           ">> Dear Priya,\n>>\n>> I'll arrive in Singapore on July 10 (SQ 637) and stay at the Marina hotel.\n"
           ">> Could someone take me to your warehouse on the 11th?\n>>\n"
           ">> -- \n>> Kenji Hara\n>> Overseas Sales, Example Co., Ltd.\n>> Tel +81 3 6453 2290 | Mobile +81 90 4826 1175\n"
           ">> hara.k@example.co.jp\n>>\n"
           ">> On Mon, Jul 7, 2025 at 6:40 PM Priya Raman <priya.raman@lionbridge-trading.example> wrote:\n>>\n"
           ">>> Hi Kenji,\n>>>\n>>> The samples (PO 4500-2231) are ready. If you need them in Tokyo first,\n"
           ">>> our Tokyo liaison Ms. Aiko Fujita (+81 3 5524 7781) can hand-carry them.\n>>>\n"
           ">>> Regards,\n>>> Priya\n")
MESSAGES["321_en_thread_sent_from_iphone_partner_signature.eml"] = message(
    sender="Kenji Hara <hara.k@example.co.jp>",
    to=["Priya Raman <priya.raman@lionbridge-trading.example>"],
    subject="Re: Warehouse visit on July 11", date="Tue, 08 Jul 2025 23:05:47 +0900",
    msgid="<A81D7C52-1B3E-4F0A-8E21-321C9D04B6F7@example.co.jp>", body=body321,
    mailer=("X-Mailer", "iPhone Mail (22F76)"))

# ===================================================================================== 322
# Outlook 差出人:/送信日時: thread: the sender's ―― signature on top only; quoted: the partner's
# signature (〒, address, TEL, mail) and the site manager's mobile he names, and an internal
# COLLEAGUE's signature (direct TEL, mobile, mail): another person's, not the sender's.
maru322 = ("ヒカリオフィス株式会社 東海支店\n丸山 浩二\n〒460-0008 愛知県名古屋市中区栄3-18-1\n"
           "TEL 052-261-7740\nmaruyama@hikari-office.example\n")
body322 = ("丸山様\n\nお世話になっております。エグザンプル総務部の長谷川です。\n"
           "7月26日(土)の内装工事、8:00 開錠で承知しました。当日は吉岡が立ち会います。\n\n"
           "――――――――――――――――――――\n株式会社エグザンプル 総務部\n長谷川 由紀\n"
           "TEL 03-6453-1120 / 携帯 080-2271-9634\n――――――――――――――――――――\n\n"
           "差出人: 丸山 浩二 <maruyama@hikari-office.example>\n送信日時: 2025年7月9日 水曜日 14:02\n"
           "宛先: 吉岡 亮 <yoshioka.r@example.co.jp>\nCC: 長谷川 由紀 <hasegawa.y@example.co.jp>\n"
           "件名: RE: 名古屋営業所 内装工事の件\n\n吉岡様\n\n工事は7月26日(土) 8:00 開始でお願いします。\n"
           "当日の現場責任者は協力会社の坂口(携帯 090-6208-3375)です。\n\n" + maru322 +
           "\n差出人: 吉岡 亮 <yoshioka.r@example.co.jp>\n送信日時: 2025年7月8日 火曜日 10:31\n"
           "宛先: 丸山 浩二 <maruyama@hikari-office.example>\nCC: 長谷川 由紀 <hasegawa.y@example.co.jp>\n"
           "件名: RE: 名古屋営業所 内装工事の件\n\n丸山様\n\n工事日程は土曜日でお願いできますか。ビルの申請は当社で行います。\n\n"
           "株式会社エグザンプル 総務部 施設管理課\n吉岡 亮\nTEL 03-6453-1127 携帯 090-1846-5502\n"
           "yoshioka.r@example.co.jp\n"
           "\n差出人: 丸山 浩二 <maruyama@hikari-office.example>\n送信日時: 2025年7月7日 月曜日 17:45\n"
           "宛先: 吉岡 亮 <yoshioka.r@example.co.jp>\n件名: 名古屋営業所 内装工事の件\n\n吉岡様\n\n"
           "内装工事(見積 HK-25-0712)の日程をご相談させてください。工期は1日です。\n\n" + maru322)
MESSAGES["322_outlook_sashidashinin_colleague_and_partner_signatures.eml"] = message(
    sender="長谷川 由紀 <hasegawa.y@example.co.jp>",
    to=["丸山 浩二 <maruyama@hikari-office.example>"], cc=["吉岡 亮 <yoshioka.r@example.co.jp>"],
    subject="RE: RE: 名古屋営業所 内装工事の件", date="Wed, 09 Jul 2025 16:20:33 +0900",
    msgid="<TYAP286MB0322B7E3D1F0A9C5@TYAP286MB0322.JPNP286.PROD.OUTLOOK.COM>", body=body322)

# ===================================================================================== 323
# Box-drawing table: four event staff (our own contractors) with 生年月日 and 携帯, for building passes.
rows323 = [["No", "氏名", "生年月日", "携帯電話", "担当"],
           ["1", "川村 優斗", "1996/04/18", "090-2276-4183", "受付"],
           ["2", "三宅 奈々", "1989/11/02", "080-6631-2058", "受付"],
           ["3", "杉山 圭", "2001/07/25", "070-4492-8817", "誘導"],
           ["4", "福田 亜希子", "1993/01/30", "090-8810-3364", "物販"]]
body323 = ("ベイサイドタワー 防災センター御中\n\nいつもお世話になっております。株式会社エグザンプルの河合です。\n"
           "7月19日(土)の展示会(18階 ホールB)に従事するスタッフの入館申請をお送りします。\n"
           "ご指示どおり、生年月日と緊急連絡用の携帯番号を記載しています。\n\n" + box_table(rows323) +
           "\n\n入館時間: 7:30〜20:00 / 搬入車両: 品川400さ12-07(2t)\n\n"
           "-- \n株式会社エグザンプル 販促企画課\n河合 美穂\nTEL 03-6453-1718\n")
MESSAGES["323_box_drawing_table_staff_dob_mobiles.eml"] = message(
    sender="河合 美穂 <kawai.m@example.co.jp>", to=["防災センター <bousai@bayside-tower.example>"],
    subject="【入館申請】7/19 展示会スタッフ 4名", date="Thu, 10 Jul 2025 11:40:00 +0900",
    msgid="<20250710114000.323K@example.co.jp>", body=body323)

# ===================================================================================== 324
# Markdown pipe table: three customers' 郵便番号, 住所, 電話番号 for a maintenance contractor.
rows324 = [["No", "お客様名", "郵便番号", "住所", "電話番号", "希望日時"],
           ["1", "石原 弘 様", "231-0023", "神奈川県横浜市中区山下町112-3", "045-641-2297", "7/15(火) 午前"],
           ["2", "大塚 真理子 様", "236-0021", "神奈川県横浜市金沢区泥亀1-22-6", "080-4153-6620", "7/15(火) 午後"],
           ["3", "関 俊介 様", "221-0835", "神奈川県横浜市神奈川区鶴屋町2-24-1 グランデ鶴屋町502", "090-7725-3148",
            "7/16(水) 終日"]]
body324 = ("港南サービス株式会社\n点検受付ご担当者様\n\nエグザンプル カスタマーサポートの藤井です。\n"
           "給湯器の定期点検、今週分の訪問先を Markdown の表でお送りします(社内チャットから貼り付けています)。\n\n"
           + md_table(rows324) +
           "\n\n機種はいずれも GT-2460 系、点検票は受付番号 TK-2507-1101〜1103 で作成済みです。\n\n"
           "-- \n株式会社エグザンプル カスタマーサポート課\n藤井 亮介\nTEL 045-330-2140\n")
MESSAGES["324_markdown_pipe_table_customers.eml"] = message(
    sender="藤井 亮介 <fujii.r@example.co.jp>", to=["点検受付 <tenken@konan-service.example>"],
    subject="給湯器 定期点検 訪問先(7/15・7/16)", date="Fri, 11 Jul 2025 16:05:00 +0900",
    msgid="<20250711160500.324M@example.co.jp>", body=body324)

# ===================================================================================== 325
# Fixed-width columns aligned with spaces: five gift rows, one recipient twice (4 distinct).
rows325 = [["No", "お届け先様", "郵便番号", "ご住所", "電話番号", "品名"],
           ["1", "中村 和子", "332-0034", "埼玉県川口市並木2-11-7", "048-252-3318", "水ようかん詰合せ"],
           ["2", "藤田 敏夫", "400-0031", "山梨県甲府市丸の内1-14-9", "055-226-4471", "水ようかん詰合せ"],
           ["3", "中村 和子", "332-0034", "埼玉県川口市並木2-11-7", "048-252-3318", "珈琲ギフト"],
           ["4", "森本 恵", "920-0853", "石川県金沢市本町2-6-18", "076-231-5502", "珈琲ギフト"],
           ["5", "平野 雄一", "862-0950", "熊本県熊本市中央区水前寺3-9-4", "096-383-7219", "水ようかん詰合せ"]]
body325 = ("丸栄百貨店 法人外商部\n佐久間様\n\nいつもお世話になっております。エグザンプル秘書室の大野です。\n"
           "お中元の配送先を下記のとおりお願いいたします(5件、うち中村様は2品)。\n"
           "等幅フォントでご覧ください。\n\n" + fixed_width(rows325) +
           "\n\nのし: 御中元(外のし)、名入れ: 株式会社エグザンプル 代表取締役 小田切 亘\n"
           "お届け指定: 7月18日(金)まで / ご請求: 法人口座(お客様番号 K-88213)\n\n"
           "-- \n株式会社エグザンプル 秘書室\n大野 千尋\nTEL 03-6453-1002\n")
MESSAGES["325_fixed_width_columns_gift_list_duplicate_row.eml"] = message(
    sender="大野 千尋 <ono.c@example.co.jp>", to=["佐久間 <sakuma@maruei-dept.example>"],
    subject="お中元 配送先リスト(5件)", date="Mon, 07 Jul 2025 10:22:00 +0900",
    msgid="<20250707102200.325F@example.co.jp>", body=body325)

# ===================================================================================== 326
# A Slack thread pasted into a mail to the repair partner: the customer's mobile and pick-up address.
body326 = ("海東リペア株式会社\n受付ご担当者様\n\nエグザンプル サービス課の西田です。\n"
           "引取修理の件、社内Slackのやりとりをそのまま貼ります。ご対応をお願いします。\n\n"
           "#cs-修理受付\n"
           "[2025-07-10 09:12] 小野 陽菜: @西田 翔 昨日の修理依頼のお客様(受付番号 RP-250709-0183)、折り返し先です\n"
           "[2025-07-10 09:13] 小野 陽菜: 090-4415-7263 (日中は不在がち、18時以降だとつながります)\n"
           "[2025-07-10 09:15] 西田 翔: 了解です。引取先の住所もお願いします\n"
           "[2025-07-10 09:16] 小野 陽菜: 〒330-0846 埼玉県さいたま市大宮区大門町3-42-5 ハイツ大門203\n"
           "[2025-07-10 09:18] 西田 翔: :ok_hand: 倉庫には内線 4417 で伝えます\n"
           "[2025-07-10 09:21] 小野 陽菜: 型番 RX-880、製造番号 8123004417 です :pray:\n\n"
           "引取希望日は7月12日(土)午後です。\n\n"
           "-- \n株式会社エグザンプル サービス課\n西田 翔\nTEL 048-640-2251\n")
MESSAGES["326_slack_thread_pasted_customer_phone_address.eml"] = message(
    sender="西田 翔 <nishida.s@example.co.jp>", to=["受付 <uketsuke@kaito-repair.example>"],
    subject="引取修理のお願い RP-250709-0183", date="Thu, 10 Jul 2025 09:40:00 +0900",
    msgid="<20250710094000.326S@example.co.jp>", body=body326)

# ===================================================================================== 327
# English Teams chat pasted for a venue: the speaker's assistant's +44 mobile, an interpreter's
# mobile; the sender's own mobile typed in the chat (080-…) repeats her signature (+81 80 …).
body327 = ("Dear Events Team,\n\nBelow is our internal Teams chat about the speaker logistics for July 24,\n"
           "pasted for your reference.\n\n"
           "[7/10/2025 2:05 PM] Sato, Mika\nThe speaker's assistant is Emma Clarke, mobile +44 7842 613905. "
           "She lands at HND on 7/23.\n"
           "[7/10/2025 2:07 PM] Hara, Kenji\nInterpreter confirmed: Ms. Yuki Morimoto, 090-2864-5531, arriving 8:00.\n"
           "[7/10/2025 2:09 PM] Sato, Mika\nThe venue can reach me on 080-3391-7746 on the day.\n"
           "[7/10/2025 2:10 PM] Hara, Kenji\n\U0001F44D Room B, 120 seats, badge pick-up from 8:30.\n\n"
           "Best regards,\nMika Sato\n\n"
           "-- \nMika Sato | Corporate Events, Example Co., Ltd.\nTel +81 3 6453 1560 | Mobile +81 80 3391 7746\n"
           "sato.mika@example.co.jp\n")
MESSAGES["327_en_teams_chat_pasted_own_mobile_in_chat.eml"] = message(
    sender="Mika Sato <sato.mika@example.co.jp>", to=["Events Team <events@harbourview-hall.example>"],
    subject="Speaker logistics for July 24", date="Thu, 10 Jul 2025 15:02:00 +0900",
    msgid="<20250710150200.327T@example.co.jp>", body=body327)

# ===================================================================================== 328
# docx: 【取扱注意】 and the owner's phone in the page header, his mobile and the site 〒/address in a
# text box, his e-mail in the footer; the body holds only the job.
hdr328 = wp(wr("【取扱注意】 工事依頼書 K-2507-0118 ", "<w:b/>"), wr("施主: 森田 博 様 TEL 0463-22-5817"),
            ppr='<w:jc w:val="right"/>')
ftr328 = wp(wr("施主連絡用メール: morita.hiroshi@freemail.example"), ppr='<w:jc w:val="center"/>')
tb328 = (wp(wr("鍵の受け渡し・現場", "<w:b/>")) + wp(wr("施主携帯 080-6137-2249(到着15分前に連絡)"))
         + wp(wr("現場 〒254-0045 神奈川県平塚市見附町2-8")) + wp(wr("駐車: 敷地内1台可")))
body328doc = (wp(wr("工事依頼書", '<w:b/><w:sz w:val="32"/>'), ppr='<w:jc w:val="center"/>')
              + wp(textbox(tb328, 1), wr("工事番号: K-2507-0118"))
              + wp(wr("工事内容: 浴室改修(ユニットバス 1216 サイズ入替)"))
              + wp(wr("工期: 2025年7月22日(火)〜7月25日(金) 8:30〜17:00"))
              + wp(wr("発注金額: 1,386,000円(税込)/ 支払: 月末締め翌月末"))
              + wp(wr("備考: 7月22日の解体は騒音のため近隣挨拶を済ませています。")))
MESSAGES["328_att_docx_header_textbox_footer.eml"] = message(
    sender="岡本 哲也 <okamoto.t@example.co.jp>", to=["湘南リフォーム工業 <info@shonan-reform.example>"],
    subject="工事依頼書 K-2507-0118 送付", date="Fri, 11 Jul 2025 13:15:00 +0900",
    msgid="<20250711131500.328D@example.co.jp>",
    body=("湘南リフォーム工業株式会社 御中\n\nエグザンプル工事部の岡本です。\n"
          "浴室改修の工事依頼書をお送りします。ご確認ください。\n\n"
          "-- \n株式会社エグザンプル 工事部\n岡本 哲也\nTEL 0466-27-3310\n"),
    attachments=[("工事依頼書_K-2507-0118.docx", DOCX, docx(body328doc, title="工事依頼書", creator="okamoto",
                                                          header=hdr328, footer=ftr328))])

# ===================================================================================== 329
# docx table (w:tbl): three trip participants with 生年月日, mobiles, emergency contacts.
rows329 = [["氏名", "生年月日", "携帯", "緊急連絡先(続柄)", "緊急連絡先 電話"],
           ["上田 拓真", "1992年5月14日", "090-3127-6648", "上田 恵子(母)", "0749-22-3185"],
           ["佐々木 美咲", "1995年10月2日", "080-2285-9173", "佐々木 浩(父)", "019-652-4470"],
           ["宮本 大輔", "1988年12月27日", "070-5531-0826", "宮本 さやか(妻)", "080-4127-0935"]]
body329doc = (wp(wr("海外研修(台北)参加者名簿", '<w:b/><w:sz w:val="28"/>'))
              + wp(wr("研修期間: 2025年9月3日〜9月6日 / 引率: 人事部 研修担当"))
              + wtable(rows329, [1700, 1800, 1800, 2000, 1800])
              + wp(wr("※旅券情報は別途、旅行会社指定の様式でご提出します。")))
MESSAGES["329_att_docx_table_trip_participants_dob.eml"] = message(
    sender="人事部 研修担当 <kensyu@example.co.jp>", to=["法人旅行センター <corp-travel@skyline-tours.example>"],
    subject="台北研修 参加者名簿(3名)", date="Mon, 14 Jul 2025 10:05:00 +0900",
    msgid="<20250714100500.329W@example.co.jp>",
    body=("スカイラインツアーズ 法人旅行センター御中\n\nエグザンプル人事部の研修担当です。\n"
          "9月の台北研修の参加者名簿(Word)をお送りします。航空券と保険の手配をお願いします。\n\n"
          "-- \n株式会社エグザンプル 人事部 研修担当\n新井 沙織\nTEL 03-6453-1150\n"),
    attachments=[("台北研修_参加者名簿.docx", DOCX, docx(body329doc, title="参加者名簿", creator="arai"))])

# ===================================================================================== 330
# pptx with a table (a:tbl) on slide 2: five customers' contacts and phones.
rows330 = [["顧客名", "ご担当者", "電話", "メール", "訪問予定"],
           ["三和化工株式会社", "総務部 桑原 様", "048-663-2271", "kuwabara@sanwa-kako.example", "7/17(木)"],
           ["株式会社ミドリ食品", "購買課 江口 様", "0285-24-6630", "eguchi.t@midori-foods.example", "7/18(金)"],
           ["大和興産株式会社", "管理部 今井 様", "090-6147-3308", "imai@yamato-kosan.example", "7/22(火)"],
           ["株式会社ひかり物流", "業務課 三浦 様", "0296-72-1185", "miura-k@hikari-logi.example", "7/24(木)"],
           ["東邦テクノ株式会社", "設備課 荒木 様", "080-2719-4452", "araki@toho-techno.example", "7/25(金)"]]
slides330 = [p_text(2, ["Q3 重点顧客 同行訪問計画"], 2400000, 3200) + p_text(3, ["2025年7月 北関東エリア / 営業三課"], 3300000),
             p_text(2, ["同行訪問先(7月後半)"], 300000, 2800)
             + p_table(3, rows330, [1600000, 1500000, 1300000, 2500000, 900000], 1200000)]
MESSAGES["330_att_pptx_table_five_customers.eml"] = message(
    sender="中島 拓也 <nakajima.t@example.co.jp>", to=["北関東販売 営業部 <eigyo@kitakanto-hanbai.example>"],
    subject="7月後半 同行訪問計画", date="Tue, 15 Jul 2025 17:30:00 +0900",
    msgid="<20250715173000.330P@example.co.jp>",
    body=("北関東販売株式会社 営業部 御中\n\nエグザンプル営業三課の中島です。\n"
          "7月後半の同行訪問先をまとめました。2枚目の表をご確認ください。\n\n"
          "-- \n株式会社エグザンプル 営業三課\n中島 拓也\nTEL 03-6453-2230\n"),
    attachments=[("同行訪問計画_2025-07.pptx", PPTX, pptx(slides330, "同行訪問計画", "nakajima"))])

# ===================================================================================== 331
# xlsx: a return tally with no personal data in the cells; one cell comment holds a customer's
# mobile and pick-up 〒/address.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "返品受付"
ws.append(["受付日", "受付番号", "品番", "数量", "理由"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in [("7/7", "RT-250707-011", "HK-2210", 1, "初期不良"), ("7/7", "RT-250707-014", "HK-3305", 2, "サイズ違い"),
          ("7/8", "RT-250708-002", "HK-2210", 1, "配送破損"), ("7/9", "RT-250709-006", "HK-4120", 1, "イメージ違い"),
          ("7/9", "RT-250709-009", "HK-3305", 3, "誤配送")]:
    ws.append(list(r))
ws["B4"].comment = Comment("CS 小野:\n山崎様 携帯 090-2217-6408\n引取先 〒371-0023 群馬県前橋市本町1-6-11\n"
                           "平日18時以降の引取希望", "CS 小野", width=260, height=110)
ws.column_dimensions["B"].width = 16
MESSAGES["331_att_xlsx_data_only_in_cell_comment.eml"] = message(
    sender="小野 陽菜 <ono.h@example.co.jp>", to=["集荷センター <shuka@kanto-express.example>"],
    subject="返品引取 依頼一覧(7/7〜7/9)", date="Wed, 09 Jul 2025 17:50:00 +0900",
    msgid="<20250709175000.331X@example.co.jp>",
    body=("関東エクスプレス 集荷センター御中\n\nエグザンプルCSの小野です。\n"
          "今週の返品引取分の一覧です。RT-250708-002 は引取先に注意事項があります(セルのメモ参照)。\n\n"
          "-- \n株式会社エグザンプル CS課\n小野 陽菜\nTEL 048-640-2250\n"),
    attachments=[("返品引取一覧_0707-0709.xlsx", XLSX, fixed_xlsx(wb, "ono"))])

# ===================================================================================== 332
# zip with CP932 member names and no UTF-8 flag (as Windows' built-in zip and Lhaplus write them);
# one member's name carries the customer's name and phone.
zip332 = hand_zip([
    ("見積依頼_山口直樹様_090-3381-5726.txt".encode("cp932"),
     "外壁塗装 見積依頼\r\n延床 32坪 / 築18年 / 木造2階建て\r\n希望時期: 9月中旬\r\n塗料: シリコン系希望\r\n".encode("cp932")),
    ("現場写真一覧.txt".encode("cp932"), "北面 4枚 / 東面 3枚 / 南面 5枚(写真は別送)\r\n".encode("cp932")),
])
MESSAGES["332_att_zip_cp932_member_name_phone.eml"] = message(
    sender="村田 和也 <murata.k@example.co.jp>", to=["見積センター <mitsumori@tosou-pro.example>"],
    subject="外壁塗装 見積依頼の資料", date="Wed, 16 Jul 2025 11:20:00 +0900",
    msgid="<20250716112000.332Z@example.co.jp>",
    body=("トソウプロ株式会社 見積センター御中\n\nエグザンプル住宅事業部の村田です。\n"
          "外壁塗装の見積依頼資料を zip でお送りします。現地調査の日程調整をお願いします。\n\n"
          "-- \n株式会社エグザンプル 住宅事業部\n村田 和也\nTEL 042-710-3321\n"),
    attachments=[("見積依頼資料.zip", "application/x-zip-compressed", zip332)])

# ===================================================================================== 333
# PPAP: a ZipCrypto password zip (really encrypted, flag bit 0) holding a quotation xlsx.
wbq = openpyxl.Workbook()
wsq = wbq.active
wsq.title = "御見積書"
for r in [["御見積書", None, None, None], ["見積番号", "Q-2507-044", None, None], ["品名", "数量", "単価", "金額"],
          ["制御盤 CP-40", 2, 380000, 760000], ["設置調整費", 1, 120000, 120000], ["合計(税別)", None, None, 880000]]:
    wsq.append(r)
zip333 = hand_zip([("見積書_Q-2507-044.xlsx".encode("cp932"), fixed_xlsx(wbq, "fukuda"))], password=b"Kq7#pL2m")
MESSAGES["333_att_zip_zipcrypto_ppap_quote.eml"] = message(
    sender="福田 大樹 <fukuda.d@example.co.jp>", to=["資材部 <shizai@nanbu-kikai.example>"],
    subject="御見積書 Q-2507-044 送付", date="Thu, 17 Jul 2025 15:45:00 +0900",
    msgid="<20250717154500.333E@example.co.jp>",
    body=("南部機械株式会社 資材部御中\n\nエグザンプル営業一課の福田です。\n"
          "制御盤更新の御見積書をお送りします。\n"
          "ファイルはパスワード付きzipです。パスワードは別メールにてお送りいたします。\n\n"
          "-- \n株式会社エグザンプル 営業一課\n福田 大樹\nTEL 03-6453-2205\n"),
    attachments=[("見積書_Q-2507-044.zip", "application/x-zip-compressed", zip333)])

# ===================================================================================== 334
# Control: a '>' thread where only the sender's own ━ signature (with her own 〒/address, TEL,
# mobile) repeats, at the top, at '>>' and at '>>>>'; she repeats her own mobile in the body; the
# customer signs with name and company only.
own334 = ("━━━━━━━━━━━━━━━━━━━━━━\n株式会社エグザンプル 営業一課\n野口 遥\n"
          "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-2207 / 携帯 080-5536-2184\n━━━━━━━━━━━━━━━━━━━━━━\n")
c1 = "野口様\n\n注文番号 PO-2507-3391、納期7月28日で承知しました。\n\n丸善工機 購買課 小松\n"
c2 = "野口様\n\n数量を 40 個から 60 個に変更できますか。\n\n丸善工機 購買課 小松\n"
o1 = "小松様\n\n40 個、7月28日(月)納品で手配いたします。\n\n" + own334
o2 = "小松様\n\n60 個でも7月28日に間に合います。念のため注文書の再発行をお願いします。\n\n" + own334
body334 = ("小松様\n\n注文書の再発行ありがとうございます。7月28日(月) 午前着で出荷します。\n"
           "当日の連絡は私の携帯 080-5536-2184 までお願いします。\n\n" + own334 +
           "\n2025/07/14 16:02, 小松 亮 wrote:\n" + quote(c1) +
           "\n>\n> 2025/07/14 11:30, 野口 遥 wrote:\n" + quote(o2, 2) +
           "\n>>\n>> 2025/07/11 17:48, 小松 亮 wrote:\n" + quote(c2, 3) +
           "\n>>>\n>>> 2025/07/11 10:05, 野口 遥 wrote:\n" + quote(o1, 4) + "\n")
MESSAGES["334_control_thread_only_own_signature_repeats.eml"] = message(
    sender="野口 遥 <noguchi.h@example.co.jp>", to=["小松 亮 <komatsu@maruzen-koki.example>"],
    subject="Re: Re: Re: Re: 注文 PO-2507-3391 納期", date="Tue, 15 Jul 2025 09:20:00 +0900",
    msgid="<0c5e2b14-334a-4f7e-9d1c-6b2a8e0f3d17@example.co.jp>", body=body334,
    mailer=("User-Agent", "Mozilla Thunderbird"))


# ===================================================================================== 335
# Control: box-drawing table of SKUs, JAN codes (valid EAN, fail the 法人番号 check), sizes, prices.
def jan13(prefix12: str) -> str:
    code = prefix12 + ean.calc_check_digit(prefix12)
    assert ean.is_valid(code) and not cn.is_valid(code), code
    return code


rows335 = [["品番", "品名", "JANコード", "入数", "卸単価", "発売日"],
           ["HK-2210", "ステンレスボトル 350ml", jan13("490123400221"), "24", "¥1,180", "2025/08/01"],
           ["HK-2215", "ステンレスボトル 500ml", jan13("490123400226"), "24", "¥1,420", "2025/08/01"],
           ["HK-3305", "保冷バッグ M", jan13("490123400331"), "40", "¥860", "2025/08/20"],
           ["HK-4120", "ランチボックス 2段", jan13("490123400412"), "36", "¥990", "2025/09/05"]]
body335 = ("サンライフ商事 商品部\n和田様\n\nエグザンプル商品企画の森です。\n"
           "秋の新商品の卸価格をお知らせします。\n\n" + box_table(rows335, right={3, 4}) +
           "\n\n最低発注ロット: 各品番 1 ケース / 価格改定: 2025年10月1日出荷分より\n\n"
           "-- \n株式会社エグザンプル 商品企画課\n森 夏美\nTEL 03-6453-1630\n")
MESSAGES["335_control_box_table_sku_jan_prices.eml"] = message(
    sender="森 夏美 <mori.n@example.co.jp>", to=["和田 <wada@sunlife-shoji.example>"],
    subject="秋の新商品 卸価格のご案内", date="Wed, 16 Jul 2025 14:00:00 +0900",
    msgid="<20250716140000.335J@example.co.jp>", body=body335)

# ===================================================================================== 336
# Control (internal only, osaka. subdomain Cc): Markdown table of servers, IPs, ports, versions, 内線.
rows336 = [["ホスト", "IPアドレス", "ポート", "OS", "ミドルウェア", "担当(内線)"],
           ["db-prd-01", "10.20.30.41", "5432", "RHEL 9.4", "PostgreSQL 15.7", "井上 (2841)"],
           ["db-prd-02", "10.20.30.42", "5432", "RHEL 9.4", "PostgreSQL 15.7", "井上 (2841)"],
           ["app-prd-01", "10.20.31.11", "8443", "Ubuntu 22.04.4", "OpenJDK 17.0.11", "宮田 (2846)"],
           ["batch-prd-01", "10.20.31.25", "22 / 9100", "Ubuntu 22.04.4", "node_exporter 1.8.1", "宮田 (2846)"],
           ["mail-relay-01", "192.168.40.5", "25 / 587", "Debian 12.6", "Postfix 3.7.11", "今村 (2852)"]]
body336 = ("インフラ各位\n\n7月19日(土) 22:00〜翌 4:00 のメンテナンス対象サーバーです。\n"
           "作業手順書は Confluence の INFRA-2025-0719 を参照してください。\n\n" + md_table(rows336) +
           "\n\n切り戻し判断: 2:30 / 連絡: Teams #infra-maint\n\n"
           "-- \n情報システム部 インフラ課\n井上 俊\n内線 2841\n")
MESSAGES["336_control_int_markdown_server_table.eml"] = message(
    sender="井上 俊 <inoue.s@example.co.jp>", to=["インフラ課 <infra@example.co.jp>"],
    cc=["大阪 情シス <is-osaka@osaka.example.co.jp>"],
    subject="7/19 メンテナンス対象サーバー一覧", date="Thu, 17 Jul 2025 18:10:00 +0900",
    msgid="<20250717181000.336I@example.co.jp>", body=body336)

# ===================================================================================== 337
# Control: quotation docx whose footer is the sender's own company name, 〒/address and main TEL,
# all as in her ━ signature; the customer's company name in the header.
hdr337 = wp(wr("株式会社タカミ電装 御中"), ppr='<w:jc w:val="left"/>')
ftr337 = wp(wr("株式会社エグザンプル 〒105-0011 東京都港区芝公園2-4-1 TEL 03-6453-1000(代表)"),
            ppr='<w:jc w:val="center"/>')
body337doc = (wp(wr("御見積書", '<w:b/><w:sz w:val="36"/>'), ppr='<w:jc w:val="center"/>')
              + wp(wr("見積番号: Q-2507-058 / 見積日: 2025年7月18日 / 有効期限: 2025年8月31日"))
              + wtable([["品名", "数量", "単価", "金額"], ["検査装置 IX-300", "1", "2,450,000", "2,450,000"],
                        ["据付・調整", "1式", "180,000", "180,000"], ["合計(税別)", "", "", "2,630,000"]],
                       [3600, 1200, 1800, 1800])
              + wp(wr("納期: ご注文後 8 週間 / 支払条件: 月末締め翌月末払い")))
MESSAGES["337_control_att_docx_footer_own_company_address.eml"] = message(
    sender="上野 理恵 <ueno.r@example.co.jp>", to=["購買課 <kobai@takami-denso.example>"],
    subject="御見積書 Q-2507-058(検査装置 IX-300)", date="Fri, 18 Jul 2025 10:30:00 +0900",
    msgid="<20250718103000.337Q@example.co.jp>",
    body=("株式会社タカミ電装 購買課御中\n\nエグザンプル営業一課の上野です。\n"
          "検査装置 IX-300 の御見積書をお送りします。ご検討のほどよろしくお願いいたします。\n\n"
          "━━━━━━━━━━━━━━━━━━━━━━\n株式会社エグザンプル 営業一課\n上野 理恵\n"
          "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-1000(代表) / 03-6453-2212(直通)\n"
          "━━━━━━━━━━━━━━━━━━━━━━\n"),
    attachments=[("御見積書_Q-2507-058.docx", DOCX, docx(body337doc, title="御見積書", creator="ueno",
                                                    header=hdr337, footer=ftr337))])


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
