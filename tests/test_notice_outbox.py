"""The notice outbox: a notice the upstream refuses for now is kept in the store and
tried again — across a restart — until it goes; alerts about messages no longer held,
5xx refusals and notices past [notify] retry_for are dropped and logged."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from proxy.metrics import Metrics
from proxy.notify.outbox import Outbox
from proxy.relay import Upstream
from proxy.service import Service, running
from proxy.store import open_store
from proxy.store.base import PendingNotice, State
from proxy.store.schema import MIGRATIONS
from proxy.store.sqlite import SqliteStore
from proxy.store.sqlite_notices import SQL_DUE
from tests.conftest import make_settings
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    SENDER,
    guard_settings,
    held_id,
    message,
    notices,
    send,
    wait_for,
    wait_notice,
)

REFUSE = "451 4.3.0 Try again later"


def outbox_settings(port: int, home: Path, **notify: Any) -> Any:
    # Short backoff so retries happen within the test; one try in place (not 0/2/10 s).
    return guard_settings(port, home, queue={"retry_base": 0.2, "retry_max": 0.4},
                          notify=notify)


async def outbox_size(svc: Service) -> int:
    assert svc.store is not None
    return await svc.store.count_notices()


async def outbox_empty(svc: Service) -> bool:
    return await outbox_size(svc) == 0


def one_try(svc: Service) -> None:
    assert svc.notifier is not None
    svc.notifier.retry_delays = (0.0,)


async def hold_one(svc: Service, *, kept: bool = True) -> str:
    """Hold one external message (its alert tried once); with `kept`, wait until the
    alert is in the outbox."""
    one_try(svc)
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message()))
    if kept:
        await wait_for(lambda: outbox_size(svc))
    return qid


async def test_an_alert_refused_for_now_is_kept_and_sent_later(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mailguard")
    handler, port = upstream
    handler.data_reply = REFUSE
    async with running(outbox_settings(port, tmp_path)) as svc:
        qid = await hold_one(svc)
        assert notices(handler.messages) == []
        assert any(r.getMessage() == "notice not delivered yet; kept for retry" for r in caplog.records)
        await asyncio.sleep(0.6)  # a retry or two, still refused: still kept
        assert await outbox_size(svc) == 1
        async with aiohttp.ClientSession() as http, http.get(
            f"http://127.0.0.1:{svc.web_address[1]}/metrics"
        ) as resp:
            scraped = await resp.text()
        assert "mailguard_notice_outbox 1.0" in scraped
        assert 'mailguard_alerts_total{kind="held",result="kept"} 1.0' in scraped
        assert 'result="failed"' not in scraped  # kept is not lost
        handler.data_reply = None
        alert = await wait_notice(handler.messages, "held")
        assert qid.encode() in alert.data
        await wait_for(lambda: outbox_empty(svc))
        assert len(notices(handler.messages, "held")) == 1  # sent once
    sent = [r for r in caplog.records if r.getMessage() == "notice sent on retry"]
    assert sent and sent[0].fields["queue_id"] == qid  # type: ignore[attr-defined]


async def test_the_outbox_survives_a_restart(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    handler.data_reply = REFUSE
    # Next try in 2 s: none before the stop.
    settings = guard_settings(port, tmp_path, queue={"retry_base": 2.0})
    async with running(settings) as svc:
        qid = await hold_one(svc)
    handler.data_reply = None
    # Restarted: the kept alert goes when due (the message is still held).
    async with running(outbox_settings(port, tmp_path)) as svc:
        assert svc.store is not None
        await wait_notice(handler.messages, "held", timeout=10.0)
        assert (await svc.store.get(qid)) is not None
        await wait_for(lambda: outbox_empty(svc))


async def test_an_alert_for_a_message_no_longer_held_is_dropped(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mailguard")
    handler, port = upstream
    handler.data_reply = REFUSE
    async with running(outbox_settings(port, tmp_path)) as svc:
        assert svc.actions is not None
        qid = await hold_one(svc)
        # Cancelled while its alert waited: "will be sent at …" would now be untrue.
        assert (await svc.actions.cancel(qid, "sender")).ok
        handler.data_reply = None
        await wait_for(lambda: outbox_empty(svc))
        await asyncio.sleep(0.3)
        assert notices(handler.messages, "held") == []
    dropped = [r for r in caplog.records
               if r.getMessage() == "notice dropped: the message is no longer held"]
    assert dropped and dropped[0].fields["state"] == State.CANCELLED.value  # type: ignore[attr-defined]


async def test_permanent_refusal_and_retry_for_give_up(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mailguard")
    handler, port = upstream
    handler.data_reply = "550 5.7.1 Not allowed"
    async with running(outbox_settings(port, tmp_path / "perm")) as svc:
        await hold_one(svc, kept=False)
        await wait_for(lambda: [r for r in caplog.records if r.getMessage() == "notice not delivered"])
        assert await outbox_size(svc) == 0  # a 5xx is never kept

    caplog.clear()
    handler.data_reply = REFUSE
    async with running(outbox_settings(port, tmp_path / "old", retry_for=0.5)) as svc:
        await hold_one(svc, kept=False)
        await wait_for(lambda: [r for r in caplog.records if r.getMessage() == "notice given up"])
        assert await outbox_size(svc) == 0
    assert notices(handler.messages) == []

    caplog.clear()
    async with running(outbox_settings(port, tmp_path / "off", retry_for=0)) as svc:
        await hold_one(svc, kept=False)
        await wait_for(lambda: [r for r in caplog.records if r.getMessage() == "notice not delivered"])
        assert await outbox_size(svc) == 0  # no outbox: logged as lost


async def test_store_outbox_calls_and_the_v1_migration(tmp_path: Path) -> None:
    # A database made by the first schema only (an older mailguard) gains the table.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    await store.start()
    try:
        now = time.time()
        first = await store.put_notice(PendingNotice(
            created_at=now, kind="held", mail_from="", rcpt="a@example.com", data=b"x\r\n",
            queue_id="Q1", next_attempt_at=now + 10))
        second = await store.put_notice(PendingNotice(
            created_at=now, kind="cancelled", mail_from="", rcpt="b@example.com", data=b"y\r\n",
            next_attempt_at=now - 1))
        assert await store.count_notices() == 2
        assert [n.id for n in await store.due_notices(now)] == [second]
        assert [n.id for n in await store.due_notices(now + 20)] == [second, first]
        await store.defer_notice(second, now + 30, "451 later")
        [again] = [n for n in await store.due_notices(now + 40) if n.id == second]
        assert again.attempts == 1 and again.last_error == "451 later" and again.data == b"y\r\n"
        await store.finish_notice(first)
        await store.finish_notice(second)
        assert await store.count_notices() == 0
        plan = await store._read(lambda c: c.execute("EXPLAIN QUERY PLAN " + SQL_DUE,
                                                     (now, 10)).fetchall())
        assert "ix_notices_due" in " ".join(str(row[-1]) for row in plan)
    finally:
        await store.close()


async def stopped_between_tries(
    handler: ScriptedHandler, port: int, home: Path, data: bytes
) -> None:
    """Hold one message while the upstream refuses notices; stop the guard after the
    alert's first try, before its second."""
    handler.data_reply = REFUSE
    async with running(outbox_settings(port, home), grace=0.3) as svc:
        assert svc.notifier is not None
        svc.notifier.retry_delays = (0.0, 60.0)  # the second try is never reached
        held_id(await send(svc.smtp_address[1], ["a@partner.example"], data))
        await wait_for(lambda: handler.ehlo_count >= 1)  # the alert's first try
        await asyncio.sleep(0.3)
        assert await outbox_size(svc) == 0  # still between its own tries


