"""Outlook items saved as files (.msg, [MS-OXMSG]): a mail dragged out of Outlook and
attached, the usual way a Japanese office forwards "the customer's mail" with all its
attachments. An OLE2 compound file: each MAPI property of the message is a stream named
`__substg1.0_IIIITTTT` (property id, property type) or a value in the
`__properties_version1.0` stream; each attachment and recipient is a storage of its own,
and an attached Outlook item is a message storage inside its attachment (§2.2.2.1).

What is read: the subject (not the sender and recipients, as an attached mail's From/To/Cc
are not), the string properties of items that are not mails (contacts, appointments,
tasks), the plain-text body (PidTagBody) or else the HTML body (PidTagHtml) or else the
compressed RTF one (PidTagRtfCompressed, inflated when read, against the deadline), every
attached file (typed by its PidTagAttachMimeTag when it has one), and attached items,
recursively; an attached OLE object is lifted out as a compound file of its own and read
like a file. An attachment by reference is reported, not skipped silently.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
from dataclasses import dataclass, field

import olefile

from proxy.inspect.charset import decode_bytes
from proxy.inspect.ole import OversizedCompoundFile, check_intact, streams_below, substorage_file

# Property ids ([MS-OXPROPS]) and types ([MS-OXCDATA] §2.11.1).
_SUBJECT = 0x0037
_BODY = 0x1000
_RTF_COMPRESSED = 0x1009
_HTML = 0x1013
_ATTACH_DATA = 0x3701
_ATTACH_FILENAME = 0x3704
_ATTACH_LONG_FILENAME = 0x3707
_DISPLAY_NAME = 0x3001
_ATTACH_MIME_TAG = 0x370E
_MESSAGE_CLASS = 0x001A
_STRING_STREAM = re.compile(r"__SUBSTG1\.0_([0-9A-F]{4})(001F|001E)$")
# Read elsewhere, or no content of the item: class, subject (and its parts), body,
# HTML, sender, the transport headers of a received mail.
_NOT_FIELDS = frozenset({
    0x001A, 0x0037, 0x003D, 0x0E1D, 0x1000, 0x1013, 0x0C1A, 0x0C1F, 0x5D01, 0x007D,
    0x0E04, 0x0E03, 0x0E02, 0x0042, 0x0065, 0x0064, 0x0C1E, 0x0075, 0x0076, 0x0077,
})
_MESSAGE_CODEPAGE = 0x3FFD
_INTERNET_CPID = 0x3FDE
_PT_LONG = 0x0003
_PT_STRING8 = 0x001E
_PT_UNICODE = 0x001F
_PT_BINARY = 0x0102
_PT_OBJECT = 0x000D

_PROPERTIES = "__properties_version1.0"
# Bytes before the property entries of a __properties_version1.0 stream (§2.4.1):
# a top-level message 32, an attached message 24, attachments and recipients 8.
_TOP_HEADER, _EMBEDDED_HEADER = 32, 24
_CODEPAGES = {50220: "iso2022_jp", 50221: "iso2022_jp", 50222: "iso2022_jp",
              51932: "euc_jp", 20932: "euc_jp", 65001: "utf-8"}


@dataclass
class OutlookItem:
    subject: str = ""
    headers: list[str] = field(default_factory=list)  # "From: …", "To: …" as a mail shows them
    body: str = ""  # plain text, when the item has it
    html: bytes = b""  # the HTML body when there is no plain one
    charset: str | None = None  # of `html`
    rtf: bytes = b""  # compressed RTF, the body when there is no other (inflated when read)
    files: list[tuple[str, bytes, str | None]] = field(default_factory=list)  # name, data, type
    items: list[tuple[str, OutlookItem]] = field(default_factory=list)  # attached items
    unread: list[str] = field(default_factory=list)  # what could not be read, and why


def _stream_name(prop: int, kind: int) -> str:
    return f"__substg1.0_{prop:04X}{kind:04X}"


def codepage_name(number: int) -> str | None:
    """Python's codec for a Windows code page number (PidTagMessageCodepage and the like)."""
    name = _CODEPAGES.get(number, f"cp{number}")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


