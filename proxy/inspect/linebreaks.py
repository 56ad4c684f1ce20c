"""Values a line break cut in two, in a mail's body, joined again.

Text copied out of a PDF form keeps the form's narrow columns as line breaks, and
whoever pastes it into a mail leaves them there:

    ご住所：〒812-
    0011
    福岡県福岡市博多区博多駅前
    3丁目2-8-1105
    電話番号(携帯)：090-
    2716-4830

No detector reads a number across a line break (a line ending in a digit and a dash is
more often a list or a range than half a number), nor an address whose block number is
on the next line. So the pieces are also given as one line each, after their label
(tabular.wrapped_numbers, as for a PDF's own text), and an address's line with the
block number that follows it: a rendering read beside the body, where distinct values
count once.

Looked for from the line breaks only: one search of the body whose pattern starts with
"\\n", so sre skips to them (a pattern starting with a class of dashes tests every
character).
"""

from __future__ import annotations

import re

from proxy.detectors.numbers import BLOCK_NUMBER_START, DASH_CLASS
from proxy.inspect.tabular import wrapped_numbers

_DIGIT = "0-9０-９"
_KANJI_DIGIT = "一二三四五六七八九十"
_DASH = DASH_CLASS  # any dash typed between digit groups
# A line break after a digit and a dash (tabular.wrapped_numbers' case), or before a
# line that starts with an address's block number: 3丁目, 2番地, 2-8.
_BREAK = re.compile(
    rf"\n(?:(?<=[{_DIGIT}]{_DASH}\n)|(?<=[{_DIGIT}]{_DASH}\r\n)"
    rf"|(?<=[{_DIGIT}]{_DASH}[ \u3000]\n)|(?<=[{_DIGIT}]{_DASH}[ \u3000]\r\n)"
    rf"|(?=[ \t\u3000]*{BLOCK_NUMBER_START}))"
)
# Not a count: "2-3名体制", "1-2時間" under a line ending in a ward are no address.
_COUNTER = "名人時階件回個台枚本分秒歳週%％"
_BLOCK_LINE = re.compile(
    rf"\n[ \t\u3000]*([{_DIGIT}{_KANJI_DIGIT}]{{1,3}}"
    rf"(?:丁目|番地?|{_DASH}[{_DIGIT}]+(?![{_DIGIT}]|[ \u3000]*[{_COUNTER}]))[^\n]*)"
)
# The line above ends a place name: an address read from its prefecture or city needs
# its block number on the same line. Not a line ending in kana or punctuation ("…にて",
# "…まで。"): a sentence, whose next line's "1-2名" is no block number.
# ... and it names a place below the municipality (a town: 博多駅前, 芝公園, or a town
# named 町 in a city or ward: 横浜市中区山下町), so the line does not end at the
# municipality itself ("巡回エリア：東京都港区", "長野県北佐久郡御代田町").
_PLACE_END = re.compile(
    r"[都道府県市区町村郡][^\n]*[\u4e00-\u9fff\u30a0-\u30ff](?<![都道府県市区町村郡])$"
    r"|[市区][^\n]*[\u4e00-\u9fff\u30a0-\u30ff][町村]$"
)
_MAX_LINE = 80  # an address's line; a longer one is prose


# A numbered list's item number at a line's start ("1-1　横浜市中区山下町", "1-2 参加者"):
# the line above or below the block line opening so makes it an item's number.
_ITEM_NUMBER = re.compile(rf"[ \t\u3000]*[{_DIGIT}]{{1,3}}{_DASH}[{_DIGIT}]{{1,3}}[ \t\u3000.．)）]")


# An address's block number cut after a dash ("埼玉県さいたま市浦和区高砂2-" / "8-14"):
# the detector reads it cut ("…高砂2", which find_all takes into the whole), so the two
# lines are joined.
_CUT_BLOCK = re.compile(
    rf"[{_DIGIT}]{_DASH}[ \u3000]*\r?\n[ \t\u3000>＞]*([{_DIGIT}][^\n]*)"  # "> 8-14" too
)
_PLACE_IN = re.compile(r"[都道府県市区町村郡]")


def wrapped_addresses(text: str) -> str:
    """Each address line that ends before its block number, joined with the next line
    (the one starting with the block number), and each cut after a dash in its block
    number; "" when there is none. Not in a numbered list (_ITEM_NUMBER on the line
    above or below)."""
    out: list[str] = []
    for m in _CUT_BLOCK.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        above = text[start : m.start() + 2].rstrip(" \u3000")
        if len(above) <= _MAX_LINE and _PLACE_IN.search(above) is not None:
            out.append(above + m.group(1).split("\t", 1)[0].strip())
    for m in _BLOCK_LINE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        below = m.end() + 1
        if _ITEM_NUMBER.match(text, start) is not None or (
            below < len(text) and _ITEM_NUMBER.match(text, below) is not None
        ):
            continue
        # (A TAB-separated row pasted from Excel: the address's cell, its block number
        # the next row's cell, in the same column.)
        above = text[start : m.start()].rstrip(" \t\u3000\r")
        above = above[above.rfind("\t") + 1 :]
        if 0 < len(above) <= _MAX_LINE and _PLACE_END.search(above) is not None:
            out.append(above + m.group(1).split("\t", 1)[0].strip())
    return "\n".join(out)


# A form of two columns side by side, a number of the left one cut by its narrow cell:
#     電 話 番 号　　　　　　　メールアドレス
#     078-331-　　　　　　　　tomoko.ogawa68@mailbox.example
#     6620
# The number's first part ends its cell (a wide gap after its dash, the other column's
# value after that), its rest opens the next line. Starts with "\n": sre skips to them.
_COLUMN_CUT = re.compile(
    rf"\n[ \u3000]*([{_DIGIT}]{{2,6}}(?:{_DASH}[{_DIGIT}]{{1,6}}){{0,3}}{_DASH})"
    # (The gap's kinds looked ahead, then taken possessively: two quantifiers over one
    # run of spaces would try every way of parting it.)
    rf"(?=[ ]{{3}}|\u3000{{2}}|\t)[ \t\u3000]++[^\s][^\n]*+\n"
    rf"[ \u3000]*([{_DIGIT}]{{1,6}}(?:{_DASH}[{_DIGIT}]{{1,6}}){{0,3}})(?![{_DIGIT}]|{_DASH})"
)
_WIDE_GAP = re.compile(r"[ ]{3,}|\u3000{2,}|\t")


def column_cut_numbers(text: str) -> str:
    """Each number of a two-column form's left column cut over two lines (_COLUMN_CUT),
    joined, after the left column of the line above (its label); "" when there is none."""
    out: list[str] = []
    for m in _COLUMN_CUT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        above = text[start : m.start()].strip(" \u3000\r")
        label = _WIDE_GAP.split(above, 1)[0] if above else ""
        out.append(f"{label}\n{m.group(1)}{m.group(2)}" if label else m.group(1) + m.group(2))
    return "\n".join(out)


def broken_lines(text: str) -> str:
    """The values of `text` that a line break cut, each on one line (see the module's
    docstring); "" when there are none."""
    columns = column_cut_numbers(text)
    if _BREAK.search(text) is None:
        return columns
    parts = (wrapped_numbers(text), wrapped_addresses(text), columns)
    return "\n".join(part for part in parts if part)
