"""Review of e6cd188..012dca1 (全銀 files, My Number lists, conference headings and
meeting words, freeze_heap): each test here failed on that code."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from email.message import EmailMessage

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.detectors.conference import dial_in_lines
from proxy.inspect import extract
from proxy.inspect.zengin import records
from proxy.judge_pool import JudgePool
from proxy.model import Segment
from tests.test_detectors_my_number_lists import VALID, my_numbers
from tests.test_inspect_zengin import ALL, accounts, mail, zengin

# -- My Number lists (my_number.listed_under_headings) ----------------------------------


@pytest.mark.parametrize(
    "sep",
    [
        "ー",  # chōonpu typed for a dash: numbers.DASHES
        "\u2212",  # minus sign
        "\u2010",  # hyphen
        ".",
        "  ",  # two spaces
        " - ",
    ],
)
def test_list_rows_with_the_separators_the_number_engine_reads(sep: str) -> None:
    # The old _under_heading let the numbers engine split the groups (any of its
    # separators, up to three characters); the new row pattern took only "", " " or "-".
    rows = "".join(f"{name} {n[:4]}{sep}{n[4:8]}{sep}{n[8:]}\n"
                   for name, n in (("本人", VALID[0]), ("妻", VALID[1]), ("長男", VALID[2])))
    assert my_numbers("■個人番号\n" + rows) == set(VALID[:3])


def test_list_rows_with_mixed_separators() -> None:
    text = "■個人番号\n本人 7301-8264 5514\n妻 3390 2817-4400\n"
    assert my_numbers(text) == {"730182645514", "339028174400"}


def test_a_mistyped_number_does_not_end_the_list() -> None:
    # Old: a row above with any digits was another row of the list.
    text = f"■マイナンバー\n本人 7301 8264 551\n妻 {VALID[1]}\n長男 {VALID[2]}\n"
    assert my_numbers(text) == {VALID[1], VALID[2]}


@pytest.mark.parametrize("name", ["Noriko Sato", "David Sato", "NOMURA KEN", "Heidi Ito"])
def test_romaji_names_holding_no_or_id_are_names(name: str) -> None:
    # _NOT_A_NAME took "No" / "ID" inside a word: Noriko, David.
    text = f"My Number\n{name} {VALID[0]}\nSpouse {VALID[1]}\n"
    assert my_numbers(text) == {VALID[0], VALID[1]}


@pytest.mark.parametrize("name", ["会員No", "社員ID", "ID", "No."])
def test_no_and_id_as_words_still_are_another_numbers_label(name: str) -> None:
    assert my_numbers(f"マイナンバー\n{name} {VALID[0]}") == set()


def test_a_list_quoted_twice() -> None:
    # "> > " in a reply to a reply: two quote marks and a full name were five words.
    text = (
        "> > ■個人番号(マイナンバー)\n"
        f"> > 本人 小松 直樹 {VALID[0]}\n"
        f"> > 配偶者 小松 由香 {VALID[1]}\n"
        f"> > 長男 小松 陽太 {VALID[2]}\n"
    )
    assert my_numbers(text) == set(VALID[:3])


def test_a_heading_with_its_first_row_after_the_colon() -> None:
    text = (
        f"マイナンバー：本人 {VALID[0]}\n"
        f"　　　　　　　配偶者 {VALID[1]}\n"
        f"　　　　　　　長男 {VALID[2]}\n"
    )
    assert my_numbers(text) == set(VALID[:3])


def test_a_topic_with_a_colon_is_still_no_heading() -> None:
    text = f"マイナンバー制度について：本人 {VALID[0]}\n妻 {VALID[1]}\n"
    assert VALID[1] not in my_numbers(text)


# -- 全銀 files (zengin.py) --------------------------------------------------------------


def test_an_eof_mark_right_after_the_last_record() -> None:
    # CRLF between records, none after the last, then the MS-DOS end-of-file mark.
    data = zengin()[:-2] + b"\x1a"
    assert records(data) is not None
    assert accounts(mail(("FURIKOMI.TXT", data, "text/plain"))) == ALL


def _body_mail(body: bytes) -> bytes:
    m = EmailMessage()
    m["From"] = "keiri@example.co.jp"
    m["To"] = "bank@example.com"
    m["Subject"] = "総合振込データ"
    m.set_content(body, maintype="text", subtype="plain", cte="base64")
    m.set_param("charset", "shift_jis")
    return m.as_bytes()


def test_a_zengin_file_sent_as_the_body_itself() -> None:
    # `mail -s 振込データ bank@… < FURIKOMI.TXT` from a batch job: an unnamed text part.
    ex = extract(_body_mail(zengin()), InspectConfig())
    finding = find_all(ex.segments).get("jp_bank_account")
    assert finding is not None and set(finding.values) == ALL


# -- conference invitations (conference.py) ---------------------------------------------

ACCESS = "\n+81 3 4578 1488 Japan\n+81 524 564 439 Japan\n+81 3 4578 1490 Japan\n"


@pytest.mark.parametrize(
    "link",
    ["https://ZOOM.US/j/84512345678", "https://Teams.Microsoft.com/l/meetup-join/1",
     "https://company.WebEx.com/meet/tanaka", "Meet.Google.com/abc-defg-hij"],
)
def test_meeting_links_in_any_case(link: str) -> None:
    # _MEETING was re.I; its look-behinds spelled out three casings of zoom.us and one
    # of the other hosts.
    assert len(dial_in_lines(f"{link}\nDial by your location{ACCESS}")) == 3


@pytest.mark.parametrize(
    "heading", ["■電話会議", "• Dial by your location", "- Join by phone", "・電話で参加"]
)
def test_a_heading_led_by_a_bullet(heading: str) -> None:
    # Anchoring the heading at the line's start dropped the bullet the old search skipped.
    text = f"Meeting ID: 845 1234 5678\n{heading}{ACCESS}"
    assert len(dial_in_lines(text)) == 3
    assert "intl_phone" not in find_all([Segment(text, "body", "body")])


# -- freeze_heap in the judging workers --------------------------------------------------


def _pid_and_frozen() -> tuple[int, int]:
    time.sleep(0.5)  # busy: the next call goes to the other worker
    return os.getpid(), gc.get_freeze_count()


async def test_workers_of_a_restarted_pool_are_frozen_too() -> None:
    # _warm froze a worker only when start() sent it one: a pool started again after a
    # worker died (judge_pool._discard) never froze, for the rest of the service's life.
    judges = JudgePool(processes=2)
    try:
        await judges.start()
        assert judges._pool is not None
        old = judges._pool
        for process in list(old._processes.values()):  # type: ignore[union-attr]
            os.kill(process.pid, signal.SIGKILL)  # type: ignore[arg-type]
        await asyncio.sleep(0.3)
        judges._discard(old)
        pool = judges._processes()
        loop = asyncio.get_running_loop()
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, _pid_and_frozen) for _ in range(2))
        )
        assert len({pid for pid, _ in results}) == 2
        assert all(frozen > 10_000 for _, frozen in results)
    finally:
        judges.shutdown()
