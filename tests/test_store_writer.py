"""The writer thread: group commit, per-job rollback, cancellation shield, shutdown."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from proxy.store.base import StoreClosed
from proxy.store.writer import Writer


def connector(path: Path) -> Callable[[], sqlite3.Connection]:
    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS t (v INTEGER UNIQUE)")
        return conn

    return connect


@pytest.fixture
async def writer(tmp_path: Path) -> AsyncIterator[Writer]:
    w = Writer(connector(tmp_path / "w.db"))
    await w.start()
    yield w
    await w.stop()


def rows(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT v FROM t ORDER BY v")]


@asynccontextmanager
async def stalled(writer: Writer, path: Path) -> AsyncIterator[None]:
    """Hold the database's write lock from another connection (as another process
    would) while the writer is stuck on a first no-op job, so everything queued inside
    the block waits and, on exit, runs as the next batch."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    first = asyncio.create_task(writer.call(lambda conn: None))
    try:
        await asyncio.sleep(0.1)  # the writer has taken `first` and waits for the lock
        yield
        await asyncio.sleep(0.1)  # let the tasks started in the block queue their jobs
    finally:
        other.execute("ROLLBACK")
        other.close()
        await first


def insert(v: int) -> Callable[[sqlite3.Connection], int]:
    def job(conn: sqlite3.Connection) -> int:
        conn.execute("INSERT INTO t (v) VALUES (?)", (v,))
        return v

    return job


async def test_results_come_back_and_run_on_the_writer_thread(writer: Writer) -> None:
    main = threading.get_ident()
    ident = await writer.call(lambda conn: threading.get_ident())
    assert ident != main
    assert await writer.call(insert(7)) == 7


async def test_waiting_jobs_share_one_commit(writer: Writer, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    before = writer.commits
    async with stalled(writer, db):
        tasks = [asyncio.create_task(writer.call(insert(i))) for i in range(100)]
        await asyncio.sleep(0.1)
        assert not any(t.done() for t in tasks)  # nothing returns before its commit
    assert sorted(await asyncio.gather(*tasks)) == list(range(100))
    assert writer.commits - before == 2  # the no-op's, then all 100 in one
    assert writer.jobs >= 101
    assert rows(db) == list(range(100))


async def test_a_failing_job_is_rolled_back_alone(writer: Writer, tmp_path: Path) -> None:
    def half_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO t (v) VALUES (1000)")
        raise ValueError("boom")

    before = writer.commits
    async with stalled(writer, tmp_path / "w.db"):
        a = asyncio.create_task(writer.call(insert(1)))
        bad = asyncio.create_task(writer.call(half_then_fail))
        dup = asyncio.create_task(writer.call(insert(1)))  # UNIQUE violation
        b = asyncio.create_task(writer.call(insert(2)))
    assert await a == 1
    assert await b == 2
    with pytest.raises(ValueError, match="boom"):
        await bad
    with pytest.raises(sqlite3.IntegrityError):
        await dup
    assert rows(tmp_path / "w.db") == [1, 2]  # 1000 rolled back with its job
    assert writer.commits - before == 2  # all four shared one transaction


async def test_cancelled_caller_does_not_undo_the_write(writer: Writer, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    async with stalled(writer, db):
        task = asyncio.create_task(writer.call(insert(42)))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert rows(db) == []  # not yet written: the writer is stalled
    await writer.call(lambda conn: None)  # ordered after the cancelled job
    assert rows(db) == [42]


async def test_stop_runs_queued_jobs_then_refuses(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    w = Writer(connector(db))
    await w.start()
    async with stalled(w, db):
        tasks = [asyncio.create_task(w.call(insert(i))) for i in range(5)]
        await asyncio.sleep(0.05)
        stopping = asyncio.create_task(w.stop())
    await stopping
    assert sorted(await asyncio.gather(*tasks)) == [0, 1, 2, 3, 4]
    with pytest.raises(StoreClosed):
        await w.call(insert(9))
    assert rows(db) == [0, 1, 2, 3, 4]


async def test_connect_failure_reaches_start(tmp_path: Path) -> None:
    def broken() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    w = Writer(broken)
    with pytest.raises(sqlite3.OperationalError, match="unable to open"):
        await w.start()
    with pytest.raises(StoreClosed):
        await w.call(insert(1))


async def test_failed_commit_fails_every_job_in_the_batch(tmp_path: Path) -> None:
    db = tmp_path / "w.db"

    def connect() -> sqlite3.Connection:
        conn = connector(db)()
        # A deferred foreign key is checked at COMMIT: the whole transaction fails there.
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("CREATE TABLE IF NOT EXISTS p (id INTEGER PRIMARY KEY)")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS c (p INTEGER REFERENCES p(id)"
            " DEFERRABLE INITIALLY DEFERRED)"
        )
        return conn

    w = Writer(connect)
    await w.start()
    try:
        async with stalled(w, db):
            good = asyncio.create_task(w.call(insert(5)))
            orphan = asyncio.create_task(
                w.call(lambda conn: conn.execute("INSERT INTO c (p) VALUES (99)").rowcount)
            )
        # `good` shared the transaction that failed at COMMIT: it must fail too, never
        # report success for a write that was rolled back.
        with pytest.raises(sqlite3.IntegrityError):
            await orphan
        with pytest.raises(sqlite3.IntegrityError):
            await good
        assert rows(db) == []
        assert await w.call(insert(6)) == 6  # the writer carries on
    finally:
        await w.stop()
