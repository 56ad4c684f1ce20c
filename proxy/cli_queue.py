"""`mailguard queue …` and `mailguard audit …`: the admin's view of held messages and of
the audit trail, straight from the store (the server need not be running).

A running server sees changes made here within seconds (its scheduler re-reads the next
due time at least every 5 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from proxy import config
from proxy.actions import Actions, Outcome
from proxy.audit import AuditQuery, export_csv, export_json
from proxy.cli_notice import tell_sender
from proxy.model import Action
from proxy.store import open_store, sqlite_path
from proxy.store.base import FINAL_STATES, State, Store, StoredMessage

T = TypeVar("T")


class CommandError(Exception):
    """Bad input for a queue/audit command: one line on stderr, exit 2."""


def _store(settings: config.Settings) -> Store:
    base = settings.resolve(".")
    try:
        path = sqlite_path(settings.store.url, base)
    except ValueError:
        path = None
    if path is not None and not path.exists():
        # Opening would create an empty store and show an empty queue: almost always the
        # wrong config (another folder, or the demo's store: --config demo-data/config.toml).
        where = f"--config {settings.source}" if settings.source else "no --config"
        raise CommandError(f"no store at {path} ([store] url, {where}): is this the "
                           "guard's config? (the demo's: --config demo-data/config.toml)")
    return open_store(settings.store.url, base_dir=base)


def _run(settings: config.Settings, work: Callable[[Store], Awaitable[T]]) -> T:
    async def main() -> T:
        async with _store(settings) as store:
            return await work(store)

    return asyncio.run(main())


def _tz(settings: config.Settings) -> tzinfo:
    try:
        return ZoneInfo(settings.policy.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"[policy] timezone: unknown time zone {settings.policy.timezone!r}") from None


def _when(at: float | None, tz: tzinfo) -> str:
    """Local time in [policy] timezone, with the zone's name (the machine may run UTC)."""
    return "-" if at is None else datetime.fromtimestamp(at, tz).strftime("%Y-%m-%d %H:%M:%S %Z")


def _release(msg: StoredMessage, tz: tzinfo) -> str:
    # A finished message has no release ahead of it, and one waiting for a person has
    # no time at all: the planned time would mislead.
    if msg.state in FINAL_STATES:
        return "-"
    if msg.state == State.HELD and msg.action in (Action.CONFIRM, Action.APPROVE):
        return "when confirmed" if msg.action == Action.CONFIRM else "when approved"
    return _when(msg.release_at, tz)


def _row(msg: StoredMessage, tz: tzinfo) -> str:
    rcpts = ", ".join(msg.rcpt_tos[:3]) + (f" (+{len(msg.rcpt_tos) - 3})" if len(msg.rcpt_tos) > 3 else "")
    release = _release(msg, tz)
    return (f"{msg.id:<13} {msg.state.value:<10} {msg.action.label:<8} "
            f"{release:<23}  {msg.mail_from or '<>'} -> {rcpts}")


def cmd_list(args: argparse.Namespace, settings: config.Settings) -> int:
    if args.state:
        try:
            State(args.state)
        except ValueError:
            raise CommandError(
                f"unknown state {args.state!r}: one of {', '.join(s.value for s in State)}"
            ) from None
    messages = _run(settings, lambda store: store.list(state=args.state, sender=args.sender,
                                                        limit=args.limit))
    if args.json:
        # Listings carry no history (queue show has it): no empty "history" to mislead.
        items = [{k: v for k, v in m.to_json().items() if k != "history"} for m in messages]
        print(json.dumps(items, ensure_ascii=False))
        return 0
    tz = _tz(settings)
    print(f"{'ID':<13} {'STATE':<10} {'ACTION':<8} {'RELEASE AT':<23}  ENVELOPE")
    for msg in messages:
        print(_row(msg, tz))
    return 0


async def _get(store: Store, qid: str) -> StoredMessage:
    msg = await store.get(qid)
    if msg is None:
        raise CommandError(f"no message with id {qid!r}")
    return msg


