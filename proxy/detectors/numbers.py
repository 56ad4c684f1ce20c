"""Number candidates, and the windows that validators see.

A *run* is a stretch of digits (ASCII or full-width) joined by the separators people
type between digit groups: spaces, every dash, parentheses, dots. A run is split into
its digit groups; validators are offered *windows*: consecutive groups whose digit count
one of them accepts, longest first from the left, so a matched card or phone number
consumes its groups and a window never straddles two numbers
("4111 1111 1111 1111 5555 5555 5555 4444" is two cards, not a 4-4-4 My Number).
A window is only cut out of a longer run at a separator containing white space:
"1234-4111-1111-1111-1111" is one 20-digit code, not a card inside something longer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from proxy.detectors.labels import cell_before
from proxy.detectors.normalize import (
    NEEDS_NFKC,
    NEEDS_NFKC_CHARS,
    nfkc,
    nfkc_casefold,
    nfkc_label,
)

DIGITS = "0-9\uff10-\uff19"
# Hyphen-minus, ‐ ‑ ‒ – — ―, −, ー (chōonpu, often typed as a dash), ｰ, －, ﹣.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\uff0d\ufe63"
# Space, ideographic space, and the no-break spaces HTML mail carries between digit
# groups (&nbsp; U+00A0; U+202F narrow, U+2007 figure, U+2009 thin space).
SPACES = " \u3000\u00a0\u202f\u2007\u2009"
SEPARATORS = SPACES + DASHES + "()\uff08\uff09.\uff0e"
SEP_CLASS = "[" + re.escape(SEPARATORS) + "]"
DASH_CLASS = "[" + re.escape(DASHES) + "]"
# The start of an address's block number (3丁目, 2番地, 2-8): the line an address was cut
# before starts so (inspect.linebreaks joins such lines; find_all's signature reading too).
BLOCK_NUMBER_START = f"[0-9０-９一二三四五六七八九十]{{1,3}}(?:丁目|番地?|{DASH_CLASS}[0-9０-９])"
D = f"[{DIGITS}]"
# After the first digit is consumed: not preceded by a digit, so the digits inside a
# number fail at once instead of each starting a longer attempt.
GROUP_START = f"(?<![{DIGITS}][{DIGITS}])"
# `RUN` (7+ digits) is what single-type searches and label look-ups use.
RUN_TAIL = rf"(?:{SEP_CLASS}{{0,3}}{D}){{6,}}"
# The whole-text pass wants 9+ digits (cards, phones, My Number, SSN …), and the 7-8
# digits after two capital letters (passport, residence card; "GB29 NWBK…" IBAN check
# digits too). 7-digit types (bank account, postal code) are reached from their labels:
# 7-digit numbers are everywhere in tables (amounts, codes).
# Possessive: separators and digits never overlap, so giving nothing back changes no
# match, and a short digit run (a date, a price) fails without backtracking.
LONG_RUN_TAIL = rf"(?:(?:{SEP_CLASS}{{0,3}}+{D}){{8,}}+|(?<=[A-Z][A-Z].){D}(?:{D}{{5,6}})?)"
RUN = re.compile(rf"{D}{GROUP_START}(?:{RUN_TAIL}|(?<=[A-Z][A-Z].){D})")
LONG_RUN = re.compile(rf"{D}{GROUP_START}{LONG_RUN_TAIL}")

_SPLIT = re.compile(r"([^0-9]+)")
MIN_DIGITS = 7
MAX_DIGITS = 19
MAX_GROUPS = 6
REACH = 36  # label window (labels.WINDOW) plus the two letters of a passport number
_MAX_RUN_CHARS = 80
_PLUS = "+\uff0b"


@dataclass(slots=True)
class Window:
    """Consecutive digit groups of one run, offered to validators."""

    text: str  # the whole text, for label look-ups (not normalised)
    start: int
    end: int
    raw: str  # text[start:end], normalised (NFKC)
    digits: str
    groups: tuple[int, ...]  # digits per group
    seps: tuple[str, ...]  # separators between the groups (normalised)
    plus: bool  # written in international form: '+' right before the first group
    _cell: str | None = None
    _key: bytes | None = None

    def cell(self) -> str:
        """This window's cell before it (labels.cell_before), NFKC where it matters."""
        if self._cell is None:
            self._cell = nfkc_label(cell_before(self.text, self.start))
        return self._cell

    def label_key(self) -> bytes:
        """The cell with its ASCII digits as '0' (UTF-8): see label_key."""
        if self._key is None:
            self._key = label_key(self._cell if self._cell is not None else self.cell())
        return self._key

    def has_label(self, label: re.Pattern[str]) -> bool:
        """`label` occurs in this window's cell before it (labels.cell_before, NFKC)."""
        if digit_free(label):
            lk = self._key if self._key is not None else self.label_key()
        else:  # a pattern that reads digits: keyed by the cell as it is
            lk = self.cell().encode("utf-8", "surrogatepass")
        key = (label.pattern, label.flags, lk)  # hashing a Pattern hashes its code
        found = _LABELLED.get(key)
        if found is None:
            if len(_LABELLED) >= _LABELLED_SIZE:
                _LABELLED.clear()
            found = _LABELLED[key] = label.search(self.cell()) is not None
        return found


