"""PDFium runs in a child process: a reader that dies or hangs costs the child, never the
guard. The PDF is then "not fully inspected" (held), and the next PDF gets a new child."""

from __future__ import annotations

import time

import pytest

from proxy.inspect import pdfium
from tests.test_inspect_attachments import make_pdf


def child_pid() -> int:
    pool = pdfium._pool
    assert pool is not None
    procs = list(pool._processes.values())  # the one worker
    assert len(procs) == 1
    return procs[0].pid


def test_pages_come_from_a_child_process() -> None:
    data = make_pdf([["Customer list", "tanaka@partner.example"], ["page two"]])
    result = pdfium.pdf_pages(data, room=10_000, timeout=30)
    assert result.opened and len(result.pages) == 2
    assert "tanaka@partner.example" in result.pages[0]
    assert child_pid() != 0


def test_text_budget_stops_early() -> None:
    data = make_pdf([[f"line {i} " * 20] for i in range(30)])
    result = pdfium.pdf_pages(data, room=500, timeout=30)
    assert result.cut and len(result.pages) < 30


def test_not_a_pdf_is_left_to_the_fallback() -> None:
    assert not pdfium.pdf_pages(b"%PDF-1.7 but not really", room=1000, timeout=30).opened


def test_a_killed_reader_is_a_failure_and_the_next_pdf_gets_a_new_child() -> None:
    import os
    import signal

    small = make_pdf([["hello"]])
    pdfium.pdf_pages(small, room=1000, timeout=30)  # the child is up
    victim = child_pid()
    os.kill(victim, signal.SIGKILL)  # what a segfault in PDFium looks like to the parent
    with pytest.raises(pdfium.ChildFailed, match="crashed"):
        for _ in range(50):  # the pool notices the dead child on its own thread
            pdfium.pdf_pages(small, room=1000, timeout=30)
            time.sleep(0.05)
    again = pdfium.pdf_pages(small, room=1000, timeout=30)
    assert again.opened and "hello" in again.pages[0]
    assert child_pid() != victim


def test_a_reader_past_the_deadline_is_stopped() -> None:
    big = make_pdf([[f"row {i} " * 40 for i in range(60)] for _ in range(400)])
    with pytest.raises(pdfium.ChildFailed, match="too long"):
        pdfium.pdf_pages(big, room=50_000_000, timeout=0.1)
    assert pdfium._pool is None  # the hung child was killed; a new one comes next time
    assert pdfium.pdf_pages(make_pdf([["after"]]), room=1000, timeout=30).opened
