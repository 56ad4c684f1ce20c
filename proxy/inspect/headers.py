"""Header values as people read them: unfolded, RFC 2047 encoded words decoded, parameters
(RFC 2045 §5.1, RFC 2231) parsed, addresses taken out.

Works on the raw values the `email` parser keeps (`Message.raw_items()`), not on its header
objects: those decode ISO-2022-JP with the strict stdlib codec (losing ① and ㈱), and some
malformed values make them raise. Everything here is lenient and never raises.
"""

from __future__ import annotations

import base64
import binascii
import re
from email.utils import getaddresses
from urllib.parse import unquote_to_bytes

from proxy.inspect.charset import decode_bytes

# RFC 2047 §2: =?charset?encoding?encoded-text?= ; the charset may carry an RFC 2231 §5
# language ("iso-2022-jp*ja"). Lenient: also found inside words and quoted strings, where
# Japanese mailers put them although §5 forbids it.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n")
_SPACES_BETWEEN_WORDS = re.compile(r"[ \t\r\n]+")


def surrogate_bytes(value: str) -> bytes:
    """The bytes behind a string the parser built with surrogateescape (raw 8-bit headers)."""
    return value.encode("utf-8", "surrogateescape")


def unfold(value: str) -> str:
    """RFC 5322 §2.2.3: a folded header is one logical line; CRLF + WSP is just the WSP."""
    return _FOLD.sub("", value)


def _decode_8bit(value: str) -> str:
    """Raw 8-bit header bytes (RFC 6532 UTF-8, or CP932 from older clients) to text."""
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return decode_bytes(surrogate_bytes(value))
    return value


