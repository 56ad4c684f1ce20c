"""Limits: zip bombs, archive members, nesting depth, text budget, time. Hitting one leaves a
reason in `incomplete` and stops that part; it never raises and never passes silently."""

from __future__ import annotations

import io
import itertools
import struct
import zipfile
from email.message import EmailMessage

import openpyxl
import pytest

from proxy.config import InspectConfig
from proxy.inspect import Extraction, extract
from proxy.inspect import scan as scan_module
from proxy.inspect.scan import PREFIX


def mail(*files: tuple[str, bytes]) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = "limits"
    msg.set_content("body text\n")
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def texts(result: Extraction, location: str) -> str:
    return "\n".join(s.text for s in result.segments if s.location == location)


def test_zip_bomb_member_is_not_inflated() -> None:
    zeros = bytes(5 * 1024 * 1024)
    data = make_zip({"bomb.txt": zeros, "ok.txt": "口座 1234567".encode()})
    assert len(data) < 10_000  # ratio far above 100
    result = extract(mail(("a.zip", data)))
    assert result.incomplete == [
        PREFIX + "attachment:a.zip/bomb.txt: archive member expands more than 100 times"
    ]
    assert texts(result, "attachment:a.zip/bomb.txt") == "bomb.txt"  # its name, no content
    assert "口座 1234567" in texts(result, "attachment:a.zip/ok.txt")
    bomb = next(a for a in result.attachments if a.name == "a.zip/bomb.txt")
    assert bomb.size == len(zeros)  # the declared size is reported


