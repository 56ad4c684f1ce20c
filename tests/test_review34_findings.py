"""Review 34: false positives found by a "fresh eyes" sweep of 60 ordinary business mails
that hold no personal data (tests/corpus_sweep/make_sweep34.py): 29 came out clean.

Tallies read as a form's boxes: a KPI sheet's counts, one a cell, are told from a form's
boxes by a header naming each cell, but only by names of at most four characters
(gridforms._HEADER_WORD; formboxes._under_a_header's len(h) <= 4). Columns named by a
month ("2025年4月", "2025/04", "Apr-25"), a day ("4/1(火)"), a week ("4/1-4/7") or an
hour ("9:00-10:00") leave the 電話 / 郵便 / 口座開設 row joined into a Tokyo number, a
postal code, an account: in a sheet, a Word table, TAB text, a bar table and Markdown.

Romaji addresses: a venue's part before a range and a comma, then the venue's name
("Halls 4-6, Makuhari Messe, Mihama-ku, Chiba", "Rooms 501-503, Kyoto International
Conference Center, …", "Entrance 2-3 of Sapporo Dome, …") is read as block numbers and a
town (_ADDRESS's number-first branch: _NO_TOWN looks at the town after the number only);
Japanese order ("Osaka Kita-ku Umeda 2-3 times a week", "Chiba Mihama-ku Halls 4-6") is
never looked at by _NO_TOWN at all.

Addresses without a prefecture (address._REST, city_match_span): a range after a town
followed by a word no counter list has: periods (2-3ヶ月, 1-2週間, 2-3週目), a venue's or a
plant's parts (4-6ホール, 2-3ブース, 1-2コース, 1-2ライン, センター 2-3号室), a station's exits
and a bus terminal's stops (3-4番出口, 1-3番のりば: 番 ends the block, and "4番" passes for a
third number, _THREE_NUMBERS, so the space before the range does not count).

Others: all-zero placeholders (000-0000, 0000000) as a postal code and an account (the
〇 blanks are none since review 13); "Ordinary 4500000" (a share class's count) as a bank
account (bank_account._EN_TYPE needs no bank); a company's birthday (its founding) as a
date of birth; a timetable's minutes after "00" ("8時 00 32 36 40 44 48") as a Belgian
number (phone.match_dialled); a product named "…ZIP" in the cell before a 3-4 code as an
English postal label (postal_code._ENGLISH_LABEL); a 記入例's 1234567 as an account.
Each test fails at 4783b57.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import openpyxl
import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "sato@example.co.jp"
HELLO = "佐藤様\n\nお世話になっております。\n"
BYE = "\n\nよろしくお願いいたします。\n\n鈴木\n"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def found(text: str, sender: str = SENDER) -> dict[str, list[str]]:
    result = find_all([Segment(text, "body")], sender_addresses=[sender])
    return {t: sorted(f.values) for t, f in result.items()}


def _message(text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"佐藤 一郎 <{SENDER}>"
    msg["To"] = "info@customer.example"
    msg["Subject"] = "資料"
    msg.set_content(text)
    return msg


def _found_in(msg: EmailMessage) -> dict[str, list[str]]:
    result = extract(bytes(msg))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


def found_in_mail(text: str) -> dict[str, list[str]]:
    """The findings of a plain-text mail with `text` as its body (the whole path)."""
    return _found_in(_message(text))


def _sheet(rows: list[dict[int, object]]) -> bytes:
    """A sheet whose row k holds rows[k]: column (1-based) -> value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in row.items():
            ws.cell(row=r, column=c, value=value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cells(start: int, chars: str) -> dict[int, object]:
    """One character a cell from column `start`, digits as numbers (as Excel keeps them)."""
    return {start + k: int(c) if c.isdigit() else c for k, c in enumerate(chars)}


def found_in_xlsx(rows: list[dict[int, object]]) -> dict[str, list[str]]:
    """The findings of a mail with `rows` attached as a sheet (the whole path)."""
    msg = _message(HELLO + "資料を添付いたします。" + BYE)
    msg.add_attachment(_sheet(rows), maintype=XLSX[0], subtype=XLSX[1], filename="資料.xlsx")
    return _found_in(msg)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _tc(text: str) -> str:
    return f'<w:tc><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'


def found_in_docx(rows: list[list[str]], title: str = "件数表") -> dict[str, list[str]]:
    """The findings of a mail with a Word document: a `title` paragraph, then one table
    of `rows` (cell texts)."""
    table = "".join("<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>" for row in rows)
    body = (
        f"<w:document {_W}><w:body><w:p><w:r><w:t>{title}</w:t></w:r></w:p>"
        f"<w:tbl>{table}</w:tbl></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", body)
    msg = _message(HELLO + "資料を添付いたします。" + BYE)
    msg.add_attachment(buf.getvalue(), maintype=DOCX[0], subtype=DOCX[1], filename="資料.docx")
    return _found_in(msg)


# --- false positives: tallies under a header of long names (gridforms / formboxes) -----

_MONTHS = [f"2025年{m}月" for m in range(4, 13)] + ["2026年1月"]
_SLASH_MONTHS = [f"2025/{m:02d}" for m in range(4, 13)] + ["2026/01"]
_HOURS = [f"{h}:00-{h + 1}:00" for h in range(9, 19)]


@pytest.mark.parametrize("heads", [_MONTHS, _SLASH_MONTHS, _HOURS], ids=["年月", "slash", "hours"])
def test_a_tally_under_a_header_of_long_period_names_is_no_form(heads: list[str]) -> None:
    """Inquiries by channel, one count a cell, under columns named by a month or an hour:
    the header names every cell, but with more than _HEADER_WORD (4) characters, so
    _tally does not see it, and the first row of counts (電話, 郵便, 口座開設: fields'
    words) is joined into a Tokyo number, a postal code, an account."""
    header = {1: "チャネル", **{2 + k: h for k, h in enumerate(heads)}}
    assert found_in_xlsx([header, {1: "電話", **_cells(2, "0312415231")}]) == {}
    assert found_in_xlsx([header, {1: "郵便", **_cells(2, "1020003")}]) == {}
    assert found_in_xlsx([header, {1: "口座開設", **_cells(2, "1203012")}]) == {}


def test_a_tally_in_a_word_table_under_dated_columns_is_no_form() -> None:
    """The same in a Word table whose columns are business days with their weekday
    ("4/1(火)", 6-7 characters): 電話's counts are read as 03-1241-5231."""
    days = ["4/1(火)", "4/2(水)", "4/3(木)", "4/4(金)", "4/7(月)",
            "4/8(火)", "4/9(水)", "4/10(木)", "4/11(金)", "4/14(月)"]  # fmt: skip
    assert found_in_docx([["窓口", *days], ["電話", *"0312415231"]]) == {}


_TAB = (
    "チャネル\t" + "\t".join(_SLASH_MONTHS) + "\n"
    "電話\t" + "\t".join("0312415231") + "\n"
    "メール\t" + "\t".join("2101130201") + "\n"
)
_WEEKS = ["4/1-4/7", "4/8-4/14", "4/15-4/21", "4/22-4/28", "5/1-5/7",
          "5/8-5/14", "5/15-5/21", "5/22-5/28", "5/29-6/4", "6/5-6/11"]  # fmt: skip
_BARS = (
    "｜チャネル｜" + "｜".join(_WEEKS) + "｜\n"
    "｜電話｜" + "｜".join("0312415231") + "｜\n"
    "｜郵便｜" + "｜".join("1020003110") + "｜\n"
)
_MONTH_ABBREVIATIONS = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25",
                        "Sep-25", "Oct-25", "Nov-25", "Dec-25", "Jan-26"]  # fmt: skip
