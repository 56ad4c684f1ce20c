"""Alert mails, read back from a real capture upstream: what they say (Japanese and
English, recipients grouped, findings masked, times in the configured zone), how they are
built (MIME, headers) and where they go (straight upstream, never held)."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from proxy.capture import start_capture
from proxy.service import running
from proxy.store.base import State
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    CARD,
    CARD_DIGITS,
    SENDER,
    guard_settings,
    header,
    held_id,
    html_of,
    link_of,
    message,
    notices,
    originals,
    parse,
    send,
    text_of,
    wait_for,
    wait_notice,
    with_attachment,
)

RCPTS = ["a@partner.example", "b@sales.partner.example", "c@other.example", "kato@example.com"]


def no_card(text: str) -> None:
    flat = re.sub(r"[\s\-]", "", text)
    assert CARD not in text and CARD_DIGITS not in flat


def log_text(caplog: pytest.LogCaptureFixture) -> str:
    parts = []
    for r in caplog.records:
        parts.append(r.getMessage())
        parts.append(json.dumps(getattr(r, "fields", {}), ensure_ascii=False, default=str))
    return "\n".join(parts)


async def test_japanese_alert_groups_recipients_masks_findings_and_links_the_page(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="mailguard")
    handler, port = upstream
    body = f"田中様\r\n\r\nカード番号 {CARD} で決済をお願いします。\r\n\r\n佐藤"
    data = with_attachment("御見積の件", body, ", ".join(RCPTS), "customers.csv")
    async with running(guard_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1], RCPTS, data))
        alert = await wait_notice(handler.messages, "confirm")
        assert svc.store is not None
        stored = await svc.store.get(qid)
        assert stored is not None

        # Where it went: straight to the upstream, to the envelope sender, from <>.
        assert alert.rcpt_tos == [SENDER] and alert.mail_from == ""
        msg = parse(alert)
        assert msg["Auto-Submitted"] == "auto-generated"
        assert msg["X-Mailguard-Notice"] == "confirm"
        assert msg["X-Mailguard-Queue-ID"] == qid
        assert msg.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
        assert all(p.get_content_charset() == "utf-8" for p in msg.iter_parts())
        raw_subject = alert.data.split(b"\r\nSubject: ", 1)[1].split(b"\r\n", 1)[0]
        assert raw_subject.isascii() and b"=?utf-8?" in raw_subject  # RFC 2047
        assert str(msg["Subject"]) == "【要確認】確認するまで送信されません: 御見積の件"

        text = text_of(alert)
        assert "社外の組織: 2 件" in text  # partner.example (two domains) and other.example
        assert re.search(r"\[社外\] partner\.example\n +- a@partner\.example", text)
        assert re.search(r"\[社外\] sales\.partner\.example\n +- b@sales\.partner\.example", text)
        assert re.search(r"\[社外\] other\.example\n +- c@other\.example", text)
        assert re.search(r"\[社内\] example\.com\n +- kato@example\.com", text)
        assert text.index("[社外]") < text.index("[社内]")
        assert "カード番号が含まれています。" in text and "社外の宛先が含まれています。" in text
        assert "クレジットカード番号 1件(末尾 1111)" in text
        assert "添付ファイル: customers.csv" in text
        expires = datetime.fromtimestamp(stored.expires_at or 0, ZoneInfo("Asia/Tokyo"))
        assert f"{expires:%H:%M} JST までに確認しないと" in text
        link = link_of(alert)
        assert link.startswith(svc.public_url + "/m/") and svc.public_url.endswith(
            str(svc.web_address[1]))
        assert msg["X-Mailguard-Link"] == link
        html = html_of(alert)
        assert f'href="{link}"' in html and "クレジットカード番号 1件(末尾 1111)" in html

        async with aiohttp.ClientSession() as http, http.get(link) as resp:
            page = await resp.text()
        assert "クレジットカード番号 1件(末尾 1111)" in page and "customers.csv" in page

    # The number itself is nowhere: not in the alert, the page, the log.
    for part in (alert.data.decode("ascii"), text, html, page, log_text(caplog)):
        no_card(part)


async def test_english_for_a_sender_listed_in_sender_languages(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = guard_settings(port, tmp_path, notify={"sender_languages": [f"{SENDER}=en"]},
                              policy={"timezone": "America/New_York"})
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], RCPTS[:1], message("Quote", "no data")))
        alert = await wait_notice(handler.messages, "held")
        assert svc.store is not None
        stored = await svc.store.get(qid)
        assert stored is not None
        assert str(parse(alert)["Subject"]).startswith("[Held] Will be sent at ")
        text = text_of(alert)
        release = datetime.fromtimestamp(stored.release_at, ZoneInfo("America/New_York"))
        zone = release.tzname()
        assert zone in ("EST", "EDT")
        assert f"It will be sent at {release:%a} {release.day} {release:%b %Y %H:%M} {zone}" in text
        assert "JST" not in text
        assert "This message has external recipients." in text  # the rule's own English
        assert "[external] partner.example" in text and "External organisations: 1" in text
        async with aiohttp.ClientSession() as http, http.get(link_of(alert)) as resp:
            page = await resp.text()
        assert '<html lang="en">' in page and "Cancel sending" in page
        assert f"{release:%H:%M} {zone}" in page
        # The page can switch language with a plain GET parameter.
        async with aiohttp.ClientSession() as http, http.get(link_of(alert) + "?lang=ja") as resp:
            assert "送信を取り消す" in await resp.text()


async def test_a_notice_goes_straight_upstream_and_is_never_held(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = guard_settings(port, tmp_path)
    # Even a rule that holds *every* message does not catch our own notices.
    (tmp_path / "rules" / "all.toml").write_text(
        '[[rule]]\nname = "everything"\naction = "hold"\ndelay = "1h"\n'
        'message = "all mail is held"\n  [rule.when]\n  always = true\n', encoding="utf-8")
    async with running(settings) as svc:
        assert svc.store is not None
        held_id(await send(svc.smtp_address[1], ["a@partner.example"], message()))
        await wait_notice(handler.messages, "held")
        assert len(await svc.store.list()) == 1
        assert len(handler.messages) == 1 and handler.messages[0].rcpt_tos == [SENDER]


async def test_envelope_sender_from_address_and_send_to_from(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = guard_settings(port, tmp_path, notify={
        "send_to": "from", "envelope_from": "notices@example.com",
        "from_address": "guard@example.com"})
    async with running(settings) as svc:
        # A display name that decodes to a line break cannot add a header to the alert.
        data = message("x", sender=header("Sato\r\nBcc: spy@evil.example", always=True) + " <sato@example.com>")
        held_id(await send(svc.smtp_address[1], ["a@partner.example"], data,
                           sender="bounces@example.com"))
        alert = await wait_notice(handler.messages, "held", to="sato@example.com")
        assert alert.mail_from == "notices@example.com"
        msg = parse(alert)
        assert msg["From"].addresses[0].addr_spec == "guard@example.com"
        assert str(msg["To"]) == "sato@example.com" and msg["Bcc"] is None
        assert alert.rcpt_tos == ["sato@example.com"]
        assert notices(handler.messages, to="bounces@example.com") == []


async def test_approvers_get_their_own_request(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(guard_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                                 message("APPROVE contract")))
        pending = await wait_notice(handler.messages, "approval-pending")
        request = await wait_notice(handler.messages, "approval-request", to="boss@example.com")
        assert request.rcpt_tos == ["boss@example.com"]
        assert link_of(request) != link_of(pending)
        assert "承認依頼" in str(parse(request)["Subject"]) and SENDER in str(parse(request)["Subject"])
        assert "承認・却下は、次のページで行えます" in text_of(request)
        assert "boss@example.com" in text_of(pending)
        assert qid.encode() in request.data


async def test_final_notices_for_expired_bounced_and_approved(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(guard_settings(port, tmp_path, policy={"confirm_expiry": 1.0})) as svc:
        assert svc.actions is not None
        sport = svc.smtp_address[1]
        expiring = held_id(await send(sport, ["a@partner.example"], message("c", f"card {CARD}")))
        bouncing = held_id(await send(sport, ["reject-me@partner.example"], message("b")))
        approved = held_id(await send(sport, ["ok@partner.example"], message("APPROVE it")))
        # Within the (one-second) window: approve one, release the other.
        assert (await svc.actions.approve(approved, "approver:boss@example.com")).ok
        assert (await svc.actions.send_now(bouncing, "sender")).ok

        done = await wait_notice(handler.messages, "approved")
        assert approved.encode() in done.data
        assert originals(handler.messages, "ok@partner.example")

        bounced = await wait_notice(handler.messages, "bounced")
        assert bouncing.encode() in bounced.data
        assert notices(handler.messages, "dsn")  # the delivery report still goes too

        expired = await wait_notice(handler.messages, "expired")
        assert expiring.encode() in expired.data and "確認の期限が切れました" in str(
            parse(expired)["Subject"])
        assert originals(handler.messages, "a@partner.example") == []
        # A plain hold that is delivered on time gets no extra notice: no "delivered" kind.
        assert notices(handler.messages, "delivered") == []


async def test_no_notices_when_switched_off_or_for_the_null_sender(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(guard_settings(port, tmp_path / "off", notify={"enabled": False})) as svc:
        held_id(await send(svc.smtp_address[1], ["a@partner.example"], message()))
        await asyncio.sleep(0.5)
        assert notices(handler.messages) == []
    async with running(guard_settings(port, tmp_path / "on")) as svc:
        held_id(await send(svc.smtp_address[1], ["a@partner.example"], message(), sender=""))
        await asyncio.sleep(0.5)
        assert notices(handler.messages) == []


async def test_a_notice_the_upstream_refuses_is_counted_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The upstream refuses the sender's mailbox (550): the alert fails, the hold stands.
    handler = ScriptedHandler()
    server, port = await start_capture(handler)
    try:
        async with running(guard_settings(port, tmp_path)) as svc:
            qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message(),
                                     sender="reject-sender@example.com"))
            await wait_for(lambda: "notice not delivered" in caplog.text)
            body = svc.metrics.render().decode()
            assert 'mailguard_alerts_total{kind="held",result="failed"} 1.0' in body
            assert svc.store is not None
            msg = await svc.store.get(qid)
            assert msg is not None and msg.state.value == "held"
    finally:
        server.close()


async def test_an_admin_release_of_an_approval_is_not_called_approved(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """Released by an admin without an approver's yes, delivered: the scheduler's
    "approved and sent" would be untrue, so it is not sent (the admin's tool told the
    sender when it released it)."""
    handler, port = upstream
    async with running(guard_settings(port, tmp_path)) as svc:
        assert svc.store is not None and svc.scheduler is not None
        qid = held_id(await send(svc.smtp_address[1], ["ok@partner.example"],
                                 message("APPROVE it")))
        await wait_notice(handler.messages, "approval-pending")
        assert await svc.store.transition(qid, State.HELD, State.RELEASED, actor="admin:root",
                                          note="released by admin")
        svc.scheduler.wake()
        await wait_for(lambda: originals(handler.messages, "ok@partner.example"))
        await wait_for(lambda: svc.scheduler is not None and svc.scheduler.delivered == 1)
        await asyncio.sleep(0.5)  # the notice task, had there been one
        assert notices(handler.messages, "approved") == []
