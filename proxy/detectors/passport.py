"""Passport numbers (旅券番号) after a passport label: Japan's two capital letters and seven
digits, and the common foreign forms (see match)."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.labels import label_before
from proxy.detectors.normalize import nfkc
from proxy.detectors.numbers import Window

TYPE = "jp_passport"
LENGTHS = frozenset({7, 8, 9})
LABEL = re.compile(r"旅券|パスポート|passport", re.IGNORECASE)
TRIGGERS = ("旅券", "パスポート", "passport")  # see numbers.NumberTable
# The labels find_all reads the runs after (engine._NEAR_WORDS): a number of seven or
# eight digits after one letter is no candidate of the whole-text pass.
# (Not "passport": a lower-case p as one more first character made the candidate pass
# over English text several times slower; an export's passport_no / passportNumber key
# is read as "Passport No.", tabular.canonical_label.)
NEAR = ("旅券", "パスポート", "Passport", "PASSPORT")


def letters_at(text: str, start: int, end: int) -> str | None:
    """Capital ASCII letters text[start:end], as a whole word edge; None otherwise."""
    if start < 0 or end > len(text):
        return None
    letters = text[start:end]
    if not (letters.isascii() and letters.isalpha() and letters.isupper()):
        return None
    return letters


def _edge(text: str, pos: int) -> bool:
    return pos < 0 or pos >= len(text) or not text[pos].isalnum()


def match(w: Window) -> str | None:
    """Two letters and seven digits (Japan's); under a passport label also the other
    countries' forms a foreign employees' list holds: one letter and seven or eight
    digits (Vietnam C4821937, Indonesia B7342158, China E12345678), a letter after the
    digits (the Philippines' P3018462A), and nine digits with no letter right after the
    label (the United States' 546829173)."""
    if len(w.groups) != 1:
        return None
    end = w.end
    suffix = letters_at(w.text, end, end + 1) or ""
    if suffix:
        end += 1
    if not _edge(w.text, end):
        return None
    for width in (2, 1):
        prefix = letters_at(w.text, w.start - width, w.start)
        if prefix is not None and _edge(w.text, w.start - width - 1):
            break
    else:
        # Nine digits and no letter: the United States' form, right after the label.
        if len(w.digits) == 9 and not suffix and _edge(w.text, w.start - 1):
            before = w.text[max(0, w.start - 40) : w.start]
            if _RIGHT_AFTER_LABEL.search(nfkc(before)) is not None:
                return w.digits
        return None
    if width == 2 and len(w.digits) == 7 and not suffix:
        if not label_before(w.text, w.start - width, LABEL):  # Japan's form
            return None
    elif width == 2 or len(w.digits) + len(suffix) > 8:
        return None
    else:  # one letter: a form too common in other codes to take any label near it
        before = w.text[max(0, w.start - 1 - 40) : w.start - 1]
        if _RIGHT_AFTER_LABEL.search(nfkc(before)) is None:
            return None
    return prefix + w.digits + suffix


# The label right before the number, nothing but its own words between:
# "旅券番号: C4821937", "Passport No. E12345678", "パスポート番号 B7342158", an export's
# key ("passport_no", "passportNumber"), a note in brackets ("Passport Number (旅券番号)").
_RIGHT_AFTER_LABEL = re.compile(
    r"(?:旅券|パスポート|passport)[ \t_\-]*(?:番号|no\.?|number|#)?"
    r"[ \t]*(?:\([^()\n]{0,16}\))?[ \t]*[:：]?[ \t]*\Z",
    re.IGNORECASE,
)


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
