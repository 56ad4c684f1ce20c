"""Never an open relay: a client neither in an allowed network nor authenticated is
refused at MAIL and at RCPT, and nothing reaches the upstream."""

from __future__ import annotations

from proxy import replies
from proxy.service import running
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler

OUTSIDE = ("127.0.0.2", 0)


async def test_unauthenticated_outside_client_refused(
    upstream: tuple[ScriptedHandler, int],
) -> None:
    handler, port = upstream
    settings = make_settings(port, smtp={"allowed_networks": ["127.0.0.1/32"]})
    async with running(settings) as svc:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1], local_addr=OUTSIDE)
        await raw.reply()
        await raw.cmd("EHLO outside.test")
        code, text = await raw.cmd("MAIL FROM:<spammer@outside.test>")
        assert f"{code} {text}" == replies.AUTH_REQUIRED
        code, _ = await raw.cmd("RCPT TO:<victim@partner.example>")
        assert code >= 500
        code, _ = await raw.cmd("DATA")
        assert code >= 500
        await raw.close()
    assert handler.messages == [] and handler.rcpt_seen == []


async def test_allowed_network_relays(upstream: tuple[ScriptedHandler, int]) -> None:
    handler, port = upstream
    settings = make_settings(port, smtp={"allowed_networks": ["127.0.0.2/32"]})
    async with running(settings) as svc:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1], local_addr=OUTSIDE)
        await raw.reply()
        await raw.cmd("EHLO inside.test")
        assert (await raw.cmd("MAIL FROM:<a@example.com>"))[0] == 250
        assert (await raw.cmd("RCPT TO:<b@partner.example>"))[0] == 250
        assert (await raw.cmd("DATA"))[0] == 354
        code, _ = await raw.cmd("Subject: ok\r\n\r\nhello\r\n.")
        assert code == 250
        await raw.close()
    assert len(handler.messages) == 1


async def test_loopback_is_not_special_when_not_listed(
    upstream: tuple[ScriptedHandler, int],
) -> None:
    handler, port = upstream
    settings = make_settings(port, smtp={"allowed_networks": ["10.0.0.0/8"]})
    async with running(settings) as svc:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        await raw.cmd("EHLO local.test")
        code, _ = await raw.cmd("MAIL FROM:<a@example.com>")
        assert code == 530
        await raw.close()
    assert handler.messages == []
