"""Review 15 (commit bf7aa75, review-14 fixes): written as failing tests by the reviewer,
all fixed since."""

from __future__ import annotations

import time

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "ono@example.co.jp"


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- fix 2: _closing_run lowers the contact lines needed over a bare number ------------


def test_a_pasted_customer_message_with_a_bare_phone_under_best_regards_is_reported() -> None:
    """Leak. Regression: it passed on e9ba8f2~1. The review-14 leak (a customer's
    message pasted at the end, "Best regards, / name / contact line", taken as the
    sender's signature) is still there when the customer writes her phone number alone on
    its line: that bare number now lowers the contact lines needed to one, her mail
    address is that one, and neither her phone nor her address is reported."""
    text = (
        "Hi Ken,\n\nA customer sent this through the support form. Could you handle it?\n\n"
        "I ordered a heater last month (order 5521) and it still has not arrived. "
        "Please call me back.\n\nBest regards,\nHanako Yamada\n090-1234-5678\n"
        "hanako.yamada@gmail.com\n"
    )
    assert found(text) == {
        "jp_phone": ["+819012345678"],
        "email_address": ["hanako.yamada@gmail.com"],
    }


# --- fix 1: "From:" starts a quoted mail only with an address or a Subject line ---------


def test_an_outlook_header_block_with_a_wrapped_to_line_still_starts_the_quote() -> None:
    """Leak and new false positive. Regression: it passed on e9ba8f2. Outlook gives an
    Exchange colleague's From line as a name alone ("From: Suzuki Ichiro"); a To line of
    many recipients wrapped onto a second line stops _with_subject's walk before the
    Subject line, so the block no longer starts a quoted mail: the sender's own signature
    above it is reported, and the customer's details at the end of the quoted mail are
    taken for the sender's closing signature and not reported."""
    text = (
        "Suzuki-san,\n\nThanks, I will call the customer today.\n\nKen Ono\n"
        "Example Co., Ltd.\nTel: 03-1111-2222\nMail: ono@example.co.jp\n\n"
        "From: Suzuki Ichiro\nSent: Monday, October 6, 2025 10:00 AM\n"
        "To: Ono Ken; Tanaka Jiro; Sato Hanako; Watanabe Saburo; Ito Shiro; Kobayashi\n"
        "Goro; Yamamoto Rokuro\nSubject: Customer callback\n\n"
        "Ono-san,\n\nPlease call this customer back:\n\nHanako Yamada\n"
        "Tel: 090-1234-5678\nEmail: hanako.yamada@gmail.com\n"
    )
    assert found(text) == {
        "jp_phone": ["+819012345678"],
        "email_address": ["hanako.yamada@gmail.com"],
    }


# --- fix 7: quoted_own_signatures bounded by the next quoted header block --------------


