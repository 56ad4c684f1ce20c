"""Who is told what, when: the alert at hold time, approval requests, reminders before
expiry, and the final word when a message expires, is cancelled, rejected, sent early,
approved or bounces.

Notices go straight to the upstream (Upstream.deliver), never through our own listener,
so they are never evaluated or held themselves. Sending never holds up the message it is
about: a short retry in place, then a notice refused for now goes to the outbox
(proxy.notify.outbox), which keeps trying; one refused for good is logged and counted.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import getaddresses
from zoneinfo import ZoneInfo

from proxy.audit import AuditQuery, AuditRecord, recipient_domains
from proxy.config import Settings
from proxy.errors import UpstreamError
from proxy.metrics import Metrics
from proxy.model import Action
from proxy.notify import i18n
from proxy.notify.compose import compose
from proxy.notify.outbox import Outbox, moved_on
from proxy.notify.summary import RuleText, Summary, names_to_show, summarize
from proxy.relay import Upstream
from proxy.store.base import State, Store, StoredMessage
from proxy.tokens import APPROVER, SENDER, Tokens

log = logging.getLogger("mailguard.notify")

KIND_NOTICE = "notice"  # audit records of reminders (so a restart does not send twice)
RETRY_DELAYS = (0.0, 2.0, 10.0)
MESSAGE_PATH = "/m/"  # the web page of one message: public_url + MESSAGE_PATH + token

# Scheduler events (proxy.scheduler's notify hook) → the notice the sender gets.
SCHEDULER_KINDS = {"expired": "expired", "bounced": "bounced", "delivered": "approved"}


@dataclass(frozen=True)
class Outgoing:
    """One composed notice mail and whom it is for."""

    kind: str
    to: str
    data: bytes


@dataclass(frozen=True)
class LanguageRule:
    pattern: str  # "alice@example.com" or "*@example.com"
    language: str

    def matches(self, address: str) -> bool:
        addr = address.lower()
        if self.pattern.startswith("*@"):
            return addr.endswith(self.pattern[1:])
        return addr == self.pattern


def parse_language_rules(items: list[str]) -> tuple[LanguageRule, ...]:
    rules = []
    for item in items:
        pattern, _, lang = item.rpartition("=")
        rules.append(LanguageRule(pattern.strip().lower(), lang.strip()))
    return tuple(rules)


def from_header_address(data: bytes | None) -> str:
    if not data:
        return ""
    end = data.find(b"\r\n\r\n")
    head = email.message_from_bytes(data[: end + 2] if end >= 0 else data,
                                    policy=email.policy.compat32)
    found = [addr for _n, addr in getaddresses([str(v) for v in head.get_all("From", [])])]
    return found[0] if found and "@" in found[0] else ""


class Notifier:
    def __init__(
        self,
        settings: Settings,
        *,
        upstream: Upstream,
        store: Store,
        tokens: Tokens,
        public_url: Callable[[], str],
        hostname: str,
        metrics: Metrics,
        is_external: Callable[[str], bool],
        rule_text: RuleText | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        self.cfg = settings.notify
        self.settings = settings
        self.upstream = upstream
        self.store = store
        self.tokens = tokens
        self.public_url = public_url
        self.hostname = hostname
        self.metrics = metrics
        self.is_external = is_external
        self.rule_text = rule_text
        self.tz = ZoneInfo(settings.policy.timezone)
        self.languages = parse_language_rules(self.cfg.sender_languages)
        self.from_address = self.cfg.from_address or f"mailguard@{hostname}"
        self.envelope_from = self.cfg.envelope_from  # "" = the null sender
        self._reminded: set[str] = set()
        self.retry_delays = RETRY_DELAYS
        self.outbox = outbox
        self.kept = 0  # notices handed to the outbox (the CLI reports it)

    # -- helpers shared with the web pages ------------------------------------------

    def language_for(self, address: str, default: str) -> str:
        for rule in self.languages:
            if rule.matches(address):
                return rule.language
        return default if default in i18n.LANGUAGES else "ja"

    def link(self, msg: StoredMessage, audience: str = SENDER, approver: int = 0) -> str:
        deadline = msg.expires_at if msg.expires_at is not None else msg.release_at
        expires = max(deadline, time.time()) + self.settings.web.link_lifetime
        token = self.tokens.link(msg.id, audience, expires, approver)
        return self.public_url().rstrip("/") + MESSAGE_PATH + token

    def summary(self, msg: StoredMessage, language: str, attachments: tuple[str, ...]) -> Summary:
        return summarize(msg, language=language, tz=self.tz, is_external=self.is_external,
                         rule_text=self.rule_text, attachments=attachments)

    # -- events ---------------------------------------------------------------------

    async def held(self, msg: StoredMessage) -> None:
        """The alert for a message just held, and the approval requests."""
        if not self.cfg.enabled:
            return
        try:
            names = await names_to_show(msg, msg.data)
        except asyncio.CancelledError:
            # Stopping before anything was sent: all of them kept, without the names.
            await self._keep_all(msg.id, await self._held_notices(msg, ()))
            raise
        await self._send(msg.id, await self._held_notices(msg, names))

    async def _held_notices(self, msg: StoredMessage, names: tuple[str, ...]) -> list[Outgoing]:
        kind = {Action.HOLD: "held", Action.CONFIRM: "confirm"}.get(msg.action, "approval-pending")
        items = await self._for_sender(kind, msg, names)
        if msg.action == Action.APPROVE:
            items += self._for_approvers("approval-request", msg, names)
        return items

    async def event(self, kind: str, msg: StoredMessage, actor: str = "system") -> bool:
        """A final notice: "expired", "bounced", "approved", "cancelled", "rejected",
        "sent-early". Scheduler events ("delivered" …) are mapped first. True when a
        notice was delivered."""
        if not self.cfg.enabled:
            return False
        if kind == "delivered" and msg.action != Action.APPROVE:
            return False  # the sender already knew when it would go; an approval they did not see
        if kind == "delivered":
            # "Approved and sent" only after an approver's (or an admin's) yes; an admin's
            # release of it was told at the time, as "sent early".
            full = await self.store.get(msg.id)
            if full is None or not any(t.to_state == State.APPROVED for t in full.history):
                return False
            data = full.data
        else:
            data = await self.store.load_data(msg.id)
        kind = SCHEDULER_KINDS.get(kind, kind)
        names = await names_to_show(msg, data)
        return await self._to_sender(kind, msg, names, data=data, at=time.time(), actor=actor)

    async def remind(self, now: float | None = None) -> int:
        """Reminders for confirm/approve messages expiring within [notify] reminder_before.
        Each is recorded in the audit trail before it is sent: at most one per message,
        across restarts too."""
        before = self.cfg.reminder_before
        if not self.cfg.enabled or before <= 0:
            return 0
        at = time.time() if now is None else now
        due = await self.store.expiring(at + before)
        self._reminded &= {m.id for m in due}
        sent = 0
        for msg in due:
            expires = msg.expires_at or 0.0
            # Not when it is already over, nor when the whole window is shorter than the
            # reminder time (the first alert is still fresh).
            if msg.id in self._reminded or expires <= at or msg.received_at >= expires - before:
                continue
            self._reminded.add(msg.id)
            if await self.store.search_audit(
                AuditQuery(queue_id=msg.id, kind=KIND_NOTICE, outcome="reminder", limit=1)
            ):
                continue
            await self.store.append_audit(AuditRecord(
                at=at, kind=KIND_NOTICE, outcome="reminder", actor="system", queue_id=msg.id,
                message_id=msg.message_id, mail_from=msg.mail_from,
                recipients=tuple(msg.rcpt_tos), domains=recipient_domains(msg.rcpt_tos),
                rules=tuple(msg.rules), action=msg.action.label, note="reminder before expiry",
            ))
            data = await self.store.load_data(msg.id)
            names = await names_to_show(msg, data)
            if msg.action == Action.APPROVE:
                await self._send(msg.id, self._for_approvers("reminder", msg, names))
            else:
                await self._to_sender("reminder", msg, names, data=data)
            sent += 1
        return sent

    async def run_reminders(self) -> None:
        before = self.cfg.reminder_before
        if not self.cfg.enabled or before <= 0:
            return
        interval = min(60.0, max(0.5, before / 4))
        while True:
            try:
                await self.remind()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reminder pass failed")
            await asyncio.sleep(interval)

    # -- sending --------------------------------------------------------------------

    async def _sender_address(self, msg: StoredMessage, data: bytes | None) -> str:
        if self.cfg.send_to == "from":
            if data is None:
                data = msg.data if msg.data is not None else await self.store.load_data(msg.id)
            found = from_header_address(data)
            if found:
                return found
        return msg.mail_from

    async def _for_sender(
        self, kind: str, msg: StoredMessage, names: tuple[str, ...], *,
        data: bytes | None = None, at: float | None = None, actor: str = "system",
    ) -> list[Outgoing]:
        to = await self._sender_address(msg, data)
        if not to:
            return []  # the null sender: nobody to tell
        lang = self.language_for(to, msg.language)
        s = self.summary(msg, lang, names)
        notice = compose(
            kind, s, to=to, from_address=self.from_address, hostname=self.hostname,
            link=self.link(msg, SENDER),
            at=i18n.format_time(at, self.tz, lang) if at is not None else "",
            by=i18n.actor_label(actor, lang) if at is not None else "",
        )
        return [Outgoing(notice.kind, to, notice.data)]

    def _for_approvers(
        self, kind: str, msg: StoredMessage, names: tuple[str, ...]
    ) -> list[Outgoing]:
        out = []
        for index, approver in enumerate(msg.approvers[:256]):
            lang = self.language_for(approver, msg.language)
            s = self.summary(msg, lang, names)
            notice = compose(
                kind, s, to=approver, from_address=self.from_address, hostname=self.hostname,
                link=self.link(msg, APPROVER, index), approver_link=True,
            )
            out.append(Outgoing(notice.kind, approver, notice.data))
        return out

    async def _to_sender(
        self, kind: str, msg: StoredMessage, names: tuple[str, ...], *,
        data: bytes | None = None, at: float | None = None, actor: str = "system",
    ) -> bool:
        items = await self._for_sender(kind, msg, names, data=data, at=at, actor=actor)
        return await self._send(msg.id, items)

    async def _send(self, queue_id: str, items: list[Outgoing]) -> bool:
        """Deliver each in turn; True when there was one and all went. Stopped midway
        (shutdown), the ones not tried yet are kept for after the restart too."""
        sent = bool(items)
        for k, item in enumerate(items):
            try:
                sent = await self._deliver(item, queue_id) and sent
            except asyncio.CancelledError:
                await self._keep_all(queue_id, items[k + 1 :])
                raise
        return sent

    async def _still_due(self, item: Outgoing, queue_id: str) -> bool:
        """Before a retry: an alert about a held message that has since moved on (sent
        early, cancelled) would now be untrue."""
        try:
            state = await moved_on(self.store, item.kind, queue_id)
        except Exception:  # the store busy or closing: better a stale alert than none
            log.warning("notice: could not read the message's state; trying anyway",
                        extra={"fields": {"queue_id": queue_id}}, exc_info=True)
            return True
        if not state:
            return True
        log.info("notice dropped: the message is no longer held", extra={"fields": {
            "queue_id": queue_id, "kind": item.kind, "to": item.to, "state": state}})
        return False

    async def _keep_all(self, queue_id: str, items: list[Outgoing]) -> None:
        for item in items:
            if await self._keep(item, queue_id, "stopped before sent"):
                log.warning("notice kept for after the restart", extra={"fields": {
                    "queue_id": queue_id, "kind": item.kind, "to": item.to}})

    async def _keep(self, item: Outgoing, queue_id: str, error: str) -> bool:
        if self.outbox is None or not await self.outbox.keep(
            item.kind, queue_id, self.envelope_from, item.to, item.data, error
        ):
            return False
        self.kept += 1
        self.metrics.alert(item.kind, "kept")
        return True

    async def _deliver(self, item: Outgoing, queue_id: str) -> bool:
        kind, to = item.kind, item.to
        error, transient = "", True
        try:
            for delay in self.retry_delays:
                if delay:
                    await asyncio.sleep(delay)
                    if not await self._still_due(item, queue_id):
                        return False
                try:
                    result = await self.upstream.deliver(self.envelope_from, [to], item.data)
                except UpstreamError as exc:
                    error = str(exc)
                    continue
                if result.delivered:
                    self.metrics.alert(kind, "sent")
                    log.info("notice sent", extra={"fields": {
                        "queue_id": queue_id, "kind": kind, "to": to,
                        "upstream": str(result.reply)}})
                    return True
                error, transient = str(result.reply), result.reply.transient
                if not transient:
                    break
        except asyncio.CancelledError:
            # Shutdown caught it between tries: kept, it goes after the next start (at
            # worst twice, if the upstream had it when the cancel came: better than never).
            await self._keep_all(queue_id, [item])
            raise
        fields = {"queue_id": queue_id, "kind": kind, "to": to, "error": error}
        if transient and await self._keep(item, queue_id, error):
            log.warning("notice not delivered yet; kept for retry", extra={"fields": fields})
        else:
            self.metrics.alert(kind, "failed")
            log.error("notice not delivered", extra={"fields": fields})
        return False
