"""Reading a message: every piece of text in it (headers, bodies, attachments, archive
members, nested messages) and every attachment, under the limits in `InspectConfig`.

`extract` never raises: whatever could not be read is named in `Extraction.incomplete`,
and the rules hold such mail (fail safe). Pure and synchronous; no sockets, no files.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field

from proxy.config import InspectConfig
from proxy.inspect.headers import addr_specs
from proxy.inspect.message import Headers, inspect_top
from proxy.inspect.scan import Scan
from proxy.model import Attachment, Segment

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    subject: str  # decoded (RFC 2047)
    from_address: str  # addr-spec of From:, lower-cased domain, "" if none
    to_cc: list[str]  # addr-specs named in To: and Cc: (the "visible" recipients)
    headers: list[tuple[str, str]]  # all headers, decoded, names as sent
    segments: list[Segment]  # kinds "header", "body", "attachment"
    attachments: list[Attachment]  # every attachment and archive member
    incomplete: list[str] = field(default_factory=list)  # [] when fully inspected
    auto_generated: bool = False  # Auto-Submitted present and not "no" (RFC 3834 §5)


def _auto_generated(headers: Headers) -> bool:
    # RFC 3834 §5: auto-submitted = "no" / "auto-generated" / "auto-replied" / extension,
    # each possibly followed by parameters.
    values = headers.raw.get("auto-submitted", [])
    return any(v.split(";", 1)[0].strip().lower() not in ("no", "") for v in values)


def extract(data: bytes, limits: InspectConfig | None = None) -> Extraction:
    """Inspect one message (RFC 5322 bytes). Never raises."""
    scan = Scan(limits or InspectConfig(), len(data))
    headers = Headers()
    try:
        headers = inspect_top(scan, bytes(data))
    except Exception as exc:
        # A bug here must not let mail through unread: report it as not inspected. The
        # log names the code path only; exception text could quote message content.
        scan.note("message", f"internal error ({type(exc).__name__})")
        where = "".join(traceback.format_tb(exc.__traceback__))
        log.error("inspect: %s at\n%s", type(exc).__name__, where)
    subject = next((value for name, value in headers.items if name.lower() == "subject"), "")
    from_values = headers.raw.get("from", [])
    senders = addr_specs(from_values[:1])
    return Extraction(
        subject=subject,
        from_address=senders[0] if senders else "",
        to_cc=addr_specs(headers.raw.get("to", []) + headers.raw.get("cc", [])),
        headers=headers.items,
        segments=scan.segments,
        attachments=scan.attachments,
        incomplete=scan.incomplete,
        auto_generated=_auto_generated(headers),
    )


__all__ = ["Extraction", "extract"]
