"""IBAN (ISO 13616): country, check digits, BBAN; compact or in groups of four.

Validation (country length, mod-97 check) is stdnum.iban. Found at run level, before
any window: the digits of "DE89 3704 0044 0532 0130 00" would otherwise offer a
4-4-4 window to the My Number validator.
"""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum import iban as _iban

from proxy.detectors import numbers

TYPE = "iban"
_SPACED = re.compile(r"[A-Z]{2}[0-9]{2}((?: [A-Z0-9]{4}){1,8})((?: [A-Z0-9]{1,3})?)(?![A-Za-z0-9])")
_COMPACT = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")


@lru_cache(maxsize=1024)
def _valid(candidate: str) -> bool:
    """stdnum.iban.is_valid, remembered: the same account comes back in every invoice."""
    return bool(_iban.is_valid(candidate))


def match_at(text: str, pos: int) -> tuple[str, str, int] | None:
    """(TYPE, compact IBAN, end) for a valid IBAN starting exactly at `pos`."""
    if pos > 0 and text[pos - 1].isalnum():
        return None
    m = _SPACED.match(text, pos)
    if m is not None:
        # Longest first: drop a trailing short group, then whole groups, until valid.
        ends = [m.end()] if m.group(2) else []
        ends += [m.start(1) + k for k in range(len(m.group(1)), 0, -5)]
        for end in ends:
            if (end == len(text) or not text[end].isalnum()) and _valid(text[pos:end]):
                return TYPE, text[pos:end].replace(" ", ""), end
        return None
    m = _COMPACT.match(text, pos)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    if _valid(m.group()):
        return TYPE, m.group(), m.end()
    return None


_NO_TABLE = numbers.build_table([])


def find(text: str) -> list[str]:
    """Valid IBANs in `text`, compact upper-case form, in order (repeats kept)."""
    return [v for t, v in numbers.scan(text, _NO_TABLE, match_at) if t == TYPE]


def clear_caches() -> None:
    _valid.cache_clear()
