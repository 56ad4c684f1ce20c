"""HTML (and ODF content.xml) to plain text with the stdlib `html.parser`.

Scripts and styles are dropped, entities decoded (`convert_charrefs`), block elements end a
line and table cells are separated by TABs, so "口座番号</td><td>1234567" stays one line
with the label next to the value. Hidden text is kept: it is sent all the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "template", "noframes"})
_BREAK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "title",
        "tr",
        "ul",
        # OpenDocument content.xml (ODF 1.2 §5.1, §9.1)
        "text:p",
        "text:h",
        "text:line-break",
        "table:table-row",
        "text:list-item",
    }
)
_CELL = frozenset({"td", "th", "table:table-cell", "text:tab"})
_SPACE = frozenset({"text:s"})
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")

# Feed the parser in slices so the deadline can be checked inside a large document.
_CHUNK = 256 * 1024


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        self._separate(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._separate(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _BREAK:  # a cell is separated where it starts only
            self.parts.append("\n")

    def _separate(self, tag: str) -> None:
        if tag in _BREAK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append("\t")
        elif tag in _SPACE:
            self.parts.append(" ")

    def updatepos(self, i: int, j: int) -> int:
        # The parser counts lines and columns for getpos(), which nothing here reads:
        # about a sixth of the time of a parse. It always returns j.
        return j

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # _markupbase asserts on unknown "<![keyword[" sections; browsers ignore them.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self.parts.append(data if self._pre_depth else _WHITESPACE.sub(" ", data))


def html_to_text(html: str, out_of_time: Callable[[], bool] | None = None) -> tuple[str, bool]:
    """Return (text, finished). `finished` is False when `out_of_time` stopped the parse."""
    parser = _TextParser()
    finished = True
    try:
        for start in range(0, len(html), _CHUNK):
            if out_of_time is not None and out_of_time():
                finished = False
                break
            parser.feed(html[start : start + _CHUNK])
        if finished:
            parser.close()
    except Exception:
        # The stdlib parser still has corners that raise on hostile markup. Whatever it
        # had not consumed is kept with the tags cut out crudely: text must not be lost.
        parser.parts.append(unescape(_TAG.sub(" ", parser.rawdata)))
    text = "".join(parser.parts)
    lines = [line.strip(" \t") for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n", "\n".join(lines))
    return text.strip(), finished
