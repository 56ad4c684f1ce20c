"""proxy.inspect.mimetree builds the same Message tree the stdlib feed parser builds, and
declines whatever the feed parser would read differently.

Compared, part by part: every header as the parser keeps it (raw_items), the payload
(text and decoded), preamble, epilogue, unix-from line, defects, content type, and the
serialised message. On every .eml of the test suite, on hand-written edge cases, and on
generated single parts and multipart trees (hypothesis).
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.inspect import extract
from proxy.inspect.message import parse
from proxy.inspect.mimetree import MAX_DEPTH, build

TESTS = Path(__file__).resolve().parent
EML_FILES = sorted(TESTS.rglob("*.eml"))


def _stdlib(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=email.policy.compat32)


def _decoded(msg: Message) -> object:
    if msg.is_multipart():
        return [_decoded(p) for p in msg.get_payload()]  # type: ignore[union-attr]
    return msg.get_payload(decode=True)


def _shape(msg: Message) -> tuple[object, ...]:
    payload = msg.get_payload()
    return (
        list(msg.raw_items()),
        [_shape(p) for p in payload] if isinstance(payload, list) else payload,
        msg.preamble,
        msg.epilogue,
        msg.get_unixfrom(),
        [type(d).__name__ for d in msg.defects],
        msg.get_content_type(),
        msg.is_multipart(),
    )


def _same_or_declined(data: bytes) -> bool:
    """Asserts the fast tree equals the feed parser's; True when it took the message."""
    fast = build(data)
    if fast is None:
        return False
    slow = _stdlib(data)
    # Decoded payloads first: the fast tree answers them from the bytes it kept, before
    # anything made it decode them as text. (Decoding can record defects: both do.)
    assert _decoded(fast) == _decoded(slow)
    assert _shape(fast) == _shape(slow)
    assert fast.as_bytes() == slow.as_bytes()
    assert _decoded(fast) == _decoded(slow)
    return True


def test_test_suite_messages_agree() -> None:
    assert len(EML_FILES) >= 60
    taken = [p.name for p in EML_FILES if _same_or_declined(p.read_bytes())]
    # Most of the corpus is well-formed (plain, multipart/alternative, attachments):
    # built directly. The broken-MIME ones are declined.
    assert len(taken) >= len(EML_FILES) // 2, taken


