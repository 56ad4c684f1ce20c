"""Hostile SMTP input: each probe gets the right reply, none crashes the guard, and a
well-behaved session running alongside is unaffected."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import aiosmtplib
import trustme

from proxy import replies
from proxy.service import Service, running
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler

MSG = b"From: a@example.com\r\nTo: b@partner.example\r\nSubject: ok\r\n\r\nfine\r\n"


async def greeted(port: int) -> RawClient:
    raw = await RawClient.connect("127.0.0.1", port)
    assert (await raw.reply())[0] == 220
    assert (await raw.cmd("EHLO probe.test"))[0] == 250
    return raw


async def still_serves(svc: Service, handler: ScriptedHandler) -> None:
    before = len(handler.messages)
    # start_tls=False: a plain client, even where the guard offers STARTTLS.
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1], timeout=10,
                             start_tls=False)
    async with client:
        await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    assert len(handler.messages) == before + 1


async def test_overlong_command_and_data_lines(guard: Service, upstream) -> None:
    handler, _ = upstream
    raw = await greeted(guard.smtp_address[1])
    code, _ = await raw.cmd("MAIL FROM:<" + "a" * 2000 + "@example.com>")
    assert code == 500  # command line too long (RFC 5321 §4.5.3.1.4)
    assert (await raw.cmd("MAIL FROM:<a@example.com>"))[0] == 250
    assert (await raw.cmd("RCPT TO:<b@partner.example>"))[0] == 250
    assert (await raw.cmd("DATA"))[0] == 354
    code, _ = await raw.cmd("Subject: long\r\n\r\n" + "x" * 1200 + "\r\n.")
    assert code == 500  # text line over 1000 octets (§4.5.3.1.6): refused, not truncated
    await raw.close()
    assert handler.messages == []
    await still_serves(guard, handler)


async def test_crlf_in_mail_from_cannot_inject_commands(guard: Service, upstream) -> None:
    handler, _ = upstream
    raw = await greeted(guard.smtp_address[1])
    # A bare LF inside a command: not a line end for SMTP (RFC 5321 §2.3.8).
    await raw.send(b"MAIL FROM:<a@example.com>\nRCPT TO:<evil@partner.example>\r\n")
    code, text = await raw.reply()
    assert f"{code} {text}" == replies.BARE_CR_LF
    code, _ = await raw.reply()  # the rest of the line: RCPT without MAIL
    assert code == 503
    await raw.send(b"MAIL FROM:<a@example.com\r>\r\n")
    code, text = await raw.reply()
    assert f"{code} {text}" == replies.BARE_CR_LF
    await raw.close()
    assert handler.rcpt_seen == []
    await still_serves(guard, handler)


async def test_ten_thousand_rcpts(upstream) -> None:
    handler, port = upstream
    async with running(make_settings(port, smtp={"max_recipients": 100})) as svc:
        raw = await greeted(svc.smtp_address[1])
        await raw.cmd("MAIL FROM:<a@example.com>")
        # Pipelined (RFC 2920): all 10,000 at once, then read every reply.
        await raw.send(b"".join(b"RCPT TO:<r%d@partner.example>\r\n" % i for i in range(10_000)))
        codes = [(await raw.reply(timeout=30))[0] for _ in range(10_000)]
        assert codes[:100] == [250] * 100
        assert set(codes[100:]) == {452}
        assert (await raw.cmd("DATA"))[0] == 354
        assert (await raw.cmd("Subject: many\r\n\r\nx\r\n."))[0] == 250
        await raw.close()
        await still_serves(svc, handler)
    assert len(handler.messages[0].rcpt_tos) == 100


async def test_commands_pipelined_before_starttls_are_discarded(tmp_path: Path, upstream) -> None:
    """STARTTLS command injection (CVE-2021-38371 family): anything sent in the clear
    after STARTTLS must not be executed inside the TLS session (RFC 3207 §4.2)."""
    handler, port = upstream
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "c.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "k.pem"))
    settings = make_settings(port, smtp={"tls_cert": str(tmp_path / "c.pem"),
                                         "tls_key": str(tmp_path / "k.pem")})
    async with running(settings) as svc:
        raw = await greeted(svc.smtp_address[1])
        await raw.send(b"STARTTLS\r\nMAIL FROM:<injected@example.com>\r\n"
                       b"RCPT TO:<victim@partner.example>\r\n")
        assert (await raw.reply())[0] == 220
        ctx = ssl.create_default_context()
        ca.configure_trust(ctx)
        await raw.writer.start_tls(ctx, server_hostname="127.0.0.1")
        # Inside TLS the session starts afresh: the injected MAIL was thrown away, so a
        # RCPT now needs a MAIL first.
        assert (await raw.cmd("EHLO probe.test"))[0] == 250
        code, _ = await raw.cmd("RCPT TO:<b@partner.example>")
        assert code == 503
        await raw.close()
        await still_serves(svc, handler)
    assert "victim@partner.example" not in handler.rcpt_seen


async def test_slowloris_does_not_block_others(upstream) -> None:
    handler, port = upstream
    async with running(make_settings(port, smtp={"command_timeout": 2})) as svc:
        slow = [await RawClient.connect("127.0.0.1", svc.smtp_address[1]) for _ in range(20)]
        for s in slow:
            await s.reply()
            await s.send(b"EHL")  # ... and never finish the line
        # Meanwhile a normal client is served at once.
        await asyncio.wait_for(still_serves(svc, handler), 5)
        # The slow ones are cut off by the timeout.
        for s in slow:
            assert await asyncio.wait_for(s.reader.read(), 10) == b""
            await s.close()
        assert svc.sessions.active == 0


async def test_garbage_and_nul_bytes(guard: Service, upstream) -> None:
    handler, _ = upstream
    raw = await greeted(guard.smtp_address[1])
    for junk in (b"\x00\x01\x02\xff\r\n", b"\r\n", b"HELO\x00x\r\n", "ＭＡＩＬ FROM:<a@b>\r\n".encode()):
        await raw.send(junk)
        code, _ = await raw.reply()
        assert 500 <= code < 600
    await raw.close()
    await still_serves(guard, handler)
