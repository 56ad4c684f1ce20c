"""Label-window detectors: My Number, 法人番号, licence, pension, passport, 在留カード,
bank account, postal code."""

from __future__ import annotations

import random

import pytest
from stdnum.jp import cn, in_

from proxy.detectors import (
    bank_account,
    corporate_number,
    drivers_license,
    find_all,
    my_number,
    passport,
    pension_number,
    postal_code,
    residence_card,
)
from proxy.model import Segment


def valid_my_number(seed: int) -> str:
    body = f"{random.Random(seed).randrange(10**11):011d}"
    return body + in_.calc_check_digit(body)


def invalid_my_number(seed: int) -> str:
    good = valid_my_number(seed)
    return good[:-1] + str((int(good[-1]) + 1) % 10)


def valid_corporate_number(seed: int) -> str:
    body = f"{random.Random(seed).randrange(10**12):012d}"
    return cn.calc_check_digit(body) + body


MY = valid_my_number(1)
GROUPED = f"{MY[:4]} {MY[4:8]} {MY[8:]}"


@pytest.mark.parametrize(
    "text",
    [
        f"マイナンバー: {MY}",
        f"個人番号（マイナンバー）は {GROUPED} です。",
        f"My Number {MY[:4]}-{MY[4:8]}-{MY[8:]}",
        f"ﾏｲﾅﾝﾊﾞｰ：{GROUPED}",  # half-width katakana label
        "マイナンバー　"
        + GROUPED.translate(str.maketrans("0123456789 ", "０１２３４５６７８９　")),
        f"マイナンバー\n{GROUPED}",  # label on its own line, value below
        f"マイナンバー\t{MY}",  # key <TAB> value
    ],
)
def test_my_number_with_label(text: str) -> None:
    assert my_number.find(text) == [MY]


def test_my_number_needs_a_label() -> None:
    assert in_.is_valid(MY)
    assert my_number.find(f"お問い合わせ番号 {MY}") == []
    assert my_number.find(f"{MY}") == []


def test_my_number_needs_the_check_digit() -> None:
    assert my_number.find(f"マイナンバー: {invalid_my_number(1)}") == []


def test_label_in_another_cell_does_not_count() -> None:
    row = f"マイナンバー: 未提出\t社員番号: {MY}"
    assert my_number.find(row) == []


def test_tabular_rows_label_every_value() -> None:
    rows = "\n".join(
        f"氏名: 顧客{i}\tマイナンバー: {valid_my_number(i)}\t電話番号: 090-1234-{5670 + i}"
        for i in range(5)
    )
    assert my_number.find(rows) == [valid_my_number(i) for i in range(5)]
    found = find_all([Segment(rows, "attachment:list.csv", "attachment")])
    assert found["my_number"].count == 5
    assert found["jp_phone"].count == 5


def test_spaced_iban_is_not_a_my_number() -> None:
    # DE89 3704 0044 0532 0130 00 holds a 4-4-4 window; it is an IBAN.
    found = find_all([Segment("マイナンバー欄: DE89 3704 0044 0532 0130 00", "body", "body")])
    assert set(found) == {"iban"}


def test_corporate_number() -> None:
    number = valid_corporate_number(7)
    assert corporate_number.find(f"法人番号：{number}") == [number]
    assert corporate_number.find(f"Corporate Number {number}") == [number]
    assert corporate_number.find(number) == []  # no label
    wrong = str((int(number[0]) + 1) % 10) + number[1:]
    assert corporate_number.find(f"法人番号 {wrong}") == []


def test_jan_code_and_timestamp_are_not_corporate_numbers_without_label() -> None:
    found = find_all([Segment("JAN 4901234567894 / epoch 1700000000000", "body", "body")])
    assert found == {}


def test_drivers_license() -> None:
    assert drivers_license.find("運転免許証番号：第 301234567890 号") == ["301234567890"]
    assert drivers_license.find("Driver's license 3012 3456 7890") == ["301234567890"]
    assert drivers_license.find("301234567890") == []


def test_pension_number() -> None:
    assert pension_number.find("基礎年金番号 1234-567890") == ["1234567890"]
    assert pension_number.find("基礎年金番号：1234567890") == ["1234567890"]
    assert pension_number.find("会員番号 1234-567890") == []
    assert pension_number.find("基礎年金番号 123-4567890") == []  # not 4 + 6


def test_passport() -> None:
    assert passport.find("旅券番号: TK1234567") == ["TK1234567"]
    assert passport.find("Passport No. AB7654321 (expires 2030)") == ["AB7654321"]
    assert passport.find("TK1234567") == []  # no label
    assert passport.find("パスポート XTK1234567") == []  # three letters
    assert passport.find("パスポート TK12345678") == []  # eight digits


