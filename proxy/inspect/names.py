"""What a file's name says: its extension, and the type guessed from it (senders rename
files, so readers look at the bytes first; these are for what the bytes do not tell)."""

from __future__ import annotations

import mimetypes

from proxy.model import extension as extension  # one definition: Attachment.extension's


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
