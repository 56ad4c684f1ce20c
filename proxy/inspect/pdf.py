"""PDF text with pypdf: page text, form field values, and embedded files (returned so the
caller inspects them like any attachment).

Encryption: a PDF that needs a password to open cannot be inspected (PPAP) and is reported
`encrypted`. A PDF encrypted only with an owner password (ISO 32000-1 §7.6.3.1: print/copy
restrictions, the user password empty — common for invoices) opens with the empty password
and is read like any other: it is not a password-protected attachment.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PasswordType, PdfReader

from proxy.inspect.scan import Scan, TextBuilder


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
    pages = reader.pages
    for number in range(len(pages)):
        if scan.out_of_time() or out.full:
            break
        try:
            page_text = pages[number].extract_text()
        except Exception as exc:  # pypdf raises many types on damaged content streams
            scan.note(where, f"corrupt PDF page {number + 1} ({type(exc).__name__})")
            continue
        out.add(page_text)
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
