"""The single-part shortcut of proxy.inspect.message.parse builds the same Message the
stdlib feed parser builds, and declines whatever the feed parser would read differently.

Compared: every header as the parser keeps it (raw_items), the payload, the unix-from
line, the defects, the content type. On every .eml of the test corpus, on hand-written
edge cases, and on generated messages (hypothesis).
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
from proxy.inspect.message import _parse_single_part, parse

TESTS = Path(__file__).resolve().parent
EML_FILES = sorted(TESTS.rglob("*.eml"))


def _stdlib(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=email.policy.compat32)


def _shape(msg: Message) -> tuple[object, ...]:
    payload = msg.get_payload()
    return (
        list(msg.raw_items()),
        [_shape(p) for p in payload] if isinstance(payload, list) else payload,
        msg.get_unixfrom(),
        [type(d).__name__ for d in msg.defects],
        msg.get_content_type(),
        msg.is_multipart(),
        msg.as_bytes(),
    )


def _same_or_declined(data: bytes) -> bool:
    """Asserts the shortcut agrees with the feed parser; True when it took the message."""
    fast = _parse_single_part(data)
    if fast is None:
        return False
    slow = _stdlib(data)
    # Decoded payload first: the shortcut answers it from the bytes it kept, before
    # anything made it decode them as text. (Decoding can record defects: both do.)
    assert fast.get_payload(decode=True) == slow.get_payload(decode=True)
    assert _shape(fast) == _shape(slow)
    assert fast.get_payload(decode=True) == slow.get_payload(decode=True)
    return True


def test_corpus_files_agree() -> None:
    assert len(EML_FILES) >= 60
    taken = sum(_same_or_declined(path.read_bytes()) for path in EML_FILES)
    # Some of the corpus is single-part (plain mail, ISO-2022-JP, HTML-only): taken.
    assert taken >= 5


def test_extraction_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the inspection reads (segments, attachments, incomplete) does not depend on
    which parser built the tree."""
    import proxy.inspect.message as message

    fast = [extract(p.read_bytes()) for p in EML_FILES]
    monkeypatch.setattr(message, "_parse_single_part", lambda data: None)
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
        # Left to the feed parser: multipart, message/*, bare CR, unix From line, a line
        # that is no header field, a header block that never ends, a leading continuation.
        (b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n', False),
        (b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nx\r\n", False),
        (b"Subject: a\rb\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\n\r\nbody\rmore\r\n", False),
        (b"From someone Thu Nov 26 00:00:00 2026\r\nSubject: a\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\nnot a header line\r\n\r\nbody\r\n", False),
        (b"Subject : a\r\n\r\nbody\r\n", False),
        (b"Subject: a\r\nTo: b\r\n", False),
        (b" leading continuation\r\nSubject: a\r\n\r\nbody\r\n", False),
        (b": no name\r\n\r\nbody\r\n", False),
    ],
)
def test_edge_cases(data: bytes, taken: bool) -> None:
    assert _same_or_declined(data) is taken
    # parse() gives the feed parser's answer either way.
    assert _shape(parse(data)) == _shape(_stdlib(data))


_NAME = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, blacklist_characters=":"),
    min_size=1,
    max_size=12,
)
_VALUE = st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_EOL = st.sampled_from([b"\r\n", b"\n"])


@st.composite
def _messages(draw: st.DrawFn) -> bytes:
    eol = draw(_EOL)
    out = b""
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(["Content-Type", "Subject", "X-Note", "MIME-Version"]) | _NAME)
        out += name.encode() + b":" + draw(_VALUE) + eol
        for _ in range(draw(st.integers(0, 2))):
            out += draw(st.sampled_from([b" ", b"\t"])) + draw(_VALUE) + eol
    if draw(st.booleans()):
        out += eol
    body = draw(st.binary(max_size=200))
    if draw(st.booleans()):
        body = body.replace(b"\r", b"").replace(b"\n", eol)
    return out + body


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_messages())
def test_generated_messages_agree(data: bytes) -> None:
    _same_or_declined(data)
    assert _shape(parse(data)) == _shape(_stdlib(data))


def test_identity_body_is_not_decoded_as_text() -> None:
    """The walk asks is_multipart() and get_payload(decode=True): for a 7bit/8bit body
    neither turns the received bytes into surrogate-escaped text and back."""
    data = "Subject: x\r\n\r\nいつもお世話になっております。\r\n".encode()
    msg = _parse_single_part(data)
    assert msg is not None
    assert not msg.is_multipart()
    assert msg.get_payload(decode=True) == "いつもお世話になっております。\r\n".encode()
    assert msg._body is not None  # type: ignore[attr-defined]
    assert msg.get_payload() == _stdlib(data).get_payload()  # text on demand, as stdlib's
