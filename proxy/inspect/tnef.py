"""Outlook's TNEF (winmail.dat, application/ms-tnef; [MS-OXTNEF]): a message sent in
Outlook's rich-text format carries its attachments inside this one file, where a mail
reader that does not know TNEF shows only "winmail.dat". Every attached file in it is
read like any other attachment.

The stream is a signature, a key, then attributes: level (message or attachment), id
(type in the high word), length, data, checksum (§2.1.3). A new attachment starts at its
attAttachRendData. The attachment's MAPI properties (attAttachment) give the long file
name, or hold an attached message as a TNEF stream of its own (PidTagAttachDataObject);
the message's (attMsgProps) give the body as text, HTML or compressed RTF (§2.1.3.5).
Written here rather than taken from `tnefparse`, whose parser copies the rest of the
stream at every attribute (quadratic on a hostile file of many small attributes).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from proxy.inspect.charset import decode_bytes
from proxy.inspect.outlook_msg import OutlookItem, codepage_name

SIGNATURE = 0x223E9F78
IID_IMESSAGE = bytes.fromhex("0703020000000000c000000000000046")  # [MS-OXTNEF] §2.1.3.4

_ATT_SUBJECT = 0x00018004
_ATT_BODY = 0x0002800C
_ATT_ATTACH_DATA = 0x0006800F
_ATT_ATTACH_TITLE = 0x00018010
_ATT_ATTACH_REND_DATA = 0x00069002
_ATT_MSG_PROPS = 0x00069003
_ATT_ATTACHMENT = 0x00069005
_ATT_OEM_CODEPAGE = 0x00069007
_LEVEL_ATTACHMENT = 0x02

# MAPI property ids and types ([MS-OXPROPS], [MS-OXCDATA] §2.11.1).
_PR_SUBJECT = 0x0037
_PR_BODY = 0x1000
_PR_RTF_COMPRESSED = 0x1009
_PR_HTML = 0x1013
_PR_ATTACH_DATA = 0x3701
_PR_ATTACH_LONG_FILENAME = 0x3707
_PR_DISPLAY_NAME = 0x3001
_PR_INTERNET_CPID = 0x3FDE
_FIXED_SIZES = {
    0x0001: 4, 0x0002: 2, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8,
    0x000A: 4, 0x000B: 2, 0x0014: 8, 0x0040: 8, 0x0048: 16,
}
_VARIABLE = frozenset({0x000D, 0x001E, 0x001F, 0x0102})
_MULTI = 0x1000


class DamagedTnef(ValueError):
    """The stream ends inside an attribute or holds a property of no known type."""


def _pad4(size: int) -> int:
    return (size + 3) & ~3


def mapi_properties(data: bytes) -> dict[int, tuple[int, bytes]]:
    """Property id → (type, first value's bytes) of a property list (§2.1.3.5)."""
    props: dict[int, tuple[int, bytes]] = {}
    (count,) = struct.unpack_from("<I", data, 0)
    pos = 4
    for _ in range(count):
        if pos + 4 > len(data):
            raise DamagedTnef("property list cut short")
        kind, prop = struct.unpack_from("<HH", data, pos)
        pos += 4
        if prop >= 0x8000:  # a named property: GUID, kind, then an id or a name
            (name_kind,) = struct.unpack_from("<I", data, pos + 16)
            pos += 20
            if name_kind == 0:
                pos += 4
            else:
                (size,) = struct.unpack_from("<I", data, pos)
                pos += 4 + _pad4(size)
        base = kind & ~_MULTI
        values = 1
        if base in _VARIABLE or kind & _MULTI:
            (values,) = struct.unpack_from("<I", data, pos)
            pos += 4
        first = b""
        for index in range(values):
            if base in _VARIABLE:
                (size,) = struct.unpack_from("<I", data, pos)
                value = data[pos + 4 : pos + 4 + size]
                pos += 4 + _pad4(size)
            elif base in _FIXED_SIZES:
                size = _FIXED_SIZES[base]
                value = data[pos : pos + size]
                pos += _pad4(size)
            else:
                raise DamagedTnef(f"MAPI property of unknown type {kind:#06x}")
            if pos > len(data):
                raise DamagedTnef("property list cut short")
            if index == 0:
                first = value
        props[prop] = (kind, first)
    return props


def _string(props: dict[int, tuple[int, bytes]], prop: int, charset: str | None) -> str | None:
    if prop not in props:
        return None
    kind, raw = props[prop]
    if kind == 0x001F:
        return raw.decode("utf-16-le", "replace").rstrip("\0")
    if kind == 0x001E:
        return decode_bytes(raw.rstrip(b"\0"), charset)
    return None


@dataclass
class _Attachment:
    title: str = ""
    data: bytes | None = None
    props: bytes = b""


def read_tnef(data: bytes, max_depth: int, depth: int = 0) -> OutlookItem:
    """The message in a TNEF stream. Raises DamagedTnef on a damaged one."""
    try:
        return _read(data, max_depth, depth)
    except struct.error:  # a length that points past the end of its property list
        raise DamagedTnef("property list cut short") from None


def _read(data: bytes, max_depth: int, depth: int) -> OutlookItem:
    if len(data) < 6 or struct.unpack_from("<I", data, 0)[0] != SIGNATURE:
        raise DamagedTnef("not a TNEF stream")
    item = OutlookItem()
    attachments: list[_Attachment] = []
    msg_props = b""
    charset: str | None = None
    pos = 6
    view = memoryview(data)
    while pos < len(data):
        if pos + 9 > len(data):
            raise DamagedTnef("attribute cut short")
        level, attribute, size = struct.unpack_from("<BII", data, pos)
        start, pos = pos + 9, pos + 9 + size + 2  # data, then a 2-byte checksum
        if pos > len(data):
            raise DamagedTnef("attribute cut short")
        value = bytes(view[start : start + size])
        if attribute == _ATT_OEM_CODEPAGE and size >= 4:
            charset = codepage_name(struct.unpack_from("<I", value)[0])
        elif attribute == _ATT_ATTACH_REND_DATA:
            attachments.append(_Attachment())
        elif level == _LEVEL_ATTACHMENT:
            if not attachments:  # attributes before any attAttachRendData: a writer's
                attachments.append(_Attachment())  # slip, still an attachment
            current = attachments[-1]
            if attribute == _ATT_ATTACH_TITLE:
                current.title = decode_bytes(value.rstrip(b"\0"), charset)
            elif attribute == _ATT_ATTACH_DATA:
                current.data = value
            elif attribute == _ATT_ATTACHMENT:
                current.props = value
        elif attribute == _ATT_SUBJECT:
            item.subject = decode_bytes(value.rstrip(b"\0"), charset)
        elif attribute == _ATT_BODY:
            item.body = decode_bytes(value.rstrip(b"\0"), charset)
        elif attribute == _ATT_MSG_PROPS:
            msg_props = value
    item.charset = charset
    if msg_props:
        _message_properties(item, mapi_properties(msg_props))
    for number, attachment in enumerate(attachments, 1):
        _attachment(item, attachment, number, max_depth, depth)
    return item


def _message_properties(item: OutlookItem, props: dict[int, tuple[int, bytes]]) -> None:
    if _PR_INTERNET_CPID in props:
        item.charset = codepage_name(struct.unpack_from("<i", props[_PR_INTERNET_CPID][1])[0])
    item.subject = item.subject or _string(props, _PR_SUBJECT, item.charset) or ""
    if item.body:
        return
    item.body = _string(props, _PR_BODY, item.charset) or ""
    if item.body:
        return
    if _PR_HTML in props:
        item.html = props[_PR_HTML][1]
    elif _PR_RTF_COMPRESSED in props:
        item.rtf = props[_PR_RTF_COMPRESSED][1]  # inflated when read, against the deadline


def _attachment(
    item: OutlookItem, attachment: _Attachment, number: int, max_depth: int, depth: int
) -> None:
    props = mapi_properties(attachment.props) if attachment.props else {}
    name = (
        _string(props, _PR_ATTACH_LONG_FILENAME, item.charset)
        or attachment.title
        or _string(props, _PR_DISPLAY_NAME, item.charset)
        or f"attachment{number}"
    )
    kind, value = props.get(_PR_ATTACH_DATA, (0, b""))
    if kind == 0x000D and value[:16] == IID_IMESSAGE:  # an attached message, as TNEF
        if depth >= max_depth:
            item.unread.append(f"attached messages nested deeper than {max_depth}")
        else:
            item.items.append((name, read_tnef(value[16:], max_depth, depth + 1)))
    elif kind == 0x000D and len(value) > 16:  # an OLE object: IID_IStorage, a compound file
        item.files.append((name, value[16:], None))
    elif attachment.data is not None:
        item.files.append((name, attachment.data, None))
    else:
        item.unread.append("a winmail.dat attachment without its data is not read")
