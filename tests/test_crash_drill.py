"""Crash drill: the guard as a real process, 1,000 held messages, SIGKILL in the middle,
restart. Every message the guard acknowledged is delivered exactly once (or is named
in the log as a possible duplicate); a client retrying what got no reply is recognised,
not held twice; nothing is lost."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from collections import Counter
from email.parser import BytesHeaderParser
from pathlib import Path

import aiosmtplib

from proxy.capture import start_capture
from tests.holding import RULES
from tests.peers import ScriptedHandler, free_port, is_notice, wait_listening

ROOT = Path(__file__).resolve().parent.parent
TOTAL = 1000
KILL_AFTER = 400  # acknowledged messages before the kill
CLIENTS = 20




async def start_guard(cfg: Path, log: Path, port: int) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "proxy", "serve", "--config", str(cfg),
        stdout=asyncio.subprocess.DEVNULL, stderr=log.open("ab"), env=env, cwd=ROOT,
    )
    try:
        await wait_listening(port, proc=proc)
    except AssertionError:
        if proc.returncode is None:
            proc.kill()
        raise AssertionError("guard did not start: " + log.read_text()[-2000:]) from None
    return proc


def message(i: int) -> bytes:
    return (f"From: sato@example.com\r\nTo: r{i}@partner.example\r\nSubject: drill {i}\r\n"
            f"Message-ID: <drill-{i}@example.com>\r\n\r\nmessage number {i}\r\n").encode()


async def test_kill_9_mid_load_loses_nothing_sends_nothing_twice(tmp_path: Path) -> None:
    handler = ScriptedHandler()
    server, upstream_port = await start_capture(handler)
    port = free_port()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "drill.toml").write_text(RULES, encoding="utf-8")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[smtp]\nlisten = "127.0.0.1:{port}"\nhostname = "guard.drill"\n'
        f'[upstream]\nport = {upstream_port}\n'
        f'[web]\nlisten = "127.0.0.1:{free_port()}"\n'
        f'[store]\nurl = "sqlite:///{tmp_path}/data/mailguard.db"\n'
        f'[policy]\nrules_dir = "{tmp_path}/rules"\ninternal_domains = ["example.com"]\n'
        f'[queue]\nretry_base = 0.5\nretry_max = 1\n'
    )
    log = tmp_path / "guard.log"
    acked: dict[int, str] = {}
    unanswered: set[int] = set()
    proc = await start_guard(cfg, log, port)
    killed = asyncio.Event()

    async def client(ids: list[int]) -> None:
        smtp: aiosmtplib.SMTP | None = None
        for i in ids:
            if killed.is_set():
                unanswered.add(i)
                continue
            try:
                if smtp is None:
                    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
                    await smtp.connect()
                _e, reply = await smtp.sendmail("sato@example.com", [f"r{i}@partner.example"],
                                                message(i))
                acked[i] = reply
                if len(acked) >= KILL_AFTER and not killed.is_set():
                    killed.set()
                    proc.send_signal(signal.SIGKILL)
            except (aiosmtplib.SMTPException, OSError):
                unanswered.add(i)
                smtp = None

    try:
        await asyncio.gather(*(client(list(range(n, TOTAL, CLIENTS))) for n in range(CLIENTS)))
        await proc.wait()
        assert len(acked) >= KILL_AFTER and unanswered, (len(acked), len(unanswered))
        assert all("Held as" in r for r in acked.values())

        proc = await start_guard(cfg, log, port)
        # The clients come back and retry what got no reply, as real clients do.
        retried: dict[int, str] = {}

        async def retry(ids: list[int]) -> None:
            smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
            async with smtp:
                for i in ids:
                    _e, retried[i] = await smtp.sendmail(
                        "sato@example.com", [f"r{i}@partner.example"], message(i))

        pending = sorted(unanswered)
        await asyncio.gather(*(retry(pending[n::CLIENTS]) for n in range(CLIENTS)))
        recognised = sum(1 for r in retried.values() if "Already held" in r)

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            got = {BytesHeaderParser().parsebytes(m.data)["Message-ID"]
                   for m in handler.messages if not is_notice(m)}
            if len(got) >= TOTAL:
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # anything that would arrive twice arrives now
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 30)
        server.close()

    counts = Counter(BytesHeaderParser().parsebytes(m.data)["Message-ID"]
                     for m in handler.messages if not is_notice(m))
    logged_dupes = set()
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            if rec.get("msg", "").startswith("possible duplicate"):
                logged_dupes.add(rec.get("queue_id"))
    twice = [mid for mid, n in counts.items() if n > 1]
    print(f"\ncrash drill: {len(acked)} acknowledged before SIGKILL, {len(unanswered)} unanswered "
          f"and retried ({recognised} recognised as already held), {len(counts)} delivered, "
          f"{len(twice)} twice, {len(logged_dupes)} logged possible duplicates")
    # Every message arrived: the acknowledged ones and the retried ones.
    assert set(counts) == {f"<drill-{i}@example.com>" for i in range(TOTAL)}
    # Twice only where the guard said it might (crash mid-delivery).
    assert len(twice) <= len(logged_dupes)
    assert all(n <= 2 for n in counts.values())


def mixed(i: int) -> tuple[str, bytes]:
    """Even: internal (passed at once); odd: external (held 1 s)."""
    rcpt = f"kato{i}@example.com" if i % 2 == 0 else f"r{i}@partner.example"
    data = (f"From: sato@example.com\r\nTo: {rcpt}\r\nSubject: mixed {i}\r\n"
            f"Message-ID: <mixed-{i}@example.com>\r\n\r\nmessage {i}\r\n").encode()
    return rcpt, data


async def test_kill_9_five_times_under_mixed_load(tmp_path: Path) -> None:
    """Five SIGKILLs in a row while pass and held messages flow; clients retry what got
    no reply (as real clients do). Every message that got a 250 is delivered; a message
    is delivered twice only if it was unanswered when a kill came (the window no relay
    can close) or the guard logged it as a possible duplicate."""
    handler = ScriptedHandler()
    server, upstream_port = await start_capture(handler)
    port = free_port()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "drill.toml").write_text(RULES, encoding="utf-8")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[smtp]\nlisten = "127.0.0.1:{port}"\n[upstream]\nport = {upstream_port}\n'
        f'[web]\nlisten = "127.0.0.1:{free_port()}"\n'
        f'[store]\nurl = "sqlite:///{tmp_path}/data/mailguard.db"\n'
        f'[policy]\nrules_dir = "{tmp_path}/rules"\ninternal_domains = ["example.com"]\n'
        f'[queue]\nretry_base = 0.5\nretry_max = 1\n'
    )
    log = tmp_path / "guard.log"
    total, per_round = 1000, 200
    todo = list(range(total))
    acked: set[int] = set()
    ever_unanswered: set[int] = set()
    rounds = []
    proc = None
    try:
        for rnd in range(5):
            proc = await start_guard(cfg, log, port)
            batch, todo = todo[:per_round], todo[per_round:]
            unanswered: list[int] = []
            kill_at = len(acked) + per_round // 2
            killed = asyncio.Event()

            async def client(ids: list[int], proc: asyncio.subprocess.Process = proc,
                             kill_at: int = kill_at, killed: asyncio.Event = killed,
                             unanswered: list[int] = unanswered) -> None:
                smtp: aiosmtplib.SMTP | None = None
                for i in ids:
                    if killed.is_set():
                        unanswered.append(i)
                        continue
                    try:
                        if smtp is None:
                            smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
                            await smtp.connect()
                        rcpt, data = mixed(i)
                        await smtp.sendmail("sato@example.com", [rcpt], data)
                        acked.add(i)
                        if len(acked) >= kill_at and not killed.is_set():
                            killed.set()
                            proc.send_signal(signal.SIGKILL)
                    except (aiosmtplib.SMTPException, OSError):
                        unanswered.append(i)
                        smtp = None

            await asyncio.gather(*(client(batch[n::10]) for n in range(10)))
            await proc.wait()
            ever_unanswered.update(unanswered)
            todo = unanswered + todo  # the clients retry these first
            rounds.append((rnd, len(batch), len(unanswered)))
        # Last start: everything left is sent, and everything held falls due.
        proc = await start_guard(cfg, log, port)
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
        async with smtp:
            for i in todo:
                rcpt, data = mixed(i)
                await smtp.sendmail("sato@example.com", [rcpt], data)
                acked.add(i)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            got = {BytesHeaderParser().parsebytes(m.data)["Message-ID"]
                   for m in handler.messages if not is_notice(m)}
            if len(got) >= total:
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.5)
    finally:
        if proc is not None and proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 30)
        server.close()

    counts = Counter(BytesHeaderParser().parsebytes(m.data)["Message-ID"]
                     for m in handler.messages if not is_notice(m))
    logged = 0
    for line in log.read_text().splitlines():
        if line.startswith("{") and json.loads(line).get("msg", "").startswith("possible duplicate"):
            logged += 1
    twice = {mid for mid, n in counts.items() if n > 1}
    explained = {f"<mixed-{i}@example.com>" for i in ever_unanswered}
    print(f"\nkill -9 x5 (mixed load): rounds (round, sent, unanswered) {rounds}; "
          f"{len(acked)} acknowledged in the end, {len(counts)} delivered, "
          f"{len(twice)} delivered twice ({len(twice & explained)} of them unanswered at a "
          f"kill), {logged} possible duplicates logged")
    assert acked == set(range(total))
    assert set(counts) == {f"<mixed-{i}@example.com>" for i in range(total)}
    assert all(n <= 2 for n in counts.values())
    assert len(twice - explained) <= logged
