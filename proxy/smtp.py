"""The SMTP listener: who may relay, limits, and handing each message to the pipeline.

One handler object with aiosmtpd's `handle_<VERB>` hooks, and a thin SMTP subclass for
what hooks cannot do (session limit, AUTH policy, the processing deadline). The server
runs inside our own event loop via `loop.create_server`, never aiosmtpd's threaded
Controller, and gets `hostname=` so nothing calls the blocking `socket.getfqdn()`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import inspect
import ipaddress
import logging
import os
import re
import secrets
import ssl
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email._header_value_parser import get_addr_spec, get_angle_addr
from email.errors import HeaderParseError
from typing import Any, ClassVar, Protocol

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session, syntax

from proxy import replies
from proxy.auth import Users, UsersFile
from proxy.config import SmtpConfig
from proxy.smtp_data import BulkData

log = logging.getLogger("mailguard.smtp")

_RECEIVED = re.compile(rb"^received:", re.IGNORECASE | re.MULTILINE)
# A plain path: dot-atom local part (RFC 5322 §3.2.3 atext) @ a hostname, in brackets.
_SIMPLE_PATH = re.compile(
    r"\s*<([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>"
    r"(.*)\Z",
    re.DOTALL,
)
_QID_ALPHABET = "0123456789BCDFGHJKLMNPQRSTVWXZ"


def new_queue_id() -> str:
    """A short id for logs and replies: time-ordered prefix, random tail (one urandom
    call: secrets.choice per character was 5% of the CPU per message)."""
    t = int(time.time() * 1000)
    head = ""
    for _ in range(7):
        t, r = divmod(t, len(_QID_ALPHABET))
        head = _QID_ALPHABET[r] + head
    n = int.from_bytes(os.urandom(4), "big")
    tail = ""
    for _ in range(5):
        n, r = divmod(n, len(_QID_ALPHABET))
        tail += _QID_ALPHABET[r]
    return head + tail


def header_block(data: bytes) -> bytes:
    end = data.find(b"\r\n\r\n")
    return data if end < 0 else data[: end + 2]


def count_received(data: bytes) -> int:
    return len(_RECEIVED.findall(header_block(data)))


@dataclass
class Transaction:
    """One message as received: what the pipeline gets after the end of DATA."""

    queue_id: str
    peer: str
    helo: str
    mail_from: str  # "" for the null reverse-path
    rcpt_tos: list[str]
    data: bytes  # exactly as the client sent it
    authenticated_as: str = ""
    trace: bytes = b""  # our Received: header, put in front of `data` when relayed
    tls: bool = False
    smtputf8: bool = False
    eight_bit: bool = False
    received_at: float = field(default_factory=time.time)
    @property
    def payload(self) -> bytes:
        """The bytes to relay: our trace header, then the client's bytes unchanged."""
        return self.trace + self.data

    # Filled in by the pipeline for the transaction's log line.
    log: dict[str, Any] = field(default_factory=dict)


class Processor(Protocol):
    async def process(self, tx: Transaction) -> str:
        """Decide, then relay / store / refuse; return the SMTP reply for the client."""
        ...


def _ip(peer: Any) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        addr = ipaddress.ip_address(peer[0] if isinstance(peer, tuple) else peer)
    except (ValueError, TypeError, IndexError):
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


SHUTTING_DOWN = (replies.SHUTTING_DOWN + "\r\n").encode("ascii")


class SessionCounter:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active = 0
        self.total = 0
        self.live: set[GuardSMTP] = set()
        self.closing = False

    def close_all(self) -> None:
        """Shutdown: every session left gets 421 (RFC 5321 §3.8) and is closed."""
        self.closing = True  # set already when the shutdown began (Service.shutdown)
        for proto in list(self.live):
            if proto.transport is not None and not proto.transport.is_closing():
                with contextlib.suppress(Exception):
                    proto.transport.write(SHUTTING_DOWN)
                proto.transport.close()


