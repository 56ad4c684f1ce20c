"""Text of Office Open XML (.xlsx/.xlsm, .docx, .pptx; ECMA-376) and OpenDocument files.

Read straight from the ZIP with the stdlib's expat-based `xml.etree.ElementTree` —
streaming (`iterparse`, or parser targets for the large spreadsheet parts), no openpyxl at
run time — through `SafeZip`, so a bomb inside an Office file is caught like any other.
Spreadsheet rows go through `tabular.TableRenderer` (one `header: value` line per row);
date-formatted cells are written as ISO dates so a birthday column reads "1985-04-12",
not the serial number 31149.

XML safety (ruff S314): ElementTree never fetches external entities or DTDs, and the expat
bundled with CPython 3.11 (>= 2.4.1) caps entity amplification ("billion laughs"), raising
ParseError, which is recorded as a corrupt file (tested). No DTD is legitimate in OOXML:
the parts read with pyexpat directly (`_expat_feed`: pivot caches, custom XML, PowerPoint
comments, chart caches) refuse one outright, before any entity is declared, and the part
is noted as not read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import IO
from xml.etree.ElementTree import Element, ParseError, XMLParser, fromstring, iterparse
from xml.parsers import expat

from proxy.inspect.gridforms import GridSheet, add_form
from proxy.inspect.safezip import LimitReached, SafeZip
from proxy.inspect.scan import Scan, TextBuilder
from proxy.inspect.structured import XmlRecords
from proxy.inspect.tabular import TableRenderer

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"

# ECMA-376 Part 1 §18.8.30: built-in number formats that are dates or date-times, with the
# Japanese-locale ones (27-36, 50-58) Excel uses for 和暦 and "yyyy年m月d日".
_BUILTIN_DATE_FORMATS = frozenset([*range(14, 18), 22, *range(27, 37), *range(50, 59)])
_BUILTIN_DATETIME_FORMATS = frozenset([22])
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_NOT_DATE = re.compile(r"general|e[+-]")  # "General", scientific "0.00E+00"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def office_kind(zf: SafeZip) -> str | None:
    """ "xlsx", "xlsb", "docx", "pptx", "odf", or None for a plain archive."""
    names = zf.names()
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:  # Excel binary workbook (.xlsb, [MS-XLSB])
        return "xlsb"
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    info = zf.get("mimetype")
    if info is not None and "content.xml" in names and info.file_size < 200:
        data = zf.read(info, zf.where) or b""
        if data.startswith(b"application/vnd.oasis.opendocument"):
            return "odf"
    return None


def odf_encrypted(zf: SafeZip) -> bool:
    """An OpenDocument file saved with a password: its manifest gives content.xml an
    <manifest:encryption-data> (ODF 1.2 Part 3 §4.8), and content.xml is ciphertext. A
    password on a macro library alone (an entry under Basic/) leaves the document
    readable."""
    info = zf.get("META-INF/manifest.xml")
    if info is None or info.file_size > 1 << 20:
        return False
    try:
        manifest = _parse(zf, "META-INF/manifest.xml", zf.where)
    except ParseError:
        return False  # content.xml is still read; a damaged one is reported there
    for entry in manifest.iter() if manifest is not None else ():
        if _local(entry.tag) != "file-entry":
            continue
        if any(_local(k) == "full-path" and v == "content.xml" for k, v in entry.attrib.items()):
            return any(_local(child.tag) == "encryption-data" for child in entry)
    return False


def _parse(zf: SafeZip, name: str, where: str) -> Element | None:
    """A small part (workbook, styles, rels) parsed whole; None when missing or unreadable."""
    info = zf.get(name)
    if info is None:
        return None
    data = zf.read(info, where)
    if data is None:
        return None
    return fromstring(data, parser=XMLParser())  # noqa: S314  # nosec B314


def _read_part(
    zf: SafeZip,
    name: str,
    scan: Scan,
    where: str,
    kind: str,
    consume: Callable[[IO[bytes]], None],
) -> bool:
    """Stream one part through `consume`. A damaged part is recorded and the next one
    read; False when a limit (time, expansion) stopped the whole file — what was read
    before it is kept."""
    info = zf.get(name)
    if info is None:
        return True
    try:
        stream = zf.open(info, where)
        if stream is None:
            return True
        with stream:
            consume(stream)
    except LimitReached:
        return False
    except _DtdRefused:
        scan.note(where, f"{kind} part with a DTD (entity declarations) not read")
    except ParseError:
        scan.note(where, f"corrupt {kind} file (ParseError)")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        scan.note(where, f"corrupt {kind} file ({type(exc).__name__})")
    return True


class _DtdRefused(ParseError):
    """A part declares a DTD: not read (no entity is ever declared, let alone expanded)."""


def _refuse_dtd(*_args: object) -> None:
    raise _DtdRefused("DTD in an OOXML part")


class _Full(Exception):
    """The text budget is used up: stop parsing the part (what was read is kept)."""


def _adder(out: TextBuilder) -> Callable[[str], None]:
    def add(line: str) -> None:
        if not out.add(line):
            raise _Full

    return add


def _expat_feed(
    stream: IO[bytes],
    scan: Scan,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    data: Callable[[str], None] | None = None,
    chunk: Callable[[], bool] | None = None,
) -> None:
    """Parse a part with pyexpat, feeding it 64 KiB at a time and looking at the clock
    between slices. Tags are given as "namespace}local" (`_local` strips the namespace).
    A DTD raises _DtdRefused at its start; malformed XML raises ParseError; `_Full` from a
    handler ends the part quietly. `chunk`, called after each slice, returns False to
    stop (the caller's own budget)."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    if data is not None:
        parser.CharacterDataHandler = data
    try:
        while piece := stream.read(_FEED):
            parser.Parse(piece, False)
            if chunk is not None and not chunk():
                return
            if scan.out_of_time():
                return
        parser.Parse(b"", True)
    except _Full:
        return
    except expat.ExpatError as exc:
        raise ParseError(str(exc)) from None


def _natural(name: str) -> tuple[int, str]:
    digits = re.findall(r"\d+", name)
    return (int(digits[-1]) if digits else 0, name)


# -- xlsx --------------------------------------------------------------------------------


def _sheet_parts(zf: SafeZip, where: str) -> list[tuple[str, str]]:
    """(sheet name, part name) in workbook order, then any worksheet part not referenced
    (an orphaned sheet still carries its data)."""
    ordered: list[tuple[str, str]] = []
    workbook = _parse(zf, "xl/workbook.xml", where)
    rels = _parse(zf, "xl/_rels/workbook.xml.rels", where)
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id", "")] = posixpath.normpath(path)
    if workbook is not None:
        for elem in workbook.iter():
            if _local(elem.tag) == "sheet":
                rid = elem.get(f"{{{_REL_NS}}}id") or elem.get(f"{{{_STRICT_REL_NS}}}id") or ""
                part = targets.get(rid)
                if part:
                    ordered.append((elem.get("name", ""), part))
    seen = {part for _, part in ordered}
    extra = sorted(
        (n for n in zf.names() if n.startswith("xl/worksheets/") and n.endswith(".xml")),
        key=_natural,
    )
    ordered += [("", n) for n in extra if n not in seen]
    return [(name, part) for name, part in ordered if zf.get(part) is not None]


def _date_system(zf: SafeZip, where: str) -> datetime:
    workbook = _parse(zf, "xl/workbook.xml", where)
    if workbook is not None:
        for elem in workbook.iter():
            if _local(elem.tag) == "workbookPr" and elem.get("date1904") in ("1", "true"):
                return datetime(1904, 1, 1)
    # The 1900 system, counted from 1899-12-30 because Excel keeps Lotus's 1900-02-29.
    return datetime(1899, 12, 30)


def _is_date_code(code: str) -> tuple[bool, bool]:
    """(is a date, has a time) for a custom number format code (ECMA-376 §18.8.31)."""
    bare = _QUOTED.sub("", code.split(";", 1)[0]).lower()
    bare = _NOT_DATE.sub("", bare)
    has_date = "y" in bare or "d" in bare or "e" in bare or "g" in bare
    return has_date, has_date and ("h" in bare or "s" in bare)


def _date_styles(zf: SafeZip, where: str) -> dict[int, bool]:
    """cellXfs index → True for date-time, False for date, absent for anything else."""
    styles = _parse(zf, "xl/styles.xml", where)
    if styles is None:
        return {}
    custom: dict[int, tuple[bool, bool]] = {}
    result: dict[int, bool] = {}
    for elem in styles.iter():
        if _local(elem.tag) == "numFmt":
            try:
                custom[int(elem.get("numFmtId", ""))] = _is_date_code(elem.get("formatCode", ""))
            except ValueError:
                continue
    for elem in styles.iter():
        if _local(elem.tag) == "cellXfs":
            for index, xf in enumerate(elem):
                try:
                    fmt = int(xf.get("numFmtId", "0"))
                except ValueError:
                    continue
                if fmt in custom:
                    is_date, has_time = custom[fmt]
                    if is_date:
                        result[index] = has_time
                elif fmt in _BUILTIN_DATE_FORMATS:
                    result[index] = fmt in _BUILTIN_DATETIME_FORMATS
            break
    return result


_MAIN_NS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # ISO/IEC 29500 Strict
)
# Full tag → local name for the few SpreadsheetML elements the targets below look at.
_SHEET_TAGS = {
    f"{{{ns}}}{local}" if ns else local: local
    for ns in (*_MAIN_NS, "")
    for local in ("c", "v", "t", "is", "row", "rPh", "si")
}
_FEED = 64 * 1024


