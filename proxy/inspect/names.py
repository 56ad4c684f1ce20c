"""What a file's name says: its extension, and the type guessed from it (senders rename
files, so readers look at the bytes first; these are for what the bytes do not tell)."""

from __future__ import annotations

import mimetypes


def extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot + 1 :].lower() if dot > 0 else ""


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
