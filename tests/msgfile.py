"""Outlook .msg files ([MS-OXMSG]) for tests: the property streams, attachment and
recipient storages of a message, written as a compound file (tests/cfb.py)."""

from __future__ import annotations

import struct
from collections.abc import Sequence

from tests.cfb import Tree, compound_file

PT_LONG, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x001E, 0x001F, 0x0102


def stream(prop: int, kind: int) -> str:
    return f"__substg1.0_{prop:04X}{kind:04X}"


def properties(header: int, longs: dict[int, int]) -> bytes:
    """A __properties_version1.0 stream: `header` reserved bytes, then 16-byte entries."""
    raw = bytes(header)
    for prop, value in longs.items():
        raw += struct.pack("<HHIiI", PT_LONG, prop, 0x6, value, 0)
    return raw


def msg_tree(
    *,
    subject: str = "",
    body: str | None = None,
    html: bytes | None = None,
    rtf: bytes | None = None,
    codepage: int | None = None,
    files: Sequence[tuple[str, bytes]] = (),
    items: Sequence[tuple[str, Tree]] = (),
    recipients: Sequence[str] = (),
    embedded: bool = False,
) -> Tree:
    """A message's storage. `codepage`: strings are written 8-bit (PT_STRING8) in it,
    and PidTagMessageCodepage says so; otherwise they are UTF-16 (PT_UNICODE)."""
    longs = {0x3FFD: codepage} if codepage else {}
    tree: Tree = {"__properties_version1.0": properties(24 if embedded else 32, longs)}

    def text(prop: int, value: str) -> tuple[str, bytes]:
        if codepage:
            return stream(prop, PT_STRING8), value.encode(f"cp{codepage}") + b"\0"
        return stream(prop, PT_UNICODE), value.encode("utf-16-le")

    if subject:
        name, raw = text(0x0037, subject)
        tree[name] = raw
    if body is not None:
        name, raw = text(0x1000, body)
        tree[name] = raw
    if html is not None:
        tree[stream(0x1013, PT_BINARY)] = html
    if rtf is not None:
        tree[stream(0x1009, PT_BINARY)] = rtf
    for number, address in enumerate(recipients):
        tree[f"__recip_version1.0_#{number:08X}"] = {
            "__properties_version1.0": bytes(8),
            stream(0x39FE, PT_UNICODE): address.encode("utf-16-le"),
        }
    number = 0
    for file_name, data in files:
        tree[f"__attach_version1.0_#{number:08X}"] = {
            "__properties_version1.0": properties(8, {0x3705: 1}),  # ATTACH_BY_VALUE
            stream(0x3707, PT_UNICODE): file_name.encode("utf-16-le"),
            stream(0x3701, PT_BINARY): data,
        }
        number += 1
    for display, inner in items:
        tree[f"__attach_version1.0_#{number:08X}"] = {
            "__properties_version1.0": properties(8, {0x3705: 5}),  # ATTACH_EMBEDDED_MSG
            stream(0x3001, PT_UNICODE): display.encode("utf-16-le"),
            "__substg1.0_3701000D": inner,
        }
        number += 1
    return tree


def msg_file(**fields: object) -> bytes:
    return compound_file(msg_tree(**fields))  # type: ignore[arg-type]


# -- TNEF (winmail.dat, [MS-OXTNEF]) ---------------------------------------------------------

TNEF_SIGNATURE = 0x223E9F78
ATT_SUBJECT, ATT_BODY, ATT_MSG_PROPS, ATT_OEM_CODEPAGE = 0x00018004, 0x0002800C, 0x00069003, 0x00069007
ATT_ATTACH_REND_DATA, ATT_ATTACH_TITLE, ATT_ATTACH_DATA, ATT_ATTACHMENT = (
    0x00069002, 0x00018010, 0x0006800F, 0x00069005,
)
PT_OBJECT = 0x000D
IID_IMESSAGE = bytes.fromhex("0703020000000000c000000000000046")


def tnef_attribute(level: int, attribute: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute, len(data)) + data + struct.pack("<H", checksum)


def mapi_props(props: Sequence[tuple[int, int, bytes]]) -> bytes:
    """(type, id, value) → a TNEF property list; variable-size values as one value."""
    out = struct.pack("<I", len(props))
    for kind, prop, value in props:
        out += struct.pack("<HH", kind, prop)
        if kind in (PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT):
            out += struct.pack("<II", 1, len(value)) + value + bytes(-len(value) % 4)
        else:
            out += value + bytes(-len(value) % 4)
    return out


def tnef_file(
    *,
    subject: str = "",
    body: str | None = None,
    msg_props: Sequence[tuple[int, int, bytes]] = (),
    files: Sequence[tuple[str, bytes, str | None]] = (),  # (8.3 title, data, long name)
    items: Sequence[tuple[str, bytes]] = (),  # (name, TNEF stream of the attached message)
    codepage: int = 932,
) -> bytes:
    out = struct.pack("<IH", TNEF_SIGNATURE, 0x1234)
    out += tnef_attribute(1, ATT_OEM_CODEPAGE, struct.pack("<II", codepage, 0))
    if subject:
        out += tnef_attribute(1, ATT_SUBJECT, subject.encode(f"cp{codepage}") + b"\0")
    if body is not None:
        out += tnef_attribute(1, ATT_BODY, body.encode(f"cp{codepage}"))
    if msg_props:
        out += tnef_attribute(1, ATT_MSG_PROPS, mapi_props(msg_props))
    for title, data, long_name in files:
        out += tnef_attribute(2, ATT_ATTACH_REND_DATA, bytes(14))
        out += tnef_attribute(2, ATT_ATTACH_TITLE, title.encode(f"cp{codepage}") + b"\0")
        out += tnef_attribute(2, ATT_ATTACH_DATA, data)
        if long_name:
            props = [(PT_UNICODE, 0x3707, long_name.encode("utf-16-le") + b"\0\0")]
            out += tnef_attribute(2, ATT_ATTACHMENT, mapi_props(props))
    for name, inner in items:
        out += tnef_attribute(2, ATT_ATTACH_REND_DATA, bytes(14))
        props = [
            (PT_UNICODE, 0x3001, name.encode("utf-16-le") + b"\0\0"),
            (PT_LONG, 0x3705, struct.pack("<I", 5)),
            (PT_OBJECT, 0x3701, IID_IMESSAGE + inner),
        ]
        out += tnef_attribute(2, ATT_ATTACHMENT, mapi_props(props))
    return out


def compressed_rtf_bomb(limit: int) -> bytes:
    """Compressed RTF ([MS-OXRTFCP]) of just under `limit` bytes in which every token
    copies 17 bytes: the most output, and the most time to inflate, for its size."""
    from compressed_rtf.compressed_rtf import INIT_DICT
    from compressed_rtf.crc32 import crc32

    offset = INIT_DICT.index(b"MS Sans Serif")
    write, first = 207, True
    out = bytearray()
    while len(out) + 17 + 16 < limit:
        out.append(0xFF)
        for _ in range(8):
            ref = offset if first else (write - 17) % 4096
            first = False
            out += struct.pack(">H", (ref << 4) | 15)
            write = (write + 17) % 4096
    body = bytes(out)
    return struct.pack("<II", len(body) + 12, 0) + b"LZFu" + struct.pack("<I", crc32(body)) + body
