"""Encrypted files that passed as inspected and clean (a PPAP hunt): S/MIME-encrypted data
not named .p7m, OpenPGP, a password ZIP sent as an unnamed text part, archives behind a
self-extractor's program, and an Office package carrying a password ZIP. Each is now an
encrypted attachment (or, for inline PGP text, not fully inspected)."""

from __future__ import annotations

import datetime
import io
import zipfile
from email.message import EmailMessage

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from proxy.inspect import Extraction, extract
from tests.archivefiles import lzh, rar4, rar5
from tests.test_inspect_attachments import (
    _seven_zip,
    encrypt_pdf,
    mail,
    make_docx,
    make_pdf,
    make_zip,
    set_zip_flag,
    texts,
)

CSV = "氏名,携帯\r\n山田,090-1111-2222\r\n".encode("cp932")
PASSWORD_ZIP = set_zip_flag(make_zip({"顧客.xlsx": b"x" * 200}), 0x1)


def encrypted(name: str, result: Extraction) -> bool:
    return any(a.encrypted for a in result.attachments if a.name == name)


def enveloped_data() -> bytes:
    """A real CMS EnvelopedData (RFC 5652 §6), DER, for a throwaway RSA certificate
    (cryptography's builder takes RSA recipients only)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "b@partner.example")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(CSV)
        .add_recipient(cert)
        .encrypt(serialization.Encoding.DER, [])
    )


@pytest.mark.parametrize("name", ["data.dat", "doc.cms", "doc.p7"])
def test_cms_enveloped_data_is_encrypted_whatever_its_name(name: str) -> None:
    result = extract(mail((name, enveloped_data(), "application/octet-stream")))
    assert encrypted(name, result), [(a.name, a.encrypted) for a in result.attachments]


def test_a_detached_signature_is_not_an_encrypted_attachment() -> None:
    # smime.p7s in every signed mail: neither flagged nor "not fully inspected".
    signed = b"\x30\x82\x01\x00\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + b"\x00" * 40
    result = extract(mail(("smime.p7s", signed, "application/pkcs7-signature")))
    assert not encrypted("smime.p7s", result) and not result.incomplete


ARMORED = (
    b"-----BEGIN PGP MESSAGE-----\n\nhQEMA5wHbW2P0pJAAQf+Mj8n0ZwK3q\n=AbCd\n"
    b"-----END PGP MESSAGE-----\n"
)
# An old-format packet, tag 3 (symmetric-key encrypted session key), as `gpg -c` writes.
BINARY_PGP = b"\x8c\x0d\x04\x09\x03\x02" + b"\x5a" * 64


@pytest.mark.parametrize(
    ("name", "data", "ctype"),
    [
        ("顧客.csv.asc", ARMORED, "application/octet-stream"),
        ("顧客.txt", ARMORED, "text/plain"),
        ("顧客.csv.gpg", BINARY_PGP, "application/octet-stream"),
    ],
)
def test_openpgp_encrypted_files_are_encrypted(name: str, data: bytes, ctype: str) -> None:
    result = extract(mail((name, data, ctype)))
    assert encrypted(name, result)


def test_pgp_mime_is_encrypted() -> None:
    raw = (
        "From: a@example.co.jp\r\nTo: b@partner.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; '
        'boundary="b"\r\n\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\n'
        "Version: 1\r\n\r\n--b\r\nContent-Type: application/octet-stream\r\n\r\n"
        + ARMORED.decode().replace("\n", "\r\n") + "\r\n--b--\r\n"
    ).encode()
    result = extract(raw)
    assert any(a.encrypted for a in result.attachments), result.attachments


def test_inline_pgp_in_the_body_is_not_fully_inspected() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "x"
    msg.set_content("こちらです。\n\n" + ARMORED.decode())
    result = extract(msg.as_bytes())
    assert any("PGP" in why for why in result.incomplete), result.incomplete


def test_a_password_zip_sent_as_an_unnamed_text_part_is_a_file() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "x"
    msg.set_content("資料です。")
    part = EmailMessage()
    part.set_content(PASSWORD_ZIP, maintype="text", subtype="plain")  # base64, no name
    del part["Content-Disposition"]
    msg.make_mixed()
    msg.attach(part)
    result = extract(msg.as_bytes())
    assert any(a.encrypted for a in result.attachments), result.attachments


# A program's first bytes, as a self-extractor starts (a PE header: not text).
STUB = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 496


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("資料.exe", STUB + PASSWORD_ZIP),
        ("資料.exe", STUB + rar5([("顧客.csv", CSV)], encrypted=True)),
        ("資料.bin", b"\x00" * 100 + PASSWORD_ZIP),
    ],
)
def test_an_archive_behind_a_stub_is_read(name: str, data: bytes) -> None:
    result = extract(mail((name, data, "application/octet-stream")))
    assert encrypted(name, result), ([(a.name, a.encrypted) for a in result.attachments],
                                     result.incomplete)


def test_a_plain_archive_behind_a_stub_is_read_too() -> None:
    data = STUB + make_zip({"顧客.csv": CSV})
    result = extract(mail(("資料.exe", data, "application/octet-stream")))
    assert "090-1111-2222" in texts(result, "attachment:資料.exe/顧客.csv")


def test_a_password_pdf_behind_bytes_is_encrypted() -> None:
    locked = encrypt_pdf(make_pdf([["customer list"]]), "user", "owner")
    result = extract(mail(("scan.dat", b"\x00junk\x00" * 10 + locked, "application/octet-stream")))
    assert encrypted("scan.dat", result)


def test_an_image_is_still_just_an_image() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    result = extract(mail(("photo.png", png, "image/png")))
    assert not result.incomplete and not any(a.encrypted for a in result.attachments)


def _with_member(package: bytes, name: str, data: bytes) -> bytes:
    buf = io.BytesIO(package)
    with zipfile.ZipFile(buf, "a") as archive:
        archive.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("where", ["資料.zip", "word/media/x.zip"])
def test_a_password_zip_inside_a_docx_is_encrypted(where: str) -> None:
    docx = _with_member(make_docx(), where, PASSWORD_ZIP)
    result = extract(mail(("提案書.docx", docx, "application/octet-stream")))
    assert encrypted(f"提案書.docx/{where}", result), result.attachments
    # An encrypted member of the package itself, too.
    locked = set_zip_flag(_with_member(make_docx(), "顧客.csv", CSV), 0x1)
    assert encrypted("x.docx", extract(mail(("x.docx", locked, "application/octet-stream"))))


def test_a_csv_inside_a_docx_is_read() -> None:
    docx = _with_member(make_docx(), "顧客.csv", CSV)
    result = extract(mail(("提案書.docx", docx, "application/octet-stream")))
    assert "090-1111-2222" in texts(result, "attachment:提案書.docx/顧客.csv")


def _odf(kind: str, content: bytes, manifest: str) -> bytes:
    """An OpenDocument package: mimetype first and stored, content.xml, the manifest."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as package:
        package.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def test_a_password_opendocument_file_is_encrypted() -> None:
    # As LibreOffice writes one: the manifest describes how content.xml is encrypted.
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="900">'
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:'
        'xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm '
        'manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
        'manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
        "</manifest:file-entry></manifest:manifest>"
    )
    ods = _odf("spreadsheet", bytes(range(256)) * 4, manifest)  # content.xml: ciphertext
    result = extract(mail(("顧客.ods", ods, "application/octet-stream")))
    assert encrypted("顧客.ods", result), (result.attachments, result.incomplete)
    assert not result.incomplete  # flagged as PPAP, not "corrupt odf file"


