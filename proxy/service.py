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
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

from proxy import metrics
from proxy.actions import Actions
from proxy.auth import Users, UsersFile
from proxy.children import freeze_heap
from proxy.config import Settings, split_host_port, web_base_url
from proxy.judge import Judge
from proxy.judge_pool import JudgePool
from proxy.metrics import Metrics
from proxy.model import MessageView
from proxy.notify import Notifier
from proxy.notify.outbox import Outbox
from proxy.pipeline import Pipeline, Tasks
from proxy.recipients import organisation
from proxy.relay import TlsFileError, Upstream, no_passphrase, tls_context
from proxy.rules import RuleHolder, RulesError
from proxy.scheduler import RetryPolicy, Scheduler
from proxy.smtp import GuardHandler, SessionCounter, make_server_factory
from proxy.store import data_dir, open_store
from proxy.store.base import Store, StoredMessage
from proxy.tokens import Tokens, load_secret
from proxy.web import WebDeps, WebServer

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
        ctx.load_cert_chain(settings.resolve(cfg.tls_cert), settings.resolve(cfg.tls_key),
                            password=no_passphrase)
    except (OSError, ssl.SSLError, TlsFileError) as exc:
        raise StartupError(f"[smtp] tls_cert/tls_key: cannot load: {exc}") from None
    return ctx


def upstream_tls(settings: Settings) -> ssl.SSLContext | None:
    """[upstream]'s TLS context, files relative to the config; StartupError if unusable."""
    try:
        return tls_context(settings.upstream, settings.resolve)
    except TlsFileError as exc:
        raise StartupError(f"[upstream] {exc}") from None