# Label patterns (has_label's, phone.country_in's) hold no digit and no class that tells
# one ASCII digit from another (\b, \w, \s and literals only), so their answer for a cell
# is the same with every ASCII digit written as '0'. Cells of number-dense text differ
# only in their digits ("Tel 090-1500-1390 Card " before the card of each line of a
# PDF): keyed this way they repeat, and each label is searched once, not once a line.
# UTF-8 (surrogatepass: a one-to-one encoding of any str) because bytes.translate costs
# a fraction of str.translate; no byte of a multi-byte character is an ASCII digit.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def label_key(cell: str) -> bytes:
    """`cell` with its ASCII digits as '0', UTF-8 encoded: label answers depend on this only."""
    return cell.encode("utf-8", "surrogatepass").translate(_DIGITS_AS_ZERO)


_DIGIT_FREE: dict[tuple[str, int], bool] = {}
# What could tell one digit from another in a pattern: a digit (quantifier bounds
# removed first), an escape that names digits or a code point, a range in a class.
_QUANTIFIER_BOUNDS = re.compile(r"(?<!\\)\{\d+(?:,\d*)?\}")  # not an escaped "\{"
# ... or a back-reference by name (a group that matched a digit must match it again).
_DIGIT_SENSITIVE = re.compile(r"[0-9０-９]|\\[dDx0-9uUN]|\[[^\]]*-|\(\?P=")


def digit_free(label: re.Pattern[str]) -> bool:
    """True when `label`'s answer cannot depend on which ASCII digits a text holds, so
    label_key may stand for the cell (checked once per pattern, at its first use: a
    label pattern added later that reads digits is keyed by its cell as it is)."""
    key = (label.pattern, label.flags)
    free = _DIGIT_FREE.get(key)
    if free is None:
        source = _QUANTIFIER_BOUNDS.sub("", label.pattern)
        free = _DIGIT_FREE[key] = _DIGIT_SENSITIVE.search(source) is None
    return free


# Label cells repeat ("TEL：", "携帯番号：", "口座番号 "): has_label's answers are remembered.
_LABELLED: dict[tuple[str, int, bytes], bool] = {}
_LABELLED_SIZE = 4096


Matcher = Callable[[Window], "str | None"]
Entries = tuple[tuple[str, Matcher], ...]
# A window to try: (its last group, its start and end in the run, validators).
PlannedWindow = tuple[int, int, int, Entries]
# Per window start (a group after white space), its windows, longest first.
Plan = tuple[tuple[int, tuple[PlannedWindow, ...]], ...]
_PLANS_SIZE = 512


class Table(dict[int, Entries]):
    """Validators by digit count. Also remembers, per shape of a run with white space
    (digits per group, separators), the windows worth offering (see scan_run).
    `boxed`: the validators (those that need a label) also offered a run of single
    digits, one to a box (_is_boxed), as one number (_plan). By validator, not by type:
    jp_phone's own (match_jp) takes no boxes, its label-gated match_jp_boxed does."""

    __slots__ = ("boxed", "plans")

    def __init__(self, *args: object, boxed: frozenset[Matcher] = frozenset()) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.boxed = boxed
        self.plans: dict[tuple[tuple[int, ...], tuple[str, ...]], Plan] = {}


# Validators by digit count, each with its gate: 0 when it needs no label, else its own
# bit (NumberTable.enabled_mask tells which gates a run's context opens).
GatedEntries = tuple[tuple[str, Matcher, int], ...]


