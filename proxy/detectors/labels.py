"""Label windows: is a value introduced by a label such as マイナンバー or 生年月日?

A 12-digit number with a valid My Number check digit is one random number in eleven,
so the number alone proves nothing; the label next to it does. The label must be in
the value's own *cell*: the text before it on the same line, back to a TAB. Tabular
attachments arrive as rows of `header: value` cells separated by TABs, so
"氏名: 山田\tマイナンバー: 123456789018" labels the number while
"マイナンバー: 未提出\t社員番号: 123456789018" does not. When the value stands alone in
its cell ("マイナンバー\t1234…" or a label line followed by the value on the next line),
the cell before it holds the label.
"""

from __future__ import annotations

import re

WINDOW = 32  # characters looked at before a value
# The second line of a label broken over two: "No.", "Number", "番号", "#".
_LABEL_TAIL = re.compile(r"[ \t\u3000]*(?i:no\.?|nr\.?|number|番号|#)[ \t\u3000:：]*")
_VALUE_RUN = re.compile(r"[0-9０-９](?:[-‐－ー \u3000]?[0-9０-９]){7,}")
_BLANK_CELL = " \u3000:：=＝-ー()（）[]［］「」『』【】#＃.。、,"
# What may stand between a label and the value right after it: white space and a colon
# as people type them, and the punctuation of data written as text (CSV "普通,1234567",
# XML "<郵便番号>166-0004", JSON "\"生年月日\": \"1980-01-02\"").
GAP = r"[\s:：=＝,，、・>\"']"


def cell_before(text: str, start: int, window: int = WINDOW) -> str:
    """The text of the value's cell before `start` (at most `window` characters)."""
    lo = start - window if start > window else 0
    cut = text.rfind("\n", lo, start)
    tab = text.rfind("\t", lo, start)
    if tab > cut:
        cut = tab
    if cut < 0:
        return text[lo:start]
    tail = text[cut + 1 : start]
    if tail.strip(_BLANK_CELL):
        if (
            text[cut] == "\n"
            and start < len(text)
            and text[start].isascii()
            and text[start].isalpha()
            and _LABEL_TAIL.fullmatch(tail) is not None
        ):
            # The label's second line with a code beside it ("Passport" over
            # "No. TK4829163"): the line above is the label's head. (Not a number's:
            # "No. 7301 8264 5514" in a list under ■マイナンバー is a row's own
            # number, another number's label.)
            head = text[lo:cut].rstrip("\r")
            return head[max(head.rfind("\t"), head.rfind("\n")) + 1 :] + " " + tail
        return tail
    head = text[lo:cut].rstrip("\r")
    cut2 = max(head.rfind("\t"), head.rfind("\n"))
    before = head[cut2 + 1 :]
    if cut2 > 0 and head[cut2] == "\n" and _LABEL_TAIL.fullmatch(before) is not None:
        # A label a form's narrow column broke over two lines ("Passport" over "No.",
        # "旅券" over "番号"): the line above is its head.
        above = head[: cut2].rstrip("\r")
        before = above[max(above.rfind("\t"), above.rfind("\n")) + 1 :] + " " + before
    # Only what follows a cell's own value labels the one below it: a log's "… tel=
    # 090-4078-6862 retry=1" does not label the timestamp starting the next line. A
    # value is a long number outside brackets: a year or an example in a label
    # ("個人番号（2024年提出分）", "マイナンバー（例：1234 5678 9012）") leaves it a label.
    last = None
    for last in _VALUE_RUN.finditer(before):  # noqa: B007 - the last one
        pass
    if last is not None and not _in_brackets(before, last.start()):
        before = before[last.end() :]
    return before + tail


def _in_brackets(text: str, pos: int) -> bool:
    head = text[:pos]
    return max(head.rfind("("), head.rfind("（")) > max(head.rfind(")"), head.rfind("）"))


def label_before(text: str, start: int, label: re.Pattern[str], window: int = WINDOW) -> bool:
    """True when `label` occurs in the value's cell within `window` characters before it."""
    return label.search(cell_before(text, start, window)) is not None
