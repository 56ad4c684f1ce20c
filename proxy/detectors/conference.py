"""Conference dial-in numbers: the access numbers a Zoom, Teams, Webex or Meet invitation
lists, five at a time ("所在地でダイヤル / Dial by your location", "ワンタップモバイル機器",
"電話で参加 / Join by phone"), and one-tap strings (+81363628317,,84512345678#). They
are a service's numbers, not people's: a plain invitation is not "a list of people".

find_all treats them as it treats the sender's own numbers: not findings, anywhere in the
message. Only phone numbers are taken from these lines, and only from the lines right
under such a heading (each holding a number) or in one-tap form.
"""

from __future__ import annotations

import re

# The headings the services write above their numbers (Japanese and English forms).
_HEADING = re.compile(
    r"所在地でダイヤル|ワンタップモバイル|電話で参加|音声のみで参加|電話会議 ?ID"
    r"|Dial by your location|One tap mobile|Join by phone|Join with phone"
    r"|call in \(audio only\)|Tap to call in|Dial-in numbers?|Phone Conference ID"
)
# A number the phone dials straight into the meeting: +81…,,<meeting ID>#.
_ONE_TAP = re.compile(r"\+?\d[\d ()-]{6,20},,[\d*#,]+")
_HAS_DIGITS = re.compile(r"\d{2}")
MAX_LINES = 15  # under one heading


def dial_in_lines(text: str) -> list[str]:
    """The lines of `text` that hold conference access numbers."""
    out = [m.group() for m in _ONE_TAP.finditer(text)] if ",," in text else []
    for m in _HEADING.finditer(text):
        start = text.find("\n", m.end())
        if start < 0:
            continue
        for line in text[start + 1 :].split("\n", MAX_LINES)[:MAX_LINES]:
            if not line.strip() or _HAS_DIGITS.search(line) is None:
                break  # the heading's list ends at a blank line or a line without a number
            out.append(line)
    return out
