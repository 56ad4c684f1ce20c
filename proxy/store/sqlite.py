"""The SQLite store: one file in WAL mode, one writer thread, a few reader threads.

Durability: WAL with synchronous=FULL, so a commit has reached the disk (fsync of the
WAL) when it returns; with NORMAL a committed row can vanish on power loss. All writes go
through `Writer` (group commit, cancellation-shielded); reads use their own connections,
which WAL lets run beside the writer, on a small thread pool.

The writer is the only writer of this file, so inside a job a read-then-update is already
atomic; the updates still say `WHERE id = ? AND state = ?` so the compare-and-set holds
even when another process (e.g. the CLI) writes to the same file.
"""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from proxy.audit import (
    KIND_DECISION,
    KIND_EDIT,
    KIND_TRANSITION,
    OUTCOME_HELD,
    AuditQuery,
    AuditRecord,
    FindingSummary,
    recipient_domains,
)
from proxy.model import Action, Reason
from proxy.store import sqlite_audit, sqlite_notices
from proxy.store.base import (
    FINAL_STATES,
    TRANSITION_FIELDS,
    NotFound,
    PendingNotice,
    PurgeResult,
    State,
    StateArg,
    Store,
    StoreClosed,
    StoredMessage,
    StoreError,
    Transition,
    WrongState,
    as_states,
    body_hash,
    check_transition,
    dedup_key,
    new_queue_id,
)
from proxy.store.files import create_private_file, fsync_dir, prepare_data_dir, tighten
from proxy.store.headers import address_of, remove_addresses
from proxy.store.owner import OwnerLock
from proxy.store.schema import migrate
from proxy.store.writer import Writer

T = TypeVar("T")

# The scheduler's queries, exposed so tests can check their plans use the indexes.
SQL_CLAIM_DUE = "SELECT id FROM messages WHERE due_at <= ? ORDER BY due_at LIMIT ?"
SQL_EXPIRE_DUE = "SELECT id FROM messages WHERE expire_at <= ? ORDER BY expire_at LIMIT ?"
SQL_NEXT_DUE = "SELECT MIN(due_at) FROM messages WHERE due_at IS NOT NULL"
SQL_NEXT_EXPIRY = "SELECT MIN(expire_at) FROM messages WHERE expire_at IS NOT NULL"
SQL_PURGE_DUE = (
    "SELECT id FROM messages INDEXED BY ix_messages_purge"
    " WHERE finished_at <= ? AND purged_at IS NULL"
    " ORDER BY finished_at LIMIT ?"
)

_MSG_COLUMNS = (
    "id, received_at, mail_from, rcpt_tos, message_id, subject, size, action, reasons, "
    "findings, approvers, bcc_convert, add_headers, state, release_at, expires_at, "
    "attempts, next_attempt_at, first_release_at, last_error, language, body_hash, "
    "updated_at, finished_at, purged_at, attachments"
)
_SELECT_MESSAGE = f"SELECT {_MSG_COLUMNS} FROM messages"  # noqa: S608  # nosec B608
# Reminders: held confirm/approve messages expiring soon (the expiry index).
SQL_EXPIRING = (
    f"{_SELECT_MESSAGE} INDEXED BY ix_messages_expire"
    " WHERE expire_at <= ? ORDER BY expire_at LIMIT ?"
)

# Which states a claim takes; the due_at index already narrows `held` to hold-actions
# whose delay is over and `deferred` to those whose retry time has come.
_CLAIMABLE = (State.HELD, State.RELEASED, State.APPROVED, State.DEFERRED)
_PURGE_CHUNK = 500  # rows per write job, so a big purge never stalls puts for long


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _message(row: sqlite3.Row) -> StoredMessage:
    return StoredMessage(
        id=row["id"],
        received_at=float(row["received_at"]),
        mail_from=row["mail_from"],
        rcpt_tos=list(json.loads(row["rcpt_tos"])),
        message_id=row["message_id"],
        subject=row["subject"],
        attachments=None if row["attachments"] is None else list(json.loads(row["attachments"])),
        size=int(row["size"]),
        action=Action.parse(row["action"]),
        reasons=[
            Reason(
                rule=r["rule"],
                action=Action.parse(r["action"]),
                message=r["message"],
                delay_seconds=int(r.get("delay_seconds", 0)),
            )
            for r in json.loads(row["reasons"])
        ],
        findings=[FindingSummary.from_json(f) for f in json.loads(row["findings"])],
        approvers=list(json.loads(row["approvers"])),
        bcc_convert=bool(row["bcc_convert"]),
        add_headers=[(str(k), str(v)) for k, v in json.loads(row["add_headers"])],
        state=State(row["state"]),
        release_at=float(row["release_at"]),
        expires_at=_opt_float(row["expires_at"]),
        attempts=int(row["attempts"]),
        next_attempt_at=_opt_float(row["next_attempt_at"]),
        first_release_at=_opt_float(row["first_release_at"]),
        last_error=row["last_error"],
        language=row["language"],
        body_hash=row["body_hash"],
        updated_at=float(row["updated_at"]),
        finished_at=_opt_float(row["finished_at"]),
        purged_at=_opt_float(row["purged_at"]),
    )


