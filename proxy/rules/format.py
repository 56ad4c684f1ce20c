"""The rule file format (`rules/*.toml`) as pydantic models.

Validation checks everything one key can say about itself: known keys, types, action
names, detector names, regex syntax, list references (given the known lists as
validation context, `{"lists": {...}}`), header names. pydantic reports all such
problems of one table at once, each with its location, which the loader turns into
`file:line`. Checks between keys (a hold needs a delay) are the loader's.

rules/README.md documents every key; keep the two in step.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from typing import Annotated, Any

import regex
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

from proxy.model import DETECTOR_TYPES, Action
from proxy.rules.lists import LIST_PREFIX, STANDARD_LISTS, check_address, check_domain

# Where a finding was seen, as Finding.count_in understands it.
SCOPES: tuple[str, ...] = ("body", "subject", "header", "attachment")

MAX_DELAY_SECONDS = 7 * 24 * 3600  # a held message must not outlive the store's retention

# Admin patterns are case-insensitive: "社外秘" or "Confidential" should not need (?i).
REGEX_FLAGS = regex.IGNORECASE | regex.VERSION0

# Header fields a rule may not add: they would change who gets the message or what it is.
PROTECTED_HEADERS = frozenset(
    h.lower()
    for h in (
        "From",
        "Sender",
        "Reply-To",
        "To",
        "Cc",
        "Bcc",
        "Subject",
        "Date",
        "Message-ID",
        "Return-Path",
        "Received",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "DKIM-Signature",
        # Read receipts would go to whatever address a rule wrote (RFC 8098 §2.1).
        "Disposition-Notification-To",
        "Return-Receipt-To",
        # The guard's own fields: a rule must not forge what the guard decided or sent.
        "X-Mailguard-Notice",
        "X-Mailguard-Decision",
        "X-Mailguard-Queue-ID",
        "X-Mailguard-Link",
    )
)
# The Resent-* block (RFC 5322 §3.6.6) says who re-sent the message to whom.
PROTECTED_PREFIXES = ("resent-",)

_DURATION = re.compile(r"(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?", re.I)
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?", re.I)
_SIZE_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}
# RFC 5322 §3.6.8: a field name is printable US-ASCII except ":".
_FIELD_NAME = re.compile(r"[\x21-\x39\x3b-\x7e]+")
# RFC 5322 §2.2: an unfolded field body is printable US-ASCII, space and tab.
_FIELD_BODY = re.compile(r"[\x20-\x7e\t]*")
_NAME = re.compile(r"[\w.-]+")


def did_you_mean(word: str, choices: Collection[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.7)
    return f' (did you mean "{close[0]}"?)' if close else ""


# -- value checks (each raises ValueError with a sentence for the admin) -----------------


def _one_or_many(value: Any) -> Any:
    """`"x"` and `["x"]` mean the same: admins should not have to remember the brackets."""
    return [value] if isinstance(value, str) else value


def _duration(value: Any) -> Any:
    """Seconds as a whole number, or text such as "30s", "5m", "1h30m", "2d"."""
    hint = 'must be seconds (e.g. 300) or text such as "5m" or "1h"'
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(hint)
    if isinstance(value, int):
        seconds = value
    else:
        m = _DURATION.fullmatch(value.strip())
        if value.strip().isdecimal() and value.strip().isascii():
            m = _DURATION.fullmatch(value.strip() + "s")  # "300": seconds, as 300 is
        if not value.strip() or m is None:
            raise ValueError(f'{value!r} is not a duration: write e.g. 300, "30s", "5m" or "1h"')
        d, h, mi, s = (int(g or 0) for g in m.groups())
        seconds = ((d * 24 + h) * 60 + mi) * 60 + s
    if not 1 <= seconds <= MAX_DELAY_SECONDS:
        raise ValueError("must be between 1 second and 7 days")
    return seconds


def _size(value: Any) -> Any:
    """Bytes as a whole number, or text such as "500KB", "10MB" (1 KB = 1024 bytes)."""
    hint = 'must be bytes (e.g. 1048576) or text such as "10MB"'
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(hint)
    if isinstance(value, int):
        if value < 0:
            raise ValueError("must be 0 or more")
        return value
    m = _SIZE.fullmatch(value.strip())
    if m is None:
        raise ValueError(f'{value!r} is not a size: write e.g. "500KB", "10MB" or "1GB"')
    return int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()])


def _message(value: Any) -> Any:
    """`message = "..."` is the same text for every language."""
    return {"ja": value, "en": value} if isinstance(value, str) else value


def _action(value: Any) -> Any:
    return Action.parse(value) if isinstance(value, str) else value


def _name(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise ValueError(f"{value!r}: use letters, digits, - and _ only (no spaces)")
    return value


def _detector(value: str) -> str:
    if value not in DETECTOR_TYPES:
        hint = did_you_mean(value, DETECTOR_TYPES) or f" (known: {', '.join(DETECTOR_TYPES)})"
        raise ValueError(f'unknown detector "{value}"{hint}')
    return value


def _scope(value: str) -> str:
    if value not in SCOPES:
        raise ValueError(f'"{value}" is not a place: use {", ".join(SCOPES)}')
    return value


def check_regex(value: str) -> tuple[str, str]:
    """(pattern, "") or ("", why it is not one): for inline patterns and list entries."""
    if not value:
        return "", "empty pattern (it would match every message)"
    try:
        regex.compile(value, REGEX_FLAGS)
    except regex.error as exc:
        return "", f"bad regex {value!r}: {exc}"
    return value, ""


def _regex(value: str, info: ValidationInfo) -> str:
    if not _list_ref(value, info):
        why = check_regex(value)[1]
        if why:
            raise ValueError(why)
    return value


def _list_ref(value: str, info: ValidationInfo) -> bool:
    """Check a `list:NAME` reference against the known lists; False if not a reference."""
    if not value.startswith(LIST_PREFIX):
        return False
    lists = (info.context or {}).get("lists")
    name = value[len(LIST_PREFIX) :].strip()
    if STANDARD_LISTS.get(name) == "detail":
        # Its lines are phone numbers, addresses, accounts: as domains, addresses, words or
        # patterns they would be errors quoting the line (a pasted card number with them).
        raise ValueError(
            f'"list:{name}" cannot be used in a rule: {name}.txt holds the company\'s own '
            "details, which are never counted as personal data; it is not a list of "
            "domains, addresses, words or patterns"
        )
    if lists is not None and name not in lists:
        raise ValueError(
            f'unknown list "{name}"{did_you_mean(name, lists)}: lists are the .txt files'
            f" next to the rules (known: {', '.join(sorted(lists)) or 'none'})"
        )
    return True


def _domain_item(value: str, info: ValidationInfo) -> str:
    if not _list_ref(value, info):
        why = check_domain(value.strip())[1]
        if why:
            raise ValueError(why)
    return value


def _address_item(value: str, info: ValidationInfo) -> str:
    if not _list_ref(value, info):
        why = check_address(value.strip())[1]
        if why:
            raise ValueError(why)
    return value


def _word_item(value: str, info: ValidationInfo) -> str:
    if not _list_ref(value, info) and not value.strip():
        raise ValueError("empty word")
    return value


def check_glob(value: str) -> tuple[str, str]:
    return (value.strip(), "") if value.strip() else ("", "must not be empty")


def _glob_item(value: str, info: ValidationInfo) -> str:
    if not _list_ref(value, info) and not value.strip():
        raise ValueError("must not be empty")
    return value


def _approver(value: str) -> str:
    if check_address(value)[1] or any(c in value for c in "*?["):
        raise ValueError(f"{value!r} is not an email address")
    return value.strip()


def _field_name(value: str) -> str:
    if not _FIELD_NAME.fullmatch(value):
        raise ValueError(f"{value!r} is not a header field name")
    return value


def _added_field_name(value: str) -> str:
    _field_name(value)
    if value.lower() in PROTECTED_HEADERS or value.lower().startswith(PROTECTED_PREFIXES):
        raise ValueError(f"add_header may not set {value}")
    return value


def _field_body(value: str) -> str:
    if not _FIELD_BODY.fullmatch(value):
        raise ValueError("header values must be plain ASCII text on one line (RFC 5322 §2.2)")
    return value


def _many(item: Any) -> Any:
    """A non-empty list of `item`, also accepting a single string."""
    return Annotated[list[item], BeforeValidator(_one_or_many), Field(min_length=1)]


Duration = Annotated[int, BeforeValidator(_duration)]
Bytes = Annotated[int, BeforeValidator(_size)]
Detector = Annotated[str, AfterValidator(_detector)]
Pattern = Annotated[str, AfterValidator(_regex)]
Domains = _many(Annotated[str, AfterValidator(_domain_item)])
Addresses = _many(Annotated[str, AfterValidator(_address_item)])
Words = _many(Annotated[str, AfterValidator(_word_item)])
Patterns = _many(Pattern)
Globs = _many(Annotated[str, AfterValidator(_glob_item)])
Scopes = _many(Annotated[str, AfterValidator(_scope)])
FieldName = Annotated[str, AfterValidator(_field_name)]


class _Table(BaseModel):
    # strict: `at_least = "5"` is a mistake to report, not to guess at.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _check_bounds(low: int | None, high: int | None) -> None:
    if low is None and high is None:
        raise ValueError("write at_least and/or at_most, e.g. { at_least = 1 }")
    if low is not None and high is not None and low > high:
        raise ValueError(f"at_least ({low}) is more than at_most ({high})")


class Count(_Table):
    """`{ at_least = N }`, `{ at_most = N }` or both."""

    at_least: int | None = Field(default=None, ge=0)
    at_most: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _bounds(self) -> Count:
        _check_bounds(self.at_least, self.at_most)
        return self


class FindingCount(Count):
    """A count of distinct values of one detector type, optionally only where seen."""

    in_: Scopes | None = Field(default=None, alias="in")


class Size(_Table):
    """Like Count, in bytes; text such as "10MB" is accepted."""

    at_least: Bytes | None = None
    at_most: Bytes | None = None

    @model_validator(mode="after")
    def _bounds(self) -> Size:
        _check_bounds(self.at_least, self.at_most)
        return self


class Condition(_Table):
    """Conditions of a `when` table: every key written must hold."""

    always: bool | None = None
    all_: Annotated[list[Condition], Field(min_length=1)] | None = Field(default=None, alias="all")
    any_: Annotated[list[Condition], Field(min_length=1)] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")

    recipients: Count | None = None
    internal_recipients: Count | None = None
    external_recipients: Count | None = None
    external_organisations: Count | None = None
    visible_external_recipients: Count | None = None
    bcc_recipients: Count | None = None
    partner_recipients: Count | None = None
    recipient_domain: Domains | None = None
    all_external_domains: Domains | None = None

    sender: Addresses | None = None
    sender_domain: Domains | None = None

    findings: Annotated[dict[Detector, FindingCount], Field(min_length=1)] | None = None
    findings_any: Annotated[dict[Detector, FindingCount], Field(min_length=1)] | None = None

    attachments: Count | None = None
    attachment_extension: Globs | None = None
    attachment_name: Globs | None = None
    attachment_size: Size | None = None
    encrypted_attachments: Count | None = None

    subject_matches: Patterns | None = None
    body_matches: Patterns | None = None
    attachment_text_matches: Patterns | None = None
    header_matches: Annotated[dict[FieldName, Patterns], Field(min_length=1)] | None = None
    keywords: Words | None = None
    message_size: Size | None = None
    incomplete: bool | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if not self.model_fields_set:
            raise ValueError(
                "an empty table: write at least one condition in it"
                " (a rule for every message: when.always = true)"
            )
        return self


class MessageText(_Table):
    ja: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _some_text(self) -> MessageText:
        if not (self.ja or "").strip() and not (self.en or "").strip():
            raise ValueError("write the message in at least one language: message.ja or message.en")
        return self


Message = Annotated[MessageText, BeforeValidator(_message)]


class RuleModel(_Table):
    """One `[[rule]]`."""

    name: Annotated[str, AfterValidator(_name)]
    description: str = ""
    enabled: bool = True
    action: Annotated[Action, BeforeValidator(_action)]
    delay: Duration | None = None
    approvers: Annotated[
        list[Annotated[str, AfterValidator(_approver)]], BeforeValidator(_one_or_many)
    ] = Field(default_factory=list)
    bcc_convert: bool = False
    add_header: dict[
        Annotated[str, AfterValidator(_added_field_name)],
        Annotated[str, AfterValidator(_field_body)],
    ] = Field(default_factory=dict)
    message: Message
    when: Condition


class ExemptModel(_Table):
    """One `[[exempt]]`: when it matches, the named rules (default: all) do not apply."""

    name: Annotated[str, AfterValidator(_name)]
    description: str = ""
    enabled: bool = True
    rules: Annotated[list[str], BeforeValidator(_one_or_many), Field(min_length=1)] | None = None
    message: Message | None = None
    when: Condition


class RuleFile(_Table):
    """A whole file: any number of `[[rule]]` and `[[exempt]]` tables."""

    rule: list[RuleModel] = Field(default_factory=list)
    exempt: list[ExemptModel] = Field(default_factory=list)


def known_keys() -> frozenset[str]:
    """Every key the format knows, for "did you mean" hints on unknown keys."""
    keys: set[str] = set()
    for model in (
        Count,
        FindingCount,
        Size,
        Condition,
        MessageText,
        RuleModel,
        ExemptModel,
        RuleFile,
    ):
        for name, info in model.model_fields.items():
            keys.add(info.alias or name)
    return frozenset(keys)