class GuardSMTP(BulkData, SMTP):
    """aiosmtpd's SMTP with the guard's session limit, AUTH policy and deadlines, and
    DATA read in bulk (proxy.smtp_data)."""

    def __init__(
        self,
        handler: GuardHandler,
        *,
        sessions: SessionCounter,
        implicit_tls: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, **kwargs)
        self._sessions = sessions
        self._counted = False
        self.allowed_network: bool | None = None  # GuardHandler.in_allowed_network
        self._implicit_tls = implicit_tls
        self.guard = handler

    # aiosmtpd's __init__ scans dir(self) and inspect.getmembers(self/handler) on every
    # connection to find the smtp_*/auth_*/handle_* methods. Only those names matter to
    # it; the full scan was a sixth of the guard's CPU in bench/relay.py.
    _dir_names: ClassVar[list[str] | None] = None

    def __dir__(self) -> list[str]:
        cls = type(self)
        names = cls.__dict__.get("_dir_names")
        if names is None:
            names = [n for n in super().__dir__() if n.startswith(("smtp_", "auth_"))]
            cls._dir_names = names
        return names

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        # aiosmtpd's own version, less the typing.Protocol class it defines on every
        # call (class creation was 4% of the guard's CPU per message in bench/relay.py).
        if not arg:
            return "", ""
        simple = _SIMPLE_PATH.match(arg)
        if simple:
            # The everyday `<local@domain>`: no need for the full RFC 5322 parser, which
            # was the costliest part of MAIL/RCPT.
            addr = simple.group(1)
            if self.local_part_limit and len(addr.rpartition("@")[0]) > self.local_part_limit:
                return None, None
            return addr, simple.group(2)
        try:
            if arg.lstrip().startswith("<"):
                address, rest = get_angle_addr(arg)
            else:
                address, rest = get_addr_spec(arg)
        except HeaderParseError:
            return None, None
        addr = address.addr_spec
        localpart = addr.rpartition("@")[0]
        if self.local_part_limit and len(localpart) > self.local_part_limit:
            return None, None
        return addr, rest

    # -- session limit ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self._original_transport is None and self.transport is None
        if first:
            self._sessions.total += 1
            self._sessions.active += 1
            self._sessions.live.add(self)
            self._counted = True
        super().connection_made(transport)
        if first:
            self._guard_line_endings()

    def _guard_line_endings(self) -> None:
        """Only CRLF ends a command line (RFC 5321 §2.3.8). aiosmtpd splits commands at
        a bare LF too, so `MAIL FROM:<a>\nRCPT TO:<b>` would be two commands; a line
        ending in a bare LF, or holding a bare CR, becomes the BADEOL command, refused."""
        reader = self._reader
        plain = reader.readuntil

        async def readuntil(separator: bytes = b"\n") -> bytes:
            try:
                line = await plain(separator)
            except asyncio.IncompleteReadError:
                # The client's side is closed (eof_received) and nothing complete is
                # left to read: end the session as aiosmtpd ends a lost connection.
                raise ConnectionResetError("end of input from the client") from None
            if separator == b"\n" and (
                not line.endswith(b"\r\n") or b"\r" in line[:-2]
            ):
                return b"BADEOL\r\n"
            return line

        reader.readuntil = readuntil  # type: ignore[method-assign]

    async def smtp_BADEOL(self, arg: str) -> None:
        await self.push(replies.BARE_CR_LF)

    def eof_received(self) -> bool | None:
        """The client closed its sending side. aiosmtpd cancels the session at once, so a
        client that pipelines its message and QUIT and then half-closes (it still reads
        the replies; PIPELINING, RFC 2920) lost its message with no reply. The commands
        that arrived are answered first; the session ends when they run out (the
        readuntil wrapper above). Over TLS there is no half-close: aiosmtpd's way."""
        if self.session is None or self.session.ssl is not None or self._handler_coroutine is None:
            return super().eof_received()
        log.debug("EOF from the client: answering what it sent", extra={"fields": {
            "client": self.peer_ip}})
        # StreamReaderProtocol's own: feed_eof to the reader, keep the transport open for
        # the replies (True).
        return asyncio.StreamReaderProtocol.eof_received(self)

    # Stopping: no new message starts (RFC 5321 §3.8: 421, then close), so the messages
    # already under way are what the shutdown grace waits for, not a steady stream.
    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_MAIL(self, arg: str | None) -> None:
        if self._sessions.closing:
            await self.push(replies.SHUTTING_DOWN)
            if self.transport is not None:
                self.transport.close()
            return
        await super().smtp_MAIL(arg)

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted:
            self._sessions.active -= 1
            self._sessions.live.discard(self)
            self._counted = False
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        if self._sessions.active > self._sessions.limit:
            log.warning(
                "session refused: too many sessions",
                extra={"fields": {"client": self.peer_ip, "limit": self._sessions.limit}},
            )
            await self.push(replies.TOO_MANY_SESSIONS)
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()

    # -- facts the handler asks for ------------------------------------------------------

    @property
    def peer_ip(self) -> str:
        ip = _ip(self.session.peer if self.session else None)
        return str(ip) if ip else "unknown"

    @property
    def is_tls(self) -> bool:
        if self._tls_protocol is not None:
            return True
        return self._implicit_tls

    # A message whose bytes are arriving is in flight as much as one being judged:
    # shutdown waits for both (GuardHandler.idle) within its grace.
    def data_started(self) -> None:
        self.guard.busy(+1)

    def data_ended(self) -> None:
        self.guard.busy(-1)

    def data_lost(self) -> None:
        log.info("connection lost during DATA", extra={"fields": {
            "client": self.session.peer[0] if self.session and self.session.peer else "",
            "cause": "guard stopping" if self._sessions.closing else "client gone"}})

    def extend_timeout(self, seconds: float) -> None:
        """Give the post-DATA processing its own budget (the idle timer would else
        still be counting from the DATA command)."""
        self._reset_timeout(seconds)

    # -- AUTH policy -----------------------------------------------------------------

    async def smtp_AUTH(self, arg: str) -> None:
        if not self.guard.users:
            await self.push(replies.AUTH_UNAVAILABLE)
            return
        if not self.guard.may_auth_here(self):
            # RFC 4954 §4: no plaintext mechanisms without TLS.
            await self.push(replies.ENCRYPTION_REQUIRED_FOR_AUTH)
            return
        await super().smtp_AUTH(arg)


