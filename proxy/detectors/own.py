"""The sender's and the company's own details: values that are not findings.

A sender's signature, their own address, and the company's published details (its
offices' phone numbers, its address, the account on its invoices, its corporate number)
are in most business mail; counting them would hold every invoice and every notice of
a move. find_all drops a hit equal to one of them everywhere in the message.

Two comparisons are looser than equality, both only for these values:
- an address compares by address.key, so 丸の内一丁目1番1号 in the body is the
  signature's 東京都千代田区丸の内1-1-1;
- the company's list may name a range of phone numbers (03-1234-56xx: one `x` a digit,
  or 03-1234-5600～5699), as companies are given their direct-dial numbers; a message's
  phone number is looked up in them by a bisect (CompanyDetails.in_range).

A line of the list is read whole or not at all: digits of a phone number left over
after reading it (parse_detail's _unread) make it an error, never a partial reading.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from proxy.detectors import address, phone, romaji_address
from proxy.detectors.engine import scan
from proxy.detectors.normalize import nfkc

Hit = tuple[str, str]
EMAIL = "email_address"

# What a sender's signature or a company's published details hold: contact details, the
# company's account and corporate number. Anything else (a card, a My Number, a birthday
# …) is nobody's own detail: it stays a finding wherever it is.
OWN_TYPES = frozenset(
    {
        phone.JP,
        phone.INTL,
        EMAIL,
        address.TYPE,
        "jp_postal_code",
        "jp_bank_account",
        "iban",
        "corporate_number",
    }
)
_PHONES = frozenset({phone.JP, phone.INTL})


@dataclass(frozen=True)
class CompanyDetails:
    """The company's own details from the admin's list (rules/company_details.txt)."""

    values: frozenset[Hit] = frozenset()
    # (lowest, highest) E.164 numbers of a range, of the same length: as strings of
    # digits after the same "+", they compare as the numbers do.
    phone_ranges: frozenset[tuple[str, str]] = frozenset()
    # What each line was read as: (its "file:line", its values, its ranges), for
    # `mailguard rules check --details`.
    readings: tuple[tuple[str, tuple[Hit, ...], tuple[tuple[str, str], ...]], ...] = field(
        default=(), compare=False
    )

    def __len__(self) -> int:
        return len(self.values) + len(self.phone_ranges)

    @functools.cached_property
    def range_index(self) -> dict[int, tuple[list[str], list[str]]]:
        """The ranges by the length of their numbers: (lowest ends, highest ends) of
        the ranges merged where they overlap, sorted, for a bisect (made once)."""
        by_length: dict[int, list[tuple[str, str]]] = {}
        for low, high in self.phone_ranges:
            by_length.setdefault(len(low), []).append((low, high))
        index: dict[int, tuple[list[str], list[str]]] = {}
        for length, found in by_length.items():
            lows: list[str] = []
            highs: list[str] = []
            for low, high in sorted(found):
                if highs and low <= highs[-1]:
                    highs[-1] = max(highs[-1], high)
                else:
                    lows.append(low)
                    highs.append(high)
            index[length] = (lows, highs)
        return index

    def in_range(self, number: str) -> bool:
        """Whether an E.164 `number` is in one of the ranges."""
        found = self.range_index.get(len(number))
        if found is None:
            return False
        lows, highs = found
        k = bisect.bisect_right(lows, number) - 1
        return k >= 0 and number <= highs[k]


class Own:
    """One message's own values: the company's, the senders' addresses, and what each
    signature block holds (added as the body segments are read)."""

    __slots__ = ("_address_keys", "_addresses", "_ranges", "_values")

    def __init__(self, company: CompanyDetails | None, sender_addresses: Iterable[str]) -> None:
        self._values: set[Hit] = {(EMAIL, a) for a in map(normalized_address, sender_addresses) if a}
        self._addresses: list[str] = []
        self._address_keys: set[str] | None = None  # made on the first address to compare
        self._ranges: CompanyDetails | None = None
        if company is not None:
            self.update(company.values)
            if company.phone_ranges:
                self._ranges = company

    def update(self, hits: Iterable[Hit]) -> None:
        for hit in hits:
            self._values.add(hit)
            if hit[0] == address.TYPE:
                self._addresses.append(hit[1])
                self._address_keys = None

    @property
    def values(self) -> set[Hit]:
        """The exact values (a set look-up: find_all's test for most hits)."""
        return self._values

    @property
    def loose_types(self) -> frozenset[str]:
        """The types whose hits not in `values` may still be own (see `matches`): a
        set look-up keeps the other hits off that call."""
        return (frozenset({address.TYPE}) if self._addresses else frozenset()) | (
            _PHONES if self._ranges is not None else frozenset()
        )

    def matches(self, hit: Hit) -> bool:
        """An address by its key, a phone number in one of the company's ranges."""
        type_, value = hit
        if type_ == address.TYPE:
            if not self._addresses:
                return False
            if self._address_keys is None:
                self._address_keys = {address.key(a) for a in self._addresses}
            key = address.key(value)
            # Also the same address cut short ("丸の内1-6-" at a PDF's column edge: 1-6 of
            # the company's 1-6-5), whose last number is on no line the text kept.
            return key in self._address_keys or any(
                own.startswith(key + "-") for own in self._address_keys
            )
        if type_ in _PHONES:
            return self._ranges is not None and self._ranges.in_range(value)
        return False


def normalized_address(raw: str) -> str:
    text = raw.strip()
    if "<" in text and text.endswith(">"):
        text = text[text.rindex("<") + 1 : -1]
    return text.strip().lower()


NOTHING_FOUND = (
    "no phone number, address, postal code, e-mail address, bank account, IBAN or "
    "corporate number found here; write it as on an invoice or a signature "
    "(TEL 03-1234-5678, 03-1234-56xx or 03-1234-5600～5699 for a range, "
    "〒100-0005 東京都千代田区丸の内1-1-1, 普通 1234567, 法人番号 7000012050002)"
)
PERSONAL = (
    "{}: personal data, never a company's own detail (this list holds phone numbers, "
    "addresses, e-mail addresses, bank accounts, IBANs and corporate numbers)"
)
BAD_RANGE = (
    "a range of phone numbers is written 03-1234-56xx (x: any digit, up to four) or "
    "03-1234-5600～5699, with at most 10,000 numbers in it"
)
MAX_RANGE = 10_000  # numbers: a wider range is somebody else's numbers too
UNREAD = (
    "part of a phone number here was not read (a number after another, or after a "
    "range, that is not a whole number, a range or the last digits of the one before): "
    "write each number whole (03-1234-5678 / 03-1234-5679), a range as 03-1234-56xx or "
    "03-1234-5600～5699, or the numbers on lines of their own"
)
TOO_MANY = "too many numbers on one line: write one detail a line"
_MAX_TOKENS = 64  # numbers on one line: an address, a phone, an account … is a dozen
_PHONE_CHARS = r"[\d\-‐ー－−()]"  # no space: "TEL 03-… 03-…-56xx" is two numbers
_PLACEHOLDERS = "xX○〇×"
# A number whose last digits are placeholders (NFKC turns ｘ into x): 03-1234-56xx.
_WILDCARD_RANGE = re.compile(
    rf"(?<![\d+])(?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{0,18}}?[{_PLACEHOLDERS}]{{1,8}}"
    r"(?![0-9A-Za-z])"
)
# Between the two ends of a range: ～ (NFKC: ~), 〜, ∼, 〰, an en or em dash, から.
_TO = r"[ \u3000]*(?:[~〜∼〰–—]|から)[ \u3000]*"
# Between two numbers, or two ranges, of a list: 、 , ・ / (NFKC turns ／ and ， into / ,).
_AND = r"[ \u3000]*[、,・/][ \u3000]*"
# From one number to another, or to the last digits of another: 03-1234-5600～5699.
_RANGE = re.compile(
    rf"(?<![\d+])((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{4,18}}\d)(?:[(（]代表?[)）])?"
    rf"{_TO}((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{0,18}}\d|\d)(?![\d])"
)
_DIGITS = re.compile(r"\d")
# Where a token ends: not inside a longer number, a range, or a word (5600～5699-1, 57xxA).
_TOKEN_END = rf"(?![\dA-Za-z\-‐ー－−()（~〜∼〰–—]|{_TO})"
# More ranges of the same numbers after a range or a block: "…5600～5699、5700～5799",
# "03-1234-56xx, 57xx".
_MORE_RANGE = re.compile(
    rf"{_AND}(?:(\d{{2,4}}){_TO}(\d{{2,4}})|(\d{{0,3}}[{_PLACEHOLDERS}]{{1,4}})){_TOKEN_END}"
)
# Consecutive numbers written once: 03-1234-5678/5679, 03-1234-5678・79. Each last-digits
# part is a whole token (checked again in _spelled_out: not the start of a full number
# written with spaces, "03-1234-5678/090 1234 5678").
_NEXT_NUMBERS = re.compile(
    rf"((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{4,18}}\d)((?:{_AND}\d{{2,4}}{_TOKEN_END})+)"
)
_SUFFIX = re.compile(rf"{_AND}(\d{{2,4}})")
# A number from where a last-digits part starts, its groups split by spaces or dashes.
_NUMBER_AHEAD = re.compile(r"\d{1,5}(?:[ \u3000\-‐ー−()]{1,3}\d{1,5}){0,3}")
_GROUP_BREAK = re.compile(r"[ \u3000\-‐ー−()]+")
_WILDCARD_MAILBOX = re.compile(r"[*?][^\s@]*@")
# Labels whose value must be found on their line: an account number that is not 7
# digits would otherwise be read as something else (口座番号 0312345678: a phone).
_ACCOUNT_LABEL = re.compile(r"口座|普通|当座|預金")
# What is left of the line after reading, looked at for numbers that were not read.
_READ = "\ue000"  # stands for a range read from the line
_DASH_CHARS = "\\-‐‑‒–—―−ーｰ－﹣"
_TOKEN = re.compile(rf"[(]?\+?\d(?:[\d{_DASH_CHARS}()]*\d)?|{_READ}")
_PLACEHOLDER_LEFT = re.compile(rf"(?<![A-Za-z0-9.@_+])\d[\d{_DASH_CHARS}()]*[{_PLACEHOLDERS}]")
_JOIN = re.compile(rf"(?:{_AND}|{_TO}|[ \u3000]+)")
_TOKEN_AFTER = re.compile(rf"(?:$|[ \u3000]|{_AND}|{_TO})")
_LOOKS_LIKE_PHONE = re.compile(rf"[(]?(?:\+|0\d{{0,4}}[{_DASH_CHARS}()])")


def parse_detail(line: str) -> tuple[list[Hit], list[tuple[str, str]], str]:
    """(values, phone ranges, problem) of one line of the company's list; the problem
    is "" when the line is usable, and never quotes the line (it may hold a card
    number). Values are read by the detectors themselves, so they compare with findings
    as normalised (E.164 phones, digits-only accounts …). A line is read whole or not
    at all: digits of a phone number left over after reading make it an error."""
    text = nfkc(line)
    # Personal data anywhere on the line, ranges included, before anything is cut out.
    others = sorted({t for t, _ in scan(text) if t not in OWN_TYPES})
    if others:
        return [], [], PERSONAL.format(", ".join(others))
    if _WILDCARD_MAILBOX.search(text) is not None:
        return [], [], (
            "no patterns here: list each shared mailbox (info@…); the sender's own "
            "address is never counted anyway"
        )
    ranges: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # read as one of the ranges after the one before
        first, high = m.group(1), m.group(2)
        if len(_DIGITS.findall(high)) < len(_DIGITS.findall(first)):
            high = _with_last_digits(first, high)
        found = _phone_range(first, high)
        if found is None:
            return [], [], BAD_RANGE
        ranges.append(found)
        end = _more_ranges(text, m.end(), first, ranges)
        if end < 0:
            return [], [], BAD_RANGE
        spans.append((m.start(), end))
    text = _blanked(text, spans)
    spans = []
    for m in _WILDCARD_RANGE.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # the "57xx" of "03-1234-56xx, 57xx", read with the block before it
        written = m.group()
        digits = written.rstrip(_PLACEHOLDERS)
        width = len(written) - len(digits)
        low = digits + "0" * width
        found = _phone_range(low, digits + "9" * width)
        if found is None:
            return [], [], BAD_RANGE
        ranges.append(found)
        end = _more_ranges(text, m.end(), low, ranges)
        if end < 0:
            return [], [], BAD_RANGE
        spans.append((m.start(), end))
    text = _NEXT_NUMBERS.sub(_spelled_out, _blanked(text, spans))
    read = text.replace(_READ, " ")
    hits = list(dict.fromkeys(scan(read) + romaji_address.find(read)))  # English addresses too
    types = {t for t, _ in hits}
    if _ACCOUNT_LABEL.search(text) is not None and "jp_bank_account" not in types:
        return [], [], "no account number found after 口座 / 普通 / 当座 (write its 7 digits)"
    if "法人番号" in text and "corporate_number" not in types:
        return [], [], "no valid 法人番号 found (13 digits, with its check digit)"
    if _PLACEHOLDER_LEFT.search(text) is not None:
        return [], [], BAD_RANGE  # 03-1234-xx00: a placeholder that is not the last digits
    problem = _unread(text, hits)
    if problem:
        return [], [], problem
    if not hits and not ranges:
        return [], [], NOTHING_FOUND
    return hits, ranges, ""


def _more_ranges(text: str, end: int, first: str, ranges: list[tuple[str, str]]) -> int:
    """Reads the ranges listed after one ("、5700～5799", ", 57xx") into `ranges`; the
    end of the last, or -1 if one is not a range of `first`'s numbers."""
    more = _MORE_RANGE.match(text, end)
    while more is not None:
        if more.group(3) is not None:  # 57xx
            written = more.group(3)
            digits = written.rstrip(_PLACEHOLDERS)
            width = len(written) - len(digits)
            if not 2 <= len(written) <= 4:
                return -1
            low = _with_last_digits(first, digits + "0" * width)
            high = _with_last_digits(first, digits + "9" * width)
        else:
            low = _with_last_digits(first, more.group(1))
            high = _with_last_digits(low, more.group(2))
        found = _phone_range(low, high)
        if found is None:
            return -1
        ranges.append(found)
        end = more.end()
        more = _MORE_RANGE.match(text, end)
    return end


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (a range read) replaced by one _READ mark between spaces."""
    for start, end in reversed(spans):
        text = text[:start] + f" {_READ} " + text[end:]
    return text


def _spelled_out(m: re.Match[str]) -> str:
    """03-1234-5678/5679 → "03-1234-5678 03-1234-5679". A last-digits part that is the
    start of a whole number written with spaces (03-1234-5678, 03 1234 5679) is not one:
    it and what follows stay as written, for the detectors to read."""
    first = m.group(1)
    out = [first]
    text = m.string
    pos = m.start(2)
    for part in _SUFFIX.finditer(text, m.start(2), m.end()):
        if _starts_a_number(text, part.start(1)):
            break
        out.append(_with_last_digits(first, part.group(1)))
        pos = part.end()
    return " ".join(out) + text[pos : m.end()]


def _starts_a_number(text: str, pos: int) -> bool:
    """Whether a whole phone number of two groups or more starts at `pos`."""
    ahead = _NUMBER_AHEAD.match(text, pos, pos + 24)
    if ahead is None:
        return False
    written = ahead.group()
    cuts = [g.end() for g in _GROUP_BREAK.finditer(written)] + [len(written)]
    return any(
        _one_phone(written[:cut].rstrip(" \u3000-‐ー−(")) is not None for cut in cuts[1:]
    )


def _unread(text: str, hits: list[Hit]) -> str:
    """A problem if digits of a phone number are left in `text` (the line with its
    ranges marked _READ and its consecutive numbers spelled out) that no value read
    holds: a number after a number or a range that is not whole, a number that is
    not one. "" if none."""
    tokens = list(_TOKEN.finditer(text))
    if len(tokens) > _MAX_TOKENS:
        return TOO_MANY
    phones = {v for t, v in hits if t in _PHONES}
    other_digits = [
        "".join(_DIGITS.findall(v)) for t, v in hits if t not in _PHONES and t != EMAIL
    ]
    read = [t.group() == _READ for t in tokens]
    is_phone = list(read)
    # Phones: a token, or tokens with spaces between them ("+81 3 1234 5678").
    i = 0
    while i < len(tokens):
        if read[i]:
            i += 1
            continue
        last = i
        while (
            last + 1 < len(tokens) and last - i < 4 and not read[last + 1]
            and text[tokens[last].end() : tokens[last + 1].start()].strip(" \u3000") == ""
        ):
            last += 1
        for j in range(last, i - 1, -1):
            if _one_phone(text[tokens[i].start() : tokens[j].end()]) in phones:
                for k in range(i, j + 1):
                    read[k] = is_phone[k] = True
                i = j
                break
        i += 1
    for k, token in enumerate(tokens):
        if read[k]:
            continue
        digits = "".join(_DIGITS.findall(token.group()))
        if any(digits in value for value in other_digits):
            continue  # part of an address, a postal code, an account …
        if _LOOKS_LIKE_PHONE.match(token.group()) and 9 <= len(digits) <= 11:
            return UNREAD  # 03-1234-567: a number, not read as one
        if k == 0 or not is_phone[k - 1] or len(digits) < 2:
            continue
        join = text[tokens[k - 1].end() : token.start()]
        # After a number or a range: its last digits written alone (03-1234-5678 5679),
        # or anything after 、 / ～ … (03-1234-5678/090-1234) that was not read.
        suffix = token.group().isdigit() and len(digits) <= 4
        if (
            (suffix or join.strip(" \u3000"))
            and _JOIN.fullmatch(join) is not None
            and _TOKEN_AFTER.match(text, token.end()) is not None
        ):
            return UNREAD
    return ""


def _with_last_digits(number: str, last: str) -> str:
    """`number` with its last digits replaced by the digits of `last`."""
    out = list(number)
    replace = _DIGITS.findall(last)
    k = len(out)
    while replace and k:
        k -= 1
        if out[k].isdigit():
            out[k] = replace.pop()
    return "".join(out)


def _phone_range(low_text: str, high_text: str) -> tuple[str, str] | None:
    """(lowest, highest) E.164 of a range written as its two ends, if both are whole
    phone numbers of one length that differ only in their last four digits at most."""
    low, high = _one_phone(low_text), _one_phone(high_text)
    if low is None or high is None or len(low) != len(high) or low > high:
        return None
    if int(high[1:]) - int(low[1:]) >= MAX_RANGE or low[:-4] != high[:-4]:
        return None
    return low, high


_GROUP_SEPARATOR = re.compile(r"(?<=\d)[\-‐ー－−()]+(?=\d)")


def _one_phone(text: str) -> str | None:
    """The one phone number `text` is, all of its digits (not a number followed by a
    footnote digit: "03-1234-5678 0" is no number). Dashes and brackets between digits
    are dropped first: a range's ends are the admin's shorthand filled in (0120-12xxxx
    gives 0120-120000), not a number as written in mail, whose grouping jp_phone checks."""
    hits = [v for t, v in scan(_GROUP_SEPARATOR.sub("", text)) if t in _PHONES]
    if len(hits) != 1:
        return None
    # E.164 drops the domestic trunk 0; every other digit written is in the number.
    written = "".join(_DIGITS.findall(text)).lstrip("0")
    number = hits[0]
    return number if number.endswith(written[-8:]) and len(number) - 1 >= len(written) else None
