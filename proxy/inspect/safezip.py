"""Reading ZIP archives (plain .zip and the OOXML/ODF containers) without trusting them.

- Members beyond `max_archive_members` are not read (a reason is recorded).
- A member whose declared size is more than `max_expansion_ratio` times its compressed size
  is not inflated at all (zip bomb); every byte actually inflated is also counted against
  the message's expansion budget while reading, so a header that lies cannot help.
  (`zipfile` itself stops at the declared size and then fails the CRC check.)
- Encrypted members (general purpose flag bit 0, APPNOTE.TXT §4.4.4) are reported, not read.
- Names not flagged UTF-8 (bit 11) are what Japanese Windows tools write: CP932, unless an
  Info-ZIP Unicode Path extra field (0x7075, APPNOTE.TXT §4.6.9) gives the UTF-8 name.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import IO

from proxy.inspect.charset import decode_bytes
from proxy.inspect.scan import Scan

# The per-member ratio test applies only to members larger than this: small files of
# blank lines or repeated cells legitimately compress a hundredfold.
RATIO_FLOOR = 1024 * 1024

_READ_CHUNK = 64 * 1024
_FLAG_ENCRYPTED = 0x1
_FLAG_UTF8 = 0x800
_UNICODE_PATH = 0x7075


class LimitReached(Exception):
    """Raised inside a bounded read; the reason has already been recorded on the Scan."""


def member_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & _FLAG_UTF8:
        name = info.filename
    else:
        name = _unicode_path(info.extra)
        if name is None:
            # zipfile decoded the raw name as CP437 (APPNOTE's default); undo that.
            try:
                raw = info.orig_filename.encode("cp437")
            except UnicodeEncodeError:
                raw = info.orig_filename.encode("utf-8", "replace")
            name = decode_bytes(raw, "cp932" if not _is_utf8(raw) else "utf-8")
    return name.replace("\\", "/").lstrip("/")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _unicode_path(extra: bytes) -> str | None:
    pos = 0
    while pos + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + size]
        if tag == _UNICODE_PATH and len(body) > 5 and body[0] == 1:
            return body[5:].decode("utf-8", "replace")
        pos += 4 + size
    return None


def is_encrypted(info: zipfile.ZipInfo) -> bool:
    return bool(info.flag_bits & _FLAG_ENCRYPTED)


class _BoundedReader(io.RawIOBase):
    """A member stream that charges the expansion budget as bytes come out of it."""

    def __init__(self, raw: IO[bytes], scan: Scan, where: str, cap: int) -> None:
        super().__init__()
        self._raw = raw
        self._scan = scan
        self._where = where
        self._cap = cap
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._scan.out_of_time():
            raise LimitReached
        want = _READ_CHUNK if size is None or size < 0 else min(size, _READ_CHUNK)
        data = self._raw.read(want)
        self.count += len(data)
        if self.count > self._cap:
            self._scan.note(self._where, "archive member is larger than it declares")
            raise LimitReached
        if not self._scan.spend_expansion(len(data), self._where):
            raise LimitReached
        return data

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class SafeZip:
    """A ZIP archive opened for inspection. Construction raises on a corrupt archive
    (zipfile.BadZipFile and friends); reading members never raises except LimitReached."""

    def __init__(self, data: bytes, scan: Scan, where: str) -> None:
        self.scan = scan
        self.where = where
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self._infos = [info for info in self.zip.infolist() if not info.is_dir()]

    def names(self) -> set[str]:
        return {info.filename for info in self._infos}

    def members(self) -> list[zipfile.ZipInfo]:
        """Files in the archive, at most `max_archive_members` of them."""
        limit = self.scan.limits.max_archive_members
        if len(self._infos) > limit:
            self.scan.note(self.where, f"archive has more than {limit} members")
            return self._infos[:limit]
        return self._infos

    def get(self, name: str) -> zipfile.ZipInfo | None:
        try:
            return self.zip.getinfo(name)
        except KeyError:
            return None

    def _check(self, info: zipfile.ZipInfo, where: str) -> bool:
        if is_encrypted(info):
            self.scan.note(where, "encrypted archive member")
            return False
        ratio = self.scan.limits.max_expansion_ratio
        if info.file_size > RATIO_FLOOR and info.file_size > info.compress_size * ratio:
            self.scan.note(where, f"archive member expands more than {ratio:g} times")
            return False
        return True

    def open(self, info: zipfile.ZipInfo, where: str) -> IO[bytes] | None:
        """A bounded stream of the member, or None (reason recorded) if it must not be read."""
        if not self._check(info, where):
            return None
        raw = self.zip.open(info)
        return io.BufferedReader(_BoundedReader(raw, self.scan, where, info.file_size))

    def read(self, info: zipfile.ZipInfo, where: str) -> bytes | None:
        """The member's bytes, or None with a reason recorded (never raises)."""
        try:
            stream = self.open(info, where)
            if stream is None:
                return None
            with stream:
                return stream.read()
        except LimitReached:
            return None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            self.scan.note(where, f"corrupt archive member ({type(exc).__name__})")
        except (NotImplementedError, RuntimeError) as exc:
            # Unsupported compression (Deflate64, PPMd...) or an encryption zipfile refuses.
            self.scan.note(where, f"unsupported archive member ({type(exc).__name__})")
        return None