def test_an_apple_mail_forward_line_below_the_senders_quoted_mail_keeps_it_the_senders() -> (
    None
):
    """New false positive. Regression: it passed on e9ba8f2. The sender's earlier mail,
    quoted in the thread ("From: 小野 健 <ono@…>"), forwarded a customer's mail from an
    iPhone ("転送されたメッセージ:" / "Begin forwarded message:" over 差出人: …). Its end is
    now looked for in text[body:limit], limit the next header block: _sender_part_end
    finds no marker in that slice, so its walk up to the forward line never runs, the
    forward line stays at the bottom of the sender's quoted mail and the sender's own
    signature above it (address, postal code, TEL) is reported."""
    head = (
        "部長\n\n承知しました。明日やまだ工務店に電話します。\n\n小野\n\n"
        "From: 田中 部長 <tanaka@example.co.jp>\nSent: Tuesday, October 7, 2025 10:00 AM\n"
        "To: 小野 健 <ono@example.co.jp>\nSubject: RE: Fwd: 見積\n\n"
        "小野さん\n\n対応をお願いします。\n\n田中\n\n"
        "From: 小野 健 <ono@example.co.jp>\nSent: Monday, October 6, 2025 9:00 AM\n"
        "To: 田中 部長 <tanaka@example.co.jp>\nSubject: Fwd: 見積\n\n"
        "部長\n\nやまだ工務店からの見積依頼を転送します。\n\n"
        "小野 健\n株式会社サンプル 営業部\n〒100-0005 東京都千代田区丸の内1-1-1\n"
        "TEL 03-1111-2222\n\n"
    )
    tail = (
        "\n\n差出人: 山田 花子 <hanako@yamada-koumuten.jp>\n件名: 見積\n"
        "日付: 2025年10月5日 18:00:00 JST\n宛先: ono@example.co.jp\n\n"
        "小野様\n\n見積をお願いします。\n\n山田 花子\nやまだ工務店\n"
        "〒530-0001 大阪府大阪市北区梅田1-1-1\nTEL 06-1234-5678\n"
    )
    customer = {
        "jp_phone": ["+81612345678"],
        "jp_postal_code": ["5300001"],
        "jp_address": ["大阪府大阪市北区梅田1-1-1"],
    }
    assert found(head + "転送されたメッセージ:" + tail) == customer
    assert found(head + "Begin forwarded message:" + tail) == customer


# --- fix 4: savings/current/checking need "account" after them --------------------------


def test_a_savings_account_number_with_its_bank_and_branch_is_still_found() -> None:
    """Leak. Regression: it passed on e9ba8f2. "Mizuho Bank, Shibuya Branch, Savings No.
    1234567": the bank and branch are named right before it, yet "Savings" without the
    word "account" after it is no account type any more (the review-14 fix for a KPI's
    "Current: 1234567" dropped the type altogether instead of asking for a bank near it,
    as an "Account No." label does)."""
    text = (
        "Hi Ken,\n\nPlease refund the deposit to the customer's account:\n"
        "Mizuho Bank, Shibuya Branch, Savings No. 1234567 (Hanako Yamada)\n\nThanks,\nOno\n"
    )
    assert found(text) == {"jp_bank_account": ["1234567"]}


# --- hostile input: quadratic time ------------------------------------------------------


def _timed(text: str) -> float:
    start = time.perf_counter()
    found(text)
    return time.perf_counter() - start


def test_many_gmail_starred_header_blocks_from_the_sender_take_linear_time() -> None:
    """Slow. Regression: it passed on e9ba8f2~1 (3,000 blocks: 0.02 s). Gmail's
    "*From:* <sender>" lines match _QUOTED_FROM (since e9ba8f2) but never start a quote
    (_quote_start: "*" before "From:"), so none of them bounds the others (_starts_quote):
    for each, _sender_part_end runs over the whole rest of the text and looks at every
    "From:" in it. 3,000 blocks (160 KB): about 5 s."""
    text = (
        "hi\n\n-----Original Message-----\nFrom: a@b.example\nSubject: s\n\n"
        + "*From:* ono@example.co.jp\n*To:* x\n*Subject:* y\n\nbody\n" * 3_000
    )
    assert _timed(text) < 1.0


def test_many_name_only_header_blocks_from_the_sender_take_linear_time() -> None:
    """Slow. Regression: it passed on e9ba8f2 (1,000 blocks: 0.1 s). "From: Ono Ken"
    with no address and no Subject line no longer starts a quoted mail, so it bounds none
    of the others, yet it names the sender (the To line above gives the name): for each,
    _sender_part_end runs over the rest of the text. 1,000 blocks (40 KB): about 3.5 s."""
    text = (
        "hi\n\n-----Original Message-----\nFrom: a@b.example\n"
        "To: Ono Ken <ono@example.co.jp>\nSubject: s\n\n"
        + "From: Ono Ken\nDate: d\nTo: Yamada\n\nbody\n" * 1_000
    )
    assert _timed(text) < 1.0
