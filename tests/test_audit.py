"""The audit trail: decision and transition records, search, export, no raw data."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from proxy.audit import (
    CSV_COLUMNS,
    AuditLog,
    AuditQuery,
    AuditRecord,
    FindingSummary,
    domain_of,
    export_csv,
    export_json,
    normalize_domain,
    summarize_findings,
)
from proxy.model import Action, Decision, Envelope, Finding, Reason
from proxy.store import State, StoredMessage
from proxy.store.sqlite import SqliteStore
from proxy.store.sqlite_audit import search_sql

T0 = 1_750_000_000.0
JST = timezone(timedelta(hours=9))
CARD = "4111111111111111"
MY_NUMBER = "123456789018"


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def findings() -> dict[str, Finding]:
    card = Finding("credit_card")
    card.add(CARD, "body", "************1111")
    card.add("5555555555554444", "attachment:list.xlsx", "************4444")
    mn = Finding("my_number")
    mn.add(MY_NUMBER, "attachment:list.xlsx", "********9018")
    return {"my_number": mn, "credit_card": card}


def decision(action: Action, *rules: str) -> Decision:
    return Decision(action, 0, tuple(Reason(r, action, f"{r} matched") for r in rules))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    s = SqliteStore(tmp_path / "q.db")
    await s.start()
    yield s
    await s.close()


@pytest.fixture
async def trail(store: SqliteStore) -> AuditLog:
    """A small history: four decisions over four days, to three organisations."""
    clock = Clock(T0)
    log = AuditLog(store, clock=clock)
    entries = [
        (
            "taro@corp.example",
            ("a@partner.example", "b@mail.partner.example"),
            Action.PASS,
            (),
        ),
        ("Hanako@Corp.Example", ("c@notpartner.example",), Action.REJECT, ("no-customer-list",)),
        ("taro@corp.example", ("d@other.example", "A@Partner.Example"), Action.PASS, ("log",)),
        ("jiro@corp.example", ("e@other.example",), Action.REJECT, ("no-customer-list", "ext")),
    ]
    for day, (sender, rcpts, action, rules) in enumerate(entries):
        clock.t = T0 + day * 86400
        await log.record_decision(
            Envelope(sender, rcpts),
            decision(action, *rules),
            message_id=f"<{day}@corp.example>",
            findings=findings() if action == Action.REJECT else {},
        )
    return log


def ids(records: list[AuditRecord]) -> list[str]:
    return [r.message_id for r in records]


async def test_decision_records_are_complete(trail: AuditLog) -> None:
    rec = (await trail.search(sender="hanako@corp.example"))[0]
    assert rec.kind == "decision" and rec.outcome == "rejected" and rec.actor == "system"
    assert rec.at == T0 + 86400 and rec.message_id == "<1@corp.example>"
    assert rec.recipients == ("c@notpartner.example",)
    assert rec.domains == ("notpartner.example",)
    assert rec.rules == ("no-customer-list",) and rec.action == "reject"
    assert [f.to_json() for f in rec.findings] == [
        {
            "type": "credit_card",
            "count": 2,
            "samples": ["************1111", "************4444"],
            "locations": ["body", "attachment:list.xlsx"],
        },
        {
            "type": "my_number",
            "count": 1,
            "samples": ["********9018"],
            "locations": ["attachment:list.xlsx"],
        },
    ]
    first = (await trail.search(limit=1))[0]
    assert first.outcome == "passed" and first.domains == (
        "partner.example",
        "mail.partner.example",
    )


async def test_search_by_domain_includes_subdomains_only(trail: AuditLog) -> None:
    assert ids(await trail.search(domain="partner.example")) == [
        "<0@corp.example>",
        "<2@corp.example>",
    ]
    assert ids(await trail.search(domain="PARTNER.example.")) == [
        "<0@corp.example>",
        "<2@corp.example>",
    ]
    assert ids(await trail.search(domain="mail.partner.example")) == ["<0@corp.example>"]
    # "notpartner.example" is another organisation, not a subdomain.
    assert ids(await trail.search(domain="notpartner.example")) == ["<1@corp.example>"]
    assert ids(await trail.search(domain="example")) == [f"<{i}@corp.example>" for i in range(4)]
    assert await trail.search(domain="artner.example") == []


async def test_search_by_time_range(trail: AuditLog) -> None:
    day = 86400
    assert ids(await trail.search(since=T0 + day, until=T0 + 3 * day)) == [
        "<1@corp.example>",
        "<2@corp.example>",
    ]
    assert ids(await trail.search(domain="other.example", since=T0 + 2 * day + 1)) == [
        "<3@corp.example>"
    ]
    assert ids(await trail.search(until=T0)) == []  # until is exclusive
    assert ids(await trail.search(newest_first=True, limit=2)) == [
        "<3@corp.example>",
        "<2@corp.example>",
    ]


async def test_search_by_other_filters(trail: AuditLog) -> None:
    assert ids(await trail.search(sender="TARO@corp.example")) == [
        "<0@corp.example>",
        "<2@corp.example>",
    ]
    assert ids(await trail.search(recipient="a@partner.example")) == [
        "<0@corp.example>",
        "<2@corp.example>",
    ]
    assert ids(await trail.search(rule="no-customer-list")) == [
        "<1@corp.example>",
        "<3@corp.example>",
    ]
    assert ids(await trail.search(rule="ext", action="reject")) == ["<3@corp.example>"]
    assert ids(await trail.search(outcome="passed", domain="other.example")) == ["<2@corp.example>"]
    assert await trail.search(sender="taro@corp.example", action="reject") == []
    assert await trail.search(kind="transition") == []


async def test_transitions_and_held_decisions_share_the_trail(store: SqliteStore) -> None:
    msg = StoredMessage.create(
        Envelope("taro@corp.example", ("x@partner.example",)),
        b"Subject: s\r\n\r\nplain body\r\n",
        decision(Action.CONFIRM, "card"),
        findings=findings(),
        now=T0,
    )
    qid = await store.put(msg)
    assert await store.transition(qid, State.HELD, State.RELEASED, actor="sender", now=T0 + 9)
    log = AuditLog(store)
    records = await log.search(domain="partner.example")
    assert [(r.kind, r.outcome, r.actor, r.queue_id) for r in records] == [
        ("decision", "held", "system", qid),
        ("transition", "released", "sender", qid),
    ]
    assert all(r.rules == ("card",) and r.action == "confirm" for r in records)
    assert records[1].findings == summarize_findings(findings())


async def test_raw_personal_data_never_reaches_the_database(store: SqliteStore) -> None:
    log = AuditLog(store)
    await log.record_decision(
        Envelope("taro@corp.example", ("x@partner.example",)),
        decision(Action.REJECT, "card"),
        findings=findings(),
    )
    # A held message too (its body carries no personal data here, its findings do).
    await store.put(
        StoredMessage.create(
            Envelope("taro@corp.example", ("x@partner.example",)),
            b"Subject: s\r\n\r\nsee attachment\r\n",
            decision(Action.HOLD, "card"),
            findings=findings(),
            now=T0,
        )
    )
    blob = b"".join(p.read_bytes() for p in store.path.parent.iterdir() if p.is_file())
    for raw in (CARD, "5555555555554444", MY_NUMBER):
        assert raw.encode() not in blob
    assert b"************1111" in blob and b"********9018" in blob


def test_summaries_take_only_masked_samples() -> None:
    summary = FindingSummary.from_finding(findings()["credit_card"], max_samples=1)
    assert summary.samples == ("************1111",)
    assert CARD not in json.dumps(summary.to_json())
    assert FindingSummary.from_json(summary.to_json()) == summary


async def test_trail_is_append_only(store: SqliteStore, trail: AuditLog) -> None:
    conn = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit SET outcome = 'passed' WHERE outcome = 'rejected'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_rcpt SET address = 'x'")
    finally:
        conn.close()
    assert len(await trail.search(outcome="rejected")) == 2


async def test_domain_search_uses_the_recipient_index(store: SqliteStore, trail: AuditLog) -> None:
    sql, args = search_sql(AuditQuery(domain="partner.example", since=T0))
    conn = sqlite3.connect(store.path)
    try:
        detail = " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    finally:
        conn.close()
    assert "ix_audit_rcpt_domain" in detail


async def test_international_domains_compare_in_punycode(store: SqliteStore) -> None:
    log = AuditLog(store, clock=Clock(T0))
    await log.record_decision(
        Envelope("taro@corp.example", ("tanaka@例え.jp",)), decision(Action.PASS)
    )
    rec = (await log.search(domain="例え.jp"))[0]
    assert rec.domains == ("xn--r8jz45g.jp",)
    assert await log.search(domain="XN--R8JZ45G.JP") == [rec]
    assert await log.search(recipient="TANAKA@例え.jp") == [rec]


def test_domain_helpers() -> None:
    assert domain_of("<Someone@Mail.Example.JP>") == "mail.example.jp"
    assert domain_of("no-at-sign") == ""
    assert normalize_domain("Example.JP.") == "example.jp"


def sample_records() -> list[AuditRecord]:
    return [
        AuditRecord(
            at=T0,
            kind="decision",
            outcome="rejected",
            queue_id="",
            message_id="<1@corp.example>",
            mail_from='=HYPERLINK("http://evil.example")@corp.example',
            recipients=("a@partner.example", "b@other.example"),
            domains=("partner.example", "other.example"),
            rules=("no-customer-list", "ext"),
            action="reject",
            findings=summarize_findings(findings()),
            note="顧客リスト",
            id=1,
        ),
        AuditRecord(
            at=T0 + 60,
            kind="transition",
            outcome="cancelled",
            actor="admin:alice",
            queue_id="ABCDEFGHJKLM",
            note="-wrong recipient",
            id=2,
        ),
    ]


def test_export_csv() -> None:
    out = io.StringIO()
    assert export_csv(sample_records(), out, tz=JST, bom=True) == 2
    text = out.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == list(CSV_COLUMNS)
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["time"] == "2025-06-16T00:06:40+09:00"
    assert first["recipients"] == "a@partner.example b@other.example"
    assert first["domains"] == "partner.example other.example"
    assert first["rules"] == "no-customer-list ext"
    assert first["findings"] == (
        "credit_card=2 [************1111 ************4444]; my_number=1 [********9018]"
    )
    assert first["note"] == "顧客リスト"
    # Cells a spreadsheet would run as formulas are neutralised.
    assert first["mail_from"] == '\'=HYPERLINK("http://evil.example")@corp.example'
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert second["note"] == "'-wrong recipient"
    assert (second["queue_id"], second["outcome"], second["actor"]) == (
        "ABCDEFGHJKLM",
        "cancelled",
        "admin:alice",
    )
    assert CARD not in text and MY_NUMBER not in text


def test_export_json() -> None:
    out = io.StringIO()
    assert export_json(sample_records(), out) == 2
    data = json.loads(out.getvalue())
    assert [d["id"] for d in data] == [1, 2]
    assert data[0]["time"] == "2025-06-15T15:06:40+00:00"
    assert data[0]["at"] == T0
    assert data[0]["recipients"] == ["a@partner.example", "b@other.example"]
    assert data[0]["findings"][1] == {
        "type": "my_number",
        "count": 1,
        "samples": ["********9018"],
        "locations": ["attachment:list.xlsx"],
    }
    assert data[1]["actor"] == "admin:alice"
    empty = io.StringIO()
    assert export_json([], empty) == 0
    assert json.loads(empty.getvalue()) == []


async def test_export_of_a_search(trail: AuditLog) -> None:
    out = io.StringIO()
    n = export_json(await trail.search(domain="other.example"), out)
    assert n == 2
    assert [d["message_id"] for d in json.loads(out.getvalue())] == [
        "<2@corp.example>",
        "<3@corp.example>",
    ]
