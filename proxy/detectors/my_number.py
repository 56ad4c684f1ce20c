"""個人番号 (My Number): 12 digits, check digit (stdnum.jp.in_) and a label nearby.

About one random 12-digit number in eleven has a valid check digit, so without a label
the number is not a finding.
"""

from __future__ import annotations

import re

from stdnum.jp import in_

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "my_number"
LENGTHS = frozenset({12})
LABEL = re.compile(
    r"マイナンバー|個人番号|my\s*number|individual\s*number|マイナンバーカード",
    re.IGNORECASE,
)
# Words every LABEL match contains (NFKC, case-folded): numbers.NumberTable skips
# this validator for a number without one of them before it.
TRIGGERS = ("マイナンバー", "個人番号", "number")


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (4, 4, 4):
        return None
    if not w.has_label(LABEL):
        return None
    return w.digits if in_.is_valid(w.digits) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
