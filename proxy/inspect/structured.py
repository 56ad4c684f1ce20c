"""Data exports (JSON, XML) rendered as `label: value` lines.

A system's customer export carries its labels as keys or element names, not next to the
values as prose does: `{"生年月日": "1980-01-02"}`, `<郵便番号>166-0004</郵便番号>`. Read
as plain text, the JSON's `\\u751f...` escapes hide the label itself, and an XML reader
that keeps only character data drops it. So both are also rendered one value a line
behind its nearest key or element name, which is how the detectors read labels.

Pure functions of their input; the caller has already cut the text to the budget. A
document that does not parse gives "" (its raw text is still read by the caller).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from xml.parsers import expat

# Enough for any export; a rendering longer than this is cut (its text was read anyway).
_MAX_LINES = 200_000


def json_rendering(text: str) -> str:
    """`key: value` for every scalar of a JSON document or of JSON Lines (one document a
    line, RFC 7464's cousin); the key is the nearest enclosing object key."""
    docs: list[object] = []
    try:
        docs.append(json.loads(text))
    except RecursionError:
        return ""
    except ValueError:
        for line in text.splitlines():
            line = line.strip()
            if not line.startswith(("{", "[")):
                continue
            try:
                docs.append(json.loads(line))
            except (ValueError, RecursionError):
                continue
    lines: list[str] = []
    for doc in docs:
        _walk_json(doc, lines)
        if len(lines) >= _MAX_LINES:
            break
    return "\n".join(lines[:_MAX_LINES])


def _walk_json(doc: object, lines: list[str]) -> None:
    # Iterative: json.loads already refused what would overflow the C stack, but a walk
    # in Python recursion would stop at ~1,000 levels.
    stack: list[tuple[str, object]] = [("", doc)]
    while stack and len(lines) < _MAX_LINES:
        key, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed([(str(k), v) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(key, v) for v in value]))
        elif value is None or isinstance(value, bool):
            continue
        else:
            # str() of a float keeps its digits; an int is written as it was.
            text = " ".join(str(value).split())
            if text:
                lines.append(f"{key}: {text}" if key else text)


_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
XML_ENCODING = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")


class _Refused(Exception):
    """A DTD that declares entities: no export needs one, and expansion is how XML bombs
    work (expat caps amplification too; this refuses before any expansion)."""


def xml_rendering(text: str, out_of_time: Callable[[], bool] | None = None) -> str:
    """`name: text` for every element holding text, `name: value` for every attribute;
    names without their namespace prefix. "" for a document that is not well-formed."""
    # The caller decoded the bytes (any Japanese charset); expat reads the str as UTF-8,
    # so a declaration naming another encoding must go.
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    lines: list[str] = []
    names: list[str] = []
    pieces: list[list[str]] = []

    def refuse(*_: object) -> None:
        raise _Refused

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        names.append(local)
        pieces.append([])
        for attr, value in attrs.items():
            value = " ".join(value.split())
            if value and not attr.startswith("xmlns"):
                lines.append(f"{attr.rpartition(':')[2]}: {value}")

    def end(_: str) -> None:
        value = " ".join("".join(pieces.pop()).split())
        name = names.pop()
        if value:
            lines.append(f"{name}: {value}")
        if len(lines) >= _MAX_LINES or (out_of_time is not None and out_of_time()):
            raise _Refused

    def data(chunk: str) -> None:
        if pieces:
            pieces[-1].append(chunk)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    try:
        parser.Parse(text, True)
    except (expat.ExpatError, _Refused, RecursionError, ValueError):
        pass  # what was rendered so far stands; the raw text is read by the caller
    return "\n".join(lines[:_MAX_LINES])
