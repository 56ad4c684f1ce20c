"""The message page over HTTP: scanners that fetch links change nothing, every action
needs a POST with a valid form nonce, releasing needs the human step, and tokens are
bound to one message and one audience."""

from __future__ import annotations

import asyncio
import base64
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from proxy.audit import AuditQuery
from proxy.service import Service, running
from proxy.store.base import State
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    CARD,
    SENDER,
    guard_settings,
    header,
    held_id,
    hidden_fields,
    link_of,
    links_of,
    message,
    notices,
    originals,
    parse,
    send,
    text_of,
    wait_for,
    wait_notice,
)

Env = tuple[ScriptedHandler, Service]


@pytest.fixture
async def env(upstream: tuple[ScriptedHandler, int], tmp_path: Path) -> AsyncIterator[Env]:
    handler, port = upstream
    async with running(guard_settings(port, tmp_path)) as svc:
        yield handler, svc


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def hold(env: Env, subject: str = "hello", body: str = "body",
               rcpts: tuple[str, ...] = ("a@partner.example",), kind: str = "held") -> tuple[str, str]:
    """Send a message that is held; returns (queue id, the link in its alert)."""
    handler, svc = env
    qid = held_id(await send(svc.smtp_address[1], list(rcpts),
                             message(subject, body, to=", ".join(rcpts))))
    alert = await wait_for(lambda: [m for m in notices(handler.messages, kind)
                                    if qid.encode() in m.data])
    return qid, link_of(alert[-1])


async def state(svc: Service, qid: str) -> str:
    assert svc.store is not None
    msg = await svc.store.get(qid)
    assert msg is not None
    return msg.state.value


async def page(http: aiohttp.ClientSession, url: str) -> tuple[str, dict[str, dict[str, str]]]:
    async with http.get(url) as resp:
        assert resp.status == 200
        html = await resp.text()
    return html, hidden_fields(html)


async def post(http: aiohttp.ClientSession, url: str, data: dict[str, str] | list[tuple[str, str]],
               **kw: object) -> tuple[int, str, str]:
    async with http.post(url, data=data, allow_redirects=False, **kw) as resp:  # type: ignore[arg-type]
        return resp.status, resp.headers.get("Location", ""), await resp.text()


async def test_scanner_get_and_head_of_every_link_change_nothing(
    env: Env, http: aiohttp.ClientSession
) -> None:
    handler, svc = env
    assert svc.store is not None
    held, _ = await hold(env, "scan me")
    confirm, _ = await hold(env, "card", f"card {CARD}", kind="confirm")
    approve, _ = await hold(env, "APPROVE this", kind="approval-pending")
    await wait_notice(handler.messages, "approval-request", to="boss@example.com")
    alerts = notices(handler.messages)
    links = [link for m in alerts for link in links_of(m)]
    assert len(links) == 4  # three sender links and the approver's
    before = {q: (await svc.store.get(q)) for q in (held, confirm, approve)}
    audit_before = len(await svc.store.search_audit(AuditQuery(limit=100000)))

    for link in links:
        for _ in range(10):
            async with http.get(link) as resp:
                assert resp.status == 200
                await resp.read()
            async with http.head(link) as resp:
                assert resp.status == 200
    await asyncio.sleep(0.5)

    for qid, old in before.items():
        now = await svc.store.get(qid)
        assert now is not None and old is not None
        assert now.state == State.HELD
        assert len(now.history) == len(old.history)
    assert len(await svc.store.search_audit(AuditQuery(limit=100000))) == audit_before
    assert originals(handler.messages, "a@partner.example") == []
    assert len(notices(handler.messages)) == len(alerts)  # no notice was triggered either


async def test_page_has_no_self_submitting_code_and_strict_headers(
    env: Env, http: aiohttp.ClientSession
) -> None:
    _qid, link = await hold(env)
    async with http.get(link) as resp:
        html = await resp.text()
        headers = resp.headers
    lowered = html.lower()
    for forbidden in ("submit()", "requestsubmit", "fetch(", "http-equiv", "onload",
                      "xmlhttprequest", "sendbeacon", "location.", ".click()"):
        assert forbidden not in lowered, forbidden
    assert '<form method="post"' in html
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp
    nonce = re.search(r"script-src 'nonce-([^']+)'", csp)
    assert nonce and f'<script nonce="{nonce.group(1)}">' in html
    assert headers["Referrer-Policy"] == "same-origin"  # the token never leaks to another site
    assert headers["Cache-Control"] == "no-store"
    assert "http://" not in html.replace(link, "")  # no external assets, no other links


async def test_post_without_a_valid_form_nonce_changes_nothing(
    env: Env, http: aiohttp.ClientSession
) -> None:
    _handler, svc = env
    qid, link = await hold(env)
    other, other_link = await hold(env, "other")
    _html, forms = await page(http, other_link)

    status, _loc, body = await post(http, link, {"action": "cancel"})
    assert status == 403 and "ページを開き直して" in body
    status, *_ = await post(http, link, {"action": "cancel", "csrf": "x" * 64})
    assert status == 403
    # A nonce made for another message's page is refused here.
    status, *_ = await post(http, link, {"action": "cancel", "csrf": forms["form-cancel"]["csrf"]})
    assert status == 403
    assert await state(svc, qid) == "held"
    assert await state(svc, other) == "held"


