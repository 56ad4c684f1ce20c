"""基礎年金番号: 4 + 6 digits introduced by a 年金番号 label."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "jp_pension_number"
LENGTHS = frozenset({10})
LABEL = re.compile(r"基礎年金番号|年金番号|年金手帳|pension\s*(?:number|no)", re.IGNORECASE)
# Words every LABEL match contains (NFKC, case-folded): numbers.NumberTable skips
# this validator for a number without one of them before it.
TRIGGERS = ("年金", "pension")


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (4, 6):
        return None
    return w.digits if w.has_label(LABEL) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
