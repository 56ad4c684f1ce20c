"""Upstream faults from Postfix's smtp-sink fault injection, and an upstream that never
greets: pass-through clients get a 4xx to retry, held messages are deferred and retried,
nothing is lost and nothing is sent twice."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosmtplib
import pytest

from proxy import replies
from proxy.service import running
from tests.holding import hold_settings, message, send, wait_for
from tests.peers import free_port, wait_listening

HELD = re.compile(r"2\.0\.0 Held as (\w+)")




@asynccontextmanager
async def smtp_sink(*options: str) -> AsyncIterator[tuple[int, Path]]:
    """Postfix's smtp-sink on a free port, dumping what it takes into a folder."""
    sink = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    assert os.path.exists(sink), "smtp-sink is needed (Debian package postfix)"
    port = free_port()
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"sink-{port}"
    folder.mkdir(mode=0o777, exist_ok=True)
    folder.chmod(0o777)
    args = [sink, "-D", str(folder / "%Y%m%d%H%M%S"), *options]
    if os.geteuid() == 0:
        args += ["-u", "nobody"]
    proc = subprocess.Popen([*args, f"127.0.0.1:{port}", "100"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        await wait_listening(port, timeout=5)
        yield port, folder
    finally:
        proc.terminate()
        proc.wait(5)
        shutil.rmtree(folder, ignore_errors=True)


def delivered(folder: Path) -> list[bytes]:
    """smtp-sink appends each message to the dump file (one per second), each starting
    with its own X-Client-Addr: line."""
    out: list[bytes] = []
    for p in sorted(folder.iterdir()):
        chunks = p.read_bytes().split(b"X-Client-Addr:")
        out += [b"X-Client-Addr:" + c for c in chunks if c.strip()]
    return out


@pytest.mark.parametrize(
    ("options", "expect"),
    [
        (("-r", "."), "4"),  # soft 4xx at the end of data
        (("-r", "rcpt"), "4"),  # soft 4xx for every recipient
        (("-q", "data"), replies.UPSTREAM_UNAVAILABLE),  # hangs up at DATA
        (("-Q", "mail"), replies.UPSTREAM_UNAVAILABLE),  # 421 and hang up at MAIL
        (("-f", "."), "5"),  # hard 5xx at the end of data
    ],
    ids=["soft-dot", "soft-rcpt", "disconnect-data", "421-mail", "hard-dot"],
)
async def test_pass_through_client_gets_the_right_class(
    tmp_path: Path, options: tuple[str, ...], expect: str
) -> None:
    async with smtp_sink(*options) as (port, folder):
        settings = hold_settings(port, tmp_path, upstream={"connect_timeout": 2, "timeout": 5})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                with pytest.raises(aiosmtplib.SMTPResponseException) as err:
                    await client.sendmail("sato@example.com", ["kato@example.com"], message())
        got = f"{err.value.code} {err.value.message}"
        assert got.startswith(expect), got
        if options == ("-r", "rcpt"):
            assert delivered(folder) == []  # no recipient taken: no DATA at all


async def test_upstream_that_never_greets_gives_4xx(tmp_path: Path) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        settings = hold_settings(port, tmp_path, upstream={"connect_timeout": 1})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1], timeout=20)
            async with client:
                with pytest.raises(aiosmtplib.SMTPResponseException) as err:
                    await client.sendmail("sato@example.com", ["kato@example.com"], message())
                # Held mail to the same silent upstream is deferred, not lost.
                reply = await send(svc.smtp_address[1], ["x@partner.example"], message())
            qid = HELD.match(reply).group(1)  # type: ignore[union-attr]

            async def deferred() -> bool:
                msg = await svc.store.get(qid)
                return msg is not None and msg.state.value == "deferred"

            await wait_for(deferred, timeout=15)
    finally:
        server.close()
    assert err.value.code == 451


async def test_held_messages_deferred_then_delivered_once(tmp_path: Path) -> None:
    """smtp-sink refusing softly, then a working one on the same port: every held
    message arrives exactly once."""
    async with smtp_sink("-r", "rcpt") as (port, _folder):
        settings = hold_settings(port, tmp_path, queue={"retry_base": 0.5, "retry_max": 1})
        async with running(settings) as svc:
            ids = []
            for i in range(5):
                reply = await send(svc.smtp_address[1], [f"r{i}@partner.example"],
                                   message(f"fault {i}"))
                ids.append(HELD.match(reply).group(1))  # type: ignore[union-attr]

            async def all_deferred() -> bool:
                states = [(await svc.store.get(q)).state.value for q in ids]  # type: ignore[union-attr]
                return all(s == "deferred" for s in states)

            await wait_for(all_deferred, timeout=15)
            store = svc.store
    # The same store, now in front of a healthy sink.
    async with smtp_sink() as (port, folder):
        settings = hold_settings(port, tmp_path, queue={"retry_base": 0.5, "retry_max": 1})
        async with running(settings) as svc:
            async def all_delivered() -> bool:
                states = [(await svc.store.get(q)).state.value for q in ids]  # type: ignore[union-attr]
                return all(s == "delivered" for s in states)

            await wait_for(all_delivered, timeout=20)
            await asyncio.sleep(0.5)
            got = delivered(folder)
    assert store is not None
    subjects = sorted(re.search(rb"Subject: (fault \d)", m).group(1) for m in got)  # type: ignore[union-attr]
    assert subjects == [f"fault {i}".encode() for i in range(5)]
