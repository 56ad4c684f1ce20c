"""A sheet laid out as a form (Excel 方眼紙), read again as its rows read on screen.

Japanese offices draw forms on a grid of narrow cells: a label in a merged cell, then a
number one digit to a cell, a date as 0|7|年|1|1|月|2|8|日, a postal code as
〒|2|1|1|-|0|0|6|4, an address over 都道府県 | 市区町村 | 番地 cells. tabular.TableRenderer
reads a sheet as a list (a header row, each cell labelled by its column), which scatters
such a row: its digits get the words of some row above as labels, one digit each. So a
sheet with a row of digits one to a cell is given a second time, row by row, as it
reads on screen:

- the single-character cells that stand next to one another joined ("0|9|0|-|3|3|…" →
  "090-33…"; groups of digits between separator cells too: 090 | - | 4471), when a
  form's field names them: a word of the row before them (携帯, 個人番号, 生年月日, 〒 …),
  or the header cell above their first cell; not a tally's counts (GridSheet._tally);
- the other cells as they are, TABs between them;
- under a header row (a row of words, no digit: "氏名 | 続柄 | 生年月日 | 個人番号"), each
  of its field's cells again as "header: what the row holds from that column to the
  next header cell" (a dependant's date of birth and My Number in one row; a card's
  sixteen digits before the expiry's cells, under カード番号 and 有効期限);
- an address over cells once more as one line after its label ("住所: 東京都杉並区和泉
  2丁目31-5"; romaji cells in the order English writes them, the prefecture last).

A sheet without such a row (a list, a report) gets nothing: the rendering costs only the
sheets that are forms.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from proxy.detectors.numbers import DASHES
from proxy.detectors.phone import COUNT_WORDS
from proxy.detectors.romaji_address import english_order, romaji_prefecture
from proxy.inspect.formboxes import OWN_NAME, SPELLED_OUT, counting, names_each
from proxy.inspect.scan import TextBuilder
from proxy.inspect.tabular import FORM_FIELD

# One character a cell: a digit, a letter of a code, a separator or a date's unit.
_BOX_CHARS = frozenset(
    "0123456789０１２３４５６７８９/.:()（）年月日〒"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + DASHES
)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_MIN_RUN = 4  # cells in a run, and three digits in it at least: a date's year and month
_MIN_RUN_DIGITS = 3
_MAX_GROUP = 5  # digits of a group in its own cell (090 | - | 4471 | - | 2936)
_MIN_GROUP_RUN = 3
_MAX_GAP = 3  # columns from one cell of a run to the next: a cell merged over three
_HEADING_MARKS = "■□◆◇●○◎【[〔＜<"
_SEPARATORS = frozenset(DASHES + "/年月日")
_MAX_ROWS = 400  # a form's rows; a longer sheet is a list, read as one already
_COUNT = re.compile(COUNT_WORDS + "|合計|平均")
_ADDRESS_LABEL = re.compile(r"住所|所在地|(?i:address)")
_ASCII_WORD = re.compile(r"[ -~]+")
_BARS = "│┃|｜"
_BAR = re.compile(f"[{re.escape(_BARS)}]")
# Two digits a cell each, side by side: what every row of boxes holds somewhere. One
# search of the text before any line is split (most TAB text is a table of words and
# figures).
_SEP = f"[\t{re.escape(_BARS)}]"
_GRID_HINT = re.compile(
    rf"{_SEP}[ \u3000]{{0,3}}[0-9０-９][ \u3000]{{0,3}}{_SEP}"
    rf"[ \u3000]{{0,3}}[0-9０-９][ \u3000]{{0,3}}{_SEP}"
)
_DIGIT_END = re.compile(r"[0-9０-９号]$")
_BORDER_LINE = re.compile(r"[\s|｜│┃:：\-=─━+┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬]+")
_POSTAL_CELL = re.compile(r"〒?\s*[0-9]{3}-?[0-9]{4}")
_UNITS = frozenset(("丁目", "番地", "番", "号", "番の", "の"))


def _field(label: str) -> bool:
    return (FORM_FIELD.search(label) is not None or "〒" in label) and _COUNT.search(label) is None


class _Row:
    """A row's cells (column, text) in column order, and its runs of boxes."""

    __slots__ = ("_words", "by_col", "cells", "cols", "runs")

    def __init__(self, cells: list[tuple[int, str]]) -> None:
        self.cells = cells
        self.cols = [col for col, _ in cells]
        self.by_col = dict(cells)
        self.runs = [run for run in _runs(cells) if _is_grid_run(cells, run)]
        self._words: list[tuple[bool, bool, bool]] | None = None

    def words_before(self, col: int) -> tuple[bool, bool, bool]:
        """Whether the row's cells before column `col` name a field, a count, a number
        of its own (会員番号): each cell looked at once, whatever the number of runs."""
        if self._words is None:
            field = count = number = False
            self._words = [(False, False, False)]
            for _, text in self.cells:
                field = field or FORM_FIELD.search(text) is not None or "〒" in text
                count = count or _COUNT.search(text) is not None
                number = number or OWN_NAME.search(text) is not None
                self._words.append((field, count, number))
        return self._words[bisect_left(self.cols, col)]

    def span(self, lo: int, hi: int) -> list[str]:
        """The texts of the cells in columns lo..hi."""
        a, b = bisect_left(self.cols, lo), bisect_right(self.cols, hi)
        return [text for _, text in self.cells[a:b]]


