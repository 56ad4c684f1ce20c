"""US Social Security numbers: AAA-GG-SSSS with a label such as SSN.

Never issued (SSA, "Social Security Number Randomization"): area 000, 666 and 900-999,
group 00, serial 0000. 078-05-1120 and 219-09-9999 were printed in advertising and
are void as well.
"""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "us_ssn"
LENGTHS = frozenset({9})
LABEL = re.compile(
    r"\bssn\b|social\s*security|社会保障番号|ソーシャル・?セキュリティ", re.IGNORECASE
)
TRIGGERS = ("ssn", "social", "社会保障番号", "ソーシャル")  # see numbers.NumberTable
_VOID = frozenset({"078051120", "219099999"})


def is_valid_ssn(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit() or digits in _VOID:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area != "000" and area != "666" and area[0] != "9" and group != "00" and serial != "0000"


def match(w: Window) -> str | None:
    if len(w.groups) > 1:
        # 078-05-1123, 078.05.1123, 078 05 1123: one separator, used twice.
        if w.groups != (3, 2, 4) or w.seps[0] != w.seps[1] or len(w.seps[0]) != 1:
            return None
    if not is_valid_ssn(w.digits):
        return None
    return w.digits if w.has_label(LABEL) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
