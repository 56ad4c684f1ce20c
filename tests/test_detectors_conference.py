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


# -- held-out 278-297: invitations an add-in appends below the signature ------------------

TEAMS_BELOW_SIGNATURE = """\
キャリアリンク株式会社
堤様

一次面接を定例枠(Teams)で実施します。
  4/10(木)  大塚 遼 さん  携帯 090-2741-8836

--\x20
エグザンプル電子株式会社 人事部
吉岡 真由
TEL 03-5550-2880

________________________________________________________________________________
Microsoft Teams 会議
ここをクリックして会議に参加してください
会議 ID: 428 117 093 556
パスコード: rT9xQ4
電話で参加
+81 3-4578-1177,,834129907# 日本、東京
0120-555-294,,834129907# 日本 (フリーダイヤル)
電話会議 ID: 834 129 907#
________________________________________________________________________________
"""

def _found(text: str, sender: str | None = None) -> dict[str, list[str]]:
    senders = [sender] if sender else []
    return {
        t: sorted(f.values)
        for t, f in find_all([Segment(text, "body", "body")], sender_addresses=senders).items()
    }


ZOOM_BELOW_SIGNATURE = """\
村瀬様

仕様確認をオンラインでお願いいたします。

--\x20
エグザンプル機工株式会社 技術営業部
森 健太
TEL 052-555-0287

───────────────
Zoomミーティングに参加する
https://us06web.zoom.us/j/85123456789?pwd=bXl6TkV3Q0xwZz09.1

ミーティングID: 851 2345 6789
パスコード: 482913

所在地でダイヤル
• +81 3 4578 1488 日本
• +81 524 564 439 日本
───────────────
"""


def test_the_signature_above_an_appended_teams_block_is_the_senders() -> None:
    """Held-out 288: the Teams block (between two underscore lines) was taken for the
    signature, so the sender's TEL above it counted; its toll-free one-tap line too."""
    got = _found(TEAMS_BELOW_SIGNATURE)
    assert got == {"jp_phone": ["+819027418836"]}


def test_the_signature_above_an_appended_zoom_block_is_the_senders() -> None:
    assert _found(ZOOM_BELOW_SIGNATURE) == {}


def test_an_invitation_above_the_signature_leaves_the_signature__found() -> None:
    """The block is looked for first, but a meeting pasted in the middle of the mail
    (the signature below it) still leaves the signature to the usual search."""
    text = (
        "明日の会議です。\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/85123456789\n"
        "ミーティングID: 851 2345 6789\n\n-- \nエグザンプル機工株式会社\n森 健太\nTEL 052-555-0287\n"
    )
    assert _found(text) == {}


def test_a_forwarded_outlook_appointment_is_a_quoted_mail() -> None:
    """Held-out 292: "-----Original Appointment-----" starts the forwarded meeting, so
    the sender's '-- ' signature above it is theirs; the candidate's mobile below counts."""
    text = (
        "面接の案内を転送します。\n\n-- \nエグザンプル商事株式会社 人事部\n小野 沙織\nTEL 03-5550-2920\n\n"
        "-----Original Appointment-----\nFrom: 小野 沙織 <s.ono@example.co.jp>\n"
        "Sent: Monday, April 14, 2025 9:12 AM\nSubject: 最終面接\n\n"
        "当日の緊急連絡先: 携帯 080-3356-1942\n"
    )
    assert _found(text, sender="s.ono@example.co.jp") == {"jp_phone": ["+818033561942"]}
    japanese = text.replace("-----Original Appointment-----", "-----元の予定-----")
    assert _found(japanese, sender="s.ono@example.co.jp") == {"jp_phone": ["+818033561942"]}


def test_google_meet_join_by_phone_with_its_country_in_brackets() -> None:
    """Held-out 290: "(JP) +81 3-4545-1071" under "Join by phone", the only number in the
    invitation, and the PIN link's digits are no phone anywhere."""
    text = (
        "You have been invited to the following event.\n\nJoin with Google Meet\n"
        "meet.google.com/xkq-pvnr-tzd\n\nJoin by phone\n(JP) +81 3-4545-1071\nPIN: 512 884 907#\n\n"
        "More phone numbers\nhttps://tel.meet/xkq-pvnr-tzd?pin=5128849071042\n"
    )
    assert _found(text) == {}
    assert _found(text.replace("(JP) +81 3-4545-1071", "Call Ken: 090-4545-1071")) == {
        "jp_phone": ["+819045451071"]
    }


@pytest.mark.parametrize(
    "heading",
    ["所在地でダイヤル", "ワンタップモバイル機器", "電話で参加", "音声のみで参加", "Dial by your location",
     "One tap mobile", "Join by phone", "Join with phone", "Or call in (audio only)", "Tap to call in",
     "Dial-in numbers", "電話でのダイヤルイン", "電話会議", "Dial in by phone"],
)  # fmt: skip
def test_one_access_number_under_any_heading_is_no_finding(heading: str) -> None:
    """A segment with one or two numbers looks for headings only when a heading's word
    is in it (a cheap test first): every heading has one."""
    text = f"会議のご案内です。\nミーティングID: 851 2345 6789\n\n{heading}\n+81 3 4578 1488 日本\n"
    assert _found(text) == {}
    assert _found(text.replace("+81 3 4578 1488 日本", "+81 3 4578 1488 日本\n\n担当 090-4545-1071")) == {
        "jp_phone": ["+819045451071"]
    }
