"""Conference invitations: the access numbers Zoom, Teams and Webex list are not people's
(five of them made every Zoom invitation 'a list of people'); a customer's number in the
same mail, and numbers under no such heading, still count."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.detectors.conference import dial_in_lines
from proxy.model import Segment

ZOOM_JA = """\
6月4日の説明会のZoom情報です。

Zoomミーティングに参加する
https://us06web.zoom.us/j/84512345678?pwd=aGk3bXlQ

ミーティングID: 845 1234 5678
パスコード: 620418

ワンタップモバイル機器
+81363628317,,84512345678#,,,,*620418# 日本
+81524564439,,84512345678#,,,,*620418# 日本

所在地でダイヤル
        +81 3 6362 8317 日本
        +81 524 564 439 日本
        +81 6 7878 2631 日本
        +81 3 4578 1488 日本
        +81 3 4579 0012 日本
ミーティングID: 845 1234 5678

当日の緊急連絡先: 佐藤様 090-5555-6666
"""

TEAMS_EN = """\
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 412 345 678 901
Or call in (audio only)
+81 3-4578-1234,,123456789#   Japan, Tokyo
+1 323-555-0147,,123456789#   United States, Los Angeles
+44 20 3855 4744,,123456789#   United Kingdom, London
+49 69 3807 8741,,123456789#   Germany, Frankfurt
+33 1 70 37 97 29,,123456789#   France, Paris
Phone Conference ID: 123 456 789#
"""


def found(text: str) -> dict[str, set[str]]:
    return {t: set(f.values) for t, f in find_all([Segment(text, "body", "body")]).items()}


def test_zoom_access_numbers_are_not_findings_and_a_customers_number_is() -> None:
    assert found(ZOOM_JA) == {"jp_phone": {"+819055556666"}}


def test_teams_access_numbers_are_not_findings() -> None:
    assert found(TEAMS_EN) == {}


def test_crlf_line_ends_too() -> None:
    # Bodies keep the CRLF their client wrote.
    assert found(ZOOM_JA.replace("\n", "\r\n")) == {"jp_phone": {"+819055556666"}}


def test_a_list_under_no_heading_still_counts() -> None:
    numbers = "\n".join(f"+81 3 6362 83{k:02d} 日本" for k in range(5))
    assert len(found("お客様の電話番号:\n" + numbers)["jp_phone"]) == 5


def test_the_list_under_a_heading_ends_at_its_first_other_line() -> None:
    text = ("ミーティングID: 845 1234 5678\n所在地でダイヤル\n  +81 3 6362 8317 日本\n"
            "顧客一覧\n山田 090-1111-2222\n佐藤 080-3333-4444\n")
    assert found(text) == {"jp_phone": {"+819011112222", "+818033334444"}}
    assert dial_in_lines(text) == ["  +81 3 6362 8317 日本"]


PEOPLE = "\n".join(
    f"{name} 090-3817-49{k:02d}" for k, name in enumerate(["山田", "佐藤", "鈴木", "高橋", "田中"])
)


@pytest.mark.parametrize(
    "text",
    [
        # Prose that names a heading, and lists of people under it (a review's cases).
        "イベントに電話で参加される方:\n" + PEOPLE,
        "来週の説明会について、電話で参加される方は以下の通りです。\n" + PEOPLE,
        "ワンタップモバイル登録者(営業部):\n" + PEOPLE,
        "Dial-in numbers of our field staff (call them if the line drops):\n" + PEOPLE,
        # A real invitation with people right under its numbers.
        ZOOM_JA.split("当日")[0].replace("ミーティングID: 845 1234 5678\n\n当", "当")
        + "所在地でダイヤル\n  +81 3 6362 8317 日本\n当日の緊急連絡先 (12名中5名)\n" + PEOPLE,
        "ミーティングID: 845 1234 5678\nJoin by phone\n" + PEOPLE,
        # CSV rows with empty columns are no one-tap strings.
        "ミーティングID: 1\n" + "\n".join(f"{k},山田,090-3817-49{k:02d},,," for k in range(5)),
    ],
)
def test_peoples_numbers_near_conference_words_still_count(text: str) -> None:
    assert len(found(text)["jp_phone"]) >= 5


@pytest.mark.parametrize(
    "line", ["明日の打ち合わせには電話で参加", "These customers will Join by phone"]
)
def test_a_heading_ends_a_line_of_prose_is_no_heading(line: str) -> None:
    # A heading is a line of its own: at the end of a sentence it does not make the
    # overseas customers listed under it a meeting's access numbers.
    customers = "\n".join(f"+1 415 555 01{k:02d} John Smith" for k in range(5))
    text = f"Meeting ID: 845 1234 5678\n{line}\n{customers}\n"
    assert dial_in_lines(text) == []
    assert len(found(text)["intl_phone"]) == 5