# -- a review of the above -----------------------------------------------------------


def test_a_cpio_gz_is_read_as_the_archive_it_holds() -> None:
    import libarchive

    chunks: list[bytes] = []

    def write(data: bytes) -> int:
        chunks.append(bytes(data))
        return len(data)

    with libarchive.custom_writer(write, "cpio", "gzip") as cpio:
        # A 7z before the ZIP: read as a cpio, not by the first signature in it.
        seven = _seven_zip({"readme.txt": b"see list"})
        for name, data in (("readme.7z", seven), ("list.zip", make_zip({"顧客.csv": CSV}))):
            cpio.add_file_from_memory(name, len(data), data)
    result = extract(mail(("c.cpio.gz", b"".join(chunks), "application/gzip")))
    assert "090-1111-2222" in " ".join(s.text for s in result.segments), result.attachments


@pytest.mark.parametrize(
    "data",
    [
        STUB + rar5([("readme.txt", b"hello")]) + PASSWORD_ZIP,  # two archives in one program
        b"\x00\x01binary" + make_pdf([["report"]]) + PASSWORD_ZIP,
    ],
)
def test_every_archive_behind_a_stub_is_read(data: bytes) -> None:
    result = extract(mail(("setup.exe", data, "application/octet-stream")))
    assert any(a.encrypted for a in result.attachments) or result.incomplete, result.attachments


