"""Conference dial-in numbers: the access numbers a Zoom, Teams, Webex or Meet invitation
lists, five at a time ("所在地でダイヤル / Dial by your location", "ワンタップモバイル機器",
"電話で参加 / Join by phone"), and one-tap strings (+81363628317,,84512345678#). They
are a service's numbers, not people's: a plain invitation is not "a list of people".

find_all treats them as it treats the sender's own numbers: not findings, anywhere in the
message. Strict on purpose, as what is dropped is never counted: the segment names a
meeting (a Zoom/Teams/Webex/Meet link or a meeting ID); the heading is a line of its own
(not prose that says 電話で参加); under it only lines that are an access number as the
services write them (+country number, then a place or nothing, after a bullet or not; a
domestic number only with its country after it: "0120-987-654 日本 (フリーダイヤル)")
count, and the list ends at the first line that is not one. A one-tap string needs its
"+" and its ",,ID#" (its number may be written with dashes: Teams' "+81 3-4578-1234,,…").
"""

from __future__ import annotations

import re

# The headings the services write above their numbers (Japanese and English forms).
# Anchored at the line's start: "会議には電話で参加" at the end of a line of prose is no
# heading (and unanchored, the search tried the whole pattern at every character: 1.5 ms
# on a 35 KB reply thread). A bullet may lead it, as it did then ("■電話会議",
# "• Dial by your location").
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[•・·*\-■□●○◆◇▼▽▶※][ \t\u3000]*)?(?:所在地でダイヤル|ワンタップモバイル機器|ワンタップ モバイル|電話で参加"
    r"|音声のみで参加|Dial by your location|One tap mobile|Join by phone|Join with phone"
    r"|Or call in \(audio only\)|Tap to call in|Dial-in numbers?"
    r"|電話でのダイヤルイン|電話会議|Dial in by phone|Dial-in by phone)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*\r?$",
    re.M,
)
# An access number as listed: "+81 3 6362 8317 日本", "+81 3-4578-1234,,123456789# Japan",
# after a bullet ("• +81 3 4578 1488 日本", "- +81 …": Zoom's HTML and calendar text) or
# Teams' "ダイヤルイン番号:"; or a domestic number with the country after it, as Teams
# lists its toll-free access ("0120-987-654 日本 (フリーダイヤル)"): a person's number in a
# list is written with a name, not a country. A mobile number (070/080/090) is never a
# meeting's access number: under "電話会議:" it is a participant's; nor is a line that
# names a person or a mobile ("+44 7911 123456 (Mr. Brown, mobile)").
_ACCESS_NUMBER = re.compile(
    r"(?![^\n]*(?:携帯|様|さん|氏|(?i:mobile|cell|mr\.|ms\.|mrs\.)))"
    r"[ \t\u3000]*(?:[•・·*\-][ \t\u3000]*)?"
    r"(?:(?:ダイヤルイン番号|Dial-in number)[ \t\u3000]*[:：][ \t\u3000]*)?"
    r"(?:\([A-Z]{2}\)[ \t\u3000]*)?"  # Google Meet's "(JP) +81 3-4545-1071"
    r"(?:\+(?!81[ \-]*\(?0?[789]0)\d[\d \-()]{6,20}(?:,,[\d*#,]+)?(?:[ \t\u3000]+\S.{0,40})?"
    r"|\(?0(?![789]0)\d{1,4}(?:-|\)[ \t]?)\d{1,4}-\d{3,4}(?:,,[\d*#,]+)?[ \t\u3000]+(?:日本|Japan)"
    r"(?:[ \t\u3000、,(（].{0,40})?)"
)
# A number the phone dials straight into the meeting: +81…,,<meeting ID>#, or Teams'
# toll-free access written as dialled at home (0120-555-294,,510238846#).
# Also with its area code in brackets: "(050) 5530-8123,,618204337#".
_ONE_TAP = re.compile(r"(?:\+\d|\(?0(?![789]0)\d)[\d \-()]{6,16},,\d{6,}#[\d*#,]*")
# What a meeting invitation holds besides its numbers.
# Found from the rare "ID" and "." + host ending, each checked by look-behinds for the
# words before it: one alternation of every spelling (re.I or not) had so many first
# characters that the search tried most positions (80 µs on a 9 KB reply; this: ~20).
_MEETING_WORDS = ("ミーティング", "会議", "Meeting", "meeting", "MEETING", "Conference",
                  "conference", "CONFERENCE")
