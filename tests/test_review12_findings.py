"""Review 12 (commit db88bfd: drawn text tables, blank '>' lines, Gmail's dated
attribution line): failing tests for what the commit gets wrong."""

from __future__ import annotations

import time
from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "kawai@example.co.jp"
SIGNATURE = "\n-- \n株式会社エグザンプル 営業部\n河合 美穂\nTEL 03-6453-1718\n"


def mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "center@bayside.example"
    msg["Subject"] = "配送先"
    msg.set_content(body)
    return msg.as_bytes()


def found_in_mail(body: str) -> dict[str, list[str]]:
    got = find_all(extract(mail(body)).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# 1. The `header: value` rendering of a drawn table is a segment of kind "body" and goes
# through signature_parts like the body itself. A table with a row of one filled cell
# renders a line without a TAB, so the rendering is not "table rows only" and its tail
# is read as a signature block: the customer's phones become the sender's own, and
# `own` is global, so they are dropped from the body's own text too (found before).
FIXED_WIDTH_CONTACT = (
    "お世話になっております。\n明日の配送先です。\n\n"
    "お届け先                連絡先\n"
    "----------------------  ------------------\n"
    "株式会社ベイサイド物流\n"
    "佐藤 健一 様            TEL 045-671-2234\n"
    "                        携帯 090-8812-3345\n"
    "\nよろしくお願いいたします。\n" + SIGNATURE
)

MARKDOWN_CONTACT = (
    "お世話になっております。\n新しい配送先の担当者は下記の通りです。\n\n"
    "| 担当者 | 連絡先 |\n"
    "|---|---|\n"
    "| 株式会社ベイサイド物流 | |\n"
    "| 佐藤 健一 | |\n"
    "| | TEL 045-671-2234 |\n"
    "| | 携帯 090-8812-3345 |\n"
    "\nよろしくお願いいたします。\n" + SIGNATURE
)


def test_a_fixed_width_tables_rendering_is_not_read_as_the_senders_signature() -> None:
    assert found_in_mail(FIXED_WIDTH_CONTACT).get("jp_phone") == [
        "+81456712234", "+819088123345",
    ]


def test_a_markdown_tables_rendering_is_not_read_as_the_senders_signature() -> None:
    assert found_in_mail(MARKDOWN_CONTACT).get("jp_phone") == [
        "+81456712234", "+819088123345",
    ]


# 2. _sender_part_end now ends the sender's part above Gmail's dated attribution line,
# so the customer's name / address / TEL the sender wrote last (no signature of her
# own) is the text's last block and is taken as the sender's signature: all dropped.
GMAIL_CUSTOMER_LAST = (
    "中川様\n\n以下のお客様へ発送をお願いします。\n\n"
    "山田 太郎\n〒150-0001 東京都渋谷区神宮前1-2-3\nTEL 090-1234-5678\n\n"
    "2025年7月3日(木) 10:12 中川 彩 <aya.design@freemail.example>:\n"
    "> 石田様\n>\n> 発送先を教えてください。\n"
)


def test_customer_details_above_a_gmail_dated_attribution_are_not_the_senders() -> None:
    got = find_all(
        [Segment(GMAIL_CUSTOMER_LAST, "body", "body")],
        sender_addresses=["ishida.m@example.co.jp"],
    )
    values = {t: sorted(f.values) for t, f in got.items()}
    assert values.get("jp_phone") == ["+819012345678"]
    assert values.get("jp_postal_code") == ["1500001"]
    assert values.get("jp_address") == ["東京都渋谷区神宮前1-2-3"]


# 3. texttables._cut appends one character at a time to a list element (`cells[k] += c`:
# no in-place resize there), so a long row under a rule is quadratic: a 600 kB line
# takes ~6 s, 1 MB ~17 s, 4 MB minutes (0.02 s before the commit). Not interruptible by
# the inspection's 20 s limit.
def test_a_long_line_under_a_dash_rule_is_read_in_linear_time() -> None:
    body = "No  Name\n--  ----\n" + "x" * 600_000 + "\n"
    start = time.monotonic()
    extract(mail(body))
    assert time.monotonic() - start < 2.0


# 4. Every row under a fixed-width rule is cut into as many cells as the rule has dash
# groups: a 40 kB body (a rule of 8,000 "-- " groups over 8,000 one-letter rows) makes
# 64 M characters of TABs and takes ~13 s in extract (0.01 s before), 50 kB ~22 s;
# a few hundred kB exhausts memory.
def test_a_rule_of_many_dash_groups_does_not_multiply_the_rows() -> None:
    body = "h1 h2\n" + "-- " * 8000 + "\n" + "x\n" * 8000
    start = time.monotonic()
    extract(mail(body))
    assert time.monotonic() - start < 2.0
