"""email_address, jp_address, date_of_birth, keyword."""

from __future__ import annotations

import pytest

from proxy.detectors import address, birth_date, email_address, find_all, keyword
from proxy.model import Segment

# Microsoft Presidio, presidio-analyzer/tests/test_email_recognizer.py.


def test_presidio_valid_email() -> None:
    assert email_address.find("info@presidio.site") == ["info@presidio.site"]
    assert email_address.find("my email is info@presidio.site") == ["info@presidio.site"]


def test_presidio_two_emails() -> None:
    text = "try one of this emails: info@presidio.site or anotherinfo@presidio.site"
    assert email_address.find(text) == ["info@presidio.site", "anotherinfo@presidio.site"]


def test_presidio_invalid_email() -> None:
    assert email_address.find("the email is my email is info@presidio.") == []


def test_emails_in_japanese_text_are_lower_cased() -> None:
    text = "メール：Taro.Yamada@Example.CO.JPまでご連絡ください。ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ"
    assert sorted(email_address.find(text)) == ["hanako@example.jp", "taro.yamada@example.co.jp"]


def test_emails_are_not_read_from_headers() -> None:
    found = find_all(
        [
            Segment("a@customer.example, b@customer.example", "header:To", "header"),
            Segment("ご連絡先: c@customer.example", "body", "body"),
        ]
    )
    assert found["email_address"].count == 1
    assert found["email_address"].locations == ["body"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("〒100-0001 東京都千代田区千代田1-1", "東京都千代田区千代田1-1"),
        ("大阪府大阪市北区梅田3丁目1番3号 ビル5F", "大阪府大阪市北区梅田3丁目1番3号"),
        ("住所：神奈川県横浜市中区山下町２７９－２５", "神奈川県横浜市中区山下町279-25"),
        ("北海道札幌市中央区北1条西2丁目", "北海道札幌市中央区北1条西2丁目"),
        ("東京都 港区 芝公園 4ー2ー8", "東京都港区芝公園4-2-8"),
        ("長野県北佐久郡軽井沢町軽井沢1323", "長野県北佐久郡軽井沢町軽井沢1323"),
        # Kyoto: street 通, cross street, 上ル / 下ル / 東入 …, then the town.
        (
            "住所: 京都府京都市下京区烏丸通塩小路下ル東塩小路町721-1",
            "京都府京都市下京区烏丸通塩小路下ル東塩小路町721-1",
        ),
        (
            "京都府京都市東山区四条通大和大路西入ル中之町200番地",
            "京都府京都市東山区四条通大和大路西入ル中之町200番地",
        ),
        (
            "京都府京都市中京区河原町通三条上る下丸屋町403",
            "京都府京都市中京区河原町通三条上る下丸屋町403",
        ),
    ],
)
def test_addresses(text: str, value: str) -> None:
    assert address.find(text) == [value]
    found = find_all([Segment(text, "body", "body")])
    assert list(found["jp_address"].values) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Without the prefecture: a designated city with its ward, or a Tokyo ward.
        ("送付先: 大阪市北区梅田2-2-2", "大阪市北区梅田2-2-2"),
        ("横浜市西区みなとみらい２－３－１", "横浜市西区みなとみらい2-3-1"),
        ("さいたま市浦和区高砂3-15-1", "さいたま市浦和区高砂3-15-1"),
        ("千代田区丸の内1-1-1 丸の内ビル", "千代田区丸の内1-1-1"),
        ("千代田区霞が関1丁目2番3号", "千代田区霞が関1丁目2番3号"),
        ("北区赤羽1-2-3", "北区赤羽1-2-3"),
        # 港北区 ends with 北区: one address, not a second one from 北区.
        ("神奈川県横浜市港北区新横浜2-3-4", "神奈川県横浜市港北区新横浜2-3-4"),
        ("横浜市港北区新横浜2-3-4", "横浜市港北区新横浜2-3-4"),
        # No-break spaces (&nbsp;) between the parts.
        ("住所：東京都\u00a0千代田区\u00a0丸の内1-2-3", "東京都千代田区丸の内1-2-3"),
        # With the prefecture: found once, from the prefecture.
        ("大阪府大阪市北区梅田3丁目1番3号", "大阪府大阪市北区梅田3丁目1番3号"),
        ("東京都 千代田区丸の内1-1-1", "東京都千代田区丸の内1-1-1"),
    ],
)
def test_addresses_without_the_prefecture(text: str, value: str) -> None:
    assert address.find(text) == [value]
    found = find_all([Segment(text, "body", "body")])
    assert list(found["jp_address"].values) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A line break after the municipality (<br> in HTML mail).
        ("東京都千代田区\n丸の内1-2-3", "東京都千代田区丸の内1-2-3"),
        ("大阪府大阪市北区\r\n梅田2丁目2番2号 梅田ビル", "大阪府大阪市北区梅田2丁目2番2号"),
    ],
)
def test_an_address_broken_after_the_municipality(text: str, value: str) -> None:
    assert list(find_all([Segment(text, "body", "body")])["jp_address"].values) == [value]


