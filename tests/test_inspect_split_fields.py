"""Values an export splits over columns (proxy/inspect/split_fields.py): addresses over
prefecture / city / street columns in each product's own words, postal codes and phone
numbers over numbered columns, prefectures in English or as ISO codes; and the T-number
of an invoice (corporate_number)."""

from __future__ import annotations

import json

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.split_fields import _prefecture
from proxy.model import Segment
from tests.test_inspect_attachments import mail


def values(data: bytes) -> dict[str, set[str]]:
    ex = extract(data, InspectConfig())
    return {t: set(f.values) for t, f in find_all(ex.segments).items()}


def in_body(text: str, type_: str) -> set[str]:
    """The values of one type found in `text` as a body."""
    finding = find_all([Segment(text, "body", "body")]).get(type_)
    return set(finding.values) if finding else set()


def csv_mail(rows: list[list[str]], name: str = "export.csv", encoding: str = "utf-8") -> bytes:
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\r\n"
    return mail((name, text.encode(encoding), "text/csv"))


def test_rakuten_order_groups_and_numbered_columns() -> None:
    head = ["受注番号", "注文者郵便番号１", "注文者郵便番号２", "注文者住所：都道府県",
            "注文者住所：都市区", "注文者住所：町以降", "注文者電話番号１", "注文者電話番号２",
            "注文者電話番号３", "送付先郵便番号１", "送付先郵便番号２", "送付先住所：都道府県",
            "送付先住所：都市区", "送付先住所：町以降"]
    row = ["268445-20241201-0010482217", "272", "0034", "千葉県", "市川市", "市川1-4-10 市川ハイム302",
           "047", "322", "5518", "390", "0874", "長野県", "松本市", "大手3-2-1"]
    found = values(csv_mail([head, row], encoding="cp932"))
    assert found["jp_postal_code"] == {"2720034", "3900874"}
    assert found["jp_phone"] == {"+81473225518"}
    # One address per group: the orderer's and the recipient's are not run together.
    assert len(found["jp_address"]) == 2
    assert any(a.startswith("千葉県市川市市川1-4-10") for a in found["jp_address"])
    assert any(a.startswith("長野県松本市大手3-2-1") for a in found["jp_address"])


def test_shopify_province_codes_and_repeated_street() -> None:
    head = ["Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing City",
            "Billing Zip", "Billing Province", "Billing Phone", "Billing Province Name"]
    rows = [
        ["#1041", "神宮前6-12-18, ハイツ神宮前201", "神宮前6-12-18", "ハイツ神宮前201", "渋谷区",
         "150-0001", "JP-13", "090-3312-8870", "Tokyo"],
        ["#1042", "栄町3-9-12", "栄町3-9-12", "", "川口市", "332-0017", "JP-11", "", "Saitama"],
    ]
    found = values(csv_mail([head, *rows]))
    assert found["jp_postal_code"] == {"1500001", "3320017"}  # "Billing Zip"
    addresses = found["jp_address"]
    assert len(addresses) == 2
    assert any(a.startswith("東京都渋谷区神宮前6-12-18") for a in addresses)
    assert any(a.startswith("埼玉県川口市栄町3-9-12") for a in addresses)


