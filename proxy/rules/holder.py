"""The rule set in use, reloaded when the admin edits the files.

A reload builds a complete new RuleSet and swaps one reference, so a message being
evaluated keeps the set it started with. An invalid edit leaves the last good set in
place and returns the errors, so a typo never switches the guard off.
"""

from __future__ import annotations

import threading
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

    def reload(self) -> list[str]:
        """Load the folder again. [] on success (new set in use); otherwise the errors,
        with the last good set still in use."""
        with self._lock:
            # Signature first: an edit made while loading shows up as a change next time.
            self._signature = folder_signature(self.rules_dir)
            try:
                ruleset = load_rules(self.rules_dir, internal_domains=self._internal)
            except RulesError as exc:
                self.last_errors = list(exc.lines)
                return self.last_errors
            self._current = ruleset
            self.last_errors = []
            return []
