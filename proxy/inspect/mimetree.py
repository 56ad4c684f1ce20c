"""The compat32 Message tree of well-formed mail, built without the stdlib feed parser.

The feed parser (email.feedparser) hands every line of a message through a generator and,
in a multipart, matches each against the boundaries in effect: about 1 µs a line. That
was half the cost of judging a 3 KB plain-text mail, 5 ms for 100 KB of text and 0.2 s
for a 7 MB attachment. Well-formed mail needs none of that: the header block is fields
and continuation lines up to an empty line (RFC 5322 §2.2, §2.1), and a multipart body is
cut at its delimiter lines (RFC 2046 §5.1.1), which bytes.find locates at C speed.

`build` returns exactly the tree the feed parser builds (same headers as raw values,
payloads, preambles, epilogues, no defects) or None, and then the caller uses the feed
parser. It declines everything the feed parser would read with a defect or a special
rule: bare CR line ends, a header line that is no field, a part without the empty line
after its header block, message/* parts, multipart/digest (its parts default to
message/rfc822), a multipart without a boundary parameter, without its first or its
closing delimiter, with anything after a close delimiter but its epilogue, with
delimiter lines back to back, with a line end inside its boundary, or with a transfer
encoding other than 7bit/8bit/binary, and multiparts nested deeper than MAX_DEPTH.
tests/test_inspect_mimetree.py compares the two on every .eml of the test suite and on
generated trees (nested multiparts, boundaries inside bodies, LF and CRLF).

What the feed parser does, and what is done here the same way (Python 3.11 feedparser):
- a field's value is compat32's header_source_parse: text after the colon, leading
  blanks and the final line end removed, folding kept;
- the line end before a delimiter line belongs to the delimiter (RFC 2046 §5.1.1): it is
  cut from the part's payload, or from the epilogue of a part that is a multipart (an
  empty epilogue becomes None there);
- the preamble is the text before the first delimiter without its last line end, None
  when there is none; the epilogue is everything after the close delimiter line;
- a line matching the delimiter of an enclosing multipart ends the inner part wherever
  it is (the feed parser's stack of end-of-part matchers), so a part's region ends at
  the first such line.
"""

from __future__ import annotations

import email.policy
import re
from email.message import Message
from itertools import pairwise

# A header field as the feed parser accepts it without a defect (its headerRE, minus the
# unix "From " line and an empty name): name, colon, value, continuation lines.
_FIELD = r"[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*"
_HEADER_BLOCK = re.compile(f"(?:{_FIELD})*".encode())
_FIELD_TEXT = re.compile(_FIELD)
_IDENTITY = ("7bit", "8bit", "binary")  # RFC 2045 §6.4: the only ones for a multipart
# The transfer encodings compat32's get_payload(decode=True) undoes; for any other it
# gives back the body's bytes as received.
_STDLIB_DECODES = frozenset(
    {"quoted-printable", "base64", "x-uuencode", "uuencode", "uue", "x-uue"}
)


# Each multipart level searches its whole region for its delimiter lines, so a deep
# nest costs depth × size; real mail nests a few levels (the walker inspects 8), and a
# deeper tree is hostile or broken: the feed parser reads it, as before.
MAX_DEPTH = 12


class _Decline(Exception):
    """The feed parser would read this part with a defect or a rule not done here."""


def build(data: bytes) -> Message | None:
    """The feed parser's Message tree for `data`, or None where it must do the work."""
    crs = data.count(b"\r")
    if crs and crs != data.count(b"\r\n"):
        return None  # bare CR: the feed parser splits lines there too
    try:
        return _part(data, 0, len(data), depth=0)
    except (_Decline, RecursionError):
        # RecursionError: two frames a level here, one for the feed parser, which then
        # reads (or reports) what nests deeper than this could.
        return None


def _decode(raw: bytes) -> str:
    # As the parser sees bytes: ASCII, every other byte kept as a surrogate escape.
    return raw.decode("ascii", "surrogateescape")


def _without_eol(raw: bytes) -> bytes:
    if raw.endswith(b"\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n"):
        return raw[:-1]
    return raw


