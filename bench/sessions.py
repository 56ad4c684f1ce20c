"""Many sessions and big messages (issue 6): 500 concurrent SMTP sessions through the
guard (every reply must be a success) and the guard's peak RSS; then 100 parallel
10 MB messages and the peak RSS they cost. Also the latency a pass-through message
gains through the guard (p50/p99), against sending straight to the sink, same run.

    python bench/sessions.py [--sessions 500] [--messages 5000] [--big 100]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import free_port, guard_env, process, smtp_sink, tool


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def source(port: int, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    res = subprocess.run([tool("smtp-source"), *args, f"127.0.0.1:{port}"],
                         capture_output=True, text=True, timeout=1800)
    return time.perf_counter() - started, res.stderr + (f" exit {res.returncode}"
                                                       if res.returncode else "")


async def latencies(port: int, n: int) -> list[float]:
    out = []
    msg = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: t\r\n\r\n" + (b"x" * 78 + b"\r\n") * 25
    for _ in range(n):
        started = time.perf_counter()
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port)
        async with client:
            await client.sendmail("a@example.com", ["b@example.com"], msg)
        out.append(time.perf_counter() - started)
    return out


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sessions", type=int, default=500)
    p.add_argument("--messages", type=int, default=5000)
    p.add_argument("--big", type=int, default=100, help="10 MB messages, all in parallel")
    p.add_argument("--latency", type=int, default=500, help="messages for the latency test")
    args = p.parse_args()

    sink, guard = free_port(), free_port()
    with smtp_sink(sink), process(
        [sys.executable, "-m", "proxy", "serve"],
        env=guard_env(guard, sink, MAILGUARD_SMTP__MAX_SESSIONS=str(args.sessions * 2),
                      MAILGUARD_SMTP__COMMAND_TIMEOUT="600",
                      MAILGUARD_SMTP__PROCESSING_TIMEOUT="500"),
        port=guard,
    ) as proc:
        base = rss_kib(proc.pid, "VmRSS")
        took, errors = source(guard, "-s", str(args.sessions), "-m", str(args.messages),
                              "-l", "2048", "-f", "a@example.com", "-t", "b@example.com")
        peak_sessions = rss_kib(proc.pid, "VmHWM")
        print(f"{args.sessions} concurrent sessions, {args.messages} messages: "
              f"{args.messages / took:.0f} msg/s, "
              f"errors: {errors.strip() or 'none'}; RSS idle {base // 1024} MiB, "
              f"peak {peak_sessions // 1024} MiB")

        took, errors = source(guard, "-s", str(args.big), "-m", str(args.big),
                              "-l", str(10 * 1024 * 1024), "-f", "a@example.com",
                              "-t", "b@example.com")
        peak_big = rss_kib(proc.pid, "VmHWM")
        print(f"{args.big} parallel 10 MB messages: {took:.1f} s, errors: "
              f"{errors.strip() or 'none'}; peak RSS {peak_big // 1024} MiB "
              f"({(peak_big - base) / args.big / 1024:.1f} MiB per message in flight)")

        direct = asyncio.run(latencies(sink, args.latency))
        through = asyncio.run(latencies(guard, args.latency))
        print(f"latency per 2 KB message, {args.latency} sequential sessions "
              f"(connect, EHLO, MAIL, RCPT, DATA, QUIT):")
        print(f"  straight to sink  p50 {pct(direct, 50):6.2f} ms  p99 {pct(direct, 99):6.2f} ms")
        print(f"  through the guard p50 {pct(through, 50):6.2f} ms  p99 {pct(through, 99):6.2f} ms")
        print(f"  added             p50 {pct(through, 50) - pct(direct, 50):6.2f} ms  "
              f"p99 {pct(through, 99) - pct(direct, 99):6.2f} ms")



if __name__ == "__main__":
    main()