@pytest.mark.parametrize(
    "data",
    [
        # A program or library holding archive signatures as constants (libarchive does).
        b"MZ" + b"\x00" * 300 + b"Rar!\x1a\x07\x00" + bytes(range(256)) * 8,
        b"MZ" + b"\x00" * 300 + b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 8,
        b"MZ" + b"\x00" * 300 + b"7z\xbc\xaf\x27\x1c" + bytes(range(256)) * 8,
        b"MZ" + b"\x00" * 300 + b"%PDF-1.4 in a string table" + bytes(range(256)) * 8,
        # A JPEG whose comment segment names them.
        b"\xff\xd8\xff\xfe\x00\x20Converted from %PDF-1.4 original" + b"\x00" * 500 + b"\xff\xd9",
        b"\xff\xd8\xff\xfe\x00\x10Rar!\x1a\x07\x00 tag" + b"\x00" * 500 + b"\xff\xd9",
    ],
)
def test_signature_constants_are_not_archives(data: bytes) -> None:
    result = extract(mail(("archive.dll", data, "application/octet-stream")))
    assert not result.incomplete and not any(a.encrypted for a in result.attachments)
    result = extract(mail(("photo.jpg", data, "image/jpeg")))
    assert not result.incomplete


def test_a_pgp_line_in_a_csv_hides_nothing() -> None:
    text = "memo: -----BEGIN PGP MESSAGE-----\n氏名,携帯\n山田,090-1111-2222\n".encode()
    result = extract(mail(("顧客.csv", text, "text/csv")))
    assert not any(a.encrypted for a in result.attachments)
    assert "090-1111-2222" in texts(result, "attachment:顧客.csv")
    # A real armored block and a list after it: flagged, and the list still read.
    both = ARMORED + "氏名,携帯\n山田,090-1111-2222\n".encode()
    result = extract(mail(("顧客.csv", both, "text/csv")))
    assert encrypted("顧客.csv", result)
    assert "090-1111-2222" in texts(result, "attachment:顧客.csv")


def _body(text: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "x"
    msg.set_content(text)
    return msg.as_bytes()


def test_pgp_named_in_prose_is_not_encrypted_text() -> None:
    result = extract(_body("暗号化したメールは -----BEGIN PGP MESSAGE----- で始まります。"))
    assert not result.incomplete


def test_a_body_starting_with_pdf_is_a_body() -> None:
    result = extract(_body("%PDF-1.7 の仕様書について、添付の通りご確認ください。"))
    assert not result.incomplete
    assert "仕様書" in texts(result, "body")


def test_an_opendocument_file_with_a_locked_macro_library_is_read() -> None:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="Basic/Lib1/Module1.xml" '
        'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="aes256-cbc"/></manifest:encryption-data>'
        "</manifest:file-entry></manifest:manifest>"
    )
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>山田 090-1111-2222</text:p></office:text></office:body></office:document-content>"
    )
    odt = _odf("text", content.encode(), manifest)
    result = extract(mail(("議事録.odt", odt, "application/octet-stream")))
    assert not encrypted("議事録.odt", result)
    assert "090-1111-2222" in texts(result, "attachment:議事録.odt")