async def test_send_now_needs_the_human_step(env: Env, http: aiohttp.ClientSession) -> None:
    handler, svc = env
    qid, link = await hold(env)
    _html, forms = await page(http, link)
    send_now = forms["form-send_now"]
    assert send_now["action"] == "send_now"

    # Ticked, but posted at once after the page load: no person is that quick.
    status, _loc, body = await post(http, link, {**send_now, "checked": "yes"})
    assert status == 400 and "直後" in body
    await asyncio.sleep(2.1)
    # Late enough, but the box was not ticked.
    status, _loc, body = await post(http, link, send_now)
    assert status == 400 and "チェック" in body
    assert await state(svc, qid) == "held"
    assert originals(handler.messages, "a@partner.example") == []

    status, location, _ = await post(http, link, {**send_now, "checked": "yes"})
    assert status == 303 and "done=send_now&code=done" in location
    await wait_for(lambda: originals(handler.messages, "a@partner.example"))
    await wait_notice(handler.messages, "sent-early")
    # A replayed POST is harmless: the message was sent once.
    status, location, _ = await post(http, link, {**send_now, "checked": "yes"})
    assert status == 303 and "code=already" in location
    await asyncio.sleep(0.3)
    assert len(originals(handler.messages, "a@partner.example")) == 1


async def test_cancel_is_one_press_and_idempotent(env: Env, http: aiohttp.ClientSession) -> None:
    handler, svc = env
    qid, link = await hold(env)
    _html, forms = await page(http, link)
    cancel = forms["form-cancel"]
    status, location, _ = await post(http, link, cancel)
    assert status == 303 and location.endswith("?done=cancel&code=done")
    assert await state(svc, qid) == "cancelled"
    html, forms = await page(http, link + "?done=cancel&code=done")
    assert "取り消しました" in html and "送信されていません" in html
    assert "form-cancel" not in forms  # a final state offers no buttons
    # A double click or a replayed POST: harmless, and said so.
    status, location, _ = await post(http, link, cancel)
    assert status == 303 and location.endswith("?done=cancel&code=already")
    notice = await wait_notice(handler.messages, "cancelled")
    assert qid.encode() in notice.data
    assert len(notices(handler.messages, "cancelled")) == 1
    assert originals(handler.messages, "a@partner.example") == []


async def test_cross_origin_post_is_refused(env: Env, http: aiohttp.ClientSession) -> None:
    _handler, svc = env
    qid, link = await hold(env)
    _html, forms = await page(http, link)
    status, *_ = await post(http, link, forms["form-cancel"],
                            headers={"Origin": "http://evil.example"})
    assert status == 403
    assert await state(svc, qid) == "held"


async def test_forged_altered_and_expired_tokens_get_a_plain_page(
    env: Env, http: aiohttp.ClientSession
) -> None:
    _handler, svc = env
    assert svc.notifier is not None
    qid, link = await hold(env, "secret plans")
    base, token = link.rsplit("/", 1)
    tokens = svc.notifier.tokens
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    flipped = bytearray(raw)
    flipped[5] ^= 1  # expiry changed
    altered = base64.urlsafe_b64encode(bytes(flipped)).rstrip(b"=").decode()
    expired = tokens.link(qid, "sender", time.time() - 1)
    bad = [
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        altered,
        expired,
        token[:-2],
        tokens.link("NOSUCHMESSAGE", "sender", time.time() + 3600),
        "not-a-token!",
        token + "A",
    ]
    for t in bad:
        async with http.get(f"{base}/{t}") as resp:
            text = await resp.text()
            assert resp.status == 404, t
        assert "このリンクは無効です" in text
        assert "secret plans" not in text and qid not in text and "partner.example" not in text
        status, _loc, text = await post(http, f"{base}/{t}", {"action": "cancel", "csrf": ""})
        assert status == 404 and "secret plans" not in text
    assert await state(svc, qid) == "held"


async def test_a_token_for_one_message_does_not_act_on_another(
    env: Env, http: aiohttp.ClientSession
) -> None:
    _handler, svc = env
    first, first_link = await hold(env, "first")
    second, second_link = await hold(env, "second")
    # The queue id is inside the signed token: putting another id in breaks the signature.
    token = first_link.rsplit("/", 1)[1]
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    start = raw.find(first.encode())
    raw[start:start + len(second)] = second.encode()
    swapped = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    async with http.get(first_link.rsplit("/", 1)[0] + "/" + swapped) as resp:
        assert resp.status == 404
    _html, forms = await page(http, first_link)
    status, *_ = await post(http, second_link, forms["form-cancel"])
    assert status == 403
    assert await state(svc, second) == "held"
    status, *_ = await post(http, first_link, forms["form-cancel"])
    assert status == 303
    assert await state(svc, first) == "cancelled"
    assert await state(svc, second) == "held"


