"""A sheet laid out as a form (Excel 方眼紙), read again as its rows read on screen.

Japanese offices draw forms on a grid of narrow cells: a label in a merged cell, then a
number one digit to a cell, a date as 0|7|年|1|1|月|2|8|日, a postal code as
〒|2|1|1|-|0|0|6|4, an address over 都道府県 | 市区町村 | 番地 cells. tabular.TableRenderer
reads a sheet as a list (a header row, each cell labelled by its column), which scatters
such a row: its digits get the words of some row above as labels, one digit each. So a
sheet with a row of digits one to a cell is given a second time, row by row, as it
reads on screen:

- the single-character cells that stand next to one another joined ("0|9|0|-|3|3|…" →
  "090-33…"), when a form's field names them: a word of the row before them
  (携帯, 個人番号, 生年月日, 〒 …), or the header cell above their first cell;
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
from collections.abc import Mapping

from proxy.detectors.numbers import DASHES
from proxy.detectors.phone import COUNT_WORDS
from proxy.detectors.romaji_address import english_order
from proxy.inspect.formboxes import KANA_ORDERS
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
_MAX_ROWS = 400  # a form's rows; a longer sheet is a list, read as one already
_HEADER_REACH = 8  # rows looked up for a header above a row of boxes
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
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_DIGIT_END = re.compile(r"[0-9０-９号]$")


def _field(label: str) -> bool:
    return (FORM_FIELD.search(label) is not None or "〒" in label) and _COUNT.search(label) is None


class GridSheet:
    """Feed a sheet's rows (column → cell text) in order; `lines()` gives the rendering,
    empty unless a row held a run of one-character cells with digits (see the module)."""

    def __init__(self, max_rows: int = _MAX_ROWS) -> None:
        self._rows: list[list[tuple[int, str]]] = []
        self._grid = False
        self._max_rows = max_rows

    def add(self, row: Mapping[int, str]) -> None:
        if len(self._rows) >= self._max_rows:
            return
        cells = sorted((col, text.strip()) for col, text in row.items() if text and text.strip())
        self._rows.append(cells)
        if not self._grid and cells:
            self._grid = any(_is_grid_run(cells, run) for run in _runs(cells))

    def lines(self) -> list[str]:
        if not self._grid:
            return []
        out: list[str] = []
        for k, cells in enumerate(self._rows):
            if not cells:
                continue
            runs = [run for run in _runs(cells) if _is_grid_run(cells, run)]
            if not runs:
                out.append("\t".join(text for _, text in cells))
                out.extend(_address(cells))
                continue
            runs = [run for run in runs if not self._tally(k, cells, run)]
            if not runs:
                out.append("\t".join(text for _, text in cells))
                continue
            header = self._header_above(k)
            out.append(_joined_row(cells, runs, header))
            out.extend(_under_header(cells, runs, header))
        return out

    def _tally(self, k: int, cells: list[tuple[int, str]], run: tuple[int, int]) -> bool:
        """The run is a table's row of small counts, one a cell: a header above names its
        cells (three or more of its cells over the run: 月 火 水 …, 1日 2日 …, ア イ ウ …,
        or a scale 1 2 3 4 …). A form's boxes have one label, over the first or before."""
        at = [col for col, _ in cells[run[0] : run[1] + 1]]
        lo, hi = at[0], at[-1]
        for above in reversed(self._rows[max(0, k - _HEADER_REACH) : k]):
            inside = [text for col, text in above if lo <= col <= hi]
            if any(_is_grid_run(above, r) for r in _runs(above)):
                if _ascending(inside):
                    return True
                continue  # the record above
            if not above:
                continue
            # A header names the cells one by one: one over each, or most. (Not the
            # line above a form's field, whose cells the form's columns place anywhere;
            # not a name's furigana, one kana a cell, unless the kana go in order.)
            over = {col: text for col, text in above if lo <= col <= hi}
            named = [over[col] for col in at if col in over]
            kana = "".join(t for t in named if len(t) == 1 and _KANA.fullmatch(t))
            if kana and not any(kana in order for order in KANA_ORDERS):
                named = [t for t in named if not (len(t) == 1 and _KANA.fullmatch(t))]
            return len(named) >= 3 and 2 * len(named) >= len(at)
        return False

    def _header_above(self, k: int) -> list[tuple[int, str]]:
        """The header over row k: the nearest row above that is no row of boxes (those
        are the records under it), when it holds two cells or more and no digit."""
        for above in reversed(self._rows[max(0, k - _HEADER_REACH) : k]):
            if not above:
                continue
            if any(_is_grid_run(above, run) for run in _runs(above)):
                continue
            if len(above) >= 2 and not any(c in _DIGITS for _, text in above for c in text):
                return above
            return []
        return []


