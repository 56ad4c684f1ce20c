"""Who a message goes to: each envelope recipient classified as internal or external,
with its organisation, whether the sender can see it (To/Cc) and whether it is a partner.

Domains are compared in their lower-case ASCII (IDNA/punycode) form so that `例え.jp`,
`ＥＸＡＭＰＬＥ．ｊｐ` and `xn--r8jz45g.jp` cannot slip past a list written the other way.
Local parts are kept exactly as sent: RFC 5321 §2.4 lets the receiving host decide what
they mean, and RFC 6531 (SMTPUTF8) lets them be UTF-8.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import idna
from publicsuffixlist import PublicSuffixList

from proxy.model import Envelope, Recipient

# Label separators UTS #46 §2.3 treats as a full stop; a user typing a Japanese domain with
# an IME easily produces them.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def normalise_domain(domain: str) -> str:
    """The lower-case ASCII form of a domain; never raises (junk comes back lower-cased).

    Address literals (`[192.0.2.1]`, RFC 5321 §4.1.3) are returned lower-cased as they are.
    """
    text = domain.strip().translate(_DOTS).rstrip(".")
    if not text or text.startswith("["):
        return text.lower()
    if text.isascii():
        # The common case, and idna would reject legal-in-DNS names such as `_dmarc`.
        return text.lower()
    try:
        # UTS #46 mapping (non-transitional, as browsers and registries do): full-width
        # letters, upper case and ideographic full stops all map to one form.
        return idna.encode(text, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return ".".join(_label_best_effort(label) for label in text.split("."))


def _label_best_effort(label: str) -> str:
    """Punycode one label without IDNA's validity checks (RFC 3492), for junk input."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    if folded.isascii():
        return folded
    try:
        return "xn--" + folded.encode("punycode").decode("ascii")
    except UnicodeError:
        return folded


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # The list ships inside the publicsuffixlist wheel; nothing is fetched at run time.
    return PublicSuffixList()


@lru_cache(maxsize=4096)
def organisation(domain: str) -> str:
    """The registrable domain (Public Suffix List): `a.example.co.jp` → `example.co.jp`.

    A public suffix itself, a single label or an address literal is its own organisation.
    """
    norm = normalise_domain(domain)
    if not norm or norm.startswith("["):
        return norm
    try:
        found = _psl().privatesuffix(norm)
    except (ValueError, UnicodeError):
        found = None
    return found if isinstance(found, str) else norm


def split_address(address: str) -> tuple[str, str]:
    """(local part, domain as written) of an envelope or header address.

    Accepts `<a@b>` and drops an obsolete source route (`@relay:a@b`, RFC 5321 §4.1.2).
    The last `@` separates the domain, so a quoted local part may contain `@`.
    """
    text = address.strip()
    if "<" in text and text.endswith(">"):
        text = text[text.rfind("<") + 1 : -1].strip()
    if text.startswith("@") and ":" in text:
        text = text.split(":", 1)[1]
    local, sep, domain = text.rpartition("@")
    if not sep:
        return text, ""
    return local, domain


class DomainSet:
    """Domains as the lists write them (rules/README.md, "Domains"): a plain domain
    covers itself and its subdomains, `*.example.com` its subdomains only (not
    example.com), and any other glob (`mail?.example.com`) the whole name. Plain and
    `*.` entries are matched label by label in O(number of labels)."""

    __slots__ = ("_below", "_domains", "_glob_entries", "_globs")

    def __init__(self, domains: Iterable[str]) -> None:
        plain: set[str] = set()
        below: set[str] = set()
        globs: list[str] = []
        for entry in domains:
            d = normalise_domain(entry).lstrip(".")
            if not d:
                continue
            if d.startswith("["):  # an address literal (RFC 5321 §4.1.3), not a glob
                plain.add(d)
            elif d.startswith("*.") and not _is_glob(d[2:]):
                below.add(d[2:])
            elif _is_glob(d):
                globs.append(d)
            else:
                plain.add(d)
        self._domains = frozenset(plain)
        self._below = frozenset(below)
        self._glob_entries = tuple(sorted(set(globs)))
        self._globs = (
            re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in self._glob_entries))
            if globs else None
        )

    def __contains__(self, domain: object) -> bool:
        if not isinstance(domain, str) or not domain:
            return False
        if domain in self._domains:
            return True
        if domain.startswith("["):
            return False
        if self._domains or self._below:
            rest = domain
            while "." in rest:
                rest = rest.split(".", 1)[1]
                if rest in self._domains or rest in self._below:
                    return True
        # fnmatch.translate's patterns cannot backtrack badly, and names are short.
        return self._globs is not None and self._globs.match(domain) is not None

    def __bool__(self) -> bool:
        return bool(self._domains or self._below or self._globs)

    def __len__(self) -> int:
        return len(self._domains) + len(self._below) + len(self._glob_entries)

    def __iter__(self) -> Iterator[str]:
        """The entries as written (normalised): plain, then `*.` ones, then globs."""
        yield from sorted(self._domains)
        yield from sorted("*." + d for d in self._below)
        yield from self._glob_entries


def _is_glob(text: str) -> bool:
    return "*" in text or "?" in text or "[" in text


def _domain_set(domains: Iterable[str]) -> DomainSet:
    # Callers classifying many messages pass a prepared DomainSet (RuleSet keeps them).
    return domains if isinstance(domains, DomainSet) else DomainSet(domains)


def _address_key(address: str) -> tuple[str, str]:
    local, domain = split_address(address)
    # Case-insensitive local part only for matching the envelope against To/Cc: clients
    # write the same mailbox with different case, and no real host distinguishes them.
    return local.casefold(), normalise_domain(domain)


def classify(
    envelope: Envelope,
    visible: Iterable[str],
    *,
    internal_domains: Iterable[str],
    partner_domains: Iterable[str] = (),
) -> list[Recipient]:
    """Classify each envelope recipient (duplicates once, in envelope order).

    `visible` are the To/Cc addresses; a recipient not among them is Bcc-only. A
    subdomain of an internal (partner) domain is internal (partner). A recipient with no
    domain is external, except the bare `Postmaster` every host must accept for itself
    (RFC 5321 §4.1.1.3). Partner marks only external recipients.
    """
    internal = _domain_set(internal_domains)
    partners = _domain_set(partner_domains)
    shown = {_address_key(a) for a in visible}
    result: list[Recipient] = []
    seen: set[tuple[str, str]] = set()
    for raw in envelope.rcpt_tos:
        address = raw.strip().removeprefix("<").removesuffix(">")
        local, written = split_address(address)
        domain = normalise_domain(written)
        key = (local, domain)
        if key in seen:
            continue
        seen.add(key)
        if domain:
            is_internal = domain in internal
        else:
            is_internal = local.casefold() == "postmaster"
        result.append(
            Recipient(
                address=address,
                domain=domain,
                internal=is_internal,
                organisation=organisation(domain) if domain else "",
                visible=(local.casefold(), domain) in shown,
                partner=not is_internal and domain in partners,
            )
        )
    return result
