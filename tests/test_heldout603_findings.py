"""What blind held-out round 603-622 (forms as real Office attachments: Excel 方眼紙 grid
forms, Word tables one digit a cell, English forms) found, each as the smallest sheet or
text that shows it."""

from __future__ import annotations

import io
from email.message import EmailMessage

import openpyxl
from stdnum import luhn
from stdnum.jp import in_

from proxy.detectors import find_all, romaji_address
from proxy.inspect import extract
from proxy.inspect.gridforms import grid_text
from proxy.model import Segment

SENDER = "yamamoto@example.co.jp"
HELLO = "いつもお世話になっております。\n書類をお送りします。\n\n"
BYE = "\nよろしくお願いいたします。\n"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

MY_NUMBER = "48201937561" + in_.calc_check_digit("48201937561")
SPOUSE_NUMBER = "73015286449" + in_.calc_check_digit("73015286449")
CARD = "453917260418350" + luhn.calc_check_digit("453917260418350")


def _sheet(rows: list[dict[int, object]]) -> bytes:
    """A sheet whose row k holds rows[k]: column (1-based) -> value, as a grid form
    places its cells."""
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


def read_xlsx(rows: list[dict[int, object]], body: str = HELLO + BYE) -> dict[str, list[str]]:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "tetsuzuki@roumu.example"
    msg["Subject"] = "書類の送付"
    msg.set_content(body)
    msg.add_attachment(_sheet(rows), maintype=XLSX[0], subtype=XLSX[1], filename="form.xlsx")
    return _found(msg)


def read(body: str) -> dict[str, list[str]]:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "tetsuzuki@roumu.example"
    msg["Subject"] = "書類の送付"
    msg.set_content(body)
    return _found(msg)


