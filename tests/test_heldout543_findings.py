"""What blind held-out round 543-562 (forms and tables pasted into mail bodies from PDFs
and Excel) found, each as the smallest text that shows it."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.formboxes import boxed_numbers
from proxy.inspect.linebreaks import broken_lines
from proxy.inspect.split_fields import split_fields
from proxy.model import Segment

SENDER = "matsuo@example.co.jp"
GREETING = "お世話になっております。入社連絡票の内容です。\n\n"
CLOSING = "\nよろしくお願いいたします。\n"


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def read(text: str) -> dict[str, list[str]]:
    """As the guard reads a mail with this body: the text and its renderings (tables,
    line breaks, boxes)."""
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "tetsuzuki@roumu.example"
    msg["Subject"] = "ご連絡"
    msg.set_content(text)
    got = find_all(extract(msg.as_bytes()).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- digits in drawn boxes (544, 558, 562) ------------------------------------------------

MY_NUMBER_BOXES = (
    "個人番号（マイナンバー）\n"
    "┌─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┐\n"
    "│3│8│2│0│1│9│4│7│5│5│1│4│\n"
    "└─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┘\n"
)


def test_a_number_drawn_one_digit_to_a_box_is_read_after_its_label() -> None:
    assert boxed_numbers(MY_NUMBER_BOXES) == "個人番号（マイナンバー）: 382019475514"
    assert read(GREETING + MY_NUMBER_BOXES + CLOSING) == {"my_number": ["382019475514"]}
    account = "預金種別　■普通\n口座番号　　　│5│0│3│8│1│7│2│\n"
    assert read(GREETING + account + CLOSING) == {"jp_bank_account": ["5038172"]}


def test_an_empty_box_parts_a_cards_groups() -> None:
    card = "カード番号\n│5│2│4│8│ │3│1│0│7│ │6│6│4│2│ │1│8│0│8│\n"
    assert boxed_numbers(card) == "カード番号: 5248 3107 6642 1808"
    assert read(GREETING + card + CLOSING) == {"credit_card": ["5248310766421808"]}


def test_a_number_word_alone_takes_the_line_above_as_its_label() -> None:
    licence = (
        "■運転免許証　□パスポート　□マイナンバーカード\n番　　　号\n"
        "┌─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┐\n│3│0│4│1│9│8│2│7│5│6│1│3│\n"
    )
    assert boxed_numbers(licence).endswith("番号: 304198275613")
    assert read(GREETING + licence + CLOSING) == {"jp_drivers_license": ["304198275613"]}


def test_a_ruled_table_and_short_boxes_are_no_boxed_number() -> None:
    table = "│氏名│電話│\n│山田│090│\n│1│2│3│4│\n│2│0│2│5│ │1│1│\n"
    assert boxed_numbers(table) == ""
    # A My Number's boxes with no label near: a number, but no My Number.
    bare = "┌─┬─┐\n│3│8│2│0│1│9│4│7│5│5│1│4│\n"
    assert "my_number" not in read(GREETING + "参考資料\n\n" + bare + CLOSING)


# --- dates of birth on forms (544, 554) ---------------------------------------------------


def test_the_ticked_era_box_gives_the_era() -> None:
    assert found("生年月日　　　□昭和　■平成　□令和　　3 年　 5 月　19 日\n") == {
        "date_of_birth": ["1991-05-19"]
    }
    assert found("生年月日 ■昭和 □平成 55年3月12日\n") == {"date_of_birth": ["1980-03-12"]}
    # None ticked (or two): which era is not said, so no date is read.
    assert found("生年月日 □昭和 □平成 55年3月12日\n") == {}
    assert found("生年月日 ■昭和 ■平成 3年5月19日\n") == {}


def test_a_tick_drawn_after_its_box_ticks_it() -> None:
    # A form filled by hand and typed up: the tick レ beside the box, not in it.
    assert found("生年月日：□昭和 □レ平成 5年3月2日\n") == {"date_of_birth": ["1993-03-02"]}
    assert found("生年月日：□レ昭和 □平成 5年3月2日\n") == {"date_of_birth": ["1930-03-02"]}
    assert found("□昭和 □レ平成 5年3月2日生\n") == {"date_of_birth": ["1993-03-02"]}
    # Two ticked still says nothing.
    assert found("生年月日：■昭和 □レ平成 5年3月2日\n") == {}


def test_a_note_alone_after_the_label_leaves_the_date_to_the_next_line() -> None:
    text = "Dear team,\n\nDate of Birth (DD/MM/YYYY)\n07/10/1979\nPlace of Birth\nSENDAI\n"
    assert found(text) == {"date_of_birth": ["1979-10-07"]}  # the note says day first
    # Something else on the label's line: the date is not the next line's.
    other = "Dear team,\n\nDate of Birth (DD/MM/YYYY) see passport\n07/10/1979\n"
    assert found(other) == {}


def test_a_label_broken_over_two_lines_labels_the_value_under_it() -> None:
    for label in ("Passport\nNo.", "旅券\n番号", "PASSPORT\nNumber"):
        text = f"Dear team,\n\n{label}\nTK4829163\nDate of Issue\n22/06/2021\n"
        assert found(text) == {"jp_passport": ["TK4829163"]}, label
    # A line of its own above "No." that is no passport label: nothing.
    assert found("Dear team,\n\nOrder\nNo.\nTK4829163\n") == {}


def test_a_romaji_addresss_postal_code_on_the_next_line_is_its_own() -> None:
    text = "Dear team,\n\nPresent Address\n4-12-7 Kamisugi, Aoba-ku, Sendai-shi, Miyagi\n980-0011\n"
    assert found(text)["jp_postal_code"] == ["9800011"]


# --- addresses over lines and columns (543, 546, 555) -------------------------------------


def test_an_address_whose_town_ends_in_machi_over_its_block_number() -> None:
    text = GREETING + "現 住 所\n〒\n231-0023\n神奈川県横浜市中区山下町\n118-3　ベイコート山下502\n" + CLOSING
    assert broken_lines(text) == "神奈川県横浜市中区山下町118-3　ベイコート山下502"
    assert read(text)["jp_address"] == ["神奈川県横浜市中区山下町118-3"]
    # The municipality itself is a 町 (a county's town): not a town below it.
    assert broken_lines("巡回先：長野県北佐久郡御代田町\n2-3名体制\n") == ""


def test_an_excel_cell_over_the_next_rows_cell_is_one_address() -> None:
    rows = (
        "設置先住所\t〒152-0023\t\t\n\t東京都目黒区八雲\t\t\n\t3-12-8\t\t\n"
        "設置先住所\t〒144-0052\t\t\n\t東京都大田区蒲田5丁目\t\t\n\t28-6 ベルテックビル3F\t\t\n"
    )
    got = read("工事依頼書2件です。\n\n" + rows + CLOSING)
    # 蒲田5丁目 read alone on its line is the same address cut short: one.
    assert got["jp_address"] == ["東京都大田区蒲田5丁目28-6", "東京都目黒区八雲3-12-8"]


def test_a_street_and_building_column_is_the_streets() -> None:
    header = ("会社名", "郵便番号", "都道府県", "市区町村", "番地・建物", "電話番号")
    assert split_fields(header).addresses == (((0, 2), (1, 3), (2, 4)),)
    row = "株式会社北斗精機\t9800811\t宮城県\t仙台市青葉区一番町\t2-7-15 北斗ビル4F\t022-227-4418\n"
    got = read("宛名リストです。\n\n" + "\t".join(header) + "\n" + row + CLOSING)
    assert got["jp_address"] == ["宮城県仙台市青葉区一番町2-7-15"]


# --- a number cut in a two-column form (558) ----------------------------------------------

TWO_COLUMNS = (
    "電 話 番 号　　　　　　　　　メールアドレス\n"
    "078-331-　　　　　　　　　　tomoko.ogawa68@mailbox.example\n"
    "6620\n"
)


def test_a_number_cut_in_a_two_column_forms_left_cell_is_joined() -> None:
    assert broken_lines(GREETING + TWO_COLUMNS + CLOSING) == "電 話 番 号\n078-331-6620"
    got = read(GREETING + TWO_COLUMNS + CLOSING)
    assert got["jp_phone"] == ["+81783316620"]
    assert got["email_address"] == ["tomoko.ogawa68@mailbox.example"]
    # One space after the dash is no column's gap: a range or a list, not a cut number.
    assert broken_lines(GREETING + "078-331- bis\n6620\n" + CLOSING) == ""
