"""The shipped rule set (rules/default.toml and its lists) against the promised table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from proxy.model import Action, Attachment, Decision, Envelope, Finding, MessageView
from proxy.recipients import classify
from proxy.rules import RuleSet, evaluate, load_rules

RULES = Path(__file__).resolve().parent.parent / "rules"
INTERNAL = ["example.co.jp"]
ME = "me@example.co.jp"
COLLEAGUE = "colleague@tokyo.example.co.jp"
CUSTOMER = "customer@client.co.jp"


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules(RULES, internal_domains=INTERNAL)


def view(
    ruleset: RuleSet,
    to: list[str],
    bcc: list[str] | None = None,
    *,
    sender: str = ME,
    findings: dict[str, int] | None = None,
    attachments: list[Attachment] | None = None,
    incomplete: list[str] | None = None,
) -> MessageView:
    """A message to `to` (+ `bcc`) with `findings[type]` distinct values of each type."""
    env = Envelope(sender, tuple(to + (bcc or [])))
    found = {}
    for type_, count in (findings or {}).items():
        f = Finding(type_)
        for i in range(count):
            f.add(f"{type_}-{i}", "attachment:list.xlsx", "****")
        found[type_] = f
    return MessageView(
        envelope=env,
        size=2048,
        recipients=classify(
            env,
            to,
            internal_domains=ruleset.internal_domains,
            partner_domains=ruleset.partner_domains,
        ),
        attachments=attachments or [],
        findings=found,
        incomplete=incomplete or [],
    )


def decide(ruleset: RuleSet, *args: object, **kwargs: object) -> Decision:
    return evaluate(view(ruleset, *args, **kwargs), ruleset)  # type: ignore[arg-type]


def test_internal_only_passes(shipped: RuleSet) -> None:
    decision = decide(shipped, [COLLEAGUE, "boss@example.co.jp"], findings={"credit_card": 3})
    assert decision.action is Action.PASS
    assert decision.reasons == ()


def test_external_recipient_holds_five_minutes(shipped: RuleSet) -> None:
    decision = decide(shipped, [CUSTOMER, COLLEAGUE])
    assert decision.action is Action.HOLD
    assert decision.delay_seconds == 300
    assert decision.rules == ["external-recipient"]


def test_bcc_only_external_recipient_also_holds(shipped: RuleSet) -> None:
    decision = decide(shipped, [COLLEAGUE], bcc=[CUSTOMER])
    assert decision.rules == ["external-recipient"]


def test_two_external_organisations_have_their_own_reason(shipped: RuleSet) -> None:
    decision = decide(shipped, [CUSTOMER, "other@another.com"])
    assert decision.action is Action.HOLD
    assert decision.delay_seconds == 300
    assert decision.rules == ["external-recipient", "multiple-organisations"]


def test_subdomains_of_one_organisation_are_one(shipped: RuleSet) -> None:
    decision = decide(shipped, ["a@osaka.client.co.jp", "b@tokyo.client.co.jp"])
    assert decision.rules == ["external-recipient"]


def test_ten_visible_external_recipients_need_confirmation(shipped: RuleSet) -> None:
    ten = [f"u{i}@client.co.jp" for i in range(10)]
    decision = decide(shipped, ten)
    assert decision.action is Action.CONFIRM
    assert "many-visible-external" in decision.rules
    assert decide(shipped, ten[:9]).action is Action.HOLD
    # The same people in Bcc are the right way to do it.
    assert decide(shipped, [COLLEAGUE], bcc=ten).action is Action.HOLD


@pytest.mark.parametrize(
    "detector",
    [
        "credit_card",
        "my_number",
        "jp_bank_account",
        "jp_passport",
        "jp_drivers_license",
        "jp_residence_card",
        "jp_pension_number",
        "us_ssn",
        "iban",
    ],
)
def test_any_identity_number_to_outside_needs_confirmation(shipped: RuleSet, detector: str) -> None:
    decision = decide(shipped, [CUSTOMER], findings={detector: 1})
    assert decision.action is Action.CONFIRM
    assert decision.rules == ["external-recipient", "personal-id-numbers"]
    assert decision.delay_seconds == 300
    assert decide(shipped, [COLLEAGUE], findings={detector: 1}).action is Action.PASS


@pytest.mark.parametrize(
    ("detector", "threshold"),
    [
        ("jp_phone", 5),
        ("email_address", 10),
        ("jp_postal_code", 5),
        ("jp_address", 5),
        ("date_of_birth", 3),
    ],
)
def test_a_list_of_people_needs_confirmation(
    shipped: RuleSet, detector: str, threshold: int
) -> None:
    at = decide(shipped, [CUSTOMER], findings={detector: threshold})
    assert at.action is Action.CONFIRM
    assert "personal-data-list" in at.rules
    below = decide(shipped, [CUSTOMER], findings={detector: threshold - 1})
    assert below.action is Action.HOLD
    assert "personal-data-list" not in below.rules


def test_details_that_do_not_identify_alone_do_not_confirm(shipped: RuleSet) -> None:
    decision = decide(shipped, [CUSTOMER], findings={"corporate_number": 3, "intl_phone": 9})
    assert decision.action is Action.HOLD


def test_encrypted_attachment_holds_with_a_warning(shipped: RuleSet) -> None:
    zipped = [Attachment("見積書.zip", "application/zip", 4096, encrypted=True)]
    decision = decide(shipped, [CUSTOMER], findings={"encrypted_attachment": 1}, attachments=zipped)
    assert decision.action is Action.HOLD
    assert decision.rules == ["external-recipient", "encrypted-attachment"]
    (reason,) = [r for r in decision.reasons if r.rule == "encrypted-attachment"]
    assert "パスワード" in reason.message and "password" in reason.message
    # Encrypted attachments also count when the pipeline did not add the finding.
    assert "encrypted-attachment" in decide(shipped, [CUSTOMER], attachments=zipped).rules


def test_keyword_needs_confirmation(shipped: RuleSet) -> None:
    decision = decide(shipped, [CUSTOMER], findings={"keyword": 1})
    assert decision.action is Action.CONFIRM
    assert "keyword" in decision.rules
    assert "社外秘" in shipped.keywords


def test_not_fully_inspected_holds(shipped: RuleSet) -> None:
    decision = decide(shipped, [CUSTOMER], incomplete=["corrupt MIME"])
    assert decision.action is Action.HOLD
    assert decision.rules == ["external-recipient", "not-fully-inspected"]
    assert decide(shipped, [COLLEAGUE], incomplete=["corrupt MIME"]).action is Action.PASS


def test_every_shipped_rule_speaks_japanese_and_english(shipped: RuleSet) -> None:
    for rule in shipped.rules:
        assert rule.message.ja and rule.message.en, rule.name
        assert not rule.message.ja.isascii(), rule.name
        assert rule.message.en.isascii(), rule.name
        assert rule.description, rule.name
    reason = decide(shipped, [CUSTOMER]).reasons[0]
    assert reason.message == shipped.rules[0].message.render()
    assert " / " in reason.message


@pytest.fixture
def with_lists(tmp_path: Path) -> RuleSet:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    with (folder / "partner_domains.txt").open("a", encoding="utf-8") as f:
        f.write("partner.example.jp\n")
    with (folder / "exempt_senders.txt").open("a", encoding="utf-8") as f:
        f.write("scanner@example.co.jp\n")
    return load_rules(folder, internal_domains=INTERNAL)


def test_exempt_sender_is_never_held(with_lists: RuleSet) -> None:
    decision = decide(
        with_lists,
        [CUSTOMER, "x@another.com"],
        sender="Scanner@Example.co.jp",
        findings={"credit_card": 1},
    )
    assert decision.action is Action.PASS
    assert decision.rules == ["exempt-sender"]


def test_partner_only_mail_skips_the_external_hold_but_not_the_checks(with_lists: RuleSet) -> None:
    partner = "tanaka@partner.example.jp"
    assert decide(with_lists, [partner, COLLEAGUE]).action is Action.PASS
    assert decide(with_lists, [partner]).rules == ["partner-only"]
    checked = decide(with_lists, [partner], findings={"my_number": 1})
    assert checked.action is Action.CONFIRM
    assert checked.rules == ["partner-only", "personal-id-numbers"]
    mixed = decide(with_lists, [partner, CUSTOMER])
    assert mixed.rules == ["external-recipient", "multiple-organisations"]
