"""The path of one message after the end of DATA: decide → relay / hold / refuse.

The SMTP listener hands each Transaction here; the reply returned is what the client
sees. A passed message is relayed before we answer, so the client gets the upstream's
own verdict (and a 4xx to retry when the upstream is down).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from typing import Any

from proxy import metrics, replies
from proxy.audit import AuditRecord, decision_record
from proxy.dsn import Failure, build_dsn
from proxy.errors import UpstreamTimeout, UpstreamUnavailable
from proxy.judge import Judge
from proxy.judge_pool import JudgePool
from proxy.model import Action, Decision, Envelope, MessageView
from proxy.notify.summary import shown_attachment_names
from proxy.relay import DeliveryResult, Upstream
from proxy.smtp import Transaction
from proxy.store.base import Store, StoredMessage, body_hash
from proxy.store.headers import remove_addresses

log = logging.getLogger("mailguard.pipeline")


def _store_failure_logged(task: asyncio.Task[Any]) -> None:
    """A write whose session had ended: its failure has no client left to tell."""
    if not task.cancelled() and task.exception() is not None:
        log.error("could not store held message (session already ended)",
                  exc_info=task.exception())


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
        if pending:
            # A moment for their cleanup (a notice saving itself to the outbox) before
            # the store they write to is closed.
            await asyncio.wait(pending, timeout=2.0)
        return len(pending)

    def __len__(self) -> int:
        return len(self._tasks)


# Messages this small, with no base64 part, are judged on the event loop: a worker-thread
# hand-off costs more than the work (and the GIL ping-pong between threads slowed every
# session). Base64 is what an archive or Office file travels in, and a small archive can
# expand to max_expansion_ratio × its size: those always go to the worker.
INLINE_JUDGE_BYTES = 16 * 1024
_ENCODED = re.compile(rb"(?i)content-transfer-encoding:\s*base64")


class AuditBatch:
    """Pass and reject decisions go to the audit trail in batches: one store write per
    `delay` seconds instead of one per message (the writer thread's per-record work
    otherwise competes with the SMTP sessions for the GIL)."""

    def __init__(self, store: Store, tasks: Tasks, delay: float = 0.2) -> None:
        self.store = store
        self.tasks = tasks
        self.delay = delay
        self.pending: list[AuditRecord] = []
        self._task: asyncio.Task[Any] | None = None

    def add(self, record: AuditRecord) -> None:
        self.pending.append(record)
        if self._task is None:
            # A task of `tasks`, so shutdown's drain waits for (and flushes) the batch.
            self._task = self.tasks.spawn(self._flush_later())

    async def _flush_later(self) -> None:
        try:
            await asyncio.sleep(self.delay)
        finally:
            records, self.pending, self._task = self.pending, [], None
            if records:
                try:
                    await self.store.append_audit_many(records)
                except Exception:
                    log.exception("audit records not written",
                                  extra={"fields": {"count": len(records)}})


class Pipeline:
    def __init__(
        self,
        upstream: Upstream,
        *,
        hostname: str,
        language: str = "ja",
        tasks: Tasks | None = None,
        judge: Callable[[], Judge] | None = None,
        store: Store | None = None,
        offload: JudgePool | None = None,
        confirm_expiry: float = 86400.0,
        dedup_window: float = 600.0,
        on_held: Callable[[StoredMessage, MessageView], Any] | None = None,
    ) -> None:
        self.upstream = upstream
        self.hostname = hostname
        self.language = language
        self.tasks = tasks if tasks is not None else Tasks()
        self.judge = judge
        self.store = store
        self.offload = offload if offload is not None else JudgePool(processes=0)
        self.confirm_expiry = confirm_expiry
        self.dedup_window = dedup_window
        self.on_held = on_held
        self.audit = AuditBatch(store, self.tasks) if store is not None else None

    async def process(self, tx: Transaction) -> str:
        if self.judge is None:
            tx.log["decision"] = "pass"
            return await self.relay_now(tx)
        judge = self.judge()  # the rule set current now; a reload swaps it atomically
        envelope = Envelope(tx.mail_from, tuple(tx.rcpt_tos))
        started = time.perf_counter()
        # Inspection can take a while on a big attachment: off the event loop, so other
        # sessions keep flowing.
        if len(tx.data) <= INLINE_JUDGE_BYTES and not _ENCODED.search(tx.data):
            view, decision = judge(envelope, tx.data)
        else:
            view, decision = await self.offload(judge, envelope, tx.data)
        tx.log["inspect_ms"] = round((time.perf_counter() - started) * 1000, 1)
        tx.log["decision"] = decision.action.label
        metrics.of(self).decided(decision, time.perf_counter() - started)
        if decision.reasons:
            tx.log["rules"] = decision.rules
        if view.findings:
            tx.log["findings"] = {t: f.count for t, f in view.findings.items()}
        if view.incomplete:
            tx.log["incomplete"] = len(view.incomplete)
        tx.log["external"] = len(view.external)

        if decision.action == Action.PASS:
            if decision.bcc_convert and view.external:
                # As the scheduler does for held mail (scheduler.prepare): the visible
                # external recipients become Bcc, still in the envelope.
                tx.data = remove_addresses(tx.data, {r.address for r in view.external})
            if decision.add_headers:
                tx.trace += _headers(decision.add_headers)
            reply = await self.relay_now(tx)
            self._audit(tx, envelope, view, decision, "passed" if reply[:1] == "2" else "failed")
            return reply
        if decision.action == Action.REJECT:
            self._audit(tx, envelope, view, decision, "rejected")
            return _reject_reply(decision, tx.smtputf8)
        return await self.hold(tx, envelope, view, decision)

    def _audit(
        self, tx: Transaction, envelope: Envelope, view: MessageView, decision: Decision,
        outcome: str,
    ) -> None:
        """Pass and reject decisions are not stored messages; the audit trail still gets
        one record each (held ones are recorded by the store with the message). Written
        in the background: the client's reply does not wait for it."""
        if self.audit is None:
            return
        record = decision_record(
            envelope, decision, at=tx.received_at, message_id=_message_id(view),
            findings=view.findings.values(), outcome=outcome, queue_id=tx.queue_id,
            note=str(tx.log.get("upstream", ""))[:200],
        )
        self.audit.add(record)

    async def hold(
        self, tx: Transaction, envelope: Envelope, view: MessageView, decision: Decision
    ) -> str:
        if self.store is None:
            # No store configured: fail safe, never pass a message the rules would hold.
            return replies.STORE_FAILED
        # Duplicate detection compares what the client sent, not our trace header (which
        # differs on every attempt); hashed once, not twice, and off the event loop when
        # big (hashlib lets go of the GIL: 30 ms for 45 MB).
        digest = (body_hash(tx.data) if len(tx.data) <= INLINE_JUDGE_BYTES
                  else await asyncio.to_thread(body_hash, tx.data))
        # The attachment names alerts and pages will list, masked by every value found
        # in the message (a name may hold one found elsewhere): the store keeps them.
        names = (shown_attachment_names(tx.payload, view.findings.values())
                 if len(tx.payload) <= INLINE_JUDGE_BYTES
                 else await asyncio.to_thread(
                     shown_attachment_names, tx.payload, view.findings.values()))
        msg = StoredMessage.create(
            envelope, tx.payload, decision, findings=view.findings.values(),
            subject=view.subject_shown, language=self.language, now=tx.received_at,
            confirm_expiry=self.confirm_expiry, digest=digest, attachments=names,
        )
        msg.id = tx.queue_id  # one id in the SMTP log, the reply, the store and the audit
        # The write and the sender's alert are one task of their own: a session that ends
        # while the write is under way (its timeout, a client that hangs up) does not stop
        # them. The message is held either way, so its sender must hear of it; the
        # client's retry is then told "Already held" (review 21).
        stored = self.tasks.spawn(self._store_and_alert(msg, view))
        try:
            qid = await asyncio.shield(stored)
        except asyncio.CancelledError:
            stored.add_done_callback(_store_failure_logged)
            raise
        except Exception as exc:
            tx.log["error"] = f"store: {type(exc).__name__}"
            log.error("could not store held message", exc_info=exc,
                      extra={"fields": {"queue_id": tx.queue_id}})
            return replies.STORE_FAILED
        tx.log["held_as"] = qid
        if qid != msg.id:
            tx.log["duplicate"] = True
            return replies.DUPLICATE_HOLD.format(id=qid)
        return replies.QUEUED_HOLD.format(id=qid)

    async def _store_and_alert(self, msg: StoredMessage, view: MessageView) -> str:
        """Store a held message, and alert its sender when it is new. Returns its id."""
        assert self.store is not None
        # put() returns after fsync; a client that timed out and retries the same
        # message within the window gets the first id back, not a second hold.
        qid = await self.store.put(msg, dedup_within=self.dedup_window)
        if qid == msg.id and self.on_held is not None:
            self.on_held(msg, view)
        return qid

    async def relay_now(self, tx: Transaction) -> str:
        """Relay while the client waits, and turn the upstream's answer into our reply."""
        try:
            result = await self.upstream.deliver(
                tx.mail_from, tx.rcpt_tos, tx.payload, eight_bit=tx.eight_bit,
                smtputf8=tx.smtputf8,
            )
        except UpstreamTimeout as exc:
            tx.log["upstream"] = f"timeout: {exc}"
            if exc.maybe_delivered:
                tx.log["possible_duplicate"] = True  # the client will retry
            metrics.of(self).delivery("direct", "failed")
            return replies.UPSTREAM_TIMEOUT
        except UpstreamUnavailable as exc:
            tx.log["upstream"] = f"unavailable: {exc}"
            if exc.maybe_delivered:
                tx.log["possible_duplicate"] = True  # the client will retry
            metrics.of(self).delivery("direct", "failed")
            log.warning(
                "upstream unavailable", extra={"fields": {"queue_id": tx.queue_id, "error": str(exc)}}
            )
            return replies.UPSTREAM_UNAVAILABLE
        tx.log["upstream"] = str(result.reply)
        metrics.of(self).delivery("direct", "delivered" if result.delivered else "refused")
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
            original=tx.payload,
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


def _headers(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> bytes:
    return "".join(f"{n}: {' '.join(str(v).split())}\r\n" for n, v in pairs).encode("utf-8")


def _reject_reply(decision: Decision, smtputf8: bool) -> str:
    reason = next((r for r in decision.reasons if r.action == Action.REJECT), None)
    rule = reason.rule if reason else "policy"
    text = " ".join((reason.message if reason else "").split())
    # Non-ASCII reply text only to a client that said SMTPUTF8 (RFC 6531 §3.7.4.2);
    # to the others (most mail programs) the rule's English text, if it has one.
    if text and not (text.isascii() or smtputf8):
        text = " ".join((reason.message_en if reason else "").split())
        if not text.isascii():
            text = ""
    if not text:
        text = f"Refused by mailguard rule {rule}"
    return f"550 5.7.1 {text}"[:500]


def _message_id(view: MessageView) -> str:
    for name, value in view.headers:
        if name.lower() == "message-id":
            return value.strip()[:500]
    return ""