@pytest.mark.parametrize(
    ("head", "row"),
    [
        # Outlook contacts: street first, the prefecture after the city.
        (["First Name", "Business Street", "Business City", "Business State",
          "Business Postal Code", "E-mail Address"],
         ["健", "大手町1-7-1", "千代田区", "東京都", "100-8051", "k.takano@news.example"]),
        # SmartHR: the part in brackets after 住所.
        (["姓", "住所（郵便番号）", "住所（都道府県）", "住所（市区町村）", "住所（丁目・番地）",
          "住所（建物名・部屋番号）"],
         ["北原", "100-8051", "東京都", "千代田区", "大手町1-7-1", "大手町ハイツ203"]),
        # Salesforce: the group in brackets after the part.
        (["氏名", "郵便番号(郵送先)", "都道府県(郵送先)", "市区郡(郵送先)", "町名・番地(郵送先)"],
         ["青木 亮太", "100-8051", "東京都", "千代田区", "大手町1-7-1"]),
        # Yahoo!ショッピング: no separators in the keys, a postal code without a hyphen.
        (["OrderId", "BillZipCode", "BillPrefecture", "BillCity", "BillAddress1",
          "BillMailAddress"],
         ["store-1", "1008051", "東京都", "千代田区", "大手町1-7-1", "a@b.example"]),
        # HubSpot, Google-style region; freee's 市区町村以下.
        (["Street Address", "City", "State/Region", "Postal Code"],
         ["大手町1-7-1", "千代田区", "Tokyo-to", "100-8051"]),
        (["郵便番号", "都道府県", "市区町村以下"], ["1008051", "東京都", "千代田区大手町1-7-1"]),
    ],
)
def test_each_products_columns_give_the_whole_address(head: list[str], row: list[str]) -> None:
    found = values(csv_mail([head, row]))
    assert found["jp_postal_code"] == {"1008051"}
    # One address (shown as first written: 市区町村以下 alone already reads as one).
    assert len(found["jp_address"]) == 1
    assert next(iter(found["jp_address"])).endswith(("千代田区大手町1-7-1", "大手町ハイツ203"))


def test_what_is_not_a_split_value_is_not_joined() -> None:
    head = ["電話番号1", "電話番号2", "商品コード1", "商品コード2", "E-mail Address", "Home City"]
    row = ["03-1234-5678", "090-2222-3333", "0312", "45678", "a@b.example", "千代田区"]
    ex = extract(csv_mail([head, row]), InspectConfig())
    text = "\n".join(s.text for s in ex.segments)
    assert "住所:" not in text  # a one-part group is no address
    assert "0312-45678" not in text and "電話番号: 03-1234-5678-090" not in text
    assert "電話番号1: 03-1234-5678\t電話番号2: 090-2222-3333\t" in text  # each as it is


def test_a_json_record_with_split_keys() -> None:
    records = [{"name": "林 翔", "pref": "Saitama", "city": "川口市", "street": "本町4-1-8",
                "tel1": "048", "tel2": "231", "tel3": "7750"}]
    data = json.dumps(records, ensure_ascii=False).encode()
    found = values(mail(("contacts.json", data, "application/json")))
    assert [a[:13] for a in found["jp_address"]] == ["埼玉県川口市本町4-1-8"]
    assert found["jp_phone"] == {"+81482317750"}


@pytest.mark.parametrize(
    ("written", "kanji"),
    [("JP-13", "東京都"), ("jp-01", "北海道"), ("Saitama", "埼玉県"), ("Tōkyō", "東京都"),
     ("Osaka-fu", "大阪府"), ("HYOGO PREFECTURE", "兵庫県"), ("Hyōgo", "兵庫県"),
     ("JP-48", "JP-48"), ("Paris", "Paris"), ("Tokyo Tower", "Tokyo Tower")],
)
def test_prefectures_written_in_english_or_as_codes(written: str, kanji: str) -> None:
    assert _prefecture(written) == kanji


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("登録番号: T3011101042233", {"3011101042233"}),
        ("適格請求書発行事業者登録番号 T4010001234567", {"4010001234567"}),
        ("Invoice registration No. T-4010001234567", {"4010001234567"}),
        ("インボイス登録番号：Ｔ４０１０００１２３４５６７", {"4010001234567"}),
        ("商品コード T4010001234567", set()),  # no registration label
        ("T4010001234567", set()),
        ("登録番号 T4010001234568", set()),  # a wrong check digit
        ("会員登録番号: T4010001234567", set()),  # another registry's number
        ("商標登録番号 T4010001234567", set()),
    ],
)
def test_an_invoice_t_number_is_the_companys_corporate_number(
    text: str, found: set[str]
) -> None:
    assert in_body(text, "corporate_number") == found


