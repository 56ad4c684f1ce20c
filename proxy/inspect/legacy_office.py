"""Text of the legacy binary Office files (97-2003): Excel .xls, Word .doc, PowerPoint .ppt.

Japanese companies still exchange these (customer lists exported by old systems, forms
kept since the 2000s), so leaving them unread would make "save as .xls" a way around the
guard. `ole.inspect_ole` has already told the kind and ruled out encryption.

- .xls: read with python-calamine (BIFF5/BIFF8 with their code pages) in a child process
  with an address-space limit, since hostile files make it abort (xls_child.py). Rows
  go through `tabular.TableRenderer` like an .xlsx sheet's, date cells as ISO dates.
- .doc: the text of a Word 97-2003 document lies in the WordDocument stream as pieces
  listed by the piece table (the Clx in the table stream) [MS-DOC] §2.4.1 "Retrieving
  Text"; every story (body, footnotes, headers, comments, text boxes) is in that one
  character space, and all of it is read. Word 6/95 files have another layout: reported
  as unread.
- .ppt: text atoms of the "PowerPoint Document" stream [MS-PPT] §2.9: TextCharsAtom
  (UTF-16), TextBytesAtom (one byte a character, the high byte zero) and CString, taken in
  stream order. Atoms of an earlier save may still be there (a fast save appends): they
  are text in the file all the same.
"""

from __future__ import annotations

import bisect
import io
import re
import struct
import zlib
from dataclasses import dataclass

import olefile

from proxy.inspect.ole import OversizedCompoundFile, check_intact, substorage_file
from proxy.inspect.reader_child import ReaderFailed, run_reader
from proxy.inspect.scan import Scan, TextBuilder
from proxy.inspect.tabular import TableRenderer


class UnreadableLegacyFile(ValueError):
    """A file of the kind this module reads, but in a form it does not (Word 6/95)."""


# -- Excel ---------------------------------------------------------------------------------

_XLS_MEMORY = 1 << 30  # address space of the reading child: a 10,000-row list needs ~100 MB


def _xls_records(data: bytes, scan: Scan) -> list[list[object]] | None:
    """The child's output (see xls_child.py), or None when the time ran out."""
    try:
        return run_reader("xls_child.py", data, scan, _XLS_MEMORY, scan.text_room)
    except ReaderFailed as exc:
        raise UnreadableLegacyFile(f"corrupt or unreadable xls file ({exc})") from None


def xls_text(data: bytes, scan: Scan, location: str) -> str:
    out = TextBuilder(scan)
    renderer = TableRenderer()
    for count, record in enumerate(_xls_records(data, scan) or []):
        if count % 1024 == 1023 and scan.out_of_time():
            break
        if record[0] == "sheet":
            out.add(str(record[1]))
            renderer = TableRenderer()
        elif record[0] == "row":
            row = {col: text for col, text in enumerate(record[1]) if text}
            line = renderer.line(row)
            if line is not None and not out.add(line):
                break
        elif record[0] == "cut":
            scan.cut_text(location)
    return out.text()


# -- Word ----------------------------------------------------------------------------------

_WORD_IDENT = 0xA5EC
_NFIB_WORD97 = 0x00C1  # Word 97 and later write nFib >= 0x00C1 ([MS-DOC] §2.5.2)
_FWHICHTBLSTM = 0x0200
# FibRgFcLcb97 ([MS-DOC] §2.5.6): pair 13 locates PlcBtePapx, pair 33 the Clx.
_PAPX_PAIR = 13
_CLX_PAIR = 33
_FCOMPRESSED = 0x40000000

