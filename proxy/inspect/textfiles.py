"""Text files among the attachments: plain text in any Japanese encoding, CSV/TSV tables,
HTML, RTF. Each is decoded within the text budget and kept as a segment; tables (and
TAB-separated rows in text) are also rendered as `header: value` lines
(tabular.pasted_tables), so a column's label reaches the values under it.
"""

from __future__ import annotations

import csv
import re

from proxy.inspect.charset import decode_bytes
from proxy.inspect.directory import is_directory, unfolded
from proxy.inspect.flowed import unflow
from proxy.inspect.formboxes import boxed_numbers
from proxy.inspect.gridforms import grid_text
from proxy.inspect.htmltext import html_text, html_to_text
from proxy.inspect.linebreaks import broken_lines
from proxy.inspect.rtf import rtf_text
from proxy.inspect.scan import Scan
from proxy.inspect.structured import XML_ENCODING, json_rendering, xml_rendering
from proxy.inspect.tabular import csv_lines, guess_delimiter, pasted_tables, spaced_tables
from proxy.inspect.texttables import drawn_tables
from proxy.inspect.zengin import render as render_zengin

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def within_budget(scan: Scan, data: bytes, location: str) -> bytes:
    """Decode no more raw bytes than the text budget can take."""
    room = scan.text_room
    if len(data) > room:
        scan.cut_text(location)
        cut = data.rfind(b"\n", 0, room)
        return data[: cut if cut > 0 else room]
    return data


def read_text(
    scan: Scan, data: bytes, charset: str | None, location: str, kind: str, *,
    tables: bool = False,
    flowed: tuple[bool, bool] = (False, False),
) -> None:
    """Decode and keep one text part. `tables`: TAB-separated tables in it (pasted from
    Excel into a body, a TSV saved as .txt) are also kept as `header: value` rows
    (tabular.pasted_tables), in a segment of their own. `flowed`: (format=flowed,
    DelSp=yes) of its Content-Type, the soft line breaks then joined (flowed.unflow)."""
    data = within_budget(scan, data, location)
    text = decode_bytes(data, charset)
    if flowed[0]:
        text = unflow(text, flowed[1])
    add_text_and_tables(scan, text, location, kind, tables)
    if tables and not scan.text_full and (kind == "attachment" or _column_gaps(text)):
        # A fixed-width export (給与奉行's text files: columns aligned with spaces) is read
        # as a PDF's tables are: values labelled by the header's words (spaced_tables);
        # so is a body's table aligned with spaces, pasted or typed (a daycare's list:
        # "園児氏名　　　誕生日" over "西村 陽葵　　令和7年5月14日"). Plain text only: HTML,
        # Office, JSON and XML have their tables' own structure.
        add_rendering(scan, spaced_tables(text, scan.text_room), location, kind)


# A line with two column gaps (two full-width spaces, or three spaces) between words;
# looked for from the gaps (str.find), a pattern starting with \S would try every word.
# (From a gap's first space only, each gap taken whole: a run of thousands of spaces
# is tried once, not at each of them.)
_TWO_GAPS = re.compile(
    r"(?<![ \u3000])(?:\u3000{2,}+| {3,}+)\S[^\n]*?\S(?:\u3000{2,}| {3,})\S"
)


def _column_gaps(text: str) -> bool:
    at = text.find("\u3000\u3000")
    spaces = text.find("   ")
    starts = [k for k in (at, spaces) if k >= 0]
    if not starts:
        return False
    line = text.rfind("\n", 0, min(starts)) + 1
    return _TWO_GAPS.search(text, line) is not None


def read_html(
    scan: Scan, data: bytes, charset: str | None, location: str, kind: str, *,
    tables: bool = False,
) -> None:
    data = within_budget(scan, data, location)
    if not charset:
        meta = _META_CHARSET.search(data[:4096])
        charset = meta.group(1).decode("ascii") if meta else None
    text, hidden, _ = html_text(decode_bytes(data, charset), scan.out_of_time)
    add_text_and_tables(scan, text, location, kind, tables)
    scan.add_text(hidden, location, kind)  # a segment of its own: see htmltext


JSON_EXTS = frozenset({"json", "jsonl", "ndjson", "geojson"})
XML_EXTS = frozenset({"xml"})
DIRECTORY_EXTS = frozenset({"ics", "ifb", "vcs", "vcf", "vcard"})
_DIRECTORY_TYPES = frozenset(
    {"text/calendar", "text/vcard", "text/x-vcard", "text/directory", "text/x-vcalendar"}
)


def structured_kind(ext: str, ctype: str) -> str | None:
    """"json", "xml" or "directory" (iCalendar, vCard) for a file or part of that kind."""
    if ext in JSON_EXTS or ctype == "application/json" or ctype.endswith("+json"):
        return "json"
    if ext in XML_EXTS or ctype in ("text/xml", "application/xml") or (
        ctype.endswith("+xml") and ctype != "application/xhtml+xml"
    ):
        return "xml"
    if ext in DIRECTORY_EXTS or ctype in _DIRECTORY_TYPES:
        return "directory"
    return None


