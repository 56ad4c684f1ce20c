"""Legacy binary Office attachments (.xls, .doc, .ppt): their text is read, so saving a
customer list in the 97-2003 format is no way around the guard.

The three fixtures were written by LibreOffice (tests/legacy_office/make_fixtures.py);
the synthetic Word files below cover what LibreOffice does not write: 8-bit pieces, nested
fields, Word 95, a damaged piece table.
"""

from __future__ import annotations

import struct
from pathlib import Path

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import Extraction, extract
from proxy.inspect.scan import PREFIX
from tests.test_inspect_attachments import W, lines, mail, make_ole, make_xlsx, ooxml, texts

FIXTURES = Path(__file__).parent / "legacy_office"
XLS = "application/vnd.ms-excel"
DOC = "application/msword"
PPT = "application/vnd.ms-powerpoint"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def counts(result: Extraction) -> dict[str, int]:
    found = find_all(result.segments, keywords=("社外秘", "取扱注意"))
    return {kind: len(finding.values) for kind, finding in found.items()}


def test_xls_rows_are_labelled_lines_with_dates_and_whole_numbers() -> None:
    data = (FIXTURES / "customers.xls").read_bytes()
    result = extract(mail(("顧客.xls", data, XLS)))
    assert result.incomplete == []
    got = lines(result, "attachment:顧客.xls")
    assert got[0] == "顧客.xls"  # the name, then the sheets
    assert "顧客一覧" in got
    assert (
        "氏名: 山田太郎\t生年月日: 1985-04-12\t電話番号: 090-1234-5678\t"
        "住所: 東京都新宿区西新宿2-8-1\tメール: taro@example.jp\t"
        "カード番号: 4111111111111111\tマイナンバー: 123456789018"
    ) in got
    # A number cell (a double in BIFF) comes back whole, not as 314159265352.0.
    assert any(line.endswith("マイナンバー: 314159265352") for line in got)
    assert "銀行: みずほ銀行\t支店: 新宿支店\t種別: 普通\t口座番号: 1234567" in got
    found = counts(result)
    assert found["my_number"] == 3  # labelled by the column header, rows below the title
    assert found["credit_card"] == 3
    assert found["date_of_birth"] == 5
    assert found["jp_phone"] == 5
    assert found["jp_address"] == 5
    assert found["email_address"] == 5
    assert found["jp_bank_account"] == 1


def test_doc_paragraphs_table_rows_header_and_field_results() -> None:
    data = (FIXTURES / "notice.doc").read_bytes()
    result = extract(mail(("通知.doc", data, DOC)))
    assert result.incomplete == []
    got = lines(result, "attachment:通知.doc")
    assert "緊急連絡先は 090-8765-4321 です。" in got
    assert "Please find the employee numbers below. Contact: HR desk." in got  # field result only
    assert not any("HYPERLINK" in line for line in got)
    assert "社外秘" in got  # the page header is a story of its own
    # Table rows stay rows; an empty cell stays a column, not a row break.
    assert "鈴木一郎\t\t1978年07月30日" in got
    assert "氏名: 高橋次郎\t個人番号: 314159265352\t生年月日: 2001年02月03日" in got
    found = counts(result)
    assert found["my_number"] == 3
    assert found["date_of_birth"] == 4
    assert found["keyword"] == 1


def test_ppt_slides_and_notes_text() -> None:
    data = (FIXTURES / "slides.ppt").read_bytes()
    result = extract(mail(("vip.ppt", data, PPT)))
    assert result.incomplete == []
    got = lines(result, "attachment:vip.ppt")
    assert "VIP顧客 連絡先" in got
    assert "田中美咲 06-6208-8181 福岡県福岡市中央区天神1-8-1" in got
    assert "取扱注意" in got  # speaker notes
    assert not any(line.startswith("___PPT") for line in got)  # tag names are not text
    found = counts(result)
    assert found["jp_phone"] == 5
    assert found["jp_address"] == 5


def test_legacy_files_are_read_by_their_magic_whatever_their_name() -> None:
    data = (FIXTURES / "customers.xls").read_bytes()
    result = extract(mail(("list.dat", data, "application/octet-stream")))
    assert "氏名: 佐藤花子" in texts(result, "attachment:list.dat")


# -- synthetic Word files ------------------------------------------------------------------