# Called with the position of two capital letters before a digit run; returns
# (type, value, end) when a run-level value (an IBAN) starts there.
RunHook = Callable[[str, int], "tuple[str, str, int] | None"]
Hits = list[tuple[str, str]]
# (type, digit counts, validator) or (type, digit counts, validator, trigger words).
Entry = tuple[str, Iterable[int], Matcher] | tuple[str, Iterable[int], Matcher, Iterable[str]]


def _by_length(
    entries: Sequence[tuple[str, frozenset[int], Matcher]],
    boxed: frozenset[Matcher] = frozenset(),
) -> Table:
    table: dict[int, list[tuple[str, Matcher]]] = {}
    for type_, lengths, matcher in entries:
        for n in sorted(lengths):
            table.setdefault(n, []).append((type_, matcher))
    return Table({n: tuple(v) for n, v in table.items()}, boxed=boxed)


def _literals_pattern(words: Iterable[str]) -> str:
    """Alternation of literal words grouped by first character, longest first: each
    branch starts with a literal (sre skips to those characters at C speed) and a
    failing attempt tests one branch per first character, not one per word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        re.escape(first) + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
        for first, rests in by_first.items()
    )


# Characters re.IGNORECASE folds to ASCII letters (ſ, K, İ, ı), which str.lower() does not.
_ODD_CASE_CHARS = "\u0130\u0131\u017f\u212a"
_ODD_CASE = re.compile(f"[{_ODD_CASE_CHARS}]")
# Either those or what NEEDS_NFKC looks for: one search tells whether to look closer.
_SPECIAL = re.compile(f"[{_ODD_CASE_CHARS}{NEEDS_NFKC_CHARS}]")
_SERIALS = itertools.count()


class NumberTable:
    """Validators by digit count, in the priority order given (first match wins).

    Most validators need a label: without 個人番号 / マイナンバー / "my number" near it a
    12-digit number is no My Number. Such a validator is declared with its *trigger
    words*: words (NFKC, case-folded) of which every label it accepts contains one. A
    run is offered only to the validators whose trigger occurs in the REACH characters
    before it (NFKC where labels are, lower-cased), which hold every label any of its
    windows can see. One search of those few characters per run, and usually no window
    is built at all for the 7- and 8-digit types. A validator skipped this way could
    not have matched, so what is found does not change.

    For a run without white space (one window) the search is made only when a gated
    validator is about to be offered it (`gated`, enabled_mask): a mobile number is
    taken by the ungated jp_phone and a 17-digit order number is only offered to
    credit_card, before any gate is reached. A run with white space is planned for
    the table for_run picks, so its search comes first.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.serial = next(_SERIALS)  # in _MEMO entries (an id could be reused)
        plain: list[tuple[str, frozenset[int], Matcher]] = []
        needs: list[tuple[int, frozenset[str]]] = []  # entry index -> its triggers
        for k, entry in enumerate(entries):
            plain.append((entry[0], frozenset(entry[1]), entry[2]))
            if len(entry) > 3:
                forms = {f for w in entry[3] for f in (w.lower(), nfkc_casefold(w))}  # type: ignore[misc]
                needs.append((k, frozenset(forms)))
        self._entries = tuple(plain)
        self._gated = frozenset(k for k, _ in needs)
        self._boxed = frozenset(plain[k][2] for k in self._gated)
        self.full: Table = _by_length(plain, self._boxed)
        self._all_gates = sum(1 << k for k in self._gated)
        self._bare: Table = _by_length([e for k, e in enumerate(plain) if k not in self._gated])
        # Every validator with its gate bit (1 << its index when it has triggers).
        by_n: dict[int, list[tuple[str, Matcher, int]]] = {}
        for k, (type_, lengths, matcher) in enumerate(plain):
            gate = 1 << k if k in self._gated else 0
            for n in sorted(lengths):
                by_n.setdefault(n, []).append((type_, matcher, gate))
        self.gated: dict[int, GatedEntries] = {n: tuple(v) for n, v in by_n.items()}
        words = {w for _, ws in needs for w in ws}
        # A word found enables every validator whose trigger it contains (finditer does
        # not report "番号" inside "個人番号").
        self._enables: dict[str, int] = {
            word: sum(1 << k for k, ws in needs if any(t in word for t in ws)) for word in words
        }
        self._triggers = re.compile(_literals_pattern(words)) if words else None
        self._subtables: dict[int, Table] = {0: self._bare}
        self._by_found: dict[tuple[str, ...], int] = {}

    def enabled_mask(self, before: str) -> int:
        """The gates (bits, see `gated`) opened by `before`, a run's REACH characters."""
        triggers = self._triggers
        if triggers is None:
            return self._all_gates
        if not before.isascii() and _SPECIAL.search(before) is not None:
            if NEEDS_NFKC.search(before) is not None:
                before = nfkc(before)
            if _ODD_CASE.search(before) is not None:
                return self._all_gates
        found = triggers.findall(before.lower())
        if not found:
            return 0
        key = tuple(found)
        mask = self._by_found.get(key)
        if mask is None:
            mask = 0
            for word in found:
                mask |= self._enables[word]
            if len(self._by_found) < 4096:
                self._by_found[key] = mask
        return mask

    def for_run(self, before: str) -> Table:
        """The validators that may match a run after `before` (its REACH characters)."""
        mask = self.enabled_mask(before)
        if mask == self._all_gates:
            return self.full
        table = self._subtables.get(mask)
        if table is None:
            table = _by_length(
                [e for k, e in enumerate(self._entries) if k not in self._gated or mask >> k & 1],
                self._boxed,
            )
            self._subtables[mask] = table
        return table


