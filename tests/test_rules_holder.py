"""RuleHolder: hot reload applies a valid edit atomically and keeps the last good set."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from proxy.model import Action, Envelope, MessageView
from proxy.recipients import classify
from proxy.rules import RuleHolder, RulesError, evaluate

HOLD = """\
[[rule]]
name = "external"
action = "hold"
delay = "5m"
message = "external"
when.external_recipients = { at_least = 1 }
"""


def write(path: Path, text: str) -> None:
    """Write and move the mtime on, so the change is seen even within one clock tick."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    after = path.stat().st_mtime_ns
    if after <= before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    d.mkdir()
    write(d / "r.toml", HOLD)
    return d


def external_view() -> MessageView:
    env = Envelope("me@example.co.jp", ("a@other.com",))
    return MessageView(
        envelope=env, size=10, recipients=classify(env, [], internal_domains=["example.co.jp"])
    )


def test_first_load_must_succeed(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text("broken =", encoding="utf-8")
    with pytest.raises(RulesError):
        RuleHolder(tmp_path)


def test_a_valid_edit_is_applied(folder: Path) -> None:
    holder = RuleHolder(folder, internal_domains=["example.co.jp"])
    first = holder.current
    assert not holder.changed()
    write(folder / "r.toml", HOLD.replace('"hold"', '"confirm"').replace('delay = "5m"\n', ""))
    assert holder.changed()
    assert holder.reload() == []
    assert holder.current is not first
    assert evaluate(external_view(), holder.current).action is Action.CONFIRM
    # The set an evaluation started with is untouched by the swap.
    assert evaluate(external_view(), first).action is Action.HOLD
    assert not holder.changed()


def test_an_invalid_edit_keeps_the_last_good_set(folder: Path) -> None:
    holder = RuleHolder(folder)
    good = holder.current
    write(folder / "r.toml", HOLD.replace('"hold"', '"hodl"'))
    errors = holder.reload()
    assert len(errors) == 1 and errors[0].startswith(f"{folder / 'r.toml'}:3: ")
    assert holder.last_errors == errors
    assert holder.current is good
    assert evaluate(external_view(), holder.current).action is Action.HOLD
    # The broken files are not retried until they change again...
    assert not holder.changed()
    # ...and fixing them brings the new set in.
    write(folder / "r.toml", HOLD.replace('"5m"', '"10m"'))
    assert holder.changed()
    assert holder.reload() == []
    assert holder.last_errors == []
    assert holder.current.rules[0].delay_seconds == 600


def test_list_files_count_as_changes(folder: Path) -> None:
    holder = RuleHolder(folder)
    write(folder / "keywords.txt", "社外秘\n")
    assert holder.changed()
    assert holder.reload() == []
    assert holder.current.keywords == ["社外秘"]
    (folder / "keywords.txt").unlink()
    assert holder.changed()
    holder.reload()
    assert holder.current.keywords == []


def test_new_and_removed_rule_files_count(folder: Path) -> None:
    holder = RuleHolder(folder)
    extra = folder / "z-extra.toml"  # after r.toml: files load in name order
    write(extra, HOLD.replace('"external"', '"second"', 1))
    assert holder.changed()
    holder.reload()
    assert [r.name for r in holder.current.rules] == ["external", "second"]
    extra.unlink()
    assert holder.changed()
    holder.reload()
    assert [r.name for r in holder.current.rules] == ["external"]


def test_other_files_are_not_changes(folder: Path) -> None:
    holder = RuleHolder(folder)
    write(folder / "notes.md", "admin notes")
    write(folder / ".r.toml.swp", "editor state")
    assert not holder.changed()


def test_deleting_every_rule_file_keeps_the_last_good_set(folder: Path) -> None:
    holder = RuleHolder(folder)
    good = holder.current
    (folder / "r.toml").unlink()
    assert holder.changed()
    errors = holder.reload()
    assert errors and "no rule files" in errors[0]
    assert holder.current is good


def test_readers_always_see_a_complete_set(folder: Path) -> None:
    holder = RuleHolder(folder)
    texts = [HOLD, HOLD.replace('"hold"', '"hodl"'), HOLD.replace('"5m"', '"1m"')]
    seen: list[Action] = []
    stop = threading.Event()

    def read() -> None:
        v = external_view()
        while not stop.is_set():
            seen.append(evaluate(v, holder.current).action)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(30):
            write(folder / "r.toml", texts[i % len(texts)])
            holder.reload()
    finally:
        stop.set()
        reader.join()
    assert seen and set(seen) == {Action.HOLD}


def test_a_file_being_saved_is_not_settled(folder: Path) -> None:
    """An editor that truncates and rewrites leaves the file empty for a moment, and an
    empty rule file is valid: the watcher waits until the files have been quiet."""
    holder = RuleHolder(folder, internal_domains=["example.co.jp"])
    past = (folder / "r.toml").stat().st_mtime_ns - 10 * 10**9
    os.utime(folder / "r.toml", ns=(past, past))
    assert holder.settled(0.5)
    (folder / "r.toml").write_text("", encoding="utf-8")  # mid-save: truncated
    assert holder.changed() and not holder.settled(0.5)
    future = past + 3600 * 10**9 * 24
    os.utime(folder / "r.toml", ns=(future, future))  # a clock ahead tells nothing
    assert holder.settled(0.5)


def test_files_changed_while_loading_are_not_applied(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load that read the files while they changed is dropped, and tried again."""
    import proxy.rules.holder as holder_module

    holder = RuleHolder(folder, internal_domains=["example.co.jp"])
    first = holder.current
    real_load = holder_module.load_rules
    write(folder / "r.toml", "")  # the truncated moment of a save ...

    def load_during_save(*args: object, **kwargs: object) -> object:
        ruleset = real_load(*args, **kwargs)  # ... is what this load reads
        write(folder / "r.toml", HOLD.replace('"hold"', '"reject"').replace('delay = "5m"\n', ""))
        return ruleset

    monkeypatch.setattr(holder_module, "load_rules", load_during_save)
    assert holder.reload() is None
    assert holder.current is first and holder.changed()
    monkeypatch.setattr(holder_module, "load_rules", real_load)
    assert holder.reload() == []
    assert evaluate(external_view(), holder.current).action is Action.REJECT
