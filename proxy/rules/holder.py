"""The rule set in use, reloaded when the admin edits the files.

A reload builds a complete new RuleSet and swaps one reference, so a message being
evaluated keeps the set it started with. An invalid edit leaves the last good set in
place and returns the errors, so a typo never switches the guard off.

A file caught in the middle of being saved must not be taken for the admin's edit: an
editor that truncates and rewrites leaves it empty for a moment, and an empty rule file
is valid (no rules). So the watcher loads only files that have not changed for a moment
(`settled`), and a set whose files changed while it was being read is not applied.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path

from proxy.rules.loader import load_rules
from proxy.rules.ruleset import RulesError, RuleSet

Signature = tuple[tuple[str, int, int], ...]


def folder_signature(rules_dir: Path) -> Signature:
    """(name, mtime_ns, size) of each rule and list file: cheap, no file is read."""
    entries: list[tuple[str, int, int]] = []
    try:
        paths = sorted(rules_dir.iterdir())
    except OSError:
        return ()
    for path in paths:
        if path.suffix not in (".toml", ".txt") or path.name.startswith("."):
            continue
        try:
            st = path.stat()
        except OSError:
            continue  # removed between listing and stat: the next check sees it gone
        entries.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(entries)


class RuleHolder:
    """Holds the current RuleSet. The first load must succeed (raises RulesError)."""

    def __init__(self, rules_dir: Path, *, internal_domains: Iterable[str] = ()) -> None:
        self.rules_dir = Path(rules_dir)
        self._internal = tuple(internal_domains)
        self._lock = threading.Lock()  # one reload at a time; readers never wait
        self._signature = folder_signature(self.rules_dir)
        self._current = load_rules(self.rules_dir, internal_domains=self._internal)
        self.last_errors: list[str] = []

    @property
    def current(self) -> RuleSet:
        return self._current

    def changed(self) -> bool:
        """Whether any rule or list file was added, removed or modified since the last
        reload attempt (a failed attempt counts: the same broken files are not retried)."""
        return folder_signature(self.rules_dir) != self._signature

    def settled(self, quiet: float) -> bool:
        """No rule or list file was modified in the last `quiet` seconds. (A time stamp
        in the future tells nothing: settled, rather than never reloading.)"""
        newest = max((mtime for _name, mtime, _size in folder_signature(self.rules_dir)), default=0)
        age = time.time_ns() - newest
        return age >= quiet * 1e9 or age < 0

    def reload(self) -> list[str] | None:
        """Load the folder again. [] on success (new set in use); otherwise the errors,
        with the last good set still in use; None when the files changed while they were
        read (nothing applied; `changed` stays true, so the next look tries again)."""
        with self._lock:
            before = folder_signature(self.rules_dir)
            try:
                ruleset = load_rules(self.rules_dir, internal_domains=self._internal)
            except RulesError as exc:
                errors = list(exc.lines)
            else:
                errors = []
            if folder_signature(self.rules_dir) != before:
                return None  # read half old, half new, or mid-save: not what was meant
            self._signature = before
            if errors:
                self.last_errors = errors
                return errors
            self._current = ruleset
            self.last_errors = []
            return []
