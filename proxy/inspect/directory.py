"""iCalendar (RFC 5545) and vCard (RFC 6350, and the 2.1 that Japanese phones still
export) as text: content lines unfolded, values unescaped and decoded, and each vCard
address rendered the way it is written on an envelope.

Both formats fold long lines: a line break followed by one space or TAB is not there
(RFC 5545 §3.1, RFC 6350 §3.2). Read as it is, a phone number or an address that falls
on a fold is cut in two. vCard 2.1 writes non-ASCII values as quoted-printable in the
phone's charset (`N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63`), with a
"=" at the end of a line continuing the value. An address is a structured value
(`ADR:;;丸の内1-1-1;千代田区;東京都;100-0005;日本`: post office box, extended, street,
locality, region, postal code, country), so its parts stand in the wrong order and its
postal code carries no 〒: rendered as `住所: 〒100-0005 東京都千代田区丸の内1-1-1`.
"""

from __future__ import annotations

import quopri
import re

_FOLD = re.compile(r"\r?\n[ \t]")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
_LINE = re.compile(r"^(?P<name>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?)(?P<params>(?:;[^:\r\n]*)?):(?P<value>.*)$")
_CHARSET = re.compile(r";\s*CHARSET=([A-Za-z0-9_-]+)", re.I)
_ESCAPE = re.compile(r"\\([nN,;:\\])")


def is_directory(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:40].upper()
    return head.startswith(("BEGIN:VCALENDAR", "BEGIN:VCARD"))


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _decode_qp(value: str, params: str) -> str:
    charset = _CHARSET.search(params)
    codec = charset.group(1) if charset else "utf-8"
    if codec.lower().replace("-", "_") in ("shift_jis", "sjis", "x_sjis"):
        codec = "cp932"  # what phones and Windows mean by it
    raw = quopri.decodestring(value.encode("ascii", "replace"))
    try:
        return raw.decode(codec, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _content_lines(text: str) -> list[tuple[str, str, str] | str]:
    """(name, params, value as written) per content line, unfolded and quoted-printable
    decoded; a line that is not a content line as it is."""
    text = _FOLD.sub("", text)
    out: list[tuple[str, str, str] | str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        m = _LINE.match(line)
        if m is None:
            out.append(line)
            continue
        params, value = m.group("params"), m.group("value")
        if "QUOTED-PRINTABLE" in params.upper():
            pieces = [value]
            while pieces[-1].endswith("=") and i < len(lines):  # vCard 2.1 soft line break
                pieces[-1] = pieces[-1][:-1]
                pieces.append(lines[i].lstrip(" \t"))
                i += 1
            value = _decode_qp("".join(pieces), params)
        out.append((m.group("name"), params, value))
    return out


def unfolded(text: str) -> str:
    """The content lines, unfolded, one property a line: `NAME;params:value` with the
    value unescaped (\\n becomes a line break) and quoted-printable decoded; an address
    (ADR) written as on an envelope (see _address), in place: its raw form would be a
    second, different spelling of the same address."""
    out: list[str] = []
    for line in _content_lines(text):
        if isinstance(line, str):
            out.append(line)
        elif line[0].rpartition(".")[2].upper() == "ADR":
            out.append(f"{line[0]}{line[1]}: {_address(line[2])}")
        elif line[0].rpartition(".")[2].upper() == "BDAY":
            # RFC 6350 §6.2.5: the contact's birthday, read as a date of birth is.
            out.append(f"{line[0]}{line[1]} (Date of birth): {_unescape(line[2])}")
        elif line[0].upper() in _PARTIES:
            # An invitation's organiser and attendees are its parties, as From and To are
            # a message's (address fields are not email_address findings): their names
            # are kept, their addresses are not text.
            out.append(f"{line[0]}{line[1]}:")
        else:
            out.append(f"{line[0]}{line[1]}:{_unescape(line[2])}")
    return "\n".join(out)


_PARTIES = frozenset({"ATTENDEE", "ORGANIZER", "UID"})  # a UID looks like an address
_POSTAL = re.compile(r"[0-9０-９]{3}[-‐－ー−]?[0-9０-９]{4}")
_COMPONENT = re.compile(r"(?<!\\);")


def _address(value: str) -> str:
    """An ADR value (post office box; extended; street; locality; region; postal code;
    country): `〒postal region locality street extended` for a Japanese address,
    `street, locality, region postal, country` else."""
    parts = [_unescape(p).strip() for p in _COMPONENT.split(value)] + [""] * 7
    box, extended, street, locality, region, postal, country = parts[:7]
    if _POSTAL.fullmatch(postal) or region.endswith(("都", "道", "府", "県")):
        rest = " ".join(p for p in (extended, box, country) if p)
        head = f"〒{postal} " if postal else ""
        return f"{head}{region}{locality}{street}" + (f" {rest}" if rest else "")
    place = ", ".join(p for p in (box, extended, street, locality) if p)
    tail = " ".join(p for p in (region, postal) if p)
    return ", ".join(p for p in (place, tail, country) if p)
