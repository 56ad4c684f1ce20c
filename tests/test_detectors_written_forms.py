"""Data written the way people and mail clients write it (held-out 183-202): addresses
and dates of birth in kanji numerals, an address whose ward ends a line, a card number
hard-wrapped over two lines, and the reply attribution line that names the quoted
mail's sender (a header field, not a finding)."""

from __future__ import annotations

import pytest

from proxy.detectors import address, find_all
from proxy.model import Segment


def found(text: str) -> dict[str, list[str]]:
    return {t: sorted(f.values) for t, f in find_all([Segment(text, "body", "body")]).items()}


# -- kanji numerals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("〒176-0004 東京都練馬区小竹町二丁目四十三番五号", "東京都練馬区小竹町二丁目四十三番五号"),
        ("東京都港区芝公園四丁目二番八号", "東京都港区芝公園四丁目二番八号"),
        ("東京都練馬区小竹町四十三番地", "東京都練馬区小竹町四十三番地"),
        ("練馬区小竹町二丁目四十三番五号", "練馬区小竹町二丁目四十三番五号"),  # no prefecture
        ("東京都千代田区一番町5-3 ビル", "東京都千代田区一番町5-3"),  # 一番町 is the town
    ],
)
def test_block_numbers_in_kanji(text: str, value: str) -> None:
    assert address.find(text) == [value]


@pytest.mark.parametrize(
    "text", ["東京都千代田区三番町", "大阪府大阪市北区の三番目に大きい店", "東京都港区で五番手"]
)
def test_kanji_that_is_no_block_number(text: str) -> None:
    assert address.find(text) == []


def test_kanji_and_digit_forms_of_one_address_count_once() -> None:
    text = (
        "山田様の住所変更のご連絡です。\n旧住所 東京都練馬区小竹町二丁目四十三番五号\n"
        "現住所 東京都練馬区小竹町2-43-5\n以上、よろしくお願いいたします。\n"
    )
    assert len(found(text)["jp_address"]) == 1


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1. 長男 斉藤 一郎\n   昭和三十二年五月八日生\n", "1957-05-08"),
        ("生年月日：昭和三十二年五月八日", "1957-05-08"),
        ("生年月日 一九八五年十二月三日", "1985-12-03"),
        ("平成元年一月八日生まれ", "1989-01-08"),
        ("生年月日 平成十年十月十日", "1998-10-10"),
    ],
)
def test_dates_of_birth_in_kanji(text: str, iso: str) -> None:
    assert found(text)["date_of_birth"] == [iso]


def test_a_kanji_date_without_a_birth_label_is_no_birthday() -> None:
    assert "date_of_birth" not in found("当社は令和二年十月十日に設立されました。")


# -- an address whose ward ends the line ----------------------------------------------------


def test_a_city_ward_then_the_street_on_the_next_line() -> None:
    # <br> after the ward in an HTML table cell, no prefecture before it.
    assert address.find("さいたま市浦和区\n岸町4-9-3 グランハイツ203") == ["さいたま市浦和区岸町4-9-3"]
    assert address.find("港区\n芝公園4-2-8") == ["港区芝公園4-2-8"]


@pytest.mark.parametrize("text", ["横浜市西区\n1. 日時", "港区\n第2会議室", "新宿区\n定員 30"])
def test_the_next_line_is_not_a_street(text: str) -> None:
    assert address.find(text) == []


# -- a card number hard-wrapped ------------------------------------------------------------

CARD = "4970101234567893"  # Visa, Luhn-valid
WRAPPED = (
    "As requested, please guarantee the reservation with the guest's own\n"
    "Visa card and charge the first night's deposit to it: card number 4970\n"
    "1012 3456 7893, expiry 11/27, cardholder name HIROSHI TANAKA.\n"
)