def test_a_phone_over_its_three_named_parts_and_a_prefecture_code() -> None:
    # 市外局番 / 市内局番 / 加入者番号 columns; EC-CUBE's pref as its JIS code (13: 東京都).
    head = ["氏名", "市外局番", "市内局番", "加入者番号", "pref", "addr01", "addr02"]
    row = ["山田", "0467", "22", "1234", "13", "千代田区大手町", "1-7-1"]
    found = values(csv_mail([head, row]))
    assert found["jp_phone"] == {"+81467221234"}
    assert [a[:15] for a in found["jp_address"]] == ["東京都千代田区大手町1-7-1"]


def test_a_street_or_building_number_is_never_read_as_a_prefecture_code() -> None:
    head = ["都道府県", "住所1", "建物名"]
    row = ["大阪府", "13", "12"]  # only the prefecture column's digits are a code
    ex = extract(csv_mail([head, row]), InspectConfig())
    assert "住所: 大阪府 13 12" in "\n".join(s.text for s in ex.segments)


def test_a_date_of_birth_over_era_year_month_day_columns() -> None:
    # 給与支払報告書 (eLTAX): 元号 as a code, 3 = 昭和.
    head = ["受給者氏名", "受給者生年月日(元号)", "受給者生年月日(年)", "受給者生年月日(月)",
            "受給者生年月日(日)", "支払金額"]
    rows = [["長谷部 修", "3", "55", "07", "21", "6240000"],
            ["井上 麻衣", "H", "03", "02", "14", "4380000"],
            ["佐藤 健", "", "1980", "7", "1", "100000"]]
    assert values(csv_mail([head, *rows]))["date_of_birth"] == {
        "1980-07-21", "1991-02-14", "1980-07-01"
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [("生年月日: 7-070213", {"1995-02-13"}), ("生年月日 5-600101", {"1985-01-01"}),
     ("生年月日: 2-600101", set()),  # no era has code 2 on these forms
     ("資格取得年月日: 9-070201", set()),  # no birth date label
     ("生年月日: 7-320101", set())],  # 平成 had no 32nd year
)
def test_a_pension_form_era_code_date_of_birth(text: str, found: set[str]) -> None:
    assert in_body(text, "date_of_birth") == found


def test_a_fixed_width_text_export_is_read_by_its_header() -> None:
    # 給与奉行's fixed-width text: columns aligned with spaces, no separator at all.
    text = (
        "社員番号氏名          生年月日   電話番号       銀行 支店 種目 口座番号\r\n"
        "004011  山崎 浩       1981/01/16 090-3347-2219  0005 012  1    5527190\r\n"
        "004026  中川 美穂     1987/06/04 03-3712-6480   0009 214  1    7104382\r\n"
    ).encode("cp932")
    found = values(mail(("BUGYO_SHAIN.TXT", text, "text/plain")))
    assert found["date_of_birth"] == {"1981-01-16", "1987-06-04"}
    assert found["jp_bank_account"] == {"5527190", "7104382"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("旅券番号: C4821937", {"C4821937"}),  # Vietnam
        ("旅券番号: P3018462A", {"P3018462A"}),  # the Philippines
        ("Passport No. E12345678", {"E12345678"}),  # China
        ("パスポート番号\tB7342158", {"B7342158"}),  # Indonesia
        ("旅券番号: EJ4820193", {"EJ4820193"}),  # Japan's form, as before
        ("注文番号 C4821937", set()),
        ("パスポートの写しと注文番号 C4821937", set()),  # another number's label between
        ("旅券番号: AB12345678", set()),
    ],
)
def test_foreign_passport_numbers_right_after_a_passport_label(
    text: str, found: set[str]
) -> None:
    assert in_body(text, "jp_passport") == found