def build_table(entries: Iterable[Entry]) -> NumberTable:
    """Validators by digit count, in the priority order given (first match wins); see
    NumberTable for the optional trigger words."""
    return NumberTable(entries)


def _plus_before(text: str, start: int) -> bool:
    if start == 0:
        return False
    c = text[start - 1]
    return c in _PLUS or (c in " (" and start > 1 and text[start - 2] in _PLUS)


def _try(w: Window, entries: tuple[tuple[str, Matcher], ...], hits: Hits) -> bool:
    for type_, matcher in entries:
        value = matcher(w)
        if value is not None:
            hits.append((type_, value))
            return True
    return False


def _normalized(run: str) -> str | None:
    """The run as validators see it (NFKC), or None when NFKC is not a 1:1 fold of it."""
    if run.isascii():
        return run
    norm = nfkc(run)
    return norm if len(norm) == len(run) else None  # else offsets would be wrong


def _whole(run: str) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """Digits, digits per group and separators of a (normalised) run."""
    if run.isascii() and "--" not in run and (digits := run.replace("-", "")).isdigit():
        groups = run.split("-")  # 090-1234-5678: str.split, no regex
        return digits, tuple(map(len, groups)), ("-",) * (len(groups) - 1)
    parts = _SPLIT.split(run)
    groups = parts[0::2]
    return "".join(groups), tuple(map(len, groups)), tuple(parts[1::2])


def blank(digits: str) -> bool:
    """One digit throughout: what a blank form writes (0000 0000 0000, 000-0000,
    0000000), no value of any type. Windows so are offered to no validator."""
    return digits.count(digits[0]) == len(digits)


def scan_run(text: str, start: int, run: str, table: Table, hits: Hits) -> None:
    """Offer the windows of the run text[start:start+len(run)] to the validators of
    `table`. The plain form of what `process` does through `_offer` (which looks labels
    up lazily): the property tests compare the two, and gated tables with the full one."""
    norm = _normalized(run)
    if norm is None:
        return
    if " " in norm:
        _scan_spaced(text, start, norm, table, hits)
        return
    # No white space: the whole run is the only window.
    digits, lens, seps = _whole(norm)
    entries = table.get(len(digits))
    if entries and not blank(digits):
        w = Window(
            text, start, start + len(norm), norm, digits, lens, seps, _plus_before(text, start)
        )
        _try(w, entries, hits)


def _offer(text: str, start: int, run: str, table: NumberTable) -> tuple[tuple[str, str], ...]:
    """scan_run for the table that fits the run's context (NumberTable.for_run), found
    lazily for a run without white space: its one window is offered to the validators in
    order, and the trigger search is made only when a gated one comes up (a mobile
    number is taken by jp_phone before any, a 17-digit order number meets none).
    Returns what scan_run would add to its hits."""
    if not run.isascii():  # _normalized, inlined: this runs for every digit run
        norm = nfkc(run)
        if len(norm) != len(run):
            return ()
        run = norm
    lo = start - REACH if start > REACH else 0
    if "(" in run or "（" in run:
        run = _before_open_note(run)
    if " " in run:  # several windows, planned per table: the gates are looked up first
        hits: Hits = []
        _scan_spaced(text, start, run, table.for_run(text[lo:start]), hits)
        return tuple(hits)
    digits, lens, seps = _whole(run)
    entries = table.gated.get(len(digits))
    if not entries or blank(digits):
        return ()
    w = None
    mask = None  # the gates the run's context opens, looked up when first needed
    for type_, matcher, gate in entries:
        if gate:
            if mask is None:
                mask = table.enabled_mask(text[lo:start])
            if not gate & mask:
                continue
        if w is None:
            # _plus_before(text, start), inlined
            c = text[start - 1] if start else ""
            plus = c != "" and (
                c in _PLUS or (c in " (" and start > 1 and text[start - 2] in _PLUS)
            )
            w = Window(text, start, start + len(run), run, digits, lens, seps, plus)
        value = matcher(w)
        if value is not None:
            return ((type_, value),)
    return ()


