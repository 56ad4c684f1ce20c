"""Review 9b of split_fields.py (values an export splits over columns), the compound
English keys of canonical_label and the invoice T-number rule: findings as tests."""

from __future__ import annotations

import json
import sys
import time

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
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\r\n"
    return mail(("export.csv", text.encode(), "text/csv"))


def json_mail(doc: object) -> bytes:
    return mail(("data.json", json.dumps(doc, ensure_ascii=False).encode(), "application/json"))


# 1. An "address" column holding an IP or e-mail address is no part of a postal address:
# joined after a region ("osaka" → 大阪府) and a city it made one nobody wrote.
@pytest.mark.parametrize("data", [
    json_mail({"server": {"region": "osaka", "city": "大阪市", "address": "192.168.10.1",
                          "port": 8080}}),
    csv_mail([["Host", "Region", "City", "Address"], ["srv1", "Osaka", "大阪市北区", "10.1.2.3"]]),
    csv_mail([["Host", "Prefecture", "City", "IP"], ["srv1", "東京都", "港区", "x"]]),
    json_mail({"pref": "Tokyo", "city": "千代田区", "address": "1-2@example.com"}),
])
def test_an_ip_or_mail_address_is_not_joined_into_an_address(data: bytes) -> None:
    assert "jp_address" not in values(data)


# 2. A label of a long run of separators ("-----…x", "____…") cost ~0.35 ms in _PART
# (nested backtracking): a header of 60,000 such cells took ~27 s.
def test_a_header_of_separator_runs_is_read_in_linear_time() -> None:
    labels = tuple(f"{'-' * 38}x{i % 10}" for i in range(20_000))
    start = time.perf_counter()
    split_fields(labels)
    assert time.perf_counter() - start < 3  # 0.01 s; the backtracking took ~7 s here


# ... and every object of a JSON file had its keys read so: objects whose keys do not
# repeat ({"<id>______": 1, …}) took 25 s for 50,000 where the walk before took 0.4 s.
def test_json_objects_with_keys_that_do_not_repeat_are_walked_fast() -> None:
    from proxy.inspect.structured import json_rendering
    text = json.dumps([{f"{'_' * 30}{i:08d}": 1, f"{'-' * 30}{i:08d}": 2} for i in range(30_000)])
    start = time.perf_counter()
    json_rendering(text)
    assert time.perf_counter() - start < 6  # 0.4 s; ~15 s before the fix


# 3. Numbered keys written with a leading zero (EC-CUBE's zip01 / zip02, tel01-03,
# addr01 / addr02) and an English numbered postal label ("zip1" / "zip2") were missed.
def test_ec_cube_keys_with_a_leading_zero() -> None:
    found = values(json_mail([{"zip01": "100", "zip02": "8051", "pref": "東京都",
                               "addr01": "千代田区大手町", "addr02": "1-7-1",
                               "tel01": "03", "tel02": "3212", "tel03": "5518"}]))
    assert found.get("jp_postal_code") == {"1008051"}
    assert found.get("jp_phone") == {"+81332125518"}
    assert any(a.startswith("東京都千代田区大手町1-7-1") for a in found.get("jp_address", ()))


def test_an_english_numbered_zip_is_a_postal_code() -> None:
    found = values(csv_mail([["name", "zip1", "zip2"], ["林", "332", "0017"]]))
    assert found.get("jp_postal_code") == {"3320017"}


# 4. split_fields' lru_cache kept every key tuple it saw: a header (or JSON object) of
# hundreds of thousands of keys stayed in memory after the mail was done.
def test_a_huge_header_is_not_kept_by_the_cache() -> None:
    labels = tuple(f"col{i}" for i in range(100_000))
    before = sys.getrefcount(labels)
    split_fields(labels)
    assert sys.getrefcount(labels) == before


def test_a_huge_label_is_not_kept_by_the_cache() -> None:
    big = "x" * 1_000_000 + "住所"
    before = sys.getrefcount(big)
    split_fields(("都道府県", big))
    assert sys.getrefcount(big) == before


# 5. The invoice T-number rule took any registration / invoice word up to 24 characters
# before the T: an invoice's own number, a product or tracking code were counted.
def _valid(body: str) -> str:
    from stdnum.jp import cn
    return next(c + body for c in "123456789" if cn.is_valid(c + body))


@pytest.mark.parametrize("text", [
    "Invoice No. T{n}",
    "Invoice 2024-05 Tracking: T{n}",
    "インボイス対応 品番 T{n}",
    "invoice date 2024/05/01 part T{n}",
])
def test_an_ordinary_code_after_an_invoice_word_is_no_corporate_number(text: str) -> None:
    text = text.format(n=_valid("202405010001"))
    assert find_all([Segment(text, "body", "body")]).get("corporate_number") is None


@pytest.mark.parametrize("text", [
    "登録番号: T{n}", "適格請求書発行事業者登録番号 T{n}", "Invoice registration No. T-{n}",
    "インボイス登録番号：Ｔ{n}", "Registration Number: T{n}", "インボイス番号 T{n}",
    "登録番号（インボイス）：T{n}", "適格請求書発行事業者：T{n}", "インボイス T{n}",
])
def test_a_registration_label_still_reads_the_t_number(text: str) -> None:
    text = text.format(n="4010001234567")
    result = find_all([Segment(text, "body", "body")]).get("corporate_number")
    assert result is not None and set(result.values) == {"4010001234567"}


