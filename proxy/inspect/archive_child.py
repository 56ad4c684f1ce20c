"""Reads one RAR, LZH, CAB or tar archive, or one gzip / bzip2 / xz / zstd compressed file,
with libarchive (libarchive-c), in a child process (run by path, like sevenzip_child.py).

libarchive is C, and its RAR and LZH readers have had their memory-safety bugs: a hostile
file costs a child with an address-space and a CPU-time limit, not the guard.

    python -I archive_child.py BUDGET MAX_MEMBERS FORMAT ADDRESS_SPACE_LIMIT CPU_SECONDS < file

FORMAT is libarchive's name for it (archives.libarchive_format): rar, rar5, lha, cab,
tar, or "all" for a compressed stream, which is read raw (one file) when it holds no
archive.
    (run by reader_child.run_reader)

stdout, one JSON array a line: ["locked", name, size] for a member
whose data is encrypted (a password is needed); ["encrypted"] when the archive's own
headers are, or (RAR 5) any member is; ["file", name, base64 of its bytes]; ["cut"] when
the archive holds more than BUDGET bytes or MAX_MEMBERS files; ["volume"] for one part of
a multi-volume RAR 5; ["trailing"] when content follows the archive's end; ["empty"]
when no entry was found; ["unavailable"] when libarchive is not installed; ["error",
class name] before exit status 3. Never file content on stderr.
"""

from __future__ import annotations

import base64
import ctypes
import json
import resource
import sys
import zlib


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


# A tar archive ends with two 512-byte blocks of zeros, in records of 10,240 bytes: what
# is left after the end, beyond that padding, is content libarchive did not read.
_TAR_RECORD = 10_240
# RAR, LZH and CAB readers stop at the archive's last header, within a few bytes of it
# (RAR 5's end header is read in part): more after it is another file (a ZIP appended
# to a self-extractor's RAR).
_SLACK = 64


def read(data: bytes, format_name: str, budget: int, members: int) -> int:
    """Emit what the archive holds; the number of entries libarchive found."""
    from libarchive import ffi
    from libarchive.read import ArchiveRead, new_archive_read

    lib = ffi.libarchive
    is_encrypted = lib.archive_entry_is_data_encrypted
    is_encrypted.argtypes = [ctypes.c_void_p]  # a pointer, not ctypes' default int
    is_encrypted.restype = ctypes.c_int
    set_options = lib.archive_read_set_options
    set_options.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    set_options.restype = ctypes.c_int
    rar5 = rar5_state(data)
    if rar5 in ("encrypted", "volume"):
        emit(rar5)
        return 1
    # One format, the one the bytes name: with "all", libarchive's ZIP reader bids for a
    # RAR or LZH that stores a ZIP (WinRAR stores what is already compressed), finds
    # that ZIP's end record and reads the archive as the inner ZIP, the rest unseen.
    support = getattr(lib, f"archive_read_support_format_{format_name}")
    support.argtypes = [ctypes.c_void_p]
    support.restype = ctypes.c_int
    with new_archive_read("empty") as archive_p:
        if support(archive_p) != 0:
            raise RuntimeError(f"libarchive cannot read {format_name}")
        for option in _OPTIONS:
            set_options(archive_p, option)  # refused where the format is not registered
        ffi.read_open_memory(archive_p, ctypes.c_char_p(data), len(data))
        archive = ArchiveRead(archive_p, "utf-8")
        entries = count = spent = 0
        for entry in archive:
            entries += 1
            if not entry.isfile:
                continue
            count += 1
            name = _name(ffi, entry) or "data"
            if count > members:
                emit("cut")
                return entries
            if is_encrypted(entry._entry_p) == 1:
                emit("locked", name, entry.size or 0)
                continue
            chunks = []
            for block in entry.get_blocks():
                spent += len(block)
                if spent > budget:
                    emit("cut")
                    return entries
                chunks.append(block)
            emit("file", name, base64.b64encode(b"".join(chunks)).decode("ascii"))
        # Content after the archive's end (a tar's zero blocks taken for its end, with
        # the file after them): the input not consumed, beyond a record's padding.
        # Padding is no content: zeros (tar's records, `tar -b 64`), ^Z (old transfers).
        rest = data[archive.bytes_read :].strip(b"\x00\x1a")
        slack = _TAR_RECORD if format_name in ("tar", "all") else _SLACK
        if format_name != "raw" and len(rest) > slack:
            emit("trailing")
        return entries