# Special characters of the text stream ([MS-DOC] §2.4.1 and §2.8.25): a paragraph ends
# with 0x0D, or with 0x07 when it ends a table cell or a table row (§2.4.3); line, page and
# column breaks end a line too; field codes (0x13 code 0x14 result 0x15) keep only their
# result, as the page shows it; object anchors and the like are dropped.
_MARKS_8 = re.compile(b"[\r\x07]")
_MARKS_16 = re.compile(b"[\r\x07]\x00")
_FIELD_CODE = re.compile("\x13([^\x13\x14\x15]*)(\x14|\x15)")
# An EQ field has no result: what the page shows is drawn from its code. Word writes
# ruby (furigana) over a name as `EQ \* jc3 … \o\al(\s\up 10(やまだ),山田)`, and
# enclosed characters as `EQ \o\ac(○,秘)`: the base text is an argument of the code.
_EQ_SWITCH = re.compile(r'\\\*\s*(?:"[^"]*"|\S+)')  # \* jc3, \* "Font:…", \* hps10
_EQ_RUBY = re.compile(r"\\s\\up\s*-?\d+\s*\([^()]*\)")  # the reading above the base
_EQ_COMMAND = re.compile(r"\\[A-Za-z]+(?:\s*-?\d+)?|[(),]|^\s*EQ\b", re.IGNORECASE)
_CONTROL = str.maketrans(
    {
        "\x0b": "\n",
        "\x0c": "\n",
        "\x0e": "\n",
        "\x1e": "-",  # non-breaking hyphen
        "\x1f": None,  # optional hyphen
        **{chr(c): None for c in (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x13, 0x14, 0x15)},
    }
)

# Paragraph properties that place a paragraph in a table ([MS-DOC] §2.6.2): in a table,
# the end of a row (TTP), and the nesting depth.
_SPRM_FINTABLE = 0x2416
_SPRM_FTTP = 0x2417
_SPRM_ITAP = 0x6649
_SPRM_FINNER_TTP = 0x244C
_SPRM_TDEFTABLE = 0xD608
_SPRM_PCHGTABS = 0xC615


@dataclass(frozen=True)
class _Paragraph:
    in_table: bool = False
    row_end: bool = False
    depth: int = 0


_BODY = _Paragraph()


@dataclass(frozen=True)
class _Fib:
    table_name: str
    fc_clx: int
    lcb_clx: int
    fc_papx: int
    lcb_papx: int
    story_ends: tuple[int, ...]  # the character position after each story


def _word_fib(word: bytes) -> _Fib:
    if len(word) < 34:
        raise UnreadableLegacyFile("truncated Word document")
    ident, nfib = struct.unpack_from("<HH", word, 0)
    if ident != _WORD_IDENT:
        raise UnreadableLegacyFile("not a Word document")
    if nfib < _NFIB_WORD97:
        raise UnreadableLegacyFile("Word 6/95 documents are not read")
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    pos = 32
    (csw,) = struct.unpack_from("<H", word, pos)
    pos += 2 + 2 * csw
    (cslw,) = struct.unpack_from("<H", word, pos)
    # FibRgLw97 ([MS-DOC] §2.5.4): ccpText, ccpFtn, ccpHdd, (reserved), ccpAtn, ccpEdn,
    # ccpTxbx, ccpHdrTxbx — the lengths of the stories, in this order.
    lengths = struct.unpack_from("<11i", word, pos + 2) if cslw >= 11 else ()
    ends, total = [], 0
    for index in (3, 4, 5, 7, 8, 9, 10):
        if index < len(lengths) and lengths[index] > 0:
            total += lengths[index]
            ends.append(total)
    pos += 2 + 4 * cslw
    (pairs,) = struct.unpack_from("<H", word, pos)
    if pairs <= _CLX_PAIR:
        raise UnreadableLegacyFile("Word document without a piece table")
    fc_papx, lcb_papx = struct.unpack_from("<II", word, pos + 2 + 8 * _PAPX_PAIR)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, pos + 2 + 8 * _CLX_PAIR)
    name = "1Table" if flags & _FWHICHTBLSTM else "0Table"
    return _Fib(name, fc_clx, lcb_clx, fc_papx, lcb_papx, tuple(ends))


