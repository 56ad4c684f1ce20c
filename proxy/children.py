"""Helper processes (the judging workers, the PDF reader) that never outlive their parent.

Both are ProcessPoolExecutor workers started with `spawn`. Such a worker waits on its
task queue forever if the process that started it is killed (kill -9, the OOM killer):
it would sit there, holding its memory, after every crash of the guard. And a worker's
own pool (the PDF reader inside a judging worker) must be shut down before the worker
exits: multiprocessing joins a process's children *before* the atexit hook that stops
their pools runs, so the two would wait for each other.
"""

from __future__ import annotations

import multiprocessing.util
import os
import threading
import time
from collections.abc import Callable


def exit_with_parent(poll: float = 1.0) -> None:
    """Pool initializer: end this process within `poll` seconds of its parent's death
    (it is then re-parented, and getppid() changes)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def stop_at_exit(stop: Callable[[], None]) -> None:
    """Run `stop` when this process exits, before multiprocessing joins its children
    (a multiprocessing finalizer with a priority: those run first, highest first). Above
    10, the priority at which a multiprocessing Queue closes its feeder thread: a pool
    shut down after that can no longer send its workers the word to stop."""
    multiprocessing.util.Finalize(None, stop, exitpriority=100)