async def test_a_notice_between_tries_at_shutdown_is_kept_for_the_next_start(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    await stopped_between_tries(handler, port, tmp_path, message())
    handler.data_reply = None
    async with running(outbox_settings(port, tmp_path)):
        await wait_notice(handler.messages, "held")


async def test_a_long_deferred_notice_does_not_stall_the_others(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """After a thousand tries the backoff still computes (2 ** 1100 overflows a float)
    and the notices behind it still go."""
    handler, port = upstream
    store = SqliteStore(tmp_path / "mg.db")
    await store.start()
    up = Upstream(make_settings(port).upstream, local_hostname="guard.test")
    up.start()
    try:
        outbox = Outbox(store, up, Metrics(), retry_for=10 * 86400, base=60.0, cap=3600.0)
        now = time.time()
        for rcpt, attempts in (("defer-me@example.com", 1100), ("ok@example.com", 1)):
            await store.put_notice(PendingNotice(
                created_at=now, kind="cancelled", mail_from="", rcpt=rcpt, attempts=attempts,
                data=b"Subject: x\r\nX-Mailguard-Notice: cancelled\r\n\r\nx\r\n",
                next_attempt_at=now - 1))
        assert await outbox.flush(now) == 1
        assert [m.rcpt_tos for m in handler.messages] == [["ok@example.com"]]
        [left] = await store.due_notices(now + 7200)
        assert left.rcpt == "defer-me@example.com" and left.attempts == 1101
        assert left.next_attempt_at == pytest.approx(now + 3600)
    finally:
        await up.close()
        await store.close()


async def test_approval_requests_are_kept_at_shutdown_too(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    await stopped_between_tries(handler, port, tmp_path, message("APPROVE it"))
    async with open_store(f"sqlite:///{tmp_path}/store/mailguard.db") as store:
        kept = await store.due_notices(time.time() + 86400)
    assert sorted((n.kind, n.rcpt) for n in kept) == [
        ("approval-pending", SENDER), ("approval-request", "boss@example.com")]


async def test_kept_notices_after_the_settings_change(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """retry_for = 0 later: what was kept is still tried (once); notices switched off:
    what was kept is dropped, not sent."""
    caplog.set_level(logging.INFO, logger="mailguard")
    handler, port = upstream
    handler.data_reply = REFUSE
    for home in ("zero", "off"):
        async with running(outbox_settings(port, tmp_path / home)) as svc:
            await hold_one(svc)
    handler.data_reply = None
    async with running(outbox_settings(port, tmp_path / "zero", retry_for=0)) as svc:
        await wait_notice(handler.messages, "held")
        await wait_for(lambda: outbox_empty(svc))
    dropped = "notice dropped: notices are off ([notify] enabled)"
    async with running(outbox_settings(port, tmp_path / "off", enabled=False)) as svc:
        # Both: the line and the empty outbox (neither implies the other in time).
        await wait_for(lambda: [r for r in caplog.records if r.getMessage() == dropped])
        await wait_for(lambda: outbox_empty(svc))
    assert len(notices(handler.messages)) == 1


async def test_an_alert_between_its_first_tries_is_dropped_once_the_message_moves_on(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    handler.data_reply = REFUSE
    async with running(outbox_settings(port, tmp_path)) as svc:
        assert svc.notifier is not None and svc.actions is not None
        svc.notifier.retry_delays = (0.0, 1.0)
        qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message()))
        await wait_for(lambda: handler.ehlo_count >= 1)  # the first try, refused
        assert (await svc.actions.cancel(qid, "admin:root")).ok
        handler.data_reply = None
        await asyncio.sleep(1.5)  # past the second try's time
        assert notices(handler.messages, "held") == []
        assert await outbox_size(svc) == 0
