"""Japanese bank account numbers: 7 digits in 口座番号 / 普通 / 当座 context."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "jp_bank_account"
LENGTHS = frozenset({7})
LABEL = re.compile(r"口座|普通|当座|預金|振込")
# Literals every LABEL match contains: where find_all looks for 7-digit numbers.
TRIGGERS = ("口座", "普通", "当座", "預金", "振込")


def match(w: Window) -> str | None:
    if len(w.groups) != 1:
        return None
    return w.digits if w.has_label(LABEL) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
