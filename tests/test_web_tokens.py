"""Link tokens, form nonces and admin sessions (proxy.tokens), and the signing key."""

from __future__ import annotations

import base64
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from proxy.tokens import APPROVER, SENDER, FormCheck, Tokens, load_secret

KEY = b"k" * 32


def test_link_round_trip_and_url_safe() -> None:
    t = Tokens(KEY)
    token = t.link("ABCDEFGHJKMN", APPROVER, time.time() + 60, approver=2)
    assert token.replace("-", "").replace("_", "").isalnum()  # base64url, no padding
    link = t.verify_link(token)
    assert link is not None
    assert (link.queue_id, link.audience, link.approver) == ("ABCDEFGHJKMN", APPROVER, 2)


def test_every_altered_byte_is_refused() -> None:
    t = Tokens(KEY)
    token = t.link("ABCDEFGHJKMN", SENDER, time.time() + 60)
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    for i in range(len(raw)):
        changed = bytearray(raw)
        changed[i] ^= 0x01
        forged = base64.urlsafe_b64encode(bytes(changed)).rstrip(b"=").decode()
        assert t.verify_link(forged) is None, i
    assert t.verify_link(token[:-1]) is None
    assert t.verify_link(token + "A") is None
    assert t.verify_link("") is None and t.verify_link("!" * 40) is None


def test_another_key_expiry_and_audience() -> None:
    t = Tokens(KEY)
    other = Tokens(b"o" * 32)
    token = t.link("Q1", SENDER, time.time() + 60)
    assert other.verify_link(token) is None
    assert t.verify_link(t.link("Q1", SENDER, time.time() - 1)) is None
    sender = t.verify_link(token)
    assert sender is not None and sender.audience == SENDER


def test_form_nonce_is_bound_timed_and_signed() -> None:
    t = Tokens(KEY)
    now = 1_000_000.0
    nonce = t.form("link-A", now=now)
    assert t.verify_form("link-A", nonce, now=now + 0.1) == FormCheck.OK
    assert t.verify_form("link-B", nonce, now=now + 3) == FormCheck.INVALID
    assert t.verify_form("link-A", nonce, now=now + 0.5, min_age=2) == FormCheck.TOO_SOON
    assert t.verify_form("link-A", nonce, now=now + 2.5, min_age=2) == FormCheck.OK
    assert t.verify_form("link-A", nonce, now=now + 13 * 3600) == FormCheck.STALE
    assert t.verify_form("link-A", "", now=now) == FormCheck.INVALID
    # A link token is no form nonce, and the other way round (separate derived keys).
    link = t.link("Q1", SENDER, now + 60)
    assert t.verify_form("link-A", link, now=now) == FormCheck.INVALID
    assert t.verify_link(nonce) is None
    assert Tokens(b"o" * 32).verify_form("link-A", nonce, now=now + 3) == FormCheck.INVALID


def test_admin_session() -> None:
    t = Tokens(KEY)
    s = t.session(now=1000.0)
    assert t.verify_session(s, 3600, now=1500.0)
    assert not t.verify_session(s, 3600, now=5000.0)
    assert not Tokens(b"o" * 32).verify_session(s, 3600, now=1500.0)
    assert not t.verify_session(s[:-2] + "AA", 3600, now=1500.0)


def test_secret_is_generated_once_with_mode_0600(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = load_secret("", data)
    path = data / "web-secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret("", data) == first and len(first) >= 32
    assert load_secret("x" * 40, data) == b"x" * 40  # configured wins
    os.chmod(path, 0o644)
    assert load_secret("", data) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # tightened


def test_instances_starting_together_share_one_key(tmp_path: Path) -> None:
    results: list[bytes] = []
    barrier = threading.Barrier(8)

    def start() -> None:
        barrier.wait()
        results.append(load_secret("", tmp_path))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(set(results)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["web-secret"]  # no temporary files left


def test_a_short_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "web-secret").write_text("short")
    with pytest.raises(ValueError, match="too short"):
        load_secret("", tmp_path)
