"""The notice outbox: alerts and notices the upstream did not take, kept and tried again.

A lost "your message is held" alert is the one notice that matters most: the sender
never learns that the mail to a customer is about to go, or is waiting for them. So a
notice refused for now (connection failed, 4xx: RFC 5321 §4.2.1 transient) is stored
(the `notices` table, 0600 like the messages) and retried with the queue's backoff
([queue] retry_base, doubled up to retry_max) for [notify] retry_for seconds. A permanent
refusal (5xx) is not retried: the address will not start working.

An alert about a held message is only worth sending while the message is still held: a
"will be sent at 14:05" notice arriving at 15:00 would be wrong, so alerts for messages
that have moved on are dropped (and logged). Final notices (cancelled, sent, expired …)
are retried until they go or retry_for runs out.
"""

from __future__ import annotations

import asyncio
import logging
import time

from proxy.errors import UpstreamError
from proxy.metrics import Metrics
from proxy.relay import Upstream
from proxy.store.base import PendingNotice, State, Store

log = logging.getLogger("mailguard.notify")

# Notices about what is still to happen to a held message.
WHILE_HELD = frozenset({"held", "confirm", "approval-pending", "approval-request", "reminder"})


async def moved_on(store: Store, kind: str, queue_id: str) -> str:
    """"" while a notice still says something true; else the state its message has
    moved to ("gone" once purged): an alert about a held message that was since sent
    early or cancelled must not go. Final notices never move on."""
    if kind not in WHILE_HELD or not queue_id:
        return ""
    state = await store.state_of(queue_id)
    if state == State.HELD:
        return ""
    return state.value if state else "gone"


class Outbox:
    def __init__(
        self, store: Store, upstream: Upstream, metrics: Metrics, *,
        retry_for: float, base: float, cap: float, sending: bool = True,
    ) -> None:
        self.store = store
        self.upstream = upstream
        self.metrics = metrics
        self.retry_for = retry_for
        self.base = base
        self.cap = cap
        self.sending = sending  # [notify] enabled: off, what is kept is dropped, not sent
        self._wake = asyncio.Event()

    @property
    def enabled(self) -> bool:
        """New notices are kept (retry_for > 0). The loop runs either way, so notices
        kept before retry_for was set to 0 are still tried once, then forgotten."""
        return self.retry_for > 0 and self.sending

    def delay(self, attempts: int) -> float:
        # The exponent is bounded: 2.0 ** 1100 overflows a float.
        return min(self.cap, self.base * 2.0 ** min(max(0, attempts - 1), 40))

    async def keep(self, kind: str, queue_id: str, mail_from: str, to: str, data: bytes,
                   error: str) -> bool:
        """Store a notice for another try; False when the outbox is off or the store
        would not take it (the caller logs the notice as lost)."""
        if not self.enabled:
            return False
        now = time.time()
        try:
            await self.store.put_notice(PendingNotice(
                created_at=now, kind=kind, mail_from=mail_from, rcpt=to, data=data,
                queue_id=queue_id, next_attempt_at=now + self.delay(1), attempts=1,
                last_error=error,
            ))
        except Exception:
            log.exception("notice could not be kept for retry",
                          extra={"fields": {"queue_id": queue_id, "kind": kind, "to": to}})
            return False
        self._wake.set()
        return True

    async def run(self) -> None:
        """Try due notices until cancelled; sleeps between passes (woken by keep())."""
        interval = min(30.0, max(0.1, self.base / 2))
        while True:
            try:
                await self.flush()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("notice retry pass failed")
            self._wake.clear()
            try:
                async with asyncio.timeout(interval):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def flush(self, now: float | None = None) -> int:
        """One pass over the due notices; returns how many were sent."""
        at = time.time() if now is None else now
        sent = 0
        for notice in await self.store.due_notices(at):
            try:
                sent += await self._try(notice, at)
            except asyncio.CancelledError:
                raise
            except Exception:
                # One notice's trouble must not stall the ones behind it: next try later.
                log.exception("notice retry failed", extra={"fields": {
                    "queue_id": notice.queue_id, "kind": notice.kind}})
                await self.store.defer_notice(notice.id, at + self.cap, "internal error")
        return sent

    async def _try(self, n: PendingNotice, now: float) -> bool:
        # Each outcome is logged (and counted) before the row is deleted: a shutdown can
        # cancel this task while the delete's result comes back from the writer thread,
        # and the row is then gone with no line saying why. Logged first, a delete that
        # does not happen only means the next pass decides (and logs) again.
        fields = {"queue_id": n.queue_id, "kind": n.kind, "to": n.rcpt, "attempts": n.attempts}
        if not self.sending:
            log.warning("notice dropped: notices are off ([notify] enabled)",
                        extra={"fields": fields})
            await self.store.finish_notice(n.id)
            return False
        state = await moved_on(self.store, n.kind, n.queue_id)
        if state:
            log.warning("notice dropped: the message is no longer held",
                        extra={"fields": {**fields, "state": state}})
            await self.store.finish_notice(n.id)
            return False
        try:
            result = await self.upstream.deliver(n.mail_from, [n.rcpt], n.data)
        except UpstreamError as exc:
            error, transient = str(exc), True
        else:
            if result.delivered:
                self.metrics.alert(n.kind, "sent")
                log.info("notice sent on retry", extra={"fields": {
                    **fields, "waited": round(now - n.created_at), "upstream": str(result.reply)}})
                await self.store.finish_notice(n.id)
                return True
            error, transient = str(result.reply), result.reply.transient
        if not transient or now - n.created_at >= self.retry_for:
            self.metrics.alert(n.kind, "failed")
            log.error("notice given up", extra={"fields": {**fields, "error": error}})
            await self.store.finish_notice(n.id)
            return False
        await self.store.defer_notice(n.id, now + self.delay(n.attempts + 1), error)
        log.info("notice deferred", extra={"fields": {**fields, "error": error}})
        return False
