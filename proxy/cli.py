"""The `mailguard` command (also `python -m proxy`).

Exit codes: 0 done, 1 runtime failure, 2 bad input or usage (with a one-line reason on
stderr, as DESIGN.md fixes for `check` and `rules check`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from proxy import config, jsonlog

if TYPE_CHECKING:  # the CLI imports the detectors only for the commands that need them
    from proxy.detectors import CompanyDetails


class UsageError(Exception):
    """Bad input: printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors exit 2 too
        self.print_usage(sys.stderr)
        print(f"mailguard: {message}", file=sys.stderr)
        raise SystemExit(2)


def _load(path: str | None) -> config.Settings:
    return config.load(path)


def cmd_serve(args: argparse.Namespace) -> int:
    from proxy.service import Service, StartupError, run

    settings = _load(args.config)
    jsonlog.setup(settings.log.level)
    try:
        run(Service(settings).serve())
    except StartupError as exc:
        print(f"mailguard: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from proxy import demo

    # One JSON line per SMTP transaction and per notice, as `serve` logs them (the
    # README asks newcomers to read them); MAILGUARD_LOG__LEVEL=warning for quiet.
    level = os.environ.get("MAILGUARD_LOG__LEVEL", "info").lower()
    # A bad value is reported by the config check that follows, as for `serve`.
    jsonlog.setup(level if level in ("debug", "info", "warning", "error") else "info")
    return demo.main(args.data)


def _users_file(args: argparse.Namespace) -> str:
    if args.users_file:
        return str(args.users_file)
    settings = _load(args.config)
    if not settings.smtp.users_file:
        raise UsageError("no users file: pass --users-file or set [smtp] users_file")
    return str(settings.resolve(settings.smtp.users_file))


def _password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != password:
        raise UsageError("the passwords do not match")
    return password


def cmd_user_add(args: argparse.Namespace) -> int:
    from proxy.auth import UsersFileError, add_user

    path = _users_file(args)
    password = _password(args, f"Password for {args.name}: ")
    try:
        add_user(path, args.name, password)
    except UsersFileError as exc:
        raise UsageError(str(exc)) from None
    print(f"user {args.name} written to {path} (a running guard reads it within a second)")
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    from proxy.auth import UsersFileError, remove_user

    path = _users_file(args)
    try:
        removed = remove_user(path, args.name)
    except UsersFileError as exc:
        raise UsageError(str(exc)) from None
    if not removed:
        raise UsageError(f"no user {args.name!r} in {path}")
    print(f"user {args.name} removed from {path} (a running guard reads it within a second)")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from proxy.auth import UsersFileError, load_users

    try:
        users = load_users(_users_file(args))
    except UsersFileError as exc:
        raise UsageError(str(exc)) from None
    for name in sorted(users.hashes):
        print(name)
    return 0


def cmd_user_hash(args: argparse.Namespace) -> int:
    """A password hash for [web] admin_password_hash: printed, written nowhere."""
    from proxy.auth import hash_password

    password = _password(args, "Admin password: ")
    if not password:
        raise UsageError("the password must not be empty")
    print(hash_password(password))
    return 0


def _rules(settings: config.Settings):  # -> RuleSet
    from proxy.rules import RulesError, load_rules

    rules_dir = settings.resolve(settings.policy.rules_dir)
    if not rules_dir.is_dir():
        raise UsageError(f"{rules_dir}: rules folder not found ([policy] rules_dir)")
    try:
        return load_rules(rules_dir, internal_domains=settings.policy.internal_domains)
    except RulesError as exc:
        raise RulesFailed(exc.lines) from None


class RulesFailed(Exception):
    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def cmd_rules_check(args: argparse.Namespace) -> int:
    settings = _load(args.config)
    ruleset = _rules(settings)
    print(
        f"rules OK: {len(ruleset.rules)} rules, {len(ruleset.exemptions)} exemptions, "
        f"{len(ruleset.keywords)} keywords, {len(ruleset.company_details)} company details "
        f"from {settings.resolve(settings.policy.rules_dir)}"
    )
    if args.details:
        _print_company_details(ruleset.company_details)
    return 0


def _print_company_details(details: CompanyDetails) -> None:
    """What each line of company_details.txt was read as: an admin's check that a line
    holding two details gave both (the company's own, published values: printed)."""
    for source, hits, ranges in details.readings:
        read = [f"{value} ({kind})" for kind, value in hits]
        read += [f"{low}..{high} (phone range)" for low, high in ranges]
        print(f"{source}: {', '.join(read)}")


def _human(name: str, result: dict) -> str:
    # Only a hold waits out its delay; confirm/approve wait for a person (the JSON keeps
    # the longest matching delay, as DESIGN.md defines it).
    out = [f"{name}: {result['action']}"
           + (f" ({result['delay_seconds']} s)"
              if result["delay_seconds"] and result["action"] == "hold" else "")]
    for r in result["reasons"]:
        out.append(f"  reason   {r['rule']} ({r['action']}): {r['message']}")
    if result.get("approvers"):
        out.append(f"  approver {', '.join(result['approvers'])}")
    if "bcc_convert" in result:
        out.append(f"  to Bcc   {', '.join(result['bcc_convert']) or '(none visible)'}")
    for n, v in result.get("add_headers", ()):
        out.append(f"  header   {n}: {v}")
    for r in result["recipients"]:
        out.append(f"  rcpt     {r['address']}  {'internal' if r['internal'] else 'EXTERNAL'}")
    for f in result["findings"]:
        out.append(
            f"  finding  {f['type']} x{f['count']}: {', '.join(f['samples'])}"
            f"  [{', '.join(f['locations'])}]"
        )
    for note in result["incomplete"]:
        out.append(f"  not fully inspected: {note}")
    return "\n".join(out)


def cmd_check(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from proxy.judge import Judge, check_json, envelope_from_headers
    from proxy.model import Envelope

    settings = _load(args.config)
    target = Path(args.message)
    if target.is_dir():
        files = sorted(p for p in target.iterdir() if p.suffix.lower() == ".eml" and p.is_file())
        if not files:
            raise UsageError(f"{target}: no .eml files")
    elif target.is_file():
        files = [target]
    else:
        raise UsageError(f"{target}: no such file or folder")
    judge = Judge(
        _rules(settings), settings.inspect, regex_timeout=settings.inspect.regex_timeout,
        language=settings.policy.language,
    )
    failed = 0
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"mailguard: {path}: cannot read: {exc.strerror}", file=sys.stderr)
            failed += 1
            continue
        if not data.strip():
            print(f"mailguard: {path}: empty file", file=sys.stderr)
            failed += 1
            continue
        # Messages saved on Unix often have bare LF line ends; SMTP would carry CRLF.
        if b"\r\n" not in data:
            data = data.replace(b"\n", b"\r\n")
        implied = envelope_from_headers(data)
        envelope = Envelope(
            args.mail_from if args.mail_from is not None else implied.mail_from,
            tuple(args.rcpt) if args.rcpt else implied.rcpt_tos,
        )
        if not envelope.rcpt_tos:
            print(f"mailguard: {path}: no recipients (give --rcpt, or To/Cc/Bcc headers)",
                  file=sys.stderr)
            failed += 1
            continue
        view, decision = judge(envelope, data)
        result = check_json(view, decision)
        if args.json:
            if target.is_dir():
                result = {"file": path.name, **result}
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(_human(path.name, result))
    return 2 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mailguard", description="Outbound email misdelivery guard.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("serve", help="run the guard")
    s.add_argument("--config", "-c", help="config file (TOML)")
    s.set_defaults(func=cmd_serve)

    d = sub.add_parser("demo", help="run the guard with a built-in capture upstream")
    d.add_argument("--data", default="demo-data", help="folder for the demo's files")
    d.set_defaults(func=cmd_demo)

    c = sub.add_parser("check", help="evaluate a message (or a folder of .eml) without sending")
    c.add_argument("message", help="a .eml file or a folder of them")
    c.add_argument("--config", "-c")
    c.add_argument("--mail-from", help="envelope sender (default: the From header)")
    c.add_argument("--rcpt", action="append", help="envelope recipient (repeat; default: To/Cc/Bcc)")
    c.add_argument("--json", action="store_true", help="print the decision as JSON")
    c.set_defaults(func=cmd_check)

    r = sub.add_parser("rules", help="rule files")
    rsub = r.add_subparsers(dest="rules_command", required=True, parser_class=_Parser)
    rc = rsub.add_parser("check", help="validate the rule files (exit 2 with file:line errors)")
    rc.add_argument("--config", "-c")
    rc.add_argument("--details", action="store_true",
                    help="also print what each line of company_details.txt was read as")
    rc.set_defaults(func=cmd_rules_check)

    from proxy import cli_queue

    cli_queue.add_parsers(sub, _Parser)

    u = sub.add_parser("user", help="manage SMTP AUTH users")
    usub = u.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    ua = usub.add_parser("add", help="add or replace a user (argon2id hash)")
    ua.add_argument("name")
    ua.add_argument("--config", "-c")
    ua.add_argument("--users-file", help="defaults to [smtp] users_file")
    ua.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    ua.set_defaults(func=cmd_user_add)
    ur = usub.add_parser("remove", help="remove a user (a running guard stops accepting it)")
    ur.add_argument("name")
    ul = usub.add_parser("list", help="the user names in the users file")
    for q in (ur, ul):
        q.add_argument("--config", "-c")
        q.add_argument("--users-file", help="defaults to [smtp] users_file")
    ur.set_defaults(func=cmd_user_remove)
    ul.set_defaults(func=cmd_user_list)
    uh = usub.add_parser("hash", help="print a password hash for [web] admin_password_hash")
    uh.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    uh.set_defaults(func=cmd_user_hash)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except config.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"mailguard: {exc}", file=sys.stderr)
        return 2
    except RulesFailed as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
