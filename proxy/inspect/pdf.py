"""PDF text: page text (PDFium, through pypdfium2), form field values, the text of comments
(annotations) and embedded files (pypdf; the files are returned so the caller inspects
them like any attachment).

Why two libraries: pypdf, pure Python, reads the structure well (encryption, forms,
attachments, all cheap) but extracts page text at about 1 M characters a second, so a
5 MB PDF that is all text took ~17 s, close to the scan deadline. PDFium (Chromium's
PDF engine, compiled; pypdfium2 ships it in its wheels) extracts the same text about
four times faster. pypdf still opens the file first and decides about encryption; a
file PDFium cannot open is read with pypdf as before.

PDFium is compiled C reading attacker-supplied files, and not thread-safe: it runs in a
child process (proxy/inspect/pdfium.py), one document at a time, so a PDF that crashes
or hangs it costs the child, not the guard.

Encryption: a PDF that needs a password to open cannot be inspected (PPAP) and is reported
`encrypted`. A PDF encrypted only with an owner password (ISO 32000-1 §7.6.3.1: print/copy
restrictions, the user password empty — common for invoices) opens with the empty password
and is read like any other: it is not a password-protected attachment.

A scanned document's OCR text layer often reads with a space between every two characters
("０ ９ ０ - ３ ７ ２ １ …"): page text is given back as words (proxy/inspect/spaced.py).
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field

from pypdf import PasswordType, PdfReader

from proxy.inspect.pdfium import NOT_NOTES, ChildFailed, pdf_pages
from proxy.inspect.scan import Scan, TextBuilder
from proxy.inspect.spaced import unspace


@dataclass
class PdfContent:
    text: str = ""
    encrypted: bool = False
    embedded: list[tuple[str, bytes]] = field(default_factory=list)


def read_pdf(data: bytes, scan: Scan, where: str) -> PdfContent:
    """Raises on a PDF pypdf cannot open at all (the caller records it); problems on single
    pages are recorded here and the other pages still read."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception:  # unsupported security handler: as good as a password
            opened = PasswordType.NOT_DECRYPTED
        if opened == PasswordType.NOT_DECRYPTED:
            return PdfContent(encrypted=True)
    out = TextBuilder(scan)
    if not _pages_with_pdfium(data, scan, where, out):
        _pages_with_pypdf(reader, scan, where, out)
        _notes_with_pypdf(reader, scan, where, out)
    content = PdfContent()
    try:
        fields = reader.get_form_text_fields() or {}
    except Exception as exc:
        scan.note(where, f"corrupt PDF form ({type(exc).__name__})")
        fields = {}
    for name, value in fields.items():
        if value:
            out.add(f"{name}: {value}")
    content.text = out.text()
    try:
        for name, blobs in reader.attachments.items():
            content.embedded += [(name, blob) for blob in blobs]
    except Exception as exc:
        scan.note(where, f"corrupt PDF attachments ({type(exc).__name__})")
    return content


def _pages_with_pdfium(data: bytes, scan: Scan, where: str, out: TextBuilder) -> bool:
    """Page text through PDFium, in its own process; False (nothing added) when PDFium
    cannot open the file. A crashed or hung reader is recorded: the file was not read."""
    remaining = scan.deadline - time.monotonic()
    try:
        result = pdf_pages(data, scan.text_room, remaining)
    except ChildFailed as exc:
        scan.note(where, str(exc))
        return True  # no second try with pypdf on a file that broke the reader
    if not result.opened:
        return False
    for number, error in result.bad_pages:
        scan.note(where, f"corrupt PDF page {number} ({error})")
    for text in result.pages:
        if not out.add(unspace(text)):
            break
    return True


def _notes_with_pypdf(reader: PdfReader, scan: Scan, where: str, out: TextBuilder) -> None:
    """Comments (see pdfium.NOT_NOTES) of a file PDFium could not open."""
    try:
        pages = reader.pages
        for number in range(len(pages)):
            if scan.out_of_time() or out.full:
                return
            annots = pages[number].get("/Annots")
            for ref in annots.get_object() if annots is not None else ():
                annot = ref.get_object()
                if hasattr(annot, "get") and annot.get("/Subtype") not in _NOT_NOTES:
                    text = annot.get("/Contents")
                    if text and isinstance(text, str):
                        out.add(str(text))
    except Exception as exc:  # pypdf raises many types on damaged structures
        scan.note(where, f"corrupt PDF annotations ({type(exc).__name__})")


_NOT_NOTES = frozenset("/" + name for name in NOT_NOTES)


def _pages_with_pypdf(reader: PdfReader, scan: Scan, where: str, out: TextBuilder) -> None:
    pages = reader.pages
    for number in range(len(pages)):
        if scan.out_of_time() or out.full:
            break
        try:
            page_text = pages[number].extract_text()
        except Exception as exc:  # pypdf raises many types on damaged content streams
            scan.note(where, f"corrupt PDF page {number + 1} ({type(exc).__name__})")
            continue
        out.add(unspace(page_text))
