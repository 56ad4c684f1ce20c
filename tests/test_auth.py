"""SMTP AUTH: success, failure, TLS required away from this machine, guessing slowed."""

from __future__ import annotations

import asyncio
import base64
import ssl
from pathlib import Path

import aiosmtplib
import pytest
import trustme

from proxy import replies
from proxy.auth import add_user, load_users, remove_user
from proxy.service import running
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler

MSG = b"From: a@example.com\r\nTo: b@partner.example\r\nSubject: auth\r\n\r\nbody\r\n"
# A second loopback address stands in for a client on another machine.
REMOTE = ("127.0.0.2", 0)


def plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[trustme.CA, dict[str, str]]:
    ca = trustme.CA()
    cert = ca.issue_cert("guard.test", "127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    return ca, {"tls_cert": str(tmp_path / "cert.pem"), "tls_key": str(tmp_path / "key.pem")}


@pytest.fixture
def users_file(tmp_path: Path) -> str:
    path = tmp_path / "users"
    add_user(path, "scanner", "s3cret-Passw0rd")
    return str(path)


def test_users_file_is_private_and_verifies(users_file: str) -> None:
    assert Path(users_file).stat().st_mode & 0o777 == 0o600
    users = load_users(users_file)
    assert users.verify("scanner", "s3cret-Passw0rd")
    assert not users.verify("scanner", "wrong")
    assert not users.verify("nobody", "s3cret-Passw0rd")
    assert "s3cret" not in Path(users_file).read_text()


async def test_auth_success_lets_a_remote_client_relay(
    users_file: str, tls_files: tuple[trustme.CA, dict[str, str]],
    upstream: tuple[ScriptedHandler, int],
) -> None:
    ca, tls = tls_files
    handler, port = upstream
    settings = make_settings(
        port, smtp={"users_file": users_file, "allowed_networks": ["127.0.0.1/32"], **tls}
    )
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    async with running(settings) as svc:
        client = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=svc.smtp_address[1], source_address=REMOTE,
            start_tls=True, tls_context=ctx,
        )
        async with client:
            await client.login("scanner", "s3cret-Passw0rd")
            await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    assert len(handler.messages) == 1
    assert b"with ESMTPSA id" in handler.messages[0].data


async def test_auth_failure(users_file: str, upstream: tuple[ScriptedHandler, int]) -> None:
    settings = make_settings(upstream[1], smtp={"users_file": users_file})
    async with running(settings) as svc:
        assert svc.handler is not None
        svc.handler.AUTH_FAILURE_DELAY = 0.01
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        code, text = await raw.cmd("EHLO client.test")
        # loopback: cleartext AUTH is allowed; exactly the two mechanisms (a helper
        # method named auth_* was once offered as a third, and crashed when chosen)
        assert [ln for ln in text.splitlines() if ln.startswith("AUTH")] == ["AUTH LOGIN PLAIN"]
        code, _text = await raw.cmd("AUTH ALLOWED_HERE")
        assert code == 504  # RFC 4954 §4: unrecognized mechanism, not an internal error
        code, text = await raw.cmd("AUTH PLAIN " + plain("scanner", "wrong"))
        assert f"{code} {text}" == replies.AUTH_INVALID
        code, text = await raw.cmd("AUTH PLAIN " + plain("scanner", "s3cret-Passw0rd"))
        assert f"{code} {text}" == replies.AUTH_OK
        await raw.close()


async def test_auth_refused_without_tls_from_another_host(
    users_file: str, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, port = upstream
    settings = make_settings(
        port, smtp={"users_file": users_file, "allowed_networks": ["127.0.0.1/32"]}
    )
    async with running(settings) as svc:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1], local_addr=REMOTE)
        await raw.reply()
        code, text = await raw.cmd("EHLO client.test")
        assert code == 250 and "AUTH" not in text  # not even offered in the clear
        code, text = await raw.cmd("AUTH PLAIN " + plain("scanner", "s3cret-Passw0rd"))
        assert f"{code} {text}" == replies.ENCRYPTION_REQUIRED_FOR_AUTH
        code, text = await raw.cmd("MAIL FROM:<a@example.com>")
        assert f"{code} {text}" == replies.AUTH_REQUIRED
        await raw.close()
    assert handler.messages == []


