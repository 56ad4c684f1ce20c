"""Limits: message size, recipients, stalled clients, concurrent sessions, mail loops."""

from __future__ import annotations

import asyncio
import time

import aiosmtplib
import pytest

from proxy import replies
from proxy.service import running
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler


async def session(port: int) -> RawClient:
    raw = await RawClient.connect("127.0.0.1", port)
    code, _ = await raw.reply()
    assert code == 220
    await raw.cmd("EHLO client.test")
    return raw


async def test_size_limit(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    async with running(make_settings(port, smtp={"max_message_size": 2048})) as svc:
        raw = await session(svc.smtp_address[1])
        # Declared too big (RFC 1870 §6.3): refused at MAIL.
        code, _ = await raw.cmd("MAIL FROM:<a@example.com> SIZE=10000")
        assert code == 552
        # Undeclared, but too big when it arrives: refused after DATA.
        assert (await raw.cmd("MAIL FROM:<a@example.com>"))[0] == 250
        assert (await raw.cmd("RCPT TO:<b@partner.example>"))[0] == 250
        assert (await raw.cmd("DATA"))[0] == 354
        code, _ = await raw.cmd("Subject: big\r\n\r\n" + ("x" * 70 + "\r\n") * 60 + ".")
        assert code == 552
        # The session goes on and a small message still passes.
        assert (await raw.cmd("MAIL FROM:<a@example.com>"))[0] == 250
        assert (await raw.cmd("RCPT TO:<b@partner.example>"))[0] == 250
        assert (await raw.cmd("DATA"))[0] == 354
        assert (await raw.cmd("Subject: small\r\n\r\nok\r\n."))[0] == 250
        await raw.close()
    assert len(handler.messages) == 1


async def test_too_many_recipients(upstream: tuple[ScriptedHandler, int]) -> None:
    async with running(make_settings(upstream[1], smtp={"max_recipients": 3})) as svc:
        raw = await session(svc.smtp_address[1])
        await raw.cmd("MAIL FROM:<a@example.com>")
        for i in range(3):
            assert (await raw.cmd(f"RCPT TO:<r{i}@partner.example>"))[0] == 250
        code, text = await raw.cmd("RCPT TO:<r3@partner.example>")
        assert f"{code} {text}" == replies.TOO_MANY_RECIPIENTS
        await raw.close()


async def test_stalled_client_is_cut_off(upstream: tuple[ScriptedHandler, int]) -> None:
    async with running(make_settings(upstream[1], smtp={"command_timeout": 1.0})) as svc:
        raw = await session(svc.smtp_address[1])
        await raw.cmd("MAIL FROM:<a@example.com>")
        await raw.cmd("RCPT TO:<b@partner.example>")
        await raw.cmd("DATA")
        await raw.send(b"Subject: slow\r\n")  # ... and then nothing more
        started = time.monotonic()
        eof = await asyncio.wait_for(raw.reader.read(), 10)
        assert eof == b""  # the guard closed the connection
        assert time.monotonic() - started < 5
        await raw.close()
        assert svc.sessions.active == 0


async def test_session_limit(upstream: tuple[ScriptedHandler, int]) -> None:
    async with running(make_settings(upstream[1], smtp={"max_sessions": 2})) as svc:
        first = await session(svc.smtp_address[1])
        second = await session(svc.smtp_address[1])
        third = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        code, text = await third.reply()
        assert f"{code} {text}" == replies.TOO_MANY_SESSIONS
        assert await asyncio.wait_for(third.reader.read(), 5) == b""
        await third.close()
        await first.close()
        # A slot freed: a new session is served again.
        for _ in range(50):
            if svc.sessions.active < 2:
                break
            await asyncio.sleep(0.02)
        fourth = await session(svc.smtp_address[1])
        await fourth.close()
        await second.close()


async def test_mail_loop_refused(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    received = b"".join(b"Received: from hop%d by relay; Thu, 1 Jan 2026 00:00:00 +0000\r\n" % i
                        for i in range(101))
    msg = received + b"Subject: loop\r\n\r\nbody\r\n"
    async with running(make_settings(port)) as svc:
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
        async with client:
            with pytest.raises(aiosmtplib.SMTPDataError) as err:
                await client.sendmail("a@example.com", ["b@partner.example"], msg)
            # 100 Received headers is still fine.
            await client.sendmail("a@example.com", ["b@partner.example"], msg.split(b"\r\n", 1)[1])
    assert f"{err.value.code} {err.value.message}" == replies.MAIL_LOOP
    assert len(handler.messages) == 1
