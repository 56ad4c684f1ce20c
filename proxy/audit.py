"""The audit trail: one record per decision and per state change, searchable and exportable.

After an incident an organisation must establish which messages went to whom ("scope of
impact"), so every record is self-contained: sender, recipients, their domains, the rules
that matched, the finding types with counts, the outcome and who caused it. Findings are
stored as counts and *masked* samples only; raw personal data never enters the trail.

This module holds the record types, the builders and the exporters. Storage is a sink (the
store implements `append_audit` / `search_audit` in its own table, in the same transaction
as the state change it describes), so this module has no database code.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol, TextIO

from proxy.model import Action, Decision, Envelope, Finding

MAX_SAMPLES = 5

# Record kinds.
KIND_DECISION = "decision"  # the rules' verdict on one message (pass, hold, …, reject)
KIND_TRANSITION = "transition"  # a held message changed state
KIND_EDIT = "edit"  # a held message was changed without a state change (recipients removed)

# Outcomes of decision records for messages that are not stored.
OUTCOME_PASSED = "passed"
OUTCOME_REJECTED = "rejected"
OUTCOME_HELD = "held"


@dataclass(frozen=True)
class FindingSummary:
    """One detector type in one message: a count and masked samples, never raw values."""

    type: str
    count: int
    samples: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()

    @classmethod
    def from_finding(cls, finding: Finding, max_samples: int = MAX_SAMPLES) -> FindingSummary:
        # Only `samples_masked` is read: `finding.values` holds the raw values.
        return cls(
            type=finding.type,
            count=finding.count,
            samples=tuple(finding.samples_masked[:max_samples]),
            locations=tuple(finding.locations),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "count": self.count,
            "samples": list(self.samples),
            "locations": list(self.locations),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FindingSummary:
        return cls(
            type=str(data["type"]),
            count=int(data["count"]),
            samples=tuple(str(s) for s in data.get("samples", ())),
            locations=tuple(str(s) for s in data.get("locations", ())),
        )


FindingsInput = Mapping[str, Finding] | Iterable[Finding | FindingSummary]


def summarize_findings(
    findings: FindingsInput, max_samples: int = MAX_SAMPLES
) -> tuple[FindingSummary, ...]:
    """Findings as the store and the audit trail keep them, sorted by type."""
    items: Iterable[Finding | FindingSummary] = (
        findings.values() if isinstance(findings, Mapping) else findings
    )
    out = [
        f if isinstance(f, FindingSummary) else FindingSummary.from_finding(f, max_samples)
        for f in items
    ]
    return tuple(sorted(out, key=lambda f: f.type))


def normalize_domain(domain: str) -> str:
    """Lower-case IDNA (punycode) form, as `Recipient.domain`, so searches compare equal."""
    text = domain.strip().strip("[]").rstrip(".").lower()
    if text.isascii():
        return text
    try:
        return text.encode("idna").decode("ascii")
    except UnicodeError:
        # IDNA 2003 (the stdlib codec) refuses some valid names; searching still works on the
        # lower-cased form as long as both sides are normalised the same way.
        return text


def domain_of(address: str) -> str:
    _, at, domain = address.strip().strip("<>").rpartition("@")
    return normalize_domain(domain) if at else ""


def recipient_domains(addresses: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for addr in addresses:
        dom = domain_of(addr)
        if dom:
            seen.setdefault(dom, None)
    return tuple(seen)


@dataclass(frozen=True)
class AuditRecord:
    """One line of the trail. `actor` is "system", "sender", "approver" or "admin",
    optionally followed by ":<who>" (e.g. "admin:alice")."""

    at: float
    kind: str
    outcome: str
    actor: str = "system"
    queue_id: str = ""
    message_id: str = ""
    mail_from: str = ""
    recipients: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    action: str = ""
    findings: tuple[FindingSummary, ...] = ()
    note: str = ""
    id: int | None = None  # assigned by the sink

    def to_json(self, tz: tzinfo = UTC) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "time": _iso(self.at, tz),
            "kind": self.kind,
            "queue_id": self.queue_id,
            "message_id": self.message_id,
            "mail_from": self.mail_from,
            "recipients": list(self.recipients),
            "domains": list(self.domains),
            "rules": list(self.rules),
            "action": self.action,
            "findings": [f.to_json() for f in self.findings],
            "outcome": self.outcome,
            "actor": self.actor,
            "note": self.note,
        }


@dataclass(frozen=True)
class AuditQuery:
    """Search filters; every given filter must match (AND). Addresses and domains compare
    case-insensitively; `domain` also matches its subdomains ("example.jp" finds
    "mail.example.jp"). Time range is since <= at < until."""

    sender: str | None = None
    recipient: str | None = None
    domain: str | None = None
    rule: str | None = None
    action: str | None = None
    outcome: str | None = None
    queue_id: str | None = None
    kind: str | None = None
    since: float | None = None
    until: float | None = None
    limit: int = 1000
    newest_first: bool = False


class AuditSink(Protocol):
    """Where records go; the store implements it."""

    async def append_audit(self, record: AuditRecord) -> int: ...

    async def search_audit(self, query: AuditQuery) -> list[AuditRecord]: ...


def default_outcome(decision: Decision) -> str:
    if decision.action == Action.PASS:
        return OUTCOME_PASSED
    if decision.action == Action.REJECT:
        return OUTCOME_REJECTED
    return OUTCOME_HELD


def decision_record(
    envelope: Envelope,
    decision: Decision,
    *,
    at: float,
    message_id: str = "",
    findings: FindingsInput = (),
    outcome: str | None = None,
    queue_id: str = "",
    actor: str = "system",
    note: str = "",
) -> AuditRecord:
    return AuditRecord(
        at=at,
        kind=KIND_DECISION,
        outcome=outcome if outcome is not None else default_outcome(decision),
        actor=actor,
        queue_id=queue_id,
        message_id=message_id,
        mail_from=envelope.mail_from,
        recipients=tuple(envelope.rcpt_tos),
        domains=recipient_domains(envelope.rcpt_tos),
        rules=tuple(decision.rules),
        action=decision.action.label,
        findings=summarize_findings(findings),
        note=note,
    )


@dataclass
class AuditLog:
    """What the SMTP session, relay and CLI call. Held messages get their decision record
    from `Store.put` (same transaction as the message), so call `record_decision` only
    for messages that are not stored: pass and reject."""

    sink: AuditSink
    clock: Callable[[], float] = time.time

    async def record_decision(
        self,
        envelope: Envelope,
        decision: Decision,
        *,
        message_id: str = "",
        findings: FindingsInput = (),
        outcome: str | None = None,
        queue_id: str = "",
        actor: str = "system",
        note: str = "",
    ) -> int:
        """Append one decision record; returns its id. `outcome` defaults to "passed",
        "rejected" or "held" from the action (a relay may say e.g. "relayed" instead)."""
        record = decision_record(
            envelope,
            decision,
            at=self.clock(),
            message_id=message_id,
            findings=findings,
            outcome=outcome,
            queue_id=queue_id,
            actor=actor,
            note=note,
        )
        return await self.sink.append_audit(record)

    async def search(
        self,
        *,
        sender: str | None = None,
        recipient: str | None = None,
        domain: str | None = None,
        rule: str | None = None,
        action: str | None = None,
        outcome: str | None = None,
        queue_id: str | None = None,
        kind: str | None = None,
        since: float | None = None,
        until: float | None = None,
        limit: int = 1000,
        newest_first: bool = False,
    ) -> list[AuditRecord]:
        query = AuditQuery(
            sender=sender,
            recipient=recipient,
            domain=domain,
            rule=rule,
            action=action,
            outcome=outcome,
            queue_id=queue_id,
            kind=kind,
            since=since,
            until=until,
            limit=limit,
            newest_first=newest_first,
        )
        return await self.sink.search_audit(query)


# --- export ---------------------------------------------------------------------------

CSV_COLUMNS: tuple[str, ...] = (
    "time",
    "queue_id",
    "message_id",
    "kind",
    "mail_from",
    "recipients",
    "domains",
    "rules",
    "action",
    "findings",
    "outcome",
    "actor",
    "note",
)

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV
# injection); addresses, subjects and Message-IDs come from outside, so neutralise them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _iso(at: float, tz: tzinfo) -> str:
    return datetime.fromtimestamp(at, tz).isoformat(timespec="seconds")


def _findings_cell(findings: Sequence[FindingSummary]) -> str:
    parts = []
    for f in findings:
        samples = f" [{' '.join(f.samples)}]" if f.samples else ""
        parts.append(f"{f.type}={f.count}{samples}")
    return "; ".join(parts)


def export_csv(
    records: Iterable[AuditRecord], out: TextIO, *, tz: tzinfo = UTC, bom: bool = False
) -> int:
    """Write a header row and one row per record; returns the number of records.

    Lists are joined with spaces. `bom=True` starts with a UTF-8 byte order mark, which
    Excel needs to read Japanese text in a .csv file correctly.
    """
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        row = [
            _iso(r.at, tz),
            r.queue_id,
            r.message_id,
            r.kind,
            r.mail_from,
            " ".join(r.recipients),
            " ".join(r.domains),
            " ".join(r.rules),
            r.action,
            _findings_cell(r.findings),
            r.outcome,
            r.actor,
            r.note,
        ]
        writer.writerow([_cell(c) for c in row])
        n += 1
    return n


def export_json(records: Iterable[AuditRecord], out: TextIO, *, tz: tzinfo = UTC) -> int:
    """Write a JSON array, one object per record, streaming (exports can be large)."""
    out.write("[")
    n = 0
    for r in records:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(r.to_json(tz), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n
