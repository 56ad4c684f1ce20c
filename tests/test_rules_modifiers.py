"""A rule's modifiers reach the upstream: `bcc_convert` takes the visible external
recipients out of To/Cc (still delivered: they stay in the envelope) and `add_header`
adds its fields, on mail the rules pass as on mail they hold and release."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

from proxy.service import running
from tests.holding import hold_settings, send, wait_for
from tests.peers import ScriptedHandler

MODIFIERS = """
[[rule]]
name = "newsletter-bcc"
action = "{action}"
{delay}
bcc_convert = true
add_header = {{ "X-Mailguard-Bcc-Converted" = "yes" }}
message.en = "Many external recipients: sent as Bcc."
  [rule.when]
  sender = ["news@example.com"]
  external_recipients = {{ at_least = 2 }}
"""

MAIL = (b"From: news@example.com\r\nTo: x@bar.example, Y <y@baz.example>\r\n"
        b"Cc: colleague@example.com\r\nSubject: news\r\n\r\nhello\r\n")
RCPTS = ["x@bar.example", "y@baz.example", "colleague@example.com"]


async def _relayed(action: str, delay: str, upstream: tuple[ScriptedHandler, int],
                   home: Path) -> tuple[list[str], str]:
    handler, port = upstream
    settings = hold_settings(port, home)
    (home / "rules" / "test.toml").write_text(
        MODIFIERS.format(action=action, delay=delay), encoding="utf-8")
    async with running(settings) as guard:
        await send(guard.smtp_address[1], RCPTS, MAIL, sender="news@example.com")
        await wait_for(lambda: any(m.mail_from == "news@example.com"
                                   for m in handler.messages), timeout=10)
    got = next(m for m in handler.messages if m.mail_from == "news@example.com")
    return got.rcpt_tos, got.data.decode()


async def test_bcc_convert_on_a_pass_rule(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    rcpts, data = await _relayed("pass", "", upstream, tmp_path)
    assert sorted(rcpts) == sorted(RCPTS)  # still delivered to all three
    msg = message_from_bytes(data.encode())
    assert msg["To"] is None  # both To addresses were external
    assert msg["Cc"] == "colleague@example.com"  # internal: stays visible
    assert msg["X-Mailguard-Bcc-Converted"] == "yes"
    assert "bar.example" not in data.split("\r\n\r\n", 1)[0]


async def test_bcc_convert_on_a_hold_rule(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    rcpts, data = await _relayed("hold", 'delay = "1s"', upstream, tmp_path)
    assert sorted(rcpts) == sorted(RCPTS)
    msg = message_from_bytes(data.encode())
    assert msg["To"] is None
    assert msg["Cc"] == "colleague@example.com"
    assert msg["X-Mailguard-Bcc-Converted"] == "yes"
