"""`mailguard check` and `mailguard rules check`, run as the commands admins run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mailguard(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None):
    full = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    full["MAILGUARD_POLICY__INTERNAL_DOMAINS"] = "example.co.jp"
    full["MAILGUARD_POLICY__RULES_DIR"] = str(ROOT / "rules")
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "proxy", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=full)


CARD_MAIL = (
    "From: 佐藤 <sato@example.co.jp>\r\nTo: tanaka@partner.example\r\n"
    "Subject: =?UTF-8?B?44GK5pSv5omV44GE?=\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "カード番号は 4111-1111-1111-1111 と 5555 5555 5555 4444 です。\r\n"
).encode()
INTERNAL_MAIL = b"From: sato@example.co.jp\r\nTo: kato@example.co.jp\r\nSubject: hi\r\n\r\nlunch?\r\n"


def test_check_json_shape_and_masking(tmp_path: Path) -> None:
    eml = tmp_path / "card.eml"
    eml.write_bytes(CARD_MAIL)
    res = mailguard("check", str(eml), "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["action"] == "confirm"
    assert out["delay_seconds"] == 300
    assert {r["rule"] for r in out["reasons"]} >= {"external-recipient", "personal-id-numbers"}
    assert all(set(r) == {"rule", "action", "message"} for r in out["reasons"])
    assert out["recipients"] == [
        {"address": "tanaka@partner.example", "domain": "partner.example", "internal": False}
    ]
    card = next(f for f in out["findings"] if f["type"] == "credit_card")
    assert card["count"] == 2
    assert sorted(card["samples"]) == ["************1111", "************4444"]
    assert card["locations"] == ["body"]
    assert "4111-1111-1111-1111" not in res.stdout and "4111111111111111" not in res.stdout


def test_check_envelope_options_override_headers(tmp_path: Path) -> None:
    eml = tmp_path / "card.eml"
    eml.write_bytes(CARD_MAIL)
    res = mailguard("check", str(eml), "--json", "--rcpt", "kato@example.co.jp",
                    "--mail-from", "sato@example.co.jp")
    out = json.loads(res.stdout)
    # Internal only: passed, though the card findings are still listed.
    assert out["action"] == "pass"
    assert [r["address"] for r in out["recipients"]] == ["kato@example.co.jp"]
    assert any(f["type"] == "credit_card" for f in out["findings"])


def test_check_envelope_from_raw_utf8_headers(tmp_path: Path) -> None:
    # RFC 6532: an SMTPUTF8 message may carry UTF-8 addresses in its header fields.
    eml = tmp_path / "idn.eml"
    eml.write_bytes(
        "From: 佐藤 <sato@example.co.jp>\r\nTo: a@xn--r8jz45g.jp, 鈴木 <b@例え.jp>\r\n"
        "Cc: 担当@example.co.jp\r\nSubject: hi\r\n\r\nhello\r\n".encode()
    )
    res = mailguard("check", str(eml), "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert [(r["address"], r["domain"], r["internal"]) for r in out["recipients"]] == [
        ("a@xn--r8jz45g.jp", "xn--r8jz45g.jp", False),
        ("b@例え.jp", "xn--r8jz45g.jp", False),
        ("担当@example.co.jp", "example.co.jp", True),
    ]
    # Both external addresses are in To: none is Bcc-only, one organisation.
    assert {r["rule"] for r in out["reasons"]} == {"external-recipient"}


def test_check_shows_approvers_and_modifiers(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.toml").write_text(
        '[[rule]]\nname = "boss"\naction = "approve"\napprovers = ["boss@example.co.jp"]\n'
        'message = "needs approval"\nwhen.external_recipients = { at_least = 1 }\n\n'
        '[[rule]]\nname = "news"\naction = "pass"\nbcc_convert = true\n'
        'add_header = { "X-Bcc-Converted" = "yes" }\nmessage = "as Bcc"\n'
        'when.external_recipients = { at_least = 1 }\n', encoding="utf-8")
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"From: sato@example.co.jp\r\nTo: a@x.example, kato@example.co.jp\r\n"
                    b"Subject: s\r\n\r\nhi\r\n")
    env = {"MAILGUARD_POLICY__RULES_DIR": str(rules)}
    args = ("check", str(eml), "--rcpt", "a@x.example", "--rcpt", "kato@example.co.jp",
            "--rcpt", "hidden@y.example")
    out = json.loads(mailguard(*args, "--json", env=env).stdout)
    assert out["action"] == "approve"
    assert out["approvers"] == ["boss@example.co.jp"]
    assert out["bcc_convert"] == ["a@x.example"]  # the visible external one
    assert out["add_headers"] == [["X-Bcc-Converted", "yes"]]
    text = mailguard(*args, env=env).stdout
    assert "approver boss@example.co.jp" in text and "to Bcc   a@x.example" in text
    assert "header   X-Bcc-Converted: yes" in text
    # Without such rules the object keeps the documented keys alone.
    plain = json.loads(mailguard("check", str(eml), "--json").stdout)
    assert set(plain) == {"action", "delay_seconds", "reasons", "recipients", "findings",
                          "incomplete"}


def test_check_folder_one_line_per_file_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.eml").write_bytes(CARD_MAIL)
    (tmp_path / "a.eml").write_bytes(INTERNAL_MAIL)
    (tmp_path / "notes.txt").write_text("not a message")
    res = mailguard("check", str(tmp_path), "--json")
    assert res.returncode == 0, res.stderr
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(x["file"], x["action"]) for x in lines] == [("a.eml", "pass"), ("b.eml", "confirm")]


def test_check_human_output(tmp_path: Path) -> None:
    eml = tmp_path / "card.eml"
    eml.write_bytes(CARD_MAIL)
    res = mailguard("check", str(eml))
    assert res.returncode == 0
    # A confirm waits for the sender, not for the hold rule's 300 s that also matched.
    assert res.stdout.startswith("card.eml: confirm\n")
    assert "credit_card x2" in res.stdout and "4111-1111" not in res.stdout
    plain = tmp_path / "plain.eml"
    plain.write_bytes(INTERNAL_MAIL.replace(b"To: kato@example.co.jp", b"To: x@partner.example"))
    res = mailguard("check", str(plain))
    assert res.stdout.startswith("plain.eml: hold (300 s)\n")


def test_check_bad_input_exit_2(tmp_path: Path) -> None:
    res = mailguard("check", str(tmp_path / "missing.eml"))
    assert res.returncode == 2 and "no such file" in res.stderr
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    res = mailguard("check", str(empty))
    assert res.returncode == 2 and res.stderr.strip() == f"mailguard: {empty}: empty file"
    norcpt = tmp_path / "norcpt.eml"
    norcpt.write_bytes(b"Subject: x\r\n\r\nbody\r\n")
    res = mailguard("check", str(norcpt))
    assert res.returncode == 2 and "no recipients" in res.stderr
    res = mailguard("check")
    assert res.returncode == 2


def test_rules_check_ok_and_errors(tmp_path: Path) -> None:
    res = mailguard("rules", "check")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("rules OK:")
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "bad.toml").write_text(
        '[[rule]]\nname = "x"\naction = "explode"\n  [rule.when]\n  finding = { type = "nope" }\n'
    )
    res = mailguard("rules", "check", env={"MAILGUARD_POLICY__RULES_DIR": str(bad)})
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert lines and all(line.startswith(f"{bad / 'bad.toml'}:") for line in lines)
    assert any(":3:" in line and "explode" in line for line in lines)
