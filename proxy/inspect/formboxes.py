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

import re

from proxy.detectors.numbers import DASH_CLASS, DASHES
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
    bars = any(bar in text for bar in _BARS)
    if not bars and "\t" not in text:
        return ""
    lines = text.splitlines()
    out: list[str] = []
    for k, line in enumerate(lines):
        if line.count("\t") >= _MIN_DIGITS:  # (a cheap look: a row of seven cells at least)
            above = next((lines[j] for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), "")
            cell = _grid_row(line, above)  # Excel's grid form: a digit a cell
            if cell is not None:
                out.append(cell)
                continue
        first = _BAR.search(line) if bars else None
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
        if not _field(label) and _OWN_NAME.search(label) is None:
            # A row's own word under a form's heading ("■ご連絡先" / "自宅　│0│3│…"),
            # or no word: the heading names the field. Not a word that names what the
            # boxes hold ("委託者コード", "受付番号", "本日" in an hourly table).
            above = _label_above(lines, k)
            label = f"{above} {label}".strip()
        # Only a form's field: digits in boxes under no such label are a mark sheet's
        # answers, a score card's or a calendar's, whatever numbers they make; and not
        # a count ("│電話受付件数│0│3│5│…│": calls an hour).
        if _field(label) and _COUNT.search(label) is None:
            out.append(f"{label}: {number}")
    return "\n".join(out)


def _grid_row(line: str, above: str = "") -> str | None:
    """ "label: number" of a sheet's row that holds a form's field one digit to a cell,
    as an Excel grid form (Excel 方眼紙) is filled: "個人番号\t3\t8\t2\t0…"; else None.
    Not a table's row: a tally under a header of days or dates (月 火 水 …, 1日 2日 …)
    has one small count a cell too (`above`: the line above it)."""
    # (A sheet's rows come as "header: value" cells when the reader took a row above for
    # the header; a grid form's header is the row of digits above it: the value is the
    # cell. A header of words says the cells are a table's.)
    parts = [c.split(": ", 1) for c in line.split("\t")]
    if any(len(p) == 2 and p[1].strip() and not _DIGIT_OR_EMPTY.fullmatch(p[0]) for p in parts[1:]):
        return None
    heads = [c.strip() for c in above.split("\t")]
    if sum(1 for c in heads if _HEADER_WORD.fullmatch(c)) >= _MIN_DIGITS:
        return None  # a header of words over the cells (not a name's kana, one a cell)
    kana = "".join(c for c in heads if len(c) == 1 and _KANA.fullmatch(c))
    if len(kana) >= _MIN_DIGITS and any(kana in order for order in KANA_ORDERS):
        # Choices in the kana's order (ア イ ウ エ …, あ か さ …): a tally's header. (A
        # name's furigana may rise too, アオキタツヒロ, but not one kana after another.)
        return None
    cells = [p[-1].strip() for p in parts]
    if sum(1 for c in cells if len(c) == 1 and c.isdigit()) < _MIN_DIGITS:
        return None
    k = 0
    while k < len(cells) and not (len(cells[k]) == 1 and cells[k].isdigit()):
        k += 1
    label = _compact(" ".join(c for c in cells[:k] if c))
    digits = cells[k:]
    if not label or not _field(label) or _COUNT.search(label) is not None:
        return None
    groups: list[str] = [""]
    count = 0
    for c in digits:
        if not c:
            continue
        if len(c) == 1 and c.isdigit():
            groups[-1] += c
            count += 1
        elif c in DASHES and groups[-1]:
            groups.append("")
        else:
            return None  # a word or a figure among them: a table's row
    if count < _MIN_DIGITS:
        return None
    return f"{label}: {'-'.join(g for g in groups if g)}"


_DIGIT_OR_EMPTY = re.compile(r"\s*[0-9０-９]?\s*")
# A header cell: a word, not a digit nor one kana (フリガナ's ヤ マ モ ト over a number).
_GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_ROW_HEADS = "アカサタナハマヤラワ"
KANA_ORDERS = tuple(
    order
    for katakana in (_GOJUON, _ROW_HEADS)
    for order in (katakana, "".join(chr(ord(c) - 0x60) for c in katakana))  # and hiragana
)
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HEADER_WORD = re.compile(r"(?![0-9０-９\u3041-\u3096\u30a1-\u30faー]\Z).+")


def _field(label: str) -> bool:
    return _FORM_FIELD.search(label) is not None or "〒" in label


_COUNT = re.compile(COUNT_WORDS + "|合計|平均")
# A row's word that names its own boxes' content, not whose they are.
_OWN_NAME = re.compile(
    r"番号|コード|(?i:no\.?|id|code)\b|番|本日|前日|当日|昨日|今日|合計|計|(?:[0-9０-９]+|[一二三四五六七八九十]+)[日月年時]"
)
# Groups of digits a box each, one digit to a place, parted by bars ("0 2 7 8 │ 6 2 │
# 3 3 0 9", "0 8 0 │ 3 3 9 2 │ 7 1 4 5"), at the line's end: one digit a place, so a
# row of figures ("カード │ 4512 │ 3320 │ …", a sales table) is none.
_GROUP = r"[0-9０-９](?:[ \u3000][0-9０-９])*"
_GROUPED = re.compile(
    rf"{_GROUP}(?:[ \u3000]*[{re.escape(_BARS)}][ \u3000]*{_GROUP})+[ \u3000]*"
)
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
