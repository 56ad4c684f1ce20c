"""Personal-data detectors: what a message holds, as masked findings per type.

Public API (the rest of the package is detail):

    DETECTOR_TYPES                       the fixed type names (proxy.model), in order
    clear_caches()                       forget remembered results (benchmarks, tests)
    find_all(segments, *, sender_addresses=(), keywords=(), company=None)
                                         -> {type: Finding}
    CompanyDetails, parse_detail         the company's own details (own.py)
    mask(type_, value) -> str            the only form a value may be shown in

Values are normalised (digits only for numbers, E.164 for phones, lower case for
e-mail, ISO dates; an address counts by address.key), so a Finding's count is the
number of distinct values. The sender's
and the company's own details are not findings: values in the signature block of a body
segment (signature.split_signature), equal to a sender address, or in the admin's list of
the company's details (own.py) are dropped everywhere in the message, and so are the
access numbers a conference invitation lists (conference.py).
`encrypted_attachment` is reported by the MIME walker, not here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from proxy.detectors import (
    address,
    bank_account,
    credit_card,
    iban,
    numbers,
    phone,
    romaji_address,
    signature,
)
from proxy.detectors.conference import dial_in_lines, may_list_access_numbers
from proxy.detectors.engine import scan
from proxy.detectors.keyword import TYPE as KEYWORD
from proxy.detectors.keyword import Keywords, compile_keywords
from proxy.detectors.masking import mask
from proxy.detectors.normalize import (
    ReadAgain,
    kanji_digit_numbers,
    readable,
    without_invisible,
)
from proxy.detectors.own import (
    OWN_TYPES,
    CompanyDetails,
    Hit,
    Own,
    normalized_address,
    parse_detail,
)
from proxy.detectors.signature import (
    name_keys,
    own_signature_at_end,
    quoted_own_replies,
    quoted_own_signatures,
    sender_names,
    signature_parts,
    signed_closing,
    split_signature,
    without_header_addresses,
)
from proxy.model import DETECTOR_TYPES, Finding, Segment

_ORDER = {t: k for k, t in enumerate(DETECTOR_TYPES)}  # output order of types
_PHONES = frozenset({phone.JP, phone.INTL})
_DIAL_IN_MIN = 3  # phone hits in a segment before its conference headings are looked for

__all__ = [
    "DETECTOR_TYPES",
    "CompanyDetails",
    "clear_caches",
    "find_all",
    "mask",
    "parse_detail",
    "split_signature",
]


_SIGNATURES: dict[str, tuple[tuple[Hit, ...], tuple[Hit, ...]]] = {}
_SIGNATURES_SIZE = 1024


# A number a line break cut after a dash, and an address before its block number (see
# inspect.linebreaks, whose rendering joins them in the body).
_CUT_LINE = re.compile(
    rf"(?<=[0-9０-９]{numbers.DASH_CLASS})[ \u3000]*\r?\n[ \u3000]*(?=[0-9０-９])"
    rf"|(?<=[\u4e00-\u9fff\u30a0-\u30ff])[ \u3000]*\r?\n[ \u3000]*(?={numbers.BLOCK_NUMBER_START})"
)


def _signature_values(signature: str) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """(the sender's own values, other findings) in a signature block; remembered, as
    senders repeat theirs."""
    values = _SIGNATURES.get(signature)
    if values is None:
        if len(_SIGNATURES) >= _SIGNATURES_SIZE:
            _SIGNATURES.clear()
        hits = scan(signature)
        joined = _CUT_LINE.sub("", signature)
        if joined != signature:
            # "TEL 03-6453-" over "2385": the body's joined rendering (inspect.linebreaks)
            # reads it whole, and it is the sender's there too.
            hits += [h for h in scan(joined) if h[0] in OWN_TYPES]
        if romaji_address.HINT.search(signature) is not None:
            hits += romaji_address.find(signature)  # an English office address
        # The company's ゆうちょ account for payments (記号 14170 番号 28391541).
        hits += [(bank_account.TYPE, v) for v in bank_account.find_yucho(signature)]
        hits += [(bank_account.TYPE, v) for v in bank_account.find_english(signature)]
        values = _SIGNATURES[signature] = (
            tuple(h for h in hits if h[0] in OWN_TYPES),
            tuple(h for h in hits if h[0] not in OWN_TYPES),
        )
    return values


def clear_caches() -> None:
    """Forget every remembered result (signature blocks, number runs, label cells, phone
    numbers, IBANs, address keys), as a fresh process would start: for benchmarks that must not time
    a warm cache, and for tests. Compiled patterns are kept."""
    _SIGNATURES.clear()
    numbers.clear_caches()
    signature.clear_caches()
    phone.clear_caches()
    iban.clear_caches()
    address.key.cache_clear()


class _SenderNames:
    """The sender's name keys, made when first asked for: the From header's display
    names and the names a body's quoted headers give the sender's addresses."""

    def __init__(self, display_names: Iterable[str], body: str, addresses: set[str]) -> None:
        self._display_names = display_names
        self._body = body
        self._addresses = addresses
        self._keys: set[str] | None = None

    def __call__(self) -> set[str]:
        if self._keys is None:
            keys: set[str] = set()
            for name in self._display_names:
                keys |= name_keys(name)
            self._keys = keys | sender_names(self._body, self._addresses)
        return self._keys

    def parts(self) -> set[str]:
        """These keys, and those of each part of a display name that joins a person's
        name with a team or a title ("Support Operations - Kenji Arai", "Ken Ono (Sales
        Manager)")."""
        keys = set(self())
        for name in self._display_names:
            for part in _NAME_PARTS.split(name):
                keys |= name_keys(part)
        return keys


# Not at a comma: "Ono, Ken" (Outlook's "Last, First") is one name, and a surname alone
# names nobody in particular.
_NAME_PARTS = re.compile(r"\s+[-–—|/]\s+|[()（）\[\]【】「」／｜]")


class _Reading:
    """What find_all reads in one segment: the sender's own values it finds there and its
    (location, hits) entries, given back rather than applied, so that a segment read again
    (as normalize.readable gives it) leaves nothing of its first reading behind."""

    def __init__(
        self, compiled: Keywords | None, senders: list[str], display_names: Iterable[str]
    ) -> None:
        self.compiled = compiled
        self.senders = senders
        self.display_names = display_names

    def segment(
        self, segment: Segment, text: str, *, strict: bool = True
    ) -> tuple[list[Iterable[Hit]], list[tuple[str, list[Hit]]]]:
        compiled, senders = self.compiled, self.senders
        owned: list[Iterable[Hit]] = []
        found: list[tuple[str, list[Hit]]] = []
        location = segment.location
        if segment.kind == "body" and not segment.rendering:
            body = text
            text, block, closing = signature_parts(body)
            if block:
                sender_own, others = _signature_values(block)
                owned.append(sender_own)
                if others:
                    found.append((location, list(others)))
                if compiled is not None:
                    # (The block is not read by the strict scan below: "社\u200b外秘" in it.)
                    words = compiled.find(without_invisible(block))
                    found.append((location, [(KEYWORD, v) for v in words]))
            if closing:
                # A notice or company line under the signature: still text (read below),
                # its contact details the company's own.
                owned.append(_signature_values(closing)[0])
            quoted_from = "From" in body or "差出人" in body or "送信者" in body
            quoted_reply = "\n>" in body or "\n＞" in body
            if quoted_from or quoted_reply or "wrote" in body or "書きました" in body:
                text = without_header_addresses(text)
            addresses = {a for a in (normalized_address(s) for s in senders) if a}
            names_of = _SenderNames(self.display_names, body, addresses)
            if not block:  # "Best regards," over the sender's name, company and number
                signed = signed_closing(body, names_of.parts)
                if signed:
                    owned.append(_signature_values(signed)[0])
            if quoted_from or quoted_reply:
                if quoted_from:
                    for quoted in quoted_own_signatures(body, addresses, names_of):
                        owned.append(_signature_values(quoted)[0])
                    if not block:  # signed at the very end, below a forwarded mail
                        at_end = own_signature_at_end(body, addresses, names_of)
                        if at_end:
                            owned.append(_signature_values(at_end)[0])
                if quoted_reply:
                    for quoted in quoted_own_replies(body, addresses, names_of):
                        owned.append(_signature_values(quoted)[0])
        # Strict the first time: what makes the text read wrong (normalize.ReadAgain)
        # makes find_all read all of it again, signature and all, as readable gives it.
        hits = scan(text, emails=segment.kind != "header", keywords=compiled, strict=strict)
        if segment.kind == "body" and "\n" in text:
            hits.extend((credit_card.TYPE, v) for v in credit_card.find_wrapped(text))
        accounts = bank_account.find_yucho(text)  # 記号 14170 番号 28391541
        accounts += bank_account.find_english(text)  # Ordinary 2749306
        if accounts:
            hits.extend((bank_account.TYPE, v) for v in accounts)
        if romaji_address.HINT.search(text) is not None:
            hits.extend(romaji_address.find(text))  # "3-20-11 Tamagawa, Setagaya-ku, Tokyo"
        phones = sum(1 for h in hits if h[0] in _PHONES)
        if phones >= _DIAL_IN_MIN or (phones and may_list_access_numbers(text)):
            # A conference invitation's access numbers (looked for only where numbers
            # are many enough to matter, or a heading's word is there: the heading
            # search costs 7 % of find_all).
            for line in dial_in_lines(text):
                owned.append([h for h in scan(line) if h[0] in _PHONES])
        found.append((location, hits))
        return owned, found


def _merge_cut_addresses(finding: Finding) -> None:
    """One address read whole and read cut short is one address: "東京都大田区蒲田5丁目"
    (a form's line, its 28-6 on the next) and "東京都大田区蒲田5丁目28-6" (the two lines
    joined, inspect.linebreaks), "…高砂2" (cut after its dash) and "…高砂2-8-14". A value
    that ends at its 丁目 or a digit and whose key, with a dash, starts another's is
    taken into that one (its locations too). Not a lot's number: 1689番地 and
    1689番地の5 are two plots, two households."""
    keys = sorted((address.key(v), v) for v in finding.values)
    names = [k for k, _ in keys]
    cut: list[tuple[str, str]] = []
    for key, value in keys:
        if not (value.endswith("丁目") or value[-1:].isdigit()):
            continue
        k = bisect.bisect_left(names, key + "-")
        if k < len(names) and names[k].startswith(key + "-"):
            cut.append((value, keys[k][1]))
    if not cut:
        return
    for value, whole in cut:
        finding.values[whole] |= finding.values.pop(value)
    finding.samples_masked[:] = [mask(finding.type, v) for v in finding.values]


def find_all(
    segments: Sequence[Segment],
    *,
    sender_addresses: Iterable[str] = (),
    keywords: Sequence[str] = (),
    company: CompanyDetails | None = None,
    sender_display_names: Iterable[str] = (),
) -> dict[str, Finding]:
    """One Finding per type that has hits, in DETECTOR_TYPES order. Never raises on text.

    Segment kinds: "header" (subject and other headers: no e-mail addresses, since
    headers are full of them), "body" (its signature block gives the sender's own
    details), "attachment". `sender_display_names`: the From header's display name;
    a quoted mail whose From line is the sender (by address, or by that name or one the
    quoted headers give the sender's address) has the sender's own signature too.
    """
    compiled = compile_keywords(keywords) if keywords else None
    senders = list(sender_addresses)
    own = Own(company, senders)
    found: list[tuple[str, list[tuple[str, str]]]] = []  # (location, its (type, value) hits)
    context = _Reading(compiled, senders, sender_display_names)
    for segment in segments:
        text = kanji_digit_numbers(segment.text)  # "〇九〇―四二七一―八八三六" (letters)
        try:
            owned, entries = context.segment(segment, text)
        except ReadAgain:  # "090\u200b-1234-5678", "生　年　月　日": read as readable gives it
            text = kanji_digit_numbers(readable(segment.text))
            owned, entries = context.segment(segment, text, strict=False)
        for values in owned:
            own.update(values)
        found.extend(entries)

    by_type: dict[str, Finding] = {}
    exact, loose = own.values, own.loose_types
    # One address written two ways (新木場1-18-7, 新木場一丁目18番7) is one value: counted
    # by address.key, shown as first written.
    address_as: dict[str, str] = {}
    for location, hits in found:
        for hit in hits:
            if hit in exact or (hit[0] in loose and own.matches(hit)):
                continue
            type_, value = hit
            if type_ == address.TYPE:
                value = address_as.setdefault(address.key(value), value)
            finding = by_type.get(type_)
            if finding is None:
                finding = by_type[type_] = Finding(type_)
            seen = finding.values.get(value)
            if seen is None:
                # Finding.add, inlined (its own look-up would repeat the one above): this
                # runs for every distinct value, 35,000 in a 10,000-row customer list.
                finding.values[value] = {location}
                finding.samples_masked.append(mask(type_, value))
            else:
                seen.add(location)
    found_addresses = by_type.get(address.TYPE)
    if found_addresses is not None and len(found_addresses.values) > 1:
        _merge_cut_addresses(found_addresses)
    if len(by_type) < 2:  # nothing to order (every type scan reports is a DETECTOR_TYPE)
        return by_type
    return {t: by_type[t] for t in sorted(by_type, key=_ORDER.__getitem__)}
