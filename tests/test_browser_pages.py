"""In a real headless Chromium: open the link from the alert, press the buttons, and see
what reaches the upstream. Also the screenshots in docs/ (desktop and phone, Japanese).

Screenshots go to a temporary folder; SCREENSHOTS_DIR=docs (a folder) writes the
README's images there instead.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from playwright.async_api import Browser, Page, async_playwright

from proxy.capture import start_capture
from proxy.service import Service, running
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    CARD,
    CARD_DIGITS,
    guard_settings,
    held_id,
    html_of,
    link_of,
    message,
    originals,
    send,
    wait_for,
    wait_notice,
    with_attachment,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1100, "height": 900}}

Guard = tuple[ScriptedHandler, Service]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        await b.close()


@pytest_asyncio.fixture(loop_scope="module")
async def guard(tmp_path: Path) -> AsyncIterator[Guard]:
    handler = ScriptedHandler()
    server, port = await start_capture(handler)
    try:
        async with running(guard_settings(port, tmp_path)) as svc:
            yield handler, svc
    finally:
        server.close()


@pytest_asyncio.fixture(loop_scope="module")
async def page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="ja-JP", **DESKTOP)  # type: ignore[arg-type]
    p = await context.new_page()
    yield p
    await context.close()


async def alert_link(handler: ScriptedHandler, qid: str, kind: str, to: str = "sato@example.com") -> str:
    found = await wait_for(lambda: [m for m in handler.messages
                                    if qid.encode() in m.data and f"X-Mailguard-Notice: {kind}".encode() in m.data
                                    and to in m.rcpt_tos])
    return link_of(found[-1])


async def state(svc: Service, qid: str) -> str:
    assert svc.store is not None
    msg = await svc.store.get(qid)
    assert msg is not None
    return msg.state.value


async def delivered(svc: Service, qid: str) -> bool:
    return await state(svc, qid) == "delivered"


def posts(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.method) if r.method != "GET" else None)
    return seen


async def test_cancel(guard: Guard, page: Page) -> None:
    handler, svc = guard
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("見積書")))
    await page.goto(await alert_link(handler, qid, "held"))
    assert "保留中" in await page.inner_text("#status")
    await page.get_by_role("button", name="送信を取り消す").click()
    await page.wait_for_url("**done=cancel**")
    assert "取り消しました" in await page.inner_text("#flash")
    assert await state(svc, qid) == "cancelled"
    assert await page.locator("button").count() == 0  # nothing left to press
    await asyncio.sleep(0.5)
    assert originals(handler.messages, "a@partner.example") == []


async def test_send_now(guard: Guard, page: Page) -> None:
    handler, svc = guard
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("請求書")))
    await page.goto(await alert_link(handler, qid, "held"))
    button = page.get_by_role("button", name="今すぐ送信する")
    assert await button.is_disabled()  # for the first two seconds, as the server insists
    await page.locator("#form-send_now input[name=checked]").check()
    await button.click()  # waits until the button is enabled again
    await page.wait_for_url("**done=send_now**")
    # Held for an hour by the rules: only the button can have sent it now.
    await wait_for(lambda: originals(handler.messages, "a@partner.example"), timeout=5)
    await wait_for(lambda: delivered(svc, qid))  # recorded just after the upstream said 250


async def test_confirm(guard: Guard, page: Page) -> None:
    handler, svc = guard
    body = f"田中様\r\n\r\nカード番号 {CARD} で決済をお願いします。\r\n\r\n佐藤"
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("決済", body)))
    await page.goto(await alert_link(handler, qid, "confirm"))
    assert "確認待ち" in await page.inner_text("#status")
    # Without the tick the browser will not even submit (and the server would refuse).
    assert await page.locator("#form-confirm input[name=checked]").get_attribute("required") == ""
    await page.locator("#form-confirm input[name=checked]").check()
    await page.get_by_role("button", name="確認して送信する").click()
    await page.wait_for_url("**done=confirm**")
    await wait_for(lambda: originals(handler.messages, "a@partner.example"), timeout=5)
    assert CARD_DIGITS not in (await page.content()).replace(" ", "")


async def test_remove_a_recipient_and_send_to_the_rest(guard: Guard, page: Page) -> None:
    handler, svc = guard
    rcpts = ["a@partner.example", "wrong@other.example", "c@partner.example"]
    qid = held_id(await send(svc.smtp_address[1], rcpts, message("共有", to=", ".join(rcpts))))
    await page.goto(await alert_link(handler, qid, "held"))
    await page.locator("#remove-form input[value='wrong@other.example']").check()
    await page.locator("#remove-form input[name=checked]").check()
    await page.get_by_role("button", name="チェックした宛先を外して、残りに送信する").click()
    await page.wait_for_url("**done=remove_recipients**")
    got = await wait_for(lambda: originals(handler.messages, "a@partner.example"), timeout=5)
    assert got[0].rcpt_tos == ["a@partner.example", "c@partner.example"]
    assert b"wrong@other.example" not in got[0].data  # gone from To: as well
    assert originals(handler.messages, "wrong@other.example") == []
    await wait_for(lambda: delivered(svc, qid))  # recorded just after the upstream said 250


async def test_an_approver_approves(guard: Guard, page: Page) -> None:
    handler, svc = guard
    qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("APPROVE 契約書")))
    sender_link = await alert_link(handler, qid, "approval-pending")
    await page.goto(sender_link)
    assert await page.get_by_role("button", name="承認して送信する").count() == 0
    await page.goto(await alert_link(handler, qid, "approval-request", to="boss@example.com"))
    assert "承認者として" in await page.inner_text("#status")
    await page.locator("#form-approve input[name=checked]").check()
    await page.get_by_role("button", name="承認して送信する").click()
    await page.wait_for_url("**done=approve**")
    await wait_for(lambda: originals(handler.messages, "a@partner.example"), timeout=5)
    await wait_for(lambda: delivered(svc, qid))  # recorded just after the upstream said 250


def shots_dir() -> Path:
    target = os.environ.get("SCREENSHOTS_DIR")
    if target:
        path = Path(target)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return Path(tempfile.mkdtemp(prefix="mailguard-shots-"))


async def test_screenshots_desktop_and_phone_and_nothing_posts_by_itself(
    guard: Guard, browser: Browser
) -> None:
    handler, svc = guard
    rcpts = ["tanaka@partner.example", "suzuki@partner.example", "yamada@other-corp.example",
             "kato@example.com"]
    body = (f"田中様\r\n\r\nいつもお世話になっております。\r\n"
            f"お支払いはカード番号 {CARD} でお願いします。\r\n\r\n佐藤")
    data = with_attachment("【御見積】保守契約更新のご案内", body,
                           "田中様 <tanaka@partner.example>, suzuki@partner.example, "
                           "yamada@other-corp.example", "顧客リスト.csv", cc="kato@example.com")
    qid = held_id(await send(svc.smtp_address[1], rcpts, data))
    link = await alert_link(handler, qid, "confirm")
    alert = await wait_notice(handler.messages, "confirm")
    out = shots_dir()

    for name, options in (("desktop", DESKTOP), ("phone", PHONE)):
        context = await browser.new_context(locale="ja-JP", **options)  # type: ignore[arg-type]
        try:
            p = await context.new_page()
            methods = posts(p)
            await p.goto(link)
            await p.wait_for_timeout(2500)  # the page's timers have all run by now
            assert methods == []  # loading and waiting never posts anything
            if name == "phone":
                # Mobile-first: nothing sticks out sideways on a phone.
                assert await p.evaluate("document.documentElement.scrollWidth") <= 390
            shot = out / f"page-{name}-ja.png"
            await p.screenshot(path=str(shot), full_page=(name == "desktop"))
            assert shot.stat().st_size > 10_000
            if name == "desktop":
                # The alert itself, as a mail program would show its HTML part (a fresh
                # page: the guard's page CSP would block the mail's inline styles).
                mail_page = await context.new_page()
                await mail_page.set_viewport_size({"width": 720, "height": 900})
                await mail_page.set_content(html_of(alert))
                mail = out / "alert-ja.png"
                await mail_page.screenshot(path=str(mail), full_page=True)
                assert mail.stat().st_size > 10_000
        finally:
            await context.close()
    assert await state(svc, qid) == "held"