class _SharedStringsTarget:
    """expat callbacks for sharedStrings.xml (ECMA-376 §18.4.9): the text of each <si>,
    plain or rich runs, without the phonetic runs (<rPh>, furigana), which only repeat
    the reading of text already there."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._parts: list[str] = []
        self._collect: list[str] | None = None
        self._phonetic = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _SHEET_TAGS.get(tag)
        if name == "si":
            self._parts = []
        elif name == "t" and not self._phonetic:
            self._collect = self._parts
        elif name == "rPh":
            self._phonetic += 1

    def data(self, text: str) -> None:
        if self._collect is not None:
            self._collect.append(text)

    def end(self, tag: str) -> None:
        name = _SHEET_TAGS.get(tag)
        if name == "t":
            self._collect = None
        elif name == "rPh":
            self._phonetic -= 1
        elif name == "si":
            self.strings.append("".join(self._parts))

    def close(self) -> None:
        return None


def _shared_strings(zf: SafeZip, scan: Scan, where: str) -> list[str]:
    info = zf.get("xl/sharedStrings.xml")
    stream = zf.open(info, where) if info is not None else None
    if stream is None:
        return []
    target = _SharedStringsTarget()
    parser = XMLParser(target=target)  # noqa: S314  # nosec B314
    with stream:
        while chunk := stream.read(_FEED):
            parser.feed(chunk)
            if scan.out_of_time():
                return target.strings
    parser.close()
    return target.strings


def _column(ref: str) -> int:
    col = 0
    for char in ref:
        if "A" <= char <= "Z":
            col = col * 26 + ord(char) - 64
        else:
            break
    return col - 1


def _number(text: str) -> str:
    """Excel writes 123456789018 as "1.23456789018E+11" at times; show the digits."""
    if "E" in text or "e" in text or text.endswith(".0"):
        try:
            value = float(text)
        except ValueError:
            return text
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
    return text


class _Cells:
    """Cell values as text (ECMA-376 §18.3.1.4 <c>, its type "t" and style "s")."""

    def __init__(self, shared: list[str], dates: dict[int, bool], epoch: datetime) -> None:
        self.shared = shared
        self.dates = dates
        self.epoch = epoch

    def value(self, kind: str, style: str | None, text: str) -> str:
        if not text:
            return ""
        if kind == "s":
            try:
                return self.shared[int(text)]
            except (ValueError, IndexError):
                return ""
        if kind == "b":
            return "TRUE" if text == "1" else "FALSE"
        if kind != "n":  # inlineStr, str, e, d
            return text
        if style is not None and style.isdigit() and int(style) in self.dates:
            return self._date(text, self.dates[int(style)])
        return _number(text)

    def _date(self, text: str, with_time: bool) -> str:
        try:
            moment = self.epoch + timedelta(days=float(text))
        except (ValueError, OverflowError):
            return _number(text)
        if with_time:
            return moment.isoformat(sep=" ", timespec="seconds")
        return moment.date().isoformat()


class _SheetTarget:
    """expat callbacks for a worksheet's <sheetData>: rows as {column: text}, built without
    an element tree (about twice as fast as iterparse, and flat in memory)."""

    def __init__(self, cells: _Cells) -> None:
        self.cells = cells
        self.rows: list[dict[int, str]] = []
        self._row: dict[int, str] = {}
        self._next_col = 0
        self._col = 0
        self._kind = "n"
        self._style: str | None = None
        self._value: list[str] = []
        self._collect: list[str] | None = None
        self._phonetic = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _SHEET_TAGS.get(tag)
        if name == "c":
            ref = attrib.get("r")
            self._col = _column(ref) if ref else self._next_col
            self._next_col = self._col + 1
            self._kind = attrib.get("t", "n")
            self._style = attrib.get("s")
            self._value = []
        elif name == "v" or (name == "t" and not self._phonetic):
            self._collect = self._value
        elif name == "rPh":
            self._phonetic += 1

    def data(self, text: str) -> None:
        if self._collect is not None:
            self._collect.append(text)

    def end(self, tag: str) -> None:
        name = _SHEET_TAGS.get(tag)
        if name == "v" or name == "t":
            self._collect = None
        elif name == "rPh":
            self._phonetic -= 1
        elif name == "c":
            value = self.cells.value(self._kind, self._style, "".join(self._value))
            if value:
                self._row[self._col] = value
        elif name == "row":
            self.rows.append(self._row)
            self._row, self._next_col = {}, 0

    def close(self) -> None:
        return None


def _sheet_rows(stream: IO[bytes], cells: _Cells, scan: Scan) -> Iterator[dict[int, str]]:
    target = _SheetTarget(cells)
    parser = XMLParser(target=target)  # noqa: S314  # nosec B314
    while chunk := stream.read(_FEED):
        parser.feed(chunk)
        rows, target.rows = target.rows, []
        yield from rows
        if scan.out_of_time():
            return
    parser.close()
    yield from target.rows


def xlsx_text(zf: SafeZip, scan: Scan, where: str) -> str:
    out = TextBuilder(scan)
    shared = _shared_strings(zf, scan, where)
    cells = _Cells(shared, _date_styles(zf, where), _date_system(zf, where))
    for sheet_name, part in _sheet_parts(zf, where):
        if scan.out_of_time() or out.full:
            break
        out.add(sheet_name)
        renderer = TableRenderer()
        form = GridSheet()

        def consume(
            stream: IO[bytes], renderer: TableRenderer = renderer, form: GridSheet = form
        ) -> None:
            for row in _sheet_rows(stream, cells, scan):
                form.add(row)
                line = renderer.line(row)
                if line is not None and not out.add(line):
                    break

        if not _read_part(zf, part, scan, where, "xlsx", consume):
            return out.text()
        add_form(out, form)
    if scan.out_of_time() or out.full:
        return out.text()
    _defined_names(zf, where, out)
    _ = (
        _pivot_text(zf, scan, where, out)
        and _comments(zf, scan, where, out, "xl/comments")
        and _chart_caches(zf, scan, where, out, "xlsx")
        and _custom_xml(zf, scan, where, out, "xlsx")
    )
    return out.text()


def _defined_names(zf: SafeZip, where: str, out: TextBuilder) -> None:
    """A workbook's defined names as "name: formula": mostly ranges, but a name can hold
    a constant ("090-1234-5678"), kept in no cell. Not Excel's own (_xlnm.Print_Area,
    _xlfn.*)."""
    workbook = _parse(zf, "xl/workbook.xml", where)
    for elem in workbook.iter() if workbook is not None else ():
        if _local(elem.tag) == "definedName":
            name = elem.get("name", "")
            if elem.text and not name.startswith("_xl") and not out.add(f"{name}: {elem.text}"):
                return


# -- xlsx pivot caches -------------------------------------------------------------------
# A pivot table keeps a copy of its source data (ECMA-376 §18.10): the fields and their
# distinct values in pivotCacheDefinitionN.xml, the rows in pivotCacheRecordsN.xml. Both
# stay when the source sheet is deleted, so the data travels with the pivot table only.

_PIVOT_VALUES = frozenset({"s", "n", "d", "b", "e", "m", "x"})


def _pivot_value(kind: str, value: str) -> str:
    if kind == "n":
        return _number(value)
    if kind == "d":  # xsd:dateTime; a date alone when it has no time
        date, _, time = value.partition("T")
        return date if time.strip("0:.") == "" else f"{date} {time}"
    if kind == "b":
        return "TRUE" if value in ("1", "true") else "FALSE"
    if kind == "m":
        return ""
    return value  # s, e


class _PivotDefinition:
    """pivotCacheDefinition: each cacheField's name, whether it is a column of the
    records (databaseField), and its sharedItems; the source sheet's name."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.items: list[list[str]] = []
        self.database: list[bool] = []
        self.sheet = ""
        self._depth = 0
        self._shared = -1  # depth of the open <sharedItems>, -1 outside one

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._depth += 1
        name = _local(tag)
        if self._shared >= 0:
            if self._depth == self._shared + 1 and name in _PIVOT_VALUES and self.items:
                self.items[-1].append(_pivot_value(name, attrib.get("v", "")))
        elif name == "cacheField":
            self.names.append(attrib.get("name", ""))
            self.items.append([])
            self.database.append(attrib.get("databaseField", "1") not in ("0", "false"))
        elif name == "sharedItems":
            self._shared = self._depth
        elif name == "worksheetSource":
            self.sheet = attrib.get("sheet") or attrib.get("name") or ""

    def end(self, tag: str) -> None:
        if self._depth == self._shared:
            self._shared = -1
        self._depth -= 1