# 6. A city column beside a street column that repeats it ("千代田区" | "千代田区大手町
# 1-7-1", as HubSpot / Shopify users type it): joined "東京都千代田区千代田区大手町1-7-1",
# one person's address counted as two.
@pytest.mark.parametrize("head", [
    ["氏名", "都道府県", "市区町村", "住所"],
    ["Name", "State/Region", "City", "Street Address"],
])
def test_a_city_repeated_in_the_street_is_one_address(head: list[str]) -> None:
    found = values(csv_mail([head, ["山田", "Tokyo", "千代田区", "千代田区大手町1-7-1"]]))
    assert len(found["jp_address"]) == 1
    assert "千代田区千代田区" not in next(iter(found["jp_address"]))


# 7. A prefecture typed without 都 / 府 / 県 in its own column ("東京", "大阪") left the
# joined address without one: not read.
def test_a_prefecture_without_its_ending() -> None:
    found = values(csv_mail([["Name", "Street Address", "City", "State/Region"],
                             ["山田", "大手町1-7-1", "千代田区", "東京"]]))
    assert found.get("jp_address") == {"東京都千代田区大手町1-7-1"}


# 8. A US ZIP code under a compound English key ("Billing Zip", Shopify) became a
# Japanese postal code: five digits read as 00X-XXXX with two zeros Excel dropped.
@pytest.mark.parametrize("head", ["Billing Zip", "Shipping Zip", "Mailing Zip/Postal Code"])
def test_a_us_zip_under_an_english_zip_key_is_no_postal_code(head: str) -> None:
    found = values(csv_mail([["Name", head, "Billing Country"], ["John", "62704", "US"]]))
    assert "jp_postal_code" not in found


def test_six_digits_under_an_english_zip_key_still_get_their_zero() -> None:
    found = values(csv_mail([["Name", "Billing Zip"], ["林", "600001"]]))
    assert found.get("jp_postal_code") == {"0600001"}


# 9. snake_case keys of two words ("street_address", "address_line_1") fell to the last
# word and another group than "city" / "state"; Stripe's address "line1" / "line2" was no
# part at all: the address of such a JSON record (or CSV) was not read.
@pytest.mark.parametrize("record", [
    {"name": "a", "street_address": "大手町1-7-1", "city": "千代田区", "state": "東京都"},
    {"address_line_1": "大手町1-7-1", "city": "千代田区", "prefecture": "東京都"},
    {"address": {"line1": "大手町1-7-1", "line2": "ハイツ203", "city": "千代田区",
                 "state": "Tokyo", "postal_code": "100-8051"}},
])
def test_snake_case_and_stripe_address_keys(record: dict[str, object]) -> None:
    found = values(json_mail([record]))
    assert any(a.startswith("東京都千代田区大手町1-7-1") for a in found.get("jp_address", ()))


# 10. A building column joined right after the city when the row has no street ("拠点
# 都道府県 / 拠点市区町村 / 拠点建物名" of a site or warehouse list): "東京都港区第2ビル"
# read as an address with block number 第2.
@pytest.mark.parametrize("rows", [
    [["拠点名", "拠点都道府県", "拠点市区町村", "拠点建物名", "在庫数"],
     ["本社倉庫", "東京都", "港区", "第2ビル", "120"]],
    [["倉庫", "都道府県", "市区町村", "建物名"], ["A", "神奈川県", "川崎市", "3号棟"]],
    [["Site", "Site Prefecture", "Site City", "Site Building"], ["A", "Kanagawa", "川崎市", "Bldg 3"]],
])
def test_a_building_without_a_street_makes_no_address(rows: list[list[str]]) -> None:
    assert "jp_address" not in values(csv_mail(rows))


def test_a_building_after_its_street_is_still_joined() -> None:
    found = values(csv_mail([["都道府県", "市区町村", "番地", "建物名"],
                             ["東京都", "港区", "芝公園4-2-8", "第2ビル"]]))
    assert any(a.startswith("東京都港区芝公園4-2-8") for a in found["jp_address"])


# 11. The closing bracket the postal-code label may now end with followed any 郵便: the
# carrier's name in brackets ("（日本郵便）", "【日本郵便】") labelled the next 7 digits.
@pytest.mark.parametrize(("text", "found"), [
    ("【日本郵便】 1234567", None),
    ("配送：ゆうパケット（日本郵便） 1234567", None),
    ("住所（郵便番号）: 1670051", {"1670051"}),
    ("【郵便番号】1670051", {"1670051"}),
    ("[〒] 167-0051", {"1670051"}),
])
def test_a_bracket_closes_a_postal_label_not_a_carrier(text: str, found: set[str] | None) -> None:
    result = find_all([Segment(text, "body", "body")]).get("jp_postal_code")
    assert (set(result.values) if result else None) == found


# 12. A compound key ending in "zip" anywhere: "Gzip" (a bundle-size report's byte
# counts) became 郵便番号, and 153600 under it postal code 015-3600.
def test_gzip_is_no_zip_key() -> None:
    from proxy.inspect.tabular import canonical_label
    assert values(csv_mail([["Asset", "Size", "Gzip"], ["main.js", "524288", "153600"]])) == {}
    assert [canonical_label(k) for k in ("Gzip", "unzip", "shipZip", "HomeZIP", "Billing Zip",
                                         "Mailing Zip/Postal Code", "ContactBirthday")] == [
        "Gzip", "unzip", "郵便番号", "郵便番号", "郵便番号", "郵便番号", "Date of birth"]
