"""What bytes are, whatever their name says: encrypted content (S/MIME, OpenPGP), a file
sent as a text part, and archives or a PDF behind other bytes (a self-extractor's
program). Each test is strict enough that ordinary files do not pass it by chance: a
signature constant inside a DLL, or "%PDF-" in a photo's comment, is not an archive
or a PDF unless the header after it checks out.
"""

from __future__ import annotations

import re
import zlib

from proxy.inspect.archive_child import CAB_MAGIC, LZH_METHOD, is_cab, is_lzh, rar5_header
from proxy.inspect.archives import SEVEN_ZIP_MAGIC
from proxy.inspect.ole import OLE_MAGIC
from proxy.inspect.textfiles import looks_textual

# -- encrypted content ------------------------------------------------------------------

_CMS_ENCRYPTED = (
    bytes.fromhex("2a864886f70d010703"),  # envelopedData, 1.2.840.113549.1.7.3
    bytes.fromhex("2a864886f70d0109100117"),  # authEnvelopedData, 1.2.840.113549.1.9.16.1.23
)


def cms_encrypted(data: bytes, within: int = 32) -> bool:
    """DER of an encrypted CMS object ([RFC 5652] §6, [RFC 5083]) by its first bytes: a
    SEQUENCE whose first element is the enveloped- or authEnvelopedData OID. Whatever
    the file is called (doc.cms, data.dat): a signature (.p7s) is not caught here.
    `within`: how far in the OID may be (64 for a .p7m, whose signed data may wrap an
    encrypted one)."""
    head = data[:within]
    return head[:1] == b"\x30" and any(oid in head for oid in _CMS_ENCRYPTED)


# OpenPGP ([RFC 9580] §6.2): an armored message runs from the BEGIN line to the END line.
# Both must be there: prose that names the BEGIN line ("暗号化メールは -----BEGIN PGP
# MESSAGE----- で始まります") is not one; a block in HTML (<pre>, <br> at each line) or
# quoted with "> " is.
_PGP_BEGIN = b"-----BEGIN PGP MESSAGE-----"
_PGP_END = b"-----END PGP MESSAGE-----"
PGP_EXTS = frozenset({"gpg", "pgp", "asc"})


def pgp_armored(data: bytes) -> bool:
    """Whether `data` holds an armored PGP-encrypted message (anywhere in it)."""
    begin = data.find(_PGP_BEGIN)
    return begin >= 0 and data.find(_PGP_END, begin) > 0


def pgp_binary(data: bytes, ext: str) -> bool:
    """A binary OpenPGP message under a name gpg gives its output: its first packet an
    encrypted session key (tag 1 public-key, tag 3 symmetric) or encrypted data (tag 18),
    in the old (bit 6 clear) or the new packet format."""
    if ext not in PGP_EXTS or not data or not data[0] & 0x80:
        return False
    first = data[0]
    tag = first & 0x3F if first & 0x40 else (first >> 2) & 0x0F
    return tag in (1, 3, 18)


# -- a file sent as text ---------------------------------------------------------------

_FILE_MAGIC = (
    b"PK\x03\x04", SEVEN_ZIP_MAGIC, b"Rar!\x1a\x07", b"%PDF-", OLE_MAGIC, b"\x1f\x8b",
)  # fmt: skip


def file_as_text(data: bytes) -> bool:
    """Whether a part sent as text is really a file (a password ZIP as text/plain): a
    file's first bytes and not text, or a PDF from its header to its %%EOF ("%PDF-1.7 の
    仕様について" is a body; a PDF whose first 4 KB are ASCII objects is a PDF)."""
    if not data.startswith(_FILE_MAGIC):
        return False
    return not looks_textual(data) or (data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:])


# -- archives behind other bytes --------------------------------------------------------

# Self-extractor stubs are a few hundred KB; search a little further than the largest.
STUB_SEARCH = 4 * 1024 * 1024
MAX_EMBEDDED = 4  # archives read out of one file: more is no self-extractor


MAX_CANDIDATES = 64  # signatures looked at per kind: each costs a header check
# (and 8 times that of all kinds at most, so a file full of one kind's costs little)
_ARCHIVE_SIGNATURE = re.compile(
    b"|".join((re.escape(b"Rar!\x1a\x07"), re.escape(SEVEN_ZIP_MAGIC), re.escape(CAB_MAGIC),
               LZH_METHOD.pattern))
)  # fmt: skip


