"""Reading and minimally rewriting the header block of a stored message.

Removing a recipient from a held message must change only the To/Cc/Bcc lines: the rest of
the bytes (other headers, body, attachments, DKIM-relevant whitespace) stay exactly as
the client sent them. So this works on raw bytes, not on a parsed-and-regenerated
`email.message`: the header block is decoded as latin-1 (a lossless byte ↔ str mapping,
so 8-bit display names survive untouched), the address lists are split with a small
RFC 5322 tokenizer that keeps every item's original text, and only the items that are
removed disappear.
"""

from __future__ import annotations

import email.policy
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser

ADDRESS_HEADERS = frozenset({"to", "cc", "bcc"})
_FOLD_AT = 78  # RFC 5322 §2.1.1 recommended line length


def header_end(data: bytes) -> int:
    """Where the header lines end (their last line end included): the blank line that
    follows is data[end:]; len(data) when there is none."""
    if data.startswith((b"\r\n", b"\n")):
        return 0
    crlf = data.find(b"\r\n\r\n")
    # "\n\n" only before the first CRLF pair: a CRLF message has none, and searching
    # all of a 45 MB body for it took 20 ms of the event loop.
    lf = data.find(b"\n\n", 0, crlf + 2 if crlf >= 0 else len(data))
    if lf >= 0 and (crlf < 0 or lf < crlf):
        return lf + 1
    return crlf + 2 if crlf >= 0 else len(data)


def split_header_block(data: bytes) -> tuple[bytes, bytes]:
    """(header lines with their line endings, the rest starting at the blank line)."""
    end = header_end(data)
    return data[:end], data[end:]


def header_summary(data: bytes) -> tuple[str, str]:
    """(Message-ID, decoded Subject) of a message, "" for a missing or unreadable one."""
    head = data[: header_end(data)]  # not the body: no copy of a big message
    try:
        msg = BytesHeaderParser(policy=email.policy.default).parsebytes(head)
        message_id = str(msg.get("Message-ID", "") or "").strip()
        subject = str(msg.get("Subject", "") or "").strip()
    except Exception:  # malformed headers must not stop a hold
        return "", ""
    return message_id[:998], subject[:998]


def _fields(head: bytes) -> list[list[bytes]]:
    """Header fields, each as its physical lines (continuations start with SP/HTAB)."""
    out: list[list[bytes]] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and out:
            out[-1].append(line)
        else:
            out.append([line])
    return out


@dataclass
class _Group:
    prefix: str  # display name and ':'
    members: list[str] = field(default_factory=list)
    suffix: str = ";"


_Entry = str | _Group


def _parse_address_list(value: str) -> list[_Entry]:
    """Split an address-list into items, each kept as its original text."""
    entries: list[_Entry] = []
    group: _Group | None = None
    buf: list[str] = []
    in_quote = escape = in_angle = False
    depth = 0

    def flush() -> None:
        raw = "".join(buf).strip()
        buf.clear()
        if raw:
            (group.members if group is not None else entries).append(raw)

    for ch in value:
        if escape:
            escape = False
        elif in_quote:
            if ch == "\\":
                escape = True
            elif ch == '"':
                in_quote = False
        elif depth:
            if ch == "\\":
                escape = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
        elif ch == '"':
            in_quote = True
        elif ch == "(":
            depth = 1
        elif ch == "<":
            in_angle = True
        elif ch == ">":
            in_angle = False
        elif not in_angle:
            if ch == ",":
                flush()
                continue
            if ch == ":" and group is None:
                group = _Group(prefix="".join(buf).strip() + ":")
                buf.clear()
                continue
            if ch == ";" and group is not None:
                flush()
                entries.append(group)
                group = None
                continue
        buf.append(ch)
    flush()
    if group is not None:
        group.suffix = ""
        entries.append(group)
    return entries


def _strip_comments(text: str) -> str:
    out: list[str] = []
    depth = 0
    in_quote = escape = False
    for ch in text:
        if escape:
            escape = False
            if not depth:
                out.append(ch)
            continue
        if ch == "\\" and (in_quote or depth):
            escape = True
            if not depth:
                out.append(ch)
            continue
        if in_quote:
            in_quote = ch != '"'
            out.append(ch)
        elif ch == '"' and not depth:
            in_quote = True
            out.append(ch)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def address_of(item: str) -> str:
    """The addr-spec in one mailbox item ("Name <a@b>", "a@b (comment)"), lower-cased."""
    text = _strip_comments(item)
    start = text.find("<")
    if start >= 0:
        end = text.find(">", start)
        spec = text[start + 1 : end if end >= 0 else len(text)]
        spec = spec.rpartition(":")[2]  # obsolete source route "@a,@b:x@y"
    else:
        spec = text
    return "".join(spec.split()).lower()


def _render(name: str, entries: list[_Entry], eol: str) -> str:
    parts = [
        (f"{e.prefix} {', '.join(e.members)}" if e.members else e.prefix) + e.suffix
        if isinstance(e, _Group)
        else e
        for e in entries
    ]
    line = f"{name}:"
    lines: list[str] = []
    for i, part in enumerate(parts):
        sep = "," if i < len(parts) - 1 else ""
        if i and len(line) + 1 + len(part) + len(sep) > _FOLD_AT:
            lines.append(line)
            line = " " + part + sep
        else:
            line += " " + part + sep
    lines.append(line)
    return eol.join(lines) + eol


def _recipient_count(entries: list[_Entry]) -> int:
    n = 0
    for e in entries:
        if isinstance(e, _Group):
            n += 1  # a group, even an empty one, is a deliberate statement: keep the field
        elif address_of(e):
            n += 1
    return n


def remove_addresses(data: bytes, addresses: Iterable[str]) -> bytes:
    """`data` with every mailbox whose address is in `addresses` (case-insensitive) taken
    out of the To, Cc and Bcc fields. A field left with no address is dropped. Every other
    byte is kept; fields that lose nothing are kept byte for byte."""
    drop = {address_of(a) for a in addresses}
    drop.discard("")
    head, rest = split_header_block(data)
    out: list[bytes] = []
    for lines in _fields(head):
        raw = b"".join(lines)
        name, colon, _ = lines[0].partition(b":")
        if not colon or name.strip().lower().decode("latin-1") not in ADDRESS_HEADERS:
            out.append(raw)
            continue
        text = raw.decode("latin-1")
        eol = "\r\n" if text.endswith("\r\n") else "\n" if text.endswith("\n") else ""
        value = "".join(line.rstrip("\r\n") for line in text.splitlines(keepends=True))
        value = value.partition(":")[2]
        entries = _parse_address_list(value)
        kept: list[_Entry] = []
        changed = False
        for e in entries:
            if isinstance(e, _Group):
                members = [m for m in e.members if address_of(m) not in drop]
                changed |= len(members) != len(e.members)
                kept.append(_Group(e.prefix, members, e.suffix))
            elif address_of(e) in drop:
                changed = True
            else:
                kept.append(e)
        if not changed:
            out.append(raw)
        elif _recipient_count(kept):
            out.append(_render(name.decode("latin-1"), kept, eol or "\r\n").encode("latin-1"))
        # else: nothing left to name: drop the field (To/Cc are optional, RFC 5322 §3.6)
    return b"".join(out) + rest
