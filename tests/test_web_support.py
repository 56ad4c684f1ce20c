"""Helpers for the notice, page and browser tests (this module holds no tests).

A guard runs the rules below in front of a real capture upstream; alerts are read back
from that upstream by their X-Mailguard-Notice header, exactly as a sender would get them.
"""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import re
import time
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiosmtplib

from proxy import config
from proxy.capture import Captured
from tests.conftest import make_settings

# External mail is held for an hour (long enough never to go by itself during a test),
# a card number to outside needs the sender's confirmation, "APPROVE…" needs boss's
# approval. Messages in both languages, so the per-sender language can be seen.
RULES = """
[[rule]]
name = "external"
action = "hold"
delay = "1h"
message.ja = "社外の宛先が含まれています。"
message.en = "This message has external recipients."
  [rule.when]
  external_recipients = { at_least = 1 }

[[rule]]
name = "card"
action = "confirm"
message.ja = "カード番号が含まれています。"
message.en = "The message contains a card number."
  [rule.when]
  external_recipients = { at_least = 1 }
  findings.credit_card = { at_least = 1 }

[[rule]]
name = "approval"
action = "approve"
approvers = ["boss@example.com"]
message.ja = "上長の承認が必要です。"
message.en = "A manager must approve this."
  [rule.when]
  subject_matches = ["^APPROVE"]
"""

CARD = "4111 1111 1111 1111"
CARD_DIGITS = "4111111111111111"
SENDER = "sato@example.com"


def guard_settings(upstream_port: int, home: Path, **sections: dict[str, Any]) -> config.Settings:
    rules = home / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "test.toml").write_text(RULES, encoding="utf-8")
    base: dict[str, dict[str, Any]] = {
        "policy": {"rules_dir": str(rules), "internal_domains": ["example.com"]},
        "store": {"url": f"sqlite:///{home}/store/mailguard.db"},
        # Empty public_url: links use the address the web listener was bound to.
        "web": {"public_url": ""},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    return make_settings(upstream_port, **base)


def message(
    subject: str = "hello", body: str = "body", to: str = "a@partner.example",
    sender: str = f"Sato <{SENDER}>", extra: str = "",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n{extra}"
        f"Message-ID: <{time.time_ns()}@example.com>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def with_attachment(subject: str, body: str, to: str, filename: str, cc: str = "") -> bytes:
    # RFC 2231 for a Japanese file name, as mail programs write it.
    disposition = (f'filename="{filename}"' if filename.isascii()
                   else f"filename*=UTF-8''{quote(filename)}")
    return (
        f"From: Sato <{SENDER}>\r\nTo: {to}\r\n" + (f"Cc: {cc}\r\n" if cc else "")
        + f"Subject: {header(subject)}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BB\r\n\r\n"
        "--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        "--BB\r\nContent-Type: text/csv\r\n"
        f"Content-Disposition: attachment; {disposition}\r\n\r\n"
        "id,name\r\n1,x\r\n--BB--\r\n"
    ).encode()


def header(text: str, *, always: bool = False) -> str:
    """RFC 2047 for non-ASCII header text (or `always`: to smuggle CR/LF into a value)."""
    if text.isascii() and not always:
        return text
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


async def send(port: int, rcpts: list[str], data: bytes, sender: str = SENDER) -> str:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=20)
    async with client:
        _errors, reply = await client.sendmail(sender, rcpts, data)
    return reply


def held_id(reply: str) -> str:
    m = re.search(r"Held as (\w+)", reply)
    assert m, reply
    return m.group(1)


def parse(captured: Captured) -> EmailMessage:
    return email.message_from_bytes(captured.data, policy=email.policy.default)  # type: ignore[return-value]


def notices(messages: list[Captured], kind: str | None = None, to: str | None = None) -> list[Captured]:
    out = []
    for m in messages:
        head = email.message_from_bytes(m.data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n")
        found = head.get("X-Mailguard-Notice")
        if found and (kind is None or found == kind) and (to is None or to in m.rcpt_tos):
            out.append(m)
    return out


def originals(messages: list[Captured], rcpt: str) -> list[Captured]:
    """Messages that reached `rcpt` and are not our notices."""
    return [m for m in messages if rcpt in m.rcpt_tos and not notices([m])]


async def wait_for(predicate: Any, timeout: float = 10.0, step: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        await asyncio.sleep(step)
    raise AssertionError("condition not met in time")


async def wait_notice(
    messages: list[Captured], kind: str, to: str = SENDER, timeout: float = 10.0
) -> Captured:
    found = await wait_for(lambda: notices(messages, kind, to), timeout=timeout)
    return found[-1]


def text_of(captured: Captured) -> str:
    body = parse(captured).get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def html_of(captured: Captured) -> str:
    body = parse(captured).get_body(("html",))
    assert body is not None
    return str(body.get_content())


def links_of(captured: Captured) -> list[str]:
    """Every URL in the notice, text and HTML parts (a scanner fetches them all)."""
    found = re.findall(r"https?://[^\s\"'<>]+", text_of(captured) + html_of(captured))
    return list(dict.fromkeys(found))


def link_of(captured: Captured) -> str:
    links = links_of(captured)
    assert len(links) == 1, links
    return links[0]


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, dict[str, str]] = {}
        self._current: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._current = {}
            self.forms[a.get("id", f"form{len(self.forms)}")] = self._current
        elif tag == "input" and self._current is not None and a.get("type") == "hidden":
            self._current[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


def hidden_fields(html: str) -> dict[str, dict[str, str]]:
    """form id → its hidden inputs (csrf, action)."""
    parser = _Forms()
    parser.feed(html)
    return parser.forms
