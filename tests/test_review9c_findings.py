"""Review 9c of the ninth session's changes (country rows, the new-header rule, EC-CUBE's
prefecture codes, fixed-width text attachments, foreign passport forms): findings as
tests."""

from __future__ import annotations

import json

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.split_fields import split_fields
from proxy.model import Segment
from tests.test_inspect_attachments import mail


def values(data: bytes) -> dict[str, set[str]]:
    ex = extract(data, InspectConfig())
    return {t: set(f.values) for t, f in find_all(ex.segments).items()}


def csv_mail(rows: list[list[str]]) -> bytes:
    text = "\r\n".join(",".join(row) for row in rows) + "\r\n"
    return mail(("export.csv", text.encode(), "text/csv"))


def text_values(text: str) -> dict[str, set[str]]:
    found = find_all([Segment(text=text, location="body", kind="body")])
    return {t: set(f.values) for t, f in found.items()}


# 1. A digit that int() cannot read ("①", "²": isdigit() but no decimal) in a prefecture
# column (or state / region: the same rank) raised ValueError in SplitFields.joined: the
# whole CSV was given up as "corrupt or unreadable" (its text and every value in it
# unread, the mail incomplete).
@pytest.mark.parametrize("cell", ["①", "²"])
def test_a_circled_digit_in_a_prefecture_column_does_not_lose_the_file(cell: str) -> None:
    assert split_fields(("都道府県", "市区町村", "番地")).joined(
        {0: cell, 1: "港区", 2: "芝公園4-2-8"}
    ) == [f"住所: {cell}港区芝公園4-2-8"]
    data = csv_mail([["地域", "都道府県", "市区町村", "番地", "電話"],
                     ["関東", cell, "港区", "芝公園4-2-8", "090-1234-5678"]])
    ex = extract(data, InspectConfig())
    assert ex.incomplete == []
    assert "jp_phone" in values(data)


# 2. A "Country" column that is a person's nationality or origin ("Country of
# Citizenship", 出身国・地域, "Birth Country") says nothing about the row's phone or
# address: a Vietnamese employee's Japanese mobile 9012345678 and 060-0001 (Excel
# dropped the zeros) were read as a US number and no postal code. So was a Japanese row
# whose country is written "Japan (日本)" or as the calling code 81.
@pytest.mark.parametrize("header, country", [
    ("Country of Citizenship", "Vietnam"),
    ("出身国・地域", "ベトナム"),
    ("Birth Country", "Philippines"),
    ("Country", "Japan (日本)"),
    ("Country", "日本国 Japan"),
    ("Country Code", "81"),
    ("Country Code", "+81"),
])
def test_a_nationality_column_keeps_the_zeros_of_japanese_numbers(
    header: str, country: str
) -> None:
    found = values(csv_mail([["Name", header, "Phone", "郵便番号"],
                             ["Nguyen Van An", country, "9012345678", "600001"]]))
    assert found.get("jp_phone") == {"+819012345678"}
    assert found.get("jp_postal_code") == {"0600001"}


def test_a_row_in_another_country_still_keeps_its_own_numbers() -> None:
    found = values(csv_mail([["Name", "Country", "Phone", "Zip"],
                             ["Mike Johnson", "United States", "2065550134", "100000"]]))
    assert "jp_phone" not in found and "jp_postal_code" not in found


# 3. The new-header rule (after an empty row, three or more cells, no number, one naming
# a field): a data row of notes after a blank row ("未提出", "マイナンバーカード申請中"; a
# group of rows per employee is separated so) became the header, and the My Numbers and
# accounts of every row below lost their label (read "未提出: 345678901234").
def test_a_data_row_of_notes_after_a_blank_row_is_no_new_header() -> None:
    found = values(csv_mail([
        ["氏名", "続柄", "個人番号", "備考"],
        ["山田太郎", "本人", "123456789018", ""],
        ["山田花子", "配偶者", "234567890121", ""],
        [],
        ["佐藤一郎", "本人", "未提出", "マイナンバーカード申請中"],
        ["佐藤次郎", "子", "345678901234", ""],
        ["佐藤三郎", "子", "456789012346", ""],
    ]))
    assert found.get("my_number") == {
        "123456789018", "234567890121", "345678901234", "456789012346"
    }


