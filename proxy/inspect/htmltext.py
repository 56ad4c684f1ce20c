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


# The tokens of plain, well-formed HTML, each read the way html.parser reads it (its
# commentclose, parse_html_declaration, parse_pi, locatestarttagend_tolerant with
# attrfind_tolerant, endtagfind), only stricter: white space in tags is [ \t\n\r\f],
# attributes are separated by it and have one "=". A document that is not a sequence of
# these tokens (a stray "<", marked sections, bogus comments, a script never closed)
# goes through html.parser itself.
_TOKEN = re.compile(
    r"""
      ([^<]+)                                              # 1 text
    | <!--.*?--\s*>                                        # comment
    | <!(?i:doctype)[^>]*>                                 # declaration
    | <\?[^>]*>                                            # processing instruction
    | <([a-zA-Z][-.a-zA-Z0-9:_]*)                          # 2 start tag
        (?:[ \t\n\r\f]+[^\s"'<>/=]+
           (?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*
        [ \t\n\r\f]*(/?)>                                 # 3 "/" of an empty element
    | </([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*>            # 4 end tag
    """,
    re.S | re.X,
)
# html.parser reads the content of these as raw text up to their end tag (set_cdata_mode).
_CDATA_END = {
    name: re.compile(rf"</\s*{name}\s*>", re.I) for name in HTMLParser.CDATA_CONTENT_ELEMENTS
}


def _fast_parts(html: str) -> list[str] | None:
    """The parts _TextParser collects from `html`, by one regex pass over its tokens
    instead of html.parser's loop (3-4x faster on mail HTML); None when the document is
    not plain well-formed HTML (see _TOKEN), and html.parser must read it. Only for a
    document fed to html.parser in one piece (it also splits text where a feed ends)."""
    parser = _TextParser()
    pos, end = 0, len(html)
    match = _TOKEN.match
    while pos < end:
        m = match(html, pos)
        if m is None:
            return None
        pos = m.end()
        text, start_tag, empty, end_tag = m.groups()
        if text is not None:
            parser.handle_data(unescape(text))
        elif start_tag is not None:
            tag = start_tag.lower()
            if empty:
                parser.handle_startendtag(tag, [])
                continue
            parser.handle_starttag(tag, [])
            closing = _CDATA_END.get(tag)
            if closing is not None:
                found = closing.search(html, pos)
                if found is None or not found.group().isascii():
                    # Not found, or found by re.I's folds (ſ for s, ı for i), which
                    # html.parser's ASCII end-tag pattern then refuses: it stays in
                    # the script and reads on. Left to it.
                    return None
                if found.start() > pos:
                    parser.handle_data(html[pos : found.start()])
                parser.handle_endtag(tag)
                pos = found.end()
        elif end_tag is not None:
            parser.handle_endtag(end_tag.lower())
    return parser.parts


def html_to_text(html: str, out_of_time: Callable[[], bool] | None = None) -> tuple[str, bool]:
    """Return (text, finished). `finished` is False when `out_of_time` stopped the parse."""
    if len(html) <= _CHUNK and not (out_of_time is not None and out_of_time()):
        parts = _fast_parts(html)
        if parts is not None:
            return _finish(parts), True
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
    return _finish(parser.parts), finished


def _finish(parts: list[str]) -> str:
    text = "".join(parts)
    lines = [line.strip(" \t") for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n", "\n".join(lines))
    return text.strip()
