"""iban and us_ssn, with Microsoft Presidio's published test values."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all, iban, us_ssn
from proxy.model import Segment

# Microsoft Presidio, presidio-analyzer/tests/test_iban_recognizer.py (a selection:
# compact and spaced valid IBANs, and their broken variants).
PRESIDIO_IBAN_VALID = [
    "AL47212110090000000235698741",
    "AL47 2121 1009 0000 0002 3569 8741",
    "AD1200012030200359100100",
    "AT61 1904 3002 3457 3201",
    "AZ21 NABZ 0000 0000 1370 1000 1944",
    "BH67BMAG00001299123456",
    "BE71 0961 2345 6769",
    "BR97 0036 0305 0000 1000 9795 493P 1",
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "FR14 2004 1010 0505 0001 3M02 606",
    "GB29 NWBK 6016 1331 9268 19",
    "IT60 X054 2811 1010 0000 0123 456",
    "JO94 CBJO 0010 0000 0000 0131 0003 02",
    "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
    "NL91ABNA0417164300",
    "NO93 8601 1117 947",
    "CH93 0076 2011 6238 5295 7",
]
PRESIDIO_IBAN_INVALID = [
    "AL47 212A 1009 0000 0002 3569 8741",
    "AL47 2121 1009 0000 0002 3569 8740",
    "AD12000A2030200359100100",
    "EE38 2200 2210  014 5686",
    "GB29 1WBK 6016 1331 9268 19",
    "GI75 aWBK 0000 0000 7099 453",
    "AB150120690000003111141",
    "IL15 0120 6900 0000",
    "IL15 0120 6900 0000 3111 0120 6900 0000 3111 141",
    "AM47212110090000000235698740",
    "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124",
]


@pytest.mark.parametrize("text", PRESIDIO_IBAN_VALID)
def test_presidio_valid_ibans(text: str) -> None:
    assert iban.find(text) == [text.replace(" ", "")]


@pytest.mark.parametrize("text", PRESIDIO_IBAN_INVALID)
def test_presidio_invalid_ibans(text: str) -> None:
    assert iban.find(text) == []


def test_presidio_iban_in_a_sentence() -> None:
    compact = "VG96VPVG0000012345678901"
    assert iban.find("this is an iban VG96 VPVG 0000 0123 4567 8901 in a sentence") == [compact]
    assert iban.find("this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence") == [compact]
    two = "list of ibans: AL47212110090000000235698741, AL47212110090000000235698741"
    assert iban.find(two) == ["AL47212110090000000235698741"] * 2
    found = find_all([Segment(two, "body", "body")])
    assert found["iban"].count == 1


# Microsoft Presidio, presidio-analyzer/tests/test_us_ssn_recognizer.py. Presidio scores
# unlabelled numbers low; this guard requires the label, so each is prefixed with one.
@pytest.mark.parametrize("number", ["078051121", "078-05-1123", "078.05.1123", "078 05 1123"])
def test_presidio_valid_ssns(number: str) -> None:
    digits = number.replace("-", "").replace(".", "").replace(" ", "")
    assert us_ssn.find(f"SSN: {number}") == [digits]
    assert us_ssn.find(f"Social Security Number {number}") == [digits]


@pytest.mark.parametrize(
    "number",
    ["0780511201", "078051120", "000000000", "666000000", "078-05-0000", "078 00 1123",
     "693-09.4444"],
)  # fmt: skip
def test_presidio_invalid_ssns(number: str) -> None:
    assert us_ssn.find(f"SSN: {number}") == []


@pytest.mark.parametrize("number", ["900-12-3456", "999-12-3456", "219-09-9999"])
def test_never_issued_ssns(number: str) -> None:
    assert us_ssn.find(f"SSN {number}") == []


def test_ssn_needs_its_label() -> None:
    assert us_ssn.find("078-05-1123") == []
