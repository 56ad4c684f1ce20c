"""Review 33: leaks, false positives and slowdowns in review 32's fixes (gridforms blocks
of rows of boxes and their tallies, group cells and gaps, formboxes' bar rows under a
header, an address's cells joined, public buildings before a room number).

Leaks: a tally is now any block row whose block starts with a row of digits named by no
field (GridSheet._tally, second rule): a form's 記入日 row on top of its 生年月日 and
携帯電話 rows, or a label-less row of My Number boxes (its label on the row above) over
the phone's row, hides the rows below. _glue puts a space between two digit boxes one
empty column apart: boxes merged over two columns (Excel 方眼紙's usual box) read "0 9 0-4
4 7 1-…", "1 3 4-0 0 8 8". A name or an address one character a box is taken for a
header naming each cell (formboxes._under_a_header, gridforms' first rule). Romaji
address cells after a country or a postal code cell are taken as in English order
already (gridforms._address, romaji_prefecture(parts[0])).

False positives: a header cell names its column only when it is four characters at most
(_HEADER_WORD): under dates "4/1(月)", "2024/4/1" or Excel dates a channel's counts are
a form's boxes again. A dash for "none" in a row of counts is a separator cell, so the
row is a group run (_is_grid_run) joined into a phone. A room number and a room word
after a space no longer stop an address (address._ROOM_WORDS only right after the
number), and only 学校 / 役所 / 役場 / 会館 / 公民館 / 体育館 / 図書館 are public buildings:
"港区産業振興センター 3-2 研修室" is an address. gridforms._address glues a room cell
that starts with a digit to the block number ("和泉2-31-5101号室": a second address).

Slowdowns (ordinary text of these sizes is read in 0.1-0.3 s): formboxes._under_a_header
walks up the whole block of bar rows for each row (quadratic) and calls
_header_of_numbers on the whole header for each cell (quadratic in the width);
GridSheet.lines walks the empty rows above a block for each of its rows; _label_over
walks back over bracket notes for each run; _header_cells and _under_header go over the
whole header for each row of boxes under it.
Each test fails at 4783b57.
"""

from __future__ import annotations

import datetime as dt

from tests.test_review32_findings import (
    BYE,
    HELLO,
    MY_NUMBER,
    _cells,
    found,
    found_in_mail,
    found_in_xlsx,
    judged_in,
)

NAME_ROW = {1: "氏名", 3: "佐々木 亮介"}


def _boxes(label: str, chars: str, width: int = 12) -> str:
    """A row of a form drawn in boxes, as a PDF's text gives it: "│label│c│c│…│"."""
    cells = list(chars) + ["\u3000"] * (width - len(chars))
    return f"│{label}│" + "│".join(cells) + "│\n"


# --- leaks: a block's first row of digits taken for a header of numbers ---------------------


def test_a_filing_date_row_on_top_of_a_form_does_not_hide_the_rows_below() -> None:
    """A form's first row of boxes is the date it is filled in (記入日 / 申込日, no field's
    word), the date of birth and the phone right under it: one block, whose first row
    has digits over most of their cells and no field's word, so each row below is taken
    for a channel's counts under a header of numbers (GridSheet._tally, second rule).
    Both leak; they were read before."""
    for filed in ("記入日", "申込日"):
        rows = [
            NAME_ROW,
            {1: filed, **_cells(3, "2024年01月15日")},
            {1: "生年月日", **_cells(3, "1985年04月12日")},
            {1: "携帯電話", **_cells(3, "090-4471-2936")},
        ]
        assert found_in_xlsx(rows) == {
            "date_of_birth": ["1985-04-12"],
            "jp_phone": ["+819044712936"],
        }, filed


def test_a_phone_under_a_row_of_boxes_whose_label_is_above_is_read() -> None:
    """Review 32's layout (個人番号 on the row above its boxes), the phone's row right
    under the boxes: the My Number's row, label-less, is the block's first row, digits
    over the phone's cells and no field's word in it, so the phone is a tally's row.
    It was read before."""
    rows = [
        NAME_ROW,
        {1: "個人番号"},
        _cells(7, MY_NUMBER),
        {1: "携帯電話", **_cells(7, "08044712936")},
    ]
    assert found_in_xlsx(rows) == {"jp_phone": ["+818044712936"], "my_number": [MY_NUMBER]}


# --- leaks: boxes one empty column apart (_glue) ----------------------------------------------


