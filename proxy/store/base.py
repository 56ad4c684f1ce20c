"""The store's interface: what a held message is, its states, and the operations on it.

Callers (SMTP session, scheduler, relay, web, CLI) use only this module's types and the
`Store` methods, so a PostgreSQL backend for several instances is an addition: the same
methods, with `claim_due` done by `SELECT … FOR UPDATE SKIP LOCKED`.

Every state change is a compare-and-set on the current state: the scheduler, the
sender, an approver and an admin may race, and exactly one of them wins.
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import secrets
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from typing import Any, Self

from proxy.audit import AuditQuery, AuditRecord, FindingsInput, FindingSummary, summarize_findings
from proxy.model import Action, Decision, Envelope, Reason
from proxy.store.headers import header_summary


class StoreError(Exception):
    """A store operation could not be done (the message says why)."""


class NotFound(StoreError):
    pass


class WrongState(StoreError):
    pass


class StoreClosed(StoreError):
    pass


class State(StrEnum):
    HELD = "held"
    RELEASED = "released"  # delay over or "send now": due for delivery
    APPROVED = "approved"  # an approver said yes: due for delivery
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # confirm/approve not given in time
    DELIVERING = "delivering"  # claimed by a sender
    DEFERRED = "deferred"  # temporary failure: due again at next_attempt_at
    DELIVERED = "delivered"
    BOUNCED = "bounced"


FINAL_STATES: frozenset[State] = frozenset(
    {State.DELIVERED, State.BOUNCED, State.CANCELLED, State.EXPIRED}
)
# States from which a message may still be stopped. Not `delivering`: the relay is talking
# to the upstream, and a cancel that "won" there could not stop the send.
CANCELLABLE: tuple[State, ...] = (State.HELD, State.RELEASED, State.APPROVED, State.DEFERRED)

TRANSITIONS: Mapping[State, frozenset[State]] = {
    State.HELD: frozenset({State.RELEASED, State.APPROVED, State.CANCELLED, State.EXPIRED}),
    State.RELEASED: frozenset({State.DELIVERING, State.CANCELLED}),
    State.APPROVED: frozenset({State.DELIVERING, State.CANCELLED}),
    State.DEFERRED: frozenset({State.DELIVERING, State.CANCELLED, State.BOUNCED}),
    # → released only through Store.recover() after a crash.
    State.DELIVERING: frozenset({State.DELIVERED, State.DEFERRED, State.BOUNCED, State.RELEASED}),
}

# Columns a transition may set besides the state. attempts and first_release_at are kept
# by the store itself (on every move to `delivering`).
TRANSITION_FIELDS = frozenset(
    {"release_at", "expires_at", "next_attempt_at", "last_error", "approvers"}
)

HOLD_ACTIONS = frozenset({Action.HOLD, Action.CONFIRM, Action.APPROVE})


def check_transition(from_states: Iterable[State], to_state: State) -> None:
    for s in from_states:
        if to_state not in TRANSITIONS.get(s, frozenset()):
            raise ValueError(f"no transition from {s.value} to {to_state.value}")


def new_queue_id() -> str:
    """12 base32 characters (60 random bits): short enough to read out on the phone."""
    return base64.b32encode(secrets.token_bytes(8)).decode("ascii")[:12]


def body_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dedup_key(mail_from: str, rcpt_tos: Iterable[str], digest: str) -> str:
    """Identity of a submission for retry detection; recipient order and case don't count."""
    parts = [mail_from.lower(), *sorted({r.lower() for r in rcpt_tos}), digest]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True)
class Transition:
    at: float
    from_state: str  # "" for the first entry (the message was stored)
    to_state: str
    actor: str
    note: str = ""


