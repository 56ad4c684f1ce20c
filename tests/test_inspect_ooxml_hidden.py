"""Parts of Office packages that hold data no page shows: pivot caches of a deleted
source sheet, PowerPoint comments (legacy and modern), custom XML data stores
(customXml/itemN.xml), chart caches and defined names; and what a hostile one of each
does (a bad index, a deep nesting, a DTD): no crash, bounded time, a note when a part is
not read, no entity expanded."""

from __future__ import annotations

import io
import itertools
import time
import zipfile
from email.message import EmailMessage

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import Extraction, extract
from proxy.inspect import scan as scan_module
from proxy.inspect.scan import PREFIX

S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ENTITY = '<!DOCTYPE x [<!ENTITY secret "090-1111-2222">]>'


def mail(name: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "sender@example.co.jp"
    msg["To"] = "someone@partner.example"
    msg["Subject"] = "資料送付"
    msg.set_content("資料をお送りします。\n")
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def package(parts: dict[str, str], stored: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", method) as zf:
        zf.writestr("[Content_Types].xml", PROLOG + "<Types/>")
        for name, text in parts.items():
            zf.writestr(name, text.encode())
    return buf.getvalue()


def xlsx(parts: dict[str, str], sheet: bool = True) -> bytes:
    base = {"xl/workbook.xml": f"{PROLOG}<workbook {S} {R}><sheets/></workbook>"}
    if sheet:
        base["xl/worksheets/sheet1.xml"] = (
            f'<worksheet {S}><sheetData><row><c t="inlineStr"><is><t>集計</t></is></c></row>'
            "</sheetData></worksheet>"
        )
    return package({**base, **parts})


def docx(parts: dict[str, str], stored: bool = False) -> bytes:
    body = f"<w:document {W}><w:body><w:p><w:r><w:t>お見積書</w:t></w:r></w:p></w:body></w:document>"
    return package({"word/document.xml": body, **parts}, stored)


def pptx(parts: dict[str, str]) -> bytes:
    slide = f"<p:sld {P} {A}><a:p><a:r><a:t>集客結果</a:t></a:r></a:p></p:sld>"
    return package(
        {"ppt/presentation.xml": f"<p:presentation {P}/>", "ppt/slides/slide1.xml": slide, **parts}
    )


def run(name: str, data: bytes) -> tuple[Extraction, str]:
    result = extract(mail(name, data))
    text = "\n".join(s.text for s in result.segments if s.location == f"attachment:{name}")
    return result, text


def kinds(result: Extraction) -> dict[str, int]:
    """Distinct values found per detector type, in the attachment."""
    segments = [s for s in result.segments if s.location.startswith("attachment:")]
    return {kind: len(finding.values) for kind, finding in find_all(segments).items()}


# -- pivot caches -------------------------------------------------------------------------

FIELDS = ("氏名", "都道府県", "郵便番号", "電話番号", "生年月日", "会員")


def definition(fields: str, extra: str = "", prolog: str = PROLOG) -> str:
    return (
        f'{prolog}<pivotCacheDefinition {S} {R} r:id="rId1" recordCount="2">{extra}'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:F3" sheet="顧客一覧"/></cacheSource>'
        f"<cacheFields>{fields}</cacheFields></pivotCacheDefinition>"
    )


def cache_fields(shared: dict[str, str]) -> str:
    return "".join(
        f'<cacheField name="{name}" numFmtId="0"><sharedItems>{shared.get(name, "")}</sharedItems></cacheField>'
        for name in FIELDS
    )


RECORDS_REL = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/pivotCacheRecords" Target="records_of_cache1.xml"/></Relationships>'
)


def test_pivot_cache_records_are_a_table_under_the_field_names() -> None:
    # The row field's values are sharedItems the records point at (<x v>); the others
    # inline, as Excel writes them. The records part is found through the definition's
    # relationship, whatever its name.
    shared = {"都道府県": '<s v="東京都"/><s v="沖縄県"/>', "会員": '<b v="1"/><b v="0"/>'}
    records = (
        f'{PROLOG}<pivotCacheRecords {S} {R} count="2">'
        '<r><s v="岡田 学"/><x v="1"/><s v="900-0015"/><s v="080-8147-5363"/>'
        '<d v="1991-08-14T00:00:00"/><x v="0"/></r>'
        '<r><s v="長谷川 智子"/><x v="0"/><n v="600001"/><s v="070-8460-5940"/>'
        '<d v="1952-09-25T00:00:00"/><m/></r>'
        "</pivotCacheRecords>"
    )
    data = xlsx(
        {
            "xl/pivotCache/pivotCacheDefinition1.xml": definition(cache_fields(shared)),
            "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": RECORDS_REL,
            "xl/pivotCache/records_of_cache1.xml": records,
        }
    )
    result, text = run("pivot.xlsx", data)
    lines = text.splitlines()
    at = lines.index("顧客一覧")
    assert lines[at + 1 : at + 4] == [
        "氏名\t都道府県\t郵便番号\t電話番号\t生年月日\t会員",
        "氏名: 岡田 学\t都道府県: 沖縄県\t郵便番号: 900-0015\t電話番号: 080-8147-5363\t"
        "生年月日: 1991-08-14\t会員: TRUE",
        "氏名: 長谷川 智子\t都道府県: 東京都\t郵便番号: 060-0001\t電話番号: 070-8460-5940\t"
        "生年月日: 1952-09-25",
    ]
    assert "会員: FALSE" in lines  # an item no record uses is read too
    assert kinds(result) == {"jp_phone": 2, "jp_postal_code": 2, "date_of_birth": 2}
    assert result.incomplete == []


def test_pivot_cache_without_records_gives_its_shared_items() -> None:
    # saveData="0": no records part; the distinct values of each field are still listed.
    shared = {
        "電話番号": '<s v="090-9712-8248"/><s v="080-1025-8825"/>',
        "生年月日": '<d v="1980-01-02T00:00:00"/><d v="1975-03-04T09:30:00"/>',
    }
    data = xlsx({"xl/pivotCache/pivotCacheDefinition1.xml": definition(cache_fields(shared), "")})
    result, text = run("nodata.xlsx", data)
    for line in (
        "電話番号: 090-9712-8248",
        "電話番号: 080-1025-8825",
        "生年月日: 1980-01-02",
        "生年月日: 1975-03-04 09:30:00",
    ):
        assert line in text.splitlines()
    assert result.incomplete == []


def test_hostile_pivot_cache_indexes_and_fields() -> None:
    # Indexes out of range, huge, negative or not numbers; a record wider than the
    # fields; a calculated field (databaseField="0") that has no column in the records.
    fields = (
        '<cacheField name="都道府県"><sharedItems><s v="東京都"/></sharedItems></cacheField>'
        '<cacheField name="計算" databaseField="0"><sharedItems/></cacheField>'
        '<cacheField name="電話番号"><sharedItems/></cacheField>'
    )
    huge = "9" * 5000
    rows = "".join(
        f'<r><x v="{v}"/><s v="090-1234-{i:04d}"/><s v="余り{i}"/><x v="0"/></r>'
        for i, v in enumerate(["0", "1", huge, "-1", "abc", "", "99999999999"])
    )
    records = f"<pivotCacheRecords {S}>{rows}<r/><r><x/></r></pivotCacheRecords>"
    data = xlsx(
        {
            "xl/pivotCache/pivotCacheDefinition1.xml": definition(fields),
            "xl/pivotCache/pivotCacheRecords1.xml": records,
            # records whose definition is missing: read, unlabelled, indexes skipped
            "xl/pivotCache/pivotCacheRecords2.xml": records,
        }
    )
    started = time.monotonic()
    result, text = run("bad.xlsx", data)
    assert time.monotonic() - started < 10
    lines = text.splitlines()
    assert "都道府県: 東京都\t電話番号: 090-1234-0000\t余り0" in lines
    assert "電話番号: 090-1234-0001\t余り1" in lines  # index 1 is past the items: skipped
    assert "電話番号: 090-1234-0002\t余り2" in lines
    assert "電話番号: 090-1234-0003\t余り3" in lines
    assert "090-1234-0006\t余り6" in lines  # unlabelled: no definition
    assert result.incomplete == []


def test_pivot_cache_with_a_dtd_is_not_read_and_noted() -> None:
    fields = '<cacheField name="電話番号"><sharedItems><s v="&secret;"/></sharedItems></cacheField>'
    data = xlsx({"xl/pivotCache/pivotCacheDefinition1.xml": definition(fields, prolog=PROLOG + ENTITY)})
    result, text = run("dtd.xlsx", data)
    assert "090-1111-2222" not in text
    assert result.incomplete == [
        PREFIX + "attachment:dtd.xlsx: xlsx part with a DTD (entity declarations) not read"
    ]


# -- PowerPoint comments ------------------------------------------------------------------


def test_pptx_legacy_and_modern_comments_are_read() -> None:
    legacy = (
        f"{PROLOG}<p:cmLst {P}>"
        '<p:cm authorId="0" idx="1"><p:pos x="10" y="10"/><p:text>見込み客: 坂本様 090-9712-8248</p:text></p:cm>'
        '<p:cm authorId="0" idx="2"><p:pos x="10" y="70"/>'
        "<p:text>返金先は 東都銀行 鹿児島支店 普通 2958164</p:text></p:cm></p:cmLst>"
    )
    p188 = 'xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"'
    modern = (
        f'{PROLOG}<p188:cmLst {p188} {A}><p188:cm id="{{1}}" authorId="{{2}}">'
        "<p188:txBody><a:bodyPr/><a:p><a:r><a:t>見込み客: 遠藤様 080-1025-8825</a:t></a:r></a:p></p188:txBody>"
        '<p188:replyLst><p188:reply id="{3}"><p188:txBody><a:p><a:r><a:t>了解 070-1338-9402</a:t></a:r></a:p>'
        "</p188:txBody></p188:reply></p188:replyLst></p188:cm></p188:cmLst>"
    )
    data = pptx(
        {"ppt/comments/comment1.xml": legacy, "ppt/comments/modernComment_100_ABC.xml": modern}
    )
    result, text = run("deck.pptx", data)
    lines = text.splitlines()
    assert "見込み客: 坂本様 090-9712-8248" in lines
    assert "返金先は 東都銀行 鹿児島支店 普通 2958164" in lines
    assert "見込み客: 遠藤様 080-1025-8825" in lines
    assert "了解 070-1338-9402" in lines
    assert kinds(result) == {"jp_phone": 3, "jp_bank_account": 1}
    assert result.incomplete == []


def test_pptx_comment_with_a_dtd_is_not_read_and_noted() -> None:
    legacy = f"{PROLOG}{ENTITY}<p:cmLst {P}><p:cm><p:text>連絡先 &secret;</p:text></p:cm></p:cmLst>"
    result, text = run("dtd.pptx", pptx({"ppt/comments/comment1.xml": legacy}))
    assert "090-1111-2222" not in text
    assert "集客結果" in text  # the slides are still read
    assert result.incomplete == [
        PREFIX + "attachment:dtd.pptx: pptx part with a DTD (entity declarations) not read"
    ]


# -- custom XML ---------------------------------------------------------------------------

CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<crm:顧客 xmlns:crm="urn:example:crm:customer" 会員番号="M-0042"><crm:氏名>石井 修</crm:氏名>'
    "<crm:生年月日>1973-12-02</crm:生年月日><crm:個人番号>301928475603</crm:個人番号>"
    "<crm:口座><crm:銀行>東都銀行</crm:銀行><crm:種目>普通</crm:種目><crm:番号>6173029</crm:番号>"
    "</crm:口座></crm:顧客>"
)
PROPS = (
    f'{PROLOG}<ds:datastoreItem ds:itemID="{{6F1A2B3C-0000-0000-0000-A3B4C5D6E7F8}}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    "<ds:schemaRefs><ds:schemaRef ds:uri=\"urn:example:crm:customer\"/></ds:schemaRefs></ds:datastoreItem>"
)