class _PivotRecords:
    """pivotCacheRecords: each <r> as {field index: value}; <x v> is an index into that
    field's sharedItems (a bad one is skipped), the others are inline values."""

    def __init__(self, definition: _PivotDefinition) -> None:
        self.items = definition.items
        self.columns = [i for i, db in enumerate(definition.database) if db]
        self.used: list[set[int]] = [set() for _ in definition.items]
        self.rows: list[dict[int, str]] = []
        self._row: dict[int, str] | None = None
        self._col = 0
        self._depth = 0
        self._row_depth = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._depth += 1
        name = _local(tag)
        if self._row is None:
            if name == "r":
                self._row, self._col, self._row_depth = {}, 0, self._depth
            return
        if self._depth != self._row_depth + 1 or name not in _PIVOT_VALUES:
            return
        col, self._col = self._col, self._col + 1
        field = self.columns[col] if col < len(self.columns) else None
        value = attrib.get("v", "")
        if name == "x":
            if field is None or not value.isdigit() or len(value) > 9:
                return
            index = int(value)
            items = self.items[field]
            if index >= len(items):
                return
            self.used[field].add(index)
            value = items[index]
        else:
            value = _pivot_value(name, value)
        if value:
            # A column the definition does not name goes after the named ones, unlabelled.
            self._row[field if field is not None else len(self.items) + col] = value

    def end(self, tag: str) -> None:
        if self._row is not None and self._depth == self._row_depth:
            self.rows.append(self._row)
            self._row = None
        self._depth -= 1


