"""Review of the libarchive readers (archives.py, archive_child.py, sniff.py): each test
states the promised behaviour and fails on the code as reviewed.

Promises: an encrypted archive (any format, any nesting) gives an encrypted attachment;
anything not fully read is reported (held), never passed as clean."""

from __future__ import annotations

import binascii
import gzip
import io
import lzma
import os
import struct
import subprocess
import tarfile

import pytest

from proxy.inspect import extract
from tests.archivefiles import _rar4_block, _rar5_header, _vint, lzh, rar4, rar5
from tests.test_inspect_attachments import mail

ROWS = [f"顧客{k},090-1111-{2220 + k},tanaka{k}@customer.example" for k in range(6)]
CSV = ("氏名,携帯,メール\r\n" + "\r\n".join(ROWS) + "\r\n").encode("cp932")


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _read_or_held(name: str, data: bytes) -> tuple[bool, bool]:
    """(the phone numbers were read, the mail is reported as not fully inspected)."""
    result = extract(mail((name, data, "application/octet-stream")))
    text = " ".join(s.text for s in result.segments)
    return "090-1111-2223" in text, bool(result.incomplete)


def _encrypted(name: str, data: bytes) -> bool:
    result = extract(mail((name, data, "application/octet-stream")))
    return any(a.encrypted for a in result.attachments)


# -- 1. RAR 5 encryption is checked only on the raw bytes, not after decompression -------


def _rar5_ciphertext() -> bytes:
    """An encrypted (file-encryption record) RAR 5 member whose stored data is noise,
    as ciphertext is."""
    archive = rar5([("顧客リスト.csv", CSV)], encrypted=True)
    return archive.replace(CSV, os.urandom(len(CSV)))


@pytest.mark.parametrize(
    ("name", "wrap"),
    [("名簿.rar.gz", gzip.compress), ("名簿.rar.xz", lzma.compress)],
)
def test_an_encrypted_rar5_inside_a_compressed_file_is_encrypted(name, wrap) -> None:
    # The bare .rar is flagged (archive_child.rar5_state); gzip it and libarchive 3.6's
    # RAR 5 reader hands the ciphertext back as a plain member: no finding, no note.
    assert _encrypted("名簿.rar", _rar5_ciphertext())
    assert _encrypted(name, wrap(_rar5_ciphertext()))


# -- 2. content after a tar's end ---------------------------------------------------------


def test_content_after_a_tar_end_inside_gzip_is_held() -> None:
    # The "trailing" check compares libarchive's position with the *compressed* length:
    # a whole list after the tar's end blocks, inside the gzip stream, goes unread.
    data = gzip.compress(_tar({"readme.txt": b"hi"}) + b"\0" * 20480 + CSV * 2000)
    read, held = _read_or_held("資料.tar.gz", data)
    assert read or held


def test_a_few_kb_after_a_tar_end_are_held() -> None:
    # Up to 10,240 non-zero bytes after the end pass (the slack is applied after the
    # zero padding is already stripped).
    data = _tar({"readme.txt": b"hi"}) + CSV * 15
    read, held = _read_or_held("資料.tar", data)
    assert read or held


def test_a_few_kb_after_a_gzip_stream_are_held() -> None:
    data = gzip.compress(b"see the attached list\n") + CSV * 15
    read, held = _read_or_held("memo.txt.gz", data)
    assert read or held


# -- 3. RAR 4 volumes ---------------------------------------------------------------------


def _rar4_volume() -> bytes:
    """First part of a RAR 4 volume set (MHD_VOLUME | MHD_FIRSTVOLUME) of whole members;
    its end block says "not the last volume"."""
    out = bytearray(b"Rar!\x1a\x07\x00")
    out += _rar4_block(0x73, 0x0001 | 0x0100, b"\x00" * 6)
    raw = b"list.csv"
    rest = struct.pack(
        "<IIBIIBBHI", len(CSV), len(CSV), 2, binascii.crc32(CSV), 0x5A210000, 29, 0x30,
        len(raw), 0x20,
    ) + raw
    out += _rar4_block(0x74, 0x8000, rest) + CSV
    out += _rar4_block(0x7B, 0x4001, b"")
    return bytes(out)


def test_one_part_of_a_rar4_volume_set_is_held() -> None:
    # RAR 5 volumes are held ("one part of a multi-volume archive"); a RAR 4 volume is
    # read as a complete archive and passes clean. (A member split across parts makes
    # libarchive fail, so that case is held, as "corrupt".)
    result = extract(mail(("資料.part1.rar", _rar4_volume(), "application/vnd.rar")))
    assert any("multi-volume" in why for why in result.incomplete), result.incomplete


