"""Shared fixtures: a real capture upstream on port 0 and a running guard in front of it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from proxy import config
from proxy.capture import start_capture
from proxy.service import Service, running
from tests.peers import ScriptedHandler


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests build their settings explicitly; a developer's MAILGUARD_* must not leak in.
    for key in list(os.environ):
        if key.startswith("MAILGUARD_"):
            monkeypatch.delenv(key)


ROOT = Path(__file__).resolve().parent.parent
SHIPPED_RULES = ROOT / "rules"
_scratch = tempfile.TemporaryDirectory(prefix="mailguard-tests-")
# A rule set that never holds: the relay tests are about SMTP, not policy.
PASS_RULES = """
[[rule]]
name = "never"
action = "pass"
message.ja = "なし"
message.en = "none"
  [rule.when]
  external_recipients = { at_least = 1000000 }
"""


def make_settings(upstream_port: int, **sections: dict[str, Any]) -> config.Settings:
    """Settings for a guard on port 0 in front of `upstream_port`, with its own store.

    By default the rule folder holds one rule that never matches, so every message is
    passed (the relay tests);
    tests of the hold path set `policy={"rules_dir": str(SHIPPED_RULES), ...}`.
    Big messages are judged in worker threads (`inspect.workers = 0`): spawning worker
    processes for every service a test starts would cost more than the tests; the
    process pool has its own tests (test_judge_pool.py), and `serve` in a subprocess
    (crash drill, live reload) runs with the shipped default of 2.
    """
    home = Path(tempfile.mkdtemp(dir=_scratch.name))
    (home / "rules").mkdir()
    (home / "rules" / "pass.toml").write_text(PASS_RULES, encoding="utf-8")
    data: dict[str, Any] = {
        "smtp": {"listen": "127.0.0.1:0", "hostname": "guard.test"},
        "upstream": {"host": "127.0.0.1", "port": upstream_port, "pool_idle": 30},
        "web": {"listen": "127.0.0.1:0"},
        "store": {"url": f"sqlite:///{home}/store/mailguard.db"},
        "policy": {"rules_dir": str(home / "rules"), "internal_domains": ["example.com"]},
        "inspect": {"workers": 0},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return config.Settings(**data)


@pytest.fixture
async def upstream() -> AsyncIterator[tuple[ScriptedHandler, int]]:
    handler = ScriptedHandler()
    server, port = await start_capture(handler)
    yield handler, port
    server.close()


GuardFactory = Callable[..., Any]


@pytest.fixture
async def guard(upstream: tuple[ScriptedHandler, int]) -> AsyncIterator[Service]:
    async with running(make_settings(upstream[1])) as service:
        yield service
