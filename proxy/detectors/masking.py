"""Masked samples: the only form in which a detected value leaves the detectors."""

from __future__ import annotations

KEYWORD = "keyword"
MAX_VISIBLE = 4


def visible_chars(length: int) -> int:
    """How many trailing characters a value of this length may show.

    At most four, and never more than about half the value, so short values (a 7-digit
    account number) keep most of their digits hidden; nothing at all for 4 or fewer.
    """
    if length <= MAX_VISIBLE:
        return 0
    return min(MAX_VISIBLE, (length - 1) // 2)


def mask(type_: str, value: str) -> str:
    """The sample shown for a normalised value: '*' for all but at most the last four.

    A keyword is the admin's own word, not personal data: it is shown as it is.
    """
    if type_ == KEYWORD:
        return value
    n = len(value)
    # visible_chars(n), inlined: this runs for every distinct value of a large list
    shown = MAX_VISIBLE if n >= 2 * MAX_VISIBLE + 1 else (n - 1) // 2 if n > MAX_VISIBLE else 0
    return "*" * (n - shown) + value[n - shown :] if shown else "*" * n
