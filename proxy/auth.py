"""SMTP AUTH users: a file of `name:hash` lines (argon2id or bcrypt hashes).

Written by `mailguard user add NAME`; read at start-up. Verification is deliberately
slow (that is the point of these hashes), so callers run it in a worker thread.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import bcrypt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

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


def parse_users(text: str, path: str = "users") -> Users:
    hashes: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, stored = line.partition(":")
        if not sep or not name or not stored:
            raise UsersFileError(f"{path}:{lineno}: expected NAME:HASH")
        if not stored.startswith(("$argon2", "$2a$", "$2b$", "$2y$")):
            raise UsersFileError(f"{path}:{lineno}: hash for {name!r} is not argon2 or bcrypt")
        hashes[name] = stored
    return Users(hashes, path)


def load_users(path: str | os.PathLike[str]) -> Users:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsersFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_users(text, str(path))


def add_user(path: str | os.PathLike[str], name: str, password: str) -> None:
    """Add or replace NAME in the users file, written atomically with mode 0600."""
    if not name or ":" in name or any(c.isspace() for c in name):
        raise UsersFileError("a user name must be non-empty, without ':' or spaces")
    if not password:
        raise UsersFileError("the password must not be empty")
    target = Path(path)
    lines: list[str] = []
    if target.exists():
        existing = target.read_text(encoding="utf-8").splitlines()
        lines = [ln for ln in existing if ln.partition(":")[0].strip() != name]
    lines.append(f"{name}:{hash_password(password)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".users.")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
