"""Plain-text lists next to the rule files (`rules/<name>.txt`), and the matchers built
from them and from patterns written in rules.

A list file has one entry a line (lines end at a newline only); `#` starts a comment at the
start of a line or after a space (so `C#` stays a keyword). Rules refer to a list as
`"list:<name>"`.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from proxy.recipients import DomainSet, normalise_domain, split_address

LIST_PREFIX = "list:"
# Lists the guard itself uses; they exist (empty) even without a file.
STANDARD_LISTS: dict[str, str] = {
    "internal_domains": "domain",
    "partner_domains": "domain",
    "exempt_senders": "address",
    "keywords": "word",
    "company_details": "detail",
}

_COMMENT = re.compile(r"(?:^|\s)#.*$")
_DOMAIN_PATTERN = re.compile(r"[a-z0-9_*?-]+(?:\.[a-z0-9_*?-]+)*")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Entry:
    text: str
    source: str  # "file:line", or "" for entries that did not come from a file


@dataclass(frozen=True)
class ListFile:
    name: str
    entries: tuple[Entry, ...]


def read_list(path: Path, errors: list[str]) -> ListFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        errors.append(f"{path}:1: cannot read: {exc.strerror or exc}")
        return ListFile(path.stem, ())
    try:
        text = raw.decode("utf-8-sig")  # Notepad on Windows writes a BOM
    except UnicodeDecodeError as exc:
        errors.append(f"{path}:{not_utf8_line(exc)}: {NOT_UTF8}")
        return ListFile(path.stem, ())
    entries: list[Entry] = []
    # Lines end at "\n" only (a "\r" before it is stripped): str.splitlines() also breaks
    # at U+2028, U+0085, \x0c … pasted from a web page or Word, which would cut a comment
    # in two (its second half read as an entry) and give later errors the wrong line.
    for number, line in enumerate(text.split("\n"), start=1):
        entry = _COMMENT.sub("", line.rstrip("\r")).strip()
        if entry:
            entries.append(Entry(entry, f"{path}:{number}"))
    return ListFile(path.stem, tuple(entries))


NOT_UTF8 = ("not UTF-8 text: save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8;"
            " Shift_JIS / ANSI files are not read)")


def not_utf8_line(exc: UnicodeDecodeError) -> int:
    """The line of the first byte that is not UTF-8."""
    return exc.object[: exc.start].count(b"\n") + 1


def is_glob(text: str) -> bool:
    return any(c in _GLOB_CHARS for c in text)


def check_domain(text: str) -> tuple[str, str]:
    """(normalised domain pattern, "") or ("", why it is not one)."""
    if text.startswith("[") and text.endswith("]"):
        return text.lower(), ""
    norm = normalise_domain(text)
    if not _DOMAIN_PATTERN.fullmatch(norm):
        return "", f"{text!r} is not a domain (write e.g. example.co.jp or *.example.co.jp)"
    return norm, ""


def check_address(text: str) -> tuple[str, str]:
    """(normalised address pattern, "") or ("", why it is not one)."""
    local, domain = split_address(text)
    if not local or not domain or any(c.isspace() for c in text):
        return "", f"{text!r} is not an address (write e.g. scan@example.co.jp or *@example.co.jp)"
    norm, why = check_domain(domain)
    if why:
        return "", why
    return f"{local.lower()}@{norm}", ""


def _glob_regex(patterns: Iterable[str]) -> re.Pattern[str] | None:
    # fnmatch.translate emits atomic-group emulation (no catastrophic backtracking), and
    # names are short, so the standard `re` is safe here.
    parts = [fnmatch.translate(p) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


class DomainMatcher:
    """A rule's domain list: the same reading as the internal and partner lists
    (proxy.recipients.DomainSet), so `*.example.net` means one thing everywhere."""

    __slots__ = ("_set",)

    def __init__(self, patterns: Iterable[str]) -> None:
        self._set = DomainSet(patterns)

    def __call__(self, domain: str) -> bool:
        return domain in self._set


class AddressMatcher:
    """Whole addresses, case-insensitively; `*@example.co.jp` style globs."""

    __slots__ = ("_exact", "_globs")

    def __init__(self, patterns: Iterable[str]) -> None:
        items = list(patterns)
        self._exact = frozenset(p for p in items if not is_glob(p))
        self._globs = _glob_regex(p for p in items if is_glob(p))

    def __call__(self, address: str) -> bool:
        if address in self._exact:
            return True
        return self._globs is not None and self._globs.match(address) is not None


def normalise_address(address: str) -> str:
    """How a sender address is compared with patterns: lower case, ASCII domain."""
    local, domain = split_address(address)
    if not domain:
        return local.lower()
    return f"{local.lower()}@{normalise_domain(domain)}"
