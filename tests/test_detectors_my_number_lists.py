"""Lists of My Numbers under a heading that is the label (my_number.listed_under_headings):
every row counts, however long the list, and only rows of such a list."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.detectors.my_number import listed_under_headings
from proxy.model import Segment

# Valid check digits (stdnum.jp.in_).
VALID = ["730182645514", "339028174400", "512790638841", "123456789018", "234567890121"]


def my_numbers(text: str) -> set[str]:
    finding = find_all([Segment(text, "body", "body")]).get("my_number")
    return set(finding.values) if finding else set()


def spaced(number: str) -> str:
    return f"{number[:4]} {number[4:8]} {number[8:]}"


FAMILY = (
    "■個人番号(マイナンバー)\n"
    f"  本人    小松 直樹  {spaced(VALID[0])}\n"
    f"  配偶者  小松 由香  {spaced(VALID[1])}\n"
    f"  長男    小松 陽太  {spaced(VALID[2])}\n"
    "\n"
    "電子申請の受付番号は 4418 2093 7755 です。\n"
)


def test_every_row_of_a_list_counts_beyond_a_labels_reach() -> None:
    # The third row starts more than 36 characters after the heading.
    assert my_numbers(FAMILY) == set(VALID[:3])


def test_a_long_list_counts_whole() -> None:
    names = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健", "伊藤 さくら"]
    rows = [f"{names[k % 6]}\t{n}" for k, n in enumerate(VALID * 8)]
    assert my_numbers("【マイナンバー】\n" + "\n".join(rows)) == set(VALID)


@pytest.mark.parametrize(
    "heading", ["ﾏｲﾅﾝﾊﾞｰ", "Ｍｙ Ｎｕｍｂｅｒ:", "MY NUMBER", "> ■個人番号", "個人番号（扶養親族）："]
)
def test_headings_as_people_write_them(heading: str) -> None:
    quote = "> " if heading.startswith(">") else ""
    text = f"{heading}\n{quote}本人 {VALID[3]}\n{quote}妻 {VALID[4]}\n"
    assert listed_under_headings(text) == [VALID[3], VALID[4]]


@pytest.mark.parametrize(
    "text",
    [
        # A topic, not the label.
        f"マイナンバー制度について\n本人 {VALID[0]}\n妻 {VALID[1]}",
        # Another number's label leads the row, and ends the list.
        f"マイナンバー\n受付番号 {VALID[0]}\n本人 {VALID[1]}",
        # A blank line ends the list.
        f"マイナンバー\n\n本人 {VALID[0]}",
        # Digits in the name: a list of codes, not of people.
        f"個人番号\n本人1 {VALID[0]}",
    ],
)
def test_what_is_no_row_of_such_a_list_is_not_counted(text: str) -> None:
    assert my_numbers(text) == set()


def test_a_row_with_a_wrong_check_digit_is_skipped_and_the_list_goes_on() -> None:
    text = f"マイナンバー\n本人 730182645515\n妻 {VALID[1]} (変更なし)\n"
    assert my_numbers(text) == {VALID[1]}
