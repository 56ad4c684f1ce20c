"""Helper processes (the judging workers, the PDF reader) that never outlive their parent,
and what a long-lived process does once it has loaded everything (freeze_heap).

Both are ProcessPoolExecutor workers started with `spawn`. Such a worker waits on its
task queue forever if the process that started it is killed (kill -9, the OOM killer):
it would sit there, holding its memory, after every crash of the guard. And a worker's
own pool (the PDF reader inside a judging worker) must be shut down before the worker
exits: multiprocessing joins a process's children *before* the atexit hook that stops
their pools runs, so the two would wait for each other.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import multiprocessing.util
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor


def exit_with_parent(parent: int, poll: float = 1.0) -> None:
    """Pool initializer (initargs=(os.getpid(),)): end this process within `poll`
    seconds of its parent's death — checked against the pid the parent passed, so a
    parent that died while this process was still starting is noticed too.

    SIGINT and SIGTERM are ignored here: Ctrl-C in a terminal, or a service manager
    stopping the guard, signals the whole process group, and a worker must not die
    mid-judgement (its KeyboardInterrupt would come back to the guard as a result) —
    it ends when its pool tells it to, or when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _start_helper(parent: int, preload: tuple[str, ...]) -> None:
    exit_with_parent(parent)  # first: SIGINT is ignored from here on
    if preload:
        for module in preload:
            importlib.import_module(module)
        freeze_heap()  # see there: a worker lives as long as its pool


def helper_pool(workers: int, preload: tuple[str, ...] = ()) -> ProcessPoolExecutor:
    """A pool of `workers` spawned helper processes that end with this one. `preload`:
    modules each of them imports as it starts, then freezes (freeze_heap): every worker,
    those of a pool started again after one died too, whichever tasks each then takes.
    Names, not a function: unpickling a function would import its module before the
    worker ignores SIGINT."""
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_start_helper, initargs=(os.getpid(), preload),
        mp_context=multiprocessing.get_context("spawn"),
    )


def stop_at_exit(stop: Callable[[], None]) -> None:
    """Run `stop` when this process exits, before multiprocessing joins its children
    (a multiprocessing finalizer with a priority: those run first, highest first). Above
    10, the priority at which a multiprocessing Queue closes its feeder thread: a pool
    shut down after that can no longer send its workers the word to stop."""
    multiprocessing.util.Finalize(None, stop, exitpriority=100)


def freeze_heap() -> None:
    """Take what the process holds for good (modules, compiled patterns, phone metadata,
    the Public Suffix List, the rules) out of the garbage collector's sight. A full
    collection walks every object it tracks: 78,000 once the service is imported, 70 ms
    on a 2-core VM, during which the event loop stands still; CPython runs one each time
    the long-lived heap has grown by a quarter (in bench/scan.py, 18 % of the time of
    judging 345 small mails went into one). Garbage is collected first, so nothing dead
    is kept; only `serve` (a process that runs one service for its life) and the
    inspection workers do this, never a test's in-process service."""
    gc.collect()
    gc.freeze()