def _pivot_caches(zf: SafeZip, where: str) -> list[tuple[str | None, str | None]]:
    """(definition part, records part) pairs; records found by the definition's
    relationship or by number, and records no definition claims on their own."""
    names = zf.names()
    pairs: list[tuple[str | None, str | None]] = []
    claimed: set[str] = set()
    for part in _matching(zf, ("xl/pivotCache/pivotCacheDefinition",)):
        records = None
        folder, _, base = part.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels"
        info = zf.get(rels_name)
        if info is not None and info.file_size < 1 << 20:
            try:
                rels = _parse(zf, rels_name, where)
            except ParseError:
                rels = None
            for rel in rels if rels is not None else ():
                if rel.get("Type", "").endswith("/pivotCacheRecords"):
                    target = rel.get("Target", "")
                    path = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
                    records = posixpath.normpath(path)
        if records is None or records not in names:
            guess = f"{folder}/{base.replace('Definition', 'Records', 1)}"
            records = guess if guess in names else None
        if records is not None:
            claimed.add(records)
        pairs.append((part, records))
    for part in _matching(zf, ("xl/pivotCache/pivotCacheRecords",)):
        if part not in claimed:
            pairs.append((None, part))
    return pairs


def _pivot_text(zf: SafeZip, scan: Scan, where: str, out: TextBuilder) -> bool:
    """Each pivot cache as a table: the field names, one line per record, then the
    field values no record uses (all of them when the records were not saved). False
    when a limit stopped the file."""
    for definition_part, records_part in _pivot_caches(zf, where):
        if scan.out_of_time() or out.full:
            return True
        definition = _PivotDefinition()
        if definition_part is not None and not _read_part(
            zf, definition_part, scan, where, "xlsx",
            lambda s, d=definition: _expat_feed(s, scan, d.start, d.end),
        ):
            return False
        out.add(definition.sheet)
        renderer = TableRenderer()
        header = renderer.line(dict(enumerate(definition.names)))
        labelled = header is not None
        out.add(header or "")
        records = _PivotRecords(definition)

        def flush(
            records: _PivotRecords = records,
            renderer: TableRenderer = renderer,
            labelled: bool = labelled,
        ) -> bool:
            rows, records.rows = records.rows, []
            for row in rows:
                if labelled:
                    line = renderer.line(row)
                else:  # no field names: no row is a header
                    line = "\t".join(row[col] for col in sorted(row))
                if line is not None and not out.add(line):
                    return False
            return True

        if records_part is not None:
            if not _read_part(
                zf, records_part, scan, where, "xlsx",
                lambda s, r=records, f=flush: _expat_feed(s, scan, r.start, r.end, chunk=f),
            ):
                return False
            flush()
        for field, (label, items) in enumerate(zip(definition.names, definition.items, strict=True)):
            used = records.used[field]
            for index, value in enumerate(items):
                if out.full:
                    return True
                if value and index not in used:
                    out.add(f"{label}: {value}" if label else value)
    return True