_MARKDOWN = (
    "| 窓口 | " + " | ".join(_MONTH_ABBREVIATIONS) + " |\n"
    "|---|" + "---|" * 10 + "\n"
    "| 電話 | " + " | ".join("0312415231") + " |\n"
    "| 郵便 | " + " | ".join("1020003110") + " |\n"
)


@pytest.mark.parametrize("table", [_TAB, _BARS, _MARKDOWN], ids=["tab", "bars", "markdown"])
def test_a_tally_in_a_body_under_long_column_names_is_no_form(table: str) -> None:
    """The same table in a body: pasted from Excel (TAB, gridforms.grid_text), drawn with
    bars (gridforms and formboxes.boxed_numbers both join it: "電話: 0312415231") or as
    Markdown (formboxes._under_a_header names a cell only by a header of <= 4
    characters: "Apr-25" is not one)."""
    assert found_in_mail(HELLO + "月別の件数です。\n\n" + table + BYE) == {}


# --- false positives: romaji addresses (romaji_address.find) ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You will find us in Halls 4-6, Makuhari Messe, Mihama-ku, Chiba, from June 3.",
        "Our booth is in East Halls 1-3, Tokyo Big Sight, Koto-ku, Tokyo (booth E1-203).",
        "The workshops take place in Rooms 501-503, Kyoto International Conference Center, "
        "Sakyo-ku, Kyoto.",
        "The summit uses Floors 3-5, Hotel New Otani, Chiyoda-ku, Tokyo.",
        "Group check-in is at Counters 12-15, Narita Airport, Narita-shi, Chiba.",
        "Please use Entrance 2-3 of Sapporo Dome, Toyohira-ku, Sapporo-shi, Hokkaido.",
    ],
    ids=["halls", "east_halls", "rooms", "floors", "counters", "entrance_of"],
)
def test_a_venues_parts_before_a_range_and_its_name_are_no_address(line: str) -> None:
    """_ADDRESS's number-first branch takes a range after a venue's part (Halls, Rooms,
    Floors, Counters, Entrance) for block numbers and the venue's name after the comma
    (or "of Sapporo Dome": _TOWN is case-insensitive) for the town: _NO_TOWN looks at
    the town, never at the word before the number. Each venue is named once, in prose,
    with no street number of its own."""
    assert found(line + "\n") == {}


