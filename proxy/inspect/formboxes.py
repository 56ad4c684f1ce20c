"""Digits a form draws one to a box, given back as one number after their label.

A form's text copied out of a PDF or a Word file keeps the boxes it prints a number in,
one digit to a box, as bars:

    個人番号（マイナンバー）
    ┌─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┐
    │3│8│2│0│1│9│4│7│5│5│1│4│
    └─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┘
    口座番号　　　│5│0│3│8│1│7│2│
    カード番号
    │5│2│4│8│ │3│1│0│7│ │6│6│4│2│ │1│8│0│8│

No detector reads a number whose digits bars part, and texttables reads such a row as a
table's row of one-digit cells under no header. So each row of boxes is also given as
"label: number" (an empty box between two groups of digits as a space, as a card's
4-4-4-4 is printed), its label the text before the first bar on its line and the words
in the boxes before the digits' ("│個人番号│3│8│…"), or, when there is none, the nearest
line above that is no border; when that line is a number's word
alone ("番　　号", "No."), the line above it too ("■運転免許証　□パスポート" over
"番　　号"). A rendering, read beside the text (textfiles.add_rendering).
"""

from __future__ import annotations

import itertools
import re

from proxy.detectors.numbers import DASH_CLASS
from proxy.detectors.phone import COUNT_WORDS
from proxy.inspect.tabular import FORM_FIELD as _FORM_FIELD

_BARS = "│┃|｜"
_BAR = re.compile(f"[{re.escape(_BARS)}]")
_BORDER = re.compile(r"[\s┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╭╮╰╯+\-=:│┃|｜]*")
_CELL = re.compile(rf"[ \u3000]*([0-9０-９]|{DASH_CLASS})?[ \u3000]*")
_MIN_DIGITS = 7  # a bank account's; fewer boxes are a date's or a code's
_NUMBER_WORD = re.compile(r"(?i:番号|no\.?|nr\.?|number|#)[:：]?")
_LABEL_LINES = 3  # lines looked up for a label


def boxed_numbers(text: str) -> str:
    """Each row of one-digit boxes in `text` as "label: number"; "" when there is none."""
    # (Excel's grid forms, a digit a cell, are gridforms' to read.)
    if not any(bar in text for bar in _BARS):
        return ""
    lines = text.splitlines()
    out: list[str] = []
    heads = _block_headers(lines)
    for k, line in enumerate(lines):
        first = _BAR.search(line)
        if first is None:
            continue
        boxed, in_box = _labelled(line[first.start() :])
        number = _boxes(boxed)
        label = _compact(line[: first.start()] + " " + in_box)
        if number is None:
            tail = _grouped_tail(line)
            if tail < 0:
                continue
            label = _compact(line[:tail])
            number = _grouped(line[tail:], loose=_NUMBER_LABEL.search(label) is not None)
            if number is None:
                continue
        if not _field(label) and OWN_NAME.search(label) is None:
            # A row's own word under a form's heading ("■ご連絡先" / "自宅　│0│3│…"),
            # or no word: the heading names the field. Not a word that names what the
            # boxes hold ("委託者コード", "受付番号", "本日" in an hourly table).
            above = _label_above(lines, k)
            label = f"{above} {label}".strip()
        # Only a form's field: digits in boxes under no such label are a mark sheet's
        # answers, a score card's or a calendar's, whatever numbers they make; and not
        # a count ("│電話受付件数│0│3│5│…│": calls an hour).
        if (
            _field(label)
            and _COUNT.search(label) is None
            and not _under_a_header(lines[k], heads.get(k))
        ):
            out.append(f"{label}: {number}")
    return "\n".join(out)


def _header_of_numbers(heads: list[str]) -> bool:
    """A header row of numbers: a word first ("チャネル", "評価"), then numbers, no field's
    word (a form's row of boxes above another has its field's word first)."""
    words = [h.strip() for h in heads if h.strip()]
    if not words or _field(words[0]):
        return False
    # (A header may leave its corner empty: "|   | 1 | 2 | 3 |". isdecimal, not isdigit:
    # "①" is a digit int() cannot read.)
    numbers = words if words[0].isdecimal() else words[1:]
    return counting([int(w) for w in numbers if w.isdecimal()])


