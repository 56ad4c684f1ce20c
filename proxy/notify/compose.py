"""One notice as MIME bytes: multipart/alternative text + HTML, UTF-8, RFC 2047 subject.

Everything attacker-controlled is cleaned (safe.one_line) before it goes into a header,
and the subject is RFC 2047-encoded, so a subject with a line break becomes one line,
never a second header.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import jinja2

from proxy.dsn import NOTICE_HEADER
from proxy.notify import i18n
from proxy.notify.safe import one_line
from proxy.notify.summary import Summary

MAX_LISTED = 100  # recipients listed per domain in a mail; the page lists them all

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)

# Notices a person should act on soon are highlighted.
URGENT = frozenset({"confirm", "approval-request", "reminder", "held", "approval-pending"})


@dataclass(frozen=True)
class Notice:
    kind: str
    to: str
    subject: str
    data: bytes


def texts(kind: str, s: Summary, *, at: str = "", by: str = "") -> tuple[str, str]:
    """(subject line, lead sentence) of a notice."""
    lang = i18n.lang_of(s.language)
    when = at or s.deadline
    approvers = ", ".join(s.approvers)
    values: dict[str, Any] = {
        "subject": one_line(s.subject, 120),
        "time": when,
        "sender": s.sender,
        "by": by or approvers,
    }
    subject = i18n.SUBJECTS[kind][lang].format(**values)
    lead = i18n.LEADS[kind][lang].format(**values)
    return one_line(subject, 250), lead


def _address(text: str) -> str | None:
    """An addr-spec fit for a header: one line, one @, nothing that could end the field
    or smuggle a second address."""
    addr = one_line(text, 320).strip().strip("<>")
    if addr.count("@") < 1 or any(c in addr for c in ' <>,;:"\\()[]') or not addr.isprintable():
        return None
    return addr


def _encoded(text: str) -> str:
    """RFC 2047 (B encoding, UTF-8) when needed, folded at 76 characters."""
    if text.isascii() and len(text) < 900:
        return text
    return Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode(linesep="\r\n")


# Notices about a message that can no longer be acted on: the page only shows it.
FINAL = frozenset({"expired", "cancelled", "rejected", "sent-early", "approved", "bounced"})


def _b64(text: str) -> bytes:
    return base64.encodebytes(text.encode("utf-8")).replace(b"\n", b"\r\n")


def compose(
    kind: str,
    s: Summary,
    *,
    to: str,
    from_address: str,
    hostname: str,
    link: str = "",
    approver_link: bool = False,
    at: str = "",
    by: str = "",
) -> Notice:
    subject, lead = texts(kind, s, at=at, by=by)
    context = {
        "s": s,
        "title": subject,
        "lead": lead,
        "link": link,
        "link_hint": s.word("approve_page_hint" if approver_link
                            else "final_page_hint" if kind in FINAL else "open_page_hint"),
        "urgent": kind in URGENT,
        "max_list": MAX_LISTED,
        "w": s.word,
    }
    text = _env.get_template("alert.txt").render(context)
    html = _env.get_template("alert.html").render(context)

    # Assembled by hand rather than with email.message.EmailMessage: its header registry
    # and folding were over half of the guard's CPU per held message (bench/hold.py).
    sender = _address(from_address)
    rcpt = _address(to)
    boundary = "=_mg_" + secrets.token_hex(12)
    headers = [
        f"From: mailguard <{sender}>" if sender else "From: mailguard",
        f"To: <{rcpt}>" if rcpt else "To: undisclosed-recipients:;",
        f"Subject: {_encoded(subject)}",
        f"Date: {format_datetime(datetime.now(UTC))}",
        f"Message-ID: {make_msgid(domain=one_line(hostname, 200) or 'mailguard.invalid')}",
        "Auto-Submitted: auto-generated",  # RFC 3834: no auto-replies to this
        "X-Auto-Response-Suppress: All",  # Exchange: no out-of-office replies either
        f"{NOTICE_HEADER}: {one_line(kind, 40)}",
        f"X-Mailguard-Queue-ID: {one_line(s.queue_id, 64)}",
    ]
    if link:
        # The body is base64 (UTF-8 Japanese); the link is also here in plain sight, for
        # `grep` in the demo's capture folder and for scripts.
        headers.append(f"X-Mailguard-Link: {one_line(link, 900)}")
    headers += [
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        f"Content-Language: {one_line(s.language, 10)}",
    ]
    data = b"".join([
        "\r\n".join(headers).encode("utf-8"), b"\r\n\r\n",
        f"--{boundary}\r\n".encode(),
        b"Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        _b64(text),
        f"--{boundary}\r\n".encode(),
        b"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        _b64(html),
        f"--{boundary}--\r\n".encode(),
    ])
    return Notice(kind, to, subject, data)
