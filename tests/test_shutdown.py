"""Stopping the guard (SIGTERM → Service.shutdown(grace)): a message whose bytes are
still arriving is finished and answered within the grace; sessions left idle are told
421 (RFC 5321 §3.8) before they are closed."""

from __future__ import annotations

import asyncio
import logging

import pytest

from proxy import replies
from proxy.service import Service
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler


async def session(svc: Service) -> RawClient:
    """A client past its greeting and EHLO."""
    client = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
    await client.reply()
    await client.cmd("EHLO client.test")
    return client


async def in_data(svc: Service, first: bytes) -> RawClient:
    """A client in the middle of sending a message to an internal recipient (relayed
    at once): after DATA's 354, with `first` sent."""
    client = await session(svc)
    await client.cmd("MAIL FROM:<a@example.com>")
    await client.cmd("RCPT TO:<b@example.com>")
    code, _ = await client.cmd("DATA")
    assert code == 354
    await client.send(first)
    return client


async def test_a_message_mid_data_is_finished_and_idle_sessions_get_421(
    upstream: tuple[ScriptedHandler, int], caplog: pytest.LogCaptureFixture
) -> None:
    handler, port = upstream
    svc = Service(make_settings(port))
    await svc.start()
    stopping: asyncio.Task[None] | None = None
    try:
        busy = await in_data(svc, b"Subject: half way\r\n\r\nfirst half\r\n")
        idle = await session(svc)

        stopping = asyncio.create_task(svc.shutdown(grace=5))
        await asyncio.sleep(0.3)  # the listener is closed; the sender is still typing
        await busy.send(b"second half\r\n.\r\n")
        code, text = await busy.reply()
        assert code == 250, text
        assert f"{code} {text}" != replies.SHUTTING_DOWN
        code, text = await idle.reply()
        assert f"{code} {text}" == replies.SHUTTING_DOWN
        await stopping
    finally:
        if stopping is None:
            await svc.shutdown(1)
    [got] = handler.messages
    assert b"first half\r\nsecond half\r\n" in got.data


async def test_a_sender_that_does_not_finish_in_the_grace_is_cut_off_and_logged(
    upstream: tuple[ScriptedHandler, int], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mailguard")
    handler, port = upstream
    svc = Service(make_settings(port))
    await svc.start()
    slow = await in_data(svc, b"Subject: never ends\r\n\r\n...")
    await asyncio.wait_for(svc.shutdown(grace=0.5), 10)
    try:
        code, text = await slow.reply()
    except ConnectionError:
        pass  # closed: also fine
    else:
        assert f"{code} {text}" == replies.SHUTTING_DOWN  # never a 250 for half a message
    assert handler.messages == []
    lost = [r for r in caplog.records if r.getMessage() == "connection lost during DATA"]
    assert lost and lost[0].fields["cause"] == "guard stopping"  # type: ignore[attr-defined]
    assert lost[0].fields["client"] == "127.0.0.1"  # type: ignore[attr-defined]


async def test_once_stopping_no_new_message_starts(upstream: tuple[ScriptedHandler, int]) -> None:
    """A session that keeps sending would otherwise hold the shutdown for its whole
    grace: its next MAIL is answered 421 and the session closed."""
    handler, port = upstream
    svc = Service(make_settings(port))
    await svc.start()
    steady = await session(svc)
    busy = await in_data(svc, b"Subject: under way\r\n\r\n")  # keeps the shutdown waiting
    stopping = asyncio.create_task(svc.shutdown(grace=5))
    await asyncio.sleep(0.2)
    code, text = await steady.cmd("MAIL FROM:<a@example.com>")
    assert f"{code} {text}" == replies.SHUTTING_DOWN
    with pytest.raises(ConnectionError):
        await steady.reply(timeout=5)  # and closed
    await busy.send(b"done\r\n.\r\n")
    code, _ = await busy.reply()
    assert code == 250
    await stopping
    assert len(handler.messages) == 1
