"""`mailguard demo`: the guard in front of a built-in capture upstream. No mail server,
no config file: point any mail client at the printed address and watch what arrives."""

from __future__ import annotations

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
    service = Service(settings)
    host, sport = settings.smtp.listen.rsplit(":", 1)
    print(
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
        "Press Ctrl-C to stop.",
        flush=True,
    )
    try:
        await service.serve(grace=5)
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
