"""Review 31: slowdowns a crafted body causes, and leaks and false positives in the newest
readings (addresses without a prefecture, numbers dialled with 00/010, digits in boxes,
Excel grid rows, ticked era boxes).

Slowdowns (each quadratic; an ordinary 200 KB body is judged in about 0.01 s here):
texttables._has_rule searches a line of dashes with a pattern that rescans it from each
dash (200 KB as 40 lines of "=" x 5000: 7 s); TableRenderer._fills_merged walks every
cell a merged phone header spans for each row (a 2,000-column header over 45,000 rows:
6 s); without_header_addresses walks the header lines below each From line to the end
of a run of them (4,400 From/To pairs: 12 s); _quote_start copies the line around each
"差出人" / "From:" on one long line (190 KB: 6 s).

Leaks and false positives: a French number written in pairs and dialled with 010 or 00
has seven groups, one more than a window takes, and is missed (or read as a German one
after a TEL label); a municipal office's phone number ("世田谷区役所 03-5432-1111") and a
room or class at a municipal facility ("八王子市役所 8-2会議室") are read as addresses;
two boxed fields on one line or one sheet row (TEL and FAX side by side) are both
missed, and so is a boxed number with a note after it; a date of birth one digit a box
is never read; era boxes written as brackets ("（○）平成", "[x]平成") are not read as
ticked. Each fails at 9cb687c.
"""

from __future__ import annotations

import io
import time
from email.message import EmailMessage

import openpyxl
import pytest

from proxy.detectors import clear_caches, find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "sato@example.co.jp"
HELLO = "佐藤様\n\nお世話になっております。\n"
BYE = "\n\nよろしくお願いいたします。\n\n鈴木\n"


def found(text: str, sender: str = SENDER) -> dict[str, list[str]]:
    result = find_all([Segment(text, "body")], sender_addresses=[sender])
    return {t: sorted(f.values) for t, f in result.items()}


def _message(text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"佐藤 一郎 <{SENDER}>"
    msg["To"] = "info@customer.example"
    msg["Subject"] = "申込書"
    msg.set_content(text)
    return msg


def found_in_mail(text: str) -> dict[str, list[str]]:
    """The findings of a plain-text mail with `text` as its body (the whole path: extract,
    with its renderings)."""
    result = extract(bytes(_message(text)))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


def found_in_xlsx(rows: list[list[object]]) -> dict[str, list[str]]:
    """The findings of a mail with `rows` attached as a sheet (the whole path: extract)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    msg = _message(HELLO + "申込書を添付いたします。" + BYE)
    msg.add_attachment(
        buf.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="申込書.xlsx",
    )
    result = extract(bytes(msg))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


def judged_in(text: str) -> float:
    """Seconds to read a plain-text mail with body `text` and find what it holds, as
    `mailguard check` does (extract, then find_all), from cold caches."""
    data = bytes(_message(text))
    find_all([Segment("八王子市旭町9-12\n", "body")])  # tables loaded
    clear_caches()
    t = time.perf_counter()
    result = extract(data)
    find_all(result.segments, sender_addresses=[result.from_address])
    return time.perf_counter() - t


# --- slowdowns ----------------------------------------------------------------------------
# (Bounds: 1.5 s for about 200 KB, where an ordinary 200 KB body takes 0.01 s; each case
# takes 6-12 s at 9cb687c.)


def test_long_lines_of_dashes_are_read_fast() -> None:
    """texttables._has_rule searches each line with two dashes in a row for a fixed-width
    rule with _RULE_HINT ("[-=─━]{2,}[ \\t\\u3000]+[-=─━]{2,}"): on a line of dashes and
    no space, each dash starts a match that runs to the line's end and backs off over
    it, quadratic in the line. 200 KB as 40 lines of 5,000 "=" take 7 s."""
    text = HELLO + ("=" * 5000 + "\n") * 40
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_rows_under_a_wide_merged_phone_header_are_read_fast() -> None:
    """TableRenderer._fills_merged builds, for every row of a pasted table, the list of
    the header's merged cells (a phone label over empty cells, tabular._merged) that the
    row fills, by walking all of them: rows x merged columns. A header of 2,000 merged
    "電話番号" cells (6,000 columns, 40 KB) over 45,000 short rows takes 6 s."""
    text = HELLO + "\t".join(["電話番号", "", ""] * 2000) + "\n" + "1\t2\n" * 45000
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_a_long_run_of_quoted_header_lines_is_read_fast() -> None:
    """signature.without_header_addresses, from each From line followed by a header
    field, walks the header lines below it (_BLOCK_LINE) to the end of the block: in a
    list of From/To pairs (a forwarded delivery log) every From line walks all the
    lines below it, quadratic in the list. 4,400 pairs (220 KB) take 12 s."""
    text = HELLO + "".join(
        f"From: user{i}@example.com\nTo: info@example.co.jp\n" for i in range(4400)
    )
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_many_quote_markers_on_one_long_line_are_read_fast() -> None:
    """signature._sender_part_end asks _quote_start about each "差出人" (and "From:"),
    which copies the text of its line before and after it (text[line_start:pos].strip(),
    text[pos + len(marker):line_end].lstrip()): on one long line, each occurrence costs
    the line's length. 190 KB of "差出人 " on one line take 6 s."""
    text = HELLO + "差出人 " * 47500
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


# --- numbers dialled with 010 / 00 (phone.match_dialled) ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "パリ事務所 010 33 1 42 68 53 00",
        "Bureau de Paris : 00 33 1 42 68 53 00",
        "TEL 010 33 1 42 68 53 00",
    ],
    ids=["010", "00", "tel_label"],
)
def test_a_french_number_written_in_pairs_and_dialled_is_read(line: str) -> None:
    """France writes its numbers in pairs ("01 42 68 53 00"); dialled from Japan that is
    "010 33 1 42 68 53 00": seven groups. numbers._plan offers windows of at most
    MAX_GROUPS (6) groups, so match_dialled never sees the whole number and it leaks (its
    dashed form "010-33-1-42-68-53-00" is read). After a TEL label the last six groups
    are read as a German national number instead: +4933142685300."""
    assert found(HELLO + line + BYE).get("intl_phone") == ["+33142685300"]