class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.hostname = settings.smtp.hostname or socket.gethostname()  # not getfqdn: no DNS
        self.tasks = Tasks()
        self.sessions = SessionCounter(settings.smtp.max_sessions)
        self.upstream: Upstream | None = None
        self.pipeline: Pipeline | None = None
        self.handler: GuardHandler | None = None
        self.store: Store | None = None
        self.rules: RuleHolder | None = None
        self.scheduler: Scheduler | None = None
        self.judges: JudgePool | None = None
        self._judge: Judge | None = None
        self.actions: Actions | None = None
        self.metrics = Metrics()  # this guard's own registry: tests run several guards
        self.notifier: Notifier | None = None
        self.web: WebServer | None = None
        self.web_address: tuple[str, int] = ("", 0)
        self.public_url = ""  # [web] public_url, or derived from the bound web address
        self._watcher: asyncio.Task[None] | None = None
        self._purger: asyncio.Task[None] | None = None
        self._warming: asyncio.Task[None] | None = None
        self._reminders: asyncio.Task[None] | None = None
        self._outbox: asyncio.Task[None] | None = None
        self._servers: list[asyncio.Server] = []
        self._stop = asyncio.Event()
        self.smtp_address: tuple[str, int] = ("", 0)
        self.smtps_address: tuple[str, int] | None = None

    # -- start ---------------------------------------------------------------------------

    def _users(self) -> Users | UsersFile:
        path = self.settings.smtp.users_file
        if not path:
            return Users({})
        return UsersFile(self.settings.resolve(path))

    async def start(self) -> None:
        try:
            await self._start()
        except BaseException:
            # Release what was taken (the store's lock, the pools, a bound port): a
            # caller that catches StartupError must be able to start another one.
            await self.shutdown(grace=0.1)
            raise

    async def _start(self) -> None:
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
        rules_dir = s.resolve(s.policy.rules_dir)
        try:
            self.rules = RuleHolder(rules_dir, internal_domains=s.policy.internal_domains)
        except RulesError as exc:
            raise StartupError("rules: " + "; ".join(exc.lines)) from None
        except OSError as exc:
            raise StartupError(f"[policy] rules_dir {rules_dir}: {exc.strerror or exc}") from None
        # Parse the Public Suffix List now (a quarter of a second) rather than in the
        # first message's SMTP session.
        await asyncio.to_thread(organisation, "example.co.jp")
        self.store = open_store(s.store.url, base_dir=s.resolve("."), owner=True)
        try:
            await self.store.start()
        except Exception as exc:
            raise StartupError(f"[store] url {s.store.url}: {exc}") from None
        self.upstream = Upstream(s.upstream, local_hostname=self.hostname,
                                 tls=upstream_tls(s))
        self.upstream.start()
        try:
            tokens = Tokens(await asyncio.to_thread(load_secret, s.web.secret.get_secret_value(),
                                                    self._data_dir()))
        except (OSError, ValueError) as exc:
            raise StartupError(f"[web] secret: {exc}") from None
        q = s.queue
        outbox = Outbox(self.store, self.upstream, self.metrics, retry_for=s.notify.retry_for,
                        base=q.retry_base, cap=q.retry_max, sending=s.notify.enabled)
        self.notifier = Notifier(
            s, upstream=self.upstream, store=self.store, tokens=tokens,
            public_url=lambda: self.public_url, hostname=self.hostname, metrics=self.metrics,
            is_external=self._is_external, rule_text=self._rule_text, outbox=outbox,
        )
        self.scheduler = Scheduler(
            self.store, self.upstream, hostname=self.hostname,
            retry=RetryPolicy(base=q.retry_base, cap=q.retry_max, max_age=q.max_age),
            concurrency=s.upstream.pool_size, trace_header=s.smtp.trace_header,
            is_external=self._is_external, notify=self._scheduler_event,
        )
        metrics.attach(self.scheduler, self.metrics)
        await self.scheduler.start()
        self.judges = JudgePool(processes=s.inspect.workers)
        # The worker processes start in the background: the listener does not wait for
        # them, and a big message arriving first waits only for what is left of it.
        self._warming = loop_task(self._warm_judges(self.judges))
        self.pipeline = Pipeline(
            self.upstream, hostname=self.hostname, language=s.policy.language, tasks=self.tasks,
            judge=self.current_judge, store=self.store, offload=self.judges,
            confirm_expiry=s.policy.confirm_expiry, dedup_window=s.queue.dedup_window,
            on_held=self._on_held,
        )
        metrics.attach(self.pipeline, self.metrics)
        self.actions = Actions(self.store, wake=self.scheduler.wake)
        await self._start_web(tokens)
        self._reminders = loop_task(self.notifier.run_reminders())
        self._outbox = loop_task(outbox.run())
        self._watcher = loop_task(self._watch_rules())
        self._purger = loop_task(self._purge_loop())
        self.handler = GuardHandler(s.smtp, self.pipeline, users=users, hostname=self.hostname)
        loop = asyncio.get_running_loop()
        host, port = split_host_port(s.smtp.listen)
        factory = make_server_factory(
            self.handler, s.smtp, sessions=self.sessions, hostname=self.hostname,
            tls_context=tls_ctx,
        )
        try:
            # The listen backlog must cover a burst of max_sessions connects: with the
            # default (100), 500 clients at once had their SYNs dropped and retried a
            # second later (bench/sessions.py: 108 msg/s before, 310 after).
            server = await loop.create_server(
                factory, host, port, reuse_address=True, backlog=self._backlog()
            )
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
                    tfactory, thost, tport, ssl=tls_ctx, reuse_address=True,
                    backlog=self._backlog(),
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
                    "web": f"{self.web_address[0]}:{self.web_address[1]}",
                    "public_url": self.public_url,
                }
            },
        )

    def _data_dir(self) -> Path:
        return data_dir(self.settings.store.url, self.settings.resolve("."))

    async def _start_web(self, tokens: Tokens) -> None:
        assert self.store and self.actions and self.notifier and self.upstream
        s = self.settings
        self.web = WebServer(WebDeps(
            settings=s, store=self.store, actions=self.actions, tokens=tokens,
            metrics=self.metrics, notifier=self.notifier, upstream=self.upstream,
            rules_loaded=lambda: self.rules is not None, spawn=self.tasks.spawn,
            public_url=lambda: self.public_url,
            rule_errors=lambda: list(self.rules.last_errors) if self.rules is not None else [],
        ))
        try:
            host, port = await self.web.start()
        except OSError as exc:
            raise StartupError(f"[web] listen {s.web.listen}: {exc.strerror or exc}") from None
        self.web_address = (host, port)
        self.public_url = s.web.public_url or web_base_url(host, port, self.hostname)

    # -- events --------------------------------------------------------------------------

    def _on_held(self, msg: StoredMessage, _view: MessageView) -> None:
        if self.scheduler is not None:
            self.scheduler.wake()
        if self.notifier is not None:
            self.tasks.spawn(self.notifier.held(msg))

    async def _scheduler_event(self, kind: str, msg: StoredMessage) -> None:
        # Not awaited inline: a slow upstream must not hold a delivery slot for a notice.
        if self.notifier is not None:
            self.tasks.spawn(self.notifier.event(kind, msg))

    def _rule_text(self, name: str, language: str) -> str | None:
        return self.rules.current.rule_text(name, language) if self.rules is not None else None

    # -- run -----------------------------------------------------------------------------

    def _backlog(self) -> int:
        return max(128, min(4096, self.settings.smtp.max_sessions * 2))

    def current_judge(self) -> Judge:
        """The Judge of the rule set in force: one object per rule set, so the judging
        workers get it pickled once per reload, not once per message."""
        assert self.rules is not None
        ruleset = self.rules.current
        judge = self._judge
        if judge is None or judge.ruleset is not ruleset:
            s = self.settings
            judge = self._judge = Judge(ruleset, s.inspect, regex_timeout=s.inspect.regex_timeout,
                                        language=s.policy.language)
        return judge

    def _is_external(self, address: str) -> bool:
        assert self.rules is not None
        return self.rules.current.is_external(address)

    async def reload_rules(self, trigger: str = "watch") -> list[str] | None:
        """Re-read the rule files; on an error keep the last good set and log it. None:
        the files changed while being read; the watcher tries again."""
        assert self.rules is not None
        errors = await asyncio.to_thread(self.rules.reload)
        if errors is None:
            log.info("rules changed while being read; not applied, will read them again",
                     extra={"fields": {"trigger": trigger}})
        elif errors:
            for line in errors:
                log.error("rules not reloaded: keeping the last good set",
                          extra={"fields": {"error": line, "trigger": trigger}})
        else:
            log.info("rules reloaded", extra={"fields": {
                "rules": len(self.rules.current.rules), "trigger": trigger}})
        return errors

    async def purge(self) -> None:
        """Retention: message bytes go a while after a final state; audit records stay
        for their own (longer) retention."""
        assert self.store is not None
        st = self.settings.store
        result = await self.store.purge(
            time.time(), st.retention_days * 86400, st.audit_retention_days * 86400
        )
        if result.bodies or result.messages or result.audit:
            log.info("retention", extra={"fields": {
                "bodies_deleted": result.bodies, "messages_deleted": result.messages,
                "audit_deleted": result.audit}})

    async def _warm_judges(self, judges: JudgePool) -> None:
        try:
            await judges.start()
        except Exception as exc:  # judging still works: the pool is retried per message
            log.warning("inspection workers did not start", extra={"fields": {"error": str(exc)}})

    async def _purge_loop(self) -> None:
        while True:
            try:
                await self.purge()
            except Exception:
                log.exception("retention run failed; will try again")
            await asyncio.sleep(self.settings.store.purge_interval)

    async def _watch_rules(self, interval: float = 2.0, quiet: float = 0.5) -> None:
        assert self.rules is not None
        rules = self.rules

        def ready() -> bool:  # changed, and not in the middle of being saved
            return rules.changed() and rules.settled(quiet)

        while True:
            await asyncio.sleep(interval)
            try:
                if await asyncio.to_thread(ready):
                    await self.reload_rules()
            except Exception:
                log.exception("rules watcher failed")

    def request_stop(self) -> None:
        self._stop.set()

    async def serve(
        self, grace: float = 30.0, on_started: Callable[[], None] | None = None
    ) -> None:
        """Start, run until SIGTERM/SIGINT (or request_stop), then shut down with
        `grace`. `on_started` runs once the listeners accept connections."""
        # Signal handlers first: the listeners accept connections before start() returns,
        # and a SIGHUP or SIGTERM in that gap would otherwise kill the process outright.
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.request_stop)
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGHUP, self._on_sighup)
        await self.start()
        freeze_heap()
        try:
            if on_started is not None:
                on_started()
            await self._stop.wait()
        finally:
            await self.shutdown(grace)

    def _on_sighup(self) -> None:
        if self.rules is not None:  # before start() has loaded them there is nothing to do
            loop_task(self.reload_rules("SIGHUP"))

    async def shutdown(self, grace: float = 30.0) -> None:
        """Stop accepting; give messages mid-processing `grace` seconds; then close."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        for server in self._servers:
            server.close()
        self.sessions.closing = True  # open sessions start no new message (421 at MAIL)
        if self.handler is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(grace):
                    await self.handler.idle.wait()
        # Idle sessions (between messages) are closed; Python 3.11's Server has no
        # close_clients(), so the session counter keeps the live protocols.
        self.sessions.close_all()
        if self._watcher is not None:
            self._watcher.cancel()
        if self._purger is not None:
            self._purger.cancel()
        if self._warming is not None:
            self._warming.cancel()
        if self._reminders is not None:
            self._reminders.cancel()
        if self._outbox is not None:
            self._outbox.cancel()  # what is left waits in the store for the next start
        if self.web is not None:
            # Before the scheduler stops: no action is taken that nobody would carry out.
            await self.web.close()
        if self.scheduler is not None:
            await self.scheduler.stop(max(0.1, deadline - loop.time()))
        left = await self.tasks.drain(max(0.1, deadline - loop.time()))
        if left:
            log.warning("shutdown: background tasks cancelled", extra={"fields": {"count": left}})
        if self.upstream is not None:
            await self.upstream.close()
        if self.store is not None:
            await self.store.close()
        if self.judges is not None:
            self.judges.shutdown()
        self._servers.clear()
        log.info("mailguard stopped")


_background: set[asyncio.Task[object]] = set()


def loop_task(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """A task that is kept referenced until done (asyncio holds only weak references)."""
    task = asyncio.get_running_loop().create_task(coro)
    _background.add(task)
    task.add_done_callback(_background.discard)
    return task


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
