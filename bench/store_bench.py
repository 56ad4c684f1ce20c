"""Store timings: put throughput (one at a time vs concurrent, i.e. group commit) and the
scheduler's queries on a large table.

    .venv/bin/python bench/store_bench.py [--rows 100000] [--dir /var/tmp/x]

Run it on the disk the guard will use: the numbers are mostly fsync latency.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from proxy.model import Action, Decision, Envelope, Reason
from proxy.store import State, StoredMessage
from proxy.store.sqlite import SqliteStore

BODY = (
    b"From: sender@corp.example\r\nTo: someone@partner.example\r\n"
    b"Subject: bench\r\nMessage-ID: <%d@corp.example>\r\n\r\n" + b"x" * 2000 + b"\r\n"
)
DECISION = Decision(Action.HOLD, 300, (Reason("external", Action.HOLD, "external", 300),))


def message(i: int, now: float) -> StoredMessage:
    data = BODY.replace(b"%d", str(i).encode())
    env = Envelope("sender@corp.example", (f"r{i % 97}@partner.example",))
    return StoredMessage.create(
        env, data, DECISION, now=now - random.uniform(0, 600), message_id="", subject="bench"
    )


async def timed_puts(store: SqliteStore, n: int, concurrency: int) -> tuple[float, list[float]]:
    now = time.time()
    latencies: list[float] = []
    sem = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with sem:
            t0 = time.perf_counter()
            await store.put(message(i, now))
            latencies.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    return time.perf_counter() - t0, latencies


def report(label: str, n: int, elapsed: float, lat: list[float], commits: int) -> None:
    lat.sort()
    p50 = statistics.median(lat) * 1000
    p99 = lat[int(len(lat) * 0.99) - 1] * 1000
    print(
        f"{label:<28} {n / elapsed:9.0f} puts/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms"
        f"  commits {commits}"
    )


async def main(rows: int, directory: Path) -> None:
    path = directory / "bench.db"
    store = SqliteStore(path)
    await store.start()
    try:
        for conc in (1, 16, 128):
            before = store.commits
            n = 300 if conc == 1 else 3000
            elapsed, lat = await timed_puts(store, n, conc)
            report(f"put, concurrency {conc}", n, elapsed, lat, store.commits - before)

        done = 300 + 3000 * 2
        t0 = time.perf_counter()
        await timed_puts(store, max(0, rows - done), 512)
        print(f"filled to {rows} rows in {time.perf_counter() - t0:.1f} s")

        now = time.time()
        for label, coro in (
            ("next_due", lambda: store.next_due()),
            ("count_by_state", lambda: store.count_by_state()),
            ("list(state=held, 100)", lambda: store.list(state=State.HELD, limit=100)),
        ):
            t0 = time.perf_counter()
            for _ in range(20):
                await coro()
            print(f"{label:<28} {(time.perf_counter() - t0) / 20 * 1000:9.2f} ms")
        t0 = time.perf_counter()
        claimed = await store.claim_due(now, limit=100)
        print(
            f"claim_due(limit=100)         {(time.perf_counter() - t0) * 1000:9.2f} ms"
            f"  ({len(claimed)} claimed)"
        )
    finally:
        await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="store-bench-", dir=args.dir))
    try:
        asyncio.run(main(args.rows, tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
