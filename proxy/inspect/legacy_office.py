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

import io
import json
import math
import re
import struct
import subprocess
import sys
import time
from pathlib import Path

import olefile

from proxy.inspect.ole import check_intact
from proxy.inspect.scan import Scan, TextBuilder
from proxy.inspect.tabular import TableRenderer


class UnreadableLegacyFile(ValueError):
    """A file of the kind this module reads, but in a form it does not (Word 6/95)."""


# -- Excel ---------------------------------------------------------------------------------

_XLS_CHILD = Path(__file__).with_name("xls_child.py")
_XLS_MEMORY = 1 << 30  # address space of the reading child: a 10,000-row list needs ~100 MB


def _xls_records(data: bytes, scan: Scan) -> list[list[object]] | None:
    """The child's output (see xls_child.py), or None when the time ran out."""
    remaining = scan.deadline - time.monotonic()
    if remaining <= 0:
        scan.out_of_time()
        return None
    command = [
        sys.executable, "-I", str(_XLS_CHILD),
        str(scan.text_room), str(_XLS_MEMORY), str(math.ceil(remaining) + 1),
    ]
    try:
        # Our own script and arguments, no shell.
        done = subprocess.run(  # noqa: S603  # nosec B603
            command, input=data, capture_output=True, timeout=remaining, check=False
        )
    except subprocess.TimeoutExpired:
        scan.out_of_time()
        return None
    records = []
    for line in done.stdout.splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            break  # a line cut by the child's death
    if done.returncode != 0:
        last = records[-1] if records else []
        if len(last) == 2 and last[0] == "error" and str(last[1]).isidentifier():
            raise UnreadableLegacyFile(f"corrupt or unreadable xls file ({last[1]})")
        how = f"signal {-done.returncode}" if done.returncode < 0 else f"status {done.returncode}"
        raise UnreadableLegacyFile(f"corrupt or unreadable xls file (reader ended by {how})")
    return records


def xls_text(data: bytes, scan: Scan, location: str) -> str:
    out = TextBuilder(scan)
    renderer = TableRenderer()
    for record in _xls_records(data, scan) or []:
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
_CLX_PAIR = 33  # fcClx/lcbClx: the 34th pair of FibRgFcLcb97 ([MS-DOC] §2.5.6)
_FCOMPRESSED = 0x40000000

# Special characters of the text stream ([MS-DOC] §2.4.1 and §2.8.25): paragraph, line,
# page and column breaks end a line; a cell mark (0x07) ends a cell, and a row's end is a
# paragraph holding one more cell mark; field codes (0x13 code 0x14 result 0x15) keep
# only their result, as the page shows it; object anchors and the like are dropped.
_FIELD_CODE = re.compile("\x13[^\x13\x14\x15]*(?:\x14|\x15)")
_CELLS = re.compile("(?:[^\x07\r]*\x07){2,}")  # a table's cells, one paragraph each
_ROW_END = re.compile("\x07\x07")
_CONTROL = str.maketrans(
    {
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\x0e": "\n",
        "\x07": "\t",
        "\x1e": "-",  # non-breaking hyphen
        "\x1f": None,  # optional hyphen
        **{chr(c): None for c in (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x13, 0x14, 0x15)},
    }
)


def _word_fcclx(word: bytes) -> tuple[bool, int, int]:
    """(text in 1Table, fcClx, lcbClx) from the FIB."""
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
    pos += 2 + 4 * cslw
    (pairs,) = struct.unpack_from("<H", word, pos)
    if pairs <= _CLX_PAIR:
        raise UnreadableLegacyFile("Word document without a piece table")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, pos + 2 + 8 * _CLX_PAIR)
    return bool(flags & _FWHICHTBLSTM), fc_clx, lcb_clx


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


def _table_rows(match: re.Match[str]) -> str:
    """A run of cell marks as TAB-separated rows. An empty cell also reads as two marks in
    a row, so the row length is the shortest period at which every row's last "cell" (the
    row-end mark) is empty; when none fits (merged cells vary a row's length), each pair
    of marks is taken for a row's end."""
    cells = match.group().split("\x07")[:-1]
    for period in range(2, len(cells) + 1):
        if len(cells) % period == 0 and all(not cells[k] for k in range(period - 1, len(cells), period)):
            return "".join(
                "\t".join(cells[start : start + period - 1]) + "\n"
                for start in range(0, len(cells), period)
            )
    return _ROW_END.sub("\x07\n", match.group())


def doc_text(ole: olefile.OleFileIO, scan: Scan, location: str) -> str:
    word = ole.openstream("WordDocument").read()
    in_1table, fc_clx, lcb_clx = _word_fcclx(word)
    table_name = "1Table" if in_1table else "0Table"
    if not ole.exists(table_name):
        raise UnreadableLegacyFile(f"Word document without its {table_name} stream")
    table = ole.openstream(table_name).read()
    parts: list[str] = []
    room = scan.text_room  # bytes of UTF-8; a character is at least one
    for chars, offset, compressed in _pieces(table[fc_clx : fc_clx + lcb_clx]):
        if chars > room:
            chars = room
            scan.cut_text(location)
        if compressed:  # 8-bit characters, Windows-1252 ([MS-DOC] §2.4.1)
            parts.append(word[offset : offset + chars].decode("cp1252", "replace"))
        else:
            parts.append(word[offset : offset + 2 * chars].decode("utf-16-le", "replace"))
        room -= chars
        if room <= 0 or scan.out_of_time():
            break
    text = "".join(parts)
    for _ in range(8):  # nested fields: innermost first
        text, found = _FIELD_CODE.subn("", text)
        if not found:
            break
    text = _CELLS.sub(_table_rows, text).translate(_CONTROL)
    out = TextBuilder(scan)
    for line in text.split("\n"):
        if not out.add(line.strip()):
            break
    return out.text()


# -- PowerPoint ----------------------------------------------------------------------------

_TEXT_CHARS = 0x0FA0
_TEXT_BYTES = 0x0FA8
_CSTRING = 0x0FBA
_CONTAINER = 0x000F


def ppt_text(ole: olefile.OleFileIO, scan: Scan) -> str:
    stream = ole.openstream("PowerPoint Document").read()
    out = TextBuilder(scan)
    pos, count = 0, 0
    while pos + 8 <= len(stream):
        ver_instance, kind, size = struct.unpack_from("<HHI", stream, pos)
        if ver_instance & 0x000F == _CONTAINER:
            pos += 8  # a container's body is its records: walk into it
            continue
        body = stream[pos + 8 : pos + 8 + size]
        pos += 8 + size
        if kind == _TEXT_CHARS or kind == _CSTRING:
            text = body.decode("utf-16-le", "replace")
        elif kind == _TEXT_BYTES:
            text = body.decode("latin-1")
        else:
            continue
        if text.startswith("___PPT"):  # the name of a programmable tag ([MS-PPT] §2.13.24)
            continue
        for line in text.replace("\x0b", "\r").split("\r"):
            if not out.add(line.strip()):
                return out.text()
        count += 1
        if count % 1024 == 0 and scan.out_of_time():
            break
    return out.text()


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