# --- addresses without a prefecture (address.city_match_span) ------------------------------


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("お問い合わせ：世田谷区役所 03-5432-1111", "+81354321111"),
        ("八王子市役所 042-626-3111（代表）", "+81426263111"),
        ("問合せ先：練馬区保健所 03-5984-4671", "+81359844671"),
        ("松本市教育委員会 0263-34-3000", "+81263343000"),
    ],
    ids=["ward_office", "city_office", "health_centre", "board_of_education"],
)
def test_a_municipal_offices_phone_number_is_no_address(line: str, phone: str) -> None:
    """A city's or ward's office named with its phone number, as mail points people to
    it: _REST takes the office's name (役所, 保健所, 教育委員会) for the town and the
    phone number for the block number, and "世田谷区役所03-5432-1111" is reported as an
    address. A block number starts with no 0, and a phone number is no block number."""
    got = found(HELLO + line + BYE)
    assert got.get("jp_phone") == [phone]
    assert "jp_address" not in got


@pytest.mark.parametrize(
    "line",
    [
        "会場：八王子市役所 8-2会議室",
        "場所：江東区文化センター 3-2研修室",
        "会場：品川区立総合区民会館 2-1集会室",
        "杉並区立高円寺中学校 1-3組 担任 山田",
        "5月の保護者会は八王子市立第三小学校 5-2 教室で行います。",
    ],
    ids=["city_hall_room", "centre_room", "hall_room", "school_class", "school_room"],
)
def test_a_room_or_class_at_a_municipal_facility_is_no_address(line: str) -> None:
    """A meeting's place in a city's or ward's own building ("八王子市役所 8-2会議室") or a
    school class ("杉並区立高円寺中学校 1-3組"): the facility's name is taken for the town
    and the room's or class's number for the block number ("八王子市役所8-2"). None of
    会議室 / 研修室 / 集会室 / 教室 / 組 is among the counters that end a block number."""
    assert "jp_address" not in found(HELLO + line + BYE)


# --- digits in boxes (inspect.formboxes) -------------------------------------------------