class GridSheet:
    """Feed a sheet's rows (column → cell text) in order; `lines()` gives the rendering,
    empty unless a row held a run of one-character cells with digits (see the module)."""

    def __init__(self, max_rows: int = _MAX_ROWS) -> None:
        self._rows: list[_Row] = []
        self._grid = False
        self._max_rows = max_rows

    def add(self, row: Mapping[int, str]) -> None:
        if len(self._rows) >= self._max_rows:
            return
        cells = sorted((col, text.strip()) for col, text in row.items() if text and text.strip())
        parsed = _Row(cells)
        self._rows.append(parsed)
        self._grid = self._grid or bool(parsed.runs)

    def lines(self) -> list[str]:
        if not self._grid:
            return []
        out: list[str] = []
        above = -1  # the nearest row above that is not empty
        top: list[int] = []  # per row: the first row of its block of rows of boxes
        block_header: dict[int, int] = {}  # block's first row -> the row over the block
        headers: dict[int, _Header] = {}  # the rows used as headers, read once each
        for k, row in enumerate(self._rows):
            top.append(k)
            if not row.cells:
                continue
            if row.runs and above >= 0 and self._rows[above].runs:
                top[k] = top[above]  # a record under the one above, or a tally's row
            elif row.runs:
                block_header[k] = above
            if not row.runs:
                out.append("\t".join(text for _, text in row.cells))
                out.extend(_address([text for _, text in row.cells]))
                above = k
                continue
            before = block_header[top[k]]
            header_row = self._rows[before] if before >= 0 else None
            runs = [r for r in row.runs if not self._tally(row, r, header_row, top[k], k)]
            if before >= 0 and before not in headers:
                headers[before] = _Header(self._rows[before])
            labels = headers[before].labels(adjacent=before == above) if before >= 0 else _NO_HEADER
            if runs:
                parts = _joined_row(row, runs, labels)
                out.append("\t".join(parts))
                out.extend(_address(parts))
                out.extend(_under_header(row, runs, labels))
            else:
                out.append("\t".join(text for _, text in row.cells))
            above = k
        return out

    def _tally(
        self, row: _Row, run: tuple[int, int], header: _Row | None, first: int, k: int
    ) -> bool:
        """The run is a table's row of small counts, one a cell, not a form's boxes:
        - the row over its block of such rows names its cells one by one (three or more
          of them, and two in three: 月 火 水 …, 1日 2日 …, 2025年4月 …, ア イ ウ …), where a
          form's boxes have one label, over the first or before (or an address's cells
          over a postal code's boxes, one over some);
        - or the block's first row is a header of numbers (days 1 2 3 4 5 8 9 …, a scale
          5 4 3 2 1) over it: digits over half its cells, named by no field, and this row
          named by one (電話, 口座開設: a channel's, an item's counts)."""
        at = [col for col, _ in row.cells[run[0] : run[1] + 1]]
        if header is not None and not header.runs:
            # (Short words: a day, a month, a question, a choice; not the row of an
            # address's cells above a form's postal code.)
            named = [header.by_col[col] for col in at if col in header.by_col]
            spelled = bool(header.cells) and SPELLED_OUT.search(header.cells[0][1]) is not None
            if names_each(named, len(at), spelled=spelled):
                # Boxes numbered 1 2 3 … over a row that names a number (個人番号,
                # 口座番号: its boxes, numbered), no header of counts.
                numbered = [t for t in named if t.isdecimal()] == named and named[0] == "1"
                field, _, own_name = row.words_before(at[0])
                return not (numbered and field and own_name)
        if first == k:
            return False
        head = self._rows[first]
        over = [head.by_col[col] for col in at if col in head.by_col]
        if 2 * sum(1 for t in over if t in _DIGITS) < len(at):
            return False
        if not counting([int(t) for t in over if t.isdecimal()]):
            return False  # a record's digits (a date, a number), not a header's
        if not head.cells or head.cells[0][0] >= at[0]:
            return False  # numbered boxes (1 2 3 … 12 over a My Number's): no title
        field, count, _ = row.words_before(at[0])
        head_field, head_count, head_number = head.words_before(at[0])
        return field and not count and not (head_field and not head_count) and not head_number