# -- docx, pptx --------------------------------------------------------------------------

_TEXT_TAGS = frozenset({"t", "delText"})  # deleted (tracked) text is still in the file
_NEWLINE_TAGS = frozenset({"p", "br", "cr", "tr"})


def _markup_text(stream: IO[bytes], scan: Scan, out: TextBuilder) -> None:
    """WordprocessingML / DrawingML text: <w:t>/<a:t> runs; paragraphs and table rows end a
    line, tabs and table cells become TABs, so a table row is one line ("口座番号\t7654321")
    even though each cell holds its own paragraphs."""
    line: list[str] = []
    count = 0
    in_cell = 0
    for event, elem in iterparse(stream, events=("start", "end")):  # noqa: S314  # nosec B314
        name = _local(elem.tag)
        if event == "start":
            in_cell += name == "tc"
            continue
        if name in _TEXT_TAGS:
            line.append(elem.text or "")
        elif name == "tab":
            line.append("\t")
        elif name == "tc":
            in_cell = max(0, in_cell - 1)
            if line and line[-1] == " ":  # the cell's last paragraph end
                line.pop()
            line.append("\t")
        elif name == "p" and in_cell:
            line.append(" ")
        elif name in _NEWLINE_TAGS:
            text = "".join(line)
            # A row keeps a leading TAB: its first cell is empty (merged with the one
            # above) and the other values must stay under their own columns.
            text = text.rstrip().lstrip(" ") if name == "tr" else text.strip()
            if not out.add(text):
                return
            line = []
            elem.clear()
        count += 1
        if count % 8192 == 0 and scan.out_of_time():
            return
    out.add("".join(line).strip())


