"""Review 16 (commit f707d4a, held-out 413-452 and review-15 fixes): written as failing
tests by the reviewer, all fixed since."""

from __future__ import annotations

import time

from proxy.detectors import find_all
from proxy.inspect.htmltext import html_to_text
from proxy.model import Segment

SENDER = "ono@example.co.jp"


def found(text: str, keywords: tuple[str, ...] = ()) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", "body")], sender_addresses=[SENDER], keywords=keywords)
    return {t: sorted(f.values) for t, f in got.items()}


# --- invisible characters: read again only after kanji digits were read -----------------


def test_a_phone_number_in_kanji_digits_with_an_invisible_character_is_found() -> None:
    """Leak (found on 2228e17, lost by f707d4a). find_all turns kanji digits into digits
    (kanji_digit_numbers) first and takes the invisible characters out only when scan
    raises: "〇九〇\u200b―四二七一―八八三六" is not a kanji-digit number while the
    zero-width space is in it, and the second reading (without it) no longer turns the
    kanji digits into digits. 2228e17 took them out before kanji_digit_numbers."""
    text = "お客様のお電話番号は 〇九〇\u200b―四二七一―八八三六 です。\n"
    assert found(text) == {"jp_phone": ["+819042718836"]}


def test_a_keyword_split_by_an_invisible_character_in_the_signature_block_is_found() -> None:
    """Leak (found on 2228e17, lost by f707d4a). Keywords in the sender's signature block
    are looked for in the block as it is (compiled.find(block)); only the text above the
    block goes through the strict scan that makes the segment be read again. A notice
    "社\u200b外秘" in the signature block is no longer found."""
    text = (
        "資料を送付します。\n\n-- \n株式会社サンプル 営業部 【社\u200b外秘】\n小野 健\n"
        "TEL 03-1111-2222\nono@example.co.jp\n"
    )
    assert found(text, keywords=("社外秘",)) == {"keyword": ["社外秘"]}


# --- ruby: an unclosed <rt> hides more than its reading ----------------------------------


def test_an_unclosed_rt_before_self_closing_br_tags_does_not_hide_the_rest() -> None:
    """Leak. Regression: it passed on 6be13eb. "Any other tag ends one left open" holds
    for <br> but not for <br/> or <br />: handle_startendtag never calls _ruby, so with
    XHTML-style line breaks (as many mail editors write them) everything after an
    unclosed <rt> up to the next non-empty start tag is dropped, here the customer's
    phone number and the rest of the mail (both parser paths)."""
    html = (
        "<div>お客様 <ruby>山田<rt>やまだ</ruby>様の件です。<br/>"
        "<ruby>花子<rt>はなこ<br/>TEL 090-1234-5678<br/>よろしくお願いします。</div>"
    )
    text = html_to_text(html)[0]
    assert "TEL 090-1234-5678" in text
    assert "よろしくお願いします。" in text


def test_an_unclosed_rt_ends_with_the_element_around_it() -> None:
    """Leak. Regression: it passed on 6be13eb. An unclosed <rt> ends only at a start tag
    or at </rt>, </rp>, </ruby>: the end of the paragraph or span holding it ends it for
    a browser (the end tag closes the open ruby elements), not here, so the text after
    </p> or </span> is dropped up to the next start tag."""
    assert html_to_text("<p>お客様 <ruby>山田<rt>やまだ</p>TEL 090-1234-5678")[0].endswith(
        "TEL 090-1234-5678"
    )
    assert html_to_text("<span>お客様 <ruby>山田<rt>やまだ</span> TEL 090-1234-5678")[0].endswith(
        "TEL 090-1234-5678"
    )


# --- Excel serial numbers under a date-of-birth label: counts are five digits too --------


def test_a_count_after_a_date_of_birth_label_is_no_date_of_birth() -> None:
    """New false positive. A data-migration report counts the records per field: "生年月日:
    12034件" is 12034 records, yet _SERIAL excludes only 円/万/歳/才/年 after the five
    digits, not counters (件, 名, 人, 行) nor English units ("rows", "records"), and
    reports 1932-12-11 as a date of birth."""
    text = (
        "移行結果のご報告です。未入力の件数は次のとおりです。\n"
        "氏名: 0件\n生年月日: 12034件\n電話番号: 3391件\n"
    )
    assert found(text) == {}
    assert found("Missing values per column\nDate of birth: 12034 rows\nPhone: 3391 rows\n") == {}


