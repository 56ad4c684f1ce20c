"""Real SMTP peers for the tests: a scripted aiosmtpd upstream and a raw line client."""

from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import dataclass, field

from aiosmtpd.smtp import SMTP, Envelope, Session

from proxy.capture import Captured, CaptureHandler


@dataclass
class ScriptedHandler(CaptureHandler):
    """A capture upstream that refuses some recipients and can fail DATA.

    Recipients whose local part starts with `reject` get 550, `defer` get 450;
    `data_reply` (if set) answers the end of DATA instead of accepting.
    """

    data_reply: str | None = None
    rcpt_seen: list[str] = field(default_factory=list)
    ehlo_count: int = 0
    tls_sessions: list[bool] = field(default_factory=list)
    auth_logins: list[str] = field(default_factory=list)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:
        self.ehlo_count += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self.rcpt_seen.append(address)
        local = address.split("@", 1)[0]
        if local.startswith("reject"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if local.startswith("defer"):
            return f"450 4.2.0 <{address}>: Recipient address rejected: try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.tls_sessions.append(session.ssl is not None)
        if self.data_reply is not None:
            return self.data_reply
        return await super().handle_DATA(server, session, envelope)


async def wait_listening(
    port: int, *, timeout: float = 20.0, proc: asyncio.subprocess.Process | None = None
) -> None:
    """Until something accepts on 127.0.0.1:`port`; AssertionError if `proc` exits first
    or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.returncode is not None:
            raise AssertionError(f"exited with {proc.returncode} before listening")
        try:
            _r, w = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        w.close()
        return
    raise AssertionError(f"nothing listening on port {port} after {timeout} s")


def free_port() -> int:
    """A loopback port nobody listens on (also: an upstream that is down)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_notice(msg: Captured, kind: str | None = None) -> bool:
    """One of the guard's own mails (alert, reminder, DSN): X-Mailguard-Notice header."""
    head = msg.data.split(b"\r\n\r\n", 1)[0].lower()
    if b"\r\nx-mailguard-notice:" not in b"\r\n" + head:
        return False
    return kind is None or f"x-mailguard-notice: {kind}".encode() in head


def by_recipient(messages: list[Captured], address: str) -> list[Captured]:
    """Messages (not the guard's own notices) delivered to `address`."""
    return [m for m in messages if address in m.rcpt_tos and not is_notice(m)]


def notices(messages: list[Captured], address: str, kind: str | None = None) -> list[Captured]:
    return [m for m in messages if address in m.rcpt_tos and is_notice(m, kind)]


class RawClient:
    """A line-level SMTP client, for probes that a well-behaved library refuses to send."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(
        cls, host: str, port: int, *, local_addr: tuple[str, int] | None = None, **kw: object
    ) -> RawClient:
        reader, writer = await asyncio.open_connection(host, port, local_addr=local_addr, **kw)
        return cls(reader, writer)

    async def reply(self, timeout: float = 10) -> tuple[int, str]:
        lines = []
        while True:
            line = await asyncio.wait_for(self.reader.readline(), timeout)
            if not line:
                raise ConnectionError("closed: " + " | ".join(lines))
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            lines.append(text[4:])
            if len(text) < 4 or text[3] != "-":
                return int(text[:3]), "\n".join(lines)

    async def send(self, raw: bytes) -> None:
        self.writer.write(raw)
        await self.writer.drain()

    async def cmd(self, line: str) -> tuple[int, str]:
        await self.send(line.encode() + b"\r\n")
        return await self.reply()

    async def close(self) -> None:
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except (ConnectionError, OSError):
            pass


class LoopWatch:
    """`async with LoopWatch() as watch:` ticks every 10 ms while the block runs;
    `watch.longest` is the longest gap between ticks: how long the loop stalled."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._done = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    async def _tick(self) -> None:
        last = time.monotonic()
        while not self._done.is_set():
            await asyncio.sleep(0.01)
            now = time.monotonic()
            self.gaps.append(now - last)
            last = now

    async def __aenter__(self) -> LoopWatch:
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0)  # the ticker takes its first time before the block runs
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._done.set()
        if self._task is not None:
            await self._task
