"""Decoders for Japanese mail as Japanese Windows clients really write it.

Python's `iso2022_jp*` codecs reject the NEC special characters (①, ㈱, Ⅰ — JIS row 13) and
the NEC-selected IBM extensions (髙, 﨑 — rows 89-92) that Outlook and other Windows mailers
put into mail labelled "ISO-2022-JP" (Microsoft's CP50220), and `euc_jp` rejects the same
characters in EUC-JP (CP51932). None of the stdlib codecs decodes them (tested in
tests/test_inspect_charset.py), so this module maps each JIS X 0208 code point the way
Windows does — through CP932 — and falls back to JIS X 0213 (`euc_jis_2004`) for cells
CP932 leaves empty. The stdlib codecs are still tried first (they are much faster).
"""

from __future__ import annotations

import re
from functools import lru_cache

REPLACEMENT = "\ufffd"


def _jis_to_sjis(row: int, col: int) -> bytes:
    """JIS X 0208 row/column bytes (0x21-0x7E each) to the Shift_JIS byte pair."""
    lead = (row - 0x21) // 2 + 0x81
    if lead > 0x9F:
        lead += 0x40
    if row % 2:  # odd rows use the lower half of the trail byte range
        trail = col + 0x1F + (1 if col >= 0x60 else 0)
    else:
        trail = col + 0x7E
    return bytes((lead, trail))


@lru_cache(maxsize=1)
def _jis_table() -> dict[int, str]:
    """Every JIS X 0208 cell (row << 8 | col) that CP932 or JIS X 0213 defines."""
    table: dict[int, str] = {}
    for row in range(0x21, 0x7F):
        for col in range(0x21, 0x7F):
            try:
                char = _jis_to_sjis(row, col).decode("cp932")
            except UnicodeDecodeError:
                try:
                    char = bytes((row | 0x80, col | 0x80)).decode("euc_jis_2004")
                except UnicodeDecodeError:
                    continue
            table[row << 8 | col] = char
    return table


def _decode_jis_pairs(data: bytes, strict: bool) -> str | None:
    """Two-byte JIS X 0208 text (after ESC $ B or as EUC-JP with the high bits cleared)."""
    table = _jis_table()
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte <= 0x20 or byte == 0x7F:
            # Line breaks and spaces inside a two-byte run break RFC 1468 but occur; keep them.
            out.append(chr(byte))
            i += 1
            continue
        if i + 1 < n:
            char = table.get(byte << 8 | data[i + 1])
            if char is not None:
                out.append(char)
                i += 2
                continue
        if strict:
            return None
        out.append(REPLACEMENT)
        i += 2 if i + 1 < n and data[i + 1] > 0x20 else 1
    return "".join(out)


def _kana(data: bytes, offset: int, strict: bool) -> str | None:
    """JIS X 0201 katakana: 0x21-0x5F (7-bit) or 0xA1-0xDF (8-bit) to U+FF61-U+FF9F."""
    out: list[str] = []
    for byte in data:
        code = byte - offset
        if 0 <= code <= 0x3E:
            out.append(chr(0xFF61 + code))
        elif byte <= 0x20:
            out.append(chr(byte))
        elif strict:
            return None
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def _jis_x0212_or_0213_plane2(row: int, col: int) -> str | None:
    triple = bytes((0x8F, row | 0x80, col | 0x80))
    for codec in ("euc_jp", "euc_jis_2004"):
        try:
            return triple.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _decode_three_byte_set(data: bytes, strict: bool) -> str | None:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        char = _jis_x0212_or_0213_plane2(data[i], data[i + 1])
        if char is None:
            if strict:
                return None
            char = REPLACEMENT
        out.append(char)
    if len(data) % 2:
        if strict:
            return None
        out.append(REPLACEMENT)
    return "".join(out)


