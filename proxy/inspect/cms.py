"""The content of a CMS SignedData: the MIME entity of an opaque-signed S/MIME message.

RFC 8551 §3.5.3 signs a message "opaquely" by putting its MIME entity inside the
signature: ContentInfo (RFC 5652 §3) → SignedData (§5.1) → EncapsulatedContentInfo →
eContent, an OCTET STRING. Clients that sign while they stream (`openssl smime -sign
-stream`, Outlook) write it in BER with indefinite lengths and the OCTET STRING cut
into chunks (X.690 §8.7.3); others in DER. Only that path is read, nothing is verified
(the guard reads what is sent, signed or not). The cost is bounded for a hostile file:
at most MAX_CHUNKS chunks (a 20 MB message streamed in 1 KB chunks has 20,000), and
nesting at most MAX_DEPTH deep; past either the content is not read (the caller fails
safe), where a general ASN.1 library took 3 s for a 1 MB string of 1-byte chunks.
"""

from __future__ import annotations

_SEQUENCE = 0x30
_SET = 0x31
_OID = 0x06
_INTEGER = 0x02
_OCTETS = 0x04
_OCTETS_CONSTRUCTED = 0x24
_EXPLICIT_0 = 0xA0  # [0] EXPLICIT, constructed
_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
_DATA = bytes.fromhex("2a864886f70d010701")  # 1.2.840.113549.1.7.1

MAX_CHUNKS = 100_000
MAX_DEPTH = 16


class _Damaged(ValueError):
    pass


def signed_content(data: bytes) -> bytes | None:
    """eContent of the SignedData in `data`; None when it is detached, damaged, not
    id-data, or past the bounds."""
    try:
        return _signed_content(data)
    except (_Damaged, IndexError):
        return None


def _header(data: bytes, pos: int, end: int) -> tuple[int, int, int | None]:
    """(identifier octet, where the content starts, its length or None if indefinite)."""
    if pos + 2 > end:
        raise _Damaged("truncated")
    ident = data[pos]
    if ident & 0x1F == 0x1F:
        raise _Damaged("high tag number")  # none on the path read here
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        length: int | None = first
    elif first == 0x80:
        if not ident & 0x20:
            raise _Damaged("indefinite primitive")
        length = None
    else:
        count = first & 0x7F
        if count > 4 or pos + count > end:
            raise _Damaged("length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if length is not None and pos + length > end:
        raise _Damaged("past the end")
    return ident, pos, length


def _skip(data: bytes, pos: int, end: int, depth: int = 0) -> int:
    """Where the element at `pos` ends (after its end-of-contents if indefinite)."""
    if depth > MAX_DEPTH:
        raise _Damaged("too deep")
    _, start, length = _header(data, pos, end)
    if length is not None:
        return start + length
    pos = start
    while data[pos : pos + 2] != b"\x00\x00":
        pos = _skip(data, pos, end, depth + 1)
    return pos + 2


def _inside(data: bytes, pos: int, end: int, ident: int) -> tuple[int, int]:
    """(start of content, end limit) of the element at `pos`, which must be `ident`."""
    found, start, length = _header(data, pos, end)
    if found != ident:
        raise _Damaged(f"expected {ident:#x}, found {found:#x}")
    return start, end if length is None else start + length


def _signed_content(data: bytes) -> bytes | None:
    end = len(data)
    pos, end = _inside(data, 0, end, _SEQUENCE)  # ContentInfo
    oid_start, oid_end = _inside(data, pos, end, _OID)
    if data[oid_start:oid_end] != _SIGNED_DATA:
        return None
    pos, end = _inside(data, oid_end, end, _EXPLICIT_0)
    pos, end = _inside(data, pos, end, _SEQUENCE)  # SignedData
    pos = _skip_one(data, pos, end, _INTEGER)  # version
    pos = _skip_one(data, pos, end, _SET)  # digestAlgorithms
    pos, end = _inside(data, pos, end, _SEQUENCE)  # EncapsulatedContentInfo
    oid_start, oid_end = _inside(data, pos, end, _OID)
    if data[oid_start:oid_end] != _DATA:
        return None
    if oid_end >= end or data[oid_end] != _EXPLICIT_0:
        return None  # no eContent: a detached signature
    pos, end = _inside(data, oid_end, end, _EXPLICIT_0)
    chunks: list[bytes] = []
    _octets(data, pos, end, chunks, 0)
    return b"".join(chunks)


def _skip_one(data: bytes, pos: int, end: int, ident: int) -> int:
    """Where the element at `pos`, which must be `ident`, ends."""
    if pos >= end or data[pos] != ident:
        raise _Damaged(f"expected {ident:#x}")
    return _skip(data, pos, end)


def _octets(data: bytes, pos: int, end: int, chunks: list[bytes], depth: int) -> int:
    """Collect the OCTET STRING at `pos` (primitive, or constructed of chunks, X.690
    §8.7.3.2) into `chunks`; return where it ends."""
    if depth > MAX_DEPTH:
        raise _Damaged("too deep")
    ident, start, length = _header(data, pos, end)
    if ident == _OCTETS and length is not None:
        if len(chunks) >= MAX_CHUNKS:
            raise _Damaged("too many chunks")
        chunks.append(data[start : start + length])
        return start + length
    if ident != _OCTETS_CONSTRUCTED:
        raise _Damaged("not an OCTET STRING")
    stop = end if length is None else start + length
    pos = start
    while pos < stop:
        if length is None and data[pos : pos + 2] == b"\x00\x00":
            return pos + 2
        pos = _octets(data, pos, stop, chunks, depth + 1)
    if length is None:
        raise _Damaged("no end-of-contents")
    return pos