# A row that spells a name or an address one character a box starts with its label.
SPELLED_OUT = re.compile(r"氏名|名前|フリガナ|ふりがな|カナ|住所|所在地|(?i:name|address)")
_COUNTING_REACH = 64


def counting(numbers: list[int]) -> bool:
    """Numbers that count (days 1 2 3 4 5 8 9 …, a scale 5 4 3 2 1, once or repeated),
    four or more: a header's, not a number's digits (0 3 5 2 4 1 …)."""
    if len(numbers) < 4:
        return False
    numbers = numbers[:_COUNTING_REACH]  # (the period is looked for in as many)
    period = next(
        (p for p in range(2, len(numbers) + 1) if numbers[p:] == numbers[: len(numbers) - p]),
        len(numbers),
    )
    block = numbers[:period]
    steps = [b - a for a, b in itertools.pairwise(block)]
    return len(block) >= 3 and (all(d > 0 for d in steps) or all(d < 0 for d in steps))


_RULE_ROW = re.compile(
    r"[\s|｜│┃:：\-=─━+┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬]*"
)  # a Markdown table's |---|---| or a border


def _block_headers(lines: list[str]) -> dict[int, _HeadRow]:
    """Per bar row, the first row of its block of bar rows (borders and rules between
    skipped), read once for the block: the header a table's rows are under."""
    out: dict[int, _HeadRow] = {}
    head: _HeadRow | None = None
    for k, line in enumerate(lines):
        if _BAR.search(line) is None:
            if not _RULE_ROW.fullmatch(line):
                head = None  # the block ends
            continue
        if _RULE_ROW.fullmatch(line):
            continue
        if head is None:
            head = _HeadRow(line)  # the block's first row: its header, if any
            continue
        out[k] = head
    return out


class _HeadRow:
    """A table's header row of bar cells, and whether its numbers count (a header of days
    or of a scale: "| チャネル | 1 | 2 | 3 | …", read once)."""

    def __init__(self, line: str) -> None:
        self.cells = [h.strip() for h in _BAR.split(line)]
        self.numbers = _header_of_numbers(self.cells)
        first = next((h for h in self.cells if h), "")
        self.spelled = SPELLED_OUT.search(first) is not None


def _under_a_header(line: str, head: _HeadRow | None) -> bool:
    """The bar row `line` is a table's row under a header of cells, one over each of its
    boxes (a Markdown table of counts: "| チャネル | 1 | 2 | 3 | … |" over "| 電話 | 0 | 3
    | 1 | … |"): its digits are counts, whatever they spell."""
    if head is None:
        return False
    cells = _BAR.split(line)
    named = [
        h
        for h, c in zip(head.cells, cells, strict=False)
        if _CELL.fullmatch(c) and c.strip() and h and (_CELL.fullmatch(h) is None or head.numbers)
    ]
    boxes = sum(1 for c in cells if c.strip() and _CELL.fullmatch(c))
    return names_each(named, boxes, spelled=head.spelled)


HEADER_WORD = 24  # characters of a tally's header cell: 1日, 月, ア, 2025年4月, 9:00-10:00


def names_each(named: list[str], boxes: int, *, spelled: bool) -> bool:
    """The header cells over a row's `boxes` (`named`: one per box they stand over) name
    them one by one, as a tally's header does: three or more, over two boxes in three,
    short words. Not a row spelling a name or an address one character a box (`spelled`:
    氏名 | 長 | 谷 | 川 …): its characters name nothing. (A form's boxes have one label,
    over the first or before; an address's cells stand over some of a postal code's.)"""
    named = [h for h in named if len(h) <= HEADER_WORD]
    if spelled:
        named = [h for h in named if not (len(h) == 1 and not h.isdigit())]
    return len(named) >= 3 and 3 * len(named) >= 2 * boxes


def _field(label: str) -> bool:
    return _FORM_FIELD.search(label) is not None or "〒" in label


