"""/healthz (store, upstream, rules) and /metrics (Prometheus text, one registry per guard)."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from proxy.capture import start_capture
from proxy.service import running
from proxy.web import health
from tests.peers import ScriptedHandler
from tests.test_web_support import (
    guard_settings,
    held_id,
    hidden_fields,
    link_of,
    message,
    send,
    wait_notice,
)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_healthz_ok_then_unhealthy_when_the_upstream_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "UPSTREAM_CACHE", 0.3)  # the real check, remembered briefly
    handler = ScriptedHandler()
    server, port = await start_capture(handler)
    async with running(guard_settings(port, tmp_path)) as svc, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{svc.web_address[1]}/healthz"
        async with http.get(url) as resp:
            assert resp.status == 200
            assert await resp.json() == {
                "status": "ok", "checks": {"store": True, "upstream": True, "rules": True}}
        server.close()
        await server.wait_closed()
        await asyncio.sleep(0.4)  # past the remembered answer
        async with http.get(url) as resp:
            assert resp.status == 503
            body = await resp.json()
        assert body["status"] == "unhealthy" and body["checks"]["upstream"] is False
        assert body["checks"]["store"] is True


async def test_healthz_fails_when_the_upstream_never_answers(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]  # nothing listens here once closed
    settings = guard_settings(dead, tmp_path, upstream={"connect_timeout": 1})
    async with running(settings) as svc, aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{svc.web_address[1]}/healthz") as resp:
            assert resp.status == 503


async def test_metrics_count_decisions_rules_queue_alerts_and_actions_per_guard(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    handler, port = upstream
    async with running(guard_settings(port, tmp_path / "a")) as svc, \
            running(guard_settings(port, tmp_path / "b")) as other, \
            aiohttp.ClientSession() as http:
        await send(svc.smtp_address[1], ["kato@example.com"], message())  # internal: passed
        qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], message()))
        alert = await wait_notice(handler.messages, "held")
        async with http.get(link_of(alert)) as resp:
            cancel = hidden_fields(await resp.text())["form-cancel"]
        async with http.post(link_of(alert), data=cancel) as resp:
            assert resp.status == 200
        async with http.get(f"http://127.0.0.1:{svc.web_address[1]}/metrics") as resp:
            assert resp.headers["Content-Type"].startswith("text/plain; version=")
            got = samples(await resp.text())
        async with http.get(f"http://127.0.0.1:{other.web_address[1]}/metrics") as resp:
            untouched = samples(await resp.text())
    assert got[("mailguard_messages_total", (("decision", "pass"),))] == 1
    assert got[("mailguard_messages_total", (("decision", "hold"),))] == 1
    assert got[("mailguard_rule_matches_total", (("action", "hold"), ("rule", "external")))] == 1
    assert got[("mailguard_inspect_seconds_count", ())] == 2
    assert got[("mailguard_deliveries_total", (("path", "direct"), ("result", "delivered")))] == 1
    assert got[("mailguard_queue_messages", (("state", "cancelled"),))] == 1
    assert got[("mailguard_queue_messages", (("state", "held"),))] == 0
    assert got[("mailguard_alerts_total", (("kind", "held"), ("result", "sent")))] == 1
    assert got[("mailguard_actions_total", (("result", "done"), ("verb", "cancel")))] == 1
    assert qid
    # The other guard in the same process has its own registry.
    assert ("mailguard_messages_total", (("decision", "hold"),)) not in untouched
    assert untouched[("mailguard_inspect_seconds_count", ())] == 0


async def test_healthz_names_rule_files_that_were_not_reloaded(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """Still healthy (mail flows under the last good rules), but monitoring sees that
    the files on disk are not the rules in force, and why."""
    _handler, port = upstream
    settings = guard_settings(port, tmp_path)
    rules = Path(settings.policy.rules_dir) / "test.toml"
    async with running(settings) as svc, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{svc.web_address[1]}/healthz"
        good = rules.read_text()
        rules.write_text(good.replace('action = "hold"', 'action = "hodl"', 1))
        assert await svc.reload_rules("test")
        async with http.get(url) as resp:
            body = await resp.json()
        assert resp.status == 200 and body["status"] == "ok"
        assert any("test.toml:" in e and "hodl" in e for e in body["rules_not_reloaded"])
        rules.write_text(good)
        assert not await svc.reload_rules("test")
        async with http.get(url) as resp:
            assert "rules_not_reloaded" not in await resp.json()
