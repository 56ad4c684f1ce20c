"""Personal data in places of a file people forget, found by a red team writing held-out
mail (tests/corpus_heldout, 58-87): data exports in JSON and XML, calendars and contact
lists, HTML comments, image titles and filled form fields, comments on a PDF, a CSV
without a header row, and labels written the way data formats write them. Each of these
was passed unseen, or miscounted, before."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.directory import unfolded
from proxy.inspect.htmltext import html_text
from proxy.inspect.structured import json_rendering, xml_rendering
from proxy.judge import Judge, envelope_from_headers
from proxy.model import Segment
from proxy.rules import load_rules
from tests.test_inspect_attachments import mail, make_pdf

RULES = Path(__file__).resolve().parent.parent / "rules"
MY_NUMBERS = ["123456789018", "234567890121", "345678901234"]  # valid check digits
PHONES = ["090-1111-2222", "080-3333-4444", "070-5555-6666", "090-7777-8888", "080-9999-0000"]


def judge(data: bytes) -> dict[str, int]:
    j = Judge(load_rules(RULES, internal_domains=["example.co.jp"]), InspectConfig())
    view, decision = j(envelope_from_headers(data), data)
    return {"action": decision.action.label, **{t: f.count for t, f in view.findings.items()}}


def found(data: bytes) -> dict[str, int]:
    ex = extract(data, InspectConfig())
    return {t: f.count for t, f in find_all(ex.segments).items()}


# -- JSON ---------------------------------------------------------------------------------

def test_json_export_with_escaped_japanese_is_read_behind_its_keys() -> None:
    # json.dumps escapes every kanji by default: the raw text shows no label at all.
    rows = [{"氏名": f"顧客{i}", "マイナンバー": n, "生年月日": f"198{i}-04-0{i + 1}"}
            for i, n in enumerate(MY_NUMBERS)]
    data = json.dumps({"customers": rows}).encode()
    assert b"\\u30de" in data  # マ, escaped
    result = judge(mail(("export.json", data, "application/json")))
    assert result["my_number"] == 3 and result["date_of_birth"] == 3
    assert result["action"] == "confirm"


def test_json_lines_are_read_one_document_a_line() -> None:
    data = "\n".join(json.dumps({"個人番号": n}) for n in MY_NUMBERS).encode()
    assert found(mail(("dump.jsonl", data, "application/octet-stream")))["my_number"] == 3


def test_json_rendering_keeps_the_nearest_key_and_survives_deep_nesting() -> None:
    assert json_rendering('{"a": {"携帯": ["090-1111-2222", null, true, 3]}}') == (
        "携帯: 090-1111-2222\n携帯: 3"
    )
    deep = "[" * 100_000 + "]" * 100_000
    assert json_rendering(deep) == ""  # json refuses it; nothing raised
    assert json_rendering("not json") == ""


# -- XML ----------------------------------------------------------------------------------

SJIS_XML = (
    '<?xml version="1.0" encoding="Shift_JIS"?>\r\n<会員一覧>'
    + "".join(
        f"<会員 番号=\"{i}\"><氏名>会員{i}</氏名><生年月日>198{i}/01/0{i + 1}</生年月日>"
        f"<郵便番号>16{i}-000{i}</郵便番号></会員>"
        for i in range(5)
    )
    + "</会員一覧>"
).encode("cp932")


def test_xml_export_elements_label_their_values() -> None:
    result = judge(mail(("members.xml", SJIS_XML, "application/xml")))
    assert result["date_of_birth"] == 5 and result["jp_postal_code"] == 5
    assert result["action"] == "confirm"


def test_xml_rendering_drops_prefixes_reads_attributes_and_refuses_entities() -> None:
    text = '<x:a xmlns:x="urn:x" x:kind="会員"><x:郵便番号>166-0004</x:郵便番号></x:a>'
    assert xml_rendering(text) == "kind: 会員\n郵便番号: 166-0004"
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;&b;&b;</l>'
    )
    assert xml_rendering(bomb) == ""  # refused before anything expands
    assert xml_rendering("<a><b>unclosed") == ""


# -- iCalendar and vCard --------------------------------------------------------------------

def test_a_number_folded_across_an_icalendar_line_is_read_whole() -> None:
    # RFC 5545 §3.1: CRLF + one space is no character. The card straddles the fold.
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
        "ORGANIZER;CN=営業 山田:mailto:yamada@example.co.jp\r\n"
        "ATTENDEE;CN=佐藤:mailto:sato@partner.example\r\n"
        "DESCRIPTION:ご本人確認用 カード番号 4111 1111\r\n  1111 1111\\n携帯 090-12\r\n 34-5678\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    result = found(mail(("visit.ics", ics, "text/calendar")))
    assert result.get("credit_card") == 1 and result.get("jp_phone") == 1
    # The invitation's parties are its address fields, not email_address findings.
    assert "email_address" not in result


def test_a_text_calendar_part_is_unfolded_too() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "訪問"
    msg.set_content("ご確認ください。\n")
    msg.add_alternative(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nLOCATION:東京都新宿区新宿4-1\r\n 9-5\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        subtype="calendar",
    )
    ex = extract(msg.as_bytes(), InspectConfig())
    assert any("東京都新宿区新宿4-19-5" in s.text for s in ex.segments)


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:林 大輔\r\nTEL;TYPE=CELL:070-3765-\r\n 6285\r\n"
    "ADR;TYPE=HOME:;;大阪市北区芝田2-17-4;;大阪府;530-0012;Japan\r\n"
    "BDAY:1985-06-28\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    # vCard 2.1 as Japanese phones export it: Shift_JIS in quoted-printable, "=" at
    # the end of a line continuing the value.
    "ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:;;=8A=DB=82=CC=93=E01-1-1;=90=E7=91=E3=93=63=8B=E6;=\r\n"
    "=93=8C=8B=9E=93=73;100-0005;\r\n"
    "TEL;CELL:080-2222-3333\r\nEND:VCARD\r\n"
)


def test_vcard_addresses_are_written_as_on_an_envelope_and_counted_once() -> None:
    result = found(mail(("contacts.vcf", VCARDS.encode(), "text/vcard")))
    assert result["jp_phone"] == 2
    assert result["jp_postal_code"] == 2  # the ADR's postal code field
    assert result["jp_address"] == 2  # not once as written and once as rendered
    text = unfolded(VCARDS)
    assert "〒530-0012 大阪府大阪市北区芝田2-17-4 Japan" in text
    assert "〒100-0005 東京都千代田区丸の内1-1-1" in text


def test_a_contact_list_named_txt_is_recognised_by_its_content() -> None:
    result = found(mail(("連絡先.txt", VCARDS.encode(), "text/plain")))
    assert result["jp_postal_code"] == 2


# -- HTML -----------------------------------------------------------------------------------

def _html_mail(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "ご案内"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def test_html_comments_and_image_titles_are_read() -> None:
    rows = "".join(f"<!-- 携帯 {p} -->" for p in PHONES[:3])
    html = (
        f"<html><body><p>ご案内です。</p>{rows}"
        f'<img src="cid:x" alt="携帯 {PHONES[3]}" title="携帯 {PHONES[4]}">'
        "<!--[if gte mso 9]><xml><o:shapedefaults spidmax=\"1026\"/></xml><![endif]-->"
        "</body></html>"
    )
    assert judge(_html_mail(html))["jp_phone"] == 5


def test_hidden_html_text_does_not_push_the_signature_off_the_end() -> None:
    # The sender's signature is looked for at the end of the text: comments and alt
    # texts after it (a logo under the signature) go into a segment of their own.
    html = (
        "<p>よろしくお願いいたします。</p><p>--<br>株式会社サンプル 山田太郎<br>"
        "TEL 03-1234-5678 FAX 03-1234-5679<br>携帯 090-9876-5432</p>"
        '<img src="cid:logo" alt="株式会社サンプル ロゴ"><!-- footer v2 -->'
    )
    text, hidden, _ = html_text(html)
    assert text.endswith("携帯 090-9876-5432\n株式会社サンプル ロゴ")  # alt: where it stands
    assert hidden == "footer v2"
    assert "jp_phone" not in judge(_html_mail(html))


def test_filled_form_fields_are_read_beside_their_labels() -> None:
    html = (
        "<form><table><tr><th>生年月日</th><td><input type=date value=\"1994-03-07\"></td></tr>"
        "<tr><th>郵便番号</th><td><input value='380-0823'></td></tr>"
        '<tr><th>カード</th><td><input type="text" value="4980123456781232"></td></tr>'
        "</table></form>"
    )
    result = found(mail(("顧客.html", html.encode(), "text/html")))
    assert result == {"date_of_birth": 1, "jp_postal_code": 1, "credit_card": 1}


# -- PDF comments -----------------------------------------------------------------------------

def _annotated_pdf(notes: list[str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Estimate 2024-11"]]))))
    for i, note in enumerate(notes):
        box = (50, 700 - 60 * i, 250, 750 - 60 * i)
        annotation = Text(rect=box, text=note) if i % 2 else FreeText(text=note, rect=box)
        writer.add_annotation(page_number=0, annotation=annotation)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_comments_on_a_pdf_are_read() -> None:
    pdf = _annotated_pdf([f"折り返し先 携帯 {p}" for p in PHONES] + ["振込先 普通 1234567"])
    result = judge(mail(("見積書.pdf", pdf, "application/pdf")))
    assert result["jp_phone"] == 5 and result["jp_bank_account"] == 1
    assert result["action"] == "confirm"


def test_pdf_comments_are_read_by_pypdf_when_pdfium_cannot_open_the_file() -> None:
    from proxy.inspect.pdf import _notes_with_pypdf
    from proxy.inspect.scan import Scan, TextBuilder

    pdf = _annotated_pdf(["携帯 090-1111-2222", "携帯 080-3333-4444"])
    scan = Scan(InspectConfig(), len(pdf))
    out = TextBuilder(scan)
    _notes_with_pypdf(PdfReader(io.BytesIO(pdf)), scan, "attachment:x.pdf", out)
    assert "090-1111-2222" in out.text() and "080-3333-4444" in out.text()


# -- tables and labels written as data --------------------------------------------------------

def test_a_csv_without_a_header_row_labels_nothing_with_its_first_record() -> None:
    rows = [f"顧客{i},東都銀行,本店営業部,普通,{2605318 + 111317 * i}" for i in range(5)]
    data = "\r\n".join(rows).encode("cp932")
    assert found(mail(("返金先.csv", data, "text/csv")))["jp_bank_account"] == 5


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("生年月日,1980/01/02", "date_of_birth"),
        ("<生年月日>1980/01/02</生年月日>", "date_of_birth"),
        ('"生年月日": "1980-01-02"', "date_of_birth"),
        ("<郵便番号>166-0004</郵便番号>", "jp_postal_code"),
        ("郵便番号,166-0004", "jp_postal_code"),
        ("山田,東都銀行,本店,普通,2605318", "jp_bank_account"),
    ],
)
def test_labels_written_as_data_formats_write_them(text: str, kind: str) -> None:
    assert find_all([Segment(text, "body", "body")])[kind].count == 1


def test_the_number_ending_a_line_does_not_label_the_start_of_the_next() -> None:
    log = (
        "2024-11-27 14:10:00.000 DEBUG shipping tel=090-4078-6862\n"
        "2024-11-27 14:10:00.000 ERROR gateway response code=G12\n"
        "2024-11-27 14:31:39.333 DEBUG shipping tel=090-5017-8593 retry=1\n"
        "2024-11-27 14:38:52.444 INFO POST /api/v2/orders status=200\n"
    )
    found_types = find_all([Segment(log, "attachment:app.log", "attachment")])
    assert set(found_types) == {"jp_phone"}  # the timestamps are no US phone numbers
    # A label that ends the line above still labels a value standing alone below it.
    form = "電話番号 03-1111-2222 携帯\n090-1234-5678\n"
    assert find_all([Segment(form, "body", "body")])["jp_phone"].count == 2


# -- files uuencoded into a text body ----------------------------------------------------------

def _uu_mail(block: bytes) -> bytes:
    head = (
        b"From: a@example.co.jp\r\nTo: b@partner.example\r\nSubject: list\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
    )
    return head + b"See the attached list.\r\n\r\n" + block.replace(b"\n", b"\r\n")


def _uu(name: bytes, data: bytes) -> bytes:
    import binascii

    lines = b"".join(binascii.b2a_uu(data[i : i + 45]) for i in range(0, len(data), 45))
    return b"begin 644 " + name + b"\n" + lines + b"`\nend\n"


def test_a_file_uuencoded_into_the_body_is_read_as_an_attachment() -> None:
    csv = ("氏名,携帯\r\n" + "".join(f"顧客{i},{p}\r\n" for i, p in enumerate(PHONES)))
    data = _uu_mail(_uu("顧客.csv".encode(), csv.encode("cp932")))
    ex = extract(data, InspectConfig())
    assert [a.name for a in ex.attachments] == ["顧客.csv"]
    assert not any("begin 644" in s.text for s in ex.segments)  # no gibberish as body text
    assert judge(data)["jp_phone"] == 5


def test_a_damaged_uuencoded_file_is_not_fully_inspected() -> None:
    data = _uu_mail(b"begin 644 list.csv\n" + b"M" + b"\xff" * 30 + b"\n`\nend\n")
    ex = extract(data, InspectConfig())
    assert any("damaged uuencoded file" in reason for reason in ex.incomplete)


def test_begin_lines_without_an_end_cost_one_pass() -> None:
    import time

    from proxy.inspect.uuencode import blocks

    hostile = b"begin 644 a.csv\n" * 100_000 + b"x" * 1_000_000
    started = time.perf_counter()
    assert blocks(hostile) == ([], False)
    assert time.perf_counter() - started < 2  # quadratic would take minutes


def test_a_customers_details_in_a_pictures_alt_text_still_count() -> None:
    # Broken into lines like a signature, but in the middle of the mail and naming a
    # customer: not the sender's closing block.
    html = (
        "<p>田中様</p><p>ご依頼のお客様の連絡先です。</p>"
        "<img src='cid:card' alt='山田花子 様 〒160-0022 東京都新宿区新宿4-19-5 "
        "TEL 03-3333-4444 携帯 090-5555-6666'>"
        "<p>ご確認よろしくお願いいたします。</p>"
        "<p>--<br>株式会社サンプル 佐藤<br>TEL 03-1234-5678</p>"
    )
    result = judge(_html_mail(html))
    assert result["jp_phone"] == 2 and result["jp_postal_code"] == 1
