"""The archive readers beyond the review's cases (archive_child.py, archives.py,
sniff.py): formats read since, the end of each archive checked by its own headers, RAR
and CAB volume flags, tar entries libarchive drops or does not know, and the limits of
the self-extractor search."""

from __future__ import annotations

import bz2
import gzip
import io
import struct
import subprocess
import tarfile
import zlib

import libarchive
import pytest

from proxy.inspect import Extraction, extract
from proxy.inspect.archive_child import libarchive_format
from proxy.inspect.sniff import MAX_CANDIDATES, embedded_starts
from tests.archivefiles import _rar4_block, _rar5_header, _vint, cab, lzh, rar4, rar5
from tests.test_inspect_attachments import mail, make_zip, set_zip_flag

ROWS = [f"顧客{k},090-1111-{2220 + k}" for k in range(6)]
CSV = ("氏名,携帯\r\n" + "\r\n".join(ROWS) + "\r\n").encode("cp932")
PHONE = "090-1111-2223"


def _extract(name: str, data: bytes) -> Extraction:
    return extract(mail((name, data, "application/octet-stream")))


def _read(name: str, data: bytes) -> tuple[bool, list[str]]:
    result = _extract(name, data)
    return PHONE in " ".join(s.text for s in result.segments), result.incomplete


def _written(fmt: str, filter_name: str | None = None) -> bytes:
    buf = io.BytesIO()
    options = {"filter_name": filter_name} if filter_name else {}
    with libarchive.custom_writer(buf.write, fmt, **options) as archive:
        archive.add_file_from_memory("list.csv", len(CSV), CSV)
    return buf.getvalue()


def _tar(members: dict[str, bytes], kinds: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.type = (kinds or {}).get(name, tarfile.REGTYPE)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


# -- formats read now -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("list.cpio", lambda: _written("cpio"), "cpio"),
        ("list.newc", lambda: _written("cpio_newc"), "cpio"),
        ("list.xar", lambda: _written("xar"), "xar"),
        ("list.a", lambda: _written("ar_svr4"), "ar"),
        ("list.iso", lambda: _written("iso9660"), "iso9660"),
        ("list.tar.Z", lambda: _written("ustar", "compress"), "all"),
        ("list.tar.lz", lambda: _written("ustar", "lzip"), "all"),
        ("list.tar.zst", lambda: _written("ustar", "zstd"), "all"),
        ("list.tar.lzma", lambda: _written("ustar", "lzma"), "all"),
        ("list.tar.lz4", lambda: _written("ustar", "lz4"), "all"),
        ("list.cab", lambda: cab([("list.csv", CSV)]), "cab"),
    ],
)
def test_an_archive_of_a_format_libarchive_reads_is_read(name, make, kind) -> None:
    data = make()
    assert libarchive_format(data) == kind
    assert _read(name, data) == (True, [])


def test_a_compressed_file_keeps_its_name_without_the_compression_extension() -> None:
    data = subprocess.run(["lz4", "-q", "-c"], input=CSV, capture_output=True, check=True).stdout
    result = _extract("顧客.csv.lz4", data)
    assert "顧客.csv.lz4/顧客.csv" in [a.name for a in result.attachments]
    assert not result.incomplete


@pytest.mark.parametrize(
    "head",
    [b"]" + b"abc,def\n" * 4, b"070707" + b"9" * 80, b"\x1f\x9d\x7f" + b"x" * 20, b"xar!\x00\x05"],
)
def test_text_or_noise_with_a_short_magic_is_no_archive(head: bytes) -> None:
    assert libarchive_format(head) is None


def test_a_password_zip_inside_gzip_is_encrypted() -> None:
    # The decompressed stream is no archive libarchive reads here: it goes back to the
    # parent's dispatch, whose ZIP reader sees the password flag.
    password_zip = set_zip_flag(make_zip({"顧客.xlsx": b"x" * 200}), 0x1)
    result = _extract("顧客.zip.gz", gzip.compress(password_zip))
    assert any(a.encrypted for a in result.attachments), result.attachments


def test_an_encrypted_rar5_inside_bzip2_inside_gzip_is_encrypted() -> None:
    data = gzip.compress(bz2.compress(rar5([("a.csv", CSV)], encrypted=True)))
    assert any(a.encrypted for a in _extract("a.rar.bz2.gz", data).attachments)


def test_a_rar5_volume_inside_gzip_is_held() -> None:
    volume = bytearray(rar5([("a.csv", CSV)]))
    main = _rar5_header(_vint(1) + _vint(0) + _vint(0x0001))
    start = len(b"Rar!\x1a\x07\x01\x00")
    volume[start : start + len(main)] = main  # same length: only the flag changes
    _, held = _read("a.part1.rar.gz", gzip.compress(bytes(volume)))
    assert any("multi-volume" in why for why in held), held


