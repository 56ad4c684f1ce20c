"""個人番号 (My Number): 12 digits, check digit (stdnum.jp.in_) and a label nearby.

About one random 12-digit number in eleven has a valid check digit, so without a label
the number is not a finding.
"""

from __future__ import annotations

import re

from stdnum.jp import in_

from proxy.detectors import numbers
from proxy.detectors.normalize import nfkc
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
    if not w.has_label(LABEL) and not _under_heading(w.text, w.start):
        return None
    return w.digits if in_.is_valid(w.digits) else None


# A list of people's numbers under a heading, each row led by whose it is:
#     ■個人番号（マイナンバー）
#       本人    7301 8264 5514
#       配偶者  1234 5678 9018
# The row's name is no label; the heading over the rows is. Rows: a short name with no
# digit and no other number's label, then the number; the heading: the first line above
# them without a digit. Within numbers.REACH characters before the number: what a run
# yields is remembered by that much of its context (numbers.process), and the trigger
# words that offer a run to this validator are looked for there.
_NAME = r"[^\d\s:：]{1,8}(?:[ \t\u3000]+[^\d\s:：]{1,8}){0,2}"  # 本人 / 配偶者 小松 由香
_ROW_NAME = re.compile(rf"[ \t\u3000]*{_NAME}[ \t\u3000:：]*\Z")
_ROW = re.compile(rf"[ \t\u3000]*{_NAME}[ \t\u3000:：]*[\d０-９][\d０-９ \t\-]*\Z")
_NOT_A_NAME = re.compile(r"番号|ID|No|コード|#|追跡|受付|問合せ|問い合わせ", re.IGNORECASE)
# The heading is the label itself ("■個人番号(マイナンバー)", "【マイナンバー】:"), not a
# topic ("マイナンバーカード発送のお知らせ", "マイナンバー制度について").
_HEADING = re.compile(
    r"[\s■□●○◆◇▼▽▶・※*\-【\[]*(?:マイナンバー|個人番号|my\s*number)"
    r"(?:\s*[(（][^()（）\d]{0,12}[)）])?\s*[】\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
_HEADING_LINES = 8


def _under_heading(text: str, start: int) -> bool:
    lo = start - numbers.REACH if start > numbers.REACH else 0
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False
    name = text[line_start:start]
    if _ROW_NAME.match(name) is None or _NOT_A_NAME.search(name) is not None:
        return False
    end = line_start - 1
    for _ in range(_HEADING_LINES):
        if end <= lo:
            return False
        begin = text.rfind("\n", lo, end) + 1
        if begin == 0 and lo > 0:
            return False  # the line starts before the window: not seen whole
        line = text[begin:end].rstrip("\r")
        if not line.strip():
            return False  # a blank line ends the list
        if _ROW.match(line) is not None and _NOT_A_NAME.search(line) is None:
            end = begin - 1  # another row of the list
            continue
        return _HEADING.fullmatch(nfkc(line)) is not None
    return False


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