@dataclass
class StoredMessage:
    """A held message. `data` and `history` are filled by `Store.get` only; listings and
    `claim_due` leave them empty (a message may be 50 MB): use `Store.load_data`.
    `body_hash` is the sha256 of the bytes as received, kept when recipients are removed.
    """

    id: str
    received_at: float
    mail_from: str
    rcpt_tos: list[str]
    action: Action
    release_at: float
    size: int
    body_hash: str
    data: bytes | None = None
    message_id: str = ""
    subject: str = ""
    # The attachment names alerts and pages show (masked); None: read them from `data`.
    attachments: list[str] | None = None
    reasons: list[Reason] = field(default_factory=list)
    findings: list[FindingSummary] = field(default_factory=list)
    approvers: list[str] = field(default_factory=list)
    bcc_convert: bool = False
    add_headers: list[tuple[str, str]] = field(default_factory=list)
    state: State = State.HELD
    expires_at: float | None = None
    attempts: int = 0
    next_attempt_at: float | None = None
    first_release_at: float | None = None
    last_error: str = ""
    language: str = "ja"
    updated_at: float = 0.0
    finished_at: float | None = None  # when a final state was reached
    purged_at: float | None = None  # when `data` was deleted by retention
    history: list[Transition] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        envelope: Envelope,
        data: bytes,
        decision: Decision,
        *,
        findings: FindingsInput = (),
        message_id: str | None = None,
        subject: str | None = None,
        language: str = "ja",
        now: float | None = None,
        confirm_expiry: float = 86400.0,
        digest: str | None = None,
        attachments: Sequence[str] | None = None,
    ) -> StoredMessage:
        """A new held message from the session's values. Message-ID and Subject are read
        from the headers unless given; confirm/approve messages expire after
        `confirm_expiry` seconds ([policy] confirm_expiry). `digest` replaces the sha256
        of `data` when the caller knows a better identity (the client's own bytes)."""
        if decision.action not in HOLD_ACTIONS:
            raise ValueError(f"a {decision.action.label} decision is not stored")
        at = time.time() if now is None else now
        if message_id is None or subject is None:
            parsed_id, parsed_subject = header_summary(data)
            message_id = parsed_id if message_id is None else message_id
            subject = parsed_subject if subject is None else subject
        return cls(
            id=new_queue_id(),
            received_at=at,
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            action=decision.action,
            release_at=at + decision.delay_seconds,
            size=len(data),
            body_hash=digest if digest is not None else body_hash(data),
            data=data,
            message_id=message_id,
            subject=subject,
            attachments=None if attachments is None else list(attachments),
            reasons=list(decision.reasons),
            findings=list(summarize_findings(findings)),
            approvers=list(decision.approvers),
            bcc_convert=decision.bcc_convert,
            add_headers=list(decision.add_headers),
            expires_at=None if decision.action == Action.HOLD else at + confirm_expiry,
            language=language,
            updated_at=at,
        )

    @property
    def rules(self) -> list[str]:
        return [r.rule for r in self.reasons]

    @property
    def final(self) -> bool:
        return self.state in FINAL_STATES

    def to_json(self) -> dict[str, Any]:
        """The object `mailguard queue list --json` / `queue show --json` print."""
        return {
            "id": self.id,
            "state": self.state.value,
            "mail_from": self.mail_from,
            "rcpt_tos": list(self.rcpt_tos),
            "action": self.action.label,
            "release_at": self.release_at,
            "expires_at": self.expires_at,
            "rules": self.rules,
            "reasons": [r.to_json() for r in self.reasons],
            "findings": [f.to_json() for f in self.findings],
            "approvers": list(self.approvers),
            "received_at": self.received_at,
            "message_id": self.message_id,
            "subject": self.subject,
            "size": self.size,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at,
            "first_release_at": self.first_release_at,
            "last_error": self.last_error,
            "language": self.language,
            "history": [
                {
                    "at": t.at,
                    "from": t.from_state,
                    "to": t.to_state,
                    "actor": t.actor,
                    "note": t.note,
                }
                for t in self.history
            ],
        }


@dataclass(frozen=True)
class PendingNotice:
    """A notice mail the upstream did not take yet (the outbox). `id` is 0 until stored."""

    created_at: float
    kind: str  # X-Mailguard-Notice: "held", "confirm", "cancelled" …
    mail_from: str  # envelope sender of the notice ("" = null sender)
    rcpt: str
    data: bytes
    queue_id: str = ""
    next_attempt_at: float = 0.0
    attempts: int = 0
    last_error: str = ""
    id: int = 0


@dataclass(frozen=True)
class PurgeResult:
    bodies: int  # messages whose bytes were deleted
    messages: int  # message rows deleted (older than the audit retention)
    audit: int  # audit records deleted


StateArg = State | str | Iterable[State | str]


def as_states(states: StateArg) -> tuple[State, ...]:
    if isinstance(states, str):
        return (State(states),)
    return tuple(State(s) for s in states)


