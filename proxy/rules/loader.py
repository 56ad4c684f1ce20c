"""Read `rules/*.toml` and the list files, check them, compile them into a RuleSet.

Every problem in every file is collected and reported at once as `file:line: message`,
so an admin fixes all of them in one edit. Each `[[rule]]` and `[[exempt]]` is validated
on its own, so one broken rule does not hide the problems of the next. Nothing is
compiled per message: regexes, lists and globs are prepared here.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ValidationError

from proxy.detectors import CompanyDetails, parse_detail
from proxy.model import Action
from proxy.rules import conditions as c
from proxy.rules.format import (
    REGEX_FLAGS,
    Condition,
    ExemptModel,
    MessageText,
    RuleFile,
    RuleModel,
    check_glob,
    check_regex,
    did_you_mean,
    known_keys,
)
from proxy.rules.lists import (
    LIST_PREFIX,
    NOT_UTF8,
    STANDARD_LISTS,
    AddressMatcher,
    DomainMatcher,
    Entry,
    ListFile,
    check_address,
    check_domain,
    not_utf8_line,
    read_list,
)
from proxy.rules.positions import key_lines, line_of
from proxy.rules.ruleset import Exemption, Rule, RulesError, RuleSet, Text

Loc = tuple[str | int, ...]

# Condition keys that are per-message counts, each the name of a Context attribute.
_COUNTS = frozenset(
    {
        "recipients",
        "internal_recipients",
        "external_recipients",
        "external_organisations",
        "visible_external_recipients",
        "bcc_recipients",
        "partner_recipients",
        "attachments",
        "encrypted_attachments",
    }
)
_TEXTS: dict[str, Callable[[c.Context], list[str]]] = {
    "subject_matches": c.subject_texts,
    "body_matches": c.body_texts,
    "attachment_text_matches": c.attachment_texts,
}
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_KNOWN_KEYS = known_keys()
_SIMPLE = {
    "int_type": "must be a whole number",
    "string_type": 'must be text in quotes ("...")',
    "bool_type": "must be true or false",
    "list_type": 'must be a list ["...", "..."]',
    "model_type": "must be a table (a [section] or { ... })",
    "dict_type": "must be a table (a [section] or { ... })",
    "greater_than_equal": "must be 0 or more",
    "too_short": "must not be empty",
    "enum": "unknown action: use one of pass, hold, confirm, approve, reject",
}


def _describe(err: Mapping[str, Any]) -> str:
    """A pydantic error in words an admin understands."""
    kind = err["type"]
    loc = err["loc"]
    last = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        if last in _KNOWN_KEYS:  # e.g. `delay` in an [[exempt]], `at_least` right in `when`
            return f'"{last}" does not belong here'
        return f'unknown key "{last}"' + did_you_mean(last, _KNOWN_KEYS)
    if kind == "missing":
        return f'"{last}" is missing'
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    msg = str(err["msg"]).removeprefix("Value error, ")
    return msg[:1].lower() + msg[1:]


class _Problems:
    """Where problems of one file are written, with the key lines needed to place them."""

    def __init__(self, path: Path, errors: list[str], text: str) -> None:
        self.path = path
        self.errors = errors  # shared: list file entries report here, against their file
        self.lines = key_lines(text)
        self.names: dict[Loc, str] = {}
        self.found: list[tuple[int, str]] = []

    def flush(self) -> None:
        """Add this file's problems to the shared list, in line order."""
        self.errors.extend(msg for _, msg in sorted(self.found, key=lambda item: item[0]))
        self.found.clear()

    def line(self, loc: Loc) -> int:
        return line_of(self.lines, loc)

    def where(self, loc: Loc) -> str:
        """`[[rule]] "name" when.findings` for a location (indices left to the line)."""
        parts: list[str] = []
        rest = loc
        if len(loc) >= 2 and loc[0] in ("rule", "exempt") and isinstance(loc[1], int):
            name = self.names.get(loc[:2])
            parts.append(f'[[{loc[0]}]] "{name}"' if name else f"[[{loc[0]}]] #{loc[1] + 1}")
            rest = loc[2:]
        # pydantic marks an error in a dict key with "[key]"; it is not part of the path.
        keys = ".".join(str(p) for p in rest if isinstance(p, str) and p != "[key]")
        if keys:
            parts.append(keys)
        return " ".join(parts)

    def add(self, loc: Loc, message: str, *, named: bool = False) -> None:
        """One problem at `loc`; `named`: the message already names the last key."""
        where = self.where(loc[:-1] if named else loc)
        line = self.line(loc)
        self.found.append((line, f"{self.path}:{line}: {where + ': ' if where else ''}{message}"))


