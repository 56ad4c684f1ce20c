"""All detectors over one text in one pass that skips ahead at C speed.

One regex finds every candidate: digit runs long enough to matter, the last character
of a prefecture name (都 道 府 県), '@', 〒, and the labels that numbers or dates too
short to look at everywhere are read after (口座 / 普通 / 郵便 / 生年月日 / DOB …). Its
first element is one character class, so sre jumps between candidates without starting
a match attempt anywhere else; a single pass costs about what a trivial regex costs.
Validators run only on what it finds. The admin's keywords are a second pass, only when
there are keywords.
"""

from __future__ import annotations

import re

from proxy.detectors import (
    address,
    bank_account,
    birth_date,
    corporate_number,
    credit_card,
    drivers_license,
    email_address,
    iban,
    my_number,
    passport,
    pension_number,
    phone,
    postal_code,
    residence_card,
    us_ssn,
)
from proxy.detectors.keyword import TYPE as KEYWORD
from proxy.detectors.keyword import Keywords
from proxy.detectors.normalize import (
    GAP_SPACES,
    INVISIBLE,
    SPACED_LABEL,
    SPACED_LABEL_FIRST,
    SPACED_LABEL_SECOND,
    InvisibleCharacters,
    SpacedLabel,
    readable,
)
from proxy.detectors.numbers import (
    DIGITS,
    GROUP_START,
    LONG_RUN_TAIL,
    Hits,
    build_table,
    process,
    scan_near,
)

# Priority when one window satisfies several validators: first wins.
NUMBER_TABLE = build_table(
    [
        (credit_card.TYPE, credit_card.LENGTHS, credit_card.match),
        (
            corporate_number.TYPE,
            corporate_number.LENGTHS,
            corporate_number.match,
            corporate_number.TRIGGERS,
        ),
        (my_number.TYPE, my_number.LENGTHS, my_number.match, my_number.TRIGGERS),
        (
            drivers_license.TYPE,
            drivers_license.LENGTHS,
            drivers_license.match,
            drivers_license.TRIGGERS,
        ),
        (
            pension_number.TYPE,
            pension_number.LENGTHS,
            pension_number.match,
            pension_number.TRIGGERS,
        ),
        (us_ssn.TYPE, us_ssn.LENGTHS, us_ssn.match, us_ssn.TRIGGERS),
        (phone.JP, phone.JP_LENGTHS, phone.match_jp),
        (phone.JP, phone.JP_LENGTHS, phone.match_jp_boxed, phone.LABEL_TRIGGERS),
        (phone.INTL, phone.INTL_LENGTHS, phone.match_intl, phone.INTL_TRIGGERS),
        (phone.INTL, phone.DIALLED_LENGTHS, phone.match_dialled),
        (postal_code.TYPE, postal_code.LENGTHS, postal_code.match, postal_code.TRIGGERS),
        (passport.TYPE, passport.LENGTHS, passport.match, passport.TRIGGERS),
        (
            residence_card.TYPE,
            residence_card.LENGTHS,
            residence_card.match,
            residence_card.TRIGGERS,
        ),
        (bank_account.TYPE, bank_account.LENGTHS, bank_account.match, bank_account.TRIGGERS),
    ]
)

_PREFECTURE_END = "都道府県"
_NEAR_WORDS = (*bank_account.TRIGGERS, *postal_code.NEAR, *passport.NEAR)
_WORDS = (*_NEAR_WORDS, *birth_date.LABEL_LITERALS)
# Cities and wards (address.CITY_WORDS, the cities of address.MUNICIPALITY_PREFECTURES)
# end in 市 or 区, counties in 郡: found from that character, then looked up by the name
# before it, as prefectures are from 都道府県. (Forty-three more branches here, one per
# name, cost more than the whole rest of this pattern.)
_CITY_END = "市区郡"
_SINGLE = (
    "".join(w for w in _WORDS if len(w) == 1) + email_address.AT_SIGNS + _PREFECTURE_END
    + _CITY_END
)
# Characters that show nothing: found here, they make the text be read again without
# them (normalize.InvisibleCharacters).
_INVISIBLE_SET = frozenset(
    chr(c)
    for lo, hi in ((0xAD, 0xAD), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
                   (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF))
    for c in range(lo, hi + 1)
)  # fmt: skip
_DOB_FIRST = frozenset(w[0] for w in _WORDS if w in birth_date.LABEL_LITERALS)
_FIRST = DIGITS + INVISIBLE + re.escape(
    _SINGLE + "".join(sorted({w[0] for w in _WORDS} | set(SPACED_LABEL_FIRST)))
)
# After the first character is consumed, a look-behind tells which branch applies. The
# date-of-birth suffixes (birth_date.SUFFIX_LITERALS: 日生, 生まれ) start from their 生,
# already a first character (生年月日), so they add no first character.
_OTHER = "|".join(
    [f"(?<=[{re.escape(_SINGLE)}])"]
    + [f"(?<=[{INVISIBLE}])"]
    + [f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in _WORDS if len(w) > 1]
    + ["(?<=日生)", f"(?<=[{DIGITS}]生)", "(?<=生)まれ"]
    # A label spaced out ("口　座　番　号"): the text is read again with it joined.
    + [f"(?<=[{SPACED_LABEL_FIRST}])[{GAP_SPACES}]{{1,4}}(?=[{SPACED_LABEL_SECOND}])"]
)
# GROUP_START comes before the branches: a digit inside a number (a date, a price: most
# of the attempts) then fails on one look-behind, without trying either branch. It
# holds for every label too (a label's first character is no digit), so what matches
# does not change.
CANDIDATES = re.compile(
    rf"[{_FIRST}]{GROUP_START}(?:(?<=[{DIGITS}]){LONG_RUN_TAIL}|(?<![{DIGITS}])(?:{_OTHER}))"
)


