"""Tables (CSV, TSV, spreadsheet sheets) as text that keeps each value next to its label.

Detectors that need context ("マイナンバー", "生年月日", "口座番号" near a number) cannot see
a column header hundreds of lines above a value. So each data row becomes ONE line of
`header: value` cells separated by TABs, the headers taken from the first non-empty row,
which is also emitted once as it is:

    氏名\tマイナンバー\t電話番号
    氏名: 山田太郎\tマイナンバー: 123456789018\t電話番号: 090-1234-5678
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence

from proxy.detectors.numbers import DASH_CLASS
from proxy.inspect.split_fields import SplitFields, split_fields

_CELL_SPACE = re.compile(r"[\t\r\n\v\f]+")
_VALUE = re.compile(r"[0-9０-９]{5}")  # a long number: a value, not a label
_DIGIT = re.compile(r"[0-9０-９]")
_NUMBER = re.compile(r"[0-9０-９]{2}")
# A header's note giving an example or a length: "（例：1990/01/01）", "(11桁)", "（半角数字）";
# not "（2024/06/01現在）", which makes a row a title.
_BRACKET_NOTE = re.compile(
    r"[（(][ 　]*(?:例|記入例|e\.?g\.|ex\.|[0-9０-９]+桁|半角|全角|ハイフン)[^（）()]*[）)]", re.IGNORECASE
)
# The field names of forms (申込書, 個人情報登録票) whose values the detectors want
# labelled: the words of their labels (proxy/detectors/*.py LABEL), in short.
FORM_FIELD = re.compile(
    r"マイナンバー|個人番号|生年月日|誕生日|口座|電話|携帯|(?<![a-z])tel(?![a-z])|FAX|連絡先|住所|郵便"
    r"|免許|旅券|パスポート"
    r"|在留|年金|法人番号|カード|メール|birth|phone|mobile|address|account|passport"
    r"|licen[cs]e|social\s*security|ssn|iban|my\s*number|e-?mail"
    r"|postal|post\s*code|(?<![a-z])zip(?![a-z])|residence|(?<![a-z])card(?![a-z])",
    re.IGNORECASE,
)


# English keys of exports ("date_of_birth", "dob", "zip") in the words the detectors
# read as labels: a key is a column's name, not prose, so its case and spelling vary.
_CANONICAL = {
    **dict.fromkeys(("dob", "dateofbirth", "birthdate", "birthday"), "Date of birth"),
    # PostalZone: UBL's (a JP PINT e-invoice's addresses).
    **dict.fromkeys(
        ("zip", "zipcode", "postalcode", "postcode", "postal", "postalzone"), "郵便番号"
    ),
    # An HR system's passport_no / passportNumber: as passport.NEAR reads the label.
    **dict.fromkeys(
        ("passport", "passportno", "passportnumber", "passportnum", "passportid"), "Passport No."
    ),
}
_KEY_NOISE = re.compile(r"[\s_.\-]+")


# Compound keys end with one of those: "Billing Zip", "BillZipCode", "Business Postal
# Code" (Shopify, Yahoo!ショッピング, Outlook), "Contact Birthday". As a word of the key
# (after a separator, a digit or a camelCase hump): "Gzip" (a bundle-size report's column
# of byte counts), "unzip" hold no postal code.
_W = r"[\s_.\-]*"
_CANONICAL_END = re.compile(
    r"(?:(?<=[\s_.\-/0-9])|(?<=[a-z])(?=[A-Z]))"
    rf"(?i:(zip(?:{_W}code)?|postal{_W}code|post{_W}code|date{_W}of{_W}birth|birth{_W}date"
    r"|birthday))\s*\Z"
)


def canonical_label(key: str) -> str:
    """`key` as the detectors read labels: a known English export key in their words."""
    if len(key) > 32 or not key.isascii():
        return key
    compact = _KEY_NOISE.sub("", key).lower()
    found = _CANONICAL.get(compact)
    if found is None and (end := _CANONICAL_END.search(key)) is not None:
        found = _CANONICAL[_KEY_NOISE.sub("", end.group(1)).lower()]
    return key if found is None else found


def _clean(value: str) -> str:
    if value.isprintable():  # no TAB/CR/LF inside: the common case, skip the regex
        return value.strip()
    return _CELL_SPACE.sub(" ", value).strip()


_PREAMBLE_ROWS = 2


class TableRenderer:
    """Feed rows in order; get one line per non-empty row (None for an empty one).

    The header is the first non-empty row, unless it reads as a title, a preamble or a
    group row and a row of labels follows before any data (_replaces_header): a
    sheet's title ("マイナンバー収集台帳"), an export's preamble ("社員一覧,2024/06/01出力")
    or a group row ("基本情報 | | 連絡先") sits above the real header, and taking it for
    the header would leave every value below without its label. Rows before the
    header are given as they are.

    A data row of two cells whose first names a field of personal data (個人番号,
    生年月日, 口座番号 …) is a form's "label, value" line, the header being the form's
    first line ("氏名 | 山田太郎"): its value is given a second time, labelled with
    that first cell.
    """

    def __init__(self) -> None:
        self._labels: list[str] | None = None
        self._label_cells = 0  # non-empty cells of the header row
        self._label_digits = False  # the header row holds a number (a date: a preamble)
        self._label_sparse = False  # the header row has empty cells between its labels
        self._label_at: set[int] = set()  # the header row's filled columns
        # The header row holds a long number: no header but a first record (a CSV
        # exported without one), whose cells label nothing below them.
        self._label_record = False
        self._split = SplitFields()  # values the header splits over columns
        self._merged: list[str] = []  # the labels, a merged header cell's numbered
        self._merged_at: set[int] = set()  # the empty header cells a merged cell spans
        self._merged_split: SplitFields | None = None
        self._country = False  # the header has a Country column
        self._gap = False  # an empty row came after the header row
        self._after_gap = False  # an empty row, then titles only, since the last data row
        self._settled = False  # a data row came: the header no longer changes
        self._rows = 0  # rows since the header

    def _replaces_header(
        self, filled: list[str], positions: Sequence[int], cells: Sequence[str]
    ) -> bool:
        """This row, not the one taken so far, is the header: it is all labels (no number
        of two digits or more: a record holds a date, a phone, an amount; 電話番号1 is a
        label) and wider, and the row taken so far reads as a title, a preamble or a
        group row (one cell, a date in it, empty cells between its labels as in
        "基本情報 | | 連絡先 |", or an empty row after it). A first record of text only,
        wider than its header, stays a record."""
        if len(filled) < 2 or _NUMBER.search("\t".join(filled)) is not None:
            return False
        if self._label_cells < 2 or self._label_digits or self._gap:
            return len(filled) > self._label_cells
        if not self._label_sparse:
            return False
        # A group row ("No.|基本情報||連絡先") leaves empty the columns its header fills;
        # a header with empty columns (氏名||電話番号) has records with the same gaps.
        at = {pos for pos, cell in zip(positions, cells, strict=True) if cell}
        return len(filled) >= self._label_cells and not at <= self._label_at

    def _under_title(self) -> bool:
        """The header so far is a title (one cell, or a date in it) with at most two rows
        under it: a form's "label | value" lines ("事業所整理記号 | 01-エクサ | 事業所番号 |
        28417") between a sheet's title and its table's header."""
        if self._rows > _PREAMBLE_ROWS:
            return False
        if self._label_cells < 2:
            return True
        # A date in it makes a row a preamble ("社員一覧, 2024/06/01出力"); a row naming
        # fields is a header for all its digits ("氏名 | 提出書類1 | 住所1").
        return self._label_digits and not any(
            FORM_FIELD.search(label) is not None for label in self._labels or ()
        )

    def _new_section(self, filled: list[str], positions: Sequence[int]) -> bool:
        """After an empty row (and titles), a row of three or more labels, two of them
        naming a field (Email, Phone, 電話番号 …), or one and the row wider than the
        header so far, no number in any: the header of another table in the same file. A
        Zoom report holds a summary table, an empty row, "Registrant Details", then the
        registrants under their own header. (One field word in a row within the
        header's columns is a record of notes: "佐藤, 本人, 未提出, マイナンバーカード申請中"
        after the blank row that ends each employee's group of rows.)"""
        joined = "\t".join(filled)
        if len(filled) < 3 or _NUMBER.search(joined) is not None:
            return False
        fields = sum(FORM_FIELD.search(cell) is not None for cell in filled)
        return fields >= 2 or (fields == 1 and max(positions) > max(self._label_at))

    def _fills_merged(self, positions: Sequence[int], cells: Sequence[str]) -> bool:
        """The row puts a number's parts (short runs of digits, each) in the cells a
        merged label spans and in the label's own. An address in an unlabelled column
        after 郵便番号 is no part of the postal code."""
        at = {pos: cell for pos, cell in zip(positions, cells, strict=True) if cell}
        # (From the row's cells: a header may span thousands of columns, a row fills few.)
        spanned = sorted(pos for pos in at if pos in self._merged_at)
        if not spanned:
            return False
        first = {pos - 1 for pos in spanned if pos - 1 not in self._merged_at}
        return all(
            _PART.fullmatch(at.get(pos, "")) is not None for pos in (*spanned, *first)
        )

    def line(self, row: Mapping[int, str]) -> str | None:
        """A sparse row: column index → cell text (spreadsheets)."""
        if not row:
            self._gap = self._labels is not None
            return None
        width = max(row) + 1
        if width > 4 * len(row) + 64:  # far-apart columns: do not build a huge list
            cols = sorted(row)
            return self.line_list([row[c] for c in cols], cols)
        cells = [""] * width
        for col, value in row.items():
            if col >= 0:
                cells[col] = value
        return self.line_list(cells)

    def line_list(self, row: Sequence[str], cols: Sequence[int] | None = None) -> str | None:
        """A dense row (CSV), or cells at the given column indexes."""
        cells = [_clean(value) for value in row]
        filled = [cell for cell in cells if cell]
        if not filled:
            self._gap = self._labels is not None
            self._after_gap = self._settled
            return None
        positions = range(len(cells)) if cols is None else cols
        if (
            self._labels is None
            or (not self._settled and self._replaces_header(filled, positions, cells))
            or (
                (self._after_gap or self._under_title())
                and self._new_section(
                    filled, [p for p, c in zip(positions, cells, strict=True) if c]
                )
            )
        ):
            self._after_gap = False
            labels: dict[int, str] = dict(zip(positions, cells, strict=True))
            size = max(labels) + 1
            self._labels = [labels.get(i, "") for i in range(min(size, 1 << 16))]
            # A merged cell over a number's parts (see _merged): its labels, for the rows
            # that fill the cells it spans.
            self._merged = _merged(self._labels)
            self._merged_at = {
                k for k, label in enumerate(self._labels) if not label and self._merged[k]
            }
            self._merged_split = split_fields(tuple(self._merged)) if self._merged_at else None
            self._label_cells = len(filled)
            # Any digit: "令和6年4月1日現在", "第3版" mark a title or a preamble.
            joined = "\t".join(filled)
            self._label_digits = _DIGIT.search(_BRACKET_NOTE.sub("", joined)) is not None
            # (A header naming a field is one, month columns "202410" or not.)
            self._label_record = (
                self._label_digits
                and _VALUE.search(joined) is not None
                and FORM_FIELD.search(joined) is None
            )
            self._label_at = {pos for pos, cell in zip(positions, cells, strict=True) if cell}
            self._split = split_fields(tuple(self._labels))
            self._country = any(_where_column(c) for c in filled)
            first, last = min(self._label_at), max(self._label_at)
            self._label_sparse = last - first + 1 > len(filled)
            self._gap = False
            self._rows = 0
            return "\t".join(filled)
        # A one-cell row under a one-cell header: a one-column list ("マイナンバー" over its
        # numbers) or more lines of a title; labelled either way, and the header may
        # still turn out to be the wider row that follows.
        self._settled = self._settled or len(filled) >= 2
        self._after_gap = self._after_gap and len(filled) < 2  # a title keeps it
        self._rows += 1
        labels_list = self._labels
        assert labels_list is not None
        split = self._split
        if self._merged_at and self._fills_merged(positions, cells):
            labels_list = self._merged  # a number's parts in the cells a label spans
            split = self._merged_split or split
        count = 0 if self._label_record else len(labels_list)
        # A row of another country (its Country column says so): its numbers are that
        # country's, no Japanese number that lost its zero (a Seattle 2065550134 is no
        # 020-6555-0134, a Beijing 100000 no 010-0000).
        abroad = any(
            0 <= pos < count and _where_column(labels_list[pos])
            and _JAPAN.fullmatch(value) is None
            for pos, value in zip(positions, cells, strict=True) if value
        ) if self._country else False
        parts = []
        for pos, value in zip(positions, cells, strict=True):
            if value:
                label = labels_list[pos] if 0 <= pos < count else ""
                if label and _DIGIT.search(label) is not None:
                    # A note in brackets gives an example or a length ("生年月日（例：
                    # 1990/01/01）", "携帯番号(11桁)"): the label is what is outside it. A
                    # header cell that is itself a value (a form's first line "タイムスタンプ
                    # | 2025/04/03 21:14:52") labels nothing below it.
                    bare = _BRACKET_NOTE.sub("", label).strip()
                    label = "" if not bare or _NUMBER.search(bare) is not None else bare
                if label:
                    if not abroad:
                        value = _restore_zeros(label, value)  # by the header as written
                    label = canonical_label(label)
                parts.append(f"{label}: {value}" if label else value)
        if split and count:
            parts += split.joined(dict(zip(positions, cells, strict=True)))
        if len(filled) == 2 and FORM_FIELD.search(filled[0]) and not _DIGIT.search(filled[0]):
            # A form's line: its own label (and a number it lost the zero of, back).
            parts.append(f"{filled[0]}: {_restore_zeros(filled[0], filled[1])}")
        return "\t".join(parts)


