"""Writes compound files ([MS-CFB] version 3): a tree of storages (dicts) and streams
(bytes) becomes the file's bytes. The guard uses it to lift an object embedded in an
Office document (a storage inside the document's own compound file: an Excel sheet in a
Word 97 file's ObjectPool, an OLE object in an Outlook item) out as a file of its own,
which the attachment readers then read like any other; tests use it to build Office
97-2003 files, Outlook items and password-protected OOXML.

A storage's children are chained through their right-sibling links (a degenerate tree,
which readers walk all the same: they find entries by walking, not by comparing names).
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
    # Directory entries in breadth order: (name, kind, child, right, content).
    entries: list[list[object]] = [["Root Entry", 5, _FREE, _FREE, b""]]
    queue: list[tuple[int, Tree]] = [(0, tree)]
    while queue:
        parent, items = queue.pop(0)
        previous = None
        for name, value in items.items():
            index = len(entries)
            is_storage = isinstance(value, dict)
            entries.append([name, 1 if is_storage else 2, _FREE, _FREE, b"" if is_storage else value])
            if previous is None:
                entries[parent][2] = index
            else:
                entries[previous][3] = index
            previous = index
            if is_storage:
                queue.append((index, value))
    # Streams under 4096 bytes live in the mini stream (64-byte sectors, chained by the
    # mini FAT), which is itself the root entry's stream ([MS-CFB] §2.6.3, §2.7).
    mini_starts: dict[int, int] = {}
    mini, minifat = b"", []
    for index, entry in enumerate(entries):
        content = entry[4]
        assert isinstance(content, bytes)
        if entry[1] == 2 and 0 < len(content) < _CUTOFF:
            count = -(-len(content) // 64)
            mini_starts[index] = len(minifat)
            minifat += [len(minifat) + i + 1 for i in range(count - 1)] + [_END]
            mini += content.ljust(count * 64, b"\0")
    entries[0][4] = mini
    minifat_raw = b""
    if minifat:
        minifat += [_FREE] * (-len(minifat) % 128)
        minifat_raw = struct.pack(f"<{len(minifat)}I", *minifat)
    regular = [
        e[4] if e[1] != 2 or len(e[4]) >= _CUTOFF else b""  # type: ignore[arg-type]
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
    body = b""

    def place(content: bytes) -> int:
        nonlocal body
        count = -(-len(content) // _SECTOR)
        if count == 0:
            return _END
        start = len(fat)
        fat.extend([start + i + 1 for i in range(count - 1)] + [_END])
        body += content.ljust(count * _SECTOR, b"\0")
        return start

    starts = [place(content) for content in regular]  # type: ignore[arg-type]
    for index, mini_start in mini_starts.items():
        starts[index] = mini_start
    first_minifat = place(minifat_raw)
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    directory = b""
    for (name, kind, child, right, content), start in zip(entries, starts, strict=True):
        raw = str(name).encode("utf-16-le") + b"\0\0"
        assert len(raw) <= 64, name
        directory += (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)  # black
            + struct.pack("<III", _FREE, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, len(content))  # type: ignore[arg-type]
        )
    directory = directory.ljust(dir_sectors * _SECTOR, b"\0")
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
    return header + struct.pack(f"<{fat_sectors * 128}I", *fat) + directory + body