# -- 4. RAR 5 volume with a main-header extra area ---------------------------------------


def test_a_rar5_volume_whose_main_header_has_a_locator_is_held() -> None:
    # rar5_state reads the archive flags only when the main header has no extra area;
    # WinRAR writes a locator record there (quick open information, recovery record).
    # Here part 1 holds the first half of a member split to part 2 (header flag 0x0010):
    # libarchive hands back that half as the whole file, and the mail passes clean.
    half = CSV[: len(CSV) // 2]
    name = b"list.csv"
    member = (
        _vint(2) + _vint(0x0002 | 0x0010) + _vint(len(half))
        + _vint(0) + _vint(len(CSV)) + _vint(0x20) + _vint(0) + _vint(0)
        + _vint(len(name)) + name
    )
    locator = _vint(1) + _vint(0)  # record type 1 (locator), no offsets
    extra = _vint(len(locator)) + locator
    main = _rar5_header(_vint(1) + _vint(0x0001) + _vint(len(extra)) + _vint(0x0001) + extra)
    volume = (
        b"Rar!\x1a\x07\x01\x00" + main + _rar5_header(member) + half
        + _rar5_header(_vint(5) + _vint(0) + _vint(0x0001))
    )
    result = extract(mail(("資料.part1.rar", volume, "application/vnd.rar")))
    assert any("multi-volume" in why for why in result.incomplete), result.incomplete


# -- 5. formats libarchive reads that the dispatch never sends to it ---------------------


def _tool(*command: str, data: bytes) -> bytes:
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout


def _iso() -> bytes:
    import libarchive

    buf = io.BytesIO()
    with libarchive.custom_writer(buf.write, "iso9660") as archive:
        archive.add_file_from_memory("list.csv", len(CSV), CSV)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("顧客.csv.lz4", lambda: _tool("lz4", "-q", "-c", data=CSV * 20)),
        ("顧客.tar.lz4", lambda: _tool("lz4", "-q", "-c", data=_tar({"l.csv": CSV * 20}))),
        ("顧客.csv.lzma", lambda: lzma.compress(CSV * 20, format=lzma.FORMAT_ALONE)),
        ("顧客.iso", _iso),
        ("setup.exe", lambda: b"MZ" + b"\x90" * 200 + lzh([("a.csv", CSV)])),  # LZH SFX
    ],
)
def test_an_archive_libarchive_can_read_is_read_or_held(name, make) -> None:
    # Each passes as an opaque binary: no member, no note, the list unread.
    read, held = _read_or_held(name, make())
    assert read or held


# -- 6. ARCHIVE_WARN from archive_read_data taken for a length -----------------------------


def test_an_lzh_member_with_a_bad_crc_is_held() -> None:
    # libarchive-c's get_blocks yields buf.raw[0:r] with r == ARCHIVE_WARN (-20): 4,076
    # bytes of its buffer instead of the member, and the CRC error is not reported.
    archive = bytearray(lzh([("a.csv", CSV)]))
    archive[archive.index(CSV) + 10] ^= 0x01
    result = extract(mail(("a.lzh", bytes(archive), "application/octet-stream")))
    sizes = {a.name: a.size for a in result.attachments}
    assert result.incomplete or sizes.get("a.lzh/a.csv") == len(CSV), (sizes, result.incomplete)
    assert result.incomplete


# -- 7. an encrypted member reported before the child fails is dropped ----------------------


def test_a_truncated_rar4_with_an_encrypted_member_is_still_encrypted() -> None:
    # The child emits ["locked", …] then fails on the cut; run_reader discards every
    # record of a failed child, so only "corrupt" is left, no encrypted attachment.
    archive = rar4([("a.csv", CSV), ("b.csv", CSV)], encrypted=frozenset({"b.csv"}))
    cut = archive[: archive.rindex(CSV) + 10]
    assert _encrypted("名簿.rar", cut)


# -- 8. truncated inside a header: passed as complete ----------------------------------------


@pytest.mark.parametrize(("writer", "into"), [(rar4, 5), (lzh, 0)])
def test_an_archive_cut_at_or_inside_its_next_header_is_held(writer, into: int) -> None:
    # RAR 4: 5 bytes of b.txt's header left; LZH: cut where b.txt's header (or the end
    # mark, a 0 byte) should start. Both read as complete archives with one member.
    archive = writer([("a.csv", CSV), ("b.txt", b"hello world")])
    cut = archive[: archive.index(CSV) + len(CSV) + into]
    result = extract(mail(("a.bin", cut, "application/octet-stream")))
    assert result.incomplete, [a.name for a in result.attachments]
