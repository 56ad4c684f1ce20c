"""The queue's life: states, due messages, races, expiry, duplicates, edits, retention."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from proxy.audit import AuditQuery, AuditRecord
from proxy.model import Action, Decision, Envelope, Reason
from proxy.store import CANCELLABLE, NotFound, State, StoredMessage, WrongState
from proxy.store.sqlite import (
    SQL_CLAIM_DUE,
    SQL_EXPIRE_DUE,
    SQL_NEXT_DUE,
    SQL_NEXT_EXPIRY,
    SQL_PURGE_DUE,
    SqliteStore,
)

NOW = 1_750_000_000.0
DAY = 86400.0


def decision(action: Action, delay: int = 300) -> Decision:
    return Decision(action, delay, (Reason(f"rule-{action.label}", action, "msg", delay),))


def body(n: int, to: str = "suzuki@partner.example, Sato <sato@other.example>") -> bytes:
    return (
        f"From: taro@corp.example\r\nTo: {to}\r\nCc: boss@corp.example\r\n"
        f"Subject: n{n}\r\nMessage-ID: <{n}@corp.example>\r\n\r\nbody {n}\r\n"
    ).encode()


RCPTS = ("suzuki@partner.example", "sato@other.example", "boss@corp.example")


def make(
    n: int = 0,
    action: Action = Action.HOLD,
    delay: int = 300,
    now: float = NOW,
    rcpts: tuple[str, ...] = RCPTS,
) -> StoredMessage:
    return StoredMessage.create(
        Envelope("taro@corp.example", rcpts), body(n), decision(action, delay), now=now
    )


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    s = SqliteStore(tmp_path / "q.db")
    await s.start()
    yield s
    await s.close()


async def state_of(store: SqliteStore, qid: str) -> State:
    msg = await store.get(qid)
    assert msg is not None
    return msg.state


# -- transitions ------------------------------------------------------------------------


async def test_transition_is_compare_and_set(store: SqliteStore) -> None:
    qid = await store.put(make(1))
    assert await store.transition(qid, State.HELD, State.CANCELLED, actor="sender", now=NOW + 1)
    # A second cancel, or a release after the cancel, loses.
    assert not await store.transition(qid, State.HELD, State.CANCELLED, actor="admin")
    assert not await store.transition(qid, State.HELD, State.RELEASED, actor="sender")
    assert not await store.transition("NOSUCHID0000", State.HELD, State.RELEASED, actor="x")
    msg = await store.get(qid)
    assert msg is not None and msg.state == State.CANCELLED and msg.finished_at == NOW + 1
    assert [(h.from_state, h.to_state, h.actor) for h in msg.history] == [
        ("", "held", "system"),
        ("held", "cancelled", "sender"),
    ]
    trail = await store.search_audit(AuditQuery(queue_id=qid))
    assert [(r.kind, r.outcome, r.actor) for r in trail] == [
        ("decision", "held", "system"),
        ("transition", "cancelled", "sender"),
    ]


async def test_transition_rejects_moves_the_state_machine_lacks(store: SqliteStore) -> None:
    qid = await store.put(make(2))
    with pytest.raises(ValueError, match="no transition"):
        await store.transition(qid, State.CANCELLED, State.RELEASED, actor="admin")
    with pytest.raises(ValueError, match="no transition"):
        await store.transition(qid, State.HELD, State.DELIVERED, actor="admin")
    with pytest.raises(ValueError, match="cannot set"):
        await store.transition(qid, State.HELD, State.RELEASED, actor="x", state="delivered")
    claimed = await store.claim_due(NOW + 400)
    assert [m.id for m in claimed] == [qid]
    with pytest.raises(ValueError, match="next_attempt_at"):
        await store.transition(qid, State.DELIVERING, State.DEFERRED, actor="system")
    assert await state_of(store, qid) == State.DELIVERING


async def test_delivery_cycle_with_retry(store: SqliteStore) -> None:
    qid = await store.put(make(3, delay=60))
    assert await store.claim_due(NOW + 59) == []
    first = await store.claim_due(NOW + 60)
    assert [m.id for m in first] == [qid]
    assert first[0].attempts == 1 and first[0].first_release_at == NOW + 60
    assert first[0].data is None  # bytes are loaded separately
    assert await store.load_data(qid) == body(3)
    assert await store.transition(
        qid,
        State.DELIVERING,
        State.DEFERRED,
        actor="system",
        now=NOW + 61,
        next_attempt_at=NOW + 600,
        last_error="451 4.3.0 try later",
    )
    assert await store.next_due() == NOW + 600
    assert await store.claim_due(NOW + 599) == []
    second = await store.claim_due(NOW + 600)
    assert [m.id for m in second] == [qid]
    # The delivery clock keeps its start; the attempt counter goes on.
    assert second[0].attempts == 2 and second[0].first_release_at == NOW + 60
    assert second[0].last_error == "451 4.3.0 try later"
    assert await store.transition(qid, State.DELIVERING, State.DELIVERED, actor="system")
    assert await store.next_due() is None
    msg = await store.get(qid)
    assert msg is not None
    assert [h.to_state for h in msg.history] == [
        "held",
        "delivering",
        "deferred",
        "delivering",
        "delivered",
    ]


async def test_released_and_approved_are_due_at_once(store: SqliteStore) -> None:
    hold = await store.put(make(4, delay=int(100 * DAY)))
    approve = await store.put(make(5, Action.APPROVE))
    confirm = await store.put(make(6, Action.CONFIRM))
    # Confirm/approve messages wait for a person, whatever the clock says.
    assert await store.claim_due(NOW + 10 * DAY) == []
    assert await store.transition(hold, State.HELD, State.RELEASED, actor="sender")
    assert await store.transition(approve, State.HELD, State.APPROVED, actor="approver:boss")
    assert await store.next_due() == 0.0
    claimed = await store.claim_due(NOW)
    assert {m.id for m in claimed} == {hold, approve}
    assert await state_of(store, confirm) == State.HELD


async def test_claim_due_order_and_limit(store: SqliteStore) -> None:
    delays = [500, 100, 300, 200, 400]
    ids = [await store.put(make(i, delay=d)) for i, d in enumerate(delays)]
    by_due = [qid for _, qid in sorted(zip(delays, ids, strict=True))]
    first = await store.claim_due(NOW + 1000, limit=2)
    rest = await store.claim_due(NOW + 1000, limit=10)
    assert [m.id for m in first] == by_due[:2]
    assert [m.id for m in rest] == by_due[2:]


async def test_expire_due(store: SqliteStore) -> None:
    confirm = await store.put(make(7, Action.CONFIRM))
    approve = await store.put(make(8, Action.APPROVE, now=NOW + 100))
    hold = await store.put(make(9, delay=10 * int(DAY)))
    assert await store.next_due() == NOW + DAY  # the confirm expiry comes first
    assert await store.expire_due(NOW + DAY - 1) == []
    expired = await store.expire_due(NOW + DAY)
    assert [m.id for m in expired] == [confirm]
    assert expired[0].state == State.EXPIRED
    assert await store.next_due() == NOW + 100 + DAY
    assert await store.transition(approve, State.HELD, State.APPROVED, actor="approver")
    assert await store.expire_due(NOW + 5 * DAY) == []  # approved in time
    assert await state_of(store, hold) == State.HELD  # hold messages never expire
    assert not await store.transition(confirm, State.HELD, State.RELEASED, actor="sender")


# -- races ------------------------------------------------------------------------------


async def test_cancel_races_claim_each_message_ends_one_way(store: SqliteStore) -> None:
    ids = [await store.put(make(i, delay=0)) for i in range(60)]
    rng = random.Random(7)

    async def cancel(qid: str, who: str) -> tuple[str, bool]:
        await asyncio.sleep(rng.random() / 100)
        return qid, await store.transition(qid, CANCELLABLE, State.CANCELLED, actor=who)

    async def claim() -> list[str]:
        await asyncio.sleep(rng.random() / 100)
        return [m.id for m in await store.claim_due(NOW + 1, limit=7)]

    cancels = [cancel(qid, who) for qid in ids for who in ("sender", "admin")]
    claims = [claim() for _ in range(12)]  # enough capacity for every message
    jobs = cancels + claims
    rng.shuffle(jobs)
    results = await asyncio.gather(*jobs)

    won = [r for r in results if isinstance(r, tuple) and r[1]]
    cancelled = [qid for qid, _ in won]
    claimed = [qid for r in results if isinstance(r, list) for qid in r]
    assert len(cancelled) == len(set(cancelled))  # at most one cancel per message wins
    assert len(claimed) == len(set(claimed))  # no message claimed twice
    assert set(cancelled).isdisjoint(claimed)  # never both cancelled and sent
    assert set(cancelled) | set(claimed) == set(ids)
    for qid in ids:
        expected = State.CANCELLED if qid in cancelled else State.DELIVERING
        msg = await store.get(qid)
        assert msg is not None and msg.state == expected
        assert len(msg.history) == 2  # held, then exactly one of the two


async def test_two_stores_on_one_file_never_claim_the_same_message(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    async with SqliteStore(path) as a, SqliteStore(path) as b:
        ids = [await a.put(make(i, delay=0)) for i in range(80)]

        async def drain(s: SqliteStore) -> list[str]:
            got: list[str] = []
            while batch := await s.claim_due(NOW + 1, limit=3):
                got += [m.id for m in batch]
                await asyncio.sleep(0)
            return got

        from_a, from_b = await asyncio.gather(drain(a), drain(b))
    assert sorted(from_a + from_b) == sorted(ids)
    assert set(from_a).isdisjoint(from_b)


# -- recovery ---------------------------------------------------------------------------


async def test_recover_after_restart(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    async with SqliteStore(path) as s:
        stuck = await s.put(make(10, delay=0))
        done = await s.put(make(11, delay=0))
        waiting = await s.put(make(12, delay=3600))
        assert {m.id for m in await s.claim_due(NOW + 1)} == {stuck, done}
        assert await s.transition(done, State.DELIVERING, State.DELIVERED, actor="system")
    async with SqliteStore(path) as s:
        assert await s.recover(now=NOW + 5) == [stuck]
        assert await state_of(s, stuck) == State.RELEASED
        assert await state_of(s, done) == State.DELIVERED
        assert await state_of(s, waiting) == State.HELD
        trail = await s.search_audit(AuditQuery(queue_id=stuck, outcome="released"))
        assert len(trail) == 1 and "may already have been delivered" in trail[0].note


# -- indexes ----------------------------------------------------------------------------


def plan(path: Path, sql: str, args: tuple[object, ...]) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
    finally:
        conn.close()
    return " | ".join(r[3] for r in rows)


@pytest.mark.parametrize(
    ("sql", "args", "index"),
    [
        (SQL_CLAIM_DUE, (NOW, 10), "ix_messages_due"),
        (SQL_NEXT_DUE, (), "ix_messages_due"),
        (SQL_EXPIRE_DUE, (NOW, 10), "ix_messages_expire"),
        (SQL_NEXT_EXPIRY, (), "ix_messages_expire"),
        (SQL_PURGE_DUE, (NOW, 10), "ix_messages_purge"),
    ],
)
async def test_scheduler_queries_use_their_index(
    store: SqliteStore, sql: str, args: tuple[object, ...], index: str
) -> None:
    for i in range(20):
        await store.put(make(i))
    detail = plan(store.path, sql, args)
    assert f"USING INDEX {index}" in detail or f"USING COVERING INDEX {index}" in detail
    assert "SCAN messages" not in detail.replace(f"SCAN messages USING INDEX {index}", "")


async def test_100k_rows_due_queries_stay_correct(store: SqliteStore) -> None:
    """Correctness at size (timings are in bench/store_bench.py). The bulk rows go in with
    one executemany in the layout put() writes, so the test takes seconds; a few hundred
    real puts go on top."""
    rng = random.Random(100_000)
    states = ["held", "delivered", "cancelled", "expired", "deferred", "released"]
    weights = [40, 40, 8, 5, 5, 2]
    rows = []
    expected_due: dict[str, float] = {}
    expected_expiry: list[float] = []
    now = NOW + 5000
    for i in range(100_000):
        qid = f"BULK{i:08d}"
        state = rng.choices(states, weights)[0]
        action = rng.choice(["hold", "hold", "confirm", "approve"])
        release = NOW + rng.uniform(-5000, 50_000)
        nxt = NOW + rng.uniform(-5000, 50_000) if state == "deferred" else None
        expires = NOW + rng.uniform(0, 90_000) if action != "hold" else None
        rows.append((qid, NOW, state, action, release, expires, nxt))
        if state == "held" and action == "hold":
            expected_due[qid] = release
        elif state == "released":
            expected_due[qid] = 0.0
        elif state == "deferred":
            assert nxt is not None
            expected_due[qid] = nxt
        if state == "held" and expires is not None:
            expected_expiry.append(expires)

    # Another connection, as a bulk import by another process would be.
    conn = sqlite3.connect(store.path)
    try:
        with conn:
            conn.executemany(
                """INSERT INTO messages (id, received_at, mail_from, rcpt_tos, size, action,
                       state, release_at, expires_at, next_attempt_at, body_hash, dedup_key,
                       updated_at)
                   VALUES (?1, ?2, 'bulk@corp.example', '["x@partner.example"]', 10, ?4, ?3,
                       ?5, ?6, ?7, 'h', 'k', ?2)""",
                rows,
            )
    finally:
        conn.close()
    for i in range(300):
        m = make(i, delay=rng.randint(-3000, 30_000))
        qid = await store.put(m)
        expected_due[qid] = m.release_at

    counts = await store.count_by_state()
    assert sum(counts.values()) == 100_300
    assert await store.next_due() == min([*expected_due.values(), *expected_expiry])

    due_now = {qid for qid, t in expected_due.items() if t <= now}
    claimed: list[StoredMessage] = []
    while batch := await store.claim_due(now, limit=5000):
        claimed += batch
    assert {m.id for m in claimed} == due_now
    assert len(claimed) == len(due_now)
    # Earliest due first across the batches.
    dues = [expected_due[m.id] for m in claimed]
    assert dues == sorted(dues)
    later = [t for t in expected_due.values() if t > now]
    assert await store.next_due() == min([*later, *expected_expiry])
    assert (await store.count_by_state())[State.DELIVERING] == len(due_now)


# -- duplicates -------------------------------------------------------------------------


async def test_find_duplicate_recognises_a_client_retry(store: SqliteStore) -> None:
    msg = make(20, now=NOW)
    qid = await store.put(msg)
    shuffled = ["BOSS@corp.example", "sato@other.example", "Suzuki@Partner.Example"]
    assert (
        await store.find_duplicate("Taro@Corp.Example", shuffled, msg.body_hash, 600, now=NOW + 60)
        == qid
    )
    sender, digest = msg.mail_from, msg.body_hash
    assert await store.find_duplicate(sender, RCPTS, digest, 600, now=NOW + 601) is None
    assert await store.find_duplicate(sender, RCPTS[:2], digest, 600, now=NOW) is None
    other = make(21)
    assert await store.find_duplicate(sender, RCPTS, other.body_hash, 600, now=NOW) is None


async def test_put_with_dedup_does_not_hold_twice(store: SqliteStore) -> None:
    first = make(22, now=NOW)
    qid = await store.put(first, dedup_within=600)
    retry = make(22, now=NOW + 30)  # same bytes, new StoredMessage (new id)
    assert retry.id != qid
    assert await store.put(retry, dedup_within=600) == qid
    assert (await store.count_by_state())[State.HELD] == 1
    late = make(22, now=NOW + 700)
    assert await store.put(late, dedup_within=600) == late.id
    assert (await store.count_by_state())[State.HELD] == 2


async def test_find_duplicate_sees_a_put_still_waiting_for_the_disk(
    store: SqliteStore,
) -> None:
    msg = make(23, now=NOW)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        first = asyncio.create_task(store.put(msg))
        await asyncio.sleep(0.05)
        dup = asyncio.create_task(
            store.find_duplicate(msg.mail_from, RCPTS, msg.body_hash, 600, now=NOW + 1)
        )
        await asyncio.sleep(0.05)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert await dup == await first


# -- removing recipients ----------------------------------------------------------------


async def test_remove_recipients_rewrites_envelope_and_headers(store: SqliteStore) -> None:
    msg = make(30)
    qid = await store.put(msg)
    left = await store.remove_recipients(qid, ["SATO@other.example"], "sender", now=NOW + 5)
    assert left == ["suzuki@partner.example", "boss@corp.example"]
    got = await store.get(qid)
    assert got is not None
    assert got.rcpt_tos == left and got.state == State.HELD
    expected = body(30).replace(
        b"To: suzuki@partner.example, Sato <sato@other.example>\r\n",
        b"To: suzuki@partner.example\r\n",
    )
    assert got.data == expected and got.size == len(expected)
    assert got.body_hash == msg.body_hash  # identity of the submission as received
    assert got.history[-1].note == "removed sato@other.example"
    trail = await store.search_audit(AuditQuery(queue_id=qid, kind="edit"))
    assert len(trail) == 1 and trail[0].recipients == tuple(left)
    assert trail[0].domains == ("partner.example", "corp.example")

    left = await store.remove_recipients(qid, ["boss@corp.example"], "sender")
    assert left == ["suzuki@partner.example"]
    data = await store.load_data(qid)
    assert data is not None and b"Cc:" not in data and b"boss@" not in data


async def test_removing_a_stranger_changes_nothing(store: SqliteStore) -> None:
    qid = await store.put(make(33))
    assert await store.remove_recipients(qid, ["nobody@else.example"], "sender") == list(RCPTS)
    got = await store.get(qid)
    assert got is not None and got.data == body(33) and len(got.history) == 1
    assert await store.search_audit(AuditQuery(queue_id=qid, kind="edit")) == []


async def test_removing_every_recipient_cancels(store: SqliteStore) -> None:
    qid = await store.put(make(31))
    assert await store.remove_recipients(qid, list(RCPTS), "sender") == []
    assert await state_of(store, qid) == State.CANCELLED
    assert await store.claim_due(NOW * 2) == []


async def test_remove_recipients_only_while_held(store: SqliteStore) -> None:
    qid = await store.put(make(32, delay=0))
    await store.claim_due(NOW + 1)
    with pytest.raises(WrongState):
        await store.remove_recipients(qid, ["sato@other.example"], "sender")
    with pytest.raises(NotFound):
        await store.remove_recipients("NOSUCHID0000", ["x@y"], "sender")
    got = await store.get(qid)
    assert got is not None and got.rcpt_tos == list(RCPTS) and got.data == body(32)


# -- retention --------------------------------------------------------------------------


async def test_purge_deletes_bytes_then_rows_and_old_audit(store: SqliteStore) -> None:
    old_done = await store.put(make(40, delay=0, now=NOW))
    recent_done = await store.put(make(41, delay=0, now=NOW))
    still_held = await store.put(make(42, delay=10**6, now=NOW))
    await store.claim_due(NOW + 1)
    await store.transition(old_done, State.DELIVERING, State.DELIVERED, actor="system", now=NOW + 2)
    await store.transition(
        recent_done, State.DELIVERING, State.BOUNCED, actor="system", now=NOW + 6 * DAY
    )
    result = await store.purge(NOW + 8 * DAY, 7 * DAY, 365 * DAY)
    assert (result.bodies, result.messages, result.audit) == (1, 0, 0)
    purged = await store.get(old_done)
    assert purged is not None and purged.data is None and purged.purged_at == NOW + 8 * DAY
    assert purged.state == State.DELIVERED and purged.rcpt_tos == list(RCPTS)  # metadata kept
    for qid, n in ((recent_done, 41), (still_held, 42)):
        assert await store.load_data(qid) == body(n)
    # Purging again finds nothing new.
    assert (await store.purge(NOW + 8 * DAY, 7 * DAY, 365 * DAY)).bodies == 0

    trail_before = await store.search_audit(AuditQuery(limit=100))
    record_id = await store.append_audit(
        AuditRecord(at=NOW + 300 * DAY, kind="decision", outcome="passed")
    )
    result = await store.purge(NOW + 366 * DAY, 7 * DAY, 365 * DAY)
    # Rows finished over a year ago go, with every audit record from then.
    assert result.messages == 1 and result.audit == len(trail_before) - 1
    assert await store.get(old_done) is None
    assert await store.get(recent_done) is not None  # finished NOW + 6 days: kept
    remaining = await store.search_audit(AuditQuery(limit=100))
    assert {r.id for r in remaining} == {trail_before[-1].id, record_id}
    assert await store.get(still_held) is not None and await store.load_data(still_held)
