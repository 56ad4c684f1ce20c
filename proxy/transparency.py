"""RFC 5321 §4.5.2 transparency ("dot-stuffing"), both ways, on whole messages.

A line of DATA that starts with "." gets a second one from the sender, so that "."
alone can end the data; the receiver takes the first "." of every such line away.
Lines end with CRLF only (RFC 5321 §2.3.8): a bare LF or CR is part of a line, never
the start of one. Both directions are one `bytes.replace` (C speed): the per-line
Python loops they replace (aiosmtpd's DATA reader, aiosmtplib's two regex passes) were
about a third of the event loop's time on 100 KB mail.
"""

from __future__ import annotations

from collections.abc import Iterator

# Past this size the work is done a piece at a time: run in a worker thread (as the
# listener does for big messages), each piece is one short C call, so the event loop's
# thread gets the GIL back between pieces instead of waiting out one 150 ms replace.
PIECE = 1 << 20


def pieces(data: bytes | bytearray, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) cuts of data[start:], each about PIECE long and ending right before a
    CRLF, so that no "\r\n." is split between two pieces."""
    n = len(data)
    while start < n:
        cut = data.find(b"\r\n", start + PIECE)
        if cut < 0:
            cut = n
        yield start, cut
        start = cut


def unstuff(stuffed: bytes | bytearray) -> bytes:
    """The message as the client meant it: the first "." of each line removed.

    `stuffed` is the DATA as received, without its final ".CRLF". Exactly what aiosmtpd
    does line by line (it removes the first "." of any line starting with one, doubled
    or not).
    """
    first = 1 if stuffed.startswith(b".") else 0
    if len(stuffed) > 2 * PIECE:
        return b"".join(
            stuffed[a:b].replace(b"\r\n.", b"\r\n") for a, b in pieces(stuffed, first)
        )
    stuffed = bytes(stuffed[first:]) if first or not isinstance(stuffed, bytes) else stuffed
    if b"\r\n." not in stuffed:
        return stuffed
    return stuffed.replace(b"\r\n.", b"\r\n")


def stuff(message: bytes) -> bytes | None:
    """The DATA wire form of `message` (every line starting with "." doubled, the final
    ".CRLF" appended), or None when the message has a bare CR or LF or does not end in
    CRLF: such a message is left to the SMTP client library, which rewrites line ends
    (aiosmtplib turns a bare LF into CRLF) before it stuffs."""
    if message and not message.endswith(b"\r\n"):
        return None
    if len(message) > 2 * PIECE:
        parts = [b"."] if message.startswith(b".") else []
        for a, b in pieces(message):
            part = message[a:b]
            crlf = part.count(b"\r\n")
            if crlf != part.count(b"\n") or crlf != part.count(b"\r"):
                return None
            parts.append(part.replace(b"\r\n.", b"\r\n.."))
        parts.append(b".\r\n")
        return b"".join(parts)
    crlf = message.count(b"\r\n")
    if crlf != message.count(b"\n") or crlf != message.count(b"\r"):
        return None
    if message.startswith(b"."):
        message = b"." + message
    if b"\r\n." in message:
        message = message.replace(b"\r\n.", b"\r\n..")
    return message + b".\r\n"
