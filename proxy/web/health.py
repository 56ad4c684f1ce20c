"""/healthz for load balancers and container health checks, /metrics for Prometheus."""

from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import web

from proxy.metrics import CONTENT_TYPE
from proxy.web.deps import WebDeps, deps

log = logging.getLogger("mailguard.web")

CHECK_TIMEOUT = 5.0
# Each upstream check opens an SMTP connection: cache the answer briefly so a health
# check hammered from outside cannot turn into a flood of connections upstream.
UPSTREAM_CACHE = 5.0


class UpstreamProbe:
    def __init__(self) -> None:
        self._at = 0.0
        self._ok = False
        self._lock = asyncio.Lock()

    async def ok(self, d: WebDeps) -> bool:
        async with self._lock:
            if time.monotonic() - self._at > UPSTREAM_CACHE:
                try:
                    async with asyncio.timeout(CHECK_TIMEOUT + d.settings.upstream.connect_timeout):
                        self._ok = await d.upstream.check()
                except TimeoutError:
                    self._ok = False
                self._at = time.monotonic()
            return self._ok


PROBE = web.AppKey("upstream_probe", UpstreamProbe)


async def _store_ok(d: WebDeps) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            await d.store.next_due()
    except Exception:
        return False
    return True


async def healthz(request: web.Request) -> web.Response:
    d = deps(request)
    store, upstream = await asyncio.gather(_store_ok(d), request.app[PROBE].ok(d))
    checks = {"store": store, "upstream": upstream, "rules": d.rules_loaded()}
    healthy = all(checks.values())
    body: dict[str, object] = {"status": "ok" if healthy else "unhealthy", "checks": checks}
    errors = d.rule_errors()
    if errors:
        # Mail flows under the last good rules (still healthy), but the files on disk
        # are not what is in force: say so where monitoring looks.
        body["rules_not_reloaded"] = errors
    return web.json_response(body, status=200 if healthy else 503)


async def metrics(request: web.Request) -> web.Response:
    d = deps(request)
    try:
        await d.metrics.refresh(d.store)
    except Exception:  # the counters are still worth scraping with a stale queue gauge
        log.warning("metrics: could not read the queue sizes", exc_info=True)
    return web.Response(body=d.metrics.render(), headers={"Content-Type": CONTENT_TYPE})


def add_routes(app: web.Application) -> None:
    app[PROBE] = UpstreamProbe()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
