"""What blind held-out round 563-582 (regional addresses without their prefecture,
numbers dialled with 00 / 010 or written in boxes, and controls that look like them)
found, each as the smallest text that shows it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "kimura@example.co.jp"
HELLO = "いつもお世話になっております。\n\n"
BYE = "\n\nよろしくお願いいたします。\n"


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def read(body: str) -> dict[str, list[str]]:
    """As the guard reads a mail with this body (with its renderings: boxes, tables)."""
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "service@partner.example"
    msg["Subject"] = "ご連絡"
    msg.set_content(body)
    got = find_all(extract(msg.as_bytes()).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- dialled numbers (566, 567, 575) ------------------------------------------------------


def test_a_codes_letters_before_a_00_number_make_it_a_code() -> None:
    text = HELLO + "GL 0049-3090-1820　売掛金\nGL 0065-6123-4510　売掛金\n照会番号 GB00 EXMP 0044 2079 4603 21" + BYE
    assert found(text) == {}
    # A country's own letters, or a phone's, are a phone's label.
    assert found(HELLO + "UK 0044 20 7946 0321\nTEL 0049 30 901820" + BYE) == {
        "intl_phone": ["+442079460321", "+4930901820"]
    }


def test_a_japanese_carriers_code_before_010_is_part_of_the_prefix() -> None:
    text = HELLO + "Lim 様　001-010-65-6123-4567（KDDI経由）\nSørensen 様　0033-010-45-3391-2208" + BYE
    assert found(text) == {"intl_phone": ["+4533912208", "+6561234567"]}


# --- numbers in boxes (569, 577) ----------------------------------------------------------


def test_groups_of_boxed_digits_parted_by_bars_are_one_number() -> None:
    body = HELLO + "ご自宅電話　　0 2 7 8 │ 6 2 │ 3 3 0 9\n携帯電話　　0 8 0 │ 3 3 9 2 │ 7 1 4 5" + BYE
    assert read(body) == {"jp_phone": ["+81278623309", "+818033927145"]}


def test_boxes_under_no_forms_field_are_no_number() -> None:
    # A mark sheet's row of answers makes a valid mobile number, but answers it is.
    body = HELLO + "回答欄　│0│9│0│1│2│3│4│5│6│7│8│\n得点　0 9 0 │ 1 2 3 4 │ 5 6 7 8" + BYE
    assert read(body) == {}


def test_a_postal_code_in_boxes_after_its_mark() -> None:
    assert read(HELLO + "〒│3│8│9│-│0│1│1│2│" + BYE) == {"jp_postal_code": ["3890112"]}


def test_a_contact_label_opens_boxed_digits_too() -> None:
    text = HELLO + "緊急連絡先　細井 真理子（長女）　0 9 0 - 2 2 1 8 - 6 6 0 4" + BYE
    assert found(text) == {"jp_phone": ["+819022186604"]}


# --- addresses without their prefecture (563, 564, 573, 574, 579, 581) --------------------


@pytest.mark.parametrize(
    "written",
    [
        "駒ヶ根市赤穂11470番地の3",  # one lot and its branch
        "弘前市大字土手町134番地の8",
        "鈴鹿市国府町7710番地",  # one lot, written with 番地
    ],
)
def test_a_citys_lot_number_is_its_block_number(written: str) -> None:
    assert found(f"{HELLO}送付先：{written} まで{BYE}") == {"jp_address": [written]}


def test_an_address_after_a_particle_is_found() -> None:
    text = HELLO + "10時に四日市市西浦二丁目三番十四号の森田様宅で点検です。\n午後は員弁郡東員町大字山田1725番地の4 の加藤様宅です。" + BYE
    assert found(text) == {
        "jp_address": ["員弁郡東員町大字山田1725番地の4", "四日市市西浦二丁目三番十四号"]
    }


@pytest.mark.parametrize(
    "line",
    [
        "鈴鹿市の 3-4 件は日程が決まり次第ご連絡します。",
        "富良野市　5-8 cm の降雪、昼から晴れ",
        "除雪機は倉敷市 第2-3工場 からの出荷です。",
    ],
)
def test_a_city_before_a_count_or_an_ordinal_is_no_address(line: str) -> None:
    assert found(HELLO + line + BYE) == {}


def test_iwates_district_numbers_are_no_ordinal() -> None:
    text = f"{HELLO}送付先：岩手郡雫石町第2地割12-3 まで{BYE}"
    assert found(text) == {"jp_address": ["岩手郡雫石町第2地割12-3"]}
