"""The sender's and the company's own details: values that are not findings.

A sender's signature, their own address, and the company's published details (its
offices' phone numbers, its address, the account on its invoices, its corporate number)
are in most business mail; counting them would hold every invoice and every notice of
a move. find_all drops a hit equal to one of them everywhere in the message.

Two comparisons are looser than equality, both only for these values:
- an address compares by address.key, so 丸の内一丁目1番1号 in the body is the
  signature's 東京都千代田区丸の内1-1-1;
- the company's list may name a range of phone numbers (03-1234-56xx: one `x` a digit,
  or 03-1234-5600～5699), as companies are given their direct-dial numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from proxy.detectors import address, phone
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


class Own:
    """One message's own values: the company's, the senders' addresses, and what each
    signature block holds (added as the body segments are read)."""

    __slots__ = ("_address_keys", "_addresses", "_ranges", "_values")

    def __init__(self, company: CompanyDetails | None, sender_addresses: Iterable[str]) -> None:
        self._values: set[Hit] = {(EMAIL, a) for a in map(_address, sender_addresses) if a}
        self._addresses: list[str] = []
        self._address_keys: set[str] | None = None  # made on the first address to compare
        self._ranges: frozenset[tuple[str, str]] = frozenset()
        if company is not None:
            self.update(company.values)
            self._ranges = company.phone_ranges

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
            _PHONES if self._ranges else frozenset()
        )

    def matches(self, hit: Hit) -> bool:
        """An address by its key, a phone number in one of the company's ranges."""
        type_, value = hit
        if type_ == address.TYPE:
            if not self._addresses:
                return False
            if self._address_keys is None:
                self._address_keys = {address.key(a) for a in self._addresses}
            return address.key(value) in self._address_keys
        if type_ in _PHONES:
            return any(
                len(value) == len(low) and low <= value <= high for low, high in self._ranges
            )
        return False


def _address(raw: str) -> str:
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
_PHONE_CHARS = r"[\d\-‐ー－−()]"  # no space: "TEL 03-… 03-…-56xx" is two numbers
# A number whose last digits are placeholders (NFKC turns ｘ into x): 03-1234-56xx.
_WILDCARD_RANGE = re.compile(
    rf"(?<![\d+])(?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{0,18}}?[xX○〇×]{{1,8}}(?![0-9A-Za-z])"
)
# From one number to another, or to the last digits of another: 03-1234-5600～5699.
_RANGE = re.compile(
    rf"(?<![\d+])((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{4,18}}\d)(?:[(（]代表?[)）])?"
    rf"[ \u3000]*(?:[~〜]|から)[ \u3000]*"
    rf"((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{0,18}}\d|\d)(?![\d])"
)
_DIGITS = re.compile(r"\d")
_MORE_RANGE = re.compile(r"[、,，・/] ?(\d{2,4})[ \u3000]*(?:[~〜]|から)[ \u3000]*(\d{2,4})(?![\d])")
# Consecutive numbers written once: 03-1234-5678/5679, 03-1234-5678・79.
_NEXT_NUMBERS = re.compile(
    rf"((?:\+\d{{1,3}} ?)?\d{_PHONE_CHARS}{{4,18}}\d)((?:[/／・、,，] ?\d{{2,4}}(?![\d~〜]))+)"
)
_WILDCARD_MAILBOX = re.compile(r"[*?][^\s@]*@")
# Labels whose value must be found on their line: an account number that is not 7
# digits would otherwise be read as something else (口座番号 0312345678: a phone).
_ACCOUNT_LABEL = re.compile(r"口座|普通|当座|預金")


def parse_detail(line: str) -> tuple[list[Hit], list[tuple[str, str]], str]:
    """(values, phone ranges, problem) of one line of the company's list; the problem
    is "" when the line is usable, and never quotes the line (it may hold a card
    number). Values are read by the detectors themselves, so they compare with findings
    as normalised (E.164 phones, digits-only accounts …)."""
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
    text = _NEXT_NUMBERS.sub(_spelled_out, text)
    ranges: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):
        first = m.group(1)
        pairs = [(first, m.group(2))]
        end = m.end()
        # More ranges of the same numbers after it: "…5600～5699、5700～5799".
        more = _MORE_RANGE.match(text, end)
        while more is not None:
            pairs.append((_with_last_digits(first, more.group(1)), more.group(2)))
            end = more.end()
            more = _MORE_RANGE.match(text, end)
        for low, high in pairs:
            if len(_DIGITS.findall(high)) < len(_DIGITS.findall(low)):
                high = _with_last_digits(low, high)
            found = _phone_range(low, high)
            if found is None:
                return [], [], BAD_RANGE
            ranges.append(found)
        spans.append((m.start(), end))
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    for m in _WILDCARD_RANGE.finditer(text):
        written = m.group()
        digits = written.rstrip("xX○〇×")
        width = len(written) - len(digits)
        found = _phone_range(digits + "0" * width, digits + "9" * width)
        if found is None:
            return [], [], BAD_RANGE
        ranges.append(found)
    hits = list(dict.fromkeys(scan(_WILDCARD_RANGE.sub(" ", text))))
    types = {t for t, _ in hits}
    if _ACCOUNT_LABEL.search(text) is not None and "jp_bank_account" not in types:
        return [], [], "no account number found after 口座 / 普通 / 当座 (write its 7 digits)"
    if "法人番号" in text and "corporate_number" not in types:
        return [], [], "no valid 法人番号 found (13 digits, with its check digit)"
    if not hits and not ranges:
        return [], [], NOTHING_FOUND
    return hits, ranges, ""


def _spelled_out(m: re.Match[str]) -> str:
    """03-1234-5678/5679 → "03-1234-5678 03-1234-5679"."""
    first = m.group(1)
    return " ".join([first, *(_with_last_digits(first, d) for d in re.findall(r"\d+", m.group(2)))])


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


def _one_phone(text: str) -> str | None:
    """The one phone number `text` is, all of its digits (not a number followed by a
    footnote digit: "03-1234-5678 0" is no number)."""
    hits = [v for t, v in scan(text) if t in _PHONES]
    if len(hits) != 1:
        return None
    # E.164 drops the domestic trunk 0; every other digit written is in the number.
    written = "".join(_DIGITS.findall(text)).lstrip("0")
    number = hits[0]
    return number if number.endswith(written[-8:]) and len(number) - 1 >= len(written) else None
