"""Writes compound files ([MS-CFB] version 3): a tree of storages (dicts) and streams
(bytes) becomes the file's bytes. The guard uses it to lift an object embedded in an
Office document (a storage inside the document's own compound file: an Excel sheet in a
Word 97 file's ObjectPool, an OLE object in an Outlook item) out as a file of its own,
which the attachment readers then read like any other; tests use it to build Office
97-2003 files, Outlook items and password-protected OOXML.

A storage's children are a balanced tree of sibling links, all "black" (readers do not
check the red-black colouring).
"""

from __future__ import annotations

import struct
from typing import Union

Tree = dict[str, Union[bytes, "Tree"]]

_SECTOR = 512
_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CUTOFF = 4096


def compound_file(tree: Tree) -> bytes:
    # Directory entries in breadth order: [name, kind, left, right, child, content]. A
    # storage's children form a balanced binary tree of sibling links ([MS-CFB] §2.6.4;
    # readers walk it recursively, so a chain of a thousand siblings would be a thousand
    # deep), in the order the CFB compares names: length, then upper case.
    entries: list[list[object]] = [["Root Entry", 5, _FREE, _FREE, _FREE, b""]]
    queue: list[tuple[int, Tree]] = [(0, tree)]
    while queue:
        parent, items = queue.pop(0)
        first = len(entries)
        for name, value in sorted(items.items(), key=lambda kv: (len(kv[0]), kv[0].upper())):
            is_storage = isinstance(value, dict)
            entries.append([name, 1 if is_storage else 2, _FREE, _FREE, _FREE, b"" if is_storage else value])
            if is_storage:
                queue.append((len(entries) - 1, value))  # type: ignore[arg-type]
        entries[parent][4] = _balanced(entries, first, len(entries))
    # Streams under 4096 bytes live in the mini stream (64-byte sectors, chained by the
    # mini FAT), which is itself the root entry's stream ([MS-CFB] §2.6.3, §2.7).
    mini_starts: dict[int, int] = {}
    mini, minifat = b"", []
    for index, entry in enumerate(entries):
        content = entry[5]
        assert isinstance(content, bytes)
        if entry[1] == 2 and 0 < len(content) < _CUTOFF:
            count = -(-len(content) // 64)
            mini_starts[index] = len(minifat)
            minifat += [len(minifat) + i + 1 for i in range(count - 1)] + [_END]
            mini += content.ljust(count * 64, b"\0")
    entries[0][5] = mini
    minifat_raw = b""
    if minifat:
        minifat += [_FREE] * (-len(minifat) % 128)
        minifat_raw = struct.pack(f"<{len(minifat)}I", *minifat)
    regular = [
        e[5] if e[1] != 2 or len(e[5]) >= _CUTOFF else b""  # type: ignore[arg-type]
        for e in entries
    ]
    dir_sectors = -(-len(entries) * 128 // _SECTOR)
    data_sectors = sum(-(-len(c) // _SECTOR) for c in [*regular, minifat_raw])  # type: ignore[arg-type]
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + data_sectors:
        fat_sectors += 1
    if fat_sectors > 109:  # past the header's DIFAT: not needed for what is rebuilt here
        raise ValueError("compound file too large to rebuild")
    fat = [_FATSECT] * fat_sectors
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [_END]
    body: list[bytes] = []

    def place(content: bytes) -> int:
        count = -(-len(content) // _SECTOR)
        if count == 0:
            return _END
        start = len(fat)
        fat.extend([start + i + 1 for i in range(count - 1)] + [_END])
        body.append(content.ljust(count * _SECTOR, b"\0"))
        return start

    starts = [place(content) for content in regular]  # type: ignore[arg-type]
    for index, mini_start in mini_starts.items():
        starts[index] = mini_start
    first_minifat = place(minifat_raw)
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    records = []
    for (name, kind, left, right, child, content), start in zip(entries, starts, strict=True):
        raw = str(name).encode("utf-16-le")[:62] + b"\0\0"  # 31 characters at most
        records.append(
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)  # black
            + struct.pack("<III", left, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, len(content))  # type: ignore[arg-type]
        )
    directory = b"".join(records).ljust(dir_sectors * _SECTOR, b"\0")
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header = (
        _MAGIC
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        # directory sectors (0 in v3), FAT sectors, first directory sector, transaction,
        # mini stream cutoff, first mini FAT sector, mini FAT sectors, DIFAT.
        + struct.pack(
            "<IIIIIIIII", 0, fat_sectors, first_dir, 0, _CUTOFF,
            first_minifat, len(minifat_raw) // _SECTOR, _END, 0,
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == _SECTOR
    return header + struct.pack(f"<{fat_sectors * 128}I", *fat) + directory + b"".join(body)


def _balanced(entries: list[list[object]], start: int, end: int) -> int:
    """Link entries[start:end] (sorted siblings) as a balanced tree; its root's index."""
    if start >= end:
        return _FREE
    middle = (start + end) // 2
    entries[middle][2] = _balanced(entries, start, middle)
    entries[middle][3] = _balanced(entries, middle + 1, end)
    return middle
