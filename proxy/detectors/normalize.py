"""Normalisation of the small pieces detectors look at (candidates, label cells).

The text of a message is never normalised as a whole: NFKC of a Japanese mail costs
more than every detector together (about 20 MB/s here). Instead the scanners accept the
forms that matter where they look (full-width digits ０-９ and the dashes and spaces
people type between digit groups, see numbers.SEPARATORS), and each candidate, label
cell or date window they find is normalised on its own, a few dozen characters.

NFKC is not used bare: it turns circled list markers into digits ("①090-1234-5678"
would become "1090-1234-5678"), so those become an ideographic comma first: a boundary
that is neither a digit nor a separator. The dashes NFKC keeps (ー ‐ − ―) are accepted
by the scanners as they are.
"""

from __future__ import annotations

import re
import unicodedata

# Enclosed / parenthesised / full-stop numbers: list markers, never part of a value.
_ENCLOSED_NUMBER_RANGES = (
    (0x2460, 0x249B),  # ①-⑳, ⑴-⒇, ⒈-⒛
    (0x24EA, 0x24FF),  # ⓪, ⓫-⓴, ⓵-⓾, ⓿
    (0x2776, 0x2793),  # ❶-❿, ➀-➉, ➊-➓
    (0x3251, 0x325F),  # ㉑-㉟
    (0x32B1, 0x32BF),  # ㊱-㊿
)
ENCLOSED_NUMBERS: dict[int, str] = {
    cp: "\u3001" for lo, hi in _ENCLOSED_NUMBER_RANGES for cp in range(lo, hi + 1)
}
# str.translate with a dict looks every character up (about 20 µs for a few hundred
# characters of Japanese); one search of their ranges tells when it is needed at all.
_ENCLOSED = re.compile(
    "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _ENCLOSED_NUMBER_RANGES) + "]"
)


# What makes NFKC change a label (a cell of text before a value): full-width letters
# (ＴＥＬ), half-width katakana (ﾏｲﾅﾝﾊﾞｰ), kana with a combining mark (NFD text from
# macOS). Full-width punctuation (：（）) does not: labels accept it as it is. ℡ and the
# like are not looked at (label patterns that want them name them).
NEEDS_NFKC_CHARS = "\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f\u3099\u309a"  # a [class] body
NEEDS_NFKC = re.compile(f"[{NEEDS_NFKC_CHARS}]")


def nfkc_label(cell: str) -> str:
    """A label cell as label patterns see it: NFKC where it changes a label, else as is."""
    return nfkc(cell) if NEEDS_NFKC.search(cell) else cell


def nfkc(text: str) -> str:
    """NFKC with list markers turned into boundaries; ASCII comes back unchanged."""
    if text.isascii():
        return text
    if _ENCLOSED.search(text) is not None:
        text = text.translate(ENCLOSED_NUMBERS)
    return unicodedata.normalize("NFKC", text)


def nfkc_casefold(text: str) -> str:
    """The comparison form of an admin's word: NFKC, case folded, trimmed."""
    return nfkc(text).casefold().strip()


# A number in kanji numerals as addresses and dates write it: digit by digit (二〇二五,
# 四三) or with 十 (十, 二十, 四十三). Without a group: callers add what must follow.
KANJI_DIGITS = "〇一二三四五六七八九"
KANJI_NUMBER = "(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,%d})"


def kanji_number(word: str) -> str:
    """A KANJI_NUMBER match in digits: 四十三 -> 43, 十 -> 10, 二〇二五 -> 2025."""
    if "十" not in word:
        return "".join(str(KANJI_DIGITS.index(c)) for c in word)
    tens, _, ones = word.partition("十")
    return str((KANJI_DIGITS.index(tens) if tens else 1) * 10 + (KANJI_DIGITS.index(ones) if ones else 0))


# Characters that show nothing, which text copied from web pages, PDFs, chat tools and
# CRMs carries inside numbers, names and words: zero-width space, joiner and non-joiner,
# the direction marks, word joiner and invisible operators, the byte order mark, the
# soft hyphen and the Mongolian vowel separator. Taken out before anything is read
# ("090​-1234-5678" with a U+200B, "社⁠外秘"); the spaces and dashes that do show
# (U+202F, U+2011) are separators the detectors know.
INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"  # a class
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