def test_two_boxed_fields_on_one_line_are_both_read() -> None:
    """A form copied out of a PDF puts TEL and FAX side by side, each in its boxes. The
    line's boxes are read only when every box from the first bar to the line's end holds
    a digit or a dash (_boxes), so the FAX label in the middle loses both numbers."""
    text = (
        HELLO
        + "ご記入いただいた申込書の内容です。\n"
        + "電話番号│0│3│-│5│2│4│1│-│0│2│3│1│　FAX│0│3│-│5│2│4│1│-│0│2│3│2│"
        + BYE
    )
    assert found_in_mail(text).get("jp_phone") == ["+81352410231", "+81352410232"]


def _cells(row: str) -> list[object]:
    """A sheet's row from its cells parted by spaces: a digit as a number, "_" empty."""
    return [int(c) if c.isdigit() else "" if c == "_" else c for c in row.split()]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            _cells("電話番号 0 3 - 5 2 4 1 - 0 2 3 1 _ FAX番号 0 3 - 5 2 4 1 - 0 2 3 2"),
            {"jp_phone": ["+81352410231", "+81352410232"]},
        ),
        (
            _cells("郵便番号 1 6 6 - 0 0 0 4 _ 電話番号 0 3 - 5 2 4 1 - 0 2 3 1"),
            {"jp_postal_code": ["1660004"], "jp_phone": ["+81352410231"]},
        ),
    ],
    ids=["tel_and_fax", "postal_code_and_tel"],
)
def test_two_fields_on_one_row_of_an_excel_grid_form_are_both_read(
    row: list[object], expected: dict[str, list[str]]
) -> None:
    """An Excel grid form (Excel 方眼紙) puts two short fields on one row: 電話番号 and
    FAX番号, 郵便番号 and 電話番号. _grid_row gives up at the first cell that is neither a
    digit nor a dash ("a word or a figure among them: a table's row"), so the second
    field's label loses both numbers."""
    got = found_in_xlsx([["申込書"], row])
    for type_, values in expected.items():
        assert got.get(type_) == values


@pytest.mark.parametrize(
    "where",
    ["text", "xlsx"],
)
def test_a_boxed_number_with_a_note_after_it_is_read(where: str) -> None:
    """A note after a form's boxes ("（本人）", "（日中の連絡先）"): _boxes wants the boxes
    to be the whole rest of the line, and _grid_row refuses a row with a word after the
    digits, so the My Number leaks."""
    if where == "text":
        got = found_in_mail(HELLO + "個人番号│3│8│2│0│1│9│4│7│5│5│1│4│（本人）" + BYE)
    else:
        got = found_in_xlsx(
            [["申込書"], ["個人番号", *(int(d) for d in "382019475514"), "", "（本人）"]]
        )
    assert got.get("my_number") == ["382019475514"]


@pytest.mark.parametrize(
    "where",
    ["text", "xlsx"],
)
def test_a_date_of_birth_one_digit_a_box_is_read(where: str) -> None:
    """Forms box a date of birth as they box numbers, one digit a box, with 年 / 月 / 日
    printed between ("生年月日│1│9│8│0│年│0│4│月│1│2│日│", a grid form's cells alike).
    formboxes renders only numbers (a word in a box ends the row), and birth_date reads
    a date only when its digits stand together, so the date is never read."""
    if where == "text":
        got = found_in_mail(HELLO + "生年月日│1│9│8│0│年│0│4│月│1│2│日│" + BYE)
    else:
        got = found_in_xlsx([["申込書"], _cells("生年月日 1 9 8 0 年 0 4 月 1 2 日")])
    assert got.get("date_of_birth") == ["1980-04-12"]


# --- ticked era boxes (birth_date._ticked_era) --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "生年月日：（　）昭和　（○）平成　（　）令和　7年5月19日",
        "生年月日：(レ)昭和 ( )平成 ( )令和 55年7月21日",
        "生年月日：[ ]昭和 [x]平成 [ ]令和 7年5月19日",
    ],
    ids=["circle_in_brackets", "tick_in_brackets", "ascii_checkbox"],
)
def test_era_boxes_drawn_as_brackets_are_read(line: str) -> None:
    """A plain-text form draws its choices as brackets to fill in ("（　）昭和 （○）平成",
    as it writes "性別：（○）男 （　）女"), or as "[ ]" / "[x]". _ERA_BOXES knows only the
    box characters (□ ■ ☑ レ …) right before the era, so the date after such a choice
    is not read at all."""
    expected = "1995-05-19" if "7年" in line else "1980-07-21"
    assert found(HELLO + line + BYE).get("date_of_birth") == [expected]
