"""Text of Rich Text Format: .rtf attachments (WordPad, Word), and the bodies Outlook keeps
only as compressed RTF (.msg items, winmail.dat).

Japanese RTF holds its text as `\\'82\\'a0` escapes in the code page of `\\ansicpg` or of
the font (`\\fcharset128` = CP932), or as `\\uN`: read raw, not one kanji of a
customer list is visible, only the digits. `striprtf` decodes them; compressed RTF
([MS-OXRTFCP]) is inflated by `compressed_rtf`.
"""

from __future__ import annotations

import re

from compressed_rtf import decompress
from striprtf import striprtf

# striprtf ends a table cell with "|"; the table readers (tabular.pasted_tables) take
# TAB-separated rows, as Word and PowerPoint tables come out elsewhere. Its table of
# special characters is module-wide and read at every call.
striprtf.specialchars["cell"] = "\t"


# Groups of hex-encoded binary data: pictures, embedded objects, and the theme and data
# store every Word RTF carries. striprtf walks them a character at a time (8.5 s for a
# 5 MB picture); they are cut out first, a brace search in C. An embedded object (an
# Excel range pasted as an object) is a file of its own that is not read: reported.
_BLOBS = ("{\\pict", "{\\*\\objdata", "{\\*\\themedata", "{\\*\\datastore",
          "{\\*\\colorschememapping", "{\\*\\blipuid")
_BLOB_START = re.compile("|".join(re.escape(blob) for blob in _BLOBS))
_BRACE = re.compile(r"\\[\\{}]|[{}]")  # an escaped brace is text, not a group's end


def looks_like_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def _without_blobs(text: str) -> tuple[str, int]:
    """The RTF without its binary groups, and how many embedded objects it had."""
    parts: list[str] = []
    objects = 0
    pos = 0
    while (found := _BLOB_START.search(text, pos)) is not None:
        parts.append(text[pos : found.start()])
        objects += found.group() == "{\\*\\objdata"
        depth = 0
        end = len(text)
        for brace in _BRACE.finditer(text, found.start()):
            if brace.group() == "{":
                depth += 1
            elif brace.group() == "}":
                depth -= 1
                if depth == 0:
                    end = brace.end()
                    break
        pos = end
    parts.append(text[pos:])
    return "".join(parts), objects


def rtf_text(data: bytes) -> tuple[str, int]:
    """Text, and the number of embedded objects not read. Never raises for text; bytes
    outside ASCII (not valid in RTF) pass as Latin-1."""
    text, objects = _without_blobs(data.decode("latin-1"))
    return striprtf.rtf_to_text(text, errors="replace"), objects


# compressed_rtf inflates a byte at a time in Python (~2 MB/s of output) and a token
# can stand for 17 bytes: a bound on the input bounds the time (~4 s at worst at this size).
MAX_COMPRESSED = 512 * 1024


def compressed_rtf_text(data: bytes) -> str:
    """PidTagRtfCompressed's value. Raises ValueError when it is damaged or too large."""
    if len(data) > MAX_COMPRESSED:
        raise ValueError("compressed RTF too large to read")
    try:
        raw = decompress(data)
    except Exception as exc:  # the library raises bare Exception for a bad header or CRC
        raise ValueError("damaged compressed RTF") from exc
    return rtf_text(raw)[0]  # objects in a body are the item's attachments too
