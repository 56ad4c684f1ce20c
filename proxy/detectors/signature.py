"""Find the sender's signature block, so the sender's own details are not findings.

A signature is the short block at the end of what the sender wrote:
- after the "-- " delimiter line (RFC 3676 §4.3; "--" too, as clients strip spaces);
- after (or between) separator lines of ━ ― ─ = - * ＝ ＊ ~ _ and the like;
- or, with no separator, the closing lines holding the sender's name, company,
  address, TEL / FAX / Mail.
"At the end" means before any quoted message (-----Original Message-----, "On … wrote:",
差出人: / 送信日時:, "> " lines), because a reply puts the sender's signature above the
mail it answers. A signature is short (at most MAX_LINES lines) and looks like contact
details, not like a list: a customer list pasted after a separator line is body text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from proxy.detectors.conference import invitation_heading
from proxy.detectors.normalize import nfkc

MAX_LINES = 12
MAX_OFFICES = 8
_TAIL_LINES = 24  # only the end of the sender's part is ever examined
_MAX_LINE_CHARS = 100

# Where a quoted message starts (each checked in place, see _quote_start). Plain
# str.find per marker: far cheaper than one regex over the whole body.
# "riginal " and "orwarded " are the words of -----Original Message----- / Original
# message (Android), ---------- Forwarded message --------- (Gmail), -------- Forwarded
# Message -------- (Thunderbird) and -----Original Appointment----- (Outlook's meeting),
# whatever the case of the word after them: one search each.
_QUOTE_MARKERS = (
    "riginal ", "orwarded ", "元のメッセージ", "転送メッセージ", "元の予定",
    "wrote:", "書きました",
    "差出人", "From:", "\n>", "\n＞",
)  # fmt: skip
_WORD_MARKERS = ("riginal ", "orwarded ")
_HEADER_FOLLOWS = re.compile(r"(?:送信日時|日時|日付|件名|宛先|Sent|Date|Subject|To)\s*[:：]", re.I)

_SEP_CHARS = re.escape("━―─═-=*＝＊~～_＿・･#＃+＋◆◇■□●○★☆※/／|｜<>＜＞〜…┅┈")
_SEPARATOR = re.compile(
    rf"\s*[{_SEP_CHARS}]{{4,}}\s*|\s*[{_SEP_CHARS}]{{3,}}[^\n]{{0,40}}?[{_SEP_CHARS}]{{3,}}\s*"
)
# What a signature line is about; the first label on a line gives its kind. Literals
# only (no IGNORECASE, no groups), so the search skips to their first characters.
_CONTACT_KINDS: dict[str, str] = {
    **dict.fromkeys(("携帯", "Mobile", "mobile", "MOBILE", "Cell", "cell"), "mobile"),
    **dict.fromkeys(("FAX", "Fax", "fax", "ファックス"), "fax"),
    **dict.fromkeys(("TEL", "Tel", "tel", "Phone", "phone", "PHONE", "電話", "☎", "℡", "直通"), "tel"),
    **dict.fromkeys(("Mail", "mail", "MAIL", "メール", "@", "＠"), "mail"),
    **dict.fromkeys(("URL", "http://", "https://", "www."), "url"),
    **dict.fromkeys(("〒", "住所", "Address", "address"), "address"),
    **dict.fromkeys(
        ("株式会社", "有限会社", "合同会社", "一般社団法人", "(株)", "（株）", "㈱", "Co.,", "Ltd",
         "LTD", "Inc.", "Corporation", "Corp.", "LLC", "GmbH"),
        "company",
    ),
}  # fmt: skip
_CONTACT = re.compile("|".join(map(re.escape, sorted(_CONTACT_KINDS, key=len, reverse=True))))
_PHONEISH = re.compile(r"[0-9][0-9\-‐−ー()（） ]{7,}[0-9]")
# Honorifics are for other people: nobody signs "山田 太郎 様" or "○○株式会社 御中".
# 様 ending a name (line end, or before a colon/bracket), not お客様 / 皆様 / 仕様.
_HONORIFIC = re.compile(r"(?<![客皆仕模])様\s*(?:$|[:：(（])|殿\s*$|御中")
# Labels that introduce somebody else's details (a customer's, a patient's, an
# applicant's): a framed block holding them is a record pasted into the mail, not the
# sender's signature. Labels, not bare words: お客様相談室, 顧客サポート部 and "Customer
# Success Manager" are the sender's own department and title.
_SOMEONE_ELSE = re.compile(
    r"氏名|お名前|ご本人|(?:お客様|顧客|患者)(?:名|情報|番号|ID|様)|会員番号|申込者|生年月日|誕生日"
    r"|(?i:(?:customer|patient|applicant)(?:\s*(?:name|info|id|no\.?|number))?\s*[:：]"
    r"|date of birth|\bdob\b)"
    r"|" + _HONORIFIC.pattern
)


def _quote_start(text: str, pos: int, marker: str) -> int | None:
    """Start of the line where a quoted message begins, if `marker` at `pos` starts one."""
    if marker[0] == "\n":
        return pos + 1
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:pos].strip()
    if marker in _WORD_MARKERS:
        word = text[pos + len(marker) : pos + len(marker) + 11].lower()
        if not word.startswith(("message", "appointment")):
            return None
        # A rule of dashes first ("-----Original Message-----"), not a list item ("-
        # original message is in ticket 5521") nor "Begin forwarded message:".
        return line_start if _dash_rule(before[:-1]) else None
    if marker.endswith(("メッセージ", "予定")):
        # -----元のメッセージ----- / -------- 転送メッセージ -------- / -----元の予定-----
        return line_start if _dash_rule(before) else None
    if marker in ("wrote:", "書きました"):
        return line_start if not text[pos + len(marker) : line_end].strip(" :：\r") else None
    # 差出人: / From: starting a line, followed by the other header lines ("From:" holds
    # its colon; 差出人 may be followed by either colon)
    after = text[pos + len(marker) : line_end].lstrip(" ")
    if marker == "From:" and before == "*" and after.startswith("*"):
        before, after = "", after[1:]  # Gmail's "*From:*" (Outlook's bold label)
    if before or not (marker.endswith(":") or after.startswith((":", "："))):
        return None
    if _HEADER_FOLLOWS.search(text, line_end, line_end + 400) is None:
        return None
    if marker == "From:" and "@" not in after and not _with_subject(text, line_start, line_end):
        # A form's fields ("From: 2025/10/01 / To: 2025/10/31", "From: 大阪倉庫 / To:
        # 梅田店 / Date: …"): a mail's header block names an address or has a Subject.
        return None
    return line_start


def _dash_rule(text: str) -> bool:
    text = text.strip()
    return len(text) >= 2 and not text.strip("-")


_SUBJECT_LINE = re.compile(r"[ \t>＞]*\*?(?:Subject|件名)[ \t]*[:：]")
_BLOCK_REACH = 8  # header lines looked at above and below a From line


def _with_subject(text: str, line_start: int, line_end: int) -> bool:
    """A Subject line among the header lines right below or above (Thunderbird puts it
    first) the From line text[line_start:line_end]."""
    end = line_end
    for _ in range(_BLOCK_REACH):  # below, to the block's end (a blank line)
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if _SUBJECT_LINE.match(line):
            return True
        if not line.strip():  # a To line of many names may wrap: not a field, no end
            break
        end = nxt
    start = line_start
    for _ in range(_BLOCK_REACH):  # above
        if start == 0:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if _SUBJECT_LINE.match(line):
            return True
        if not _BLOCK_LINE.match(line):
            break
        start = prev
    return False


def _sender_part_end(text: str) -> int:
    """Where the quoted message (if any) starts: the end of what the sender wrote."""
    if text.startswith((">", "＞")):
        return 0
    end = len(text)
    for marker in _QUOTE_MARKERS:
        if marker[0] == "\n":
            # A quote line: find the rare '>' itself (a one-character search is several
            # times faster than one for "\n>"), then look at the character before it.
            mark = marker[1]
            pos = text.find(mark, 1, end)
            while pos >= 0 and text[pos - 1] != "\n":
                pos = text.find(mark, pos + 1, end)
            if pos >= 0:
                end = pos
            continue
        last_on_line = marker in ("wrote:", "書きました")  # nothing may follow it
        pos = text.find(marker, 0, end)
        while pos >= 0:
            # One occurrence a line can start a quote (as in _quote_starts): the first,
            # or for "wrote:" the last; trying each would copy a long line once each.
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if last_on_line:
                pos = text.rfind(marker, pos, line_end)
            start = _quote_start(text, pos, marker)
            if start is not None:
                end = min(end, start)
                break
            pos = text.find(marker, line_end, end)
    if 0 < end < len(text):
        end = _over_the_quote(text, end)
    return end


def _over_the_quote(text: str, end: int, lo: int = 0) -> int:
    """`end` (where a quoted mail starts), moved up over the line above it that belongs
    to that mail, not to the sender's signature above: Outlook's line of underscores
    over the header block, Apple Mail's "Begin forwarded message:" (転送されたメッセージ:),
    blank lines between. Not above `lo`."""
    start = line_end = end
    while True:
        start = text.rfind("\n", lo, start - 1) + 1
        if start < lo:
            start = lo
        line = text[start:line_end].strip()  # one line (a blank one: go on up)
        if line or start <= lo:
            break
        line_end = start
    if (len(line) >= 10 and not line.strip("_＿")) or (
        len(line) <= 40
        and line.endswith((":", "："))
        and ("転送" in line or "orward" in line.lower())
    ):
        return start
    return end


def _dated_attribution_above(text: str, end: int) -> int | None:
    """Start of Gmail's dated attribution line right above the quote starting at `end`
    ("2025年7月3日(木) 10:12 中川 彩 <aya@…>:"), if that is the line there."""
    if not 0 < end < len(text):
        return None
    start = text.rfind("\n", 0, end - 1) + 1
    line = text[start:end].strip()
    if (
        line.endswith((">:", ">："))
        and ("@" in line or "＠" in line)
        and _DATED_ATTRIBUTION.match(line) is not None
    ):
        return start
    return None


def _tail(text: str, end: int) -> tuple[list[str], int, list[int]]:
    """The last lines before `end` (without "\r"), the offset in `text` of the first,
    and the length of each as it is in `text` (see _offset)."""
    region = text[:end] if end < len(text) else text
    limit = _TAIL_LINES
    lines = region.rsplit("\n", limit)
    if len(lines) > limit and sum(1 for line in lines[1:] if not line.strip()) * 2 >= limit:
        # Double-spaced (Outlook's plain text: a blank line after each line): as many
        # lines with content as a single-spaced tail has.
        limit = 2 * _TAIL_LINES
        lines = region.rsplit("\n", limit)
    base = 0
    if len(lines) > limit:  # the first element is everything above the tail
        base = len(lines[0]) + 1
        del lines[0]
    lengths = list(map(len, lines))
    if "\r" in region:
        lines = [line.rstrip("\r") for line in lines]
    return lines, base, lengths


def _offset(base: int, lengths: list[int], k: int) -> int:
    """Offset in the text of tail line k (each line is followed by one "\n")."""
    return base + sum(lengths[:k]) + k


_SEP_FIRST = frozenset(" \t\u3000" + "━―─═-=*＝＊~～_＿・･#＃+＋◆◇■□●○★☆※/／|｜<>＜＞〜…┅┈")


def is_separator(line: str) -> bool:
    # A separator is a short line; the pattern backtracks polynomially on a long run of
    # separator characters that ends in something else.
    return (
        line[:1] in _SEP_FIRST and len(line) <= 200 and _SEPARATOR.fullmatch(line) is not None
    )


# The same signature comes back mail after mail: its verdict is remembered.
_VERDICTS: dict[tuple[tuple[str, ...], int], bool] = {}
_VERDICTS_SIZE = 1024


# The one-letter labels of a European signature: "T: 0049 30 901820", "M: +49 151 …",
# "F: …", "P: …", "E: …" (at a line's start, before the number or address).
_LETTER_LABEL = re.compile(r"[ \t]*([TMFPEtmfpe])[ \t]?[:：.][ \t]*(?=[+0-9(]|[^\s@]+@)")
_LETTER_WORD = {"T": "Tel: ", "P": "Phone: ", "M": "Mobile: ", "F": "Fax: ", "E": "Mail: "}


def _spelled(line: str) -> str:
    """`line` with a one-letter label written as its word (_LETTER_LABEL)."""
    m = _LETTER_LABEL.match(line)
    return line if m is None else _LETTER_WORD[m.group(1).upper()] + line[m.end() :]


def _plausible(lines: list[str], need: int) -> bool:
    """Short, about contact details, and not a list of other people's details."""
    if not lines or (len(lines) > MAX_LINES and _offices(lines) < 2):
        return False
    key = (tuple(_spelled(line) for line in lines), need)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        if len(_VERDICTS) >= _VERDICTS_SIZE:
            _VERDICTS.clear()
        verdict = _VERDICTS[key] = _check(key[0], need)
    return verdict