_IDS = ("ID", "Id", "ｉｄ", "ＩＤ")  # not "id": a first character in every other English word
# Hosts in any case ("ZOOM.US/", "Teams.Microsoft.com", "WebEx.com", as re.I found them):
# their look-behinds are reached from "." alone, so case-insensitive ones cost nothing.
_HOSTS = ("zoom.us/", "teams.microsoft.com", "webex.com", "meet.google.com")
_MEETING = re.compile(
    "(?:ID|Id|ｉｄ|ＩＤ)(?:"
    + "|".join(
        f"(?<={re.escape(word + space + id_)})"
        for word in _MEETING_WORDS for space in ("", " ") for id_ in _IDS
    )
    + r")|\.(?i:us/|com)(?:"
    + "|".join(f"(?<=(?i:{re.escape(host)}))" for host in _HOSTS)
    + ")"
)
MAX_LINES = 15  # under one heading


def dial_in_lines(text: str) -> list[str]:
    """The lines of `text` that hold conference access numbers (none unless `text` names
    a meeting)."""
    if _MEETING.search(text) is None:
        return []
    out = [m.group() for m in _ONE_TAP.finditer(text)] if ",," in text else []
    for m in _HEADING.finditer(text):
        start = text.find("\n", m.end()) + 1  # CRLF or LF (a body as the client wrote it)
        for _ in range(MAX_LINES if start else 0):
            # Line by line, not text[start:].split(): a reply thread quotes the invitation
            # again and again, and each copy of the rest of the text cost its length.
            end = text.find("\n", start)
            line = text[start:] if end < 0 else text[start:end]
            if _ACCESS_NUMBER.fullmatch(line.rstrip("\r")) is None:
                break  # the list ends at the first line that is no access number
            out.append(line)
            if end < 0:
                break
            start = end + 1
    return out


# The block a Teams, Zoom, Webex or Meet add-in appends to the mail below the sender's
# signature: its own separator line, then the service's heading, the link, the meeting's
# ID and its access numbers.
_INVITATION_WORDS = ("Microsoft Teams", "ミーティングに参加", "Join Zoom", "Google Meet", "Join Webex")
# A heading at a line's start, found from the line break before it (a literal: the search
# skips to it; "^" with re.M tried the pattern at every character, and a test of each
# mention for the start of its line went back over the line each time: quadratic on
# one long line of mentions).
_INVITATION = re.compile(
    r"\n[ \t\u3000]*(?:Microsoft Teams (?:会議|ミーティング|[Mm]eeting|に参加)"
    r"|Zoom ?ミーティングに参加|Join Zoom Meeting|Join (?:with )?Google Meet|Google Meet に参加"
    r"|Join Webex [Mm]eeting|Webex ミーティングに参加)"
)


# Words every heading above access numbers holds (_HEADING), and the one-tap's ",,":
# plain str tests, for a segment with too few numbers to look for headings otherwise.
_DIAL_IN_WORDS = ("ダイヤル", "で参加", ",,", "Dial", "phone", "ワンタップ", "One tap", "call in", "電話会議")


def may_list_access_numbers(text: str) -> bool:
    """`text` holds a word of a dial-in heading or a one-tap string (a cheap test
    before dial_in_lines)."""
    return any(word in text for word in _DIAL_IN_WORDS)


def invitation_heading(text: str, end: int) -> int | None:
    """Where the first meeting invitation's heading line in text[:end] starts, if any
    (not on the text's first line: a block with nothing above it ends no signature)."""
    # Plain str tests first: a long needle is found by skipping, and most bodies that
    # name a service (a "Zoom ミーティングID:" line) hold no block to look for.
    if not any(heading in text for heading in _INVITATION_WORDS):
        return None
    m = _INVITATION.search(text, 0, end)
    return None if m is None else m.start() + 1
