"""Making attacker-controlled text (subjects, display names, file names) safe to show.

A subject is written by whoever sent the mail: it may carry CR/LF (header injection in
our alert), control and bidi-override characters (a file name that reads backwards), or a
card number typed into the subject line. Every such string passes through `display`
before it reaches an alert or a page; HTML escaping is the templates' job on top.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls, DEL, line/paragraph separators and the bidi embedding/override/isolate
# characters (CVE-2021-42574 "Trojan Source" style reordering).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_SPACES = re.compile(r"\s+")
_DIGIT = "0-9\uff10-\uff19"
_SEP = r" \-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\u30fc.\uff0e"
# A run of digits, possibly split by spaces, hyphens or dots (full-width too).
_NUMBER = re.compile(rf"[{_DIGIT}](?:[{_DIGIT}]|[{_SEP}](?=[{_DIGIT}]))+")
# Fewer digits than this is a date, an order or invoice number: left as it is. Card
# numbers, My Numbers, phone and account numbers are longer.
MIN_REDACTED_DIGITS = 9
KEEP_DIGITS = 4


def one_line(text: str, limit: int = 200) -> str:
    """No control characters, whitespace collapsed to single spaces, at most `limit`."""
    clean = _SPACES.sub(" ", _UNSAFE.sub(" ", text or "")).strip()
    if len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    return clean


def redact_numbers(text: str) -> str:
    """Long digit runs masked but for the last four digits: "4111 1111 1111 1111" →
    "**** **** **** 1111". The detectors' findings only cover the body and attachments
    as scanned; this keeps the subject and file names we echo back just as masked."""

    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        digits = sum(1 for c in run if unicodedata.category(c) == "Nd")
        if digits < MIN_REDACTED_DIGITS:
            return run
        out: list[str] = []
        seen = 0
        for c in run:
            if unicodedata.category(c) == "Nd":
                seen += 1
                out.append(c if seen > digits - KEEP_DIGITS else "*")
            else:
                out.append(c)
        return "".join(out)

    return _NUMBER.sub(repl, text)


def display(text: str, limit: int = 200) -> str:
    """Text from a message, ready to be shown to a person (then escaped per medium)."""
    return redact_numbers(one_line(text, limit))


def masked_tail(sample: str) -> str:
    """The visible end of a masked sample ("************1111" → "1111"); at most four
    characters even if a sample were ever masked less strictly."""
    visible = sample.lstrip("*")
    if not visible:
        return "****"
    return visible[-KEEP_DIGITS:]
