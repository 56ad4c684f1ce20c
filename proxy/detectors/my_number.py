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
    if not w.has_label(LABEL):
        return None
    return w.digits if in_.is_valid(w.digits) else None


# A list of people's numbers under a heading, each row led by whose it is:
#     ■個人番号（マイナンバー）
#       本人    小松 直樹  7301 8264 5514
#       配偶者  小松 由香  3390 2817 4400
# The row's name is no label; the heading over the rows is. Read by a pass of its own
# over the whole text (listed_under_headings), not per number: a list runs past the
# REACH characters a number's label is looked for in (and what a number yields is
# remembered by those characters alone, numbers.process).
_NAME = r"[^\d\s:：]{1,8}(?:[ \t\u3000]+[^\d\s:：]{1,8}){0,3}"  # 本人 / 配偶者 小松 由香
# Between a number's digit groups, what the numbers engine reads as a separator
# (numbers.SEPARATORS, as NFKC leaves them: "7301ー8264ー5514", "7301 - 8264 - 5514").
_SEP = "[" + re.escape("".join(sorted({nfkc(c) for c in numbers.SEPARATORS}))) + "]"
# A row: an optional quote ("> > "), the name, then a number. Any number keeps the list
# going (a mistyped one in the middle does not end it); only a 12-digit one, written
# whole or 4-4-4, is a My Number (as `match` takes them).
_ROW = re.compile(
    rf"[ \t\u3000]*(?:>[ \t\u3000]*){{0,8}}(?P<name>{_NAME})[ \t\u3000:：]*"
    rf"(?P<number>\d(?:{_SEP}{{0,3}}\d){{0,40}})"
    r"(?:[ \t\u3000(（][^\d\r]{0,20})?\r?"  # a note after it: "(変更なし)"
)
_GROUPS = re.compile(rf"{_SEP}+")
# "ID" and "No" as words of their own ("会員No", "社員ID"), not inside a romaji name
# (Noriko, David).
_NOT_A_NAME = re.compile(
    r"番号|(?<![a-z])(?:ID|No)(?![a-z])|コード|#|追跡|受付|問合せ|問い合わせ", re.IGNORECASE
)
# The heading is the label itself ("■個人番号(マイナンバー)", "【マイナンバー】:", also
# quoted: "> ■個人番号"), not a topic ("マイナンバーカード発送のお知らせ", "マイナンバー制度
# について").
_HEADING = re.compile(
    r"[\s>■□●○◆◇▼▽▶・※*\-【\[]*(?:マイナンバー|個人番号|my\s*number)"
    r"(?:\s*[(（][^()（）\d]{0,12}[)）])?\s*[】\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
# Parts of every heading's label as written before NFKC (half-width ﾏｲﾅﾝﾊﾞｰ, full-width
# Ｍｙ Ｎｕｍｂｅｒ): the lines holding one are the only ones tried as headings (one
# regex over the whole text, case-insensitive, cost a quarter of all detectors on a long
# reply thread; these searches cost 0.1 ms on its 35,000 characters, and engine.scan
# runs them only on text with a digit run as long as a My Number).
_HEADING_PARTS = ("ナンバー", "個人番号", "ﾅﾝﾊﾞｰ", "umber", "UMBER", "ｕｍｂｅｒ", "ＵＭＢＥＲ")


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds a heading part and a line break after it."""
    lines: set[tuple[int, int]] = set()
    for part in _HEADING_PARTS:
        at = text.find(part)
        while at >= 0:
            end = text.find("\n", at)
            if end < 0:
                break
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(part, end)
    return sorted(lines)


def _row_value(row: re.Match[str] | None) -> str | None:
    """The valid My Number of a row ("" for a row with another number), None for a line
    that is no row."""
    if row is None or _NOT_A_NAME.search(row.group("name")) is not None:
        return None
    number = row.group("number")
    digits = re.sub(r"\D", "", number)
    groups = tuple(len(g) for g in _GROUPS.split(number))
    if len(digits) == 12 and groups in ((12,), (4, 4, 4)) and in_.is_valid(digits):
        return digits
    return ""


def listed_under_headings(text: str) -> list[str]:
    """The valid numbers in the rows of lists under a heading that is the label: each row
    a short name with no digit and no other number's label, then the number; the list
    ends at the first line that is no such row (a blank one too). The first row may
    follow the heading's colon on its line ("マイナンバー：本人 7301 8264 5514")."""
    found: list[str] = []
    pos = 0
    for begin, end in _heading_lines(text):
        if begin < pos:
            continue  # a row of a list already read
        heading = nfkc(text[begin:end].rstrip("\r"))
        if _HEADING.fullmatch(heading) is None:
            label = _HEADING.match(heading)
            if label is None or ":" not in label.group():
                continue
            first = _row_value(_ROW.fullmatch(heading, label.end()))
            if first is None:
                continue
            if first:
                found.append(first)
        while end >= 0:
            begin = end + 1
            end = text.find("\n", begin)
            value = _row_value(_ROW.fullmatch(nfkc(text[begin:] if end < 0 else text[begin:end])))
            if value is None:
                break
            if value:
                found.append(value)
        pos = begin
    return found


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE) + listed_under_headings(text)
