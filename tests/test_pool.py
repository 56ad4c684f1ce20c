"""Upstream connections are reused: many messages, few connections."""

from __future__ import annotations

import asyncio

import aiosmtplib

from proxy.service import Service
from tests.peers import ScriptedHandler


async def test_hundred_messages_few_connections(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, _ = upstream

    async def client(n: int) -> None:
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=guard.smtp_address[1])
        async with smtp:
            for i in range(10):
                await smtp.sendmail(
                    "a@example.com", [f"r{n}-{i}@partner.example"],
                    f"Subject: {n}-{i}\r\n\r\nbody\r\n".encode(),
                )

    await asyncio.gather(*(client(n) for n in range(10)))
    assert len(handler.messages) == 100
    assert guard.upstream is not None
    pool_size = guard.settings.upstream.pool_size
    assert guard.upstream.connections_opened <= pool_size
    assert handler.ehlo_count == guard.upstream.connections_opened
    assert sorted(m.rcpt_tos[0] for m in handler.messages) == sorted(
        f"r{n}-{i}@partner.example" for n in range(10) for i in range(10)
    )
