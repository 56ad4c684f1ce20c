"""What the client hears when the upstream is down, refuses, or refuses some recipients."""

from __future__ import annotations

import email
import email.policy

import aiosmtplib
import pytest

from proxy import replies
from proxy.capture import start_capture
from proxy.service import running
from tests.conftest import make_settings
from tests.peers import ScriptedHandler, by_recipient, free_port, notices

MSG = b"From: sato@example.com\r\nTo: x@partner.example\r\nSubject: hi\r\n\r\nbody\r\n"




async def send(port: int, rcpts: list[str], sender: str = "sato@example.com"):
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port)
    async with client:
        return await client.sendmail(sender, rcpts, MSG)


async def test_upstream_down_gives_4xx() -> None:
    async with running(make_settings(free_port(), upstream={"connect_timeout": 2})) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["x@partner.example"])
    assert f"{err.value.code} {err.value.message}" == replies.UPSTREAM_UNAVAILABLE


async def test_upstream_5xx_on_data_is_passed_on(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    handler.data_reply = "554 5.7.1 Message rejected by policy"
    async with running(make_settings(port)) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["x@partner.example"])
    assert (err.value.code, err.value.message) == (554, "5.7.1 Message rejected by policy")


async def test_upstream_4xx_on_data_is_passed_on(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    handler.data_reply = "452 4.3.1 Insufficient system storage"
    async with running(make_settings(port)) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["x@partner.example"])
    assert err.value.code == 452


async def test_all_recipients_refused_gives_that_5xx(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    async with running(make_settings(port)) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["reject1@partner.example", "reject2@partner.example"])
    assert err.value.code == 550
    assert "User unknown" in err.value.message
    assert handler.messages == []


async def test_all_refused_with_one_transient_gives_4xx(
    upstream: tuple[ScriptedHandler, int],
) -> None:
    _handler, port = upstream
    async with running(make_settings(port)) as svc:
        with pytest.raises(aiosmtplib.SMTPDataError) as err:
            await send(svc.smtp_address[1], ["reject1@partner.example", "defer1@partner.example"])
    assert err.value.code == 450


async def test_partial_refusal_gives_250_and_a_dsn(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    async with running(make_settings(port, policy={"language": "en"})) as svc:
        _errors, reply = await send(
            svc.smtp_address[1], ["ok@partner.example", "reject1@partner.example"]
        )
        await svc.tasks.drain(10)  # the DSN goes out in the background
    assert reply.startswith("2.0.0 Accepted as")
    delivered = by_recipient(handler.messages, "ok@partner.example")
    assert len(delivered) == 1 and b"Subject: hi" in delivered[0].data
    dsns = notices(handler.messages, "sato@example.com", "dsn")
    assert len(dsns) == 1
    dsn = dsns[0]
    assert dsn.mail_from == ""  # null reverse-path (RFC 3464 §2)
    msg = email.message_from_bytes(dsn.data, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "delivery-status"
    assert msg["Auto-Submitted"] == "auto-generated"
    status = dsn.data.decode()
    assert "Final-Recipient: rfc822;reject1@partner.example" in status
    assert "Action: failed" in status and "Status: 5.1.1" in status
    assert "ok@partner.example" not in status.split("message/delivery-status")[1].split("--=")[0]


async def test_no_dsn_for_a_null_sender(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    async with running(make_settings(port)) as svc:
        await send(svc.smtp_address[1], ["ok@partner.example", "reject1@partner.example"], sender="")
        await svc.tasks.drain(10)
    assert len(handler.messages) == 1  # the message itself, no bounce for a bounce


async def test_stale_pooled_connection_is_replaced() -> None:
    handler = ScriptedHandler()
    # The upstream drops idle sessions after 0.5 s, as real servers do after a while.
    server, port = await start_capture(handler, timeout=0.5)
    try:
        async with running(make_settings(port)) as svc:
            await send(svc.smtp_address[1], ["a@partner.example"])
            import asyncio

            await asyncio.sleep(1.0)
            await send(svc.smtp_address[1], ["b@partner.example"])
            assert svc.upstream is not None and svc.upstream.connections_opened == 2
    finally:
        server.close()
    assert [m.rcpt_tos for m in handler.messages] == [["a@partner.example"], ["b@partner.example"]]