# A company signature may list its offices, each with 〒, address and TEL, on one line
# ("大阪支店　〒530-0001 大阪府… TEL：06-…") or under its name ("【大阪支店】" / "〒…" /
# "TEL: …"): those are the company's, however many, where a list of people repeats TEL
# and Mail per person. Each office is its own section, checked like one signature.
_OFFICE_LINE = re.compile(
    r"\s*[^\s:：]{0,10}?(?:本社|本店|支店|支社|営業所|事業所|出張所|工場|研究所|センター|オフィス)"
    r"|\s*(?i:head\s*office|hq\b|[a-z]+\s+(?:office|branch)\b)"
)
# Literals only (no IGNORECASE), so the search skips to their first characters.
_OFFICE_WORD = re.compile(r"本社|本店|支店|支社|営業所|事業所|出張所|工場|研究所|センター|オフィス"
                          r"|Office|office|OFFICE|Branch|branch|BRANCH|HQ")


def _office_line(line: str) -> bool:
    return (
        _OFFICE_WORD.search(line) is not None  # literals first: most lines end here
        and _OFFICE_LINE.match(line) is not None
        and "@" not in line
        and "＠" not in line
    )


def _offices(lines: list[str] | tuple[str, ...]) -> int:
    return sum(1 for line in lines if _office_line(line))


