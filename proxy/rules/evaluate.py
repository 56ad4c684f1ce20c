"""Evaluate a RuleSet against one message: a pure function from MessageView to Decision.

Exemptions run first; rules they switch off are skipped. Every matching rule gives a
reason; the strongest action wins (Action is ordered by strength) and the longest delay
of the matching rules is the delay. A condition that cannot be decided because a pattern
ran out of time fails safe: the message is held (DESIGN.md, "Fail safe").
"""

from __future__ import annotations

from proxy.model import Action, Decision, MessageView, Reason
from proxy.rules.conditions import Context, Node, PatternTimeout
from proxy.rules.ruleset import RuleSet, Text

# How long a message is held when a rule could not be decided in time.
FAIL_SAFE_DELAY = 300

_TIMEOUT_TEXT = Text(
    ja="ルール「{name}」の確認が時間内に終わらなかったため(本文や添付ファイルが大きすぎる"
    "可能性があります)、念のため送信を保留しています。",
    en='Rule "{name}" could not be checked in time (the text may be too large), '
    "so the message is held to be safe.",
)


def _decide(condition: Node, ctx: Context) -> bool | None:
    """True/False, or None when a pattern ran out of time."""
    try:
        return condition.test(ctx)
    except PatternTimeout:
        return None


def _timeout_reason(name: str, language: str | None) -> Reason:
    text = Text(_TIMEOUT_TEXT.ja.format(name=name), _TIMEOUT_TEXT.en.format(name=name))
    return Reason(
        rule=f"{name}:timeout",
        action=Action.HOLD,
        message=text.render(language),
        delay_seconds=FAIL_SAFE_DELAY,
    )


def evaluate(
    view: MessageView,
    ruleset: RuleSet,
    *,
    regex_timeout: float = 0.5,
    language: str | None = None,
) -> Decision:
    """The Decision for one message.

    `regex_timeout` is the time budget of each pattern condition (seconds). `language`
    ("ja"/"en") picks the rule messages' language; None gives both, Japanese first.
    The pipeline must have added an `encrypted_attachment` Finding (one value per
    encrypted attachment); encrypted attachments in view.attachments count as well.
    """
    ctx = Context(view, regex_timeout)
    reasons: list[Reason] = []
    switched_off: set[str] = set()
    all_off = False
    for exemption in ruleset.exemptions:
        result = _decide(exemption.condition, ctx)
        if result is None:
            reasons.append(_timeout_reason(exemption.name, language))
        elif result:
            reasons.append(Reason(exemption.name, Action.PASS, exemption.message.render(language)))
            if exemption.rules is None:
                all_off = True
            else:
                switched_off |= exemption.rules

    approvers: dict[str, None] = {}
    headers: dict[tuple[str, str], None] = {}
    bcc_convert = False
    if not all_off:
        for rule in ruleset.rules:
            if switched_off and rule.name in switched_off:
                continue
            try:  # _decide, inlined: this runs for every rule of every message
                result: bool | None = rule.condition.test(ctx)
            except PatternTimeout:
                result = None
            if result is None:
                # Unknown: hold, unless the rule could not have changed anything (a
                # pass rule with no modifiers). A pass rule's bcc_convert left undone
                # would show every external recipient to the others.
                if rule.action >= Action.HOLD or rule.bcc_convert or rule.add_headers:
                    reasons.append(_timeout_reason(rule.name, language))
                continue
            if not result:
                continue
            reasons.append(
                Reason(rule.name, rule.action, rule.message.render(language), rule.delay_seconds,
                       message_en=rule.message.en)
            )
            if rule.action is Action.APPROVE:
                approvers.update(dict.fromkeys(rule.approvers))
            headers.update(dict.fromkeys(rule.add_headers))
            bcc_convert = bcc_convert or rule.bcc_convert

    return Decision(
        action=max((r.action for r in reasons), default=Action.PASS),
        delay_seconds=max((r.delay_seconds for r in reasons), default=0),
        reasons=tuple(reasons),
        approvers=tuple(approvers),
        bcc_convert=bcc_convert,
        add_headers=tuple(headers),
    )
