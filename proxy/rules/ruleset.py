"""A loaded, checked and compiled set of rules: immutable, shared by every message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from proxy.detectors.own import CompanyDetails
from proxy.model import Action
from proxy.recipients import DomainSet, split_address
from proxy.rules.conditions import Node


class RulesError(Exception):
    """Rule files that cannot be used; `lines` has one "file:line: message" per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class Text:
    """A message for the sender, per language."""

    ja: str
    en: str

    def render(self, language: str | None = None) -> str:
        """The text in `language` ("ja"/"en"); None: both, Japanese first, once if equal."""
        if language == "ja":
            return self.ja or self.en
        if language == "en":
            return self.en or self.ja
        if not self.ja or not self.en or self.ja == self.en:
            return self.ja or self.en
        return f"{self.ja} / {self.en}"


@dataclass(frozen=True)
class Rule:
    name: str
    action: Action
    message: Text
    condition: Node = field(repr=False, compare=False)
    delay_seconds: int = 0
    approvers: tuple[str, ...] = ()
    bcc_convert: bool = False
    add_headers: tuple[tuple[str, str], ...] = ()
    description: str = ""
    source: str = ""  # "file:line" of the [[rule]]


@dataclass(frozen=True)
class Exemption:
    name: str
    message: Text
    condition: Node = field(repr=False, compare=False)
    rules: frozenset[str] | None = None  # the rules it switches off; None: all of them
    description: str = ""
    source: str = ""


class RuleSet:
    """Rules, exemptions and the admin's lists. Read-only: a reload builds a new one."""

    __slots__ = (
        "_company",
        "_exempt_senders",
        "_exemptions",
        "_files",
        "_internal",
        "_keywords",
        "_partner",
        "_rules",
    )

    def __init__(
        self,
        *,
        rules: Iterable[Rule] = (),
        exemptions: Iterable[Exemption] = (),
        internal_domains: Iterable[str] = (),
        partner_domains: Iterable[str] = (),
        exempt_senders: Iterable[str] = (),
        keywords: Iterable[str] = (),
        company_details: CompanyDetails | None = None,
        files: Iterable[str] = (),
    ) -> None:
        self._rules = tuple(rules)
        self._exemptions = tuple(exemptions)
        self._internal = DomainSet(internal_domains)
        self._partner = DomainSet(partner_domains)
        self._exempt_senders = tuple(dict.fromkeys(exempt_senders))
        self._keywords = tuple(dict.fromkeys(keywords))
        self._company = company_details or CompanyDetails()
        self._files = tuple(files)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Enabled rules, in file order (files sorted by name)."""
        return self._rules

    @property
    def exemptions(self) -> tuple[Exemption, ...]:
        return self._exemptions

    @property
    def internal_domains(self) -> DomainSet:
        """Config list plus internal_domains.txt; `"a.example.co.jp" in` also sees subdomains.

        Pass it straight to proxy.recipients.classify (no re-normalising per message).
        """
        return self._internal

    @property
    def partner_domains(self) -> DomainSet:
        return self._partner

    @property
    def exempt_senders(self) -> tuple[str, ...]:
        return self._exempt_senders

    @property
    def keywords(self) -> list[str]:
        """keywords.txt, for the `keyword` detector (a copy: the set stays unchanged)."""
        return list(self._keywords)

    @property
    def company_details(self) -> CompanyDetails:
        """company_details.txt: the company's own phone numbers, addresses, accounts …
        (proxy.detectors.own), never counted as findings."""
        return self._company

    @property
    def files(self) -> tuple[str, ...]:
        """The rule and list files this set was built from."""
        return self._files

    def rule(self, name: str) -> Rule | None:
        return next((r for r in self._rules if r.name == name), None)

    def rule_text(self, name: str, language: str) -> str | None:
        """Rule `name`'s message to the sender, in `language` (None: no such rule)."""
        rule = self.rule(name)
        return rule.message.render(language) if rule is not None else None

    def is_external(self, address: str) -> bool:
        """Whether `address` is outside the company's domains (subdomains included)."""
        return split_address(address)[1].lower() not in self.internal_domains