_PER_PERSON = ("tel", "mail", "address", "mobile")


def _check(lines: tuple[str, ...], need: int) -> bool:
    marked = emails = phones = offices = 0
    kinds: dict[str, int] = {}
    section: dict[str, int] | None = None  # the current office's kinds, once one started
    # Offices listed are two or more office lines. One is the sender's own department
    # ("大阪支店 営業課", "物流センター"), followed by their TEL, FAX and mobile.
    listed = _offices(lines) >= 2
    for line in lines:
        if len(line) > _MAX_LINE_CHARS or line.count("\t") >= 2 or _table_row(line):
            return False
        if _SOMEONE_ELSE.search(line) is not None:
            return False
        m = _CONTACT.search(line)
        if listed and _office_line(line):
            offices += 1
            section = {}
        if m is not None or section == {}:
            marked += 1
        if m is not None:
            kind = _CONTACT_KINDS[m.group()]
            counts = kinds if section is None else section
            counts[kind] = counts.get(kind, 0) + 1
            # An office has one TEL line, one address, no mobile: a second of a kind, or
            # a mobile, is people listed under their office.
            if section is not None and ((counts[kind] >= 2 and kind in _PER_PERSON)
                                        or kind == "mobile"):
                return False
        emails += line.count("@")
        if _PHONEISH.search(line) is not None:
            if section is None:
                phones += 1
            elif m is None or _CONTACT_KINDS[m.group()] != "fax":
                # One TEL line an office (and a FAX line): two are people's numbers.
                section["phone lines"] = section.get("phone lines", 0) + 1
                if section["phone lines"] >= 2:
                    return False
    if marked < need or emails > 2 or phones > 4:
        return False
    if not listed and sum(
        1 for line in lines if _POSTAL_CODE.search(line) is not None and _PHONEISH.search(line)
    ) >= 2:
        return False  # two lines each with a 〒 and a phone: two people's records
    if not listed and _offices(lines) == 1 and not _one_persons_numbers(lines, need == 0):
        return False
    if offices:
        if offices > MAX_OFFICES or "company" not in kinds:
            return False  # offices with no company over them: not a signature
        if len(lines) > MAX_LINES + 3 * offices:
            return False
    # One person's signature has one TEL line, one Mail line, one address; a list has many.
    return all(n < 3 for kind, n in kinds.items() if kind in _PER_PERSON)


_ROW_BARS = "|｜│┃"


def _table_row(line: str) -> bool:
    """A row of a table drawn in text ("| 青木 | 090-2864-1137 |", "│1│川村│"): other
    people's records, under the "|---|---|" rule a Markdown table has below its header
    (a separator line to the signature logic), not a signature's lines."""
    row = line.strip()
    # Its own bar inside it too: not a box's sides ("┃ 山田 太郎 ┃", "┃ TEL … | FAX … ┃").
    return len(row) >= 3 and row[0] in _ROW_BARS and row[-1] == row[0] and row[0] in row[1:-1]


def _one_persons_numbers(lines: tuple[str, ...], delimited: bool = False) -> bool:
    """Under one office line, the numbers of one person: a TEL line, a FAX line, one
    mobile, each labelled (TEL / FAX / 携帯 …); what "大阪支店" heads with two mobiles,
    two TEL lines or a name before each number is that office's staff, a list."""
    counts: dict[str, int] = {}
    for line in lines:
        if _PHONEISH.search(line) is None:
            continue
        m = _CONTACT.search(line)
        if m is None and delimited and _office_line(line):
            # The office's own number on its line ("サポートセンター 0120-…"), in a block
            # after "-- " (a customer's lines at the end of a mail are written so too).
            kind = "tel"
        elif m is None:
            return False
        else:
            kind = _CONTACT_KINDS[m.group()]
            if line.find(m.group()) > 8:
                return False
        if kind not in ("tel", "fax", "mobile"):
            return False  # "山田 090-…", "担当 山田 TEL …": a name before the number
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] > 1:
            return False
    return True


def _signature_like(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= 60
        and "。" not in stripped
        and (not stripped.endswith(".") or _ABBREVIATION_END.search(stripped) is not None)
    )


# A full stop that ends an abbreviation, not a sentence: "Example Co., Ltd.", "Inc.".
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Ltd|Inc|Co|Corp|Jr|Sr|Dept|Bldg|Ave|St)|K\.K|S\.A|\b[A-Z])\.$"
)


def _closing_run(lines: list[str], bottom: int, *, above: bool = False) -> int | None:
    """Index of the first line of the closing block ending at lines[bottom - 1];
    `above`: the text goes on above lines[0]."""
    bottom, top = _run_up(lines, bottom)
    if bottom - top > MAX_LINES:
        return None
    if top and _HONORIFIC.search(lines[top - 1]) is not None and not _greeting(
        lines, top - 1, above
    ):
        # The line naming someone is not in the mail's opening lines (its greeting): it
        # heads that person's details pasted at the end ("山田 花子 様 / 〒… / TEL …").
        return None
    # Two lines about contact details. (Under a valediction, one with the sender's name
    # is enough: signed_closing, which knows the sender's names.)
    return top if top < bottom and _plausible(lines[top:bottom], need=2) else None


def _run_up(lines: list[str], bottom: int) -> tuple[int, int]:
    """(bottom without the blank lines above it, top) of the run of signature-like lines
    ending at lines[bottom - 1], at most MAX_LINES + 1 long. An unframed block ends
    (upwards) at a line addressing someone: in a terse mail with no blank line, the
    "田中様" greeting is the top of the run, not part of it."""
    while bottom and not lines[bottom - 1].strip():
        bottom -= 1
    top = bottom
    while (
        top
        and bottom - top <= MAX_LINES
        and _signature_like(lines[top - 1])
        and not is_separator(lines[top - 1])
        and _HONORIFIC.search(lines[top - 1]) is None
    ):
        top -= 1
    return bottom, top