def _parts_text(
    zf: SafeZip, scan: Scan, where: str, names: list[str], kind: str, out: TextBuilder
) -> bool:
    """False when a limit stopped the file."""
    for name in names:
        if scan.out_of_time() or out.full:
            return True
        if not _read_part(zf, name, scan, where, kind, lambda s: _markup_text(s, scan, out)):
            return False
    return True


def _matching(zf: SafeZip, prefixes: tuple[str, ...]) -> list[str]:
    return sorted(
        (n for n in zf.names() if n.startswith(prefixes) and n.endswith(".xml")), key=_natural
    )


def docx_text(zf: SafeZip, scan: Scan, where: str) -> str:
    names = [
        "word/document.xml",
        *_matching(
            zf, ("word/header", "word/footer", "word/footnotes", "word/endnotes", "word/comments")
        ),
    ]
    out = TextBuilder(scan)
    _ = (
        _parts_text(zf, scan, where, names, "docx", out)
        and _chart_caches(zf, scan, where, out, "docx")
        and _custom_xml(zf, scan, where, out, "docx")
    )
    return out.text()


def pptx_text(zf: SafeZip, scan: Scan, where: str) -> str:
    names = _matching(zf, ("ppt/slides/slide",))
    names += _matching(zf, ("ppt/notesSlides/",))
    out = TextBuilder(scan)
    _ = (
        _parts_text(zf, scan, where, names, "pptx", out)
        and _collect_parts(
            zf, scan, where, out, "pptx", _matching(zf, ("ppt/comments/",)),
            lambda: _Collector(out, _COMMENT_TEXTS, _COMMENT_LINES),
        )
        and _chart_caches(zf, scan, where, out, "pptx")
        and _custom_xml(zf, scan, where, out, "pptx")
    )
    return out.text()


