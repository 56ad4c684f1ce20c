"""Judging in worker processes (proxy.judge_pool): the same judgement as in this
process, the current rule set after a reload, a dead worker survived, and — through a
running guard — big messages judged in the workers while the event loop keeps turning."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from proxy.config import InspectConfig
from proxy.judge import Judge, check_json, envelope_from_headers
from proxy.judge_pool import JudgePool
from proxy.model import Decision, Envelope, MessageView
from proxy.rules import load_rules
from proxy.service import Service, running
from proxy.transparency import stuff
from tests.conftest import SHIPPED_RULES, make_settings
from tests.peers import LoopWatch

CORPUS = Path(__file__).parent / "corpus"
REJECT_ALL = """
[[rule]]
name = "everything"
action = "reject"
message.en = "test"
  [rule.when]
  message_size = { at_least = "1B" }
"""


def shipped_judge() -> Judge:
    return Judge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]), InspectConfig())


@pytest.fixture
async def pool() -> AsyncIterator[JudgePool]:
    judges = JudgePool(processes=2)
    await judges.start()
    yield judges
    judges.shutdown()


def worker_pids(judges: JudgePool) -> set[int]:
    assert judges._pool is not None
    return {p.pid for p in judges._pool._processes.values() if p.pid}  # type: ignore[union-attr]


async def test_same_judgement_as_in_process(pool: JudgePool) -> None:
    """Every corpus message (attachments, PDFs read by the PDF child of the worker,
    broken MIME …): the same check --json object either way."""
    judge = shipped_judge()
    for path in sorted(CORPUS.glob("*.eml")):
        data = path.read_bytes()
        envelope = envelope_from_headers(data)
        here = check_json(*judge(envelope, data))
        there_view, there_decision = await pool(judge, envelope, data)
        assert check_json(there_view, there_decision) == here, path.name
        assert there_view.segments == []  # the text stays in the worker
    assert pool.restarts == 0


async def test_a_new_rule_set_reaches_the_workers(pool: JudgePool, tmp_path: Path) -> None:
    (tmp_path / "all.toml").write_text(REJECT_ALL, encoding="utf-8")
    strict = Judge(load_rules(tmp_path, internal_domains=["example.co.jp"]), InspectConfig())
    data = (CORPUS / "01_int_meeting_signature.eml").read_bytes()
    envelope = envelope_from_headers(data)
    for judge, action in [(shipped_judge(), "pass"), (strict, "reject"), (shipped_judge(), "pass")]:
        for _ in range(3):  # each worker gets each version
            _view, decision = await pool(judge, envelope, data)
            assert decision.action.label == action


async def test_killed_workers_are_replaced(pool: JudgePool) -> None:
    """Workers killed from outside (the OOM killer, an admin): the message is judged
    in a fresh pool, the same as ever."""
    judge = shipped_judge()
    data = (CORPUS / "45_att_xlsx_customer_list.eml").read_bytes()
    envelope = envelope_from_headers(data)
    expected = check_json(*judge(envelope, data))
    before = worker_pids(pool)
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    await asyncio.sleep(0.2)
    view, decision = await pool(judge, envelope, data)
    assert check_json(view, decision) == expected
    assert pool.restarts == 1
    assert worker_pids(pool).isdisjoint(before)
    view, decision = await pool(judge, envelope, data)
    assert check_json(view, decision) == expected
    assert pool.restarts == 1


@dataclass(frozen=True)
class CrashingJudge(Judge):
    """A judge whose process dies on a marked message, as one would on a file that
    crashes a parser written in C."""

    def __call__(self, envelope: Envelope, data: bytes) -> tuple[MessageView, Decision]:
        if b"X-Crash: yes" in data:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().__call__(envelope, data)


async def test_a_message_that_kills_its_worker_twice_is_held_uninspected(
    pool: JudgePool,
) -> None:
    judge = CrashingJudge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]),
                          InspectConfig())
    crash = b"From: a@example.co.jp\r\nTo: b@partner.example\r\nX-Crash: yes\r\n\r\nhi\r\n"
    view, decision = await pool(judge, Envelope("a@example.co.jp", ("b@partner.example",)), crash)
    assert pool.restarts == 2
    assert decision.action.label == "hold"  # external and not fully inspected
    assert view.incomplete and "died" in view.incomplete[0]
    # Internal mail that kills the inspector passes, as the shipped rules say for any
    # internal mail that could not be fully inspected.
    internal = crash.replace(b"b@partner.example", b"c@example.co.jp")
    _view, decision = await pool(judge, Envelope("a@example.co.jp", ("c@example.co.jp",)), internal)
    assert decision.action.label == "pass"
    # The pool works on for other messages.
    ok = (CORPUS / "15_ext_mynumber_labelled.eml").read_bytes()
    expected = check_json(*judge(envelope_from_headers(ok), ok))
    assert check_json(*await pool(judge, envelope_from_headers(ok), ok)) == expected


async def test_messages_judged_beside_a_crashing_one_keep_their_judgement(
    pool: JudgePool,
) -> None:
    """Every message in a pool fails when one kills its worker. Those judged beside it
    are judged again, alone if need be: only the crashing one is held uninspected (a
    card to a partner must stay `confirm`, not become a timed hold)."""
    judge = CrashingJudge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]),
                          InspectConfig())
    crash = b"From: a@example.co.jp\r\nTo: b@partner.example\r\nX-Crash: yes\r\n\r\nhi\r\n"
    healthy = [(CORPUS / name).read_bytes() for name in (
        "12_ext_presidio_cards_en.eml", "15_ext_mynumber_labelled.eml",
        "45_att_xlsx_customer_list.eml")]
    expected = [check_json(*judge(envelope_from_headers(d), d)) for d in healthy]
    results = await asyncio.gather(
        pool(judge, Envelope("a@example.co.jp", ("b@partner.example",)), crash),
        *(pool(judge, envelope_from_headers(d), d) for d in healthy),
    )
    assert results[0][1].action.label == "hold" and results[0][0].incomplete
    assert [check_json(*r) for r in results[1:]] == expected
    assert any(e["action"] == "confirm" for e in expected)


def bulky_mail(lines: int) -> bytes:
    """An external mail with a long attached CSV of distinct phone numbers."""
    rows = "".join(f"{k},090-{k // 10000:04d}-{k % 10000:04d}\r\n" for k in range(lines))
    return (
        "From: sato@example.com\r\nTo: tanaka@partner.example\r\nSubject: list\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nlist attached\r\n"
        "--b\r\nContent-Type: text/csv; charset=UTF-8\r\n"
        "Content-Disposition: attachment; filename=list.csv\r\n\r\n"
        f"{rows}--b--\r\n"
    ).encode()


async def test_guard_judges_big_mail_in_worker_processes(upstream) -> None:
    """Through a running guard with workers: a big external mail with a customer list is
    held (judged in a worker), and the event loop kept turning meanwhile."""
    _handler, port = upstream
    settings = make_settings(port, inspect={"workers": 2},
                             policy={"rules_dir": str(SHIPPED_RULES)})
    # The message is built and dot-stuffed before the watch, and sent by a plain socket
    # client: aiosmtplib's own line-end and stuffing passes run on this same loop (~80 ms
    # for 1.2 MB, stretched past the limit on a loaded machine; a helper measured it),
    # and only the guard's work belongs in the watched window.
    wire = stuff(bulky_mail(60_000))
    assert wire is not None
    async with running(settings) as svc:
        assert svc.judges is not None
        await svc.judges.start()
        started = time.monotonic()
        async with LoopWatch() as watch:
            reply = await _send_raw(svc.smtp_address[1], wire)
        took = time.monotonic() - started
        held = await svc.store.list()  # type: ignore[union-attr]
        assert len(worker_pids(svc.judges)) == 2
    assert reply.startswith("250")
    assert len(held) == 1  # 60,000 phone numbers to a partner: not passed
    assert took > 0.3, took  # a real judgement happened ...
    assert watch.longest < 0.25, watch.longest  # ... and the loop never stalled behind it


async def _send_raw(port: int, wire: bytes) -> str:
    """One message over a plain socket: EHLO, MAIL, RCPT, DATA, the ready wire form
    (stuffed, ".CRLF" included), QUIT; the reply to the data."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def reply() -> str:
        while True:
            line = await asyncio.wait_for(reader.readline(), 60)
            if line[3:4] != b"-":
                return line.decode()

    await reply()
    for command in (b"EHLO client.test", b"MAIL FROM:<sato@example.com>",
                    b"RCPT TO:<tanaka@partner.example>", b"DATA"):
        writer.write(command + b"\r\n")
        await reply()
    writer.write(wire)
    answer = await reply()
    writer.write(b"QUIT\r\n")
    await reply()
    writer.close()
    return answer