def test_docx_custom_xml_leaves_are_labelled_lines() -> None:
    data = docx({"customXml/item1.xml": CUSTOM, "customXml/itemProps1.xml": PROPS})
    result, text = run("quote.docx", data)
    lines = text.splitlines()
    assert lines[1:2] == ["お見積書"]
    for line in (
        "会員番号: M-0042",
        "氏名: 石井 修",
        "生年月日: 1973-12-02",
        "個人番号: 301928475603",
        "種目: 普通",
        "番号: 6173029",
        "東都銀行 普通 6173029",  # the record's texts on one line: 普通 labels the account
    ):
        assert line in lines
    assert "urn:example:crm:customer" not in text  # itemProps is not read
    assert kinds(result) == {"date_of_birth": 1, "my_number": 1, "jp_bank_account": 1}
    assert result.incomplete == []


def test_xlsx_and_pptx_custom_xml_too() -> None:
    for name, data in (
        ("book.xlsx", xlsx({"customXml/item1.xml": CUSTOM})),
        ("deck.pptx", pptx({"customXml/item3.xml": CUSTOM})),
    ):
        result, text = run(name, data)
        assert "生年月日: 1973-12-02" in text.splitlines(), name
        assert result.incomplete == [], name


def test_deeply_nested_custom_xml_is_read_in_bounded_time() -> None:
    depth = 200_000
    deep = "".join(f"<e{i}>" for i in range(depth)) + "生年月日: 1980-01-02"
    deep += "".join(f"</e{i}>" for i in reversed(range(depth)))
    started = time.monotonic()
    result, text = run("deep.docx", docx({"customXml/item1.xml": deep}, stored=True))
    assert time.monotonic() - started < 20
    assert "生年月日: 1980-01-02" in text
    assert result.incomplete == []