def cmd_show(args: argparse.Namespace, settings: config.Settings) -> int:
    msg = _run(settings, lambda store: _get(store, args.id))
    body = msg.data
    if args.json:
        out: dict[str, Any] = msg.to_json()
        if args.body:
            out["body"] = body.decode("utf-8", "replace") if body is not None else None
        print(json.dumps(out, ensure_ascii=False))
        return 0
    tz = _tz(settings)
    print(f"id:          {msg.id}")
    print(f"state:       {msg.state.value}")
    print(f"action:      {msg.action.label}")
    print(f"from:        {msg.mail_from or '<>'}")
    print(f"to:          {', '.join(msg.rcpt_tos)}")
    print(f"subject:     {msg.subject}")
    print(f"message-id:  {msg.message_id}")
    print(f"received:    {_when(msg.received_at, tz)}")
    print(f"release at:  {_release(msg, tz)}")
    if msg.expires_at:
        print(f"expires at:  {_when(msg.expires_at, tz)}")
    for r in msg.reasons:
        print(f"reason:      {r.rule} ({r.action.label}): {r.message}")
    for f in msg.findings:
        j = f.to_json()
        print(f"finding:     {j['type']} x{j['count']}: {', '.join(j['samples'])}")
    if msg.last_error:
        print(f"last error:  {msg.last_error}")
    for t in msg.history:
        print(f"history:     {_when(t.at, tz)} {t.from_state or '-'} -> {t.to_state} by {t.actor}"
              + (f" ({t.note})" if t.note else ""))
    if args.body:
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(body or b"(bytes deleted by retention)\n")
    return 0


def _act(
    settings: config.Settings,
    work: Callable[[Actions], Awaitable[Outcome]],
    *,
    queue_id: str,
    notice: str,
    actor: str,
) -> int:
    """Do one action; when it changed the message, send the sender the `notice` the web
    page would send after it (proxy.cli_notice)."""
    told = ""

    async def act(store: Store) -> Outcome:
        nonlocal told
        outcome = await work(Actions(store))
        if outcome.ok:
            told = await tell_sender(settings, store, queue_id, notice, actor)
        return outcome

    outcome = _run(settings, act)
    if outcome.code == "not_found":
        raise CommandError("no message with that id")
    print(f"{outcome.message} (state: {outcome.state})")
    if told:
        print(told)
    return 0 if outcome.ok or outcome.code == "already" else 1


def cmd_release(args: argparse.Namespace, settings: config.Settings) -> int:
    async def work(actions: Actions) -> Outcome:
        msg = await actions.store.get(args.id)
        if msg is None:
            raise CommandError(f"no message with id {args.id!r}")
        # The admin's release: whatever kind of hold, the message goes now.
        ok = await actions.store.transition(args.id, State.HELD, State.RELEASED,
                                            actor=f"admin:{args.who}", note="released by admin")
        state = (await actions.store.get(args.id) or msg).state.value
        return Outcome(ok, state, "Released." if ok else "Not held; nothing changed.",
                       "done" if ok else "wrong_state")

    # The sender hears of it whatever the kind of hold: someone else let their message
    # go ("released early … (an administrator)"). For a message awaiting approval this
    # is the only notice: the scheduler's "approved" one needs an approver's yes.
    return _act(settings, work, queue_id=args.id, notice="sent-early",
                actor=f"admin:{args.who}")


def cmd_cancel(args: argparse.Namespace, settings: config.Settings) -> int:
    actor = f"admin:{args.who}"
    return _act(settings, lambda actions: actions.cancel(args.id, actor),
                queue_id=args.id, notice="cancelled", actor=actor)


