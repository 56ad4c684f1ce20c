"""The path of one message after the end of DATA: decide → relay / hold / refuse.

The SMTP listener hands each Transaction here; the reply returned is what the client
sees. A passed message is relayed before we answer, so the client gets the upstream's
own verdict (and a 4xx to retry when the upstream is down).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from proxy import replies
from proxy.dsn import Failure, build_dsn
from proxy.errors import UpstreamTimeout, UpstreamUnavailable
from proxy.relay import DeliveryResult, Upstream
from proxy.smtp import Transaction

log = logging.getLogger("mailguard.pipeline")


class Tasks:
    """Background work (DSNs, alerts) that shutdown must drain, not drop."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def drain(self, grace: float) -> int:
        """Wait for pending tasks; cancel what is left at the deadline. Returns that count."""
        if not self._tasks:
            return 0
        _done, pending = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in pending:
            task.cancel()
        return len(pending)

    def __len__(self) -> int:
        return len(self._tasks)


class Pipeline:
    def __init__(
        self,
        upstream: Upstream,
        *,
        hostname: str,
        language: str = "ja",
        tasks: Tasks | None = None,
        decide: Callable[[Transaction], Any] | None = None,
    ) -> None:
        self.upstream = upstream
        self.hostname = hostname
        self.language = language
        self.tasks = tasks if tasks is not None else Tasks()
        self.decide = decide

    async def process(self, tx: Transaction) -> str:
        tx.log["decision"] = "pass"
        return await self.relay_now(tx)

    async def relay_now(self, tx: Transaction) -> str:
        """Relay while the client waits, and turn the upstream's answer into our reply."""
        try:
            result = await self.upstream.deliver(
                tx.mail_from, tx.rcpt_tos, tx.data, eight_bit=tx.eight_bit, smtputf8=tx.smtputf8
            )
        except UpstreamTimeout as exc:
            tx.log["upstream"] = f"timeout: {exc}"
            return replies.UPSTREAM_TIMEOUT
        except UpstreamUnavailable as exc:
            tx.log["upstream"] = f"unavailable: {exc}"
            log.warning(
                "upstream unavailable", extra={"fields": {"queue_id": tx.queue_id, "error": str(exc)}}
            )
            return replies.UPSTREAM_UNAVAILABLE
        tx.log["upstream"] = str(result.reply)
        if result.refused:
            tx.log["refused"] = len(result.refused)
        if result.delivered and result.refused:
            # Accepted for some: the client must not resend to those, so 250, and the
            # sender learns about the others from a DSN (RFC 3464).
            self.tasks.spawn(self.send_dsn(tx, result))
            return replies.ACCEPTED_PARTIAL.format(id=tx.queue_id)
        return str(result.reply)

    async def send_dsn(self, tx: Transaction, result: DeliveryResult) -> None:
        if not tx.mail_from:
            return  # never a bounce for a bounce (RFC 3464 §2)
        failures = [Failure(r, reply) for r, reply in result.refused.items()]
        dsn = build_dsn(
            reporting_mta=self.hostname,
            sender=tx.mail_from,
            failures=failures,
            original=tx.data,
            queue_id=tx.queue_id,
            remote_mta=self.upstream.cfg.host,
            language=self.language,
        )
        try:
            sent = await self.upstream.deliver("", [tx.mail_from], dsn)
        except (UpstreamUnavailable, UpstreamTimeout) as exc:
            log.error(
                "DSN not delivered",
                extra={"fields": {"queue_id": tx.queue_id, "error": str(exc)}},
            )
            return
        log.info(
            "DSN sent",
            extra={
                "fields": {
                    "queue_id": tx.queue_id,
                    "refused": len(failures),
                    "upstream": str(sent.reply),
                }
            },
        )
