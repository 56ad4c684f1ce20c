"""What the page of one message shows and offers, by state and by who is looking.

The asymmetry that matters: stopping a message is always one press (a scanner that
cancels is a nuisance), releasing one needs a person (a scanner that releases defeats
the guard), so every verb in HUMAN_VERBS needs the ticked checkbox and a form that was
rendered at least MIN_FORM_AGE seconds earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from proxy.actions import Verb
from proxy.model import Action
from proxy.notify import i18n
from proxy.notify.summary import Summary
from proxy.store.base import State, StoredMessage
from proxy.web.words import word

SENDER = "sender"
APPROVER = "approver"
ADMIN = "admin"

HUMAN_VERBS = frozenset({Verb.SEND_NOW, Verb.CONFIRM, Verb.APPROVE, Verb.REMOVE_RECIPIENTS})
MIN_FORM_AGE = 2.0  # seconds between rendering a page and a release press
STOPPABLE = (State.RELEASED, State.APPROVED, State.DEFERRED)


def verbs_for(msg: StoredMessage, audience: str) -> tuple[Verb, ...]:
    if audience == APPROVER:
        if msg.state == State.HELD and msg.action == Action.APPROVE:
            return (Verb.APPROVE, Verb.REJECT)
        return ()
    if msg.state in STOPPABLE:
        return (Verb.CANCEL,)
    if msg.state != State.HELD:
        return ()
    verbs = [Verb.CANCEL]
    if msg.action == Action.HOLD:
        verbs.append(Verb.SEND_NOW)
    elif msg.action == Action.CONFIRM:
        verbs.append(Verb.CONFIRM)
    elif audience == ADMIN:
        verbs += [Verb.APPROVE, Verb.REJECT]
    if audience == SENDER and len(msg.rcpt_tos) >= 2:
        verbs.append(Verb.REMOVE_RECIPIENTS)
    return tuple(verbs)


@dataclass(frozen=True)
class HistoryLine:
    at: str
    state: str
    actor: str
    note: str


@dataclass(frozen=True)
class MessagePage:
    s: Summary
    audience: str
    state: str
    tone: str  # wait | go | stop | fail: the colour of the status box
    status: str
    final: bool
    countdown_at: float | None
    countdown_label: str
    verbs: tuple[Verb, ...]
    remove_sends: bool  # removing recipients also sends the rest now
    history: tuple[HistoryLine, ...]


def _last(msg: StoredMessage) -> tuple[float, str]:
    if msg.history:
        t = msg.history[-1]
        return t.at, t.actor
    return (msg.finished_at or msg.updated_at), "system"


def status_text(msg: StoredMessage, s: Summary, tz: ZoneInfo) -> tuple[str, str]:
    """(tone, sentence) for the message's state."""
    lang = s.language
    at, actor = _last(msg)
    when = i18n.format_time(at, tz, lang)
    state = msg.state
    if state == State.HELD:
        return "wait", word(f"state_held_{msg.action.label}", lang, time=s.deadline)
    if state in (State.RELEASED, State.APPROVED, State.DEFERRED, State.DELIVERING):
        return "go", word(f"state_{state.value}", lang)
    if state == State.DELIVERED:
        return "go", word("state_delivered", lang, time=when)
    if state == State.BOUNCED:
        return "fail", word("state_bounced", lang, time=when)
    if state == State.EXPIRED:
        deadline = s.deadline or when
        return "stop", word("state_expired", lang, time=deadline)
    return "stop", word("state_cancelled", lang, time=when, by=i18n.actor_label(actor, lang))


def build(msg: StoredMessage, s: Summary, audience: str, tz: ZoneInfo) -> MessagePage:
    tone, status = status_text(msg, s, tz)
    held = msg.state == State.HELD
    countdown = s.deadline_at if held else None
    label = "countdown" if msg.action == Action.HOLD else "deadline"
    history = tuple(
        HistoryLine(i18n.format_time(h.at, tz, s.language), h.to_state,
                    i18n.actor_label(h.actor, s.language) if audience != ADMIN else h.actor,
                    h.note)
        for h in msg.history
    )
    return MessagePage(
        s=s, audience=audience, state=msg.state.value, tone=tone, status=status,
        final=msg.final, countdown_at=countdown, countdown_label=word(label, s.language),
        verbs=verbs_for(msg, audience),
        remove_sends=msg.action in (Action.HOLD, Action.CONFIRM),
        history=history,
    )
