"""The `mailguard` command (also `python -m proxy`).

Exit codes: 0 done, 1 runtime failure, 2 bad input or usage (with a one-line reason on
stderr, as DESIGN.md fixes for `check` and `rules check`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from proxy import config, jsonlog


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

    jsonlog.setup("warning")
    return demo.main(args.data)


def cmd_user_add(args: argparse.Namespace) -> int:
    from proxy.auth import UsersFileError, add_user

    path = args.users_file
    if not path:
        settings = _load(args.config)
        if not settings.smtp.users_file:
            raise UsageError("no users file: pass --users-file or set [smtp] users_file")
        path = str(settings.resolve(settings.smtp.users_file))
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError("the passwords do not match")
    try:
        add_user(path, args.name, password)
    except UsersFileError as exc:
        raise UsageError(str(exc)) from None
    print(f"user {args.name} written to {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mailguard", description="Outbound email misdelivery guard.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("serve", help="run the guard")
    s.add_argument("--config", "-c", help="config file (TOML)")
    s.set_defaults(func=cmd_serve)

    d = sub.add_parser("demo", help="run the guard with a built-in capture upstream")
    d.add_argument("--data", default="demo-data", help="folder for the demo's files")
    d.set_defaults(func=cmd_demo)

    u = sub.add_parser("user", help="manage SMTP AUTH users")
    usub = u.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    ua = usub.add_parser("add", help="add or replace a user (argon2id hash)")
    ua.add_argument("name")
    ua.add_argument("--config", "-c")
    ua.add_argument("--users-file", help="defaults to [smtp] users_file")
    ua.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    ua.set_defaults(func=cmd_user_add)
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


if __name__ == "__main__":
    sys.exit(main())
