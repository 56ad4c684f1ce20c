"""Helpers shared by the benchmark scripts: free ports, waiting for listeners, running
Postfix's smtp-source against a target and timing it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    path = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else "")
    if not path:
        sys.exit(f"{name} not found: run scripts/system-deps (Debian package postfix)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                if s.recv(3) == b"220":
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing greeted on port {port}")


@contextmanager
def process(args: list[str], env: dict[str, str] | None = None, port: int | None = None) -> Iterator[subprocess.Popen[bytes]]:
    full = dict(os.environ)
    full.update(env or {})
    proc = subprocess.Popen(args, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if port is not None:
            try:
                wait_port(port)
            except RuntimeError:
                proc.kill()
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"{args[0]} did not start: {err[-2000:]}") from None
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def smtp_sink(port: int, extra: list[str] | None = None) -> Iterator[None]:
    args = [tool("smtp-sink"), *(extra or [])]
    if os.geteuid() == 0:
        args += ["-u", "nobody"]
    with process([*args, f"127.0.0.1:{port}", "1000"], port=port):
        yield


def smtp_source(port: int, *, messages: int, sessions: int, size: int, rcpts: int = 1,
                to: str = "user@example.com", reuse: bool = False) -> float:
    """Send `messages` with `sessions` parallel sessions; return messages per second."""
    args = [tool("smtp-source"), "-s", str(sessions), "-m", str(messages), "-l", str(size),
            "-f", "sender@example.com", "-t", to, "-r", str(rcpts)]
    if reuse:
        args.append("-d")
    started = time.perf_counter()
    res = subprocess.run([*args, f"127.0.0.1:{port}"], capture_output=True, timeout=600)
    elapsed = time.perf_counter() - started
    if res.returncode != 0:
        raise RuntimeError(f"smtp-source failed: {res.stderr.decode()[-500:]}")
    return messages / elapsed


def guard_env(listen: int, upstream: int, **extra: str) -> dict[str, str]:
    env = {
        "MAILGUARD_SMTP__LISTEN": f"127.0.0.1:{listen}",
        "MAILGUARD_SMTP__HOSTNAME": "guard.bench",
        "MAILGUARD_UPSTREAM__PORT": str(upstream),
        "MAILGUARD_LOG__LEVEL": "warning",
        "MAILGUARD_POLICY__INTERNAL_DOMAINS": "example.com",
        "MAILGUARD_WEB__LISTEN": f"127.0.0.1:{free_port()}",
    }
    env.update(extra)
    return env