# -- a third review -------------------------------------------------------------------


def test_signature_candidates_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40,000 RAR 5 signatures claiming large headers: each candidate costs a CRC over
    # what it claims, so only so many are looked at (it took 40 s, past the deadline).
    from proxy.inspect import sniff

    calls = []
    real = sniff.zlib.crc32
    monkeypatch.setattr(sniff.zlib, "crc32", lambda data, *a: calls.append(len(data)) or real(data, *a))
    hostile = b"MZ" + (b"Rar!\x1a\x07\x01\x00" + b"\0" * 4 + b"\xff\xff\x7f") * 40_000 + b"\0" * 2**21
    assert sniff.embedded_starts(hostile) == []
    assert len(calls) <= 2 * sniff.MAX_CANDIDATES and sum(calls) <= 2 * sniff.MAX_CANDIDATES * 4096


@pytest.mark.parametrize(
    "html",
    [
        "<pre>{}</pre>",
        "<div>{}</div>",
    ],
)
def test_pgp_in_an_html_body_is_not_fully_inspected(html: str) -> None:
    block = ARMORED.decode()
    if "div" in html:
        block = "".join(f"<div>{line}</div>" for line in block.splitlines())
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "x"
    msg.set_content(html.format(block), subtype="html")
    assert any("PGP" in why for why in extract(msg.as_bytes()).incomplete)


def test_a_pdf_with_ascii_first_sent_as_a_text_part_is_a_file() -> None:
    locked = encrypt_pdf(make_pdf([["report"]]), "user", "owner")
    padded = locked.replace(b"\n", b"\n%" + b"A" * 5000 + b"\n", 1)  # a long comment first
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "x"
    msg.set_content("資料です。")
    part = EmailMessage()
    part.set_content(padded, maintype="text", subtype="plain")
    del part["Content-Disposition"]
    msg.make_mixed()
    msg.attach(part)
    result = extract(msg.as_bytes())
    assert any(a.encrypted for a in result.attachments), (result.attachments, result.incomplete)


def test_an_archive_stored_in_a_self_extractor_is_read_once() -> None:
    inner = rar5([("a.csv", CSV)])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as sfx:
        sfx.writestr("inner.rar", inner)
    result = extract(mail(("setup.exe", STUB * 400 + buf.getvalue(), "application/octet-stream")))
    names = [a.name for a in result.attachments]
    assert "setup.exe/inner.rar/a.csv" in names and "setup.exe/a.csv" not in names, names


def test_a_password_zip_appended_to_a_pdf_is_encrypted() -> None:
    polyglot = make_pdf([["brochure"]]) + PASSWORD_ZIP
    for name in ("docs.pdf", "docs.zip"):
        result = extract(mail((name, polyglot, "application/octet-stream")))
        assert any(a.encrypted for a in result.attachments), (name, result.attachments)


def test_an_odf_manifest_with_spaces_around_equals_is_read() -> None:
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path = "content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data/></manifest:file-entry></manifest:manifest>'
    )
    ods = _odf("spreadsheet", b"\x00\x01" * 100, manifest)
    assert encrypted("x.ods", extract(mail(("x.ods", ods, "application/octet-stream"))))


# -- a fourth review --------------------------------------------------------------------


def test_a_password_zip_inside_a_pdf_span_behind_a_stub_is_encrypted() -> None:
    # The PDF's own trailer again after the ZIP: the PDF "spans" the ZIP, which is read.
    pdf = make_pdf([["x"]])
    tail = pdf[pdf.rfind(b"startxref") :]
    result = extract(mail(("setup.exe", STUB + pdf + PASSWORD_ZIP + b"\n" + tail,
                           "application/octet-stream")))
    assert any(a.encrypted for a in result.attachments), result.attachments