# Excel stores "090-1234-5678" typed without hyphens as the number 9012345678 and
# "060-0001" as 600001: the leading zero is gone, in the sheet and in a CSV it saves.
# Under a phone or postal-code header such a number gets it back.
# (TEL as a word: "Hotel" is no phone column.)
_PHONE_HEADER = re.compile(r"電話|携帯|連絡先|(?<![a-z])tel(?![a-z])|fax|phone|mobile", re.IGNORECASE)
_POSTAL_HEADER = re.compile(r"郵便|〒|postal|zip", re.IGNORECASE)
# Five digits are a code that lost two zeros (00X-XXXX, Sapporo's) only under a Japanese
# header: under "Zip" / "Billing Zip" they are a US ZIP code ("62704" is no 006-2704).
_POSTAL_HEADER_JA = re.compile(r"郵便|〒")


# A column naming the country of a row's address or phone (not 国籍, a nationality:
# "Country of Citizenship", "Birth Country", 出身国・地域 say nothing of where the
# row's phone rings).
_COUNTRY = re.compile(r"(?i:country)|国名|国・地域|^国$")
_NOT_WHERE = re.compile(r"(?i:citizen|nationality|birth|origin|home)|出身|国籍|出生")
# Japan as a country cell writes it: "Japan", "JP", "JPN", "日本", "Japan (日本)", or the
# calling code (81, +81) or ISO numeric code (392) a "Country Code" column holds.
_JAPAN = re.compile(r"\s*(?:(?i:jp|jpn)|\+?81|392|.*(?:(?i:japan)|日本).*)\s*")


