"""A fifth review, of 7z archives and objects embedded in 97-2003 files: a 7z is known by
its magic whatever its name or type (a renamed PPAP archive was read as text), members of
the same name are all read or the archive reported, lifting thousands of embedded objects
stops at the deadline, a deflated object cut short is reported."""

from __future__ import annotations

import io
import struct
import time
import zlib

import olefile
import py7zr

from proxy.config import InspectConfig
from proxy.inspect import extract
from tests.cfb import compound_file
from tests.test_inspect_attachments import _seven_zip, mail, texts
from tests.test_inspect_legacy_cases import _tree
from tests.test_inspect_legacy_office import ppt_file, ppt_record, word_file

PII = ("氏名,電話番号\r\n" + "山田太郎,090-1234-5678\r\n" * 100).encode("cp932")


def test_encrypted_7z_named_csv_is_marked_encrypted_or_reported() -> None:
    locked = _seven_zip({"顧客.csv": PII}, password="pw")
    result = extract(mail(("顧客.csv", locked, "application/octet-stream")))
    assert result.attachments[0].encrypted or result.incomplete, result.attachments


def test_encrypted_7z_sent_as_text_plain_is_marked_encrypted_or_reported() -> None:
    locked = _seven_zip({"顧客.csv": PII}, password="pw")
    result = extract(mail(("a.7z", locked, "text/plain")))
    assert result.attachments[0].encrypted or result.incomplete, result.attachments


def test_plain_7z_named_txt_is_read_as_an_archive() -> None:
    packed = _seven_zip({"list.csv": PII})
    result = extract(mail(("notes.txt", packed, "text/plain")))
    assert [a.name for a in result.attachments] == ["notes.txt", "notes.txt/list.csv"]
    assert "氏名: 山田太郎\t電話番号: 090-1234-5678" in texts(result, "attachment:notes.txt/list.csv")


ONE_ROW = "氏名,電話番号\r\n山田太郎,090-1234-5678\r\n".encode("cp932")


def test_every_member_of_a_7z_with_colliding_names_is_inspected_or_reported() -> None:
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as archive:
        archive.writestr(b"cover letter", "a.csv")
        archive.writestr(ONE_ROW, "a.csv")  # extracted as "a.csv_0" ...
        archive.writestr(b"x", "a.csv_0")  # ... and replaced by this one
    result = extract(mail(("d.7z", buf.getvalue(), "application/x-7z-compressed")))
    seen = "\n".join(s.text for s in result.segments)
    assert "090-1234-5678" in seen or result.incomplete, [a.name for a in result.attachments]


def test_doc_with_many_embedded_objects_stops_near_the_deadline() -> None:
    doc = _tree(olefile.OleFileIO(io.BytesIO(word_file([("hello", True)]))))
    doc["ObjectPool"] = {f"_{i:010d}": {"CONTENTS": b"x"} for i in range(2000)}
    message = mail(("a.doc", compound_file(doc), "application/msword"))
    start = time.monotonic()
    result = extract(message, InspectConfig(max_seconds=1))
    elapsed = time.monotonic() - start
    assert result.incomplete
    assert elapsed < 3, elapsed


PPT = "application/vnd.ms-powerpoint"


def test_a_deflated_object_cut_short_is_reported() -> None:
    body = ("氏名,電話番号\r\n" + "山田太郎,090-1234-5678\r\n" * 200).encode("utf-8")
    packed = zlib.compress(body)
    record = ppt_record(0x1011, struct.pack("<I", len(body)) + packed[: len(packed) // 2])
    record = struct.pack("<H", 0x0010) + record[2:]  # recInstance 1: compressed
    stream = ppt_record(0x03E8, b"", container=True) + record + ppt_record(0x0FF5, bytes(28))
    result = extract(mail(("s.ppt", ppt_file(stream), PPT)))
    assert result.incomplete, [(s.location, s.text[:40]) for s in result.segments]