class _Compiler:
    """Turns validated models into Rules and Exemptions.

    Validation has already checked each key; what remains are checks between keys and
    the entries of list files used as domains or addresses.
    """

    def __init__(self, problems: _Problems, lists: Mapping[str, ListFile]) -> None:
        self.p = problems
        self.lists = lists

    # -- patterns and lists -------------------------------------------------------------

    def _entries(self, items: Iterable[str]) -> list[Entry]:
        out: list[Entry] = []
        for item in items:
            if item.startswith(LIST_PREFIX):
                out.extend(self.lists[item[len(LIST_PREFIX) :].strip()].entries)
            else:
                out.append(Entry(item.strip(), ""))
        return out

    def _checked(self, items: Iterable[str], check: Callable[[str], tuple[str, str]]) -> list[str]:
        out: list[str] = []
        for entry in self._entries(items):
            norm, why = check(entry.text)
            if why:  # only list file entries get here: inline ones were validated
                self.p.errors.append(f"{entry.source}: {why}")
            else:
                out.append(norm)
        return out

    def _patterns(self, items: Iterable[str]) -> list[regex.Pattern[str]]:
        out: list[regex.Pattern[str]] = []
        for item in items:
            # Inline patterns as written (a space may matter); list entries are stripped.
            found = self._checked([item], check_regex) if item.startswith(LIST_PREFIX) else [item]
            out.extend(regex.compile(p, REGEX_FLAGS) for p in found)
        return out

    def keywords(self, items: Iterable[str]) -> regex.Pattern[str]:
        words = {c.fold(e.text) for e in self._entries(items) if e.text.strip()}
        if not words:
            # An empty list is a valid state of keywords.txt: the condition never matches.
            return regex.compile(r"(?!)")
        # Longest first, so an alternation never stops at a shorter word's prefix.
        ordered = sorted(words, key=lambda w: (-len(w), w))
        return regex.compile("|".join(regex.escape(w) for w in ordered))

    # -- conditions ---------------------------------------------------------------------

    def condition(self, cond: Condition) -> c.Node:
        """All keys of one `when` table (every one must hold)."""
        nodes = [
            self.one(name, getattr(cond, name))
            for name in Condition.model_fields
            if name in cond.model_fields_set
        ]
        return nodes[0] if len(nodes) == 1 else c.AllOf(nodes)

    def one(self, name: str, value: Any) -> c.Node:
        if name == "always":
            return c.Const(value)
        if name == "incomplete":
            return c.Incomplete(value)
        if name == "all_":
            return c.AllOf([self.condition(v) for v in value])
        if name == "any_":
            return c.AnyOf([self.condition(v) for v in value])
        if name == "not_":
            return c.Not(self.condition(value))
        if name in _COUNTS:
            return c.CountIs(name, value.at_least, value.at_most)
        if name == "message_size":
            return c.MessageSize(value.at_least, value.at_most)
        if name == "attachment_size":
            return c.AttachmentSize(value.at_least, value.at_most)
        if name == "recipient_domain":
            return c.AnyRecipientDomain(DomainMatcher(self._checked(value, check_domain)))
        if name == "all_external_domains":
            return c.AllExternalDomains(DomainMatcher(self._checked(value, check_domain)))
        if name == "sender_domain":
            return c.SenderDomainIs(DomainMatcher(self._checked(value, check_domain)))
        if name == "sender":
            return c.SenderIs(AddressMatcher(self._checked(value, check_address)))
        if name in ("findings", "findings_any"):
            nodes = [
                c.FindingIs(t, v.at_least, v.at_most, tuple(v.in_) if v.in_ else None)
                for t, v in value.items()
            ]
            return c.AllOf(nodes) if name == "findings" else c.AnyOf(nodes)
        if name == "attachment_extension":
            extensions = self._checked(value, check_glob)
            return c.AttachmentExtension(frozenset(e.lstrip(".").lower() for e in extensions))
        if name == "attachment_name":
            globs = self._checked(value, check_glob)
            joined = "|".join(f"(?:{fnmatch.translate(g)})" for g in globs) or "(?!)"
            return c.AttachmentName(regex.compile(joined, regex.IGNORECASE))
        if name in _TEXTS:
            return c.TextMatches(_TEXTS[name], self._patterns(value))
        if name == "header_matches":
            return c.AllOf(
                [c.TextMatches(c.header_texts(h), self._patterns(ps)) for h, ps in value.items()]
            )
        if name == "keywords":
            return c.TextMatches(c.folded_texts, [self.keywords(value)])
        raise AssertionError(f"condition {name} has no compiler")  # format and loader disagree

    # -- rules --------------------------------------------------------------------------

    @staticmethod
    def text(message: MessageText | None, fallback: str) -> Text:
        if message is None:
            return Text(fallback, fallback)
        return Text((message.ja or "").strip(), (message.en or "").strip())

    def rule(self, loc: Loc, model: RuleModel) -> Rule | None:
        ok = True

        def problem(key: str, message: str) -> None:
            nonlocal ok
            self.p.add((*loc, key), message)
            ok = False

        action = model.action
        if action is Action.HOLD and model.delay is None:
            problem("action", 'a hold needs a delay, e.g. delay = "5m"')
        if action is not Action.HOLD and model.delay is not None:
            problem("delay", 'delay only applies to action = "hold"')
        if action is Action.APPROVE and not model.approvers:
            problem("action", 'approve needs approvers = ["manager@example.co.jp"]')
        if model.approvers and action is not Action.APPROVE:
            problem("approvers", 'approvers only apply to action = "approve"')
        if model.bcc_convert and action is Action.REJECT:
            problem("bcc_convert", "bcc_convert has no effect on a rejected message")
        before = len(self.p.errors)
        condition = self.condition(model.when)
        if not ok or len(self.p.errors) > before:  # a list file entry was wrong
            return None
        return Rule(
            name=model.name,
            action=action,
            message=self.text(model.message, model.name),
            condition=condition,
            delay_seconds=model.delay or 0,
            approvers=tuple(model.approvers),
            bcc_convert=model.bcc_convert,
            add_headers=tuple(model.add_header.items()),
            description=model.description.strip(),
            source=f"{self.p.path}:{self.p.line(loc)}",
        )

    def exemption(self, loc: Loc, model: ExemptModel) -> Exemption | None:
        before = len(self.p.errors)
        condition = self.condition(model.when)
        if len(self.p.errors) > before:
            return None
        return Exemption(
            name=model.name,
            message=self.text(model.message, model.description.strip() or model.name),
            condition=condition,
            rules=frozenset(model.rules) if model.rules is not None else None,
            description=model.description.strip(),
            source=f"{self.p.path}:{self.p.line(loc)}",
        )