async def test_a_sender_token_cannot_approve(env: Env, http: aiohttp.ClientSession) -> None:
    handler, svc = env
    qid, sender_link = await hold(env, "APPROVE budget", kind="approval-pending")
    approver_link = link_of(await wait_notice(handler.messages, "approval-request",
                                              to="boss@example.com"))
    assert approver_link != sender_link
    html, forms = await page(http, sender_link)
    assert "form-approve" not in forms and "form-cancel" in forms
    await asyncio.sleep(2.1)
    status, _loc, body = await post(http, sender_link, {"action": "approve", "checked": "yes",
                                                        "csrf": forms["form-cancel"]["csrf"]})
    assert status == 403 and "できません" in body
    assert await state(svc, qid) == "held"

    html, forms = await page(http, approver_link)
    assert "承認者として" in html and "form-cancel" not in forms
    status, *_ = await post(http, approver_link, {**forms["form-approve"], "action": "cancel"})
    assert status == 403  # an approver approves or rejects; cancelling is the sender's
    await asyncio.sleep(2.1)
    status, location, _ = await post(http, approver_link, {**forms["form-approve"],
                                                           "checked": "yes"})
    assert status == 303 and "code=done" in location
    await wait_for(lambda: originals(handler.messages, "a@partner.example"))
    msg = await svc.store.get(qid)  # type: ignore[union-attr]
    assert msg is not None and any(h.actor == "approver:boss@example.com" for h in msg.history)
    await wait_notice(handler.messages, "approved")


async def test_hostile_subject_is_escaped_and_cannot_inject_headers(
    env: Env, http: aiohttp.ClientSession
) -> None:
    handler, svc = env
    # Encoded words decode to CR/LF: the guard sees line breaks inside one header.
    evil = header("<script>alert(1)</script>\r\nBcc: victim@evil.example\r\nX-Injected: yes", always=True)
    name = header("Eve\r\nX-Evil: 1", always=True)
    data = message(evil, "body", sender=f"{name} <{SENDER}>")
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], data))
    alert = await wait_notice(handler.messages, "held")
    head = alert.data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0] for line in head.split("\r\n") if not line[:1].isspace()]
    assert names == ["From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted",
                     "X-Auto-Response-Suppress", "X-Mailguard-Notice", "X-Mailguard-Queue-ID",
                     "X-Mailguard-Link", "MIME-Version", "Content-Type", "Content-Language"]
    assert alert.rcpt_tos == [SENDER]
    parsed = parse(alert)
    assert "\n" not in str(parsed["Subject"]) and "<script>alert(1)</script>" in str(parsed["Subject"])
    html_part = parsed.get_body(("html",))
    assert html_part is not None
    html = str(html_part.get_content())
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # Whatever is kept of it stays on the subject's line, never a line of its own.
    assert not any(line.startswith(("Bcc:", "X-Injected", "X-Evil"))
                   for line in text_of(alert).splitlines())
    page_html, _ = await page(http, link_of(alert))
    assert "<script>alert" not in page_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_html
    assert await state(svc, qid) == "held"


async def test_remove_recipients_over_http(env: Env, http: aiohttp.ClientSession) -> None:
    handler, svc = env
    qid, link = await hold(env, rcpts=("a@partner.example", "b@other.example"))
    _html, forms = await page(http, link)
    await asyncio.sleep(2.1)
    status, _loc, body = await post(http, link, {**forms["remove-form"], "checked": "yes"})
    assert status == 400 and "外す宛先" in body
    # A recipient that is not on the message is not "removed" either.
    status, _loc, body = await post(http, link, [*forms["remove-form"].items(), ("checked", "yes"),
                                                 ("remove", "stranger@elsewhere.example")])
    assert status == 400
    assert await state(svc, qid) == "held"
    good = [*forms["remove-form"].items(), ("checked", "yes"), ("remove", "b@other.example")]
    status, location, _ = await post(http, link, good)
    assert status == 303 and "done=remove_recipients&code=done" in location
    await wait_for(lambda: originals(handler.messages, "a@partner.example"))
    # The same POST again (a double click): nothing more happens, and the page says so.
    status, location, _ = await post(http, link, good)
    assert status == 303 and "code=wrong_state" in location
    await asyncio.sleep(0.3)
    assert len(originals(handler.messages, "a@partner.example")) == 1
    assert originals(handler.messages, "b@other.example") == []


async def test_an_approver_rejects_in_one_press_and_the_sender_is_told(
    env: Env, http: aiohttp.ClientSession
) -> None:
    handler, svc = env
    qid, _ = await hold(env, "APPROVE travel", kind="approval-pending")
    link = link_of(await wait_notice(handler.messages, "approval-request", to="boss@example.com"))
    _html, forms = await page(http, link)
    status, location, _ = await post(http, link, forms["form-reject"])  # no wait, no tick
    assert status == 303 and "done=reject&code=done" in location
    assert await state(svc, qid) == "cancelled"
    notice = await wait_notice(handler.messages, "rejected")
    assert "承認者 boss@example.com が却下しました" in text_of(notice)
    html, _ = await page(http, link)
    assert "取り消し済み" in html and "boss@example.com" in html