_NOTE_DIGITS = 4  # "(14時以降)", "(15:00〜22:00)": an hour's digits
_NOT_BRACKETS = SPACES + DASHES + ".\uff0e"  # the separators a number may end before one


def _before_open_note(run: str) -> str:
    """The run up to a bracket it opens and never closes: a note after the number,
    "090-4471-2286(14時以降)", whose digits are no part of it ("03(1234)5678" closes its
    bracket, "(03)1234-5678" opens it before the run)."""
    cut = max(run.rfind("("), run.rfind("（"))
    if cut <= 0 or ")" in run[cut:] or "）" in run[cut:]:
        return run
    after = sum(c.isdigit() for c in run[cut:])
    if after > _NOTE_DIGITS:
        return run  # "090-1111-2222 (03-1234-5678 自宅)": a second number, not a note
    return run[:cut].rstrip(_NOT_BRACKETS)


def _scan_spaced(text: str, start: int, run: str, table: Table, hits: Hits) -> None:
    """scan_run for a (normalised) run with white space: windows planned per shape."""
    parts = _SPLIT.split(run)
    groups = parts[0::2]
    seps = parts[1::2]
    lens = tuple(map(len, groups))
    shape = (lens, tuple(seps))
    plan = table.plans.get(shape)
    if plan is None:
        if len(table.plans) >= _PLANS_SIZE:
            table.plans.clear()
        plan = table.plans[shape] = _plan(lens, shape[1], table)
    done = 0  # groups before this one are in a matched window
    for i, windows in plan:
        if i < done:
            continue
        # The windows from group i all start there: one label cell (Window.cell) for all.
        cell = key = None
        plus = i == 0 and _plus_before(text, start)
        for j, lo, hi, entries in windows:
            digits = "".join(groups[i : j + 1])
            if blank(digits):
                continue
            if j - i < MAX_GROUPS or lens[i] > 1:
                w_lens, w_seps = lens[i : j + 1], shape[1][i:j]
            else:  # digits one to a box (_plan): read as the one group they are
                w_lens, w_seps = (len(digits),), ()
            w = Window(
                text, start + lo, start + hi, run[lo:hi], digits, w_lens, w_seps, plus, cell,
                key,
            )  # fmt: skip
            if _try(w, entries, hits):
                done = j + 1
                break
            cell = w._cell
            key = w._key


def _plan(lens: tuple[int, ...], seps: tuple[str, ...], table: Table) -> Plan:
    """The windows of a run with white space: consecutive groups from one white-space
    separator (or the run's start) to another (or its end), at most MAX_GROUPS groups
    and MAX_DIGITS digits, with a digit count some validator takes; longest first."""
    n = len(lens)
    offsets = [0] * n
    for k in range(n - 1):
        offsets[k + 1] = offsets[k] + lens[k] + len(seps[k])
    soft = [" " in sep for sep in seps] + [True]  # the run's end closes a window too
    plan = []
    if n > MAX_GROUPS and n <= MAX_DIGITS and table.boxed and _is_boxed(lens, seps):
        # Digits written one to a box, as a form prints them and its text copies them
        # ("口座番号：4 4 1 8 2 0 7", "個人番号 1 2 3 4 5 6 7 8 9 0 1 8"): one number for
        # the types that need a label next to it. Not for the others: without a label a
        # row of single digits is a scale, a mark sheet's row or a calendar's.
        entries = tuple(e for e in table.get(n, ()) if e[1] in table.boxed)
        if entries:
            plan.append((0, ((n - 1, 0, offsets[-1] + 1, entries),)))
    for i in range(n):
        if i and not soft[i - 1]:
            continue
        total = 0
        windows: list[PlannedWindow] = []
        # One group more after an international prefix's place (2-4 digits: 00, 010,
        # 0033), which opens its run: France's pairs dialled from Japan are seven ("010 33
        # 1 42 68 53 00"). (Only there: each window more is tried in every long run.)
        reach = MAX_GROUPS + 1 if i == 0 and 2 <= lens[i] <= 4 else MAX_GROUPS
        for j in range(i, min(n, i + reach)):
            total += lens[j]
            if total > MAX_DIGITS:
                break
            if soft[j] and total in table:
                windows.append((j, offsets[i], offsets[j] + lens[j], table[total]))
        if windows:
            plan.append((i, tuple(reversed(windows))))
    return tuple(plan)