def _merged(labels: list[str]) -> list[str]:
    """A phone or postal-code label over empty header cells after it is a merged cell (a
    spreadsheet keeps its value in the first cell; HTML's colspan, see htmltext, leaves
    the rest empty) over a number written in parts: numbered, as exports that split a
    number write it (電話番号1 / 2 / 3), so split_fields joins the parts."""
    out = labels
    for k, label in enumerate(labels):
        if not label or k + 1 >= len(labels) or labels[k + 1]:
            continue
        if _PHONE_HEADER.search(label) is None and _POSTAL_HEADER.search(label) is None:
            continue
        n = 1
        while n < _MAX_PARTS and k + n < len(labels) and not labels[k + n]:
            n += 1
        if out is labels:
            out = list(labels)
        for i in range(n):
            out[k + i] = f"{label}{i + 1}"
    return out


_MAX_PARTS = 3  # a phone number's parts (a postal code has two)
_PART = re.compile(r"[0-9０-９]{1,5}")


def _where_column(label: str) -> bool:
    return _COUNTRY.search(label) is not None and _NOT_WHERE.search(label) is None


def _restore_zeros(label: str, digits: str) -> str:
    """`digits` with the zero Excel dropped put back, under a phone or postal header;
    any other value as it is."""
    if not (digits.isdigit() and digits.isascii()):
        return digits
    if len(digits) in (9, 10) and digits[0] != "0" and _PHONE_HEADER.search(label):
        return "0" + digits
    if (len(digits) == 6 and _POSTAL_HEADER.search(label)) or (
        len(digits) == 5 and _POSTAL_HEADER_JA.search(label)
    ):
        padded = digits.zfill(7)
        return f"{padded[:3]}-{padded[3:]}"
    return digits