def signed_closing(text: str, names: Callable[[], set[str]]) -> str:
    """The closing lines at the end of what the sender wrote under a valediction, with
    their company line and a number without a label ("Best regards," / Ken Ishida /
    Example Co., Ltd. / +81 3 6453 2262), when the line under the valediction is the
    sender's name (`names`: name keys): a customer's message pasted at the end signs
    the same way with her own. "" if none."""
    end = _sender_part_end(text)
    lines, _, _ = _tail(text, end)
    bottom, top = _run_up(lines, len(lines))
    if top >= bottom or not _VALEDICTION.fullmatch(lines[top].strip()):
        return ""
    block = lines[top:bottom]
    if not (
        any(_company_line_mark(line) for line in block)
        and any(
            _PHONEISH.search(line) is not None and _CONTACT.search(line) is None
            for line in block
        )
        and _plausible(block, need=1)
    ):
        return ""
    # The name signs first under the valediction, or under the company's line; a title
    # or a department comes later (a customer's "Sales Manager" line is no sender named
    # "Ken Ono (Sales Manager)"). A first name alone is no one's in particular.
    if len(block) < 2:
        return ""
    signer = block[2] if len(block) > 2 and _company_line_mark(block[1]) else block[1]
    if not name_keys(signer) & names():
        return ""
    return "\n".join(block)


def _company_line_mark(line: str) -> bool:
    m = _CONTACT.search(line)
    return m is not None and _CONTACT_KINDS[m.group()] == "company"


_VALEDICTION = re.compile(
    r"(?i:(?:best|kind|kindest|warm|warmest|with\s+best)\s+regards|regards|sincerely(?:\s+yours)?"
    r"|yours\s+(?:sincerely|truly|faithfully)|best\s+wishes|best|many\s+thanks|thanks|thank\s+you"
    r"|cheers|respectfully)[,.!]?"
)
_GREETING_LINES = 4  # 株式会社XYZ / 営業部 / 山田 太郎 様 / CC: 佐藤様


def _greeting(lines: list[str], k: int, above: bool) -> bool:
    """lines[k] (naming someone) is part of the addressee lines that open the text: only
    short addressee-like lines above it, with no blank line between, from the top."""
    if above:
        return False
    first = 0
    while first < k and not lines[first].strip():
        first += 1
    return k - first < _GREETING_LINES and all(
        _signature_like(line) and not line.rstrip().endswith((":", "："))
        for line in lines[first:k]
    )


def _after_delimiter(lines: list[str]) -> int | None:
    if "-- " not in lines and "--" not in lines:
        return None
    for k in range(len(lines) - 1, -1, -1):
        if lines[k] in ("-- ", "--"):
            if _rows_below_paragraph(lines, k + 1):
                return None  # a table pasted below: see _delimited_paragraph
            body = [line for line in lines[k + 1 :] if line.strip()]
            return k if _plausible(body, need=0) else None
    return None


def _rows_below_paragraph(lines: list[str], start: int) -> bool:
    """Two TAB-separated rows below the first paragraph of lines[start:] (after a blank
    line): a table put under a signature, not part of it."""
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    while k < len(lines) and lines[k].strip():
        k += 1
    return sum(1 for line in lines[k:] if "\t" in line.strip()) >= 2


def _delimited_paragraph(lines: list[str], full: int) -> tuple[int, int] | None:
    """(the "-- " line, the end of the paragraph after it) when that paragraph is a
    signature and something else was put below it after a blank line (a merge table, a
    list pasted at the very end): the whole rest is no signature, its first paragraph is.
    """
    if "-- " not in lines and "--" not in lines:
        return None
    for k in range(full - 1, -1, -1):
        if lines[k] in ("-- ", "--"):
            start = k + 1
            while start < full and not lines[start].strip():
                start += 1
            stop = start
            while stop < full and lines[stop].strip():
                stop += 1
            if start < stop < full and _plausible(lines[start:stop], need=1):
                return k, stop
            return None
    return None


def _separated_block(lines: list[str], bottom: int, *, above: bool = False) -> int | None:
    """Index of the separator line opening a block among the last MAX_LINES + 2 lines
    with content, which end at lines[bottom] (itself a closing separator, or the
    block's last line). Looked at from the bottom up, so only the block's own lines
    are tested: about a third of the tail for a usual signature."""
    closing = is_separator(lines[bottom])
    body: list[str] = [] if closing else [lines[bottom]]  # the block's lines, bottom up
    opening = None
    seen = 1  # lines with content looked at
    limit = MAX_LINES + 2
    k = bottom - 1
    while k >= 0:
        if seen >= limit:
            # A longer block only when it lists the company's offices (looked at once,
            # off the usual path).
            if limit > MAX_LINES + 2 or _offices(body) < 2:
                break
            limit = _TAIL_LINES
        line = lines[k]
        if line.strip():
            seen += 1
            # is_separator, inlined: most lines fail on their first character
            if line[:1] in _SEP_FIRST and _SEPARATOR.fullmatch(line) is not None:
                opening = k
                break
            body.append(line)
        k -= 1
    if opening is not None and _markdown_rule(lines, opening):
        return None  # a Markdown table's rule under its header: the rows are no signature
    if opening is None:
        # Only a closing separator (the lines above it may still be a signature), or none.
        return _closing_run(lines, bottom, above=above) if closing else None
    body.reverse()
    return opening if _plausible(body, need=1) else None


_MARKDOWN_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?")


def _markdown_rule(lines: list[str], k: int) -> bool:
    """lines[k] is a Markdown table's rule ("|---|---|", "---|:--:"), under a header row
    of cells (the line above holds a bar)."""
    above = k - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return (
        above >= 0
        and "|" in lines[above]
        and _MARKDOWN_RULE.fullmatch(lines[k].strip()) is not None
    )


def _only_table_rows(text: str) -> bool:
    """Every non-empty line holds a TAB: a table (pasted rows, their rendering), no letter."""
    return all("\t" in line for line in text.splitlines() if line.strip())


def split_signature(text: str) -> tuple[str, str]:
    """(text without the signature block, the signature block); either may be "".
    See signature_parts."""
    main, block, _ = signature_parts(text)
    return main, block


def signature_parts(text: str) -> tuple[str, str, str]:
    """(text without the signature block, the signature block, its closing lines).

    The closing lines are what stands below the signature and is the sender's company's
    too: a confidentiality notice, a line naming the company's registered office
    ("株式会社サンプル商事（本店：〒100-0005 …）", "registered office: …") that names the
    signature's company or its postal code. They stay in the text (to be read), and
    their contact details are the sender's own as the signature's are; "" if none.

    The quoted message after the sender's part, if any, stays in the first element.
    A text made of table rows only (every line TAB-separated, as the `header: value`
    rendering of a table pasted into a body, proxy.inspect.tabular.pasted_tables) has
    no signature block: a customer list's TEL and Mail columns are not the sender's.
    """
    if "\t" in text and _only_table_rows(text):
        return text, "", ""
    end = _sender_part_end(text)
    found = None
    # What may end the sender's text above `end` without being theirs: a meeting block
    # an add-in appended (its link, ID and access numbers; conference.dial_in_lines reads
    # its numbers), Gmail's dated attribution line over the quote. Above it, only a
    # signature after "-- " or framed by separator lines: whatever else closes the text
    # there may be a customer's or a candidate's details.
    for cut in (_invitation_start(text, end), _dated_attribution_above(text, end)):
        if cut is not None and (found := _block(text, 0, cut, closing=False)) is not None:
            break
    if found is None:
        found = _block(text, 0, end, closing=True)
    if found is None and end < len(text):
        found = _below_quote(text)
    if found is None:
        return text, "", ""
    start, stop, closing_stop = found
    return text[:start] + text[stop:], text[start:stop], text[stop:closing_stop]


