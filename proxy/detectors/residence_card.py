"""在留カード番号: two letters, eight digits, two letters (AB12345678CD)."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.labels import label_before
from proxy.detectors.numbers import Window
from proxy.detectors.passport import letters_at

TYPE = "jp_residence_card"
LENGTHS = frozenset({8})
LABEL = re.compile(r"在留カード|residence\s*card|在留番号", re.IGNORECASE)
TRIGGERS = ("在留", "residence")  # see numbers.NumberTable


def _edge(text: str, pos: int) -> bool:
    return pos < 0 or pos >= len(text) or not text[pos].isalnum()


def match(w: Window) -> str | None:
    if len(w.groups) != 1:
        return None
    head = letters_at(w.text, w.start - 2, w.start)
    tail = letters_at(w.text, w.end, w.end + 2)
    if head is None or tail is None:
        return None
    if not _edge(w.text, w.start - 3) or not _edge(w.text, w.end + 2):
        return None
    if not label_before(w.text, w.start - 2, LABEL):
        return None
    return head + w.digits + tail


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
