"""The SQLite store's basics: round trip, files and modes, durability, URLs, schema."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from proxy.model import Action, Decision, Envelope, Finding, Reason
from proxy.store import (
    State,
    StoreClosed,
    StoredMessage,
    open_store,
    sqlite_path,
)
from proxy.store.base import StoreError
from proxy.store.schema import VERSION
from proxy.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parent.parent
NOW = 1_750_000_000.0
HOLD = Decision(Action.HOLD, 300, (Reason("external", Action.HOLD, "外部宛", 300),))
CONFIRM = Decision(
    Action.CONFIRM,
    0,
    (Reason("card", Action.CONFIRM, "カード番号", 0), Reason("external", Action.HOLD, "x", 60)),
)


def raw_message(n: int = 0, extra: bytes = b"") -> bytes:
    # Bytes a parser would "normalise": bare LF in the body, 8-bit, trailing spaces.
    return (
        b"From: =?UTF-8?B?5bGx55Sw?= <taro@corp.example>\r\n"
        b"To: suzuki@partner.example\r\n"
        b"Subject: =?UTF-8?B?6KaL56mN5pu4?= " + str(n).encode() + b"\r\n"
        b"Message-ID: <m" + str(n).encode() + b"@corp.example>\r\n"
        b"\r\n"
        b"line one  \r\nbare lf\n\xe6\x97\xa5\xe6\x9c\xac\x00\xff\r\n" + extra
    )


def make(n: int = 0, decision: Decision = HOLD, now: float = NOW) -> StoredMessage:
    return StoredMessage.create(
        Envelope("taro@corp.example", ("suzuki@partner.example", "boss@corp.example")),
        raw_message(n),
        decision,
        now=now,
    )


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    s = SqliteStore(tmp_path / "data" / "mailguard.db")
    await s.start()
    yield s
    await s.close()


async def test_put_get_round_trip_exact_bytes(store: SqliteStore) -> None:
    card = Finding("credit_card")
    card.add("4111111111111111", "body", "************1111")
    msg = StoredMessage.create(
        Envelope("taro@corp.example", ("suzuki@partner.example",)),
        raw_message(1),
        CONFIRM,
        findings={"credit_card": card},
        language="en",
        now=NOW,
        confirm_expiry=3600,
    )
    msg.approvers = ["boss@corp.example"]
    qid = await store.put(msg)
    assert qid == msg.id and len(qid) == 12 and qid.isalnum() and qid.isupper()
    got = await store.get(qid)
    assert got is not None
    assert got.data == raw_message(1)
    assert got.size == len(raw_message(1))
    assert got.body_hash == msg.body_hash
    assert got.mail_from == "taro@corp.example"
    assert got.rcpt_tos == ["suzuki@partner.example"]
    assert got.message_id == "<m1@corp.example>"
    assert got.subject == "見積書 1"
    assert got.action == Action.CONFIRM
    assert got.reasons == list(CONFIRM.reasons)
    assert got.rules == ["card", "external"]
    assert [f.to_json() for f in got.findings] == [
        {"type": "credit_card", "count": 1, "samples": ["************1111"], "locations": ["body"]}
    ]
    assert got.approvers == ["boss@corp.example"]
    assert got.state == State.HELD
    assert got.received_at == NOW and got.release_at == NOW and got.expires_at == NOW + 3600
    assert got.language == "en"
    assert got.attempts == 0 and got.next_attempt_at is None and got.first_release_at is None
    assert [(h.from_state, h.to_state, h.actor) for h in got.history] == [("", "held", "system")]
    assert await store.load_data(qid) == raw_message(1)
    assert await store.get("NOSUCHID0000") is None
    assert await store.load_data("NOSUCHID0000") is None


async def test_hold_decision_sets_release_time_and_no_expiry(store: SqliteStore) -> None:
    qid = await store.put(make(2))
    got = await store.get(qid)
    assert got is not None
    assert got.release_at == NOW + 300 and got.expires_at is None


async def test_create_refuses_pass_and_reject() -> None:
    for action in (Action.PASS, Action.REJECT):
        with pytest.raises(ValueError, match="not stored"):
            StoredMessage.create(Envelope("a@b", ("c@d",)), b"x", Decision(action))


async def test_id_collision_gets_a_new_id(store: SqliteStore) -> None:
    first = make(3)
    second = make(4)
    second.id = first.id
    a = await store.put(first)
    b = await store.put(second)
    assert a == first.id and b != a
    got = await store.get(b)
    assert got is not None and got.data == raw_message(4)


async def test_list_and_count(store: SqliteStore) -> None:
    ids = [await store.put(make(i, now=NOW + i)) for i in range(5)]
    other = make(9, now=NOW + 9)
    other.mail_from = "Hanako@Corp.Example"
    ids.append(await store.put(other))
    assert await store.transition(ids[0], State.HELD, State.CANCELLED, actor="sender")
    listed = await store.list()
    assert [m.id for m in listed] == ids[::-1]  # newest first
    assert all(m.data is None and m.history == [] for m in listed)
    held = await store.list(state=State.HELD, limit=2)
    assert [m.id for m in held] == [ids[5], ids[4]]
    assert [m.id for m in await store.list(state="held", limit=2, offset=2)] == [ids[3], ids[2]]
    assert [m.id for m in await store.list(sender="hanako@corp.example")] == [ids[5]]
    assert [m.id for m in await store.list(state=[State.CANCELLED, State.EXPIRED])] == [ids[0]]
    counts = await store.count_by_state()
    assert counts[State.HELD] == 5 and counts[State.CANCELLED] == 1
    assert set(counts) == set(State) and sum(counts.values()) == 6


async def test_to_json_has_the_cli_keys(store: SqliteStore) -> None:
    qid = await store.put(make(5))
    got = await store.get(qid)
    assert got is not None
    obj = got.to_json()
    assert {"id", "state", "mail_from", "rcpt_tos", "action", "release_at", "rules"} <= set(obj)
    assert obj["id"] == qid and obj["state"] == "held" and obj["action"] == "hold"
    assert obj["rules"] == ["external"] and obj["release_at"] == NOW + 300


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


async def test_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical service umask: would give 0644 / 0755
    try:
        path = tmp_path / "var" / "mailguard" / "q.db"
        store = SqliteStore(path)
        await store.start()
        try:
            await store.put(make(6))
            assert mode(path.parent) == 0o700
            assert mode(path.parent.parent) == 0o700  # created parents too
            for name in ("q.db", "q.db-wal", "q.db-shm"):
                assert (path.parent / name).exists(), name
                assert mode(path.parent / name) == 0o600, name
        finally:
            await store.close()
        assert os.umask(0o022) == 0o022  # the store put the process umask back
    finally:
        os.umask(old)


async def test_existing_loose_db_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    store = SqliteStore(path)
    await store.start()
    await store.close()
    assert mode(path) == 0o600


async def test_wal_and_synchronous_full(store: SqliteStore) -> None:
    await store.put(make(7))
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION
    finally:
        conn.close()
    # synchronous is per connection: ask the store's own writer connection.
    sync = await store._write(lambda c: c.execute("PRAGMA synchronous").fetchone()[0])
    assert sync == 2  # FULL


async def test_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    async with SqliteStore(path) as first:
        ids = [await first.put(make(i)) for i in range(3)]
        assert await first.transition(ids[1], State.HELD, State.RELEASED, actor="sender")
    async with SqliteStore(path) as second:
        for i, qid in enumerate(ids):
            got = await second.get(qid)
            assert got is not None and got.data == raw_message(i)
        got = await second.get(ids[1])
        assert got is not None and got.state == State.RELEASED


async def test_closed_store_refuses(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "q.db")
    await store.start()
    await store.close()
    with pytest.raises(StoreClosed):
        await store.put(make(8))
    with pytest.raises(StoreClosed):
        await store.get("X")


async def test_concurrent_puts_share_commits(store: SqliteStore) -> None:
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock for a moment
    before = store.commits
    try:
        first = asyncio.create_task(store.put(make(100)))
        await asyncio.sleep(0.1)  # the writer has taken it and waits for the lock
        tasks = [asyncio.create_task(store.put(make(i))) for i in range(50)]
        await asyncio.sleep(0.1)
        assert not any(t.done() for t in [first, *tasks])  # none returned before commit
    finally:
        other.execute("ROLLBACK")
        other.close()
    ids = await asyncio.gather(first, *tasks)
    assert store.commits - before == 2  # 51 puts, 2 fsyncs
    assert len(set(ids)) == 51
    assert (await store.count_by_state())[State.HELD] == 51


async def test_put_cancelled_mid_commit_still_commits(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    store = SqliteStore(path)
    await store.start()
    msg = make(11)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        task = asyncio.create_task(store.put(msg))
        await asyncio.sleep(0.1)
        task.cancel()  # the SMTP session timed out
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        other.execute("ROLLBACK")
        other.close()
    await store.close()  # finishes the queued write
    async with SqliteStore(path) as again:
        got = await again.get(msg.id)
        assert got is not None and got.data == raw_message(11)


CHILD = textwrap.dedent(
    """
    import asyncio, sys, time
    from proxy.model import Action, Decision, Envelope, Reason
    from proxy.store import StoredMessage, open_store

    async def main():
        store = open_store(sys.argv[1])
        await store.start()
        data = sys.stdin.buffer.read()
        msg = StoredMessage.create(
            Envelope("taro@corp.example", ("suzuki@partner.example",)), data,
            Decision(Action.HOLD, 0, (Reason("external", Action.HOLD, "x"),)),
            now=time.time() - 10)
        qid = await store.put(msg)
        claimed = [m.id for m in await store.claim_due(time.time(), 10)]
        print(qid, ",".join(claimed), flush=True)
        await asyncio.sleep(120)

    asyncio.run(main())
    """
)


async def test_row_survives_sigkill_and_interrupted_delivery_is_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "killed" / "q.db"
    url = "sqlite:///" + str(path)  # absolute path: four slashes
    assert url.startswith("sqlite:////")
    data = raw_message(12, extra=b"x" * 100_000)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(data)
    proc.stdin.close()
    line = await asyncio.to_thread(proc.stdout.readline)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    qid, claimed = line.decode().split()
    assert claimed == qid  # it was mid-delivery when killed
    assert (path.parent / "q.db-wal").exists()  # never checkpointed: recovery reads the WAL
    async with open_store(url) as store:
        got = await store.get(qid)
        assert got is not None and got.data == data and got.state == State.DELIVERING
        assert await store.recover() == [qid]  # possible duplicate: caller logs it
        assert await store.recover() == []
        again = await store.get(qid)
        assert again is not None and again.state == State.RELEASED
        assert [h.to_state for h in again.history] == ["held", "delivering", "released"]
        assert [m.id for m in await store.claim_due(NOW * 2)] == [qid]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///data/mailguard.db", Path("data/mailguard.db")),
        ("sqlite:////var/lib/mailguard/q.db", Path("/var/lib/mailguard/q.db")),
        ("SQLITE:///q%20a.db", Path("q a.db")),
    ],
)
def test_sqlite_path(url: str, expected: Path) -> None:
    assert sqlite_path(url) == expected


def test_sqlite_path_relative_to_base_dir(tmp_path: Path) -> None:
    assert sqlite_path("sqlite:///d/q.db", tmp_path) == tmp_path / "d/q.db"
    assert sqlite_path("sqlite:////abs/q.db", tmp_path) == Path("/abs/q.db")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite://host/q.db", "no host"),
        ("sqlite:///", "no file name"),
        ("sqlite:", "no file name"),
        ("sqlite:///q.db?mode=ro", "options"),
        ("postgresql://db/mailguard", "PostgreSQL"),
        ("mysql://db/x", "unknown store"),
        ("data/q.db", "unknown store"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        open_store(url)


async def test_open_store_resolves_against_base_dir(tmp_path: Path) -> None:
    async with open_store("sqlite:///sub/q.db", base_dir=tmp_path) as store:
        await store.put(make(13))
    assert (tmp_path / "sub" / "q.db").is_file()


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    async with SqliteStore(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {VERSION + 1}")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    with pytest.raises(StoreError, match="newer"):
        await store.start()
    await store.close()


async def test_start_migrates_an_empty_file_once(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    async with SqliteStore(path) as s:
        await s.put(make(14))
    async with SqliteStore(path) as s:  # second start: no migration re-run, data kept
        assert (await s.count_by_state())[State.HELD] == 1
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert {"messages", "bodies", "history", "audit", "audit_rcpt"} <= tables


async def test_state_of_reads_only_the_state(store: SqliteStore) -> None:
    qid = await store.put(make(11))
    assert await store.state_of(qid) == State.HELD
    assert await store.transition(qid, State.HELD, State.CANCELLED, actor="sender")
    assert await store.state_of(qid) == State.CANCELLED
    assert await store.state_of("NO-SUCH-ID") is None


async def test_attachment_names_kept_and_a_v2_database_gains_the_column(tmp_path: Path) -> None:
    """Migration 3: the masked attachment names alerts and pages list are kept with the
    message; a row stored by an older mailguard reads as None (names from the bytes)."""
    from proxy.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    await store.start()
    try:
        old = make(1)
        old_id = await store.put(old)
        # What a v2 guard wrote: no attachments column, so NULL once migrated.
        await store._write(lambda c: c.execute("UPDATE messages SET attachments = NULL"))
        kept = StoredMessage.create(
            Envelope("taro@corp.example", ("suzuki@partner.example",)), raw_message(2), HOLD,
            now=NOW, attachments=["口座_****567.png", "見積書.pdf"],
        )
        kept_id = await store.put(kept)
        got_old, got_kept = await store.get(old_id), await store.get(kept_id)
        assert got_old is not None and got_old.attachments is None
        assert got_kept is not None and got_kept.attachments == ["口座_****567.png", "見積書.pdf"]
        listed = {m.id: m.attachments for m in await store.list()}
        assert listed[kept_id] == ["口座_****567.png", "見積書.pdf"]
    finally:
        await store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION
    conn.close()