async def test_auth_guessing_is_limited(
    users_file: str, upstream: tuple[ScriptedHandler, int]
) -> None:
    settings = make_settings(upstream[1], smtp={"users_file": users_file})
    async with running(settings) as svc:
        assert svc.handler is not None
        svc.handler.AUTH_FAILURE_DELAY = 0.01
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        await raw.cmd("EHLO client.test")
        for i in range(svc.handler.AUTH_FAILURE_LIMIT):
            code, _ = await raw.cmd("AUTH PLAIN " + plain("scanner", f"guess{i}"))
            assert code == 535
        # Even the right password is refused now: the address is locked out for a while.
        code, text = await raw.cmd("AUTH PLAIN " + plain("scanner", "s3cret-Passw0rd"))
        assert f"{code} {text}" == replies.AUTH_TOO_MANY_FAILURES
        await raw.close()


async def test_no_users_no_auth(upstream: tuple[ScriptedHandler, int]) -> None:
    async with running(make_settings(upstream[1])) as svc:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        _code, text = await raw.cmd("EHLO client.test")
        assert "AUTH" not in text
        code, text = await raw.cmd("AUTH PLAIN " + plain("x", "y"))
        assert f"{code} {text}" == replies.AUTH_UNAVAILABLE
        await raw.close()


async def test_users_file_changes_apply_without_a_restart(
    users_file: str, upstream: tuple[ScriptedHandler, int], caplog: pytest.LogCaptureFixture
) -> None:
    """A user added, removed, or a broken edit: seen at the next AUTH after a second."""
    settings = make_settings(upstream[1], smtp={"users_file": users_file})

    async def auth(user: str, password: str) -> int:
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        await raw.cmd("EHLO client.test")
        code, _ = await raw.cmd("AUTH PLAIN " + plain(user, password))
        await raw.close()
        return code

    async with running(settings) as svc:
        assert svc.handler is not None
        svc.handler.AUTH_FAILURE_DELAY = 0.01
        svc.handler._users.check_every = 0.05  # type: ignore[union-attr]
        assert await auth("scanner", "s3cret-Passw0rd") == 235
        add_user(users_file, "printer", "pr1nter-Passw0rd")
        await asyncio.sleep(0.1)
        assert await auth("printer", "pr1nter-Passw0rd") == 235
        assert remove_user(users_file, "scanner")
        await asyncio.sleep(0.1)
        assert await auth("scanner", "s3cret-Passw0rd") == 535  # a departed employee
        # A hand edit that removes a user and breaks a line: the removal still holds,
        # the broken line drops only its own user.
        add_user(users_file, "fax", "f4x-Passw0rd")
        text = open(users_file).read()
        with open(users_file, "w") as fh:
            fh.write("".join(line + "\n" for line in text.splitlines()
                             if not line.startswith("fax:")) + "broken line\n")
        await asyncio.sleep(0.1)
        assert await auth("fax", "f4x-Passw0rd") == 535
        assert await auth("printer", "pr1nter-Passw0rd") == 235
        assert "line skipped" in caplog.text
        # Bytes that are not UTF-8: never an error in the session; the users last read.
        with open(users_file, "ab") as fh:
            fh.write(b"# jos\xe9 left\n")
        await asyncio.sleep(0.1)
        assert await auth("printer", "pr1nter-Passw0rd") == 235
        assert "users file not reloaded" in caplog.text


async def test_a_session_of_a_removed_user_relays_nothing_more(
    users_file: str, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, port = upstream
    # No allowed network: relaying needs the login (cleartext AUTH is fine on loopback).
    settings = make_settings(port, smtp={"users_file": users_file, "allowed_networks": []})
    async with running(settings) as svc:
        assert svc.handler is not None
        svc.handler._users.check_every = 0.05  # type: ignore[union-attr]
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        await raw.cmd("EHLO client.test")
        code, _ = await raw.cmd("AUTH PLAIN " + plain("scanner", "s3cret-Passw0rd"))
        assert code == 235
        for line in ("MAIL FROM:<a@example.com>", "RCPT TO:<b@example.com>", "DATA"):
            await raw.cmd(line)
        code, _ = await raw.cmd("Subject: first\r\n\r\nbody\r\n.")
        assert code == 250
        remove_user(users_file, "scanner")
        await asyncio.sleep(0.1)
        code, text = await raw.cmd("MAIL FROM:<a@example.com>")
        assert f"{code} {text}" == replies.AUTH_REQUIRED
        await raw.close()
    assert len(handler.messages) == 1