class GuardHandler:
    """aiosmtpd handler: relay policy at MAIL/RCPT, the message to the pipeline at DATA."""

    _dir_names: ClassVar[list[str] | None] = None

    def __dir__(self) -> list[str]:  # see GuardSMTP.__dir__
        cls = type(self)
        names = cls.__dict__.get("_dir_names")
        if names is None:
            names = [n for n in cls.__dict__ if n.startswith(("handle_", "auth_"))]
            cls._dir_names = names
        return list(names)

    AUTH_FAILURE_WINDOW = 300.0
    AUTH_FAILURE_LIMIT = 5
    AUTH_FAILURE_DELAY = 1.0

    def __init__(
        self,
        cfg: SmtpConfig,
        processor: Processor,
        *,
        users: Users | UsersFile,
        hostname: str,
        track: Callable[[Awaitable[Any]], Any] | None = None,
    ) -> None:
        self.cfg = cfg
        self.processor = processor
        self._users = users  # Users, or UsersFile (re-read when the file changes)
        self.hostname = hostname
        self.networks = [ipaddress.ip_network(n, strict=False) for n in cfg.allowed_networks]
        self.cleartext_auth_networks = [
            ipaddress.ip_network(n, strict=False) for n in cfg.cleartext_auth_networks
        ]
        self._auth_failures: dict[str, deque[float]] = {}
        self.in_flight = 0
        self.idle = asyncio.Event()  # set whenever no message is mid-processing
        self.idle.set()

    def busy(self, step: int) -> None:
        """Count a message in flight (+1) or done (-1); `idle` is set at zero."""
        self.in_flight += step
        if self.in_flight:
            self.idle.clear()
        else:
            self.idle.set()

    @property
    def users(self) -> Users:
        return self._users.current()

    # -- policy helpers ----------------------------------------------------------------

    def in_allowed_network(self, server: GuardSMTP) -> bool:
        # Once per connection (its peer does not change), not at every MAIL and RCPT:
        # parsing the address was 4 % of the guard's CPU with 10 recipients a message.
        allowed = server.allowed_network
        if allowed is None:
            ip = _ip(server.session.peer if server.session else None)
            allowed = ip is not None and any(ip in net for net in self.networks)
            if server.session is not None:
                server.allowed_network = allowed
        return allowed

    def may_relay(self, server: GuardSMTP, session: Session) -> bool:
        # A login counts while its user is still in the users file: a user removed
        # mid-session relays nothing more (the file is re-read, UsersFile).
        if session.authenticated and str(session.auth_data or "") in self.users.hashes:
            return True
        return self.in_allowed_network(server)

    # Not named auth_*: aiosmtpd offers every handler method named so as a mechanism.
    def may_auth_here(self, server: GuardSMTP) -> bool:
        if server.is_tls or self.cfg.allow_cleartext_auth:
            return True
        ip = _ip(server.session.peer if server.session else None)
        return ip is not None and any(ip in net for net in self.cleartext_auth_networks)

    # -- hooks -----------------------------------------------------------------------

    async def handle_EHLO(
        self, server: GuardSMTP, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        if not self.users or not self.may_auth_here(server):
            responses = [r for r in responses if not r[4:].upper().startswith("AUTH")]
        # PIPELINING (RFC 2920): aiosmtpd reads commands strictly in order, so a
        # pipelined batch is answered in order; advertise it.
        responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_MAIL(
        self, server: GuardSMTP, session: Session, envelope: Envelope, address: str,
        mail_options: list[str],
    ) -> str:
        if not self.may_relay(server, session):
            reason = "user removed since login" if session.authenticated else "not authenticated"
            log.warning(
                "relay refused at MAIL",
                extra={"fields": {"client": server.peer_ip, "reason": reason}},
            )
            return replies.AUTH_REQUIRED
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self, server: GuardSMTP, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:
        # Checked again here: never an open relay, whatever happened at MAIL.
        if not self.may_relay(server, session):
            return replies.RELAY_DENIED
        if len(envelope.rcpt_tos) >= self.cfg.max_recipients:
            return replies.TOO_MANY_RECIPIENTS
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: GuardSMTP, session: Session, envelope: Envelope) -> str:
        started = time.monotonic()
        data: bytes = envelope.original_content or b""
        mail_from = envelope.mail_from or ""
        if mail_from == "<>":  # aiosmtpd hands the null reverse-path over as the text '<>'
            mail_from = ""
        tx = Transaction(
            queue_id=new_queue_id(),
            peer=server.peer_ip,
            helo=session.host_name or "",
            mail_from=mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            data=data,
            authenticated_as=str(session.auth_data or "") if session.authenticated else "",
            tls=server.is_tls,
            smtputf8=bool(envelope.smtp_utf8),
            eight_bit="BODY=8BITMIME" in envelope.mail_options,
        )
        tx.log.update(
            queue_id=tx.queue_id,
            client=tx.peer,
            sender=tx.mail_from,
            recipients=len(tx.rcpt_tos),
            size=len(data),
        )
        reply: str
        if count_received(data) > self.cfg.max_received_headers:
            reply = replies.MAIL_LOOP
            tx.log["decision"] = "reject"
            tx.log["reason"] = "mail loop"
        else:
            if self.cfg.trace_header:
                tx.trace = self._trace_header(tx)
            # Processing gets its own deadline, shorter than the session timeout, so the
            # client always gets a reply instead of a silently cancelled handler.
            server.extend_timeout(self.cfg.processing_timeout + 30)
            self.busy(+1)
            try:
                async with asyncio.timeout(self.cfg.processing_timeout):
                    reply = await self.processor.process(tx)
            except TimeoutError:
                reply = replies.TEMP_PROCESSING_TIMEOUT
                tx.log.setdefault("error", "processing timeout")
            finally:
                self.busy(-1)
        tx.log["reply"] = reply
        tx.log["ms"] = round((time.monotonic() - started) * 1000, 1)
        log.info("smtp transaction", extra={"fields": tx.log})
        return reply

    async def handle_exception(self, error: Exception) -> str:
        # aiosmtpd's default is a permanent 500 that echoes the exception text (which may
        # hold addresses or secrets): answer 451 with a reference instead, log the rest.
        ref = secrets.token_hex(4)
        log.error(
            "internal error in SMTP session",
            exc_info=error,
            extra={"fields": {"ref": ref}},
        )
        return replies.TEMP_INTERNAL.format(ref=ref)

    # -- AUTH mechanisms (RFC 4616 PLAIN, draft LOGIN) ---------------------------------
    # Our own, rather than aiosmtpd's, so the slow hash check runs in a worker thread
    # instead of on the event loop.

    async def auth_PLAIN(self, server: GuardSMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        else:
            try:
                blob = base64.b64decode(args[1].encode(), validate=True)
            except (binascii.Error, ValueError):
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        try:
            _authz, login, password = blob.split(b"\x00")
        except ValueError:
            await server.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False, handled=True)
        return await self._check(server, login, password)

    async def auth_LOGIN(self, server: GuardSMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            login = await server.challenge_auth("Username:")
            if not isinstance(login, bytes):
                return AuthResult(success=False, handled=True)
        else:
            try:
                login = base64.b64decode(args[1].encode(), validate=True)
            except (binascii.Error, ValueError):
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        password = await server.challenge_auth("Password:")
        if not isinstance(password, bytes):
            return AuthResult(success=False, handled=True)
        return await self._check(server, login, password)

    async def _check(self, server: GuardSMTP, login: bytes, password: bytes) -> AuthResult:
        ip = server.peer_ip
        now = time.monotonic()
        failures = self._auth_failures.setdefault(ip, deque())
        while failures and now - failures[0] > self.AUTH_FAILURE_WINDOW:
            failures.popleft()
        if len(failures) >= self.AUTH_FAILURE_LIMIT:
            log.warning("AUTH refused: too many failures", extra={"fields": {"client": ip}})
            return AuthResult(success=False, handled=False, message=replies.AUTH_TOO_MANY_FAILURES)
        name = login.decode("utf-8", "replace")
        # Counted as a failure before the (slow) check, taken back if it succeeds: sessions
        # in parallel would otherwise all pass the limit above before any had failed
        # (review 21: 20 sessions, 20 guesses, against a limit of 5).
        failures.append(now)
        ok = await asyncio.to_thread(self.users.verify, name, password.decode("utf-8", "replace"))
        if ok:
            failures.clear()
            return AuthResult(success=True, auth_data=name)
        log.warning("AUTH failed", extra={"fields": {"client": ip, "user": name[:64]}})
        await asyncio.sleep(self.AUTH_FAILURE_DELAY)  # slows guessing; other sessions go on
        return AuthResult(success=False, handled=False, message=replies.AUTH_INVALID)

    # -- trace header ----------------------------------------------------------------

    def _trace_header(self, tx: Transaction) -> bytes:
        # RFC 5321 §4.4 time stamp line; "with" keywords from RFC 3848.
        proto = "UTF8SMTP" if tx.smtputf8 else "ESMTP"
        if tx.tls:
            proto += "S"
        if tx.authenticated_as:
            proto += "A"
        helo = "".join(c for c in tx.helo if c.isalnum() or c in ".-[]:")[:255] or "unknown"
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(tx.received_at))
        line = (
            f"Received: from {helo} ([{tx.peer}])\r\n"
            f"\tby {self.hostname} (mailguard) with {proto} id {tx.queue_id};\r\n"
            f"\t{stamp}\r\n"
        )
        return line.encode("ascii", "replace")


