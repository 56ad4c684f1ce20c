"""File-system side of the store: a private data directory and private database files.

Held messages are personal data: the database and SQLite's side files (-wal, -shm) must
be readable by the service user only (0600) in a directory only it can enter (0700).
Modes are set at creation (umask) and again afterwards (chmod), because a umask cannot
narrow a file that already exists and SQLite creates its side files later.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    # The umask is process-wide; this only runs at start-up, before sessions are served.
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def prepare_data_dir(path: Path) -> None:
    """Create the directory (and missing parents) with mode 0700.

    An existing directory is left as the admin made it (it may be shared, e.g. the working
    directory), with a warning if others can enter it: the files inside are 0600 anyway.
    """
    if path.is_dir():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("store: data directory %s has mode %o; 700 is recommended", path, mode)
        return
    with private_umask():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    fsync_dir(path.parent)


def create_private_file(path: Path) -> None:
    """Make sure `path` exists with mode 0600 before SQLite opens it (SQLite gives its
    -wal and -shm files the mode of the database file)."""
    with private_umask():
        fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)


def tighten(db_path: Path) -> None:
    """chmod 0600 the database and whichever side files exist now."""
    for p in (db_path, *(db_path.with_name(db_path.name + s) for s in SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(p.stat().st_mode) != FILE_MODE:
                os.chmod(p, FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Persist directory entries (a new database or -wal file) across power loss."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
