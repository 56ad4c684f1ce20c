"""SMTP smuggling (CVE-2023-51764 family): a body holding a non-standard end-of-data
sequence followed by a second transaction must not become a second message upstream."""

from __future__ import annotations

import pytest

from proxy.service import Service
from tests.peers import RawClient, ScriptedHandler

PAYLOADS = [b"\n.\r\n", b"\r\n.\n", b"\n.\n", b"\r.\r\n", b"\r\n.\r", b"\r.\r"]


@pytest.mark.parametrize("eod", PAYLOADS, ids=[p.hex() for p in PAYLOADS])
async def test_smuggled_second_message_is_not_relayed(
    guard: Service, upstream: tuple[ScriptedHandler, int], eod: bytes
) -> None:
    handler, _ = upstream
    raw = await RawClient.connect("127.0.0.1", guard.smtp_address[1])
    await raw.reply()
    await raw.cmd("EHLO client.test")
    assert (await raw.cmd("MAIL FROM:<sato@example.com>"))[0] == 250
    assert (await raw.cmd("RCPT TO:<tanaka@partner.example>"))[0] == 250
    assert (await raw.cmd("DATA"))[0] == 354
    await raw.send(
        b"Subject: first\r\n\r\nfirst body" + eod
        + b"MAIL FROM:<ceo@example.com>\r\nRCPT TO:<victim@partner.example>\r\nDATA\r\n"
        + b"Subject: smuggled\r\n\r\nsmuggled\r\n.\r\n"
    )
    code, _ = await raw.reply()
    assert code == 250
    await raw.cmd("QUIT")
    await raw.close()
    # Exactly one message, to the one real recipient; the "second" is just body text.
    assert len(handler.messages) == 1
    assert handler.messages[0].rcpt_tos == ["tanaka@partner.example"]
    assert handler.rcpt_seen == ["tanaka@partner.example"]
    assert handler.messages[0].mail_from == "sato@example.com"
