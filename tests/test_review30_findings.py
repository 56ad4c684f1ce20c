"""Review 30: problems introduced by b2183ad (review 29's fixes).

_labelled_address now refuses the address label when a "sentence" stands between it
and the city, and takes any "、", "," or "ください" for one, so a label whose value has
a comma in it (a company's name and department, a CSV's "住所,") or whose own note
does ("ご住所（ご自宅、または勤務先）：", "（…ご記入ください）：") no longer
labels the lone lot after it: "茅野市玉川1234" is missed. And a grid form's name in
katakana one a box is taken for a tally's header of choices whenever its kana happen
to be in the kana's order (アオキ タツヒロ), so the My Number under it leaks. Each
passed at 703edb1.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import openpyxl
import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "sato@example.co.jp"
HELLO = "佐藤様\n\nお世話になっております。\n"
BYE = "\n\nよろしくお願いいたします。\n\n鈴木\n"


def found(text: str, sender: str = SENDER) -> dict[str, list[str]]:
    result = find_all([Segment(text, "body")], sender_addresses=[sender])
    return {t: list(f.values) for t, f in result.items()}


def found_in_xlsx(rows: list[list[object]]) -> dict[str, list[str]]:
    """The findings of a mail with `rows` attached as a sheet (the whole path: extract)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    msg = EmailMessage()
    msg["From"] = f"佐藤 一郎 <{SENDER}>"
    msg["To"] = "info@customer.example"
    msg["Subject"] = "申込書"
    msg.set_content(HELLO + "申込書を添付いたします。" + BYE)
    msg.add_attachment(
        buf.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="申込書.xlsx",
    )
    result = extract(bytes(msg))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


# --- _labelled_address: "、" / "," / "ください" taken for a sentence ----------------------


@pytest.mark.parametrize(
    "line",
    [
        # A delivery address: company, department, then the address.
        "納品先：株式会社サンプル　総務部、経理課　茅野市玉川1234",
        # A form's label with its own note in brackets.
        "ご住所（ご自宅、または勤務先）：茅野市玉川1234",
        "お届け先（変更がある場合はご記入ください）：茅野市玉川1234",
        # A record pasted as CSV, one "key,value" a line.
        "住所,茅野市玉川1234",
    ],
    ids=["company_department", "label_note_comma", "label_note_kudasai", "csv"],
)
def test_a_lone_lot_after_an_address_label_with_a_comma_between_is_read(line: str) -> None:
    """A lone lot after a municipality ("茅野市玉川1234", a rural address) is read when an
    address label stands before it on its line. b2183ad takes only the nearest label and
    refuses it when "、", ",", "について" or "ください" stands between it and the city, to
    stop the prose "住所変更の届出について…、松本市役所市民課内線2345". But a label's value
    holds commas too (a company and its department before the address), a form's label
    its own note ("（ご自宅、または勤務先）", "（…ご記入ください）"), and a CSV's key is
    parted from its value by ",": the customer's address is missed in each. 703edb1
    read all four."""
    assert found(HELLO + line + BYE).get("jp_address") == ["茅野市玉川1234"]


# --- formboxes._grid_row: a name's kana that happen to be in the kana's order ----------


def test_a_grid_forms_my_number_under_a_name_whose_kana_are_in_order_is_read() -> None:
    """b2183ad takes a header of seven one-kana cells or more in the kana's order
    (ア イ ウ エ …) for a questionnaire tally's choices. But an Excel grid form's フリガナ
    row is one kana a cell too, and a name's kana are in that order often enough: アオキ
    タツヒロ (ア<オ<キ<タ<ツ<ヒ<ロ; likewise アオキ ツトム …, seven cells needed). The
    applicant's My Number in the row under it is no longer read (the phone a row further
    down still is). 703edb1 read it, as test_review28 asks for ヤマモト ケンイチ."""
    rows = [
        ["申込書"],
        ["フリガナ", "ア", "オ", "キ", "", "タ", "ツ", "ヒ", "ロ"],
        ["個人番号", *(int(d) for d in "382019475514")],
        ["電話番号", *"09027164830"],
    ]
    got = found_in_xlsx(rows)
    assert got.get("jp_phone") == ["+819027164830"]
    assert got.get("my_number") == ["382019475514"]
