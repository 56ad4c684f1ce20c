"""The SQLite schema and its migrations, versioned with PRAGMA user_version.

Migration N takes a database at version N-1 to N; they run in order at start-up inside
the writer's transaction (DDL is transactional in SQLite), so a failed migration leaves
the previous version intact. Never edit a released migration: append a new one.

Layout, and why:
- `messages`: one small row per held message. The bytes live in `bodies` so that a state
  change rewrites a few hundred bytes, not a 50 MB row.
- `due_at` / `expire_at` are generated columns with partial indexes: the scheduler's
  "what is due now" and "when is the next thing due" read a handful of index entries,
  however many finished messages the table keeps.
- `history`: transitions of each message; `audit` + `audit_rcpt`: the audit trail, with
  recipients in their own indexed table so "everything sent to this domain" is a lookup.
- `notices`: the outbox of alerts the upstream refused for now; a row lives until the
  notice is sent or given up.
"""

from __future__ import annotations

import sqlite3

from proxy.store.base import StoreError

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: initial schema
    (
        """CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            received_at REAL NOT NULL,
            mail_from TEXT NOT NULL,
            rcpt_tos TEXT NOT NULL,
            message_id TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            action TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]',
            findings TEXT NOT NULL DEFAULT '[]',
            approvers TEXT NOT NULL DEFAULT '[]',
            bcc_convert INTEGER NOT NULL DEFAULT 0,
            add_headers TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL,
            release_at REAL NOT NULL,
            expires_at REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,
            first_release_at REAL,
            last_error TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'ja',
            body_hash TEXT NOT NULL,
            dedup_key TEXT NOT NULL,
            updated_at REAL NOT NULL,
            finished_at REAL,
            purged_at REAL,
            due_at REAL GENERATED ALWAYS AS (CASE
                WHEN state = 'held' AND action = 'hold' THEN release_at
                WHEN state IN ('released', 'approved') THEN 0
                WHEN state = 'deferred' THEN COALESCE(next_attempt_at, 0)
            END) VIRTUAL,
            expire_at REAL GENERATED ALWAYS AS (CASE
                WHEN state = 'held' AND action IN ('confirm', 'approve') THEN expires_at
            END) VIRTUAL
        )""",
        "CREATE INDEX ix_messages_due ON messages(due_at) WHERE due_at IS NOT NULL",
        "CREATE INDEX ix_messages_expire ON messages(expire_at) WHERE expire_at IS NOT NULL",
        "CREATE INDEX ix_messages_state ON messages(state, received_at)",
        "CREATE INDEX ix_messages_sender ON messages(mail_from COLLATE NOCASE, received_at)",
        "CREATE INDEX ix_messages_received ON messages(received_at)",
        "CREATE INDEX ix_messages_dedup ON messages(dedup_key, received_at)",
        # Retention: bytes still kept (small: only the last days' finished messages) …
        """CREATE INDEX ix_messages_purge ON messages(finished_at)
            WHERE finished_at IS NOT NULL AND purged_at IS NULL""",
        # … and rows past the audit retention.
        """CREATE INDEX ix_messages_finished ON messages(finished_at)
            WHERE finished_at IS NOT NULL""",
        """CREATE TABLE bodies (
            id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            data BLOB NOT NULL
        )""",
        """CREATE TABLE history (
            msg_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX ix_history_msg ON history(msg_id, at)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at REAL NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            actor TEXT NOT NULL,
            queue_id TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL DEFAULT '',
            mail_from TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '[]',
            domains TEXT NOT NULL DEFAULT '[]',
            rules TEXT NOT NULL DEFAULT '[]',
            action TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX ix_audit_at ON audit(at)",
        "CREATE INDEX ix_audit_sender ON audit(mail_from COLLATE NOCASE, at)",
        "CREATE INDEX ix_audit_queue ON audit(queue_id, at) WHERE queue_id != ''",
        # One row per recipient of each record. `rdomain` is the domain with its labels
        # reversed ("jp.example.mail") so a domain and all its subdomains are one range.
        """CREATE TABLE audit_rcpt (
            audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
            address TEXT NOT NULL,
            rdomain TEXT NOT NULL
        )""",
        "CREATE INDEX ix_audit_rcpt_domain ON audit_rcpt(rdomain, audit_id)",
        "CREATE INDEX ix_audit_rcpt_address ON audit_rcpt(address, audit_id)",
        "CREATE INDEX ix_audit_rcpt_id ON audit_rcpt(audit_id)",
        # Append-only: an audit record is never changed (only retention deletes).
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_rcpt_no_update BEFORE UPDATE ON audit_rcpt
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    ),
    # 2: the notice outbox — alerts and notices the upstream did not take at once, kept
    # for retry (a lost "your mail is held" alert is a leak the sender never hears of).
    (
        """CREATE TABLE notices (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at REAL NOT NULL,
            queue_id TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            mail_from TEXT NOT NULL,
            rcpt TEXT NOT NULL,
            data BLOB NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            last_error TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX ix_notices_due ON notices(next_attempt_at)",
    ),
    # 3: the attachment names alerts and pages show, masked at hold time by the message's
    # findings (proxy.detectors.redact); NULL in rows stored before: read from the bytes.
    ("ALTER TABLE messages ADD COLUMN attachments TEXT",),
)

VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to VERSION (call inside a transaction); returns the old version."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > VERSION:
        raise StoreError(
            f"the database has schema version {current}, newer than this mailguard "
            f"understands ({VERSION}); upgrade mailguard or use a backup"
        )
    for number in range(current + 1, VERSION + 1):
        for statement in MIGRATIONS[number - 1]:
            conn.execute(statement)
        # PRAGMA takes no parameters; `number` is an int from range().
        conn.execute(f"PRAGMA user_version = {number}")
    return current
