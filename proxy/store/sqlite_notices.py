"""The notice outbox's SQL for the SQLite store: keep, list due, defer, forget."""

from __future__ import annotations

import sqlite3

from proxy.store.base import PendingNotice

SQL_DUE = (
    "SELECT id, created_at, queue_id, kind, mail_from, rcpt, data, attempts,"
    " next_attempt_at, last_error FROM notices INDEXED BY ix_notices_due"
    " WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
)


def insert(conn: sqlite3.Connection, n: PendingNotice) -> int:
    cur = conn.execute(
        """INSERT INTO notices (created_at, queue_id, kind, mail_from, rcpt, data, attempts,
               next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (n.created_at, n.queue_id, n.kind, n.mail_from, n.rcpt, n.data, n.attempts,
         n.next_attempt_at, n.last_error),
    )
    return int(cur.lastrowid or 0)


def due(conn: sqlite3.Connection, now: float, limit: int) -> list[PendingNotice]:
    return [
        PendingNotice(
            id=int(r[0]), created_at=float(r[1]), queue_id=r[2], kind=r[3], mail_from=r[4],
            rcpt=r[5], data=bytes(r[6]), attempts=int(r[7]), next_attempt_at=float(r[8]),
            last_error=r[9],
        )
        for r in conn.execute(SQL_DUE, (now, limit)).fetchall()
    ]


def delete(conn: sqlite3.Connection, id: int) -> None:
    conn.execute("DELETE FROM notices WHERE id = ?", (id,))


def defer(conn: sqlite3.Connection, id: int, next_attempt_at: float, error: str) -> None:
    conn.execute(
        "UPDATE notices SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
        " WHERE id = ?",
        (next_attempt_at, error[:500], id),
    )


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM notices").fetchone()[0])
