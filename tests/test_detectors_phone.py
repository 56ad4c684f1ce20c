"""jp_phone and intl_phone: phonenumbers validation, E.164 values, look-alikes."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all, phone
from proxy.model import Segment


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("TEL: 03-1234-5678", "+81312345678"),
        ("携帯 090-1234-5678", "+819012345678"),
        ("070 1234 5678", "+817012345678"),
        ("IP電話 050-1234-5678", "+815012345678"),
        ("フリーダイヤル 0120-123-456", "+81120123456"),
        ("0800-123-4567", "+818001234567"),
        ("(03)1234-5678", "+81312345678"),
        ("03(1234)5678", "+81312345678"),
        ("０９０－１２３４－５６７８", "+819012345678"),
        ("090ー1234ー5678", "+819012345678"),
        ("090‐1234‐5678", "+819012345678"),
        ("090−1234−5678", "+819012345678"),
        ("090―1234―5678", "+819012345678"),
        ("090–1234–5678", "+819012345678"),
        ("090—1234—5678", "+819012345678"),
        ("090ｰ1234ｰ5678", "+819012345678"),
        ("090　1234　5678", "+819012345678"),
        ("+81-90-1234-5678", "+819012345678"),
        ("+81 (0)3 1234 5678", "+81312345678"),
        ("＋８１　３　１２３４　５６７８", "+81312345678"),
    ],
)
def test_japanese_numbers(text: str, e164: str) -> None:
    assert phone.find_jp(text) == [e164]
    assert phone.find_intl(text) == []


def test_invalid_japanese_numbers() -> None:
    assert phone.find_jp("070-123-4567") == []  # 070 mobiles have 11 digits
    assert phone.find_jp("0000-00-0000") == []
    assert phone.find_jp("03-1234-56789") == []


def test_distinct_numbers_are_counted_once_in_e164() -> None:
    text = "03-1234-5678、(03)1234-5678、+81 3 1234 5678、090-1111-2222"
    found = find_all([Segment(text, "body", "body")])
    assert found["jp_phone"].count == 2


# Microsoft Presidio, presidio-analyzer/tests/test_phone_recognizer.py.
def test_presidio_international_number() -> None:
    text = "My US number is (415) 555-0132, and my international one is +1 415 555 0132"
    # The national form has no telephone label: only the +1 form is reported.
    assert phone.find_intl(text) == ["+14155550132"]


def test_presidio_israeli_national_number_is_not_reported() -> None:
    assert phone.find_intl("My Israeli number is 09-7625400") == []
    assert phone.find_jp("My Israeli number is 09-7625400") == []


def test_labelled_national_form() -> None:
    assert phone.find_intl("Phone: (415) 555-0132") == ["+14155550132"]


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("+44 20 7946 0958", "+442079460958"),
        ("+1-415-555-0132", "+14155550132"),
        ("+972 9 762 5400", "+97297625400"),
    ],
)
def test_international_numbers(text: str, e164: str) -> None:
    assert phone.find_intl(text) == [e164]
    assert phone.find_jp(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zoom ミーティングID: 812 3456 7890",
        "Meeting ID: 415 555 0132",
        "Meeting ID: 4155550132 Passcode: 123456",
        "ミーティングID：0312345678",
        "注文番号 0312345678",
    ],
)
def test_meeting_ids_and_order_numbers_are_not_phones(text: str) -> None:
    assert find_all([Segment(text, "body", "body")]) == {}