def _comments(zf: SafeZip, scan: Scan, where: str, out: TextBuilder, prefix: str) -> bool:
    for name in _matching(zf, (prefix,)):
        if out.full or scan.out_of_time():
            return True
        if not _read_part(zf, name, scan, where, "xlsx", lambda s: _markup_text(s, scan, out)):
            return False
    return True


# -- parts every package may hold: custom XML, chart caches; PowerPoint comments --------

def _custom_xml(zf: SafeZip, scan: Scan, where: str, out: TextBuilder, kind: str) -> bool:
    """customXml/itemN.xml of a package; not their itemPropsN.xml (an ID and schema
    references). False when a limit stopped the file."""
    for name in _matching(zf, ("customXml/",)):
        base = name.rpartition("/")[2]
        if "/_rels/" in name or base.startswith("itemProps"):
            continue
        if scan.out_of_time() or out.full:
            return True
        out.gap()
        reader = XmlRecords(_adder(out))
        if not _read_part(
            zf, name, scan, where, kind,
            lambda s, r=reader: _expat_feed(s, scan, r.start, r.end, r.data),
        ):
            return False
    return True


class _Collector:
    """Text of the elements named in `texts`, a line at the end of each element named in
    `lines` (PowerPoint comments: legacy <p:cm><p:text>, modern <p188:cm> with a:p/a:t;
    chart caches: <c:pt><c:v> inside a string cache, <cx:pt> in a chartEx string
    dimension, and a title's a:t)."""

    def __init__(self, out: TextBuilder, texts: frozenset[str], lines: frozenset[str],
                 within: frozenset[str] = frozenset()) -> None:
        self.out = out
        self.texts = texts
        self.lines = lines
        self.within = within  # when set, text is read only inside one of these
        self._inside = 0
        self._collect = 0
        self._parts: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _local(tag)
        if name in self.within:
            self._inside += 1
        if name in self.texts and (self._inside or not self.within):
            self._collect += 1

    def data(self, text: str) -> None:
        if self._collect and len(self._parts) < 4096:
            self._parts.append(text)

    def end(self, tag: str) -> None:
        name = _local(tag)
        if name in self.texts and self._collect:
            self._collect -= 1
        if name in self.within:
            self._inside -= 1
        if name in self.lines and self._parts:
            line = "".join(self._parts).strip()
            self._parts = []
            if line and not self.out.add(line):
                raise _Full


_COMMENT_TEXTS = frozenset({"text", "t"})
_COMMENT_LINES = frozenset({"text", "p", "cm", "reply"})
_CHART_TEXTS = frozenset({"v", "pt", "t"})
_CHART_LINES = frozenset({"pt", "p"})
_CHART_WITHIN = frozenset({"strCache", "multiLvlStrCache", "strDim", "rich", "dlblRangeCache"})


def _collect_parts(
    zf: SafeZip, scan: Scan, where: str, out: TextBuilder, kind: str, names: list[str],
    make: Callable[[], _Collector],
) -> bool:
    for name in names:
        if scan.out_of_time() or out.full:
            return True
        reader = make()
        if not _read_part(
            zf, name, scan, where, kind,
            lambda s, r=reader: _expat_feed(s, scan, r.start, r.end, r.data),
        ):
            return False
    return True