def _runs(cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(first, last) indexes in `cells` of each run of one-character cells in adjacent
    columns."""
    runs = []
    start = None
    for i, (col, text) in enumerate(cells):
        box = len(text) == 1 and text in _BOX_CHARS
        if box and start is not None and col == cells[i - 1][0] + 1:
            continue
        if start is not None:
            runs.append((start, i - 1))
        start = i if box else None
    if start is not None:
        runs.append((start, len(cells) - 1))
    return [(a, b) for a, b in runs if b - a + 1 >= _MIN_RUN]


def _is_grid_run(cells: list[tuple[int, str]], run: tuple[int, int]) -> bool:
    a, b = run
    return sum(1 for _, text in cells[a : b + 1] if text in _DIGITS) >= _MIN_RUN_DIGITS


def _ascending(cells: list[str]) -> bool:
    """Numbers counting up one by one (a scale, a calendar's days), four or more."""
    if len(cells) < _MIN_RUN or not all(c.isdigit() for c in cells):
        return False
    return all(int(b) == int(a) + 1 for a, b in itertools.pairwise(cells))


def _label_over(header: list[tuple[int, str]], col: int) -> str:
    """The header cell over column `col`: the nearest one at or left of it."""
    label = ""
    for hcol, text in header:
        if hcol > col:
            break
        label = text
    return label


def _joined_row(
    cells: list[tuple[int, str]], runs: list[tuple[int, int]], header: list[tuple[int, str]]
) -> str:
    """The row with each run a form's field names joined into one cell."""
    parts: list[str] = []
    i = 0
    for a, b in runs:
        parts.extend(text for _, text in cells[i:a])
        own = " ".join(text for _, text in cells[:a])
        if _field(own) or _field(_label_over(header, cells[a][0])) or "〒" in cells[a][1]:
            parts.append("".join(text for _, text in cells[a : b + 1]))
        else:
            parts.extend(text for _, text in cells[a : b + 1])  # a tally's, a roster's
        i = b + 1
    parts.extend(text for _, text in cells[i:])
    return "\t".join(parts)


def _under_header(
    cells: list[tuple[int, str]], runs: list[tuple[int, int]], header: list[tuple[int, str]]
) -> list[str]:
    """ "header: value" for each field of the header over this row, its value what the
    row holds from the header cell's column to the next's, runs joined."""
    out = []
    run_of = {i: run for run in runs for i in range(run[0], run[1] + 1)}
    for n, (hcol, label) in enumerate(header):
        if not _field(label):
            continue
        end = header[n + 1][0] if n + 1 < len(header) else None
        inside = [
            i for i, (col, _) in enumerate(cells) if col >= hcol and (end is None or col < end)
        ]
        pieces: list[str] = []
        for i in inside:
            text = cells[i][1]
            if i in run_of and i != inside[0] and run_of[i][0] < i and i - 1 in inside:
                pieces[-1] += text  # the run goes on
            else:
                pieces.append(text)
        value = " ".join(pieces)
        if any(c in _DIGITS for c in value):
            out.append(f"{label}: {value}")
    return out


def _address(cells: list[tuple[int, str]]) -> list[str]:
    """An address over cells after its label, as one line: Japanese cells joined as
    written (a space before a building's name after the block number), romaji ones in
    English order (the prefecture last: "Room 503, Nishikasai 6-12-4, Edogawa-ku, Tokyo")."""
    if len(cells) < 3 or _ADDRESS_LABEL.search(cells[0][1]) is None:
        return []
    label = cells[0][1]
    parts = [text for _, text in cells[1:]]
    if all(_ASCII_WORD.fullmatch(p) for p in parts):
        return [f"{label}: {english_order(parts)}"]
    joined = parts[0]
    for part in parts[1:]:
        joined += (" " if _DIGIT_END.search(joined) else "") + part
    return [f"{label}: {joined}"]


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
        form.add(dict(enumerate(_split(line))))
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