def test_a_card_number_wrapped_at_72_columns_is_found() -> None:
    assert found(WRAPPED)["credit_card"] == [CARD]
    # ...also when the reply quotes it, and split 4 + 4 / 4 + 4.
    quoted = (
        "Forwarding the guarantee below.\n\n"
        "> Visa card and charge the first night's deposit to it: card number 4970 1012\n"
        "> 3456 7893, expiry 11/27, cardholder name HIROSHI TANAKA.\n"
    )
    assert found(quoted)["credit_card"] == [CARD]


def test_short_lines_and_other_labels_are_not_joined() -> None:
    # A short line is a list, not a wrap: two numbers, one a line.
    assert "credit_card" not in found("番号\n4970\n1012 3456 7893\n")
    assert "credit_card" not in found(
        "Please find the order numbers for this shipment listed: order number 4970\n"
        "1012 3456 7893\n"
    )
    # Luhn-failing, and three groups only.
    assert "credit_card" not in found(WRAPPED.replace("7893", "7894"))
    assert "credit_card" not in found(WRAPPED.replace("1012 3456 7893", "1012 3456"))


# -- attribution lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "> 2025/03/12 9:41、山口 さくら <sakura.y@freemail.example>のメール:",
        "2025年3月12日(水) 9:41 山口 さくら <sakura.y@freemail.example>:",
        "On Wed, Mar 12, 2025 at 9:41 AM Sakura Y <sakura.y@freemail.example> wrote:",
        "2025/03/12 9:41 に sakura.y@freemail.example さんが書きました:",
    ],
)
def test_the_quoted_senders_address_in_an_attribution_line_is_no_finding(line: str) -> None:
    text = f"承知しました。\n\n{line}\n> \n> 返金をお願いします。\n> 山口\n"
    assert "email_address" not in found(text)


def test_an_address_written_in_the_quoted_text_still_counts() -> None:
    text = (
        "承知しました。\n\n2025年3月12日(水) 9:41 山口 さくら <sakura.y@freemail.example>:\n\n"
        "> 夫の連絡先は taro.y@webmail.example です。\n"
    )
    assert found(text)["email_address"] == ["taro.y@webmail.example"]


def test_a_sentence_ending_in_a_colon_is_no_attribution_line() -> None:
    text = "お問い合わせ先のメール: sakura.y@freemail.example\n> 引用\n"
    assert found(text)["email_address"] == ["sakura.y@freemail.example"]


# -- held-out 203-222: system-generated and pasted content ----------------------------------


def test_a_date_of_birth_cut_at_its_line_end_is_read_over_the_next_line() -> None:
    # Text copied from a PDF form: "生年月日 1987年⏎11月26日".
    assert found("氏名 樋口 正人 生年月日 1987年\n11月26日 性別 男\n")["date_of_birth"] == [
        "1987-11-26"
    ]
    assert "date_of_birth" not in found("生年月日 1987年\n入社 2010年4月1日\n")


def test_a_framed_signature_over_an_outlook_forward_is_the_senders() -> None:
    text = (
        "松井様\n\nフォームの内容をそのまま転送します。\n\nよろしくお願いいたします。\n\n"
        "――――――――――――――――――――\nエグザンプル住建株式会社 営業部\n平田 美穂\n"
        "TEL 042-750-3100 / FAX 042-750-3101\n――――――――――――――――――――\n\n"
        "________________________________\n差出人: エグザンプル住建 <wordpress@example.co.jp>\n"
        "送信日時: 2025年4月2日 22:14\n宛先: info@example.co.jp\n件名: お問い合わせ\n\n"
        "【電話番号】\n090-5127-3384\n"
    )
    assert found(text)["jp_phone"] == ["+819051273384"]