def test_boxes_merged_over_two_columns_are_read() -> None:
    """Excel 方眼紙's box is mostly two narrow columns merged, the digit in the first: a
    run now skips the empty column (_MAX_GAP), but _glue puts a space there between two
    digits, as for a card's empty box between groups: "0 9 0-4 4 7 1-2 9 3 6",
    "1 9 8 5年0 4月1 2日", "1 3 4-0 0 8 8"; none is read. So a postal code whose dash
    is printed in a narrow column left empty ("1|3|4| |0|0|8|8" → "134 0088"), read
    before by formboxes' Excel grid reader."""

    def wide(chars: str) -> dict[int, object]:
        return {3 + 2 * k: int(c) if c.isdigit() else c for k, c in enumerate(chars)}

    rows = [
        NAME_ROW,
        {1: "生年月日", **wide("1985年04月12日")},
        {1: "携帯電話", **wide("090-4471-2936")},
        {1: "郵便番号", **wide("134-0088")},
    ]
    got = found_in_xlsx(rows)
    assert got.get("jp_phone") == ["+819044712936"]
    assert got.get("date_of_birth") == ["1985-04-12"]
    assert got.get("jp_postal_code") == ["1340088"]
    dashless = [NAME_ROW, {1: "郵便番号", **_cells(3, "134"), 7: 0, 8: 0, 9: 8, 10: 8}]
    assert found_in_xlsx(dashless) == {"jp_postal_code": ["1340088"]}


# --- leaks: a name or an address one character a box taken for a header ------------------------


def test_a_name_or_an_address_one_character_a_box_is_no_header_of_counts() -> None:
    """A form drawn in boxes writes the name (or the address) one character a box, the
    phone's boxes under it: each kanji over a digit is "a header cell of four characters
    at most" (formboxes._under_a_header; gridforms' first rule), six of them over ten or
    eleven digits are half, and the phone is a table's counts. In bar text it was read
    before (boxed_numbers); in a sheet neither reads it."""
    body = "申込書\n\n" + _boxes("氏名", "長谷川\u3000健太郎") + _boxes("携帯電話", "09044712936")
    assert found_in_mail(HELLO + body + BYE) == {"jp_phone": ["+819044712936"]}
    body = "申込書\n\n" + _boxes("住所", "東京都杉並区和泉") + _boxes("電話", "0354321111")
    assert found_in_mail(HELLO + body + BYE).get("jp_phone") == ["+81354321111"]
    rows = [
        {1: "氏名", **_cells(3, "長谷川"), 7: "健", 8: "太", 9: "郎"},
        {1: "携帯電話", **_cells(3, "09044712936")},
    ]
    assert found_in_xlsx(rows) == {"jp_phone": ["+819044712936"]}


# --- leaks: romaji address cells after a country or a postal code ---------------------------------


def test_romaji_address_cells_after_a_country_or_a_postal_code_are_read() -> None:
    """gridforms._address takes romaji cells for English order already unless the first
    names a prefecture; a form's columns Country | Prefecture | City | Street, or Postal
    Code | Prefecture | …, start with "Japan" or the code: the cells are given as they
    stand ("Japan, Tokyo, Edogawa-ku, 6-12-4 Nishikasai") and no address is read. They
    were turned into English order before."""
    for first in ("Japan", "134-0088"):
        address = {1: "Address", 3: first, 5: "Tokyo", 7: "Edogawa-ku", 9: "6-12-4 Nishikasai"}
        rows = [
            {1: "Name", 3: "Ryosuke Sasaki"},
            address,
            {1: "Mobile", **_cells(3, "080-4471-2936")},
        ]
        assert found_in_xlsx(rows).get("jp_address") == ["東京都 edogawa-ku nishikasai 6-12-4"], (
            first
        )


# --- false positives: tallies read as a form's boxes --------------------------------------------


def test_a_tally_under_dates_longer_than_four_characters_is_no_form() -> None:
    """A header cell names its column only when four characters at most (_HEADER_WORD):
    a daily report's dates as "4/1(月)", "2024/4/1" or Excel's dates name none, and the
    first channel's counts under them are a form's boxes (the second rule wants a row
    above in the block), joined into a Tokyo number. Not so before (a header naming each
    cell, whatever its length). The same table in Markdown, under "4/1(月)", is read as
    a phone too (formboxes._under_a_header: four characters too)."""
    weekdays = "月火水木金土日"
    headers = {
        "weekday": [f"4/{d}({weekdays[(d - 1) % 7]})" for d in range(1, 11)],
        "full_date": [f"2024/4/{d}" for d in range(1, 11)],
        "excel_date": [dt.datetime(2024, 4, d) for d in range(1, 11)],
    }
    for name, dates in headers.items():
        rows = [
            {1: "チャネル", **{2 + k: d for k, d in enumerate(dates)}},
            {1: "電話", **_cells(2, "0312415231")},
            {1: "メール", **_cells(2, "2101130201")},
        ]
        assert found_in_xlsx(rows) == {}, name
    markdown = (
        "| チャネル | " + " | ".join(headers["weekday"]) + " |\n"
        "|---|" + "---|" * 10 + "\n"
        "| 電話 | " + " | ".join("0312415231") + " |\n"
        "| メール | " + " | ".join("2101130201") + " |\n"
    )
    assert found_in_mail(HELLO + "先週の問い合わせ件数です。\n\n" + markdown + BYE) == {}


