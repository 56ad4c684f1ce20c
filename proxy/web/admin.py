"""/admin: the held queue with filters, actions on any message, and the audit search.

Off (404) unless `[web] admin_password_hash` is set. One password (argon2 or bcrypt, as
SMTP AUTH users); a session is a signed cookie (HttpOnly, SameSite=Strict, Secure when
public_url is https) that lives 8 hours; every POST carries a form nonce bound to it.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from aiohttp import web

from proxy.actions import Verb
from proxy.audit import AuditQuery
from proxy.auth import Users
from proxy.notify.i18n import format_duration, format_time
from proxy.notify.safe import display
from proxy.store.base import State
from proxy.tokens import FormCheck
from proxy.web.deps import WebDeps, deps
from proxy.web.model import ADMIN, build, verbs_for
from proxy.web.pages import NAMES, flash_texts, perform, same_origin
from proxy.web.render import language, page
from proxy.web.words import word

COOKIE = "mailguard_admin"
SESSION_LIFETIME = 8 * 3600.0
LOGIN_FORM = "admin-login"
PAGE_SIZE = 50
AUDIT_LIMIT = 200
MAX_FAILURES = 10  # failed logins per client address …
FAILURE_WINDOW = 300.0  # … within this many seconds, then 429 until they age out


@dataclass
class AdminState:
    revoked: set[str] = field(default_factory=set)  # sessions logged out before they expire
    failures: dict[str, list[float]] = field(default_factory=dict)

    def throttled(self, client: str, now: float) -> bool:
        recent = [t for t in self.failures.get(client, []) if now - t < FAILURE_WINDOW]
        if recent:
            self.failures[client] = recent
        else:
            self.failures.pop(client, None)
        return len(recent) >= MAX_FAILURES

    def failed(self, client: str, now: float) -> None:
        self.failures.setdefault(client, []).append(now)


STATE = web.AppKey("admin_state", AdminState)


def _enabled(d: WebDeps) -> bool:
    return bool(d.settings.web.admin_password_hash.get_secret_value())


def _session(request: web.Request, d: WebDeps) -> str | None:
    value = request.cookies.get(COOKIE, "")
    if not value or value in request.app[STATE].revoked:
        return None
    return value if d.tokens.verify_session(value, SESSION_LIFETIME) else None


def _lang(request: web.Request, d: WebDeps) -> str:
    return language(request, d.settings.policy.language)


def _guard(request: web.Request) -> tuple[WebDeps, str | None]:
    d = deps(request)
    if not _enabled(d):
        raise web.HTTPNotFound()
    return d, _session(request, d)


def _login_page(request: web.Request, d: WebDeps, *, status: int = 200, error: str = "") -> web.Response:
    return page(request, "admin_login.html", lang=_lang(request, d), status=status,
                csrf=d.tokens.form(LOGIN_FORM), error=error)


async def login(request: web.Request) -> web.Response:
    d, _ = _guard(request)
    lang = _lang(request, d)
    if not same_origin(request, d):
        return _login_page(request, d, status=403, error=word("err_form", lang))
    form = await request.post()
    if d.tokens.verify_form(LOGIN_FORM, str(form.get("csrf", ""))) != FormCheck.OK:
        return _login_page(request, d, status=403, error=word("err_form", lang))
    state = request.app[STATE]
    client = request.remote or "?"
    now = time.time()
    if state.throttled(client, now):
        return _login_page(request, d, status=429, error=word("login_throttled", lang))
    users = Users({"admin": d.settings.web.admin_password_hash.get_secret_value()})
    # argon2/bcrypt are slow by design: in a thread, not on the event loop.
    ok = await asyncio.to_thread(users.verify, "admin", str(form.get("password", "")))
    if not ok:
        state.failed(client, now)
        return _login_page(request, d, status=401, error=word("login_failed", lang))
    response = web.HTTPSeeOther("/admin")
    response.set_cookie(
        COOKIE, d.tokens.session(), max_age=int(SESSION_LIFETIME), path="/admin",
        httponly=True, samesite="Strict", secure=d.secure_cookies,
    )
    raise response


async def logout(request: web.Request) -> web.Response:
    d, session = _guard(request)
    form = await request.post()
    if session and d.tokens.verify_form(session, str(form.get("csrf", ""))) == FormCheck.OK:
        request.app[STATE].revoked.add(session)
    response = web.HTTPSeeOther("/admin")
    response.del_cookie(COOKIE, path="/admin")
    raise response


async def queue(request: web.Request) -> web.Response:
    d, session = _guard(request)
    if session is None:
        return _login_page(request, d)
    lang = _lang(request, d)
    state = request.query.get("state", "")
    state = state if state in {s.value for s in State} else ""
    sender = request.query.get("sender", "").strip()[:320]
    try:
        number = max(0, int(request.query.get("page", "0")))
    except ValueError:
        number = 0
    msgs = await d.store.list(state=state or None, sender=sender or None,
                              limit=PAGE_SIZE + 1, offset=number * PAGE_SIZE)
    rows = [
        {
            "id": m.id,
            "received": format_time(m.received_at, d.tz, lang),
            "sender": m.mail_from,
            "recipients": len(m.rcpt_tos),
            "subject": display(m.subject, 80),
            "action": m.action.label,
            "state": m.state.value,
            "rules": ", ".join(m.rules),
        }
        for m in msgs[:PAGE_SIZE]
    ]
    more = ""
    if len(msgs) > PAGE_SIZE:
        more = "?" + urlencode({"state": state, "sender": sender, "page": number + 1})
    return page(request, "admin_queue.html", lang=lang, rows=rows, states=[s.value for s in State],
                state=state, sender=sender, more=more, csrf=d.tokens.form(session))


async def _detail_page(
    request: web.Request, d: WebDeps, session: str, qid: str, *, status: int = 200,
    error: str = "",
) -> web.Response:
    msg = await d.store.get(qid)
    if msg is None:
        raise web.HTTPNotFound()
    lang = _lang(request, d)
    names = await request.app[NAMES].get(msg)
    p = build(msg, d.notifier.summary(msg, lang, names), ADMIN, d.tz)
    flash, err = flash_texts(request, lang)
    remaining = (
        format_duration(p.countdown_at - time.time(), lang) if p.countdown_at is not None else ""
    )
    return page(request, "admin_message.html", lang=lang, status=status, p=p,
                csrf=d.tokens.form(session), flash=flash, error=error or err,
                remaining=remaining, wait_ms=0)


async def detail(request: web.Request) -> web.Response:
    d, session = _guard(request)
    if session is None:
        return _login_page(request, d)
    return await _detail_page(request, d, session, request.match_info["id"])


async def detail_act(request: web.Request) -> web.Response:
    d, session = _guard(request)
    if session is None:
        return _login_page(request, d, status=403)
    qid = request.match_info["id"]
    lang = _lang(request, d)
    form = await request.post()
    if not same_origin(request, d) or (
        d.tokens.verify_form(session, str(form.get("csrf", ""))) != FormCheck.OK
    ):
        d.metrics.action("refused", "bad_form")
        return await _detail_page(request, d, session, qid, status=403,
                                  error=word("err_form", lang))
    msg = await d.store.get(qid)
    if msg is None:
        raise web.HTTPNotFound()
    try:
        verb = Verb(str(form.get("action", "")))
    except ValueError:
        verb = None
    if verb is None or verb not in verbs_for(msg, ADMIN):
        query = {"done": verb.value if verb else "cancel", "code": "wrong_state"}
    else:
        outcome = await perform(d, verb, msg, "admin:admin")
        query = {"done": verb.value, "code": outcome.code}
    raise web.HTTPSeeOther(f"/admin/m/{qid}?{urlencode(query)}")


def _day(text: str, d: WebDeps, end: bool = False) -> float | None:
    try:
        day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=d.tz)
    except ValueError:
        return None
    return day.timestamp() + (86400 if end else 0)


async def audit(request: web.Request) -> web.Response:
    d, session = _guard(request)
    if session is None:
        return _login_page(request, d)
    lang = _lang(request, d)
    q = {k: request.query.get(k, "").strip()[:320]
         for k in ("sender", "recipient", "domain", "rule", "queue_id", "since", "until")}
    searched = any(q.values())
    records = []
    if searched:
        query = AuditQuery(
            sender=q["sender"] or None, recipient=q["recipient"] or None,
            domain=q["domain"] or None, rule=q["rule"] or None, queue_id=q["queue_id"] or None,
            since=_day(q["since"], d), until=_day(q["until"], d, end=True),
            limit=AUDIT_LIMIT, newest_first=True,
        )
        found = await d.store.search_audit(query)
        records = [
            {
                "time": format_time(r.at, d.tz, lang),
                "kind": r.kind,
                "outcome": r.outcome,
                "actor": r.actor,
                "queue_id": r.queue_id,
                "sender": r.mail_from,
                "recipients": ", ".join(r.recipients[:3])
                + (f" (+{len(r.recipients) - 3})" if len(r.recipients) > 3 else ""),
                "rules": ", ".join(r.rules),
                # Types and counts only: the samples are masked, but an overview needs none.
                "findings": ", ".join(f"{f.type}×{f.count}" for f in r.findings),
            }
            for r in found
        ]
    return page(request, "admin_audit.html", lang=lang, q=q, records=records, searched=searched,
                csrf=d.tokens.form(session))


def add_routes(app: web.Application) -> None:
    app[STATE] = AdminState()
    app.router.add_get("/admin", queue)
    app.router.add_post("/admin/login", login)
    app.router.add_post("/admin/logout", logout)
    app.router.add_get("/admin/m/{id}", detail)
    app.router.add_post("/admin/m/{id}", detail_act)
    app.router.add_get("/admin/audit", audit)