def scan(
    text: str, *, emails: bool = True, keywords: Keywords | None = None, strict: bool = False
) -> Hits:
    """(type, normalised value) for every hit in `text`, repeats kept. A text with
    characters that show nothing or a spaced label is read as normalize.readable gives
    it; `strict`: raise normalize.ReadAgain instead, for a caller that reads more of the
    text than this."""
    hits: Hits = []
    seen: dict[int, int] = {}  # runs handled from a label: start -> end of an IBAN or 0
    consumed = 0
    address_end = 0  # the end of the last address found from its prefecture
    long_runs = False  # a run as long as a My Number (for lists of them under a heading)
    for m in CANDIDATES.finditer(text):
        start = m.start()
        c = text[start]
        if "0" <= c <= "9" or "\uff10" <= c <= "\uff19":  # a digit run
            long_runs = long_runs or m.end() - start >= 12
            if start < consumed:
                continue
            if start in seen:
                consumed = max(consumed, seen[start])
                continue
            consumed = process(text, start, m.group(), NUMBER_TABLE, iban.match_at, hits)
        elif m.end() - start > 1 and text[start + 1] in GAP_SPACES:  # a spaced label?
            if SPACED_LABEL.match(text, start) is None:
                continue
            if strict:
                raise SpacedLabel(text[start])
            return scan(readable(text), emails=emails, keywords=keywords)
        elif c in _PREFECTURE_END:
            if start < address_end:
                continue  # 京都府 inside 東京都府中市: the address already read from 東京都
            pref = address.prefecture_ending_at(text, start)
            found = address.match_span(text, pref) if pref is not None else None
            if found is not None:
                hits.append((address.TYPE, found[0]))
                address_end = found[1]
        elif c in email_address.AT_SIGNS:
            value = email_address.at(text, start) if emails else None
            if value is not None:
                hits.append((email_address.TYPE, value))
        elif c in _CITY_END:
            if start < address_end:
                continue  # the city or ward of an address already read from its prefecture
            value = address.city_ending_at(text, start)
            if value is not None:
                hits.append((address.TYPE, value))
        elif c in _DOB_FIRST:
            end = birth_date.label_end(text, start)
            if end is not None:
                value = birth_date.match_after(text, end)
            elif c == "生":  # a date before 日生 / 1990/7/15生 / 生まれ
                at = start - 1 if start and text[start - 1] == "日" else start
                value = birth_date.match_before(text, at)
            else:
                value = None
            if value is not None:
                hits.append((birth_date.TYPE, value))
        elif c in _INVISIBLE_SET:
            if strict:
                raise InvisibleCharacters(hex(ord(c)))
            return scan(readable(text), emails=emails, keywords=keywords)
        else:  # the label of a 7-digit type
            scan_near(text, m.end(), NUMBER_TABLE, iban.match_at, seen, hits)
    if any(word in text for word in birth_date.LOWER_CASE_WORDS):
        # The label in lower case, as prose writes it ("your date of birth is …"): not a
        # candidate (a lower-case d or b as a first character costs the pass over English
        # text several times over), found from the word; capitalised, it was one.
        hits.extend((birth_date.TYPE, v) for v in birth_date.find_lower_case(text))
    if long_runs:
        hits.extend((my_number.TYPE, v) for v in my_number.listed_under_headings(text))
    if keywords is not None:
        hits.extend((KEYWORD, v) for v in keywords.find(text))
    return hits
