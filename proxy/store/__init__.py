"""Durable queue of held messages (and the audit trail's storage).

    store = open_store(settings.store.url, base_dir=settings.resolve("."))
    async with store:
        qid = await store.put(StoredMessage.create(envelope, data, decision, ...))

Only `sqlite:///relative/path` and `sqlite:////absolute/path` exist today; other
backends plug in here behind the same `Store` interface.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from proxy.store.base import (
    CANCELLABLE,
    FINAL_STATES,
    TRANSITION_FIELDS,
    TRANSITIONS,
    NotFound,
    PurgeResult,
    State,
    Store,
    StoreClosed,
    StoredMessage,
    StoreError,
    Transition,
    WrongState,
    body_hash,
    new_queue_id,
)

__all__ = [
    "CANCELLABLE",
    "FINAL_STATES",
    "TRANSITIONS",
    "TRANSITION_FIELDS",
    "NotFound",
    "PurgeResult",
    "State",
    "Store",
    "StoreClosed",
    "StoreError",
    "StoredMessage",
    "Transition",
    "WrongState",
    "body_hash",
    "data_dir",
    "new_queue_id",
    "open_store",
    "sqlite_path",
]


def data_dir(url: str, base_dir: Path) -> Path:
    """Where the store keeps its files (the link-signing key is generated next to them):
    the SQLite file's folder, else `base_dir`/data."""
    try:
        return sqlite_path(url, base_dir=base_dir).parent
    except ValueError:
        return base_dir / "data"


def sqlite_path(url: str, base_dir: str | os.PathLike[str] | None = None) -> Path:
    """The file of a `sqlite:///…` URL: three slashes and a relative path (resolved against
    `base_dir`, else the working directory), or four slashes and an absolute path."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "sqlite":
        raise ValueError(f"not a sqlite URL: {url!r}")
    if parts.netloc:
        raise ValueError(
            f"[store] url {url!r}: a sqlite URL has no host; use sqlite:///relative/path"
            " or sqlite:////absolute/path"
        )
    if parts.query or parts.fragment:
        raise ValueError(f"[store] url {url!r}: options are not supported")
    raw = unquote(parts.path)
    if not raw.startswith("/") or raw in ("/", "//"):
        raise ValueError(f"[store] url {url!r}: no file name (use sqlite:///data/mailguard.db)")
    path = Path(raw[1:])
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    if path.name in ("", ".", ".."):
        raise ValueError(f"[store] url {url!r}: no file name")
    return path


def open_store(
    url: str, *, base_dir: str | os.PathLike[str] | None = None, owner: bool = False
) -> Store:
    """The store for `[store] url`, not yet started: `await store.start()` or
    `async with store:`. ValueError for a URL it cannot use, phrased for the admin.
    `owner`: the serving guard's store, which only one process may have open (its
    start raises StoreInUse otherwise; proxy/store/owner.py)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "sqlite":
        from proxy.store.sqlite import SqliteStore

        return SqliteStore(sqlite_path(url, base_dir), owner=owner)
    if scheme in ("postgres", "postgresql"):
        raise ValueError(
            f"[store] url {url!r}: the PostgreSQL store is not part of this version; "
            "use sqlite:///path"
        )
    raise ValueError(f"[store] url {url!r}: unknown store; use sqlite:///path")
