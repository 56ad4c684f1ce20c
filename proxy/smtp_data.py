"""The DATA phase read in bulk, up to the end-of-data line (RFC 5321 §4.1.1.4).

aiosmtpd reads DATA one line at a time: a Python round trip per line, ~1,250 of them
for a 100 KB message, which was a third of the event loop's time under bench/load.py's
100 KB load. This reads whatever has arrived, searching for ".CRLF" at C speed, and
keeps aiosmtpd's rules:

- only CRLF "." CRLF ends the data (§4.1.1.4): "LF.LF", "CR.CR", "LF.CRLF" … are
  message text (SMTP smuggling, CVE-2023-51764), and the data is cut right after the
  terminator, so commands the client pipelined behind it (RFC 2920) are left in the
  reader for the command loop;
- the first "." of each line is removed (§4.5.2, proxy.transparency.unstuff);
- a line longer than the line limit (1,001 bytes with its CRLF, §4.5.3.1.6) or data
  beyond the size limit is read to its end, discarded and refused — past the size
  limit only one line's worth more is kept (to tell which refusal aiosmtpd would give),
  so a client cannot make us hold more than that.

Only public StreamReader calls: `readuntil(b".\\r\\n")` returns data up to a "." at a
line's end; whether that "." is alone on its line is decided from the two bytes before
it (kept across reads; the DATA command's own CRLF before the first line). When the
buffer grows past the reader's limit without one, `LimitOverrunError.consumed` says how
much can be taken without cutting a ".CRLF" in two.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from dataclasses import dataclass

from aiosmtpd.smtp import MISSING, SMTP, syntax

from proxy import transparency
from proxy.transparency import unstuff

log = logging.getLogger("mailguard.smtp")

_EOD = b".\r\n"
_SLICE = 1 << 16


class DataError(enum.Enum):
    TOO_LONG = "500 Line too long (see RFC5321 4.5.3.1.6)"  # aiosmtpd's own replies
    TOO_MUCH = "552 Error: Too much mail data"


@dataclass(frozen=True)
class DataRead:
    """The message (unstuffed, as aiosmtpd's `original_content`), or why it is refused."""

    content: bytes
    error: DataError | None = None


def _too_long(stuffed: bytes | bytearray, line_limit: int) -> bool:
    """Whether a line (what lies between CRLFs; the limit counts its CRLF too) is too
    long. Split a slice of ~64 KB at a time, each cut at a CRLF: a message of millions
    of short lines never becomes millions of line objects at once."""
    longest = line_limit - 2
    if len(stuffed) <= longest:
        return False
    start = 0
    while start < len(stuffed):
        end = stuffed.find(b"\r\n", start + _SLICE)
        if end < 0:
            end = len(stuffed)
        if max(map(len, stuffed[start:end].split(b"\r\n"))) > longest:
            return True
        start = end + 2
    return False


def _first_refusal(prefix: bytes, size_limit: int, line_limit: int) -> DataError:
    """Which limit aiosmtpd's line loop would have hit first, for data over the size
    limit: a line whose text is longer than the limit is refused as it arrives, before
    it is counted; any other line is counted, then checked against the size, then
    against the line limit. `prefix` holds at least size_limit + line_limit + 3 bytes
    of the stuffed data (or all of it), enough to see the line that crosses the limit."""
    lines = prefix.split(b"\r\n")
    pos = 0
    for line in lines[:-1]:
        if len(line) > line_limit:
            return DataError.TOO_LONG
        pos += len(line) + 2
        if pos > size_limit:
            return DataError.TOO_MUCH
        if len(line) + 2 > line_limit:
            return DataError.TOO_LONG
    return DataError.TOO_LONG if len(lines[-1]) > line_limit else DataError.TOO_MUCH


async def read_data(
    reader: asyncio.StreamReader, *, size_limit: int | None, line_limit: int
) -> DataRead:
    """Read the data of one DATA command, through its terminating ".CRLF".

    Raises ConnectionResetError when the client goes away before the end (aiosmtpd's
    command loop then closes the session quietly).
    """
    kept = bytearray()  # one buffer: a message of many short lines is not many objects
    size = 0  # stuffed bytes so far, as aiosmtpd counts them (the final "." excluded)
    # Past the size limit only enough is kept to tell which refusal aiosmtpd would give.
    keep = size_limit + line_limit + 3 if size_limit else None
    before = b"\r\n"  # the last two bytes read: the DATA command's CRLF at first
    while True:
        try:
            chunk = await reader.readuntil(_EOD)
            at_dot = True
        except asyncio.LimitOverrunError as exc:
            chunk = await reader.read(exc.consumed)
            at_dot = False
        except asyncio.IncompleteReadError:
            chunk = b""
        if not chunk:
            raise ConnectionResetError("connection closed during DATA")
        if at_dot:
            # The "." starts a line when the two bytes before it are CRLF.
            head = chunk[:-3]
            prev = (before + head)[-2:] if len(head) < 2 else head[-2:]
            if prev == b"\r\n":
                chunk = head
                if keep is None or size < keep:
                    kept += chunk
                size += len(chunk)
                break
        if keep is None or size < keep:
            kept += chunk
        size += len(chunk)
        before = (before + chunk)[-2:] if len(chunk) < 2 else chunk[-2:]
    if len(kept) > transparency.PIECE:
        # A big message's checks and unstuffing in a worker thread, a piece at a time:
        # on the event loop they stalled every session for ~0.2 s per 45 MB message.
        return await asyncio.to_thread(_finish, kept, size, size_limit, line_limit, keep)
    return _finish(kept, size, size_limit, line_limit, keep)


def _finish(
    kept: bytearray, size: int, size_limit: int | None, line_limit: int, keep: int | None
) -> DataRead:
    if size_limit and size > size_limit:
        return DataRead(b"", _first_refusal(bytes(kept[:keep]), size_limit, line_limit))
    if _too_long(kept, line_limit):
        return DataRead(b"", DataError.TOO_LONG)
    return DataRead(unstuff(kept))


class BulkData(SMTP):
    """Mixin for aiosmtpd's SMTP: its DATA command with the data read by `read_data`.
    The checks and replies before and after are aiosmtpd 1.4's own (smtp_DATA), for a
    handler with `handle_DATA` and decode_data=False; tests/test_smtp_data.py runs the
    same byte streams through both and compares every reply and message."""

    def data_started(self) -> None:
        """The message's bytes start arriving (after 354)."""

    def data_ended(self) -> None:
        """The message is answered, refused, or its connection is gone."""

    def data_lost(self) -> None:
        log.info("connection lost during DATA")

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        if self._decode_data or "DATA" not in self._handle_hooks:
            await super().smtp_DATA(arg)  # str content or the old handler API: aiosmtpd's
            return
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        # From here to the reply the message is in flight (one stretch: an "idle" moment
        # between reading and judging would release a shutdown waiting for it).
        self.data_started()
        try:
            try:
                got = await read_data(
                    self._reader, size_limit=self.data_size_limit,
                    line_limit=self.line_length_limit,
                )
            except (asyncio.CancelledError, ConnectionResetError):
                # The client went away mid-DATA (aiosmtpd's eof_received cancels this
                # coroutine), or the connection was closed under it: nothing accepted.
                self.data_lost()
                self._writer.close()
                raise
            if got.error is not None:
                await self.push(got.error.value)
                self._set_post_data_state()
                return
            self.envelope.content = self.envelope.original_content = got.content
            status = await self._call_handler_hook("DATA")
            self._set_post_data_state()
            await self.push("250 OK" if status is MISSING else status)
        finally:
            self.data_ended()
