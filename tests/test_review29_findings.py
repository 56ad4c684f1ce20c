"""Review 29: problems introduced by 703edb1 (review 28's fixes).

The word after a ward or a city (区民, 区画, 市民 …) is now let through whenever it
goes on in kanji or in a letter, so the everyday words review 27 meant to stop come
back as addresses (市民税, 市民球場, 区民会館, 区画番号); a tally pasted from Excel
under a header of one kana a column (ア イ ウ … a questionnaire's choices) is read as
a grid form's phone or bank account; and the address label's reach, now 64
characters, takes "住所変更" at a sentence's start for a label, so an extension
number at its end is read as a lot. Each passed at 88bd7f8.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "sato@example.co.jp"
HELLO = "佐藤様\n\nお世話になっております。\n"
BYE = "\n\nよろしくお願いいたします。\n\n鈴木\n"


def found(text: str, sender: str = SENDER) -> dict[str, list[str]]:
    result = find_all([Segment(text, "body")], sender_addresses=[sender])
    return {t: list(f.values) for t, f in result.items()}


# --- _WORD_END: a word after a city's or a ward's name, going on in kanji ---------------


@pytest.mark.parametrize(
    "line",
    [
        # A city's resident tax, installments 1 to 2.
        "長野市民税1-2期分として計45,600円を納付しました。",
        # A baseball score at the city's stadium.
        "昨日の決勝は松本市民球場 3-2 で勝ちました。",
        # A meeting room in a ward's community hall (青葉区 read alone).
        "会場は青葉区民会館 2-1 会議室です。",
    ],
    ids=["shiminzei", "shimin_kyujo", "kumin_kaikan"],
)
def test_a_citizens_facility_or_tax_and_a_number_is_no_address(line: str) -> None:
    """703edb1 rejects 市民/区民 after a city or a ward only when the word ends at once
    (a digit, a space, katakana), so that 鶴岡市民田 is read. But 民 is far more often
    the start of 市民税, 市民球場, 市民会館, 区民会館, 区民体育館 …, words that go on in
    kanji: "長野市民税1-2期分" is read as 長野市, town 民税, block 1-2, and a score or a
    room number at a city's hall becomes an address. No reader sees one; 88bd7f8 found
    nothing."""
    assert "jp_address" not in found(HELLO + line + BYE)


@pytest.mark.parametrize(
    "line",
    [
        "当日は駐車場の東区画番号12-3をご利用ください。",
        "当日は駐車場の東区画Ｂ12-3をご利用ください。",
    ],
    ids=["kukaku_bango", "kukaku_letter"],
)
def test_a_parking_section_written_with_a_word_or_a_letter_is_no_address(line: str) -> None:
    """Review 27 stopped "東区画12-3" (a parking bay: 東区 + 画 + 12-3). 703edb1 stops it
    only when a digit, a space or katakana follows 画, so the same bay written
    "東区画番号12-3" or with the row's letter "東区画Ｂ12-3" is read as ward 東区 again.
    88bd7f8 found nothing."""
    assert "jp_address" not in found(HELLO + line + BYE)


# --- formboxes._grid_row: a header of one kana a column ----------------------------------


@pytest.mark.parametrize(
    ("header", "row", "kind"),
    [
        (["回答経路", *"アイウエオカキクケコ"], ["電話", 0, 3, 1, 2, 4, 1, 5, 2, 3, 1], "jp_phone"),
        (["支払方法", *"アイウエオカキ"], ["口座振替", 3, 1, 0, 2, 4, 1, 2], "jp_bank_account"),
    ],
    ids=["phone", "bank_account"],
)
def test_a_tally_under_a_header_of_kana_choices_is_no_grid_form(
    header: list[str], row: list[object], kind: str
) -> None:
    """_HEADER_WORD no longer counts a header cell of one kana, so that a name's フリガナ
    one a box (ヤ マ モ ト) does not hide a grid form's My Number. But a questionnaire's
    choices are written ア イ ウ エ オ … one a column, and its tally pasted from Excel
    (by reply channel, by payment method) has one small count a cell: "電話 0 3 1 2 4 1
    5 2 3 1" is read as a grid form's phone 03-1241-5231, "口座振替 3 1 0 2 4 1 2" as a
    bank account. A row of choices over the counts is a table's header as much as
    月 火 水 … is (review 27). 88bd7f8 found nothing."""
    rows = [header, row, ["メール", *([1, 0, 2, 3, 1, 0, 2, 1, 4, 2][: len(header) - 1])]]
    table = "\n".join("\t".join(str(c) for c in r) for r in rows)
    msg = EmailMessage()
    msg["From"] = f"佐藤 一郎 <{SENDER}>"
    msg["To"] = "info@customer.example"
    msg["Subject"] = "アンケート集計"
    msg.set_content(HELLO + "アンケート問3の集計です。\n\n" + table + BYE)
    result = extract(bytes(msg))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    assert kind not in got, got[kind].values if kind in got else None


# --- the address label's reach (_LABEL_REACH = 64) ---------------------------------------


def test_an_extension_number_after_a_sentence_about_a_change_of_address_is_no_address() -> None:
    """The lone lot after a municipality ("茅野市玉川1234") is taken for an address when an
    address label stands before it on its line, now 64 characters back. "住所" is found
    anywhere, so a sentence that starts with "住所変更の届出…" and ends at the city hall's
    extension "松本市役所市民課内線2345" is read as 松本市, town 役所市民課内線, lot 2345
    (the word is 25 characters back, past the old reach of 24). A label is what names the address after it;
    88bd7f8 found nothing."""
    line = "住所変更の届出についてご不明な点がございましたら、松本市役所市民課内線2345までお問い合わせください。"
    assert "jp_address" not in found(HELLO + line + BYE)
