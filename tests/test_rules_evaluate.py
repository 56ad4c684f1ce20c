"""Evaluation: combining conditions, strongest action, longest delay, exemptions,
modifiers, languages, the regex time limit, and speed."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
import regex

from proxy.model import Action, Envelope, MessageView, Segment
from proxy.recipients import classify
from proxy.rules import FAIL_SAFE_DELAY, RuleSet, evaluate, load_rules

INTERNAL = ("example.co.jp",)
_counter = itertools.count()


def load(tmp_path: Path, text: str) -> RuleSet:
    folder = tmp_path / f"rules{next(_counter)}"
    folder.mkdir()
    (folder / "r.toml").write_text(text, encoding="utf-8")
    return load_rules(folder, internal_domains=INTERNAL)


def view(
    *rcpts: str, sender: str = "me@example.co.jp", body: str = "", subject: str = ""
) -> MessageView:
    env = Envelope(sender, rcpts)
    segments = [Segment(body, "body", "body")] if body else []
    return MessageView(
        envelope=env,
        size=len(body) + 100,
        subject=subject,
        recipients=classify(env, rcpts, internal_domains=INTERNAL),
        segments=segments,
    )


def rule(name: str, action: str, when: str, *, extra: str = "", message: str = "") -> str:
    delay = 'delay = "1m"\n' if action == "hold" and "delay" not in extra else ""
    msg = message or f'message.ja = "{name} ja"\nmessage.en = "{name} en"\n'
    return f'[[rule]]\nname = "{name}"\naction = "{action}"\n{delay}{extra}{msg}when.{when}\n\n'


EXT = "a@other.com"


def test_no_rule_matching_is_pass(tmp_path: Path) -> None:
    rs = load(tmp_path, rule("ext", "hold", "external_recipients = { at_least = 1 }"))
    decision = evaluate(view("x@example.co.jp"), rs)
    assert decision.action is Action.PASS
    assert decision.reasons == ()
    assert decision.delay_seconds == 0


def test_every_matching_rule_gives_a_reason_and_the_strongest_wins(tmp_path: Path) -> None:
    rs = load(
        tmp_path,
        rule("a-hold", "hold", "always = true")
        + rule("b-confirm", "confirm", "always = true")
        + rule("c-pass", "pass", "always = true")
        + rule("d-never", "reject", "always = false")
        + rule("e-approve", "approve", "always = true", extra='approvers = "boss@example.co.jp"\n'),
    )
    decision = evaluate(view(EXT), rs)
    assert decision.action is Action.APPROVE
    assert decision.rules == ["a-hold", "b-confirm", "c-pass", "e-approve"]
    assert [r.action for r in decision.reasons] == [
        Action.HOLD,
        Action.CONFIRM,
        Action.PASS,
        Action.APPROVE,
    ]
    assert decision.approvers == ("boss@example.co.jp",)


def test_reject_beats_everything(tmp_path: Path) -> None:
    rs = load(
        tmp_path,
        rule("approve", "approve", "always = true", extra='approvers = ["b@example.co.jp"]\n')
        + rule("reject", "reject", "always = true"),
    )
    assert evaluate(view(EXT), rs).action is Action.REJECT


def test_longest_delay_wins(tmp_path: Path) -> None:
    rs = load(
        tmp_path,
        rule("short", "hold", "always = true", extra="delay = 60\n")
        + rule("long", "hold", "always = true", extra='delay = "1h"\n')
        + rule("mid", "hold", "always = true", extra='delay = "10m"\n')
        + rule("confirm", "confirm", "always = true"),
    )
    decision = evaluate(view(EXT), rs)
    assert decision.delay_seconds == 3600
    assert decision.action is Action.CONFIRM
    assert [r.delay_seconds for r in decision.reasons] == [60, 3600, 600, 0]


ANY_NOT_ALL = """\
[[rule]]
name = "combined"
action = "confirm"
message = "m"
  [rule.when]
  external_recipients = { at_least = 1 }
  not = { sender = ["boss@example.co.jp"] }
  any = [
    { subject_matches = "見積" },
    { all = [ { body_matches = "invoice" }, { body_matches = "total" } ] },
  ]
"""


@pytest.mark.parametrize(
    ("v", "expected"),
    [
        (view(EXT, subject="お見積り"), True),
        (view(EXT, body="invoice, total 3000"), True),
        (view(EXT, body="invoice only"), False),  # all: both parts needed
        (view(EXT, subject="見積", sender="boss@example.co.jp"), False),  # not
        (view("x@example.co.jp", subject="見積"), False),  # the table's other key
        (view(EXT, subject="hello"), False),  # any: none true
    ],
)
def test_all_any_not(tmp_path: Path, v: MessageView, expected: bool) -> None:
    decision = evaluate(v, load(tmp_path, ANY_NOT_ALL))
    assert (decision.action is Action.CONFIRM) is expected


def test_any_as_array_of_tables(tmp_path: Path) -> None:
    text = """\
[[rule]]
name = "either"
action = "confirm"
message = "m"
  [[rule.when.any]]
  subject_matches = "A"
  [[rule.when.any]]
  body_matches = "B"
