"""One guard per store: a second guard on the same store refuses to start (it would
take the first one's deliveries in flight for crashed ones and send them again), the
CLI still works beside the running guard, and a killed guard leaves no stale lock."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path

import pytest

from proxy.model import Action, Decision, Envelope, Reason
from proxy.service import StartupError, running
from proxy.store import State, StoredMessage, sqlite_path
from proxy.store.owner import StoreInUse
from proxy.store.sqlite import SqliteStore
from tests.conftest import ROOT, make_settings
from tests.peers import free_port, wait_listening

DAY = 86400.0


def held_message(now: float) -> StoredMessage:
    decision = Decision(Action.HOLD, 300, (Reason("external", Action.HOLD, "held", 300),))
    return StoredMessage.create(
        Envelope("taro@example.com", ("suzuki@partner.example",)),
        b"From: taro@example.com\r\nTo: suzuki@partner.example\r\nSubject: s\r\n\r\nbody\r\n",
        decision,
        now=now,
    )


async def test_second_guard_on_the_same_store_refuses_and_touches_nothing(
    upstream: tuple[object, int],
) -> None:
    settings = make_settings(upstream[1])
    db = sqlite_path(settings.store.url)
    async with running(settings) as first:
        # A delivery the first guard has in flight (claimed as if a day from now, so its
        # own scheduler leaves it alone): the CLI's kind of store, beside the guard.
        side = SqliteStore(db)
        await side.start()
        msg = held_message(time.time())
        await side.put(msg)
        assert [m.id for m in await side.claim_due(time.time() + DAY)] == [msg.id]
        with pytest.raises(StartupError) as caught:
            async with running(settings):
                pass
        text = str(caught.value)
        assert "another mailguard is serving this store" in text
        assert f"pid {os.getpid()}" in text
        # Without the lock the second guard's start-up moved it back to `released`
        # (an "interrupted delivery") and sent it again.
        assert await side.state_of(msg.id) == State.DELIVERING
        assert first.smtp_address  # the first guard still runs
        await side.close()
    # Once the first has stopped, a guard starts on the same store and recovers the
    # interrupted delivery (the first one stopped with it unfinished).
    async with running(settings) as second:
        deadline = time.monotonic() + 5
        while await second.store.state_of(msg.id) == State.DELIVERING:
            assert time.monotonic() < deadline, "the delivery was not recovered"
            await asyncio.sleep(0.05)


async def test_a_failed_start_releases_the_store(upstream: tuple[object, int]) -> None:
    settings = make_settings(upstream[1])
    taken = socket.create_server(("127.0.0.1", 0))  # its web port is in use: fails after
    busy = make_settings(upstream[1], store={"url": settings.store.url},  # the store opened
                         web={"listen": f"127.0.0.1:{taken.getsockname()[1]}"})
    with taken, pytest.raises(StartupError, match="listen"):
        async with running(busy):
            pass
    async with running(settings) as service:  # the failed one let go of the store
        assert service.store is not None


def _config(tmp: Path, name: str, upstream_port: int) -> tuple[Path, int]:
    port = free_port()
    cfg = tmp / f"{name}.toml"
    cfg.write_text(
        f'[smtp]\nlisten = "127.0.0.1:{port}"\n'
        f'[upstream]\nport = {upstream_port}\n'
        f'[web]\nlisten = "127.0.0.1:{free_port()}"\n'
        f'[store]\nurl = "sqlite:///{tmp}/data/mailguard.db"\n'
        f'[policy]\nrules_dir = "{ROOT}/rules"\ninternal_domains = ["example.com"]\n'
        f'[inspect]\nworkers = 0\n'
    )
    return cfg, port


async def _serve(cfg: Path, log: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "proxy", "serve", "--config", str(cfg),
        stdout=asyncio.subprocess.DEVNULL, stderr=log.open("wb"), env=env, cwd=ROOT,
    )


async def _listening(port: int, proc: asyncio.subprocess.Process, log: Path) -> None:
    try:
        await wait_listening(port, proc=proc)
    except AssertionError as exc:
        raise AssertionError(f"{exc}: {log.read_text()[-2000:]}") from None


async def test_serve_twice_exits_2_naming_the_first_and_kill_9_leaves_no_stale_lock(
    tmp_path: Path, upstream: tuple[object, int]
) -> None:
    one, port_one = _config(tmp_path, "one", upstream[1])
    two, port_two = _config(tmp_path, "two", upstream[1])
    first = await _serve(one, tmp_path / "one.log")
    second: asyncio.subprocess.Process | None = None
    try:
        await _listening(port_one, first, tmp_path / "one.log")
        second = await _serve(two, tmp_path / "two.log")
        assert await asyncio.wait_for(second.wait(), 20) == 2
        err = (tmp_path / "two.log").read_text()
        assert f"another mailguard is serving this store (pid {first.pid} on " in err, err
        # The CLI reads and writes next to the running guard, by design.
        queue = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "proxy", "queue", "list", "--config", str(one),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=ROOT,
        )
        _out, err_b = await asyncio.wait_for(queue.communicate(), 20)
        assert queue.returncode == 0, err_b.decode()
    finally:
        # A second guard that did not refuse (the bug this test is for) must not outlive it.
        for proc in (first, second):
            if proc is not None and proc.returncode is None:
                proc.send_signal(signal.SIGKILL)
                await proc.wait()
    # The kernel dropped the lock with the killed process: no file to clean up by hand.
    assert (tmp_path / "data" / "mailguard.db.lock").exists()
    third = await _serve(two, tmp_path / "three.log")
    try:
        await _listening(port_two, third, tmp_path / "three.log")
    finally:
        third.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(third.wait(), 20) == 0


async def test_a_symlink_to_the_database_is_the_same_store(tmp_path: Path) -> None:
    first = SqliteStore(tmp_path / "q.db", owner=True)
    await first.start()
    try:
        (tmp_path / "link.db").symlink_to(tmp_path / "q.db")
        with pytest.raises(StoreInUse):
            await SqliteStore(tmp_path / "link.db", owner=True).start()
    finally:
        await first.close()
