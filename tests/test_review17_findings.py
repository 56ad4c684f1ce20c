"""Review 17 (commits c21a218 and c16cec1): written as failing tests by the reviewer,
all fixed since. (The From header's display name was added where a signature under
"Best regards," is the sender's: review 16 made that need the sender's name.)"""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.inspect.structured import xml_rendering
from proxy.inspect.tabular import TableRenderer
from proxy.model import Segment


def found(
    text: str, sender: str = "a@example.co.jp", kind: str = "body", names: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, kind, kind)], sender_addresses=[sender], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


def rendered(rows: list[list[str]]) -> str:
    renderer = TableRenderer()
    return "\n".join(line for line in map(renderer.line_list, rows) if line)


# --- 1. signature.py _table_row ------------------------------------------------------


def test_a_signature_drawn_in_a_box_is_still_the_senders() -> None:
    """Regression: it passed on f707d4a. A boxed signature (┏━┓ / ┃ … ┃, a common
    Japanese style) has every line start and end with a bar: read as table rows, the
    sender's own TEL, 〒 and address are reported."""
    heavy = (
        "お世話になります。\n資料を送ります。\n\n"
        "┏━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ 株式会社エグザンプル 営業部 ┃\n"
        "┃ 山田 太郎              ┃\n"
        "┃ TEL 03-5550-2269      ┃\n"
        "┃ yamada@example.co.jp  ┃\n"
        "┗━━━━━━━━━━━━━━━━━━━━━┛\n"
    )
    assert found(heavy, "yamada@example.co.jp") == {}
    light = (
        "お世話になります。\n資料を送ります。\n\n"
        "┌──────────────────┐\n"
        "│ 株式会社エグザンプル 営業部 │\n"
        "│ 山田 太郎          │\n"
        "│ TEL 03-5550-2269  │\n"
        "│ 〒105-0011 東京都港区芝公園2-4-1 │\n"
        "└──────────────────┘\n"
    )
    assert found(light, "yamada@example.co.jp") == {}


def test_a_markdown_table_without_its_outer_bars_is_no_signature() -> None:
    """Leak. GFM tables need no bar at both ends ("氏名 | 電話番号" over "---|---", or a
    leading bar only): the "---|---" rule still opens a 'signature' holding the
    customers' rows, so their mobiles are taken as the sender's own."""
    sig = "\n\nBest regards,\nKen Ishida\nExample Co., Ltd. | Logistics\n+81 3 6453 2262\n"
    bare = (
        "返金先のご案内です。\n\n氏名 | 電話番号\n---|---\n青木 | 090-2864-1137\n"
        "石井 | 080-5521-7748" + sig
    )
    assert found(bare, "ishida@example.com", names=("Ken Ishida",)) == {
        "jp_phone": ["+818055217748", "+819028641137"]
    }
    leading = (
        "返金先のご案内です。\n\n| 氏名 | 電話番号\n|---|---\n| 青木 | 090-2864-1137\n"
        "| 石井 | 080-5521-7748" + sig
    )
    assert found(leading, "ishida@example.com", names=("Ken Ishida",)) == {
        "jp_phone": ["+818055217748", "+819028641137"]
    }


# --- 2. tabular.py _under_title ------------------------------------------------------


def test_a_record_of_words_under_a_header_with_digits_is_no_new_header() -> None:
    """Regression: it passed on f707d4a. A header with a digit in it (提出書類1, 住所1: an
    address-book export's columns) counts as a 'title', so the second record, all words
    (documents handed in, a contact method), becomes the header: the next record's
    個人番号 and 生年月日 lose their labels."""
    docs = rendered(
        [
            ["氏名", "生年月日", "提出書類1", "提出書類2", "個人番号"],
            ["山田 太郎", "1990/01/01", "住民票", "運転免許証写し", "418273059169"],
            ["佐藤 花子", "", "パスポート写し", "マイナンバーカード写し", "未提出"],
            ["鈴木 一郎", "1985/03/03", "住民票", "運転免許証写し", "362518472908"],
        ]
    )
    got = found(docs, kind="attachment")
    assert got.get("my_number") == ["362518472908", "418273059169"]
    assert got.get("date_of_birth") == ["1985-03-03", "1990-01-01"]
    book = rendered(
        [
            ["氏名", "住所1", "住所2", "電話番号", "生年月日", "連絡方法"],
            ["山田 太郎", "東京都港区芝公園2-4-1", "", "090-2864-1137", "1990/01/01", "電話"],
            ["佐藤 花子", "住所不明", "", "携帯のみ", "", "メール"],
            ["鈴木 一郎", "千葉県船橋市西船4-19-3", "", "080-5521-7748", "1985/03/03", "電話"],
        ]
    )
    assert found(book, kind="attachment").get("date_of_birth") == ["1985-03-03", "1990-01-01"]


# --- 3. drivers_license.py _on_the_card ----------------------------------------------


def test_a_twelve_digit_reference_number_near_a_licence_word_is_no_licence() -> None:
    """Regression: it passed on f707d4a (new false positive). A driving school's or a
    licence-renewal course's 受付番号 / 予約番号 "第YYYYMMDDNNNN号" is twelve digits
    written 番号第…号 with 免許 near it: reported as a driver's licence number."""
    assert (
        found(
            "普通自動車免許 入校手続きのご案内\n\n受付番号 第202504150012号\n入校日: 2025年5月1日\n"
        )
        == {}
    )
    assert found("運転免許更新講習のご予約を承りました。\n予約番号第202504150012号\n") == {}


def test_the_card_number_is_found_with_a_permit_word_in_the_mail() -> None:
    """Leak. 許可 within 60 characters (any 許可, not a 古物商 permit's) drops a licence
    number written as the card prints it."""
    text = "運転免許証の写しです。\n番号 第302218475360号\n入館許可証の発行をお願いします。\n"
    assert found(text) == {"jp_drivers_license": ["302218475360"]}


# --- 4. structured.py _ubl_address ---------------------------------------------------


def test_a_ubl_address_with_a_building_number_keeps_it() -> None:
    """Leak. UBL's PostalAddress may give the 番地 as cbc:BuildingNumber (in the
    schema's order, after StreetName): the Japanese-order line drops it, so
    "神奈川県横浜市西区みなとみらい" is no address and the customer's address is not
    found."""
    xml = (
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"'
        ' xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"'
        ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        "<cac:Delivery><cac:DeliveryAddress><cbc:StreetName>みなとみらい</cbc:StreetName>"
        "<cbc:BuildingNumber>3-6-1</cbc:BuildingNumber><cbc:CityName>横浜市西区</cbc:CityName>"
        "<cbc:PostalZone>220-0012</cbc:PostalZone><cbc:CountrySubentity>神奈川県</cbc:CountrySubentity>"
        "</cac:DeliveryAddress></cac:Delivery></Order>"
    )
    got = found(xml_rendering(xml), kind="attachment")
    assert got.get("jp_address") == ["神奈川県横浜市西区みなとみらい3-6-1"]