def test_extraction_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the inspection reads (segments, attachments, incomplete) does not depend on
    which parser built the tree."""
    import proxy.inspect.message as message

    fast = [extract(p.read_bytes()) for p in EML_FILES]
    monkeypatch.setattr(message, "build", lambda data: None)
    slow = [extract(p.read_bytes()) for p in EML_FILES]
    for path, a, b in zip(EML_FILES, fast, slow, strict=True):
        assert (a.segments, a.attachments, a.incomplete, a.headers) == (
            b.segments, b.attachments, b.incomplete, b.headers,
        ), path.name  # fmt: skip


PLAIN = (
    b"From: a@example.co.jp\r\nTo: b@example.com\r\n"
    b"Subject: =?UTF-8?B?44GK6KaL56mN44KK?=\r\n\tfolded\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nbody line\r\n\r\n-- \r\nsig\r\n"
)
ALT = (
    b'Content-Type: multipart/alternative; boundary="=_b"\r\n\r\n'
    b"This is a multi-part message in MIME format.\r\n\r\n"
    b"--=_b\r\nContent-Type: text/plain\r\n\r\nplain\r\n"
    b"--=_b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n\r\n"
    b"--=_b--\r\nepilogue\r\n"
)
NESTED = (
    b'Content-Type: multipart/mixed; boundary="out"\r\n\r\n'
    b'--out\r\nContent-Type: multipart/alternative; boundary="in"\r\n\r\n'
    b"--in\r\n\r\nplain\r\n--in\r\nContent-Type: text/html\r\n\r\n<b>x</b>\r\n--in--\r\n"
    b"--out\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="a.pdf"\r\n\r\nJVBERi0=\r\n--out--\r\n'
)


@pytest.mark.parametrize(
    ("data", "taken"),
    [
        (PLAIN, True),
        (PLAIN.replace(b"\r\n", b"\n"), True),
        (b"\r\nno headers at all\r\n", True),
        (b"Subject: x\r\n\r\n", True),  # empty body
        (b"Subject:\r\n continued only\r\n\r\nbody", True),
        (b"Subject: \xe4\xbb\xb6\xe5\x90\x8d raw UTF-8\r\n\r\n\x82\xa0 CP932 body\r\n", True),
        (b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+\r\n", True),
        (b"Content-Transfer-Encoding: quoted-printable\r\n\r\na=3Db=\r\nc\r\n", True),
        (ALT, True),
        (ALT.replace(b"\r\n", b"\n"), True),
        (ALT.replace(b"epilogue\r\n", b""), True),  # empty epilogue
        (ALT.replace(b"--=_b--\r\nepilogue\r\n", b"--=_b--"), True),  # close at the end
        (ALT.replace(b"--=_b\r\n", b"--=_b \t\r\n"), True),  # blanks after a delimiter
        (ALT.replace(b"This is a multi-part message in MIME format.\r\n\r\n", b""), True),
        (ALT.replace(b"\nplain\r\n", b"\n--=_bX\r\n---=_b\r\n --=_b\r\n"), True),  # look-alikes
        (NESTED, True),
        (NESTED.replace(b"--in--\r\n", b"--in--\r\ninner epilogue\r\n"), True),
        # Left to the feed parser: message/*, bare CR, unix From line, a line that is no
        # header field, a header block that never ends, a leading continuation, and the
        # multipart defects.
        (b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nx\r\n", False),
        (b"Subject: a\rb\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\n\r\nbody\rmore\r\n", False),
        (b"From someone Thu Nov 26 00:00:00 2026\r\nSubject: a\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\nnot a header line\r\n\r\nbody\r\n", False),
        (b"Subject : a\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\nTo: b\r\n", False),
        (b" leading continuation\r\nSubject: a\r\n\r\nbody\r\n", False),
        (b": no name\r\n\r\nbody\r\n", False),
        (ALT.replace(b"--=_b--", b"--=_b-"), False),  # no close delimiter
        (ALT.replace(b'; boundary="=_b"', b""), False),  # no boundary
        (ALT.replace(b"--=_b\r\n", b"--=_x\r\n"), False),  # no first delimiter
        (ALT.replace(b"\nplain\r\n", b"\nplain\r\n--=_b\r\n"), False),  # back to back
        (ALT.replace(b"epilogue", b"--=_b"), False),  # a delimiter after the close one
        (ALT.replace(b"text/plain\r\n\r\n", b"text/plain\r\n"), False),  # no empty line
        (ALT.replace(b"\r\n\r\nThis", b"\r\nContent-Transfer-Encoding: base64\r\n\r\nThis"), False),
        (ALT.replace(b"multipart/alternative", b"multipart/digest"), False),
        (NESTED.replace(b'boundary="in"', b'boundary="out"'), False),  # same boundary
        (NESTED.replace(b"--in--\r\n", b""), False),  # inner close cut by the outer one
        # A boundary holding a line end (folded, or RFC 2231 %0A): the feed parser, line
        # by line, never finds it; a search over the bytes would.
        (b'Content-Type: multipart/mixed; boundary="a\n b"\n\n--a\n b\n\nx\n--a\n b--\n', False),
        (b"Content-Type: multipart/mixed; boundary*=''a%0Ab\n\n--a\nb\n\nx\n--a\nb--\n", False),
        # Delimiter look-alikes inside a line are not delimiters.
        (ALT.replace(b"\nplain\r\n", b"\nx--=_b --=_b--\r\n"), True),
    ],
)
def test_edge_cases(data: bytes, taken: bool) -> None:
    assert _same_or_declined(data) is taken
    # parse() gives the feed parser's tree either way.
    assert _shape(parse(data)) == _shape(_stdlib(data))


def test_identity_body_is_not_decoded_as_text() -> None:
    """The walk asks is_multipart() and get_payload(decode=True): for a 7bit/8bit body
    neither turns the received bytes into surrogate-escaped text and back."""
    data = "Subject: x\r\n\r\nいつもお世話になっております。\r\n".encode()
    msg = build(data)
    assert msg is not None
    assert not msg.is_multipart()
    assert msg.get_payload(decode=True) == "いつもお世話になっております。\r\n".encode()
    assert msg._body is not None  # type: ignore[attr-defined]
    assert msg.get_payload() == _stdlib(data).get_payload()  # text on demand, as stdlib's


_NAME = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, blacklist_characters=":"),
    min_size=1,
    max_size=12,
)
_VALUE = st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_BOUNDARIES = ["b", "b--", "=_NextPart_000", "in", "b-"]
_MOSTLY = st.sampled_from([True] * 9 + [False])  # not shrunk towards the rare case


@st.composite
def _headers(draw: st.DrawFn, eol: bytes, content_type: bytes | None) -> bytes:
    out = b""
    if content_type is not None:
        out += b"Content-Type: " + content_type + eol
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(["Subject", "X-Note", "Content-Transfer-Encoding"]))
        if not draw(_MOSTLY):
            name = draw(_NAME)
        value = draw(_VALUE)
        if name == "Content-Transfer-Encoding" and draw(_MOSTLY):
            value = draw(st.sampled_from([b" 7bit", b" 8bit", b" base64", b" quoted-printable"]))
        out += name.encode() + b":" + value + eol
        if draw(st.booleans()):
            out += draw(st.sampled_from([b" ", b"\t"])) + draw(_VALUE) + eol
    return out


@st.composite
def _lines(draw: st.DrawFn, eol: bytes, boundaries: list[str]) -> bytes:
    """Body text, sometimes with delimiter look-alikes (or real ones) in it."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(_MOSTLY):
            parts.append(draw(st.sampled_from([b"text", b"", b"> quoted", b"--", b"-- "])))
            continue
        b = draw(st.sampled_from(boundaries or _BOUNDARIES)).encode()
        parts.append(
            draw(
                st.sampled_from([b"text", b"", b"--" + b, b"--" + b + b"--", b"--" + b + b"x"])
                | st.binary(max_size=30).map(lambda x: x.replace(b"\r", b""))
            )
        )
    return eol.join(part.replace(b"\n", eol) for part in parts)


