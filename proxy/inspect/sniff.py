"""What bytes are, whatever their name says: encrypted content (S/MIME, OpenPGP), a file
sent as a text part, and archives or a PDF behind other bytes (a self-extractor's
program). Each test is strict enough that ordinary files do not pass it by chance: a
signature constant inside a DLL, or "%PDF-" in a photo's comment, is not an archive
or a PDF unless the header after it checks out.
"""

from __future__ import annotations

import re
import zlib

from proxy.inspect.archives import SEVEN_ZIP_MAGIC
from proxy.inspect.ole import OLE_MAGIC
from proxy.inspect.textfiles import looks_textual

# -- encrypted content ------------------------------------------------------------------

CMS_ENCRYPTED = (
    bytes.fromhex("2a864886f70d010703"),  # envelopedData, 1.2.840.113549.1.7.3
    bytes.fromhex("2a864886f70d0109100117"),  # authEnvelopedData, 1.2.840.113549.1.9.16.1.23
)


def cms_encrypted(data: bytes) -> bool:
    """DER of an encrypted CMS object ([RFC 5652] §6, [RFC 5083]) by its first bytes: a
    SEQUENCE whose first element is the enveloped- or authEnvelopedData OID. Whatever
    the file is called (doc.cms, data.dat): a signature (.p7s) is not caught here."""
    head = data[:32]
    return head[:1] == b"\x30" and any(oid in head for oid in CMS_ENCRYPTED)


# OpenPGP ([RFC 9580] §6.2): an armored message is the BEGIN line, armor headers, a
# blank line, base64 lines (and a "=XXXX" checksum), the END line. Prose that names the
# BEGIN line ("暗号化メールは -----BEGIN PGP MESSAGE----- で始まります") is not one.
_PGP_ARMORED = re.compile(
    rb"(?m)^-----BEGIN PGP MESSAGE-----[ \t]*\r?\n"
    rb"(?:[!-9;-~]+: [^\r\n]*\r?\n)*"  # armor headers (Version: …, Comment: …)
    rb"[ \t]*\r?\n"
    rb"(?:[A-Za-z0-9+/=]+[ \t]*\r?\n)+"
    rb"-----END PGP MESSAGE-----"
)
_PGP_EXTS = frozenset({"gpg", "pgp", "asc"})


def pgp_armored(data: bytes) -> bool:
    """Whether `data` holds an armored PGP-encrypted message (anywhere in it)."""
    return b"-----BEGIN PGP MESSAGE-----" in data and _PGP_ARMORED.search(data) is not None


def pgp_binary(data: bytes, ext: str) -> bool:
    """A binary OpenPGP message under a name gpg gives its output: its first packet an
    encrypted session key (tag 1 public-key, tag 3 symmetric) or encrypted data (tag 18),
    in the old (bit 6 clear) or the new packet format."""
    if ext not in _PGP_EXTS or not data or not data[0] & 0x80:
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
    file's first bytes, and not text ("%PDF-1.7 の仕様について" is a body)."""
    return data.startswith(_FILE_MAGIC) and not looks_textual(data)


# -- archives behind other bytes --------------------------------------------------------

# Self-extractor stubs are a few hundred KB; search a little further than the largest.
STUB_SEARCH = 4 * 1024 * 1024
MAX_EMBEDDED = 4  # archives read out of one file: more is no self-extractor


def embedded_starts(data: bytes) -> list[tuple[str, int]]:
    """(kind, offset) of each archive or PDF that starts after other bytes and whose
    header checks out: "rar" / "7z" (header CRCs), "pdf" (a header in the first 1024
    bytes and %%EOF at the end), "zip" (offset 0: an end record in the last 64 KB; the
    caller opens it, as zipfile allows bytes before a ZIP)."""
    found: list[tuple[str, int]] = []
    pdf = data.find(b"%PDF-", 1, 1024)
    if pdf > 0 and b"%%EOF" in data[-1024:]:
        found.append(("pdf", pdf))
    for signature, kind, valid in (
        (b"Rar!\x1a\x07", "rar", _rar_header_ok),
        (SEVEN_ZIP_MAGIC, "7z", _seven_zip_header_ok),
    ):
        at = data.find(signature, 1, STUB_SEARCH)
        while at > 0 and len(found) <= MAX_EMBEDDED:
            if valid(data, at):
                found.append((kind, at))
            at = data.find(signature, at + 1, STUB_SEARCH)
    # ZIP: its end-of-central-directory record in the last 64 KB (+ its own 22 bytes).
    if data.rfind(b"PK\x05\x06", max(0, len(data) - 65_558)) > 0 and b"PK\x03\x04" in data:
        found.append(("zip", 0))
    return sorted(found, key=lambda item: item[1])


def _rar_header_ok(data: bytes, at: int) -> bool:
    """The archive header after a RAR signature, with its CRC (RAR 4: the low 16 bits
    of the CRC32 of HEAD_TYPE..end; RAR 5: the CRC32 of the size field onwards)."""
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
    head = at + 8
    size = shift = 0
    pos = head + 4
    while pos < len(data) and shift < 21:
        byte = data[pos]
        size |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            break
        shift += 7
    end = pos + size
    if size == 0 or end > len(data):
        return False
    return zlib.crc32(data[head + 4 : end]) == int.from_bytes(data[head : head + 4], "little")


def _seven_zip_header_ok(data: bytes, at: int) -> bool:
    """The 7z start header: the CRC32 at offset 8 of the 20 bytes after it."""
    start = data[at + 12 : at + 32]
    return len(start) == 20 and zlib.crc32(start) == int.from_bytes(
        data[at + 8 : at + 12], "little"
    )
