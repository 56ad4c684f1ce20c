"""TLS on both sides, with certificates from trustme: client→guard STARTTLS and implicit
TLS, guard→upstream STARTTLS and implicit TLS with certificate verification."""

from __future__ import annotations

import ssl
from pathlib import Path

import aiosmtplib
import pytest
import trustme

from proxy import replies
from proxy.capture import start_capture
from proxy.service import StartupError, running
from tests.conftest import make_settings
from tests.peers import RawClient, ScriptedHandler

MSG = b"From: a@example.com\r\nTo: b@partner.example\r\nSubject: tls\r\n\r\nbody\r\n"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def certs(ca: trustme.CA, tmp_path: Path) -> dict[str, str]:
    cert = ca.issue_cert("guard.test", "127.0.0.1", "localhost")
    paths = {"cert": tmp_path / "cert.pem", "key": tmp_path / "key.pem", "ca": tmp_path / "ca.pem"}
    cert.cert_chain_pems[0].write_to_path(str(paths["cert"]))
    cert.private_key_pem.write_to_path(str(paths["key"]))
    ca.cert_pem.write_to_path(str(paths["ca"]))
    return {k: str(v) for k, v in paths.items()}


def server_ctx(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


def client_ctx(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


async def test_client_starttls_and_required_tls(
    ca: trustme.CA, certs: dict[str, str], upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, port = upstream
    settings = make_settings(
        port, smtp={"tls_cert": certs["cert"], "tls_key": certs["key"], "require_tls": True}
    )
    async with running(settings) as svc:
        # Without STARTTLS the guard refuses to go on (RFC 3207 §4).
        raw = await RawClient.connect("127.0.0.1", svc.smtp_address[1])
        await raw.reply()
        code, text = await raw.cmd("EHLO client.test")
        assert code == 250 and "STARTTLS" in text
        code, _ = await raw.cmd("MAIL FROM:<a@example.com>")
        assert code == 530
        await raw.close()

        client = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=svc.smtp_address[1], start_tls=True,
            tls_context=client_ctx(ca),
        )
        async with client:
            assert client.get_transport_info("sslcontext") is not None
            await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    assert len(handler.messages) == 1
    assert b"with ESMTPS id" in handler.messages[0].data


async def test_implicit_tls_listener(
    ca: trustme.CA, certs: dict[str, str], upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, port = upstream
    settings = make_settings(
        port,
        smtp={"tls_cert": certs["cert"], "tls_key": certs["key"], "tls_listen": "127.0.0.1:0"},
    )
    async with running(settings) as svc:
        assert svc.smtps_address is not None
        client = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=svc.smtps_address[1], use_tls=True,
            tls_context=client_ctx(ca),
        )
        async with client:
            await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    assert b"with ESMTPS id" in handler.messages[0].data


async def test_upstream_starttls_verified(ca: trustme.CA, certs: dict[str, str]) -> None:
    handler = ScriptedHandler()
    server, port = await start_capture(
        handler, tls_context=server_ctx(ca), require_starttls=True
    )
    try:
        settings = make_settings(port, upstream={"tls": "starttls", "ca_file": certs["ca"]})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    finally:
        server.close()
    assert handler.tls_sessions == [True]


async def test_upstream_certificate_not_trusted_gives_4xx(ca: trustme.CA) -> None:
    handler = ScriptedHandler()
    server, port = await start_capture(handler, tls_context=server_ctx(ca), require_starttls=True)
    try:
        # No ca_file: the system store does not know our test CA, verification fails.
        settings = make_settings(port, upstream={"tls": "starttls"})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                with pytest.raises(aiosmtplib.SMTPDataError) as err:
                    await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    finally:
        server.close()
    assert f"{err.value.code} {err.value.message}" == replies.UPSTREAM_UNAVAILABLE
    assert handler.messages == []


async def test_required_starttls_never_skipped(certs: dict[str, str]) -> None:
    handler = ScriptedHandler()
    server, port = await start_capture(handler)  # offers no STARTTLS
    try:
        settings = make_settings(port, upstream={"tls": "starttls", "ca_file": certs["ca"]})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                with pytest.raises(aiosmtplib.SMTPDataError) as err:
                    await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    finally:
        server.close()
    assert err.value.code == 451
    assert handler.messages == []


async def test_upstream_implicit_tls(ca: trustme.CA, certs: dict[str, str]) -> None:
    handler = ScriptedHandler()
    server, port = await start_capture(handler, ssl=server_ctx(ca))
    try:
        settings = make_settings(port, upstream={"tls": "tls", "ca_file": certs["ca"]})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    finally:
        server.close()
    assert len(handler.messages) == 1


async def test_upstream_auth_over_starttls(ca: trustme.CA, certs: dict[str, str]) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"relay-secret")

    handler = ScriptedHandler()
    server, port = await start_capture(
        handler, tls_context=server_ctx(ca), require_starttls=True,
        authenticator=authenticator, auth_required=True,
    )
    try:
        settings = make_settings(port, upstream={
            "tls": "starttls", "ca_file": certs["ca"], "username": "relay@example.com",
            "password": "relay-secret"})
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                await client.sendmail("a@example.com", ["b@partner.example"], MSG)
    finally:
        server.close()
    assert logins == [(b"relay@example.com", b"relay-secret")]
    assert handler.tls_sessions == [True] and len(handler.messages) == 1


class CertRecorder(ScriptedHandler):
    """Records the client certificate each TLS session showed (None: none shown)."""

    def __init__(self) -> None:
        super().__init__()
        self.peer_names: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        cert = (session.ssl or {}).get("peercert") or {}
        self.peer_names.append([v for _k, v in cert.get("subjectAltName", ())])
        return await super().handle_DATA(server, session, envelope)


def demanding_ctx(ca: trustme.CA) -> ssl.SSLContext:
    """An upstream that only talks to clients with a certificate from our CA (as a
    Microsoft 365 inbound connector set to check the sender's certificate)."""
    ctx = server_ctx(ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ca.configure_trust(ctx)
    return ctx


async def test_upstream_client_certificate(ca: trustme.CA, certs: dict[str, str],
                                           tmp_path: Path) -> None:
    mine = ca.issue_cert("guard.example.co.jp")
    mine.cert_chain_pems[0].write_to_path(str(tmp_path / "client.pem"))
    mine.private_key_pem.write_to_path(str(tmp_path / "client.key"))
    handler = CertRecorder()
    server, port = await start_capture(handler, tls_context=demanding_ctx(ca),
                                       require_starttls=True)
    try:
        # Relative names: found next to the config file, like every path in it.
        settings = make_settings(port, upstream={
            "tls": "starttls", "ca_file": certs["ca"],
            "client_cert": "client.pem", "client_key": "client.key"})
        settings.source = str(tmp_path / "config.toml")
        async with running(settings) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                await client.sendmail("a@example.com", ["b@partner.example"], MSG)
        # Without one, the same upstream will not take the message: 451, nothing sent.
        plain = make_settings(port, upstream={"tls": "starttls", "ca_file": certs["ca"]})
        async with running(plain) as svc:
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
            async with client:
                with pytest.raises(aiosmtplib.SMTPDataError) as err:
                    await client.sendmail("a@example.com", ["b@partner.example"], MSG)
        assert f"{err.value.code} {err.value.message}" == replies.UPSTREAM_UNAVAILABLE
    finally:
        server.close()
    assert handler.peer_names == [["guard.example.co.jp"]]
    assert len(handler.messages) == 1


async def test_upstream_tls_files_that_cannot_load_stop_the_start(
    ca: trustme.CA, tmp_path: Path
) -> None:
    """Each unusable file is named; an encrypted key fails at once (OpenSSL would
    otherwise ask for its passphrase on the terminal)."""
    from cryptography.hazmat.primitives import serialization

    mine = ca.issue_cert("guard.example.co.jp")
    mine.cert_chain_pems[0].write_to_path(str(tmp_path / "client.pem"))
    key = serialization.load_pem_private_key(mine.private_key_pem.bytes(), password=None)
    (tmp_path / "locked.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret")))
    (tmp_path / "junk.pem").write_text("not a certificate\n")
    cases = [
        ({"client_cert": "junk.pem", "client_key": "junk.pem"},
         r"\[upstream\] client_cert .*junk\.pem / client_key .*: cannot load"),
        ({"client_cert": "client.pem", "client_key": "locked.key"},
         r"\[upstream\] client_key .*locked\.key: the key is protected by a passphrase"),
        ({"ca_file": "missing-ca.pem"}, r"\[upstream\] ca_file .*missing-ca\.pem: cannot load"),
    ]
    for upstream, error in cases:
        settings = make_settings(1, upstream={"tls": "starttls", **upstream})
        settings.source = str(tmp_path / "config.toml")
        with pytest.raises(StartupError, match=error):
            async with running(settings):
                pass
