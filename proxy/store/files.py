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


class UnsafePath(PermissionError):
    """A data directory or file another user could have planted or can replace."""


def check_own_dir(path: Path) -> None:
    """Refuse a directory that every user can write: anyone could plant the database,
    its -wal (SQLite creates it later, and as root gives it the database's owner) or the
    link-signing key there before the guard makes them (review 21). A directory its group
    can write, or another user owns (the service user's, and root runs an admin
    command), gets a warning: the files inside are checked one by one (check_own_file)."""
    st = path.stat()
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o002:
        raise UnsafePath(
            f"data directory {path} can be written by every user (mode {mode:o}); "
            "chmod 700 it or choose another directory"
        )
    if mode & 0o077:
        log.warning("store: data directory %s has mode %o; 700 is recommended", path, mode)
    if st.st_uid != os.geteuid() and os.geteuid() != 0:
        log.warning("store: data directory %s is owned by uid %d, who can read and replace "
                    "the store's files", path, st.st_uid)


def check_own_file(path: Path) -> bool:
    """False when `path` does not exist; True when it is (or links to) a regular file of
    the service user's (the uid the guard runs as, or the owner of its directory: root
    running an admin command on the service's store); UnsafePath otherwise. A link is
    followed: an admin may point the store at a database elsewhere, and a link planted
    by another user needs a directory they can write, which check_own_dir refuses."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(st.st_mode):
        raise UnsafePath(f"{path} is not a regular file; remove it")
    if st.st_uid not in (os.geteuid(), path.parent.stat().st_uid):
        raise UnsafePath(
            f"{path} is owned by uid {st.st_uid}, neither the uid the guard runs as "
            f"({os.geteuid()}) nor the owner of its directory; remove it"
        )
    return True


def prepare_data_dir(path: Path) -> None:
    """Create the directory (and missing parents) with mode 0700.

    An existing directory is left as the admin made it (it may be shared, e.g. the working
    directory) if it is the service user's and not writable by everyone (check_own_dir).
    """
    if path.is_dir():
        check_own_dir(path)
        return
    with private_umask():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    fsync_dir(path.parent)


def create_private_file(path: Path) -> None:
    """Make sure `path` exists with mode 0600 before SQLite opens it (SQLite gives its
    -wal and -shm files the mode of the database file)."""
    for p in (path, *side_files(path)):
        check_own_file(p)
    with private_umask():
        fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)


def side_files(db_path: Path) -> tuple[Path, ...]:
    return tuple(db_path.with_name(db_path.name + s) for s in SIDE_SUFFIXES)


def tighten(db_path: Path) -> None:
    """chmod 0600 the database and whichever side files exist now (each the service
    user's own: check_own_file)."""
    for p in (db_path, *side_files(db_path)):
        with contextlib.suppress(FileNotFoundError):
            if check_own_file(p) and stat.S_IMODE(p.stat().st_mode) != FILE_MODE:
                os.chmod(p, FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Persist directory entries (a new database or -wal file) across power loss."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
