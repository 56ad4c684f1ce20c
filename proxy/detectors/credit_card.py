"""Payment card numbers (PAN): issuer prefix, length, usual grouping and Luhn."""

from __future__ import annotations

import re

from stdnum import ean, luhn

from proxy.detectors import numbers
from proxy.detectors.normalize import nfkc
from proxy.detectors.numbers import Window

TYPE = "credit_card"
LENGTHS = frozenset(range(13, 20))

# How cards are printed: groups of four (the last one shorter), Amex 4-6-5, Diners 4-6-4.
_GROUPINGS = frozenset(
    [(4, 4, 4, r) for r in range(1, 5)]
    + [(4, 4, 4, 4, r) for r in range(1, 4)]
    + [(4, 6, 5), (4, 6, 4)]
)

# Numbers that are labelled as something else are not cards even when Luhn agrees.
# (会員番号 is not here: Japanese card statements call the card number that.)
_OTHER_NUMBER = re.compile(
    r"注文|伝票|追跡|問い?合わ?せ番号|受付番号|管理番号|請求|お届け|配送|"
    # Words that name a number only with 番号 / No / ID after them: bare, 予約 or 管理
    # anywhere on the line ("ホテル予約の支払い 4111…") would hide a card.
    r"(?:受注|発注|契約|予約|申込|申し込み|受付|取引|整理|案件|オーダー|物件|管理|お客様|顧客|"
    r"製造|製品|決済)\s*(?:番号|No\.?|NO\.?|ID|ＩＤ|コード)|会員\s*(?:ID|ＩＤ)|"
    r"見積書?\s*(?:番号|No)|シリアル|ライセンス|品番|型番|"
    r"order|tracking|invoice|shipment|ticket|ref(?:erence)?\b|"
    r"(?:contract|serial|licen[cs]e|quot(?:e|ation)|customer)\s*(?:no\b|number|#|id\b|key)",
    re.IGNORECASE,
)
# ...unless the card is named as well: "ご契約カード番号", "card on the contract".
_CARD_LABEL = re.compile(r"カード|card|クレジット|credit", re.IGNORECASE)
# An unspaced number inside a URL or a file name ("…/item/4539…?ref", "4012…_見積.pdf") is
# an identifier in that name.
# ("4111…/12/27": a card and its expiry date; "/" after the number is no sign of a name.)
_IN_NAME_BEFORE = frozenset("/=?&#_")
_IN_NAME_AFTER = re.compile(r"[?&#_]|\.[A-Za-z]")


def issuer_ok(digits: str) -> bool:
    """Known issuer prefix (IIN ranges) with a length that issuer uses."""
    n = len(digits)
    d2 = int(digits[:2])
    d3 = int(digits[:3])
    d4 = int(digits[:4])
    d6 = int(digits[:6])
    if digits[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= d2 <= 55 or 2221 <= d4 <= 2720:  # Mastercard, including the 2-series
        return n == 16
    if d2 in (34, 37):  # American Express
        return n == 15
    if 3528 <= d4 <= 3589:  # JCB
        return 16 <= n <= 19
    if 300 <= d3 <= 305 or d4 == 3095 or d2 in (36, 38, 39):  # Diners Club
        return 14 <= n <= 19
    if d4 == 6011 or 644 <= d3 <= 649 or d2 == 65 or 622126 <= d6 <= 622925:  # Discover
        return 16 <= n <= 19
    if d2 == 62:  # UnionPay
        return 16 <= n <= 19
    return False


# Luhn (ISO/IEC 7812-1): every second digit from the right doubled, digits of the
# product summed. The same test as stdnum.luhn.is_valid, without its per-digit
# alphabet.index: it ran for every window of a number-dense attachment. Each digit's
# byte is translated to its value (or to the digit sum of its double), and sum() of
# the bytes adds them in C: no int() per digit.
_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))
_DOUBLED_VALUE = bytes.maketrans(b"0123456789", bytes((0, 2, 4, 6, 8, 1, 3, 5, 7, 9)))


def luhn_ok(digits: str) -> bool:
    """stdnum.luhn.is_valid(digits), for a string of ASCII digits (anything else goes to
    stdnum itself)."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return luhn.is_valid(digits)
    b = digits.encode("ascii")
    total = sum(b[-1::-2].translate(_VALUE)) + sum(b[-2::-2].translate(_DOUBLED_VALUE))
    return total % 10 == 0


def is_card_number(digits: str) -> bool:
    """Issuer, length and Luhn; a 13-digit JAN/EAN product code is not a card."""
    if not digits.isdigit() or not 13 <= len(digits) <= 19 or not issuer_ok(digits):
        return False
    if len(digits) == 13 and ean.is_valid(digits):
        return False
    return luhn_ok(digits)


def _excel_rounded(w: Window) -> bool:
    """A card number Excel kept as a number: it holds 15 significant digits, so a 16-digit
    card comes back with its last digit 0 and fails Luhn. Under a card label it is still
    the card (15 of its 16 digits)."""
    d = w.digits
    return (
        len(d) == 16 and len(w.groups) == 1 and d.endswith("0") and d.isascii()
        and issuer_ok(d) and w.has_label(_CARD_LABEL)
    )


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups not in _GROUPINGS:
        return None
    if not is_card_number(w.digits) and not _excel_rounded(w):
        return None
    if (
        (w.has_label(_OTHER_NUMBER) or (len(w.groups) == 1 and _in_a_name(w)))
        and not w.has_label(_CARD_LABEL)
    ):
        return None
    return w.digits


def _in_a_name(w: Window) -> bool:
    return (w.start > 0 and w.text[w.start - 1] in _IN_NAME_BEFORE) or (
        _IN_NAME_AFTER.match(w.text, w.end) is not None
    )


_TABLE = numbers.build_table([(TYPE, LENGTHS, match)])


def find(text: str) -> list[str]:
    """Card numbers in `text`, digits only, in order (repeats kept)."""
    return numbers.find_values(text, _TABLE)


# A card number a mail client hard-wrapped (plain text at 72 columns, RFC 3676 §4.1's
# limit): "…card number 4970⏎1012 3456 7893". Four groups of four over the line end,
# the line before long enough to have been wrapped.
# Found from the line end (a literal: the search skips to each at C speed), then the
# number ending the line before is read back.
_D = "[0-9０-９]"
_WRAPPED = re.compile(rf"\n[ \t>＞\u3000]*((?:{_D}{{4}}[ \u3000-－]){{0,2}}{_D}{{4}})(?!{_D}|[-－])")
_LINE_TAIL = re.compile(
    rf"(?<!{_D})(?<![-－])((?:{_D}{{4}}[ \u3000-－]){{0,2}}{_D}{{4}})[ \t\r\u3000]*\Z"
)
_WRAPPED_LINE = 50  # characters of the line before, at least
_CONTEXT = 40  # characters before the number read with it (its label)


def find_wrapped(text: str) -> list[str]:
    """Card numbers broken over a line end by a hard wrap (digits only)."""
    found = []
    for m in _WRAPPED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < _WRAPPED_LINE:
            continue
        tail = _LINE_TAIL.search(text, max(0, m.start() - 20), m.start())
        if tail is None:
            continue
        first, second = tail.group(1), m.group(1)
        if (len(first) + len(second)) // 5 != 3:  # not four groups of four
            continue
        first, second = nfkc(first), nfkc(second)  # full-width digits: one for one
        digits = (first + second).replace(" ", "").replace("-", "")
        before = text[max(0, tail.start() - _CONTEXT) : tail.start()]
        if digits in find(before + first + " " + second):
            found.append(digits)
    return found
