"""RFC 5321 §4.5.2 transparency ("dot-stuffing"), both ways, on whole messages.

A line of DATA that starts with "." gets a second one from the sender, so that "."
alone can end the data; the receiver takes the first "." of every such line away.
Lines end with CRLF only (RFC 5321 §2.3.8): a bare LF or CR is part of a line, never
the start of one. Both directions are one `bytes.replace` (C speed): the per-line
Python loops they replace (aiosmtpd's DATA reader, aiosmtplib's two regex passes) were
about a third of the event loop's time on 100 KB mail.
"""

from __future__ import annotations


def unstuff(stuffed: bytes) -> bytes:
    """The message as the client meant it: the first "." of each line removed.

    `stuffed` is the DATA as received, without its final ".CRLF". Exactly what aiosmtpd
    does line by line (it removes the first "." of any line starting with one, doubled
    or not).
    """
    if stuffed.startswith(b"."):
        stuffed = stuffed[1:]
    if b"\r\n." not in stuffed:
        return stuffed
    return stuffed.replace(b"\r\n.", b"\r\n")


def stuff(message: bytes) -> bytes | None:
    """The DATA wire form of `message` (every line starting with "." doubled, the final
    ".CRLF" appended), or None when the message has a bare CR or LF or does not end in
    CRLF: such a message is left to the SMTP client library, which rewrites line ends
    (aiosmtplib turns a bare LF into CRLF) before it stuffs."""
    crlf = message.count(b"\r\n")
    if crlf != message.count(b"\n") or crlf != message.count(b"\r"):
        return None
    if message and not message.endswith(b"\r\n"):
        return None
    if message.startswith(b"."):
        message = b"." + message
    if b"\r\n." in message:
        message = message.replace(b"\r\n.", b"\r\n..")
    return message + b".\r\n"