def cmd_remove_recipient(args: argparse.Namespace, settings: config.Settings) -> int:
    actor = f"admin:{args.who}"
    told = ""

    async def work(store: Store) -> Outcome:
        nonlocal told
        outcome = await Actions(store).remove_recipients(args.id, args.address, actor)
        if outcome.ok and outcome.state == State.CANCELLED.value:  # every recipient removed
            told = await tell_sender(settings, store, args.id, "cancelled", actor)
        return outcome

    outcome = _run(settings, work)
    if outcome.code == "not_found":
        raise CommandError(f"no message with id {args.id!r}")
    print(f"{outcome.message} (state: {outcome.state}; recipients: {', '.join(outcome.recipients) or '-'})")
    if told:
        print(told)
    return 0 if outcome.ok else 1


def _time_arg(text: str | None, tz: tzinfo) -> float | None:
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date or time (use 2026-11-26 or 2026-11-26T14:05)") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt.timestamp()


def cmd_audit(args: argparse.Namespace, settings: config.Settings) -> int:
    tz = _tz(settings)
    query = AuditQuery(
        sender=args.sender, recipient=args.recipient, domain=args.domain, rule=args.rule,
        action=args.action, outcome=args.outcome, queue_id=args.id,
        since=_time_arg(args.since, tz), until=_time_arg(args.until, tz), limit=args.limit,
    )
    records = _run(settings, lambda store: store.search_audit(query))
    if args.format == "csv":
        export_csv(records, sys.stdout, tz=tz)
    elif args.format == "json":
        export_json(records, sys.stdout, tz=tz)
    else:
        for r in records:
            print(f"{_when(r.at, tz)} {r.queue_id or '-':<13} {r.kind:<10} {r.outcome:<10} "
                  f"{r.action or '-':<8} {r.mail_from or '<>'} -> {', '.join(r.recipients)}"
                  + (f" [{','.join(r.rules)}]" if r.rules else "") + f" by {r.actor}")
    return 0


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    q = sub.add_parser("queue", help="held messages")
    q.set_defaults(func=dispatch)
    qs = q.add_subparsers(dest="queue_command", required=True, parser_class=parser_class)

    def common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", "-c")
        return p

    ql = common(qs.add_parser("list", help="list messages, newest first"))
    ql.add_argument("--state", help="held, released, delivered, cancelled, …")
    ql.add_argument("--sender")
    ql.add_argument("--limit", type=int, default=100)
    ql.add_argument("--json", action="store_true")
    ql.set_defaults(queue_func=cmd_list)

    qsh = common(qs.add_parser("show", help="one message: envelope, decision, history"))
    qsh.add_argument("id")
    qsh.add_argument("--json", action="store_true")
    qsh.add_argument("--body", action="store_true", help="also print the message bytes")
    qsh.set_defaults(queue_func=cmd_show)

    for name, func, text in (("release", cmd_release, "send a held message now"),
                             ("cancel", cmd_cancel, "cancel a held message")):
        p = common(qs.add_parser(name, help=text))
        p.add_argument("id")
        p.add_argument("--who", default="cli", help="admin name for the audit trail")
        p.set_defaults(queue_func=func)

    rr = common(qs.add_parser("remove-recipient", help="drop recipients (envelope and To/Cc)"))
    rr.add_argument("id")
    rr.add_argument("address", nargs="+")
    rr.add_argument("--who", default="cli")
    rr.set_defaults(queue_func=cmd_remove_recipient)

    a = sub.add_parser("audit", help="search the audit trail")
    a.set_defaults(func=dispatch)
    asub = a.add_subparsers(dest="audit_command", required=True, parser_class=parser_class)
    s = common(asub.add_parser("search", help="records matching every filter, oldest first"))
    for opt in ("sender", "recipient", "domain", "rule", "action", "outcome", "id"):
        s.add_argument(f"--{opt}")
    s.add_argument("--since", help="date or time (ISO 8601; [policy] timezone if no offset)")
    s.add_argument("--until")
    s.add_argument("--limit", type=int, default=1000)
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.set_defaults(queue_func=cmd_audit)


def dispatch(args: argparse.Namespace) -> int:
    settings = config.load(args.config)
    try:
        return int(args.queue_func(args, settings))
    except CommandError as exc:
        print(f"mailguard: {exc}", file=sys.stderr)
        return 2

