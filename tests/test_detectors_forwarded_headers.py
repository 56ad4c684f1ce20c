"""The header block of a forwarded or quoted mail in a body ("From: … Sent: … To: …"):
its addresses are that mail's sender and recipients, header fields as the message's own
are, and no email_address findings (held-out 88 and 173, labelled so by two helpers who
had not read the code). An address written in the quoted mail's text still counts."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.detectors.signature import without_header_addresses
from proxy.model import Segment


def emails(text: str) -> set[str]:
    finding = find_all([Segment(text, "body", "body")]).get("email_address")
    return set(finding.values) if finding else set()


OUTLOOK = (
    "保証会社 ご担当者様\n\n申込書を転送します。\n\n-----Original Message-----\n"
    "From: noreply@chintai-form.example\nSent: Monday, December 2, 2024 10:15 AM\n"
    "To: chintai@example.co.jp\nCc: staff@agency.example\nSubject: 入居申込\n\n"
    "申込者メール: tanaka.h@freemail.example\n"
)


@pytest.mark.parametrize(
    "text",
    [
        OUTLOOK,
        OUTLOOK.replace("\n", "\r\n"),
        # Quoted in a reply, Japanese field names.
        "ご確認ください。\n\n> 差出人: 受付 <uketsuke@hotel.example>\n> 送信日時: 2024年12月2日\n"
        "> 宛先: sales@example.co.jp\n> 件名: 予約\n>\n> 申込者メール: tanaka.h@freemail.example\n",
    ],
)
def test_a_quoted_header_blocks_addresses_are_no_findings(text: str) -> None:
    assert emails(text) == {"tanaka.h@freemail.example"}


def test_a_from_line_that_heads_no_header_block_still_counts() -> None:
    text = "お問い合わせ先\nFrom: taro@customer.example までご連絡ください。\n"
    assert emails(text) == {"taro@customer.example"}


def test_an_address_written_again_in_the_text_still_counts() -> None:
    text = OUTLOOK + "お客様は staff@agency.example にもご連絡済みです。\n"
    assert emails(text) == {"tanaka.h@freemail.example", "staff@agency.example"}


def test_the_text_keeps_its_length() -> None:
    assert len(without_header_addresses(OUTLOOK)) == len(OUTLOOK)
    assert without_header_addresses("no header a@b.example") == "no header a@b.example"
