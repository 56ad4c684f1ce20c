"""Runs a reader script (xls_child.py, sevenzip_child.py) in a child process of its own.

For parsers in compiled code that abort, or allocate what a hostile file asks for: the
script sets an address-space and a CPU-time limit on itself before it reads anything, the
parent waits no longer than the inspection deadline, and what comes back is JSON lines.
A fresh child per file (~65 ms to start), so nothing one file did is left for the next.
Run by path with -I: the proxy package's imports would cost most of a second.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from pathlib import Path

from proxy.inspect.scan import Scan


class ReaderFailed(ValueError):
    """The child stopped on the file: its exception's class, or the signal that ended it.
    `records`: what it wrote before (an archive reader may have found an encrypted member
    before the part that failed)."""

    def __init__(self, message: str, records: list[list[object]] | None = None) -> None:
        super().__init__(message)
        self.records = records or []


def run_reader(
    script: str, data: bytes, scan: Scan, memory: int, *args: int | str
) -> list[list[object]] | None:
    """The child's records, or None when the inspection deadline came first. `args` go
    before the limits the script sets on itself: memory (bytes), CPU seconds."""
    remaining = scan.deadline - time.monotonic()
    if remaining <= 0:
        scan.out_of_time()
        return None
    command = [
        sys.executable, "-I", str(Path(__file__).with_name(script)),
        *(str(arg) for arg in args), str(memory), str(math.ceil(remaining) + 1),
    ]
    try:
        # Our own script and arguments, no shell.
        done = subprocess.run(  # noqa: S603  # nosec B603
            command, input=data, capture_output=True, timeout=remaining, check=False
        )
    except subprocess.TimeoutExpired:
        scan.out_of_time()
        return None
    records = []
    for line in done.stdout.splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            break  # a line cut by the child's death
    if done.returncode != 0:
        last = records[-1] if records else []
        if len(last) == 2 and last[0] == "error" and str(last[1]).isidentifier():
            raise ReaderFailed(str(last[1]), records[:-1])
        how = f"signal {-done.returncode}" if done.returncode < 0 else f"status {done.returncode}"
        raise ReaderFailed(f"reader ended by {how}", records)
    return records
