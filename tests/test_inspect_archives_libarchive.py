"""RAR, LZH, tar and compressed files, read by libarchive in a child process: their
members are inspected like a ZIP's, an encrypted member is an encrypted attachment (RAR
is PPAP's other archive), and a file libarchive cannot read is reported, never passed."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
from collections.abc import Callable

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.judge import Judge
from proxy.model import Envelope
from proxy.rules import load_rules
from tests.archivefiles import lzh, rar4, rar5
from tests.test_check_cli import ROOT
from tests.test_inspect_attachments import mail, texts

# A customer list: five people, mobiles; the shipped rules confirm it when it leaves.
ROWS = [f"顧客{k},090-1111-{2220 + k},tanaka{k}@customer.example" for k in range(6)]
CSV = ("氏名,携帯,メール\r\n" + "\r\n".join(ROWS) + "\r\n").encode("cp932")


def tgz(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def phones(data: bytes) -> int:
    found = find_all(extract(data).segments)
    return found["jp_phone"].count if "jp_phone" in found else 0


@pytest.mark.parametrize(
    ("name", "archive"),
    [
        ("名簿.rar", rar4([("顧客リスト.csv", CSV), ("readme.txt", b"see the list")])),
        ("名簿.rar", rar5([("顧客リスト.csv", CSV), ("readme.txt", b"see the list")])),
        ("名簿.lzh", lzh([("顧客リスト.csv", CSV), ("readme.txt", b"see the list")])),
        ("名簿.tar.gz", tgz({"顧客リスト.csv": CSV, "readme.txt": b"see the list"})),
    ],
)
def test_members_are_read_with_their_names(name: str, archive: bytes) -> None:
    result = extract(mail((name, archive, "application/octet-stream")))
    assert not result.incomplete, result.incomplete
    names = [a.name for a in result.attachments]
    # The member's Japanese name (CP932 in RAR 4 and LZH, UTF-8 in RAR 5 and tar) reads
    # right: it is shown to the sender and matched by attachment_name rules.
    assert f"{name}/顧客リスト.csv" in names and f"{name}/readme.txt" in names
    assert "090-1111-2223" in texts(result, f"attachment:{name}/顧客リスト.csv")
    assert phones(mail((name, archive, "application/octet-stream"))) == 6


def test_an_archive_is_known_by_its_bytes_whatever_its_name() -> None:
    for archive in (rar4([("a.csv", CSV)]), rar5([("a.csv", CSV)]), lzh([("a.csv", CSV)])):
        assert phones(mail(("scan.pdf", archive, "application/pdf"))) == 6
        assert phones(mail(("notes.txt", archive, "text/plain"))) == 6


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("顧客リスト.csv.gz", gzip.compress(CSV)),
        ("顧客リスト.csv.bz2", bz2.compress(CSV)),
        ("顧客リスト.csv.xz", lzma.compress(CSV)),
    ],
)
def test_a_compressed_file_is_read_under_its_own_name(name: str, data: bytes) -> None:
    result = extract(mail((name, data, "application/octet-stream")))
    assert not result.incomplete
    inner = name.rsplit(".", 1)[0]
    assert f"{name}/{inner}" in [a.name for a in result.attachments]
    assert phones(mail((name, data, "application/octet-stream"))) == 6


@pytest.mark.parametrize("writer", [rar4, rar5])
def test_an_encrypted_rar_member_is_an_encrypted_attachment(
    writer: Callable[..., bytes],
) -> None:
    archive = writer([("顧客リスト.csv", CSV)], encrypted=True)
    result = extract(mail(("名簿.rar", archive, "application/vnd.rar")))
    by_name = {a.name: a for a in result.attachments}
    assert by_name["名簿.rar"].encrypted
    if writer is rar4:  # RAR 5: the whole archive is flagged (see archive_child.rar5_state)
        assert by_name["名簿.rar/顧客リスト.csv"].encrypted
    # Nothing of the (here: stored) data was read as if it were plain text.
    assert "090-1111" not in texts(result, "attachment:名簿.rar/顧客リスト.csv")
    rules = load_rules(ROOT / "rules", internal_domains=["example.co.jp"])
    view, decision = Judge(rules, InspectConfig())(
        Envelope("sender@example.co.jp", ("someone@partner.example",)),
        mail(("名簿.rar", archive, "application/vnd.rar")),
    )
    assert view.findings["encrypted_attachment"].count == 1
    assert decision.action.label == "hold"
    assert "encrypted-attachment" in [r.rule for r in decision.reasons]


def test_rar5_with_encrypted_headers_is_encrypted() -> None:
    # Header type 4 (archive encryption): nothing after it can be read without the key.
    plain = rar5([("a.csv", CSV)])
    signature = len(b"Rar!\x1a\x07\x01\x00")
    from tests.archivefiles import _rar5_header, _vint

    locked = plain[:signature] + _rar5_header(_vint(4) + _vint(0) + _vint(0) + _vint(0)) + b"\x00" * 64
    result = extract(mail(("a.rar", locked, "application/vnd.rar")))
    assert [a.encrypted for a in result.attachments if a.name == "a.rar"] == [True]


@pytest.mark.parametrize(
    "broken",
    [
        b"Rar!\x1a\x07\x00" + b"\x00" * 40,  # a RAR 4 marker and nothing sensible
        rar4([("a.csv", CSV)])[:60],  # cut short inside the member
        b"\x1f\x8b" + b"\x00" * 30,  # a gzip magic and garbage
    ],
)
def test_an_archive_libarchive_cannot_read_is_reported(broken: bytes) -> None:
    result = extract(mail(("a.rar", broken, "application/octet-stream")))
    assert any("a.rar" in why for why in result.incomplete), result.incomplete


def test_members_over_the_limit_are_reported() -> None:
    archive = rar4([(f"{k}.txt", b"x") for k in range(12)])
    result = extract(mail(("many.rar", archive, "application/vnd.rar")),
                     InspectConfig(max_archive_members=10))
    assert any("member limits" in why for why in result.incomplete), result.incomplete


def test_a_bomb_stops_at_the_expansion_budget() -> None:
    bomb = gzip.compress(b"0" * (64 << 20))  # 64 MB of zeros in ~64 KB
    result = extract(mail(("zeros.txt.gz", bomb, "application/gzip")),
                     InspectConfig(max_expansion_ratio=20, max_text_bytes=1 << 20))
    assert result.incomplete
    assert all(a.size < (64 << 20) for a in result.attachments)


# -- a review -------------------------------------------------------------------------


def test_a_compressed_file_starting_with_zeros_is_read() -> None:
    # libarchive's tar reader takes 1024 zero bytes for an empty tar archive.
    data = gzip.compress(b"\0" * 1024 + CSV)
    assert phones(mail(("list.csv.gz", data, "application/gzip"))) == 6


def test_a_tar_that_ends_before_its_content_is_held() -> None:
    result = extract(mail(("list.tar", b"\0" * 1024 + CSV, "application/x-tar")))
    assert result.incomplete
    assert "090-1111" not in " ".join(s.text for s in result.segments)
    archive = tgz({"a.txt": b"hello"})
    raw = gzip.decompress(archive) + b"\0" * 20480 + CSV * 200
    result = extract(mail(("more.tar", raw, "application/x-tar")))
    assert any("after the archive's end" in why for why in result.incomplete), result.incomplete


@pytest.mark.parametrize(
    "archive",
    [
        b"MZ" + b"\x90" * 62 + rar5([("a.csv", CSV)]),  # a self-extractor's stub first
        b"MZ" + b"\x90" * 62 + rar4([("a.csv", CSV)], encrypted=True),
        bytes(range(64)) + lzh([("a.csv", CSV)]),
    ],
)
def test_an_archive_libarchive_does_not_know_is_held_not_passed(archive: bytes) -> None:
    result = extract(mail(("list.rar", archive, "application/octet-stream")))
    assert result.incomplete or any(a.encrypted for a in result.attachments)
    assert "list.rar/data" not in [a.name for a in result.attachments]


def _rar5_with_extra(records: bytes, name: bytes = b"a.csv") -> bytes:
    """A stored RAR 5 member whose extra area is `records` (each size + type + data)."""
    from tests.archivefiles import _rar5_header, _vint

    extra = records
    fields = (
        _vint(2) + _vint(0x0003) + _vint(len(extra)) + _vint(len(CSV))
        + _vint(0) + _vint(len(CSV)) + _vint(0x20) + _vint(0) + _vint(0)
        + _vint(len(name)) + name + extra
    )
    return (
        b"Rar!\x1a\x07\x01\x00" + _rar5_header(_vint(1) + _vint(0) + _vint(0))
        + _rar5_header(fields) + CSV + _rar5_header(_vint(5) + _vint(0) + _vint(0))
    )


def _crypt_record() -> bytes:
    from tests.archivefiles import _vint

    body = _vint(1) + _vint(0) + _vint(0) + bytes([15]) + b"\x11" * 32
    return _vint(len(body)) + body


@pytest.mark.parametrize(
    "archive",
    [
        _rar5_with_extra(_crypt_record(), name="顧客.csv".encode("cp932")),  # not UTF-8
        _rar5_with_extra(_crypt_record(), name=b"a.csv\x00x"),
        # A record whose size is wrong before the encryption record.
        _rar5_with_extra(b"\x64\x03\x00" + _crypt_record()),
        _rar5_with_extra(b"\x00\x03\x00" + _crypt_record()),
    ],
)
def test_rar5_encryption_is_not_missed(archive: bytes) -> None:
    result = extract(mail(("a.rar", archive, "application/vnd.rar")))
    assert result.incomplete or [a.encrypted for a in result.attachments if a.name == "a.rar"] == [
        True
    ]
    assert "090-1111" not in " ".join(s.text for s in result.segments)


def test_one_part_of_a_rar5_volume_set_is_held() -> None:
    from tests.archivefiles import _rar5_header, _vint

    whole = rar5([("a.csv", CSV)])
    signature = len(b"Rar!\x1a\x07\x01\x00")
    main_header = _rar5_header(_vint(1) + _vint(0) + _vint(0))
    volume = whole[:signature] + _rar5_header(_vint(1) + _vint(0) + _vint(1)) + whole[
        signature + len(main_header) :
    ]
    result = extract(mail(("a.part1.rar", volume, "application/vnd.rar")))
    assert any("multi-volume" in why for why in result.incomplete), result.incomplete


@pytest.mark.parametrize(
    "text",
    [
        "x" * 257 + "ustar,090-1111-2220,090-1111-2221,090-1111-2222,090-1111-2223,090-1111-2224",
        "1,-lh5-,090-1111-2220\n2,a,090-1111-2221\n3,a,090-1111-2222\n4,a,090-1111-2223\n"
        "5,a,090-1111-2224\n" + "6,a,b\n" * 5,
    ],
)
def test_a_text_file_that_looks_like_an_archive_is_read_as_text(text: str) -> None:
    result = extract(mail(("notes.csv", text.encode(), "text/csv")))
    assert not result.incomplete, result.incomplete
    assert phones(mail(("notes.csv", text.encode(), "text/csv"))) == 5


# -- a PPAP hunt ------------------------------------------------------------------------


def test_a_rar_that_stores_a_zip_is_read_as_the_rar() -> None:
    # WinRAR stores what is already compressed; libarchive's ZIP reader, asked to bid
    # too, took the inner ZIP's end record for the whole file and the rest went unseen.
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as inner:
        inner.writestr("a.txt", "hello")
    for writer in (rar4, rar5, lzh):
        archive = writer([("in.zip", buf.getvalue()), ("顧客.csv", CSV)])
        result = extract(mail(("資料.rar", archive, "application/octet-stream")))
        names = [a.name for a in result.attachments]
        assert "資料.rar/顧客.csv" in names and "資料.rar/in.zip/a.txt" in names, (writer, names)
        assert phones(mail(("資料.rar", archive, "application/octet-stream"))) == 6
    locked = rar4([("in.zip", buf.getvalue()), ("顧客.csv", CSV)], encrypted=frozenset({"顧客.csv"}))
    result = extract(mail(("資料.rar", locked, "application/octet-stream")))
    assert [a.encrypted for a in result.attachments if a.name == "資料.rar"] == [True]
