"""Making attacker-controlled text (subjects, display names, file names) safe to show.

A subject is written by whoever sent the mail: it may carry CR/LF (header injection in
our alert), control and bidi-override characters (a file name that reads backwards), or a
card number typed into the subject line. Every such string passes through `display`
before it reaches an alert or a page; HTML escaping is the templates' job on top.
redact_numbers lives with the detectors (proxy.detectors.redact), which mask the same runs
in the file names a finding's location shows.
"""

from __future__ import annotations

import re

from proxy.detectors.redact import KEEP_DIGITS, redact_numbers

# C0/C1 controls, DEL, line/paragraph separators and the bidi embedding/override/isolate
# characters (CVE-2021-42574 "Trojan Source" style reordering).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_SPACES = re.compile(r"\s+")


def one_line(text: str, limit: int = 200) -> str:
    """No control characters, whitespace collapsed to single spaces, at most `limit`."""
    clean = _SPACES.sub(" ", _UNSAFE.sub(" ", text or "")).strip()
    if len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    return clean


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