def guess_delimiter(text: str, default: str = ",") -> str:
    """Japanese "CSV" exports are often TAB-separated; decide from the first non-empty line."""
    for line in io.StringIO(text):
        if line.strip():
            counts = {d: line.count(d) for d in (",", "\t", ";")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] > counts.get(default, 0) else default
    return default


def looks_tab_separated(head: str) -> bool:
    """A text file that is a table: Excel's "Text (Tab delimited)" export is named .txt.
    The first non-empty line is a header (two or more TABs, no long number) and most of
    the next lines hold TABs too. `head`: the file's first few KB."""
    # split("\n"), not splitlines(): the sniff reads bytes as latin-1, where a byte 0x85
    # (inside many UTF-8 kanji, 情 = E6 83 85) is U+0085, which splitlines() breaks at.
    lines = [line for line in head.split("\n")[:12] if line.strip()][:10]
    if len(lines) < 2 or lines[0].count("\t") < 2 or _VALUE.search(lines[0]):
        return False
    return sum("\t" in line for line in lines) * 2 > len(lines)


def csv_lines(text: str, delimiter: str) -> Iterator[str]:
    """Rendered lines of a CSV/TSV text. Raises csv.Error on a malformed file (the caller
    then inspects the raw text instead)."""
    renderer = TableRenderer()
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        line = renderer.line_list(row)
        if line is not None:
            yield line




