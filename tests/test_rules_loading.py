"""Loading rule files: every kind of mistake reported as `file:line: message`, all at once."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from proxy.model import Action
from proxy.rules import DETECTOR_TYPES, RulesError, load_rules

RULES = Path(__file__).resolve().parent.parent / "rules"

GOOD = """\
[[rule]]
name = "external"
action = "hold"
delay = "5m"
message = "external"
  [rule.when]
  external_recipients = { at_least = 1 }
"""


def make_dir(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        target = folder / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return folder


def errors_of(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    folder = make_dir(tmp_path, files)
    with pytest.raises(RulesError) as info:
        load_rules(folder)
    assert str(info.value) == "\n".join(info.value.lines)
    return info.value.lines


def one_error(tmp_path: Path, text: str) -> tuple[int, str]:
    """The single error of a one-file folder, as (line, message after the location)."""
    lines = errors_of(tmp_path, {"r.toml": text})
    assert len(lines) == 1, lines
    m = re.fullmatch(r"(.+)/r\.toml:(\d+): (.*)", lines[0])
    assert m is not None, lines[0]
    return int(m.group(2)), m.group(3)


def test_a_good_file_loads(tmp_path: Path) -> None:
    ruleset = load_rules(make_dir(tmp_path, {"r.toml": GOOD}))
    (rule,) = ruleset.rules
    assert rule.name == "external"
    assert rule.action is Action.HOLD
    assert rule.delay_seconds == 300
    assert rule.source.endswith("r.toml:1")


def test_shipped_rules_and_readme_examples_load(tmp_path: Path) -> None:
    ruleset = load_rules(RULES, internal_domains=["example.co.jp"])
    assert {r.name for r in ruleset.rules} >= {"external-recipient", "not-fully-inspected"}
    # Every complete example in the README is valid as written.
    text = (RULES / "README.md").read_text(encoding="utf-8")
    examples = [
        b
        for b in re.findall(r"```toml\n(.*?)```", text, re.S)
        if b.lstrip().startswith(("[[rule]]", "[[exempt]]"))
    ]
    assert len(examples) >= 5
    folder = make_dir(tmp_path, {})
    for i, example in enumerate(examples):
        (folder / f"example{i:02}.toml").write_text(example, encoding="utf-8")
    loaded = load_rules(folder)
    assert len(loaded.rules) + len(loaded.exemptions) == len(examples)


def test_unknown_key(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + "  extrenal_recipients = { at_least = 1 }\n")
    assert line == 8
    assert 'unknown key "extrenal_recipients"' in msg
    assert 'did you mean "external_recipients"' in msg
    assert msg.startswith('[[rule]] "external" when: unknown key')


def test_unknown_key_at_top_level_and_in_rule(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, {"r.toml": "colour = 1\n" + GOOD.replace("delay", "dealy")})
    assert len(lines) == 2
    assert lines[0].endswith('r.toml:1: unknown key "colour"')
    assert lines[1].endswith(
        'r.toml:5: [[rule]] "external": unknown key "dealy" (did you mean "delay"?)'
    )


def test_known_key_in_the_wrong_table(tmp_path: Path) -> None:
    text = GOOD + '\n[[exempt]]\nname = "x"\ndelay = 5\nwhen.always = true\n'
    line, msg = one_error(tmp_path, text)
    assert line == 11
    assert msg == '[[exempt]] "x": "delay" does not belong here'


def test_wrong_type(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD.replace("{ at_least = 1 }", '{ at_least = "1" }'))
    assert line == 7
    assert "at_least: must be a whole number" in msg


def test_wrong_type_deep_in_an_inline_array(tmp_path: Path) -> None:
    text = GOOD + "  any = [\n    { always = true },\n    { bcc_recipients = 3 },\n  ]\n"
    line, msg = one_error(tmp_path, text)
    assert line == 10
    assert "when.any.bcc_recipients: must be a table" in msg


def test_unknown_detector(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + "  findings.credit_kard = { at_least = 1 }\n")
    assert line == 8
    assert 'unknown detector "credit_kard"' in msg
    assert 'did you mean "credit_card"' in msg


def test_unknown_detector_without_a_close_match_lists_them_all(tmp_path: Path) -> None:
    _, msg = one_error(tmp_path, GOOD + "  findings_any.passwords = { at_least = 1 }\n")
    assert all(name in msg for name in DETECTOR_TYPES)


def test_bad_regex(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + '  subject_matches = ["ok", "(unclosed"]\n')
    assert line == 8
    assert "bad regex '(unclosed'" in msg


def test_bad_regex_in_header_matches(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + '  header_matches = { "X-Mailer" = "[z-a]" }\n')
    assert line == 8
    assert "bad regex" in msg


def test_unknown_list(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + '  recipient_domain = ["list:partner_domain"]\n')
    assert line == 8
    assert 'unknown list "partner_domain"' in msg
    assert 'did you mean "partner_domains"' in msg


def test_own_list_files_are_known(tmp_path: Path) -> None:
    folder = make_dir(
        tmp_path,
        {
            "r.toml": GOOD + '  recipient_domain = ["list:customers"]\n',
            "customers.txt": "customer.example\n",
        },
    )
    assert load_rules(folder).rules[0].name == "external"


def test_unknown_action(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD.replace('"hold"', '"hodl"'))
    assert line == 3
    assert "unknown action 'hodl'" in msg
    assert "pass, hold, confirm, approve, reject" in msg


def test_bad_toml(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD + "broken = \n")
    assert line == 8
    assert msg.startswith("not valid TOML")


def test_duplicate_toml_key_is_bad_toml(tmp_path: Path) -> None:
    line, msg = one_error(tmp_path, GOOD.replace('name = "external"\n', 'name = "a"\nname = "b"\n'))
    assert line == 3
    assert "not valid TOML" in msg


def test_all_errors_at_once_across_files_and_kinds(tmp_path: Path) -> None:
    broken = """\