@pytest.mark.parametrize(
    "line",
    [
        "We will visit the stores in Osaka Kita-ku Umeda 2-3 times a week.",
        "Exhibition halls: Chiba Mihama-ku Halls 4-6 (Makuhari Messe).",
        "1. Tokyo Minato-ku Area 3-5 results (Q3)",
        "2. Kanagawa-ken Yokohama-shi Region 2-3 plan",
    ],
    ids=["times", "halls", "area", "region"],
)
def test_japanese_order_romaji_before_a_count_or_a_venues_part_is_no_address(line: str) -> None:
    """_JAPANESE_ORDER's matches are not checked against _NO_TOWN at all: "Umeda 2-3
    times" is a count, "Halls 4-6" a venue's halls (read so in English order since
    review 32), "Area 3-5" / "Region 2-3" a sales organisation's units."""
    assert found(line + "\n") == {}


# --- false positives: addresses without a prefecture (address._REST, city_match_span) ---


@pytest.mark.parametrize(
    "line",
    [
        "上田市真田地区 2-3ヶ月に1回の巡回を継続",
        "上田市真田地区2-3ヶ月に1回の巡回を継続",
        "長野市篠ノ井 1-2週間以内に日程案を共有",
        "佐久市中込地区 2-3週目に試行",
    ],
    ids=["kagetsu_space", "kagetsu", "shuukan", "shuume"],
)
def test_a_range_of_periods_after_a_town_is_no_block_number(line: str) -> None:
    """Minutes: 2-3ヶ月, 1-2週間, 2-3週目 are ranges of months and weeks. _REST's look-ahead
    knows 年 月 日 時 and [かヶカケ]所 but not ヶ月 (ヶ before 月) nor 週; with a space
    before the range the town's check (city_match_span: a number between two places)
    passes too, as no place follows."""
    assert found(line + "\n") == {}


@pytest.mark.parametrize(
    "line",
    [
        "会場：千葉市美浜区 幕張メッセ 4-6ホール",
        "会場は江東区 東京ビッグサイト東1-3ホールです。",
        "熊本市中央区 花畑広場 2-3ブースが当社の出展位置です。",
        "長野市若里 1-2コースに分かれて実施します。",
        "設備点検のため、豊田市元町工場 1-2ライン を停止します。",
        "研修は松本市勤労者福祉センター 2-3号室で行います。",
    ],
    ids=["halls", "east_halls", "booths", "courses", "lines", "rooms"],
)
def test_a_range_of_a_venues_or_plants_parts_is_no_block_number(line: str) -> None:
    """A venue's halls and booths, a course, a plant's lines, a centre's rooms after a
    range: no counter word of _REST's look-ahead (ホール, ブース, コース, ライン; 号 ends the
    block and 室 is not looked at after it; センター is no public building of its
    look-behinds, as 会館 and 公民館 are)."""
    assert found(line + "\n") == {}