def test_a_row_of_counts_with_a_dash_for_none_is_no_phone() -> None:
    """Japanese reports write "-" for none: a channel's monthly counts 0 | 3 | - | 12 |
    41 | 5 | 23 | 1 are digit groups with a separator cell (_runs, _is_grid_run), joined
    under 電話 into "03-12415231", a Tokyo number. Under months "2024年4月" (no header
    word of four characters) or no header at all."""
    months = [f"2024年{m}月" for m in range(4, 12)]
    counts: list[object] = [0, 3, "-", 12, 41, 5, 23, 1]
    rows = [
        {1: "チャネル", **{2 + k: m for k, m in enumerate(months)}},
        {1: "電話", **{2 + k: c for k, c in enumerate(counts)}},
        {1: "メール", **{2 + k: c for k, c in enumerate([12, 30, 25, "-", 8, 14, 22, 9])}},
    ]
    assert found_in_xlsx(rows) == {}
    assert found_in_xlsx([{1: "電話", **{2 + k: c for k, c in enumerate(counts)}}]) == {}


# --- false positives: addresses (address._REST, gridforms._address) ----------------------------


def test_a_public_centre_or_hall_before_a_room_number_is_no_address() -> None:
    """A room number and a room word after a space no longer stop an address (_ROOM_WORDS
    only right after the number), and only seven endings (学校, 役所, 役場, 会館, 公民館,
    体育館, 図書館) make a building's name no town: a centre's, a hall's rooms are read as
    block numbers ("港区産業振興センタ-3-2"). None was read before."""
    for line in (
        "会場：港区産業振興センター 3-2 研修室",
        "会場：八王子市生涯学習センター 5-1 研修室",
        "会場：世田谷区 北沢タウンホール 12-1 会議室",
    ):
        assert "jp_address" not in found(HELLO + line + BYE), line


def test_a_room_cell_after_the_block_number_is_not_glued_to_it() -> None:
    """gridforms._address puts no space before a cell starting with a digit (meant for
    "2 | 丁目 | 31"), so a room's cell after the address's is glued to its block number:
    "杉並区和泉2-31-5101号室" is a second address, "和泉2-31-5 | 201" one wrong one."""
    phone = {1: "携帯", **_cells(3, "080-4471-2936")}
    room = {1: "住所", 3: "杉並区和泉2-31-5", 7: "101号室"}
    assert found_in_xlsx([NAME_ROW, room, phone]).get("jp_address") == ["杉並区和泉2-31-5"]
    split = {1: "住所", 3: "東京都杉並区", 5: "和泉2-31-5", 7: "201"}
    assert found_in_xlsx([NAME_ROW, split, phone]).get("jp_address") == ["東京都杉並区和泉2-31-5"]


# --- slowdowns -------------------------------------------------------------------------------
# (Bound 1.5 s; each input below takes more than 5 s.)


def test_a_long_block_of_bar_rows_is_read_fast() -> None:
    """formboxes._under_a_header walks up the block of bar rows to its first row, for
    each row of boxes under a field's label: quadratic. 6,000 rows "電話|0|3|1|…|"
    (170 KB) take about 9 s."""
    text = HELLO + "電話|0|3|1|2|3|4|5|6|7|8|\n" * 6000 + BYE
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_a_wide_header_of_numbers_over_bar_rows_is_read_fast() -> None:
    """_under_a_header calls _header_of_numbers(heads) (which strips and parses the whole
    header, then looks for its period) once for each cell of the row: width squared per
    row. 20 rows of 1,500 boxes under "│項目│0│1│2│…" (125 KB) take about 9 s."""
    width = 1500
    head = "│項目│" + "│".join(str(i % 10) for i in range(width)) + "│\n"
    row = "│電話│" + "│".join("0312345678"[i % 10] for i in range(width)) + "│\n"
    text = HELLO + head + row * 20 + BYE
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_a_block_of_boxes_below_many_empty_lines_is_read_fast() -> None:
    """GridSheet.lines looks for the row over a block by walking up the empty rows above
    the block's first row, again for each row of the block: empty lines x rows. 60,000
    empty lines, then 3,000 rows "電話\\t0\\t3\\t1\\t2\\t3\\t4" (117 KB) take about 11 s."""
    text = HELLO + "x\tx\n" + "\n" * 60000 + "電話\t0\t3\t1\t2\t3\t4\n" * 3000 + BYE
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_a_row_of_runs_under_many_bracket_notes_is_read_fast() -> None:
    """_label_over passes over the notes in brackets left of a run's column one by one,
    for each run: a header of 14,000 "(memo)" cells over a row of 7,500 runs "1 2 3 4 !"
    (180 KB) takes about 9 s."""
    text = HELLO + "(memo)\t" * 14000 + "\n" + "1\t2\t3\t4\t!\t" * 7500 + "\n" + BYE
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"


def test_many_rows_of_boxes_under_a_wide_header_are_read_fast() -> None:
    """Every row of a block now takes the row over the block for its header, and
    _header_cells (a digit anywhere in it?) and _under_header (a field's word in each
    cell?) go over all of it for each row: header cells x rows. A header of 2,500 words
    over 2,500 rows "1 2 3 4 5" (40 KB) takes about 14 s (before, rows more than eight
    below the header had none)."""
    text = HELLO + "abcde\t" * 2500 + "\n" + "1\t2\t3\t4\t5\n" * 2500 + BYE
    took = judged_in(text)
    assert took < 1.5, f"{took:.2f} s for {len(text)} characters"