# RAR 5 encryption, read here: libarchive before 3.7 takes an encrypted member's data
# for plain (rarlab.com, "RAR 5.0 archive format": header type 4 encrypts the headers
# themselves; a file header's extra record of type 1 its data).
_RAR5 = b"Rar!\x1a\x07\x01\x00"


def vint(data: bytes, pos: int) -> tuple[int, int]:
    """A RAR 5 variable-length integer at `pos`: (its value, the position after it)."""
    value = shift = 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("RAR5 header cut short")


def rar5_header(data: bytes, pos: int, max_size: int | None = None) -> tuple[int, int]:
    """(where its fields start, where it ends) of the RAR 5 header at `pos`: a CRC32,
    its size as a vint, then that many bytes, which the CRC32 covers with the size.
    ValueError when it is cut short, larger than `max_size`, or its CRC32 is wrong
    (checked after the size, so a forged size costs nothing to refuse)."""
    if pos + 5 > len(data):
        raise ValueError("RAR5 header cut short")
    size, start = vint(data, pos + 4)
    end = start + size
    if size == 0 or (max_size is not None and size > max_size) or end > len(data):
        raise ValueError("RAR5 header cut short or too large")
    if zlib.crc32(data[pos + 4 : end]) != int.from_bytes(data[pos : pos + 4], "little"):
        raise ValueError("RAR5 header damaged")
    return start, end


def rar5_state(data: bytes) -> str:
    """"encrypted" when any header of a RAR 5 archive is: the archive encryption header
    (type 4), or a file's encryption record; "volume" for one part of a multi-volume
    archive; "" otherwise (and for any other file). WinRAR encrypts every member or
    none, so one encrypted member makes the whole archive PPAP. Headers must be whole
    and their CRC32 right (as libarchive requires), and a file header's extra records
    must fill its extra area exactly: otherwise ValueError (the file is held)."""
    if not data.startswith(_RAR5):
        return ""
    pos = len(_RAR5)
    while pos < len(data):
        start, end = rar5_header(data, pos)
        kind, at = vint(data, start)
        flags, at = vint(data, at)
        extra = data_size = 0
        if flags & 0x0001:
            extra, at = vint(data, at)
        if flags & 0x0002:
            data_size, at = vint(data, at)
        if kind == 4:
            return "encrypted"
        if kind == 1 and flags & 0x0001 == 0:
            archive_flags, _ = vint(data, at)
            if archive_flags & 0x0001:
                return "volume"
        if kind in (2, 3) and extra:
            if extra > end - at:
                raise ValueError("RAR5 extra area larger than its header")
            if _has_crypt_record(data, end - extra, end):
                return "encrypted"
        if kind == 5:
            return ""
        pos = end + data_size
    raise ValueError("RAR5 archive without its end")


def _has_crypt_record(data: bytes, pos: int, end: int) -> bool:
    """Whether the extra area data[pos:end] holds an encryption record (type 1)."""
    while pos < end:
        size, start = vint(data, pos)
        if size == 0 or start + size > end:
            raise ValueError("RAR5 extra record outside its area")
        kind, _ = vint(data, start)
        if kind == 1:
            return True
        pos = start + size
    return False


def main() -> int:
    budget, members = int(sys.argv[1]), int(sys.argv[2])
    format_name = sys.argv[3]  # chosen by archives.libarchive_format from the bytes
    memory, seconds = int(sys.argv[4]), int(sys.argv[5])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        import libarchive  # libarchive-c; it loads libarchive.so
    except (ImportError, OSError):
        emit("unavailable")
        return 0
    try:
        compressed = format_name == "all"
        try:
            entries = read(data, format_name, budget, members)
        except libarchive.ArchiveError as exc:
            text = str(exc)
            if "ncrypt" in text or "passphrase" in text:
                emit("encrypted")
                return 0
            if "Unrecognized archive format" not in text or not compressed:
                raise
            entries = 0
        if entries == 0:
            if not compressed:
                emit("empty")
            else:
                # A compressed file that is no archive (a .csv.gz), or whose content a
                # reader took for an empty one (a tar of zeros): libarchive's "raw"
                # format gives the decompressed stream as one member.
                read(data, "raw", budget, members)
    except BaseException as exc:  # any reader's failure on hostile bytes
        emit("error", type(exc).__name__)
        sys.stdout.flush()
        return 3
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
