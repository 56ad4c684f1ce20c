"""The values that flow along the path of one message: smtp → inspect → rules → store/relay.

Plain data, no behaviour beyond small derived properties, so every stage can be tested
on its own with values built by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

# The detector type names (DESIGN.md: fixed; tests and outside checks use them), in
# the order output lists them.
DETECTOR_TYPES: tuple[str, ...] = (
    "credit_card",
    "my_number",
    "corporate_number",
    "jp_phone",
    "intl_phone",
    "email_address",
    "jp_postal_code",
    "jp_address",
    "jp_bank_account",
    "date_of_birth",
    "jp_drivers_license",
    "jp_passport",
    "jp_residence_card",
    "jp_pension_number",
    "us_ssn",
    "iban",
    "keyword",
    "encrypted_attachment",
)


class Action(IntEnum):
    """A rule's verdict. The integer order is the strength: the strongest action wins."""

    PASS = 0
    HOLD = 1
    CONFIRM = 2
    APPROVE = 3
    REJECT = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Action:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown action {text!r}: use one of pass, hold, confirm, approve, reject"
            ) from None


@dataclass(frozen=True)
class Envelope:
    """The SMTP envelope. `mail_from` is "" for the null reverse-path (RFC 5321 §4.5.5)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True)
class Segment:
    """One piece of text taken from a message, already decoded to str (not normalised).

    `location` is what output shows: "subject", "header:<name>", "body", or
    "attachment:<name>" (nested: "attachment:outer.zip/inner.csv").
    `kind` says where it came from, so detectors and rules can scope by it:
    "header", "body" or "attachment".
    `rendering`: the segment repeats values of text already read, each with its label
    (a table's rows as `header: value` lines, numbers a line break cut, joined): not the
    end of a mail, so no signature is looked for in it.
    """

    text: str
    location: str
    kind: str = "body"
    rendering: bool = False


@dataclass
class Finding:
    """All hits of one detector type in one message.

    `values` maps each distinct normalised value to the locations it was seen in. The raw
    values never leave the process: output, logs, alerts and audit use `samples` (masked).
    """

    type: str
    values: dict[str, set[str]] = field(default_factory=dict)
    samples_masked: list[str] = field(default_factory=list)

    def add(self, value: str, location: str, masked: str) -> None:
        locs = self.values.get(value)
        if locs is None:
            self.values[value] = {location}
            self.samples_masked.append(masked)
        else:
            locs.add(location)

    @property
    def count(self) -> int:
        return len(self.values)

    def count_in(self, kinds: Iterable[str]) -> int:
        """Distinct values seen at least once in a location of one of these kinds."""
        prefixes = tuple(k if k in ("subject", "body") else k + ":" for k in kinds)
        return sum(
            1
            for locs in self.values.values()
            if any(loc == p or loc.startswith(p) for loc in locs for p in prefixes)
        )

    @property
    def locations(self) -> list[str]:
        seen: dict[str, None] = {}
        for locs in self.values.values():
            for loc in sorted(locs):
                seen.setdefault(loc, None)
        return list(seen)

    def to_json(self, max_samples: int = 5) -> dict[str, object]:
        return {
            "type": self.type,
            "count": self.count,
            "samples": self.samples_masked[:max_samples],
            "locations": self.locations,
        }


def extension(name: str) -> str:
    """A file name's extension, lower case, without the dot ("" for none or a dotfile)."""
    dot = name.rfind(".")
    return name[dot + 1 :].lower() if dot > 0 else ""


@dataclass(frozen=True)
class Attachment:
    """An attachment (or an archive member) as the rules see it."""

    name: str
    content_type: str
    size: int
    encrypted: bool = False

    @property
    def extension(self) -> str:
        return extension(self.name)


@dataclass(frozen=True)
class Recipient:
    address: str
    domain: str  # lower-case, IDNA (punycode) form
    internal: bool
    organisation: str = ""  # registrable domain (Public Suffix List)
    visible: bool = True  # named in To/Cc (False: Bcc-only, envelope only)
    partner: bool = False

    def to_json(self) -> dict[str, object]:
        return {"address": self.address, "domain": self.domain, "internal": self.internal}


@dataclass
class MessageView:
    """Everything the rules may look at, built once per message."""

    envelope: Envelope
    size: int
    subject: str = ""
    # The subject as alerts, pages and the queue show it: the message's found values
    # masked in it (proxy.detectors.redact); the rules read `subject`.
    subject_shown: str = ""
    from_address: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    findings: dict[str, Finding] = field(default_factory=dict)
    # Why inspection was incomplete (corrupt MIME, a limit reached, ...). Non-empty means
    # "not fully inspected": rules fail safe on it.
    incomplete: list[str] = field(default_factory=list)
    auto_generated: bool = False  # our own notices and DSNs: never evaluated again

    @property
    def fully_inspected(self) -> bool:
        return not self.incomplete

    @property
    def external(self) -> list[Recipient]:
        return [r for r in self.recipients if not r.internal]


@dataclass(frozen=True)
class Reason:
    rule: str
    action: Action
    message: str
    delay_seconds: int = 0
    # The rule's English text, for an SMTP reply to a client that cannot take UTF-8
    # (a reject's 550); not stored, not in `check --json`.
    message_en: str = field(default="", compare=False)

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "action": self.action.label, "message": self.message}


@dataclass(frozen=True)
class Decision:
    action: Action
    delay_seconds: int = 0
    reasons: tuple[Reason, ...] = ()
    approvers: tuple[str, ...] = ()
    bcc_convert: bool = False
    add_headers: tuple[tuple[str, str], ...] = ()

    @property
    def rules(self) -> list[str]:
        return [r.rule for r in self.reasons]
