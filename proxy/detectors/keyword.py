"""The admin's word list (社外秘, 機密, 取扱注意, Confidential …).

Matched as if both sides were NFKC-normalised and case-folded, without normalising the
text: each word's pattern accepts, per character, upper and lower case, the full-width
form of ASCII characters and the half-width form of katakana (ﾏﾙﾋ, ﾊﾞ). Compatibility
ligatures and squared words (㈱, ㍻) are not expanded. Every branch starts with a
literal character, which lets the regex engine skip to candidates at C speed. The
value reported for a hit is the admin's own spelling of the word: it is not personal
data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from proxy.detectors.normalize import nfkc_casefold

TYPE = "keyword"


def _half_width_katakana() -> dict[str, str]:
    half: dict[str, str] = {}
    for cp in range(0xFF61, 0xFFA0):
        full = unicodedata.normalize("NFKC", chr(cp))
        if len(full) == 1:
            half.setdefault(full, chr(cp))
    return half


_HALF = _half_width_katakana()
_HALF_MARKS = {"\u3099": "\uff9e", "\u309a": "\uff9f"}  # ﾞ ﾟ


def _variants(c: str) -> list[str]:
    """Every way `c` (NFKC, case-folded) may be written in raw text."""
    found = {c, c.upper(), c.lower()}
    for v in list(found):
        if len(v) == 1 and "!" <= v <= "~":
            found.add(chr(ord(v) + 0xFEE0))  # the full-width form
    if c == " ":
        found.add("\u3000")
    if c in _HALF:
        found.add(_HALF[c])
    decomposed = unicodedata.normalize("NFD", c)
    if len(decomposed) == 2 and decomposed[0] in _HALF and decomposed[1] in _HALF_MARKS:
        found.add(_HALF[decomposed[0]] + _HALF_MARKS[decomposed[1]])  # ﾊﾞ for バ
    return sorted(v for v in found if v)


def _pattern(c: str) -> str:
    variants = _variants(c)
    singles = [re.escape(v) for v in variants if len(v) == 1]
    longer = [re.escape(v) for v in variants if len(v) > 1]
    parts = longer + (["[" + "".join(singles) + "]"] if len(singles) > 1 else singles)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _alternatives(word: str) -> list[str]:
    tail = "".join(_pattern(c) for c in word[1:])
    return [re.escape(first) + tail for first in _variants(word[0])]


@dataclass(frozen=True)
class Keywords:
    """A compiled word list. `find` reports each occurrence, overlapping ones too."""

    search: re.Pattern[str]
    each: tuple[tuple[re.Pattern[str], str], ...]  # per word: pattern, admin's spelling

    def find(self, text: str) -> list[str]:
        found: list[str] = []
        m = self.search.search(text)
        while m is not None:
            pos = m.start()
            found.extend(word for pattern, word in self.each if pattern.match(text, pos))
            m = self.search.search(text, pos + 1)
        return found


@lru_cache(maxsize=32)
def _compile(words: tuple[str, ...]) -> Keywords | None:
    spelled: dict[str, str] = {}
    for word in words:
        key = nfkc_casefold(word)
        if key:
            spelled.setdefault(key, word.strip())
    if not spelled:
        return None
    keys = sorted(spelled, key=len, reverse=True)
    alternatives = [alt for key in keys for alt in _alternatives(key)]
    each = tuple((re.compile("|".join(_alternatives(key))), spelled[key]) for key in keys)
    return Keywords(re.compile("|".join(alternatives)), each)


def compile_keywords(words: Iterable[str]) -> Keywords | None:
    """The compiled list (cached per list), or None when it has no usable word."""
    return _compile(tuple(words))


def find(text: str, words: Sequence[str]) -> list[str]:
    """The words of `words` occurring in `text`, as the admin spelled them, per occurrence."""
    compiled = compile_keywords(words)
    return compiled.find(text) if compiled is not None else []
