"""credit_card: issuer, length, grouping, Luhn; look-alikes are not cards."""

from __future__ import annotations

import pytest
from stdnum import luhn

from proxy.detectors import credit_card, find_all
from proxy.model import Segment

# Test values from Microsoft Presidio,
# presidio-analyzer/tests/test_credit_card_recognizer.py (valid and invalid cards).
PRESIDIO_VALID = [
    "4012888888881881",  # Visa
    "371449635398431",  # Amex
    "5555555555554444",  # Mastercard
    "30569309025904",  # Diners
    "6011000400000000",  # Discover
    "3528000700000000",  # JCB
    "4111111111111111",  # Visa
    "4917300800000000",  # Visa Electron
    "4484070000000000",  # Visa purchasing
]
PRESIDIO_INVALID = ["4012-8888-8888-1882", "36168002586008"]
# Valid Luhn in Presidio's list but outside the issuers this guard knows (AirPlus,
# Dankort, Maestro 67xx): not reported.
PRESIDIO_OTHER_ISSUERS = ["122000000000003", "5019717010103742", "6759649826438453"]


@pytest.mark.parametrize("number", PRESIDIO_VALID)
def test_presidio_valid_cards_are_found(number: str) -> None:
    assert credit_card.find(f"card: {number}") == [number]


def test_presidio_three_forms_of_one_card() -> None:
    text = "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881"
    assert credit_card.find(text) == ["4012888888881881"] * 3


@pytest.mark.parametrize("number", PRESIDIO_INVALID)
def test_presidio_invalid_cards_are_not_found(number: str) -> None:
    assert credit_card.find(number) == []
    assert credit_card.find("my credit card number is " + number) == []


@pytest.mark.parametrize("number", PRESIDIO_OTHER_ISSUERS)
def test_unknown_issuers_are_not_found(number: str) -> None:
    assert luhn.is_valid(number)
    assert credit_card.find(number) == []


@pytest.mark.parametrize(
    "number",
    [
        "2221000000000009",  # Mastercard 2-series
        "6200000000000005",  # UnionPay
        "3530111333300000",  # JCB
        "378282246310005",  # Amex
    ],
)
def test_more_issuers(number: str) -> None:
    assert luhn.is_valid(number)
    assert credit_card.find(number) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "３７８２　８２２４６３　１０００５",  # full-width, Amex 4-6-5 grouping
        "4111ー1111ー1111ー1111",  # chōonpu as a dash
        "4111−1111−1111−1111",  # minus sign
        "4111 ｰ 1111 ｰ 1111 ｰ 1111",  # half-width katakana prolonged sound mark
    ],
)
def test_separators_people_type(text: str) -> None:
    assert len(credit_card.find(text)) == 1


def test_masked_cards_are_not_findings() -> None:
    assert credit_card.find("カード番号 ************4444 / 4111-****-****-1111") == []


def test_card_inside_a_longer_digit_run_is_not_found() -> None:
    assert credit_card.find("12341234411111111111111112") == []
    assert credit_card.find("1234-4111-1111-1111-1111") == []


def test_unusual_grouping_is_not_a_card() -> None:
    # Luhn-valid Visa digits, but grouped like an order number.
    assert credit_card.find("411-1111111-111111") == []


def test_order_number_failing_luhn_is_not_a_card() -> None:
    assert not luhn.is_valid("4111111111111112")
    assert credit_card.find("ご注文番号 4111 1111 1111 1112") == []


def test_luhn_valid_number_labelled_as_order_or_tracking_is_not_a_card() -> None:
    assert credit_card.find("追跡番号: 4111 1111 1111 1111") == []
    assert credit_card.find("Order No. 4111111111111111") == []