# -- the end of an archive ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "padded"),
    [
        ("list.cpio", lambda: _written("cpio_newc"), True),
        ("list.a", lambda: _written("ar_svr4"), False),  # zeros: a damaged member header
        ("list.iso", lambda: _written("iso9660"), True),
        ("list.cab", lambda: cab([("list.csv", CSV)]), True),
        ("list.rar", lambda: rar5([("list.csv", CSV)]), True),
        ("list.rar", lambda: rar4([("list.csv", CSV)]), True),
        ("list.lzh", lambda: lzh([("list.csv", CSV)]), True),
        ("memo.txt.bz2", lambda: bz2.compress(b"memo\n"), True),
        ("list.tar.zst", lambda: _written("ustar", "zstd"), False),  # zeros: a bad frame
        ("list.tar.lz4", lambda: _written("ustar", "lz4"), True),
    ],
)
def test_a_few_bytes_after_an_archive_end_are_held(name, make, padded: bool) -> None:
    plain = make()
    assert not _read(name, plain)[1]
    # Zero padding passes where the reader allows it; elsewhere it is held as corrupt.
    assert bool(_read(name, plain + b"\x00" * 1024)[1]) is not padded
    assert _read(name, plain + b"tel 090-0000-0000\n")[1]


def test_a_tar_of_zeros_inside_gzip_goes_back_as_its_stream() -> None:
    # As before: the stream is inspected as blank.tar, in which nothing is found (held).
    result = _extract("blank.tar.gz", gzip.compress(b"\x00" * 10240))
    assert "blank.tar.gz/blank.tar" in [a.name for a in result.attachments]
    assert any("no file could be found" in why for why in result.incomplete)


def test_an_lzh_without_its_end_byte_is_held() -> None:
    archive = lzh([("a.csv", CSV)])
    assert archive.endswith(b"\x00")
    _, held = _read("a.lzh", archive[:-1])
    assert any("cut short" in why for why in held), held


def test_a_rar4_without_its_end_block_is_held() -> None:
    archive = rar4([("a.csv", CSV)])
    _, held = _read("a.rar", archive[: archive.rindex(CSV) + len(CSV)])
    assert any("cut short" in why for why in held), held


# -- volumes and encrypted headers --------------------------------------------------------


def test_a_rar4_with_encrypted_headers_is_encrypted() -> None:
    archive = bytearray(rar4([("a.csv", CSV)]))
    main = _rar4_block(0x73, 0x0080, b"\x00" * 6)
    archive[7 : 7 + len(main)] = main
    assert any(a.encrypted for a in _extract("a.rar", bytes(archive)).attachments)


@pytest.mark.parametrize("flags", [0x01, 0x02])
def test_a_rar4_member_split_across_volumes_is_held(flags: int) -> None:
    archive = bytearray(rar4([("a.csv", CSV)]))
    at = 7 + 13
    block = archive[at : at + 7 + 25 + len("a.csv")]
    kind, old, size = struct.unpack_from("<BHH", block, 2)
    head = struct.pack("<BHH", kind, old | flags, size) + block[7:]
    archive[at : at + len(block)] = struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head
    _, held = _read("a.part2.rar", bytes(archive))
    assert any("multi-volume" in why for why in held), held


def test_a_rar5_whose_end_header_says_a_volume_follows_is_held() -> None:
    archive = rar5([("a.csv", CSV)])
    end = _rar5_header(_vint(5) + _vint(0) + _vint(0))
    assert archive.endswith(end)
    volume = archive[: -len(end)] + _rar5_header(_vint(5) + _vint(0) + _vint(0x0001))
    _, held = _read("a.part1.rar", volume)
    assert any("multi-volume" in why for why in held), held


def test_one_cabinet_of_a_set_is_held() -> None:
    _, held = _read("a.cab", cab([("a.csv", CSV)], next_cabinet=True))
    assert any("multi-volume" in why for why in held), held


# -- tar entries libarchive drops or does not know -------------------------------------------


@pytest.mark.parametrize("kind", [b"M", b"X"])
def test_a_tar_entry_of_type_m_or_malformed_x_is_held(kind: bytes) -> None:
    data = _tar({"a.csv": CSV, "b.txt": b"hello"}, {"a.csv": kind})
    _, held = _read("a.tar", data)
    assert held


# -- self-extractors ----------------------------------------------------------------------


def test_a_cab_and_an_lzh_behind_a_program_are_read() -> None:
    stub = b"MZ" + b"\x90" * 500
    for archive in (cab([("a.csv", CSV)]), lzh([("a.csv", CSV)])):
        assert _read("setup.exe", stub + archive) == (True, [])


def test_many_fake_lzh_signatures_do_not_hide_a_rar_behind_them() -> None:
    fakes = b"MZ" + b"..-lh5-......................" * (MAX_CANDIDATES * 2)
    data = fakes + rar4([("a.csv", CSV)])
    assert [kind for kind, _ in embedded_starts(data)] == ["rar"]
    assert _read("setup.exe", data)[0]
