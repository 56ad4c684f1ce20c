"""Compiled conditions: small objects tested against one message.

Everything costly (regexes, lists, globs) is prepared once when the rules load; a test
only reads counts the Context computes once per message. Regex and keyword tests run
under a time budget (the `regex` module's `timeout=`): a pattern that runs out of time
raises PatternTimeout, which makes the rule's result unknown rather than false.
"""

from __future__ import annotations

import time
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from functools import cached_property

import regex

from proxy.model import MessageView, Recipient
from proxy.recipients import organisation
from proxy.rules.lists import AddressMatcher, DomainMatcher, normalise_address


class PatternTimeout(Exception):
    """A regex or keyword search ran out of time: the message was not fully inspected."""


class Context:
    """One message as the conditions see it; derived values computed at most once.

    The recipient and attachment counts every rule set reads are taken in one pass when
    the Context is made (plain attributes: CountIs reads them by name); texts, headers
    and the sender are derived when a condition first asks.
    """

    def __init__(self, view: MessageView, regex_timeout: float) -> None:
        self.view = view
        self.regex_timeout = regex_timeout
        external: list[Recipient] = []
        bcc = 0
        for r in view.recipients:
            if not r.internal:
                external.append(r)
            if not r.visible:
                bcc += 1
        self.external = external
        self.recipients = len(view.recipients)
        self.external_recipients = len(external)
        self.internal_recipients = self.recipients - len(external)
        self.bcc_recipients = bcc
        self.visible_external_recipients = sum(1 for r in external if r.visible)
        self.partner_recipients = sum(1 for r in external if r.partner)
        self.attachments = len(view.attachments)
        self.encrypted_attachments = sum(1 for a in view.attachments if a.encrypted)

    @cached_property
    def external_organisations(self) -> int:
        return len({r.organisation or organisation(r.domain) for r in self.external})

    @cached_property
    def sender(self) -> str:
        return normalise_address(self.view.envelope.mail_from)

    @cached_property
    def sender_domain(self) -> str:
        _, _, domain = self.sender.rpartition("@")
        return domain

    @cached_property
    def body_texts(self) -> list[str]:
        return [s.text for s in self.view.segments if s.kind == "body"]

    @cached_property
    def attachment_texts(self) -> list[str]:
        return [s.text for s in self.view.segments if s.kind == "attachment"]

    @cached_property
    def headers(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name, value in self.view.headers:
            found.setdefault(name.lower(), []).append(value)
        return found

    @cached_property
    def folded_texts(self) -> list[str]:
        # Keywords match regardless of width and case: ＣＯＮＦＩＤＥＮＴＩＡＬ, ｺﾝﾌｨﾃﾞﾝｼｬﾙ.
        texts = [self.view.subject, *self.body_texts, *self.attachment_texts]
        return [fold(t) for t in texts if t]

    def finding_count(self, type_: str, scopes: tuple[str, ...] | None) -> int:
        finding = self.view.findings.get(type_)
        if finding is None:
            count = 0
        elif scopes is None:
            count = finding.count
        else:
            count = finding.count_in(scopes)
        if type_ == "encrypted_attachment" and (scopes is None or "attachment" in scopes):
            # The pipeline should add this finding; count encrypted attachments as well so
            # that a view without it still fails safe.
            count = max(count, self.encrypted_attachments)
        return count


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class Node(ABC):
    """A compiled condition. `cost` orders siblings so cheap tests run (and fail) first."""

    __slots__ = ()
    cost = 0

    @abstractmethod
    def test(self, ctx: Context) -> bool: ...


class Const(Node):
    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value

    def test(self, ctx: Context) -> bool:
        return self.value


class AllOf(Node):
    __slots__ = ("cost", "parts")

    def __init__(self, parts: Sequence[Node]) -> None:
        self.parts = tuple(sorted(parts, key=lambda n: n.cost))
        self.cost = max((p.cost for p in self.parts), default=0)

    def test(self, ctx: Context) -> bool:
        # Kleene logic: one false part decides even if another part timed out.
        timed_out: PatternTimeout | None = None
        for part in self.parts:
            try:
                if not part.test(ctx):
                    return False
            except PatternTimeout as exc:
                timed_out = exc
        if timed_out is not None:
            raise timed_out
        return True


class AnyOf(Node):
    __slots__ = ("cost", "parts")

    def __init__(self, parts: Sequence[Node]) -> None:
        self.parts = tuple(sorted(parts, key=lambda n: n.cost))
        self.cost = max((p.cost for p in self.parts), default=0)

    def test(self, ctx: Context) -> bool:
        timed_out: PatternTimeout | None = None
        for part in self.parts:
            try:
                if part.test(ctx):
                    return True
            except PatternTimeout as exc:
                timed_out = exc
        if timed_out is not None:
            raise timed_out
        return False


class Not(Node):
    __slots__ = ("cost", "part")

    def __init__(self, part: Node) -> None:
        self.part = part
        self.cost = part.cost

    def test(self, ctx: Context) -> bool:
        return not self.part.test(ctx)


def _in_range(n: int, low: int | None, high: int | None) -> bool:
    return (low is None or n >= low) and (high is None or n <= high)


class CountIs(Node):
    """A per-message number (a Context attribute) within bounds."""

    __slots__ = ("attr", "high", "low")

    def __init__(self, attr: str, low: int | None, high: int | None) -> None:
        self.attr, self.low, self.high = attr, low, high

    def test(self, ctx: Context) -> bool:
        n = getattr(ctx, self.attr)
        return (self.low is None or n >= self.low) and (self.high is None or n <= self.high)


class MessageSize(Node):
    __slots__ = ("high", "low")

    def __init__(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high

    def test(self, ctx: Context) -> bool:
        return _in_range(ctx.view.size, self.low, self.high)


class FindingIs(Node):
    __slots__ = ("high", "low", "scopes", "type")

    def __init__(
        self, type_: str, low: int | None, high: int | None, scopes: tuple[str, ...] | None
    ) -> None:
        self.type, self.low, self.high, self.scopes = type_, low, high, scopes

    def test(self, ctx: Context) -> bool:
        n = ctx.finding_count(self.type, self.scopes)
        return (self.low is None or n >= self.low) and (self.high is None or n <= self.high)


class Incomplete(Node):
    __slots__ = ("want",)

    def __init__(self, want: bool) -> None:
        self.want = want

    def test(self, ctx: Context) -> bool:
        return bool(ctx.view.incomplete) == self.want


class AnyRecipientDomain(Node):
    __slots__ = ("match",)
    cost = 1

    def __init__(self, match: DomainMatcher) -> None:
        self.match = match

    def test(self, ctx: Context) -> bool:
        return any(self.match(r.domain) for r in ctx.view.recipients)


class AllExternalDomains(Node):
    """At least one external recipient, and every one of them in the patterns."""

    __slots__ = ("match",)
    cost = 1

    def __init__(self, match: DomainMatcher) -> None:
        self.match = match

    def test(self, ctx: Context) -> bool:
        return bool(ctx.external) and all(self.match(r.domain) for r in ctx.external)


class SenderIs(Node):
    __slots__ = ("match",)
    cost = 1

    def __init__(self, match: AddressMatcher) -> None:
        self.match = match

    def test(self, ctx: Context) -> bool:
        return bool(ctx.sender) and self.match(ctx.sender)


class SenderDomainIs(Node):
    __slots__ = ("match",)
    cost = 1

    def __init__(self, match: DomainMatcher) -> None:
        self.match = match

    def test(self, ctx: Context) -> bool:
        return bool(ctx.sender_domain) and self.match(ctx.sender_domain)


class AttachmentExtension(Node):
    __slots__ = ("extensions",)
    cost = 1

    def __init__(self, extensions: frozenset[str]) -> None:
        self.extensions = extensions

    def test(self, ctx: Context) -> bool:
        return any(a.extension in self.extensions for a in ctx.view.attachments)


class AttachmentName(Node):
    __slots__ = ("pattern",)
    cost = 1

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern

    def test(self, ctx: Context) -> bool:
        # Glob-made patterns are linear; names are short. Match the last path part too, so
        # "*.csv" finds "outer.zip/inner.csv".
        return any(
            self.pattern.match(a.name) is not None
            or self.pattern.match(a.name.rsplit("/", 1)[-1]) is not None
            for a in ctx.view.attachments
        )


class AttachmentSize(Node):
    __slots__ = ("high", "low")
    cost = 1

    def __init__(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high

    def test(self, ctx: Context) -> bool:
        return any(_in_range(a.size, self.low, self.high) for a in ctx.view.attachments)


class TextMatches(Node):
    """Any of the patterns found in any of the texts `source` picks from the Context."""

    __slots__ = ("patterns", "source")
    cost = 10

    def __init__(
        self, source: Callable[[Context], list[str]], patterns: Sequence[regex.Pattern[str]]
    ) -> None:
        self.source = source
        self.patterns = tuple(patterns)

    def test(self, ctx: Context) -> bool:
        texts = self.source(ctx)
        if not texts:
            return False
        # One budget for the whole condition, however many texts and patterns it scans.
        deadline = time.monotonic() + ctx.regex_timeout
        for pattern in self.patterns:
            for text in texts:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PatternTimeout(pattern.pattern)
                try:
                    if pattern.search(text, timeout=left) is not None:
                        return True
                except TimeoutError:
                    raise PatternTimeout(pattern.pattern) from None
        return False


def subject_texts(ctx: Context) -> list[str]:
    return [ctx.view.subject] if ctx.view.subject else []


def body_texts(ctx: Context) -> list[str]:
    return ctx.body_texts


def attachment_texts(ctx: Context) -> list[str]:
    return ctx.attachment_texts


def folded_texts(ctx: Context) -> list[str]:
    return ctx.folded_texts


def header_texts(name: str) -> Callable[[Context], list[str]]:
    key = name.lower()

    def pick(ctx: Context) -> list[str]:
        return ctx.headers.get(key, [])

    return pick
