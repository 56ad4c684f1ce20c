"""Review 21: failing tests for the security review of the listener, store, links and
alerts (not the detectors or inspection).

Each test says in its docstring what is wrong and why it matters. They use real sockets,
a real capture upstream and a real SQLite store, as the other tests do.
"""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import aiosmtplib
import pytest

from proxy import replies
from proxy.auth import add_user
from proxy.service import StartupError, running
from proxy.store.base import State
from proxy.tokens import SENDER as SENDER_AUDIENCE
from proxy.tokens import Tokens
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler
from tests.test_web_support import (
    guard_settings,
    held_id,
    message,
    notices,
    send,
    wait_for,
)

# Another local account (nobody): the "other user" of a shared data folder.
OTHER_UID = 65534
AS_ROOT = pytest.mark.skipif(
    os.geteuid() != 0, reason="needs root: the guard running as root, another uid planting files"
)


@pytest.fixture
def shared_home() -> Iterator[Path]:
    """A guard home whose store folder others can write to (mode 1777, like /tmp or a
    shared working directory), under a folder others can enter."""
    base = Path(tempfile.mkdtemp(prefix="mailguard-r21-"))
    try:
        base.chmod(0o755)
        store = base / "store"
        store.mkdir()
        store.chmod(0o1777)
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _plant(path: Path, content: bytes, mode: int) -> None:
    """Create a file as the other user would: owned by OTHER_UID."""
    path.write_bytes(content)
    os.chown(path, OTHER_UID, OTHER_UID)
    path.chmod(mode)


def _read_as_other(path: Path) -> bytes:
    """The file's bytes as the other user can read them (b"" when refused)."""
    done = subprocess.run(  # nosec B603: fixed argv, test only
        ["/bin/cat", str(path)], user=OTHER_UID, group=OTHER_UID,
        capture_output=True, check=False, timeout=30,
    )
    return done.stdout if done.returncode == 0 else b""


# -- 1. store files adopted from another user ----------------------------------------------


@AS_ROOT
async def test_a_database_file_planted_by_another_user_does_not_receive_held_mail(
    upstream: tuple[ScriptedHandler, int], shared_home: Path
) -> None:
    """The store accepts a data folder that others can write to (store/files.py
    prepare_data_dir only logs a warning) and adopts a `mailguard.db` that is already
    there (create_private_file opens it with O_CREAT and chmods it; tighten() checks only
    the mode bits, never the owner). Run as root (a systemd unit without User=), the guard
    chmods another user's planted file to 0600 but it stays that user's file, and SQLite,
    running as root, even chowns the -wal and -shm it creates to the database's owner. So
    every held message (its full bytes) lands in files the other user owns and reads:
    "stored messages readable by the service user only" is broken. The guard should
    refuse a store folder or file it does not own (or that others can write), not adopt
    it."""
    _handler, port = upstream
    db = shared_home / "store" / "mailguard.db"
    _plant(db, b"", 0o666)
    settings = guard_settings(port, shared_home)
    marker = f"R21-PRIVATE-{time.time_ns()}"
    try:
        async with running(settings) as svc:
            assert svc.store is not None
            qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                                     message("quarterly list", f"customer data {marker}")))
            assert (await svc.store.state_of(qid)) == State.HELD
            files = [p for p in sorted((shared_home / "store").iterdir())
                     if p.name.startswith("mailguard.db") and not p.name.endswith(".lock")]
            leaked = {p.name: p.stat().st_uid for p in files
                      if marker.encode() in _read_as_other(p)}
    except StartupError:
        return  # refusing to start on a planted store is a correct answer
    assert leaked == {}, (
        f"held message bytes readable by uid {OTHER_UID} in {sorted(leaked)} "
        f"(owners: {leaked})"
    )


# -- 2. link-signing key adopted from another user ---------------------------------------


@AS_ROOT
async def test_a_link_key_planted_by_another_user_is_not_used_to_sign_links(
    upstream: tuple[ScriptedHandler, int], shared_home: Path
) -> None:
    """tokens.load_secret uses whatever `web-secret` it finds in the data folder: it
    checks neither the file's owner nor that it is a regular file of its own, and fixes
    a readable mode with chmod. In a data folder others can write to (accepted with a
    warning), another local user plants `web-secret` with a key they chose; the guard,
    run as root, chmods it to 0600 (the planter still owns and reads it) and signs every
    link with it. The planter can then forge a link to any held message (sender:
    send now / confirm / remove recipients; approver: approve) — exactly what the HMAC
    links are there to prevent. The guard should refuse a key file it does not own (or
    a folder others can write), not trust it."""
    _handler, port = upstream
    known = "a" * 64  # the planter's key
    _plant(shared_home / "store" / "web-secret", known.encode() + b"\n", 0o644)
    settings = guard_settings(port, shared_home)
    try:
        async with running(settings) as svc:
            qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"],
                                     message("forged link target", "body")))
            forged = Tokens(known.encode()).link(qid, SENDER_AUDIENCE, time.time() + 3600)
            url = f"{svc.public_url}/m/{forged}"
            async with aiohttp.ClientSession() as http, http.get(url) as resp:
                status = resp.status
                html = await resp.text()
    except StartupError:
        return  # refusing to start on a planted key is a correct answer
    assert status != 200 and "forged link target" not in html, (
        "a link signed with the key another user planted opens the held message's page "
        "(and its send-now form)"
    )


# -- 3. AUTH failure limit raced by parallel sessions ------------------------------------


def _plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