[[rule]]
name = "one"
action = "hodl"
message.jp = "x"
  [rule.when]
  extrenal_recipients = { at_least = 1 }
  findings.credit_kard = { at_least = 1 }
  subject_matches = ["(unclosed"]
  recipient_domain = ["list:partners"]

[[rule]]
name = "two"
action = "hold"
delay = 60
message = "x"
when.any = [
  { findings.jp_phone = { at_least = "5" } },
  { sender = 5 },
]
"""
    lines = errors_of(
        tmp_path,
        {"a.toml": broken, "b.toml": "[[rule]]\nname = \n", "partner_domains.txt": "bad domain!\n"},
    )
    located = [re.match(r".*/(\w+\.\w+):(\d+): ", ln) for ln in lines]
    assert all(located), lines
    places = [(m.group(1), int(m.group(2))) for m in located if m]
    assert places == [
        ("partner_domains.txt", 1),
        ("a.toml", 3),  # unknown action
        ("a.toml", 4),  # unknown key (message.jp)
        ("a.toml", 6),  # unknown key
        ("a.toml", 7),  # unknown detector
        ("a.toml", 8),  # bad regex
        ("a.toml", 9),  # unknown list
        ("a.toml", 17),  # wrong type
        ("a.toml", 18),  # wrong type
        ("b.toml", 2),  # bad TOML
    ]


def test_problems_between_keys(tmp_path: Path) -> None:
    text = """\
[[rule]]
name = "hold-without-delay"
action = "hold"
message = "x"
when.always = true

[[rule]]
name = "confirm-with-delay"
action = "confirm"
delay = 30
message = "x"
when.always = true

[[rule]]
name = "approve-without-approvers"
action = "approve"
message = "x"
when.always = true

[[rule]]
name = "approvers-without-approve"
action = "confirm"
approvers = ["boss@example.co.jp"]
message = "x"
when.always = true

