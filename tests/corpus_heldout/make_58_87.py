"""Writes held-out messages 58-80: personal data in places of a file that people forget
(PDF form fields and sticky notes, hidden/very hidden sheets, cell comments, a pivot cache,
formula cached values, Word comments / tracked deletions / hidden text, PowerPoint notes and
a hidden slide, vCard, iCalendar, JSON with \\u escapes, Shift_JIS XML, saved HTML form,
UTF-16 and header-less CP932 CSV, a payment debug log, an HTML comment, a text/calendar part
and a second text/plain part). All OOXML and PDF is written by hand (zipfile, fixed dates),
so the output is byte-for-byte deterministic. Labels: labels_58.toml, written by hand.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_58_87.py

Output goes to tests/corpus_heldout/ beside the other held-out messages.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from stdnum import luhn
from stdnum.jp import in_ as mynumber

HERE = Path(__file__).resolve().parent
OUT = HERE
ZIP_DATE = (2024, 11, 20, 9, 30, 0)


# ------------------------------------------------------------------------------------
# made-up people
# ------------------------------------------------------------------------------------

def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def card(base15: str) -> str:
    return base15 + luhn.calc_check_digit(base15)


def spaced4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


TOWNS = [
    ("166-0004", "東京都杉並区阿佐谷南"), ("231-0023", "神奈川県横浜市中区山下町"),
    ("330-0846", "埼玉県さいたま市大宮区大門町"), ("273-0005", "千葉県船橋市本町"),
    ("464-0850", "愛知県名古屋市千種区今池"), ("530-0012", "大阪府大阪市北区芝田"),
    ("650-0021", "兵庫県神戸市中央区三宮町"), ("812-0013", "福岡県福岡市博多区博多駅東"),
    ("060-0042", "北海道札幌市中央区大通西"), ("980-0021", "宮城県仙台市青葉区中央"),
    ("730-0031", "広島県広島市中区紙屋町"), ("860-0806", "熊本県熊本市中央区花畑町"),
    ("700-0023", "岡山県岡山市北区駅前町"), ("920-0853", "石川県金沢市本町"),
    ("420-0857", "静岡県静岡市葵区御幸町"), ("371-0023", "群馬県前橋市本町"),
    ("310-0015", "茨城県水戸市宮町"), ("950-0087", "新潟県新潟市中央区東大通"),
    ("760-0019", "香川県高松市サンポート"), ("900-0015", "沖縄県那覇市久茂地"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("210-0007", "神奈川県川崎市川崎区駅前本町"),
    ("602-8061", "京都府京都市上京区下立売通新町西入薮之内町"), ("630-8115", "奈良県奈良市大宮町"),
    ("890-0053", "鹿児島県鹿児島市中央町"), ("790-0001", "愛媛県松山市一番町"),
    ("380-0823", "長野県長野市南千歳"), ("160-0022", "東京都新宿区新宿"),
    ("150-0043", "東京都渋谷区道玄坂"), ("104-0061", "東京都中央区銀座"),
]
SURNAMES = ["佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎", "阿部", "森",
            "池田", "橋本", "山下", "石川", "中島", "前田", "藤田", "後藤", "小川", "岡田",
            "長谷川", "村上", "近藤", "石井", "坂本", "遠藤", "青木", "藤井", "西村", "福田"]
GIVEN = ["美穂", "健太", "由美子", "翔", "真理", "大輔", "恵", "拓也", "彩", "誠",
         "裕子", "亮", "香織", "直人", "愛", "隆", "沙織", "浩", "舞", "学",
         "智子", "聡", "麻衣", "修", "陽子", "剛", "千尋", "勇気", "里美", "豊"]


class P:
    def __init__(self, i: int):
        self.name = f"{SURNAMES[i]} {GIVEN[i]}"
        self.postal, town = TOWNS[i]
        if i == 22:  # Kyoto street-name address with a lot number only
            self.address = town + "5" + str(10 + i)
        else:
            self.address = f"{town}{i % 4 + 1}-{(i * 7) % 19 + 1}-{(i * 3) % 13 + 2}"
        pre = ["090", "080", "070"][i % 3]
        self.mobile = f"{pre}-{(1200 + i * 313) % 9000 + 1000:04d}-{(2400 + i * 577) % 9000 + 1000:04d}"
        self.y, self.m, self.d = 1950 + (i * 7) % 46, i % 12 + 1, (i * 11) % 28 + 1
        self.dob = f"{self.y}/{self.m:02d}/{self.d:02d}"
        self.dob_kanji = f"{self.y}年{self.m}月{self.d}日"
        self.dob_iso = f"{self.y}-{self.m:02d}-{self.d:02d}"


PEOPLE = [P(i) for i in range(30)]


# ------------------------------------------------------------------------------------
# containers
# ------------------------------------------------------------------------------------

def zip_parts(parts: list[tuple[str, bytes | str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_XL = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def rels(items: list[tuple[str, str, str]] | list[tuple[str, str, str, str]]) -> str:
    out = [XML, f'<Relationships xmlns="{NS_PKG}">']
    for it in items:
        rid, typ, target = it[:3]
        mode = f' TargetMode="{it[3]}"' if len(it) > 3 else ""
        out.append(f'<Relationship Id="{rid}" Type="{REL}{typ}" Target={quoteattr(target)}{mode}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(defaults: dict[str, str], overrides: dict[str, str]) -> str:
    out = [XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
           '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, ct in defaults.items():
        out.append(f'<Default Extension="{ext}" ContentType="{ct}"/>')
    for part, ct in overrides.items():
        out.append(f'<Override PartName="/{part}" ContentType="{ct}"/>')
    out.append("</Types>")
    return "".join(out)


def core_props(title: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>example</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-18T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-20T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


# ---- xlsx ----------------------------------------------------------------------------

def col(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Formula:
    def __init__(self, f: str, cached: str):
        self.f, self.cached = f, cached


def xlsx(sheets: list[dict], *, pivot: dict | None = None, external: str | None = None) -> bytes:
    """sheets: dicts with name, rows, state ('visible'|'hidden'|'veryHidden'), comments
    {ref: (author, text)}, pivot_table (bool). Strings go to sharedStrings as Excel does."""
    sst: list[str] = []
    sidx: dict[str, int] = {}

    def si(s: str) -> int:
        if s not in sidx:
            sidx[s] = len(sst)
            sst.append(s)
        return sidx[s]

    parts: list[tuple[str, str]] = []
    overrides = {"xl/workbook.xml": CT_XL + "sheet.main+xml",
                 "xl/sharedStrings.xml": CT_XL + "sharedStrings+xml",
                 "xl/styles.xml": CT_XL + "styles+xml",
                 "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml"}
    wb_rels = []
    sheet_entries = []
    for n, sh in enumerate(sheets, 1):
        rows_xml = []
        for r, row in enumerate(sh["rows"], 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, Formula):
                    cells.append(f'<c r="{ref}" t="str"><f>{escape(v.f)}</f><v>{escape(v.cached)}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{si(v)}</v></c>')
            rows_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
        srels = []
        tail = ""
        if sh.get("comments"):
            srels.append(("rId1", "comments", f"../comments{n}.xml"))
            srels.append(("rId2", "vmlDrawing", f"../drawings/vmlDrawing{n}.vml"))
            tail = '<legacyDrawing r:id="rId2"/>'
            authors = sorted({a for a, _ in sh["comments"].values()})
            cm = [XML, f'<comments xmlns="{NS_MAIN}"><authors>']
            cm += [f"<author>{escape(a)}</author>" for a in authors]
            cm.append("</authors><commentList>")
            for ref, (a, text) in sh["comments"].items():
                cm.append(f'<comment ref="{ref}" authorId="{authors.index(a)}"><text>'
                          f'<r><rPr><b/><sz val="9"/><rFont val="MS P ゴシック"/></rPr><t>{escape(a)}:</t></r>'
                          f'<r><rPr><sz val="9"/><rFont val="MS P ゴシック"/></rPr><t xml:space="preserve">\n{escape(text)}</t></r>'
                          "</text></comment>")
            cm.append("</commentList></comments>")
            parts.append((f"xl/comments{n}.xml", "".join(cm)))
            overrides[f"xl/comments{n}.xml"] = CT_XL + "comments+xml"
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
                   '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                   '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, ref in enumerate(sh["comments"]):
                letters = "".join(ch for ch in ref if ch.isalpha())
                rownum = int("".join(ch for ch in ref if ch.isdigit()))
                colnum = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters))) - 1
                vml.append(f'<v:shape id="_x0000_s{1025 + k}" type="#_x0000_t202" style="position:absolute;'
                           'margin-left:60pt;margin-top:2pt;width:160pt;height:60pt;z-index:1;visibility:hidden" '
                           'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
                           '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
                           f'<x:AutoFill>False</x:AutoFill><x:Row>{rownum - 1}</x:Row><x:Column>{colnum}</x:Column>'
                           '</x:ClientData></v:shape>')
            vml.append("</xml>")
            parts.append((f"xl/drawings/vmlDrawing{n}.vml", "".join(vml)))
        if sh.get("pivot_table"):
            srels.append(("rId3", "pivotTable", "../pivotTables/pivotTable1.xml"))
        ws = (XML + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheetViews><sheetView workbookViewId="0"'
              + (' tabSelected="1"' if n == 1 else "") + '/></sheetViews><sheetFormatPr defaultRowHeight="18"/>'
              f'<sheetData>{"".join(rows_xml)}</sheetData>'
              '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
              f"{tail}</worksheet>")
        parts.append((f"xl/worksheets/sheet{n}.xml", ws))
        overrides[f"xl/worksheets/sheet{n}.xml"] = CT_XL + "worksheet+xml"
        if srels:
            parts.append((f"xl/worksheets/_rels/sheet{n}.xml.rels", rels(srels)))
        wb_rels.append((f"rId{n}", "worksheet", f"worksheets/sheet{n}.xml"))
        state = sh.get("state", "visible")
        st = "" if state == "visible" else f' state="{state}"'
        sheet_entries.append(f'<sheet name={quoteattr(sh["name"])} sheetId="{n}"{st} r:id="rId{n}"/>')
    k = len(sheets)
    wb_rels.append((f"rId{k + 1}", "styles", "styles.xml"))
    wb_rels.append((f"rId{k + 2}", "sharedStrings", "sharedStrings.xml"))
    extra_wb = ""
    if external:
        wb_rels.append((f"rId{k + 3}", "externalLink", "externalLinks/externalLink1.xml"))
        extra_wb += f'<externalReferences><externalReference r:id="rId{k + 3}"/></externalReferences>'
        parts.append(("xl/externalLinks/externalLink1.xml", XML +
                      f'<externalLink xmlns="{NS_MAIN}"><externalBook xmlns:r="{NS_R}" r:id="rId1">'
                      f'<sheetNames><sheetName val={quoteattr(external)}/></sheetNames></externalBook></externalLink>'))
        parts.append(("xl/externalLinks/_rels/externalLink1.xml.rels",
                      rels([("rId1", "externalLinkPath", "file:///\\\\fs01\\eigyo\\顧客台帳_2024.xlsx", "External")])))
        overrides["xl/externalLinks/externalLink1.xml"] = CT_XL + "externalLink+xml"
    if pivot:
        wb_rels.append((f"rId{k + 4}", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"))
        extra_wb += f'<pivotCaches><pivotCache cacheId="1" r:id="rId{k + 4}"/></pivotCaches>'
        parts += pivot_parts(pivot)
        overrides["xl/pivotCache/pivotCacheDefinition1.xml"] = CT_XL + "pivotCacheDefinition+xml"
        overrides["xl/pivotCache/pivotCacheRecords1.xml"] = CT_XL + "pivotCacheRecords+xml"
        overrides["xl/pivotTables/pivotTable1.xml"] = CT_XL + "pivotTable+xml"
    wb = (XML + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><bookViews><workbookView xWindow="0" yWindow="0" '
          f'windowWidth="28800" windowHeight="12300"/></bookViews><sheets>{"".join(sheet_entries)}</sheets>'
          f'{extra_wb}<calcPr calcId="191029"/></workbook>')
    sst_xml = (XML + f'<sst xmlns="{NS_MAIN}" count="{len(sst)}" uniqueCount="{len(sst)}">'
               + "".join(f"<si><t>{escape(s)}</t></si>" for s in sst) + "</sst>")
    styles = (XML + f'<styleSheet xmlns="{NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    all_parts = [("[Content_Types].xml", content_types({"vml": "application/vnd.openxmlformats-officedocument.vmlDrawing"}, overrides)), ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml"), ("rId2", "metadata/core-properties", "docProps/core.xml")]).replace(f"{REL}metadata/core-properties", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")), ("docProps/core.xml", core_props(sheets[0]["name"])), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels(wb_rels)), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst_xml), *parts]
    return zip_parts(all_parts)


def pivot_parts(pv: dict) -> list[tuple[str, str]]:
    """pv: fields (names), records (rows of strings), axis (index of the row field),
    source_sheet. The row field's values are sharedItems; the others are stored inline in
    the records, as Excel does for fields not on an axis."""
    fields, records, axis = pv["fields"], pv["records"], pv["axis"]
    axis_items = sorted({r[axis] for r in records})
    cf = []
    for i, name in enumerate(fields):
        if i == axis:
            items = "".join(f"<s v={quoteattr(v)}/>" for v in axis_items)
            cf.append(f'<cacheField name={quoteattr(name)} numFmtId="0"><sharedItems count="{len(axis_items)}">{items}</sharedItems></cacheField>')
        else:
            cf.append(f'<cacheField name={quoteattr(name)} numFmtId="0"><sharedItems/></cacheField>')
    ncol = col(len(fields) - 1)
    definition = (XML + f'<pivotCacheDefinition xmlns="{NS_MAIN}" xmlns:r="{NS_R}" r:id="rId1" refreshedBy="example" '
                  f'refreshedDate="45615.3958" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="{len(records)}">'
                  f'<cacheSource type="worksheet"><worksheetSource ref="A1:{ncol}{len(records) + 1}" sheet={quoteattr(pv["source_sheet"])}/></cacheSource>'
                  f'<cacheFields count="{len(fields)}">{"".join(cf)}</cacheFields></pivotCacheDefinition>')
    recs = []
    for r in records:
        cells = []
        for i, v in enumerate(r):
            cells.append(f'<x v="{axis_items.index(v)}"/>' if i == axis else f"<s v={quoteattr(v)}/>")
        recs.append(f'<r>{"".join(cells)}</r>')
    records_xml = (XML + f'<pivotCacheRecords xmlns="{NS_MAIN}" xmlns:r="{NS_R}" count="{len(records)}">'
                   f'{"".join(recs)}</pivotCacheRecords>')
    pfs = []
    for i in range(len(fields)):
        if i == axis:
            its = "".join(f'<item x="{j}"/>' for j in range(len(axis_items)))
            pfs.append(f'<pivotField axis="axisRow" showAll="0"><items count="{len(axis_items) + 1}">{its}<item t="default"/></items></pivotField>')
        elif i == 0:
            pfs.append('<pivotField dataField="1" showAll="0"/>')
        else:
            pfs.append('<pivotField showAll="0"/>')
    rows = "".join(f'<i><x v="{j}"/></i>' for j in range(len(axis_items)))
    table = (XML + f'<pivotTableDefinition xmlns="{NS_MAIN}" name="ピボットテーブル1" cacheId="1" applyNumberFormats="0" '
             'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" '
             'applyWidthHeightFormats="1" dataCaption="値" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" '
             'itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="都道府県">'
             f'<location ref="A3:B{4 + len(axis_items)}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
             f'<pivotFields count="{len(fields)}">{"".join(pfs)}</pivotFields>'
             f'<rowFields count="1"><field x="{axis}"/></rowFields>'
             f'<rowItems count="{len(axis_items) + 1}">{rows}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>'
             f'<dataFields count="1"><dataField name="個数 / {escape(fields[0])}" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields>'
             '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
             "</pivotTableDefinition>")
    return [
        ("xl/pivotCache/pivotCacheDefinition1.xml", definition),
        ("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels([("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")])),
        ("xl/pivotCache/pivotCacheRecords1.xml", records_xml),
        ("xl/pivotTables/pivotTable1.xml", table),
        ("xl/pivotTables/_rels/pivotTable1.xml.rels", rels([("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")])),
    ]


# ---- docx ----------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def docx(body: str, *, comments: list[tuple[int, str, str]] | None = None, title: str = "",
         extra: list[tuple[str, str, str | None, str | None]] = (), sect: str = "") -> bytes:
    """extra: (part name, xml, relationship type from document.xml or None, content type or None)."""
    overrides = {"word/document.xml": CT_W + "document.main+xml",
                 "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml"}
    drels = []
    parts = []
    if comments:
        overrides["word/comments.xml"] = CT_W + "comments+xml"
        drels.append(("rId1", "comments", "comments.xml"))
        cx = [XML, f'<w:comments xmlns:w="{W}">']
        for cid, author, text in comments:
            cx.append(f'<w:comment w:id="{cid}" w:author={quoteattr(author)} w:date="2024-11-19T10:{cid:02d}:00Z" w:initials="R">'
                      + "".join(wp(wr(line)) for line in text.split("\n")) + "</w:comment>")
        cx.append("</w:comments>")
        parts.append(("word/comments.xml", "".join(cx)))
    for k, (name, xml, rtype, ctype) in enumerate(extra, 10):
        parts.append((name, xml))
        if rtype:
            drels.append((f"rId{k}", rtype, name[5:] if name.startswith("word/") else "../" + name))
        if ctype:
            overrides[name] = ctype
    doc = (XML + f'<w:document xmlns:w="{W}" xmlns:r="{NS_R}"><w:body>{body}'
           f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" '
           'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return zip_parts([("[Content_Types].xml", content_types({}, overrides)), ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])), ("docProps/core.xml", core_props(title)), ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels(drels)), *parts])


# ---- pptx ----------------------------------------------------------------------------

P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'xmlns:r="{NS_R}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
CT_P = "application/vnd.openxmlformats-officedocument.presentationml."


def sp(i: int, lines: list[str], y: int) -> str:
    paras = "".join(f'<a:p><a:r><a:rPr lang="ja-JP" sz="1800"/><a:t>{escape(t)}</a:t></a:r></a:p>' for t in lines)
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="TextBox {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="1000000"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>')


def sptree(shapes: str) -> str:
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr/>' + shapes + "</p:spTree></p:cSld>")


def pptx(slides: list[dict], title: str) -> bytes:
    """slides: dicts with lines (list of str), notes (list of str) or None, hidden (bool)."""
    overrides = {"ppt/presentation.xml": CT_P + "presentation.main+xml",
                 "ppt/slideMasters/slideMaster1.xml": CT_P + "slideMaster+xml",
                 "ppt/slideLayouts/slideLayout1.xml": CT_P + "slideLayout+xml",
                 "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml"}
    parts = []
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
    ids = []
    for n, s in enumerate(slides, 1):
        show = ' show="0"' if s.get("hidden") else ""
        shapes = sp(2, s["lines"][:1], 300000) + sp(3, s["lines"][1:], 1400000)
        parts.append((f"ppt/slides/slide{n}.xml", XML + f"<p:sld {P_NS}{show}>{sptree(shapes)}</p:sld>"))
        srels = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
        overrides[f"ppt/slides/slide{n}.xml"] = CT_P + "slide+xml"
        if s.get("notes"):
            srels.append(("rId2", "notesSlide", f"../notesSlides/notesSlide{n}.xml"))
            body = sp(2, s["notes"], 4000000).replace('<p:cNvSpPr txBox="1"/><p:nvPr/>',
                                                       '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr>')
            parts.append((f"ppt/notesSlides/notesSlide{n}.xml", XML + f"<p:notes {P_NS}>{sptree(body)}</p:notes>"))
            parts.append((f"ppt/notesSlides/_rels/notesSlide{n}.xml.rels",
                          rels([("rId1", "slide", f"../slides/slide{n}.xml")])))
            overrides[f"ppt/notesSlides/notesSlide{n}.xml"] = CT_P + "notesSlide+xml"
        if s.get("comments"):
            srels.append(("rId3", "comments", f"../comments/comment{n}.xml"))
            cms = "".join(f'<p:cm authorId="0" dt="2024-11-26T10:{k:02d}:00.000" idx="{k + 1}"><p:pos x="10" y="{10 + k * 60}"/>'
                          f"<p:text>{escape(t)}</p:text></p:cm>" for k, t in enumerate(s["comments"]))
            parts.append((f"ppt/comments/comment{n}.xml", XML + f"<p:cmLst {P_NS}>{cms}</p:cmLst>"))
            overrides[f"ppt/comments/comment{n}.xml"] = CT_P + "comments+xml"
            if "ppt/commentAuthors.xml" not in overrides:
                overrides["ppt/commentAuthors.xml"] = CT_P + "commentAuthors+xml"
                parts.append(("ppt/commentAuthors.xml", XML + f'<p:cmAuthorLst {P_NS}><p:cmAuthor id="0" name="営業 佐野" '
                              'initials="佐" lastIdx="5" clrIdx="0"/></p:cmAuthorLst>'))
                prels.append(("rId99", "commentAuthors", "commentAuthors.xml"))
        parts.append((f"ppt/slides/_rels/slide{n}.xml.rels", rels(srels)))
        prels.append((f"rId{n + 1}", "slide", f"slides/slide{n}.xml"))
        ids.append(f'<p:sldId id="{255 + n}" r:id="rId{n + 1}"/>')
    pres = (XML + f'<p:presentation {P_NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            f'<p:sldIdLst>{"".join(ids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>'
            '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    master = (XML + f'<p:sldMaster {P_NS}>{sptree("")}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
              'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
              'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    layout = XML + f'<p:sldLayout {P_NS} type="blank">{sptree("")}</p:sldLayout>'
    return zip_parts([("[Content_Types].xml", content_types({}, overrides)), ("_rels/.rels", rels([("rId1", "officeDocument", "ppt/presentation.xml")])), ("docProps/core.xml", core_props(title)), ("ppt/presentation.xml", pres), ("ppt/_rels/presentation.xml.rels", rels(prels)), ("ppt/slideMasters/slideMaster1.xml", master), ("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")])), ("ppt/slideLayouts/slideLayout1.xml", layout), ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])), *parts])


# ---- pdf -----------------------------------------------------------------------------

def pdf_text(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pdf(lines: list[tuple[int, int, int, str]], *, fields: list[dict] = (), notes: list[dict] = ()) -> bytes:
    """lines: (x, y, size, text) drawn with a Type0 HeiseiKakuGo font (UniJIS-UCS2-H, with a
    ToUnicode CMap). fields: AcroForm text fields (name, label, value, rect) without
    appearance streams (NeedAppearances). notes: sticky-note /Text annotations (author,
    contents, rect)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(comp), extra) + comp + b"\nendstream"

    catalog = add(b"")  # 1, filled later
    pages = add(b"")    # 2
    highs = sorted({ord(ch) >> 8 for _, _, _, t in lines for ch in t})
    cmap_lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                  b"1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for k in range(0, len(highs), 100):
        chunk = highs[k:k + 100]
        cmap_lines.append(b"%d beginbfrange" % len(chunk))
        cmap_lines += [b"<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in chunk]
        cmap_lines.append(b"endbfrange")
    cmap_lines.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    tounicode = add(stream(b"\n".join(cmap_lines)))
    fdesc = add(b"<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] "
                b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 80 >>")
    cidfont = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 >>" % fdesc)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cidfont, tounicode))
    content = b"".join(b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (sz, x, y, t.encode("utf-16-be").hex().upper().encode())
                       for x, y, sz, t in lines)
    for f in fields:  # the boxes around the fields are drawn, their values are not
        x1, y1, x2, y2 = f["rect"]
        content += b"0.5 w %d %d %d %d re S\n" % (x1, y1, x2 - x1, y2 - y1)
    contents = add(stream(content))
    page = add(b"")
    annots = []
    for f in fields:
        annots.append(add(b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T " + pdf_text(f["name"]) + b" /TU " + pdf_text(f["label"])
                          + b" /V " + pdf_text(f["value"]) + b" /Rect [%d %d %d %d] /P %d 0 R /DA (/HeiGo 10 Tf 0 g) /MK << >> >>"
                          % (*f["rect"], page)))
    field_ids = list(annots)
    for k, n in enumerate(notes):
        annots.append(add(b"<< /Type /Annot /Subtype /Text /F 28 /Name /Comment /T " + pdf_text(n["author"]) + b" /Contents "
                          + pdf_text(n["contents"]) + b" /M (D:20241119%02d3000+09'00') /C [1 0.82 0] /Open false "
                          b"/Rect [%d %d %d %d] /P %d 0 R >>" % (10 + k, *n["rect"], page)))
    objs[page - 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                      b"/Contents %d 0 R" % (font, contents)
                      + (b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]" if annots else b"") + b" >>")
    objs[pages - 1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    acro = b""
    if field_ids:
        acro = (b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % a for a in field_ids) + b"] /NeedAppearances true "
                b"/DR << /Font << /HeiGo %d 0 R >> >> /DA (/HeiGo 10 Tf 0 g) >>" % font)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages 2 0 R" + acro + b" >>"
    info = add(b"<< /Producer (example forms 2.3) /CreationDate (D:20241119093000+09'00') >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


# ---- mail ----------------------------------------------------------------------------

def sig(name: str, dept: str, tel: str) -> str:
    return f"\n-- \n株式会社エグザンプル {dept} {name}\nTEL {tel}\n"


def message(*, sender: str, to: list[str], subject: str, date: str, msgid: str, body: str,
            attachments: list[tuple[str, str, bytes]] = (), cc: list[str] | None = None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def headers(m, *, sender: str, to: str, subject: str, date: str, msgid: str) -> None:
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid


MESSAGES: dict[str, bytes] = {}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

# --- 58: PDF AcroForm field values ---------------------------------------------------
p = PEOPLE[0]
mn58 = my_no("40518273691")
form_labels = [(50, 790, 16, "口座振替依頼書 兼 会員登録申込書"), (50, 760, 9, "※太枠内をご記入ください。"),
               (50, 720, 10, "氏名"), (50, 690, 10, "生年月日"), (50, 660, 10, "個人番号(マイナンバー)"),
               (50, 630, 10, "郵便番号"), (50, 600, 10, "住所"), (50, 570, 10, "携帯電話"),
               (50, 530, 10, "引落口座 金融機関名"), (50, 500, 10, "支店名"), (50, 470, 10, "預金種目"),
               (50, 440, 10, "口座番号"), (50, 380, 8, "株式会社エグザンプル 会員サービス課 受付No.A-24-1187")]
form_fields = [
    {"name": "氏名", "label": "氏名", "value": "佐々木 美穂", "rect": (190, 715, 450, 733)},
    {"name": "生年月日", "label": "生年月日", "value": p.dob_kanji, "rect": (190, 685, 450, 703)},
    {"name": "個人番号", "label": "個人番号(マイナンバー)", "value": spaced4(mn58), "rect": (190, 655, 450, 673)},
    {"name": "郵便番号", "label": "郵便番号", "value": p.postal, "rect": (190, 625, 300, 643)},
    {"name": "住所", "label": "住所", "value": p.address, "rect": (190, 595, 540, 613)},
    {"name": "携帯電話", "label": "携帯電話", "value": p.mobile, "rect": (190, 565, 400, 583)},
    {"name": "金融機関名", "label": "金融機関名", "value": "東都銀行", "rect": (190, 525, 400, 543)},
    {"name": "支店名", "label": "支店名", "value": "阿佐谷支店", "rect": (190, 495, 400, 513)},
    {"name": "預金種目", "label": "預金種目", "value": "普通", "rect": (190, 465, 300, 483)},
    {"name": "口座番号", "label": "口座番号", "value": "3917520", "rect": (190, 435, 300, 453)},
]
MESSAGES["58_att_pdf_acroform_application.eml"] = message(
    sender="会員サービス課 中井 <nakai@example.co.jp>",
    to=["収納代行センター <center@shuno-daiko.example>"],
    subject="口座振替依頼書(記入済みPDF)送付の件 受付No.A-24-1187",
    date="Tue, 19 Nov 2024 11:02:10 +0900", msgid="<20241119110210.58AA@example.co.jp>",
    body=("収納代行センター ご担当者様\n\nお世話になっております。エグザンプルの中井です。\n"
          "お客様からWebフォームで提出いただいた口座振替依頼書(PDF)をお送りします。\n"
          "登録手続きをお願いいたします。\n" + sig("中井 俊", "会員サービス課", "03-6453-1180")),
    attachments=[("口座振替依頼書_A-24-1187.pdf", "application/pdf", pdf(form_labels, fields=form_fields))],
)

# --- 59: PDF sticky notes ------------------------------------------------------------
ppl = PEOPLE[1:6]
page59 = [(50, 790, 16, "2024年10月度 お客様相談室 対応状況報告"), (50, 750, 10, "1. 受付件数: 412件(前月比 +6.2%)"),
          (50, 730, 10, "2. 内訳: 製品不具合 38% / 配送 27% / 請求 19% / その他 16%"),
          (50, 710, 10, "3. 要対応案件: 5件(詳細は各コメント参照)"), (50, 690, 10, "4. 平均応答時間: 42秒(目標 60秒以内)")]
notes59 = [{"author": "品質保証 高田", "contents": f"案件{k + 1}: {q.name}様 携帯 {q.mobile} 本日中に折り返し要",
            "rect": (520, 700 - 30 * k, 540, 720 - 30 * k)} for k, q in enumerate(ppl)]
notes59[2]["contents"] += "。返金先 ゆうちょ以外 北都銀行 本店 普通 6028417"
MESSAGES["59_att_pdf_sticky_notes.eml"] = message(
    sender="お客様相談室 高田 <takada@example.co.jp>",
    to=["運営管理部 <kanri@cc-partners.example>"],
    subject="10月度 対応状況報告書(コメント付き)",
    date="Wed, 20 Nov 2024 16:20:44 +0900", msgid="<20241120162044.59AB@example.co.jp>",
    body=("CCパートナーズ株式会社\n運営管理部 御中\n\nエグザンプルの高田です。\n"
          "10月度の対応状況報告書をお送りします。要対応案件にはPDF上にコメントを入れています。\n"
          "ご確認のうえ、対応をお願いします。\n" + sig("高田 理恵", "お客様相談室", "03-6453-1402")),
    attachments=[("対応状況報告_202410.pdf", "application/pdf", pdf(page59, notes=notes59))],
)

# --- 60: xlsx hidden sheet -----------------------------------------------------------
ppl = PEOPLE[6:11]
MESSAGES["60_att_xlsx_hidden_sheet.eml"] = message(
    sender="販売企画 小松 <komatsu@example.co.jp>",
    to=["リサーチ部 <research@insight-lab.example>"],
    subject="モニター募集 地域別応募数の集計",
    date="Wed, 20 Nov 2024 10:11:12 +0900", msgid="<20241120101112.60AC@example.co.jp>",
    body=("インサイトラボ株式会社\nリサーチ部 御中\n\nエグザンプルの小松です。\n"
          "家庭用浄水器モニターの地域別応募数を集計しましたのでお送りします。\n"
          "抽選方法は別途ご相談させてください。\n" + sig("小松 亜紀", "販売企画課", "03-6453-1233")),
    attachments=[("モニター応募_集計.xlsx", XLSX, xlsx([
        {"name": "集計", "rows": [["地方", "応募数"], ["関西", 2], ["九州", 1], ["北海道・東北", 2], ["合計", 5]]},
        {"name": "応募者", "state": "hidden",
         "rows": [["応募No", "氏名", "生年月日", "郵便番号", "住所", "携帯電話"]]
         + [[f"M-{201 + k}", q.name, q.dob, q.postal, q.address, q.mobile] for k, q in enumerate(ppl)]},
    ]))],
)

# --- 61: xlsx very hidden sheet ------------------------------------------------------
ppl = PEOPLE[11:14]
mns61 = [my_no("28374650192"), my_no("61029384756"), my_no("73920184635")]
MESSAGES["61_att_xlsx_veryhidden_mynumber.eml"] = message(
    sender="人事部 岸本 <kishimoto@example.co.jp>",
    to=["手続き担当 <tetsuzuki@sakura-sr.example>"],
    subject="11月 資格取得手続き 対象者一覧",
    date="Thu, 21 Nov 2024 14:05:00 +0900", msgid="<20241121140500.61AD@example.co.jp>",
    body=("さくら社会保険労務士事務所\n手続き担当 御中\n\nエグザンプル人事部の岸本です。\n"
          "11月入社3名の資格取得手続きの対象者一覧をお送りします。\n"
          "必要書類は追ってお送りします。\n" + sig("岸本 彩", "人事部", "03-6453-1120")),
    attachments=[("資格取得_対象者_202411.xlsx", XLSX, xlsx([
        {"name": "申請一覧", "rows": [["社員番号", "入社日", "申請種別"], ["E24031", "2024/11/01", "健保・厚年 資格取得"],
                                     ["E24032", "2024/11/01", "健保・厚年 資格取得"], ["E24033", "2024/11/18", "雇用保険 資格取得"]]},
        {"name": "マスタ", "state": "veryHidden",
         "rows": [["社員番号", "氏名", "個人番号", "生年月日"]]
         + [[f"E2403{k + 1}", q.name, mns61[k], q.dob] for k, q in enumerate(ppl)]},
    ]))],
)

# --- 62: xlsx cell comments ----------------------------------------------------------
ppl = PEOPLE[14:19]
MESSAGES["62_att_xlsx_cell_comments.eml"] = message(
    sender="物流管理 大西 <onishi@example.co.jp>",
    to=["営業推進部 <eigyo@swift-logi.example>"],
    subject="10月 返品・再配達件数の報告",
    date="Thu, 21 Nov 2024 09:40:31 +0900", msgid="<20241121094031.62AE@example.co.jp>",
    body=("スイフトロジ株式会社\n営業推進部 御中\n\nエグザンプル物流管理の大西です。\n"
          "10月の返品・再配達件数をまとめました。再配達の多かった日にメモを付けています。\n"
          + sig("大西 孝", "物流管理課", "03-6453-1530")),
    attachments=[("返品再配達_202410.xlsx", XLSX, xlsx([
        {"name": "10月", "rows": [["日付", "出荷数", "返品", "再配達"]]
         + [[f"2024/10/{d:02d}", 180 + d, d % 3, d % 5 + 1] for d in range(1, 11)],
         "comments": {f"D{k * 2 + 2}": ("大西", f"{q.name}様 〒{q.postal} {q.address} TEL {q.mobile} 不在3回")
                      for k, q in enumerate(ppl)}},
    ]))],
)

# --- 63: xlsx pivot cache, source sheet deleted --------------------------------------
ppl = PEOPLE[19:24]
pref = lambda a: next(x for x in ("北海道", "東京都", "京都府", "大阪府") if a.startswith(x)) if a[:3] in ("北海道", "東京都", "京都府", "大阪府") else a[:a.index("県") + 1]  # noqa: E731
MESSAGES["63_att_xlsx_pivot_cache.eml"] = message(
    sender="CRM推進室 堀 <hori@example.co.jp>",
    to=["プランニング部 <planning@ad-next.example>"],
    subject="休眠顧客 都道府県別件数(ピボット)",
    date="Fri, 22 Nov 2024 13:13:13 +0900", msgid="<20241122131313.63AF@example.co.jp>",
    body=("アドネクスト株式会社\nプランニング部 御中\n\nエグザンプルCRM推進室の堀です。\n"
          "休眠顧客の都道府県別件数をピボットで集計しました。元データのシートは削除してあります。\n"
          "DMの配布地域の検討にお使いください。\n" + sig("堀 健一", "CRM推進室", "03-6453-1610")),
    attachments=[("休眠顧客_都道府県別.xlsx", XLSX, xlsx(
        [{"name": "集計", "pivot_table": True, "rows": [[], [], ["都道府県", "個数 / 氏名"]]
          + [[x, 1] for x in sorted({pref(q.address) for q in ppl})] + [["総計", 5]]}],
        pivot={"fields": ["氏名", "都道府県", "郵便番号", "住所", "電話番号", "生年月日"], "axis": 1,
               "source_sheet": "顧客一覧",
               "records": [[q.name, pref(q.address), q.postal, q.address, q.mobile, q.dob] for q in ppl]}))],
)

# --- 64: xlsx formulas whose cached values are the data ------------------------------
ppl = PEOPLE[24:29]
MESSAGES["64_att_xlsx_formula_cached.eml"] = message(
    sender="営業二課 今井 <imai@example.co.jp>",
    to=["配送受付 <uketsuke@hayate-express.example>"],
    subject="歳暮ギフト お届け先リスト",
    date="Fri, 22 Nov 2024 17:45:09 +0900", msgid="<20241122174509.64B0@example.co.jp>",
    body=("はやてエクスプレス株式会社\n配送受付 御中\n\nエグザンプル営業二課の今井です。\n"
          "歳暮ギフトのお届け先リスト(5件)をお送りします。12月10日着でお願いします。\n"
          + sig("今井 大樹", "営業二課", "03-6453-1288")),
    attachments=[("お届け先リスト.xlsx", XLSX, xlsx(
        [{"name": "お届け先", "rows": [["No", "氏名", "郵便番号", "住所", "電話番号"]]
          + [[k + 1] + [Formula(f"[1]顧客台帳!${c}${12 + k}", v) for c, v in zip("BCDE", (q.name, q.postal, q.address, q.mobile), strict=False)]
             for k, q in enumerate(ppl)]}],
        external="顧客台帳"))],
)

# --- 65: docx comments ---------------------------------------------------------------
mn65 = my_no("83746520913")
body65 = (wp(wr("業務委託契約書(案)", "<w:b/><w:sz w:val=\"32\"/>"))
          + wp(wr("株式会社エグザンプル(以下「甲」という)と受託者(以下「乙」という)は、次のとおり業務委託契約を締結する。"))
          + wp(wr("第1条(委託業務) 甲は乙に対し、Webサイト用写真の撮影業務を委託する。"))
          + wp('<w:commentRangeStart w:id="1"/>', wr("第5条(支払) 甲は、委託料を翌月末日までに乙の指定する口座へ振り込む。"),
               '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>')
          + wp('<w:commentRangeStart w:id="2"/>', wr("第9条(源泉徴収) 甲は、法令に従い報酬から所得税を源泉徴収する。"),
               '<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>')
          + wp(wr("第12条(協議) 本契約に定めのない事項は、甲乙協議の上決定する。")))
comments65 = [(1, "経理 山内", "乙の振込先: 東和銀行 目白支店 普通 4471826 名義 カタギリ ユウ(確認済み)"),
              (2, "経理 山内", f"支払調書用 個人番号 {mn65}(通知カードで確認)\n生年月日 昭和62年8月3日")]
MESSAGES["65_att_docx_comments.eml"] = message(
    sender="総務部 宮田 <miyata@example.co.jp>",
    to=["片桐 様 <yu.katagiri@photo-studio-k.example>"],
    subject="業務委託契約書(案)のご確認",
    date="Mon, 25 Nov 2024 10:00:00 +0900", msgid="<20241125100000.65B1@example.co.jp>",
    body=("片桐様\n\nいつもお世話になっております。エグザンプル総務部の宮田です。\n"
          "業務委託契約書の案をお送りします。内容をご確認いただき、問題なければご返信ください。\n"
          + sig("宮田 聡子", "総務部", "03-6453-1105")),
    attachments=[("業務委託契約書_案.docx", DOCX, docx(body65, comments=comments65, title="業務委託契約書(案)"))],
)

# --- 66: docx tracked deletion -------------------------------------------------------
ppl = [PEOPLE[i] for i in (2, 5, 9, 13, 17)]
deleted = []
for k, q in enumerate(ppl):
    deleted.append(f'<w:p><w:pPr><w:rPr><w:del w:id="{100 + k}" w:author="広報 内藤" w:date="2024-11-22T09:00:00Z"/></w:rPr></w:pPr>'
                   f'<w:del w:id="{200 + k}" w:author="広報 内藤" w:date="2024-11-22T09:00:00Z"><w:r>'
                   f'<w:delText xml:space="preserve">{escape(f"{q.name}様 生年月日 {q.dob_kanji} 〒{q.postal} {q.address} 携帯 {q.mobile}")}</w:delText>'
                   "</w:r></w:del></w:p>")
body66 = (wp(wr("お客様の声 掲載原稿(2025年1月号)", "<w:b/>"))
          + wp(wr("「毎朝のコーヒーが楽しみになりました」(40代・女性)"))
          + wp(wr("「手入れが簡単で、家族みんなで使っています」(60代・男性)"))
          + wp(wr("掲載者連絡先(社内確認用)")) + "".join(deleted)
          + wp(wr("以上、5名の掲載許諾を取得済みです。")))
MESSAGES["66_att_docx_tracked_deletion.eml"] = message(
    sender="広報 内藤 <naito@example.co.jp>",
    to=["制作部 <seisaku@creative-ark.example>"],
    subject="お客様の声 原稿(1月号)",
    date="Fri, 22 Nov 2024 09:30:00 +0900", msgid="<20241122093000.66B2@example.co.jp>",
    body=("クリエイティブアーク株式会社\n制作部 御中\n\nエグザンプル広報の内藤です。\n"
          "1月号のお客様の声の原稿をお送りします。社内確認用の連絡先は削除済みです。\n"
          + sig("内藤 真由", "広報室", "03-6453-1050")),
    attachments=[("お客様の声_原稿_1月号.docx", DOCX, docx(body66, title="お客様の声"))],
)

# --- 67: docx hidden text (w:vanish) -------------------------------------------------
q = PEOPLE[20]
mn67 = my_no("19283746501")
hid = '<w:vanish/><w:color w:val="808080"/>'
body67 = (wp(wr("ご契約内容確認書", "<w:b/>"))
          + wp(wr("ご契約者: 長谷川 智子 様"))
          + wp(wr("ご契約プラン: すまいの安心サポート ゴールド(月額 1,980円)"))
          + wp(wr("お支払方法: 口座振替"), wr(" 横浜中央銀行 吉祥寺支店 普通 5830164", hid))
          + wp(wr("本人確認: 済", ""), wr(f" 個人番号 {spaced4(mn67)} 生年月日 {q.dob_kanji}", hid))
          + wp(wr("サポート開始日: 2024年12月1日")))
MESSAGES["67_att_docx_hidden_text.eml"] = message(
    sender="契約管理 岩田 <iwata@example.co.jp>",
    to=["受付センター <uketsuke@home-support.example>"],
    subject="ご契約内容確認書の送付(長谷川様)",
    date="Mon, 25 Nov 2024 15:22:18 +0900", msgid="<20241125152218.67B3@example.co.jp>",
    body=("ホームサポート株式会社\n受付センター 御中\n\nエグザンプル契約管理の岩田です。\n"
          "長谷川様のご契約内容確認書をお送りします。サポート開始の手配をお願いします。\n"
          + sig("岩田 翼", "契約管理課", "03-6453-1377")),
    attachments=[("ご契約内容確認書_長谷川様.docx", DOCX, docx(body67, title="ご契約内容確認書"))],
)

# --- 68: pptx speaker notes ----------------------------------------------------------
ppl = [PEOPLE[i] for i in (3, 7, 12, 16, 25)]
slides68 = [{"lines": ["顧客満足度調査 結果報告", "2024年11月 CS推進室"]},
            {"lines": ["総合満足度", "満足 62% / やや満足 24% / 不満 14%"],
             "notes": [f"深掘りインタビュー候補: {ppl[0].name}様 {ppl[0].mobile} {ppl[0].address}",
                       f"{ppl[1].name}様 {ppl[1].mobile} {ppl[1].address}"]},
            {"lines": ["不満の理由", "配送遅延 41% / 説明不足 33% / 価格 26%"],
             "notes": [f"{ppl[2].name}様 {ppl[2].mobile} {ppl[2].address}", f"{ppl[3].name}様 {ppl[3].mobile} {ppl[3].address}"]},
            {"lines": ["今後の施策", "配送状況の通知強化、FAQ改訂"],
             "notes": [f"{ppl[4].name}様 {ppl[4].mobile} {ppl[4].address} (平日夜のみ可)"]}]
MESSAGES["68_att_pptx_speaker_notes.eml"] = message(
    sender="CS推進室 吉川 <yoshikawa@example.co.jp>",
    to=["調査企画部 <kikaku@voice-research.example>"],
    subject="顧客満足度調査 結果報告資料",
    date="Tue, 26 Nov 2024 11:11:00 +0900", msgid="<20241126111100.68B4@example.co.jp>",
    body=("ボイスリサーチ株式会社\n調査企画部 御中\n\nエグザンプルCS推進室の吉川です。\n"
          "先日の調査結果の報告資料をお送りします。深掘りインタビューの設計にお使いください。\n"
          + sig("吉川 和也", "CS推進室", "03-6453-1444")),
    attachments=[("顧客満足度調査_結果報告.pptx", PPTX, pptx(slides68, "顧客満足度調査 結果報告"))],
)

# --- 69: pptx hidden slide -----------------------------------------------------------
ppl = [PEOPLE[i] for i in (4, 8, 15, 21, 27)]
cards69 = [card("455412345678901"), card("354012349876543"), card("527312340011223")]
rows69 = [f"{q.name} 様 携帯 {q.mobile}" + (f" カード {spaced4(cards69[k])}" if k < 3 else "") for k, q in enumerate(ppl)]
slides69 = [{"lines": ["定期便 決済エラー対策のご提案", "株式会社エグザンプル EC事業部"]},
            {"lines": ["現状", "決済エラー率 2.8%(業界平均 1.9%)", "再決済までの平均日数 6.4日"]},
            {"lines": ["【要対応】決済エラー顧客(社内用)", *rows69], "hidden": True},
            {"lines": ["ご提案", "エラー時の自動リトライ(3回)と SMS 通知の導入"]}]
MESSAGES["69_att_pptx_hidden_slide.eml"] = message(
    sender="EC事業部 野口 <noguchi@example.co.jp>",
    to=["ソリューション営業部 <sales@paygate-solutions.example>"],
    subject="決済エラー対策 ご相談資料",
    date="Tue, 26 Nov 2024 16:48:30 +0900", msgid="<20241126164830.69B5@example.co.jp>",
    body=("ペイゲートソリューションズ株式会社\nソリューション営業部 御中\n\nエグザンプルEC事業部の野口です。\n"
          "来週のお打ち合わせに向けて、決済エラー対策の相談資料をお送りします。\n"
          + sig("野口 智史", "EC事業部", "03-6453-1701")),
    attachments=[("決済エラー対策_ご相談資料.pptx", PPTX, pptx(slides69, "決済エラー対策"))],
)

# --- 70: vCard contact list ----------------------------------------------------------
ppl = PEOPLE[5:10]
vcf = ""
for q in ppl:
    fam, giv = q.name.split()
    town = TOWNS[PEOPLE.index(q)][1]
    pre = pref(q.address)
    street = q.address[len(pre):]
    vcf += ("BEGIN:VCARD\r\nVERSION:3.0\r\n" f"N:{fam};{giv};;;\r\nFN:{q.name}\r\n"
            f"TEL;TYPE=CELL:{q.mobile}\r\n" f"ADR;TYPE=HOME:;;{street};;{pre};{q.postal};Japan\r\n"
            f"BDAY:{q.dob_iso}\r\nNOTE:生年月日 {q.dob_kanji}\r\nEND:VCARD\r\n")
MESSAGES["70_att_vcf_contacts.eml"] = message(
    sender="店舗運営 高木 <takagi@example.co.jp>",
    to=["システム担当 <support@crm-cloud.example>"],
    subject="連絡先データ(vCard)移行テスト用",
    date="Wed, 27 Nov 2024 10:20:00 +0900", msgid="<20241127102000.70B6@example.co.jp>",
    body=("CRMクラウド株式会社\nシステム担当 御中\n\nエグザンプル店舗運営の高木です。\n"
          "店舗の業務用スマートフォンから書き出した連絡先(vCard)を移行テスト用にお送りします。\n"
          + sig("高木 純", "店舗運営部", "03-6453-1820")),
    attachments=[("contacts_export.vcf", "text/vcard", vcf.encode("utf-8"))],
)


# --- 71: iCalendar attachment, folded DESCRIPTION -------------------------------------
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


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


ppl = PEOPLE[10:15]
desc71 = "訪問先一覧(11/28)\n" + "\n".join(f"{k + 1}. {q.name}様 〒{q.postal} {q.address} 携帯 {q.mobile}" for k, q in enumerate(ppl))
ics71 = "\r\n".join([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:PUBLISH",
    "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000B0C6A1E2B3D4DA01", "DTSTAMP:20241126T020000Z",
    "DTSTART;TZID=Tokyo Standard Time:20241128T093000", "DTEND;TZID=Tokyo Standard Time:20241128T180000",
    ics_fold("SUMMARY:エアコン点検 訪問ルート(11/28)"), ics_fold("DESCRIPTION:" + ics_escape(desc71)),
    "ORGANIZER;CN=サービス課 石田:mailto:ishida@example.co.jp", "END:VEVENT", "END:VCALENDAR", ""])
MESSAGES["71_att_ics_visit_schedule.eml"] = message(
    sender="サービス課 石田 <ishida@example.co.jp>",
    to=["工事部 <koji@tech-service.example>"],
    subject="11/28 点検訪問スケジュール",
    date="Tue, 26 Nov 2024 11:00:00 +0900", msgid="<20241126110000.71B7@example.co.jp>",
    body=("テックサービス株式会社\n工事部 御中\n\nエグザンプルサービス課の石田です。\n"
          "11/28の点検訪問スケジュールを予定表ファイルでお送りします。ご担当者様の予定表に取り込んでください。\n"
          + sig("石田 直樹", "サービス課", "03-6453-1566")),
    attachments=[("点検訪問_1128.ics", "text/calendar", ics71.encode("utf-8"))],
)

# --- 72: JSON export with \u escapes --------------------------------------------------
ppl = PEOPLE[15:20]
mns72 = [my_no("50192837465"), my_no("64738291056"), my_no("38291047563")]
json72 = json.dumps({"exported_at": "2024-11-26T18:00:00+09:00", "count": 5, "customers": [
    {"id": f"C{7000 + k}", "氏名": q.name, "生年月日": q.dob, "郵便番号": q.postal, "住所": q.address,
     "携帯電話": q.mobile, **({"個人番号": mns72[k]} if k < 3 else {})} for k, q in enumerate(ppl)]}, indent=2).encode("ascii")
MESSAGES["72_att_json_unicode_escaped.eml"] = message(
    sender="情報システム課 杉本 <sugimoto@example.co.jp>",
    to=["開発チーム <dev@bluewave-sys.example>"],
    subject="API連携テスト用 データサンプル",
    date="Tue, 26 Nov 2024 18:12:40 +0900", msgid="<20241126181240.72B8@example.co.jp>",
    body=("ブルーウェーブシステムズ株式会社\n開発チーム 御中\n\nエグザンプル情報システム課の杉本です。\n"
          "API連携テスト用に本番から抽出したサンプル(JSON)をお送りします。\n" + sig("杉本 大地", "情報システム課", "03-6453-1462")),
    attachments=[("customers_sample.json", "application/json", json72)],
)

# --- 73: Shift_JIS XML export ----------------------------------------------------------
ppl = PEOPLE[20:25]
xml73 = '<?xml version="1.0" encoding="Shift_JIS"?>\r\n<会員一覧 出力日="2024-11-27">\r\n'
for k, q in enumerate(ppl):
    xml73 += (f'  <会員 番号="{3100 + k}">\r\n    <氏名>{q.name}</氏名>\r\n    <生年月日>{q.dob}</生年月日>\r\n'
              f"    <郵便番号>{q.postal}</郵便番号>\r\n    <住所>{q.address}</住所>\r\n    <電話番号>{q.mobile}</電話番号>\r\n"
              f"    <引落口座><預金種目>普通</預金種目><口座番号>{7300115 + k * 130207}</口座番号></引落口座>\r\n  </会員>\r\n")
xml73 += "</会員一覧>\r\n"
MESSAGES["73_att_xml_shiftjis_members.eml"] = message(
    sender="会員管理 村井 <murai@example.co.jp>",
    to=["データ連携担当 <renkei@fitness-net.example>"],
    subject="会員データ連携ファイル(XML)",
    date="Wed, 27 Nov 2024 09:05:00 +0900", msgid="<20241127090500.73B9@example.co.jp>",
    body=("フィットネスネット株式会社\nデータ連携担当 御中\n\nエグザンプル会員管理の村井です。\n"
          "会員データの連携ファイル(XML、Shift_JIS)をお送りします。取込結果をご連絡ください。\n"
          + sig("村井 里奈", "会員管理課", "03-6453-1655")),
    attachments=[("members_20241127.xml", "application/xml", xml73.encode("cp932"))],
)

# --- 74: saved HTML page, data in <input value=...> ------------------------------------
q = PEOPLE[26]
card74 = card("498012345678123")
html74 = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>顧客情報 編集 - 顧客管理システム</title></head>
<body><h1>顧客情報 編集</h1><form action="/customers/8812" method="post">
<table>
<tr><th>氏名</th><td><input type="text" name="name" value="{q.name}"></td></tr>
<tr><th>生年月日</th><td><input type="date" name="birth" value="{q.dob_iso}"></td></tr>
<tr><th>郵便番号</th><td><input type="text" name="zip" value="{q.postal}"></td></tr>
<tr><th>住所</th><td><input type="text" name="addr" value="{q.address}" size="60"></td></tr>
<tr><th>携帯電話</th><td><input type="tel" name="tel" value="{q.mobile}"></td></tr>
<tr><th>クレジットカード番号</th><td><input type="text" name="card" value="{card74}"></td></tr>
</table><p><button type="submit">更新</button></p></form></body></html>
"""
MESSAGES["74_att_html_form_values.eml"] = message(
    sender="EC運営 藤原 <fujiwara@example.co.jp>",
    to=["サポートデスク <support@cms-vendor.example>"],
    subject="顧客編集画面 表示崩れの件(画面保存ファイル添付)",
    date="Wed, 27 Nov 2024 13:30:00 +0900", msgid="<20241127133000.74BA@example.co.jp>",
    body=("CMSベンダー株式会社\nサポートデスク 御中\n\nエグザンプルEC運営の藤原です。\n"
          "顧客編集画面で入力欄の幅が崩れる件、画面を「名前を付けて保存」したHTMLを添付します。\n"
          "調査をお願いします。\n" + sig("藤原 慎也", "EC運営課", "03-6453-1733")),
    attachments=[("顧客情報編集.html", "text/html", html74.encode("utf-8"))],
)

# --- 75: UTF-16LE tab-separated "Unicode text" CSV ------------------------------------
ppl = PEOPLE[0:5]
tsv75 = "\r\n".join(["氏名\t生年月日\t郵便番号\t住所\t携帯電話"]
                    + [f"{q.name}\t{q.dob}\t{q.postal}\t{q.address}\t{q.mobile}" for q in ppl]) + "\r\n"
MESSAGES["75_att_csv_utf16_bom.eml"] = message(
    sender="イベント事務局 坂口 <sakaguchi@example.co.jp>",
    to=["受付チーム <reception@event-staff.example>"],
    subject="体験会 参加者名簿(受付用)",
    date="Thu, 28 Nov 2024 10:45:00 +0900", msgid="<20241128104500.75BB@example.co.jp>",
    body=("イベントスタッフ株式会社\n受付チーム 御中\n\nエグザンプル イベント事務局の坂口です。\n"
          "12月1日の体験会の参加者名簿をお送りします。受付での本人確認にお使いください。\n"
          + sig("坂口 遥", "イベント事務局", "03-6453-1290")),
    attachments=[("参加者名簿.csv", "text/csv", b"\xff\xfe" + tsv75.encode("utf-16-le"))],
)

# --- 76: CP932 CSV without a header row -----------------------------------------------
ppl = PEOPLE[25:30]
csv76 = "\r\n".join(f"{q.name},{q.postal},{q.address},{q.mobile},東都銀行,本店営業部,普通,{2605318 + k * 111317}"
                    for k, q in enumerate(ppl)) + "\r\n"
MESSAGES["76_att_csv_cp932_noheader.eml"] = message(
    sender="経理部 丸山 <maruyama@example.co.jp>",
    to=["返金処理係 <henkin@settle-bpo.example>"],
    subject="返金対象者データ(11月分)",
    date="Thu, 28 Nov 2024 15:15:15 +0900", msgid="<20241128151515.76BC@example.co.jp>",
    body=("セトルBPO株式会社\n返金処理係 御中\n\nエグザンプル経理部の丸山です。\n"
          "11月分の返金対象者データ(5件)を所定のフォーマットでお送りします。\n"
          "列の並びは前回と同じです。\n" + sig("丸山 恵美", "経理部", "03-6453-1140")),
    attachments=[("henkin_202411.csv", "text/csv", csv76.encode("cp932"))],
)

# --- 77: payment debug log with full card numbers -----------------------------------
ppl = PEOPLE[6:11]
cards77 = [card("411122223333444"), card("552233334444555"), card("353011112222333")]
log77 = ""
for k, q in enumerate(ppl):
    t = f"2024-11-27 14:{10 + k * 7:02d}:{(k * 13) % 60:02d}.{k * 111:03d}"
    log77 += f"{t} INFO  [req-{9100 + k}] POST /api/v2/orders status=200 elapsed=184ms\n"
    if k < 3:
        log77 += (f"{t} DEBUG [req-{9100 + k}] gateway request card_no={cards77[k]} exp=0{k + 3}/27 "
                  f"holder={q.name} tel={q.mobile}\n")
        log77 += f"{t} ERROR [req-{9100 + k}] gateway response code=G12 message=\"authorization failed\"\n"
    else:
        log77 += f"{t} DEBUG [req-{9100 + k}] shipping tel={q.mobile} retry=1\n"
MESSAGES["77_att_log_payment_debug.eml"] = message(
    sender="EC開発 桑田 <kuwata@example.co.jp>",
    to=["テクニカルサポート <tech@paygate-solutions.example>"],
    subject="オーソリエラー G12 多発の調査依頼(ログ添付)",
    date="Wed, 27 Nov 2024 16:02:00 +0900", msgid="<20241127160200.77BD@example.co.jp>",
    body=("ペイゲートソリューションズ株式会社\nテクニカルサポート 御中\n\nエグザンプルEC開発の桑田です。\n"
          "本日14時台にエラーコード G12 が多発しました。アプリケーションログを添付しますので調査をお願いします。\n"
          + sig("桑田 翔平", "EC開発課", "03-6453-1760")),
    attachments=[("app_20241127_14.log", "text/plain", log77.encode("utf-8"))],
)

# --- 78: HTML part: data only in an HTML comment and title attributes -------------------
ppl = PEOPLE[11:16]
comment78 = "\n".join(f"{q.name} 生年月日 {q.dob} {q.mobile}" for q in ppl)
html78 = f"""<html><head><meta charset="utf-8"></head><body>
<!-- 前回送付リスト(差し込み用):
{comment78}
-->
<p>さくらホーム株式会社<br>営業部 御中</p>
<p>お世話になっております。エグザンプルの三浦です。<br>
先日ご紹介いただいた見学会のご案内状、文面を下記のとおり確定しました。</p>
<p><img src="cid:banner01" alt="見学会のご案内" title="担当 {ppl[0].name}様 携帯 {ppl[0].mobile}"></p>
<p>日時: 12月7日(土) 10:00〜16:00<br>会場: モデルハウス 青葉台</p>
<p>-- <br>株式会社エグザンプル 営業推進課 三浦 晴美<br>TEL 03-6453-1299</p>
</body></html>"""
plain78 = ("さくらホーム株式会社\n営業部 御中\n\nお世話になっております。エグザンプルの三浦です。\n"
           "先日ご紹介いただいた見学会のご案内状、文面を下記のとおり確定しました。\n\n"
           "日時: 12月7日(土) 10:00〜16:00\n会場: モデルハウス 青葉台\n" + sig("三浦 晴美", "営業推進課", "03-6453-1299"))
m78 = MIMEMultipart("alternative", boundary="----=_Part_78BE_alt", policy=SMTP)
m78.attach(MIMEText(plain78, "plain", "utf-8", policy=SMTP))
m78.attach(MIMEText(html78, "html", "utf-8", policy=SMTP))
headers(m78, sender="営業推進 三浦 <miura@example.co.jp>", to="営業部 <eigyo@sakura-home.example>",
        subject="見学会ご案内状 文面確定", date="Thu, 28 Nov 2024 09:12:00 +0900", msgid="<20241128091200.78BE@example.co.jp>")
MESSAGES["78_html_comment_title_attr.eml"] = m78.as_bytes()

# --- 79: text/calendar part of an invitation ----------------------------------------
ppl = PEOPLE[16:21]
desc79 = ("ご訪問先(ご本人様の了承済み)\n"
          + "\n".join(f"{q.name}様 〒{q.postal} {q.address} 携帯 {q.mobile}" for q in ppl))
cal79 = "\r\n".join([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
    "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DA01", "DTSTAMP:20241128T030000Z",
    "DTSTART;TZID=Tokyo Standard Time:20241203T100000", "DTEND;TZID=Tokyo Standard Time:20241203T170000",
    ics_fold("SUMMARY:高齢者見守りサービス 初回訪問"), ics_fold("LOCATION:各ご自宅(下記)"),
    ics_fold("DESCRIPTION:" + ics_escape(desc79)),
    "ORGANIZER;CN=福祉事業部 酒井:mailto:sakai@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=訪問看護ステーションあおば:mailto:office@aoba-kango.example",
    "END:VEVENT", "END:VCALENDAR", ""])
plain79 = ("訪問看護ステーションあおば 御中\n\n12/3の初回訪問の予定をお送りします。承諾をお願いします。\n"
           + sig("酒井 康平", "福祉事業部", "03-6453-1390"))
m79 = MIMEMultipart("alternative", boundary="----=_Part_79BF_alt", policy=SMTP)
m79.attach(MIMEText(plain79, "plain", "utf-8", policy=SMTP))
cal_part = MIMEText(cal79, "calendar", "utf-8", policy=SMTP)
cal_part.set_param("method", "REQUEST")
m79.attach(cal_part)
headers(m79, sender="福祉事業部 酒井 <sakai@example.co.jp>", to="訪問看護ステーションあおば <office@aoba-kango.example>",
        subject="招待: 高齢者見守りサービス 初回訪問 12/3", date="Thu, 28 Nov 2024 12:00:00 +0900",
        msgid="<20241128120000.79BF@example.co.jp>")
MESSAGES["79_text_calendar_part.eml"] = m79.as_bytes()

# --- 80: a second text/plain part after an attachment -----------------------------------
ppl = PEOPLE[21:26]
mn80 = my_no("92837465012")
second80 = ("【申込者情報(システム転記)】\n"
            + "\n".join(f"{q.name} 生年月日:{q.dob} 携帯:{q.mobile}" for q in ppl)
            + f"\n代表申込者 {ppl[0].name} マイナンバー {spaced4(mn80)}\n")
m80 = MIMEMultipart("mixed", boundary="----=_Part_80C0_mix", policy=SMTP)
m80.attach(MIMEText("ツアー手配センター 御中\n\nエグザンプル旅行事業部の桜井です。\n"
                    "団体旅行(5名)の申込書をお送りします。手配をお願いします。\n"
                    + sig("桜井 陸", "旅行事業部", "03-6453-1808"), "plain", "utf-8"))
att80 = MIMEText("団体旅行申込書\n行程: 2025年2月14日〜16日 札幌・小樽\n人数: 5名\n", "plain", "utf-8", policy=SMTP)
att80.add_header("Content-Disposition", "attachment", filename="行程.txt")
m80.attach(att80)
m80.attach(MIMEText(second80, "plain", "utf-8", policy=SMTP))
headers(m80, sender="旅行事業部 桜井 <sakurai@example.co.jp>", to="ツアー手配センター <tehai@tour-arrange.example>",
        subject="団体旅行申込(2/14〜16 札幌・小樽)", date="Fri, 29 Nov 2024 10:30:00 +0900",
        msgid="<20241129103000.80C0@example.co.jp>")
MESSAGES["80_second_text_plain_part.eml"] = m80.as_bytes()

# --- 81: JSON with \u escapes, only My Numbers and dates of birth ---------------------
ppl = PEOPLE[2:5]
mns81 = [my_no("71829304651"), my_no("26374859102"), my_no("84019283746")]
json81 = json.dumps({"file": "扶養親族", "rows": [
    {"続柄": r, "氏名": q.name, "生年月日": q.dob, "個人番号": mns81[k]}
    for k, (r, q) in enumerate(zip(("本人", "配偶者", "子"), ppl, strict=False))]}, indent=1).encode("ascii")
MESSAGES["81_att_json_escaped_mynumber_only.eml"] = message(
    sender="人事部 岸本 <kishimoto@example.co.jp>",
    to=["年末調整チーム <nencho@payroll-bpo.example>"],
    subject="年末調整 扶養親族データ(連携用JSON)",
    date="Fri, 29 Nov 2024 11:40:00 +0900", msgid="<20241129114000.81C1@example.co.jp>",
    body=("ペイロールBPO株式会社\n年末調整チーム 御中\n\nエグザンプル人事部の岸本です。\n"
          "年末調整用の扶養親族データを連携用JSONでお送りします。\n" + sig("岸本 彩", "人事部", "03-6453-1120")),
    attachments=[("dependents.json", "application/json", json81)],
)

# --- 82: Shift_JIS XML, only 生年月日 and 郵便番号 elements ---------------------------
ppl = PEOPLE[7:12]
xml82 = '<?xml version="1.0" encoding="Shift_JIS"?>\r\n<応募者一覧>\r\n' + "".join(
    f"  <応募者><氏名>{q.name}</氏名><生年月日>{q.dob}</生年月日><郵便番号>{q.postal}</郵便番号></応募者>\r\n" for q in ppl
) + "</応募者一覧>\r\n"
MESSAGES["82_att_xml_dob_postal_only.eml"] = message(
    sender="販売企画 小松 <komatsu@example.co.jp>",
    to=["抽選事務局 <chusen@lottery-ops.example>"],
    subject="プレゼントキャンペーン 応募者データ(XML)",
    date="Fri, 29 Nov 2024 13:00:00 +0900", msgid="<20241129130000.82C2@example.co.jp>",
    body=("ロッタリーオペレーションズ株式会社\n抽選事務局 御中\n\nエグザンプルの小松です。\n"
          "年齢・地域条件での抽選用に、応募者データ(XML)をお送りします。\n" + sig("小松 亜紀", "販売企画課", "03-6453-1233")),
    attachments=[("oubo_20241129.xml", "application/xml", xml82.encode("cp932"))],
)

# --- 83: docx footnotes ----------------------------------------------------------------
mn83 = my_no("55019283746")
fn83 = (XML + f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        + wr(f" 本人確認記録: 個人番号 {spaced4(mn83)}、生年月日 平成3年9月24日") + "</w:p></w:footnote>"
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>' + wr(" 振込先 東都銀行 品川支店 普通 8203746") + "</w:p></w:footnote></w:footnotes>")
body83 = (wp(wr("講師委嘱について(報告)", "<w:b/>"))
          + wp(wr("2025年1月の社内研修の講師として、石井 麻衣 氏に委嘱することとした。"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
          + wp(wr("謝金は1回 50,000円(税込)とし、翌月末に支払う。"), '<w:r><w:footnoteReference w:id="2"/></w:r>'))
MESSAGES["83_att_docx_footnotes.eml"] = message(
    sender="人材開発 金子 <kaneko@example.co.jp>",
    to=["研修事業部 <kenshu@learning-partners.example>"],
    subject="1月研修 講師委嘱の件(報告書)",
    date="Fri, 29 Nov 2024 14:20:00 +0900", msgid="<20241129142000.83C3@example.co.jp>",
    body=("ラーニングパートナーズ株式会社\n研修事業部 御中\n\nエグザンプル人材開発の金子です。\n"
          "1月研修の講師委嘱の報告書をお送りします。会場手配をお願いします。\n" + sig("金子 洋平", "人材開発課", "03-6453-1160")),
    attachments=[("講師委嘱報告.docx", DOCX, docx(body83, title="講師委嘱について", extra=[
        ("word/footnotes.xml", fn83, "footnotes", CT_W + "footnotes+xml")]))],
)

# --- 84: docx text box (DrawingML + VML fallback, as Word writes it) --------------------
ppl = PEOPLE[17:22]
tb_paras = wp(wr("緊急連絡先(引率者用)")) + "".join(wp(wr(f"{q.name} 生年月日 {q.dob_kanji} 携帯 {q.mobile}")) for q in ppl)
textbox = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">'
           '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" '
           'distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2520000" cy="1800000"/>'
           '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="テキスト ボックス 1"/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/><wps:spPr>'
           '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{tb_paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
           '</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="テキスト ボックス 1" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:283.5pt;width:198.4pt;height:141.7pt"><v:textbox><w:txbxContent>{tb_paras}</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
body84 = (wp(wr("冬季スキー教室 実施要項", "<w:b/>")) + wp(textbox, wr("日程: 2025年1月11日(土)〜12日(日)"))
          + wp(wr("集合: 新宿駅西口 7:00 / 宿泊: 白馬ロッジ")) + wp(wr("参加者: 5名(小学生)")))
MESSAGES["84_att_docx_textbox.eml"] = message(
    sender="福利厚生 片山 <katayama@example.co.jp>",
    to=["ツアーデスク <desk@snow-tours.example>"],
    subject="スキー教室 実施要項(最終版)",
    date="Fri, 29 Nov 2024 15:05:00 +0900", msgid="<20241129150500.84C4@example.co.jp>",
    body=("スノーツアーズ株式会社\nツアーデスク 御中\n\nエグザンプル福利厚生担当の片山です。\n"
          "冬季スキー教室の実施要項(最終版)をお送りします。\n" + sig("片山 由香", "総務部 福利厚生担当", "03-6453-1109")),
    attachments=[("スキー教室_実施要項.docx", DOCX, docx(body84, title="スキー教室 実施要項"))],
)

# --- 85: docx with an embedded custom XML data part ------------------------------------
q = PEOPLE[23]
mn85 = my_no("30192847560")
custom85 = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<顧客 xmlns="urn:example:crm:customer">'
            f"<氏名>{q.name}</氏名><生年月日>{q.dob}</生年月日><個人番号>{mn85}</個人番号>"
            "<口座><銀行>東都銀行</銀行><支店>奈良支店</支店><種目>普通</種目><番号>6173029</番号></口座></顧客>")
props85 = (XML + '<ds:datastoreItem ds:itemID="{6F1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8}" '
           'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
body85 = (wp(wr("お見積書", "<w:b/>")) + wp(wr(f"{q.name} 様")) + wp(wr("太陽光発電システム 一式 2,480,000円(税込)"))
          + wp(wr("有効期限: 2024年12月27日")))
MESSAGES["85_att_docx_customxml.eml"] = message(
    sender="住宅設備 松田 <matsuda@example.co.jp>",
    to=["施工管理 <sekou@solar-build.example>"],
    subject="見積書(坂本様邸)共有",
    date="Fri, 29 Nov 2024 16:30:00 +0900", msgid="<20241129163000.85C5@example.co.jp>",
    body=("ソーラービルド株式会社\n施工管理 御中\n\nエグザンプル住宅設備の松田です。\n"
          "坂本様邸の見積書をお送りします。施工日程の調整をお願いします。\n" + sig("松田 航", "住宅設備課", "03-6453-1588")),
    attachments=[("見積書_坂本様.docx", DOCX, docx(body85, title="お見積書", extra=[
        ("customXml/item1.xml", custom85, "customXml", None),
        ("customXml/itemProps1.xml", props85, None, "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"),
        ("customXml/_rels/item1.xml.rels", rels([("rId1", "customXmlProps", "itemProps1.xml")]), None, None)]))],
)

# --- 86: pptx slide comments -----------------------------------------------------------
ppl = PEOPLE[24:29]
slides86 = [{"lines": ["リフォーム相談会 集客結果", "2024年11月"]},
            {"lines": ["来場者数", "116組(目標 100組)", "成約見込み 5組"],
             "comments": [f"見込み客: {q.name}様 {q.mobile}" for q in ppl]
             + ["手付金の返金先は 東都銀行 鹿児島支店 普通 2958164 で確認済み"]}]
MESSAGES["86_att_pptx_comments.eml"] = message(
    sender="営業 佐野 <sano@example.co.jp>",
    to=["営業支援部 <shien@reform-marketing.example>"],
    subject="相談会 集客結果のご報告",
    date="Fri, 29 Nov 2024 17:10:00 +0900", msgid="<20241129171000.86C6@example.co.jp>",
    body=("リフォームマーケティング株式会社\n営業支援部 御中\n\nエグザンプル営業の佐野です。\n"
          "相談会の集客結果の報告資料をお送りします。\n" + sig("佐野 大輝", "リフォーム営業課", "03-6453-1599")),
    attachments=[("相談会_集客結果.pptx", PPTX, pptx(slides86, "相談会 集客結果"))],
)

# --- 87: docx page header --------------------------------------------------------------
q = PEOPLE[28]
hdr87 = (XML + f'<w:hdr xmlns:w="{W}" xmlns:r="{NS_R}">'
         + wp(wr(f"返金先: {q.name} 様 〒{q.postal} {q.address} TEL {q.mobile} 東都銀行 渋谷支店 普通 7046215", '<w:sz w:val="16"/>'))
         + "</w:hdr>")
body87 = (wp(wr("返金処理依頼書", "<w:b/>")) + wp(wr("受付番号 R-24-0577 / 返金額 32,800円"))
          + wp(wr("理由: 商品不良(初期不良)による返品")) + wp(wr("返金予定日: 2024年12月6日")))
MESSAGES["87_att_docx_header.eml"] = message(
    sender="EC運営 藤原 <fujiwara@example.co.jp>",
    to=["返金処理係 <henkin@settle-bpo.example>"],
    subject="返金処理依頼書 R-24-0577",
    date="Fri, 29 Nov 2024 17:45:00 +0900", msgid="<20241129174500.87C7@example.co.jp>",
    body=("セトルBPO株式会社\n返金処理係 御中\n\nエグザンプルEC運営の藤原です。\n"
          "返金処理依頼書をお送りします。よろしくお願いします。\n" + sig("藤原 慎也", "EC運営課", "03-6453-1733")),
    attachments=[("返金処理依頼書_R-24-0577.docx", DOCX, docx(
        body87, title="返金処理依頼書", sect='<w:headerReference w:type="default" r:id="rId10"/>',
        extra=[("word/header1.xml", hdr87, "header", CT_W + "header+xml")]))],
)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, data in MESSAGES.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
