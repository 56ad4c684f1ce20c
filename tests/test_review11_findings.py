"""Review 11 of 93fb448 (held-out 278-297 fixes): what the change broke, written as
failing tests by the reviewer (each input worked on the parent, 93fb448~1, but the
colspan and quadratic ones, which it did not have), all fixed since."""

from __future__ import annotations

import time
from email.message import EmailMessage

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.htmltext import html_to_text
from proxy.inspect.spaced import unspace
from proxy.inspect.tabular import pasted_tables
from proxy.model import Segment

SENDER = "sakaguchi@example.co.jp"


def found(text: str, kind: str = "body") -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", kind)], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def html_mail(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "tanaka@partner.example"
    msg["Subject"] = "お問い合わせ"
    msg.set_content(html, subtype="html", charset="utf-8")
    return msg.as_bytes()


def found_in_mail(data: bytes) -> dict[str, list[str]]:
    got = find_all(extract(data).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# -- phone.py: the UPS rule (spaced_code_before) ------------------------------------------
# Regression: all found on the parent. Any phone after a group mixing capitals and digits
# and one space is dropped, hyphenated or not: a floor ("3F", "B1F"), a flat ("Apt 2B"),
# a room ("12A") right before a customer's number. Leak.


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("住所: 東京都港区芝5-7-1 ABCビル 3F 090-1234-5678\n", "+819012345678"),
        ("東京都千代田区丸の内1-1-1 B1F 03-5550-1234 田中\n", "+81355501234"),
        ("Hanako Yamada, Apt 4C 090-1234-5678\n", "+819012345678"),
        ("Delivery: Sato, Room 12A 080-2222-3333\n", "+818022223333"),
        ("配送先 5F 0312345678\n", "+81312345678"),
    ],
)
def test_a_phone_after_a_floor_or_flat_code_is_still_a_phone(text: str, phone: str) -> None:
    assert phone in found(text).get("jp_phone", [])


# -- phone.py: in_url for international numbers -------------------------------------------
# Regression: all found on the parent. A click-to-chat link *is* a phone number
# (wa.me/<number>, t.me/+<number>), and the URL tail stops at whitespace only, so a
# number glued to the URL by ',' ')' or a full-width colon is dropped too. Leak.


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp: https://wa.me/+447911123456\n",
        "Telegram: https://t.me/+447911123456\n",
        "Profile https://example.com/hanako,+44 7911 123456\n",
        "Website (https://example.com)+44 7911 123456\n",
        "資料: https://example.com/連絡先：+44 7911 123456\n",
    ],
)
def test_an_intl_number_at_or_right_after_a_url_is_still_found(text: str) -> None:
    assert found(text).get("intl_phone") == ["+447911123456"]


def test_a_url_ends_at_its_first_character_that_is_not_ascii() -> None:
    """(Found fixing the above.) A domestic number glued to a link by Japanese text."""
    assert found("資料: https://example.com/連絡先：090-1234-5678\n") == {"jp_phone": ["+819012345678"]}
    assert found("https://example.com/files/090-1234-5678.pdf\n") == {}


# -- signature.py: the block above a meeting invitation is taken as the signature ----------
# Regression: found on the parent. _invitation_start makes _block() look above the meeting
# block first, and _closing_run then takes whatever two "contact" lines stand there — a
# customer's or candidate's details — as the sender's signature, so they are dropped
# everywhere in the message. Even a real "-- " signature at the bottom does not help.
# Leak.

ZOOM = """
Zoomミーティングに参加する
https://us06web.zoom.us/j/85123456789
ミーティングID: 851 2345 6789
"""


def test_customer_details_above_a_zoom_block_are_not_the_senders_signature() -> None:
    text = (
        "村瀬様\n\n面談はZoomで行います。お客様の連絡先:\n山田 花子\nTEL 090-1111-2222\n"
        "住所 東京都港区芝5-7-1\n" + ZOOM
    )
    got = found(text)
    assert got.get("jp_phone") == ["+819011112222"]
    assert got.get("jp_address") == ["東京都港区芝5-7-1"]


def test_candidate_above_a_teams_block_with_the_real_signature_below() -> None:
    text = (
        "堤様\n\n候補者の連絡先です。\n\n大塚 遼\n携帯 090-2741-8836\nメール ryo.otsuka@gmail.com\n\n"
        "Microsoft Teams 会議\n会議 ID: 428 117 093 556\n\n"
        "-- \nエグザンプル電子株式会社 人事部\n吉岡 真由\nTEL 03-5550-2880\n"
    )
    got = found(text)
    assert got.get("jp_phone") == ["+819027418836"]
    assert got.get("email_address") == ["ryo.otsuka@gmail.com"]


def test_customer_above_a_google_meet_block_in_english() -> None:
    text = (
        "Hi Tom,\n\nThe customer for tomorrow:\nHanako Yamada\nMobile: 090-1111-2222\n"
        "Email: hanako.y@gmail.com\n\nJoin with Google Meet\nmeet.google.com/xkq-pvnr-tzd\n"
        "\n-- \nKen Mori\nExample Corp.\nTel 03-5550-2880\n"
    )
    got = found(text)
    assert got.get("jp_phone") == ["+819011112222"]
    assert got.get("email_address") == ["hanako.y@gmail.com"]


# -- signature.py: "Customer Care/Service/Support" as contact words ------------------------
# Regression: found on the parent. A support mail naming the desk in a customer's block
# gives _closing_run its second "contact" line: the customer becomes the signature. Leak.


