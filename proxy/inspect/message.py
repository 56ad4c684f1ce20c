"""Walking one message's MIME tree (RFC 2045-2049): headers, body text, attachments, nested
messages. The message is parsed once into the tree of `email.policy.compat32` (the
structured header registry of `policy.default` cost more than the rest of the inspection):
built directly for well-formed mail (`mimetree`, the same tree), by the stdlib feed parser
for anything else. Values are read from the raw headers the tree keeps (see `headers`), so
broken MIME degrades to "could not be fully inspected" reasons instead of exceptions.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.policy
import mimetypes
import quopri
import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from proxy.inspect.cms import signed_content
from proxy.inspect.files import inspect_file
from proxy.inspect.flowed import flowed_params
from proxy.inspect.headers import decode_header, split_params, surrogate_bytes
from proxy.inspect.mimetree import build
from proxy.inspect.scan import Scan
from proxy.inspect.sniff import file_as_text, pgp_armored
from proxy.inspect.textfiles import (
    read_html,
    read_structured,
    read_text,
    read_zengin,
    structured_kind,
)
from proxy.inspect.uuencode import blocks as uu_blocks
from proxy.inspect.uuencode import without_blocks
from proxy.inspect.zengin import records as zengin_records
from proxy.model import Attachment

# Trace and transport headers say nothing a person wrote, and their random tokens (DKIM
# signatures, message IDs, Exchange correlators) would only feed detectors noise. Address
# headers are left out as text too: their addresses are structured data already (From,
# To/Cc, the envelope), and as text every recipient would become an `email_address` hit.
_SKIP_HEADERS = frozenset(
    {
        "received",
        "x-received",
        "return-path",
        "received-spf",
        "authentication-results",
        "dkim-signature",
        "domainkey-signature",
        "x-google-dkim-signature",
        "message-id",
        "in-reply-to",
        "references",
        "date",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
        "thread-index",
        "x-originating-ip",
        "delivered-to",
        "list-unsubscribe",
        "list-id",
        "feedback-id",
        "from",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "sender",
        "disposition-notification-to",
        "return-receipt-to",
        "errors-to",
    }
)
_SKIP_PREFIXES = ("resent-", "arc-", "x-ms-", "x-google-", "x-gm-", "x-microsoft-")
_IDENTITY_CTE = frozenset({"", "7bit", "8bit", "binary"})
_KNOWN_CTE = _IDENTITY_CTE | {"base64", "quoted-printable", "x-uuencode", "uuencode", "x-uue"}
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")


@dataclass
class Headers:
    items: list[tuple[str, str]] = field(default_factory=list)  # decoded, names as sent
    raw: dict[str, list[str]] = field(default_factory=dict)  # lower-case name → raw values

    def first(self, name: str) -> str:
        values = self.raw.get(name)
        return values[0] if values else ""


def read_headers(msg: Message, scan: Scan, where: str, *, decode: bool = True) -> Headers:
    """The part's headers; `decode=False` keeps only the raw values (`first`), for the
    MIME walk, which reads Content-* parameters and never the decoded list."""
    headers = Headers()
    try:
        items = list(msg.raw_items())
    except Exception as exc:
        scan.note(where, f"unreadable headers ({type(exc).__name__})")
        return headers
    raw_values = headers.raw
    for name, value in items:
        if not name.isascii():  # raw 8-bit bytes in a field name
            name = surrogate_bytes(str(name)).decode("utf-8", "replace")
        raw = value if isinstance(value, str) else str(value)
        lower = name.lower()
        if lower in raw_values:
            raw_values[lower].append(raw)
        else:
            raw_values[lower] = [raw]
        if decode:
            headers.items.append((name, decode_header(raw)))
    return headers


def _text_header(name: str) -> bool:
    lower = name.lower()
    return lower not in _SKIP_HEADERS and not lower.startswith(_SKIP_PREFIXES)


@dataclass
class _Context:
    """Where the text of one message goes: the top level, or an attached message."""

    path: str | None  # None: the message itself; else its path below "attachment:"
    unnamed: int = 0
    root: Message | None = None  # the message's own top part

    @property
    def body_location(self) -> str:
        return "body" if self.path is None else "attachment:" + self.path

    @property
    def kind(self) -> str:
        return "body" if self.path is None else "attachment"

    def child_path(self, name: str) -> str:
        return name if self.path is None else f"{self.path}/{name}"


def parse(data: bytes) -> Message:
    """The message tree: built directly for well-formed mail (mimetree.build, the same
    tree), by the stdlib feed parser for anything else."""
    tree = build(data)
    if tree is not None:
        return tree
    return email.message_from_bytes(data, policy=email.policy.compat32)


def inspect_headers(scan: Scan, headers: Headers, ctx: _Context) -> None:
    senders: set[str] | None = None
    for name, value in headers.items:
        lower = name.lower()
        if lower in _NAMED_RECIPIENTS:
            # Addresses are header fields, not findings; a display name is text every
            # recipient sees ("山田 090-1234-5678 <y@…>"). The sender's own is not: From,
            # nor the sender's address again in Cc or Reply-To ("小野 090-… <ono@…>").
            if "<" not in value and "(" not in value:
                # Bare addresses: getaddresses takes a name only from a phrase before
                # "<…>" or from a comment (RFC 5322 §3.4), and its parse costs about a
                # twentieth of the inspection of a short mail.
                continue
            if senders is None:
                senders = _addresses(headers, "from") | _addresses(headers, "sender")
            value = _display_names(value, senders)
            if not value:
                continue
        elif not _text_header(name) and lower != "subject":
            continue
        if ctx.path is None:
            location = "subject" if lower == "subject" else f"header:{name}"
            scan.add_text(value, location, "header")
        else:
            scan.add_text(value, ctx.body_location, "attachment")


_NAMED_RECIPIENTS = frozenset({"to", "cc", "reply-to"})


def _display_names(value: str, senders: set[str]) -> str:
    return " / ".join(
        name
        for name, address in _pairs([value])
        if name.strip() and address.lower() not in senders
    )


def _addresses(headers: Headers, name: str) -> set[str]:
    return {a.lower() for _, a in _pairs(headers.raw.get(name, [])) if a}


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) of address header values; none for a list too malformed
    to read (its names are not worth a failed message)."""
    try:
        return getaddresses(values)
    except Exception:
        return []


