"""Inspection throughput end to end, as the guard judges a message: MIME parse,
attachment text, detectors, recipients, the shipped default rules (proxy.judge.Judge).

  plain text   generated Japanese/English business mails (bench/scan_text.py's
               generator) as real MIME messages: MB/s of message bytes on one core
  xlsx         one mail with a 10,000-row customer list (bench/scan_attachments.py)
  pdf          one mail with a ~5 MB PDF of text and an image, and one with ~5 MB of
               text only (the worst case: ~16 M characters)

The issue's targets: ≥ 50 MB/s for plain text; the xlsx and PDF cases inside a second.
The detector-only figures, against a naive regex in the same run, are in scan_text.py.

    python bench/scan.py [--mb 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import scan_attachments
import scan_text

from proxy.config import InspectConfig
from proxy.judge import Judge, envelope_from_headers
from proxy.rules import load_rules

RULES = Path(__file__).resolve().parent.parent / "rules"


def as_mail(body: str) -> bytes:
    head = ("From: sender@example.co.jp\r\nTo: someone@partner.example\r\n"
            "Subject: =?UTF-8?B?44GK6KaL56mN44KK44Gu5Lu2?=\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + body.replace("\n", "\r\n").encode() + b"\r\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mb", type=float, default=10.0)
    args = p.parse_args()
    judge = Judge(load_rules(RULES, internal_domains=["example.co.jp"]),
                  InspectConfig(max_seconds=60), language="en")
    mails = [as_mail("\n\n".join(s.text for s in segs if s.kind != "header"))
             for segs in scan_text.generate(args.mb, seed=1)]
    size = sum(len(m) for m in mails)
    envs = [envelope_from_headers(m) for m in mails]
    started = time.perf_counter()
    for env, mail in zip(envs, mails, strict=True):
        judge(env, mail)
    took = time.perf_counter() - started
    print(f"plain text: {len(mails)} mails, {size / 1e6:.1f} MB in {took:.2f} s = "
          f"{size / 1e6 / took:.1f} MB/s (target 50)")
    cases = [
        ("xlsx, 10,000 rows", scan_attachments.wrap(
            "customers.xlsx", scan_attachments.make_xlsx(10_000))),
        ("pdf, ~5 MB text+image", scan_attachments.wrap(
            "catalogue.pdf", scan_attachments.make_pdf_mixed(5_000_000), "application", "pdf")),
        ("pdf, ~5 MB text only", scan_attachments.wrap(
            "report.pdf", scan_attachments.make_pdf_text(5_000_000), "application", "pdf")),
    ]
    for name, mail in cases:
        mail = mail.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        env = envelope_from_headers(mail)
        judge(env, mail)  # warm (the PDF reader's process starts on first use)
        started = time.perf_counter()
        view, decision = judge(env, mail)
        took = time.perf_counter() - started
        found = ", ".join(f"{t} {f.count}" for t, f in view.findings.items())
        print(f"{name:<24} {took * 1000:7.0f} ms  {decision.action.label:<8} "
              f"{'(not fully inspected) ' if view.incomplete else ''}{found}")


if __name__ == "__main__":
    main()
