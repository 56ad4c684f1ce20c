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
# "begin-base64 … ====" is `uuencode -m`: the same frame around base64 lines.
_BEGIN = re.compile(
    rb"^begin(?P<b64>-base64)?[ \t]+[0-7]{3,4}[ \t]+(?P<name>[^\r\n]+?)[ \t]*\r?\n", re.M
)
_END = re.compile(rb"^end[ \t]*\r?$", re.M)
_END_B64 = re.compile(rb"^====[ \t]*\r?$", re.M)
MAX_BLOCKS = 64


def blocks(data: bytes) -> tuple[list[tuple[int, int, str, bytes | None]], bool]:
    """(start, end, name, content) per uuencoded block of `data`, content None when a
    line does not decode (the caller reports the file as unreadable); and whether more
    than MAX_BLOCKS blocks are there (the rest unread: the caller reports it). Linear:
    each search starts where the last block ended."""
    if not data.startswith(b"begin") and b"\nbegin" not in data:
        return [], False
    found: list[tuple[int, int, str, bytes | None]] = []
    endless: set[bool] = set()  # kinds (base64 or not) with no end line left in `data`
    pos = 0
    while True:
        begin = _BEGIN.search(data, pos)
        if begin is None:
            return found, False
        pos = begin.end()
        b64 = begin.group("b64") is not None
        if b64 in endless:
            continue
        end = (_END_B64 if b64 else _END).search(data, pos)
        if end is None:  # no end line after this begin: none after a later one either
            endless.add(b64)
            continue
        if len(found) >= MAX_BLOCKS:
            return found, True
        name = begin.group("name").decode("utf-8", "replace").replace("\\", "/")
        body = data[begin.end() : end.start()]
        content = _decode_base64(body) if b64 else _decode(body)
        found.append((begin.start(), end.end(), name.rsplit("/", 1)[-1], content))
        pos = end.end()


def _decode_base64(body: bytes) -> bytes | None:
    try:
        return binascii.a2b_base64(body, strict_mode=False)
    except binascii.Error:
        return None


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
