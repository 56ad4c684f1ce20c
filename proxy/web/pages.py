"""The page of one held message, for its sender or one of its approvers.

GET (and HEAD) only reads: mail security scanners fetch every link in a mail. Each action
is a POST from a button, with a form nonce bound to this link (CSRF) and, for anything
that releases the message, a ticked checkbox and a render time at least MIN_FORM_AGE
old. After a POST the browser is sent back to the page (303), so a reload never posts
again; a replayed POST is harmless anyway (proxy.actions is idempotent).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from proxy.actions import Outcome, Verb
from proxy.model import Action
from proxy.notify.i18n import format_duration
from proxy.notify.summary import names_to_show
from proxy.store.base import State, StoredMessage
from proxy.tokens import APPROVER, SENDER, FormCheck, Link
from proxy.web.deps import WebDeps, deps
from proxy.web.model import HUMAN_VERBS, MIN_FORM_AGE, build
from proxy.web.render import language, page
from proxy.web.words import word

log = logging.getLogger("mailguard.web")

# What each audience may ask for at all; whether it applies now is Actions' business.
ALLOWED: dict[str, frozenset[Verb]] = {
    SENDER: frozenset({Verb.CANCEL, Verb.SEND_NOW, Verb.CONFIRM, Verb.REMOVE_RECIPIENTS}),
    APPROVER: frozenset({Verb.APPROVE, Verb.REJECT}),
}
# The notice the sender gets after an action took effect.
NOTICE_AFTER = {Verb.CANCEL: "cancelled", Verb.REJECT: "rejected", Verb.SEND_NOW: "sent-early"}
_CODES = frozenset({"done", "already", "wrong_state", "not_allowed", "not_found"})


class AttachmentNames:
    """Attachment names per message, parsed once (in a thread) and kept for a while:
    removing recipients rewrites headers only, so the names never change."""

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._cache: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    async def get(self, msg: StoredMessage) -> tuple[str, ...]:
        found = self._cache.get(msg.id)
        if found is None:
            found = await names_to_show(msg, msg.data)
            if msg.data is not None:
                self._cache[msg.id] = found
                while len(self._cache) > self._size:
                    self._cache.popitem(last=False)
        return found


NAMES = web.AppKey("attachment_names", AttachmentNames)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def same_origin(request: web.Request, d: WebDeps) -> bool:
    """A browser says where a POST comes from; a cross-site one is refused outright
    (no Origin at all: an old client; the form nonce still decides)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin in {origin_of(d.public_url()), f"{request.scheme}://{request.host}"}


async def _load(d: WebDeps, token: str) -> tuple[Link, StoredMessage] | None:
    link = d.tokens.verify_link(token)
    if link is None:
        return None
    msg = await d.store.get(link.queue_id)
    if msg is None:
        return None
    if link.audience == APPROVER and link.approver >= len(msg.approvers):
        return None
    return link, msg


def _person(link: Link, msg: StoredMessage) -> str:
    return msg.approvers[link.approver] if link.audience == APPROVER else msg.mail_from


def _lang(request: web.Request, d: WebDeps, link: Link, msg: StoredMessage) -> str:
    return language(request, d.notifier.language_for(_person(link, msg), msg.language))


def invalid(request: web.Request, d: WebDeps) -> web.Response:
    # The same page whatever was wrong (forged, altered, expired, unknown message):
    # it says nothing about any message.
    return page(request, "invalid.html", lang=language(request, d.settings.policy.language),
                status=404)


async def _render(
    request: web.Request, d: WebDeps, token: str, link: Link, msg: StoredMessage, lang: str,
    *, status: int = 200, flash: str = "", error: str = "",
) -> web.Response:
    names = await request.app[NAMES].get(msg)
    s = d.notifier.summary(msg, lang, names)
    p = build(msg, s, link.audience, d.tz)
    remaining = (
        format_duration(p.countdown_at - time.time(), lang) if p.countdown_at is not None else ""
    )
    return page(
        request, "message.html", lang=lang, status=status, p=p, csrf=d.tokens.form(token),
        flash=flash, error=error, remaining=remaining, wait_ms=int(MIN_FORM_AGE * 1000) + 200,
    )


def flash_texts(request: web.Request, lang: str) -> tuple[str, str]:
    """(ok text, error text) from the redirect after a POST; fixed words only."""
    verb, code = request.query.get("done", ""), request.query.get("code", "")
    if code not in _CODES or verb not in {v.value for v in Verb}:
        return "", ""
    if code == "done":
        return word(f"done_{verb}", lang), ""
    if code == "already":
        return word("already", lang), ""
    if code == "not_allowed":
        return "", word("err_not_allowed", lang)
    return "", word("wrong_state", lang)


