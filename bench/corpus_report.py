"""Precision and recall per detector, and action accuracy, over the labelled corpus.

Runs the real `mailguard check tests/corpus --json` (internal domain example.co.jp, the
shipped rules/) and compares it with tests/corpus/labels.toml. Counts are distinct values
per message and type:

    TP = min(expected, got)    FP = max(0, got - expected)    FN = max(0, expected - got)

    .venv/bin/python bench/corpus_report.py [--corpus DIR] [--labels FILE] [--details]

--details also lists every message where the action or a count disagrees.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from proxy.detectors import DETECTOR_TYPES  # noqa: E402


def check(corpus: Path) -> dict[str, dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    env["MAILGUARD_POLICY__INTERNAL_DOMAINS"] = "example.co.jp"
    env["MAILGUARD_POLICY__RULES_DIR"] = str(ROOT / "rules")
    res = subprocess.run(
        [sys.executable, "-m", "proxy", "check", str(corpus), "--json"],
        capture_output=True, text=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    if res.returncode != 0:
        sys.exit(f"mailguard check failed ({res.returncode}): {res.stderr.strip()}")
    items = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    return {item["file"]: item for item in items}


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "—"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--labels", type=Path, default=None, help="default: CORPUS/labels.toml")
    parser.add_argument("--details", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)
    labels = tomllib.loads((args.labels or args.corpus / "labels.toml").read_text("utf-8"))
    got_all = check(args.corpus)

    missing = sorted(set(labels) - set(got_all))
    if missing:
        sys.exit(f"not reported by mailguard check: {', '.join(missing)}")
    unlabelled = sorted(set(got_all) - set(labels))

    tp = dict.fromkeys(DETECTOR_TYPES, 0)
    fp = dict.fromkeys(DETECTOR_TYPES, 0)
    fn = dict.fromkeys(DETECTOR_TYPES, 0)
    right = 0
    wrong: list[str] = []
    for name in sorted(labels):
        label, got = labels[name], got_all[name]
        expected = label["findings"]
        found = {f["type"]: f["count"] for f in got["findings"]}
        problems = []
        for type_ in sorted(set(expected) | set(found), key=_order):
            e, g = expected.get(type_, 0), found.get(type_, 0)
            for table in (tp, fp, fn):
                table.setdefault(type_, 0)
            tp[type_] += min(e, g)
            fp[type_] += max(0, g - e)
            fn[type_] += max(0, e - g)
            if e != g:
                problems.append(f"{type_} expected {e} got {g}")
        if got["action"] == label["action"]:
            right += 1
        else:
            problems.insert(0, f"action expected {label['action']} got {got['action']}")
        if problems:
            wrong.append(f"  {name}: " + "; ".join(problems))

    print(f"corpus: {len(labels)} labelled messages ({args.corpus})")
    print()
    print("| detector | expected | found | TP | FP | FN | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0]
    for type_ in sorted(tp, key=_order):
        t, p, n = tp[type_], fp[type_], fn[type_]
        if not (t or p or n):
            continue
        totals = [totals[0] + t, totals[1] + p, totals[2] + n]
        print(f"| {type_} | {t + n} | {t + p} | {t} | {p} | {n} | {ratio(t, t + p)} | "
              f"{ratio(t, t + n)} |")  # fmt: skip
    t, p, n = totals
    print(f"| **all** | {t + n} | {t + p} | {t} | {p} | {n} | {ratio(t, t + p)} | "
          f"{ratio(t, t + n)} |")  # fmt: skip
    print()
    print(f"action accuracy: {right}/{len(labels)} = {ratio(right, len(labels))}")
    if unlabelled:
        print(f"unlabelled (not counted): {', '.join(unlabelled)}")
    if args.details:
        print()
        print(f"disagreements ({len(wrong)} messages):" if wrong else "disagreements: none")
        print("\n".join(wrong))
    return 0


def _order(type_: str) -> tuple[int, str]:
    return (DETECTOR_TYPES.index(type_) if type_ in DETECTOR_TYPES else len(DETECTOR_TYPES), type_)


if __name__ == "__main__":
    raise SystemExit(main())
