"""Personal data in the names a message's findings are shown with.

A finding's location names the part it came from: "attachment:" and the file's path.
File names are the sender's words, and people put data in them: マイナンバー_中島涼_
482177305515.png, 口座_1234567.pdf, yamada@example.com.vcf. A value the detectors find
is shown masked ("********5515"), so the name that carries it must not show it whole
beside it: not in `check --json`, the audit trail, the notes on what could not be read
("attachment:…zip: encrypted"), or the subject that alerts, pages and the queue show.

`NameRedactor` masks, in such a name, every value of the message's findings written
there (with other separators or full-width digits too), and, as the alerts already do
(`redact_numbers`), every run of nine or more digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from proxy.detectors import address, birth_date
from proxy.detectors.masking import KEYWORD, visible_chars
from proxy.model import Finding

_DIGIT = "0-9\uff10-\uff19"
_SEP = r" \-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\u30fc.\uff0e"
# A run of digits, possibly split by spaces, hyphens or dots (full-width too).
_NUMBER = re.compile(rf"[{_DIGIT}](?:[{_DIGIT}]|[{_SEP}](?=[{_DIGIT}]))+")
# Fewer digits than this is a date, an order or invoice number: left as it is. Card
# numbers, My Numbers, phone and account numbers are longer.
MIN_REDACTED_DIGITS = 9
KEEP_DIGITS = 4


def redact_numbers(text: str) -> str:
    """Long digit runs masked but for the last four digits: "4111 1111 1111 1111" →
    "**** **** **** 1111". For text we echo back that the detectors' findings don't
    cover as such: subjects and file names in alerts, and the names below."""

    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        digits = sum(1 for c in run if unicodedata.category(c) == "Nd")
        if digits < MIN_REDACTED_DIGITS:
            return run
        return _mask_digits(run, 0, len(run), digits - KEEP_DIGITS)

    return _NUMBER.sub(repl, text)


def _mask_digits(text: str, start: int, end: int, hidden: int) -> str:
    """text[start:end] with its first `hidden` digits as '*', separators kept."""
    out: list[str] = []
    for c in text[start:end]:
        if hidden > 0 and unicodedata.category(c) == "Nd":
            out.append("*")
            hidden -= 1
        else:
            out.append(c)
    return "".join(out)


# One character for one: full-width ASCII forms and upper case folded, so offsets in the
# folded name are offsets in the name.
_FOLD = str.maketrans(
    {
        **{chr(0xFF01 + i): chr(0x21 + i).lower() for i in range(0x5E)},
        **{chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc", "-"),
        "\u3000": " ",
        "\u00a0": " ",
    }
)
# Digits of one number in a file name: what people put between groups, '_' and
# brackets included (03(1234)5678, 4821_7730_5515).
_RUN = re.compile(r"[0-9](?:[0-9]|[ \-\u2010-\u2015\u2212\u30fc._()]+(?=[0-9]))*")
_GROUP = re.compile(r"[0-9]+")
MIN_VALUE_DIGITS = 5  # a year or a 4-digit room number is not looked for
_MAX_GROUPS = 6  # groups one value may span (a card in 4s: 4; a My Number in 4s: 3)


_TOKEN = re.compile(r"[0-9a-z]{5,}")  # a passport, residence card or IBAN: as one word
_SPLIT_TOKEN = re.compile(r"[a-z]{1,2}[-_ ][0-9]{6,9}")  # TK-1234567
# Whole runs only (the look-behind): a run tried from each of its characters would make a
# long "aaaa…@" subject quadratic.
_EMAIL = re.compile(r"(?<![0-9a-z._%+-])[0-9a-z._%+-]+@[0-9a-z-]+(?:\.[0-9a-z-]+)+")
_LOCAL_MAX = 64  # RFC 5321 §4.5.3.1.1: the local part is at most 64 octets
_GLUED_ID = re.compile(r"[a-z]{1,2}[0-9]{6,9}$")  # "passporttk1234567": its end
_PLACE_CHARS = frozenset("都道府県市区町村")
_MIN_TAIL = 6  # characters of an address without its prefecture looked for (港区芝5-1)


class NameRedactor:
    """Masks the message's found values, and long digit runs, in names (see above).

    The name's own candidates (its digit groups, words, e-mail addresses) are looked up
    in the findings' values, as the detectors normalise them (digits, +81… for phones,
    ISO dates, lower-case e-mail): a 10,000-row list's 35,000 values are not walked for
    each name."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self._values = [
            f.values for f in findings if f.type not in (KEYWORD, "encrypted_attachment")
        ]  # the admin's own words; file names themselves
        self._addresses = [f.values for f in findings if f.type == address.TYPE]
        self._address_keys: set[str] | None = None  # address.key of each, when needed
        # Each address without its prefecture, by its first two characters: a name may
        # give "佐倉市ユーカリが丘4-1-1", which the detector reads only after 千葉県.
        self._address_tails: dict[str, list[str]] | None = None
        self._births = [f.values for f in findings if f.type == birth_date.TYPE]

    def _found(self, *forms: str) -> bool:
        return any(form in values for values in self._values for form in forms)

    def _digits_found(self, digits: str) -> bool:
        forms = [digits, "+" + digits]
        if digits[0] == "0":
            forms.append("+81" + digits[1:])  # a Japanese phone, as E.164
        if len(digits) == 8:
            forms.append(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}")  # a date, as ISO
        return self._found(*forms)

    def __call__(self, name: str) -> str:
        folded = name.translate(_FOLD)
        hidden: list[tuple[int, int, int]] = []  # (start, end, digits hidden)
        for run in _NUMBER.finditer(folded):  # as alerts mask: nine digits or more
            total = sum(1 for c in run.group() if "0" <= c <= "9")
            if total >= MIN_REDACTED_DIGITS:
                hidden.append((run.start(), run.end(), total - KEEP_DIGITS))
        for run in _RUN.finditer(folded) if self._values else ():
            groups = [(m.start(), m.end()) for m in _GROUP.finditer(run.group())]
            total = sum(e - s for s, e in groups)
            base = run.start()
            if total < MIN_VALUE_DIGITS:
                continue
            for i in range(len(groups)):
                for j in range(i, min(len(groups), i + _MAX_GROUPS)):
                    digits = "".join(run.group()[s:e] for s, e in groups[i : j + 1])
                    if len(digits) >= MIN_VALUE_DIGITS and self._digits_found(digits):
                        start, end = base + groups[i][0], base + groups[j][1]
                        hidden.append((start, end, len(digits) - visible_chars(len(digits))))
        if self._values:
            for m in _TOKEN.finditer(folded):
                if self._found(m.group(), m.group().upper()):
                    hidden.append(_literal(m.start(), m.end()))
                elif (glued := _GLUED_ID.search(m.group())) is not None and self._found(
                    glued.group().upper()
                ):
                    hidden.append(_literal(m.start() + glued.start(), m.end()))
            for m in _SPLIT_TOKEN.finditer(folded):
                if self._found(re.sub("[-_ ]", "", m.group()).upper()):
                    hidden.append(_literal(m.start(), m.end()))
            if "@" in folded:
                for m in _EMAIL.finditer(folded):
                    hidden.extend(self._email(m))
            if self._addresses and not _PLACE_CHARS.isdisjoint(folded):
                # Read by the detector (spaces, any dash), compared by address.key.
                if self._address_keys is None:
                    self._address_keys = {address.key(v) for vs in self._addresses for v in vs}
                for value, start, end in address.find_spans(folded):
                    if address.key(value) in self._address_keys:
                        hidden.append(_literal(start, end))
                hidden.extend(self._address_tails_in(folded))
            if self._births:
                hidden.extend(self._birth_dates(name, folded))
        if not hidden:
            return name
        return _apply(name, hidden)

    def _address_tails_in(self, folded: str) -> list[tuple[int, int, int]]:
        if self._address_tails is None:
            self._address_tails = {}
            for values in self._addresses:
                for value in values:
                    pref = address.PREFECTURE.match(value)
                    tail = value[pref.end() :] if pref is not None else value
                    if len(tail) >= _MIN_TAIL:
                        self._address_tails.setdefault(tail[:2], []).append(tail)
        spans = []
        for i in range(len(folded) - 1):
            for tail in self._address_tails.get(folded[i : i + 2], ()):
                if folded.startswith(tail, i):
                    spans.append(_literal(i, i + len(tail)))
        return spans

    def _email(self, m: re.Match[str]) -> list[tuple[int, int, int]]:
        """The found address in an e-mail-like run of a name: it may start after a word
        glued to it by '.', '-', '_' or '+' ("名刺.taro@…") and end before one of the
        domain's dots ("taro@example.jp.vcf")."""
        run = m.group()
        at = run.index("@")
        starts = [0] + [k + 1 for k in range(at) if run[k] in "._+-"]
        ends = [len(run)] + [k for k in range(len(run) - 1, at, -1) if run[k] == "."]
        for start in starts:
            if at - start > _LOCAL_MAX or start == at:
                continue
            for end in ends:
                if self._found(run[start:end]):
                    return [_literal(m.start() + start, m.start() + end)]
        return []

    def _birth_dates(self, name: str, folded: str) -> list[tuple[int, int, int]]:
        """Spans of found dates of birth in `name`, however written (1985/5/8, 昭和60年5月8日);
        a date in kanji numerals is found in the name turned into digits, whose offsets
        are not the name's: every numeral of the name is hidden then."""
        if not any(c.isdigit() for c in folded) and "年" not in folded:
            return []
        spans = []
        for m in birth_date.DATE.finditer(folded):
            if any(birth_date.iso_of(m) in values for values in self._births):
                spans.append(_literal(m.start(), m.end()))
        if not spans and "年" in folded:
            digits = birth_date.digits_for_kanji(folded)
            if digits != folded and any(
                birth_date.iso_of(m) in values
                for m in birth_date.DATE.finditer(digits)
                for values in self._births
            ):
                spans = [(k, k + 1, -1) for k, c in enumerate(name) if c in _NUMERALS]
        return spans


