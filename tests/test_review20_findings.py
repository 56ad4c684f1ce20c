"""Review 20 (commit 1151ab5): written as failing tests by the reviewer, all fixed since."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "ono@example.co.jp"


def found(text: str, sender: str = SENDER, names: tuple[str, ...] = ()) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, "body", "body")], sender_addresses=[sender], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


# --- match_intl: OTHER_NEAREST anywhere in the cell, not only right before the number ------


def test_a_member_number_in_brackets_after_tel_does_not_hide_the_us_number() -> None:
    """Regression: it passed on 1151ab5~1. "Tel (office, member no. 4471): 415-555-0132"
    is member 4471's office phone; the member number's own value stands between its label
    and the phone, yet OTHER_NEAREST (any other label with no phone word after it in the
    cell) rejects the US number. jp_phone's rule (_own_cell_names_another_number: the
    label right before the number, or a list of phone-like numbers) keeps it."""
    assert found("Tel (office, member no. 4471): 415-555-0132") == {
        "intl_phone": ["+14155550132"]
    }


def test_an_employee_number_in_brackets_after_mobile_does_not_hide_the_us_number() -> None:
    """Regression: it passed on 1151ab5~1. A staff list line "携帯（社員番号 20431）：
    646-281-7730": the same line with 090-2817-7730 is reported as jp_phone, the US
    mobile is now dropped."""
    text = "携帯（社員番号 20431）：646-281-7730"
    assert found(text) == {"intl_phone": ["+16462817730"]}
    assert found("携帯（社員番号 20431）：090-2817-7730") == {"jp_phone": ["+819028177730"]}


def test_a_note_naming_the_booking_number_after_the_phone_label_does_not_hide_it() -> None:
    """Regression: it passed on 1151ab5~1. "電話（予約番号をお伝えください）：212-736-5000"
    labels a phone number with a note about the booking number; jp_phone reports
    03-1234-5678 written the same way, intl_phone now misses the US number."""
    assert found("電話（予約番号をお伝えください）：212-736-5000") == {
        "intl_phone": ["+12127365000"]
    }
    assert found("電話（予約番号をお伝えください）：03-1234-5678") == {"jp_phone": ["+81312345678"]}


def test_a_mobile_labelled_with_the_employee_number_in_english() -> None:
    """Regression: it passed on 1151ab5~1. "Mobile (employee no. 20431): 646-281-7730"."""
    assert found("Mobile (employee no. 20431): 646-281-7730") == {
        "intl_phone": ["+16462817730"]
    }