class ReadAgain(ValueError):
    """Raised by engine.scan (strict) on the first thing that makes a text read wrong as
    it is: the caller reads `readable(text)` instead. Found by the pass that looks for
    everything else, at almost no extra cost (a pass of its own over every text, for
    invisible characters alone, cost 6 % of find_all)."""


class InvisibleCharacters(ReadAgain):
    """An invisible character: "090\u200b-1234-5678"."""


class SpacedLabel(ReadAgain):
    """A label with spaces between its characters: "生　年　月　日"."""


def without_invisible(text: str) -> str:
    """`text` without the characters that show nothing (the same object if none)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


# Labels set out with spaces between their characters (均等割付): a form's label column
# justified to its widest label ("生　年　月　日：", "住　　所："), and the text of a
# PDF form copied into a mail ("口 座 番 号：", "マ イ ナ ン バ ー"). The label patterns
# read labels whole, so these are joined before a text is read: only the labels the
# detectors need (a value nearby means nothing without them), every gap one to four
# spaces, ASCII or ideographic. Longer words first (口座番号 before 口座).
SPACED_LABEL_WORDS = (
    "生年月日", "誕生日", "口座番号", "口座", "普通", "当座", "郵便番号", "個人番号",
    "マイナンバー", "法人番号", "免許証番号", "免許証", "免許番号", "基礎年金番号", "年金番号",
    "旅券番号", "旅券", "パスポート", "在留カード", "預金", "振込",
)  # fmt: skip
# The spaces a gap is made of: ASCII, ideographic, and the no-break, en, em and thin
# spaces HTML mail justifies with (&nbsp;, &ensp;, &emsp;).
GAP_SPACES = " \u3000\u00a0\u2002\u2003\u2009\u202f"
_GAP = f"[{GAP_SPACES}]{{1,4}}"
SPACED_LABEL = re.compile("|".join(_GAP.join(word) for word in SPACED_LABEL_WORDS))
# For the candidate pass (engine.CANDIDATES): a spaced label's first character, and the
# character its first gap leads to.
SPACED_LABEL_FIRST = "".join(sorted({w[0] for w in SPACED_LABEL_WORDS}))
SPACED_LABEL_SECOND = "".join(sorted({w[1] for w in SPACED_LABEL_WORDS}))


_NO_GAP = str.maketrans("", "", GAP_SPACES)


def _joined(m: re.Match[str]) -> str:
    return m.group().translate(_NO_GAP)


def readable(text: str) -> str:
    """`text` as the detectors read it: without invisible characters, and with spaced
    labels joined (the same object if neither is there)."""
    text = without_invisible(text)
    if not text.isascii():  # every label here is Japanese
        joined = SPACED_LABEL.sub(_joined, text)
        if joined != text:
            return joined
    return text


# Phone numbers and postal codes written digit by digit in kanji, as a formal or vertical
# letter writes them: "〇九〇―四二七一―八八三六", "〇三（三四一九）二二七五", "〒八一〇―〇〇二二".
# A phone number starts with 〇 (its trunk prefix); a postal code follows 〒 or 郵便番号.
_K = "[〇一二三四五六七八九]"
_DASH = "[―－‐ー−\\-]"
_KANJI_DIGIT_NUMBER = re.compile(
    f"〇{_K}{{1,4}}(?:{_DASH}|[（(]){_K}{{1,4}}(?:{_DASH}|[）)]){_K}{{3,4}}(?!{_K})"
    f"|(?<!{_K})〇{_K}{{9,10}}(?!{_K})"
    f"|(?<=〒)[ \u3000]?{_K}{{3}}{_DASH}{_K}{{4}}(?!{_K})"
    f"|(?<=郵便番号)[:：]?[ \u3000]?{_K}{{3}}{_DASH}{_K}{{4}}(?!{_K})"
)
_TO_DIGITS = str.maketrans(KANJI_DIGITS, "0123456789")


def kanji_digit_numbers(text: str) -> str:
    """`text` with phone numbers and postal codes written in kanji digits given in
    digits (the same length: offsets stay). Kanji numbers elsewhere (dates, amounts,
    addresses' blocks) are left to the detectors that read them."""
    if "〇" not in text:
        return text
    return _KANJI_DIGIT_NUMBER.sub(_digits_unless_blank, text)


def _digits_unless_blank(m: re.Match[str]) -> str:
    number = m.group()
    # 〒〇〇〇―〇〇〇〇: a form's blank to fill in, not a postal code.
    return number if not number.strip("〇―－‐ー−-（()） \u3000:：") else number.translate(_TO_DIGITS)