def word_file(
    pieces: list[tuple[str, bool]], *, nfib: int = 0xC1, clx: bytes | None = None
) -> bytes:
    """A Word 97 document: FIB, then the pieces' text; the piece table in 1Table.
    Each piece is (text, compressed: 8-bit Windows-1252 rather than UTF-16)."""
    csw, cslw, pairs = 14, 22, 93  # FibRgW97, FibRgLw97, FibRgFcLcb97 sizes
    fib_size = 32 + 2 + 2 * csw + 2 + 4 * cslw + 2 + 8 * pairs
    text = b""
    cps, pcds = [0], b""
    for content, compressed in pieces:
        offset = fib_size + len(text)
        if compressed:
            raw = content.encode("cp1252")
            fc = (offset * 2) | 0x40000000
        else:
            raw = content.encode("utf-16-le")
            fc = offset
        text += raw
        cps.append(cps[-1] + len(content))
        pcds += struct.pack("<HIH", 0, fc, 0)
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcds
    if clx is None:
        clx = b"\x01" + struct.pack("<h", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    fc_lcb = [0] * (2 * pairs)
    fc_lcb[2 * 33], fc_lcb[2 * 33 + 1] = 0, len(clx)  # fcClx, lcbClx
    fib = (
        struct.pack("<HHHHHH", 0xA5EC, nfib, 0, 0x0411, 0, 0x0200)  # fWhichTblStm: 1Table
        + bytes(20)
        + struct.pack("<H", csw) + bytes(2 * csw)
        + struct.pack("<H", cslw) + bytes(4 * cslw)
        + struct.pack("<H", pairs) + struct.pack(f"<{2 * pairs}I", *fc_lcb)
    )
    assert len(fib) == fib_size
    return make_ole({"WordDocument": fib + text, "1Table": clx})


def test_doc_8bit_and_utf16_pieces_and_nested_fields() -> None:
    data = word_file(
        [
            ("Card on file: 4111 1111 1111 1111\r", True),  # Word keeps Latin text 8-bit
            ("電話 \x13 HYPERLINK \x13 QUOTE x \x14y\x15\x14090-1234-5678\x15 まで\r", False),
            ("caf\xe9\x1e\x1fend\x07", True),
        ]
    )
    result = extract(mail(("memo.doc", data, DOC)))
    assert result.incomplete == []
    assert lines(result, "attachment:memo.doc")[1:] == [
        "Card on file: 4111 1111 1111 1111",
        "電話 090-1234-5678 まで",
        "café-end",
    ]


def test_word_95_and_damaged_word_files_are_reported_not_passed() -> None:
    old = word_file([("x\r", True)], nfib=0x68)
    damaged = word_file([("x\r", True)], clx=b"\x07garbage")
    result = extract(mail(("old.doc", old, DOC), ("bad.doc", damaged, DOC)))
    assert result.incomplete == [
        PREFIX + "attachment:old.doc: Word 6/95 documents are not read",
        PREFIX + "attachment:bad.doc: Word document with a damaged piece table",
    ]


def test_doc_text_cut_at_the_budget_is_reported() -> None:
    data = word_file([("電話 090-1234-5678\r" * 200, False)])
    result = extract(mail(("long.doc", data, DOC)), InspectConfig(max_text_bytes=1024))
    assert any("text limit of 1024 bytes" in reason for reason in result.incomplete)
    assert "090-1234-5678" in texts(result, "attachment:long.doc")


def test_truncated_xls_and_ppt_are_reported_as_corrupt() -> None:
    xls = (FIXTURES / "customers.xls").read_bytes()
    ppt = (FIXTURES / "slides.ppt").read_bytes()
    result = extract(
        mail(("cut.xls", xls[: len(xls) // 2], XLS), ("cut.ppt", ppt[:2048], PPT))
    )
    assert len(result.incomplete) == 2
    assert result.incomplete[0].startswith(PREFIX + "attachment:cut.xls: corrupt or unreadable")
    assert result.incomplete[1].startswith(PREFIX + "attachment:cut.ppt: corrupt or unreadable")


def test_an_xls_that_makes_the_reader_panic_or_abort_costs_a_child_not_the_guard() -> None:
    # Found fuzzing the fixture: cut short, calamine panics (a BaseException in Python);
    # one byte changed, it asks for ~700 GB and aborts the process. Either would have
    # ended the guard's process had the reader run in it.
    xls = (FIXTURES / "customers.xls").read_bytes()
    assert len(xls) == 7680 and xls[4281] != 189  # the fixture these offsets were found in
    aborting = xls[:4281] + bytes([189]) + xls[4282:]
    result = extract(
        mail(("cut.xls", xls[:7108], XLS), ("bomb.xls", aborting, XLS), ("ok.xls", xls, XLS))
    )
    assert result.incomplete == [
        PREFIX + "attachment:cut.xls: corrupt or unreadable xls file (PanicException)",
        PREFIX + "attachment:bomb.xls: corrupt or unreadable xls file (reader ended by signal 6)",
    ]
    assert "氏名: 佐藤花子" in texts(result, "attachment:ok.xls")  # the next file is read


def test_xls_rows_cut_at_the_budget_are_reported() -> None:
    xls = (FIXTURES / "customers.xls").read_bytes()
    result = extract(mail(("a.xls", xls, XLS)), InspectConfig(max_text_bytes=1024))
    assert any("text limit of 1024 bytes" in reason for reason in result.incomplete)
    assert "氏名: 山田太郎" in texts(result, "attachment:a.xls")


def test_legacy_files_cut_short_are_reported_never_read_in_part_silently() -> None:
    # A truncated attachment (a mail client's size limit, a broken transfer): olefile
    # reads what is there and only records the rest missing (ole.check_intact).
    for name in ("notice.doc", "slides.ppt", "customers.xls"):
        data = (FIXTURES / name).read_bytes()
        for size in range(600, len(data), len(data) // 7):
            result = extract(mail((name, data[:size], "application/octet-stream")))
            assert len(result.incomplete) == 1, (name, size)


# -- files embedded in Office documents ------------------------------------------------------


def ole_package(name: str, content: bytes) -> bytes:
    """An OLE Package object (a file inserted as an icon): its Ole10Native stream."""
    temp = f"C:\\Users\\u\\AppData\\Local\\Temp\\{name}".encode("cp932") + b"\0"
    body = (
        struct.pack("<H", 2)
        + name.encode("cp932") + b"\0"
        + f"C:\\Users\\u\\Desktop\\{name}".encode("cp932") + b"\0"
        + struct.pack("<I", 0x00030000)
        + struct.pack("<I", len(temp)) + temp
        + struct.pack("<I", len(content)) + content
    )
    return make_ole({"\x01Ole10Native": struct.pack("<I", len(body)) + body})


def test_files_embedded_in_word_and_powerpoint_are_read() -> None:
    # An Excel sheet inserted into a Word document as an object (OOXML keeps the .xlsx),
    # an old Excel object (an OLE compound file holding the workbook) and a CSV inserted
    # into a slide as an icon (an OLE package): each is a file the guard must read.
    xls = (FIXTURES / "customers.xls").read_bytes()
    csv = "氏名,電話番号\r\n田中,090-1111-2222\r\n".encode("cp932")
    docx = ooxml(
        {
            "word/document.xml": f"<w:document {W}><w:body><w:p><w:r><w:t>別紙の通り</w:t></w:r></w:p></w:body></w:document>",
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": make_xlsx(),
            "word/embeddings/oleObject1.bin": xls,
        }
    )
    pptx = ooxml(
        {
            "ppt/presentation.xml": '<p:presentation xmlns:p="urn:p"/>',
            "ppt/embeddings/oleObject1.bin": ole_package("名簿.csv", csv),
        }
    )
    result = extract(mail(("報告.docx", docx, DOCX), ("説明.pptx", pptx, PPTX)))
    assert result.incomplete == []
    names = [a.name for a in result.attachments]
    assert names == [
        "報告.docx",
        "報告.docx/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        "報告.docx/word/embeddings/oleObject1.bin",
        "説明.pptx",
        "説明.pptx/ppt/embeddings/oleObject1.bin",
        "説明.pptx/ppt/embeddings/oleObject1.bin/名簿.csv",
    ]
    found = find_all(result.segments)
    assert "123456789018" in found["my_number"].values  # the embedded .xlsx
    assert "4111111111111111" in found["credit_card"].values  # the embedded .xls
    assert found["jp_phone"].values["+819011112222"] == {  # the packaged CSV
        "attachment:説明.pptx/ppt/embeddings/oleObject1.bin/名簿.csv"
    }