def _header_like(line: str) -> bool:
    """Two or more labels: non-empty cells, none holding a long number (a value: the
    first row of a "口座番号 TAB 1234567" block is a record, not a header), and not a
    label with its colon before one value ("Subject: TAB 【申込通知】…", the first row of
    the header table of a mail Thunderbird forwards): a list of labels and values."""
    cells = [cell for cell in line.split("\t") if cell.strip()]
    if (
        len(cells) == 2
        and cells[0].rstrip().endswith((":", "："))
        and not cells[1].rstrip().endswith((":", "："))
    ):
        return False  # "Subject: TAB value"; "氏名： TAB 生年月日：" is a header row
    return len(cells) >= 2 and _VALUE.search(line) is None


def pasted_tables(text: str) -> str:
    """The data rows of tables pasted into a mail body, rendered as `header: value` lines.

    A table copied from Excel (or an HTML table, see htmltext) arrives as consecutive
    TAB-separated lines. A run of at least two such lines whose first line reads as a
    header (_header_like) is taken as a table with that header, and its other rows are
    rendered like a CSV attachment's, so "生年月日" in the header labels the dates below
    it. Runs are separated by an empty line. Only the rendered data rows are
    returned ("" when there is no table): the caller keeps the body's own text as it is
    (a two-column "label TAB value" block reads right only there), so every value is seen
    in both forms and counted once, as findings count distinct values.
    """
    if "\t" not in text:
        return ""
    out: list[str] = []
    run: list[str] = []
    for line in (*text.splitlines(), ""):
        if "\t" in line:
            run.append(line)
            continue
        if len(run) >= 2 and _header_like(run[0]):
            renderer = TableRenderer()
            renderer.line_list(run[0].split("\t"))
            rows = [renderer.line_list(row.split("\t")) for row in run[1:]]
            if out:
                out.append("")
            # Every row with a TAB, one of a single cell too: the rendering is table rows
            # only, which signature_parts never reads as a signature (a row of a name and
            # one of a TEL would otherwise close the text like one).
            out.extend(row if "\t" in row else row + "\t" for row in rows if row)
        run = []
    return "\n".join(out)


