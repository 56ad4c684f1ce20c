"""Text shown to people: attacker-controlled strings cleaned, numbers masked, findings
worded per language, times in the configured zone."""

from __future__ import annotations

import email
import email.policy
from zoneinfo import ZoneInfo

from proxy.audit import FindingSummary
from proxy.model import Action, Decision, Envelope, Reason
from proxy.notify.compose import compose
from proxy.notify.i18n import format_time
from proxy.notify.safe import display, masked_tail, one_line, redact_numbers
from proxy.notify.summary import attachment_names, summarize
from proxy.store.base import StoredMessage


def test_one_line_strips_line_breaks_controls_and_bidi_overrides() -> None:
    assert one_line("a\r\nBcc: x@evil\r\n\tb") == "a Bcc: x@evil b"
    assert one_line("invoice\u202egpj.exe") == "invoice gpj.exe"
    assert one_line("x\u2028y\x00z") == "x y z"
    assert one_line("あ" * 300, 10) == "あ" * 9 + "…"


def test_long_numbers_are_masked_short_ones_kept() -> None:
    assert redact_numbers("card 4111 1111 1111 1111 ok") == "card **** **** **** 1111 ok"
    assert redact_numbers("番号 １２３４５６７８９０１８") == "番号 ********９０１８"
    assert redact_numbers("tel 090-1234-5678") == "tel ***-****-5678"
    assert redact_numbers("2025-04-01 invoice 12345") == "2025-04-01 invoice 12345"
    assert display("見積\r\n4111111111111111") == "見積 ************1111"


def test_masked_tail_never_shows_more_than_four() -> None:
    assert masked_tail("************1111") == "1111"
    assert masked_tail("****") == "****"
    assert masked_tail("4111111111111111") == "1111"  # even if handed a raw value


def _msg(findings: list[FindingSummary]) -> StoredMessage:
    decision = Decision(Action.CONFIRM, 0, (Reason("card", Action.CONFIRM, "カード"),
                                            Reason("exempt", Action.PASS, "除外")))
    return StoredMessage.create(
        Envelope("sato@example.com", ("a@x.example", "b@y.x.example", "c@z.example")),
        b"Subject: s\r\n\r\nb\r\n", decision, findings=findings, now=1_750_000_000.0,
    )


def test_findings_in_both_languages() -> None:
    findings = [
        FindingSummary("credit_card", 2, ("************1111", "************4242")),
        FindingSummary("keyword", 1, ("社外秘",)),
        FindingSummary("encrypted_attachment", 1, ("secret.zip",)),
    ]
    ext = lambda a: not a.endswith("@example.com")  # noqa: E731
    ja = summarize(_msg(findings), language="ja", tz=ZoneInfo("Asia/Tokyo"), is_external=ext)
    en = summarize(_msg(findings), language="en", tz=ZoneInfo("Asia/Tokyo"), is_external=ext)
    assert [f.text for f in ja.findings] == [
        "クレジットカード番号 2件(末尾 1111, 4242)",
        "暗号化された添付ファイル 1件(secret.zip)", "注意語 1件(社外秘)"]
    assert en.findings[0].text == "Credit card number: 2 (ending 1111, 4242)"
    # Exemption reasons (action pass) explain why something did not hold: not shown.
    assert [r.rule for r in ja.reasons] == ["card"]
    assert ja.external_orgs == 2  # x.example (two domains) and z.example
    assert [g.domain for g in ja.groups] == ["x.example", "y.x.example", "z.example"]


def test_times_in_the_zone_with_its_name() -> None:
    at = 1_750_000_000.0  # 2025-06-15 15:06:40 UTC
    assert format_time(at, ZoneInfo("Asia/Tokyo"), "ja") == "2025年6月16日(月) 00:06 JST"
    assert format_time(at, ZoneInfo("America/New_York"), "en") == "Sun 15 Jun 2025 11:06 EDT"


def test_attachment_names_only_names_and_never_raises() -> None:
    data = (b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
            b"--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n--B\r\n"
            b"Content-Disposition: attachment; filename*=UTF-8''%E9%A1%A7%E5%AE%A2.csv\r\n\r\n"
            b"a,b\r\n--B\r\nContent-Disposition: attachment; filename=\"a\r\n b.txt\"\r\n\r\nx\r\n--B--\r\n")
    assert attachment_names(data) == ("顧客.csv", "a b.txt")
    assert attachment_names(b"\xff\xfe garbage") == ()
    assert attachment_names(None) == ()


def test_a_final_notice_does_not_offer_actions() -> None:
    """After a cancel (or expiry, bounce …) the page can only show the message: the
    notice says so instead of "cancel, send or confirm on this page"."""
    s = summarize(_msg([]), language="en", tz=ZoneInfo("Asia/Tokyo"), is_external=lambda a: True)

    def body(kind: str) -> str:
        data = compose(kind, s, to="sato@example.com", from_address="mg@example.com",
                       hostname="guard.example", link="http://guard.example/m/x").data
        return email.message_from_bytes(data, policy=email.policy.default).get_body(
            ("plain",)).get_content()
    assert "Cancel, send or confirm on this page" in body("confirm")
    for kind in ("cancelled", "expired", "bounced"):
        text = body(kind)
        assert "nothing more can be done" in text and "Cancel, send" not in text, kind
