"""Telephone numbers, validated with `phonenumbers` and normalised to E.164.

`jp_phone`: Japanese numbers, domestic (03-1234-5678, 090-…, 050-…, 0120-…, 0800-…)
or international (+81 3 1234 5678, +81 (0)90 …). `intl_phone`: other countries'
numbers written in international form (+CC …), or in national form under a clear
telephone label ("Phone: (415) 555-0132"): a bare 10-digit number such as a meeting
ID is not a phone number.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

JP = "jp_phone"
INTL = "intl_phone"
JP_LENGTHS = frozenset({10, 11, 12, 13})  # domestic 10-11; +81 forms 11-13 with the 81
INTL_LENGTHS = frozenset(range(7, 16))  # E.164 allows at most 15 digits

LABEL = re.compile(r"\b(?:tel|phone|telephone|mobile|cell|fax)\b|電話|携帯|ファックス|FAX", re.I)
# Numbers that only look like phone numbers: conference IDs, passcodes, order numbers.
NOT_A_PHONE = re.compile(
    r"\bid\b|ID|ミーティング|会議|meeting|webinar|pass\s*code|パスコード|注文|伝票|追跡|"
    r"order|tracking|invoice",
    re.IGNORECASE,
)
# Regions tried, in order, for a labelled number in national form.
NATIONAL_REGIONS = ("US", "GB", "CN", "KR", "TW", "HK", "SG", "AU", "DE", "FR", "IN")


@lru_cache(maxsize=4096)
def _jp_domestic(national: str) -> bool:
    # Building the PhoneNumber directly skips phonenumbers.parse (4x slower).
    return phonenumbers.is_valid_number(PhoneNumber(country_code=81, national_number=int(national)))


@lru_cache(maxsize=4096)
def parse_international(raw: str) -> tuple[str, str] | None:
    """('JP', '+81…') for '+81 …'; (region, E.164) for a valid international number."""
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    region = phonenumbers.region_code_for_number(number) or ""
    return region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=1024)
def _parse_national(digits: str) -> str | None:
    for region in NATIONAL_REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None


def jp_domestic_e164(digits: str) -> str | None:
    """'+81…' for a valid Japanese number in domestic form (trunk prefix 0), else None."""
    if len(digits) not in (10, 11) or digits[0] != "0" or digits[1] == "0":
        return None
    return "+81" + digits[1:] if _jp_domestic(digits[1:]) else None


def match_jp(w: Window) -> str | None:
    if w.plus:
        found = parse_international("+" + w.raw)
        return found[1] if found is not None and found[0] == "JP" else None
    e164 = jp_domestic_e164(w.digits)
    if e164 is None or w.has_label(NOT_A_PHONE):
        return None
    return e164


def match_intl(w: Window) -> str | None:
    if w.plus:
        found = parse_international("+" + w.raw)
        return found[1] if found is not None and found[0] != "JP" else None
    if len(w.digits) < 8 or w.digits.startswith("0"):
        return None
    if not w.has_label(LABEL) or w.has_label(NOT_A_PHONE):
        return None
    return _parse_national(w.digits)


_JP_TABLE = numbers.build_table([(JP, JP_LENGTHS, match_jp)])
_INTL_TABLE = numbers.build_table([(INTL, INTL_LENGTHS, match_intl)])


def find_jp(text: str) -> list[str]:
    return numbers.find_values(text, _JP_TABLE)


def find_intl(text: str) -> list[str]:
    return numbers.find_values(text, _INTL_TABLE)