@dataclass
class _Loaded:
    """What one file contributes. Names and references are taken from the raw data, so
    the checks across files still work when a file has other problems."""

    rules: list[Rule] = field(default_factory=list)
    exemptions: list[Exemption] = field(default_factory=list)
    names: list[tuple[str, str, str]] = field(default_factory=list)  # (name, kind, file:line)
    refs: list[tuple[str, str]] = field(default_factory=list)  # (rule name, file:line)
    parsed: bool = True  # False: not even TOML, so its names are unknown


def _read_toml(path: Path, errors: list[str]) -> tuple[str, dict[str, Any]] | None:
    try:
        text = path.read_bytes().decode("utf-8-sig")  # Notepad on Windows writes a BOM
    except OSError as exc:
        errors.append(f"{path}:1: cannot read: {exc.strerror or exc}")
        return None
    except UnicodeDecodeError as exc:
        errors.append(f"{path}:{not_utf8_line(exc)}: {NOT_UTF8}")
        return None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _TOML_POS.search(msg)
        line = int(m.group(1)) if m else max(1, text.count("\n") + 1)
        detail = _TOML_POS.sub("", msg)
        col = f" (column {m.group(2)})" if m else ""
        lines = text.splitlines()
        hint = _toml_hint(detail, lines[line - 1] if 0 < line <= len(lines) else "")
        errors.append(
            f"{path}:{line}: not valid TOML: {detail[:1].lower()}{detail[1:]}{col}{hint}"
        )
        return None


# Characters a Japanese IME types in place of TOML's ASCII syntax: full-width forms
# (＝ ［ ］ ｛ ｝ ＂ ＃ １ …, U+FF01–FF5E), the ideographic space and typographic quotes.
_WIDE = re.compile("[\uff01-\uff5e\u3000\u201c\u201d\u2018\u2019]")


