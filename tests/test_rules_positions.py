"""proxy.rules.positions: the line of every key, for `file:line` errors."""

from __future__ import annotations

import tomllib

from proxy.rules.positions import key_lines, line_of

TEXT = '''\
# comment with [brackets] and key = "value"
title = "x # not a comment"

[[rule]]
name = "a"
message.ja = """line one
name = "inside a string"
"""
  [rule.when]
  external_recipients = { at_least = 1 }
  findings.credit_card = { at_least = 1, in = ["attachment"] }

[[rule]]
name = 'b'
when.any = [
  { sender = ["x@y.jp"] },  # a comment between elements
  { "quoted key" = { at_most = 2 } },
]

  [[rule.when.all]]
  subject_matches = "[[not a table]]"

  [[rule.when.all]]
  body_matches = 'c:\\path'

[[exempt]]
name = "e"
'''


def test_skimmer_agrees_with_tomllib_on_the_structure() -> None:
    data = tomllib.loads(TEXT)
    assert data["rule"][1]["when"]["any"][1]["quoted key"] == {"at_most": 2}
    lines = key_lines(TEXT)
    assert lines[("title",)] == 2
    assert lines[("rule",)] == 4
    assert lines[("rule", 0)] == 4
    assert lines[("rule", 0, "name")] == 5
    assert lines[("rule", 0, "message", "ja")] == 6
    assert lines[("rule", 0, "when")] == 9
    assert lines[("rule", 0, "when", "external_recipients", "at_least")] == 10
    assert lines[("rule", 0, "when", "findings", "credit_card", "in", 0)] == 11
    assert lines[("rule", 1)] == 13
    assert lines[("rule", 1, "name")] == 14
    assert lines[("rule", 1, "when", "any", 0, "sender", 0)] == 16
    assert lines[("rule", 1, "when", "any", 1, "quoted key", "at_most")] == 17
    assert lines[("rule", 1, "when", "all", 0)] == 20
    assert lines[("rule", 1, "when", "all", 0, "subject_matches")] == 21
    assert lines[("rule", 1, "when", "all", 1, "body_matches")] == 24
    assert lines[("exempt", 0, "name")] == 27


def test_text_inside_strings_is_not_a_key() -> None:
    lines = key_lines(TEXT)
    # `name = "inside a string"` (line 7) is string content, not the rule's name.
    assert ("rule", 0, "name") in lines and lines[("rule", 0, "name")] == 5
    assert 7 not in lines.values()


def test_line_of_steps_over_parts_not_in_the_file() -> None:
    lines = key_lines(TEXT)
    # A missing key points at its table; a validator's label in the path is skipped.
    assert line_of(lines, ("rule", 0, "action")) == 4
    assert line_of(lines, ("rule", 0, "when", "findings", "credit_card", "[key]")) == 11
    assert line_of(lines, ("nothing",)) == 1


def test_broken_text_gives_what_was_found_before() -> None:
    lines = key_lines('a = 1\nb = "unterminated\nc = 3\n')
    assert lines[("a",)] == 1
    assert lines[("b",)] == 2
    assert ("c",) not in lines
