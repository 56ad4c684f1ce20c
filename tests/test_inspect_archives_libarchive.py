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
