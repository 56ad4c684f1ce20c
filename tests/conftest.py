"""Shared fixtures: a real capture upstream on port 0 and a running guard in front of it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
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


def make_settings(upstream_port: int, **sections: dict[str, Any]) -> config.Settings:
    data: dict[str, Any] = {
        "smtp": {"listen": "127.0.0.1:0", "hostname": "guard.test"},
        "upstream": {"host": "127.0.0.1", "port": upstream_port, "pool_idle": 30},
        "web": {"listen": "127.0.0.1:0"},
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