async def test_parallel_sessions_cannot_make_more_guesses_than_the_auth_failure_limit(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """GuardHandler._check (proxy/smtp.py) counts an address's AUTH failures only after
    the slow password check has finished, but tests the limit before it starts. A
    client that opens many sessions (up to [smtp] max_sessions, 200 by default) and sends
    one AUTH in each at the same moment gets every one of them checked against the
    password: all pass the `len(failures) >= AUTH_FAILURE_LIMIT` test while the count is
    still zero. SECURITY.md promises that repeated failures from one address are slowed
    and then refused; with parallel sessions an attacker gets max_sessions guesses per
    lock-out window instead of AUTH_FAILURE_LIMIT (5). The limit should count an attempt
    when it starts (or serialise the checks of one address)."""
    users = tmp_path / "users"
    add_user(users, "scanner", "s3cret-Passw0rd")
    settings = make_settings(upstream[1], smtp={"users_file": str(users)})
    sessions = 20
    async with running(settings) as svc:
        assert svc.handler is not None
        limit = svc.handler.AUTH_FAILURE_LIMIT
        svc.handler.AUTH_FAILURE_DELAY = 0.01
        clients = []
        for _ in range(sessions):
            raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
            await raw.reply()
            code, _text = await raw.cmd("EHLO client.test")
            assert code == 250
            clients.append(raw)
        # One guess per session, all sent before any answer is read.
        for i, raw in enumerate(clients):
            await raw.send(f"AUTH PLAIN {_plain('scanner', f'guess{i}')}\r\n".encode())
        answers = await asyncio.gather(*(raw.reply(timeout=60) for raw in clients))
        for raw in clients:
            await raw.close()
    checked = [code for code, _ in answers if code == 535]
    refused = [code for code, text in answers if f"{code} {text}" == replies.AUTH_TOO_MANY_FAILURES]
    assert len(checked) + len(refused) == sessions, answers
    assert len(checked) <= limit, (
        f"{len(checked)} passwords were checked for one address in one go "
        f"(limit {limit}); {len(refused)} refused"
    )


# -- 4. a held message whose session ended during the store write gets no alert ----------


async def test_a_message_stored_after_its_session_timed_out_still_alerts_the_sender(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """Pipeline.hold (proxy/pipeline.py) calls on_held — the sender's alert with the
    cancel link — only after `store.put` returns to it. The put is shielded (it commits
    even when its caller is cancelled: store/writer.py), but the alert is not: when the
    processing deadline ([smtp] processing_timeout) or the client hanging up cancels the
    session while the put waits for the disk, the message is held and committed, and no
    alert is ever sent. The client retries (it got 451 or nothing) and is told "250
    Already held as …" — and that duplicate path returns before on_held too. So the
    message sits in the queue and, for a `hold`, leaves at the end of its delay without
    its sender ever having been told or given the chance to cancel: the one job the
    guard has. A committed hold must always be followed by its alert."""
    handler, port = upstream
    settings = guard_settings(port, tmp_path, smtp={"processing_timeout": 1.0})
    data = message("slow disk", "body for a partner")
    async with running(settings) as svc:
        assert svc.store is not None
        store = svc.store
        # The disk is slow for a moment: the writer is busy for 3 s (fsync stalls on a
        # loaded machine look the same to the session).
        stall = asyncio.ensure_future(store._write(lambda _conn: time.sleep(3.0)))  # type: ignore[attr-defined]
        await asyncio.sleep(0.1)
        with pytest.raises(aiosmtplib.SMTPDataError) as first:
            await send(svc.smtp_address[1], ["a@partner.example"], data)
        assert first.value.code == 451
        await stall
        held = await wait_for(lambda: store.list(state=State.HELD), timeout=10)
        qid = held[0].id
        # The client tries again, as SMTP clients do after a 4xx.
        reply = await send(svc.smtp_address[1], ["a@partner.example"], data)
        assert qid in reply
        try:
            await wait_for(lambda: [m for m in notices(handler.messages, "held")
                                    if qid.encode() in m.data], timeout=8)
        except AssertionError:
            pytest.fail(f"message {qid} is held (and will be sent at the end of its delay) "
                        "but its sender was never alerted; the retry was answered "
                        f"{reply!r} and alerted nobody either")


# -- 1 and 2, without root: a folder every user can write is refused -----------------------


async def test_a_store_folder_every_user_can_write_is_refused(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """Whatever uid the guard runs as, a store folder every user can write (1777, like
    /tmp) lets another user plant the database's -wal or the link key before the guard
    makes them: the guard must refuse to start and say why, not warn and go on."""
    _handler, port = upstream
    store = tmp_path / "store"
    store.mkdir()
    store.chmod(0o1777)
    with pytest.raises(StartupError, match=r"can be written by every user \(mode 1777\)"):
        async with running(guard_settings(port, tmp_path)):
            pass
    assert not (store / "mailguard.db").exists()
    assert not (store / "web-secret").exists()


async def test_a_store_folder_its_group_can_write_still_starts(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A group-writable folder (umask 002 with a group per user) is the usual mode on
    some systems: a warning, and the files inside stay 0600 and the guard's own."""
    _handler, port = upstream
    store = tmp_path / "store"
    store.mkdir()
    store.chmod(0o775)
    async with running(guard_settings(port, tmp_path)) as svc:
        assert svc.store is not None
    assert "700 is recommended" in caplog.text
    for name in ("mailguard.db", "web-secret"):
        st = (store / name).stat()
        assert (st.st_mode & 0o777, st.st_uid) == (0o600, os.geteuid())


def test_a_key_file_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    """A directory (or a FIFO) where the key should be is refused with its path."""
    from proxy.store.files import UnsafePath
    from proxy.tokens import SECRET_FILE, load_secret

    tmp_path.chmod(0o700)
    (tmp_path / SECRET_FILE).mkdir()
    with pytest.raises(UnsafePath, match="not a regular file"):
        load_secret("", tmp_path)