def _toml_hint(detail: str, line: str) -> str:
    """What the parser's words mean for someone who is not a programmer."""
    outside = _outside_strings(line)
    wide = sorted(set(_WIDE.findall(outside)))
    if wide:
        shown = ", ".join("full-width space" if c == "\u3000" else c for c in wide)
        return (f"; the line has full-width characters outside quotes (found: {shown}):"
                " write = [ ] { } \" , # and digits half-width (半角)")
    lowered = detail.lower()
    if "cannot overwrite a value" in lowered or "cannot declare" in lowered:
        return "; a key or table written twice in the same place?"
    if "illegal character" in lowered and ("'\\n'" in detail or "\\n" in detail):
        return "; a text value not closed with its quote (\")?"
    return ""


def _outside_strings(line: str) -> str:
    """`line` without its quoted values and comment (a wide character in a message is fine)."""
    out: list[str] = []
    quote = ""
    for ch in line:
        if quote:
            if ch == quote:
                quote = ""
            continue
        if ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        else:
            out.append(ch)
    return "".join(out)


def _collect_names(data: dict[str, Any], problems: _Problems, loaded: _Loaded) -> None:
    for kind in ("rule", "exempt"):
        entries = data.get(kind)
        for i, entry in enumerate(entries if isinstance(entries, list) else ()):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            loc: Loc = (kind, i)
            problems.names[loc] = entry["name"]
            loaded.names.append(
                (entry["name"], kind, f"{problems.path}:{problems.line((*loc, 'name'))}")
            )
            refs = entry.get("rules") if kind == "exempt" else None
            refs = [refs] if isinstance(refs, str) else refs
            for j, ref in enumerate(refs if isinstance(refs, list) else ()):
                if isinstance(ref, str):
                    line = problems.line((*loc, "rules", j))
                    loaded.refs.append(
                        (ref, f'{problems.path}:{line}: [[exempt]] "{entry["name"]}" rules')
                    )
    # In file order, so a name used twice is reported where it comes the second time.
    loaded.names.sort(key=lambda item: _line_of(item[2]))


def _validate(
    problems: _Problems, model: type[BaseModel], data: Any, loc: Loc, context: dict[str, Any]
) -> Any:
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        for err in exc.errors():
            named = err["type"] in ("extra_forbidden", "missing")
            problems.add((*loc, *err["loc"]), _describe(err), named=named)
        return None


def _load_file(path: Path, lists: Mapping[str, ListFile], errors: list[str]) -> _Loaded:
    loaded = _Loaded()
    read = _read_toml(path, errors)
    if read is None:
        loaded.parsed = False
        return loaded
    text, data = read
    problems = _Problems(path, errors, text)
    _collect_names(data, problems, loaded)
    context = {"lists": frozenset(lists)}
    # The file's own keys first (unknown top-level keys, `rule` not a list of tables)...
    shell = {k: v for k, v in data.items() if k not in ("rule", "exempt")}
    shell.update({k: [] for k in ("rule", "exempt") if not isinstance(data.get(k, []), list)})
    _validate(problems, RuleFile, shell, (), context)
    for kind in ("rule", "exempt"):
        if not isinstance(data.get(kind, []), list):
            problems.add((kind,), f"write each one as a [[{kind}]] table")
    compiler = _Compiler(problems, lists)
    # ...then each rule and exemption on its own.
    entries = data.get("rule", [])
    for i, entry in enumerate(entries if isinstance(entries, list) else ()):
        model = _validate(problems, RuleModel, entry, ("rule", i), context)
        if model is not None:
            rule = compiler.rule(("rule", i), model)
            if rule is not None and model.enabled:
                loaded.rules.append(rule)
    entries = data.get("exempt", [])
    for i, entry in enumerate(entries if isinstance(entries, list) else ()):
        ex_model = _validate(problems, ExemptModel, entry, ("exempt", i), context)
        if ex_model is not None:
            exemption = compiler.exemption(("exempt", i), ex_model)
            if exemption is not None and ex_model.enabled:
                loaded.exemptions.append(exemption)
    problems.flush()
    return loaded


def _load_lists(
    rules_dir: Path, internal_domains: Iterable[str], errors: list[str]
) -> dict[str, ListFile]:
    lists = {name: ListFile(name, ()) for name in STANDARD_LISTS}
    for path in sorted(rules_dir.glob("*.txt")):
        if path.name.startswith(".") or not path.is_file():
            continue
        lists[path.stem] = read_list(path, errors)
    config = tuple(
        Entry(d.strip(), "[policy] internal_domains") for d in internal_domains if d.strip()
    )
    lists["internal_domains"] = ListFile(
        "internal_domains", config + lists["internal_domains"].entries
    )
    return lists