# aiosmtpd inspects handle_EHLO's signature on every connection to pick its calling
# convention; a precomputed __signature__ makes that lookup free.
GuardHandler.handle_EHLO.__signature__ = inspect.signature(GuardHandler.handle_EHLO)  # type: ignore[attr-defined]


def make_server_factory(
    handler: GuardHandler,
    cfg: SmtpConfig,
    *,
    sessions: SessionCounter,
    hostname: str,
    tls_context: ssl.SSLContext | None,
    implicit_tls: bool = False,
) -> Callable[[], GuardSMTP]:
    def factory() -> GuardSMTP:
        return GuardSMTP(
            handler,
            # The running loop, given: aiosmtpd would otherwise look it up through
            # get_event_loop() under warnings.catch_warnings on every connection.
            loop=asyncio.get_running_loop(),
            sessions=sessions,
            implicit_tls=implicit_tls,
            hostname=hostname,
            ident="mailguard",
            data_size_limit=cfg.max_message_size,
            enable_SMTPUTF8=True,  # must be explicit: aiosmtpd's default is off
            decode_data=False,  # keep the bytes exactly as received
            tls_context=None if implicit_tls else tls_context,
            require_starttls=cfg.require_tls and not implicit_tls,
            timeout=cfg.command_timeout,
            # Our smtp_AUTH override applies the TLS rule (with the loopback exception).
            auth_require_tls=False,
            auth_required=False,
        )

    return factory
