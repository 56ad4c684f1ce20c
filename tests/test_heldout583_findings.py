"""What blind held-out round 583-602 (regional business mail: farmers, sites, schools,
municipal and tourism mail, and controls naming places with numbers) found, each as the
smallest text that shows it."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "miyasaka@example.co.jp"
HELLO = "いつもお世話になっております。\n\n"
BYE = "\n\nよろしくお願いいたします。\n"


def found(text: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


@pytest.mark.parametrize(
    "written",
    [
        "富岡市妙義町諸戸1045",  # a rural lot after its town, no 番地
        "甘楽郡下仁田町大字吉崎245",
        "前橋市総社町植野351",
    ],
)
def test_a_rural_lot_after_its_town_is_a_block_number(written: str) -> None:
    assert found(f"{HELLO}住所: {written}\t電話番号: 0274-73-2281{BYE}")["jp_address"] == [written]


def test_an_address_after_a_bracket_or_a_bullet_is_found() -> None:
    text = HELLO + "【工事場所】前橋市総社町総社1611番地 ほか\n・松本市中央2-1-20 松本ビル" + BYE
    assert found(text) == {"jp_address": ["前橋市総社町総社1611番地", "松本市中央2-1-20"]}


@pytest.mark.parametrize(
    "line",
    [
        "・松本市 2-3 月の出荷：148台",  # months, after a bullet
        "・名寄市 2-3 店目は 14:00 以降の納品です。",  # an ordinal's 目 after the counter
        "・富岡市 100 ケースを出荷",
        "・松本市 1-2 名で対応します。",
    ],
)
def test_a_city_before_a_spaced_count_is_no_address(line: str) -> None:
    assert found(HELLO + line + BYE) == {}


def test_groups_of_digits_in_boxes_after_a_number_label() -> None:
    # Review 25's note: a number's groups a box each, after a label that says number.
    from proxy.inspect.formboxes import boxed_numbers

    assert boxed_numbers("個人番号　3820│1947│5514\n") == "個人番号: 3820-1947-5514"
    assert boxed_numbers("電話番号　090│3392│7145\n") == "電話番号: 090-3392-7145"
    # A table's figures after a word that is no number's label stay figures.
    assert boxed_numbers("カード │ 4512 │ 3320 │ 4180 │ 5110\n") == ""


@pytest.mark.parametrize(
    "written",
    [
        "岩手郡雫石町長山狼沢12地割45番",  # 町 + 長山: no 町長 (mayor) here
        "桑名市長島町松ケ島461-2",  # 市 + 長島町: no 市長
        "仙台市太白区長町5-2-1",  # 区 + 長町: no 区長
    ],
)
def test_a_town_whose_name_starts_like_an_office_is_read(written: str) -> None:
    assert found(f"{HELLO}所在地：{written} まで{BYE}") == {"jp_address": [written]}