@pytest.mark.parametrize("text", [
    "開催地: 東京都港区\n1. 日時", "東京都港区\n3名参加", "東京都港区\n\n丸の内1-2-3",
    # Found by a review: any word and number on the next line.
    "開催地：東京都千代田区\n定員 30\n", "会場：東京都港区\n第2会議室にて", "本社：東京都新宿区\nStep 1",
    "対象エリア：東京都渋谷区\nバージョン 2.1 の件", "勤務地：大阪府大阪市\nフレックス 2",
    "東京都千代田区\n東京都1",  # (hypothesis) the next line's own prefecture
])
def test_a_line_after_a_municipality_is_not_its_block_number(text: str) -> None:
    assert "jp_address" not in find_all([Segment(text, "body", "body")])


@pytest.mark.parametrize(
    "text",
    ["大阪市内で3-4名", "横浜市の会場で2-3人", "港区の会場で2-3人", "港区の会場で2F",
     "会議は中央区で", "名古屋市中区で3回", "品川区に2024年から",
     # Found by a review: one number after a ward in prose.
     "新宿区内3店舗で開催します", "大田区第2工場の件", "港区エリア2拠点", "中央区3社",
     "大阪市北区2社", "北区1位を獲得", "渋谷区・港区2社合同"],
)
def test_city_and_ward_mentions_are_not_addresses(text: str) -> None:
    assert address.find(text) == []
    assert "jp_address" not in find_all([Segment(text, "body", "body")])