def _standard(lists: Mapping[str, ListFile], name: str, errors: list[str]) -> list[str]:
    """A standard list's entries, checked for its kind; problems name the file line."""
    check = {"domain": check_domain, "address": check_address}.get(STANDARD_LISTS[name])
    out: list[str] = []
    for entry in lists[name].entries:
        if check is None:
            out.append(entry.text)
            continue
        norm, why = check(entry.text)
        if why:
            errors.append(f"{entry.source}: {why}")
        else:
            out.append(norm)
    return out


def _company_details(lists: Mapping[str, ListFile], errors: list[str]) -> CompanyDetails:
    """company_details.txt, read line by line by the detectors themselves."""
    values: list[tuple[str, str]] = []
    ranges: list[tuple[str, str]] = []
    readings = []
    for entry in lists["company_details"].entries:
        hits, line_ranges, why = parse_detail(entry.text)
        if why:
            errors.append(f"{entry.source}: {why}")
        values.extend(hits)
        ranges.extend(line_ranges)
        readings.append((entry.source, tuple(hits), tuple(line_ranges)))
    return CompanyDetails(frozenset(values), frozenset(ranges), tuple(readings))


def _cross_checks(loaded: list[_Loaded], errors: list[str]) -> None:
    """Names are unique across all files; exemptions name rules that exist."""
    first: dict[str, str] = {}
    for item in loaded:
        for name, _kind, where in item.names:
            if name in first:
                errors.append(f'{where}: name "{name}" is already used at {first[name]}')
            else:
                first[name] = where
    if not all(item.parsed for item in loaded):
        return  # a file that is not TOML may hold the rule an exemption names
    rule_names = {name for item in loaded for name, kind, _ in item.names if kind == "rule"}
    for item in loaded:
        for ref, where in item.refs:
            if ref not in rule_names:
                errors.append(
                    f'{where}: unknown rule "{ref}"' + did_you_mean(ref, rule_names)
                )


_POSITION = re.compile(r"(.*?):(\d+): ")


def _position(error: str) -> tuple[int, str, int]:
    """List files first (they are read first), then the rule files by name, each by line."""
    m = _POSITION.match(error)
    if m is None:
        return (0, "", 0)
    return (1 if m.group(1).endswith(".txt") else 2, m.group(1), int(m.group(2)))


def _line_of(where: str) -> int:
    return int(where.rsplit(":", 1)[1])


def load_rules(rules_dir: Path, *, internal_domains: Iterable[str] = ()) -> RuleSet:
    """Load every `*.toml` rule file and `*.txt` list in `rules_dir` (sorted by name).

    `internal_domains` (from the config) are added to internal_domains.txt. Raises
    RulesError listing every problem as `file:line: message`.
    """
    rules_dir = Path(rules_dir)
    if not rules_dir.is_dir():
        raise RulesError([f"{rules_dir}: not a folder (check [policy] rules_dir)"])
    errors: list[str] = []
    lists = _load_lists(rules_dir, internal_domains, errors)
    standard = {
        name: _standard(lists, name, errors)
        for name, kind in STANDARD_LISTS.items()
        if kind != "detail"
    }
    company = _company_details(lists, errors)
    files = sorted(p for p in rules_dir.glob("*.toml") if not p.name.startswith("."))
    if not files:
        errors.append(f"{rules_dir}: no rule files (*.toml); without rules every message passes")
    loaded = [_load_file(path, lists, errors) for path in files]
    _cross_checks(loaded, errors)
    if errors:
        # File by file, line by line: the checks across files come in their place too.
        ordered = sorted(dict.fromkeys(errors), key=_position)
        raise RulesError(ordered)
    list_files = sorted(str(p) for p in rules_dir.glob("*.txt") if not p.name.startswith("."))
    return RuleSet(
        rules=[r for item in loaded for r in item.rules],
        exemptions=[e for item in loaded for e in item.exemptions],
        internal_domains=standard["internal_domains"],
        partner_domains=standard["partner_domains"],
        exempt_senders=standard["exempt_senders"],
        keywords=standard["keywords"],
        company_details=company,
        files=[*(str(p) for p in files), *list_files],
    )
