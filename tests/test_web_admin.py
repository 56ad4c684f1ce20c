"""/admin: off without a password hash; login, session cookie, queue filters, actions on
any message with a form nonce, audit search, logout, login throttling."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from proxy.auth import hash_password
from proxy.service import Service, running
from proxy.web import admin
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    CARD,
    guard_settings,
    held_id,
    hidden_fields,
    message,
    notices,
    originals,
    send,
    text_of,
    wait_for,
    wait_notice,
)

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def password_hash() -> str:
    return hash_password(PASSWORD)


@pytest.fixture
async def guard(upstream: tuple[ScriptedHandler, int], tmp_path: Path,
                password_hash: str) -> AsyncIterator[tuple[ScriptedHandler, Service, str]]:
    handler, port = upstream
    settings = guard_settings(port, tmp_path, web={"admin_password_hash": password_hash})
    async with running(settings) as svc:
        yield handler, svc, f"http://127.0.0.1:{svc.web_address[1]}"


async def login(http: aiohttp.ClientSession, base: str, password: str = PASSWORD) -> int:
    async with http.get(f"{base}/admin") as resp:
        forms = hidden_fields(await resp.text())
    csrf = next(iter(forms.values()))["csrf"]
    async with http.post(f"{base}/admin/login", data={"csrf": csrf, "password": password},
                         allow_redirects=False) as resp:
        return resp.status


async def test_admin_is_off_without_a_password_hash(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    _handler, port = upstream
    async with running(guard_settings(port, tmp_path)) as svc, aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        base = f"http://127.0.0.1:{svc.web_address[1]}"
        for path in ("/admin", "/admin/audit", "/admin/m/X"):
            async with http.get(base + path) as resp:
                assert resp.status == 404
        async with http.post(base + "/admin/login", data={"password": "x"}) as resp:
            assert resp.status == 404


async def test_login_session_cookie_and_logout(guard: tuple[ScriptedHandler, Service, str]) -> None:
    _handler, _svc, base = guard
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        assert await login(http, base, "wrong") == 401
        async with http.get(f"{base}/admin/audit") as resp:
            assert "password" in await resp.text()  # still the login form
        async with http.get(f"{base}/admin") as resp:
            csrf = next(iter(hidden_fields(await resp.text()).values()))["csrf"]
        async with http.post(f"{base}/admin/login", data={"csrf": csrf, "password": PASSWORD},
                             allow_redirects=False) as resp:
            assert resp.status == 303
            cookie = resp.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/admin" in cookie
        assert "Secure" not in cookie  # plain http public_url (a Secure cookie would be lost)
        async with http.get(f"{base}/admin") as resp:
            html = await resp.text()
            assert 'id="queue"' in html or "該当なし" in html
        logout = hidden_fields(html)
        csrf = next(f for f in logout.values() if "csrf" in f)["csrf"]
        async with http.post(f"{base}/admin/logout", data={"csrf": csrf}) as resp:
            assert "password" in await resp.text()
    # Without the form nonce, a login is refused even with the right password.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http, http.post(
        f"{base}/admin/login", data={"password": PASSWORD}, allow_redirects=False
    ) as resp:
        assert resp.status == 403


async def test_secure_cookie_when_public_url_is_https(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, password_hash: str
) -> None:
    _handler, port = upstream
    settings = guard_settings(port, tmp_path, web={"admin_password_hash": password_hash,
                                                   "public_url": "https://guard.example"})
    async with running(settings) as svc, aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        base = f"http://127.0.0.1:{svc.web_address[1]}"
        async with http.get(f"{base}/admin") as resp:
            csrf = next(iter(hidden_fields(await resp.text()).values()))["csrf"]
        async with http.post(f"{base}/admin/login", data={"csrf": csrf, "password": PASSWORD},
                             allow_redirects=False) as resp:
            assert "Secure" in resp.headers["Set-Cookie"]


async def test_queue_filters_actions_and_audit(guard: tuple[ScriptedHandler, Service, str]) -> None:
    handler, svc, base = guard
    first = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("first")))
    second = held_id(await send(svc.smtp_address[1], ["b@partner.example"], message("second"),
                                sender="kato@example.com"))
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        assert await login(http, base) == 303
        async with http.get(f"{base}/admin") as resp:
            html = await resp.text()
        assert first in html and second in html
        async with http.get(f"{base}/admin", params={"sender": "kato@example.com"}) as resp:
            html = await resp.text()
        assert second in html and first not in html
        async with http.get(f"{base}/admin", params={"state": "cancelled"}) as resp:
            html = await resp.text()
        assert first not in html and second not in html

        async with http.get(f"{base}/admin/m/{first}") as resp:
            forms = hidden_fields(await resp.text())
        assert set(forms) >= {"form-cancel", "form-send_now"}
        # No nonce, no action.
        async with http.post(f"{base}/admin/m/{first}", data={"action": "cancel"}) as resp:
            assert resp.status == 403
        async with http.post(f"{base}/admin/m/{first}", data=forms["form-send_now"],
                             allow_redirects=False) as resp:
            assert resp.status == 303 and "code=done" in resp.headers["Location"]
        await wait_for(lambda: originals(handler.messages, "a@partner.example"))
        await wait_notice(handler.messages, "sent-early")

        async with http.post(f"{base}/admin/m/{second}", data={
                **hidden_fields(await (await http.get(f"{base}/admin/m/{second}")).text())[
                    "form-cancel"]}, allow_redirects=False) as resp:
            assert resp.status == 303
        assert svc.store is not None
        msg = await svc.store.get(second)
        assert msg is not None and msg.state.value == "cancelled"
        assert msg.history[-1].actor == "admin:admin"
        await wait_notice(handler.messages, "cancelled", to="kato@example.com")

        async with http.get(f"{base}/admin/audit", params={"sender": "kato@example.com"}) as resp:
            html = await resp.text()
        assert second in html and first not in html and "admin:admin" in html
        async with http.get(f"{base}/admin/audit", params={"queue_id": first}) as resp:
            html = await resp.text()
        assert first in html and "sato@example.com" in html
    assert len(notices(handler.messages, "cancelled")) == 1


async def test_login_is_throttled_after_repeated_failures(
    guard: tuple[ScriptedHandler, Service, str]
) -> None:
    _handler, _svc, base = guard
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        for _ in range(admin.MAX_FAILURES):
            assert await login(http, base, "wrong") == 401
        # Now even the right password waits: guessing stops here.
        assert await login(http, base) == 429


async def test_admin_confirming_for_the_sender_tells_them(
    guard: tuple[ScriptedHandler, Service, str]
) -> None:
    """The sender was asked to confirm; an admin did it for them: the sender hears that
    it went, and who let it go."""
    handler, svc, base = guard
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                             message("card", f"card {CARD}")))
    await wait_notice(handler.messages, "confirm")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        assert await login(http, base) == 303
        async with http.get(f"{base}/admin/m/{qid}") as resp:
            forms = hidden_fields(await resp.text())
        async with http.post(f"{base}/admin/m/{qid}", data=forms["form-confirm"],
                             allow_redirects=False) as resp:
            assert resp.status == 303 and "code=done" in resp.headers["Location"]
    await wait_for(lambda: originals(handler.messages, "a@partner.example"))
    told = await wait_notice(handler.messages, "sent-early")
    assert qid.encode() in told.data and "管理者" in text_of(told)