class _Header:
    """A row over a block of rows of boxes, as the labels it lends them: a row of words
    (no digit) of two cells or more, or one field's label right above the boxes (a label
    cell merged over two rows, its boxes on the second). Read once for all its rows."""

    def __init__(self, row: _Row) -> None:
        words = not row.runs and not any(c in _DIGITS for _, text in row.cells for c in text)
        self.cells = row.cells if words else []
        self.cols = [col for col, _ in self.cells]
        # The label each cell stands for: a note in brackets beside a label is the
        # label's ("携帯電話 | （ハイフン不要）").
        self._owner: list[int] = []
        last = -1
        for i, (_, text) in enumerate(self.cells):
            if text[:1] not in "(（":
                last = i
            self._owner.append(last)
        # The fields, each to the next field's column (notes are no boundary).
        starts = [i for i, (_, text) in enumerate(self.cells) if text[:1] not in "(（"]
        self.fields = [
            (self.cells[i][0], self.cells[j][0] if j is not None else None, self.cells[i][1])
            for i, j in zip(starts, [*starts[1:], None], strict=False)
            if _field(self.cells[i][1])
        ]
        self._one = len(self.cells) == 1

    def labels(self, *, adjacent: bool) -> _Header:
        if not self.cells or len(self.cells) >= 2:
            return self
        label = self.cells[0][1]
        if adjacent and _field(label) and label[:1] not in _HEADING_MARKS:
            return self  # not a section's heading: "■口座振替依頼書"
        return _NO_HEADER

    def over(self, col: int) -> str:
        """The label over column `col`: the nearest cell at or left of it (a note stands
        for the label before it)."""
        k = bisect_right(self.cols, col)
        if k == 0:
            return ""
        owner = self._owner[k - 1]
        return self.cells[owner][1] if owner >= 0 else ""


