"""Judging off the event loop: in worker processes, or in worker threads.

Inspection is CPU-bound Python. In a worker thread it still holds the GIL the event
loop needs, so every SMTP session slows down while a big attachment is read (and, on
100 KB mail under load, the loop and the judging thread took turns on one core). In a
worker process it runs on another core, and a pathological attachment costs that
process, not the listener.

What crosses to a worker: the Judge (its rule set, pickled once per version and
unpickled once per worker per version — a rule reload makes a new Judge), the envelope
and the message bytes. What comes back: the Decision and the MessageView without its
text segments (the rules have read them already; the rest of the pipeline needs the
findings, recipients, attachments and headers, not the text).

If a worker process dies (BrokenProcessPool: killed, out of memory), every message in
its pool fails; the pool is replaced and they are judged again in the new one. A
message that meets a dead worker twice is then judged alone, in a pool of its own: if
its worker dies there too, the message is the cause, and it is not judged in this
process (which holds every SMTP session) but held as not fully inspected
(Judge.uninspected), with an error log line; the messages judged beside it are not.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from proxy.children import helper_pool
from proxy.judge import Judge
from proxy.model import Decision, Envelope, MessageView

log = logging.getLogger("mailguard.inspect")

Judgement = tuple[MessageView, Decision]
JudgeCall = Callable[[Envelope, bytes], Judgement]

_versions = itertools.count(1)

_DIED = "the inspection process died reading this message"

# In a worker process: the Judge last unpickled, by version.
_current: tuple[int, Judge] | None = None


def _judge_in_worker(version: int, blob: bytes, envelope: Envelope, data: bytes) -> Judgement:
    global _current
    if _current is None or _current[0] != version:
        # The blob is this service's own Judge, pickled by the parent and passed over the
        # pool's private pipe (which pickles everything it carries anyway).
        _current = (version, pickle.loads(blob))  # noqa: S301  # nosec B301
    view, decision = _current[1](envelope, data)
    return replace(view, segments=[]), decision


# Imported by each worker as it starts (helper_pool), then frozen.
_PRELOAD = ("proxy.detectors", "proxy.inspect", "proxy.rules")


def _warm() -> int:
    """Sent to the workers by `start`, so they are started (and have loaded _PRELOAD)
    before the first message."""
    return multiprocessing.current_process().pid or 0


class JudgePool:
    """`await pool(judge, envelope, data)`: the judgement, computed elsewhere.

    processes > 0: that many worker processes (spawned, so nothing of this process's
    threads or sockets is inherited), started on first use; 0: worker threads only.
    A judge that is not a plain Judge (tests wrap one in a closure) runs in a thread.
    """

    def __init__(self, processes: int, threads: int = 2) -> None:
        self.processes = processes
        self._threads = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="inspect")
        self._pool: ProcessPoolExecutor | None = None
        self._judge: Judge | None = None
        self._blob: tuple[int, bytes] = (0, b"")
        self.restarts = 0  # shared worker pools replaced because a worker process died

    def _processes(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = helper_pool(self.processes, preload=_PRELOAD)
        return self._pool

    def _pickled(self, judge: Judge) -> tuple[int, bytes]:
        if judge is not self._judge:
            self._blob = (next(_versions), pickle.dumps(judge, pickle.HIGHEST_PROTOCOL))
            self._judge = judge
        return self._blob

    async def start(self) -> None:
        """Start the worker processes now, so the first big message does not wait for
        them (a spawned worker takes about a second to import everything)."""
        if self.processes <= 0:
            return
        loop = asyncio.get_running_loop()
        pool = self._processes()
        await asyncio.gather(*(loop.run_in_executor(pool, _warm) for _ in range(self.processes)))

    async def __call__(self, judge: JudgeCall, envelope: Envelope, data: bytes) -> Judgement:
        loop = asyncio.get_running_loop()
        if self.processes <= 0 or not isinstance(judge, Judge):
            return await loop.run_in_executor(self._threads, judge, envelope, data)
        version, blob = self._pickled(judge)
        for _attempt in (1, 2):
            pool = self._processes()
            try:
                return await loop.run_in_executor(
                    pool, _judge_in_worker, version, blob, envelope, data
                )
            except BrokenProcessPool:
                self._discard(pool)
        # A worker died twice while this message was being judged. Every message in a
        # pool fails when one of them kills its worker, so judge it alone: only a death
        # there is this message's doing.
        alone = helper_pool(1)
        try:
            return await loop.run_in_executor(
                alone, _judge_in_worker, version, blob, envelope, data
            )
        except BrokenProcessPool:
            log.error(
                "inspection worker died on one message, judged alone; held as not fully "
                "inspected",
                extra={"fields": {"bytes": len(data)}},
            )
            return judge.uninspected(envelope, data, _DIED)
        finally:
            alone.shutdown(wait=False, cancel_futures=True)

    def _discard(self, pool: Executor) -> None:
        """Replace a broken pool (once: the other calls that were in it see it gone)."""
        if self._pool is not pool:
            return
        self._pool = None
        self.restarts += 1
        log.warning("inspection worker process died; workers restarted",
                    extra={"fields": {"processes": self.processes}})
        pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop taking work; workers exit once their current message is judged."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._threads.shutdown(wait=False, cancel_futures=True)
