"""Phone numbers in two forms the detectors had not read: another country's number
dialled with an international prefix instead of "+" (held-out 531: "0044 161 496 0752"),
and a Japanese number written one digit to a box after its phone label, as a form's
text copies it."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "sato@example.co.jp"


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- dialled with 00 / 010 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "e164"),
    [
        ("  Gareth Evans:    0044 161 496 0752", "+441614960752"),  # no label at all
        ("Please call 00 44 20 7946 0321 tomorrow.", "+442079460321"),
        ("国際電話は 010-44-20-7946-0321 まで", "+442079460321"),  # Japan's prefix
        ("Tom: 0044 (0)20 7946 0321", "+442079460321"),  # the trunk 0 in brackets
        ("Paris office 0033 1 42 68 53 00", "+33142685300"),
        ("Berlin 0049 30 901820", "+4930901820"),
    ],
)
def test_a_number_dialled_with_an_international_prefix_is_another_countrys(
    line: str, e164: str
) -> None:
    assert found(line + "\n") == {"intl_phone": [e164]}


@pytest.mark.parametrize(
    "line",
    [
        "00441614960752",  # one run: an account or a reference, not written as a phone
        "Account 0044 1614 9607 5212",  # too long for a UK number
        "Ref 0012 3456 7890",  # 12 is no calling code
        "注文番号 0044 161 496 0752",  # another number's label
        "Meeting ID: 0044 161 496 0752",
        "https://example.net/track?id=0044-161-496-0752",
        "0044 161",  # one group after the code
        "00 0 1234 5678",  # no calling code starts with 0
    ],
)
def test_digits_that_only_start_with_00_are_no_phone(line: str) -> None:
    assert "intl_phone" not in found(line + "\n"), line


def test_japans_own_code_after_a_prefix_is_not_another_countrys() -> None:
    assert "intl_phone" not in found("Tokyo office: 0081 3 5421 7783\n")


def test_the_senders_own_dialled_number_in_the_signature_is_theirs() -> None:
    text = (
        "Thanks, the parts are on their way.\n"
        "-- \nGareth Evans\nExample UK Ltd, Manchester\nTel 0044 161 496 0752\n"
    )
    assert found(text) == {}
    # … and repeated in the body it is still theirs; a customer's is not.
    body = "Call me on 0044 161 496 0752 or the plant on 0049 69 8790 2231.\n" + text
    assert found(body) == {"intl_phone": ["+496987902231"]}


# --- boxed digits after a phone label ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "e164"),
    [
        ("電話番号：0 9 0 - 2 7 1 6 - 4 8 3 0", "+819027164830"),  # the form's dashes
        ("TEL 0 3 1 2 3 4 5 6 7 8", "+81312345678"),
        ("携帯 0 9 0 2 7 1 6 4 8 3 0", "+819027164830"),
        ("FAX番号 0 6 - 6 3 4 5 - 1 2 3 4", "+81663451234"),
        ("電話番号　０　９　０　２　７　１　６　４　８　３　０", "+819027164830"),  # full width
    ],
)
def test_a_phone_in_boxes_after_its_label_is_one_number(line: str, e164: str) -> None:
    assert found(line + "\n") == {"jp_phone": [e164]}


@pytest.mark.parametrize(
    "line",
    [
        "得点 0 9 0 2 7 1 6 4 8 3 0",  # no phone label: a row of marks
        "受付番号 0 3 1 2 3 4 5 6 7 8",  # a number's label, not a phone's
        "Meeting ID / Phone: 0 3 1 2 3 4 5 6 7 8",
        "電話番号：0 9 0 4 1 2",  # too few boxes for any number
    ],
)
def test_boxed_digits_without_a_phone_label_are_no_phone(line: str) -> None:
    assert "jp_phone" not in found(line + "\n"), line


def test_a_boxed_number_named_as_another_countrys_is_not_japanese() -> None:
    # Valid in Japan too, but called a Korean number: Korea's, as when it is written.
    assert found("Korean phone number: 0 2 1 2 3 4 5 6 7 8\n") == {"intl_phone": ["+82212345678"]}
