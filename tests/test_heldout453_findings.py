"""What blind held-out rounds 453-472 (machine-made and system mail) and 473-492
(recruitment and HR) found, each as the smallest input that shows it."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.detectors.drivers_license import find as find_licence
from proxy.inspect.structured import xml_rendering
from proxy.inspect.tabular import TableRenderer
from proxy.model import Segment


def found(text: str, kind: str = "attachment") -> dict[str, list[str]]:
    got = find_all([Segment(text, "attachment:x", kind)], sender_addresses=["a@example.co.jp"])
    return {t: sorted(f.values) for t, f in got.items()}


# --- a sheet's title, a form line, then the table's header (480) ---------------------


def test_a_form_line_between_a_title_and_the_header_is_no_record() -> None:
    renderer = TableRenderer()
    rows = [
        ["被保険者資格取得届 入力データ(令和7年11月4日 入社分)"],
        ["事業所整理記号", "01-エクサ", "事業所番号", "28417"],
        ["No.", "氏名", "生年月日", "個人番号", "郵便番号", "住所"],
        ["1", "大野 真帆", "平成11年2月8日", "418273059169", "273-0031", "千葉県船橋市西船4-19-3"],
    ]
    lines = [renderer.line_list(row) for row in rows]
    assert lines[-1] == (
        "No.: 1\t氏名: 大野 真帆\t生年月日: 平成11年2月8日\t個人番号: 418273059169\t"
        "郵便番号: 273-0031\t住所: 千葉県船橋市西船4-19-3"
    )
    assert found("\n".join(line for line in lines if line)) == {
        "my_number": ["418273059169"],
        "jp_postal_code": ["2730031"],
        "jp_address": ["千葉県船橋市西船4-19-3"],
        "date_of_birth": ["1999-02-08"],
    }


# --- a driver's licence as its card prints it (455) ---------------------------------


def test_the_licence_number_as_the_card_prints_it() -> None:
    ocr = "免許の条件等 眼鏡等\n優良番号第302218475360号\n種類 普通 埼玉県公安委員会"
    assert find_licence(ocr) == ["302218475360"]
    # A second-hand dealer's permit (古物商), twelve digits from a 公安委員会 too.
    assert find_licence("古物商許可番号 東京都公安委員会 第301234567890号 運転免許証で確認") == []
    assert find_licence("申込番号第302218475360号") == []  # no 免許 near it


# --- a JP PINT (UBL) e-invoice (457) ------------------------------------------------

UBL = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cac:AccountingCustomerParty><cac:Party>
<cbc:EndpointID schemeID="0188">1020001063514</cbc:EndpointID>
<cac:PostalAddress><cbc:StreetName>みなとみらい3-6-1</cbc:StreetName>
<cbc:AdditionalStreetName>みなとみらいセンタービル12F</cbc:AdditionalStreetName>
<cbc:CityName>横浜市西区</cbc:CityName><cbc:PostalZone>220-0012</cbc:PostalZone>
<cbc:CountrySubentity>神奈川県</cbc:CountrySubentity></cac:PostalAddress>
<cac:PartyTaxScheme><cbc:CompanyID>T1020001063514</cbc:CompanyID></cac:PartyTaxScheme>
<cac:PartyIdentification><cbc:ID schemeID="0088">4912345678904</cbc:ID></cac:PartyIdentification>
</cac:Party></cac:AccountingCustomerParty></Invoice>"""


def test_a_ubl_invoice_gives_its_corporate_number_and_address() -> None:
    text = xml_rendering(UBL)
    assert "〒220-0012 神奈川県横浜市西区みなとみらい3-6-1 みなとみらいセンタービル12F" in text
    assert found(text) == {
        "corporate_number": ["1020001063514"],
        "jp_postal_code": ["2200012"],
        "jp_address": ["神奈川県横浜市西区みなとみらい3-6-1"],
    }


def test_a_postal_code_after_a_ward_is_no_street_number() -> None:
    assert found("芝公園2-4-1 港区 105-0011 東京都") == {}
    assert found("みなとみらい3-6-1 横浜市西区 220-0012 神奈川県") == {}


# --- a Teams invitation's one-tap number with its area code in brackets (472) --------


def test_a_bracketed_one_tap_access_number_is_the_meetings() -> None:
    text = (
        "Microsoft Teams 会議\n会議 ID: 428 117 093 554\n\n電話で参加\n"
        "+81 3-4578-1488,,618204337#   Japan, Tokyo\n"
        "(050) 5530-8123,,618204337#   Japan (市外局番なし)\n電話会議 ID: 618 204 337#\n"
    )
    assert found(text, "body") == {}


# --- a booking code after a phone word earlier in the sentence (493) ----------------


def test_another_numbers_label_nearer_than_the_phone_word_decides_for_intl_too() -> None:
    text = "本日お電話で予約をお取りいただいた患者様(予約番号 R-2025-11-0482、11/12(水)10:30)\n"
    assert found(text, "body") == {}
    # A phone word after the other label still labels the number (a US office).
    assert found("Booking No. 12345 / Phone: 202-555-0143\n", "body") == {
        "intl_phone": ["+12025550143"]
    }