@pytest.mark.parametrize("text", [
    "受注番号：4539123456789017", "契約番号: 4539123456789017", "お客様番号 4539123456789017",
    "製造番号 4539123456789017", "ライセンスキー: 4539-1234-5678-9017",
    "見積書 No.4539123456789017 を添付", "Contract no. 4539123456789017",
    "商品URL: https://shop.example.jp/item/4539123456789017?ref=mail",
    "https://track.example.jp/?no=4539123456789017", "ファイル名：4539123456789017_見積.pdf",
    # Found by a second red team: reservation, application, deal and file numbers.
    "予約番号 4539123456789017", "申込番号: 4539123456789017", "取引ID 4539123456789017",
    "整理番号 4539123456789017", "案件番号 4539123456789017", "オーダー番号 4539123456789017",
    "受付No. 4539123456789017", "物件番号 4539123456789017", "会員ID 4539123456789017",
    "決済番号 4539123456789017", "管理No 4539123456789017",
])
def test_business_numbers_passing_luhn_are_not_cards(text: str) -> None:
    # About one random 16-digit number starting with 4 in twenty-five passes the issuer
    # and Luhn checks: what the number is called decides.
    assert credit_card.find(text) == []


@pytest.mark.parametrize("text", [
    "ご契約カード番号：4539 1234 5678 9017", "Card on the contract: 4539123456789017",
    "決済カード番号 4539123456789017",
    "カード 4539123456789017。", "番号は4539123456789017です",
])
def test_a_card_named_as_such_or_unlabelled_is_still_a_card(text: str) -> None:
    assert credit_card.find(text) == ["4539123456789017"]


def test_jan_code_is_not_a_card() -> None:
    # 13 digits starting with 4 (a Japanese JAN prefix), valid both as EAN-13 and Luhn.
    jan = next(
        f"49{m:010d}{c}"
        for m in range(10**6)
        for c in "0123456789"
        if luhn.is_valid(f"49{m:010d}{c}") and credit_card.ean.is_valid(f"49{m:010d}{c}")
    )
    assert credit_card.find(f"JAN {jan}") == []


def test_millisecond_timestamp_is_not_a_card() -> None:
    assert credit_card.find("ts=1700000000000") == []


def test_two_adjacent_cards_are_two_cards_and_no_my_number() -> None:
    text = "マイナンバー欄に誤記: 4111 1111 1111 1111 5555 5555 5555 4444"
    found = find_all([Segment(text, "body", "body")])
    assert set(found) == {"credit_card"}
    assert found["credit_card"].count == 2


def test_count_is_distinct_values_across_forms_and_locations() -> None:
    found = find_all(
        [
            Segment("4111 1111 1111 1111", "body", "body"),
            Segment(
                "card: 4111-1111-1111-1111\t5555555555554444", "attachment:a.csv", "attachment"
            ),
        ]
    )
    card = found["credit_card"]
    assert card.count == 2
    assert card.samples_masked == ["************1111", "************4444"]
    assert set(card.locations) == {"body", "attachment:a.csv"}


def test_a_card_excel_rounded_to_15_digits_under_a_card_label() -> None:
    # Excel keeps 15 significant digits: 4111111111111111 typed into a cell comes back as
    # 4111111111111110, which fails Luhn. Labelled as a card it is still the card.
    assert credit_card.find("クレジットカード番号: 4111111111111110") == ["4111111111111110"]
    assert credit_card.find("番号: 4111111111111110") == []  # unlabelled: just a number
    assert credit_card.find("カード番号 4111111111111112") == []  # not what Excel makes


@pytest.mark.parametrize("text", [
    "カード番号=4111111111111111", "card=4111111111111111", "Card#4111111111111111",
    "4111111111111111/12/27", "card_number=4111111111111111&exp=1225",
])
def test_a_card_in_a_form_field_or_with_its_expiry_is_a_card(text: str) -> None:
    # Found by a review: the URL / file-name test ran even under a card label.
    assert credit_card.find(text) == ["4111111111111111"]


@pytest.mark.parametrize("text", [
    "ホテル予約の支払いはこちらでお願いします 4111 1111 1111 1111 有効期限12/27",
    "申込時の支払い: 4111-1111-1111-1111", "管理部の経費精算用: 4111111111111111",
    "契約の支払い 4111 1111 1111 1111", "会員番号 4111111111111111",
])
def test_a_word_that_names_other_numbers_only_with_bangou_does_not_hide_a_card(text: str) -> None:
    # Found by a review: bare 予約 / 申込 / 管理 / 契約 anywhere on the line hid the card.
    assert credit_card.find(text) == ["4111111111111111"]
