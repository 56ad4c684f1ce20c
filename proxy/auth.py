"""SMTP AUTH users: a file of `name:hash` lines (argon2id or bcrypt hashes).

Written by `mailguard user add NAME` (and `user remove`); the running guard re-reads it
when it changes (UsersFile), so a departed employee's login stops working without a
restart. Verification is deliberately slow (that is the point of these hashes), so
callers run it in a worker thread.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import bcrypt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

log = logging.getLogger("mailguard.auth")

_hasher = PasswordHasher()
# Verified against when the user is unknown, so that a wrong name takes as long as a
# wrong password and does not reveal which names exist.
_DUMMY = _hasher.hash("mailguard-dummy-password")


class UsersFileError(Exception):
    pass


@dataclass(frozen=True)
class Users:
    hashes: dict[str, str]
    path: str = ""

    def verify(self, name: str, password: str) -> bool:
        stored = self.hashes.get(name)
        if stored is None:
            _verify_hash(_DUMMY, password)
            return False
        return _verify_hash(stored, password)

    def __bool__(self) -> bool:
        return bool(self.hashes)

    def current(self) -> Users:
        return self  # a fixed set (tests, no users file)


class UsersFile:
    """The users file, re-read when it changes (looked at no more than once a second,
    at AUTH time). A line that does not parse leaves out its own user (logged); a file
    that cannot be read keeps the users last read (logged); a removed file means no
    users (AUTH is no longer offered)."""

    def __init__(self, path: str | os.PathLike[str], check_every: float = 1.0) -> None:
        self.path = Path(path)
        self.check_every = check_every
        self._stamp = self._stat()
        self._users = load_users(self.path)  # at start-up an error stops the guard
        self._checked = time.monotonic()

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def current(self) -> Users:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return self._users
        self._checked = now
        stamp = self._stat()
        if stamp == self._stamp:
            return self._users
        try:
            self._reload(stamp)
        except Exception:  # never into the SMTP session: the users last read stay
            log.exception("users file not reloaded", extra={"fields": {"path": str(self.path)}})
        return self._users

    def _reload(self, stamp: tuple[int, int, int] | None) -> None:
        if stamp is None:
            self._stamp = stamp
            log.warning("users file removed: no AUTH users", extra={"fields": {
                "path": str(self.path)}})
            self._users = Users({}, str(self.path))
            return
        try:
            text = _read(self.path)
        except UsersFileError as exc:
            # Unreadable for now (permissions, not UTF-8): the users last read stay; a
            # removal that comes with such an edit waits for the file to be fixed.
            self._stamp = stamp
            log.error("users file not reloaded: keeping the users last read",
                      extra={"fields": {"error": str(exc)}})
            return
        if self._stat() != stamp:
            return  # changed while read (an editor saving): read it at the next check
        errors: list[str] = []
        # Line by line: a broken line leaves out only its own user, so a user removed in
        # the same edit is still removed (fail closed for the ones in doubt).
        users = parse_users(text, str(self.path), errors)
        for line in errors:
            log.error("users file: line skipped", extra={"fields": {"error": line}})
        self._stamp, self._users = stamp, users
        log.info("users file reloaded", extra={"fields": {
            "path": str(self.path), "users": len(users.hashes)}})

    def __bool__(self) -> bool:
        return bool(self.current())


def _verify_hash(stored: str, password: str) -> bool:
    if stored.startswith("$argon2"):
        try:
            return _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
    if stored.startswith(("$2a$", "$2b$", "$2y$")):
        try:
            ok = bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
        except ValueError:
            return False
        return bool(ok)
    return False


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def parse_users(text: str, path: str = "users", errors: list[str] | None = None) -> Users:
    """The users in `text`. A bad line raises UsersFileError, or, given an `errors`
    list, is noted there and skipped (its user is left out: never let in)."""
    hashes: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, stored = line.partition(":")
        problem = ""
        if not sep or not name or not stored:
            problem = f"{path}:{lineno}: expected NAME:HASH"
        elif not stored.startswith(("$argon2", "$2a$", "$2b$", "$2y$")):
            problem = f"{path}:{lineno}: hash for {name!r} is not argon2 or bcrypt"
        if problem:
            if errors is None:
                raise UsersFileError(problem)
            errors.append(problem)
            continue
        hashes[name] = stored
    return Users(hashes, path)


def _read(path: str | os.PathLike[str]) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsersFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UsersFileError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def load_users(path: str | os.PathLike[str]) -> Users:
    return parse_users(_read(path), str(path))


def _check_name(name: str) -> None:
    if not name or ":" in name or any(c.isspace() for c in name):
        raise UsersFileError("a user name must be non-empty, without ':' or spaces")


def _other_lines(target: Path, name: str) -> list[str]:
    if not target.exists():
        return []
    existing = _read(target).splitlines()
    return [ln for ln in existing if ln.partition(":")[0].strip() != name]


def add_user(path: str | os.PathLike[str], name: str, password: str) -> None:
    """Add or replace NAME in the users file, written atomically with mode 0600."""
    _check_name(name)
    if not password:
        raise UsersFileError("the password must not be empty")
    target = Path(path)
    _write_users(target, [*_other_lines(target, name), f"{name}:{hash_password(password)}"])


def remove_user(path: str | os.PathLike[str], name: str) -> bool:
    """Remove NAME from the users file; False if it was not there."""
    _check_name(name)
    target = Path(path)
    if name not in load_users(target).hashes:
        return False
    _write_users(target, _other_lines(target, name))
    return True


def _write_users(target: Path, lines: list[str]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".users.")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("".join(line + "\n" for line in lines))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
