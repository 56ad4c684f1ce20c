"""Releases held messages when they fall due and delivers them, with retries and bounces.

The queue is explicit states in the store (Postfix's model): the scheduler only ever
moves a message with a compare-and-set, so a cancel racing a release has exactly one
winner. It never scans the table: it asks the store for the next due time (an index)
and sleeps until then or until woken (a new hold, "send now", an approval).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from proxy import metrics
from proxy.dsn import Failure, build_dsn
from proxy.errors import UpstreamError
from proxy.relay import DeliveryResult, Reply, Upstream
from proxy.store.base import State, Store, StoredMessage
from proxy.store.headers import remove_addresses

log = logging.getLogger("mailguard.scheduler")

Notify = Callable[[str, StoredMessage], Awaitable[None]]


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff (base, 2×base, 4×base … capped), bounced after max_age
    seconds of trying, counted from release (held time does not count), as Postfix's
    maximal_queue_lifetime."""

    base: float = 60.0
    cap: float = 3600.0
    max_age: float = 5 * 86400.0

    def delay(self, attempts: int) -> float:
        # The exponent is bounded: 2.0 ** 1100 overflows a float.
        return min(self.cap, self.base * 2.0 ** min(max(0, attempts - 1), 40))


def prepare(msg: StoredMessage, data: bytes, external: set[str], trace: bool) -> bytes:
    """The bytes to relay: the rule's modifiers applied to the stored message."""
    if msg.bcc_convert and external:
        # Visible external recipients become Bcc: gone from To/Cc, still in the envelope.
        data = remove_addresses(data, external)
    extra = [(n, v) for n, v in msg.add_headers]
    if trace:
        extra.append(("X-Mailguard-Decision", f"{msg.action.label}; id={msg.id}; rules={','.join(msg.rules) or '-'}"))
    head = "".join(f"{n}: {' '.join(str(v).split())}\r\n" for n, v in extra)
    return head.encode("utf-8") + data


