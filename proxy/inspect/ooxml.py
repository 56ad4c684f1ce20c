"""Text of Office Open XML (.xlsx/.xlsm, .docx, .pptx; ECMA-376) and OpenDocument files.

Read straight from the ZIP with the stdlib's expat-based `xml.etree.ElementTree` —
streaming (`iterparse`, or parser targets for the large spreadsheet parts), no openpyxl at
run time — through `SafeZip`, so a bomb inside an Office file is caught like any other.
Spreadsheet rows go through `tabular.TableRenderer` (one `header: value` line per row);
date-formatted cells are written as ISO dates so a birthday column reads "1985-04-12",
not the serial number 31149.

XML safety (ruff S314): ElementTree never fetches external entities or DTDs, and the expat
bundled with CPython 3.11 (>= 2.4.1) caps entity amplification ("billion laughs"), raising
ParseError, which is recorded as a corrupt file (tested). No DTD is legitimate in OOXML.
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

from proxy.inspect.safezip import LimitReached, SafeZip
from proxy.inspect.scan import Scan, TextBuilder
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
    except ParseError:
        scan.note(where, f"corrupt {kind} file (ParseError)")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        scan.note(where, f"corrupt {kind} file ({type(exc).__name__})")
    return True


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

        def consume(stream: IO[bytes], renderer: TableRenderer = renderer) -> None:
            for row in _sheet_rows(stream, cells, scan):
                line = renderer.line(row)
                if line is not None and not out.add(line):
                    break

        if not _read_part(zf, part, scan, where, "xlsx", consume):
            break
    _comments(zf, scan, where, out, "xl/comments")
    return out.text()


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


def _parts_text(zf: SafeZip, scan: Scan, where: str, names: list[str], kind: str) -> str:
    out = TextBuilder(scan)
    for name in names:
        if scan.out_of_time() or out.full:
            break
        if not _read_part(zf, name, scan, where, kind, lambda s: _markup_text(s, scan, out)):
            break
    return out.text()


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
    return _parts_text(zf, scan, where, names, "docx")


def pptx_text(zf: SafeZip, scan: Scan, where: str) -> str:
    names = _matching(zf, ("ppt/slides/slide",))
    names += _matching(zf, ("ppt/notesSlides/", "ppt/comments/"))
    return _parts_text(zf, scan, where, names, "pptx")


def _comments(zf: SafeZip, scan: Scan, where: str, out: TextBuilder, prefix: str) -> None:
    for name in _matching(zf, (prefix,)):
        if out.full or scan.out_of_time():
            break
        if not _read_part(zf, name, scan, where, "xlsx", lambda s: _markup_text(s, scan, out)):
            break


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
