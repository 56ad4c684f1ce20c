"""Held-message throughput, durable (fsync before every 250), against pass-through in the
same run: Postfix's smtp-source into the guard, relaying to Postfix's smtp-sink.

  pass     internal recipient: relayed while the client waits
  hold     external recipient: stored (group-committed, fsync) then 250
  release  the held messages falling due together: released and delivered per second

    python bench/hold.py [--messages 3000] [--sessions 20] [--size 2048] [--delay 40]
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import free_port, guard_env, process, smtp_source, tool, wait_port

RULES = """
[[rule]]
name = "external"
action = "hold"
delay = "{delay}s"
message.en = "External recipients."
  [rule.when]
  external_recipients = {{ at_least = 1 }}
"""


class CountingSink:
    """smtp-sink with -c: its counter line tells how many messages it has taken."""

    def __init__(self, port: int) -> None:
        args = [tool("smtp-sink"), "-c"]
        if os.geteuid() == 0:
            args += ["-u", "nobody"]
        self.proc = subprocess.Popen([*args, f"127.0.0.1:{port}", "1000"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.count = 0
        self.first_at: dict[int, float] = {}
        threading.Thread(target=self._read, daemon=True).start()
        wait_port(port)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        buf = b""
        while chunk := self.proc.stdout.read1(4096):
            buf = (buf + chunk)[-200:]
            found = re.findall(rb"mesg=(\d+)", buf)
            if found:
                self.count = int(found[-1])

    def wait_for(self, n: int, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while self.count < n:
            if time.monotonic() > deadline:
                raise RuntimeError(f"sink has {self.count} of {n} messages")
            time.sleep(0.01)
        return time.perf_counter()

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def preload(db_path: Path, n: int, env: dict[str, str]) -> None:
    """Fill the store with `n` held messages (2 KB each, due in a day), in the layout
    put() writes, in one transaction: a queue already carrying a backlog."""
    subprocess.run([sys.executable, "-c",
                    "import asyncio, os; from proxy.store import open_store\n"
                    "async def m():\n"
                    "    async with open_store(os.environ['MAILGUARD_STORE__URL']): pass\n"
                    "asyncio.run(m())"], env={**os.environ, **env}, check=True)
    body = b"Subject: preload\r\n\r\n" + (b"x" * 78 + b"\r\n") * 25
    due = time.time() + 86400
    db = sqlite3.connect(db_path)
    with db:
        db.executemany(
            "INSERT INTO messages (id, received_at, mail_from, rcpt_tos, size, action, state,"
            " release_at, body_hash, dedup_key, updated_at) VALUES (?, ?, 'bulk@example.com',"
            " '[\"x@partner.example\"]', ?, 'hold', 'held', ?, 'h', ?, ?)",
            ((f"PRE{i:09d}", due - 86400, len(body), due + i * 0.01, f"k{i}", due - 86400)
             for i in range(n)))
        db.executemany("INSERT INTO bodies (id, data) VALUES (?, ?)",
                       ((f"PRE{i:09d}", body) for i in range(n)))
    db.close()


def wait_delivered(db: sqlite3.Connection, n: int, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while True:
        (count,) = db.execute("SELECT count(*) FROM messages WHERE state = 'delivered'").fetchone()
        if count >= n:
            return time.perf_counter()
        if time.monotonic() > deadline:
            raise RuntimeError(f"{count} of {n} held messages delivered")
        time.sleep(0.02)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=3000)
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--size", type=int, default=2048)
    p.add_argument("--delay", type=int, default=40, help="hold seconds (> acceptance time)")
    p.add_argument("--preload", type=int, default=0,
                   help="messages already held (due in a day) before the run, e.g. 100000")
    args = p.parse_args()

    sink_port, guard_port = free_port(), free_port()
    sink = CountingSink(sink_port)
    with tempfile.TemporaryDirectory(prefix="mg-bench-") as tmp:
        rules = Path(tmp) / "rules"
        rules.mkdir()
        (rules / "bench.toml").write_text(RULES.format(delay=args.delay))
        env = guard_env(guard_port, sink_port,
                        MAILGUARD_POLICY__RULES_DIR=str(rules),
                        MAILGUARD_STORE__URL=f"sqlite:///{tmp}/data/mg.db",
                        MAILGUARD_QUEUE__DEDUP_WINDOW="1")
        if args.preload:
            preload(Path(tmp) / "data" / "mg.db", args.preload, env)
        with process([sys.executable, "-m", "proxy", "serve"], env=env, port=guard_port):
            n = args.messages
            smtp_source(guard_port, messages=200, sessions=args.sessions, size=args.size)
            sink.wait_for(200, 60)
            pass_rate = smtp_source(guard_port, messages=n, sessions=args.sessions,
                                    size=args.size)
            sink.wait_for(200 + n, 60)
            t_hold = time.perf_counter()
            hold_rate = smtp_source(guard_port, messages=n, sessions=args.sessions,
                                    size=args.size, to="user@partner.example")
            accepted = time.perf_counter() - t_hold
            if accepted >= args.delay:
                sys.exit(f"acceptance took {accepted:.0f}s, longer than --delay; raise --delay")
            # Everything falls due `delay` seconds after it was accepted; time the drain
            # from the first delivery to the last, as the guard's store records them
            # (the sink also receives the senders' alerts, so its counter won't do).
            db = sqlite3.connect(f"file:{tmp}/data/mg.db?mode=ro", uri=True)
            start = wait_delivered(db, 1, args.delay + 60)
            end = wait_delivered(db, n, args.delay + 600)
            release_rate = (n - 1) / max(end - start, 1e-6)
            db.close()
    sink.close()
    print(f"hold benchmark: {n} messages of {args.size} B, {args.sessions} sessions, "
          f"{args.preload} already held; {os.cpu_count()} cores")
    print(f"{'':<22}{'msg/s':>8}{'× pass':>9}")
    print(f"{'pass-through':<22}{pass_rate:>8.0f}{1:>9.2f}")
    print(f"{'held (fsync, 250)':<22}{hold_rate:>8.0f}{hold_rate / pass_rate:>9.2f}")
    print(f"{'release + delivery':<22}{release_rate:>8.0f}{release_rate / pass_rate:>9.2f}")


if __name__ == "__main__":
    main()