@st.composite
def _tree(draw: st.DrawFn, eol: bytes, depth: int, outer: list[str]) -> bytes:
    if depth < 2 and draw(st.booleans()):
        boundary = draw(st.sampled_from(_BOUNDARIES))
        subtype = draw(st.sampled_from([b"mixed", b"alternative", b"related"]))
        head = draw(
            _headers(eol, b"multipart/" + subtype + b'; boundary="' + boundary.encode() + b'"')
        )
        delim = b"--" + boundary.encode()
        body = b""
        if draw(st.booleans()):
            body += draw(_lines(eol, outer)) + eol  # preamble
        for _ in range(draw(st.integers(0, 3) if not draw(_MOSTLY) else st.integers(1, 3))):
            body += delim + draw(st.sampled_from([b"", b"", b" ", b"\t "])) + eol
            body += draw(_tree(eol, depth + 1, [*outer, boundary])) + eol
        if draw(_MOSTLY):
            body += delim + b"--" + eol
        if draw(st.booleans()):
            body += draw(_lines(eol, outer))  # epilogue
        return head + eol + body
    content_type = draw(
        st.sampled_from([b"text/plain", None, b"text/html", b"text/plain", b"message/rfc822"])
    )
    head = draw(_headers(eol, content_type))
    blank = eol if draw(_MOSTLY) else b""
    return head + blank + draw(_lines(eol, outer))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([b"\r\n", b"\n"]).flatmap(lambda eol: _tree(eol, 0, [])))
def test_generated_trees_agree(data: bytes) -> None:
    _same_or_declined(data)
    assert _shape(parse(data)) == _shape(_stdlib(data))


def test_generated_trees_are_mostly_taken() -> None:
    """The generator above must exercise the fast path, not only the declines."""
    taken = 0

    @settings(max_examples=200, deadline=None, database=None, derandomize=True)
    @given(st.sampled_from([b"\r\n", b"\n"]).flatmap(lambda eol: _tree(eol, 0, [])))
    def count(data: bytes) -> None:
        nonlocal taken
        if build(data) is not None and build(data).is_multipart():  # type: ignore[union-attr]
            taken += 1

    count()
    assert taken >= 10


def _nested(depth: int) -> bytes:
    head = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (k, k)
        for k in range(depth)
    )
    tail = b"".join(b"\r\n--b%d--\r\n" % k for k in reversed(range(depth)))
    return head + b"Content-Type: text/plain\r\n\r\ndeep" + tail


def test_deep_nesting_is_left_to_the_feed_parser() -> None:
    """Deeper than this recursion allows (two frames a level) but not than the feed
    parser's: declined, not an exception, and parse() still gives the stdlib tree."""
    data = _nested(600)
    assert build(data) is None
    ours, theirs = parse(data), _stdlib(data)
    levels = 0
    while True:  # level by level (a recursive comparison would exhaust the stack too)
        assert list(ours.raw_items()) == list(theirs.raw_items())
        assert ours.defects == [] and theirs.defects == []
        if not ours.is_multipart():
            assert ours.get_payload() == theirs.get_payload() == "deep"
            break
        ours, theirs = ours.get_payload(0), theirs.get_payload(0)
        levels += 1
    assert levels == 600
    # Built directly up to MAX_DEPTH multiparts (the walker reads 8), declined deeper:
    # each level searches its whole region, so depth × size is what it costs.
    assert build(_nested(MAX_DEPTH)) is not None
    assert build(_nested(MAX_DEPTH + 1)) is None
