"""Reads one RAR, LZH, CAB or tar archive, or one gzip / bzip2 / xz / zstd compressed file,
with libarchive (libarchive-c), in a child process (run by path, like sevenzip_child.py).

libarchive is C, and its RAR and LZH readers have had their memory-safety bugs: a hostile
file costs a child with an address-space and a CPU-time limit, not the guard.

    python -I archive_child.py BUDGET MAX_MEMBERS ADDRESS_SPACE_LIMIT CPU_SECONDS < file
    (run by reader_child.run_reader)

stdout, one JSON array a line: ["locked", name, size] for a member
whose data is encrypted (a password is needed); ["encrypted"] when the archive's own
headers are (nothing can be listed); ["file", name, base64 of its bytes]; ["cut"] when
the archive holds more than BUDGET bytes or MAX_MEMBERS files; ["unavailable"] when
libarchive is not installed; ["error", class name] before exit status 3. Never file
content on stderr.
"""

from __future__ import annotations

import base64
import ctypes
import json
import resource
import sys


def emit(*item: object) -> None:
    sys.stdout.write(json.dumps(item) + "\n")


def _name(ffi: object, entry: object) -> str:
    """The member's name as written: UTF-8 (RAR5, modern LZH), else CP932 (Japanese
    Windows archivers wrote names in the ANSI code page, with no flag saying so)."""
    raw = ffi.entry_pathname(entry._entry_p)  # type: ignore[attr-defined]
    if raw is None:
        return entry.pathname or ""  # type: ignore[attr-defined]
    for codec in ("utf-8", "cp932"):
        try:
            return str(raw.decode(codec))
        except UnicodeDecodeError:
            continue
    return str(raw.decode("latin-1"))


# Names in LZH and in RAR 4 without the Unicode flag are in the archiver's ANSI code
# page, which no header names: CP932 where these archives are made (Lhaplus, WinRAR on
# Japanese Windows). libarchive converts them to this process's locale (UTF-8).
_OPTIONS = (b"lha:hdrcharset=CP932", b"rar:hdrcharset=CP932")


def read(data: bytes, format_name: str, budget: int, members: int) -> None:
    from libarchive import ffi
    from libarchive.read import ArchiveRead, new_archive_read

    lib = ffi.libarchive
    is_encrypted = lib.archive_entry_is_data_encrypted
    is_encrypted.argtypes = [ctypes.c_void_p]  # a pointer, not ctypes' default int
    is_encrypted.restype = ctypes.c_int
    set_options = lib.archive_read_set_options
    set_options.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    set_options.restype = ctypes.c_int
    locked = rar5_encrypted(data)
    if locked is None:
        emit("encrypted")
        return
    with new_archive_read(format_name) as archive_p:
        for option in _OPTIONS:
            set_options(archive_p, option)  # refused where the format is not registered
        ffi.read_open_memory(archive_p, ctypes.c_char_p(data), len(data))
        archive = ArchiveRead(archive_p, "utf-8")
        count = spent = 0
        for entry in archive:
            if not entry.isfile:
                continue
            count += 1
            name = _name(ffi, entry) or "data"
            if count > members:
                emit("cut")
                return
            if is_encrypted(entry._entry_p) == 1 or name in locked:
                emit("locked", name, entry.size or 0)
                continue
            chunks = []
            for block in entry.get_blocks():
                spent += len(block)
                if spent > budget:
                    emit("cut")
                    return
                chunks.append(block)
            emit("file", name, base64.b64encode(b"".join(chunks)).decode("ascii"))


# RAR 5 encryption, read here: libarchive before 3.7 takes an encrypted member's data
# for plain (rarlab.com, "RAR 5.0 archive format": header type 4 encrypts the headers
# themselves; a file header's extra record of type 1 its data).
_RAR5 = b"Rar!\x1a\x07\x01\x00"


def _vint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("RAR5 header cut short")


def rar5_encrypted(data: bytes) -> set[str] | None:
    """The names of a RAR 5 archive's encrypted members (empty for any other file);
    None when its headers are encrypted."""
    if not data.startswith(_RAR5):
        return set()
    names: set[str] = set()
    pos = len(_RAR5)
    while pos + 4 < len(data):
        size, start = _vint(data, pos + 4)  # after the header's CRC32
        end = start + size
        kind, at = _vint(data, start)
        flags, at = _vint(data, at)
        extra = data_size = 0
        if flags & 0x0001:
            extra, at = _vint(data, at)
        if flags & 0x0002:
            data_size, at = _vint(data, at)
        if kind == 4:
            return None
        if kind == 2 and extra:
            names.update(_crypted_name(data, at, end, extra))
        if kind == 5 or end <= pos:
            break
        pos = end + data_size
    return names


def _crypted_name(data: bytes, at: int, end: int, extra: int) -> list[str]:
    """[the file header's name] if its extra area holds an encryption record."""
    _flags, at = _vint(data, at)  # file flags
    _size, at = _vint(data, at)  # unpacked size
    _attrs, at = _vint(data, at)
    if _flags & 0x0002:
        at += 4  # mtime
    if _flags & 0x0004:
        at += 4  # data CRC32
    _method, at = _vint(data, at)
    _os, at = _vint(data, at)
    length, at = _vint(data, at)
    name = data[at : at + length].decode("utf-8", "replace")
    pos = end - extra
    while pos < end:
        record, start = _vint(data, pos)
        kind, _ = _vint(data, start)
        if kind == 1:
            return [name]
        pos = start + record
    return []


def main() -> int:
    budget, members, memory, seconds = (int(arg) for arg in sys.argv[1:5])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        import libarchive  # libarchive-c; it loads libarchive.so
    except (ImportError, OSError):
        emit("unavailable")
        return 0
    try:
        try:
            read(data, "all", budget, members)
        except libarchive.ArchiveError as exc:
            text = str(exc)
            if "ncrypt" in text or "passphrase" in text:
                emit("encrypted")
            elif "Unrecognized archive format" in text:
                # A compressed file that is no archive (a .csv.gz): libarchive's "raw"
                # format gives the decompressed stream as one member.
                read(data, "raw", budget, members)
            else:
                raise
    except BaseException as exc:  # any reader's failure on hostile bytes
        emit("error", type(exc).__name__)
        sys.stdout.flush()
        return 3
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
