"""Addresses written without their prefecture outside the designated cities and Tokyo's
wards (held-out 339, 340, 342): any city, or a county's town or village, as Japan Post's
data names them (proxy/detectors/municipalities.txt)."""

from __future__ import annotations

import pytest

from proxy.detectors import address, find_all
from proxy.model import Segment

SENDER = "sato@example.co.jp"


def addresses(text: str) -> list[str]:
    got = find_all([Segment(text, "body")], sender_addresses=[SENDER])
    return sorted(got["jp_address"].values) if "jp_address" in got else []


@pytest.mark.parametrize(
    "written",
    [
        "横須賀市小川町11-3",
        "八王子市旭町9-12",
        "藤沢市鵠沼海岸三丁目5番17号",
        "倉敷市阿知2-18-6",
        "松本市中央1-21-4",
        "東松山市松葉町1-2-3",  # not read as 松山市 after a name's character
        "大和郡山市北郡山町248-4",  # a city with 郡 in its name
        "旭川市3条通8丁目右1号",  # Asahikawa's blocks
        "北佐久郡御代田町大字馬瀬口字西軽井沢1689番地",  # a county's town, one lot number
        "上川郡東川町東町1-16-1",
    ],
)
def test_an_address_without_its_prefecture_is_found_from_its_municipality(written: str) -> None:
    assert addresses(f"訪問先: {written} までお願いします。\n") == [written]


@pytest.mark.parametrize(
    "text",
    [
        "横須賀市では2-3日かかります。",  # a particle before the numbers
        "八王子市内の3店舗を回ります。",
        "松本市の会場で1-2名が参加。",
        "北佐久郡御代田町で3件",  # a count, no lot number
        "都市計画2-3の資料",  # 都市 is no city
        "北佐久郡の御代田町1689番地",  # the county's town not right after it
        "架空郡空想町1-2-3",  # no such county
    ],
)
def test_a_municipality_named_in_prose_is_no_address(text: str) -> None:
    assert addresses(text + "\n") == []


def test_an_address_with_and_without_its_prefecture_is_one_address() -> None:
    text = "ご確認ください。\n\n送付先: 神奈川県横須賀市小川町11-3\n請求先: 横須賀市小川町11-3\n\n以上\n"
    assert addresses(text) == ["神奈川県横須賀市小川町11-3"]
    # 府中市 is in Tokyo and in Hiroshima: with a prefecture it is that one only.
    two = "ご確認ください。\n\n東京都府中市宮西町2-24\n広島県府中市宮西町2-24\n府中市宮西町2-24\n\n以上\n"
    assert len(addresses(two)) == 3
    assert address.key("長野県北佐久郡御代田町馬瀬口1689番地") == address.key(
        "北佐久郡御代田町大字馬瀬口1689番地"
    )


def test_the_senders_own_address_without_its_prefecture_is_theirs() -> None:
    text = (
        "松本市中央1-21-4 の倉庫にお届けください。\n"
        "八王子市旭町9-12 のお客様宅へ伺います。\n"
        "-- \n株式会社エグザンプル 松本営業所\n佐藤 一郎\n〒390-0811 長野県松本市中央1-21-4\n"
        "TEL 0263-32-1100\n"
    )
    assert addresses(text) == ["八王子市旭町9-12"]


def test_the_municipality_list_is_whole_and_well_formed() -> None:
    names = address.MUNICIPALITY_PREFECTURES
    cities = [n for n in names if n.endswith("市")]
    towns = [n for n in names if not n.endswith(("市", "区"))]
    wards = [n for n in names if n.endswith("区")]
    # The designated cities' 175 wards: 110 names (中区 is in five cities; those that
    # share a Tokyo ward's name, 北区, are read as Tokyo's).
    assert 100 <= len(wards) <= 175 and "港北区" in wards and "中区" in wards
    # Japan had 792 cities (20 designated, listed in address.py) and 926 towns and
    # villages in 2024; a few merge every year.
    assert 750 <= len(cities) <= 800 and 880 <= len(towns) <= 960
    assert all(p in address.PREFECTURES for ps in names.values() for p in ps)
    assert all("郡" in t and t.endswith(("町", "村")) for t in towns)
    assert sorted(names["府中市"]) == ["広島県", "東京都"]
    assert not set(address.DESIGNATED_CITIES) & set(names)
