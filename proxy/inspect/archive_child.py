"""Reads one archive (RAR, LZH, CAB, tar, ISO 9660, cpio, xar, ar), or one compressed file
(gzip, bzip2, xz, lzma, zstd, lz4, compress (.Z), lzip), with libarchive (libarchive-c),
in a child process (run by path, like sevenzip_child.py).

libarchive is C, and its RAR and LZH readers have had their memory-safety bugs: a hostile
file costs a child with an address-space and a CPU-time limit, not the guard.

    python -I archive_child.py BUDGET MAX_MEMBERS FORMAT ADDRESS_SPACE_LIMIT CPU_SECONDS < file

FORMAT is libarchive's name for it (libarchive_format, below): rar, rar5, lha, cab, tar,
iso9660, cpio, xar, ar, or "all" for a compressed stream. A compressed stream is
decompressed first (at most BUDGET bytes); what it holds is then chosen from its first
bytes like any file: an archive read here is read, anything else (a .csv.gz, a .zip.gz)
goes back whole as one file, which the parent inspects as it would any attachment.
    (run by reader_child.run_reader)

stdout, one JSON array a line: ["locked", name, size] for a member
whose data is encrypted (a password is needed); ["encrypted"] when the archive's own
headers are, or (RAR 5) any member is; ["file", name, base64 of its bytes]; ["cut"] when
the archive holds more than BUDGET bytes or MAX_MEMBERS files; ["volume"] for one part of
a multi-volume RAR or CAB; ["trailing"] when content follows the archive's end;
["warned"] when libarchive warned on a header (what it said may be dropped); ["odd"]
for entries of no kind libarchive knows (a GNU tar 'M'), read as files;
["unended"] when the archive's end (RAR's end block, LZH's end byte, a CAB's or an ISO
image's stated size) is missing: it was cut short; ["empty"] when no entry was found;
["unavailable"] when libarchive is not installed; ["error", class name] before exit
status 3. Never file content on stderr.
"""

from __future__ import annotations

import base64
import ctypes
import json
import re
import resource
import struct
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


# -- what the bytes are (shared with archives.py, which imports it) ---------------------

