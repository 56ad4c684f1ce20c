"""Helpers for the hold-queue tests: rules with short delays, and a guard running them."""

from __future__ import annotations

import asyncio
import inspect
import time
from pathlib import Path
from typing import Any

import aiosmtplib

from proxy import config
from tests.conftest import make_settings

# External mail is held 1 s; a card number needs confirmation; subject "REJECTME" is
# refused; an approver is needed for subject "APPROVE".
RULES = """
[[rule]]
name = "external"
action = "hold"
delay = "1s"
message.en = "External recipients."
  [rule.when]
  external_recipients = { at_least = 1 }

[[rule]]
name = "long-hold"
action = "hold"
delay = "1h"
message.en = "Held for an hour."
  [rule.when]
  subject_matches = ["^LONG"]

[[rule]]
name = "card"
action = "confirm"
message.en = "Card number."
  [rule.when]
  external_recipients = { at_least = 1 }
  findings.credit_card = { at_least = 1 }

[[rule]]
name = "needs-approval"
action = "approve"
approvers = ["boss@example.com"]
message.en = "Needs approval."
  [rule.when]
  subject_matches = ["^APPROVE"]

[[rule]]
name = "refuse"
action = "reject"
message.en = "Refused by policy."
  [rule.when]
  subject_matches = ["^REJECTME"]
"""


def hold_settings(upstream_port: int, home: Path, **sections: dict[str, Any]) -> config.Settings:
    rules = home / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "test.toml").write_text(RULES, encoding="utf-8")
    base = {
        "policy": {"rules_dir": str(rules), "internal_domains": ["example.com"],
                   "language": "en"},
        "store": {"url": f"sqlite:///{home}/store/mailguard.db"},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    return make_settings(upstream_port, **base)


def message(subject: str = "hello", body: str = "body", to: str = "x@partner.example") -> bytes:
    return (f"From: sato@example.com\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{time.time_ns()}@example.com>\r\n\r\n{body}\r\n").encode()


async def send(port: int, rcpts: list[str], data: bytes, sender: str = "sato@example.com") -> str:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=20)
    async with client:
        _errors, reply = await client.sendmail(sender, rcpts, data)
    return reply


async def wait_for(predicate: Any, timeout: float = 10.0, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return
        await asyncio.sleep(step)
    raise AssertionError("condition not met in time")
