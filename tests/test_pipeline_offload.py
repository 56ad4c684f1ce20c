"""Inspection that takes a while never freezes the event loop: messages with a base64
part (where archives and Office files travel) or over 16 KB are judged in a worker
thread, while other sessions keep being served."""

from __future__ import annotations

import asyncio
import threading
import time

import aiosmtplib

from proxy.service import running
from tests.conftest import make_settings
from tests.peers import LoopWatch

PLAIN = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: plain\r\n\r\nhello\r\n"
ENCODED = (b"From: a@example.com\r\nTo: b@example.com\r\nSubject: zip\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\r\n")


async def test_slow_judgement_runs_off_the_loop(upstream) -> None:
    _handler, port = upstream
    threads: dict[bytes, str] = {}
    async with running(make_settings(port)) as svc:
        assert svc.pipeline is not None
        real = svc.pipeline.judge
        assert real is not None

        def slow_judge():
            judge = real()

            def call(envelope, data):
                threads[data.split(b"Subject: ")[1][:5]] = threading.current_thread().name
                if b"base64" in data:
                    time.sleep(0.8)  # a heavy attachment
                return judge(envelope, data)

            return call

        svc.pipeline.judge = slow_judge
        async def send(data: bytes) -> None:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                await client.sendmail("a@example.com", ["b@example.com"], data)

        started = time.monotonic()
        async with LoopWatch() as watch:
            await asyncio.gather(send(ENCODED), send(PLAIN))
    assert time.monotonic() - started >= 0.8
    assert watch.longest < 0.3  # the loop kept turning during the 0.8 s judgement
    assert threads[b"zip\r\n"] != "MainThread"
    assert threads[b"plain"] == "MainThread"  # small plain mail: judged inline
