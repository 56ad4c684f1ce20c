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
