"""A local capture upstream: an aiosmtpd server that writes every delivered message to a
folder, one .eml file each (with the envelope in X-Capture-* headers on top), and calls
back once per message. Used by `mailguard demo` and by the tests as a real upstream.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class Captured:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    path: Path | None = None


@dataclass
class CaptureHandler:
    folder: Path | None = None
    on_message: Callable[[Captured], Any] | None = None
    messages: list[Captured] = field(default_factory=list)
    _seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        mail_from = envelope.mail_from or ""
        msg = Captured(
            "" if mail_from == "<>" else mail_from,
            list(envelope.rcpt_tos),
            envelope.original_content or b"",
        )
        if self.folder is not None:
            msg.path = await asyncio.to_thread(self._write, msg)
        self.messages.append(msg)
        if self.on_message is not None:
            self.on_message(msg)
        return f"250 2.0.0 Ok: captured as {len(self.messages)}"

    def _write(self, msg: Captured) -> Path:
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / f"{next(self._seq):05d}-{os.getpid()}.eml"
        head = f"X-Capture-Mail-From: <{msg.mail_from}>\r\n" + "".join(
            f"X-Capture-Rcpt-To: <{r}>\r\n" for r in msg.rcpt_tos
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(head.encode("utf-8") + msg.data)
        return path


async def start_capture(
    handler: CaptureHandler,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    ssl: Any = None,
    **smtp_options: Any,
) -> tuple[asyncio.Server, int]:
    """Start the capture server; extra keyword arguments go to aiosmtpd's SMTP."""
    loop = asyncio.get_running_loop()
    options: dict[str, Any] = {
        "hostname": "capture.local", "enable_SMTPUTF8": True, "decode_data": False,
    }
    options.update(smtp_options)
    server = await loop.create_server(lambda: SMTP(handler, **options), host, port, ssl=ssl)
    return server, server.sockets[0].getsockname()[1]
