"""find_all: the public API, own details, locations, counts."""

from __future__ import annotations

import re
from pathlib import Path

from proxy.detectors import DETECTOR_TYPES, find_all, mask
from proxy.model import Finding, Segment

SIGNATURE = (
    "━━━━━━━━━━━━━━━━━━━━\n株式会社サンプル 営業部 山田太郎\n"
    "〒100-0001 東京都千代田区千代田1-1\nTEL: 03-1234-5678 携帯: 080-1111-2222\n"
    "Mail: yamada@sample.co.jp\n━━━━━━━━━━━━━━━━━━━━\n"
)


CONTRACT = (
    "credit_card", "my_number", "corporate_number", "jp_phone", "intl_phone",
    "email_address", "jp_postal_code", "jp_address", "jp_bank_account", "date_of_birth",
    "jp_drivers_license", "jp_passport", "jp_residence_card", "jp_pension_number", "us_ssn",
    "iban", "keyword", "encrypted_attachment",
)  # fmt: skip


def test_detector_types_match_design() -> None:
    assert DETECTOR_TYPES == CONTRACT
    # shared/DESIGN.md sits beside the checkout (locally and in CI); when it does, the
    # list must still be the one it names.
    for design in (Path(__file__).resolve().parents[2] / "shared" / "DESIGN.md",):
        if design.exists():
            text = design.read_text(encoding="utf-8")
            section = text[text.index("Detector type names") :]
            section = section[: section.index("The sender")]
            assert tuple(re.findall(r"`([a-z_]+)`", section)) == CONTRACT


def test_empty_message() -> None:
    assert find_all([]) == {}
    assert find_all([Segment("", "body", "body")]) == {}


def test_signature_details_are_not_findings() -> None:
    body = "お世話になっております。資料を送ります。\n\n" + SIGNATURE
    assert find_all([Segment(body, "body", "body")]) == {}


def test_own_numbers_repeated_in_the_body_are_not_findings() -> None:
    body = "急ぎの場合は私の携帯 080-1111-2222 までお電話ください。\n\n" + SIGNATURE
    assert find_all([Segment(body, "body", "body")]) == {}


def test_customer_phone_in_the_same_mail_still_counts() -> None:
    body = "お客様（090-5555-6666）から連絡がありました。\n\n" + SIGNATURE
    found = find_all([Segment(body, "body", "body")])
    assert set(found) == {"jp_phone"}
    assert list(found["jp_phone"].values) == ["+819055556666"]


def test_own_details_are_excluded_in_attachments_too() -> None:
    found = find_all(
        [
            Segment("よろしくお願いします。\n\n" + SIGNATURE, "body", "body"),
            Segment("担当: 山田\t電話: 080-1111-2222", "attachment:a.csv", "attachment"),
        ]
    )
    assert found == {}


def test_sender_addresses_are_not_findings() -> None:
    body = "返信先: Taro@Sample.co.jp / 顧客: hanako@customer.example"
    found = find_all(
        [Segment(body, "body", "body")],
        sender_addresses=["Taro <taro@sample.co.jp>", "bounce@sample.co.jp"],
    )
    assert list(found["email_address"].values) == ["hanako@customer.example"]


def test_location_and_kinds() -> None:
    found = find_all(
        [
            Segment("マイナンバー 123456789018", "subject", "header"),
            Segment("カード 4111 1111 1111 1111", "attachment:x.zip/in.csv", "attachment"),
        ]
    )
    assert found["my_number"].locations == ["subject"]
    assert found["credit_card"].locations == ["attachment:x.zip/in.csv"]
    assert found["credit_card"].count_in(["attachment"]) == 1


def test_result_order_follows_detector_types() -> None:
    text = "iban DE89370400440532013000 card 4111111111111111 tel 03-1234-5678"
    found = find_all([Segment(text, "body", "body")])
    order = [t for t in DETECTOR_TYPES if t in found]
    assert list(found) == order == ["credit_card", "jp_phone", "iban"]
    assert all(isinstance(f, Finding) and f.type == t for t, f in found.items())


def test_raw_values_never_reach_samples() -> None:
    found = find_all([Segment("カード 4111 1111 1111 1111 電話 090-1234-5678", "body", "body")])
    for finding in found.values():
        for value, sample in zip(finding.values, finding.samples_masked, strict=True):
            assert sample == mask(finding.type, value)
            assert value not in sample


def test_what_no_signature_holds_is_a_finding_even_in_one() -> None:
    """A block taken for the signature gives the sender's contact details, not a card
    or a My Number: those are reported, and the same card elsewhere is not excused."""
    card, my_number = "4111 1111 1111 1111", "2345 6789 0121"
    block = SIGNATURE.replace(
        "Mail: yamada@sample.co.jp\n",
        f"Mail: yamada@sample.co.jp\nカード {card}\nマイナンバー {my_number}\n",
    )
    body = f"お世話になっております。\n念のためカード番号 {card} です。\n\n{block}"
    found = find_all([Segment(body, "body", "body")])
    assert found["credit_card"].count == 1 and found["my_number"].count == 1
    assert "jp_phone" not in found and "email_address" not in found  # still their own
    # Only in the block: still reported.
    found = find_all([Segment(f"お世話になっております。\n\n{block}", "body", "body")])
    assert set(found) == {"credit_card", "my_number"}