def _invitation_start(text: str, end: int) -> int | None:
    """Start of a meeting invitation's block in text[:end] with text above it: the
    separator line above its heading (the add-in's), or the heading line."""
    heading = invitation_heading(text, end)
    if not heading:
        return None
    above = text.rfind("\n", 0, heading - 1) + 1  # the line above the heading
    line = text[above : heading - 1].rstrip("\r")
    return above if above and is_separator(line) else heading


def _block(text: str, start: int, end: int, *, closing: bool) -> tuple[int, int, int] | None:
    """(start, stop, end of its closing lines) in `text` of the signature block ending
    text[start:end], if any; `closing`: also a closing block without a delimiter or
    separator line. The closing lines (signature_parts) run from stop to the third."""
    lines, base, lengths = _tail(text[start:], end - start)
    base += start
    full = len(lines)
    while full and not lines[full - 1].strip():
        full -= 1
    if not full:
        return None
    above = base > 0  # text above the tail
    last = _without_disclaimer(lines, _without_sent_from(lines, full))
    cut, company = _without_closing_lines(lines, last)
    first = None
    if cut < last:
        # Company lines (and a notice) below: the block above them, if they are its company's.
        first = _first_line(lines, cut, above, closing)
        if first is not None and not all(
            _same_company(lines[first:cut], lines[k]) for k in company
        ):
            first = None
    if first is None:
        cut = last
        first = _first_line(lines, last, above, closing) if last else None
    if first is None:
        paragraph = _delimited_paragraph(lines, full)
        if paragraph is None:
            return None
        first, cut = paragraph
        full = cut
    trailer = [line for line in lines[cut:full] if line.strip()]
    if trailer and any(_SOMEONE_ELSE.search(line) is not None for line in trailer):
        full = cut  # somebody else's details below: not the company's closing lines
    return (
        _offset(base, lengths, first),
        _offset(base, lengths, cut - 1) + len(lines[cut - 1]),
        _offset(base, lengths, full - 1) + len(lines[full - 1]),
    )


def _first_line(lines: list[str], last: int, above: bool, closing: bool) -> int | None:
    """Index of the first line of the signature block ending at lines[last - 1]."""
    first = _after_delimiter(lines[:last] if last < len(lines) else lines)
    if first is None:
        first = _separated_block(lines, last - 1, above=above)
    if first is None and closing:
        first = _closing_run(lines, last, above=above)
    return first


# A line naming the company's registered office or head office, which many companies
# put under the signature: the company's details, when it names the signature's company.
_REGISTERED = re.compile(r"本店|本社|登記|(?i:registered\s+(?:office|address)|head\s+office)")
# ... and not where something goes: 配送先：〒… is a customer's address.
_DESTINATION = re.compile(r"先\s*[:：】]|(?i:deliver|ship\s*to|send\s+to)")
_CLOSING_LINES = 3
_COMPANY_NAME = re.compile(
    r"(?:株式会社|有限会社|合同会社|㈱|\(株\)|（株）)\s*[^\s\u3000（(【】、,，：:/｜|]{2,20}"
    r"|[^\s\u3000（(【】、,，：:/｜|]{2,20}\s*(?:株式会社|有限会社|合同会社|㈱|\(株\)|（株）)"
    r"|[A-Z][\w&.\- ]{1,40}?(?:Co\.,? ?Ltd\.?|Inc\.|Corporation|Corp\.|LLC|GmbH)"
)
_POSTAL = re.compile(r"\d{3}[-‐－ー−]\d{4}")
_POSTAL_CODE = re.compile(r"(?<![\d\-‐－ー−])\d{3}[-‐－ー−]\d{4}(?![\d\-‐－ー−])")


def _company_line(line: str) -> bool:
    return (
        _REGISTERED.search(line) is not None
        and len(line) <= 2 * _MAX_LINE_CHARS
        and _DESTINATION.search(line) is None
        and _SOMEONE_ELSE.search(line) is None
    )


def _without_closing_lines(lines: list[str], last: int) -> tuple[int, list[int]]:
    """`last` moved up above the company lines closing the text (and a notice above
    them), and the indices of those company lines; `last` and [] if none."""
    company: list[int] = []
    k = last
    while k and len(company) < _CLOSING_LINES and _company_line(lines[k - 1]):
        company.append(k - 1)
        k = _above_blanks(lines, k - 1)
    if not company or not k:
        return last, []
    return _without_disclaimer(lines, k), company


def _same_company(signature: list[str], line: str) -> bool:
    """A company line names the signature's company, or holds its postal code."""
    block = "\n".join(signature)
    for m in _COMPANY_NAME.finditer(block):
        if m.group().strip() in line:
            return True
    return any(m.group() in line for m in _POSTAL.finditer(block))


# The confidentiality notice many companies put under every signature ("本メールは宛先の
#方のみを対象…誤って受信された場合は…削除…", "intended only for the addressee"): the
# signature is what comes above it.
_DISCLAIMER = re.compile(
    r"本メール|このメール|本電子メール|誤って|誤送信|削除|機密|秘密|宛先|守秘|第三者|心当たり"
    r"|(?i:intended|addressee|recipient|confidential|privileged|disclaimer|delete|notify"
    r"|this\s+e-?mail|this\s+message"
    r"|received (?:it|this)|in error)"
)
_DISCLAIMER_LINES = 8
_THIS_MAIL = re.compile(r"本メール|このメール|本電子メール|当メール|(?i:e-?mail|this message)")
# What makes it a notice and not the sender's own instruction ("※本メールは個人情報を
# 含むため、対応後は削除してください" under a customer's details): it speaks of a mail
# that reached the wrong person.
_MISDELIVERY = re.compile(
    r"誤って|誤送信|誤配信|心当たり|宛先|宛名|受信者"
    r"|(?i:intended|in error|addressee|recipient|received (?:it|this)|disclaimer)"
)
_WRAPPED_LINE = re.compile(r"[、,，]\s*$")
_CONTACT_DATA = re.compile(r"\d{2,4}[-‐－ー−)）]\d{2,4}[-‐－ー−]\d{3,4}|〒|\d{3}[-‐－ー−]\d{4}|@|＠")


def _is_notice(lines: list[str]) -> bool:
    notice = "\n".join(lines)
    return _THIS_MAIL.search(notice) is not None and _MISDELIVERY.search(notice) is not None