def test_a_password_rar_in_a_zips_gap_behind_a_stub_is_encrypted() -> None:
    from tests.archivefiles import rar4

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("readme.txt", "hello")
    plain = buf.getvalue()
    cd = plain.rfind(b"PK\x01\x02")
    locked = rar4([("顧客.csv", CSV)], encrypted=True)
    gap = plain[:cd] + locked + plain[cd:]
    # The end record's central-directory offset moves by the RAR's length.
    eocd = gap.rfind(b"PK\x05\x06")
    offset = int.from_bytes(gap[eocd + 16 : eocd + 20], "little") + len(locked)
    gap = gap[: eocd + 16] + offset.to_bytes(4, "little") + gap[eocd + 20 :]
    result = extract(mail(("setup.exe", STUB + gap, "application/octet-stream")))
    assert any(a.encrypted for a in result.attachments) or result.incomplete, result.attachments


@pytest.mark.parametrize(
    ("name", "archive"),
    [
        ("a.lzh", lzh([("a.csv", CSV)]) + b"\x1a" * 127),  # ^Z padding (old transfers)
        ("a.rar", rar4([("a.csv", CSV)]) + b"\x00" * 100),  # zero padding
    ],
)
def test_padding_after_an_archive_is_not_content(name: str, archive: bytes) -> None:
    result = extract(mail((name, archive, "application/octet-stream")))
    assert not result.incomplete, result.incomplete
    assert "090-1111-2222" in texts(result, f"attachment:{name}/a.csv")


def test_a_tar_in_32_kb_records_is_not_content_after_its_end() -> None:
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo("a.csv")
        info.size = len(CSV)
        tar.addfile(info, io.BytesIO(CSV))
    data = buf.getvalue()
    data += b"\x00" * (32_768 - len(data) % 32_768)  # `tar -b 64`
    result = extract(mail(("a.tar", data, "application/x-tar")))
    assert not result.incomplete, result.incomplete


def test_every_archive_after_a_7z_behind_a_stub_is_read() -> None:
    # What a 7z spans cannot be told from outside (its start header can say anything):
    # a RAR after it is read as a find of its own.
    data = STUB + _seven_zip({"readme.txt": b"hello"}) + rar4([("顧客.csv", CSV)], encrypted=True)
    result = extract(mail(("setup.exe", data, "application/octet-stream")))
    assert any(a.encrypted for a in result.attachments), result.attachments


# -- a review of the cleanups -------------------------------------------------------------


def test_a_self_extracting_zip_with_offsets_from_the_files_start_is_read() -> None:
    # `zip -A` (and ZipFile(f, "a") on the program) count offsets from the file's start.
    buf = io.BytesIO(STUB)
    with zipfile.ZipFile(buf, "a") as sfx:
        sfx.writestr("顧客.csv", CSV)
    result = extract(mail(("資料.exe", buf.getvalue(), "application/octet-stream")))
    assert "090-1111-2222" in texts(result, "attachment:資料.exe/顧客.csv")
    locked = set_zip_flag(buf.getvalue(), 0x1)
    assert encrypted("資料.exe", extract(mail(("資料.exe", locked, "application/octet-stream"))))


def test_an_empty_bz2_is_not_held() -> None:
    import bz2

    result = extract(mail(("empty.csv.bz2", bz2.compress(b""), "application/x-bzip2")))
    assert not any("could not be found" in why or "corrupt" in why for why in result.incomplete)


@pytest.mark.parametrize(
    ("name", "ctype"),
    [("note.rtf", "application/rtf"), ("key.asc", "application/pgp-encrypted")],
)
def test_armored_pgp_in_other_text_is_encrypted(name: str, ctype: str) -> None:
    result = extract(mail((name, ARMORED, ctype)))
    assert encrypted(name, result), (result.attachments, result.incomplete)
