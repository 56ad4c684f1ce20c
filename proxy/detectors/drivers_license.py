"""運転免許証番号: 12 digits introduced by a 免許証 label."""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "jp_drivers_license"
LENGTHS = frozenset({12})
LABEL = re.compile(r"免許証|免許番号|driver'?s?\s*licen[cs]e", re.IGNORECASE)
# Words every LABEL match contains (NFKC, case-folded): numbers.NumberTable skips
# this validator for a number without one of them before it.
TRIGGERS = ("免許", "licen", "番号第")
# The card itself prints "番号 第 302218475360 号" (a scan's OCR layer reads it so, the
# card's title 運転免許証 often lines away): that form, with 免許 near it, is one. Not
# a 古物商 licence ("古物商許可番号 東京都公安委員会 第301234567890号", twelve digits
# too, in every second-hand shop's footer): 許可 / 古物 near it make it that.
# 番号 as the card prints it: alone on its line, or after the card's colour band (優良 /
# 一般 / 違反 / 初回); not a 受付番号 / 予約番号 (a driving school's, a renewal course's).
_ON_THE_CARD = re.compile(r"(?:^|(?<=[ \t\u3000])|優良|一般|違反|初回)番号\s*第\s*\Z", re.M)
_CARD_WORD = re.compile(r"免許")
_PERMIT_WORD = re.compile(r"古物|許可[^\n]{0,20}公安委員会")
_CARD_REACH = 200


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (4, 4, 4):
        return None
    if w.has_label(LABEL):
        return w.digits
    return w.digits if _on_the_card(w) else None


def _on_the_card(w: Window) -> bool:
    text, start, end = w.text, w.start, w.end
    if _ON_THE_CARD.search(text, max(0, start - 12), start) is None:
        return False
    if not text[end : end + 3].lstrip().startswith("号"):
        return False
    if _PERMIT_WORD.search(text, max(0, start - 60), end + 60) is not None:
        return False
    return _CARD_WORD.search(text, max(0, start - _CARD_REACH), end + _CARD_REACH) is not None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
