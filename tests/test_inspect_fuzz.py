"""`extract` never raises, whatever the bytes: arbitrary input, mutated real messages and
mutated real attachments (xlsx, docx, zip, pdf, eml)."""

from __future__ import annotations

import base64
import io
import zipfile
from email.message import EmailMessage
from functools import lru_cache

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.config import InspectConfig
from proxy.inspect import Extraction, extract
from proxy.inspect.scan import PREFIX
from proxy.model import Attachment

LIMITS = InspectConfig(max_seconds=5)


def check(result: Extraction) -> None:
    assert isinstance(result, Extraction)
    for segment in result.segments:
        segment.text.encode("utf-8")  # no lone surrogates can reach the output
        assert segment.text
        assert segment.kind in ("header", "body", "attachment")
        assert segment.location in ("subject", "body") or segment.location.startswith(
            ("header:", "attachment:")
        )
    assert all(isinstance(a, Attachment) for a in result.attachments)
    assert all(reason.startswith(PREFIX) for reason in result.incomplete)
    assert isinstance(result.subject, str) and isinstance(result.from_address, str)
    result.subject.encode("utf-8")
    for name, value in result.headers:
        name.encode("utf-8")
        value.encode("utf-8")


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _pdf() -> bytes:
    content = b"BT /F1 10 Tf 50 800 Td (Card 4111 1111 1111 1111) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@lru_cache(maxsize=1)
def files() -> list[tuple[str, bytes]]:
    wb = openpyxl.Workbook()
    wb.active.append(["氏名", "生年月日"])
    wb.active.append(["山田", "1985-04-12"])
    xlsx = io.BytesIO()
    wb.save(xlsx)
    docx = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": "<document><body><p><t>契約</t></p></body></document>".encode(),
        }
    )
    return [
        ("list.xlsx", xlsx.getvalue()),
        ("doc.docx", docx),
        (
            "a.zip",
            _zip(
                {
                    "顧客.csv": "氏名,電話\n山田,090-1234-5678\n".encode("cp932"),
                    "in.zip": _zip({"x.txt": b"deep"}),
                }
            ),
        ),
        ("r.pdf", _pdf()),
        ("m.eml", b"Subject: inner\r\nContent-Type: text/plain\r\n\r\n1234\r\n"),
        ("t.csv", b"a,b\n1,2\n"),
    ]


def wrap(attachments: list[tuple[str, bytes]]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "山田 <taro@example.co.jp>"
    msg["To"] = "a@partner.example"
    msg["Subject"] = "顧客リスト"
    msg.set_content("お世話になっております。\n", charset="iso-2022-jp")
    msg.add_alternative("<p>口座 1234567</p>", subtype="html")
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


@lru_cache(maxsize=1)
def corpus() -> list[bytes]:
    raw_jis = (
        b"Subject: =?ISO-2022-JP?B?" + base64.b64encode(b"\x1b$B-!\x1b(B") + b"?=\r\n"
        b"Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n\x1b$B-j\x1b(B\r\n"
    )
    nested = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(6)
    )
    return [wrap(files()), raw_jis, nested + b"Content-Type: text/plain\r\n\r\nx\r\n"]


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, position, chunk in edits:
        pos = position % (len(out) + 1)
        if kind == 0:  # overwrite
            out[pos : pos + len(chunk)] = chunk
        elif kind == 1:  # insert
            out[pos:pos] = chunk
        elif kind == 2:  # delete
            del out[pos : pos + 1 + len(chunk) * 16]
        else:  # truncate
            del out[pos:]
    return bytes(out)


EDITS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=8)),
    min_size=1,
    max_size=6,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    check(extract(data, LIMITS))


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                b"\r\n",
                b"--b\r\n",
                b"Content-Type: multipart/mixed; boundary=b",
                b"Content-Type: message/rfc822",
                b"Content-Transfer-Encoding: base64",
                b"=?iso-2022-jp?B?GyRCLSEbKEI=?=",
                b": ",
                b"\x1b$B",
                b"\xff\x82",
                b"filename*0*=utf-8''%E3",
                b"PK\x03\x04",
                b"%PDF-",
            ]
        ),
        max_size=40,
    )
)
def test_arbitrary_mime_shaped_input(tokens: list[bytes]) -> None:
    check(extract(b"".join(tokens), LIMITS))


@FUZZ
@given(st.integers(0, 2), EDITS)
def test_mutated_messages(index: int, edits: list[tuple[int, int, bytes]]) -> None:
    check(extract(mutate(corpus()[index], edits), LIMITS))


@FUZZ
@given(st.integers(0, 5), EDITS)
def test_mutated_attachments(index: int, edits: list[tuple[int, int, bytes]]) -> None:
    name, data = files()[index]
    result = extract(wrap([(name, mutate(data, edits))]), LIMITS)
    check(result)
    assert result.attachments and result.attachments[0].name == name


def test_unmutated_corpus_is_fully_inspected() -> None:
    # The mutation tests only mean something if the originals are read completely.
    result = extract(corpus()[0], LIMITS)
    assert result.incomplete == []
    assert {a.name for a in result.attachments} >= {"list.xlsx", "doc.docx", "a.zip", "r.pdf"}
    assert any("4111 1111 1111 1111" in s.text for s in result.segments)
