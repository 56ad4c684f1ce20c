"""The audit trail's SQL for the SQLite store: append, search, retention.

Plain functions on a connection, so the store can append a record in the same
transaction as the state change it describes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from proxy.audit import AuditQuery, AuditRecord, FindingSummary, domain_of, normalize_domain


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def reverse_domain(domain: str) -> str:
    return ".".join(reversed(domain.split("."))) if domain else ""


def insert(conn: sqlite3.Connection, r: AuditRecord) -> int:
    cur = conn.execute(
        """INSERT INTO audit (at, kind, outcome, actor, queue_id, message_id, mail_from,
               recipients, domains, rules, action, findings, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            r.at,
            r.kind,
            r.outcome,
            r.actor,
            r.queue_id,
            r.message_id,
            r.mail_from,
            _dumps(list(r.recipients)),
            _dumps(list(r.domains)),
            _dumps(list(r.rules)),
            r.action,
            _dumps([f.to_json() for f in r.findings]),
            r.note,
        ),
    )
    audit_id = int(cur.lastrowid or 0)
    rows = {(a.strip().lower(), reverse_domain(domain_of(a))) for a in r.recipients}
    conn.executemany(
        "INSERT INTO audit_rcpt (audit_id, address, rdomain) VALUES (?, ?, ?)",
        [(audit_id, addr, rdom) for addr, rdom in sorted(rows)],
    )
    return audit_id


_COLUMNS = (
    "id, at, kind, outcome, actor, queue_id, message_id, mail_from, recipients, domains, "
    "rules, action, findings, note"
)


def _record(row: sqlite3.Row) -> AuditRecord:
    return AuditRecord(
        id=int(row["id"]),
        at=float(row["at"]),
        kind=row["kind"],
        outcome=row["outcome"],
        actor=row["actor"],
        queue_id=row["queue_id"],
        message_id=row["message_id"],
        mail_from=row["mail_from"],
        recipients=tuple(json.loads(row["recipients"])),
        domains=tuple(json.loads(row["domains"])),
        rules=tuple(json.loads(row["rules"])),
        action=row["action"],
        findings=tuple(FindingSummary.from_json(f) for f in json.loads(row["findings"])),
        note=row["note"],
    )


def search_sql(q: AuditQuery) -> tuple[str, list[Any]]:
    """The SELECT for a query (exposed so a test can EXPLAIN it)."""
    where: list[str] = []
    args: list[Any] = []
    if q.sender is not None:
        where.append("a.mail_from = ? COLLATE NOCASE")
        args.append(q.sender.strip())
    if q.recipient is not None:
        where.append("a.id IN (SELECT audit_id FROM audit_rcpt WHERE address = ?)")
        args.append(q.recipient.strip().strip("<>").lower())
    if q.domain is not None:
        rdom = reverse_domain(normalize_domain(q.domain))
        # The domain itself, or any subdomain: "jp.example" … "jp.example." + anything.
        # '/' is the character after '.', so [rdom + '.', rdom + '/') is exactly the
        # subdomains, and the range is an index search.
        where.append(
            "a.id IN (SELECT audit_id FROM audit_rcpt"
            " WHERE rdomain = ? OR (rdomain >= ? AND rdomain < ?))"
        )
        args += [rdom, rdom + ".", rdom + "/"]
    if q.rule is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(a.rules) WHERE value = ?)")
        args.append(q.rule)
    for column, value in (
        ("action", q.action),
        ("outcome", q.outcome),
        ("queue_id", q.queue_id),
        ("kind", q.kind),
    ):
        if value is not None:
            where.append(f"a.{column} = ?")
            args.append(value)
    if q.since is not None:
        where.append("a.at >= ?")
        args.append(q.since)
    if q.until is not None:
        where.append("a.at < ?")
        args.append(q.until)
    order = "DESC" if q.newest_first else "ASC"
    sql = f"SELECT {_COLUMNS} FROM audit AS a"  # noqa: S608  # nosec B608
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY a.at {order}, a.id {order} LIMIT ?"
    args.append(max(0, q.limit))
    return sql, args


def search(conn: sqlite3.Connection, q: AuditQuery) -> list[AuditRecord]:
    sql, args = search_sql(q)
    return [_record(row) for row in conn.execute(sql, args)]


def purge(conn: sqlite3.Connection, before: float, limit: int) -> int:
    """Delete up to `limit` records older than `before` (their recipients cascade)."""
    cur = conn.execute(
        "DELETE FROM audit WHERE id IN (SELECT id FROM audit WHERE at < ? ORDER BY at LIMIT ?)",
        (before, limit),
    )
    return cur.rowcount