class _Reader:
    def __init__(self, ole: olefile.OleFileIO, max_depth: int, room: int) -> None:
        self.ole = ole
        self.max_depth = max_depth
        self.room = room  # bytes that objects lifted out may take
        # Every entry's path, grouped by its parent storage (olefile lists streams only
        # or storages only; both are needed).
        self.children: dict[tuple[str, ...], dict[str, tuple[str, bool]]] = {}
        for path in ole.listdir(streams=True, storages=False):
            self._add(path, stream=True)
        for path in ole.listdir(streams=False, storages=True):
            self._add(path, stream=False)

    def _add(self, path: list[str], *, stream: bool) -> None:
        parent = tuple(path[:-1])
        # Names compare case-insensitively in a compound file ([MS-CFB] §2.6.4).
        self.children.setdefault(parent, {})[path[-1].upper()] = (path[-1], stream)

    def _entry(self, storage: tuple[str, ...], name: str, stream: bool) -> str | None:
        """The entry's own spelling, if `storage` holds a stream (or storage) so named."""
        found = self.children.get(storage, {}).get(name.upper())
        return found[0] if found is not None and found[1] is stream else None

    def _stream(self, storage: tuple[str, ...], name: str) -> bytes | None:
        real = self._entry(storage, name, True)
        return None if real is None else self.ole.openstream([*storage, real]).read()

    def _longs(self, storage: tuple[str, ...], header: int) -> dict[int, int]:
        """PT_LONG values of a property stream (§2.4.2: 16-byte entries)."""
        raw = self._stream(storage, _PROPERTIES) or b""
        values = {}
        for pos in range(header, len(raw) - 15, 16):
            kind, prop = struct.unpack_from("<HH", raw, pos)
            if kind == _PT_LONG:
                (values[prop],) = struct.unpack_from("<i", raw, pos + 8)
        return values

    def _string(self, storage: tuple[str, ...], prop: int, charset: str | None) -> str | None:
        raw = self._stream(storage, _stream_name(prop, _PT_UNICODE))
        if raw is not None:
            return raw.decode("utf-16-le", "replace").rstrip("\0")
        raw = self._stream(storage, _stream_name(prop, _PT_STRING8))
        if raw is not None:
            return decode_bytes(raw.rstrip(b"\0"), charset)
        return None

    def item(self, storage: tuple[str, ...], header: int, depth: int) -> OutlookItem:
        longs = self._longs(storage, header)
        # 8-bit string properties are in PidTagMessageCodepage; the HTML body is bytes in
        # the MIME charset, PidTagInternetCodepage ([MS-OXCMSG] §2.2.1.4, [MS-OXPROPS]).
        charset = html_charset = None
        for prop in (_MESSAGE_CODEPAGE, _INTERNET_CPID):
            if prop in longs and (charset := codepage_name(longs[prop])):
                break
        for prop in (_INTERNET_CPID, _MESSAGE_CODEPAGE):
            if prop in longs and (html_charset := codepage_name(longs[prop])):
                break
        out = OutlookItem(charset=html_charset)
        out.subject = self._string(storage, _SUBJECT, charset) or ""
        # The sender and recipients are not read as text, as an attached mail's From/To/Cc
        # are not (message._SKIP_HEADERS): a forwarded thread would be "a list of people".
        kind = (self._string(storage, _MESSAGE_CLASS, charset) or "IPM.Note").upper()
        if not kind.startswith(("IPM.NOTE", "REPORT.")):
            # A contact (IPM.Contact), an appointment or meeting request (its location), a
            # task: their phone numbers, addresses and e-mail addresses are properties of
            # their own (named ones among them), not a body: every string property is read.
            out.headers = self._strings(storage, charset)
        if kind.startswith("IPM.DISTLIST"):
            # A contact group's members are binary one-off entry IDs (PidLidDistribution
            # ListOneOffMembers), not strings.
            out.unread.append("the members of an Outlook contact group are not read")
        body = self._string(storage, _BODY, charset)
        if body:
            out.body = body
        else:
            html = self._stream(storage, _stream_name(_HTML, _PT_BINARY))
            if html is None:
                text = self._string(storage, _HTML, charset)
                html = text.encode("utf-8") if text else None
                out.charset = "utf-8" if text else html_charset
            if html:
                out.html = html
            else:
                out.rtf = self._stream(storage, _stream_name(_RTF_COMPRESSED, _PT_BINARY)) or b""
        for key, (name, is_stream) in sorted(self.children.get(storage, {}).items()):
            if key.startswith("__ATTACH_VERSION1.0_#") and not is_stream:
                self._attachment((*storage, name), out, depth, charset)
        return out

    def _strings(self, storage: tuple[str, ...], charset: str | None) -> list[str]:
        values = []
        for key in sorted(self.children.get(storage, {})):
            match = _STRING_STREAM.match(key)
            if match and int(match.group(1), 16) not in _NOT_FIELDS:
                value = self._string(storage, int(match.group(1), 16), charset) or ""
                if value.strip():
                    values.append(value)
        return values

    def _attachment(
        self, storage: tuple[str, ...], out: OutlookItem, depth: int, charset: str | None
    ) -> None:
        name = (
            self._string(storage, _ATTACH_LONG_FILENAME, charset)
            or self._string(storage, _ATTACH_FILENAME, charset)
            or self._string(storage, _DISPLAY_NAME, charset)
            or f"attachment{len(out.files) + len(out.items) + 1}"
        )
        data = self._stream(storage, _stream_name(_ATTACH_DATA, _PT_BINARY))
        if data is not None:
            mime = (self._string(storage, _ATTACH_MIME_TAG, charset) or "").strip().lower()
            if mime.startswith("multipart/"):
                # A signed item (IPM.Note.SMIME.MultipartSigned) keeps its whole signed
                # MIME entity, text and files, in one "smime.p7m" attachment ([MS-OXOSMIME]).
                mime = "message/rfc822"
            out.files.append((name, data, mime or None))
            return
        inner = self._entry(storage, _stream_name(_ATTACH_DATA, _PT_OBJECT), False)
        if inner is not None:
            nested = (*storage, inner)
            if self._stream(nested, _PROPERTIES) is None:  # an OLE object: a file of its own
                try:
                    blob = substorage_file(self.ole, list(nested), self.room)
                except OversizedCompoundFile as exc:  # our own words
                    out.unread.append(f"an embedded OLE object with {exc}")
                else:
                    self.room -= len(blob)
                    out.files.append((name, blob, None))
            elif depth >= self.max_depth:
                out.unread.append(f"attached Outlook items nested deeper than {self.max_depth}")
            else:
                out.items.append((name, self.item(nested, _EMBEDDED_HEADER, depth + 1)))
            return
        out.unread.append("an attachment by reference is not read")


def read_msg(data: bytes, max_depth: int, room: int) -> OutlookItem:
    """The item in an .msg file; raises on a damaged compound file (the caller records
    it), and OversizedCompoundFile when its streams declare more than `room` bytes."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        streams_below(ole, [], room)
        item = _Reader(ole, max_depth, room).item((), _TOP_HEADER, 0)
        check_intact(ole)
        return item
    finally:
        ole.close()
