"""One message in, one Decision out: inspect → detectors → recipients → rules.

Pure and synchronous, so it is tested without sockets; the SMTP path runs it in a
worker thread (it can take a while on a large attachment) and `mailguard check` calls
it directly.
"""

from __future__ import annotations

import email.policy
import functools
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

from proxy.config import InspectConfig
from proxy.detectors import DETECTOR_TYPES, find_all
from proxy.detectors.redact import redact_findings
from proxy.inspect import extract
from proxy.inspect.headers import addr_specs
from proxy.model import Attachment, Envelope, Finding, MessageView
from proxy.model import Decision as Decision
from proxy.recipients import classify
from proxy.rules import RuleSet, evaluate


@dataclass(frozen=True)
class Judge:
    """What judging needs besides the message: a rule set and the limits."""

    ruleset: RuleSet
    limits: InspectConfig
    regex_timeout: float = 0.5
    language: str | None = None

    def view(self, envelope: Envelope, data: bytes) -> MessageView:
        ex = extract(data, self.limits)
        senders = [a for a in (envelope.mail_from, ex.from_address) if a]
        findings = find_all(
            ex.segments,
            sender_addresses=senders,
            keywords=self.ruleset.keywords,
            company=self.ruleset.company_details,
            sender_display_names=_display_names(ex.headers),
        )
        encrypted = _outermost([a for a in ex.attachments if a.encrypted])
        if encrypted:
            # The MIME walker only marks attachments; the rules read findings.
            finding = Finding("encrypted_attachment")
            for att in encrypted:
                finding.add(att.name, f"attachment:{att.name}", att.name)
            findings["encrypted_attachment"] = finding
        # File names and subjects carry data too (マイナンバー_…_482177305515.png): shown
        # masked, as the values are.
        redact = redact_findings(findings)
        recipients = classify(
            envelope,
            ex.to_cc,
            internal_domains=self.ruleset.internal_domains,
            partner_domains=self.ruleset.partner_domains,
        )
        return MessageView(
            envelope=envelope,
            size=len(data),
            subject=ex.subject,
            subject_shown=redact(ex.subject),
            from_address=ex.from_address,
            headers=ex.headers,
            recipients=recipients,
            segments=ex.segments,
            attachments=ex.attachments,
            findings=findings,
            incomplete=[redact(note) for note in ex.incomplete],
            auto_generated=ex.auto_generated,
        )

    def uninspected(
        self, envelope: Envelope, data: bytes, reason: str
    ) -> tuple[MessageView, Decision]:
        """The judgement of a message whose content could not be read at all (the
        inspection process died on it): the envelope's recipients, all taken as Bcc-only
        (the headers were not read either), and `reason` as why it is not fully
        inspected, so the rules fail safe on it."""
        recipients = classify(
            envelope,
            (),
            internal_domains=self.ruleset.internal_domains,
            partner_domains=self.ruleset.partner_domains,
        )
        view = MessageView(
            envelope=envelope, size=len(data), recipients=recipients, incomplete=[reason]
        )
        decision = evaluate(
            view, self.ruleset, regex_timeout=self.regex_timeout, language=self.language
        )
        return view, decision

    def __call__(self, envelope: Envelope, data: bytes) -> tuple[MessageView, Decision]:
        view = self.view(envelope, data)
        decision = evaluate(
            view, self.ruleset, regex_timeout=self.regex_timeout, language=self.language
        )
        return view, decision


def _display_names(headers: list[tuple[str, str]]) -> tuple[str, ...]:
    """The display names of the From header ("山田 太郎" of "山田 太郎 <t.yamada@…>")."""
    return _names_in(tuple(value for name, value in headers if name.lower() == "from"))


@functools.lru_cache(maxsize=1024)  # senders write mail after mail; the parser is slow
def _names_in(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name, _ in getaddresses(values) if name.strip())


def _outermost(encrypted: list[Attachment]) -> list[Attachment]:
    """One finding per encrypted file as the sender attached it: a password ZIP is
    flagged both as the archive and as its members ("a.zip/x.xlsx"); count the archive."""
    names = {a.name for a in encrypted}
    return [
        a for a in encrypted
        if not any(a.name.startswith(other + "/") for other in names if other != a.name)
    ]


def envelope_from_headers(data: bytes) -> Envelope:
    """The envelope a message's own headers imply: From → sender, To/Cc/Bcc → recipients."""
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
    # raw_items: compat32's get_all turns a raw UTF-8 value (RFC 6532) into a Header of
    # unknown-8bit bytes, whose str() is mojibake; addr_specs decodes those bytes as UTF-8.
    raw: dict[str, list[str]] = {}
    for name, value in headers.raw_items():
        raw.setdefault(name.lower(), []).append(str(value))
    senders = addr_specs(raw.get("from", [])[:1])
    rcpts = addr_specs(raw.get("to", []) + raw.get("cc", []) + raw.get("bcc", []))
    return Envelope(senders[0] if senders else "", tuple(rcpts))


def findings_json(view: MessageView) -> list[dict[str, Any]]:
    order = {name: i for i, name in enumerate(DETECTOR_TYPES)}
    items = sorted(view.findings.values(), key=lambda f: order.get(f.type, len(order)))
    return [f.to_json() for f in items]


def check_json(view: MessageView, decision: Decision) -> dict[str, Any]:
    """The `mailguard check --json` object (shape fixed in DESIGN.md). The rules'
    modifiers are added only when a matching rule has them, so the common object keeps
    the documented keys alone."""
    out: dict[str, Any] = {
        "action": decision.action.label,
        "delay_seconds": decision.delay_seconds,
        "reasons": [r.to_json() for r in decision.reasons],
        "recipients": [r.to_json() for r in view.recipients],
        "findings": findings_json(view),
        "incomplete": list(view.incomplete),
    }
    if decision.approvers:
        out["approvers"] = list(decision.approvers)
    if decision.bcc_convert:
        # What the relay does: visible external recipients taken out of To/Cc.
        out["bcc_convert"] = sorted(r.address for r in view.external if r.visible)
    if decision.add_headers:
        out["add_headers"] = [[n, v] for n, v in decision.add_headers]
    return out