class Scheduler:
    def __init__(
        self,
        store: Store,
        upstream: Upstream,
        *,
        hostname: str,
        retry: RetryPolicy | None = None,
        concurrency: int = 8,
        trace_header: bool = True,
        is_external: Callable[[str], bool] | None = None,
        notify: Notify | None = None,
    ) -> None:
        self.store = store
        self.upstream = upstream
        self.hostname = hostname
        self.retry = retry or RetryPolicy()
        self.concurrency = concurrency
        self.trace_header = trace_header
        self.is_external = is_external or (lambda _addr: True)
        self.notify = notify
        self._wake = asyncio.Event()
        self._stopping = False
        self._inflight: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(concurrency)
        self._task: asyncio.Task[None] | None = None
        self.delivered = 0
        self.deferred = 0
        self.bounced = 0

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        for qid in await self.store.recover():
            # Crashed mid-delivery: the upstream may or may not have taken it. It goes
            # again; this is the one duplicate an SMTP relay cannot rule out.
            log.warning(
                "possible duplicate: message was mid-delivery at the last stop, sending again",
                extra={"fields": {"queue_id": qid}},
            )
        self._task = asyncio.get_running_loop().create_task(self._run())

    def wake(self) -> None:
        self._wake.set()

    async def stop(self, grace: float) -> None:
        """Stop claiming; let deliveries in flight finish within `grace`, then cancel them
        (a cancelled one stays `delivering` and is recovered at the next start)."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._inflight:
            _done, pending = await asyncio.wait(set(self._inflight), timeout=grace)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=2)

    # -- the loop --------------------------------------------------------------------

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("scheduler tick failed; retrying shortly")
                await asyncio.sleep(1.0)

    async def _tick(self) -> None:
        now = time.time()
        for msg in await self.store.expire_due(now):
            log.info("expired unconfirmed", extra={"fields": {"queue_id": msg.id}})
            await self._notify("expired", msg)
        free = self.concurrency - len(self._inflight)
        if free > 0:
            for msg in await self.store.claim_due(now, limit=free):
                await self._slots.acquire()
                task = asyncio.get_running_loop().create_task(self._deliver_slot(msg))
                self._inflight.add(task)
                task.add_done_callback(self._inflight.discard)
        self._wake.clear()
        if len(self._inflight) >= self.concurrency:
            # Full: wait for a slot rather than for the clock.
            await asyncio.wait(set(self._inflight), return_when=asyncio.FIRST_COMPLETED)
            return
        due = await self.store.next_due()
        # Capped at 5 s so work another process queued (`mailguard queue release`) is seen soon.
        wait = 5.0 if due is None else max(0.0, min(5.0, due - time.time()))
        if wait > 0:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    async def _deliver_slot(self, msg: StoredMessage) -> None:
        try:
            await self.deliver(msg)
        except Exception:
            log.exception("delivery crashed", extra={"fields": {"queue_id": msg.id}})
            await self.store.transition(
                msg.id, State.DELIVERING, State.DEFERRED, actor="system",
                note="internal error", next_attempt_at=time.time() + self.retry.delay(msg.attempts),
                last_error="internal error",
            )
        finally:
            self._slots.release()
            self._wake.set()  # a slot is free: look for more work

    # -- one delivery ----------------------------------------------------------------

    async def deliver(self, msg: StoredMessage) -> State:
        """Deliver a claimed (`delivering`) message; returns the state it ended in."""
        data = await self.store.load_data(msg.id)
        if data is None:
            await self.store.transition(msg.id, State.DELIVERING, State.BOUNCED,
                                        actor="system", note="message bytes missing",
                                        last_error="message bytes missing")
            return State.BOUNCED
        external = {r for r in msg.rcpt_tos if self.is_external(r)}
        payload = prepare(msg, data, external, self.trace_header)
        now = time.time()
        try:
            result = await self.upstream.deliver(msg.mail_from, msg.rcpt_tos, payload)
        except UpstreamError as exc:
            if exc.maybe_delivered:
                log.warning("possible duplicate: connection lost after the message was sent;"
                            " it will be sent again", extra={"fields": {"queue_id": msg.id}})
            return await self._temporary(msg, str(exc), now)

        if result.delivered:
            await self.store.transition(msg.id, State.DELIVERING, State.DELIVERED,
                                        actor="system", note=str(result.reply))
            self.delivered += 1
            metrics.of(self).delivery("queued", "delivered")
            log.info("delivered", extra={"fields": {
                "queue_id": msg.id, "recipients": len(result.accepted),
                "refused": len(result.refused), "upstream": str(result.reply)}})
            if result.refused:
                await self._bounce_refused(msg, data, result)
            await self._notify("delivered", msg)
            return State.DELIVERED
        if result.reply.transient:
            return await self._temporary(msg, str(result.reply), now)
        await self.store.transition(msg.id, State.DELIVERING, State.BOUNCED, actor="system",
                                    note=str(result.reply), last_error=str(result.reply))
        self.bounced += 1
        metrics.of(self).delivery("queued", "bounced")
        log.warning("bounced", extra={"fields": {"queue_id": msg.id, "upstream": str(result.reply)}})
        await self._send_dsn(msg, data, [Failure(r, rep) for r, rep in result.refused.items()]
                             or [Failure(r, result.reply) for r in msg.rcpt_tos])
        await self._notify("bounced", msg)
        return State.BOUNCED

    async def _temporary(self, msg: StoredMessage, error: str, now: float) -> State:
        started = msg.first_release_at or now
        if now - started >= self.retry.max_age:
            await self.store.transition(msg.id, State.DELIVERING, State.BOUNCED, actor="system",
                                        note=f"gave up after {msg.attempts} attempts: {error}",
                                        last_error=error)
            self.bounced += 1
            metrics.of(self).delivery("queued", "bounced")
            log.warning("bounced: too old", extra={"fields": {"queue_id": msg.id, "error": error}})
            data = await self.store.load_data(msg.id) or b""
            reply = Reply(450, "4.4.7 Message expired: " + error)
            await self._send_dsn(msg, data, [Failure(r, reply) for r in msg.rcpt_tos])
            await self._notify("bounced", msg)
            return State.BOUNCED
        next_at = now + self.retry.delay(msg.attempts)
        await self.store.transition(msg.id, State.DELIVERING, State.DEFERRED, actor="system",
                                    note=error, next_attempt_at=next_at, last_error=error)
        self.deferred += 1
        metrics.of(self).delivery("queued", "deferred")
        log.info("deferred", extra={"fields": {"queue_id": msg.id, "error": error,
                                               "retry_in": round(next_at - now)}})
        return State.DEFERRED

    async def _bounce_refused(self, msg: StoredMessage, data: bytes, result: DeliveryResult) -> None:
        # Delivered to the others; the refused ones get a DSN (RFC 3464), permanent or
        # not: the message is final now and will not be retried for them.
        await self._send_dsn(msg, data, [Failure(r, rep) for r, rep in result.refused.items()])

    async def _send_dsn(self, msg: StoredMessage, data: bytes, failures: list[Failure]) -> None:
        if not msg.mail_from or not failures:
            return  # never a bounce for a bounce
        dsn = build_dsn(reporting_mta=self.hostname, sender=msg.mail_from, failures=failures,
                        original=data, queue_id=msg.id, remote_mta=self.upstream.cfg.host,
                        language=msg.language)
        try:
            sent = await self.upstream.deliver("", [msg.mail_from], dsn)
        except UpstreamError as exc:
            log.error("DSN not delivered", extra={"fields": {"queue_id": msg.id, "error": str(exc)}})
            return
        log.info("DSN sent", extra={"fields": {"queue_id": msg.id, "upstream": str(sent.reply)}})

    async def _notify(self, kind: str, msg: StoredMessage) -> None:
        if self.notify is None:
            return
        try:
            await self.notify(kind, msg)
        except Exception:
            log.exception("notice failed", extra={"fields": {"queue_id": msg.id, "kind": kind}})