def walk(
    scan: Scan, part: Message, depth: int, ctx: _Context, headers: Headers | None = None
) -> None:
    """Inspect one MIME part and everything below it. Never raises. `headers`: the
    part's headers when the caller has read them already."""
    where = ctx.body_location
    if scan.out_of_time() or scan.too_deep(depth, where):
        return
    try:
        _walk(scan, part, depth, ctx, headers)
    except RecursionError:
        scan.note(where, "MIME structure nested too deeply to read")
    except Exception as exc:  # a damaged part must not hide the others: fail safe
        scan.note(where, f"damaged MIME part ({type(exc).__name__})")


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"  # RFC 2045 §5.2 default


def _walk(scan: Scan, part: Message, depth: int, ctx: _Context, headers: Headers | None) -> None:
    ctype = _content_type(part)
    maintype = ctype.partition("/")[0]
    if headers is None:
        headers = read_headers(part, scan, ctx.body_location, decode=False)
    _, ct_params = split_params(headers.first("content-type"))
    disposition, cd_params = split_params(headers.first("content-disposition"))
    filename = cd_params.get("filename") or ct_params.get("name") or ""
    filename = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()

    if ctype in ("message/rfc822", "message/global"):
        _attached_message(scan, part, headers, depth, ctx, filename, ctype)
        return
    if ctype == "message/partial":
        # RFC 2046 §5.2.2: one fragment of a message split over several mails; the whole
        # can only be seen by the recipient who reassembles it.
        scan.note(ctx.body_location, "fragmented message (message/partial)")
        return
    if part.is_multipart():
        payload = part.get_payload()
        if maintype == "message":  # delivery-status, disposition-notification: header blocks
            for block in payload if isinstance(payload, list) else []:
                for _, value in read_headers(block, scan, ctx.body_location).items:
                    scan.add_text(value, ctx.body_location, ctx.kind)
            return
        for child in payload if isinstance(payload, list) else []:
            walk(scan, child, depth + 1, ctx)
        return

    data = _payload(scan, part, headers, ctx.body_location)
    charset = ct_params.get("charset")
    if maintype == "multipart":
        # Declared multipart, but the parser found no boundary (defects
        # NoBoundaryInMultipart / StartBoundaryNotFound): the body is one opaque blob.
        scan.note(ctx.body_location, "multipart body without a usable boundary")
        read_text(scan, data, charset, ctx.body_location, ctx.kind)
        return
    if ctype == "message/external-body":
        return  # RFC 2046 §5.2.3: the content is elsewhere, not in this mail
    if (
        not filename
        and disposition != "attachment"
        and maintype == "text"
        and not file_as_text(data)  # a ZIP sent as an unnamed text part: a file
    ):
        if pgp_armored(data):
            # Inline PGP: the text the recipient decrypts is not here to inspect.
            scan.note(ctx.body_location, "PGP-encrypted text in the body")
        uu, more = uu_blocks(data) if ctype == "text/plain" else ([], False)
        if more:
            scan.note(ctx.body_location, f"more than {len(uu)} uuencoded files")
        if uu:  # files carried the pre-MIME way: each read as an attachment
            data = without_blocks(data, uu)
            for _, _, name, content in uu:
                path = ctx.child_path(name)
                if content is None:
                    scan.add_attachment(Attachment(name=path, content_type="", size=0))
                    scan.note("attachment:" + path, "damaged uuencoded file")
                else:
                    inspect_file(scan, name, "application/octet-stream", content, depth, path)
        if ctype == "text/html":
            read_html(scan, data, charset, ctx.body_location, ctx.kind, tables=True)
        elif (what := structured_kind("", ctype)) is not None:  # a text/calendar part
            read_structured(scan, data, charset, ctx.body_location, ctx.kind, what)
        elif ctype == "text/plain" and (zengin := zengin_records(data)) is not None:
            # A 全銀 file sent as the body itself (`mail < FURIKOMI.TXT` from a batch job).
            read_zengin(scan, data, zengin, ctx.body_location, ctx.kind)
        else:
            flowed = flowed_params(ct_params) if ctype == "text/plain" else (False, False)
            read_text(scan, data, charset, ctx.body_location, ctx.kind, tables=True, flowed=flowed)
        return
    if (
        part is ctx.root
        and ctype in _PKCS7
        and (
            ct_params.get("smime-type", "").lower() == "signed-data"
            or filename.lower() == "smime.p7m"
        )
    ):
        # Opaque signing (RFC 8551 §3.5.3): the message's own MIME entity is inside the
        # signature, and a mail client shows it as the message. Read as the message's
        # content (its signature block is the sender's), not as a file. An smime.p7m
        # beside other parts is a file (somebody's signed mail forwarded as one).
        content = signed_content(data)
        if content is not None:
            try:
                inner = parse(content)
            except RecursionError:
                scan.note(ctx.body_location, "MIME structure nested too deeply to read")
                return
            walk(scan, inner, depth + 1, ctx)
            return
    if not filename:
        ctx.unnamed += 1
        filename = f"part{ctx.unnamed}{_suffix(ctype)}"
    inspect_file(scan, filename, ctype, data, depth, ctx.child_path(filename), charset)


