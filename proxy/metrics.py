"""Prometheus metrics, one registry per running guard (tests run several in one process).

The pipeline and the scheduler do not take a metrics argument: the Service attaches its
Metrics to them (`attach`) and their call sites say `metrics.of(self).…`, which is a
no-op sink for an object nobody attached to (unit tests that build a Pipeline alone).
"""

from __future__ import annotations

import weakref
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from proxy.model import Decision
from proxy.store.base import State, Store

CONTENT_TYPE = CONTENT_TYPE_LATEST
# The `_created` series double every counter and say nothing an admin asks about.
disable_created_metrics()

# Inspection runs from a few milliseconds (a short text mail) to the [inspect] max_seconds
# limit (big attachments), so the buckets span four orders of magnitude.
_INSPECT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 60.0)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        self.messages = Counter(
            "mailguard_messages", "Messages decided, by action.", ["decision"], registry=r
        )
        self.rule_matches = Counter(
            "mailguard_rule_matches", "Rules that matched a message, by rule and its action.",
            ["rule", "action"], registry=r,
        )
        self.inspect_seconds = Histogram(
            "mailguard_inspect_seconds", "Time to inspect and judge one message.",
            buckets=_INSPECT_BUCKETS, registry=r,
        )
        self.queue = Gauge(
            "mailguard_queue_messages", "Messages in the store, by state.", ["state"], registry=r
        )
        self.deliveries = Counter(
            "mailguard_deliveries",
            "Delivery attempts to the upstream: path direct (passed) or queued (held), "
            "result delivered, deferred, bounced, refused or failed.",
            ["path", "result"], registry=r,
        )
        self.alerts = Counter(
            "mailguard_alerts",
            "Notices to senders and approvers, by kind and result: sent, kept (refused for "
            "now, in the outbox) or failed (refused for good, or given up).",
            ["kind", "result"], registry=r,
        )
        self.outbox = Gauge(
            "mailguard_notice_outbox", "Notices waiting for another try (the outbox).",
            registry=r,
        )
        self.actions = Counter(
            "mailguard_actions", "Actions people took on held messages, by verb and result.",
            ["verb", "result"], registry=r,
        )

    # -- call sites ------------------------------------------------------------------

    def decided(self, decision: Decision, seconds: float) -> None:
        self.messages.labels(decision.action.label).inc()
        self.inspect_seconds.observe(seconds)
        for reason in decision.reasons:
            self.rule_matches.labels(reason.rule, reason.action.label).inc()

    def delivery(self, path: str, result: str) -> None:
        self.deliveries.labels(path, result).inc()

    def alert(self, kind: str, result: str) -> None:
        """result: sent, kept (refused for now: in the outbox) or failed (given up)."""
        self.alerts.labels(kind, result).inc()

    def action(self, verb: str, result: str) -> None:
        self.actions.labels(verb, result or "unknown").inc()

    # -- exposition ------------------------------------------------------------------

    async def refresh(self, store: Store | None) -> None:
        """Queue sizes are read from the store at scrape time, not counted along the way:
        after a restart or a CLI edit they are still right."""
        if store is None:
            return
        counts = await store.count_by_state()
        for state in State:
            self.queue.labels(state.value).set(counts.get(state, 0))
        self.outbox.set(await store.count_notices())

    def render(self) -> bytes:
        return generate_latest(self.registry)


_attached: weakref.WeakKeyDictionary[Any, Metrics] = weakref.WeakKeyDictionary()
_unattached: Metrics | None = None


def attach(owner: Any, metrics: Metrics) -> None:
    _attached[owner] = metrics


def of(owner: Any) -> Metrics:
    """The Metrics attached to `owner`, or a shared sink nobody reads."""
    global _unattached
    found = _attached.get(owner)
    if found is not None:
        return found
    if _unattached is None:
        _unattached = Metrics()
    return _unattached