@pytest.mark.parametrize(
    "text",
    [
        "Hi team,\n\nEscalation below, please call her back today.\n\n"
        "Hanako Yamada\nTel 090-1111-2222\nCustomer Support ticket 48213\n",
        "Hi team,\n\nPlease call back.\n\nHanako Yamada (Customer Service escalation)\n"
        "Mobile 090-1111-2222\n",
    ],
)
def test_a_customer_block_naming_the_support_desk_is_no_signature(text: str) -> None:
    assert found(text).get("jp_phone") == ["+819011112222"]


# -- htmltext.py: <hr> as a separator line -------------------------------------------------
# Regression: found on the parent. A rule above a customer's details makes them a
# "separated block" (one contact line is enough, where an unframed closing run needs
# two), so they are taken as the sender's signature. Leak.


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>田中様</p><p>以下の方から問い合わせがありました。</p><hr>"
            "<p>山田 花子<br>携帯 090-1111-2222</p>",
            {"jp_phone": ["+819011112222"]},
        ),
        (
            "<p>Hi Tom,</p><p>Please call this lead back today.</p><hr>"
            "<p>Hanako Yamada<br>Mobile: 090-1111-2222</p>",
            {"jp_phone": ["+819011112222"]},
        ),
        (
            "<p>Hi Tom,</p><p>Please ship the replacement to:</p><hr><p>Hanako Yamada<br>"
            "3-20-11 Tamagawa, Setagaya-ku, Tokyo 158-0094<br>Tel 090-1111-2222</p><hr>",
            {"jp_phone": ["+819011112222"], "jp_postal_code": ["1580094"]},
        ),
    ],
)
def test_details_below_a_rule_are_not_the_senders_signature(
    html: str, expected: dict[str, list[str]]
) -> None:
    got = found_in_mail(html_mail(html))
    for type_, values in expected.items():
        assert got.get(type_) == values, type_


# -- htmltext.py: colspan value that is a digit but no int ---------------------------------
# Regression: the parent read these mails. str.isdigit() is true for "²" (and "³", "①"…),
# int() then raises ValueError: html_to_text raises (its contract: never on markup soup),
# and extract drops the whole body as a "damaged MIME part" — every finding in it is gone.
# Leak (one attribute hides a whole body) / crash.


@pytest.mark.parametrize("value", ["²", "&#178;", "①"])
def test_a_colspan_of_a_superscript_digit_does_not_raise(value: str) -> None:
    html = f"<table><tr><td colspan='{value}'>a</td><td>b</td></tr></table>"
    body, finished = html_to_text(html)
    assert "a" in body and "b" in body and finished


def test_a_colspan_of_a_superscript_digit_does_not_hide_the_body() -> None:
    html = (
        "<p>お客様: 山田 花子 様</p><p>携帯 090-1111-2222</p>"
        "<table><tr><td colspan='²'>a</td><td>b</td></tr></table>"
    )
    result = extract(html_mail(html))
    assert any(s.kind == "body" for s in result.segments)
    assert found_in_mail(html_mail(html)).get("jp_phone") == ["+819011112222"]


# -- tabular.py: a postal label over an empty header cell -----------------------------------
# Regression: found on the parent. A CSV/sheet whose address column has no header
# (郵便番号 then an empty header cell) now numbers the label "郵便番号1" / "postal code1"
# for every row with an address: the postal code is no longer read as one. Leak.


@pytest.mark.parametrize(
    "table",
    [
        "氏名\t郵便番号\t\n山田\t100-0005\t東京都千代田区丸の内1-1-1\n",
        "氏名\t郵便番号\t\n山田\t1000005\t本社\n",
        "name\tpostal code\t\nYamada\t100-0005\tTokyo\n",
    ],
)
def test_a_postal_code_under_its_label_with_an_unlabelled_column_after_it(table: str) -> None:
    assert found(pasted_tables(table)).get("jp_postal_code") == ["1000005"]


# -- spaced.py: full-width digits are not left alone ---------------------------------------
# Regression (new false positive): the ASCII-digit exemption misses full-width digits, as a
# Japanese OCR layer writes them: a mark sheet's "０ １ ２ … ９" row becomes "０１２３４５６７８９",
# a phone number. Hold of an innocent form (cosmetic / false positive).


def test_a_full_width_digit_scale_is_no_phone() -> None:
    text = unspace("マークシート 順位 ０ １ ２ ３ ４ ５ ６ ７ ８ ９\n")
    assert found(text, "attachment") == {}


# -- conference.py / find_all: dial-in lines looked for with one phone ---------------------
# Regression: found on the parent (only 1 phone, below _DIAL_IN_MIN). names_service() is a
# plain substring test, and "Meet" is in "Meeting": any mail with "Meeting ID" and one
# phone now has its dial-in lines dropped, including a participant's foreign mobile
# under "電話会議:". Leak (narrow).


def test_a_participants_foreign_mobile_under_a_conference_heading() -> None:
    text = (
        "Meeting ID: 845 1234 5678\n\n電話会議:\n+44 7911 123456 (Mr. Brown, mobile)\n\n"
        "よろしくお願いします。\n"
    )
    assert found(text).get("intl_phone") == ["+447911123456"]


# -- conference.invitation_heading: quadratic on a long line --------------------------------
# Regression: the parent does 1.6 MB in ~1 s. For each heading match not at a line's start
# invitation_heading does rfind("\n") back to the line start and slices/strips the whole
# prefix: O(n^2) on one long line (400 KB ~3 s, 800 KB ~14 s, 1.6 MB ~58 s; extract gives
# such a body to find_all unchanged). DoS.


def test_many_teams_mentions_on_one_line_are_not_quadratic() -> None:
    text = "x Microsoft Teams meeting " * (1_600_000 // 26)
    start = time.perf_counter()
    find_all([Segment(text, "body", "body")])
    assert time.perf_counter() - start < 5.0