# The line a phone's or an app's mail client adds under what was typed ("iPhoneから送信",
# "Sent from my Galaxy", "Get Outlook for iOS"): below the signature, no part of it.
_SENT_FROM = re.compile(
    r"(?:[\w !.\-]{2,30}からの?送信|(?i:sent\s+from\s+\S.{0,40}?|get\s+outlook\s+for\s+\w+))"
    r"(?:\s*<https?://[^\s>]{1,200}>)?"  # Outlook mobile's plain text: its link after it
)


def _without_sent_from(lines: list[str], last: int) -> int:
    """`last` (the end of the text's lines), moved up above a mail client's "sent from"
    line and the blank lines over it."""
    if last and _SENT_FROM.fullmatch(lines[last - 1].strip()) is not None:
        return _above_blanks(lines, last - 1)
    return last


def _without_disclaimer(lines: list[str], last: int) -> int:
    """`last` (the end of the text's lines), moved up above a closing disclaimer: the
    lines that speak of a misdelivered mail, the lines wrapped into them, and the
    separator lines framing them."""
    if last and is_separator(lines[last - 1]):
        # A notice framed by separator lines ("━━━ / 本メールは… / ━━━").
        k = last - 1
        while k and last - 1 - k < _DISCLAIMER_LINES and not is_separator(lines[k - 1]):
            k -= 1
        if k and is_separator(lines[k - 1]) and k < last - 1 and _is_notice(lines[k : last - 1]):
            return _above_blanks(lines, k - 1)
        return last
    k = last
    content = 0
    below = ""
    while k and content < _DISCLAIMER_LINES:
        j = k
        if j < last and not lines[j - 1].strip():
            # One blank line between the notice's lines: plain text that Outlook
            # double-spaced (each paragraph of the HTML a line and a blank line).
            j -= 1
            if not j or not lines[j - 1].strip():
                break
        line = lines[j - 1]
        if _CONTACT_DATA.search(line) is not None and _REGISTERED.search(line) is None:
            break  # a notice holds no phone or 〒 but its company's: that is somebody's data
        if (
            _DISCLAIMER.search(line) is None
            and _WRAPPED_LINE.search(line) is None  # a sentence wrapped into the next line
            and not below[:1].islower()  # ... or continued from this one ("and delete …")
            and not line.lstrip()[:1].islower()  # ... or itself the end of one above
        ):
            break
        below = line
        k = j - 1
        content += 1
    if k == last or not _is_notice(lines[k:last]):
        return last
    return _above_blanks(lines, k)


def _above_blanks(lines: list[str], k: int) -> int:
    while k and not lines[k - 1].strip():
        k -= 1
    return k


def _below_quote(text: str) -> tuple[int, int] | None:
    """A signature the sender put below the '>'-quoted mail they answer (some clients
    do, and people who reply at the bottom): only a block after "-- " or between
    separator lines, in what follows the last quoted line, when that holds no other
    quoted message. Text after a forwarded message that is not '>'-quoted belongs to
    that message, its author's signature included: not looked at."""
    quote = max(text.rfind("\n>"), text.rfind("\n＞"))
    if quote < 0:
        return None
    after = text.find("\n", quote + 1)
    if after < 0:
        return None
    after += 1
    if _sender_part_end(text[after:]) != len(text) - after:
        return None  # another quoted or forwarded message below
    return _block(text, after, len(text), closing=False)


def clear_caches() -> None:
    _VERDICTS.clear()


# The sender's earlier mail quoted in a reply (-----Original Message----- / From: the
# sender / Sent: …) carries the sender's own signature, often the full one where today's
# reply has a short one: its values are the sender's own. Only the From line of a
# header block counts, and only when it names the sender (their address, or a name
# the message gives the sender's address); a quoted customer's signature still counts.
# The fields of a quoted or forwarded mail's header block: its sender's, then the others.
_SENDER_FIELDS = "From|差出人|送信者"
_OTHER_FIELDS = "送信日時|日時|日付|件名|宛先|CC|Cc|BCC|Bcc|Sent|Date|Subject|To|Importance|重要度"
_QUOTED_FROM = re.compile(rf"^[ \t]*\*?(?:{_SENDER_FIELDS})[ \t]*[:：]\*?[ \t]*([^\r\n]*)", re.M)
# The header block of a forwarded or quoted mail: its From line, then the lines of the
# other fields, each maybe "> "-quoted. Gmail's plain text gives Outlook's bold field
# names as "*From:*", "*Sent:*". (_BLOCK_FROM, _ADDRESS_COLON and _WROTE_ALONE say what
# _field_lines, _address_colons and _wrote_alone find; the tests compare them.)
_BLOCK_FROM = re.compile(rf"^[ \t>＞]*\*?(?:{_SENDER_FIELDS})[ \t]*[:：]", re.M)
_BLOCK_LINE = re.compile(
    rf"[ \t>＞]*\*?(?:{_SENDER_FIELDS}|{_OTHER_FIELDS}|Reply-To)[ \t]*[:：]"
)


# Gmail's Japanese attribution line has no word to find it by, only its date and the
# address before the colon: "2025年3月12日(水) 9:41 山口 さくら <s@example.jp>:".
_ADDRESS_COLON = re.compile(r"[>＞][ \t]*[:：][ \t\r]*$", re.M)
_WROTE_ALONE = re.compile(r"^[ \t>＞]*wrote[:：][ \t\r]*$", re.M)
_ON_LINE = re.compile(r"[ \t>＞]*On\b[^\n]*[@＠]")
_DATED_ATTRIBUTION = re.compile(r"[ \t>＞]*[0-9０-９]{4}[年/／.\-][^\n]{0,120}$")


# The three searches below find what a regex anchored at line ends (re.M) finds, from
# str.find's hits: such a regex starts a match attempt at every character (a third of
# without_header_addresses' cost on a reply thread went to them).
_QUOTE_PREFIX_CHARS = " \t>＞"
_LINE_END_NEXT = frozenset(("", "\n", "\r", " ", "\t"))
_COLON_AFTER = frozenset((">", "＞", " ", "\t"))


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _wrote_alone(text: str) -> list[int]:
    """Starts of the lines that are "wrote:" alone, maybe quoted (_WROTE_ALONE)."""
    found = []
    pos = text.find("wrote")
    while pos >= 0:
        start, end = _line_bounds(text, pos)
        if (
            not text[start:pos].strip(_QUOTE_PREFIX_CHARS)
            and text[pos + 5 : pos + 6] in (":", "：")
            and not text[pos + 6 : end].strip(" \t\r")
        ):
            found.append(start)
        pos = text.find("wrote", end)  # another on this line has words before it
    return found


