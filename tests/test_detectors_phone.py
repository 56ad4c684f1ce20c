"""jp_phone and intl_phone: phonenumbers validation, E.164 values, look-alikes."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from phonenumbers import PhoneNumber

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
    # Named as a US number, the national form is read in the US: the same number twice.
    assert phone.find_intl(text) == ["+14155550132", "+14155550132"]
    assert find_all([Segment(text, "body", "body")])["intl_phone"].count == 1


def test_presidio_israeli_national_number() -> None:
    assert phone.find_intl("My Israeli number is 09-7625400") == ["+97297625400"]
    assert phone.find_jp("My Israeli number is 09-7625400") == []


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("Her Israel mobile number: 052-762-5400", "+972527625400"),  # valid in Japan too
        ("韓国の携帯 010-1234-5678", "+821012345678"),
        ("UK office phone: 020 7946 0958", "+442079460958"),  # valid in Japan too
        ("American number (415) 555-0132", "+14155550132"),
        ("AUSTRALIAN NUMBER 02 9374 4000", "+61293744000"),
    ],
)
def test_number_named_as_a_countrys(text: str, e164: str) -> None:
    assert phone.find_intl(text) == [e164]
    assert phone.find_jp(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "US meeting ID 415 555 0132",  # a meeting ID, not a phone
        "US order number 4155550132",
        "Israeli ID number 097625400",
        "Israeli team: 09-7625400",  # a country, but nothing calls it a number
        "Thank us for calling 0415550132",  # "us", the pronoun
        "My Israeli number is 12-3456789",  # not a valid Israeli number
    ],
)
def test_country_named_but_not_a_phone(text: str) -> None:
    assert phone.find_intl(text) == []


def test_chugoku_region_is_not_china() -> None:
    text = "中国地方 広島支店 TEL 082-123-4567"
    assert phone.find_jp(text) == ["+81821234567"]
    assert phone.find_intl(text) == []


def test_labelled_national_form() -> None:
    assert phone.find_intl("Phone: (415) 555-0132") == ["+14155550132"]
    assert phone.find_intl("TELFAX: (415) 555-0132") == ["+14155550132"]
    assert phone.find_intl("Please provide your mobile: (415) 555-0132") == ["+14155550132"]
    assert phone.find_intl("Meeting ID / Phone: (415) 555-0132") == []


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


def test_fast_japanese_validity_agrees_with_phonenumbers() -> None:
    # phone._jp_domestic joins phonenumbers' JP patterns per length (region_validator)
    # instead of calling is_valid_number; both must give the same answer everywhere.
    rng = random.Random(5)
    valid = 0
    for _ in range(20000):
        length = rng.choice([8, 9, 10, 11])
        national = str(rng.randint(1, 9)) + "".join(rng.choices("0123456789", k=length - 1))
        expected = phonenumbers.is_valid_number(
            PhoneNumber(country_code=81, national_number=int(national))
        )
        assert phone._jp_domestic(national) == expected, national
        valid += expected
    assert 2000 < valid < 18000  # both answers well represented


def _parse_slowly(raw: str) -> tuple[str, str] | None:
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    region = phonenumbers.region_code_for_number(number) or ""
    return region, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_fast_international_parse_agrees_with_phonenumbers() -> None:
    # parse_international reads "+CC …" from the digits (region_of) when phonenumbers.parse
    # would only split off the calling code; the answer must be the same as parse +
    # is_valid_number, for every calling code, valid numbers and near misses alike.
    rng = random.Random(3)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    valid = 0
    for _ in range(4000):
        code = rng.choice(codes)
        region = rng.choice(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code])
        if rng.random() < 0.5:
            example = (
                phonenumbers.example_number_for_non_geo_entity(code)
                if region == "001"
                else phonenumbers.example_number_for_type(region, rng.randrange(11))
            )
            national = str(example.national_number) if example else "123456789"
            if rng.random() < 0.5:
                national = national[:-3] + "".join(rng.choices("0123456789", k=3))
        else:
            national = "".join(rng.choices("0123456789", k=rng.randint(4, 13)))
        if rng.random() < 0.1:
            national = "0" + national
        sep = rng.choice([" ", "-", "", "."])
        raw = f"+{code}{sep}{national[:3]}{sep}{national[3:]}".rstrip(sep)
        if rng.random() < 0.05:
            raw = f"+{code} (0){national}"
        phone.parse_international.cache_clear()
        expected = _parse_slowly(raw)
        assert phone.parse_international(raw) == expected, raw
        valid += expected is not None
    assert 500 < valid < 3500
