"""OLE2 compound files ([MS-CFB]): legacy Office documents and password-protected OOXML.

A password-protected .docx/.xlsx/.pptx is not a ZIP at all but an OLE2 file holding an
`EncryptionInfo` and an `EncryptedPackage` stream ([MS-OFFCRYPTO] §2.3.4). Legacy binary
files mark encryption inside their main stream:
- .doc: FIB base, fEncrypted (bit 0x0100 of the flags word at offset 0x0A) [MS-DOC] §2.5.2
- .xls: a FilePass record (type 0x002F) in the Workbook globals [MS-XLS] §2.4.117
- .ppt: the Current User stream's headerToken, or an `EncryptedSummary` stream
  [MS-PPT] §2.3.2, §2.1.4 / [MS-OFFCRYPTO] §2.3.7.1
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

import olefile

from proxy.inspect.cfb import Tree, compound_file
from proxy.inspect.charset import decode_bytes

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_XLS_FILEPASS = 0x002F
_XLS_EOF = 0x000A
_XLS_SCAN_RECORDS = 200  # FilePass follows BOF within the first few records


# olefile reads a damaged or cut-short file as far as it can and only records what it
# met (`parsing_issues`); a truncated attachment would then give part of its text with
# no word of the rest. These defects mean something of the file is missing; the header
# quirks some writers have (CLSID, DllVersion, a last sector cut short) do not.
_MISSING = (
    "out of range",  # a sector or directory entry beyond the file's end
    "less than declared",
    "incomplete OLE stream",
    "not enough sectors",
    "stream too large",
    "referenced twice",  # two streams on one sector chain: a file made to be read many times
)
# Streams a rebuilt or read item may hold: far above any real Outlook item or embedded
# object, far below what makes reading them slow (olefile finds a stream by walking).
MAX_STREAMS = 2000


class UnreadableLegacyFile(ValueError):
    """A compound document of a kind read here, but in a form that is not (Word 6/95, a
    damaged piece table, an encrypted presentation): the reason, in our own words."""


class DamagedCompoundFile(ValueError):
    """Part of an OLE2 file is missing: what was read of it is not all of it."""


def check_intact(ole: olefile.OleFileIO) -> None:
    """Raise DamagedCompoundFile if olefile met a missing part (call after reading)."""
    for _kind, message in ole.parsing_issues:
        if any(sign in message for sign in _MISSING):
            raise DamagedCompoundFile(message)


@dataclass(frozen=True)
class OleInfo:
    kind: str  # "ooxml", "doc", "xls", "ppt", "msg", "package", "contents" or "unknown"
    encrypted: bool


def _xls_encrypted(ole: olefile.OleFileIO) -> bool:
    for name in ("Workbook", "Book"):
        if ole.exists(name):
            head = ole.openstream(name).read(64 * 1024)
            pos = 0
            for _ in range(_XLS_SCAN_RECORDS):
                if pos + 4 > len(head):
                    break
                rtype, size = struct.unpack_from("<HH", head, pos)
                if rtype == _XLS_FILEPASS:
                    return True
                if rtype == _XLS_EOF:
                    break
                pos += 4 + size
    return False


_PPT_ENCRYPTED_TOKEN = 0xF3D1C4DF


def _ppt_encrypted(ole: olefile.OleFileIO) -> bool:
    """The EncryptedSummary stream exists only when the document properties are encrypted
    too (an option); the Current User stream's headerToken always tells ([MS-PPT]
    §2.3.2: 0xF3D1C4DF for an encrypted document, 0xE391C05F otherwise)."""
    if ole.exists("EncryptedSummary"):
        return True
    if not ole.exists("Current User"):
        return False
    head = ole.openstream("Current User").read(16)
    return len(head) >= 16 and struct.unpack_from("<I", head, 12)[0] == _PPT_ENCRYPTED_TOKEN


def _doc_encrypted(ole: olefile.OleFileIO) -> bool:
    head = ole.openstream("WordDocument").read(12)
    if len(head) < 12:
        return False
    (flags,) = struct.unpack_from("<H", head, 0x0A)
    return bool(flags & 0x0100)


def inspect_ole(data: bytes) -> OleInfo:
    """Raises on a damaged compound file (the caller records it)."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        if ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"):
            return OleInfo("ooxml", True)
        if ole.exists("WordDocument"):
            return OleInfo("doc", _doc_encrypted(ole))
        if ole.exists("Workbook") or ole.exists("Book"):
            return OleInfo("xls", _xls_encrypted(ole))
        if ole.exists("PowerPoint Document"):
            return OleInfo("ppt", _ppt_encrypted(ole))
        if ole.exists("__properties_version1.0"):
            return OleInfo("msg", False)
        if ole.exists(_PACKAGE):
            return OleInfo("package", False)
        if any(ole.exists(name) for name in _NATIVE_STREAMS):
            return OleInfo("contents", False)
        return OleInfo("unknown", ole.exists("EncryptionInfo"))
    finally:
        ole.close()


