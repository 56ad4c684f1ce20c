"""Tables drawn in plain text, given back as TAB-separated rows for tabular.pasted_tables.

People lay tables out in a plain-text mail three ways besides pasting TAB-separated cells:

- ruled with box-drawing characters ("│No│氏名│生年月日│", borders of ┌─┬─┐ ├─┼─┤ └─┴─┘),
  or with ASCII bars ("| 1 | 山田 |", borders of +---+);
- as a Markdown table from a chat tool ("| 氏名 | 電話番号 |" over "|---|---|");
- in fixed-width columns under a rule of dashes ("No  お届け先様  郵便番号" over
  "--  ----------  --------"), aligned for a monospaced font, where a full-width
  character takes two columns (East Asian Width W or F).

No detector reads a 生年月日 or 郵便番号 column's values without their label, so each such
table is returned as TAB-separated rows (header first), which pasted_tables renders as
`header: value` lines like a table pasted from Excel. "" when the text has none.
"""

from __future__ import annotations

import re
import unicodedata

_BARS = "│┃|｜"
_BAR = re.compile(f"[{re.escape(_BARS)}]")
# A border or a Markdown alignment row: rule characters, corners, bars and colons only.
_BORDER = re.compile(r"[\s┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╭╮╰╯+\-=:│┃|｜]+")
# The rule under a fixed-width header: two groups or more of dashes (or ─ ━ =).
_RULE = re.compile(r"[ \t\u3000]*(?:[-=─━]{2,}[ \t\u3000]+)+[-=─━]{2,}[ \t\u3000]*")
# Within one line. Tried from a run's first dash only, each run taken whole (possessive):
# a line of thousands of dashes would otherwise be tried at each of them, to its end.
_RULE_HINT = re.compile(r"(?<![-=─━])[-=─━]{2,}+[ \t\u3000]++[-=─━]{2}")
# A bottom border ends a ruled table (another may follow at once, under its own header).
_BOTTOM = frozenset("└┘┴┗┛┻╚╝╩╰╯")
_DASHES = frozenset("-=─━")
_MIN_ROWS = 2  # a header and one row
# A fixed-width table is a screen's width of columns: a rule of thousands of dash
# groups, or a row of a megabyte, is none (each row would be cut into that many cells).
_MAX_COLUMNS = 40
_MAX_ROW = 1000


def drawn_tables(text: str) -> str:
    """The ruled and fixed-width tables of `text` as TAB-separated rows, a blank line
    between two tables; "" when there is none."""
    ruled = any(bar in text for bar in _BARS)
    spaced = _has_rule(text)
    if not ruled and not spaced:
        return ""
    lines = text.splitlines()
    tables: list[list[str]] = []
    if ruled:
        tables += _ruled(lines)
    if spaced:
        tables += _fixed_width(lines)
    return "\n\n".join("\n".join(rows) for rows in tables)


def _has_rule(text: str) -> bool:
    """Whether a line of `text` has a fixed-width rule (_RULE_HINT), looked for only in
    lines with two rule characters in a row, found with str.find. A search of the whole
    text for the pattern, whose first element is a character class, cost about a tenth
    of all the inspection of a short mail: sre's skip tests every character."""
    for dash in _DASHES:
        at = text.find(dash)
        while at != -1:
            if text[at + 1 : at + 2] in _DASHES:
                start = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at)
                if end == -1:
                    end = len(text)
                if _RULE_HINT.search(text, start, end) is not None:
                    return True
                at = end  # this line is done
            at = text.find(dash, at + 1)
    return False


def _cells(line: str) -> list[str] | None:
    """The cells of a ruled row ("│1 │川村 優斗│…│"), None when the line is no such row."""
    row = line.strip()
    if len(row) < 3 or row[0] not in _BARS or row[-1] not in _BARS:
        return None
    cells = [cell.strip() for cell in _BAR.split(row[1:-1])]
    return cells if len(cells) >= 2 and any(cells) else None


def _ruled(lines: list[str]) -> list[list[str]]:
    tables: list[list[str]] = []
    rows: list[str] = []
    for line in (*lines, ""):
        if line.strip() and _BORDER.fullmatch(line):
            if not _BOTTOM.isdisjoint(line):
                if len(rows) >= _MIN_ROWS:
                    tables.append(rows)
                rows = []
            continue  # a border, or Markdown's |---|:---:|: the table goes on
        cells = _cells(line)
        if cells is not None:
            rows.append("\t".join(cells))
        else:
            if len(rows) >= _MIN_ROWS:
                tables.append(rows)
            rows = []
    return tables


def _width(c: str) -> int:
    # Ambiguous ones (○ ※ ① §) too: a Japanese monospaced font draws them two wide.
    return 2 if unicodedata.east_asian_width(c) in "WFA" else 1


def _columns(rule: str) -> list[int]:
    """The display column where each dash group of the rule starts (─ and a full-width
    space are two columns wide, as the characters above them)."""
    starts: list[int] = []
    column = 0
    previous = " "
    for c in rule.expandtabs():
        if c in _DASHES and previous not in _DASHES:
            starts.append(column)
        column += _width(c)
        previous = c
    return starts


def _cut(line: str, starts: list[int]) -> list[str]:
    """`line` cut at the display columns `starts` (a cell from one start to the next)."""
    cells: list[list[str]] = [[] for _ in starts]
    column = 0
    k = 0
    for c in line.expandtabs():
        while k + 1 < len(starts) and column >= starts[k + 1]:
            k += 1
        cells[k].append(c)
        column += _width(c)
    return ["".join(cell).strip() for cell in cells]


def _fixed_width(lines: list[str]) -> list[list[str]]:
    tables: list[list[str]] = []
    k = 1
    while k < len(lines):
        # The rule's dashes are one column each: the columns it gives are display columns.
        if not lines[k - 1].strip() or _RULE.fullmatch(lines[k]) is None:
            k += 1
            continue
        starts = _columns(lines[k])
        if len(starts) > _MAX_COLUMNS or len(lines[k - 1]) > _MAX_ROW:
            k += 1
            continue
        rows = ["\t".join(_cut(lines[k - 1], starts))]
        k += 1
        while (
            k < len(lines)
            and lines[k].strip()
            and len(lines[k]) <= _MAX_ROW  # a fixed-width row is a line a screen shows
            and _RULE.fullmatch(lines[k]) is None
        ):
            rows.append("\t".join(_cut(lines[k], starts)))
            k += 1
        if len(rows) >= _MIN_ROWS:
            tables.append(rows)
    return tables
