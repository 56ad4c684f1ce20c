"""Review of the "hidden places" changes (74befba..d58b155): each test states the
expected behaviour and fails on the code under review."""

from __future__ import annotations

import io
import time

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text

from proxy.config import InspectConfig
from proxy.detectors import clear_caches, find_all
from proxy.inspect import extract
from proxy.model import Segment
from tests.test_inspect_attachments import mail, make_pdf


def found(data: bytes, senders: tuple[str, ...] = ()) -> dict[str, int]:
    clear_caches()
    ex = extract(data, InspectConfig())
    return {t: f.count for t, f in find_all(ex.segments, sender_addresses=senders).items()}


# -- LEAK: labels.cell_before drops a label that a 4-digit number follows ------------------
# The new rule keeps only the text after the previous cell's last 4-digit number, meant
# for a log line ending in a phone number. It also cuts a label followed, in its own
# cell, by a year or an example: the value below loses its label. All found at 74befba.

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("個人番号（2024年提出分）\n123456789018\n", "my_number"),
        ("マイナンバー（例：1234 5678 9012）\n123456789018\n", "my_number"),
        ("口座番号（2024年4月変更後）\n1234567\n", "jp_bank_account"),
        # a two-cell form row of a sheet (TAB between label cell and value cell)
        ("個人番号（2024年分）\t123456789018\n", "my_number"),
    ],
)
def test_a_year_inside_the_label_cell_does_not_unlabel_the_value(text: str, kind: str) -> None:
    clear_caches()
    assert kind in find_all([Segment(text, "body", "body")])


# -- LEAK: tabular's "a header row with a 5+ digit number is a record" -----------------------
# A real header holding a month column (202410) or an export date loses every label, so
# label-dependent values (My Number) under it are no longer found. Found at 74befba.

@pytest.mark.parametrize(
    "header",
    ["氏名,マイナンバー,202410,202411", "氏名,マイナンバー,,出力日 20241127"],
)
def test_a_header_row_with_a_long_number_still_labels_the_records(header: str) -> None:
    rows = "山田,123456789018,100,200\r\n佐藤,234567890121,100,200\r\n"
    data = (header + "\r\n" + rows).encode()
    assert found(mail(("名簿.csv", data, "text/csv"))).get("my_number") == 2


# -- ROBUSTNESS: vCard 2.1 quoted-printable soft line breaks are joined quadratically -------
# directory._content_lines does `value = value[:-1] + lines[i]` per soft break, and
# unfolded() never looks at the clock: a few MB of vCard cost minutes past the deadline.

def test_quoted_printable_soft_breaks_cost_linear_time() -> None:
    from proxy.inspect.directory import unfolded

    vcf = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
        + ("=41" * 25 + "=\r\n") * 30_000
        + "=41\r\nEND:VCARD\r\n"
    )
    started = time.perf_counter()
    unfolded(vcf)
    assert time.perf_counter() - started < 1.5  # ~0.1 s if linear; ~5 s now


# -- ROBUSTNESS: json_rendering ignores the deadline ----------------------------------------
# 6 MB of "[{},{},…]" takes ~10 s (and ~400 MB) with max_seconds=2, and nothing is noted.

def test_a_huge_json_array_respects_the_deadline() -> None:
    data = ("[" + "{}," * 2_000_000 + "{}]").encode()
    message = mail(("export.json", data, "application/json"))
    started = time.perf_counter()
    ex = extract(message, InspectConfig(max_seconds=2))
    elapsed = time.perf_counter() - started
    assert elapsed < 5 or any("time" in reason for reason in ex.incomplete)


# -- ROBUSTNESS: PDF annotation text ignores `room` in the child ---------------------------
# extract_pages checks `size > room` only before each page; a page's notes are all read
# (and pickled back to the parent) whatever their size. With /Contents in a compressed
# object stream, a small file yields gigabytes.

def test_pdf_notes_stop_at_the_text_room() -> None:
    from proxy.inspect.pdfium import extract_pages

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Estimate"]]))))
    for _ in range(40):
        writer.add_annotation(
            page_number=0, annotation=Text(rect=(50, 50, 100, 100), text="x" * 100_000)
        )
    buf = io.BytesIO()
    writer.write(buf)
    result = extract_pages(buf.getvalue(), 10_000)
    assert sum(len(p) for p in result.pages) < 250_000  # 4,000,000 now
    assert result.cut


# -- LEAK: uuencoded files past MAX_BLOCKS, and `uuencode -m` ------------------------------

_UU_HEAD = (
    b"From: a@example.co.jp\r\nTo: b@partner.example\r\nSubject: list\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
)
_CSV = "氏名,携帯\r\n山田,090-1111-2222\r\n佐藤,080-3333-4444\r\n".encode("cp932")


def _uu(name: bytes, data: bytes) -> bytes:
    import binascii

    lines = b"".join(binascii.b2a_uu(data[i : i + 45]) for i in range(0, len(data), 45))
    return b"begin 644 " + name + b"\n" + lines + b"`\nend\n"


def test_the_65th_uuencoded_file_is_read_or_noted() -> None:
    # uuencode.blocks stops at MAX_BLOCKS (64) silently: the 65th file stays encoded
    # gibberish in the body text and nothing marks the message not fully inspected.
    body = b"".join(_uu(b"empty%d.txt" % i, b"nothing here\n") for i in range(64))
    body += _uu(b"list.csv", _CSV)
    ex = extract(_UU_HEAD + body.replace(b"\n", b"\r\n"), InspectConfig())
    clear_caches()
    phones = find_all(ex.segments).get("jp_phone")
    assert (phones is not None and phones.count == 2) or ex.incomplete


def test_a_base64_uuencoded_file_is_read_or_noted() -> None:
    # POSIX `uuencode -m` writes "begin-base64 644 name" … "====": not recognised, so the
    # file is read as base64 gibberish and nothing is noted.
    import base64

    body = b"begin-base64 644 list.csv\n" + base64.encodebytes(_CSV) + b"====\n"
    ex = extract(_UU_HEAD + body.replace(b"\n", b"\r\n"), InspectConfig())
    clear_caches()
    phones = find_all(ex.segments).get("jp_phone")
    assert (phones is not None and phones.count == 2) or ex.incomplete


# -- LEAK: XML comments are not read, while HTML comments now are ---------------------------

def test_a_comment_in_an_xml_export_is_read() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<orders>'
        "<!-- 担当 山田 携帯 090-1111-2222 --><order><id>A1</id></order></orders>"
    )
    assert found(mail(("orders.xml", xml.encode(), "application/xml"))).get("jp_phone") == 1