def _word_bytes(encoding: str, text: str) -> bytes:
    if encoding in "bB":
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", text)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
        try:
            return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
        except (binascii.Error, ValueError):
            return b""
    # RFC 2047 §4.2: "_" is a space, =XX an octet.
    raw = surrogate_bytes(text.replace("_", " "))
    return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes((int(m.group(1), 16),)), raw)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words in an (unfolded) header value.

    Adjacent encoded words are joined (the whitespace between them is not text, RFC 2047
    §6.2), and runs of words in the same charset are decoded together: many clients split a
    multi-byte character across two words.
    """
    if "=?" not in value:
        return _decode_8bit(value)
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    pos = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset))
        pending, pending_charset = [], ""

    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        if between and not (pending and _SPACES_BETWEEN_WORDS.fullmatch(between)):
            flush()
            out.append(_decode_8bit(between))
        charset = match.group(1).split("*", 1)[0]
        if pending and charset.lower() != pending_charset.lower():
            flush()
        pending_charset = charset
        pending.append(_word_bytes(match.group(2), match.group(3)))
        pos = match.end()
    flush()
    out.append(_decode_8bit(value[pos:]))
    return "".join(out)


# Header values repeat from message to message (a sender's Subject prefixes, X-Mailer,
# the same few Content-* values): decoded values are remembered. decode_header is a pure
# function of its argument.
_DECODED: dict[str, str] = {}
_DECODED_SIZE = 4096
_DECODED_MAX_LEN = 2048  # long values are rare repeats; not worth keeping


def decode_header(value: str) -> str:
    """A raw header value as text: unfolded, encoded words and 8-bit bytes decoded."""
    decoded = _DECODED.get(value)
    if decoded is None:
        decoded = decode_words(unfold(value)).strip()
        if len(value) <= _DECODED_MAX_LEN:
            if len(_DECODED) >= _DECODED_SIZE:
                _DECODED.clear()
            _DECODED[value] = decoded
    return decoded


# -- parameters (Content-Type, Content-Disposition) ----------------------------------------

_PARAM = re.compile(
    r"""\s*([^\s=;"]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)""",  # name = "quoted" | token
    re.DOTALL,
)
_SECTION = re.compile(r"^(.+?)\*(\d+)(\*?)$")


_PARAMS: dict[str, tuple[str, dict[str, str]]] = {}  # split_params' answers (a pure function)


def split_params(value: str) -> tuple[str, dict[str, str]]:
    """`type/subtype; a=b; c*=utf-8''%E3%81%82` → ("type/subtype", {"a": "b", "c": "あ"}).

    Parameter names are lower-cased. RFC 2231 continuations (`name*0*`, `name*1`) and
    charsets are joined and decoded; RFC 2047 words inside quoted values (not allowed, but
    what Outlook and many Japanese clients send for file names) are decoded too.
    Remembered per value ("text/plain; charset=UTF-8" comes back mail after mail); the
    caller gets its own dict.
    """
    if not value:
        return "", {}
    known = _PARAMS.get(value)
    if known is None:
        known = _split_params(value)
        if len(value) <= _DECODED_MAX_LEN:
            if len(_PARAMS) >= _DECODED_SIZE:
                _PARAMS.clear()
            _PARAMS[value] = known
    return known[0], dict(known[1])


def _split_params(value: str) -> tuple[str, dict[str, str]]:
    text = unfold(value)
    head, _, rest = text.partition(";")
    plain: dict[str, str] = {}
    extended: dict[str, str] = {}
    sections: dict[str, dict[int, tuple[str, bool]]] = {}
    for match in _PARAM.finditer(rest):
        name = match.group(1).lower()
        raw = match.group(2).strip()
        if raw.startswith('"'):
            inner = raw[1:-1] if raw.endswith('"') and len(raw) > 1 else raw[1:]
            raw = re.sub(r"\\(.)", r"\1", inner)
        section = _SECTION.match(name)
        if section:
            sections.setdefault(section.group(1), {})[int(section.group(2))] = (
                raw,
                bool(section.group(3)),
            )
        elif name.endswith("*"):
            extended[name[:-1]] = _decode_2231(raw, True)
        else:
            plain.setdefault(name, raw)
    for name, parts in sections.items():
        extended.setdefault(name, _join_sections(parts))
    params = {name: decode_words(val) for name, val in plain.items()}
    params.update(extended)
    return head.strip().lower(), params


def _decode_2231(raw: str, encoded: bool, charset: str | None = None) -> str:
    """RFC 2231 §4: charset'language'percent-encoded-octets."""
    if not encoded:
        return raw
    if charset is None:
        parts = raw.split("'", 2)
        if len(parts) == 3:
            charset, raw = parts[0], parts[2]
    return decode_bytes(unquote_to_bytes(raw), charset or None)


def _join_sections(parts: dict[int, tuple[str, bool]]) -> str:
    """RFC 2231 §3-4: continuations in number order; only section 0 names the charset, and
    encoded sections' octets are joined before decoding (a character may span two)."""
    charset: str | None = None
    octets = bytearray()
    for index in sorted(parts):
        raw, encoded = parts[index]
        if encoded:
            if index == 0:
                pieces = raw.split("'", 2)
                if len(pieces) == 3:
                    charset, raw = pieces[0], pieces[2]
            octets += unquote_to_bytes(raw)
        else:
            octets += surrogate_bytes(raw)
    if charset is None:
        return decode_words(decode_bytes(bytes(octets)))
    return decode_bytes(bytes(octets), charset)


# -- addresses -----------------------------------------------------------------------------


def addr_specs(values: list[str]) -> list[str]:
    """The addr-specs in address header values, with the domain lower-cased, in order,
    without duplicates. Groups and display names are dropped (RFC 5322 §3.4).

    The stdlib address parser costs about 50 µs a header, and senders and recipients
    repeat: answers are remembered per list of values (a pure function of them)."""
    key = tuple(values)
    known = _ADDRESSES.get(key)
    if known is None:
        known = _addr_specs(values)
        if sum(map(len, key)) <= _ADDRESSES_MAX_LEN:
            if len(_ADDRESSES) >= _ADDRESSES_SIZE:
                _ADDRESSES.clear()
            _ADDRESSES[key] = known
    return list(known)


_ADDRESSES: dict[tuple[str, ...], tuple[str, ...]] = {}
_ADDRESSES_SIZE = 1024
_ADDRESSES_MAX_LEN = 4096


def _addr_specs(values: list[str]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    cleaned = [_decode_8bit(unfold(v)) for v in values]
    try:
        pairs = getaddresses(cleaned)
    except Exception:  # the stdlib parser has raised on hostile input before; not fatal
        pairs = []
    for _, address in pairs:
        local, at, domain = address.strip().rpartition("@")
        if not at or not local or not domain:
            continue
        found.setdefault(f"{local}@{domain.lower()}", None)
    return tuple(found)


def clear_caches() -> None:
    """Forget remembered header decodings and addresses (benchmarks, tests)."""
    _DECODED.clear()
    _PARAMS.clear()
    _ADDRESSES.clear()