def test_custom_xml_with_a_dtd_is_not_read_and_noted() -> None:
    custom = f"{PROLOG}{ENTITY}<顧客><電話番号>&secret;</電話番号></顧客>"
    result, text = run("dtd.docx", docx({"customXml/item1.xml": custom}))
    assert "090-1111-2222" not in text
    assert "お見積書" in text
    assert result.incomplete == [
        PREFIX + "attachment:dtd.docx: docx part with a DTD (entity declarations) not read"
    ]


def test_custom_xml_with_an_undeclared_entity_is_corrupt() -> None:
    result, _ = run("ent.docx", docx({"customXml/item1.xml": "<顧客>&secret;</顧客>"}))
    assert result.incomplete == [PREFIX + "attachment:ent.docx: corrupt docx file (ParseError)"]


# -- charts and defined names -------------------------------------------------------------


def test_xlsx_chart_string_caches_and_defined_names() -> None:
    chart = (
        f"{PROLOG}<c:chartSpace {C} {A}><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>購入額</a:t>"
        "</a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser>"
        '<c:cat><c:strRef><c:f>顧客!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/>'
        '<c:pt idx="0"><c:v>坂本 陽子 090-9712-8248</c:v></c:pt>'
        '<c:pt idx="1"><c:v>遠藤 剛 080-1025-8825</c:v></c:pt></c:strCache></c:strRef></c:cat>'
        '<c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>12000</c:v></c:pt></c:numCache></c:numRef></c:val>'
        "</c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>"
    )
    workbook = (
        f"{PROLOG}<workbook {S} {R}><sheets/><definedNames>"
        '<definedName name="_xlnm.Print_Area" localSheetId="0">集計!$A$1:$B$9</definedName>'
        '<definedName name="担当者携帯" hidden="1">"070-6582-2478"</definedName>'
        "</definedNames></workbook>"
    )
    data = xlsx({"xl/charts/chart1.xml": chart, "xl/workbook.xml": workbook})
    result, text = run("chart.xlsx", data)
    lines = text.splitlines()
    assert "坂本 陽子 090-9712-8248" in lines
    assert "遠藤 剛 080-1025-8825" in lines
    assert "購入額" in lines
    assert "12000" not in text  # number caches are not read
    assert '担当者携帯: "070-6582-2478"' in lines
    assert "Print_Area" not in text
    assert kinds(result) == {"jp_phone": 3}
    assert result.incomplete == []


