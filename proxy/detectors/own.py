"""The sender's and the company's own details: values that are not findings.

A sender's signature, their own address, and the company's published details (its
offices' phone numbers, its address, the account on its invoices, its corporate number)
are in most business mail; counting them would hold every invoice and every notice of
a move. find_all drops a hit equal to one of them everywhere in the message.

Two comparisons are looser than equality, both only for these values:
- an address compares by address.key, so 丸の内一丁目1番1号 in the body is the
  signature's 東京都千代田区丸の内1-1-1;
- the company's list may name a block of phone numbers (03-1234-56xx: one `x` a digit),
  as companies are given their direct-dial numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
    phone_blocks: frozenset[tuple[str, int]] = frozenset()  # (E.164 prefix, full length)

    def __len__(self) -> int:
        return len(self.values) + len(self.phone_blocks)


class Own:
    """One message's own values: the company's, the senders' addresses, and what each
    signature block holds (added as the body segments are read)."""

    __slots__ = ("_address_keys", "_addresses", "_blocks", "_values")

    def __init__(self, company: CompanyDetails | None, sender_addresses: Iterable[str]) -> None:
        self._values: set[Hit] = {(EMAIL, a) for a in map(_address, sender_addresses) if a}
        self._addresses: list[str] = []
        self._address_keys: set[str] | None = None  # made on the first address to compare
        self._blocks: frozenset[tuple[str, int]] = frozenset()
        if company is not None:
            self.update(company.values)
            self._blocks = company.phone_blocks

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
    def loose(self) -> bool:
        """Whether some hit not in `values` may still be own (see `matches`)."""
        return bool(self._addresses or self._blocks)

    def matches(self, hit: Hit) -> bool:
        """An address by its key, a phone number in one of the company's blocks."""
        type_, value = hit
        if type_ == address.TYPE:
            if not self._addresses:
                return False
            if self._address_keys is None:
                self._address_keys = {address.key(a) for a in self._addresses}
            return address.key(value) in self._address_keys
        if type_ in _PHONES:
            return any(value.startswith(p) and len(value) == n for p, n in self._blocks)
        return False

    def __contains__(self, hit: Hit) -> bool:
        return hit in self._values or (self.loose and self.matches(hit))


def _address(raw: str) -> str:
    text = raw.strip()
    if "<" in text and text.endswith(">"):
        text = text[text.rindex("<") + 1 : -1]
    return text.strip().lower()


NOTHING_FOUND = (
    "no phone number, address, postal code, e-mail address, bank account, IBAN or "
    "corporate number found here; write it as on an invoice or a signature "
    "(TEL 03-1234-5678, 03-1234-56xx for a block, 〒100-0005 東京都千代田区丸の内1-1-1, "
    "普通 1234567, 法人番号 7000012050002)"
)
# A phone number whose last digits are written as x: a block of numbers.
_BLOCK = re.compile(r"[+\d][\d\-‐ー－−() ]*?\d[\-‐ー－− ]?[xX*]+(?![\w])")


def parse_detail(line: str) -> tuple[list[Hit], list[tuple[str, int]], str]:
    """(values, phone blocks, problem) of one line of the company's list; the problem is
    "" when the line is usable. Values are read by the detectors themselves, so they
    compare with findings as normalised (E.164 phones, digits-only accounts …)."""
    text = nfkc(line)
    blocks: list[tuple[str, int]] = []
    for m in _BLOCK.finditer(text):
        block, problem = _phone_block(m.group())
        if problem:
            return [], [], problem
        blocks.append(block)
    rest = _BLOCK.sub(" ", text)
    hits = list(dict.fromkeys(scan(rest)))
    others = sorted({t for t, _ in hits if t not in OWN_TYPES})
    if others:
        return [], [], (
            f"{', '.join(others)}: personal data, never a company's own detail "
            "(this list holds phone numbers, addresses, e-mail addresses, bank accounts, "
            "IBANs and corporate numbers)"
        )
    if not hits and not blocks:
        return [], [], NOTHING_FOUND
    return hits, blocks, ""


def _phone_block(written: str) -> tuple[tuple[str, int], str]:
    placeholders = len(written) - len(written.rstrip("xX*"))
    low = [h for h in scan(written[:-placeholders] + "0" * placeholders) if h[0] in _PHONES]
    high = [h for h in scan(written[:-placeholders] + "9" * placeholders) if h[0] in _PHONES]
    if len(low) != 1 or len(high) != 1:
        return ("", 0), f'"{written}" is not a block of phone numbers (as 03-1234-56xx)'
    if placeholders > 4:
        return ("", 0), (
            f'"{written}": at most four digits of a block may be x (a block wider than '
            "10,000 numbers is somebody else's numbers too)"
        )
    value = low[0][1]
    return (value[:-placeholders], len(value)), ""