def _is_boxed(lens: tuple[int, ...], seps: tuple[str, ...]) -> bool:
    """Single digits, each parted from the next by white space (a box's width) or by a
    dash the form prints between two groups of boxes ("8 1 2 - 0 0 1 1"), or by the
    bracket a phone field prints after its area code ("（ 0 3 ）5 2 4 1 － 0 2 3 1")."""
    return all(k == 1 for k in lens) and all(
        sep.strip(SPACES) in _BOX_SEPARATORS and sep != sep.strip(SPACES) for sep in seps
    )


_BOX_SEPARATORS = frozenset(("", *DASHES, ")", "）", "(", "（"))  # 0 3 （ 5 2 4 1 ） 0 2 3 1


def capitals_before(text: str, start: int) -> bool:
    """Two capital ASCII letters right before `start`, not the tail of a longer word."""
    return (
        start >= 2
        and "A" <= text[start - 1] <= "Z"
        and "A" <= text[start - 2] <= "Z"
        and (start == 2 or not text[start - 3].isalnum())
    )


# What a run yields depends only on the run and the few characters around it (its
# labels, a '+', letters of a passport number, a currency up to five characters after
# it: bank_account), so the result is remembered: signatures
# repeat the same numbers in mail after mail. Per context: (table serial, run length,
# what the run yields).
_MEMO: dict[str, tuple[int, int, tuple[tuple[str, str], ...]]] = {}
_MEMO_SIZE = 8192


def process(
    text: str, start: int, run: str, table: NumberTable, hook: RunHook | None, hits: Hits
) -> int:
    """Handle one run; returns the end of a run-level value (an IBAN), else 0."""
    if hook is not None and start >= 2 and "A" <= text[start - 1] <= "Z":
        if capitals_before(text, start):
            found = hook(text, start - 2)
            if found is not None:
                hits.append((found[0], found[1]))
                return found[2]
    n = len(run)
    if n < MIN_DIGITS:
        return 0
    lo = start - REACH if start > REACH else 0
    # Keyed by the text alone (a str key hashes and compares faster than a tuple, and
    # most runs are new); the table and the run's length are checked on a hit.
    key = text[lo : start + n + 5]
    known = _MEMO.get(key)
    if known is None or known[0] != table.serial or known[1] != n:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        known = _MEMO[key] = (table.serial, n, _offer(text, start, run, table))
    hits.extend(known[2])
    return 0


def scan(text: str, table: NumberTable, hook: RunHook | None = None) -> Hits:
    """(type, value) for every window a validator accepts in `text`, in text order."""
    hits: Hits = []
    consumed = 0
    for m in RUN.finditer(text):
        start = m.start()
        if start >= consumed:
            consumed = process(text, start, m.group(), table, hook, hits)
    return hits


def scan_near(
    text: str,
    pos: int,
    table: NumberTable,
    hook: RunHook | None,
    seen: dict[int, int],
    hits: Hits,
) -> None:
    """Handle the runs starting within REACH characters after a label ending at `pos`.

    Runs are recorded in `seen` (start -> end of a run-level value, or 0) so that a run
    reached from two labels, or later by the whole-text pass, is handled once.
    """
    limit = pos + REACH
    for m in RUN.finditer(text, pos, limit + _MAX_RUN_CHARS):
        start = m.start()
        if start > limit:
            break
        if start not in seen:
            seen[start] = process(text, start, m.group(), table, hook, hits)


def find_values(text: str, table: NumberTable, hook: RunHook | None = None) -> list[str]:
    """The values one detector's table accepts in `text` (single-type searches)."""
    return [value for _, value in scan(text, table, hook)]


def clear_caches() -> None:
    _MEMO.clear()
    _LABELLED.clear()