class Store(ABC):
    """Durable queue of held messages plus the audit trail.

    All methods are coroutines; none blocks the event loop. Writes return only after
    their transaction is committed and on disk, and a caller cancelled while waiting
    does not undo the write. Times are epoch seconds.
    """

    @abstractmethod
    async def start(self) -> None:
        """Open the database, create or migrate the schema."""

    @abstractmethod
    async def close(self) -> None:
        """Finish queued writes, then close. Further calls raise StoreClosed."""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- messages ---------------------------------------------------------------------

    @abstractmethod
    async def put(self, msg: StoredMessage, *, dedup_within: float = 0.0) -> str:
        """Store a new held message (state `held`) and its decision audit record; returns
        its queue id, which differs from `msg.id` if that id was taken: use the returned
        one. With `dedup_within` > 0, a submission identical to one stored less than that
        many seconds ago (same sender, recipients, bytes) is not stored again: the
        earlier message's id is returned instead."""

    @abstractmethod
    async def get(self, id: str) -> StoredMessage | None:
        """The message with its bytes (None once purged) and its history."""

    @abstractmethod
    async def state_of(self, id: str) -> State | None:
        """Just the message's state (None if unknown): no bytes, no history."""

    @abstractmethod
    async def load_data(self, id: str) -> bytes | None:
        """Just the message bytes (None if unknown or purged)."""

    @abstractmethod
    async def list(
        self,
        *,
        state: StateArg | None = None,
        sender: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> builtins.list[StoredMessage]:
        """Newest first, without bytes or history. `sender` compares case-insensitively."""

    @abstractmethod
    async def count_by_state(self) -> dict[State, int]:
        """Every state, with 0 for the empty ones."""

    @abstractmethod
    async def transition(
        self,
        id: str,
        from_states: StateArg,
        to_state: State | str,
        *,
        actor: str,
        note: str = "",
        now: float | None = None,
        **fields: Any,
    ) -> bool:
        """Move the message to `to_state` if it is now in one of `from_states`, setting
        `fields` (names in TRANSITION_FIELDS) in the same write, with a history entry and
        an audit record. False if the message is unknown or in another state (someone
        else won). ValueError for a transition the state machine does not have."""

    @abstractmethod
    async def claim_due(self, now: float, limit: int = 100) -> builtins.list[StoredMessage]:
        """Move up to `limit` due messages to `delivering` and return them (without
        bytes), earliest due first. Due: `held` hold-action messages with release_at <=
        now; `released` and `approved`; `deferred` with next_attempt_at <= now. Each claim
        counts an attempt and starts the delivery clock (first_release_at) if unset."""

    @abstractmethod
    async def expire_due(self, now: float, limit: int = 1000) -> builtins.list[StoredMessage]:
        """Move `held` confirm/approve messages whose expires_at <= now to `expired` and
        return them, so the caller can tell the senders."""

    @abstractmethod
    async def expiring(self, before: float, limit: int = 1000) -> builtins.list[StoredMessage]:
        """`held` confirm/approve messages whose expires_at <= `before`, soonest first,
        without bytes or history (for reminders before they expire)."""

    @abstractmethod
    async def next_due(self) -> float | None:
        """The earliest time at which claim_due or expire_due has work (may be in the
        past: work now), or None when nothing is waiting."""

    @abstractmethod
    async def recover(self, now: float | None = None) -> builtins.list[str]:
        """At start-up: messages left in `delivering` by a crash go back to `released`.
        Returns their ids: each may already have been delivered (log it)."""

    @abstractmethod
    async def find_duplicate(
        self,
        mail_from: str,
        rcpt_tos: Iterable[str],
        body_hash: str,
        within_seconds: float,
        *,
        now: float | None = None,
    ) -> str | None:
        """The id of a message with this sender, recipients (any order or case) and
        body hash received in the last `within_seconds`, including puts still queued."""

    @abstractmethod
    async def remove_recipients(
        self,
        id: str,
        addresses: Iterable[str],
        actor: str,
        *,
        now: float | None = None,
    ) -> builtins.list[str]:
        """Drop these recipients from the envelope and from the To/Cc/Bcc headers of a
        `held` message; returns the recipients left. Removing all cancels the message.
        NotFound / WrongState when it is unknown or no longer held."""

    @abstractmethod
    async def purge(
        self, now: float, retention_seconds: float, audit_retention_seconds: float
    ) -> PurgeResult:
        """Retention: delete the bytes of messages final for more than
        `retention_seconds` (metadata stays), message rows and audit records older than
        `audit_retention_seconds`."""

    # -- the notice outbox ----------------------------------------------------------

    @abstractmethod
    async def put_notice(self, notice: PendingNotice) -> int:
        """Keep a notice for another try at `notice.next_attempt_at`; returns its id."""

    @abstractmethod
    async def due_notices(self, now: float, limit: int = 100) -> builtins.list[PendingNotice]:
        """Notices whose next try is due, oldest first."""

    @abstractmethod
    async def finish_notice(self, id: int) -> None:
        """Forget a notice: sent, or given up."""

    @abstractmethod
    async def defer_notice(self, id: int, next_attempt_at: float, error: str) -> None:
        """One more failed try: count it, note the error, try again at that time."""

    @abstractmethod
    async def count_notices(self) -> int:
        """How many notices wait in the outbox."""

    # -- audit ------------------------------------------------------------------------

    @abstractmethod
    async def append_audit(self, record: AuditRecord) -> int:
        """Append one record (returns its id). The trail is never updated."""

    async def append_audit_many(self, records: Iterable[AuditRecord]) -> None:
        """Append several records in one write (the SMTP path batches pass/reject
        decisions this way). Backends may override with a faster bulk insert."""
        for record in records:
            await self.append_audit(record)

    @abstractmethod
    async def search_audit(self, query: AuditQuery) -> builtins.list[AuditRecord]:
        """Records matching every filter of `query`, oldest first unless newest_first."""