_PACKAGE = "\x01Ole10Native"


def _ansi(raw: bytes, pos: int) -> tuple[str, int]:
    """A NUL-terminated string in the system code page, and the position after it."""
    end = raw.index(b"\0", pos)
    return decode_bytes(raw[pos:end]), end + 1


def packaged_file(data: bytes) -> tuple[str, bytes]:
    """The file inside an OLE Package object (a file inserted into an Office document as
    an icon): its Ole10Native stream holds the size, a flags word, the label, the source
    path, a reserved word, the temporary path, then the file's size and bytes. Raises
    ValueError (or struct.error) when it is damaged."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        raw = ole.openstream(_PACKAGE).read()
        check_intact(ole)
    finally:
        ole.close()
    label, pos = _ansi(raw, 6)
    source, pos = _ansi(raw, pos)
    pos += 4
    (size,) = struct.unpack_from("<I", raw, pos)
    pos += 4 + size
    (size,) = struct.unpack_from("<I", raw, pos)
    content = raw[pos + 4 : pos + 4 + size]
    if len(content) != size:
        raise ValueError("package cut short")
    name = source.replace("\\", "/").rpartition("/")[2] or label or "package"
    return name, content


# An OLE object whose native data is a whole file of its own: "CONTENTS" (a PDF inserted
# with Insert > Object > Adobe Acrobat Document), "Package" (an Office Open XML file
# inserted as an object into an older document).
_NATIVE_STREAMS = ("CONTENTS", "Package")


def native_file(data: bytes) -> tuple[str, bytes]:
    """(stream name, bytes) of an OLE object's native file."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        for name in _NATIVE_STREAMS:
            if ole.exists(name):
                content = ole.openstream(name).read()
                check_intact(ole)
                return name, content
    finally:
        ole.close()
    raise ValueError("no native stream")


class OversizedCompoundFile(ValueError):
    """A compound file (or a storage in one) holds more than may be read: its reason."""


def streams_below(
    ole: olefile.OleFileIO, path: list[str], room: int, listing: list[list[str]] | None = None
) -> list[list[str]]:
    """The streams in the storage at `path`, once their sizes (from the directory, before
    anything is read) are known to fit in `room` bytes and their number in MAX_STREAMS;
    raises ValueError otherwise. Directory entries can share sector chains, so a small
    file can declare gigabytes (check_intact reports it, but only after the reading).
    `listing`: the file's streams, listed once by a caller that asks for many storages."""
    depth = len(path)
    if listing is None:
        listing = ole.listdir(streams=True, storages=False)
    entries = [e for e in listing if len(e) > depth and e[:depth] == path]
    if len(entries) > MAX_STREAMS:
        raise OversizedCompoundFile(f"more than {MAX_STREAMS} streams")
    if sum(ole.get_size(entry) for entry in entries) > room:
        raise OversizedCompoundFile("streams larger than the expansion limit")
    return entries


def substorage_file(
    ole: olefile.OleFileIO, path: list[str], room: int, listing: list[list[str]] | None = None
) -> bytes:
    """The storage at `path` (an embedded object) as a compound file of its own, so it
    can be read like an attached file. Raises OversizedCompoundFile (a ValueError)."""
    tree: Tree = {}
    depth = len(path)
    for entry in streams_below(ole, path, room, listing):
        if len(entry) > depth and entry[:depth] == path:
            node = tree
            for part in entry[depth:-1]:
                child = node.setdefault(part, {})
                if not isinstance(child, dict):
                    raise ValueError("damaged embedded object")
                node = child
            node[entry[-1]] = ole.openstream(entry).read()
    check_intact(ole)
    try:
        return compound_file(tree)
    except ValueError:  # past the 109 FAT sectors of the header's DIFAT (~7 MB)
        raise OversizedCompoundFile("more than the ~7 MB an object may take") from None