def test_birthday_points_are_no_date_of_birth() -> None:
    """New false positive. A member programme's point table: "誕生日: 10000ポイント" is
    10000 points, read as the Excel serial of 1927-05-18."""
    text = "会員特典の案をお送りします。\n入会: 500ポイント\n誕生日: 10000ポイント\n"
    assert found(text) == {}


# --- bank accounts: "Savings" is its own bank word -----------------------------------------


def test_savings_and_current_figures_in_a_cost_report_are_no_bank_accounts() -> None:
    """New false positive. Regression: it passed on 6be13eb. "Savings" / "Current" alone
    need a bank near them (_EN_BANK), but _EN_BANK counts "savings" itself as one, and
    the search window includes the match: "Projected savings: 1250000" is its own bank,
    and makes "Current: 1234567" (the review-14 count) an account too. Any "account" in
    the mail lets find_english look."""
    text = (
        "Hi Ken,\n\nHere is the Q3 cost review for the account team.\n"
        "Projected savings: 1250000\nCurrent: 1234567\n\nThanks,\nOno\n"
    )
    assert found(text) == {}


def test_a_savings_number_with_its_bank_and_branch_is_found_without_the_word_account() -> None:
    """Leak. The review-15 fix ('Savings No.' with a bank near it) only works when the
    word "account" is somewhere else in the mail: find_english returns at once unless
    "ccount" or "rdinary" is in the text, and neither is in "Mizuho Bank, Shibuya Branch,
    Savings No. 1234567"."""
    text = (
        "Hi Ken,\n\nPlease refund the deposit to the customer:\n"
        "Mizuho Bank, Shibuya Branch, Savings No. 1234567 (Hanako Yamada)\n\nThanks,\nOno\n"
    )
    assert found(text) == {"jp_bank_account": ["1234567"]}


# --- signatures: "Co., Ltd." now continues a closing run ---------------------------------


def test_a_pasted_customer_message_signed_with_a_co_ltd_line_is_reported() -> None:
    """Leak. Regression: it passed on 6be13eb. A customer's message pasted at the end,
    signed "Best regards, / Hanako Yamada / Yamada Shoji Co., Ltd. / 090-…": the company
    line ending in "Ltd." is signature-like now (_ABBREVIATION_END), and with it and the
    unlabelled number the valediction rule lowers the contact lines needed to one. The
    customer's phone is taken for the sender's, though the From header names Ken Ono,
    not Hanako Yamada, and the sender's domain is no Yamada Shoji's."""
    text = (
        "Hi Ken,\n\nA customer sent this through the support form. Could you call her back?\n\n"
        "I ordered a heater last month (order 5521) and it still has not arrived.\n\n"
        "Best regards,\nHanako Yamada\nYamada Shoji Co., Ltd.\n090-1234-5678\n"
    )
    got = find_all(
        [Segment(text, "body", "body")],
        sender_addresses=[SENDER],
        sender_display_names=["Ken Ono"],
    )
    assert {t: sorted(f.values) for t, f in got.items()} == {"jp_phone": ["+819012345678"]}


def test_a_customers_details_under_her_office_line_are_reported() -> None:
    """Leak. Regression: it passed on 6be13eb. The customer's name, company, office line
    with its number ("大阪営業所 06-…") and mobile, pasted at the end of an internal mail
    asking for a call back: _one_persons_numbers now takes the office line's number for a
    TEL line, so the lines pass for the sender's own signature and her mobile is not
    reported. (The same lines with "TEL 06-…" instead were taken for a signature on
    6be13eb already.)"""
    text = (
        "小野です。\n\n以下のお客様に本日中に折り返しをお願いします。\n\n"
        "山田 花子\n山田商事株式会社\n大阪営業所 06-1234-5678\n携帯 090-1234-5678\n"
    )
    assert found(text)["jp_phone"] == ["+81612345678", "+819012345678"]


# --- hostile input: quadratic time ---------------------------------------------------------


def test_a_long_to_line_under_a_quoted_from_line_takes_linear_time() -> None:
    """Slow (already on 6be13eb). A quoted From line without an address makes
    quoted_own_signatures ask for the sender's names (sender_names), whose _MAILBOX
    pattern ("name" <addr>) starts a lazy scan to the line's end at every position of a
    To line with no '<', ',' or ';': 20 KB on one line takes about 9 s."""
    text = "Ken,\n\nsee below\n\nFrom: Yamada\nTo: " + "x " * 10_000 + "\nSubject: s\n\nbody\n"
    start = time.perf_counter()
    found(text)
    assert time.perf_counter() - start < 1.0
