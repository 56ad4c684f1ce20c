"""ISO-2022-JP the way Windows clients write it (CP50220: Outlook puts ① and ㈱ in it),
built from CP932 with the JIS <-> Shift_JIS arithmetic, for tests and benchmarks (the
stdlib's iso2022_jp codec refuses those characters)."""

from __future__ import annotations


def sjis_to_jis(data: bytes) -> bytes:
    """Two-byte Shift_JIS (CP932) characters as their JIS row/cell bytes."""
    out = bytearray()
    for i in range(0, len(data), 2):
        lead, trail = data[i], data[i + 1]
        lead -= 0x40 if lead >= 0xE0 else 0
        row = (lead - 0x81) * 2 + 0x21
        if trail >= 0x9F:
            row, col = row + 1, trail - 0x7E
        else:
            col = trail - 0x1F - (1 if trail > 0x7F else 0)
        out += bytes((row, col))
    return bytes(out)


def jis(text: str) -> bytes:
    """Full-width `text` between ESC $ B and ESC ( B."""
    return b"\x1b$B" + sjis_to_jis(text.encode("cp932")) + b"\x1b(B"