def _pieces(clx: bytes) -> list[tuple[int, int, bool]]:
    """(character count, stream offset, compressed) of each piece ([MS-DOC] §2.9.38)."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting, skipped
        (size,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(size, 0)
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise UnreadableLegacyFile("Word document with a damaged piece table")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5 : pos + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0:
        return []
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for i in range(count):
        (fc,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)
        chars = cps[i + 1] - cps[i]
        if chars > 0:
            compressed = bool(fc & _FCOMPRESSED)
            offset = (fc & ~_FCOMPRESSED) // 2 if compressed else fc & ~_FCOMPRESSED
            pieces.append((chars, offset, compressed))
    return pieces


def _sprm_operand(sprm: int, grpprl: bytes, pos: int) -> int:
    """Size of a Sprm's operand at `pos` ([MS-DOC] §2.2.5.1, spra)."""
    spra = sprm >> 13
    if spra != 6:
        return (1, 1, 2, 4, 2, 2, 0, 3)[spra]
    if sprm == _SPRM_TDEFTABLE:  # a 2-byte size, counting itself less one (§2.6.4)
        (size,) = struct.unpack_from("<H", grpprl, pos)
        return size + 1
    size = grpprl[pos]
    if sprm == _SPRM_PCHGTABS and size == 255:  # §2.6.2: deleted tabs, then added ones
        deleted = grpprl[pos + 1]
        added = grpprl[pos + 2 + 4 * deleted]
        return 1 + 1 + 4 * deleted + 1 + 3 * added
    return 1 + size


def _paragraph_properties(grpprl: bytes) -> _Paragraph:
    in_table = row_end = False
    depth = 0
    pos = 0
    while pos + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, pos)
        pos += 2
        if pos >= len(grpprl):
            break
        if sprm == _SPRM_FINTABLE:
            in_table = grpprl[pos] != 0
        elif sprm in (_SPRM_FTTP, _SPRM_FINNER_TTP):
            row_end = row_end or grpprl[pos] != 0
        elif sprm == _SPRM_ITAP and pos + 4 <= len(grpprl):
            (depth,) = struct.unpack_from("<i", grpprl, pos)
        pos += _sprm_operand(sprm, grpprl, pos)
    if in_table:
        depth = max(depth, 1)
    return _Paragraph(in_table or depth > 0, row_end, depth)


