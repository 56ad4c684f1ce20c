"""The running guard: one Service with start / serve / shutdown(grace).

`start` binds the listeners (port 0 is fine: tests read the bound ports back),
`serve` runs until SIGTERM/SIGINT, `shutdown` stops accepting, lets sessions that are
mid-message finish within the grace period, drains background work, then closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import ssl
from collections.abc import AsyncIterator, Coroutine
from typing import Any

from proxy.auth import Users, load_users
from proxy.config import Settings, split_host_port
from proxy.pipeline import Pipeline, Tasks
from proxy.relay import Upstream
from proxy.smtp import GuardHandler, SessionCounter, make_server_factory

log = logging.getLogger("mailguard.service")


class StartupError(Exception):
    """Something an admin must fix before the guard can start (one line)."""


def _server_tls(settings: Settings) -> ssl.SSLContext | None:
    cfg = settings.smtp
    if not cfg.tls_cert and not cfg.tls_key:
        if cfg.require_tls or cfg.tls_listen:
            raise StartupError("[smtp] require_tls/tls_listen need [smtp] tls_cert and tls_key")
        return None
    if not (cfg.tls_cert and cfg.tls_key):
        raise StartupError("[smtp] tls_cert and tls_key must be set together")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(settings.resolve(cfg.tls_cert), settings.resolve(cfg.tls_key))
    except (OSError, ssl.SSLError) as exc:
        raise StartupError(f"[smtp] tls_cert/tls_key: cannot load: {exc}") from None
    return ctx


class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.hostname = settings.smtp.hostname or socket.gethostname()  # not getfqdn: no DNS
        self.tasks = Tasks()
        self.sessions = SessionCounter(settings.smtp.max_sessions)
        self.upstream: Upstream | None = None
        self.pipeline: Pipeline | None = None
        self.handler: GuardHandler | None = None
        self._servers: list[asyncio.Server] = []
        self._stop = asyncio.Event()
        self.smtp_address: tuple[str, int] = ("", 0)
        self.smtps_address: tuple[str, int] | None = None

    # -- start ---------------------------------------------------------------------------

    def _users(self) -> Users:
        path = self.settings.smtp.users_file
        if not path:
            return Users({})
        return load_users(self.settings.resolve(path))

    async def start(self) -> None:
        s = self.settings
        if s.upstream.username and s.upstream.tls == "none":
            raise StartupError(
                "[upstream] username is set but [upstream] tls is none: "
                "credentials are never sent in clear text"
            )
        tls_ctx = _server_tls(s)
        try:
            users = self._users()
        except Exception as exc:
            raise StartupError(str(exc)) from None
        self.upstream = Upstream(s.upstream, local_hostname=self.hostname)
        self.upstream.start()
        self.pipeline = Pipeline(
            self.upstream, hostname=self.hostname, language=s.policy.language, tasks=self.tasks
        )
        self.handler = GuardHandler(s.smtp, self.pipeline, users=users, hostname=self.hostname)
        loop = asyncio.get_running_loop()
        host, port = split_host_port(s.smtp.listen)
        factory = make_server_factory(
            self.handler, s.smtp, sessions=self.sessions, hostname=self.hostname,
            tls_context=tls_ctx,
        )
        try:
            server = await loop.create_server(factory, host, port, reuse_address=True)
        except OSError as exc:
            raise StartupError(f"[smtp] listen {s.smtp.listen}: {exc.strerror or exc}") from None
        self._servers.append(server)
        self.smtp_address = server.sockets[0].getsockname()[:2]
        if s.smtp.tls_listen:
            assert tls_ctx is not None
            thost, tport = split_host_port(s.smtp.tls_listen)
            tfactory = make_server_factory(
                self.handler, s.smtp, sessions=self.sessions, hostname=self.hostname,
                tls_context=tls_ctx, implicit_tls=True,
            )
            try:
                tserver = await loop.create_server(
                    tfactory, thost, tport, ssl=tls_ctx, reuse_address=True
                )
            except OSError as exc:
                raise StartupError(
                    f"[smtp] tls_listen {s.smtp.tls_listen}: {exc.strerror or exc}"
                ) from None
            self._servers.append(tserver)
            self.smtps_address = tserver.sockets[0].getsockname()[:2]
        log.info(
            "mailguard started",
            extra={
                "fields": {
                    "smtp": f"{self.smtp_address[0]}:{self.smtp_address[1]}",
                    "smtps": self.smtps_address and f"{self.smtps_address[0]}:{self.smtps_address[1]}",
                    "upstream": f"{s.upstream.host}:{s.upstream.port} ({s.upstream.tls})",
                }
            },
        )

    # -- run -----------------------------------------------------------------------------

    def request_stop(self) -> None:
        self._stop.set()

    async def serve(self, grace: float = 30.0) -> None:
        await self.start()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.request_stop)
        try:
            await self._stop.wait()
        finally:
            await self.shutdown(grace)

    async def shutdown(self, grace: float = 30.0) -> None:
        """Stop accepting; give messages mid-processing `grace` seconds; then close."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        for server in self._servers:
            server.close()
        if self.handler is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(grace):
                    await self.handler.idle.wait()
        # Idle sessions (between messages) are closed; Python 3.11's Server has no
        # close_clients(), so the session counter keeps the live protocols.
        self.sessions.close_all()
        left = await self.tasks.drain(max(0.1, deadline - loop.time()))
        if left:
            log.warning("shutdown: background tasks cancelled", extra={"fields": {"count": left}})
        if self.upstream is not None:
            await self.upstream.close()
        self._servers.clear()
        log.info("mailguard stopped")


@contextlib.asynccontextmanager
async def running(settings: Settings, grace: float = 5.0) -> AsyncIterator[Service]:
    """Run a Service for the duration of a block (tests, the demo)."""
    service = Service(settings)
    await service.start()
    try:
        yield service
    finally:
        await service.shutdown(grace)


def run(main: Coroutine[Any, Any, Any]) -> Any:
    """asyncio.run, on uvloop when it is installed (a quarter more messages per second
    in bench/relay.py)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)