_PKCS7 = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})


def _suffix(ctype: str) -> str:
    return mimetypes.guess_extension(ctype, strict=False) or ".bin"


def _payload(scan: Scan, part: Message, headers: Headers, where: str) -> bytes:
    """The part's content with its Content-Transfer-Encoding undone, as far as possible."""
    cte = decode_header(headers.first("content-transfer-encoding")).lower()
    before = len(part.defects)
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        scan.note(where, f"undecodable part ({type(exc).__name__})")
        return b""
    if data is None:
        return b""
    if isinstance(data, str):
        data = surrogate_bytes(data)
    if any(isinstance(d, email.errors.InvalidBase64LengthDefect) for d in part.defects[before:]):
        # The stdlib gives back the encoded text when base64 has a stray last character;
        # decode everything before it so the rest is still inspected.
        data = _undo_cte(data, "base64")
        scan.note(where, "damaged base64 content")
    if cte not in _KNOWN_CTE:
        # RFC 2045 §6.4: an unknown encoding makes the body opaque.
        scan.note(where, "unknown Content-Transfer-Encoding")
    return data


def _undo_cte(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        cleaned = _NOT_BASE64.sub(b"", data)
        try:
            return base64.b64decode(cleaned[: len(cleaned) - len(cleaned) % 4])
        except (binascii.Error, ValueError):
            return b""
    return quopri.decodestring(data)


def _attached_message(
    scan: Scan,
    part: Message,
    headers: Headers,
    depth: int,
    ctx: _Context,
    filename: str,
    ctype: str,
) -> None:
    payload = part.get_payload()
    cte = decode_header(headers.first("content-transfer-encoding")).lower()
    parsed = isinstance(payload, list) and payload and isinstance(payload[0], Message)
    if parsed and cte not in ("base64", "quoted-printable"):
        inner = payload[0]
        try:
            size = len(inner.as_bytes())
        except Exception:
            size = 0
    else:
        # A message/rfc822 part sent base64- or QP-encoded (RFC 2046 §5.2.1 forbids it;
        # some clients do it). The parser took the encoded text for a message; undo that,
        # decode, and parse what it really is.
        if parsed:
            encoded = payload[0]
            lines = "".join(f"{k}: {v}\n" for k, v in encoded.raw_items())
            body = encoded.get_payload()
            text = lines + ("\n" if lines else "") + (body if isinstance(body, str) else "")
            raw = _undo_cte(surrogate_bytes(text), cte)
        else:
            raw = _payload(scan, part, headers, ctx.body_location)
        size = len(raw)
        inner = parse(raw)
    if not filename:
        ctx.unnamed += 1
        filename = f"message{ctx.unnamed}.eml"
    path = ctx.child_path(filename)
    scan.add_text(filename, "attachment:" + path, "attachment")
    scan.add_attachment(Attachment(name=path, content_type=ctype, size=size))
    if scan.too_deep(depth + 1, "attachment:" + path):
        return
    inspect_message_tree(scan, inner, depth + 1, path)


def inspect_message_tree(scan: Scan, msg: Message, depth: int, path: str) -> None:
    """An attached message: its headers and body are text of the attachment at `path`."""
    ctx = _Context(path=path, root=msg)
    headers = read_headers(msg, scan, ctx.body_location)
    inspect_headers(scan, headers, ctx)
    walk(scan, msg, depth, ctx, headers)


def inspect_nested(scan: Scan, data: bytes, depth: int, path: str) -> None:
    """An .eml file (attached as a file or inside an archive); its record is already made."""
    try:
        msg = parse(data)
    except RecursionError:
        scan.note("attachment:" + path, "MIME structure nested too deeply to read")
        return
    inspect_message_tree(scan, msg, depth, path)


def inspect_top(scan: Scan, data: bytes) -> Headers:
    """The message itself: header and body segments, attachments. Returns its headers."""
    ctx = _Context(path=None)
    try:
        msg = parse(data)
    except RecursionError:
        # Nesting deep enough to exhaust the parser's stack: read the headers alone and
        # the rest as raw text, which is better than nothing but not an inspection.
        scan.note("body", "MIME structure nested too deeply to parse")
        msg = BytesHeaderParser(policy=email.policy.default).parsebytes(data)
        headers = read_headers(msg, scan, "message")
        inspect_headers(scan, headers, ctx)
        body = msg.get_payload()
        raw = surrogate_bytes(body) if isinstance(body, str) else b""
        read_text(scan, raw, None, "body", "body")
        return headers
    headers = read_headers(msg, scan, "message")
    inspect_headers(scan, headers, ctx)
    ctx.root = msg
    walk(scan, msg, 0, ctx, headers)
    return headers