def sniff_directory(data: bytes) -> bool:
    """A calendar or a contact list whatever its name (a .txt, an unnamed text part)."""
    return is_directory(data[:64].decode("latin-1").removeprefix("\xef\xbb\xbf"))


def read_structured(
    scan: Scan, data: bytes, charset: str | None, location: str, kind: str, what: str
) -> None:
    """A data export or a calendar / contact file: its text, and its values rendered
    behind their labels (structured.py, directory.py), in a segment of their own."""
    data = within_budget(scan, data, location)
    if what == "xml":
        if not charset:
            declared = XML_ENCODING.match(data[:1024])
            charset = declared.group(1).decode("ascii") if declared else None
        text = decode_bytes(data, charset)
        shown, _ = html_to_text(text, scan.out_of_time)
        add_text_and_tables(scan, shown, location, kind, True)
        add_rendering(scan, xml_rendering(text, scan.out_of_time), location, kind)
        return
    text = decode_bytes(data, charset)
    if what == "directory":
        scan.add_text(unfolded(text), location, kind)
        return
    add_text_and_tables(scan, text, location, kind, True)
    # Not a mere rendering: escaped characters (\u751f…) are readable only here.
    scan.add_text(json_rendering(text, scan.out_of_time), location, kind)


def read_zengin(
    scan: Scan, data: bytes, records: list[bytes], location: str, kind: str = "attachment"
) -> None:
    """A 全銀 transfer file (zengin.py): its text, and its records rendered with what each
    field is, in a segment of their own."""
    read_text(scan, data, "cp932", location, kind)
    add_rendering(scan, render_zengin(records), location, kind)


def read_rtf(scan: Scan, data: bytes, location: str) -> None:
    try:
        rtf = rtf_text(within_budget(scan, data, location))
    except ValueError as exc:  # our own words: too large to read in time
        scan.note(location, str(exc))
        return
    if rtf.objects:
        scan.note(location, "an embedded OLE object is not read")
    if rtf.damaged:
        scan.note(location, "damaged RTF (a group never closes)")
    add_text_and_tables(scan, rtf.text, location, "attachment", True)


def add_text_and_tables(scan: Scan, text: str, location: str, kind: str, tables: bool) -> None:
    scan.add_text(text, location, kind)
    if not tables or scan.text_full:
        return
    add_rendering(scan, pasted_tables(text), location, kind)
    drawn = drawn_tables(text)  # ruled, Markdown and fixed-width tables (texttables)
    if drawn and not scan.text_full:
        add_rendering(scan, pasted_tables(drawn), location, kind)
    # A PDF form's text pasted into a mail (or a forwarded one), its values cut by line
    # breaks; a phone's mail wrapped by hand.
    add_rendering(scan, broken_lines(text), location, kind)
    add_rendering(scan, boxed_numbers(text), location, kind)  # │3│8│2│0│… under its label
    add_rendering(scan, grid_text(text), location, kind)  # a form's row of boxes, read


def add_rendering(scan: Scan, rendered: str, location: str, kind: str) -> None:
    """A rendering that only repeats text already read (its values with their labels):
    kept as far as the text budget goes (whole lines), and a cut is no reason to hold
    the mail, since the text itself was read in full."""
    if not rendered or scan.text_full:
        return
    encoded = rendered.encode("utf-8", "replace")
    if len(encoded) > scan.text_room:
        cut = encoded.rfind(b"\n", 0, scan.text_room)
        rendered = encoded[: max(cut, 0)].decode("utf-8", "ignore")
    scan.add_text(rendered, location, kind, rendering=True)


def read_table(
    scan: Scan, data: bytes, charset: str | None, delimiter: str, location: str,
    *, raw_too: bool = False,
) -> None:
    """`raw_too`: a text file that looked like a table keeps its own text as well (a
    stray quote can make the CSV reading merge rows into one cell)."""
    data = within_budget(scan, data, location)
    text = decode_bytes(data, charset)
    if raw_too:
        scan.add_text(text, location, "attachment")
    if delimiter == ",":
        delimiter = guess_delimiter(text)
    lines: list[str] = []
    try:
        lines = list(csv_lines(text, delimiter))
    except csv.Error:
        # A malformed file (an unbalanced quote, a huge field): its raw text still shows
        # every value to the detectors, only without the column labels.
        lines = [] if raw_too else [text]
    if lines:
        scan.add_text("\n".join(lines), location, "attachment")


def looks_textual(data: bytes) -> bool:
    head = data[:4096]
    if not head or b"\x00" in head:
        return False
    for codec in ("utf-8", "cp932"):
        try:
            head.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # a character cut by the sample's end
                return True
            continue
        return True
    return False
