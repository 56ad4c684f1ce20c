"""Hostile compound files (tests/test_inspect_embedded_limits.py): directory entries that
share one sector chain, storages of thousands of streams."""
from __future__ import annotations

import struct

from proxy.inspect.cfb import compound_file
from tests.msgfile import PT_UNICODE, msg_tree, properties, stream


def _entries(data: bytes):
    first_dir = struct.unpack_from("<I", data, 48)[0]
    pos = 512 * (first_dir + 1)
    while pos + 128 <= len(data):
        namelen = struct.unpack_from("<H", data, pos + 64)[0]
        kind = data[pos + 66]
        if kind == 0:
            break
        name = data[pos: pos + max(namelen - 2, 0)].decode("utf-16-le")
        yield pos, name
        pos += 128


def share_chains(data: bytes, target: str, prefix: str) -> bytes:
    """Every stream named `prefix`… gets the start sector and size of stream `target`."""
    out = bytearray(data)
    entries = list(_entries(data))
    pos = next(p for p, n in entries if n == target)
    start_size = bytes(out[pos + 116: pos + 124])
    for p, n in entries:
        if n.startswith(prefix):
            out[p + 116: p + 124] = start_size
    return bytes(out)


def msg_with_ole_object(obj: dict) -> bytes:
    tree = msg_tree(subject="資料", body="添付をご確認ください。\n")
    tree["__attach_version1.0_#00000000"] = {
        "__properties_version1.0": properties(8, {0x3705: 6}),  # ATTACH_OLE
        stream(0x3707, PT_UNICODE): "object.bin".encode("utf-16-le"),
        "__substg1.0_3701000D": obj,
    }
    return compound_file(tree)


def amplified_msg(copies: int, size: int) -> bytes:
    """One `size`-byte stream, `copies` directory entries all naming its sector chain."""
    obj = {"Big": b"x" * size}
    obj.update({f"E{i:05d}": b"" for i in range(copies)})
    return share_chains(msg_with_ole_object(obj), "Big", "E")


def balance(data: bytes) -> bytes:
    """Rewrite every storage's right-sibling chain (as compound_file writes it) into a
    balanced binary tree, as real writers do, so that olefile can load wide storages."""
    out = bytearray(data)
    first_dir = struct.unpack_from("<I", data, 48)[0]
    base = 512 * (first_dir + 1)
    pos_of = []
    pos = base
    while pos + 128 <= len(data) and data[pos + 66] != 0:
        pos_of.append(pos)
        pos += 128
    free = 0xFFFFFFFF

    def link(items: list[int]) -> int:
        if not items:
            return free
        mid = len(items) // 2
        node = items[mid]
        struct.pack_into("<II", out, pos_of[node] + 68, link(items[:mid]), link(items[mid + 1:]))
        return node

    for pos in pos_of:
        if data[pos + 66] in (1, 5):
            chain, kid = [], struct.unpack_from("<I", data, pos + 76)[0]
            while kid != free:
                chain.append(kid)
                kid = struct.unpack_from("<I", data, pos_of[kid] + 72)[0]
            struct.pack_into("<I", out, pos + 76, link(chain))
    return bytes(out)


def wide_msg(entries: int) -> bytes:
    """An OLE object (in a .msg) whose storage holds `entries` empty streams."""
    return balance(msg_with_ole_object({f"E{i:06d}": b"" for i in range(entries)}))