def _chart_caches(zf: SafeZip, scan: Scan, where: str, out: TextBuilder, kind: str) -> bool:
    """The text a chart keeps of its data (category labels, series names: customers'
    names or phone numbers at times) and its titles; not the number caches."""
    names = _matching(zf, ("xl/charts/chart", "word/charts/chart", "ppt/charts/chart"))
    return _collect_parts(
        zf, scan, where, out, kind, names,
        lambda: _Collector(out, _CHART_TEXTS, _CHART_LINES, _CHART_WITHIN),
    )


# -- OpenDocument --------------------------------------------------------------------------


_ODF_CELLS = frozenset({"table-cell", "covered-table-cell"})
_ODF_LINES = frozenset({"p", "h"})
_ODF_REPEAT_CAP = 64  # a sheet's trailing "1024 empty columns" is one attribute


def odf_text(zf: SafeZip, scan: Scan, where: str) -> str:
    """OpenDocument text (.odt, .ods, .odp content.xml): paragraphs one a line, and each
    table row one line of TAB-separated cells, as docx tables are, so the caller can
    label the values with their column headers (tabular.pasted_tables)."""
    out = TextBuilder(scan)
    _read_part(zf, "content.xml", scan, where, "odf", lambda s: _odf_content(s, scan, out))
    return out.text()


def _odf_line(p: Element) -> str:
    """A paragraph's text: <text:tab/> a TAB, <text:s text:c="n"/> n spaces, a line
    break a space; spans and links as their text."""
    parts: list[str] = []
    # Depth first with a stack of its own: spans nested thousands deep must not raise
    # RecursionError (the whole file would be "not read").
    stack: list[tuple[Element, bool]] = [(p, False)]
    while stack:
        elem, done = stack.pop()
        if done:
            if elem is not p and elem.tail:
                parts.append(elem.tail)
            continue
        name = _local(elem.tag)
        if name == "tab":
            parts.append("\t")
        elif name == "s":
            parts.append(" " * _odf_repeat(elem, "c"))
        elif name == "line-break":
            parts.append(" ")
        elif elem.text:
            parts.append(elem.text)
        stack.append((elem, True))
        stack.extend((child, False) for child in reversed(elem))
    return "".join(parts).strip()


def _odf_repeat(elem: Element, attr: str) -> int:
    for key, value in elem.attrib.items():
        if _local(key) == attr:
            try:
                return max(1, min(int(value), _ODF_REPEAT_CAP))
            except ValueError:
                return 1
    return 1


def _odf_content(stream: IO[bytes], scan: Scan, out: TextBuilder) -> None:
    row: list[str] | None = None  # the cells of the table row being read
    cell: list[str] = []
    depth = 0  # inside how many cells (a table in a cell is read flat)
    count = 0
    for event, elem in iterparse(stream, events=("start", "end")):  # noqa: S314  # nosec B314
        name = _local(elem.tag)
        if event == "start":
            if name == "table-row" and depth == 0:
                row = []
            elif name in _ODF_CELLS:
                depth += 1
                if depth == 1:
                    cell = []
            continue
        if name in _ODF_LINES:
            line = _odf_line(elem)
            if depth:
                cell.append(line)
            elif not out.add(line):
                return
            elem.clear()
        elif name in _ODF_CELLS:
            depth = max(0, depth - 1)
            if depth == 0 and row is not None:
                row.extend([" ".join(c for c in cell if c)] * _odf_repeat(elem, "number-columns-repeated"))
            elem.clear()
        elif name == "table-row" and depth == 0 and row is not None:
            while row and not row[-1]:
                row.pop()
            if len(row) == 1:
                row.append("")  # still a table row (a TAB), not a line that ends the table
            if row and not out.add("\t".join(row)):
                return
            row = None
            elem.clear()
        count += 1
        if count % 8192 == 0 and scan.out_of_time():
            return


def read_office(zf: SafeZip, kind: str, scan: Scan, where: str) -> str:
    """Dispatch on `office_kind`; raises LimitReached / zipfile errors to the caller."""
    if kind == "xlsx":
        return xlsx_text(zf, scan, where)
    if kind == "docx":
        return docx_text(zf, scan, where)
    if kind == "pptx":
        return pptx_text(zf, scan, where)
    return odf_text(zf, scan, where)
