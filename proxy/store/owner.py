"""One guard per store.

The guard that serves a store also owns its queue: at start it moves messages left in
`delivering` back to `released` (a crash interrupted them), its scheduler claims due
messages, its outbox sends the notices waiting in the store. A second guard started on
the same file (a second `serve` with the same config, a test instance next to the
service) would take the first one's deliveries in flight for crashed ones and send
them again, and both would send every waiting notice. So the serving guard holds an
exclusive lock on `<database>.lock` for as long as it runs; a second one refuses to
start and names the holder. The CLI (`queue`, `audit`) does not take the lock: it
writes through SQLite's own locking, next to the running guard, by design.

flock(2) is held by the open file: the kernel drops it when the process dies, however it
dies, so there is no stale lock to clean up after a crash. It is advisory and works
between processes on one machine (not reliably over NFS, where SQLite's WAL mode does
not work either).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import time
from pathlib import Path

from proxy.store.base import StoreError
from proxy.store.files import FILE_MODE, private_umask


class StoreInUse(StoreError):
    """Another guard serves this store."""


class OwnerLock:
    def __init__(self, db_path: Path) -> None:
        # The real path: a symlink to the database is the same store.
        real = Path(os.path.realpath(db_path))
        self.path = real.with_name(real.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise StoreInUse naming the process that has it."""
        if self._fd is not None:
            return
        with private_umask():
            # O_CLOEXEC: a child process (the PDF reader) must not keep the lock alive
            # after the guard is gone.
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise StoreInUse(
                f"another mailguard is serving this store ({holder or 'holder unknown'});"
                " stop it first, or give this one its own [store] url"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        with contextlib.suppress(OSError):  # the note is for the admin; the lock is what counts
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {stamp}\n"
                      .encode(), 0)
        self._fd = fd

    def release(self) -> None:
        # The file stays: removing it would let a third guard lock a new file while a
        # second still waits on the old one's inode.
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
