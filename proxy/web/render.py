"""HTML responses: jinja2 with autoescape, and the headers every response carries.

The pages load nothing from elsewhere (closed networks) and allow nothing inline but the
one style block and the one small script of each page, by a per-response CSP nonce.
Links carry a token in their path, so no Referer may leave the site ("same-origin";
"no-referrer" would make browsers send `Origin: null` with the page's own forms).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from proxy.notify import i18n
from proxy.web.words import word

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

NONCE = web.RequestKey("csp_nonce", str)


def _csp(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
        "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


_STATIC_HEADERS = {
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@web.middleware
async def security_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    nonce = secrets.token_urlsafe(16)
    request[NONCE] = nonce
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers.update(_STATIC_HEADERS)
        exc.headers["Content-Security-Policy"] = _csp(nonce)
        raise
    response.headers.update(_STATIC_HEADERS)
    response.headers.setdefault("Content-Security-Policy", _csp(nonce))
    return response


def language(request: web.Request, default: str) -> str:
    """?lang=ja|en picks the language (a plain GET parameter: it changes nothing)."""
    asked = request.query.get("lang", "")
    return asked if asked in i18n.LANGUAGES else (default if default in i18n.LANGUAGES else "ja")


def page(
    request: web.Request, template: str, *, lang: str, status: int = 200, **context: Any
) -> web.Response:
    html = _env.get_template(template).render(
        nonce=request[NONCE], lang=lang, w=partial(word, language=lang), path=request.path,
        **context,
    )
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")