"""
    rs = load(tmp_path, text)
    assert evaluate(view(EXT, subject="A"), rs).action is Action.CONFIRM
    assert evaluate(view(EXT, body="B"), rs).action is Action.CONFIRM
    assert evaluate(view(EXT, body="C"), rs).action is Action.PASS


EXEMPTIONS = (
    rule("ext", "hold", "external_recipients = { at_least = 1 }")
    + rule("id", "confirm", 'body_matches = "secret"')
    + """\
[[exempt]]
name = "system"
message.ja = "システム送信"
message.en = "system sender"
when.sender = "robot@example.co.jp"

[[exempt]]
name = "partner"
rules = ["ext"]
when.all_external_domains = "partner.example"
"""
)


def test_exemption_without_rules_switches_every_rule_off(tmp_path: Path) -> None:
    rs = load(tmp_path, EXEMPTIONS)
    decision = evaluate(view(EXT, sender="robot@example.co.jp", body="secret"), rs, language="en")
    assert decision.action is Action.PASS
    assert [(r.rule, r.action, r.message) for r in decision.reasons] == [
        ("system", Action.PASS, "system sender")
    ]


def test_exemption_with_rules_switches_only_those_off(tmp_path: Path) -> None:
    rs = load(tmp_path, EXEMPTIONS)
    partner = view("p@partner.example")
    assert evaluate(partner, rs).rules == ["partner"]
    assert evaluate(partner, rs).action is Action.PASS
    with_secret = view("p@partner.example", body="secret")
    decision = evaluate(with_secret, rs)
    assert decision.rules == ["partner", "id"]
    assert decision.action is Action.CONFIRM
    # Not every external recipient is a partner: the exemption does not apply.
    assert evaluate(view("p@partner.example", EXT), rs).rules == ["ext"]


def test_exemption_in_another_file_applies_first(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "a.toml").write_text(rule("ext", "hold", "always = true"), encoding="utf-8")
    (folder / "z.toml").write_text('[[exempt]]\nname = "all"\nwhen.always = true\n', "utf-8")
    rs = load_rules(folder)
    decision = evaluate(view(EXT), rs)
    assert decision.action is Action.PASS
    assert decision.reasons[0].message == "all"  # no message: the name is the reason


def test_modifiers(tmp_path: Path) -> None:
    rs = load(
        tmp_path,
        rule(
            "bcc",
            "pass",
            "visible_external_recipients = { at_least = 2 }",
            extra='bcc_convert = true\nadd_header = { "X-Mailguard-Bcc" = "yes" }\n',
        )
        + rule(
            "tag",
            "hold",
            "always = true",
            extra='add_header = { "X-Mailguard-Bcc" = "yes", "X-Class" = "external" }\n',
        )
        + rule(
            "a1",
            "approve",
            "always = true",
            extra='approvers = ["x@example.co.jp", "y@example.co.jp"]\n',
        )
        + rule(
            "a2",
            "approve",
            "always = true",
            extra='approvers = ["y@example.co.jp", "z@example.co.jp"]\n',
        )
        + rule("off", "confirm", "always = false", extra='add_header = { "X-Off" = "1" }\n'),
    )
    decision = evaluate(view(EXT, "b@other.com"), rs)
    assert decision.bcc_convert
    assert decision.add_headers == (("X-Mailguard-Bcc", "yes"), ("X-Class", "external"))
    assert decision.approvers == ("x@example.co.jp", "y@example.co.jp", "z@example.co.jp")
    assert not evaluate(view(EXT), rs).bcc_convert


def test_message_languages(tmp_path: Path) -> None:
    rs = load(
        tmp_path,
        rule("both", "hold", "always = true")
        + rule("ja-only", "hold", "always = true", message='message.ja = "日本語だけ"\n')
        + rule("same", "hold", "always = true", message='message = "one text"\n'),
    )
    v = view(EXT)
    assert [r.message for r in evaluate(v, rs, language="ja").reasons] == [
        "both ja",
        "日本語だけ",
        "one text",
    ]
    assert [r.message for r in evaluate(v, rs, language="en").reasons] == [
        "both en",
        "日本語だけ",
        "one text",
    ]
    assert [r.message for r in evaluate(v, rs).reasons] == [
        "both ja / both en",
        "日本語だけ",
        "one text",
    ]


# (a|aa)+$ backtracks exponentially on a long run of "a" that ends in something else.
SLOW = "'(a|aa)+$'"
SLOW_BODY = "a" * 40 + "b"


def test_regex_timeout_holds_the_message(tmp_path: Path) -> None:
    rs = load(tmp_path, rule("slow", "confirm", f"body_matches = {SLOW}"))
    started = time.monotonic()
    decision = evaluate(view(EXT, body=SLOW_BODY), rs, regex_timeout=0.05, language="en")
    assert time.monotonic() - started < 2
    assert decision.action is Action.HOLD
    assert decision.delay_seconds == FAIL_SAFE_DELAY
    (reason,) = decision.reasons
    assert reason.rule == "slow:timeout"
    assert "could not be checked in time" in reason.message


def test_regex_timeout_in_an_undecided_any_is_unknown(tmp_path: Path) -> None:
    text = rule("slow-any", "confirm", f"any = [{{ body_matches = {SLOW} }}, {{ always = false }}]")
    decision = evaluate(view(EXT, body=SLOW_BODY), load(tmp_path, text), regex_timeout=0.05)
    assert decision.rules == ["slow-any:timeout"]
    assert decision.action is Action.HOLD


def test_regex_timeout_does_not_matter_when_the_answer_is_known(tmp_path: Path) -> None:
    # any: another part is true; all: another part is false.
    text = rule("any-true", "confirm", f"any = [{{ body_matches = {SLOW} }}, {{ always = true }}]")
    text += rule(
        "all-false", "confirm", f"all = [{{ body_matches = {SLOW} }}, {{ always = false }}]"
    )
    decision = evaluate(view(EXT, body=SLOW_BODY), load(tmp_path, text), regex_timeout=0.05)
    assert decision.rules == ["any-true"]
    assert decision.action is Action.CONFIRM


def test_cheap_conditions_run_first_so_internal_mail_never_runs_the_regex(tmp_path: Path) -> None:
    text = rule(
        "ext-slow",
        "confirm",
        f"body_matches = {SLOW}\nwhen.external_recipients = {{ at_least = 1 }}",
    )
    decision = evaluate(
        view("x@example.co.jp", body=SLOW_BODY), load(tmp_path, text), regex_timeout=0.05
    )
    assert decision.action is Action.PASS and decision.reasons == ()


def test_regex_timeout_in_an_exemption_holds_and_does_not_exempt(tmp_path: Path) -> None:
    text = rule("ext", "confirm", "external_recipients = { at_least = 1 }")
    text += f'[[exempt]]\nname = "slow-exempt"\nwhen.body_matches = {SLOW}\n'
    decision = evaluate(view(EXT, body=SLOW_BODY), load(tmp_path, text), regex_timeout=0.05)
    assert decision.rules == ["slow-exempt:timeout", "ext"]
    assert decision.action is Action.CONFIRM


def test_regex_timeout_in_a_pass_rule_adds_nothing(tmp_path: Path) -> None:
    text = rule("tag", "pass", f"body_matches = {SLOW}")
    decision = evaluate(view(EXT, body=SLOW_BODY), load(tmp_path, text), regex_timeout=0.05)
    assert decision.action is Action.PASS and decision.reasons == ()


def test_regex_timeout_in_a_pass_rule_with_modifiers_holds(tmp_path: Path) -> None:
    # Skipping it would send the mail without its bcc_convert: every external recipient
    # shown to the others.
    text = rule("news", "pass", f"body_matches = {SLOW}", extra="bcc_convert = true\n")
    text += rule("tag", "pass", f"subject_matches = {SLOW}",
                 extra='add_header = { "X-Tag" = "1" }\n')
    decision = evaluate(view(EXT, body=SLOW_BODY, subject=SLOW_BODY), load(tmp_path, text),
                        regex_timeout=0.05)
    assert decision.rules == ["news:timeout", "tag:timeout"]
    assert decision.action is Action.HOLD and decision.delay_seconds == FAIL_SAFE_DELAY
    assert not decision.bcc_convert and decision.add_headers == ()


def test_nothing_is_compiled_per_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        rule("re", "confirm", 'body_matches = ["inv\\\\w+", "total"]')
        + rule("kw", "confirm", 'keywords = ["社外秘"]')
        + rule("name", "confirm", 'attachment_name = "*.csv"')
        + rule("dom", "hold", 'recipient_domain = ["*.other.com", "other.com"]')
    )
    rs = load(tmp_path, text)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled a pattern while evaluating")

    monkeypatch.setattr(regex, "compile", refuse)
    monkeypatch.setattr(re, "compile", refuse)
    decision = evaluate(view(EXT, body="invoice 社外秘"), rs)
    assert decision.rules == ["re", "kw", "dom"]


def test_ruleset_is_read_only(tmp_path: Path) -> None:
    rs = load(tmp_path, rule("a", "hold", "always = true"))
    rs.keywords.append("mutated")
    assert rs.keywords == []
    with pytest.raises(AttributeError):
        rs.rules = ()  # type: ignore[misc]


def test_evaluation_takes_microseconds_per_rule(tmp_path: Path) -> None:
    rules = "".join(
        rule(f"r{i}", "hold", f"external_recipients = {{ at_least = {i % 3} }}") for i in range(20)
    ) + rule(
        "ids",
        "confirm",
        "findings_any = { credit_card = { at_least = 1 }, my_number = { at_least = 1 } }",
    )
    rs = load(tmp_path, rules)
    v = view(EXT, "b@other.co.jp", "c@example.co.jp")
    evaluate(v, rs)
    rounds = 300
    started = time.perf_counter()
    for _ in range(rounds):
        evaluate(v, rs)
    per_rule = (time.perf_counter() - started) / rounds / len(rs.rules)
    # Typically ~5 µs; the bound leaves room for a slow, busy test machine.
    assert per_rule < 200e-6