def _runs(cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(first, last) indexes in `cells` of each run of box cells in adjacent columns: a
    character each, or a group of digits between separator cells ("090 | - | 4471")."""
    runs = []
    start = None
    for i, (col, text) in enumerate(cells):
        box = (len(text) == 1 and text in _BOX_CHARS) or (
            len(text) <= _MAX_GROUP and text.isdigit()
        )
        if box and start is not None and col - cells[i - 1][0] <= _MAX_GAP:
            continue  # next to it, or past a merged cell's or an empty box's columns
        if start is not None:
            runs.append((start, i - 1))
        start = i if box else None
    if start is not None:
        runs.append((start, len(cells) - 1))
    return [(a, b) for a, b in runs if b - a + 1 >= _MIN_GROUP_RUN]


def _is_grid_run(cells: list[tuple[int, str]], run: tuple[int, int]) -> bool:
    """Three digits a cell each in four cells or more; or, with groups of digits, a
    separator cell between two of them (a phone's dash, a date's 年 or /)."""
    a, b = run
    texts = [text for _, text in cells[a : b + 1]]
    if all(len(t) == 1 for t in texts):
        return len(texts) >= _MIN_RUN and sum(1 for t in texts if t in _DIGITS) >= _MIN_RUN_DIGITS
    groups = sum(1 for t in texts if t.isdigit())
    separators = sum(1 for t in texts if t in _SEPARATORS)
    if not (groups >= 2 and separators >= 1 and groups + separators == len(texts)):
        return False
    # A number's groups and its separators take turns (090 | - | 4471 | - | 2936); counts
    # with a dash for none do not (0 | 3 | - | 12 | 41 | 5).
    return all((t in _SEPARATORS) != (u in _SEPARATORS) for t, u in itertools.pairwise(texts))


def _stride(cells: list[tuple[int, str]], run: tuple[int, int]) -> int:
    """The columns from one cell of the run to the next, at the least."""
    a, b = run
    # Between digits side by side: a dash's cell may be narrower than a digit's box.
    gaps = [
        cells[j][0] - cells[j - 1][0]
        for j in range(a + 1, b + 1)
        if cells[j][1] in _DIGITS and cells[j - 1][1] in _DIGITS
    ]
    return min(gaps, default=1)


def _glue(cells: list[tuple[int, str]], i: int, stride: int) -> str:
    """What joins cell i to the cell before it in its run: a dash where a box is left
    empty between two digits a box each (a card's groups: 5|2|4|8| |3|1|…, a postal
    code's dash column: 1|3|4| |0|0|8|8), else nothing: boxes merged over two columns
    each (the run's own stride), a group's cell merged over columns (090 | - | 4471)."""
    (col_a, a), (col_b, b) = cells[i - 1], cells[i]
    if not (len(a) == 1 == len(b) and a in _DIGITS and b in _DIGITS):
        return ""
    return "-" if col_b - col_a > stride else ""


def _join_run(cells: list[tuple[int, str]], a: int, b: int) -> str:
    stride = _stride(cells, (a, b))
    return cells[a][1] + "".join(_glue(cells, i, stride) + cells[i][1] for i in range(a + 1, b + 1))


def _joined_row(row: _Row, runs: list[tuple[int, int]], header: _Header) -> list[str]:
    """The row's cells, each run a form's field names joined into one."""
    parts: list[str] = []
    i = 0
    cells = row.cells
    for a, b in runs:
        parts.extend(text for _, text in cells[i:a])
        field, count, own_name = row.words_before(cells[a][0])
        # The header's label, unless the row's own word names what its boxes hold
        # ("委託者コード", "受付番号", "本日" under a heading that names a field).
        over = "" if own_name else header.over(cells[a][0])
        if (field and not count) or _field(over) or "〒" in cells[a][1]:
            parts.append(_join_run(cells, a, b))
        else:
            parts.extend(text for _, text in cells[a : b + 1])  # a tally's, a roster's
        i = b + 1
    parts.extend(text for _, text in cells[i:])
    return parts


def _under_header(row: _Row, runs: list[tuple[int, int]], header: _Header) -> list[str]:
    """ "header: value" for each field of the header over this row, its value what the
    row holds from the header cell's column to the next field's, runs joined. (From the
    row's side: a header may be thousands of cells wide, a row holds few.)"""
    if not header.fields or not row.cells:
        return []
    out = []
    run_of = {i: run for run in runs for i in range(run[0], run[1] + 1)}
    strides = {run: _stride(row.cells, run) for run in runs}
    starts = [start for start, _, _ in header.fields]
    first = max(0, bisect_right(starts, row.cols[0]) - 1)
    last = bisect_right(starts, row.cols[-1])
    for start, end, label in header.fields[first:last]:
        a = bisect_left(row.cols, start)
        b = bisect_left(row.cols, end) if end is not None else len(row.cols)
        pieces: list[str] = []
        for i in range(a, b):
            text = row.cells[i][1]
            if i > a and i in run_of and run_of[i][0] < i:
                pieces[-1] += _glue(row.cells, i, strides[run_of[i]]) + text  # the run goes on
            else:
                pieces.append(text)
        value = " ".join(pieces)
        if any(c in _DIGITS for c in value):
            out.append(f"{label}: {value}")
    return out


def _address(cells: list[str]) -> list[str]:
    """An address over cells after its label, as one line: Japanese cells joined as
    written (a space before a building's name after the block number), romaji ones in
    English order (the prefecture last: "Room 503, Nishikasai 6-12-4, Edogawa-ku, Tokyo")."""
    if len(cells) < 3 or _ADDRESS_LABEL.search(cells[0]) is None:
        return []
    label = cells[0]
    parts = cells[1:]
    if all(_ASCII_WORD.fullmatch(p) for p in parts):
        # A country's and a postal code's cells anywhere ("Japan | 134-0088 | Tokyo |
        # …"): the code after the address, the country left out.
        is_code = [_POSTAL_CELL.fullmatch(p) is not None for p in parts]
        codes = [p for p, code in zip(parts, is_code, strict=True) if code]
        words = [
            p
            for p, code in zip(parts, is_code, strict=True)
            if not code and p.strip().lower() not in ("japan", "jp")
        ]
        if not words:
            return []
        at = next((k for k, p in enumerate(words) if romaji_prefecture(p) is not None), None)
        if at is None:
            line = ", ".join(words)  # in English order already
        else:
            line = english_order(words[at:])
            if at:
                line = ", ".join(words[:at]) + ", " + line  # a street before the prefecture?
        return [f"{label}: {' '.join([line, *codes])}"]
    joined = parts[0]
    for part in parts[1:]:
        # A space before a building's name after the block number, not inside the
        # number (和泉 | 2 | 丁目 | 31 | 番 | 5 | 号, 和泉 | 2 | - | 31 | - | 5).
        # (A number after a number is a room's: "和泉2-31-5 | 101号室".)
        inside = (
            part[:1] in _SEPARATORS
            or part[:2] in _UNITS
            or (part[:1].isdigit() and not joined[-1:].isdigit())
        )
        joined += ("" if inside or not _DIGIT_END.search(joined) else " ") + part
    return [f"{label}: {joined}"]


_NO_HEADER = _Header(_Row([]))


def grid_text(text: str) -> str:
    """The rendering of TAB-separated text (a Word table's rows, cells pasted from
    Excel) that holds a form's row of boxes; "" when none does."""
    if ("\t" not in text and not any(bar in text for bar in _BARS)) or _GRID_HINT.search(
        text
    ) is None:
        return ""
    lines = text.splitlines()
    if not any(_grid_line(line) for line in lines if _GRID_HINT.search(line) is not None):
        return ""
    form = GridSheet(max_rows=len(lines))
    for line in lines:
        # A border or a rule between rows (├─┼─┤, |---|) parts no block: read as empty.
        form.add({} if _BORDER_LINE.fullmatch(line) else dict(enumerate(_split(line))))
    return "\n".join(form.lines())


def _split(line: str) -> list[str]:
    """A line's cells: parted by TABs (cells pasted from Excel, a Word table's row) or by
    the bars a form's boxes are drawn with ("個人番号│3│8│2│…│")."""
    if "\t" in line:
        return line.split("\t")
    return _BAR.split(line)


def _grid_line(line: str) -> bool:
    if line.count("\t") < _MIN_RUN and sum(line.count(bar) for bar in _BARS) < _MIN_RUN:
        return False
    cells = [(col, text.strip()) for col, text in enumerate(_split(line)) if text.strip()]
    return any(_is_grid_run(cells, run) for run in _runs(cells))


def add_form(out: TextBuilder, form: GridSheet) -> None:
    """A sheet drawn as a form, its rows again as they read, after a gap (an empty line
    ends a run of TAB rows: tabular.pasted_tables does not read the two as one)."""
    lines = form.lines()
    if lines and not out.full:
        out.gap()
        for line in lines:
            if not out.add(line):
                break
        out.gap()
