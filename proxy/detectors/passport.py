"""Japanese passport numbers (旅券番号): two capital letters and seven digits."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.labels import label_before
from proxy.detectors.numbers import Window

TYPE = "jp_passport"
LENGTHS = frozenset({7})
LABEL = re.compile(r"旅券|パスポート|passport", re.IGNORECASE)
TRIGGERS = ("旅券", "パスポート", "passport")  # see numbers.NumberTable


def letters_at(text: str, start: int, end: int) -> str | None:
    """Capital ASCII letters text[start:end], as a whole word edge; None otherwise."""
    if start < 0 or end > len(text):
        return None
    letters = text[start:end]
    if not (letters.isascii() and letters.isalpha() and letters.isupper()):
        return None
    return letters


def _edge(text: str, pos: int) -> bool:
    return pos < 0 or pos >= len(text) or not text[pos].isalnum()


def match(w: Window) -> str | None:
    if len(w.groups) != 1:
        return None
    prefix = letters_at(w.text, w.start - 2, w.start)
    if prefix is None or not _edge(w.text, w.start - 3) or not _edge(w.text, w.end):
        return None
    if not label_before(w.text, w.start - 2, LABEL):
        return None
    return prefix + w.digits


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
