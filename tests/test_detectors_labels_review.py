"""Review (round 4) of the label commits fc33d65^..HEAD: false positives and leaks.
Every test here failed on the reviewed HEAD (5814351)."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.inspect.structured import json_rendering
from proxy.model import Segment


def found(text: str, kind: str = "body") -> dict[str, set[str]]:
    return {t: set(f.values) for t, f in find_all([Segment(text, kind, kind)]).items()}


def phones(text: str, kind: str = "body") -> set[str]:
    got = found(text, kind)
    return got.get("jp_phone", set()) | got.get("intl_phone", set())


# -- LEAK (regression): a new other-number label whose own value already came hides ----
# the customer's phone that follows (found before the commits). The label names the
# first number ("会員番号 123"), not the phone after a name or a word not in _PHONE_WORD.


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("会員番号 123 山田様 090-1234-5678", "+819012345678"),
        ("予約番号：A123\u3000090-1234-5678", "+819012345678"),
        ("会員番号 123 ご自宅 03-1234-5678", "+81312345678"),
        ("会員番号 123 緊急連絡 090-1234-5678", "+819012345678"),
        ("予約番号 A123 スマートフォン 090-1234-5678", "+819012345678"),
        ("患者番号 1234 自宅 03-1234-5678", "+81312345678"),
        ("カルテ番号 5678 ご家族 090-1234-5678", "+819012345678"),
        ("社員番号 1234 内線 1234 直通 03-1234-5678", "+81312345678"),
        ("Member No. 5566 Yamada 090-1234-5678", "+819012345678"),
        ("member number 5566 contact 090-1234-5678", "+819012345678"),
        ("Employee No. 1234 Mob 090-1234-5678", "+819012345678"),
        ("Member # 1234 Ph: 090-1234-5678", "+819012345678"),
    ],
)
def test_phone_after_another_numbers_label_and_its_value_is_found(text: str, e164: str) -> None:
    assert e164 in phones(text)


# -- FP (new): a JSON record's scalars joined on one line make numbers nobody wrote ----


@pytest.mark.parametrize(
    "record",
    [
        '{"dept": "06", "year": 2024, "count": 5678}',
        '{"store": "03", "open": "1000", "close": "1900"}',
        '{"category": "03", "stock": "1234", "sold": "5678"}',
    ],
)
def test_json_record_line_makes_no_phone_of_separate_values(record: str) -> None:
    assert phones(json_rendering(record), "attachment") == set()


def test_json_record_line_makes_no_card_of_quarterly_figures() -> None:
    text = json_rendering('[{"q1": 4512, "q2": 3870, "q3": 2291, "q4": 1006}]')
    assert "credit_card" not in found(text, "attachment")


# -- FP (new): my_number's heading rule takes a topic heading for a label ---------------


@pytest.mark.parametrize(
    "text",
    [
        "マイナンバーカード発送のお知らせ\n 追跡 1234-5678-9018",
        "マイナンバーカード申請のお知らせ\n 受付 123456789018",
    ],
)
def test_number_under_a_my_number_topic_heading_is_no_my_number(text: str) -> None:
    assert "my_number" not in found(text)


# -- FP (new): birth_date's combined-label filler ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "生年月日・年齢：2024年4月1日現在",  # the age's reference date
        "生年月日 / 記入日 2024/05/01",  # the date filled in, not born
    ],
)
def test_date_after_the_second_half_of_a_combined_label_is_no_birth_date(text: str) -> None:
    assert "date_of_birth" not in found(text)


def test_dd_mm_note_reads_the_date_day_first() -> None:
    # "(DD/MM/YYYY)" is now accepted as a note, but the date is read month first.
    assert found("Date of birth (DD/MM/YYYY): 12/04/1985").get("date_of_birth") == {
        "1985-04-12"
    }


# -- LEAK: DOB formats a combined / noted label still misses -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "生年月日・年齢・性別 1985/04/12",
        "生年月日 (満39歳) 1985/04/12",
    ],
)
def test_birth_date_after_a_three_part_label_or_age_note_is_found(text: str) -> None:
    assert found(text).get("date_of_birth") == {"1985-04-12"}


# -- FP (regression): title-case codes glued to a number are codes again ----------------


@pytest.mark.parametrize("text", ["Inv-03-1234-5678", "Ref-0312345678"])
def test_title_case_code_glued_to_a_number_is_no_phone(text: str) -> None:
    assert phones(text) == set()