def _paragraph_runs(word: bytes, plc: bytes) -> tuple[list[int], list[_Paragraph]]:
    """Start offsets (sorted) and properties of the paragraphs listed by the PlcBtePapx:
    its pages (PapxFkp, 512 bytes of the WordDocument stream) map ranges of stream offsets
    to paragraph properties ([MS-DOC] §2.9.{168,182,189}, §2.4.3)."""
    count = (len(plc) - 4) // 8
    runs: list[tuple[int, int, _Paragraph]] = []
    for (pn,) in struct.iter_unpack("<I", plc[4 * (count + 1) : 4 * (count + 1) + 4 * count]):
        page = word[(pn & 0x3FFFFF) * 512 : (pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            raise UnreadableLegacyFile("Word document with damaged paragraph properties")
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            offset = page[4 * (crun + 1) + 13 * i] * 2
            props = _BODY
            if offset:
                size = page[offset]
                start = offset + 1
                if size == 0:
                    size, start = page[offset + 1] * 2, offset + 2
                else:
                    size = 2 * size - 1
                props = _paragraph_properties(page[start + 2 : start + size])  # after istd
            runs.append((fcs[i], fcs[i + 1], props))
    runs.sort(key=lambda run: run[0])
    return [run[0] for run in runs], [run[2] for run in runs]


def _field_shown(match: re.Match[str]) -> str:
    """What stands for a field's code: nothing when a result follows (the result is what
    the page shows), the base text of an EQ field (which has none)."""
    code = match.group(1)
    if match.group(2) == "\x14" or not code.lstrip()[:2].upper() == "EQ":
        return ""
    code = _EQ_RUBY.sub(" ", _EQ_SWITCH.sub(" ", code))
    return " ".join(_EQ_COMMAND.sub(" ", code).split())


def _clean(text: str) -> str:
    for _ in range(8):  # nested fields: innermost first
        text, found = _FIELD_CODE.subn(_field_shown, text)
        if not found:
            break
    return text.translate(_CONTROL)


class _Lines:
    """Paragraphs into lines: a table row becomes one line, its cells TAB-separated (a
    cell's own paragraphs and line breaks, and any table nested in it, joined by spaces),
    so the table readers can label each value with its column."""

    def __init__(self, out: TextBuilder) -> None:
        self.out = out
        self.cells: list[str] = []
        self.parts: list[str] = []

    def add(self, text: str, mark: str, props: _Paragraph) -> bool:
        text = _clean(text)
        if not props.in_table:
            self.end_row()
            return all(self.out.add(line.strip()) for line in text.split("\n"))
        self.parts.append(" ".join(text.split()))
        if props.depth > 1:
            return True
        if mark == "\x07" and props.row_end:
            self.parts.pop()  # the row-end mark's paragraph holds no text
            return self.end_row()
        if mark == "\x07":
            self.cells.append(" ".join(part for part in self.parts if part))
            self.parts = []
        return True

    def end_story(self) -> None:
        self.end_row()
        self.out.gap()

    def end_row(self) -> bool:
        if self.parts:
            self.cells.append(" ".join(part for part in self.parts if part))
        row, self.cells, self.parts = "\t".join(self.cells), [], []
        # Not stripped: a row's first cell may be empty (a cell merged with the one above),
        # and its TAB keeps the other values under their own columns.
        return self.out.add(row) if row.strip() else True


def doc_text(ole: olefile.OleFileIO, scan: Scan, location: str) -> str:
    word = ole.openstream("WordDocument").read()
    fib = _word_fib(word)
    if not ole.exists(fib.table_name):
        raise UnreadableLegacyFile(f"Word document without its {fib.table_name} stream")
    table = ole.openstream(fib.table_name).read()
    starts, properties = _paragraph_runs(word, table[fib.fc_papx : fib.fc_papx + fib.lcb_papx])
    out = TextBuilder(scan)
    lines = _Lines(out)
    ends = fib.story_ends
    story = cp = marks = 0
    pending = ""  # a paragraph that continues into the next piece
    room = scan.text_room  # bytes of UTF-8; a character is at least one
    for chars, offset, compressed in _pieces(table[fib.fc_clx : fib.fc_clx + fib.lcb_clx]):
        if chars > room:
            chars = room
            scan.cut_text(location)
        width = 1 if compressed else 2
        raw = word[offset : offset + width * chars]
        if len(raw) < width * chars:
            raise UnreadableLegacyFile("Word document with a damaged piece table")
        # 8-bit pieces are Windows-1252 ([MS-DOC] §2.4.1), the others UTF-16. Marks are
        # found in the bytes: a character outside the BMP is two UTF-16 units, and the
        # mark's offset in the stream is what finds its paragraph's properties.
        codec = "cp1252" if compressed else "utf-16-le"
        pos = 0
        for mark in (_MARKS_8 if compressed else _MARKS_16).finditer(raw):
            if mark.start() % width:
                continue  # the high byte of a UTF-16 unit, not a mark
            run = bisect.bisect_right(starts, offset + mark.start()) - 1
            props = properties[run] if run >= 0 else _BODY
            text = pending + raw[pos : mark.start()].decode(codec, "replace")
            if not lines.add(text, chr(raw[mark.start()]), props):
                return out.text()
            pending, pos = "", mark.end()
            # Body, footnotes, headers, comments, endnotes and text boxes follow one
            # another in one character space ([MS-DOC] §2.4.1): a table must not run on
            # from one story into the next.
            while story < len(ends) and cp + mark.start() // width + 1 >= ends[story]:
                lines.end_story()
                story += 1
            marks += 1
            if marks % 4096 == 0 and scan.out_of_time():
                return out.text()
        pending += raw[pos:].decode(codec, "replace")
        cp += chars
        room -= chars
        if room <= 0 or scan.out_of_time():
            break
    lines.add(pending, "\r", _BODY)
    return out.text()


# -- PowerPoint ----------------------------------------------------------------------------

_TEXT_CHARS = 0x0FA0
_TEXT_BYTES = 0x0FA8
_CSTRING = 0x0FBA
_CRYPT_SESSION = 0x2F14
_DRAWING = 0xF002  # OfficeArtDgContainer: one slide's (or master's, notes') drawing
_GROUP = 0xF003  # OfficeArtSpgrContainer
_SHAPE = 0xF004  # OfficeArtSpContainer
_CHILD_ANCHOR = 0xF00F  # RECT: left, top, right, bottom (int32)
_CLIENT_ANCHOR = 0xF010  # SmallRectStruct: top, left, right, bottom (int16), or 32-bit
_CONTAINER = 0x000F
_MAX_NESTING = 64


@dataclass
class _Shape:
    texts: list[str]
    top: int | None = None
    left: int = 0


class _Slides:
    """The records of a "PowerPoint Document" stream ([MS-PPT] §2.9), text in stream
    order. A table is a group of shapes, one a cell, each placed by its anchor
    ([MS-PPT] §2.12.x; [MS-ODRAW] §2.2.x): the cells of a group that share their top edge
    are a row, so a table comes out as TAB-separated rows like a Word table's."""

    def __init__(self, stream: bytes, out: TextBuilder, scan: Scan) -> None:
        self.stream = stream
        self.out = out
        self.scan = scan
        self.atoms = 0
        self.full = False

    def emit(self, text: str) -> None:
        for line in text.replace("\x0b", "\r").split("\r"):
            if not self.full and not self.out.add(line.strip()):
                self.full = True

    def walk(self, pos: int, end: int, group: list[_Shape] | None, shape: _Shape | None,
             nesting: int = 0, groups: int = 0) -> None:
        """`groups`: how many group containers enclose this point. The first one of a
        drawing is the drawing itself (the patriarch, [MS-ODRAW] §2.2.13): its shapes are
        the slide's, which are not a table because two of them line up."""
        if nesting > _MAX_NESTING:
            raise UnreadableLegacyFile("PowerPoint records nested too deeply")
        stream = self.stream
        while pos + 8 <= end and not self.full:
            ver_instance, kind, size = struct.unpack_from("<HHI", stream, pos)
            body, after = pos + 8, pos + 8 + size
            if after > end:
                raise UnreadableLegacyFile("damaged PowerPoint presentation")
            if kind == _CRYPT_SESSION:
                raise UnreadableLegacyFile("encrypted PowerPoint presentation")
            if ver_instance & 0x000F == _CONTAINER:
                if kind == _GROUP and groups == 0:  # the patriarch
                    self.walk(body, after, None, None, nesting + 1, groups + 1)
                elif kind == _GROUP:
                    members: list[_Shape] = []
                    self.walk(body, after, members, None, nesting + 1, groups + 1)
                    self.emit_group(members)
                elif kind == _SHAPE:
                    own = _Shape([])
                    self.walk(body, after, group, own, nesting + 1, groups)
                    if group is not None:
                        group.append(own)
                    else:
                        for text in own.texts:
                            self.emit(text)
                elif kind == _DRAWING:
                    self.walk(body, after, None, None, nesting + 1, 0)
                else:
                    self.walk(body, after, group, shape, nesting + 1, groups)
            elif kind in (_CHILD_ANCHOR, _CLIENT_ANCHOR) and shape is not None:
                if kind == _CHILD_ANCHOR and size >= 16:
                    shape.left, shape.top = struct.unpack_from("<ii", stream, body)
                elif size >= 16:
                    shape.top, shape.left = struct.unpack_from("<ii", stream, body)
                elif size >= 8:
                    shape.top, shape.left = struct.unpack_from("<hh", stream, body)
            elif kind in (_TEXT_CHARS, _CSTRING, _TEXT_BYTES):
                raw = stream[body:after]
                text = raw.decode("latin-1") if kind == _TEXT_BYTES else raw.decode(
                    "utf-16-le", "replace"
                )
                # A programmable tag's name ([MS-PPT] §2.13.24) is no text of the slides.
                if not text.startswith("___PPT"):
                    if shape is not None:
                        shape.texts.append(text)
                    else:
                        self.emit(text)
                self.atoms += 1
                if self.atoms % 256 == 0 and self.scan.out_of_time():
                    self.full = True
            pos = after

    def emit_group(self, shapes: list[_Shape]) -> None:
        # The first shape of a group is the group itself ([MS-ODRAW] §2.2.14); the others
        # with an anchor are its cells, empty ones too (they keep the columns in place).
        placed = [shape for shape in shapes[1:] if shape.top is not None]
        rows: dict[int, list[_Shape]] = {}
        for shape in placed:
            rows.setdefault(shape.top or 0, []).append(shape)
        if sum(len(row) >= 2 for row in rows.values()) < 2:  # not a table: as it comes
            for shape in shapes:
                for text in shape.texts:
                    self.emit(text)
            return
        in_grid = {id(shape) for shape in placed}
        for shape in shapes:  # shapes of the group outside the grid first
            if id(shape) not in in_grid:
                for text in shape.texts:
                    self.emit(text)
        self.out.gap()
        for count, top in enumerate(sorted(rows)):
            cells = sorted(rows[top], key=lambda shape: shape.left)
            line = "\t".join(" ".join(" ".join(t.split()) for t in cell.texts) for cell in cells)
            if not self.full and not self.out.add(line):
                self.full = True
            if count % 256 == 255 and self.scan.out_of_time():
                self.full = True
        self.out.gap()


def ppt_text(ole: olefile.OleFileIO, scan: Scan) -> str:
    stream = ole.openstream("PowerPoint Document").read()
    out = TextBuilder(scan)
    _Slides(stream, out, scan).walk(0, len(stream), None, None)
    return out.text()


_EX_OLE_OBJ_STG = 0x1011
_MBD = re.compile(r"MBD[0-9A-F]{8}$", re.I)


def embedded_objects(data: bytes, kind: str, room: int) -> list[tuple[str, bytes]]:
    """(name, compound file) of each object embedded in a 97-2003 document, for reading
    like an attachment (an Excel sheet inserted into Word or PowerPoint above all):
    - .doc: the ObjectPool storage, one storage per object ([MS-DOC] §2.1.5);
    - .xls: the MBD storages beside the Workbook stream ([MS-XLS] §2.1.7.x);
    - .ppt: ExOleObjStg records of the PowerPoint Document stream, zlib-compressed when
      their instance is 1 (a 4-byte size, then the deflated file: [MS-PPT] §2.10.34).
    `room`: bytes the inflated objects may take in all (the scan's expansion budget);
    raises UnreadableLegacyFile past it."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        if kind == "doc":
            names = sorted(
                {entry[1] for entry in ole.listdir(streams=True, storages=True)
                 if len(entry) >= 2 and entry[0] == "ObjectPool"}
            )
            paths = [[f"ObjectPool/{name}", "ObjectPool", name] for name in names]
        elif kind == "xls":
            names = sorted(
                {entry[0] for entry in ole.listdir(streams=True, storages=True)
                 if len(entry) >= 2 and _MBD.match(entry[0])}
            )
            paths = [[name, name] for name in names]
        else:
            return _ppt_objects(ole.openstream("PowerPoint Document").read(), room)
        objects = []
        for label, *path in paths:
            try:
                blob = substorage_file(ole, path, room)
            except OversizedCompoundFile as exc:  # our own words
                raise UnreadableLegacyFile(f"an embedded object with {exc}") from None
            room -= len(blob)
            objects.append((label, blob))
        return objects
    finally:
        ole.close()


def _ppt_objects(stream: bytes, room: int) -> list[tuple[str, bytes]]:
    objects = []
    pos = 0
    while pos + 8 <= len(stream):  # top-level records: the persist objects
        ver_instance, kind, size = struct.unpack_from("<HHI", stream, pos)
        body = stream[pos + 8 : pos + 8 + size]
        pos += 8 + size
        if kind != _EX_OLE_OBJ_STG:
            continue
        name = f"object{len(objects) + 1}"
        if ver_instance >> 4 == 1:  # compressed
            inflater = zlib.decompressobj()
            try:
                blob = inflater.decompress(body[4:], room + 1)
            except zlib.error as exc:
                raise UnreadableLegacyFile("damaged object in a PowerPoint presentation") from exc
            if len(blob) > room or inflater.unconsumed_tail:
                raise UnreadableLegacyFile("objects in a PowerPoint presentation too large to read")
        else:
            blob = body
        room -= len(blob)
        objects.append((name, blob))
    return objects


def read_legacy_office(data: bytes, kind: str, scan: Scan, location: str) -> str:
    """Text of an unencrypted "xls", "doc" or "ppt" (`ole.OleInfo.kind`). Raises
    UnreadableLegacyFile for a form not read, and the parsers' errors on damaged files
    (the caller records both)."""
    if kind == "xls":
        return xls_text(data, scan, location)
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        text = doc_text(ole, scan, location) if kind == "doc" else ppt_text(ole, scan)
        check_intact(ole)
        return text
    finally:
        ole.close()