[[rule]]
name = "reject-bcc"
action = "reject"
bcc_convert = true
message = "x"
when.always = true
"""
    lines = errors_of(tmp_path, {"r.toml": text})
    assert [ln.split(": ", 1)[0].rsplit(":", 1)[1] for ln in lines] == ["3", "10", "16", "23", "30"]
    assert "a hold needs a delay" in lines[0]
    assert "delay only applies" in lines[1]
    assert "approve needs approvers" in lines[2]
    assert "approvers only apply" in lines[3]
    assert "bcc_convert has no effect" in lines[4]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('delay = "5 minutes"', "is not a duration"),
        ("delay = 0", "between 1 second and 7 days"),
        ('delay = "8d"', "between 1 second and 7 days"),
        ('name = "has space"', "use letters, digits"),
        ("message = {}", "at least one language"),
        ('message.ja = "  "', "at least one language"),
        ('add_header = { "From" = "x" }', "may not set From"),
        ('add_header = { "X-Bad Name" = "x" }', "not a header field name"),
        ('add_header = { "X-Note" = "日本語" }', "plain ASCII"),
    ],
)
def test_rule_key_values(tmp_path: Path, snippet: str, expected: str) -> None:
    key = snippet.split(" ", 1)[0].split(".", 1)[0]
    lines = GOOD.splitlines()
    kept = [ln for ln in lines if not ln.startswith(f"{key} ") and not ln.startswith(f"{key}.")]
    text = "\n".join([kept[0], snippet, *kept[1:]]) + "\n"
    line, msg = one_error(tmp_path, text)
    assert line == 2
    assert expected in msg


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("recipients = {}", "write at_least and/or at_most"),
        ("recipients = { at_least = 3, at_most = 1 }", "at_least (3) is more than at_most (1)"),
        ("recipients = { at_least = -1 }", "must be 0 or more"),
        ("any = []", "must not be empty"),
        ("not = {}", "an empty table: write at least one condition"),
        ("findings = {}", "must not be empty"),
        ('findings.iban = { at_least = 1, in = ["footer"] }', '"footer" is not a place'),
        ('sender = ["not an address"]', "is not an address"),
        ('sender_domain = ["bad domain"]', "is not a domain"),
        ('subject_matches = [""]', "empty pattern"),
        ('message_size = { at_least = "lots" }', "is not a size"),
        ("incomplete = 1", "must be true or false"),
        ("keywords = []", "must not be empty"),
    ],
)
def test_condition_values(tmp_path: Path, condition: str, expected: str) -> None:
    line, msg = one_error(tmp_path, GOOD + f"  {condition}\n")
    assert line == 8
    assert expected in msg


def test_empty_when_table(tmp_path: Path) -> None:
    text = GOOD.replace("  external_recipients = { at_least = 1 }\n", "")
    line, msg = one_error(tmp_path, text)
    assert line == 6
    assert "an empty table" in msg and "always = true" in msg


def test_missing_keys_point_at_the_rule(tmp_path: Path) -> None:
    text = GOOD + '\n[[rule]]\nname = "second"\nwhen.always = true\n'
    lines = errors_of(tmp_path, {"r.toml": text})
    assert [ln.split("/rules/", 1)[1] for ln in lines] == [
        'r.toml:9: [[rule]] "second": "action" is missing',
        'r.toml:9: [[rule]] "second": "message" is missing',
    ]


def test_duplicate_names_across_files(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, {"a.toml": GOOD, "b.toml": "\n" + GOOD})
    assert len(lines) == 1
    assert re.fullmatch(r'.*/b\.toml:3: name "external" is already used at .*/a\.toml:2', lines[0])


def test_exemption_naming_an_unknown_rule(tmp_path: Path) -> None:
    text = GOOD + '\n[[exempt]]\nname = "x"\nrules = ["externl"]\nwhen.always = true\n'
    line, msg = one_error(tmp_path, text)
    assert line == 11
    assert 'unknown rule "externl"' in msg and 'did you mean "external"' in msg


def test_exemption_may_name_a_rule_in_another_file(tmp_path: Path) -> None:
    ex = '[[exempt]]\nname = "x"\nrules = "external"\nwhen.always = true\n'
    ruleset = load_rules(make_dir(tmp_path, {"a.toml": ex, "b.toml": GOOD}))
    assert ruleset.exemptions[0].rules == frozenset({"external"})


def test_list_file_problems_name_the_list_line(tmp_path: Path) -> None:
    lists = {
        "r.toml": GOOD,
        "partner_domains.txt": "# partners\nok.example\n\nnot a domain\n",
        "exempt_senders.txt": "scanner@example.co.jp\nscanner\n",
    }
    lines = errors_of(tmp_path, lists)
    assert len(lines) == 2
    # By file name, then line.
    assert re.fullmatch(r".*/exempt_senders\.txt:2: 'scanner' is not an address.*", lines[0])
    assert re.fullmatch(r".*/partner_domains\.txt:4: 'not a domain' is not a domain.*", lines[1])


def test_own_list_used_as_domains_is_checked(tmp_path: Path) -> None:
    files = {
        "r.toml": GOOD + '  recipient_domain = ["list:customers"]\n',
        "customers.txt": "fine.example\nbad domain\n",
    }
    lines = errors_of(tmp_path, files)
    assert len(lines) == 1
    assert re.fullmatch(r".*/customers\.txt:2: 'bad domain' is not a domain.*", lines[0])


def test_not_utf8(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, {"r.toml": GOOD, "keywords.txt": "社外秘\n".encode("shift_jis")})
    assert len(lines) == 1
    assert lines[0].split("/rules/")[1].startswith("keywords.txt:1: not UTF-8 text: save the file")


def test_bom_is_accepted(tmp_path: Path) -> None:
    folder = make_dir(
        tmp_path, {"r.toml": "\ufeff" + GOOD, "keywords.txt": "\ufeff社外秘\n極秘 # note\nC#\n"}
    )
    assert load_rules(folder).keywords == ["社外秘", "極秘", "C#"]


def test_missing_folder_and_no_rule_files(tmp_path: Path) -> None:
    with pytest.raises(RulesError) as info:
        load_rules(tmp_path / "absent")
    assert "not a folder" in info.value.lines[0]
    lines = errors_of(tmp_path, {"keywords.txt": "x\n"})
    assert len(lines) == 1 and "no rule files" in lines[0]


def test_lists_and_config_domains_are_merged(tmp_path: Path) -> None:
    folder = make_dir(
        tmp_path,
        {
            "r.toml": GOOD,
            "internal_domains.txt": "# ours\nExample.CO.JP\n例え.jp\n",
            "partner_domains.txt": "partner.example\n",
            "exempt_senders.txt": "Scanner@Example.co.jp\n",
        },
    )
    ruleset = load_rules(folder, internal_domains=["corp.example", " "])
    assert list(ruleset.internal_domains) == ["corp.example", "example.co.jp", "xn--r8jz45g.jp"]
    assert "mail.example.co.jp" in ruleset.internal_domains
    assert list(ruleset.partner_domains) == ["partner.example"]
    assert ruleset.exempt_senders == ("scanner@example.co.jp",)
    assert ruleset.keywords == []
    assert {Path(f).name for f in ruleset.files} == {
        "r.toml",
        "internal_domains.txt",
        "partner_domains.txt",
        "exempt_senders.txt",
    }


def test_bad_config_domain_is_reported(tmp_path: Path) -> None:
    folder = make_dir(tmp_path, {"r.toml": GOOD})
    with pytest.raises(RulesError) as info:
        load_rules(folder, internal_domains=["not a domain"])
    assert info.value.lines == [
        "[policy] internal_domains: 'not a domain' is not a domain "
        "(write e.g. example.co.jp or *.example.co.jp)"
    ]


def test_disabled_rules_are_checked_but_not_used(tmp_path: Path) -> None:
    text = GOOD.replace('action = "hold"', 'enabled = false\naction = "hold"')
    assert load_rules(make_dir(tmp_path, {"r.toml": text})).rules == ()
    broken = text.replace("at_least = 1", "at_least = true")
    line, msg = one_error(tmp_path, broken)
    assert line == 8 and "must be a whole number" in msg


def test_hidden_and_backup_files_are_ignored(tmp_path: Path) -> None:
    folder = make_dir(tmp_path, {"r.toml": GOOD, ".#r.toml": "junk = ", "r.toml~": "junk ="})
    assert [r.name for r in load_rules(folder).rules] == ["external"]


def test_shipped_folder_copy_with_an_error_reports_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    text = (folder / "default.toml").read_text(encoding="utf-8")
    target = "  my_number = { at_least = 1 }\n"
    assert target in text
    (folder / "default.toml").write_text(text.replace(target, "  mynumber = { at_least = 1 }\n"))
    with pytest.raises(RulesError) as info:
        load_rules(folder)
    (line,) = info.value.lines
    expected = text[: text.index(target)].count("\n") + 1
    assert line.startswith(f"{folder / 'default.toml'}:{expected}: ")
    assert 'did you mean "my_number"' in line


def test_a_bad_regex_in_a_list_file_names_the_list_line(tmp_path: Path) -> None:
    rules = GOOD.replace("external_recipients = { at_least = 1 }",
                         'subject_matches = ["list:patterns"]')
    lines = errors_of(tmp_path, {"a.toml": rules, "patterns.txt": "見積\n(unclosed\n"})
    assert len(lines) == 1, lines
    assert lines[0].split("/rules/")[1].startswith("patterns.txt:2: bad regex '(unclosed'")


def test_unknown_list_in_a_glob_key(tmp_path: Path) -> None:
    rules = GOOD.replace("external_recipients = { at_least = 1 }",
                         'attachment_name = ["list:nosuch"]')
    (line,) = errors_of(tmp_path, {"a.toml": rules})
    assert line.split("/rules/")[1].startswith("a.toml:7: "), line
    assert 'when.attachment_name: unknown list "nosuch"' in line


# What an admin typing with a Japanese IME gets wrong, and what the error says then.
_BASE = '[[rule]]\nname = "x"\naction = "hold"\ndelay = "5m"\nmessage = "社外"\n  [rule.when]\n'


@pytest.mark.parametrize(("text", "line", "says"), [
    (_BASE + "  external_recipients ＝ { at_least = 1 }\n", 7,
     "full-width characters outside quotes (found: ＝)"),
    (_BASE + "  external_recipients = { at_least = １ }\n", 7, "(found: １)"),
    (_BASE + "\u3000external_recipients = { at_least = 1 }\n", 7, "(found: full-width space)"),
    (_BASE + "  subject_matches = [“見積”]\n", 7, "(found: “, ”)"),
    (_BASE + "  external_recipients = { at_least = 1 }\n  external_recipients = { at_least = 2 }\n",
     8, "a key or table written twice"),
    (_BASE.replace('message = "社外"', 'message = "社外') + "  always = true\n", 5,
     'a text value not closed with its quote (")'),
])
def test_toml_mistakes_are_explained(tmp_path: Path, text: str, line: int, says: str) -> None:
    got_line, msg = one_error(tmp_path, text)
    assert (got_line, msg.startswith("not valid TOML: ")) == (line, True), msg
    assert says in msg, msg


def test_full_width_text_inside_quotes_is_not_blamed(tmp_path: Path) -> None:
    # A message in Japanese is fine; the mistake is elsewhere on the line.
    _line, msg = one_error(tmp_path, _BASE.replace('message = "社外"', 'message = "社外＝" x'))
    assert "full-width" not in msg, msg


def test_not_utf8_names_the_line_of_the_first_bad_byte(tmp_path: Path) -> None:
    text = "# rules\n" + _BASE + "  always = true\n"
    lines = errors_of(tmp_path, {"r.toml": text.encode("shift_jis")})
    assert [ln.split("/rules/")[1][:9] for ln in lines] == ["r.toml:6:"]  # 社外, line 6


def test_delay_as_quoted_seconds(tmp_path: Path) -> None:
    folder = make_dir(tmp_path, {"r.toml": _BASE.replace('"5m"', '"300"') + "  always = true\n"})
    assert load_rules(folder).rules[0].delay_seconds == 300


def test_duplicate_name_reported_at_its_second_use(tmp_path: Path) -> None:
    text = ('[[exempt]]\nname = "same"\nwhen.always = true\n\n'
            + _BASE.replace('"x"', '"same"') + "  always = true\n")
    line, msg = one_error(tmp_path, text)
    assert line == 6 and re.fullmatch(r'name "same" is already used at .*/r\.toml:2', msg), msg


def test_exemption_naming_an_unknown_rule_says_which_exemption(tmp_path: Path) -> None:
    text = '[[exempt]]\nname = "ex"\nrules = ["nosuch"]\nwhen.always = true\n\n' + _BASE
    text += "  always = true\n"
    assert one_error(tmp_path, text) == (3, '[[exempt]] "ex" rules: unknown rule "nosuch"')


@pytest.mark.parametrize("field", ["X-Mailguard-Decision", "Resent-To",
                                   "Disposition-Notification-To"])
def test_add_header_may_not_forge_the_guards_fields_or_redirect(tmp_path: Path, field: str) -> None:
    text = _BASE.replace('message = "社外"', f'message = "社外"\nadd_header = {{ "{field}" = "x" }}')
    _line, msg = one_error(tmp_path, text + "  always = true\n")
    assert msg.endswith(f"add_header may not set {field}"), msg
