"""What blind held-out rounds 413-432 (invisible characters and copy-paste artifacts)
and 433-452 (support desks, CRM records, chat exports) found, each as the smallest text
that shows it."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.detectors.birth_date import find as find_dob
from proxy.detectors.normalize import without_invisible
from proxy.inspect.htmltext import html_to_text
from proxy.model import Segment


def found(
    text: str, sender: str = "arai@example.co.jp", names: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, "body", "body")], sender_addresses=[sender], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


# --- characters that show nothing (413, 418, 427, 429) -------------------------------


def test_invisible_characters_inside_numbers_and_words_are_taken_out() -> None:
    text = (
        "お客様の携帯 090\u200b-4127\u200c-8836 です。\n"
        "マイナンバー 3625\u20601847\u20602908\n"
        "カード 4929\u00ad7315\u200d2288\u200e4105\n"
        "【社\u200b外\u200b秘】\n"
    )
    got = find_all([Segment(text, "body", "body")], keywords=["社外秘"])
    values = {t: sorted(f.values) for t, f in got.items()}
    assert values["jp_phone"] == ["+819041278836"]
    assert values["my_number"] == ["362518472908"]
    assert values["credit_card"] == ["4929731522884105"]
    assert values["keyword"] == ["社外秘"]


def test_the_separators_that_show_stay_and_plain_text_is_the_same_object() -> None:
    # A narrow no-break space and a non-breaking hyphen are separators the detectors
    # know; ASCII text and text without invisible characters come back as they are.
    assert without_invisible("090\u20114127\u202f8836") == "090\u20114127\u202f8836"
    ascii_text = "TEL 03-1234-5678"
    assert without_invisible(ascii_text) is ascii_text
    japanese = "電話 03-1234-5678"
    assert without_invisible(japanese) is japanese
    assert without_invisible("\ufeff氏名,電話") == "氏名,電話"


# --- host screens in half-width kana, labels padded to a column (417) ---------------


def test_half_width_kana_labels_of_a_host_screen() -> None:
    text = (
        "ｼﾝｾｲｼｬ ｶﾅｼﾒｲ      : ﾀｶﾊｼ ﾕｳｷ\n"
        "ｾｲﾈﾝｶﾞｯﾋﾟ         : S５８.０７.２３\n"
        "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ       : ２６０-0013\n"
    )
    assert found(text) == {"jp_postal_code": ["2600013"], "date_of_birth": ["1983-07-23"]}


def test_a_postal_label_padded_to_a_column() -> None:
    assert found("郵便番号                : 260-0013\n") == {"jp_postal_code": ["2600013"]}
    assert found("郵便番号 の記入例と 260-0013\n") == {}  # not right before it


# --- Excel's serial numbers under a date-of-birth label (416) -----------------------


def test_a_date_of_birth_saved_as_an_excel_serial() -> None:
    assert find_dob("生年月日: 30942") == ["1984-09-17"]
    assert find_dob("生年月日\t28889\t09012345678") == ["1979-02-03"]
    assert find_dob("生年月日: 30942円") == []  # money
    assert find_dob("生年月日: 30942.5") == []
    assert find_dob("生年月日: 99999") == []  # 2173: not born yet
    assert find_dob("登録番号: 30942") == []  # no date-of-birth label


# --- ruby, and hidden text (421) ----------------------------------------------------


def test_furigana_is_no_part_of_the_address_it_reads() -> None:
    html = (
        "<p>ご住所 北海道<ruby>札幌市<rt>さっぽろし</rt></ruby>中央区"
        "<ruby>南<rp>(</rp><rt>みなみ</rt><rp>)</rp></ruby>10条西8丁目3-21</p>"
    )
    assert html_to_text(html)[0] == "ご住所 北海道札幌市中央区南10条西8丁目3-21"


def test_an_unclosed_rt_does_not_hide_the_rest() -> None:
    # HTML lets </rt> be left out: the next tag ends it, not the document's end.
    html = "<p><ruby>山田<rt>やまだ</ruby>様 090-1234-5678</p><p>本文</p>"
    assert html_to_text(html)[0] == "山田様 090-1234-5678\n本文"
    assert html_to_text("<ruby>漢<rt>かん<p>電話 090-1234-5678</p>")[0].endswith(
        "電話 090-1234-5678"
    )


# --- whose numbers: the sender's company's in its own signature (448, 451) ----------


def test_a_support_centre_with_its_number_in_the_senders_signature() -> None:
    text = (
        "調査をお願いいたします。\n\n-- \n株式会社エグザンプル 品質保証部\n川村 恵理\n"
        "〒105-0011 東京都港区芝公園2-4-1\nお客様サポートセンター 0120-558-214\n"
    )
    assert found(text, "kawamura@example.co.jp") == {}


def test_a_company_line_ending_in_ltd_and_a_desk_number_under_best_regards() -> None:
    text = (
        "Hi all,\nHere is the SLA digest for week 40.\nBest regards,\nKenji Arai\n"
        "Support Operations, Example Co., Ltd.\nExample Support Center +81 3-6453-2400\n"
    )
    # The From header's name holds the name signed with (448's); another name does not.
    assert found(text, names=("Support Operations - Kenji Arai",)) == {}
    assert found(text, names=("Hanako Yamada",)) == {"jp_phone": ["+81364532400"]}


def test_a_customers_name_and_tel_under_best_regards_still_count() -> None:
    text = (
        "A customer wrote this through the form:\n\nMy heater has not arrived.\n\n"
        "Best regards,\nHanako Yamada\nTel: 090-1234-5678\n"
    )
    assert found(text) == {"jp_phone": ["+819012345678"]}


def test_invisible_characters_in_a_signature_and_in_company_details_read_as_clean() -> None:
    # Read again without them wherever scan meets them: the sender's own signature with
    # a zero-width space in its TEL stays the sender's.
    text = (
        "ご確認ください。\n\n-- \n株式会社エグザンプル 総務部\n高田 直樹\nTEL 03-5550\u200b-2269\n"
    )
    assert found(text, "takada@example.co.jp") == {}
    from proxy.detectors.engine import scan

    assert scan("TEL 03\u200b-5550-2269") == [("jp_phone", "+81355502269")]


def test_a_markdown_table_right_above_the_signature_is_no_part_of_it() -> None:
    # Found by the session's demo run: the table's "|---|---|" rule read as a separator
    # line opening a signature block, so the rows' phones were the sender's own.
    text = (
        "返金先のご案内です。\n\n| 氏名 | 電話番号 |\n|---|---|\n| 青木 | 090-2864-1137 |\n"
        "| 石井 | 080-5521-7748 |\n\nBest regards,\nKen Ishida\n"
        "Example Co., Ltd. | Logistics\n+81 3 6453 2262\n"
    )
    customers = {"jp_phone": ["+818055217748", "+819028641137"]}
    assert found(text, "ishida@example.com", ("Ken Ishida",)) == customers
    boxed = text.replace("| 青木 | 090-2864-1137 |", "│青木│090-2864-1137│").replace(
        "| 石井 | 080-5521-7748 |", "│石井│080-5521-7748│"
    )
    assert found(boxed, "ishida@example.com", ("Ken Ishida",)) == customers
