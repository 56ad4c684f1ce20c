"""Pass-through relay throughput: Postfix's smtp-source into each candidate, relaying to
Postfix's smtp-sink. Figures are messages per second and ratios measured in the same run:

  sink     smtp-source straight into smtp-sink (the ceiling)
  guard    smtp-source → mailguard (pooled upstream connections) → smtp-sink
  bare     smtp-source → aiosmtpd→aiosmtplib forwarder, one upstream connection per
           message → smtp-sink (the floor a naive relay reaches)
  postfix  smtp-source → a private Postfix relay on loopback → smtp-sink (the incumbent;
           only when ../shared/tools/postfix-relay and root are available)

    python bench/relay.py [--messages 5000] [--sessions 20] [--size 2048] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, free_port, guard_env, process, smtp_sink, smtp_source

POSTFIX_RELAY = ROOT.parent / "shared" / "tools" / "postfix-relay"


def postfix_rate(sink: int, args: argparse.Namespace) -> float | None:
    if not POSTFIX_RELAY.exists() or os.geteuid() != 0:
        return None
    port = free_port()
    out = subprocess.run([str(POSTFIX_RELAY), "start", str(port), str(sink)],
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        print(f"postfix relay did not start: {out.stderr.strip()}", file=sys.stderr)
        return None
    folder = out.stdout.strip().splitlines()[-1]
    try:
        smtp_source(port, messages=200, sessions=args.sessions, size=args.size)  # warm-up
        started = time.perf_counter()
        smtp_source(port, messages=args.messages, sessions=args.sessions, size=args.size)
        # Postfix answers 250 once queued: count until its queue is empty too.
        while int(subprocess.run([str(POSTFIX_RELAY), "queue", folder], capture_output=True,
                                 text=True).stdout.strip() or 0) > 0:
            time.sleep(0.05)
        return args.messages / (time.perf_counter() - started)
    finally:
        subprocess.run([str(POSTFIX_RELAY), "stop", folder], capture_output=True, timeout=60)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=5000)
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--size", type=int, default=2048)
    p.add_argument("--rounds", type=int, default=2, help="best of N rounds per candidate")
    p.add_argument("--no-postfix", action="store_true")
    args = p.parse_args()

    sink = free_port()
    results: dict[str, float] = {}
    with smtp_sink(sink):
        def run(name: str, port: int) -> None:
            smtp_source(port, messages=200, sessions=args.sessions, size=args.size)  # warm-up
            best = max(
                smtp_source(port, messages=args.messages, sessions=args.sessions, size=args.size)
                for _ in range(args.rounds)
            )
            results[name] = best

        run("sink", sink)
        guard = free_port()
        with process([sys.executable, "-m", "proxy", "serve"], env=guard_env(guard, sink), port=guard):
            run("guard", guard)
        bare = free_port()
        with process([sys.executable, str(ROOT / "bench" / "bare_forwarder.py"), str(bare), str(sink)],
                     port=bare):
            run("bare", bare)
        if not args.no_postfix:
            rate = postfix_rate(sink, args)
            if rate is not None:
                results["postfix"] = rate

    print(f"relay benchmark: {args.messages} messages of {args.size} B, {args.sessions} sessions, "
          f"best of {args.rounds}; {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores")
    print(f"{'candidate':<10}{'msg/s':>10}{'× bare':>10}{'× sink':>10}")
    for name, rate in results.items():
        print(f"{name:<10}{rate:>10.0f}{rate / results['bare']:>10.2f}{rate / results['sink']:>10.2f}")
    if "postfix" in results:
        print(f"guard / postfix: {results['guard'] / results['postfix']:.2f}")


if __name__ == "__main__":
    main()