def test_the_senders_own_address_cut_short_in_a_pdf_is_still_theirs() -> None:
    """Held-out 105: an invoice PDF cuts the company's address at its column edge
    ("丸の内1-6-", the 5 lost); the signature gives 丸の内1-6-5. Another block of the
    same district is still someone else's."""
    body = "請求書をお送りします。\n\n-- \n株式会社エグザンプル 経理部\n〒100-0005 東京都千代田区丸の内1-6-5\nTEL 03-6453-1320\n"
    pdf = "請求書\n株式会社エグザンプル\n〒100-0005 東京都千代田区丸の内1-6-\nTEL 03-6453-1320\n"
    found_in = {
        t: sorted(f.values)
        for t, f in find_all(
            [Segment(body, "body", "body"), Segment(pdf, "attachment:請求書.pdf", "attachment")]
        ).items()
    }
    assert "jp_address" not in found_in
    other = pdf.replace("丸の内1-6-", "丸の内1-7-3")
    found_other = find_all(
        [Segment(body, "body", "body"), Segment(other, "attachment:請求書.pdf", "attachment")]
    )
    assert sorted(found_other["jp_address"].values) == ["東京都千代田区丸の内1-7-3"]


# -- held-out 243-262: international mail --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address_value", "postal"),
    [
        ("Home: 3-20-11 Tamagawa, Setagaya-ku, Tokyo 158-0094.", "東京都 setagaya-ku tamagawa 3-20-11", "1580094"),
        ("4-1-1 Yukarigaoka, Sakura-shi, Chiba 285-0858, Japan", "千葉県 sakura-shi yukarigaoka 4-1-1", "2850858"),
        ("Room 501, 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo", "東京都 shinjuku-ku nishi-shinjuku 2-8-1", None),
    ],
)
def test_a_japanese_address_in_romaji(text: str, address_value: str, postal: str | None) -> None:
    got = found("Please send the documents to the employee's home.\n" + text + "\nThanks.\n")
    assert got["jp_address"] == [address_value]
    assert got.get("jp_postal_code") == ([postal] if postal else None)


def test_romaji_that_is_no_address() -> None:
    assert "jp_address" not in found("Meeting at 10-12 on Monday, room 3, Tokyo office.\n")
    assert "jp_address" not in found("Our Osaka-shi branch opens 9-17, Monday to Friday.\n")


def test_a_romaji_office_address_in_the_signature_notice_is_the_companys() -> None:
    text = (
        "Dear Ms. Smith,\n\nPlease find the quotation attached.\n\n-- \nTaro Yamada\n"
        "Sample Shoji Co., Ltd.\nTel +81-3-1234-5678\n\n"
        "This e-mail is sent by Sample Shoji Co., Ltd., registered office: 1-1-1 Marunouchi, "
        "Chiyoda-ku, Tokyo 100-0005, Japan.\n"
    )
    assert "jp_address" not in found(text)


def test_a_us_passport_of_nine_digits_right_after_its_label() -> None:
    assert found("Passport No.: 546829173 (USA)\n")["jp_passport"] == ["546829173"]
    assert "jp_passport" not in found("Order No.: 546829173\n")
    assert "jp_passport" not in found("Passport renewal fee 546829173 yen\n")


def test_a_number_after_a_calling_code_is_no_other_countrys_number() -> None:
    # "+44 7700 900418" is in Ofcom's range for fiction: phonenumbers calls it invalid.
    # It is still a UK mobile to a reader, and never "+86 7700900418".
    got = found("Mobile: +44 7700 900418; his Japanese mobile +81 80-1234-5678\n")
    assert got["intl_phone"] == ["+447700900418"]
    assert got["jp_phone"] == ["+818012345678"]
    assert "intl_phone" not in found("Mobile: +1 234 5678\n")  # too short for a number


# -- held-out 263-277: ordinary mail that looks risky --------------------------------------


def test_a_number_in_a_urls_path_or_id_is_no_phone() -> None:
    # 267: a flowed body joined at its soft break gives back a link's file name.
    assert "jp_phone" not in found(
        "資料: https://example.com/files/report_0120-123-456_v2.pdf をご覧ください\n"
    )
    assert "jp_phone" not in found("URL https://x.example/view?id=0355502267\n")
    # The same number beside the link, or a phone a form link carries, still counts.
    assert found("お問い合わせ 0120-123-456 (https://example.com/)\n")["jp_phone"] == [
        "+81120123456"
    ]
    assert found("フォーム https://form.example/?name=yamada&tel=09012345678 から\n")[
        "jp_phone"
    ] == ["+819012345678"]
