"""What a person can do to a held message: cancel, send now, confirm, approve, reject,
remove recipients. Used by the web pages, the CLI and the tests.

Each action is a compare-and-set in the store, so it is idempotent (a double click or a
replayed POST finds the message already moved and changes nothing) and safe against
races (a cancel and the scheduler's release have exactly one winner). Each records who
acted: `sender`, `approver:<addr>`, `admin:<name>` or `system`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from proxy.model import Action
from proxy.store.base import CANCELLABLE, NotFound, State, Store, WrongState


class Verb(StrEnum):
    CANCEL = "cancel"
    SEND_NOW = "send_now"
    CONFIRM = "confirm"
    APPROVE = "approve"
    REJECT = "reject"
    REMOVE_RECIPIENTS = "remove_recipients"


@dataclass(frozen=True)
class Outcome:
    ok: bool  # the action took effect now
    state: str  # the message's state after the attempt
    message: str  # for the person who acted (English; pages translate by `code`)
    code: str = ""  # done | already | wrong_state | not_found | not_allowed
    recipients: tuple[str, ...] = ()


# Which verbs apply to which kind of held message. A `hold` may be sent early by the
# sender; `confirm` needs the sender's confirmation; `approve` needs an approver.
_ALLOWED: dict[Verb, frozenset[Action]] = {
    Verb.CANCEL: frozenset({Action.HOLD, Action.CONFIRM, Action.APPROVE}),
    Verb.SEND_NOW: frozenset({Action.HOLD}),
    Verb.CONFIRM: frozenset({Action.CONFIRM}),
    Verb.APPROVE: frozenset({Action.APPROVE}),
    Verb.REJECT: frozenset({Action.APPROVE}),
    Verb.REMOVE_RECIPIENTS: frozenset({Action.HOLD, Action.CONFIRM, Action.APPROVE}),
}

# The state each verb leads to, for recognising a repeat of the same action.
_RESULT: dict[Verb, State] = {
    Verb.CANCEL: State.CANCELLED,
    Verb.SEND_NOW: State.RELEASED,
    Verb.CONFIRM: State.RELEASED,
    Verb.APPROVE: State.APPROVED,
    Verb.REJECT: State.CANCELLED,
}


class Actions:
    def __init__(self, store: Store, *, wake: Callable[[], None] | None = None) -> None:
        self.store = store
        self.wake = wake or (lambda: None)

    async def _simple(self, verb: Verb, qid: str, actor: str, note: str = "") -> Outcome:
        msg = await self.store.get(qid)
        if msg is None:
            return Outcome(False, "", "No such message.", "not_found")
        if msg.action not in _ALLOWED[verb]:
            return Outcome(False, msg.state.value,
                           f"{verb.value} does not apply to a {msg.action.label} message.",
                           "not_allowed")
        target = _RESULT[verb]
        sources: tuple[State, ...] = CANCELLABLE if verb == Verb.CANCEL else (State.HELD,)
        won = await self.store.transition(qid, sources, target, actor=actor,
                                          note=note or verb.value, now=time.time())
        if won:
            if target in (State.RELEASED, State.APPROVED):
                self.wake()
            return Outcome(True, target.value, _DONE[verb], "done")
        now = await self.store.get(qid)
        state = now.state.value if now else ""
        if now is not None and _same_outcome(verb, now.state, now.history[-1].actor if now.history else "", actor):
            return Outcome(False, state, "Already done.", "already")
        return Outcome(False, state, f"The message is {state}; nothing was changed.", "wrong_state")

    async def cancel(self, qid: str, actor: str) -> Outcome:
        return await self._simple(Verb.CANCEL, qid, actor)

    async def send_now(self, qid: str, actor: str) -> Outcome:
        return await self._simple(Verb.SEND_NOW, qid, actor)

    async def confirm(self, qid: str, actor: str) -> Outcome:
        return await self._simple(Verb.CONFIRM, qid, actor)

    async def approve(self, qid: str, actor: str) -> Outcome:
        return await self._simple(Verb.APPROVE, qid, actor)

    async def reject(self, qid: str, actor: str) -> Outcome:
        return await self._simple(Verb.REJECT, qid, actor, note="rejected by approver")

    async def remove_recipients(
        self, qid: str, addresses: Iterable[str], actor: str, *, then_send: bool = False
    ) -> Outcome:
        """Drop recipients (envelope and To/Cc), then optionally send to the rest at once
        (the commonest mistake is one wrong address among many right ones)."""
        wanted = [a for a in addresses if a]
        if not wanted:
            return Outcome(False, "", "No recipients named.", "not_allowed")
        try:
            left = await self.store.remove_recipients(qid, wanted, actor)
        except NotFound:
            return Outcome(False, "", "No such message.", "not_found")
        except WrongState as exc:
            msg = await self.store.get(qid)
            return Outcome(False, msg.state.value if msg else "", str(exc), "wrong_state")
        if not left:
            return Outcome(True, State.CANCELLED.value, "All recipients removed: cancelled.",
                           "done")
        if then_send:
            msg = await self.store.get(qid)
            verb = Verb.SEND_NOW if msg and msg.action == Action.HOLD else Verb.CONFIRM
            if msg is not None and msg.action in _ALLOWED[verb]:
                sent = await self._simple(verb, qid, actor, note="sent after removing recipients")
                return Outcome(sent.ok, sent.state, "Recipients removed; " + sent.message.lower(),
                               sent.code, tuple(left))
        return Outcome(True, State.HELD.value, "Recipients removed.", "done", tuple(left))


_DONE = {
    Verb.CANCEL: "Cancelled: the message will not be sent.",
    Verb.SEND_NOW: "Released: the message is being sent now.",
    Verb.CONFIRM: "Confirmed: the message is being sent now.",
    Verb.APPROVE: "Approved: the message is being sent now.",
    Verb.REJECT: "Rejected: the message will not be sent.",
}


def _same_outcome(verb: Verb, state: State, last_actor: str, actor: str) -> bool:
    """Did this very action already happen (a double click), as opposed to another one?"""
    after_release = {State.RELEASED, State.DELIVERING, State.DELIVERED, State.DEFERRED,
                     State.BOUNCED}
    if verb in (Verb.SEND_NOW, Verb.CONFIRM):
        return state in after_release
    if verb == Verb.APPROVE:
        return state in after_release | {State.APPROVED}
    return state == _RESULT[verb] and last_actor == actor