def test_an_account_row_of_notes_after_a_blank_row_is_no_new_header() -> None:
    found = values(csv_mail([
        ["氏名", "銀行", "支店", "口座番号", "備考"],
        ["山田太郎", "みずほ", "新宿", "1234567", ""],
        [],
        ["佐藤一郎", "ゆうちょ", "未登録", "未登録", "口座変更届 提出待ち"],
        ["佐藤次郎", "三井住友", "渋谷", "2345678", ""],
    ]))
    assert found.get("jp_bank_account") == {"1234567", "2345678"}


# 4. A fixed-width text export (給与奉行): one row with an empty cell (no phone, no 建物)
# has fewer words than the header; it ended the table, and the rows below it lost their
# labels (accounts, dates of birth).
def test_a_fixed_width_row_with_an_empty_cell_does_not_end_the_table() -> None:
    def pad(s: str, n: int) -> str:
        return s + " " * max(1, n - len(s.encode("cp932")))
    head = (pad("社員番号", 8) + pad("氏名", 14) + pad("生年月日", 11) + pad("電話番号", 15)
            + pad("銀行", 5) + pad("支店", 5) + pad("種目", 5) + "口座番号")
    rows = [
        ("004011", "山崎浩", "1981/01/16", "", "0005", "012", "1", "5527190"),
        ("004026", "中川美穂", "1987/06/04", "03-3712-6480", "0009", "214", "1", "7104382"),
    ]
    lines = [head] + [
        pad(c, 8) + pad(n, 14) + pad(b, 11) + pad(t, 15) + pad(k, 5) + pad(r, 5) + pad(s, 5) + a
        for c, n, b, t, k, r, s, a in rows
    ]
    text = "\r\n".join(lines) + "\r\n"
    found = values(mail(("shain.txt", text.encode("cp932"), "text/plain")))
    assert found.get("jp_bank_account") == {"5527190", "7104382"}
    assert found.get("date_of_birth") == {"1981-01-16", "1987-06-04"}


# 5. The one-letter passport forms were read only after "Passport" / "PASSPORT" / 旅券 /
# パスポート, and only with nothing but "No." / "番号" between: an HR system's snake_case
# or lower-case key (passport_no, passportNumber), or a bilingual header "Passport Number
# (旅券番号)", "旅券番号（パスポート）" lost them. ("passport no:" typed in lower case in a
# mail is still not read: a lower-case p as a first character of the candidate pass made
# it several times slower on English text.)
@pytest.mark.parametrize("header", [
    "passport_no", "passport_number", "passport", "Passport Number (旅券番号)",
])
def test_foreign_passport_forms_under_other_spellings_of_the_label(header: str) -> None:
    found = values(csv_mail([["Name", header, "Nationality"],
                             ["Nguyen Van An", "C4821937", "Vietnam"]]))
    assert found.get("jp_passport") == {"C4821937"}


@pytest.mark.parametrize("text", [
    "旅券番号（パスポート）: C4821937", "Passport Number (旅券番号): E12345678",
])
def test_foreign_passport_forms_after_a_label_with_a_note(text: str) -> None:
    assert "jp_passport" in text_values(text)


def test_foreign_passport_forms_in_json_keys() -> None:
    doc = [{"name": "Nguyen", "passport_no": "C4821937"},
           {"name": "Tran", "passportNumber": "B7342158"}]
    data = mail(("workers.json", json.dumps(doc).encode(), "application/json"))
    assert values(data).get("jp_passport") == {"C4821937", "B7342158"}


@pytest.mark.parametrize("text", [
    "passport renewal fee: A1234567", "Passport photos, order A1234567",
    "パスポートの更新 品番 A1234567",
])
def test_a_one_letter_code_near_a_passport_word_is_still_no_passport(text: str) -> None:
    assert "jp_passport" not in text_values(text)
