"""One notice as MIME bytes: multipart/alternative text + HTML, UTF-8, RFC 2047 subject.

Headers are built with the email package's SMTP policy, which refuses CR/LF inside a
value; everything attacker-controlled is cleaned (safe.display) before that anyway, so
a subject with a line break becomes one line, never a second header.
"""

from __future__ import annotations

import email.policy
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
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


def _address(text: str) -> Address | None:
    try:
        addr = Address(addr_spec=one_line(text, 320))
    except (ValueError, IndexError, TypeError):
        return None
    return addr if addr.addr_spec else None


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
        "link_hint": s.word("approve_page_hint" if approver_link else "open_page_hint"),
        "urgent": kind in URGENT,
        "max_list": MAX_LISTED,
        "w": s.word,
    }
    text = _env.get_template("alert.txt").render(context)
    html = _env.get_template("alert.html").render(context)

    utf8 = not (to.isascii() and from_address.isascii())
    policy = email.policy.SMTPUTF8 if utf8 else email.policy.SMTP
    msg = EmailMessage(policy=policy)
    sender = _address(from_address)
    msg["From"] = Address("mailguard", addr_spec=sender.addr_spec) if sender else "mailguard"
    rcpt = _address(to)
    msg["To"] = rcpt if rcpt is not None else "undisclosed-recipients:;"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=one_line(hostname, 200) or "mailguard.invalid")
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    msg["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office replies either
    msg[NOTICE_HEADER] = kind
    msg["X-Mailguard-Queue-ID"] = one_line(s.queue_id, 64)
    if link:
        # The body is base64 (UTF-8 Japanese); the link is also here in plain sight, for
        # `grep` in the demo's capture folder and for scripts.
        msg["X-Mailguard-Link"] = link
    msg.set_content(text, charset="utf-8", cte="base64")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    msg["Content-Language"] = s.language  # after set_content, which drops Content-* fields
    return Notice(kind, to, subject, msg.as_bytes(policy=policy))
