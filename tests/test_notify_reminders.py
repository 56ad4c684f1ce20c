"""Reminders before a confirm/approve message expires: sent once (also across a
restart), to the sender for confirm and to the approvers for approve; and the store
query behind them."""

from __future__ import annotations

import asyncio
from pathlib import Path

from proxy.audit import AuditQuery
from proxy.model import Action, Decision, Envelope, Reason
from proxy.service import running
from proxy.store.base import State, StoredMessage
from proxy.store.sqlite import SQL_EXPIRING, SqliteStore
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    CARD,
    guard_settings,
    held_id,
    message,
    notices,
    send,
    wait_notice,
)

NOW = 1_750_000_000.0


def stored(action: Action, expiry: float, n: int) -> StoredMessage:
    decision = Decision(action, 0, (Reason("r", action, "m"),),
                        approvers=("boss@example.com",) if action == Action.APPROVE else ())
    return StoredMessage.create(
        Envelope("sato@example.com", ("a@partner.example",)),
        f"Subject: {n}\r\n\r\nbody {n}\r\n".encode(), decision, now=NOW, confirm_expiry=expiry,
    )


async def test_store_lists_held_messages_expiring_before_a_time(tmp_path: Path) -> None:
    async with SqliteStore(tmp_path / "q.db") as store:
        soon = await store.put(stored(Action.CONFIRM, 60, 1))
        later = await store.put(stored(Action.APPROVE, 600, 2))
        far = await store.put(stored(Action.CONFIRM, 86400, 3))
        await store.put(stored(Action.HOLD, 60, 4))  # a plain hold never expires
        gone = await store.put(stored(Action.CONFIRM, 30, 5))
        assert await store.transition(gone, State.HELD, State.CANCELLED, actor="sender")

        found = await store.expiring(NOW + 3600)
        assert [m.id for m in found] == [soon, later]  # soonest first
        assert all(m.data is None for m in found)
        assert [m.id for m in await store.expiring(NOW + 3600, limit=1)] == [soon]
        assert far not in [m.id for m in await store.expiring(NOW + 86399)]
        # The query reads the expiry index, not the whole table.
        def plan(conn):  # type: ignore[no-untyped-def]
            return " ".join(str(r[3]) for r in conn.execute(
                "EXPLAIN QUERY PLAN " + SQL_EXPIRING, (NOW, 10)))

        assert "ix_messages_expire" in await store._read(plan)


async def test_one_reminder_before_expiry_even_across_a_restart(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = guard_settings(port, tmp_path, policy={"confirm_expiry": 5.0},
                              notify={"reminder_before": 3.5})
    async with running(settings) as svc:
        confirm = held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                                     message("c", f"田中様\r\n\r\nカード番号 {CARD} です。\r\n\r\n佐藤")))
        approve = held_id(await send(svc.smtp_address[1], ["b@partner.example"],
                                     message("APPROVE x")))
        reminder = await wait_notice(handler.messages, "reminder")
        assert confirm.encode() in reminder.data
        to_boss = await wait_notice(handler.messages, "reminder", to="boss@example.com")
        assert approve.encode() in to_boss.data
        assert svc.store is not None
        audit = await svc.store.search_audit(AuditQuery(queue_id=confirm, kind="notice"))
        assert [r.outcome for r in audit] == ["reminder"]
    # Restarted inside the reminder window: the audit trail says it was sent already.
    async with running(settings):
        await wait_notice(handler.messages, "expired")
        await asyncio.sleep(0.5)
    assert len(notices(handler.messages, "reminder")) == 2  # one to the sender, one to boss
    assert len(notices(handler.messages, "reminder", to="sato@example.com")) == 1


async def test_no_reminder_when_the_window_is_shorter_than_the_reminder_time(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = guard_settings(port, tmp_path, policy={"confirm_expiry": 1.5},
                              notify={"reminder_before": 10.0})
    async with running(settings) as svc:
        held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                           message("c", f"田中様\r\n\r\nカード番号 {CARD} です。\r\n\r\n佐藤")))
        await wait_notice(handler.messages, "expired")
    assert notices(handler.messages, "reminder") == []