# ISO-2022-JP escape sequences (RFC 1468, RFC 2237, JIS X 0213 Annex 2); ESC & @ only
# announces JIS X 0208-1990 and changes nothing.
_ESCAPE = re.compile(rb"\x1b(\(B|\(J|\(I|\$@|\$B|\$\(B|\$\(D|\$\(O|\$\(Q|\$\(P|&@)|[\x0e\x0f]")
_ASCII, _KANJI, _KANA, _PLANE2 = "ascii", "kanji", "kana", "plane2"
_MODES = {
    b"(B": _ASCII,
    b"(J": _ASCII,  # JIS X 0201 Roman: ASCII but for ¥ and ‾, which no detector needs
    b"(I": _KANA,
    b"$@": _KANJI,
    b"$B": _KANJI,
    b"$(B": _KANJI,
    b"$(O": _KANJI,  # JIS X 0213 plane 1 is a superset of JIS X 0208 in the same cells
    b"$(Q": _KANJI,
    b"$(D": _PLANE2,  # JIS X 0212 (ISO-2022-JP-1)
    b"$(P": _PLANE2,  # JIS X 0213 plane 2
}


def decode_iso2022jp(data: bytes, strict: bool = False) -> str | None:
    """ISO-2022-JP as the CP50220/CP50221 superset. None if `strict` and anything is invalid."""
    out: list[str] = []
    mode = _ASCII
    shifted = False  # SO/SI half-width katakana (CP50221)
    pos = 0
    for match in _ESCAPE.finditer(data):
        chunk = _decode_run(data[pos : match.start()], _KANA if shifted else mode, strict)
        if chunk is None:
            return None
        out.append(chunk)
        token = match.group(0)
        if token == b"\x0e":
            shifted = True
        elif token == b"\x0f":
            shifted = False
        elif match.group(1) != b"&@":
            mode = _MODES[match.group(1)]
            shifted = False
        pos = match.end()
    chunk = _decode_run(data[pos:], _KANA if shifted else mode, strict)
    if chunk is None:
        return None
    out.append(chunk)
    return "".join(out)


def _decode_run(data: bytes, mode: str, strict: bool) -> str | None:
    if not data:
        return ""
    if mode == _KANJI:
        try:  # the C codec handles every run without Windows extensions, much faster
            return (b"\x1b$B" + data).decode("iso2022_jp")
        except UnicodeDecodeError:
            return _decode_jis_pairs(data, strict)
    if mode == _KANA:
        return _kana(data, 0x21, strict)
    if mode == _PLANE2:
        return _decode_three_byte_set(data, strict)
    if strict and (b"\x1b" in data or max(data) > 0x7F):
        return None
    return data.decode("ascii", "replace")


# EUC-JP tokens: ASCII runs, SS2 + half-width katakana, SS3 + JIS X 0212, a JIS X 0208 pair.
_EUC_TOKEN = re.compile(rb"[\x00-\x7f]+|\x8e[\xa1-\xdf]|\x8f[\xa1-\xfe]{2}|[\xa1-\xfe]{2}|[\s\S]")


def decode_eucjp(data: bytes, strict: bool = False) -> str | None:
    """EUC-JP as the CP51932 / eucJP-ms superset. None if `strict` and anything is invalid."""
    out: list[str] = []
    for line in data.splitlines(keepends=True):
        try:  # the C codec handles every line without Windows extensions, much faster
            out.append(line.decode("euc_jp"))
        except UnicodeDecodeError:
            text = _decode_euc_tokens(line, strict)
            if text is None:
                return None
            out.append(text)
    return "".join(out)


def _decode_euc_tokens(data: bytes, strict: bool) -> str | None:
    table = _jis_table()
    out: list[str] = []
    for match in _EUC_TOKEN.finditer(data):
        token = match.group(0)
        first = token[0]
        char: str | None
        if first < 0x80:
            char = token.decode("ascii")
        elif len(token) == 2 and first == 0x8E:
            char = chr(0xFF61 + token[1] - 0xA1)
        elif len(token) == 3:
            char = _jis_x0212_or_0213_plane2(token[1] & 0x7F, token[2] & 0x7F)
        elif len(token) == 2:
            char = table.get((first & 0x7F) << 8 | (token[1] & 0x7F))
        else:
            char = None
        if char is None:
            if strict:
                return None
            char = REPLACEMENT
        out.append(char)
    return "".join(out)
