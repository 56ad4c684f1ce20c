"""Attachment text: spreadsheets, documents, PDFs, CSV in Japanese encodings, archives,
and the encryption flags PPAP mail is caught by. Every file is built here, in the test."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from email.message import EmailMessage

import openpyxl
import pypdfium2
import pytest
from pypdf import PageObject, PdfReader, PdfWriter

from proxy.detectors import find_all
from proxy.inspect import Extraction, extract
from proxy.inspect.scan import PREFIX
from tests.cfb import compound_file

# -- builders ----------------------------------------------------------------------------


def mail(*files: tuple[str, bytes, str]) -> bytes:
    """A message with a short body and these (name, data, content type) attachments."""
    msg = EmailMessage()
    msg["From"] = "sender@example.co.jp"
    msg["To"] = "someone@partner.example"
    msg["Subject"] = "資料送付"
    msg.set_content("資料をお送りします。\n")
    for name, data, ctype in files:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def texts(result: Extraction, location: str) -> str:
    return "\n".join(s.text for s in result.segments if s.location == location)


def lines(result: Extraction, location: str) -> list[str]:
    return texts(result, location).splitlines()


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "顧客一覧"
    ws.append(["氏名", "マイナンバー", "電話番号", "生年月日", "メール"])
    ws.append(["山田太郎", 123456789018, "090-1234-5678", date(1985, 4, 12), "taro@example.jp"])
    ws.append([])
    ws.append(["佐藤花子", None, "03-1234-5678", date(1990, 12, 1), "hanako@example.jp"])
    ws2 = wb.create_sheet("口座")
    ws2.append(["銀行", "口座番号"])
    ws2.append(["みずほ", "1234567"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def ooxml(parts: dict[str, str | bytes]) -> bytes:
    files: dict[str, str | bytes] = {"[Content_Types].xml": '<?xml version="1.0"?><Types/>'}
    files.update(parts)
    return make_zip(
        {name: part.encode() if isinstance(part, str) else part for name, part in files.items()}
    )


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def make_docx() -> bytes:
    body = (
        f"<w:document {W}><w:body>"
        '<w:p><w:r><w:t>契約書</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">第1条</w:t></w:r></w:p>'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>口座番号</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>7654321</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:del><w:r><w:delText>削除した電話 090-0000-1111</w:delText></w:r></w:del></w:p>"
        "</w:body></w:document>"
    )
    header = f"<w:hdr {W}><w:p><w:r><w:t>社外秘</w:t></w:r></w:p></w:hdr>"
    return ooxml({"word/document.xml": body, "word/header1.xml": header})


def make_pptx() -> bytes:
    def slide(text: str) -> str:
        return f'<p:sld xmlns:p="urn:p" {A}><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:sld>'

    return ooxml(
        {
            "ppt/presentation.xml": '<p:presentation xmlns:p="urn:p"/>',
            "ppt/slides/slide10.xml": slide("十枚目"),
            "ppt/slides/slide2.xml": slide("二枚目"),
            "ppt/slides/slide1.xml": slide("一枚目"),
            "ppt/notesSlides/notesSlide1.xml": slide("ノート 秘密"),
        }
    )


def _pdf_string(text: str) -> bytes:
    return (
        text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )


def make_pdf(pages: list[list[str]], compress: bool = True) -> bytes:
    """A small but complete PDF (ISO 32000-1 §7.5) with Helvetica text lines."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, page in enumerate(pages):
        shown = b" ".join(b"(" + _pdf_string(line) + b") '" for line in page)
        content = b"BT /F1 10 Tf 12 TL 50 800 Td " + shown + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        data = zlib.compress(content) if compress else content
        flt = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), flt, data))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def encrypt_pdf(data: bytes, user: str, owner: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_ole(streams: dict[str, bytes]) -> bytes:
    return compound_file(dict(streams))


def set_zip_flag(data: bytes, bit: int) -> bytes:
    """Set a general-purpose flag bit in every local and central header (APPNOTE §4.4.4)."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = out.find(signature)
        while pos >= 0:
            (flags,) = struct.unpack_from("<H", out, pos + offset)
            struct.pack_into("<H", out, pos + offset, flags | bit)
            pos = out.find(signature, pos + 4)
    return bytes(out)


# -- spreadsheets --------------------------------------------------------------------------


def test_xlsx_rows_become_labelled_lines() -> None:
    result = extract(mail(("customers.xlsx", make_xlsx(), "application/octet-stream")))
    got = lines(result, "attachment:customers.xlsx")
    assert got == [
        "customers.xlsx",
        "顧客一覧",
        "氏名\tマイナンバー\t電話番号\t生年月日\tメール",
        "氏名: 山田太郎\tマイナンバー: 123456789018\t電話番号: 090-1234-5678\t"
        "生年月日: 1985-04-12\tメール: taro@example.jp",
        "氏名: 佐藤花子\t電話番号: 03-1234-5678\t生年月日: 1990-12-01\tメール: hanako@example.jp",
        "口座",
        "銀行\t口座番号",
        "銀行: みずほ\t口座番号: 1234567",
    ]
    assert result.attachments[0].name == "customers.xlsx"
    assert result.incomplete == []


def test_xlsx_shared_strings_skip_furigana_and_read_inline_and_numbers() -> None:
    shared = (
        f"<sst {S}><si><t>氏名</t></si><si><r><t>山田</t></r><r><t>太郎</t></r>"
        '<rPh sb="0" eb="2"><t>ヤマダタロウ</t></rPh></si><si><t>番号</t></si></sst>'
    )
    sheet = (
        f"<worksheet {S}><sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2"><v>1.23456789018E+11</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>インライン</t></is></c>'
        '<c r="B3" t="b"><v>1</v></c></row>'
        "</sheetData></worksheet>"
    )
    data = ooxml(
        {
            "xl/workbook.xml": f"<workbook {S}/>",
            "xl/sharedStrings.xml": shared,
            "xl/worksheets/sheet1.xml": sheet,
        }
    )
    result = extract(mail(("list.xlsm", data, "application/vnd.ms-excel.sheet.macroEnabled.12")))
    assert lines(result, "attachment:list.xlsm")[1:] == [
        "氏名\t番号",
        "氏名: 山田太郎\t番号: 123456789018",
        "氏名: インライン\tTRUE",
    ]


def test_shift_jis_csv() -> None:
    csv_text = "氏名,マイナンバー,口座番号\r\n山田太郎,123456789018,1234567\r\n髙橋①,,7654321\r\n"
    result = extract(mail(("顧客.csv", csv_text.encode("cp932"), "text/csv")))
    assert lines(result, "attachment:顧客.csv") == [
        "顧客.csv",
        "氏名\tマイナンバー\t口座番号",
        "氏名: 山田太郎\tマイナンバー: 123456789018\t口座番号: 1234567",
        "氏名: 髙橋①\t口座番号: 7654321",
    ]


def test_tab_separated_file_named_csv_and_a_tsv() -> None:
    tsv = "名前\t電話\n山田\t090-1111-2222\n".encode("utf-16")
    result = extract(
        mail(
            ("a.csv", tsv, "application/octet-stream"),
            ("b.tsv", b"x\ty\n1\t2\n", "text/tab-separated-values"),
        )
    )
    assert lines(result, "attachment:a.csv")[1:] == [
        "名前\t電話",
        "名前: 山田\t電話: 090-1111-2222",
    ]
    assert lines(result, "attachment:b.tsv")[1:] == ["x\ty", "x: 1\ty: 2"]


def test_malformed_csv_falls_back_to_raw_text() -> None:
    huge = '名前,メモ\n山田,"' + "x" * 200_000 + "\n"  # an unclosed quote over the field limit
    result = extract(mail(("bad.csv", huge.encode(), "text/csv")))
    body = texts(result, "attachment:bad.csv")
    assert "山田" in body and len(body) > 200_000
    assert result.incomplete == []


# -- documents -----------------------------------------------------------------------------


def test_docx_text_tables_headers_and_tracked_deletions() -> None:
    result = extract(mail(("契約.docx", make_docx(), "application/octet-stream")))
    assert lines(result, "attachment:契約.docx") == [
        "契約.docx",
        "契約書\t第1条",
        "口座番号\t7654321",
        "削除した電話 090-0000-1111",
        "社外秘",
        # The table again, each value with its column's header (tabular.pasted_tables).
        "契約書: 口座番号\t第1条: 7654321\t口座番号: 7654321",
    ]


def test_pptx_slides_in_number_order_and_notes() -> None:
    result = extract(mail(("deck.pptx", make_pptx(), "application/octet-stream")))
    assert lines(result, "attachment:deck.pptx")[1:] == [
        "一枚目",
        "二枚目",
        "十枚目",
        "ノート 秘密",
    ]


def test_odt_content() -> None:
    content = (
        '<office:document-content xmlns:office="urn:o" xmlns:text="urn:t"><office:body>'
        "<text:p>住所 東京都千代田区</text:p><text:p>電話<text:tab/>03-1234-5678</text:p>"
        "</office:body></office:document-content>"
    )
    data = make_zip(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()}
    )
    result = extract(mail(("memo.odt", data, "application/octet-stream")))
    assert lines(result, "attachment:memo.odt")[1:] == ["住所 東京都千代田区", "電話\t03-1234-5678"]


def test_ods_table_rows_are_labelled_by_their_header() -> None:
    # A second red team: each cell came out on its own line, so no column label reached
    # its values (5 dates of birth under 生年月日: none found).
    t = 'xmlns:table="urn:tb"'
    cells = [["氏名", "生年月日", "電話"], ["山田", "1980/04/01", "9012345678"],
             ["佐藤", "1985/05/05", "8023456789"]]
    rows = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
        + '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        for row in cells
    )
    content = (
        f'<office:document-content xmlns:office="urn:o" xmlns:text="urn:t" {t}><office:body>'
        f"<text:p>顧客名簿</text:p><table:table>{rows}</table:table>"
        "</office:body></office:document-content>"
    )
    data = make_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                     "content.xml": content.encode()})
    result = extract(mail(("list.ods", data, "application/octet-stream")))
    got = lines(result, "attachment:list.ods")
    assert got[1:5] == ["顧客名簿", "氏名\t生年月日\t電話", "山田\t1980/04/01\t9012345678",
                        "佐藤\t1985/05/05\t8023456789"]
    assert "氏名: 山田\t生年月日: 1980/04/01\t電話: 09012345678" in got


def _odf(kind: str, body: str) -> bytes:
    content = ('<office:document-content xmlns:office="urn:o" xmlns:text="urn:t" '
               f'xmlns:table="urn:tb"><office:body>{body}</office:body></office:document-content>')
    return make_zip({"mimetype": f"application/vnd.oasis.opendocument.{kind}".encode(),
                     "content.xml": content.encode()})


def test_an_ods_section_row_does_not_split_the_table() -> None:
    # Found by a review: a row with one filled cell ("営業部") ended the table.
    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(
            f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" if c
            else "<table:table-cell/>" for c in cells) + "</table:table-row>"
    body = "<table:table>" + row("氏名", "生年月日", "電話") + row("営業部", "", "") + row(
        "山田太郎", "1980/4/1", "なし") + "</table:table>"
    result = extract(mail(("list.ods", _odf("spreadsheet", body), "application/octet-stream")))
    assert "氏名: 山田太郎\t生年月日: 1980/4/1\t電話: なし" in lines(result, "attachment:list.ods")


def test_deeply_nested_odf_spans_are_read() -> None:
    deep = "<text:span>" * 5000 + "x" + "</text:span>" * 5000
    body = f"<text:p>{deep}</text:p><text:p>生年月日 1980年4月1日</text:p>"
    result = extract(mail(("memo.odt", _odf("text", body), "application/octet-stream")))
    assert "生年月日 1980年4月1日" in lines(result, "attachment:memo.odt")
    assert not result.incomplete


def test_a_pdf_tables_space_separated_columns_are_labelled() -> None:
    # A second red team: a PDF member list's dates of birth, under their column header
    # at the top only, were not found.
    pdf = make_pdf([["Member list", "No Name Sex DOB", "A001 Taro Yamada M 04/01/1980",
                     "A002 Hanako Sato F 12/24/1975"]])
    result = extract(mail(("members.pdf", pdf, "application/pdf")))
    found = find_all(result.segments)
    assert list(found["date_of_birth"].values) == ["1980-04-01", "1975-12-24"]


def test_pdf_text_and_embedded_file() -> None:
    pdf = make_pdf([["Customer list", "Card 4111 1111 1111 1111"], ["Tel 090-1234-5678"]])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment("inner.csv", "名前,電話\n山田,090-9999-8888\n".encode())
    buf = io.BytesIO()
    writer.write(buf)
    result = extract(mail(("report.pdf", buf.getvalue(), "application/pdf")))
    text = texts(result, "attachment:report.pdf")
    assert "Card 4111 1111 1111 1111" in text and "Tel 090-1234-5678" in text
    assert lines(result, "attachment:report.pdf/inner.csv")[1:] == [
        "名前\t電話",
        "名前: 山田\t電話: 090-9999-8888",
    ]
    assert [a.name for a in result.attachments] == ["report.pdf", "report.pdf/inner.csv"]


def test_pdf_pages_are_read_with_pdfium_lines_end_with_newline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_pypdf(*args: object, **kwargs: object) -> str:
        raise AssertionError("page text is PDFium's")

    monkeypatch.setattr(PageObject, "extract_text", not_pypdf)
    pdf = make_pdf([["Customer list", "Tel 090-1234-5678"], ["Card 4111 1111 1111 1111"]])
    result = extract(mail(("report.pdf", pdf, "application/pdf")))
    assert lines(result, "attachment:report.pdf") == [
        "report.pdf",
        "Customer list",
        "Tel 090-1234-5678",
        "Card 4111 1111 1111 1111",
    ]
    assert result.incomplete == []


def test_pdf_that_pdfium_cannot_open_is_read_with_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise pypdfium2.PdfiumError("Failed to load document")

    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    pdf = make_pdf([["Customer list", "Tel 090-1234-5678"]])
    result = extract(mail(("report.pdf", pdf, "application/pdf")))
    assert "Tel 090-1234-5678" in texts(result, "attachment:report.pdf")
    assert result.incomplete == []


def test_pdfs_read_in_threads_at_once() -> None:
    # PDFium is not thread-safe: pdf.py serialises every call; the guard judges in threads.
    pdfs = [make_pdf([[f"Tel 090-1234-{n:04d}"] * 40] * 5) for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda d: extract(mail(("r.pdf", d, "application/pdf"))), pdfs))
    for n, result in enumerate(results):
        assert lines(result, "attachment:r.pdf")[1:] == [f"Tel 090-1234-{n:04d}"] * 200
        assert result.incomplete == []


def test_password_protected_pdf_is_encrypted_owner_only_pdf_is_read() -> None:
    pdf = make_pdf([["Tel 090-1234-5678"]])
    locked = encrypt_pdf(pdf, user="secret", owner="owner")
    restricted = encrypt_pdf(pdf, user="", owner="owner")
    result = extract(
        mail(
            ("locked.pdf", locked, "application/pdf"),
            ("restricted.pdf", restricted, "application/pdf"),
        )
    )
    flags = {a.name: a.encrypted for a in result.attachments}
    assert flags == {"locked.pdf": True, "restricted.pdf": False}
    assert texts(result, "attachment:locked.pdf") == "locked.pdf"
    assert "Tel 090-1234-5678" in texts(result, "attachment:restricted.pdf")
    assert result.incomplete == []


def test_misnamed_office_file_is_read_by_its_magic() -> None:
    result = extract(mail(("export.dat", make_xlsx(), "application/octet-stream")))
    assert "氏名: 山田太郎" in texts(result, "attachment:export.dat")


def test_text_attachments_in_japanese_encodings() -> None:
    html = '<html><head><meta charset="shift_jis"></head><body><p>住所&nbsp;大阪府</p></body>'
    result = extract(
        mail(
            ("memo.txt", "会員番号 12345 です".encode("euc_jp"), "text/plain"),
            ("page.html", html.encode("cp932"), "text/html"),
        )
    )
    assert texts(result, "attachment:memo.txt") == "memo.txt\n会員番号 12345 です"
    assert texts(result, "attachment:page.html") == "page.html\n住所\xa0大阪府"


# -- archives ------------------------------------------------------------------------------


def test_zip_recursive_with_locations_and_cp932_names() -> None:
    inner_zip = make_zip({"deep.txt": "口座 1234567".encode()})
    eml = b"Subject: in zip\r\n\r\nTel 03-0000-0000\r\n"
    data = make_zip(
        {
            "XXXX.csv": b"a,b\n1,2\n",  # renamed to CP932 bytes below
            "sub/inner.zip": inner_zip,
            "mail.eml": eml,
            "__MACOSX/._XXXX.csv": b"\x00\x05\x16\x07",
        }
    )
    data = data.replace(b"XXXX.csv", "顧客.csv".encode("cp932"))
    result = extract(mail(("outer.zip", data, "application/zip")))
    assert [a.name for a in result.attachments] == [
        "outer.zip",
        "outer.zip/顧客.csv",
        "outer.zip/sub/inner.zip",
        "outer.zip/sub/inner.zip/deep.txt",
        "outer.zip/mail.eml",
    ]
    assert lines(result, "attachment:outer.zip/顧客.csv") == ["顧客.csv", "a\tb", "a: 1\tb: 2"]
    assert texts(result, "attachment:outer.zip/sub/inner.zip/deep.txt") == "deep.txt\n口座 1234567"
    assert "Tel 03-0000-0000" in texts(result, "attachment:outer.zip/mail.eml")
    assert result.attachments[1].content_type == "text/csv"
    assert result.incomplete == []


def test_zip_unicode_path_extra_field() -> None:
    buf = io.BytesIO()
    name = "名簿.txt".encode()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("meibo.txt")
        info.extra = struct.pack("<HHBI", 0x7075, 5 + len(name), 1, zlib.crc32(b"meibo.txt"))
        info.extra += name
        zf.writestr(info, b"hello")
    result = extract(mail(("a.zip", buf.getvalue(), "application/zip")))
    assert [a.name for a in result.attachments] == ["a.zip", "a.zip/名簿.txt"]


def test_encrypted_zip_member_marks_member_and_archive() -> None:
    data = set_zip_flag(make_zip({"secret.xlsx": b"x" * 100, "readme.txt": b"pw follows"}), 0x1)
    result = extract(mail(("PPAP.zip", data, "application/zip")))
    flags = {a.name: a.encrypted for a in result.attachments}
    assert flags == {"PPAP.zip": True, "PPAP.zip/secret.xlsx": True, "PPAP.zip/readme.txt": True}
    # The names are still text, the content is not read.
    assert texts(result, "attachment:PPAP.zip/secret.xlsx") == "secret.xlsx"


def test_password_protected_office_file() -> None:
    ole = make_ole({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x00" * 64})
    result = extract(mail(("給与.xlsx", ole, "application/octet-stream")))
    assert [(a.name, a.encrypted) for a in result.attachments] == [("給与.xlsx", True)]
    assert result.incomplete == []


def test_legacy_office_encryption() -> None:
    bof = struct.pack("<HH", 0x0809, 16) + bytes(16)
    filepass = struct.pack("<HH", 0x002F, 4) + bytes(4)
    eof = struct.pack("<HH", 0x000A, 0)
    xls_locked = make_ole({"Workbook": bof + filepass + eof})
    xls_plain = make_ole({"Workbook": bof + eof})
    # FibBase: wIdent, nFib, unused, lid, pnNext, then the flags word with fEncrypted.
    fib = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0x0411, 0, 0x0100)
    doc_locked = make_ole({"WordDocument": fib + bytes(20)})
    result = extract(
        mail(
            ("a.xls", xls_locked, "application/vnd.ms-excel"),
            ("b.xls", xls_plain, "application/vnd.ms-excel"),
            ("c.doc", doc_locked, "application/msword"),
        )
    )
    assert {a.name: a.encrypted for a in result.attachments} == {
        "a.xls": True,
        "b.xls": False,
        "c.doc": True,
    }
    assert result.incomplete == []  # an empty workbook: nothing to miss


def test_unreadable_and_corrupt_files_are_reported_images_are_not() -> None:
    truncated = make_xlsx()[:300]
    result = extract(
        mail(
            ("a.7z", b"7z\xbc\xaf\x27\x1c" + bytes(32), "application/x-7z-compressed"),
            ("broken.xlsx", truncated, "application/octet-stream"),
            ("broken.pdf", b"%PDF-1.4\n garbage", "application/pdf"),
            ("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"),
        )
    )
    assert result.incomplete[0] == PREFIX + "attachment:a.7z: corrupt or unreadable 7z archive (Bad7zFile)"
    assert result.incomplete[1].startswith(PREFIX + "attachment:broken.xlsx: corrupt .xlsx file")
    assert result.incomplete[2].startswith(PREFIX + "attachment:broken.pdf: corrupt or unreadable")
    assert len(result.incomplete) == 3


def test_corrupt_xml_inside_docx() -> None:
    data = ooxml({"word/document.xml": f"<w:document {W}><w:body><w:p><w:t>途中"})
    result = extract(mail(("bad.docx", data, "application/octet-stream")))
    assert result.incomplete == [PREFIX + "attachment:bad.docx: corrupt docx file (ParseError)"]


def _rtf_escaped(text: str) -> str:
    return "".join(f"\\'{b:02x}" for b in text.encode("cp932"))


def test_rtf_attachment_japanese_escapes_and_a_table() -> None:
    # WordPad/Word RTF keeps Japanese as \'xx escapes in CP932: read raw, no label
    # (個人番号) is visible and the My Numbers under it are not found.
    row = r"\trowd\cellx2000\cellx4000\intbl "
    rtf = (
        r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Gothic;}}"
        + r"\pard\f0 " + _rtf_escaped("社員一覧") + r"\par"
        + row + _rtf_escaped("氏名") + r"\cell " + _rtf_escaped("個人番号") + r"\cell\row"
        + row + _rtf_escaped("山田太郎") + r"\cell 123456789018\cell\row"
        + row + _rtf_escaped("佐藤花子") + r"\cell 987654321093\cell\row}"
    ).encode("ascii")
    result = extract(
        mail(("list.rtf", rtf, "application/rtf"), ("renamed.doc", rtf, "application/msword"))
    )
    assert result.incomplete == []
    got = lines(result, "attachment:list.rtf")
    assert "社員一覧" in got
    assert "氏名: 山田太郎\t個人番号: 123456789018" in got
    found = find_all(result.segments)
    assert set(found["my_number"].values) == {"123456789018", "987654321093"}
    # Word saves RTF under a .doc name at times: read by its content.
    assert "氏名: 佐藤花子\t個人番号: 987654321093" in lines(result, "attachment:renamed.doc")


def test_rtf_pictures_are_skipped_and_an_embedded_object_is_reported() -> None:
    picture = r"{\pict\pngblip{\*\blipuid 0a1b}" + "89504e47" * 250_000 + "}"
    obj = r"{\object\objemb{\*\objclass Excel.Sheet.8}{\*\objdata 01050000}}"
    rtf = (r"{\rtf1\ansi TEL 090-1234-5678\par " + picture + r" \{note\}\par " + obj + "}").encode()
    result = extract(mail(("a.rtf", rtf, "application/rtf")))
    assert lines(result, "attachment:a.rtf")[1:] == ["TEL 090-1234-5678", " {note}"]
    assert result.incomplete == [PREFIX + "attachment:a.rtf: an embedded OLE object is not read"]


def test_a_docx_row_whose_first_cell_is_merged_above_keeps_its_columns() -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(
            f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" if c else "<w:tc><w:p/></w:tc>"
            for c in cells
        ) + "</w:tr>"

    body = (
        f"<w:document {W}><w:body><w:tbl>"
        + row("部署", "氏名", "個人番号")
        + row("営業部", "伊藤健", "666777888992")
        + row("", "渡辺愛", "271828182840")  # vMerge continuation: an empty cell
        + "</w:tbl></w:body></w:document>"
    )
    result = extract(mail(("表.docx", ooxml({"word/document.xml": body}), "application/octet-stream")))
    assert "氏名: 渡辺愛\t個人番号: 271828182840" in lines(result, "attachment:表.docx")



def test_rtf_binary_data_japanese_fonts_split_pairs_headers_and_footers() -> None:
    # A second review: brace bytes in \bin data ended the picture group at the file's
    # end (the rest was dropped); a \fcharset128 font in a CP1252 document came out as
    # "ŽR“c"; a line break between the two bytes of 山 lost its first half; headers and
    # footers were skipped.
    name = "".join(f"\\'{b:02x}" for b in "山田太郎".encode("cp932")).encode()
    rtf = (
        b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Arial;}"
        b"{\\f1\\fnil\\fcharset128 MS Gothic;}}"
        b"{\\header\\pard Tel 090-1111-2222\\par}{\\footer\\pard Tel 090-3333-4444\\par}"
        b"\\pard before {\\pict\\wmetafile8\\bin4 {{{{} after\\par"
        b"\\f1 " + name + b"\\f0  090-1234-5678\\par"
        b"\\f1 \\'8e\r\n\\'52\\f0\\par}"
    )
    result = extract(mail(("memo.rtf", rtf, "application/rtf")))
    assert result.incomplete == []
    got = lines(result, "attachment:memo.rtf")
    assert got[1:] == ["Tel 090-1111-2222", "Tel 090-3333-4444", "before  after", "山田太郎 090-1234-5678", "山"]


def test_rtf_a_group_that_never_closes_is_reported() -> None:
    rtf = rb"{\rtf1\ansi Tel 090-1234-5678\par {\pict\pngblip 89504e47 and so on"
    result = extract(mail(("cut.rtf", rtf, "application/rtf")))
    assert "Tel 090-1234-5678" in texts(result, "attachment:cut.rtf")
    assert result.incomplete == [PREFIX + "attachment:cut.rtf: damaged RTF (a group never closes)"]


def _seven_zip(files: dict[str, bytes], password: str | None = None, *, encrypt_names: bool = False) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", password=password, header_encryption=encrypt_names) as archive:
        for name, data in files.items():
            archive.writestr(data, name)
    return buf.getvalue()


def test_7z_archives_are_read_and_encrypted_ones_are_ppap() -> None:
    csv = "氏名,電話番号\r\n山田太郎,090-1234-5678\r\n".encode("cp932")
    plain = _seven_zip({"名簿/顧客.csv": csv, "readme.txt": b"see list"})
    locked = _seven_zip({"顧客.xlsx": make_xlsx()}, password="pw")
    hidden = _seven_zip({"顧客.xlsx": make_xlsx()}, password="pw", encrypt_names=True)
    result = extract(
        mail(("a.7z", plain, "application/x-7z-compressed"), ("b.7z", locked, "application/x-7z-compressed"),
             ("c.7z", hidden, "application/octet-stream"))
    )
    assert result.incomplete == []
    assert [(a.name, a.encrypted) for a in result.attachments] == [
        ("a.7z", False), ("a.7z/名簿/顧客.csv", False), ("a.7z/readme.txt", False),
        ("b.7z", True), ("b.7z/顧客.xlsx", True),
        ("c.7z", True),  # names encrypted too: nothing but the archive to name
    ]
    assert "氏名: 山田太郎\t電話番号: 090-1234-5678" in lines(result, "attachment:a.7z/名簿/顧客.csv")


def test_a_7z_archive_cut_short_is_reported() -> None:
    data = _seven_zip({"list.csv": b"name,tel\nyamada,090-1234-5678\n" * 50})
    result = extract(mail(("cut.7z", data[: len(data) // 2], "application/x-7z-compressed")))
    assert len(result.incomplete) == 1
    assert result.incomplete[0].startswith(PREFIX + "attachment:cut.7z: corrupt or unreadable 7z archive")
