"""Archives read in child processes, each file by a fresh one with memory and CPU limits
(reader_child.run_reader): 7z (py7zr, sevenzip_child.py) and RAR, LZH, CAB, tar, ISO,
cpio, xar, ar and compressed files (libarchive, archive_child.py). Their members go back to
files.inspect_file (passed in as `inspect`: files.py dispatches here, so this module does
not import it). ZIP, read in this process as it streams, stays in files.py with the
Office formats built on it; `unread_member` is shared by all archive readers.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

from proxy.inspect.archive_child import libarchive_format
from proxy.inspect.names import extension, guess_type
from proxy.inspect.reader_child import ReaderFailed, run_reader
from proxy.inspect.scan import Scan
from proxy.model import Attachment

# files.inspect_file: (scan, name, content type, data, depth, path)
InspectFile = Callable[[Scan, str, str, bytes, int, str], None]

SEVEN_ZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"
_CHILD_MEMORY = 1 << 30  # address space of a reading child (7z's LZMA2 at -mx9 needs ~70 MB)
# What the child may hand back (as base64, in this process's memory): the files of an
# archive are read whole, unlike a ZIP's members, which stream.
_CHILD_MAX_OUT = 128 * 1024 * 1024


def _archive_records(
    scan: Scan, script: str, data: bytes, location: str, what: str, *args: str
) -> list[list[object]] | None:
    """What an archive reader child (7z, libarchive) found, or None (noted) when it
    failed or the deadline came first; it hands back at most the expansion budget.
    `args` come after the budget and the member limit (libarchive's: the format). From a
    child that failed, only what says "encrypted" is kept (after the note)."""
    try:
        return run_reader(
            script, data, scan, _CHILD_MEMORY,
            max(min(scan.expansion_room, _CHILD_MAX_OUT), 0), scan.limits.max_archive_members,
            *args,
        )
    except ReaderFailed as exc:
        scan.note(location, f"corrupt or unreadable {what} ({exc})")
        kept = [record for record in exc.records if record and record[0] in _KEPT_ON_FAILURE]
        return kept or None


def read_7z(
    scan: Scan, data: bytes, depth: int, path: str, index: int, inspect: InspectFile
) -> None:
    """A 7z archive, read by py7zr in a child (sevenzip_child.py). An encrypted one —
    7-Zip's AES-256 is what PPAP turned to when ZipCrypto was called weak — is an
    encrypted attachment, members and all, like a password ZIP."""
    location = "attachment:" + path
    records = _archive_records(scan, "sevenzip_child.py", data, location, "7z archive")
    if records is None:
        return
    encrypted = any(record[0] == "encrypted" for record in records)
    for record in records:
        if record[0] == "member" and encrypted:
            unread_member(scan, path, str(record[1]), int(record[2]), encrypted=True)
        elif record[0] == "cut":
            scan.note(location, "7z archive larger than the expansion or member limits")
        elif record[0] == "lost":
            scan.note(location, "7z archive with members that could not all be extracted")
        elif record[0] == "file":
            if not _member(scan, str(record[1]), str(record[2]), depth, path, inspect):
                return
    if encrypted:
        scan.mark_encrypted(index)


# Read by libarchive (archive_child.py), known by their magic numbers (libarchive_format
# in archive_child.py, which the child uses again on what a compressed file holds): RAR 4
# and 5, LZH, CAB, tar, ISO 9660, cpio, xar, ar, and gzip / bzip2 / xz / lzma / zstd / lz4 /
# compress / lzip streams (a .tar.gz, or one compressed file such as a .csv.gz).
LIBARCHIVE_EXTS = frozenset(
    {"rar", "lzh", "lha", "cab", "tar", "gz", "tgz", "bz2", "tbz", "tbz2", "xz", "txz", "zst",
     "lz4", "lzma", "tlz", "lz", "z", "iso", "cpio", "xar"}
)  # fmt: skip
_COMPRESSED_EXTS = (".gz", ".bz2", ".xz", ".zst", ".lz4", ".lzma", ".lz", ".z")
# Records kept from a child that then failed: an encrypted member is still PPAP.
_KEPT_ON_FAILURE = frozenset({"encrypted", "locked"})



# What the child reports about an archive it could not read whole: the reason, after
# ".<kind> file".
_WHY_NOT_READ = {
    "cut": "larger than the expansion or member limits",
    "volume": "is one part of a multi-volume archive",
    "warned": "with headers read only in part",
    "odd": "with entries of a kind not known (read as files)",
    "unended": "cut short (the archive's end is missing)",
    "trailing": "with content after the archive's end",
    "empty": "in which no file could be found",
}


def read_libarchive(
    scan: Scan, name: str, data: bytes, depth: int, path: str, index: int, inspect: InspectFile
) -> None:
    """An archive or a compressed file of the kinds libarchive_format names, read by
    libarchive in a child (archive_child.py). An encrypted member — RAR is the other
    archive PPAP mail uses — is an encrypted attachment, as in a password ZIP."""
    location = "attachment:" + path
    kind = extension(name) or "archive"
    # Named as an archive, not one by its bytes: the child's tar reader says so.
    fmt = libarchive_format(data) or "tar"
    records = _archive_records(scan, "archive_child.py", data, location, f".{kind} file", fmt)
    if records is None:
        return
    encrypted = False
    files = sum(record[0] == "file" for record in records)
    for record in records:
        if record[0] == "unavailable":
            scan.note(location, f".{kind} files are not read here (libarchive is not installed)")
        elif record[0] == "encrypted":
            encrypted = True  # the headers themselves: not even the names can be read
        elif record[0] == "locked":
            encrypted = True
            unread_member(scan, path, str(record[1]), int(record[2]), encrypted=True)
        elif record[0] in _WHY_NOT_READ:
            scan.note(location, f".{kind} file {_WHY_NOT_READ[record[0]]}")
        elif record[0] == "file":
            member = str(record[1])
            if member == "data" and files == 1 and name.lower().endswith(_COMPRESSED_EXTS):
                member = name.rsplit(".", 1)[0]  # libarchive's name for a lone stream
            if not _member(scan, member, str(record[2]), depth, path, inspect):
                return
    if encrypted:
        scan.mark_encrypted(index)


def _member(
    scan: Scan, member: str, encoded: str, depth: int, path: str, inspect: InspectFile
) -> bool:
    """Inspect one file a child handed back (base64), charged to the expansion budget;
    False when the budget or the time has run out (the reason is noted)."""
    blob = base64.b64decode(encoded)
    if scan.out_of_time() or not scan.spend_expansion(len(blob), "attachment:" + path):
        return False
    short = member.rpartition("/")[2]
    inspect(scan, short, guess_type(short), blob, depth + 1, f"{path}/{member}")
    return True


def unread_member(
    scan: Scan, path: str, name: str, size: int, *, encrypted: bool = False
) -> None:
    """An archive member whose content is not read (encrypted, too deep, over a limit):
    still an attachment the rules see, and its name still text."""
    member_path = f"{path}/{name}"
    scan.add_text(name, "attachment:" + member_path, "attachment")
    scan.add_attachment(Attachment(member_path, guess_type(name), size, encrypted=encrypted))


