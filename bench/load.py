"""Pass-through load matrix (issue 6): Postfix's smtp-source into each candidate, relaying
to smtp-sink, for 20 and 100 parallel sessions, 2 KB and 100 KB messages, 1 and 10
recipients. Candidates as in bench/relay.py: sink (ceiling), guard (default rules),
bare forwarder (floor), postfix relay (incumbent, needs root). Prints msg/s and the
guard's ratio to bare and to postfix, per cell, all measured in the same run.

    python bench/load.py [--messages 2000] [--big-messages 500]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, free_port, guard_env, process, smtp_sink, smtp_source

POSTFIX_RELAY = ROOT.parent / "shared" / "tools" / "postfix-relay"


def postfix_queue_empty(folder: str) -> None:
    while int(subprocess.run([str(POSTFIX_RELAY), "queue", folder], capture_output=True,
                             text=True).stdout.strip() or 0) > 0:
        time.sleep(0.05)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=2000, help="per cell, 2 KB messages")
    p.add_argument("--big-messages", type=int, default=500, help="per cell, 100 KB messages")
    args = p.parse_args()

    sink = free_port()
    ports: dict[str, int] = {}
    with ExitStack() as stack:
        stack.enter_context(smtp_sink(sink))
        ports["sink"] = sink
        guard = free_port()
        stack.enter_context(process([sys.executable, "-m", "proxy", "serve"],
                                    env=guard_env(guard, sink), port=guard))
        ports["guard"] = guard
        bare = free_port()
        stack.enter_context(process([sys.executable, str(ROOT / "bench" / "bare_forwarder.py"),
                                     str(bare), str(sink)], port=bare))
        ports["bare"] = bare
        pf_folder = ""
        if POSTFIX_RELAY.exists() and os.geteuid() == 0:
            pf = free_port()
            out = subprocess.run([str(POSTFIX_RELAY), "start", str(pf), str(sink)],
                                 capture_output=True, text=True, timeout=60)
            if out.returncode == 0:
                pf_folder = out.stdout.strip().splitlines()[-1]
                ports["postfix"] = pf
                stack.callback(subprocess.run, [str(POSTFIX_RELAY), "stop", pf_folder],
                               capture_output=True, timeout=60)

        for port in ports.values():  # warm-up
            smtp_source(port, messages=100, sessions=10, size=2048)

        print(f"load matrix, {os.cpu_count()} cores; msg/s (ratios: guard ÷ bare, guard ÷ postfix)")
        header = f"{'sessions':>8} {'size':>6} {'rcpts':>5} " + "".join(
            f"{n:>9}" for n in ports) + f"{'g/bare':>8}{'g/pfx':>7}"
        print(header)
        for sessions in (20, 100):
            for size in (2048, 100 * 1024):
                for rcpts in (1, 10):
                    n = args.messages if size == 2048 else args.big_messages
                    rates: dict[str, float] = {}
                    for name, port in ports.items():
                        started = time.perf_counter()
                        smtp_source(port, messages=n, sessions=sessions, size=size, rcpts=rcpts)
                        if name == "postfix":
                            postfix_queue_empty(pf_folder)
                        rates[name] = n / (time.perf_counter() - started)
                    row = f"{sessions:>8} {size // 1024:>5}K {rcpts:>5} " + "".join(
                        f"{rates[k]:>9.0f}" for k in ports)
                    row += f"{rates['guard'] / rates['bare']:>8.2f}"
                    row += f"{rates['guard'] / rates['postfix']:>7.2f}" if "postfix" in rates else ""
                    print(row, flush=True)


if __name__ == "__main__":
    main()
