"""Text of Rich Text Format: .rtf attachments (WordPad, Word), and the bodies Outlook keeps
only as compressed RTF (.msg items, winmail.dat).

Japanese RTF holds its text as `\\'82\\'a0` escapes in the code page of `\\ansicpg` or of
the font (`\\fcharset128` = CP932), or as `\\uN`: read raw, not one kanji of a
customer list is visible, only the digits. `striprtf` decodes them; compressed RTF
([MS-OXRTFCP]) is inflated by `compressed_rtf`. What striprtf gets wrong is set right
around it (below, each with its reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compressed_rtf import decompress
from striprtf import striprtf

# striprtf ends a table cell with "|"; the table readers (tabular.pasted_tables) take
# TAB-separated rows, as Word and PowerPoint tables come out elsewhere. Its tables are
# module-wide and read at every call.
striprtf.specialchars["cell"] = "\t"
# Headers, footers and footnotes are text on the page; striprtf skips them as it skips
# the font table.
# So are text boxes (a shape's \shptxt inside \shpinst) and comments (\annotation);
# the stars some writers put before them (`{\*\footnote`) are taken off below.
_PAGE_TEXT = frozenset({
    "header", "headerf", "headerl", "headerr", "footer", "footerf", "footerl", "footerr",
    "footnote", "shp", "shpinst", "shptxt", "annotation",
})
striprtf.destinations = striprtf.destinations - _PAGE_TEXT
_STARRED_TEXT = re.compile(r"\{\\\*\\(" + "|".join(sorted(_PAGE_TEXT)) + r")(?![a-z])")
# A shape's properties ({\sp{\sn name}{\sv value}}) are no text of the page.
_SHAPE_PROPERTY = "{\\sp{"
# Its font-table pattern runs from one font's \fN across to the next font's \fcharset, so
# in a Western document (\ansicpg1252) a \fcharset128 font after a plain one is decoded
# as CP1252 (山田 as "ŽR“c"): one font entry at a time.
striprtf.FONTTABLE = re.compile(r"\\f(\d+)[^;{}]*?\\fcharset(\d+)[^;{}]*?([^;{}]+);")

# Groups of hex-encoded binary data: pictures, embedded objects, and the theme and data
# store every Word RTF carries. striprtf walks them a character at a time (8.5 s for a
# 5 MB picture); they are cut out first, a brace search in C. An embedded object (an
# Excel range pasted as an object) is a file of its own that is not read: reported.
_BLOBS = ("{\\pict", "{\\*\\objdata", "{\\*\\themedata", "{\\*\\datastore",
          "{\\*\\colorschememapping", "{\\*\\blipuid", _SHAPE_PROPERTY)
_BLOB_START = re.compile("|".join(re.escape(blob) for blob in _BLOBS))
_BRACE = re.compile(r"\\[\\{}]|[{}]")  # an escaped brace is text, not a group's end
# \binN: N bytes of raw binary follow (RTF 1.9.1 "\bin"), braces among them. An escaped
# backslash is text ("C:\\bin64"): matched first, so it is stepped over.
_BIN = re.compile(r"\\\\|\\bin(\d{1,9}) ?")
# Encapsulated HTML (\fromhtml1, Outlook's RTF body of an HTML mail, [MS-OXRTFEX]): the
# tags are {\*\htmltagN …} groups, skipped as text; a cell's or a line's end among them
# must still end the cell or the line.
_HTML_TAG = re.compile(r"\{\\\*\\htmltag\d*\s?(<[^{}]*)\}")
_HTML_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_HTML_LINE_END = re.compile(r"<br\b|</(?:p|tr|div|li|h\d)\s*>", re.I)
# A line break between the two escapes of a double-byte character: RTF ignores it, but
# striprtf decodes the bytes it has gathered at any other token, splitting 山 in two.
_SPLIT_PAIR = re.compile(r"(\\'[0-9a-fA-F]{2})(?:\r\n|\r|\n)+(?=\\')")

# striprtf goes at ~1.3 MB/s and cannot be interrupted: a bound on what it is given
# bounds how far past the inspection deadline one file can go.
MAX_RTF = 8 * 1024 * 1024
# compressed_rtf inflates a byte at a time (~2 MB/s of output) and a token can stand for
# 17 bytes: 256 KB of input is at most ~4.4 MB of RTF, ~2 s to inflate.
MAX_COMPRESSED = 256 * 1024


@dataclass(frozen=True)
class RtfText:
    text: str
    objects: int = 0  # embedded objects (files of their own), not read
    damaged: bool = False  # a group that never closes: the rest was not read


def looks_like_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def _without_binary(text: str) -> tuple[str, bool]:
    """The RTF without \binN data; whether some \binN ran past the end."""
    parts: list[str] = []
    pos = 0
    while (found := _BIN.search(text, pos)) is not None:
        if found.group(1) is None:  # "\\": text
            parts.append(text[pos : found.end()])
            pos = found.end()
            continue
        parts.append(text[pos : found.start()])
        pos = found.end() + int(found.group(1))
        if pos > len(text):
            return "".join(parts), True
    parts.append(text[pos:])
    return "".join(parts), False


def _html_tag(match: re.Match[str]) -> str:
    tag = match.group(1)
    if _HTML_CELL_END.match(tag):
        return "\\tab "
    if _HTML_LINE_END.match(tag):
        return "\\par "
    return match.group()


def _without_blobs(text: str) -> tuple[str, int, bool]:
    """The RTF without its binary groups; how many embedded objects it had; whether a
    group never closed."""
    parts: list[str] = []
    objects = 0
    pos = 0
    while (found := _BLOB_START.search(text, pos)) is not None:
        parts.append(text[pos : found.start()])
        objects += found.group() == "{\\*\\objdata"
        depth = 0
        end = None
        for brace in _BRACE.finditer(text, found.start()):
            if brace.group() == "{":
                depth += 1
            elif brace.group() == "}":
                depth -= 1
                if depth == 0:
                    end = brace.end()
                    break
        if end is None:
            return "".join(parts), objects, True
        pos = end
    parts.append(text[pos:])
    return "".join(parts), objects, False


def rtf_text(data: bytes) -> RtfText:
    """Never raises for text; bytes outside ASCII (not valid in RTF) pass as Latin-1.
    Raises ValueError for RTF too large to read in time (MAX_RTF)."""
    text, cut = _without_binary(data.decode("latin-1"))
    text, objects, damaged = _without_blobs(text)
    if len(text) > MAX_RTF:
        raise ValueError("RTF too large to read in time")
    text = _SPLIT_PAIR.sub(r"\1", text)
    text = _STARRED_TEXT.sub(r"{\\\1", text)
    if "\\fromhtml" in text[:1024]:
        text = _HTML_TAG.sub(_html_tag, text)
    return RtfText(striprtf.rtf_to_text(text, errors="replace"), objects, damaged or cut)


def compressed_rtf_text(data: bytes) -> str:
    """PidTagRtfCompressed's value. Raises ValueError when it is damaged or too large."""
    if len(data) > MAX_COMPRESSED:
        raise ValueError("compressed RTF too large to read in time")
    try:
        raw = decompress(data)
    except Exception as exc:  # the library raises bare Exception for a bad header or CRC
        raise ValueError("damaged compressed RTF") from exc
    result = rtf_text(raw)  # objects in a body are the item's attachments too
    if result.damaged:
        raise ValueError("damaged RTF (a group never closes)")
    return result.text