# -- budgets ------------------------------------------------------------------------------


def _many_records(count: int) -> bytes:
    fields = '<cacheField name="番号"><sharedItems/></cacheField><cacheField name="電話番号"><sharedItems/></cacheField>'
    rows = "".join(f'<r><s v="行{i}"/><s v="090-{i // 10000:04d}-{i % 10000:04d}"/></r>' for i in range(count))
    return xlsx(
        {
            "xl/pivotCache/pivotCacheDefinition1.xml": definition(fields),
            "xl/pivotCache/pivotCacheRecords1.xml": f"<pivotCacheRecords {S}>{rows}</pivotCacheRecords>",
        }
    )


def test_pivot_records_stop_at_the_text_budget() -> None:
    result = extract(mail("big.xlsx", _many_records(20_000)), InspectConfig(max_text_bytes=64 * 1024))
    assert result.incomplete == [
        PREFIX + "attachment:big.xlsx: text limit of 65536 bytes reached"
    ]


def test_pivot_records_stop_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    data = mail("slow.xlsx", _many_records(60_000))
    # Every look at the clock is one second later: the records (some fifty 64 KiB
    # slices) run out of the 40 "seconds" part way.
    clock = itertools.count()
    monkeypatch.setattr(scan_module.time, "monotonic", lambda: float(next(clock)))
    result = extract(data, InspectConfig(max_seconds=40))
    assert result.incomplete == [PREFIX + "inspection time limit of 40 s reached"]
    text = "\n".join(s.text for s in result.segments)
    assert "番号: 行0\t" in text and "番号: 行59999\t" not in text


def test_chart_with_a_dtd_is_not_read_and_noted() -> None:
    chart = f"{PROLOG}{ENTITY}<c:chartSpace {C}><c:strCache><c:pt><c:v>&secret;</c:v></c:pt></c:strCache></c:chartSpace>"
    result, text = run("chart.pptx", pptx({"ppt/charts/chart2.xml": chart}))
    assert "090-1111-2222" not in text
    assert result.incomplete == [
        PREFIX + "attachment:chart.pptx: pptx part with a DTD (entity declarations) not read"
    ]
