"""One thread owns the SQLite write connection; coroutines hand it work and await a future.

Why a thread: sqlite3 calls block (a commit waits for fsync), and the event loop must go
on serving SMTP sessions meanwhile. Why exactly one: SQLite allows one writer anyway, and
funnelling every write through one queue lets the thread run everything that is waiting
in a single transaction (group commit): one fsync for many messages, yet no caller's
future resolves before the commit that contains its work has returned.

Each job runs inside its own SAVEPOINT, so a job that raises (a bad argument, a lost
race turned into an exception) is rolled back alone and the rest of the batch commits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from proxy.store.base import StoreClosed

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[sqlite3.Connection], T]


@dataclass
class _Work:
    fn: Callable[[sqlite3.Connection], Any]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]


_STOP = object()


def _settle(work: _Work, ok: bool, value: Any) -> None:
    """Resolve the caller's future from the writer thread (futures are not thread-safe)."""

    def settle() -> None:
        if work.future.done():
            return
        if ok:
            work.future.set_result(value)
        else:
            work.future.set_exception(value)

    try:
        work.loop.call_soon_threadsafe(settle)
    except RuntimeError:
        pass  # the loop is closed: nobody is waiting any more; the work itself is done


class Writer:
    """Serialises write jobs onto one connection and commits them in groups."""

    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        *,
        max_batch: int = 256,
        name: str = "mailguard-store-writer",
    ) -> None:
        self._connect = connect
        self._max_batch = max_batch
        self._name = name
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.commits = 0  # transactions committed; group commit shows as commits < jobs
        self.jobs = 0  # jobs run

    async def start(self) -> None:
        """Start the thread and open the connection in it; raises what connect raised."""
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        self._thread = threading.Thread(
            target=self._main, args=(loop, ready), name=self._name, daemon=True
        )
        self._thread.start()
        await ready

    async def call(self, fn: Job[T]) -> T:
        """Run `fn(connection)` in the next transaction; return its result after commit.

        Shielded: once queued, the job runs and commits even if the caller is cancelled
        (an SMTP session that times out mid-put must not lose a message it may already
        have been promised).
        """
        if self._closed or self._thread is None:
            raise StoreClosed("the store is closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put(_Work(fn, loop, future))
        return await asyncio.shield(future)

    async def stop(self) -> None:
        """Run what is queued, then close the connection and end the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join)

    # -- the thread -------------------------------------------------------------------

    def _main(self, loop: asyncio.AbstractEventLoop, ready: asyncio.Future[None]) -> None:
        try:
            conn = self._connect()
        except BaseException as exc:  # hand every failure to start(), never die silently
            self._closed = True
            _settle(_Work(lambda c: None, loop, ready), False, exc)
            return
        _settle(_Work(lambda c: None, loop, ready), True, None)
        try:
            self._serve(conn)
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
            self._fail_pending()

    def _serve(self, conn: sqlite3.Connection) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = [item]
            stop = False
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            try:
                self._run_batch(conn, batch)
            except BaseException as exc:  # whatever escapes must fail the callers, not hang them
                log.exception("store writer: batch failed")
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                for work in batch:
                    _settle(work, False, exc)
            if stop:
                return

    def _run_batch(self, conn: sqlite3.Connection, batch: list[_Work]) -> None:
        outcomes: list[tuple[bool, Any]] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for work in batch:
                conn.execute("SAVEPOINT job")
                try:
                    value = work.fn(conn)
                except Exception as exc:
                    # Fails with "no such savepoint" when SQLite already rolled the whole
                    # transaction back (disk full, I/O error): then the batch fails below.
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    outcomes.append((False, exc))
                else:
                    conn.execute("RELEASE job")
                    outcomes.append((True, value))
            if not conn.in_transaction:
                raise sqlite3.OperationalError("the transaction was rolled back")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            log.error("store writer: transaction of %d jobs failed: %s", len(batch), exc)
            for work in batch:
                _settle(work, False, exc)
            return
        self.commits += 1
        self.jobs += len(batch)
        for work, (ok, value) in zip(batch, outcomes, strict=True):
            _settle(work, ok, value)

    def _fail_pending(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                _settle(item, False, StoreClosed("the store is closed"))
