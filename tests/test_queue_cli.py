"""`mailguard queue …` and `mailguard audit search` against a real store."""

from __future__ import annotations

import asyncio
import csv
import email
import email.policy
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from proxy.model import Action, Decision, Envelope, Reason
from proxy.store import open_store
from proxy.store.base import PendingNotice, StoredMessage
from proxy.tokens import Tokens, load_secret

ROOT = Path(__file__).resolve().parent.parent


def mailguard(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    return subprocess.run([sys.executable, "-m", "proxy", *args, "--config", str(cfg)],
                          capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once it is closed


def setup(tmp_path: Path, upstream_port: int | None = None) -> tuple[Path, list[str]]:
    """A store with two held messages; the upstream (for the sender's notices) at
    `upstream_port`, else a port nothing listens on."""
    cfg = tmp_path / "config.toml"
    port = upstream_port if upstream_port is not None else closed_port()
    cfg.write_text('[store]\nurl = "sqlite:///data/mg.db"\n[policy]\ntimezone = "Asia/Tokyo"\n'
                   f'[upstream]\nhost = "127.0.0.1"\nport = {port}\n')
    decision = Decision(Action.HOLD, 3600, (Reason("external-recipient", Action.HOLD, "ext"),))
    data = [
        (b"From: a@example.com\r\nTo: x@partner.example, y@other.example\r\nSubject: one\r\n\r\nb\r\n",
         ("x@partner.example", "y@other.example"), "a@example.com"),
        (b"From: b@example.com\r\nTo: z@mail.partner.example\r\nSubject: two\r\n\r\nb\r\n",
         ("z@mail.partner.example",), "b@example.com"),
    ]

    async def fill() -> list[str]:
        ids = []
        async with open_store("sqlite:///data/mg.db", base_dir=tmp_path) as store:
            for raw, rcpts, sender in data:
                msg = StoredMessage.create(Envelope(sender, rcpts), raw, decision)
                ids.append(await store.put(msg))
        return ids

    return cfg, asyncio.run(fill())


def test_queue_list_show_cancel_release(tmp_path: Path) -> None:
    cfg, (one, two) = setup(tmp_path)
    res = mailguard(cfg, "queue", "list", "--json")
    assert res.returncode == 0, res.stderr
    items = json.loads(res.stdout)
    assert {i["id"] for i in items} == {one, two}
    for item in items:
        assert {"id", "state", "mail_from", "rcpt_tos", "action", "release_at", "rules"} <= set(item)
        assert item["state"] == "held" and item["rules"] == ["external-recipient"]
        assert "history" not in item  # listings carry none; `queue show` has it
    res = mailguard(cfg, "queue", "list", "--sender", "b@example.com", "--json")
    assert [i["id"] for i in json.loads(res.stdout)] == [two]

    res = mailguard(cfg, "queue", "show", one, "--json")
    shown = json.loads(res.stdout)
    assert shown["id"] == one and "body" not in shown
    res = mailguard(cfg, "queue", "show", one, "--json", "--body")
    assert "Subject: one" in json.loads(res.stdout)["body"]

    res = mailguard(cfg, "queue", "remove-recipient", one, "y@other.example")
    assert res.returncode == 0, res.stderr
    assert "x@partner.example" in res.stdout
    res = mailguard(cfg, "queue", "show", one, "--json", "--body")
    body = json.loads(res.stdout)
    assert body["rcpt_tos"] == ["x@partner.example"] and "y@other.example" not in body["body"]

    res = mailguard(cfg, "queue", "cancel", one)
    # Done, though the sender could not be told: the guard never ran here, so there is
    # no link key, and the command does not make one the guard would not know.
    assert res.returncode == 0 and "The sender was not told: no link key" in res.stdout
    assert not (tmp_path / "data" / "web-secret").exists()
    assert mailguard(cfg, "queue", "release", two).returncode == 0
    states = {i["id"]: i["state"] for i in json.loads(mailguard(cfg, "queue", "list", "--json").stdout)}
    assert states == {one: "cancelled", two: "released"}
    rows = {line.split()[0]: line for line in mailguard(cfg, "queue", "list").stdout.splitlines()}
    assert " JST " in rows[two]  # [policy] timezone, named: the machine runs UTC
    assert rows[one].split()[3] == "-"  # cancelled: no release time ahead of it
    # Releasing a cancelled message changes nothing and says so.
    res = mailguard(cfg, "queue", "release", one)
    assert res.returncode == 1 and "nothing changed" in res.stdout

    history = json.loads(mailguard(cfg, "queue", "show", one, "--json").stdout)["history"]
    assert [h["to"] for h in history][-1] == "cancelled" and history[-1]["actor"] == "admin:cli"


def test_unknown_id_and_bad_state_exit_2(tmp_path: Path) -> None:
    cfg, _ = setup(tmp_path)
    for args in (("queue", "show", "NOPE"), ("queue", "cancel", "NOPE"),
                 ("queue", "release", "NOPE"), ("queue", "remove-recipient", "NOPE", "a@b.c"),
                 ("queue", "list", "--state", "bogus")):
        res = mailguard(cfg, *args)
        assert res.returncode == 2, args
        assert res.stderr.startswith("mailguard: ") and len(res.stderr.strip().splitlines()) == 1


def test_audit_search_by_domain_and_time(tmp_path: Path) -> None:
    cfg, (one, two) = setup(tmp_path)
    res = mailguard(cfg, "audit", "search", "--domain", "partner.example", "--format", "json")
    assert res.returncode == 0, res.stderr
    records = json.loads(res.stdout)
    assert {r["queue_id"] for r in records} == {one, two}  # subdomain included
    res = mailguard(cfg, "audit", "search", "--domain", "other.example", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["queue_id"] for r in rows] == [one]
    res = mailguard(cfg, "audit", "search", "--until", "2000-01-01", "--format", "json")
    assert json.loads(res.stdout) == []
    res = mailguard(cfg, "audit", "search", "--since", "2000-01-01T09:00", "--sender",
                    "b@example.com", "--format", "json")
    assert [r["queue_id"] for r in json.loads(res.stdout)] == [two]
    res = mailguard(cfg, "audit", "search", "--since", "yesterday")
    assert res.returncode == 2 and "not a date" in res.stderr


async def test_cancel_and_release_tell_the_sender(tmp_path: Path, upstream) -> None:
    """As the web page does after the same action: the sender gets the cancelled /
    sent-early notice, through the configured upstream."""
    handler, port = upstream
    cfg, (one, two) = await asyncio.to_thread(setup, tmp_path, port)
    key = load_secret("", tmp_path / "data")  # as the guard makes it at its first start
    res = await asyncio.to_thread(mailguard, cfg, "queue", "cancel", one)
    assert res.returncode == 0, res.stderr
    assert "The sender was told." in res.stdout
    res = await asyncio.to_thread(mailguard, cfg, "queue", "release", two)
    assert "The sender was told." in res.stdout
    notices = {m.rcpt_tos[0]: m.data for m in handler.messages}
    assert set(notices) == {"a@example.com", "b@example.com"}
    assert b"X-Mailguard-Notice: cancelled" in notices["a@example.com"]
    assert b"X-Mailguard-Notice: sent-early" in notices["b@example.com"]
    assert all(m.mail_from == "" for m in handler.messages)  # the null sender (RFC 3834)
    # The notice's link is signed with the guard's key: its pages accept it.
    link = next(line for line in notices["a@example.com"].split(b"\r\n")
                if line.startswith(b"X-Mailguard-Link: "))
    token = link.rsplit(b"/", 1)[1].decode()
    assert Tokens(key).verify_link(token) is not None
    # Nothing changed, nothing said.
    res = await asyncio.to_thread(mailguard, cfg, "queue", "cancel", one)
    assert "told" not in res.stdout and len(handler.messages) == 2


async def test_release_of_a_message_awaiting_approval_tells_the_sender_who(
    tmp_path: Path, upstream
) -> None:
    """The admin lets go of a message an approver never saw: the sender hears it was
    released by an administrator (not "approved", which the scheduler says only after an
    approver's yes)."""
    handler, port = upstream
    cfg, _ = await asyncio.to_thread(setup, tmp_path, port)
    load_secret("", tmp_path / "data")
    decision = Decision(Action.APPROVE, 0, (Reason("needs-approval", Action.APPROVE, "ok?"),),
                        approvers=("boss@example.com",))
    raw = b"From: c@example.com\r\nTo: q@partner.example\r\nSubject: deal\r\n\r\nb\r\n"
    async with open_store("sqlite:///data/mg.db", base_dir=tmp_path) as store:
        qid = await store.put(StoredMessage.create(Envelope("c@example.com", ("q@partner.example",)),
                                                   raw, decision))
    listed = await asyncio.to_thread(mailguard, cfg, "queue", "list")
    row = next(line for line in listed.stdout.splitlines() if line.startswith(qid))
    assert "when approved" in row  # no time: it waits for a person
    res = await asyncio.to_thread(mailguard, cfg, "queue", "release", qid, "--who", "root")
    assert res.returncode == 0, res.stderr
    assert "The sender was told." in res.stdout
    [notice] = handler.messages
    assert notice.rcpt_tos == ["c@example.com"]
    assert b"X-Mailguard-Notice: sent-early" in notice.data
    text = email.message_from_bytes(notice.data, policy=email.policy.default)
    plain = text.get_body(("plain",))
    assert plain is not None and "管理者" in plain.get_content()


def test_a_notice_the_upstream_does_not_take_is_kept_for_the_guard(tmp_path: Path) -> None:
    """Upstream down when the admin cancels: the notice waits in the store's outbox,
    which the running guard works through."""
    cfg, (one, _two) = setup(tmp_path)  # the upstream port: nothing listens there
    load_secret("", tmp_path / "data")
    res = mailguard(cfg, "queue", "cancel", one)
    assert res.returncode == 0, res.stderr
    assert "kept in the outbox" in res.stdout

    async def kept() -> list[PendingNotice]:
        async with open_store("sqlite:///data/mg.db", base_dir=tmp_path) as store:
            return await store.due_notices(time.time() + 86400)

    [notice] = asyncio.run(kept())
    assert notice.kind == "cancelled" and notice.queue_id == one
    assert notice.rcpt == "a@example.com" and b"X-Mailguard-Notice: cancelled" in notice.data
