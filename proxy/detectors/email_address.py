"""E-mail addresses (RFC 5322 §3.4.1 dot-atom form), lower-cased.

Found from each '@' (str.find runs at memory speed; the full-width ＠ too), reading
the local part backwards and the domain forwards; the domain needs at least one dot and
an alphabetic top-level label.
"""

from __future__ import annotations

import re

from proxy.detectors.normalize import nfkc

TYPE = "email_address"
AT_SIGNS = "@\uff20"
# RFC 5322 §3.2.3 atext, plus '.' between atoms; matched on the reversed text before
# the at-sign, so one match attempt reads the local part backwards.
_LOCAL_REVERSED = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}")
# ASCII characters other than letters, digits, '.' and '-'.
_NOT_IN_DOMAIN = re.compile(r"[\x00-,/:-@\[-`{-\x7f]")
# A character NFKC may turn into ASCII (full-width forms start at U+FF01); one search
# at C speed where max() of the window walked it in Python objects (the 255 characters
# after every '@', most of them Japanese in a customer list).
_WIDE = re.compile("[\uff01-\U0010ffff]")
_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])"
)


def at(text: str, pos: int) -> str | None:
    """The address around the at-sign text[pos], lower-cased, or None."""
    before = text[pos - 64 if pos > 64 else 0 : pos]
    after = text[pos + 1 : pos + 256]
    # Only full-width forms (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) need NFKC; Japanese around is fine.
    if not before.isascii() and _WIDE.search(before) is not None:
        before = nfkc(before)
    if not after.isascii() and _WIDE.search(after) is not None:
        # NFKC up to the first ASCII character no domain holds (a space, a line end, '<'):
        # the domain match stops there, and NFKC never joins an ASCII character to what
        # precedes it, so the text after it cannot change the domain. The window often
        # runs over several lines of Japanese, whose NFKC costs tens of µs.
        end = _NOT_IN_DOMAIN.search(after)
        after = nfkc(after[: end.end()] if end is not None else after)
    local = _LOCAL_REVERSED.match(before[::-1])
    domain = _DOMAIN.match(after)
    if local is None or domain is None:
        return None
    name = local.group()[::-1].strip(".")
    if not name or ".." in name:
        return None
    return f"{name}@{domain.group()}".lower()


def find(text: str) -> list[str]:
    """Addresses in `text`, lower-cased, in order (repeats kept)."""
    found: list[str] = []
    for sign in AT_SIGNS:
        pos = text.find(sign)
        while pos >= 0:
            value = at(text, pos)
            if value is not None:
                found.append(value)
            pos = text.find(sign, pos + 1)
    return found
