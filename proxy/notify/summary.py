"""What a person is shown about one held message, shared by the alert mails and the pages.

Built from the StoredMessage only (plus attachment names read from its bytes), so an alert
sent at hold time, a reminder a day later and the page all say the same thing. Findings
come from StoredMessage.findings, which holds masked samples only: no raw value can reach
this module, let alone an alert.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from proxy.detectors.redact import NameRedactor
from proxy.model import Action, Finding
from proxy.notify import i18n
from proxy.notify.safe import display, masked_tail, one_line
from proxy.recipients import normalise_domain, organisation, split_address
from proxy.store.base import StoredMessage

RuleText = Callable[[str, str], str | None]  # (rule name, language) → the rule's message
MAX_ATTACHMENTS = 50


@dataclass(frozen=True)
class RecipientGroup:
    domain: str
    external: bool
    organisation: str
    addresses: tuple[str, ...]  # as shown (one line, no control characters)
    raw: tuple[str, ...] = ()  # as in the envelope (form values for "remove")

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.raw, self.addresses, strict=True))


@dataclass(frozen=True)
class FindingLine:
    type: str
    label: str
    count: int
    samples: tuple[str, ...]  # display-ready: "1111" (a masked tail), a watch word, a file name
    text: str  # the whole line: "クレジットカード番号 2件(末尾 1111, 4242)"


@dataclass(frozen=True)
class Reason:
    rule: str
    text: str


@dataclass(frozen=True)
class Summary:
    language: str
    queue_id: str
    subject: str
    sender: str
    action: str
    state: str
    groups: tuple[RecipientGroup, ...]
    recipient_count: int
    external_count: int
    external_orgs: int
    reasons: tuple[Reason, ...]
    findings: tuple[FindingLine, ...]
    attachments: tuple[str, ...]
    approvers: tuple[str, ...]
    received: str
    deadline_at: float | None  # release time (hold) or expiry (confirm / approve)
    deadline: str

    def word(self, key: str, **values: object) -> str:
        return i18n.t(key, self.language, **values)


def group_recipients(
    addresses: list[str], is_external: Callable[[str], bool]
) -> tuple[RecipientGroup, ...]:
    """By domain, external domains first (they are what the sender must check)."""
    by_domain: dict[str, list[str]] = {}
    for addr in addresses:
        domain = normalise_domain(split_address(addr)[1])
        by_domain.setdefault(domain, []).append(addr)
    groups = [
        RecipientGroup(
            domain=domain,
            external=is_external(addrs[0]),
            organisation=organisation(domain) if domain else "",
            # Addresses are not number-masked: the sender must see exactly who gets it.
            addresses=tuple(one_line(a, 320) for a in addrs),
            raw=tuple(addrs),
        )
        for domain, addrs in by_domain.items()
    ]
    groups.sort(key=lambda g: (not g.external, g.organisation, g.domain))
    return tuple(groups)


def _finding_line(type_: str, count: int, samples: tuple[str, ...], language: str) -> FindingLine:
    label = i18n.finding_label(type_, language)
    if type_ == "keyword":
        shown = tuple(one_line(s, 40) for s in samples)
        detail = ", ".join(shown)
    elif type_ == "encrypted_attachment":
        shown = tuple(display(s, 80) for s in samples)
        detail = ", ".join(shown)
    else:
        shown = tuple(masked_tail(s) for s in samples)
        detail = i18n.t("tail", language, v=", ".join(shown)) if shown else ""
    n = i18n.t("count", language, n=count)
    if language == "en":
        text = f"{label}: {n}" + (f" ({detail})" if detail else "")
    else:
        text = f"{label} {n}" + (f"({detail})" if detail else "")
    return FindingLine(type_, label, count, shown, text)


def attachment_names(
    data: bytes | None, limit: int = MAX_ATTACHMENTS, msg: StoredMessage | None = None
) -> tuple[str, ...]:
    """File names of the message's attachments (names only, never content). Blocking:
    call it in a worker thread for a big message. With the stored `msg`, a name that
    held a found value is shown as its findings' locations show it (口座_****567.pdf):
    the judge masked those (proxy.detectors.redact), and display() masks only runs of
    nine digits."""
    masked = _masked_names(msg)
    return tuple(
        display(_as_masked(name, masked) if masked else name, 120)
        for name in _raw_attachment_names(data, limit)
    )


def _raw_attachment_names(data: bytes | None, limit: int) -> list[str]:
    if not data:
        return []
    try:
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        names: list[str] = []
        for part in parsed.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                names.append(str(name))
                if len(names) >= limit:
                    break
        return names
    except Exception:  # a damaged message still gets its alert, without names
        return []


def shown_attachment_names(data: bytes, findings: Iterable[Finding]) -> tuple[str, ...]:
    """The names alerts and pages will list, masked by the message's findings (every
    found value, wherever in the message it was found: proxy.detectors.redact), as the
    store keeps them at hold time. Blocking, as attachment_names."""
    redact = NameRedactor(findings)
    # Masked whole, then cut for display: a cut first could leave a value's first half.
    return tuple(
        display(redact(name), 120) for name in _raw_attachment_names(data, MAX_ATTACHMENTS)
    )


async def names_to_show(msg: StoredMessage, data: bytes | None) -> tuple[str, ...]:
    """The attachment names of a stored message: kept at hold time, or (a row stored
    before they were) read from its bytes in a worker thread."""
    if msg.attachments is not None:
        return tuple(msg.attachments)
    return await asyncio.to_thread(attachment_names, data, msg=msg)


def _masked_names(msg: StoredMessage | None) -> list[str]:
    """The attachment names in `msg`'s findings' locations that the judge masked."""
    if msg is None:
        return []
    out = []
    for finding in msg.findings:
        for location in finding.locations:
            if location.startswith("attachment:") and "*" in location:
                out.append(location.removeprefix("attachment:").rsplit("/", 1)[-1])
    return out


def _as_masked(name: str, masked: list[str]) -> str:
    """`name` as a masked location writes it: the same length, '*' where they differ
    (the masks keep a name's length)."""
    bare = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    for shown in masked:
        if len(shown) == len(bare) and all(a == b or a == "*" for a, b in zip(shown, bare, strict=True)):
            return shown
    return name


def summarize(
    msg: StoredMessage,
    *,
    language: str,
    tz: ZoneInfo,
    is_external: Callable[[str], bool],
    rule_text: RuleText | None = None,
    attachments: tuple[str, ...] = (),
) -> Summary:
    groups = group_recipients(list(msg.rcpt_tos), is_external)
    external = [a for g in groups if g.external for a in g.addresses]
    orgs = {g.organisation for g in groups if g.external}
    reasons = []
    for r in msg.reasons:
        if r.action == Action.PASS:
            continue  # exemptions explain why something did *not* hold the message
        text = (rule_text(r.rule, language) if rule_text else None) or r.message
        reasons.append(Reason(r.rule, one_line(text, 500)))
    findings = tuple(
        _finding_line(f.type, f.count, tuple(f.samples), language) for f in msg.findings
    )
    deadline_at = msg.release_at if msg.action == Action.HOLD else msg.expires_at
    return Summary(
        language=language,
        queue_id=msg.id,
        subject=display(msg.subject, 200) or i18n.t("no_subject", language),
        sender=one_line(msg.mail_from, 320),
        action=msg.action.label,
        state=msg.state.value,
        groups=groups,
        recipient_count=len(msg.rcpt_tos),
        external_count=len(external),
        external_orgs=len(orgs),
        reasons=tuple(reasons),
        findings=findings,
        attachments=attachments,
        approvers=tuple(one_line(a, 320) for a in msg.approvers),
        received=i18n.format_time(msg.received_at, tz, language),
        deadline_at=deadline_at,
        deadline=i18n.format_time(deadline_at, tz, language) if deadline_at else "",
    )
