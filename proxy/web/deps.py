"""What the web handlers need from the running guard (filled in by proxy.service)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from aiohttp import web

from proxy.actions import Actions
from proxy.config import Settings
from proxy.metrics import Metrics
from proxy.notify.notifier import Notifier
from proxy.relay import Upstream
from proxy.store.base import Store
from proxy.tokens import Tokens


@dataclass
class WebDeps:
    settings: Settings
    store: Store
    actions: Actions
    tokens: Tokens
    metrics: Metrics
    notifier: Notifier
    upstream: Upstream
    rules_loaded: Callable[[], bool]
    # Background work (notices after an action) that shutdown drains.
    spawn: Callable[[Awaitable[None]], object]
    public_url: Callable[[], str]
    # The errors of the last rule reload that failed ([] when the files on disk are the
    # rules in force): /healthz shows them, the guard keeps the last good set.
    rule_errors: Callable[[], list[str]] = lambda: []

    @property
    def tz(self) -> ZoneInfo:
        return self.notifier.tz

    @property
    def secure_cookies(self) -> bool:
        return self.public_url().startswith("https://")


DEPS = web.AppKey("deps", WebDeps)


def deps(request: web.Request) -> WebDeps:
    return request.app[DEPS]