async def show(request: web.Request) -> web.Response:
    d = deps(request)
    token = request.match_info["token"]
    found = await _load(d, token)
    if found is None:
        return invalid(request, d)
    link, msg = found
    lang = _lang(request, d, link, msg)
    flash, error = flash_texts(request, lang)
    return await _render(request, d, token, link, msg, lang, flash=flash, error=error)


async def act(request: web.Request) -> web.Response:
    d = deps(request)
    token = request.match_info["token"]
    found = await _load(d, token)
    if found is None:
        return invalid(request, d)
    link, msg = found
    lang = _lang(request, d, link, msg)

    async def refused(status: int, key: str, why: str) -> web.Response:
        # Nothing changed; the page says why, with a fresh form.
        d.metrics.action("refused", why)
        log.info("action refused", extra={"fields": {"queue_id": msg.id, "why": why,
                                                     "audience": link.audience}})
        return await _render(request, d, token, link, msg, lang, status=status,
                             error=word(key, lang))

    if not same_origin(request, d):
        return await refused(403, "err_form", "cross_origin")
    form = await request.post()
    nonce = str(form.get("csrf", ""))
    if d.tokens.verify_form(token, nonce) != FormCheck.OK:
        return await refused(403, "err_form", "bad_form")
    try:
        verb = Verb(str(form.get("action", "")))
    except ValueError:
        return await refused(400, "err_not_allowed", "unknown_action")
    if verb not in ALLOWED[link.audience]:
        return await refused(403, "err_not_allowed", "not_for_audience")
    removed: list[str] = []
    if verb == Verb.REMOVE_RECIPIENTS:
        wanted = {str(v).lower() for v in form.getall("remove", [])}
        removed = [r for r in msg.rcpt_tos if r.lower() in wanted]
        if not removed:
            if msg.state == State.HELD or not wanted:
                return await refused(400, "err_none_selected", "none_selected")
            removed = sorted(wanted)  # a repeat after it moved on: Actions says so
    releases = verb in HUMAN_VERBS and not (
        verb == Verb.REMOVE_RECIPIENTS and msg.action == Action.APPROVE
    )
    if releases:
        # The human step: a scanner neither ticks a box nor waits before submitting.
        if form.get("checked") != "yes":
            return await refused(400, "err_unchecked", "unchecked")
        if d.tokens.verify_form(token, nonce, min_age=MIN_FORM_AGE) == FormCheck.TOO_SOON:
            return await refused(400, "err_too_soon", "too_soon")

    actor = "sender" if link.audience == SENDER else f"approver:{_person(link, msg)}"
    outcome = await perform(d, verb, msg, actor, removed)
    query = {"done": verb.value, "code": outcome.code}
    if "lang" in request.query:
        query["lang"] = lang
    # Relative: the page's own URL, whatever path prefix a reverse proxy put in front.
    raise web.HTTPSeeOther(f"?{urlencode(query)}")


async def perform(
    d: WebDeps, verb: Verb, msg: StoredMessage, actor: str, removed: list[str] | None = None
) -> Outcome:
    """Do one action through proxy.actions; count it, log it, and tell the sender."""
    a = d.actions
    if verb == Verb.REMOVE_RECIPIENTS:
        outcome = await a.remove_recipients(msg.id, removed or [], actor, then_send=True)
    else:
        outcome = await {
            Verb.CANCEL: a.cancel, Verb.SEND_NOW: a.send_now, Verb.CONFIRM: a.confirm,
            Verb.APPROVE: a.approve, Verb.REJECT: a.reject,
        }[verb](msg.id, actor)
    d.metrics.action(verb.value, outcome.code)
    log.info("action", extra={"fields": {"queue_id": msg.id, "verb": verb.value, "actor": actor,
                                         "result": outcome.code, "state": outcome.state}})
    kind = NOTICE_AFTER.get(verb)
    if verb == Verb.REMOVE_RECIPIENTS and msg.action == Action.HOLD:
        kind = "sent-early" if outcome.state == "released" else None
    if verb == Verb.CONFIRM and actor != "sender":
        kind = "sent-early"  # an admin confirmed for them: the sender did not see it go
    if verb == Verb.REMOVE_RECIPIENTS and outcome.state == "cancelled":
        kind = "cancelled"
    if outcome.ok and kind is not None:
        fresh = await d.store.get(msg.id)
        if fresh is not None:
            fresh.data = None  # the notice reads what it needs itself
            d.spawn(d.notifier.event(kind, fresh, actor))
    return outcome


def add_routes(app: web.Application) -> None:
    app[NAMES] = AttachmentNames()
    app.router.add_get("/m/{token}", show)
    app.router.add_post("/m/{token}", act)