_NUMERALS = frozenset("〇一二三四五六七八九十0123456789０１２３４５６７８９")


def _literal(start: int, end: int) -> tuple[int, int, int]:
    """A word's span, all but its last characters (masking.visible_chars) hidden."""
    n = end - start
    return (start, end, -(n - visible_chars(n)))


def _apply(name: str, hidden: list[tuple[int, int, int]]) -> str:
    """`name` with each span masked: a positive count hides that many digits (separators
    kept), a negative one that many characters from the span's start."""
    chars = list(name)
    for start, end, n in hidden:
        if n >= 0:
            chars[start:end] = list(_mask_digits(name, start, end, n))
        else:
            for k in range(start, min(end, start - n)):
                chars[k] = "*"
    return "".join(chars)


def redact_findings(findings: dict[str, Finding]) -> NameRedactor:
    """Mask personal data in the findings' locations and in encrypted_attachment's
    samples (file names), in place; returns the redactor, for the other names the
    message is shown by (its subject, the incomplete notes)."""
    redact = NameRedactor(findings.values())
    names = {loc for f in findings.values() for locs in f.values.values() for loc in locs}
    encrypted = findings.get("encrypted_attachment")
    if encrypted is not None:
        names.update(encrypted.samples_masked)
    # A 10,000-row list has 35,000 values in one or two locations: each name once.
    shown = {name: redact(name) for name in names}
    changed = {name for name, to in shown.items() if name != to}
    if changed:
        for finding in findings.values():
            values = finding.values
            for value, locations in values.items():
                if not changed.isdisjoint(locations):
                    values[value] = {shown[loc] for loc in locations}
        if encrypted is not None:
            encrypted.samples_masked[:] = [shown[s] for s in encrypted.samples_masked]
    return redact