def embedded_starts(data: bytes) -> list[tuple[str, int]]:
    """(kind, start) of each archive or PDF that starts after other bytes and whose
    header checks out, in order: "rar" / "7z" (header CRCs), "lzh" (its header's byte sum
    or level 2), "cab" (its size, files offset and version), "pdf" (a header in the first
    1024 bytes and %%EOF near the end), "zip" (its end record in the last 64 KB; start
    where its central directory says). Each is read (up to MAX_EMBEDDED): what one of
    them spans cannot be told from outside (a 7z's start header, a PDF's %%EOF can say
    anything), so nothing after one is taken for part of it; the caller skips only the
    finds inside a ZIP's stored members, which it reads."""
    found: list[tuple[str, int]] = []
    pdf = data.find(b"%PDF-", 1, 1024)
    if pdf > 0 and b"%%EOF" in data[-1024:]:
        found.append(("pdf", pdf))
    checked = dict.fromkeys(("lzh", "cab", "rar", "7z"), 0)
    for seen, m in enumerate(_ARCHIVE_SIGNATURE.finditer(data, 1, STUB_SEARCH)):
        at, head = m.start(), m.group()[:1]
        kind = {b"-": "lzh", b"M": "cab", b"R": "rar"}.get(head, "7z")
        if seen >= 8 * MAX_CANDIDATES or min(checked.values()) >= MAX_CANDIDATES:
            break
        if checked[kind] >= MAX_CANDIDATES:
            continue
        checked[kind] += 1
        if kind == "lzh":  # a method name, 2 bytes into its header
            at -= 2
            ok = at >= 1 and is_lzh(data, at)
        elif kind == "cab":
            ok = is_cab(data, at)
        elif kind == "rar":
            ok = _rar_crc_ok(data, at)
        else:
            ok = _seven_zip_ok(data, at)
        if ok:
            found.append((kind, at))
    start_of_zip = zip_start(data)
    if start_of_zip is not None:
        found.append(("zip", start_of_zip))
    return sorted(found, key=lambda item: item[1])[:MAX_EMBEDDED]


def zip_start(data: bytes) -> int | None:
    """Where a ZIP ends the file starts: its end-of-central-directory record (in the last
    64 KB + its 22 bytes) gives the directory's size and offset, so the bytes before the
    archive (APPNOTE 4.3.16)."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_558))
    if eocd <= 0 or len(data) < eocd + 22 or b"PK\x03\x04" not in data:
        return None
    size = int.from_bytes(data[eocd + 12 : eocd + 16], "little")
    offset = int.from_bytes(data[eocd + 16 : eocd + 20], "little")
    start = eocd - size - offset
    return start if start >= 0 else None


def _rar_crc_ok(data: bytes, at: int) -> bool:
    """The archive header after a RAR signature, with its CRC (RAR 4: the low 16 bits of
    the CRC32 of HEAD_TYPE..end; RAR 5: the CRC32 of the size field onwards, for a main
    header of a plausible size)."""
    if data[at + 6 : at + 7] == b"\x00":  # RAR 4: marker block, then the main header
        head = at + 7
        if len(data) < head + 7 or data[head + 2] != 0x73:
            return False
        size = int.from_bytes(data[head + 5 : head + 7], "little")
        if size < 7 or head + size > len(data):
            return False
        crc = int.from_bytes(data[head : head + 2], "little")
        return zlib.crc32(data[head + 2 : head + size]) & 0xFFFF == crc
    if data[at + 6 : at + 8] != b"\x01\x00":  # RAR 5
        return False
    try:
        rar5_header(data, at + 8, _RAR5_MAIN_HEADER_MAX)
    except ValueError:
        return False
    return True


_RAR5_MAIN_HEADER_MAX = 4096  # a main archive header is a few bytes (a locator, a comment)


def _seven_zip_ok(data: bytes, at: int) -> bool:
    """The 7z start header: the CRC32 at offset 8 of the 20 bytes after it."""
    start = data[at + 12 : at + 32]
    return len(start) == 20 and zlib.crc32(start) == int.from_bytes(
        data[at + 8 : at + 12], "little"
    )