RAR5_MAGIC = b"Rar!\x1a\x07\x01\x00"
RAR4_MAGIC = b"Rar!\x1a\x07\x00"
CAB_MAGIC = b"MSCF\x00\x00\x00\x00"
LZH_METHOD = re.compile(rb"-(?:lh[0-7d]|lz[s45])-")
# A bzip2 stream: its first block, or (empty) its end-of-stream marker.
_BZIP2 = re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)")
_COMPRESSED_MAGIC = (b"\x1f\x8b", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd", b"\x02\x21\x4c\x18")
# Decompressors built into libarchive (no external program): what "all" is read with.
_FILTERS = ("gzip", "bzip2", "xz", "lzma", "zstd", "lz4", "compress", "lzip")


def libarchive_format(data: bytes) -> str | None:
    """libarchive's name for the format the bytes start with, or None: "rar5", "rar",
    "cab", "lha", "tar", "iso9660", "cpio", "xar", "ar", or "all" for a compressed stream
    (what it holds is known once decompressed). One format, not "all", for an archive:
    libarchive's ZIP reader bids for a RAR or LZH that stores a ZIP and reads it as that
    ZIP. Each magic number is checked further where it is short."""
    if data.startswith(RAR5_MAGIC):
        return "rar5"
    if data.startswith(RAR4_MAGIC):
        return "rar"
    if data.startswith(CAB_MAGIC):
        return "cab"
    if _compressed(data):
        return "all"
    if is_lzh(data):
        return "lha"
    if _is_tar(data):
        return "tar"
    if data[0x8001:0x8006] == b"CD001" and data[0x8000] in (0, 1, 2, 255):
        return "iso9660"
    if _is_cpio(data):
        return "cpio"
    if data[:4] == b"xar!" and data[4:8] in (b"\x00\x1c\x00\x01", b"\x00\x40\x00\x01"):
        return "xar"
    if data.startswith(b"!<arch>\n"):
        return "ar"
    return None


def _compressed(data: bytes) -> bool:
    """gzip, xz, zstd, lz4 (legacy frame), bzip2; and by their headers' fields: lz4
    frames (version 01, reserved bits clear), .Z (compress: 9 to 16 bits), lzip (version
    1), lzma "alone" (.lzma: the usual properties 0x5D, a dictionary size xz writes,
    a plausible or unknown uncompressed size)."""
    if data.startswith(_COMPRESSED_MAGIC) or _BZIP2.match(data) is not None:
        return True
    if data[:4] == b"\x04\x22\x4d\x18" and len(data) >= 7:
        return data[4] & 0xC2 == 0x40 and data[5] & 0x8F == 0 and data[5] >> 4 >= 4
    if data[:2] == b"\x1f\x9d" and len(data) >= 3:
        return data[2] & 0x60 == 0 and 9 <= data[2] & 0x1F <= 16
    if data[:5] == b"LZIP\x01":
        return len(data) >= 6
    if data[:1] == b"\x5d" and len(data) >= 13:
        dictionary, size = struct.unpack_from("<IQ", data, 1)
        top = dictionary.bit_length() - 1
        usual = top >= 12 and dictionary in (1 << top, (1 << top) | (1 << (top - 1)))
        return usual and (size == (1 << 64) - 1 or size < 1 << 40)
    return False


def is_lzh(data: bytes, at: int = 0) -> bool:
    """A method name 2 bytes after `at` and a header that adds up: level 0 and 1 headers
    carry their byte sum at offset 1; a level 2 header says so at offset 20 (a CSV line
    "1,-lh5-,…" is neither)."""
    if LZH_METHOD.match(data, at + 2) is None or len(data) < at + 22:
        return False
    if data[at + 20] == 2:
        return int.from_bytes(data[at : at + 2], "little") >= 26
    size = data[at]
    return data[at + 20] in (0, 1) and sum(data[at + 2 : at + 2 + size]) & 0xFF == data[at + 1]


def is_cab(data: bytes, at: int = 0) -> bool:
    """A CAB header (MS-CAB 2.1): its size, where its files start (inside it), and its
    version (1.3)."""
    if data[at : at + 8] != CAB_MAGIC or len(data) < at + 36:
        return False
    size, _, files = struct.unpack_from("<III", data, at + 8)
    return 36 <= files < size and data[at + 24 : at + 26] == b"\x03\x01"


def _is_tar(data: bytes) -> bool:
    """"ustar" at offset 257 and the header's checksum right (POSIX ustar: the sum of
    its 512 bytes, the checksum field counted as spaces, in octal at 148)."""
    if data[257:262] != b"ustar" or len(data) < 512:
        return False
    try:
        written = int(data[148:156].strip(b" \x00") or b"-1", 8)
    except ValueError:
        return False
    return written == sum(data[:148]) + 8 * 32 + sum(data[156:512])


_HEX = re.compile(rb"[0-9A-Fa-f]{104}")
_OCTAL = re.compile(rb"[0-7]{70}")


def _is_cpio(data: bytes) -> bool:
    """cpio: "newc"/"crc" (070701/070702, then 13 hex fields), "odc" (070707, then 70
    octal digits), or the old binary header (0o070707 in either byte order) whose name
    ends where its size says, with a NUL."""
    if data[:6] in (b"070701", b"070702"):
        return _HEX.match(data, 6) is not None
    if data[:6] == b"070707":
        return _OCTAL.match(data, 6) is not None
    if data[:2] in (b"\xc7\x71", b"\x71\xc7") and len(data) >= 26:
        order = "<" if data[:2] == b"\xc7\x71" else ">"
        nlink, names = struct.unpack_from(order + "H", data, 12)[0], struct.unpack_from(
            order + "H", data, 20
        )[0]
        return nlink >= 1 and 2 <= names <= 4096 and data[26 + names - 1 : 26 + names] == b"\x00"
    return False


# -- where an archive ends, by its own headers -------------------------------------------

# RAR 5 encryption, read here: libarchive before 3.7 takes an encrypted member's data
# for plain (rarlab.com, "RAR 5.0 archive format": header type 4 encrypts the headers
# themselves; a file header's extra record of type 1 its data).


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


def rar5_walk(data: bytes) -> tuple[str, int]:
    """("encrypted", 0) when any header of a RAR 5 archive is: the archive encryption
    header (type 4), or a file's encryption record; ("volume", 0) for one part of a
    multi-volume archive (the main header's volume flag, whatever its extra area holds;
    a file or service header split before or after; an end header saying another volume
    follows); else ("", where the end header ends). WinRAR encrypts every member or
    none, so one encrypted member makes the whole archive PPAP. Headers must be whole
    and their CRC32 right (as libarchive requires), and a file header's extra records
    must fill its extra area exactly: otherwise ValueError (the file is held)."""
    pos = len(RAR5_MAGIC)
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
            return "encrypted", 0
        if kind == 1:
            archive_flags, _ = vint(data, at)
            if archive_flags & 0x0001:
                return "volume", 0
        if kind in (2, 3):
            if extra:
                if extra > end - at:
                    raise ValueError("RAR5 extra area larger than its header")
                if _has_crypt_record(data, end - extra, end):
                    return "encrypted", 0
            if flags & 0x0018:  # data continued from the previous volume, or in the next
                return "volume", 0
        if kind == 5:
            end_flags, _ = vint(data, at)
            return ("volume", 0) if end_flags & 0x0001 else ("", end)
        pos = end + data_size
    raise ValueError("RAR5 archive without its end")


def rar5_state(data: bytes) -> str:
    """"encrypted", "volume" or "" (rar5_walk); "" for any other file."""
    return rar5_walk(data)[0] if data.startswith(RAR5_MAGIC) else ""


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


def rar4_walk(data: bytes) -> tuple[str, int | None]:
    """The RAR 4 blocks (RAR 3.x technote: CRC16, type, flags, size; with flag 0x8000 a
    32-bit ADD_SIZE of data after the header, a file's with its high 32 bits at 32 when
    flag 0x100): ("encrypted", 0) when the headers are (main header flag 0x0080);
    ("volume", 0) for one part of a volume set (main header 0x0001, a file split before
    or after it 0x01 / 0x02, an end block saying a volume follows 0x0001); else ("",
    where the end block ends), or ("", None) when the archive stops before its end
    block (cut short, or written without one)."""
    pos = len(RAR4_MAGIC)
    while pos + 7 <= len(data):
        kind, flags, size = struct.unpack_from("<BHH", data, pos + 2)
        if size < 7:
            raise ValueError("RAR4 block shorter than its header")
        after = pos + size
        if flags & 0x8000:
            if pos + 11 > len(data):
                return "", None
            after += int.from_bytes(data[pos + 7 : pos + 11], "little")
            if kind in (0x74, 0x7A) and flags & 0x0100 and pos + 36 <= len(data):
                after += int.from_bytes(data[pos + 32 : pos + 36], "little") << 32
        if kind == 0x73 and flags & 0x0080:
            return "encrypted", 0
        if (kind == 0x73 and flags & 0x0001) or (kind == 0x74 and flags & 0x0003):
            return "volume", 0
        if kind == 0x7B:
            return ("volume", 0) if flags & 0x0001 else ("", after)
        pos = after
    return "", None


def _stated_end(data: bytes, format_name: str) -> tuple[str, int | None]:
    """For formats whose headers say where the archive ends: (state, end) as rar4_walk
    gives it; ("", -1) for the others (libarchive's position is the end)."""
    if format_name == "rar5":
        return rar5_walk(data)
    if format_name == "rar":
        return rar4_walk(data)
    if format_name == "cab" and len(data) >= 36:
        size = int.from_bytes(data[8:12], "little")
        if data[30] & 0x03:  # cfhdrPREV_CABINET, cfhdrNEXT_CABINET: one of a set
            return "volume", 0
        return "", size if size <= len(data) else None
    if format_name == "iso9660" and len(data) >= 0x8082:
        blocks = int.from_bytes(data[0x8050:0x8054], "little")
        size = blocks * int.from_bytes(data[0x8080:0x8082], "little")
        return "", size if size <= len(data) else None
    if format_name == "xar":
        return "", len(data)  # read by offsets from its table of contents: not checked
    return "", -1


# -- reading ---------------------------------------------------------------------------

# Names in LZH and in RAR 4 without the Unicode flag are in the archiver's ANSI code
# page, which no header names: CP932 where these archives are made (Lhaplus, WinRAR on
# Japanese Windows). libarchive converts them to this process's locale (UTF-8).
_OPTIONS = (b"lha:hdrcharset=CP932", b"rar:hdrcharset=CP932")
_BLOCK = 1 << 20  # bytes asked of archive_read_data at a time
_EOF, _WARN = 1, -20  # ARCHIVE_EOF, ARCHIVE_WARN
_PADDING = b"\x00\x1a"
_EMPTY_STREAM = 64  # bytes of an empty compressed stream, at most (lzip's: 36)  # after an archive's end: zeros (tar's records, `tar -b 64`), ^Z


class DataError(Exception):
    """archive_read_data failed, or warned (a CRC error: the bytes are not the member's)."""


def _function(lib: object, name: str, argtypes: list[object], restype: object) -> object:
    function = getattr(lib, name)
    function.argtypes = argtypes
    function.restype = restype
    return function


_BUFFERS: list[ctypes.Array[ctypes.c_char]] = []


def _buffer() -> ctypes.Array[ctypes.c_char]:
    """One buffer for every member (an archive of many small files costs no zeroing of
    a megabyte each)."""
    if not _BUFFERS:
        _BUFFERS.append(ctypes.create_string_buffer(_BLOCK))
    return _BUFFERS[0]


def _read_data(lib: object, archive_p: object, limit: int) -> bytes | None:
    """The current entry's data, or None when it is longer than `limit`. Any negative
    return is an error: libarchive-c's get_blocks takes ARCHIVE_WARN (-20) for a length
    and yields a slice of its stale buffer."""
    read_data = _function(
        lib, "archive_read_data", [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t],
        ctypes.c_ssize_t,
    )
    buffer = _buffer()
    chunks, total = [], 0
    while True:
        got = read_data(archive_p, buffer, _BLOCK)  # type: ignore[operator]
        if got == 0:
            return b"".join(chunks)
        if got < 0:
            raise DataError(f"archive_read_data returned {got}")
        total += got
        if total > limit:
            return None
        chunks.append(ctypes.string_at(buffer, got))


def _open(data: bytes, format_name: str, filters: tuple[str, ...]) -> object:
    """A libarchive reader for exactly this format and these decompressors."""
    from libarchive import ffi

    lib = ffi.libarchive
    archive_p = ffi.read_new()
    for name in (f"archive_read_support_format_{format_name}",
                 *(f"archive_read_support_filter_{f}" for f in filters)):
        if _function(lib, name, [ctypes.c_void_p], ctypes.c_int)(archive_p) != 0:
            ffi.read_free(archive_p)
            raise RuntimeError(f"libarchive cannot read {format_name}")
    set_options = _function(lib, "archive_read_set_options", [ctypes.c_void_p,
                                                              ctypes.c_char_p], ctypes.c_int)
    for option in _OPTIONS:
        set_options(archive_p, option)  # type: ignore[operator]  # refused if not registered
    ffi.read_open_memory(archive_p, ctypes.c_char_p(data), len(data))
    return archive_p


def decompress(data: bytes, limit: int) -> tuple[bytes | None, bool]:
    """(the decompressed stream, or None when longer than `limit`; whether more than
    padding follows the compressed stream). libarchive's position in its input is where
    the decompressor stopped (lz4 looks 4 bytes on)."""
    from libarchive import ffi

    try:
        archive_p = _open(data, "raw", _FILTERS)
    except ffi.ArchiveError as exc:
        if "Unrecognized archive format" not in str(exc):
            raise
        # Nothing for the raw reader to bid on: the stream decompressed to no bytes.
        # Where it ended is not known; an empty stream is a few dozen bytes at most.
        return b"", len(data.rstrip(_PADDING)) > _EMPTY_STREAM
    try:
        entry_p = ffi.entry_new()
        try:
            ffi.read_next_header2(archive_p, entry_p)
        finally:
            ffi.entry_free(entry_p)
        stream = _read_data(ffi.libarchive, archive_p, limit)
        consumed = ffi.filter_bytes(archive_p, -1)
    finally:
        ffi.read_free(archive_p)
    return stream, bool(data[consumed:].strip(_PADDING))


def read(data: bytes, format_name: str, budget: int, members: int) -> int:
    """Emit what the archive holds; the number of entries libarchive found."""
    from libarchive import ffi
    from libarchive.entry import ArchiveEntry

    lib = ffi.libarchive
    is_encrypted = _function(lib, "archive_entry_is_data_encrypted", [ctypes.c_void_p],
                             ctypes.c_int)
    next_header = _function(lib, "archive_read_next_header2", [ctypes.c_void_p,
                                                               ctypes.c_void_p], ctypes.c_int)
    state, end = _stated_end(data, format_name)
    if state in ("encrypted", "volume"):
        emit(state)
        return 1
    # One format, the one the bytes name: with "all", libarchive's ZIP reader bids for a
    # RAR or LZH that stores a ZIP (WinRAR stores what is already compressed), finds
    # that ZIP's end record and reads the archive as the inner ZIP, the rest unseen.
    # No decompressor: a compressed file is decompressed first (main).
    archive_p = _open(data, format_name, ())
    try:
        entries = count = spent = 0
        warned = odd = False
        while True:
            entry = ArchiveEntry(archive_p, "utf-8")
            got = next_header(archive_p, entry._entry_p)  # type: ignore[operator]
            if got == _EOF:
                break
            if got == _WARN:
                # A header read in part, or what it says dropped (a tar's 'X' entry
                # whose records are no pax records is skipped, content and all).
                warned = True
            elif got < 0:
                raise ffi.archive_error(archive_p, got)
            entries += 1
            if entry.filetype == 0 and entry.size:
                # No kind libarchive knows (a GNU tar 'M', the rest of a file from the
                # previous volume): its data is read as a file, and noted.
                odd = True
            elif not entry.isfile:
                continue
            count += 1
            name = _name(ffi, entry) or "data"
            if count > members:
                emit("cut")
                return entries
            if is_encrypted(entry._entry_p) == 1:  # type: ignore[operator]
                emit("locked", name, entry.size or 0)
                continue
            content = _read_data(lib, archive_p, budget - spent)
            if content is None:
                emit("cut")
                return entries
            spent += len(content)
            emit("file", name, base64.b64encode(content).decode("ascii"))
        if end == -1:  # where libarchive stopped reading
            end = ffi.filter_bytes(archive_p, -1)
            if format_name == "lha":  # LZH ends with a 0 byte, which libarchive peeks at
                end = end + 1 if data[end : end + 1] == b"\x00" else None
    finally:
        ffi.read_free(archive_p)
    if warned:
        emit("warned")
    if odd:
        emit("odd")
    # Content after the archive's end (a tar's zero blocks taken for its end, with the
    # file after them; a ZIP appended to a self-extractor's RAR): anything but padding.
    if end is None:
        emit("unended")
    elif data[end:].strip(_PADDING):
        emit("trailing")
    return entries


def main() -> int:
    budget, members = int(sys.argv[1]), int(sys.argv[2])
    format_name = sys.argv[3]  # chosen by libarchive_format from the bytes
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
        try:
            if format_name == "all":
                _read_stream(data, budget, members)
            elif read(data, format_name, budget, members) == 0:
                emit("empty")
        except libarchive.ArchiveError as exc:
            text = str(exc)
            if "ncrypt" not in text and "passphrase" not in text:
                raise
            emit("encrypted")
    except BaseException as exc:  # any reader's failure on hostile bytes
        emit("error", type(exc).__name__)
        sys.stdout.flush()
        return 3
    sys.stdout.flush()
    return 0


def _read_stream(data: bytes, budget: int, members: int) -> None:
    """A compressed file: decompressed (all its layers), then read as the archive its
    first bytes name, so RAR 5 encryption and volumes, and the end of a tar, are checked
    on what was compressed; anything else (a .csv.gz, a .zip.gz), or an archive in which
    nothing was found (a tar of zeros), goes back as one file, "data"."""
    stream, trailing = decompress(data, budget)
    if trailing:
        emit("trailing")
    if stream is None:
        emit("cut")
        return
    inner = libarchive_format(stream)
    if inner in (None, "all") or read(stream, inner, budget, members) == 0:
        emit("file", "data", base64.b64encode(stream).decode("ascii"))


if __name__ == "__main__":
    sys.exit(main())
