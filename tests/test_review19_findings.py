"""Review 19 (commit 0e28fab): written as failing tests by the reviewer, all fixed since."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "ono@example.co.jp"


def found(text: str, sender: str = SENDER, names: tuple[str, ...] = ()) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, "body", "body")], sender_addresses=[sender], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


_REPLY = "Hi Hanako,\n\nThanks for your order. The parcel ships tomorrow.\n\n"

_PASTED = (
    "Hi Ken,\n\nA customer sent this through the support form. Could you call her back?\n\n"
    "I ordered a heater last month (order 5521) and it still has not arrived.\n\n"
)


# --- signed_closing: only the first line under the valediction may name the sender ---------


def test_the_senders_closing_with_the_company_line_above_the_name_is_still_his() -> None:
    """Regression: it passed on 0e28fab~1. The sender's own closing with the company
    line first ("Best regards," / Example Co., Ltd. / Kenji Arai / +81 …): his full
    name is in the block, but no longer on the first line under the valediction, so his
    own number is reported."""
    text = _REPLY + "Best regards,\nExample Co., Ltd.\nKenji Arai\n+81 3 6453 2262\n"
    assert found(text, "arai@example.com", names=("Kenji Arai",)) == {}


def test_the_senders_closing_signed_with_his_first_name_is_read_the_same_both_ways() -> None:
    """Regression: it passed on 0e28fab~1. "Best regards," / Kenji / Example Co., Ltd. /
    +81 …: with the display name "Arai, Kenji" the closing was his (the ", " split made
    "Kenji" a part), with "Kenji Arai" not: the two disagreed.

    Decided against the reviewer's first expectation (that a first name alone makes the
    closing the sender's): a first name, like a surname (the next test), names nobody in
    particular, and a customer's message pasted at the end signs the same way; reporting
    the sender's own number costs no wrong action, taking a customer's for the sender's
    hides it. Both orders now agree: reported."""
    text = _REPLY + "Best regards,\nKenji\nExample Co., Ltd.\n+81 3 6453 2262\n"
    reported = {"jp_phone": ["+81364532262"]}
    assert found(text, "arai@example.com", names=("Arai, Kenji",)) == reported
    assert found(text, "arai@example.com", names=("Kenji Arai",)) == reported
    signed = _REPLY + "Best regards,\nKenji Arai\nExample Co., Ltd.\n+81 3 6453 2262\n"
    assert found(signed, "arai@example.com", names=("Arai, Kenji",)) == {}


# --- _SenderNames.parts: "Last, First" split at the comma --------------------------------


def test_a_customer_sharing_the_senders_surname_is_not_the_sender() -> None:
    """Leak. Regression: it passed on 0e28fab~1. The display name in Outlook's "Last,
    First" form ("Ono, Ken") is split at its comma into the parts "Ono" and "Ken", each a
    name key of its own: a pasted customer who signs with her surname "Ono" (another
    person who shares it) is taken for the sender, and her mobile is not reported."""
    text = _PASTED + "Best regards,\nOno\nYamada Shoji Co., Ltd.\n090-1234-5678\n"
    assert found(text, names=("Ono, Ken",)) == {"jp_phone": ["+819012345678"]}