def _patch_sizes(data: bytes, size: int) -> bytes:
    """Make every header declare `size` uncompressed bytes (APPNOTE §4.3.7, §4.3.12)."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = out.find(signature)
        while pos >= 0:
            struct.pack_into("<I", out, pos + offset, size)
            pos = out.find(signature, pos + 4)
    return bytes(out)


def test_member_that_inflates_beyond_its_declared_size() -> None:
    payload = ("名前 山田 電話 090-1234-5678\n" * 100_000).encode()
    honest = make_zip({"list.txt": payload})
    lying = _patch_sizes(honest, 1000)  # declares 1000 bytes: ratio looks harmless
    result = extract(mail(("l.zip", lying)))
    assert result.incomplete == [
        PREFIX + "attachment:l.zip/list.txt: corrupt archive member (BadZipFile)"
    ]
    assert len(texts(result, "attachment:l.zip/list.txt")) < 2000


def test_total_expansion_budget_across_members() -> None:
    member = bytes(900 * 1024)  # under the per-member floor, but many of them
    data = make_zip({f"z{i}.bin": member for i in range(30)})
    result = extract(mail(("many.zip", data)))
    assert len(result.incomplete) == 1
    assert result.incomplete[0].startswith(PREFIX + "attachment:many.zip/z")
    assert result.incomplete[0].endswith("archives expand to more than 100 times the message size")


def test_archive_member_limit() -> None:
    data = make_zip({f"f{i}.txt": b"x" for i in range(20)})
    result = extract(mail(("m.zip", data)), InspectConfig(max_archive_members=5))
    assert result.incomplete == [PREFIX + "attachment:m.zip: archive has more than 5 members"]
    assert len([a for a in result.attachments if a.name.startswith("m.zip/")]) == 5


def test_nested_archives_beyond_max_depth() -> None:
    data = "最深部 1234567".encode()
    name = "core.txt"
    for level in range(6):
        data = make_zip({name: data})
        name = f"z{level}.zip"
    result = extract(mail((name, data)), InspectConfig(max_depth=4))
    assert len(result.incomplete) == 1
    assert result.incomplete[0].endswith("nested deeper than 4 levels")
    assert not any("最深部" in s.text for s in result.segments)
    deep = extract(mail((name, data)), InspectConfig(max_depth=8))
    assert deep.incomplete == []
    assert any("最深部 1234567" in s.text for s in deep.segments)


def test_text_budget_cuts_and_reports_once() -> None:
    msg = EmailMessage()
    msg["Subject"] = "big"
    msg.set_content("あ" * 1000)  # 3000 bytes of the 4096
    msg.add_attachment("い" * 1000, filename="a.txt")
    msg.add_attachment("う" * 3000, filename="b.txt")
    result = extract(msg.as_bytes(), InspectConfig(max_text_bytes=4096))
    total = sum(len(s.text.encode()) for s in result.segments)
    assert total <= 4096
    assert result.incomplete == [PREFIX + "attachment:a.txt: text limit of 4096 bytes reached"]


def test_text_budget_stops_a_large_sheet_early() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["氏名", "電話"])
    for i in range(3000):
        ws.append([f"顧客{i}", f"090-0000-{i:04d}"])
    buf = io.BytesIO()
    wb.save(buf)
    result = extract(mail(("big.xlsx", buf.getvalue())), InspectConfig(max_text_bytes=8192))
    sheet = texts(result, "attachment:big.xlsx")
    assert "氏名: 顧客0\t電話: 090-0000-0000" in sheet
    assert "顧客2999" not in sheet
    assert result.incomplete == [PREFIX + "attachment:big.xlsx: text limit of 8192 bytes reached"]


def test_time_limit_before_anything() -> None:
    result = extract(mail(("a.txt", b"hello")), InspectConfig(max_seconds=1e-9))
    assert result.incomplete == [PREFIX + "inspection time limit of 1e-09 s reached"]


def test_time_limit_inside_a_long_sheet(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(
        f'<row><c t="inlineStr"><is><t>{"番号" if i < 0 else f"行{i}"}</t></is></c></row>'
        for i in range(-1, 60_000)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    xlsx = make_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": f"<workbook {ns}/>".encode(),
            "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>".encode(),
        }
    )
    data = mail(("rows.xlsx", xlsx))
    # Every look at the clock is one second later; the sheet alone is read in some sixty
    # 64 KiB slices, each looking at the clock, so 40 "seconds" run out inside it.
    clock = itertools.count()
    monkeypatch.setattr(scan_module.time, "monotonic", lambda: float(next(clock)))
    result = extract(data, InspectConfig(max_seconds=40))
    assert result.incomplete == [PREFIX + "inspection time limit of 40 s reached"]
    sheet = texts(result, "attachment:rows.xlsx")
    assert "番号: 行0" in sheet and "番号: 行59999" not in sheet


def test_billion_laughs_in_an_office_file() -> None:
    laughs = '<!DOCTYPE x [<!ENTITY a "hahahahahahahahahaha">'
    for i in range(1, 10):
        laughs += f'<!ENTITY {chr(97 + i)} "' + f"&{chr(96 + i)};" * 10 + '">'
    laughs += "]>"
    sheet = laughs + '<sst xmlns="urn:s"><si><t>&j;</t></si></sst>'
    data = make_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/sharedStrings.xml": sheet.encode(),
        }
    )
    result = extract(mail(("laugh.xlsx", data)))
    assert result.incomplete == [
        PREFIX + "attachment:laugh.xlsx: corrupt or unreadable xlsx file (ParseError)"
    ]


def test_expansion_budget_mid_sheet_keeps_what_was_read() -> None:
    rows = "".join(
        f'<row><c t="inlineStr"><is><t>{"番号" if i < 0 else f"行{i}"}</t></is></c></row>'
        for i in range(-1, 15_000)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>".encode()
    assert len(sheet) < 1024 * 1024  # below the per-member ratio floor: only the budget stops it
    xlsx = make_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": f"<workbook {ns}/>".encode(),
            "xl/worksheets/sheet1.xml": sheet,
        }
    )
    result = extract(mail(("rows.xlsx", xlsx)), InspectConfig(max_expansion_ratio=2))
    text = texts(result, "attachment:rows.xlsx")
    assert "番号: 行0" in text and "番号: 行14999" not in text
    assert result.incomplete == [
        PREFIX + "attachment:rows.xlsx: archives expand to more than 2 times the message size"
    ]