def _part(data: bytes, start: int, end: int, *, depth: int) -> Message:
    """The part in data[start:end], `depth` multiparts down (inside one, its last line
    end belongs to the delimiter that follows)."""
    pos = _HEADER_BLOCK.match(data, start, end).end()  # type: ignore[union-attr]  # "" matches
    if data.startswith(b"\r\n", pos, end):
        body = pos + 2
    elif data.startswith(b"\n", pos, end):
        body = pos + 1
    else:
        raise _Decline  # no empty line after the fields
    # Most parts are leaves: the headers go into a _SinglePart, whose body is set once it
    # is known not to be a multipart (which then becomes a plain Message container).
    msg = _SinglePart(None)
    for raw in _FIELD_TEXT.findall(_decode(data[start:pos])):
        name, value = raw.split(":", 1)
        msg.set_raw(name, value.lstrip(" \t").rstrip("\r\n"))
    maintype = msg.get_content_maintype()
    if maintype == "message":
        raise _Decline
    if maintype != "multipart":
        content = data[body:end]
        msg._body = _without_eol(content) if depth else content
        return msg
    container = Message(policy=email.policy.compat32)
    for name, value in msg.raw_items():
        container.set_raw(name, value)
    return _multipart(data, container, body, end, depth)


def _multipart(data: bytes, msg: Message, body: int, end: int, depth: int) -> Message:
    if msg.get_content_type() == "multipart/digest" or depth >= MAX_DEPTH:
        raise _Decline
    boundary = msg.get_boundary()
    cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
    if boundary is None or not boundary.isascii() or cte not in _IDENTITY:
        raise _Decline
    if "\r" in boundary or "\n" in boundary:
        raise _Decline  # (folded, or RFC 2231 %0A) the feed parser matches line by line
    lines = _delimiter_lines(data, b"--" + boundary.encode("ascii"), body, end)
    if len(lines) < 2 or lines[0][2] or not lines[-1][2]:
        raise _Decline  # no first delimiter, no close delimiter, or nothing between
    for (_, before_end, before_close), (after_start, _, _) in pairwise(lines):
        if before_close or after_start == before_end:
            raise _Decline  # a delimiter after the close one, or two back to back
    if lines[0][0] > body:
        msg.preamble = _decode(_without_eol(data[body : lines[0][0]]))
    for (_, part_start, _), (part_end, _, _) in pairwise(lines):
        child = _part(data, part_start, part_end, depth=depth + 1)
        if child.is_multipart():
            epilogue = child.epilogue
            child.epilogue = None if not epilogue else _without_eol_text(epilogue)
        msg.attach(child)
    msg.epilogue = _decode(data[lines[-1][1] : end])
    return msg


def _without_eol_text(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n"):
        return text[:-1]
    return text


def _delimiter_lines(
    data: bytes, delimiter: bytes, start: int, end: int
) -> list[tuple[int, int, bool]]:
    """(line start, line end, is the close delimiter) of each delimiter line in
    data[start:end]: "--boundary", "--" for the close one, blanks, then the line end
    (or the end of the message), as the feed parser's boundary pattern takes them."""
    found = []
    # Only at line starts: the region's start, or after a "\n" (searching for the
    # delimiter alone would visit every "--boundary" inside a line, one Python step each).
    after_eol = b"\n" + delimiter
    if data.startswith(delimiter, start, end):
        at = start
    else:
        at = data.find(after_eol, start, end)
        if at >= 0:
            at += 1
    while at >= 0:
        k = at + len(delimiter)
        close = data.startswith(b"--", k, end)
        if close:
            k += 2
        while k < end and data[k] in b" \t":
            k += 1
        if k == end:
            found.append((at, k, close))
        elif data.startswith(b"\r\n", k, end):
            found.append((at, k + 2, close))
        elif data.startswith(b"\n", k, end):
            found.append((at, k + 1, close))
        at = data.find(after_eol, at, end)
        if at >= 0:
            at += 1
    return found


class _SinglePart(Message):
    """A compat32 Message whose body stays the bytes received until asked for as text.

    The feed parser holds a body as str decoded with surrogateescape (one error-handler
    call per 8-bit byte: 23 µs for 3.6 KB of Japanese) and get_payload(decode=True)
    encodes it back; for an identity transfer encoding (7bit, 8bit, binary) that is the
    bytes received, which this returns as they are. Anything else (the str payload,
    quoted-printable, base64) is the stdlib's own code on the lazily decoded str.
    """

    def __init__(self, body: bytes | None) -> None:
        super().__init__(policy=email.policy.compat32)
        self._body: bytes | None = body

    @property  # type: ignore[override]
    def _payload(self) -> str | None:
        if self._body is not None:
            self._text = _decode(self._body)
            self._body = None
        return self._text

    @_payload.setter
    def _payload(self, value: str | None) -> None:
        self._text = value
        self._body = None

    def is_multipart(self) -> bool:
        # Message.is_multipart looks at _payload, which would decode the body.
        return self._body is None and isinstance(self._text, list)

    def get_payload(self, i: int | None = None, decode: bool = False) -> object:
        body = self._body
        if decode and i is None and body is not None:
            if str(self.get("content-transfer-encoding", "")).lower() not in _STDLIB_DECODES:
                return body
        return super().get_payload(i, decode)