def test_residence_card() -> None:
    assert residence_card.find("在留カード番号：AB12345678CD") == ["AB12345678CD"]
    assert residence_card.find("在留カード AB12345678C") == []
    assert residence_card.find("AB12345678CD") == []


def test_bank_account() -> None:
    assert bank_account.find("振込先：みずほ銀行 本店 普通 1234567") == ["1234567"]
    assert bank_account.find("当座預金 口座番号：0012345") == ["0012345"]
    assert bank_account.find("売上: 1234567") == []
    assert bank_account.find("普通 12345678") == []  # not 7 digits


@pytest.mark.parametrize(
    "text",
    [
        # A fee note between the bank label and the number (found by a review).
        "お振込先（手数料はご負担ください）：みずほ銀行 本店 1234567",
        "振込先口座番号（手数料当社負担）1234567",
        "お振込先口座番号（振込手数料はご負担ください）\n1234567",
        "口座種別：普通\n  口座番号：3456789",
        "口座　　：普通預金 7654321",
        "お振込先　：りそな銀行 新橋支店 (普) 0012345 カ)エグザンプル",
        "（普）0012345",
        "当座 0012345",
        "普通：0012345",
        "振込先：みずほ銀行 渋谷支店(店番号123) 0012345",
    ],
)
def test_bank_account_labels(text: str) -> None:
    assert len(bank_account.find(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # 普通 is a label only right before the number: 普通車, 普通免許 are not accounts.
        "変更後：のぞみ 21号 普通車指定席 2名 予約番号 4567890",
        "普通車指定席 4567890",
        "普通自動車免許 取得 2019年 免許番号 1234567",
        # A nearer label of another number wins over an account label before it.
        "振込人 お客様番号 1234567",
        "普通預金のご案内 注文番号：1234567",
        "口座開設 受付 1234567",
        # An amount or a fee next to 振込 (a payment schedule's column).
        "振込金額: 1234567", "振込金額\t1234567", "振込手数料 1234567", "振込日 1234567",
    ],
)
def test_bank_account_needs_the_nearest_label(text: str) -> None:
    assert bank_account.find(text) == []
    assert "jp_bank_account" not in find_all([Segment(text, "body", "body")])


@pytest.mark.parametrize(
    "text",
    [
        # Money next to an account word: a balance report or a journal to the tax
        # accountant (found by the false-positive hunt).
        "当座預金 1234567円", "普通預金 1234567 円", "普通預金　1234567円也",
        "普通預金 残高 2345678", "普通預金 ¥2345678", "普通預金 ￥2345678", "普通預金 \\2345678",
        "普通 1234567 yen", "Ordinary deposit 普通 1234567 JPY",
    ],
)
def test_bank_account_amount_is_not_an_account(text: str) -> None:
    assert bank_account.find(text) == []


def test_bank_account_followed_by_a_name_starting_with_en_is_an_account() -> None:
    # 円谷 is a surname: after a space, 円 before a kanji starts the holder's name.
    assert bank_account.find("普通 1234567 円谷花子") == ["1234567"]
    assert bank_account.find("普通 1234567円以上") == []  # money, written as it is


def test_bank_account_currency_is_read_per_number_not_remembered_per_label() -> None:
    # numbers.process remembers a run's answer by the text around it: the same label
    # and number once with 円 after it and once without must still differ.
    text = "普通預金 1234567円\n普通預金 1234567\n"
    assert bank_account.find(text) == ["1234567"]
    assert find_all([Segment(text, "body", "body")])["jp_bank_account"].count == 1
    # The same text up to four characters after the number.
    assert bank_account.find("普通 7654321 yen") == []
    assert bank_account.find("普通 7654321 yes") == ["7654321"]


def test_postal_code() -> None:
    assert postal_code.find("〒100-0001 東京都千代田区") == ["1000001"]
    assert postal_code.find("郵便番号：５３０－０００１") == ["5300001"]
    assert postal_code.find("〒1000001") == ["1000001"]
    assert postal_code.find("内線 100-0001") == []
    assert postal_code.find("〒 1000-001") == []


def test_circled_list_marker_is_not_glued_to_the_number() -> None:
    # NFKC alone would read "①" as "1": "1090-…" is no phone number.
    found = find_all([Segment("①090-1234-5678 ②080-1111-2222", "body", "body")])
    assert found["jp_phone"].count == 2
