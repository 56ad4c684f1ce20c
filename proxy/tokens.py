"""Signed tokens: links in alert mails, form nonces (CSRF + render time) and admin sessions.

A link token is base64url (no padding) of `payload || HMAC-SHA256(link key, payload)`;
the payload names one queue id, one audience (the sender, or the n-th approver) and an
expiry. base64url survives Safe Links / URL Defense rewriting and line wrapping of URLs
in mail clients better than anything with `+`, `/`, `=` or `%`.

Each use gets its own key, derived from the one secret, so a token of one kind can never
be replayed as another. Every comparison is `hmac.compare_digest`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import secrets
import stat
import struct
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from proxy.store.files import check_own_dir, check_own_file

log = logging.getLogger("mailguard.tokens")

SENDER = "sender"
APPROVER = "approver"
_AUDIENCE_CODE = {SENDER: b"s", APPROVER: b"a"}
_CODE_AUDIENCE = {v: k for k, v in _AUDIENCE_CODE.items()}
_VERSION = b"\x01"
_MAC = 32
_HEAD = struct.Struct(">cBQ")  # audience code, approver index, expiry (epoch seconds)
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_-]{16,400}")
SECRET_FILE = "web-secret"  # noqa: S105  (a file name, not a secret)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes | None:
    if not _TOKEN_CHARS.fullmatch(text):
        return None
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


@dataclass(frozen=True)
class Link:
    queue_id: str
    audience: str  # SENDER | APPROVER
    expires_at: int
    approver: int = 0  # index into StoredMessage.approvers (approver links only)


class FormCheck(StrEnum):
    OK = "ok"
    INVALID = "invalid"  # missing, forged, or made for another page
    TOO_SOON = "too_soon"  # posted sooner after the render than a person could have
    STALE = "stale"  # the page was rendered too long ago


class Tokens:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the signing secret is too short")
        self._link = _derive(secret, b"link")
        self._form = _derive(secret, b"form")
        self._session = _derive(secret, b"admin-session")

    # -- links ---------------------------------------------------------------------

    def link(self, queue_id: str, audience: str, expires_at: float, approver: int = 0) -> str:
        if audience not in _AUDIENCE_CODE or not 0 <= approver <= 255:
            raise ValueError("bad audience")
        head = _HEAD.pack(_AUDIENCE_CODE[audience], approver, max(0, int(expires_at)))
        payload = _VERSION + head + queue_id.encode("ascii")
        return b64(payload + _mac(self._link, payload))

    def verify_link(self, token: str, now: float | None = None) -> Link | None:
        """The link a token names, or None if it is forged, altered, malformed or expired."""
        raw = unb64(token)
        if raw is None or len(raw) < 1 + _HEAD.size + 1 + _MAC:
            return None
        payload, mac = raw[:-_MAC], raw[-_MAC:]
        if not hmac.compare_digest(mac, _mac(self._link, payload)):
            return None
        if payload[:1] != _VERSION:
            return None
        code, approver, expires = _HEAD.unpack(payload[1 : 1 + _HEAD.size])
        audience = _CODE_AUDIENCE.get(code)
        try:
            queue_id = payload[1 + _HEAD.size :].decode("ascii")
        except UnicodeDecodeError:
            return None
        if audience is None or expires < (time.time() if now is None else now):
            return None
        return Link(queue_id, audience, expires, approver)

    # -- forms ---------------------------------------------------------------------

    def form(self, bound: str, now: float | None = None) -> str:
        """A nonce for one rendered form: bound to `bound` (the page's link token, or the
        admin session) and carrying the render time, signed."""
        at = int((time.time() if now is None else now) * 1000)
        body = struct.pack(">Q", at) + secrets.token_bytes(8)
        return b64(body + _mac(self._form, body + bound.encode("utf-8")))

    def verify_form(
        self,
        bound: str,
        value: str,
        *,
        now: float | None = None,
        min_age: float = 0.0,
        max_age: float = 12 * 3600.0,
    ) -> FormCheck:
        raw = unb64(value or "")
        if raw is None or len(raw) != 16 + _MAC:
            return FormCheck.INVALID
        body, mac = raw[:16], raw[16:]
        if not hmac.compare_digest(mac, _mac(self._form, body + bound.encode("utf-8"))):
            return FormCheck.INVALID
        age = (time.time() if now is None else now) - struct.unpack(">Q", body[:8])[0] / 1000
        if age < min_age:
            return FormCheck.TOO_SOON
        if age > max_age:
            return FormCheck.STALE
        return FormCheck.OK

    # -- admin sessions ------------------------------------------------------------

    def session(self, now: float | None = None) -> str:
        body = struct.pack(">Q", int(time.time() if now is None else now)) + secrets.token_bytes(16)
        return b64(body + _mac(self._session, body))

    def verify_session(self, value: str, lifetime: float, now: float | None = None) -> bool:
        raw = unb64(value or "")
        if raw is None or len(raw) != 24 + _MAC:
            return False
        body, mac = raw[:24], raw[24:]
        if not hmac.compare_digest(mac, _mac(self._session, body)):
            return False
        issued = struct.unpack(">Q", body[:8])[0]
        at = time.time() if now is None else now
        return issued - 60 <= at < issued + lifetime


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return hmac.new(secret, b"mailguard/" + purpose, hashlib.sha256).digest()


def _mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def load_secret(configured: str, data_dir: Path) -> bytes:
    """`[web] secret` when set; else the key in `data_dir/web-secret`, created once with
    mode 0600. It is written to a temporary file and linked into place, so two instances
    starting together end up with one complete key."""
    if configured:
        return configured.encode("utf-8")
    path = data_dir / SECRET_FILE
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    # A key another user planted would let them sign links (review 21): the folder must
    # be the service user's, not writable by all, and the key its own regular file.
    check_own_dir(data_dir)
    if not check_own_file(path):
        tmp = data_dir / f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_hex(32).encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
            log.info("generated the link-signing key", extra={"fields": {"path": str(path)}})
        except FileExistsError:
            pass  # another instance was first: use its key
        finally:
            tmp.unlink()
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("link-signing key was readable by others; mode set to 600",
                    extra={"fields": {"path": str(path)}})
        os.chmod(path, 0o600)
    text = path.read_text(encoding="ascii").strip()
    if len(text) < 32:
        raise ValueError(f"{path}: the link-signing key is too short; delete the file")
    return text.encode("ascii")
