"""PDF page text through PDFium (pypdfium2), in a separate process.

PDFium is compiled C parsing attacker-supplied files. Chromium runs it sandboxed; we run
it in a child process, so a PDF that crashes or hangs it costs that child, not the guard
(every SMTP session and the queue live in the parent). A crash, a hang past the scan's
deadline or a child that cannot start makes the file "not fully inspected" (the message
is held), and the next PDF gets a fresh child.

The child is started with `spawn` (never `fork` from a threaded process) on first use and
kept for the next PDFs; it handles one document at a time.
"""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from proxy.children import helper_pool, stop_at_exit


@dataclass
class PdfiumPages:
    opened: bool  # False: PDFium could not open the file (the caller falls back to pypdf)
    pages: list[str] = field(default_factory=list)
    bad_pages: list[tuple[int, str]] = field(default_factory=list)  # (number, error type)
    cut: bool = False  # stopped at the text budget


def extract_pages(data: bytes, room: int) -> PdfiumPages:
    """Runs in the child: page text until `room` bytes of text are collected."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:  # PdfiumError and the like
        return PdfiumPages(opened=False)
    out = PdfiumPages(opened=True)
    size = 0
    try:
        for number in range(len(document)):
            if size > room:
                out.cut = True
                break
            try:
                page = document[number]
                try:
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_bounded()  # the whole page
                    finally:
                        textpage.close()
                    notes = _notes(page, room - size)
                finally:
                    page.close()
            except Exception as exc:
                out.bad_pages.append((number + 1, type(exc).__name__))
                continue
            text = text.replace("\r\n", "\n")  # PDFium ends lines with CRLF
            if notes:
                text += "\n" + "\n".join(notes)
                if sum(map(len, notes)) >= room - size:
                    out.cut = True  # _notes stopped at the room left
            out.pages.append(text)
            size += len(text.encode("utf-8", "replace"))
    finally:
        document.close()
    return out


# Annotations whose text is the reader's own (ISO 32000-1 §12.5.6): sticky notes, text
# boxes, highlights with a comment… Their /Contents travels with the file and shows in
# every viewer's comment pane, but it is no page content, so page text lacks it. Form
# widgets are read as fields (pypdf, in the parent); links and pop-ups hold no words.
NOT_NOTES = ("Widget", "Link", "Popup")


def _notes(page: Any, room: int) -> list[str]:
    """The comments of a page, as far as `room` characters go (a note's /Contents can be
    any size, and a small file can hold large ones in a compressed object stream)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    skip = {getattr(pdfium_c, f"FPDF_ANNOT_{name.upper()}") for name in NOT_NOTES}
    notes: list[str] = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) in skip:
                continue
            # UTF-16LE with a terminating NUL; the first call gives the size in bytes.
            size = pdfium_c.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
            if size <= 2:
                continue
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFAnnot_GetStringValue(
                annot, b"Contents", ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
            )
            note = buffer.raw[: size - 2].decode("utf-16-le", "replace").strip()
            if note:
                notes.append(note[: max(room, 0)])
                room -= len(note)
                if room <= 0:
                    break
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return notes


class ChildFailed(Exception):
    """The PDF child crashed, hung past the deadline, or could not be started."""


_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = helper_pool(1)
    return _pool


def _discard_pool() -> None:
    """Throw away a pool whose child crashed or hangs: kill it, start afresh next time."""
    global _pool
    pool, _pool = _pool, None
    if pool is None:
        return
    for proc in list(getattr(pool, "_processes", {}).values()):
        proc.kill()
    pool.shutdown(wait=False, cancel_futures=True)


# At exit the reader is killed, not asked to stop: it holds nothing worth waiting for.
# In a judging worker (proxy.judge_pool) this is what lets the worker exit at all. In
# the guard itself, concurrent.futures' own exit hook runs first and waits for a PDF
# being read; that wait is bounded by the inspection deadline of the thread reading it.
stop_at_exit(_discard_pool)


def pdf_pages(data: bytes, room: int, timeout: float) -> PdfiumPages:
    """Page text of one PDF, from the child; raises ChildFailed."""
    # One document at a time: the child is single-threaded, and a queue of PDFs behind a
    # slow one would only run into the deadline anyway.
    with _lock:
        try:
            future = _get_pool().submit(extract_pages, data, room)
            return future.result(timeout=max(0.1, timeout))
        except FutureTimeout:
            _discard_pool()
            raise ChildFailed("PDF reader took too long") from None
        except BrokenProcessPool:
            _discard_pool()
            raise ChildFailed("PDF reader crashed") from None
        except OSError as exc:
            _discard_pool()
            raise ChildFailed(f"PDF reader could not start ({exc.strerror or exc})") from None
