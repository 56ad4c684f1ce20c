"""`mailguard demo`: the guard in front of a built-in capture upstream. No mail server,
no config file: point any mail client at the printed address and watch what arrives."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from proxy import config
from proxy.capture import Captured, CaptureHandler, start_capture
from proxy.service import Service, run

DEMO_SMTP = "127.0.0.1:2525"
DEMO_WEB = "127.0.0.1:8025"
# The shipped rules, found from the checkout whatever the working directory.
SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"


def demo_settings(folder: Path, upstream_port: int) -> config.Settings:
    # Defaults suit the demo; the environment may still override anything.
    os.environ.setdefault("MAILGUARD_SMTP__LISTEN", DEMO_SMTP)
    os.environ.setdefault("MAILGUARD_WEB__LISTEN", DEMO_WEB)
    os.environ.setdefault("MAILGUARD_POLICY__INTERNAL_DOMAINS", "example.com")
    os.environ.setdefault("MAILGUARD_POLICY__RULES_DIR", str(SHIPPED_RULES))
    os.environ.setdefault("MAILGUARD_STORE__URL", f"sqlite:///{folder / 'store' / 'mailguard.db'}")
    os.environ["MAILGUARD_UPSTREAM__HOST"] = "127.0.0.1"
    os.environ["MAILGUARD_UPSTREAM__PORT"] = str(upstream_port)
    os.environ["MAILGUARD_UPSTREAM__TLS"] = "none"
    return config.load(None)


def write_config(folder: Path, settings: config.Settings) -> Path:
    """The demo's settings as a config file, for the admin commands while it runs
    (`mailguard queue list --config demo-data/config.toml`); rewritten at every start
    (the capture upstream's port changes). The demo itself does not read it."""
    def q(value: object) -> str:
        # A JSON string is a TOML basic string, given the characters as themselves: TOML
        # has no surrogate-pair escapes (\ud83d\ude00) for characters outside the BMP.
        # DEL is the one character JSON leaves bare that TOML forbids there.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")

    s = settings
    text = (
        "# Written by `mailguard demo` at its start, for the admin commands, e.g.\n"
        "#   .venv/bin/mailguard queue list --config demo-data/config.toml\n"
        f"[smtp]\nlisten = {q(s.smtp.listen)}\n"
        f"[web]\nlisten = {q(s.web.listen)}\npublic_url = {q(s.web.public_url)}\n"
        f"[upstream]\nhost = {q(s.upstream.host)}\nport = {s.upstream.port}\ntls = \"none\"\n"
        f"[store]\nurl = {q(s.store.url)}\n"
        f"[policy]\ninternal_domains = {q(list(s.policy.internal_domains))}\n"
        f"rules_dir = {q(s.policy.rules_dir)}\n"
    )
    path = folder / "config.toml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", errors="strict")
    return path


async def run_demo(folder: Path) -> None:
    delivered = folder / "delivered"

    def show(msg: Captured) -> None:
        print(
            f"delivered: from <{msg.mail_from}> to {', '.join(msg.rcpt_tos)} "
            f"({len(msg.data)} bytes) -> {msg.path}",
            flush=True,
        )

    capture, port = await start_capture(CaptureHandler(delivered, show))
    settings = demo_settings(folder, port)
    try:
        cfg: Path | str = write_config(folder, settings)
    except (OSError, UnicodeError) as exc:  # a folder name not in UTF-8, a read-only disk
        cfg = f"(not written: {exc})"
    service = Service(settings)
    host, sport = settings.smtp.listen.rsplit(":", 1)
    banner = (
        "mailguard demo\n"
        f"  SMTP:       point your mail client at {host} port {sport} (no TLS, no login)\n"
        f"  web:        {settings.web.public_url}\n"
        f"  delivered:  messages that leave the guard are written to {delivered}/\n"
        f"  internal:   {', '.join(settings.policy.internal_domains)}"
        " (anything else counts as external)\n"
        f"  try:        swaks --server {host}:{sport} --from you@example.com"
        " --to someone@partner.example\n"
        "  alerts:     a held message's alert to the sender lands there too; open the link\n"
        "              in its X-Mailguard-Link header (or body) to cancel or send it\n"
        f"  commands:   .venv/bin/mailguard queue list --config {cfg}\n"
        "Press Ctrl-C to stop."
    )
    try:
        # Printed once the guard listens: a client started on seeing it gets through.
        await service.serve(grace=5, on_started=lambda: print(banner, flush=True))
    finally:
        capture.close()


def main(folder: str = "demo-data") -> int:
    try:
        run(run_demo(Path(folder).resolve()))
    except KeyboardInterrupt:
        pass
    except config.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0