def _address_colons(text: str) -> list[int]:
    """Ends of the lines that end in ">:" (_ADDRESS_COLON: spaces around the colon)."""
    found = []
    for colon in (":", "："):
        end = last = -1  # the current line's end and its last character but blanks
        pos = text.find(colon)
        while pos >= 0:
            if (
                text[pos - 1 : pos] in _COLON_AFTER  # not "From:", "10:00"
                and text[pos + 1 : pos + 2] in _LINE_END_NEXT
            ):
                if pos > end:
                    end = text.find("\n", pos)
                    end = len(text) if end < 0 else end
                    last = end - 1
                    while last > pos and text[last] in " \t\r":
                        last -= 1
                if pos == last:
                    q = pos - 1
                    while q >= 0 and text[q] in " \t":
                        q -= 1
                    if q >= 0 and text[q] in ">＞":
                        found.append(end)
            pos = text.find(colon, pos + 1)
    return found


def _field_lines(
    text: str, fields: tuple[str, ...], prefix: str = _QUOTE_PREFIX_CHARS, pos: int = 0
) -> list[int]:
    """Starts (from `pos` on) of the lines that begin with one of `fields` and its colon,
    after `prefix` characters and one "*": where _BLOCK_FROM, _QUOTED_FROM and
    _ADDRESS_LINE match, in order."""
    found = set()
    for field in fields:
        at = text.find(field, pos)
        while at >= 0:
            start, end = _line_bounds(text, at)
            q = at + len(field)
            while q < end and text[q] in " \t":
                q += 1
            if (
                start >= pos
                and text[q : q + 1] in (":", "：")
                and not text[start:at].removesuffix("*").strip(prefix)
            ):
                found.add(start)
            at = text.find(field, end)  # another on this line has words before it
    return sorted(found)


_SENDER_WORDS = ("From", "差出人", "送信者")
_ADDRESS_WORDS = ("From", "To", "Cc", "CC", "差出人", "送信者", "宛先")


def without_header_addresses(text: str) -> str:
    """`text` with the '@' of every address in the header blocks of the mails it quotes or
    forwards ("-----Original Message-----" / "From: … Sent: … To: …") and in a reply's
    attribution line ("… <s@example.jp> wrote:") written as a space: those are the mails'
    senders and recipients, header fields as the message's own are, and no findings (an
    address written in a quoted mail's text still is). The same length, so every other
    detector reads the same text."""
    if "@" not in text:
        return text
    # Attribution lines ("On …, Sakura <s@example.jp> wrote:", "…のメール:") first.
    spans = [
        m.span()
        for m in _attributions(text)
        if ("@" in m.group() or "＠" in m.group()) and m.group().rstrip(" \t\r").endswith((":", "："))
    ]
    for line in _wrote_alone(text):  # Gmail wraps: "On … <s@example.jp>⏎wrote:"
        start = text.rfind("\n", 0, max(0, line - 1)) + 1
        if _ON_LINE.match(text, start, line) is not None:
            spans.append((start, line))
    for end in _address_colons(text):
        start = text.rfind("\n", 0, end) + 1
        if _DATED_ATTRIBUTION.match(text, start, end) is not None:
            spans.append((start, end))
    block_end = -1
    for start in _field_lines(text, _SENDER_WORDS):
        if start < block_end:
            continue  # a From line inside the block read from the one above: within it
        line_end = text.find("\n", start)
        if line_end < 0 or _HEADER_FOLLOWS.search(text, line_end, line_end + 400) is None:
            continue
        end = line_end
        while True:  # the following header lines
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : nxt if nxt >= 0 else len(text)]
            if _BLOCK_LINE.match(line) is None:
                break
            end = nxt if nxt >= 0 else len(text)
            if nxt < 0:
                break
        block_end = end
        if "@" in text[start:end]:
            spans.append((start, end))
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        parts += [text[pos:start], text[start:end].replace("@", " ").replace("＠", " ")]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
_HEADER_LINE = re.compile(
    rf"[ \t]*\*?(?:{_OTHER_FIELDS})[ \t]*[:：][^\n]*\n|[ \t\r\u3000\xa0]*\n"
)
_ADDRESS_LINE = re.compile(
    r"^[ \t>＞]*\*?(?:From|To|Cc|CC|差出人|送信者|宛先)[ \t]*[:：]\*?[ \t]*([^\r\n]*)", re.M
)
_ADDR_SPEC = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def name_keys(name: str) -> frozenset[str]:
    """How a person's name compares: its words in either order, without spaces, case
    or width ("Yamada Taro", "Taro Yamada", "山田 太郎" and "山田太郎" each one key)."""
    words = [w for w in re.split(r"[\s,、]+", nfkc(name).casefold().strip(" \"'")) if w]
    if len("".join(words)) < 2:
        return frozenset()
    return frozenset({"".join(words), "".join(reversed(words))})


_ANGLE_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")


def _mailboxes(value: str) -> list[tuple[str, str]]:
    """(name, address) of each "name <address>" in a header line's value, found from
    its "<address>", the name back to the previous , ; or > (a pattern with a lazy name
    before the "<" was tried at every character: quadratic on a long line)."""
    found = []
    for m in _ANGLE_ADDRESS.finditer(value):
        start = max(value.rfind(c, 0, m.start()) for c in ",;>") + 1
        found.append((value[start : m.start()].strip().strip("\"'").strip(), m.group(1)))
    return found


def sender_names(text: str, addresses: set[str]) -> set[str]:
    """Name keys the quoted header lines in `text` give the sender's addresses
    ("To: Yamada Taro <t.yamada@example.co.jp>")."""
    keys: set[str] = set()
    for start in _field_lines(text, _ADDRESS_WORDS):
        line = _ADDRESS_LINE.match(text, start)
        if line is None:
            continue
        for name, address in _mailboxes(line.group(1)):
            if address.strip().lower() in addresses:
                keys |= name_keys(name)
    return keys


def quoted_own_signatures(
    text: str, addresses: set[str], names: Callable[[], set[str]]
) -> list[str]:
    """The signature blocks (with their closing lines) of the messages quoted in `text`
    under a header block whose From line is the sender: one of `addresses` (lower
    case), or with no address, a name whose key is in `names()` (name_keys; asked for
    only then: finding them costs a pass over the text)."""
    end = _sender_part_end(text)
    if end >= len(text):
        return []
    found: list[str] = []
    starts = _field_lines(text, _SENDER_WORDS, " \t", end)
    # Where each quoted mail ends: the next place a quoted mail starts, all found once
    # (looking from each header block to the end of the text was quadratic).
    quotes = _quote_starts(text, end) if starts else []
    for start in starts:
        m = _QUOTED_FROM.match(text, start)
        if m is None:
            continue
        if not _from_sender(m.group(1), addresses, names):
            continue
        if _HEADER_FOLLOWS.search(text, m.end(), m.end() + 400) is None:
            continue
        body = m.end() + 1
        header = _HEADER_LINE.match(text, body)
        while header is not None and header.end() > body:
            body = header.end()
            header = _HEADER_LINE.match(text, body)
        if not _ADDR_SPEC.search(m.group(1)) and any(
            a.lower() in addresses for a in _ADDR_SPEC.findall(text[m.end() : body])
        ):
            continue  # From a namesake, To the sender: a customer with the same name
        if body >= len(text):
            continue
        k = bisect.bisect_left(quotes, body)
        stop = quotes[k] if k < len(quotes) else len(text)
        if body < stop < len(text):
            stop = _over_the_quote(text, stop, body)
        block = _block(text, body, stop, closing=True)
        if block is not None:
            found.append(text[block[0] : block[2]])
    return found