@pytest.mark.parametrize(
    "text",
    [
        "東京都内で3名が参加しました。",
        "東京都の町田市から3人来ます。",
        "大阪府では",
        "京都府の観光について",
        "京都府京都市の通りを歩くのが好きで毎年3回行きます。",
        "東京都港区の通り沿いのお店に先月3人で行きました。",
        # Without a 通 or a direction the district stays short (at most 12 characters).
        "東京都港区ではこの春から新しい制度の説明会を毎月開催して1",
    ],
)
def test_prefecture_mentions_are_not_addresses(text: str) -> None:
    assert address.find(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("生年月日：1985年4月12日", "1985-04-12"),
        ("生年月日: 1985/04/12", "1985-04-12"),
        ("生年月日 昭和60年4月12日", "1985-04-12"),
        ("生年月日：S60.4.12", "1985-04-12"),
        ("生年月日：平成元年1月8日", "1989-01-08"),
        ("生年月日（西暦）：２００１年１２月３１日", "2001-12-31"),
        ("誕生日は令和2年5月1日です", "2020-05-01"),
        ("DOB: 04/12/1985", "1985-04-12"),
        ("Date of birth: 12 April 1985", "1985-04-12"),
        ("Birthday: April 12, 1985", "1985-04-12"),
        ("氏名: 山田\t生年月日: 19850412\t電話: 03-1234-5678", "1985-04-12"),
        # The other calendar's year in brackets after 年, as HR forms write it.
        ("生年月日：1990年(平成2年)7月15日", "1990-07-15"),
        ("生年月日：平成2年(1990年)7月15日", "1990-07-15"),
        ("生年月日：平成2年（１９９０年）７月１５日", "1990-07-15"),
        ("生年月日 1989年(平成元年)1月8日", "1989-01-08"),
        ("生年月日：1985年（S60）4月12日", "1985-04-12"),
    ],
)
def test_dates_of_birth(text: str, iso: str) -> None:
    assert birth_date.find(text) == [iso]
    found = find_all([Segment(text, "body", "body")])
    assert list(found["date_of_birth"].values) == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "納期は2024年4月12日です。",
        "会議は令和6年4月1日に行います。",
        "お誕生日おめでとうございます！",
        "生年月日：昭和65年1月1日",  # 昭和 ended in its 64th year
        "生年月日：1985年2月30日",
        "平成2年(1990年)7月15日",  # no label
        "生年月日：1990年(平成2年の春)7月15日",  # not a year in brackets
    ],
)
def test_other_dates_are_not_birthdays(text: str) -> None:
    assert birth_date.find(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("山田 太郎 1980年4月1日生 男", "1980-04-01"),
        ("平成2年1月15日生まれの方", "1990-01-15"),
        ("鈴木 1985/4/12 生まれ", "1985-04-12"),
        ("昭和５５年１２月３日生", "1980-12-03"),
        # Dates of numbers only (a second red team).
        ("候補 S55.4.1生", "1980-04-01"),
        ("1975.12.24生 男", "1975-12-24"),
        ("1990/7/15生まれ", "1990-07-15"),
    ],
)
def test_dates_of_birth_with_the_label_after(text: str, iso: str) -> None:
    found = find_all([Segment(text, "body", "body")])
    assert list(found["date_of_birth"].values) == [iso]


@pytest.mark.parametrize(
    "text",
    ["2024年4月1日生産開始", "2024年4月1日生活相談窓口を開設", "日生の保険", "4月1日生まれ",
     "2024年4月1日生じた障害について報告します。", "令和6年4月1日生きた記録",
     "2024/4/1生産分", "第3生", "2024.4.1生じた",
     # A hunt for false positives: occurrence dates, relaunches.
     "発生年月日：2024年6月3日", "発生年月日\t2024/06/03", "2024年7月1日生まれ変わりました",
     "1990/7/15生まれ変わり"],
)
def test_other_words_after_a_date_are_not_birthdays(text: str) -> None:
    assert "date_of_birth" not in find_all([Segment(text, "body", "body")])


KEYWORDS = ["社外秘", "機密", "取扱注意", "部外秘", "Confidential", "ﾏﾙﾋ"]


def test_keywords_case_and_width_insensitive() -> None:
    text = "【社外秘】CONFIDENTIAL / ｃｏｎｆｉｄｅｎｔｉａｌ / confidential / マルヒ"
    assert sorted(keyword.find(text, KEYWORDS)) == sorted(["Confidential"] * 3 + ["ﾏﾙﾋ", "社外秘"])


def test_keyword_finding_shows_the_word_and_counts_distinct_words() -> None:
    found = find_all(
        [
            Segment("【機密】見積書", "subject", "header"),
            Segment("本資料は機密です。取扱注意。", "body", "body"),
        ],
        keywords=KEYWORDS,
    )
    kw = found["keyword"]
    assert kw.count == 2
    assert sorted(kw.samples_masked) == ["取扱注意", "機密"]
    assert set(kw.locations) == {"subject", "body"}


def test_overlapping_keywords_are_each_found() -> None:
    assert sorted(keyword.find("機密情報", ["機密", "機密情報", "密情"])) == [
        "密情",
        "機密",
        "機密情報",
    ]


def test_no_keywords_no_keyword_finding() -> None:
    assert "keyword" not in find_all([Segment("社外秘", "body", "body")])
    assert keyword.find("社外秘", ["", "  "]) == []
