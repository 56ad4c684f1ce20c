"""RAR and LZH archives for tests, written to their published layouts with members
stored (not compressed): no RAR or LHA archiver is free to install here, and the guard's
reader (libarchive) is the same for stored and compressed members.

- RAR 4: RAR 3.x technote (rarlab.com, "technote.txt"): marker block, archive header,
  one file header a member (method 0x30 "store"; flag 0x04 "encrypted with password"),
  end-of-archive block; each header's CRC is the low 16 bits of its CRC32.
- RAR 5: rarlab.com "RAR 5.0 archive format": signature, main archive header, file
  headers (compression method 0: store), end-of-archive header; sizes as vints, each
  header's CRC32 over its size field and the rest. An encrypted member carries the
  file-encryption extra record (type 0x01).
- CAB: MS-CAB (CFHEADER, one CFFOLDER without compression, CFFILEs, one CFDATA with
  no checksum); `next_cabinet` sets the header flag of one cabinet of a set.
- LZH: level-0 headers (the LHa for UNIX / LHA 2.x layout): method -lh0- (stored), the
  name as written (CP932 from Japanese Windows archivers), CRC-16 (ARC) of the data.
"""

from __future__ import annotations

import binascii
import struct
import zlib


def _crc16_arc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def lzh(members: list[tuple[str, bytes]], *, codec: str = "cp932") -> bytes:
    out = bytearray()
    for name, data in members:
        raw = name.encode(codec)
        body = (
            b"-lh0-"
            + struct.pack("<IIIBBB", len(data), len(data), 0x5A210000, 0x20, 0, len(raw))
            + raw
            + struct.pack("<H", _crc16_arc(data))
        )
        out += bytes([len(body), sum(body) & 0xFF]) + body + data
    return bytes(out + b"\x00")


def _rar4_block(kind: int, flags: int, rest: bytes) -> bytes:
    head = struct.pack("<BHH", kind, flags, 7 + len(rest)) + rest
    return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head


def rar4(
    members: list[tuple[str, bytes]], *, encrypted: bool | frozenset[str] = False
) -> bytes:
    """`encrypted`: every member, or the members of these names."""
    out = bytearray(b"Rar!\x1a\x07\x00")
    out += _rar4_block(0x73, 0, b"\x00" * 6)
    for name, data in members:
        # No FHD_UNICODE: the name in the OEM code page alone, as archivers on Japanese
        # Windows wrote it.
        raw, unicode = name.encode("cp932"), 0
        locked = name in encrypted if isinstance(encrypted, frozenset) else encrypted
        flags = 0x8000 | unicode | (0x04 if locked else 0)
        rest = (
            struct.pack("<IIBIIBBHI", len(data), len(data), 2, binascii.crc32(data),
                        0x5A210000, 29, 0x30, len(raw), 0x20)
            + raw
        )
        out += _rar4_block(0x74, flags, rest) + data
    out += _rar4_block(0x7B, 0x4000, b"")
    return bytes(out)


def _vint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _rar5_header(fields: bytes) -> bytes:
    size = _vint(len(fields))
    return struct.pack("<I", zlib.crc32(size + fields)) + size + fields


def rar5(members: list[tuple[str, bytes]], *, encrypted: bool = False) -> bytes:
    out = bytearray(b"Rar!\x1a\x07\x01\x00")
    out += _rar5_header(_vint(1) + _vint(0) + _vint(0))  # main header, no flags
    for name, data in members:
        raw = name.encode("utf-8")
        extra = b""
        if encrypted:
            record = _vint(1) + _vint(0) + _vint(0) + bytes([15]) + b"\x11" * 16 + b"\x22" * 16
            extra = _vint(len(record)) + record
        flags = 0x0002 | (0x0001 if extra else 0)
        fields = (
            _vint(2) + _vint(flags)
            + (_vint(len(extra)) if extra else b"")
            + _vint(len(data))
            + _vint(0x0004)  # file flags: the data's CRC32 follows
            + _vint(len(data)) + _vint(0x20)
            + struct.pack("<I", binascii.crc32(data))
            + _vint(0)  # compression: version 0, method 0 (store)
            + _vint(0)  # host OS: Windows
            + _vint(len(raw)) + raw
            + extra
        )
        out += _rar5_header(fields) + data
    out += _rar5_header(_vint(5) + _vint(0) + _vint(0))
    return bytes(out)


def cab(members: list[tuple[str, bytes]], *, next_cabinet: bool = False) -> bytes:
    """One folder, stored, its members' data in one CFDATA block (under 32 KB)."""
    flags = 0x0002 if next_cabinet else 0
    names = b"next.cab\x00disk 2\x00" if next_cabinet else b""
    files = b"".join(
        struct.pack("<IIHHHH", len(data), sum(len(d) for _, d in members[:k]), 0, 0x5A21, 0, 0x20)
        + name.encode("ascii") + b"\x00"
        for k, (name, data) in enumerate(members)
    )
    payload = b"".join(data for _, data in members)
    files_at = 36 + len(names) + 8
    data_at = files_at + len(files)
    size = data_at + 8 + len(payload)
    header = struct.pack(
        "<4sIIIIIBBHHHHH", b"MSCF", 0, size, 0, files_at, 0, 3, 1, 1, len(members), flags, 0, 0
    )
    folder = struct.pack("<IHH", data_at, 1, 0)
    block = struct.pack("<IHH", 0, len(payload), len(payload)) + payload
    return header + names + folder + files + block
