"""Every condition type of the rule format, each shown true and false on a hand-built view."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

import pytest

from proxy.model import Action, Attachment, Envelope, Finding, MessageView, Segment
from proxy.recipients import classify
from proxy.rules import RuleSet, evaluate, load_rules

INTERNAL = ("example.co.jp",)
_counter = itertools.count()


def ruleset(tmp_path: Path, when: str, lists: dict[str, str] | None = None) -> RuleSet:
    folder = tmp_path / f"rules{next(_counter)}"
    folder.mkdir()
    (folder / "r.toml").write_text(
        '[[rule]]\nname = "r"\naction = "confirm"\nmessage = "m"\n  [rule.when]\n' + when + "\n",
        encoding="utf-8",
    )
    for name, content in (lists or {}).items():
        (folder / name).write_text(content, encoding="utf-8")
    return load_rules(folder, internal_domains=INTERNAL)


def view(
    to: Iterable[str] = (),
    cc: Iterable[str] = (),
    bcc: Iterable[str] = (),
    *,
    sender: str = "me@example.co.jp",
    findings: dict[str, list[tuple[str, str]]] | None = None,
    attachments: Iterable[Attachment] = (),
    subject: str = "",
    body: str = "",
    attachment_text: str = "",
    headers: Iterable[tuple[str, str]] = (),
    size: int = 1000,
    incomplete: Iterable[str] = (),
    partners: Iterable[str] = (),
) -> MessageView:
    to, cc, bcc = list(to), list(cc), list(bcc)
    env = Envelope(sender, tuple(to + cc + bcc))
    found: dict[str, Finding] = {}
    for type_, hits in (findings or {}).items():
        f = found.setdefault(type_, Finding(type_))
        for value, location in hits:
            f.add(value, location, "*" * len(value))
    segments = [Segment(subject, "subject", "header")] if subject else []
    if body:
        segments.append(Segment(body, "body", "body"))
    if attachment_text:
        segments.append(Segment(attachment_text, "attachment:a.txt", "attachment"))
    return MessageView(
        envelope=env,
        size=size,
        subject=subject,
        headers=list(headers),
        recipients=classify(env, to + cc, internal_domains=INTERNAL, partner_domains=partners),
        segments=segments,
        attachments=list(attachments),
        findings=found,
        incomplete=list(incomplete),
    )


def matches(rs: RuleSet, v: MessageView) -> bool:
    decision = evaluate(v, rs)
    return decision.action is Action.CONFIRM and decision.rules == ["r"]


EXT = "a@other.com"


def test_always(tmp_path: Path) -> None:
    assert matches(ruleset(tmp_path, "always = true"), view())
    assert not matches(ruleset(tmp_path, "always = false"), view())


@pytest.mark.parametrize(
    ("when", "yes", "no"),
    [
        ("recipients = { at_least = 2 }", view(["x@example.co.jp", EXT]), view([EXT])),
        ("internal_recipients = { at_least = 1 }", view(["x@example.co.jp"]), view([EXT])),
        ("external_recipients = { at_least = 1 }", view([EXT]), view(["x@example.co.jp"])),
        ("external_recipients = { at_most = 0 }", view(["x@example.co.jp"]), view([EXT])),
        (
            "external_organisations = { at_least = 2 }",
            view([EXT, "b@other.co.jp"]),
            view([EXT, "b@mail.other.com", "c@example.co.jp"]),
        ),
        (
            "visible_external_recipients = { at_least = 2 }",
            view([EXT], cc=["b@other.com"]),
            view([EXT], bcc=["b@other.com"]),
        ),
        (
            "bcc_recipients = { at_least = 1 }",
            view([EXT], bcc=["x@example.co.jp"]),
            view([EXT], cc=["x@example.co.jp"]),
        ),
        (
            "external_recipients = { at_least = 2, at_most = 3 }",
            view([EXT, "b@other.com", "c@other.com"]),
            view([EXT, "b@other.com", "c@other.com", "d@other.com"]),
        ),
    ],
)
def test_recipient_counts(tmp_path: Path, when: str, yes: MessageView, no: MessageView) -> None:
    rs = ruleset(tmp_path, when)
    assert matches(rs, yes)
    assert not matches(rs, no)


def test_partner_recipients(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, "partner_recipients = { at_least = 1 }")
    assert matches(rs, view(["p@x.partner.jp"], partners=["partner.jp"]))
    assert not matches(rs, view([EXT], partners=["partner.jp"]))


def test_recipient_domain(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path,
        'recipient_domain = ["gmail.com", "*.free.example", "list:watch", "例え.jp"]',
        {"watch.txt": "# watched\nwatched.example\n"},
    )
    assert matches(rs, view(["x@Gmail.COM"]))
    assert matches(rs, view(["x@sub.gmail.com"]))  # a plain domain covers subdomains
    assert matches(rs, view(["x@a.free.example"]))
    assert not matches(rs, view(["x@free.example"]))  # the glob needs a subdomain
    assert matches(rs, view(["x@watched.example"]))
    assert matches(rs, view(["山田@例え.jp"]))
    assert matches(rs, view(["x@xn--r8jz45g.jp"]))
    assert not matches(rs, view(["x@notgmail.com", EXT]))


def test_all_external_domains(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path,
        'all_external_domains = ["list:partner_domains"]',
        {"partner_domains.txt": "partner.jp\n*.partner.example\n"},
    )
    assert matches(rs, view(["a@partner.jp", "b@x.partner.example", "c@example.co.jp"]))
    assert not matches(rs, view(["a@partner.jp", EXT]))
    assert not matches(rs, view(["c@example.co.jp"]))  # no external recipient at all


def test_sender(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path,
        'sender = ["Scanner@Example.co.jp", "*@system.example.co.jp", "list:exempt_senders"]',
        {"exempt_senders.txt": "batch@example.co.jp\n"},
    )
    assert matches(rs, view([EXT], sender="scanner@EXAMPLE.co.jp"))
    assert matches(rs, view([EXT], sender="job1@system.example.co.jp"))
    assert matches(rs, view([EXT], sender="batch@example.co.jp"))
    assert not matches(rs, view([EXT], sender="person@example.co.jp"))
    assert not matches(rs, view([EXT], sender=""))  # null reverse-path (bounces)


def test_sender_domain(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, 'sender_domain = "example.co.jp"')
    assert matches(rs, view([EXT], sender="me@tokyo.example.co.jp"))
    assert not matches(rs, view([EXT], sender="me@other.com"))
    assert not matches(rs, view([EXT], sender=""))


CARD = ("4111111111111111", "body")


def test_findings_all_listed_must_hold(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path, "findings = { credit_card = { at_least = 1 }, jp_phone = { at_least = 2 } }"
    )
    phones = [("0312345678", "body"), ("0612345678", "attachment:x.csv")]
    assert matches(rs, view([EXT], findings={"credit_card": [CARD], "jp_phone": phones}))
    assert not matches(rs, view([EXT], findings={"credit_card": [CARD], "jp_phone": phones[:1]}))
    assert not matches(rs, view([EXT], findings={"jp_phone": phones}))


def test_findings_count_distinct_values(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, "findings.jp_phone = { at_least = 2 }")
    same_twice = [("0312345678", "body"), ("0312345678", "attachment:x.csv")]
    assert not matches(rs, view([EXT], findings={"jp_phone": same_twice}))


def test_findings_any(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path, "findings_any = { my_number = { at_least = 1 }, iban = { at_least = 2 } }"
    )
    assert matches(rs, view([EXT], findings={"my_number": [("123456789018", "body")]}))
    assert matches(rs, view([EXT], findings={"iban": [("GB1", "body"), ("DE2", "body")]}))
    assert not matches(rs, view([EXT], findings={"iban": [("GB1", "body")]}))
    assert not matches(rs, view([EXT]))


def test_findings_at_most(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, "findings.email_address = { at_most = 1 }")
    assert matches(rs, view([EXT]))  # none found is 0
    many = [("a@x.jp", "body"), ("b@x.jp", "body")]
    assert not matches(rs, view([EXT], findings={"email_address": many}))


def test_findings_only_in_some_places(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, 'findings.credit_card = { at_least = 2, in = "attachment" }')
    in_attachments = [
        ("4111111111111111", "attachment:a.xlsx"),
        ("5555555555554444", "attachment:b.zip/c.csv"),
    ]
    mixed = [("4111111111111111", "attachment:a.xlsx"), ("5555555555554444", "body")]
    assert matches(rs, view([EXT], findings={"credit_card": in_attachments}))
    assert not matches(rs, view([EXT], findings={"credit_card": mixed}))
    rs_body = ruleset(tmp_path, 'findings.credit_card = { at_least = 1, in = ["body", "subject"] }')
    assert matches(rs_body, view([EXT], findings={"credit_card": mixed}))
    assert not matches(rs_body, view([EXT], findings={"credit_card": in_attachments}))


def test_encrypted_attachment_finding_or_flag(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, "findings.encrypted_attachment = { at_least = 2 }")
    locked = [
        Attachment("a.zip", "application/zip", 10, encrypted=True),
        Attachment("b.pdf", "application/pdf", 10, encrypted=True),
    ]
    # The pipeline adds the finding...
    added = {"encrypted_attachment": [("a.zip", "attachment:a.zip"), ("b.pdf", "attachment:b.pdf")]}
    assert matches(rs, view([EXT], findings=added))
    # ...and encrypted attachments count even when it did not.
    assert matches(rs, view([EXT], attachments=locked))
    assert not matches(rs, view([EXT], attachments=locked[:1]))


def test_attachment_conditions(tmp_path: Path) -> None:
    files = [
        Attachment("顧客名簿.XLSX", "application/vnd.ms-excel", 2 * 1024 * 1024),
        Attachment("archive.zip/inner.csv", "text/csv", 100),
    ]
    cases = {
        "attachments = { at_least = 2 }": True,
        "attachments = { at_least = 3 }": False,
        'attachment_extension = ["xlsx"]': True,
        'attachment_extension = [".CSV"]': True,
        'attachment_extension = "pdf"': False,
        'attachment_name = ["*名簿*"]': True,
        'attachment_name = ["inner.*"]': True,  # a member of an archive, by its own name
        'attachment_name = ["*請求書*"]': False,
        'attachment_size = { at_least = "2MB" }': True,
        'attachment_size = { at_least = "2.5MB" }': False,
        "attachment_size = { at_most = 100 }": True,
        "encrypted_attachments = { at_least = 1 }": False,
    }
    for when, expected in cases.items():
        assert matches(ruleset(tmp_path, when), view([EXT], attachments=files)) is expected, when
    assert not matches(ruleset(tmp_path, "attachments = { at_least = 1 }"), view([EXT]))
    locked = Attachment("x.zip", "application/zip", 5, encrypted=True)
    rs = ruleset(tmp_path, "encrypted_attachments = { at_least = 1 }")
    assert matches(rs, view([EXT], attachments=[locked]))


def test_subject_body_and_attachment_text(tmp_path: Path) -> None:
    v = view(
        [EXT],
        subject="【至急】お見積り",
        body="Invoice   12345 attached",
        attachment_text="氏名,電話番号",
    )
    cases = {
        'subject_matches = "見積"': True,
        'subject_matches = ["^Re:", "至急"]': True,
        "subject_matches = 'invoice'": False,
        "body_matches = 'INVOICE\\s+\\d+'": True,  # patterns ignore case
        "body_matches = '電話番号'": False,
        "attachment_text_matches = '氏名.*電話'": True,
        "attachment_text_matches = 'invoice'": False,
    }
    for when, expected in cases.items():
        assert matches(ruleset(tmp_path, when), v) is expected, when


def test_header_matches(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, 'header_matches = { "x-mailer" = ["^Scan", "^Copier"] }')
    assert matches(rs, view([EXT], headers=[("X-Mailer", "Scanner 2.0")]))
    assert not matches(rs, view([EXT], headers=[("X-Mailer", "Outlook")]))
    assert not matches(rs, view([EXT], headers=[("Subject", "Scanner")]))
    both = ruleset(tmp_path, 'header_matches = { "X-Mailer" = "Scan", "X-Priority" = "1" }')
    assert matches(both, view([EXT], headers=[("X-Mailer", "Scan"), ("X-Priority", "1")]))
    assert not matches(both, view([EXT], headers=[("X-Mailer", "Scan")]))


def test_keywords(tmp_path: Path) -> None:
    rs = ruleset(
        tmp_path,
        'keywords = ["list:keywords", "Confidential"]',
        {"keywords.txt": "社外秘\nｺﾝﾌｨﾃﾞﾝｼｬﾙ\n"},
    )
    assert matches(rs, view([EXT], body="この資料は社外秘です"))
    assert matches(rs, view([EXT], subject="ＣＯＮＦＩＤＥＮＴＩＡＬ"))  # full-width, upper case
    assert matches(rs, view([EXT], attachment_text="コンフィデンシャル"))  # half-width kana in list
    assert not matches(rs, view([EXT], body="公開資料です"))


def test_empty_keyword_list_never_matches(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, 'keywords = "list:keywords"', {"keywords.txt": "# none yet\n"})
    assert not matches(rs, view([EXT], body="anything at all"))


def test_message_size(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, 'message_size = { at_least = "10MB" }')
    assert matches(rs, view([EXT], size=10 * 1024 * 1024))
    assert not matches(rs, view([EXT], size=10 * 1024 * 1024 - 1))


def test_incomplete(tmp_path: Path) -> None:
    rs = ruleset(tmp_path, "incomplete = true")
    assert matches(rs, view([EXT], incomplete=["corrupt MIME"]))
    assert not matches(rs, view([EXT]))
    rs_full = ruleset(tmp_path, "incomplete = false")
    assert matches(rs_full, view([EXT]))
    assert not matches(rs_full, view([EXT], incomplete=["scan time limit"]))


@pytest.mark.parametrize("when", [
    "partner_recipients = { at_least = 1 }",
    'recipient_domain = ["list:partner_domains"]',
    'all_external_domains = ["list:partner_domains"]',
])
def test_a_star_dot_entry_means_the_same_in_every_key(tmp_path: Path, when: str) -> None:
    # `*.partner.example` covers its subdomains, not partner.example: in the partner
    # classification (partner_recipients, the partner-only exemption) as in the rule keys.
    lists = {"partner_domains.txt": "*.partner.example\n"}
    rs = ruleset(tmp_path, when, lists)
    partners = rs.partner_domains
    assert matches(rs, view(["q@x.partner.example"], partners=partners))
    assert not matches(rs, view(["q@partner.example"], partners=partners))


@pytest.mark.parametrize(("when", "hit", "miss"), [
    ('attachment_name = ["list:meibo"]', {"attachments": [Attachment("2024顧客リスト.txt", "text/plain", 10)]},
     {"attachments": [Attachment("notes.txt", "text/plain", 10)]}),
    ('attachment_extension = ["list:meibo"]', {"attachments": [Attachment("a.CSV", "text/csv", 10)]},
     {"attachments": [Attachment("a.txt", "text/plain", 10)]}),
    ('subject_matches = ["list:meibo"]', {"subject": "顧客リスト送付"}, {"subject": "議事録"}),
    ('header_matches = { X-Project = ["list:meibo"] }',
     {"headers": [("X-Project", "名簿整理")]}, {"headers": [("X-Project", "x")]}),
])
def test_lists_in_glob_and_pattern_keys(tmp_path: Path, when: str, hit: dict, miss: dict) -> None:
    # One list file for every kind of key: globs match names, ".csv"/"csv" extensions,
    # the rest are regexes (where "*名簿*" is not a valid one, but "名簿" matches).
    lists = {"meibo.txt": "*顧客*\ncsv\n顧客\n名簿\n" if "attachment" in when
             else "顧客\n名簿\n"}
    rs = ruleset(tmp_path, when, lists)
    assert matches(rs, view([EXT], **hit))
    assert not matches(rs, view([EXT], **miss))
