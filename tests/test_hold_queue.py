"""The hold queue end to end: held on disk before 250, released on time (also after a
restart), confirm/approve/expire, reject, duplicates, retries and bounces."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import aiosmtplib
import pytest

from proxy import replies
from proxy.audit import AuditQuery
from proxy.capture import start_capture
from proxy.service import running
from proxy.store import open_store
from proxy.store.base import State
from tests.holding import hold_settings, message, send, wait_for
from tests.peers import ScriptedHandler, by_recipient, free_port, notices

HELD = re.compile(r"2\.0\.0 Held as (\w+) by mailguard")


def held_id(reply: str) -> str:
    m = HELD.match(reply)
    assert m, reply
    return m.group(1)


async def state_of(svc, qid: str) -> str:
    msg = await svc.store.get(qid)
    return msg.state.value if msg else ""


def in_state(svc, qid: str, *states: str):
    async def check() -> bool:
        return await state_of(svc, qid) in states

    return check


async def test_internal_mail_passes_external_is_held_then_released(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        reply = await send(svc.smtp_address[1], ["kato@example.com"], message())
        assert reply.startswith("2.0.0 Ok: captured")  # internal: relayed at once
        started = time.monotonic()
        qid = held_id(await send(svc.smtp_address[1], ["x@partner.example"], message()))
        assert by_recipient(handler.messages, "x@partner.example") == []
        # On disk before the 250: a second connection to the database sees it.
        async with open_store(svc.settings.store.url) as other:
            stored = await other.get(qid)
        assert stored is not None and stored.rules == ["external"]
        await wait_for(lambda: by_recipient(handler.messages, "x@partner.example"), timeout=10)
        assert time.monotonic() - started >= 0.9
        delivered = by_recipient(handler.messages, "x@partner.example")[0]
        assert f"X-Mailguard-Decision: hold; id={qid}; rules=external".encode() in delivered.data
        await wait_for(in_state(svc, qid, "delivered"), timeout=5)


async def test_held_message_survives_restart(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = hold_settings(port, tmp_path)
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["x@partner.example"], message()))
    # Stopped before it fell due; nothing left yet.
    assert by_recipient(handler.messages, "x@partner.example") == []
    await asyncio.sleep(1.2)  # falls due while the guard is down
    async with running(settings) as svc:
        await wait_for(lambda: by_recipient(handler.messages, "x@partner.example"), timeout=10)
        msg = await svc.store.get(qid)
        assert msg is not None
        await wait_for(in_state(svc, qid, "delivered"), timeout=5)
    assert len(by_recipient(handler.messages, "x@partner.example")) == 1


async def test_reject_rule_gives_550_and_stores_nothing(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["x@partner.example"], message("REJECTME now"))
        await svc.tasks.drain(5)
        assert await svc.store.list() == []
        records = await svc.store.search_audit(AuditQuery(outcome="rejected"))
    assert (err.value.code, err.value.message) == (550, "5.7.1 Refused by policy.")
    assert handler.messages == []
    assert len(records) == 1 and "refuse" in records[0].rules


async def test_confirm_waits_for_the_sender_and_expires(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    settings = hold_settings(port, tmp_path, policy={"confirm_expiry": 1.5})
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["x@partner.example"],
                                 message(body="card 4111 1111 1111 1111")))
        keep = held_id(await send(svc.smtp_address[1], ["y@partner.example"],
                                  message(body="card 5555 5555 5555 4444")))
        assert svc.actions is not None
        outcome = await svc.actions.confirm(keep, "sender")
        assert outcome.ok
        await wait_for(lambda: by_recipient(handler.messages, "y@partner.example"), timeout=10)
        await asyncio.sleep(2.5)
        assert await state_of(svc, qid) == "expired"
    assert by_recipient(handler.messages, "x@partner.example") == []


async def test_approval_needed(upstream: tuple[ScriptedHandler, int], tmp_path: Path) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["x@partner.example"], message("APPROVE me")))
        assert svc.actions is not None
        # The sender can't send it; the approver can.
        assert not (await svc.actions.send_now(qid, "sender")).ok
        assert not (await svc.actions.confirm(qid, "sender")).ok
        await asyncio.sleep(1.3)
        assert by_recipient(handler.messages, "x@partner.example") == []
        assert (await svc.actions.approve(qid, "approver:boss@example.com")).ok
        await wait_for(lambda: by_recipient(handler.messages, "x@partner.example"), timeout=10)


async def test_client_retry_is_not_held_twice(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    _handler, port = upstream
    data = message("LONG hold")
    async with running(hold_settings(port, tmp_path)) as svc:
        first = held_id(await send(svc.smtp_address[1], ["x@partner.example"], data))
        again = await send(svc.smtp_address[1], ["x@partner.example"], data)
        assert again == replies.DUPLICATE_HOLD.format(id=first)[4:]
        assert len(await svc.store.list()) == 1


async def test_send_now_and_cancel(upstream: tuple[ScriptedHandler, int], tmp_path: Path) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        a = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("LONG a")))
        b = held_id(await send(svc.smtp_address[1], ["b@partner.example"], message("LONG b")))
        assert svc.actions is not None
        assert (await svc.actions.send_now(a, "sender")).ok
        assert (await svc.actions.cancel(b, "sender")).ok
        again = await svc.actions.cancel(b, "sender")
        assert (again.ok, again.code) == (False, "already")
        await wait_for(lambda: by_recipient(handler.messages, "a@partner.example"), timeout=10)
        late = await svc.actions.cancel(a, "sender")
        assert not late.ok and late.code == "wrong_state"
    assert by_recipient(handler.messages, "b@partner.example") == []


async def test_remove_recipient(upstream: tuple[ScriptedHandler, int], tmp_path: Path) -> None:
    handler, port = upstream
    data = (b"From: sato@example.com\r\nTo: a@partner.example, Wrong <wrong@other.example>\r\n"
            b"Cc: c@partner.example\r\nSubject: LONG remove\r\n\r\nbody\r\n")
    async with running(hold_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1],
                                 ["a@partner.example", "wrong@other.example", "c@partner.example"],
                                 data))
        assert svc.actions is not None
        outcome = await svc.actions.remove_recipients(qid, ["wrong@other.example"], "sender",
                                                      then_send=True)
        assert outcome.ok and outcome.recipients == ("a@partner.example", "c@partner.example")
        await wait_for(lambda: by_recipient(handler.messages, "a@partner.example"), timeout=10)
    got = by_recipient(handler.messages, "a@partner.example")[0]
    assert got.rcpt_tos == ["a@partner.example", "c@partner.example"]
    assert b"wrong@other.example" not in got.data and b"Wrong" not in got.data
    assert b"Cc: c@partner.example" in got.data




async def test_upstream_down_then_back(tmp_path: Path) -> None:
    port = free_port()
    settings = hold_settings(
        port, tmp_path, queue={"retry_base": 0.3, "retry_max": 0.5, "max_age": 60},
        upstream={"connect_timeout": 1},
    )
    handler = ScriptedHandler()
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["x@partner.example"], message()))
        await wait_for(in_state(svc, qid, "deferred"), timeout=10)
        await asyncio.sleep(1.0)
        msg = await svc.store.get(qid)
        assert msg is not None and msg.attempts >= 2 and msg.last_error
        # The upstream comes back on the same port: the deferred message goes out.
        server, _ = await start_capture(handler, port=port)
        try:
            await wait_for(in_state(svc, qid, "delivered"), timeout=10)
        finally:
            server.close()
    assert len(by_recipient(handler.messages, "x@partner.example")) == 1


async def test_temporary_refusal_bounces_after_max_age_with_dsn(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream  # answers 450 to every defer* recipient
    settings = hold_settings(
        port, tmp_path, queue={"retry_base": 0.2, "retry_max": 0.3, "max_age": 1.5},
    )
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["defer1@partner.example"], message()))
        await wait_for(in_state(svc, qid, "bounced"), timeout=15)
        await wait_for(lambda: notices(handler.messages, "sato@example.com", "dsn"), timeout=10)
        msg = await svc.store.get(qid)
    assert msg is not None and msg.attempts >= 3
    # Held time (1 s) did not count: the clock started at release.
    assert msg.first_release_at is not None and msg.first_release_at >= msg.release_at
    dsn = notices(handler.messages, "sato@example.com", "dsn")[0]
    assert dsn.mail_from == "" and b"multipart/report" in dsn.data
    assert b"Final-Recipient: rfc822;defer1@partner.example" in dsn.data
    assert b"Status: 4.2.0" in dsn.data or b"Status: 4.4.7" in dsn.data


async def test_permanent_refusal_bounces_at_once(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1],
                                 ["reject1@partner.example", "ok@partner.example"], message()))
        await wait_for(in_state(svc, qid, "delivered"), timeout=10)
        await wait_for(lambda: notices(handler.messages, "sato@example.com", "dsn"), timeout=10)
    assert len(by_recipient(handler.messages, "ok@partner.example")) == 1
    dsn = notices(handler.messages, "sato@example.com", "dsn")[0]
    assert b"Final-Recipient: rfc822;reject1@partner.example" in dsn.data
    assert b"Status: 5.1.1" in dsn.data


async def test_retention_deletes_bytes_keeps_audit(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    _handler, port = upstream
    # Bytes kept ~0.2 s after a final state; retention runs every 0.3 s.
    settings = hold_settings(port, tmp_path, store={"retention_days": 0.2 / 86400,
                                                    "purge_interval": 0.3})
    async with running(settings) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message("LONG x")))
        assert svc.actions is not None and svc.store is not None
        assert await svc.store.load_data(qid) is not None
        assert (await svc.actions.cancel(qid, "sender")).ok

        async def purged() -> bool:
            return await svc.store.load_data(qid) is None  # type: ignore[union-attr]

        await wait_for(purged, timeout=5)
        msg = await svc.store.get(qid)
        records = await svc.store.search_audit(AuditQuery(queue_id=qid))
    assert msg is not None and msg.state == State.CANCELLED and msg.purged_at is not None
    assert {r.outcome for r in records} >= {"held", "cancelled"}


async def test_reject_reply_in_the_senders_language_or_english(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    # The Japanese text only to a client that said SMTPUTF8 (RFC 6531 §3.7.4.2); most
    # mail programs do not, and get the rule's English text rather than a generic line.
    _, port = upstream
    settings = hold_settings(port, tmp_path, policy={"language": "ja"})
    (tmp_path / "rules" / "test.toml").write_text(
        '[[rule]]\nname = "no-meibo"\naction = "reject"\n'
        'message.ja = "名簿は送れません。"\nmessage.en = "Customer lists may not be sent."\n'
        '  [rule.when]\n  subject_matches = ["^REJECTME"]\n', encoding="utf-8")
    async with running(settings) as svc:
        port = svc.smtp_address[1]
        with pytest.raises(aiosmtplib.SMTPDataError) as plain:
            await send(port, ["x@partner.example"], message("REJECTME"))
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=20)
        async with client:
            with pytest.raises(aiosmtplib.SMTPDataError) as utf8:
                await client.sendmail("sato@example.com", ["x@partner.example"],
                                      message("REJECTME"), mail_options=["SMTPUTF8"])
    assert (plain.value.code, plain.value.message) == (
        550, "5.7.1 Customer lists may not be sent.")
    assert (utf8.value.code, utf8.value.message) == (550, "5.7.1 名簿は送れません。")
