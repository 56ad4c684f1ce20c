"""Personal data missed beside other labels, found by a leak hunt (about 300 lines as
order confirmations, bookings, clinics, call centres and HR write them) and by a fresh
held-out set (88-117, /tmp only): a customer's phone after an order or ID label, labels
with a note in brackets or combined with another, English export keys, an address split
over columns, and numbers of other kinds read as phones."""

from __future__ import annotations

import json
from email.message import EmailMessage

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment


def counts(text: str) -> dict[str, int]:
    return {t: f.count for t, f in find_all([Segment(text, "body", "body")]).items()}


def attachment_counts(name: str, data: bytes, ctype: str) -> dict[str, int]:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.co.jp", "b@partner.example", "送付"
    msg.set_content("お送りします。\n")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    ex = extract(msg.as_bytes(), InspectConfig())
    return {t: f.count for t, f in find_all(ex.segments).items()}


@pytest.mark.parametrize(
    "text",
    [
        # A phone label after an order / ID label, "/" between them.
        "ご注文者：山田太郎 様 ／ 電話番号：090-1234-5678",
        "注文番号 1234 / 電話番号 090-1234-5678",
        "Order #1234 / Phone: 090-1234-5678",
        "Customer ID 1234 / Mobile 090-1234-5678",
        "患者ID：123456／生年月日：1980年3月15日／連絡先：090-2222-3333",
        # An order word inside the phone label's note is no order number.
        "電話番号（ご注文時）090-1234-5678",
        "TEL(注文者) 090-1234-5678",
        "注文者TEL 090-1234-5678",
        # Phone labels glued to a word, or written other ways.
        "伝票番号：123　受取人TEL：090-1234-5678",
        "問合せ番号: INC-00123 顧客ID: C123456 折返し先: 090-1234-5678",
        "チケットID #4567 / Caller: 090-1234-5678",
        "注文番号：123　℡ 090-1234-5678",
        "受付番号 12　ケータイ 090-1234-5678",
    ],
)
def test_a_phone_beside_an_order_or_id_label_is_found(text: str) -> None:
    assert counts(text).get("jp_phone") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Meeting ID / Phone: 03 1234 5678",  # one label: the meeting's
        "予約番号 0312345678",
        "会員番号 0312345678",
        "送り状番号 0312345678",
        "請求書番号 0312345678",
        "カルテ番号 0312345678",
        "物件番号：0312345678",
        "Booking ref 0312345678",
    ],
)
def test_numbers_of_other_kinds_are_no_phones(text: str) -> None:
    assert "jp_phone" not in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "生年月日（契約者）1985/04/12",
        "生年月日 (yyyy/mm/dd) 1985/04/12",
        "DOB (dd/mm/yyyy): 12/04/1985",
        "生年月日・年齢 1985/04/12（39歳）",
        "Date of birth / Age: 1985-04-12 / 39",
        "生年月日・性別 1985/04/12・男",
        "【生年月日】\n1985年4月12日",
    ],
)
def test_a_date_of_birth_label_with_a_note_or_a_second_half(text: str) -> None:
    assert counts(text).get("date_of_birth") == 1


def test_a_combined_label_does_not_reach_a_later_date() -> None:
    # The second half of a combined label is one that holds no date (年齢, 性別): with
    # another date's label ("生年月日 / 記入日") the date may be either, and is not taken.
    assert "date_of_birth" not in counts("生年月日 / 記入日 2024/05/01")
    assert "date_of_birth" not in counts("生年月日・性別・住所 欄に記入、締切 2024/05/01")


def test_postal_code_and_account_labels_with_a_note_or_a_middle_dot() -> None:
    assert counts("郵便番号（お届け先）150-0001").get("jp_postal_code") == 1
    assert counts("口座種別・番号 普通・1234567").get("jp_bank_account") == 1


def test_english_export_keys_label_their_values() -> None:
    rows = [
        {"name": f"c{i}", "dob": f"198{i}-04-0{i + 1}", "zip": f"15{i}-000{i}",
         "pref": "東京都", "city": "渋谷区", "street": f"神宮前1-2-{i + 1}"}
        for i in range(3)
    ]
    found = attachment_counts("export.json", json.dumps(rows).encode(), "application/json")
    assert found["date_of_birth"] == 3 and found["jp_postal_code"] == 3
    assert found["jp_address"] == 3  # the record's values read as one address
    csv = "name,date_of_birth,ssn\r\n" + "".join(
        f"c{i},04/1{i}/1985,123-45-678{i}\r\n" for i in range(3)
    )
    assert attachment_counts("us.csv", csv.encode(), "text/csv")["date_of_birth"] == 3


def test_an_address_split_over_columns_is_read_joined() -> None:
    csv = "氏名,郵便番号,住所1,住所2\r\n" + "".join(
        f"顧客{i},160-002{i},東京都新宿区西新宿,2-8-{i + 1} ファミール西新宿30{i}\r\n"
        for i in range(5)
    )
    assert attachment_counts("顧客.csv", csv.encode("cp932"), "text/csv")["jp_address"] == 5


def test_a_prefecture_column_beside_a_full_address_counts_once() -> None:
    csv = "氏名,都道府県,住所\r\n" + "".join(
        f"顧客{i},東京都,東京都武蔵野市吉祥寺本町1-8-{i + 1}\r\n" for i in range(5)
    )
    assert attachment_counts("顧客.csv", csv.encode("cp932"), "text/csv")["jp_address"] == 5


def test_a_calendar_uid_is_no_email_address() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:20241210T100000-itv-0412@example.co.jp\r\n"
        "SUMMARY:面談\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert "email_address" not in attachment_counts("invite.ics", ics.encode(), "text/calendar")


@pytest.mark.parametrize(
    "text",
    [
        "■個人番号(マイナンバー)\n  本人    7301 8264 5514",
        "■個人番号\n本人：730182645514",
        "個人番号\n本人\t730182645514",
    ],
)
def test_my_numbers_in_rows_under_a_heading_are_labelled(text: str) -> None:
    assert counts(text).get("my_number") == 1


def test_rows_under_a_heading_need_the_heading_and_a_name_only() -> None:
    assert counts("マイナンバー\n本人 730182645514\n配偶者 123456789018")["my_number"] == 2
    assert "my_number" not in counts("マイナンバーの提出をお願いします\n社員番号 123456789018")
    assert "my_number" not in counts("マイナンバー\n\n本人 730182645514")  # a blank line ends it
    assert "my_number" not in counts("お問い合わせ\n本人 730182645514")
    # The same row as one answered before, without the heading: no label (the answer is
    # remembered by the row's context, which holds the heading or not).
    assert "my_number" not in counts("ご参考\n本人 730182645514")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Tokyo-03-1234-5678", 1),  # a place glued by a dash: the number is a phone
        ("Osaka-06-6123-4567", 1),
        ("INC-03-1234-5678", 0),  # a code in capitals
        ("ABC2-03-1234-5678", 0),  # a code with a digit
    ],
)
def test_a_word_glued_to_a_number_is_a_code_only_when_written_as_one(
    text: str, phones: int
) -> None:
    assert counts(text).get("jp_phone", 0) == phones
