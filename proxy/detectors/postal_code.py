"""郵便番号: NNN-NNNN right after 〒 or a 郵便番号 label (or, with its dash, after "Postal
Code" / "Zip": a US ZIP code is five digits, or 5+4)."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.labels import GAP, cell_before
from proxy.detectors.numbers import Window

TYPE = "jp_postal_code"
LENGTHS = frozenset({7})
# The label must end right where the code starts (only labels.GAP between).
# The label may be in brackets: a column "住所（郵便番号）" (SmartHR), "【郵便番号】"; not
# a word that ends in 郵便 ("（日本郵便） 1234567", "【日本郵便】": the carrier).
LABEL = re.compile(
    rf"(?:(?:〒|〶|郵便番号|郵便|ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ)(?:[(（][^()（）0-9０-９]{{0,10}}[)）])?"
    rf"|[(（【\[]\s*(?:〒|〶|郵便番号)\s*[)）】\]]){GAP}*\Z"
)
# Literals every LABEL match contains: where find_all looks for 7-digit numbers, and
# without which numbers.NumberTable skips this validator.
# ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ: the half-width kana label of a host system's screen, pasted as it is.
# An English form's label ("Postal Code", "Post code", "ZIP (Japan)"): only for the
# code written as Japan writes it, 3-4 with its dash.
_ENGLISH_LABEL = re.compile(
    # A word of its own: not a product's name that ends in one ("スライダー付きZIP").
    r"(?<![A-Za-z\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff])(?i:postal[ -]?code|post[ -]?code|zip(?:[ -]?code)?)"
    rf"(?:[ ]?[(（][^()（）0-9]{{0,12}}[)）])?{GAP}*\Z"
)
TRIGGERS = ("〒", "〶", "郵便", "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ", "post", "zip")
# The labels find_all reads the runs after (engine._NEAR_WORDS): the English ones as
# forms write them, capitalised (a lower-case p or z as a first character of the
# candidate pass would cost it over all English text; see passport.NEAR).
NEAR = ("〒", "〶", "郵便", "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ", "Post", "POST", "Zip", "ZIP")


def match(w: Window) -> str | None:
    if len(w.groups) > 1:
        sep = w.seps[0].strip()
        if w.groups != (3, 4) or len(sep) != 1 or sep not in numbers.DASHES:
            return None
    # A form's label may be padded to a column ("郵便番号        : 260-0013").
    before = cell_before(w.text, w.start, _LABEL_REACH)
    if LABEL.search(before) is not None:
        return w.digits
    if len(w.groups) == 2 and _ENGLISH_LABEL.search(before) is not None:
        return w.digits
    return None


_LABEL_REACH = 32


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
