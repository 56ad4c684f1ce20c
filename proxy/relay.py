"""Delivery to the upstream mail server, over a bounded pool of reused connections.

Opening a connection (TCP, greeting, EHLO, STARTTLS, AUTH) is the main cost of a
relay, so connections are kept and reused across messages: after a completed
transaction the SMTP session is back in its initial state (RFC 5321 §4.1.4), after a
refused one we send RSET. Each delivery reports, per recipient, what the upstream said.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import ssl
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib

from proxy.config import UpstreamConfig
from proxy.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from proxy.transparency import PIECE, stuff

log = logging.getLogger("mailguard.relay")


@dataclass(frozen=True)
class Reply:
    code: int
    text: str

    @property
    def transient(self) -> bool:
        return 400 <= self.code < 500

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def __str__(self) -> str:
        # Multi-line upstream replies are folded: we answer our client in one line.
        text = " ".join(self.text.split())
        return f"{self.code} {text}".strip()


@dataclass
class DeliveryResult:
    """What the upstream said. `reply` is the transaction's final word: the reply to the
    end of DATA when any recipient was accepted, else the MAIL or RCPT refusal."""

    reply: Reply
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, Reply] = field(default_factory=dict)

    @property
    def delivered(self) -> bool:
        return bool(self.accepted) and self.reply.code < 400


def needs_smtputf8(
    mail_from: str, rcpt_tos: list[str] | tuple[str, ...], data: bytes, declared: bool = False
) -> bool:
    """RFC 6531 §3.4: SMTPUTF8 is needed for non-ASCII envelope addresses, and for raw
    UTF-8 headers when the client itself declared it. (Raw 8-bit headers from a client
    that did not declare SMTPUTF8 are common and go on as 8BITMIME, as they came.)"""
    if not (mail_from.isascii() and all(r.isascii() for r in rcpt_tos)):
        return True
    if not declared:
        return False
    end = data.find(b"\r\n\r\n")
    header_block = data if end < 0 else data[:end]
    return not header_block.isascii()


class TlsFileError(ValueError):
    """A certificate, key or CA file named in the config cannot be used (says which)."""


def no_passphrase() -> bytes:
    # Given to load_cert_chain so that an encrypted key fails at once instead of
    # OpenSSL asking for its passphrase on the terminal (or hanging without one).
    raise TlsFileError("the key is protected by a passphrase: give it unencrypted "
                       "(mode 0600, readable by the service user only)")


def tls_context(
    cfg: UpstreamConfig, resolve: Callable[[str], Path] = Path
) -> ssl.SSLContext | None:
    """The client TLS context for the upstream (None for tls = "none"); file names in
    the config are resolved with `resolve` (relative to the config file). Raises
    TlsFileError naming the key and file that cannot be used."""
    if cfg.tls == "none":
        return None
    cafile = resolve(cfg.ca_file) if cfg.ca_file else None
    try:
        ctx = ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise TlsFileError(f"ca_file {cafile}: cannot load: {exc}") from None
    if not cfg.verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if cfg.client_cert:
        cert, key = resolve(cfg.client_cert), resolve(cfg.client_key)
        try:
            ctx.load_cert_chain(cert, key, password=no_passphrase)
        except TlsFileError as exc:
            raise TlsFileError(f"client_key {key}: {exc}") from None
        except (OSError, ssl.SSLError) as exc:
            raise TlsFileError(f"client_cert {cert} / client_key {key}: cannot load: {exc}") from None
    return ctx


class _Conn:
    __slots__ = ("client", "last_used", "uses")

    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self.client = client
        self.last_used = time.monotonic()
        self.uses = 0


class Upstream:
    """The upstream server and the pool of connections to it."""

    def __init__(
        self, cfg: UpstreamConfig, *, local_hostname: str, tls: ssl.SSLContext | None = None
    ) -> None:
        if cfg.username and cfg.tls == "none":
            # Never send credentials in clear text (RFC 4954 §4); config validation
            # reports this earlier, this is the last line of defence.
            raise ValueError("[upstream] username is set but [upstream] tls is none")
        self.cfg = cfg
        self.local_hostname = cfg.helo_name or local_hostname
        self._idle: deque[_Conn] = deque()
        self._slots = asyncio.Semaphore(cfg.pool_size)
        self._tls = tls if tls is not None else tls_context(cfg)
        self._reaper: asyncio.Task[None] | None = None
        self.connections_opened = 0
        self.deliveries = 0

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> None:
        if self._reaper is None:
            self._reaper = asyncio.get_running_loop().create_task(self._reap_idle())

    async def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
            self._reaper = None
        while self._idle:
            await self._quit(self._idle.popleft())

    async def _reap_idle(self) -> None:
        while True:
            await asyncio.sleep(max(1.0, self.cfg.pool_idle / 2))
            now = time.monotonic()
            keep: deque[_Conn] = deque()
            stale: list[_Conn] = []
            while self._idle:
                conn = self._idle.popleft()
                (stale if now - conn.last_used > self.cfg.pool_idle else keep).append(conn)
            self._idle.extend(keep)
            for conn in stale:
                await self._quit(conn)

    async def _quit(self, conn: _Conn) -> None:
        with contextlib.suppress(Exception):
            async with asyncio.timeout(2):
                await conn.client.quit()
        conn.client.close()

    # -- connections -----------------------------------------------------------------

    async def _connect(self) -> _Conn:
        cfg = self.cfg
        client = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            local_hostname=self.local_hostname,
            use_tls=cfg.tls == "tls",
            # True means required: aiosmtplib raises if the server does not offer
            # STARTTLS, so a configured STARTTLS is never silently skipped.
            start_tls=True if cfg.tls == "starttls" else False,
            tls_context=self._tls,
            username=cfg.username or None,
            password=cfg.password.get_secret_value() or None,
            timeout=cfg.connect_timeout,
        )
        try:
            await client.connect()
            if client.is_ehlo_or_helo_needed:
                await client.ehlo()  # we need its extensions before MAIL
        except aiosmtplib.SMTPTimeoutError as exc:
            client.close()
            raise UpstreamTimeout(f"connect to {cfg.host}:{cfg.port}: {exc}") from exc
        except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
            client.close()
            raise UpstreamUnavailable(f"connect to {cfg.host}:{cfg.port}: {exc}") from exc
        self.connections_opened += 1
        return _Conn(client)

    def _take_idle(self) -> _Conn | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()  # most recently used first: least likely to be stale
            if conn.client.is_connected and now - conn.last_used <= self.cfg.pool_idle:
                return conn
            conn.client.close()
        return None

    def _give_back(self, conn: _Conn) -> None:
        conn.last_used = time.monotonic()
        conn.uses += 1
        if conn.client.is_connected:
            self._idle.append(conn)

    # -- delivery --------------------------------------------------------------------

    async def deliver(
        self,
        mail_from: str,
        rcpt_tos: list[str] | tuple[str, ...],
        data: bytes,
        *,
        eight_bit: bool = False,
        smtputf8: bool = False,
    ) -> DeliveryResult:
        """Send one message. Raises UpstreamError when no SMTP answer could be had."""
        try:
            async with asyncio.timeout(self.cfg.timeout), self._slots:
                return await self._deliver(
                    mail_from, list(rcpt_tos), data, eight_bit, smtputf8
                )
        except TimeoutError as exc:
            if isinstance(exc, UpstreamError):
                raise
            raise UpstreamTimeout(f"delivery took longer than {self.cfg.timeout:g}s") from exc

    async def _deliver(
        self, mail_from: str, rcpt_tos: list[str], data: bytes, eight_bit: bool, declared: bool
    ) -> DeliveryResult:
        conn = self._take_idle()
        reused = conn is not None
        if conn is None:
            conn = await self._connect()
        try:
            try:
                result = await self._transaction(
                    conn.client, mail_from, rcpt_tos, data, eight_bit, declared
                )
            except _Stale:
                # A pooled connection the server had already dropped (idle timeout, 421):
                # nothing of this message was sent yet, so a fresh connection is safe.
                if not reused:
                    raise UpstreamUnavailable("upstream closed the connection") from None
                conn.client.close()
                conn = await self._connect()
                result = await self._transaction(
                    conn.client, mail_from, rcpt_tos, data, eight_bit, declared
                )
        except BaseException:
            conn.client.close()
            raise
        self.deliveries += 1
        self._give_back(conn)
        return result

    async def _transaction(
        self,
        client: aiosmtplib.SMTP,
        mail_from: str,
        rcpt_tos: list[str],
        data: bytes,
        eight_bit: bool,
        declared: bool,
    ) -> DeliveryResult:
        smtputf8 = needs_smtputf8(mail_from, rcpt_tos, data, declared)
        encoding = "utf-8" if smtputf8 else "ascii"
        options: list[str] = []
        if smtputf8:
            if not client.supports_extension("smtputf8"):
                return DeliveryResult(
                    Reply(553, "5.6.7 Upstream does not support SMTPUTF8 addresses"),
                    refused={
                        r: Reply(553, "5.6.7 Upstream does not support SMTPUTF8") for r in rcpt_tos
                    },
                )
            options.append("SMTPUTF8")
        if (eight_bit or not data.isascii()) and client.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")  # RFC 6152
        if client.supports_extension("size"):
            options.append(f"SIZE={len(data)}")  # RFC 1870: lets the upstream refuse early

        try:
            try:
                await client.mail(mail_from, options=options, encoding=encoding)
            except aiosmtplib.SMTPServerDisconnected as exc:
                raise _Stale from exc
            except aiosmtplib.SMTPSenderRefused as exc:
                if exc.code == 421:
                    raise _Stale from exc
                await self._rset(client)
                reply = Reply(exc.code, exc.message)
                return DeliveryResult(reply, refused=dict.fromkeys(rcpt_tos, reply))

            accepted: list[str] = []
            refused: dict[str, Reply] = {}
            for rcpt in rcpt_tos:
                try:
                    await _rcpt(client, rcpt, encoding)
                    accepted.append(rcpt)
                except aiosmtplib.SMTPRecipientRefused as exc:
                    refused[rcpt] = Reply(exc.code, exc.message)
            if not accepted:
                await self._rset(client)
                # All refused: a transient refusal anywhere makes the whole answer
                # transient, so the client retries rather than bouncing.
                replies = list(refused.values())
                reply = next((r for r in replies if r.transient), replies[0])
                return DeliveryResult(reply, refused=refused)

            try:
                response = await _send_data(client, data)
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError) as exc:
                err: UpstreamError = (
                    UpstreamTimeout(f"upstream: {exc}")
                    if isinstance(exc, aiosmtplib.SMTPTimeoutError)
                    else UpstreamUnavailable(f"upstream: {exc}")
                )
                err.maybe_delivered = True
                raise err from exc
            except aiosmtplib.SMTPDataError as exc:
                await self._rset(client)
                reply = Reply(exc.code, exc.message)
                return DeliveryResult(reply, refused={r: reply for r in rcpt_tos})
            return DeliveryResult(
                Reply(response.code, response.message), accepted=accepted, refused=refused
            )
        except aiosmtplib.SMTPTimeoutError as exc:
            raise UpstreamTimeout(str(exc)) from exc
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPResponseException, OSError) as exc:
            raise UpstreamUnavailable(f"upstream: {exc}") from exc

    async def _rset(self, client: aiosmtplib.SMTP) -> None:
        try:
            await client.rset()
        except Exception:  # a connection that cannot RSET is not returned to the pool
            client.close()

    async def check(self) -> bool:
        """Can a connection be opened (and the server greet us)? For /healthz."""
        try:
            async with asyncio.timeout(self.cfg.connect_timeout):
                conn = await self._connect()
        except (UpstreamError, TimeoutError):
            return False
        await self._quit(conn)
        return True


# A plain dot-atom address (RFC 5321 §4.1.2 Dot-string) at a hostname: what
# aiosmtplib's quote_address would return unchanged, in angle brackets.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\Z"
)


async def _rcpt(client: aiosmtplib.SMTP, rcpt: str, encoding: str) -> aiosmtplib.SMTPResponse:
    """`client.rcpt(rcpt)`, without running a plain address through email.utils.parseaddr
    (aiosmtplib's quote_address: 7 % of the guard's CPU with 10 recipients a message)."""
    if _PLAIN_ADDRESS.match(rcpt) is None:
        return await client.rcpt(rcpt, encoding=encoding)
    response = await client.execute_command(b"RCPT", b"TO:<" + rcpt.encode("ascii") + b">")
    if response.code not in (250, 251):  # RFC 5321 §4.1.1.3
        raise aiosmtplib.SMTPRecipientRefused(response.code, response.message, rcpt)
    return response


async def _send_data(client: aiosmtplib.SMTP, data: bytes) -> aiosmtplib.SMTPResponse:
    """`client.data(data)`, with the dot-stuffing done by one bytes.replace: aiosmtplib
    rewrites line ends and stuffs with two regex passes that cost ~2 ms on a 100 KB
    message (on the event loop). A message with a bare CR or LF still goes through
    `client.data`, which rewrites them to CRLF (RFC 5321 §2.3.8) before stuffing."""
    # A big message is stuffed in a worker thread, a piece at a time (transparency.PIECE).
    wire = stuff(data) if len(data) <= 2 * PIECE else await asyncio.to_thread(stuff, data)
    if wire is None or client.protocol is None:
        return await client.data(data)
    start = await client.execute_command(b"DATA")
    if start.code != 354:  # RFC 5321 §4.1.1.4: 354, then the data
        raise aiosmtplib.SMTPDataError(start.code, start.message)
    protocol = client.protocol
    if protocol is None:  # execute_command closed it (a 421)
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    try:
        # write() never yields, and read_response() marks a reply as expected before
        # it waits: the server's answer cannot arrive unasked (aiosmtplib's own order).
        protocol.write(wire)
        response = await protocol.read_response(timeout=client.timeout)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError):
        client.close()  # as client.data does: the session is out of step
        raise
    if response.code != 250:
        raise aiosmtplib.SMTPDataError(response.code, response.message)
    return response


class _Stale(Exception):
    """A reused connection turned out to be dead before anything was sent."""
