"""運転免許証番号: 12 digits introduced by a 免許証 label."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "jp_drivers_license"
LENGTHS = frozenset({12})
LABEL = re.compile(r"免許証|免許番号|driver'?s?\s*licen[cs]e", re.IGNORECASE)
# Words every LABEL match contains (NFKC, case-folded): numbers.NumberTable skips
# this validator for a number without one of them before it.
TRIGGERS = ("免許", "licen")


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (4, 4, 4):
        return None
    return w.digits if w.has_label(LABEL) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