def _quote_starts(text: str, lo: int = 0) -> list[int]:
    """Every place in `text` (from `lo` on) where a quoted mail starts, as
    _sender_part_end finds the first (its markers, each checked by _quote_start), in
    order."""
    found = {0} if lo == 0 and text.startswith((">", "＞")) else set()
    for marker in _QUOTE_MARKERS:
        if marker[0] == "\n":
            pos = text.find(marker[1], max(lo, 1))
            while pos >= 0:
                if text[pos - 1] == "\n":
                    found.add(pos)
                pos = text.find(marker[1], pos + 1)
            continue
        last_on_line = marker in ("wrote:", "書きました")  # nothing may follow it
        pos = text.find(marker, lo)
        while pos >= 0:
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if last_on_line:
                pos = text.rfind(marker, pos, line_end)
            # Only one occurrence a line can start a quote: the first (nothing but a
            # rule or a "*" before it) or, for "wrote:", the last.
            start = _quote_start(text, pos, marker)
            if start is not None:
                found.add(start)
            pos = text.find(marker, line_end)
    return sorted(found)


def own_signature_at_end(text: str, addresses: set[str], names: Callable[[], set[str]]) -> str:
    """The signature block the sender put at the very end, below a forwarded or quoted
    mail that is not '>'-quoted: only one after "-- " or between separator lines, and only
    when it names the sender (a line of it is their name, or it holds their address):
    the forwarded mail's author signs there too, and theirs counts. "" if none."""
    end = _sender_part_end(text)
    if end >= len(text):
        return ""
    found = _block(text, end, len(text), closing=False)
    if found is None:
        return ""
    block = text[found[0] : found[1]]
    lower = block.lower()
    if any(a in lower for a in addresses):
        return block
    keys = names()
    if keys and any(name_keys(line) & keys for line in block.splitlines()):
        return block
    return ""


def _from_sender(value: str, addresses: set[str], names: Callable[[], set[str]]) -> bool:
    specs = [a.lower() for a in _ADDR_SPEC.findall(value)]
    if specs:
        return any(a in addresses for a in specs)
    keys = name_keys(value)
    return bool(keys) and bool(names() & keys)


# "> "-quoted mails: the attribution line above each ("On …, 山田 太郎 <t.yamada@…>
# wrote:", "2024/05/09 18:30、山田 太郎 <…>のメール:") names its author.
_ATTRIBUTION = re.compile(
    r"^((?:[>＞] ?)*)([^\n]*?(?:wrote|のメール|書きました)[ \t]*[:：]?)[ \t\r]*$", re.M
)
_QUOTE_PREFIX = re.compile(r"(?:[>＞] ?)*")


def quoted_own_replies(
    text: str, addresses: set[str], names: Callable[[], set[str]]
) -> list[str]:
    """The signature blocks of the "> "-quoted mails in `text` whose attribution line
    names the sender (by address, or with none, by a name in `names()`)."""
    if "\n>" not in text and "\n＞" not in text:
        return []
    found: list[str] = []
    for m in _attributions(text):
        line = m.group(2)
        specs = [a.lower() for a in _ADDR_SPEC.findall(line)]
        if specs:
            if not any(a in addresses for a in specs):
                continue
        elif not (name_keys(_attributed_name(line)) & names()):
            continue
        # The quoted mail is one level below its attribution line, or (Apple Mail puts
        # the line inside the quote) on the same level.
        depth = _level(m.group(1))
        rest = text[m.end() + 1 :].split("\n", 4 * _TAIL_LINES)[: 4 * _TAIL_LINES]
        # (The first line with words: a bare ">" line is the quote's blank line.)
        first = next((line for line in rest if _QUOTE_PREFIX.sub("", line, 1).strip()), "")
        if _level(first) > depth:
            depth += 1
        body: list[str] = []
        for quoted in rest:
            prefix = _QUOTE_PREFIX.match(quoted)
            if prefix and prefix.end() and not quoted[prefix.end() :].strip():
                body.append("")  # a blank quoted line, at whatever depth: no end
                continue
            level = _level(prefix.group()) if prefix else 0
            if level < depth or _ATTRIBUTION.fullmatch(quoted) is not None:
                break
            if level == depth:
                body.append(quoted[prefix.end() if prefix else 0 :])
        message = "\n".join(body)
        message = message[: _sender_part_end(message)]  # not a mail it quotes or forwards
        block = _block(message, 0, len(message), closing=True)
        if block is not None:
            found.append(message[block[0] : block[2]])
    return found


# Literals only, so the search skips to them at C speed; _ATTRIBUTION then reads the one
# line around each (tried at every line start, it cost a tenth of find_all on replies).
# What _attributions looks for (by str.find; the tests compare it with this pattern).
_ATTRIBUTION_WORD = re.compile(r"wrote|のメール|書きました")
_ATTRIBUTION_WORDS = ("wrote", "のメール", "書きました")


def _attributions(text: str) -> Iterator[re.Match[str]]:
    # The lines holding one of the words, found with str.find: the alternation's search
    # tests every character (a sixth of a reply thread's signature work).
    words = sorted(
        at
        for word in _ATTRIBUTION_WORDS
        for at in _occurrences(text, word)
    )
    pos = 0
    for at in words:
        if at < pos:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        m = _ATTRIBUTION.match(text, start, end)
        if m is not None:
            yield m
        pos = end + 1


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, one a line (the first on each)."""
    at = text.find(word)
    while at >= 0:
        yield at
        end = text.find("\n", at)
        if end < 0:
            return
        at = text.find(word, end)


_ATTRIBUTION_TAIL = re.compile(
    r"(?:さん|様|氏)?(?:は|が)?[ \t\u3000]*(?:wrote|のメール|書きました)[ \t\u3000]*[:：]?[ \t\r]*$"
)


def _attributed_name(line: str) -> str:
    """The author's name in an attribution line without an address ("On 2024/05/09
    18:30, 山田 太郎 wrote:", "2024/05/09 18:30、山田 太郎 さんは書きました:"): what stands
    between the last comma and the closing words; compared whole (name_keys), so 小山田
    太郎 is not 山田 太郎."""
    head = _ATTRIBUTION_TAIL.sub("", line)
    return re.split(r"[,、，]", head)[-1].strip(" \t\u3000\"'")


def _level(prefix: str) -> int:
    quotes = _QUOTE_PREFIX.match(prefix)
    return 0 if quotes is None else quotes.group().count(">") + quotes.group().count("＞")


def _compact(line: str) -> str:
    return re.sub(r"\s+", "", nfkc(line).casefold())
