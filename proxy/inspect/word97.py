"""Text of Word 97-2003 documents (.doc; [MS-DOC]).

The text lies in the WordDocument stream as pieces listed by the piece table (the Clx in
the table stream), [MS-DOC] §2.4.1 "Retrieving Text"; every story (body, footnotes,
headers, comments, text boxes) is in that one character space, and all of it is read,
each story kept apart from the next. Table rows are rebuilt from the paragraph
properties (PAPX), so a row is one TAB-separated line whatever its cells hold. Word 6/95
files have another layout: reported as unread.
"""

from __future__ import annotations

import bisect
import re
import struct
from dataclasses import dataclass

import olefile

from proxy.inspect.ole import UnreadableLegacyFile
from proxy.inspect.scan import Scan, TextBuilder

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


