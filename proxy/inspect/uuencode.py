"""Files uuencoded into a text body, the way mail carried files before MIME and some
mailers still offer ("begin 644 顧客.csv" … "end"; POSIX uuencode, whose format
RFC 1341's x-uuencode transfer encoding reuses).

A MIME part declared x-uuencode is decoded by the email package; a block inside a
text/plain body is only text to it, so the file it carries would be read as gibberish
and never as a file. Pure functions: the caller inspects each file like an attachment.
"""

from __future__ import annotations

import binascii
import re

# "begin <mode> <name>" at a line start, the encoded lines, "end" (a "`" or " " line of
# length zero comes before it).
_BEGIN = re.compile(rb"^begin[ \t]+[0-7]{3,4}[ \t]+(?P<name>[^\r\n]+?)[ \t]*\r?\n", re.M)
_END = re.compile(rb"^end[ \t]*\r?$", re.M)
MAX_BLOCKS = 64


def blocks(data: bytes) -> list[tuple[int, int, str, bytes | None]]:
    """(start, end, name, content) per uuencoded block of `data`; content None when a
    line does not decode (the caller reports the file as unreadable). Linear: each
    search starts where the last block ended, and without an "end" line none follows."""
    if b"begin " not in data and b"begin\t" not in data:
        return []
    found: list[tuple[int, int, str, bytes | None]] = []
    pos = 0
    while len(found) < MAX_BLOCKS:
        begin = _BEGIN.search(data, pos)
        if begin is None:
            break
        end = _END.search(data, begin.end())
        if end is None:
            break
        name = begin.group("name").decode("utf-8", "replace").replace("\\", "/")
        content = _decode(data[begin.end() : end.start()])
        found.append((begin.start(), end.end(), name.rsplit("/", 1)[-1], content))
        pos = end.end()
    return found


def _decode(body: bytes) -> bytes | None:
    out = bytearray()
    for line in body.splitlines():
        if not line.strip(b" `"):
            continue  # the zero-length line before "end"
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Some encoders pad lines short: a2b_uu wants whole groups of four.
            try:
                length = (line[0] - 32) & 63
                out += binascii.a2b_uu(line + b" " * (((length + 2) // 3) * 4 + 1 - len(line)))
            except (binascii.Error, IndexError):
                return None
    return bytes(out)


def without_blocks(data: bytes, found: list[tuple[int, int, str, bytes | None]]) -> bytes:
    """`data` with the blocks cut out: their encoded lines are no text to read."""
    parts: list[bytes] = []
    pos = 0
    for start, end, _, _ in found:
        parts.append(data[pos:start])
        pos = end
    parts.append(data[pos:])
    return b"".join(parts)