def children_of(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


async def test_the_pdf_reader_of_a_killed_worker_does_not_linger(pool: JudgePool) -> None:
    """A worker reads PDFs through its own child (proxy.inspect.pdfium). Kill the worker
    (as the OOM killer would): that child must not stay behind, waiting forever."""
    judge = shipped_judge()
    data = (CORPUS / "50_att_pdf_payment_iban.eml").read_bytes()
    for _ in range(2):  # both workers, most likely
        await pool(judge, envelope_from_headers(data), data)
    readers = {c for pid in worker_pids(pool) for c in children_of(pid)}
    assert readers, "no PDF reader process was started"
    for pid in worker_pids(pool):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while any(alive(c) for c in readers) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    assert not any(alive(c) for c in readers)


async def test_one_judge_per_rule_set(upstream) -> None:
    """The service hands out one Judge per rule set, so workers get the rules pickled
    once per reload (a new Judge per message meant pickling the rules every time)."""
    _handler, port = upstream
    async with running(make_settings(port)) as svc:
        first = svc.current_judge()
        assert svc.current_judge() is first
        rules = Path(svc.settings.policy.rules_dir)
        (rules / "zz.toml").write_text(REJECT_ALL, encoding="utf-8")
        assert await svc.reload_rules("test") is not None
        second = svc.current_judge()
        assert second is not first and svc.current_judge() is second
        assert [r.name for r in second.ruleset.rules][-1] == "everything"


async def test_workers_ignore_the_terminals_ctrl_c(pool: JudgePool) -> None:
    """Ctrl-C (or a service manager's SIGTERM) reaches the whole process group; the
    guard shuts down in order, and its workers must not die under it mid-judgement."""
    judge = shipped_judge()
    data = (CORPUS / "15_ext_mynumber_labelled.eml").read_bytes()
    before = worker_pids(pool)
    for pid in before:
        os.kill(pid, signal.SIGINT)
        os.kill(pid, signal.SIGTERM)
    await asyncio.sleep(0.3)
    assert all(alive(pid) for pid in before)
    await pool(judge, envelope_from_headers(data), data)
    assert pool.restarts == 0 and worker_pids(pool) == before


async def test_workers_keep_what_they_loaded_out_of_the_collectors_sight(
    pool: JudgePool,
) -> None:
    # freeze_heap: a full collection no longer walks the imported detectors and rules.
    assert pool._pool is not None
    loop = asyncio.get_running_loop()
    frozen = await loop.run_in_executor(pool._pool, gc.get_freeze_count)
    assert frozen > 10_000


async def test_serve_freezes_the_heap_once_started(upstream) -> None:
    _, port = upstream
    service = Service(make_settings(port))
    started = asyncio.Event()
    assert gc.get_freeze_count() == 0
    task = asyncio.create_task(service.serve(grace=1, on_started=started.set))
    try:
        await asyncio.wait_for(started.wait(), 30)
        assert gc.get_freeze_count() > 10_000
    finally:
        service.request_stop()
        await task
        gc.unfreeze()  # this test process runs many more services
