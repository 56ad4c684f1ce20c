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
from collections.abc import Callable, Iterator
from xml.parsers import expat

from proxy.inspect.split_fields import split_fields
from proxy.inspect.tabular import canonical_label

# Enough for any export; a rendering longer than this is cut (its text was read anyway).
_MAX_LINES = 200_000


def json_rendering(text: str, out_of_time: Callable[[], bool] | None = None) -> str:
    """`key: value` for every scalar of a JSON document or of JSON Lines (one document a
    line); the key is the nearest enclosing object key. Stops at the deadline."""
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
        if not _walk_json(doc, lines, out_of_time):
            break
    return "\n".join(lines)


def _walk_json(
    doc: object, lines: list[str], out_of_time: Callable[[], bool] | None
) -> bool:
    """Depth first, without recursion (a walk in Python recursion stops at ~1,000
    levels) and without copying containers: a stack of (key, iterator). False when the
    line cap or the deadline stopped it."""
    stack: list[tuple[str, Iterator[object]]] = [("", iter((doc,)))]
    steps = 0
    while stack:
        key, items = stack[-1]
        item = next(items, _DONE)
        if item is _DONE:
            stack.pop()
            continue
        steps += 1
        if steps % 4096 == 0 and out_of_time is not None and out_of_time():
            return False
        if isinstance(item, tuple):  # (key, value) of an object
            key, item = item
            key = canonical_label(key)
        if isinstance(item, dict):
            # An address split over "pref" / "city" / "street" keys, a postal code or a
            # phone over numbered keys, also whole (split_fields; only such keys: other
            # values side by side would make numbers nobody wrote, {"dept": "06",
            # "year": 2024, "count": 5678}).
            # (Two keys at least: one value is split over two or more; a list of
            # one-key objects, {"2024-01-01": 12}, costs no look at its keys.)
            split = split_fields(tuple(item)) if len(item) >= 2 else None
            if split:
                lines += split.joined({
                    k: " ".join(v.split()) for k, v in enumerate(item.values())
                    if isinstance(v, str)
                })
            stack.append((key, iter(item.items())))
        elif isinstance(item, list):
            stack.append((key, iter(item)))
        elif item is not None and not isinstance(item, bool):
            value = " ".join(str(item).split())  # an int as written, a float's digits
            if value:
                lines.append(f"{key}: {value}" if key else value)
                if len(lines) >= _MAX_LINES:
                    return False
    return True


_DONE = object()


_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
XML_ENCODING = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_DEPTH = 256  # deeper elements' text is read into the element at this depth
_XSD_NS = "http://www.w3.org/2001/XMLSchema}"
_FEED = 64 * 1024  # characters parsed between two looks at the clock


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class XmlRecords:
    """expat callbacks (names as "namespace}local") that render a data document a value a
    line: each leaf element as "name: text", so that <生年月日>1980-01-02</生年月日> reads
    "生年月日: 1980-01-02"; an attribute likewise; text among child elements as it is. An
    element with two or more leaf children (a record) gives their texts on one line too,
    as a document would print them: <口座><種目>普通</種目><番号>1234567</番号></口座>
    reads "普通 1234567", where "番号:" alone labels no bank account. Elements of an XML
    Schema (SharePoint's content type schema) give their text only. `add` takes each
    line (and may raise to stop the parse)."""

    def __init__(self, add: Callable[[str], None]) -> None:
        self._add = add
        self._names: list[str] = []  # the open elements' local names
        self._parents = bytearray()  # 1 where the open element has a child
        self._texts: list[list[str]] = []
        # The open elements' leaf children: (local name, text).
        self._leaves: list[list[tuple[str, str]]] = []
        self._deep = 0  # elements open below _DEPTH

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self._parents:
            self._parents[-1] = 1
        if len(self._names) >= _DEPTH:
            self._deep += 1
            return
        schema = tag.startswith(_XSD_NS)
        self._names.append("" if schema else _local(tag))
        self._parents.append(0)
        self._texts.append([])
        self._leaves.append([])
        if not schema:
            for key, value in attrib.items():
                if value.strip():
                    self._add(f"{_local(key)}: {' '.join(value.split())}")

    def data(self, text: str) -> None:
        if self._texts:
            parts = self._texts[-1]
            if len(parts) < 4096:  # text past the budget is not kept (the sink cuts it)
                parts.append(text)

    def comment(self, text: str) -> None:
        """A comment is sent with the document, as an HTML comment is (htmltext)."""
        text = " ".join(text.split())
        if text:
            self._add(text)

    def end(self, tag: str) -> None:
        if self._deep:
            self._deep -= 1
            return
        name = canonical_label(self._names.pop())
        parent = self._parents.pop()
        text = " ".join("".join(self._texts.pop()).split())
        leaves = self._leaves.pop()
        if text:
            self._add(f"{name}: {text}" if name and not parent else text)
            if not parent and self._leaves and len(self._leaves[-1]) < 256:
                self._leaves[-1].append((name, text))
        if len(leaves) >= 2:
            self._add(_ubl_address(leaves) or " ".join(text for _, text in leaves))


# A UBL invoice's address (JP PINT, Japan's e-invoice: cac:PostalAddress) gives its parts
# street first, the prefecture last; Japanese addresses are read prefecture first.
_UBL_NEEDED = ("CountrySubentity", "CityName", "StreetName")
_UBL_ORDER = (
    "CountrySubentity", "CityName", "CitySubdivisionName", "StreetName", "BlockName",
    "BuildingNumber",
)  # fmt: skip
_UBL_AFTER = ("AdditionalStreetName", "BuildingName", "Room")


def _ubl_address(leaves: list[tuple[str, str]]) -> str:
    """A UBL PostalAddress's parts as a Japanese address ("〒220-0012 神奈川県横浜市西区
    みなとみらい3-6-1 …"), "" if `leaves` is none."""
    parts = dict(leaves)
    if not all(parts.get(name) for name in _UBL_NEEDED):
        return ""
    address = "".join(parts.get(name, "") for name in _UBL_ORDER)
    more = " ".join(parts[name] for name in _UBL_AFTER if parts.get(name))
    postal = parts.get("郵便番号", "")  # PostalZone, by canonical_label
    return f"{'〒' + postal + ' ' if postal else ''}{address}{' ' + more if more else ''}"


class _Stop(Exception):
    """Enough lines, time is up, or the document declares entities: no export needs one,
    and expansion is how XML bombs work (expat caps amplification too; this refuses
    before any expansion)."""


def _refuse(*_: object) -> None:
    raise _Stop


def xml_rendering(text: str, out_of_time: Callable[[], bool] | None = None) -> str:
    """XmlRecords' lines for an XML document; what was rendered before a malformed part,
    an entity declaration or the deadline stopped it."""
    # The caller decoded the bytes (any Japanese charset); expat reads the str as UTF-8,
    # so a declaration naming another encoding must go.
    text = _XML_DECLARATION.sub("", text, count=1)
    lines: list[str] = []

    def add(line: str) -> None:
        if len(lines) >= _MAX_LINES:
            raise _Stop
        lines.append(line)

    records = XmlRecords(add)
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = records.start
    parser.EndElementHandler = records.end
    parser.CharacterDataHandler = records.data
    parser.CommentHandler = records.comment
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    try:
        for start in range(0, len(text), _FEED):
            if out_of_time is not None and out_of_time():
                break
            parser.Parse(text[start : start + _FEED], False)
        else:
            parser.Parse("", True)
    except (expat.ExpatError, _Stop, RecursionError, ValueError):
        pass  # what was rendered so far stands; the raw text is read by the caller
    return "\n".join(lines)