_COUNT = re.compile(COUNT_WORDS + "|合計|平均")
# A row's word that names its own boxes' content, not whose they are.
OWN_NAME = re.compile(
    r"番号|コード|(?i:no\.?|id|code)\b|番|本日|前日|当日|昨日|今日|合計|計|(?:[0-9０-９]+|[一二三四五六七八九十]+)[日月年時]"
)
# Groups of digits a box each, one digit to a place, parted by bars ("0 2 7 8 │ 6 2 │
# 3 3 0 9", "0 8 0 │ 3 3 9 2 │ 7 1 4 5"), at the line's end: one digit a place, so a
# row of figures ("カード │ 4512 │ 3320 │ …", a sales table) is none.
_GROUP = r"[0-9０-９](?:[ \u3000][0-9０-９])*"
_GROUPED = re.compile(rf"{_GROUP}(?:[ \u3000]*[{re.escape(_BARS)}][ \u3000]*{_GROUP})+[ \u3000]*")
_GROUPED_CHARS = frozenset("0123456789０１２３４５６７８９ \u3000" + _BARS)


def _grouped_tail(line: str) -> int:
    """Where the line's tail of digits, spaces and bars starts (a backward scan: a
    pattern searched for it would try each digit of a long row to the line's end), or
    -1 when it holds no bar."""
    k = len(line)
    while k and line[k - 1] in _GROUPED_CHARS:
        k -= 1
    while k < len(line) and line[k] in " \u3000" + _BARS:
        k += 1  # from its first digit
    return k if _BAR.search(line, k) is not None else -1


# A label that calls the boxes a number ("個人番号　3820│1947│5514", "電話番号　090│…"):
# then groups of digits may fill a box each, as a number's groups are boxed.
_NUMBER_LABEL = re.compile(r"番号|(?i:number|no\.)")
_LOOSE = re.compile(
    rf"[0-9０-９]+(?:[ \u3000]*[{re.escape(_BARS)}][ \u3000]*[0-9０-９]+)+[ \u3000]*"
)


def _grouped(segment: str, *, loose: bool = False) -> str | None:
    if (_LOOSE if loose else _GROUPED).fullmatch(segment) is None:
        return None
    parts = ["".join(p.split()) for p in _BAR.split(segment)]
    if sum(len(p) for p in parts) < _MIN_DIGITS:
        return None
    return "-".join(parts)


def _labelled(row: str) -> tuple[str, str]:
    """(the row from its first box of a digit or a dash on, the words in the boxes before
    it): a form drawn in boxes puts its label in a box too ("│個人番号│3│8│2│…│")."""
    cells = _BAR.split(row)
    k = 1
    while k < len(cells) - 1 and _CELL.fullmatch(cells[k]) is None:
        k += 1
    if k == 1 or k >= len(cells) - 1:
        return row, ""
    at = sum(len(c) + 1 for c in cells[:k]) - 1  # the bar before cells[k]
    return row[at:], " ".join(c.strip() for c in cells[1:k])


def _boxes(row: str) -> str | None:
    """The number a row of boxes holds ("│5│0│3│…│"), or None if it is no such row."""
    cells = _BAR.split(row.rstrip())
    if len(cells) < _MIN_DIGITS + 2 or cells[0].strip() or cells[-1].strip():
        return None  # bars at both ends: the boxes are the whole rest of the line
    groups: list[str] = [""]
    digits = 0
    for cell in cells[1:-1]:
        m = _CELL.fullmatch(cell)
        if m is None:
            return None  # a word in a box: a table's row
        c = m.group(1)
        if c is None:
            if groups[-1]:
                groups.append("")  # an empty box parts two groups
        elif c.isdigit():
            groups[-1] += c
            digits += 1
        elif groups[-1]:
            groups[-1] += "-"
    if digits < _MIN_DIGITS:
        return None
    return " ".join(g for g in groups if g)


def _label_above(lines: list[str], k: int) -> str:
    found: list[str] = []
    for above in reversed(lines[max(0, k - _LABEL_LINES) : k]):
        if _BORDER.fullmatch(above):
            continue
        if _BAR.search(above) is not None:
            break  # another row of boxes or a table's
        found.insert(0, _compact(above))
        if _NUMBER_WORD.fullmatch(found[0]) is None:
            break  # a label of its own; a number's word alone wants the line above
    return " ".join(found)


def _compact(label: str) -> str:
    """`label` stripped, its characters joined when a form spaced them out ("番　　号")."""
    words = label.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return "".join(words)
    return " ".join(words)
