"""Rule files edited while mail flows: an invalid edit keeps the last good rules (and is
logged), a valid one takes effect, and no message is refused or lost meanwhile."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from proxy.service import running
from tests.holding import hold_settings, message, send

ONLY_PASS = """
[[rule]]
name = "nothing-held"
action = "pass"
message.en = "Nothing is held."
  [rule.when]
  always = true
"""


async def test_invalid_edit_keeps_last_good_rules(
    upstream, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _handler, port = upstream
    settings = hold_settings(port, tmp_path)
    rules_file = tmp_path / "rules" / "test.toml"
    replies: list[tuple[str, str]] = []
    stop = asyncio.Event()

    async with running(settings) as svc:
        async def load() -> None:
            i = 0
            while not stop.is_set():
                phase = current["phase"]  # the rule files' state while this one was sent
                reply = await send(svc.smtp_address[1], [f"r{i}@partner.example"],
                                   message(f"LONG load {i}"))
                # A send that spanned an edit may be judged by either set: not counted
                # for a phase (its reply is still checked below, with all the others).
                replies.append((phase if current["phase"] == phase else "edited", reply))
                i += 1
                await asyncio.sleep(0.02)

        current = {"phase": "good"}
        task = asyncio.create_task(load())
        await asyncio.sleep(0.5)
        with caplog.at_level(logging.ERROR, logger="mailguard.service"):
            rules_file.write_text(rules_file.read_text() + "\n[[rule]\nname = broken\n")
            current["phase"] = "broken"
            await asyncio.sleep(3.5)  # the watcher looks every 2 s
        assert any("rules not reloaded" in r.getMessage() for r in caplog.records)
        rules_file.write_text(ONLY_PASS)
        current["phase"] = "fixed"
        await asyncio.sleep(3.5)
        stop.set()
        await task

    by_phase: dict[str, list[str]] = {}
    for phase, reply in replies:
        by_phase.setdefault(phase, []).append(reply)
    assert by_phase["good"] and by_phase["broken"] and by_phase["fixed"]
    # Under the broken file the last good rules still held external mail.
    assert all(r.startswith("2.0.0 Held as") for r in by_phase["broken"])
    # Once fixed (after the watcher noticed), external mail passes.
    assert by_phase["fixed"][-1].startswith("2.0.0 Ok: captured")
    # Nothing was refused at any point.
    assert all(r.startswith("2.0.0") for _p, r in replies)


async def test_sighup_reloads_a_running_server(tmp_path: Path) -> None:
    """`kill -HUP` makes `mailguard serve` re-read its rules at once."""
    import json
    import os
    import signal
    import sys

    from tests.holding import RULES
    from tests.peers import free_port, wait_listening

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "test.toml").write_text(RULES)
    port = free_port()
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[smtp]\nlisten = "127.0.0.1:{port}"\n[web]\nlisten = "127.0.0.1:{free_port()}"\n'
                   f'[store]\nurl = "sqlite:///{tmp_path}/data/mg.db"\n'
                   f'[policy]\nrules_dir = "{rules}"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "proxy", "serve", "--config", str(cfg),
        stderr=asyncio.subprocess.PIPE, env=env)
    try:
        await wait_listening(port, proc=proc)
        (rules / "test.toml").write_text(ONLY_PASS)
        proc.send_signal(signal.SIGHUP)
        assert proc.stderr is not None
        async def reloaded() -> dict:
            while True:
                line = await proc.stderr.readline()
                assert line, "guard exited"
                if line.startswith(b"{"):
                    rec = json.loads(line)
                    if rec.get("msg") == "rules reloaded":
                        return rec
        rec = await asyncio.wait_for(reloaded(), 1.5)  # sooner than the 2 s watcher
        assert rec["trigger"] == "SIGHUP" and rec["rules"] == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(proc.wait(), 30)
    assert proc.returncode == 0
