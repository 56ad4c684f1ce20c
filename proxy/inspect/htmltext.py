"""HTML (and ODF content.xml) to plain text with the stdlib `html.parser`.

Scripts and styles are dropped, entities decoded (`convert_charrefs`), block elements end a
line and table cells are separated by TABs, so "口座番号</td><td>1234567" stays one line
with the label next to the value. Hidden text is kept: it is sent all the same. So is
text no browser shows but every recipient receives: comments, and the values of the
attributes that hold words (title, placeholder, aria-label, label). Those come apart
from the text (html_text's `hidden`): appended to it, they would stand after the
sender's signature, which is looked for at the end. A filled form field's value, and a
picture's alt text (what a mail client shows with pictures off), are text where they
stand.

A quoted message (`<blockquote type="cite">` of Thunderbird and Apple Mail, Gmail's
`<blockquote class="gmail_quote">`) is rendered as mail clients render it in plain
text, each line prefixed "> " (once per level), so the signature logic tells the quoted
mail from what the sender wrote above or below it (signature.split_signature).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "template", "noframes"})
# Ruby annotations: furigana over a name or an address is its reading, not part of it
# ("北海道<rt>ほっかいどう</rt>札幌市…" is 北海道札幌市…). HTML lets </rt> be left out
# (the next <rt>/<rp> or </ruby> ends it), so they end there too, not at a depth count:
# an unclosed one must not hide the rest of the mail.
_RUBY_TEXT = frozenset({"rt", "rp"})
_RUBY_END = frozenset({"rt", "rp", "ruby"})
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
_SPANNED = frozenset({"td", "th"})
_MAX_SPAN = 8
_CELL = frozenset({"td", "th", "table:table-cell", "text:tab"})
# A cell's content is one line when it is one paragraph: Outlook writes every cell as
# <td><p class=MsoNormal>…</p></td> (an ODF sheet <table:table-cell><text:p>…), and the
# paragraph's breaks would put each cell of a row on a line of its own, away from its
# column's header. A cell of several lines (paragraphs, a nested table) keeps them.
_TABLE_CELL = frozenset({"td", "th", "table:table-cell"})
_ROW = frozenset({"tr", "table", "table:table-row", "table:table"})
_TABLE = frozenset({"table", "table:table"})
_TABLE_ROW = frozenset({"tr", "table:table-row"})
_SHOWN_ATTRS = frozenset({"alt", "title", "value", "placeholder", "aria-label", "label"})
_CONDITIONAL = re.compile(r"<?!?\[(?:if[^\]]*|endif)\]>?")
_SHOWN_ATTR = re.compile(r"(?i)(?:alt|title|value|placeholder|aria-label|label)[ \t\n\r\f]*=")
_ATTR = re.compile(
    r"""([^\s"'<>/=]+)(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
_SPACE = frozenset({"text:s"})
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
# Where a quoted blockquote starts and ends, each on a line of its own (see _finish).
_QUOTE_OPEN = "\ue010"
_QUOTE_CLOSE = "\ue011"


def _cites(attrs: list[tuple[str, str | None]]) -> bool:
    """A blockquote's attributes mark it as a quoted mail."""
    for name, value in attrs:
        if value and (
            (name == "type" and value.strip().lower() == "cite")
            or (name == "class" and "gmail_quote" in value)
        ):
            return True
    return False

# Feed the parser in slices so the deadline can be checked inside a large document.
_CHUNK = 256 * 1024


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []  # comments and worded attributes, apart from the text
        self._skip_depth = 0
        self._pre_depth = 0
        self._quotes: list[bool] = []  # open blockquotes: each a quoted mail or not
        self._span = 0  # empty cells owed after the current cell (its colspan)
        self._cell: int | None = None  # where the open cell's content starts in parts
        self._ruby_text = False  # inside an <rt> or <rp>
        # Open tables, innermost last: [rows seen, the first row's cells to put on one
        # line]. A table of one row is a layout (a signature laid out as "name | TEL"
        # cells), whose cells stay lines of their own; a data table has two rows or more.
        self._tables: list[tuple[list[int], list[tuple[int, int, str]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._ruby(tag)
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        self._separate(tag)
        if tag in _SPANNED and attrs:
            self._spanned(attrs)  # after its own separator: owed after its content
        if tag == "blockquote":
            self._open_quote(_cites(attrs))
        if attrs:
            self._attributes(tag, attrs)

    def _ruby(self, tag: str) -> None:
        if tag in _RUBY_END or self._ruby_text:
            self._ruby_text = tag in _RUBY_TEXT  # any other tag ends one left open too

    def _open_quote(self, cites: bool) -> None:
        self._quotes.append(cites)
        if cites:
            self.parts.append(_QUOTE_OPEN + "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._ruby(tag)  # <br/> after an unclosed <rt> ends it as <br> does
        self._separate(tag)
        if attrs:
            self._attributes(tag, attrs)

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if not value or name not in _SHOWN_ATTRS or value.isspace():
                continue
            value = _WHITESPACE.sub(" ", value).strip()
            if tag == "input" and name == "value":
                # A filled form field shows its value where it stands, beside its label
                # (a web page saved and attached: "生年月日 <input value=1994-03-07>").
                if not self._skip_depth:
                    self.parts.append(f" {value} ")
            elif tag == "img" and name == "alt":
                # Shown where the picture stands when pictures are off, as many mail
                # clients start. (Not broken into lines like a signature: a customer's
                # business card sent as a picture would then pass for the sender's.)
                if not self._skip_depth:
                    self.parts.append(f"\n{value}\n")
            else:
                self.hidden.append(value)

    def handle_comment(self, data: str) -> None:
        # Outlook's conditional comments hold markup ("[if gte mso 9]><xml>…"): its text.
        data = _TAG.sub(" ", _CONDITIONAL.sub(" ", data))
        text = _WHITESPACE.sub(" ", unescape(data)).strip()
        if text:
            self.hidden.append(text)

    def handle_endtag(self, tag: str) -> None:
        # The end of the element around an unclosed <rt> ends it too (</ruby>, </p>).
        self._ruby_text = False
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        elif tag == "blockquote" and self._quotes and self._quotes.pop():
            self.parts.append("\n" + _QUOTE_CLOSE)
        if tag in _TABLE_CELL or tag in _ROW:
            self._end_cell()
        if tag in _TABLE and self._tables:
            self._tables.pop()
        if tag in _BREAK:  # a cell is separated where it starts only
            self.parts.append("\n")

    def _spanned(self, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            span = value.strip() if name == "colspan" and value else ""
            if span.isdigit() and span.isascii():  # not "²" or "①" (isdigit, no int)
                # The cells it spans, given as empty cells after it (a merged header
                # over a number written in parts: tabular reads it as a merged cell).
                self._span = max(0, min(int(span), _MAX_SPAN) - 1)

    def _separate(self, tag: str) -> None:
        if tag in _TABLE_CELL or tag in _ROW:
            self._end_cell()
            if tag in _TABLE:
                self._tables.append(([0], []))
            elif tag in _TABLE_ROW and self._tables:
                rows, first = self._tables[-1]
                rows[0] += 1
                if rows[0] == 2:  # a table of rows: its first row's cells too
                    for cell in first:
                        self._one_line(*cell)
                    first.clear()
        if tag in _BREAK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append("\t")
            if tag in _TABLE_CELL:
                self._cell = len(self.parts)
        elif tag in _SPACE:
            self.parts.append(" ")

    def _end_cell(self) -> None:
        """Close the open cell: its content on one line if it is one line but for the
        breaks of the paragraph around it; then the empty cells its colspan owes."""
        start = self._cell
        if start is not None:
            self._cell = None
            content = "".join(self.parts[start:])
            inner = content.strip(" \n")
            if "\n" not in inner and inner != content:
                cell = (start, len(self.parts), inner)
                if self._tables and self._tables[-1][0][0] < 2:
                    self._tables[-1][1].append(cell)  # one row so far
                else:
                    self._one_line(*cell)
        if self._span:
            self.parts.append("\t" * self._span)
            self._span = 0

    def _one_line(self, start: int, end: int, inner: str) -> None:
        """parts[start:end] (a cell's content) as `inner`, in place: indices kept."""
        self.parts[start] = inner
        for k in range(start + 1, end):
            self.parts[k] = ""

    def close(self) -> None:
        super().close()
        self._end_cell()  # a cell left open ends with the document

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
        if self._skip_depth or self._ruby_text:
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
    | <!--(.*?)--\s*>                                      # 2 comment
    | <!(?i:doctype)[^>]*>                                 # declaration
    | <\?[^>]*>                                            # processing instruction
    | <([a-zA-Z][-.a-zA-Z0-9:_]*)                          # 3 start tag
        ((?:[ \t\n\r\f]+[^\s"'<>/=]+
           (?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)  # 4 attributes
        [ \t\n\r\f]*(/?)>                                 # 5 "/" of an empty element
    | </([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*>            # 6 end tag
    """,
    re.S | re.X,
)
# html.parser reads the content of these as raw text up to their end tag (set_cdata_mode).
_CDATA_END = {
    name: re.compile(rf"</\s*{name}\s*>", re.I) for name in HTMLParser.CDATA_CONTENT_ELEMENTS
}


def _worded_attributes(raw: str) -> list[tuple[str, str | None]]:
    """The attributes of a start tag's attribute text that _TextParser keeps, as
    html.parser gives them (names lower-cased, values unescaped)."""
    if not _SHOWN_ATTR.search(raw):
        return []
    found: list[tuple[str, str | None]] = []
    for m in _ATTR.finditer(raw):
        name = m.group(1).lower()
        if name in _SHOWN_ATTRS:
            value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4)
            found.append((name, unescape(value) if value is not None else None))
    return found


def _all_attributes(raw: str) -> list[tuple[str, str | None]]:
    """Every attribute of a start tag's attribute text, as html.parser gives them."""
    found: list[tuple[str, str | None]] = []
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4)
        found.append((m.group(1).lower(), unescape(value) if value is not None else None))
    return found


def _fast_parts(html: str) -> _TextParser | None:
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
        text, comment, start_tag, attributes, empty, end_tag = m.groups()
        if text is not None:
            parser.handle_data(unescape(text))
        elif comment is not None:
            parser.handle_comment(comment)
        elif start_tag is not None:
            tag = start_tag.lower()
            if tag in _SPANNED and attributes and "colspan" in attributes.lower():
                attrs = _all_attributes(attributes)  # handle_starttag keeps what it shows
            else:
                attrs = _worded_attributes(attributes) if attributes else []
            if empty:
                parser.handle_startendtag(tag, attrs)
                continue
            if tag == "blockquote":
                # Its type / class, which _worded_attributes leaves out.
                cites = bool(attributes) and _cites(_all_attributes(attributes))
                parser._ruby(tag)
                parser._separate(tag)
                parser._open_quote(cites)
                if attrs:
                    parser._attributes(tag, attrs)
                continue
            parser.handle_starttag(tag, attrs)
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
    parser._end_cell()  # as close() does
    return parser


def html_to_text(html: str, out_of_time: Callable[[], bool] | None = None) -> tuple[str, bool]:
    """Return (text, finished). `finished` is False when `out_of_time` stopped the parse."""
    text, _, finished = html_text(html, out_of_time)
    return text, finished


def html_text(
    html: str, out_of_time: Callable[[], bool] | None = None
) -> tuple[str, str, bool]:
    """Return (text, hidden, finished): `hidden` holds the comments and worded
    attributes, a line each; `finished` is False when `out_of_time` stopped the parse."""
    if len(html) <= _CHUNK and not (out_of_time is not None and out_of_time()):
        fast = _fast_parts(html)
        if fast is not None:
            return _finish(fast.parts), "\n".join(fast.hidden), True
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
    return _finish(parser.parts), "\n".join(parser.hidden), finished


def _finish(parts: list[str]) -> str:
    text = "".join(parts)
    lines = [line.strip(" \t") for line in text.split("\n")]
    if _QUOTE_OPEN in text:
        lines = _quoted(lines)
    text = _BLANK_LINES.sub("\n", "\n".join(lines))
    return text.strip()


# Levels written out: a hostile nest of thousands of quotes must not multiply the text.
_MAX_QUOTE_PREFIX = 8


def _quoted(lines: list[str]) -> list[str]:
    """The lines inside quoted blockquotes prefixed "> " per level; the marks dropped."""
    out: list[str] = []
    depth = 0
    for line in lines:
        if line == _QUOTE_OPEN:
            depth += 1
        elif line == _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth and line:
            out.append("> " * min(depth, _MAX_QUOTE_PREFIX) + line)
        else:
            out.append(line)
    return out
