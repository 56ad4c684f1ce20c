"""The quick start's `mailguard demo`, as a newcomer runs it: a real process, swaks as
the mail client, the alert in the delivered folder, the admin commands pointed at the
demo by the config file it writes, and a clean stop on Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.peers import free_port

ROOT = Path(__file__).resolve().parent.parent


def _wait(predicate, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def _cli(cfg: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proxy", *args, "--config", str(cfg)],
                          capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


def test_demo_holds_alerts_and_answers_the_admin_commands(tmp_path: Path) -> None:
    swaks = shutil.which("swaks")
    assert swaks, "swaks is needed (Debian package swaks; .ci/run installs it)"
    smtp, web = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    # The demo's fixed ports (2525, 8025) may be taken on a test machine: the
    # environment overrides them, as it does any setting.
    demo_env = {**env, "MAILGUARD_SMTP__LISTEN": f"127.0.0.1:{smtp}",
                "MAILGUARD_WEB__LISTEN": f"127.0.0.1:{web}",
                "MAILGUARD_WEB__PUBLIC_URL": f"http://127.0.0.1:{web}"}
    data = tmp_path / "demo-data"
    log = (tmp_path / "demo.log").open("w")
    demo = subprocess.Popen([sys.executable, "-m", "proxy", "demo", "--data", str(data)],
                            stdout=log, stderr=subprocess.STDOUT, env=demo_env, cwd=ROOT,
                            start_new_session=True)
    try:
        _wait(lambda: "Press Ctrl-C to stop." in (tmp_path / "demo.log").read_text())
        banner = (tmp_path / "demo.log").read_text()
        cfg = data / "config.toml"
        assert f"--config {cfg}" in banner

        sent = subprocess.run(
            [swaks, "--server", f"127.0.0.1:{smtp}", "--from", "you@example.com",
             "--to", "someone@partner.example", "--header", "Subject: demo test"],
            capture_output=True, text=True, timeout=60)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert "Held as" in sent.stdout
        delivered = data / "delivered"
        alert = _wait(lambda: [p for p in delivered.glob("*.eml")
                               if b"X-Mailguard-Notice: held" in p.read_bytes()])[0]
        assert f"X-Mailguard-Link: http://127.0.0.1:{web}/m/".encode() in alert.read_bytes()
        # One JSON log line for the transaction (the README points newcomers at it).
        lines = [json.loads(line) for line in (tmp_path / "demo.log").read_text().splitlines()
                 if line.startswith("{")]
        assert any(rec.get("msg") == "smtp transaction" for rec in lines), lines[:5]

        # The admin commands, pointed at the demo by its config file.
        res = _cli(cfg, "queue", "list", "--json", env=env)
        assert res.returncode == 0, res.stderr
        [held] = json.loads(res.stdout)
        assert held["rcpt_tos"] == ["someone@partner.example"] and held["state"] == "held"
        res = _cli(cfg, "queue", "cancel", held["id"], env=env)
        assert res.returncode == 0 and "The sender was told." in res.stdout, res.stdout
        _wait(lambda: [p for p in delivered.glob("*.eml")
                       if b"X-Mailguard-Notice: cancelled" in p.read_bytes()])
    finally:
        os.killpg(demo.pid, signal.SIGINT)  # Ctrl-C
        code = demo.wait(timeout=30)
        log.close()
    assert code == 0, (tmp_path / "demo.log").read_text()[-2000:]
    # The held message was never delivered to the partner.
    assert not [p for p in (data / "delivered").glob("*.eml")
                if b"someone@partner.example" in p.read_bytes()
                and b"X-Mailguard-Notice" not in p.read_bytes()]


def test_admin_commands_refuse_a_store_that_does_not_exist(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[store]\nurl = "sqlite:///nowhere/mailguard.db"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    for args in (("queue", "list"), ("audit", "search")):
        res = _cli(cfg, *args, env=env)
        assert res.returncode == 2, res.stdout
        assert "no store at" in res.stderr and "demo-data/config.toml" in res.stderr
    assert not (tmp_path / "nowhere").exists()  # nothing created


def test_demo_config_is_valid_toml_for_any_folder_name(tmp_path: Path) -> None:
    import tomllib

    from proxy.config import Settings
    from proxy.demo import write_config

    for name in ('emoji😀', 'quote"and\\\\back', "del\x7fchar", "日本語"):
        folder = tmp_path / name
        settings = Settings(store={"url": f"sqlite:///{folder / 'store' / 'mailguard.db'}"},
                            policy={"rules_dir": str(folder / "rules")})
        path = write_config(folder, settings)
        loaded = tomllib.loads(path.read_text(encoding="utf-8"))
        assert loaded["store"]["url"] == settings.store.url, name
        assert loaded["policy"]["rules_dir"] == str(folder / "rules"), name