_SPACES = re.compile(r"[ \u3000\t]+")
_FIELD_WORD = re.compile(FORM_FIELD.pattern + r"|氏名|名前|番号|性別|年齢|No\.?$", re.IGNORECASE)


def _spaced_header(tokens: list[str]) -> bool:
    return (
        len(tokens) >= 3
        and all(len(t) <= 12 for t in tokens)
        and _NUMBER.search("".join(tokens)) is None
        and any(_FIELD_WORD.search(t) for t in tokens)
    )


_SHORT_DATE = re.compile(r"[0-9０-９]年[0-9０-９]{1,2}月|[0-9０-９]月[0-9０-９]{1,2}日")


def spaced_tables(text: str, limit: int = 1 << 62) -> str:
    """Rows of tables whose columns are separated by spaces only, as a PDF's text gives
    them ("会員番号 氏名 性別 生年月日" over "A001 山田 太郎 男 1980/04/01"): each row with
    its values labelled by the header's words, counted from the right and from the left
    (a name written with a space shifts one side only). Only the labelled pairs are
    returned, for the detectors that need a label next to a value; "" when no table.

    A header is a line of three or more short words, none a number, one of them a field
    name (生年月日, 電話, 氏名 …); its rows follow it, each with as many words or more (or
    up to two fewer: empty cells) and a number of two digits or more. Stops once the
    rendering holds `limit` characters (the caller keeps no more than that: a 6 MB text
    of narrow columns made 42 MB of pairs before the budget cut them)."""
    if "\n" not in text:
        return ""
    out: list[str] = []
    size = 0
    header: list[str] | None = None
    for line in text.splitlines():
        number = _NUMBER.search(line) is not None
        if header is None and number:
            continue  # neither a header nor a row of one (most lines of a long PDF)
        # A date of one-digit parts is a row's number too ("令和6年8月2日").
        number = number or (header is not None and _SHORT_DATE.search(line) is not None)
        tokens = _SPACES.split(line.strip())
        # A row with an empty cell or two (a fixed-width export's row without a phone or
        # a building) keeps the table: its words paired from the left up to the gap and
        # from the right after it, as a row with more words than the header is.
        if header is not None and len(tokens) >= max(len(header) - 2, len(header) // 2 + 1) and number:
            n, m = len(header), len(tokens)
            w = min(n, m)
            pairs = dict.fromkeys(
                [(header[k], tokens[k]) for k in range(w)]
                + [(header[n - w + k], tokens[m - w + k]) for k in range(w)]
            )
            out.append("\t".join(
                f"{label}: {_restore_zeros(label, value)}"
                for label, value in pairs
            ))
            size += len(out[-1]) + 1
            if size > limit:
                break
            continue
        header = tokens if _spaced_header(tokens) else None
    return "\n".join(out)


# A number wrapped inside a narrow table cell of a PDF: "4111-1111-1111-" / "1111".
_DASH = DASH_CLASS  # any dash people type between digit groups (ー and − too)
_WRAPPED = re.compile(
    rf"(?<![0-9０-９])[0-9０-９]{{2,6}}(?:{_DASH}[0-9０-９]{{1,6}}){{0,4}}{_DASH}[ \u3000]*\r?\n"
    rf"[ \u3000]*[0-9０-９]{{1,6}}(?:{_DASH}[0-9０-９]{{1,6}}){{0,4}}(?![0-9０-９])"
)
_LINE_BREAK = re.compile(r"[ \u3000]*\r?\n[ \u3000]*")


_DASH_AT_LINE_END = re.compile(rf"{_DASH}[ \u3000]*\r?\n")


def wrapped_numbers(text: str) -> str:
    """Numbers broken after a hyphen at a line end (a PDF's narrow table cell), joined,
    each after the line above it (its label: "Order No." / "カード番号"), so the label
    checks see what they would see on one line; "" when there are none."""
    if _DASH_AT_LINE_END.search(text) is None:
        return ""
    out: list[str] = []
    for m in _WRAPPED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if not before.strip():  # the number opens its line: the line above is its label
            above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            before = text[above : max(line_start - 1, 0)].strip() + "\n"
        out.append(before + _LINE_BREAK.sub("", m.group()))
    return "\n".join(out)
