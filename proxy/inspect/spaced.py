"""Letter-spaced text, as OCR text layers write it, given back as words.

A scanner's OCR (ScanSnap, a copier's "searchable PDF", Acrobat's Recognize Text) lays
its text layer character by character, and the text a PDF library reads from it often
has a space between every two characters: "生 年 月 日 昭 和 ５ ８ 年 ７ 月 ２ ３ 日",
"０ ９ ０ - ３ ７ ２ １ - ６ ６ ４ ８", "Passport No. T R 7 7 3 0 2 1 8". No detector reads a
phone number of one-digit groups or a label of one-character words, so a scanned
application form would pass as text without personal data.

A run of one-character tokens, each parted from the next by one space, is joined when it
has four tokens or more, or two or more and none of them ASCII (a label's kanji: "氏 名",
"受 付 日"): "生年月日昭和５８年７月２３日", "０９０-３７２１-６６４８", "TR7730218". The
words around it and a wider gap (two spaces, where OCR saw one between words) stay as
they are. A run of digits alone (ASCII or full-width) is left spaced: "1 2 3 4 5" or
"０ １ ２ … ９" is a scale, a mark sheet's row, a calendar row or counts in a table, and
joined would read as one long number; so are "Plan A B C" and "a 3 D". (A number on its
own after a wide gap, "個 人 番 号  ４ ８ ２ ０ …", stays spaced too: OCR layers seen so
far run a label into its value.)
"""

from __future__ import annotations

import re

# One-character tokens, two or more, one space apart, with white space (or the text's
# edge) on both sides.
_RUN = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")
_DIGITS = re.compile(r"[0-9０-９ ]+")
_MIN_TOKENS = 4  # a run with an ASCII token


def _joined(m: re.Match[str]) -> str:
    run = m.group()
    if len(run) < 2 * _MIN_TOKENS - 1 and any(c.isascii() for c in run[::2]):
        return run
    return run if _DIGITS.fullmatch(run) else run.replace(" ", "")


def unspace(text: str) -> str:
    """`text` with its letter-spaced runs joined (see the module's docstring)."""
    return _RUN.sub(_joined, text) if " " in text else text