@pytest.mark.parametrize(
    "line",
    [
        "会場へは、大阪市北区 梅田駅 3-4番出口より徒歩2分です。",
        "送迎バスは札幌市中央区 札幌駅前バスターミナル 1-3番のりばから発車します。",
    ],
    ids=["exits", "bus_stops"],
)
def test_a_stations_exits_and_a_terminals_stops_are_no_block_number(line: str) -> None:
    """3-4番出口, 1-3番のりば: 番 ends the block number (_NUMBERS_AFTER excludes 番窓口, 番線,
    番ホーム only), and "4番" passes for a third number (_THREE_NUMBERS), so the station's
    name set apart by a space is taken for the town."""
    assert found(line + "\n") == {}


# --- false positives: other detectors ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "郵便番号 / Postal Code: 000-0000（半角・ハイフンあり）",
        "郵便番号：000-0000",
        "〒000-0000",
        "口座番号 / Account No.: 0000000（7桁）",
    ],
    ids=["postal_code_en", "yuubin", "mark", "account"],
)
def test_an_all_zero_placeholder_is_no_postal_code_nor_account(line: str) -> None:
    """A format shown in an HR guide: 000-0000 is no postal code (none starts 000) and
    0000000 no account; the 〇 blanks of a template are none since review 13, and the
    phone detector already passes 000-0000-0000 by."""
    assert found(line + "\n") == {}


def test_ordinary_shares_are_no_bank_account() -> None:
    """An IR mail's share classes: "Ordinary 4500000" is a count of ordinary shares.
    bank_account._EN_TYPE takes "ordinary" before seven digits for an account type and
    asks for no bank near it."""
    text = "The issued shares are:\nOrdinary 4500000\nClass A preferred 300000\n"
    assert found(text) == {}


@pytest.mark.parametrize(
    "line",
    [
        "弊社の誕生日は1962年5月1日、今年で64周年を迎えました。",
        "Today we celebrate our company's birthday: May 1, 1962 was the day we opened.",
    ],
    ids=["ja", "en"],
)
def test_a_companys_birthday_is_no_date_of_birth(line: str) -> None:
    """A founding date called the company's birthday (弊社の誕生日, our company's
    birthday): birth_date reads any date right after the label, whoever was born."""
    assert found(line + "\n") == {}


@pytest.mark.parametrize(
    "line",
    ["8時\t00 32 36 40 44 48", "17時 00 49 51 53 55 57 59"],
    ids=["tab", "space"],
)
def test_a_timetables_minutes_after_00_are_no_dialled_number(line: str) -> None:
    """A bus or train timetable's hour, then its minutes: "00 32 36 40 44 48" is read as
    00 + 32 (Belgium) + 36404448, "00 49 51 …" as a German number (phone.match_dialled:
    only a digit or a separator before the 00 makes it a figure among figures; 時 or a
    TAB does not)."""
    assert found("時刻表（二俣新町駅発）\n" + line + "\n") == {}


def test_a_product_named_zip_is_no_postal_codes_label() -> None:
    """A catalogue row: the product "スライダー付きZIP" in the cell before its 3-4 product
    code is taken for an English postal label (postal_code._ENGLISH_LABEL: "zip" at the
    end of the cell before, no letter before it)."""
    text = "品名\t品番\t単価\nスライダー付きZIP\t502-1180\t¥120\nカードケース\t720-3301\t¥450\n"
    assert found(text) == {}


def test_a_sample_forms_dummy_account_is_no_account() -> None:
    """A judgement call: a 口座振替依頼書's 記入例 (so titled) with 1234567 in the account's
    boxes, in a Word table (gridforms) and as text. Decided (fifteenth session): it still
    counts. 1234567 is a valid account number, the labelled corpus holds real-looking
    ones numbered so, and a sample is told from a filled form only by its title: erring
    towards holding. What a blank writes, one digit throughout, counts no more."""
    rows = [["口座番号", *"1234567"]]
    assert found_in_docx(rows, title="口座振替依頼書（記入例）") == {"jp_bank_account": ["1234567"]}
    assert found_in_mail("口座振替依頼書（記入例）\n口座番号\t1\t2\t3\t4\t5\t6\t7\n") == {
        "jp_bank_account": ["1234567"]
    }
    assert found_in_mail("口座振替依頼書\n口座番号\t0\t0\t0\t0\t0\t0\t0\n") == {}