def _audit_of(
    msg: StoredMessage, *, kind: str, outcome: str, actor: str, note: str, at: float
) -> AuditRecord:
    return AuditRecord(
        at=at,
        kind=kind,
        outcome=outcome,
        actor=actor,
        queue_id=msg.id,
        message_id=msg.message_id,
        mail_from=msg.mail_from,
        recipients=tuple(msg.rcpt_tos),
        domains=recipient_domains(msg.rcpt_tos),
        rules=tuple(msg.rules),
        action=msg.action.label,
        findings=tuple(msg.findings),
        note=note,
    )


def _load(conn: sqlite3.Connection, id: str) -> StoredMessage | None:
    row = conn.execute(f"{_SELECT_MESSAGE} WHERE id = ?", (id,)).fetchone()
    return None if row is None else _message(row)


def _add_history(
    conn: sqlite3.Connection, id: str, at: float, src: str, dst: str, actor: str, note: str
) -> None:
    conn.execute(
        "INSERT INTO history (msg_id, at, from_state, to_state, actor, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (id, at, src, dst, actor, note),
    )


class SqliteStore(Store):
    def __init__(
        self,
        path: str | Path,
        *,
        readers: int = 2,
        busy_timeout: float = 10.0,
        max_batch: int = 256,
        owner: bool = False,
    ) -> None:
        self.path = Path(path)
        # The serving guard owns the queue (see proxy/store/owner.py); the CLI does not.
        self._owner = OwnerLock(self.path) if owner else None
        self._readers_n = readers
        self._busy_timeout = busy_timeout
        self._max_batch = max_batch
        self._writer: Writer | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._local = threading.local()
        self._reader_conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    # -- life cycle -------------------------------------------------------------------

    @property
    def commits(self) -> int:
        """Write transactions committed so far (group commit: fewer than writes)."""
        return self._writer.commits if self._writer else 0

    @property
    def write_jobs(self) -> int:
        """Write operations committed so far."""
        return self._writer.jobs if self._writer else 0

    async def start(self) -> None:
        if self._writer is not None:
            return
        await asyncio.to_thread(self._prepare_files)
        if self._owner is not None:
            self._owner.acquire()  # before anything reads or moves a message
        try:
            writer = Writer(self._connect_writer, max_batch=self._max_batch)
            await writer.start()
        except BaseException:
            self._release_owner()
            raise
        try:
            await writer.call(migrate)
            # The -wal and -shm files exist now: make them private and their names durable.
            await asyncio.to_thread(self._seal_files)
        except BaseException:
            await writer.stop()
            self._release_owner()
            raise
        self._writer = writer
        self._pool = ThreadPoolExecutor(
            max_workers=self._readers_n,
            thread_name_prefix="mailguard-store-reader",
            initializer=self._open_reader,
        )

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        # Readers first, so the writer's connection is the last one and checkpoints the
        # WAL into the database as it closes (queued writes still run before that).
        if self._pool is not None:
            await asyncio.to_thread(self._pool.shutdown, True)
        with self._lock:
            for conn in self._reader_conns:
                conn.close()
            self._reader_conns.clear()
        if self._writer is not None:
            await self._writer.stop()
        self._release_owner()

    def _release_owner(self) -> None:
        if self._owner is not None:
            self._owner.release()

    def _prepare_files(self) -> None:
        prepare_data_dir(self.path.parent)
        create_private_file(self.path)

    def _seal_files(self) -> None:
        tighten(self.path)
        fsync_dir(self.path.parent)

    def _connect_writer(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=self._busy_timeout)
        try:
            conn.row_factory = sqlite3.Row
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            if mode.lower() != "wal":
                raise StoreError(
                    f"{self.path}: SQLite cannot use WAL mode here (got {mode!r});"
                    " put the database on a local file system"
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Deleted message bytes are overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            # After a burst of big messages, give the disk space of the WAL back.
            conn.execute("PRAGMA journal_size_limit = 67108864")
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_reader(self) -> None:
        conn = sqlite3.connect(
            self.path,
            isolation_level=None,
            timeout=self._busy_timeout,
            check_same_thread=False,
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        self._local.conn = conn
        with self._lock:
            self._reader_conns.append(conn)

    # -- plumbing ---------------------------------------------------------------------

    async def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._writer is None or self._closed:
            raise StoreClosed("the store is not open")
        return await self._writer.call(fn)

    async def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._pool is None or self._closed:
            raise StoreClosed("the store is not open")

        def run() -> T:
            conn: sqlite3.Connection = self._local.conn
            # One read transaction: the query sees a single committed snapshot.
            conn.execute("BEGIN")
            try:
                return fn(conn)
            finally:
                conn.execute("COMMIT")

        return await asyncio.get_running_loop().run_in_executor(self._pool, run)

    # -- messages ---------------------------------------------------------------------

    async def put(self, msg: StoredMessage, *, dedup_within: float = 0.0) -> str:
        if msg.data is None:
            raise ValueError("put() needs the message bytes")
        data = msg.data

        def job(conn: sqlite3.Connection) -> str:
            digest = msg.body_hash or body_hash(data)
            key = dedup_key(msg.mail_from, msg.rcpt_tos, digest)
            if dedup_within > 0:
                earlier = self._duplicate(conn, key, msg.received_at - dedup_within)
                if earlier is not None:
                    return earlier
            qid = msg.id or new_queue_id()
            while conn.execute("SELECT 1 FROM messages WHERE id = ?", (qid,)).fetchone():
                qid = new_queue_id()
            at = msg.received_at
            conn.execute(
                """INSERT INTO messages (id, received_at, mail_from, rcpt_tos, message_id,
                       subject, size, action, reasons, findings, approvers, bcc_convert,
                       add_headers, state, release_at, expires_at, attempts,
                       next_attempt_at, first_release_at, last_error, language, body_hash,
                       dedup_key, updated_at, attachments)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL,
                       '', ?, ?, ?, ?, ?)""",
                (
                    qid,
                    at,
                    msg.mail_from,
                    _dumps(list(msg.rcpt_tos)),
                    msg.message_id,
                    msg.subject,
                    len(data),
                    msg.action.label,
                    _dumps(
                        [{**r.to_json(), "delay_seconds": r.delay_seconds} for r in msg.reasons]
                    ),
                    _dumps([f.to_json() for f in msg.findings]),
                    _dumps(list(msg.approvers)),
                    int(msg.bcc_convert),
                    _dumps([list(h) for h in msg.add_headers]),
                    State.HELD.value,
                    msg.release_at,
                    msg.expires_at,
                    msg.language,
                    digest,
                    key,
                    at,
                    None if msg.attachments is None else _dumps(list(msg.attachments)),
                ),
            )
            conn.execute("INSERT INTO bodies (id, data) VALUES (?, ?)", (qid, data))
            note = msg.action.label + (": " + ", ".join(msg.rules) if msg.reasons else "")
            _add_history(conn, qid, at, "", State.HELD.value, "system", note)
            sqlite_audit.insert(
                conn,
                _audit_of(
                    dataclasses.replace(msg, id=qid),
                    kind=KIND_DECISION,
                    outcome=OUTCOME_HELD,
                    actor="system",
                    note="",
                    at=at,
                ),
            )
            return qid

        return await self._write(job)

    async def get(self, id: str) -> StoredMessage | None:
        def job(conn: sqlite3.Connection) -> StoredMessage | None:
            msg = _load(conn, id)
            if msg is None:
                return None
            body = conn.execute("SELECT data FROM bodies WHERE id = ?", (id,)).fetchone()
            msg.data = None if body is None else bytes(body[0])
            msg.history = [
                Transition(
                    at=float(h["at"]),
                    from_state=h["from_state"],
                    to_state=h["to_state"],
                    actor=h["actor"],
                    note=h["note"],
                )
                for h in conn.execute(
                    "SELECT at, from_state, to_state, actor, note FROM history"
                    " WHERE msg_id = ? ORDER BY at, rowid",
                    (id,),
                )
            ]
            return msg

        return await self._read(job)

    async def state_of(self, id: str) -> State | None:
        def job(conn: sqlite3.Connection) -> State | None:
            row = conn.execute("SELECT state FROM messages WHERE id = ?", (id,)).fetchone()
            return None if row is None else State(row[0])

        return await self._read(job)

    async def load_data(self, id: str) -> bytes | None:
        def job(conn: sqlite3.Connection) -> bytes | None:
            row = conn.execute("SELECT data FROM bodies WHERE id = ?", (id,)).fetchone()
            return None if row is None else bytes(row[0])

        return await self._read(job)

    async def list(
        self,
        *,
        state: StateArg | None = None,
        sender: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> builtins.list[StoredMessage]:
        where: list[str] = []
        args: list[Any] = []
        if state is not None:
            states = as_states(state)
            where.append(f"state IN ({', '.join('?' * len(states))})")
            args += [s.value for s in states]
        if sender is not None:
            where.append("mail_from = ? COLLATE NOCASE")
            args.append(sender.strip())
        sql = _SELECT_MESSAGE
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY received_at DESC, id LIMIT ? OFFSET ?"
        args += [max(0, limit), max(0, offset)]

        def job(conn: sqlite3.Connection) -> list[StoredMessage]:
            return [_message(row) for row in conn.execute(sql, args)]

        return await self._read(job)

    async def count_by_state(self) -> dict[State, int]:
        def job(conn: sqlite3.Connection) -> dict[State, int]:
            counts = dict.fromkeys(State, 0)
            for state, n in conn.execute("SELECT state, COUNT(*) FROM messages GROUP BY state"):
                counts[State(state)] = int(n)
            return counts

        return await self._read(job)

    # -- state changes ----------------------------------------------------------------

    @staticmethod
    def _move(
        conn: sqlite3.Connection,
        id: str,
        from_states: Iterable[State],
        to_state: State,
        *,
        actor: str,
        note: str,
        now: float,
        fields: dict[str, Any],
    ) -> StoredMessage | None:
        """The compare-and-set every state change goes through: update, history, audit."""
        row = conn.execute("SELECT state FROM messages WHERE id = ?", (id,)).fetchone()
        allowed = {s.value for s in from_states}
        if row is None or row["state"] not in allowed:
            return None
        current = row["state"]
        sets = ["state = ?", "updated_at = ?"]
        args: list[Any] = [to_state.value, now]
        for name, value in fields.items():  # names checked against TRANSITION_FIELDS
            sets.append(f"{name} = ?")
            args.append(_dumps(list(value)) if name == "approvers" else value)
        if to_state == State.DELIVERING:
            sets += ["attempts = attempts + 1", "first_release_at = COALESCE(first_release_at, ?)"]
            args.append(now)
        if to_state in FINAL_STATES:
            sets.append("finished_at = ?")
            args.append(now)
        cur = conn.execute(
            # Column names are fixed strings from TRANSITION_FIELDS; values are bound.
            f"UPDATE messages SET {', '.join(sets)} WHERE id = ? AND state = ?",  # noqa: S608  # nosec B608
            [*args, id, current],
        )
        if cur.rowcount != 1:
            return None
        _add_history(conn, id, now, current, to_state.value, actor, note)
        msg = _load(conn, id)
        assert msg is not None  # updated just above, same transaction
        sqlite_audit.insert(
            conn,
            _audit_of(
                msg,
                kind=KIND_TRANSITION,
                outcome=to_state.value,
                actor=actor,
                note=note,
                at=now,
            ),
        )
        return msg

    async def transition(
        self,
        id: str,
        from_states: StateArg,
        to_state: State | str,
        *,
        actor: str,
        note: str = "",
        now: float | None = None,
        **fields: Any,
    ) -> bool:
        sources = as_states(from_states)
        target = State(to_state)
        check_transition(sources, target)
        unknown = set(fields) - TRANSITION_FIELDS
        if unknown:
            raise ValueError(f"transition cannot set {', '.join(sorted(unknown))}")
        if target == State.DEFERRED and fields.get("next_attempt_at") is None:
            raise ValueError("a deferred message needs next_attempt_at")
        at = time.time() if now is None else now

        def job(conn: sqlite3.Connection) -> bool:
            moved = self._move(
                conn, id, sources, target, actor=actor, note=note, now=at, fields=fields
            )
            return moved is not None

        return await self._write(job)

    async def claim_due(self, now: float, limit: int = 100) -> builtins.list[StoredMessage]:
        def job(conn: sqlite3.Connection) -> list[StoredMessage]:
            claimed = []
            for (id,) in conn.execute(SQL_CLAIM_DUE, (now, limit)).fetchall():
                msg = self._move(
                    conn,
                    id,
                    _CLAIMABLE,
                    State.DELIVERING,
                    actor="system",
                    note="due",
                    now=now,
                    fields={},
                )
                if msg is not None:
                    claimed.append(msg)
            return claimed

        return await self._write(job)

    def _move_all(
        self, conn: sqlite3.Connection, ids: list[str], src: State, dst: State, *,
        now: float, note: str,
    ) -> list[StoredMessage]:
        """The system moves these messages from `src` to `dst`; the ones that moved."""
        moved = []
        for id in ids:
            msg = self._move(conn, id, (src,), dst, actor="system", note=note, now=now,
                             fields={})
            if msg is not None:
                moved.append(msg)
        return moved

    async def expire_due(self, now: float, limit: int = 1000) -> builtins.list[StoredMessage]:
        def job(conn: sqlite3.Connection) -> list[StoredMessage]:
            ids = [r[0] for r in conn.execute(SQL_EXPIRE_DUE, (now, limit)).fetchall()]
            return self._move_all(conn, ids, State.HELD, State.EXPIRED, now=now,
                                  note="not confirmed or approved in time")

        return await self._write(job)

    async def expiring(self, before: float, limit: int = 1000) -> builtins.list[StoredMessage]:
        def job(conn: sqlite3.Connection) -> list[StoredMessage]:
            return [_message(row) for row in conn.execute(SQL_EXPIRING, (before, limit))]

        return await self._read(job)

    async def next_due(self) -> float | None:
        def job(conn: sqlite3.Connection) -> float | None:
            times = [
                conn.execute(SQL_NEXT_DUE).fetchone()[0],
                conn.execute(SQL_NEXT_EXPIRY).fetchone()[0],
            ]
            known = [float(t) for t in times if t is not None]
            return min(known) if known else None

        return await self._read(job)

    async def recover(self, now: float | None = None) -> builtins.list[str]:
        at = time.time() if now is None else now

        def job(conn: sqlite3.Connection) -> list[str]:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM messages WHERE state = ? ORDER BY received_at",
                    (State.DELIVERING.value,),
                ).fetchall()
            ]
            moved = self._move_all(conn, ids, State.DELIVERING, State.RELEASED, now=at,
                                   note="interrupted delivery; may already have been delivered")
            return [m.id for m in moved]

        return await self._write(job)

    # -- duplicates and edits ---------------------------------------------------------

    @staticmethod
    def _duplicate(conn: sqlite3.Connection, key: str, since: float) -> str | None:
        row = conn.execute(
            "SELECT id FROM messages WHERE dedup_key = ? AND received_at >= ?"
            " ORDER BY received_at DESC LIMIT 1",
            (key, since),
        ).fetchone()
        return None if row is None else str(row[0])

    async def find_duplicate(
        self,
        mail_from: str,
        rcpt_tos: Iterable[str],
        body_hash: str,
        within_seconds: float,
        *,
        now: float | None = None,
    ) -> str | None:
        key = dedup_key(mail_from, rcpt_tos, body_hash)
        since = (time.time() if now is None else now) - within_seconds
        # Through the writer, not a reader: queued puts (a session that timed out while
        # its put waited for the disk) are ordered before this and are seen.
        return await self._write(lambda conn: self._duplicate(conn, key, since))

    async def remove_recipients(
        self,
        id: str,
        addresses: Iterable[str],
        actor: str,
        *,
        now: float | None = None,
    ) -> builtins.list[str]:
        drop = [a for a in addresses if a.strip()]
        drop_keys = {address_of(a) for a in drop}
        at = time.time() if now is None else now

        def job(conn: sqlite3.Connection) -> list[str]:
            msg = _load(conn, id)
            if msg is None:
                raise NotFound(f"no message {id}")
            if msg.state != State.HELD:
                raise WrongState(f"message {id} is {msg.state.value}, not held")
            body = conn.execute("SELECT data FROM bodies WHERE id = ?", (id,)).fetchone()
            if body is None:
                raise StoreError(f"message {id} has no stored bytes")
            left = [r for r in msg.rcpt_tos if address_of(r) not in drop_keys]
            removed = [r for r in msg.rcpt_tos if address_of(r) in drop_keys]
            note = "removed " + ", ".join(removed or drop)
            if not left:
                # Nothing left to send: that is a cancel (the bytes stay as received).
                self._move(
                    conn,
                    id,
                    (State.HELD,),
                    State.CANCELLED,
                    actor=actor,
                    note=note + "; no recipient left",
                    now=at,
                    fields={},
                )
                return []
            original = bytes(body[0])
            data = remove_addresses(original, drop)
            if not removed and data == original:
                return left  # none of them was a recipient: nothing to change or record
            cur = conn.execute(
                "UPDATE messages SET rcpt_tos = ?, size = ?, updated_at = ?"
                " WHERE id = ? AND state = ?",
                (_dumps(left), len(data), at, id, State.HELD.value),
            )
            if cur.rowcount != 1:
                raise WrongState(f"message {id} changed state")
            conn.execute("UPDATE bodies SET data = ? WHERE id = ?", (data, id))
            _add_history(conn, id, at, State.HELD.value, State.HELD.value, actor, note)
            msg.rcpt_tos = left
            sqlite_audit.insert(
                conn,
                _audit_of(
                    msg,
                    kind=KIND_EDIT,
                    outcome=State.HELD.value,
                    actor=actor,
                    note=note,
                    at=at,
                ),
            )
            return left

        return await self._write(job)

    # -- retention --------------------------------------------------------------------

    async def purge(
        self, now: float, retention_seconds: float, audit_retention_seconds: float
    ) -> PurgeResult:
        body_cutoff = now - retention_seconds
        row_cutoff = now - audit_retention_seconds

        def bodies(conn: sqlite3.Connection) -> int:
            ids = [r[0] for r in conn.execute(SQL_PURGE_DUE, (body_cutoff, _PURGE_CHUNK))]
            for id in ids:
                conn.execute("DELETE FROM bodies WHERE id = ?", (id,))
                conn.execute("UPDATE messages SET purged_at = ? WHERE id = ?", (now, id))
            return len(ids)

        def rows(conn: sqlite3.Connection) -> int:
            # Message metadata is kept as long as the audit trail, then goes too.
            cur = conn.execute(
                "DELETE FROM messages WHERE id IN (SELECT id FROM messages"
                " WHERE finished_at < ? ORDER BY finished_at LIMIT ?)",
                (row_cutoff, _PURGE_CHUNK),
            )
            return cur.rowcount

        def audit(conn: sqlite3.Connection) -> int:
            return sqlite_audit.purge(conn, row_cutoff, _PURGE_CHUNK)

        totals = []
        for fn in (bodies, rows, audit):
            total = 0
            while True:
                n = await self._write(fn)
                total += n
                if n < _PURGE_CHUNK:
                    break
            totals.append(total)
        return PurgeResult(bodies=totals[0], messages=totals[1], audit=totals[2])

    # -- audit ------------------------------------------------------------------------

    async def append_audit(self, record: AuditRecord) -> int:
        return await self._write(lambda conn: sqlite_audit.insert(conn, record))

    async def append_audit_many(self, records: Iterable[AuditRecord]) -> None:
        batch = list(records)

        def insert_all(conn: sqlite3.Connection) -> None:
            for record in batch:
                sqlite_audit.insert(conn, record)

        if batch:
            await self._write(insert_all)

    async def search_audit(self, query: AuditQuery) -> builtins.list[AuditRecord]:
        return await self._read(lambda conn: sqlite_audit.search(conn, query))

    # -- the notice outbox ----------------------------------------------------------

    async def put_notice(self, notice: PendingNotice) -> int:
        return await self._write(lambda conn: sqlite_notices.insert(conn, notice))

    async def due_notices(self, now: float, limit: int = 100) -> builtins.list[PendingNotice]:
        return await self._read(lambda conn: sqlite_notices.due(conn, now, limit))

    async def finish_notice(self, id: int) -> None:
        await self._write(lambda conn: sqlite_notices.delete(conn, id))

    async def defer_notice(self, id: int, next_attempt_at: float, error: str) -> None:
        await self._write(lambda conn: sqlite_notices.defer(conn, id, next_attempt_at, error))

    async def count_notices(self) -> int:
        return await self._read(sqlite_notices.count)
