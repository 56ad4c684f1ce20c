"""The web listener: one aiohttp application on `[web] listen` (loopback by default)."""

from __future__ import annotations

import logging

from aiohttp import web

from proxy.config import split_host_port
from proxy.web import admin, health, pages
from proxy.web.deps import DEPS, WebDeps
from proxy.web.render import security_headers

log = logging.getLogger("mailguard.web")

MAX_FORM_BYTES = 256 * 1024  # a form of recipient checkboxes; nothing here takes uploads


def make_app(d: WebDeps) -> web.Application:
    app = web.Application(middlewares=[security_headers], client_max_size=MAX_FORM_BYTES)
    app[DEPS] = d
    pages.add_routes(app)
    admin.add_routes(app)
    health.add_routes(app)
    # Browsers ask for it on every page; an empty answer beats a logged 404.
    app.router.add_get("/favicon.ico", _no_icon)
    return app


async def _no_icon(_request: web.Request) -> web.Response:
    return web.Response(status=204)


class WebServer:
    def __init__(self, deps: WebDeps) -> None:
        self.deps = deps
        self._runner: web.AppRunner | None = None
        self.address: tuple[str, int] = ("", 0)

    async def start(self) -> tuple[str, int]:
        """Bind and serve; returns the bound (host, port) (port 0 in tests)."""
        host, port = split_host_port(self.deps.settings.web.listen)
        # No access log: every message URL carries its token.
        runner = web.AppRunner(make_app(self.deps), access_log=None, handle_signals=False,
                               shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port, reuse_address=True)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        bound = runner.addresses
        self.address = tuple(bound[0][:2]) if bound else (host, port)
        return self.address

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
