"""Delivery status notifications (RFC 3464 multipart/report, RFC 6522).

A DSN goes from the null reverse-path to the original envelope sender, and is never
sent for a message whose own sender was null (RFC 3464 §2, RFC 5321 §6.1: never a
bounce for a bounce).
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid

from proxy.relay import Reply

_ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})\b")

NOTICE_HEADER = "X-Mailguard-Notice"


@dataclass(frozen=True)
class Failure:
    recipient: str
    reply: Reply
    action: str = "failed"  # RFC 3464 §2.3.3: failed | delayed


def status_of(reply: Reply) -> str:
    """The enhanced status code (RFC 3463) from a reply, or one derived from its class."""
    m = _ENHANCED.match(reply.text.strip())
    if m:
        return ".".join(m.groups())
    return "5.0.0" if reply.permanent else "4.0.0"


def _addr_type(address: str) -> str:
    # RFC 6533 §3: "utf-8" address type for internationalised addresses.
    return f"rfc822;{address}" if address.isascii() else f"utf-8;{address}"


def _clean(text: str) -> str:
    """No CR/LF from an upstream reply can reach a header line of ours."""
    return " ".join(text.split())


_TEXT = {
    "en": (
        "Undelivered Mail Returned to Sender",
        "This is the mail system at {host} (mailguard).\r\n\r\n"
        "Your message could not be delivered to one or more recipients.\r\n"
        "Queue ID: {qid}\r\n\r\n{lines}\r\n",
    ),
    "ja": (
        "配信できなかったメールのお知らせ (Undelivered Mail Returned to Sender)",
        "{host} のメールシステム (mailguard) からのお知らせです。\r\n\r\n"
        "あなたが送信したメールは、次の宛先に配信できませんでした。\r\n"
        "キューID: {qid}\r\n\r\n{lines}\r\n",
    ),
}


def build_dsn(
    *,
    reporting_mta: str,
    sender: str,
    failures: list[Failure],
    original: bytes,
    queue_id: str,
    remote_mta: str = "",
    arrival: datetime | None = None,
    language: str = "en",
    extra_headers: Mapping[str, str] | None = None,
) -> bytes:
    """Return the DSN message bytes (CRLF line endings) addressed to `sender`."""
    if not sender:
        raise ValueError("no DSN for a message from the null sender")
    subject, body = _TEXT.get(language, _TEXT["en"])
    now = datetime.now(UTC)
    boundary = "=_mailguard_" + secrets.token_hex(12)
    lines = "\r\n".join(f"<{f.recipient}>: {_clean(str(f.reply))}" for f in failures)
    human = body.format(host=reporting_mta, qid=queue_id, lines=lines)

    per_message = [
        f"Reporting-MTA: dns;{reporting_mta}",
        f"X-Mailguard-Queue-ID: {queue_id}",
    ]
    if arrival is not None:
        per_message.append(f"Arrival-Date: {format_datetime(arrival)}")
    per_rcpt_blocks = []
    for f in failures:
        block = [
            f"Final-Recipient: {_addr_type(f.recipient)}",
            f"Action: {f.action}",
            f"Status: {status_of(f.reply)}",
        ]
        if remote_mta:
            block.append(f"Remote-MTA: dns;{remote_mta}")
        block.append(f"Diagnostic-Code: smtp;{_clean(str(f.reply))}")
        per_rcpt_blocks.append("\r\n".join(block))
    status_text = "\r\n".join(per_message) + "\r\n\r\n" + "\r\n\r\n".join(per_rcpt_blocks) + "\r\n"

    end = original.find(b"\r\n\r\n")
    original_headers = original if end < 0 else original[: end + 2]

    encoded_subject = "=?utf-8?b?" + base64.b64encode(subject.encode()).decode() + "?="
    headers = [
        f"From: Mail Delivery System <MAILER-DAEMON@{reporting_mta}>",
        f"To: <{sender}>",
        f"Subject: {encoded_subject}",
        f"Date: {format_datetime(now)}",
        f"Message-ID: {make_msgid(domain=reporting_mta)}",
        "Auto-Submitted: auto-generated",  # RFC 3834 §5; our own mail is never evaluated again
        f"{NOTICE_HEADER}: dsn",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
    ]
    for name, value in (extra_headers or {}).items():
        headers.append(f"{name}: {_clean(value)}")
    human_b64 = base64.encodebytes(human.encode("utf-8")).replace(b"\n", b"\r\n")
    parts = [
        "\r\n".join(headers).encode() + b"\r\n\r\n",
        b"This is a MIME-encapsulated message.\r\n\r\n",
        f"--{boundary}\r\n".encode(),
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        human_b64,
        f"\r\n--{boundary}\r\n".encode(),
        b"Content-Type: message/delivery-status\r\n\r\n",
        status_text.encode("utf-8"),
        f"\r\n--{boundary}\r\n".encode(),
        b"Content-Type: text/rfc822-headers\r\n",
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" if not original_headers.isascii() else b"\r\n",
        original_headers,
        f"\r\n--{boundary}--\r\n".encode(),
    ]
    return b"".join(parts)