def _found(msg: EmailMessage) -> dict[str, list[str]]:
    got = find_all(extract(bytes(msg)).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- an Excel grid form (603, 609, 620, 622) ------------------------------------------------

NEW_HIRE = [
    {1: "入社時提出書類（従業員情報）"},
    {1: "氏名", 7: "佐々木 亮介"},
    {1: "生年月日", 7: "□昭和", 10: "■平成", 13: "□令和", **_cells(16, "07年11月23日")},
    {1: "個人番号", **_cells(7, MY_NUMBER), 19: "（マイナンバー）"},
    {1: "郵便番号", **_cells(7, "〒211-0064")},
    {7: "都道府県", 12: "市区町村", 18: "番地", 24: "建物名・部屋番号"},
    {1: "住所", 7: "神奈川県", 12: "川崎市中原区", 18: "今井南町28-7", 24: "パークハイム305"},
    {1: "携帯電話", **_cells(7, "080-4471-2936")},
]


def test_a_grid_forms_cells_are_read_as_its_rows_read() -> None:
    """Each field one character a cell: the sheet read as a list (a header row, every
    cell labelled by its column) scattered them, and nothing was found."""
    assert read_xlsx(NEW_HIRE) == {
        "date_of_birth": ["1995-11-23"],
        "jp_address": ["神奈川県川崎市中原区今井南町28-7"],
        "jp_phone": ["+818044712936"],
        "jp_postal_code": ["2110064"],
        "my_number": [MY_NUMBER],
    }


def test_a_records_cells_are_read_under_the_header_above_them() -> None:
    """A dependant's row: the date and the My Number have no label on their own row,
    the table's header above names them (and tells the card's digits from the expiry's
    cells right after them)."""
    rows = [
        {1: "■扶養家族"},
        {1: "氏名", 6: "続柄", 8: "生年月日", 21: "個人番号", 33: "同居"},
        {1: "佐々木 美穂", 6: "妻", 8: "平成", **_cells(9, "08年04月02日"),
         **_cells(21, SPOUSE_NUMBER), 33: "○"},
        {1: "■月会費のお支払い"},
        {7: "カード番号", 23: "有効期限"},
        {1: "カード", **_cells(7, CARD), **_cells(23, "08/29")},
    ]  # fmt: skip
    assert read_xlsx(rows) == {
        "credit_card": [CARD],
        "date_of_birth": ["1996-04-02"],
        "my_number": [SPOUSE_NUMBER],
    }


def test_two_fields_on_one_grid_row_are_both_read() -> None:
    rows = [
        {1: "氏名", 5: "前田 拓海"},
        {1: "携帯", **_cells(3, "090-3347-2216"), 17: "自宅", **_cells(18, "06-6841-3305")},
    ]
    assert read_xlsx(rows) == {"jp_phone": ["+81668413305", "+819033472216"]}


def test_era_marks_abbreviated_in_narrow_cells() -> None:
    """A group insurance list: ○昭 ●平 in two narrow cells, the date one digit a cell."""
    rows = [
        {1: "No.", 2: "被保険者氏名", 8: "性別", 10: "生年月日", 21: "口数"},
        {1: 1, 2: "佐藤 美和", 8: "女", 10: "○昭", 11: "●平", **_cells(12, "03年05月28日"), 21: 3},
        {1: 2, 2: "高木 誠", 8: "男", 10: "●昭", 11: "○平", **_cells(12, "52年11月13日"), 21: 4},
    ]
    assert read_xlsx(rows) == {"date_of_birth": ["1977-11-13", "1991-05-28"]}
    assert found("生年月日: ○昭 ●平 03年05月28日") == {"date_of_birth": ["1991-05-28"]}


def test_a_grid_without_a_fields_label_is_not_joined() -> None:
    """An order form's product codes and quantities, one digit a cell, and a shift
    roster's hours: no field names them, so their digits stay apart (a code that
    passes the My Number check, hours that make a Kochi number when joined)."""
    code = "40213857206" + in_.calc_check_digit("40213857206")
    rows = [
        {1: "No.", 3: "商品コード", 15: "品名", 25: "数量"},
        {1: 1, **_cells(3, code), 15: "コピー用紙 A4", **_cells(25, "024")},
        {1: "氏名", 3: "1日", 4: "2日", 5: "3日", 6: "4日", 7: "5日", 8: "6日", 9: "7日",
         10: "8日", 11: "9日", 12: "10日", 13: "11日"},
        {1: "山田", **_cells(2, "08880088880")},
    ]  # fmt: skip
    assert read_xlsx(rows) == {}


def test_a_tally_under_a_header_of_cells_is_no_form_even_under_a_fields_word() -> None:
    """電話 0 3 1 2 … under 1日 2日 …: a count a day, though 電話 names a field."""
    rows = [
        {1: "チャネル", **{1 + d: f"{d}日" for d in range(1, 11)}},
        {1: "電話", **_cells(2, "0312415231")},
    ]
    assert read_xlsx(rows) == {}
    scale = [{1: "設問", **_cells(2, "12345678")}, {1: "電話対応", **_cells(2, "03124152")}]
    assert read_xlsx(scale) == {}


def test_the_same_grid_pasted_into_a_body_or_from_a_word_table() -> None:
    """A Word table one digit a cell (615), or Excel cells pasted: TAB-separated rows."""
    table = (
        "氏名\t続柄\t生年月日\t個人番号\n"
        "中村 彩花\t妻\tH10.2.14\t" + "\t".join(SPOUSE_NUMBER) + "\n"
    )
    assert "個人番号: " + SPOUSE_NUMBER in grid_text(table)
    assert read(HELLO + table + BYE) == {
        "date_of_birth": ["1998-02-14"],
        "my_number": [SPOUSE_NUMBER],
    }
    assert grid_text("氏名\t山田\n備考\tなし\n") == ""


# --- English forms (607, 617) -----------------------------------------------------------


def test_an_english_forms_postal_code_label() -> None:
    assert found("Postal Code: 134-0088") == {"jp_postal_code": ["1340088"]}
    assert found("Post code (Japan): 134-0088") == {"jp_postal_code": ["1340088"]}
    # Without its dash, or after a word that only ends in zip: no.
    assert found("ZIP: 1340088") == {}
    assert found("gzip 134-0088") == {}


def test_a_romaji_town_before_its_block_number() -> None:
    written = "Nishikasai 6-12-4, Edogawa-ku, Tokyo"
    canonical = "6-12-4 Nishikasai, Edogawa-ku, Tokyo"
    assert romaji_address.find(written) == romaji_address.find(canonical)
    assert romaji_address.find(written) == [("jp_address", "東京都 edogawa-ku nishikasai 6-12-4")]
    # Prose before the town is no part of it; a room number is no town.
    assert romaji_address.find("Please send it to " + written)[0][1].endswith(" nishikasai 6-12-4")
    assert romaji_address.find("Room 2-5, Ota-ku, Tokyo") == []


def test_an_english_address_over_cells_prefecture_first() -> None:
    rows = [
        {1: "Prefecture", 3: "City / Ward", 5: "Street", 7: "Building / Room"},
        {1: "Address in Japan", 3: "Saitama", 4: "Saitama-shi Omiya-ku",
         5: "Sakuragicho 4-199-3", 7: "#1204"},
        {1: "Residence Card No.", **_cells(3, "KM82046173EA")},
        {1: "Postal Code", **_cells(3, "330-0854")},
    ]  # fmt: skip
    assert read_xlsx(rows) == {
        "jp_address": ["埼玉県 saitama-shi omiya-ku sakuragicho 4-199-3"],
        "jp_postal_code": ["3300854"],
        "jp_residence_card": ["KM82046173EA"],
    }


# --- a quote's number (604) ---------------------------------------------------------------


def test_a_quotes_number_is_no_phone() -> None:
    assert found("（発注番号 2601-0087、御見積 0312448761 に基づく）") == {}
    assert found("見積番号：03-1244-8761") == {}
    assert found("お見積りのご依頼は 03-1244-8761 まで") == {"jp_phone": ["+81312448761"]}
