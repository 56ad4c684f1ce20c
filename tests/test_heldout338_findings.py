"""Held-out 338-357 (how numbers and addresses are written across Japan): ゆうちょ accounts
by 記号 and 番号, phone numbers and postal codes in kanji digits, a note in brackets
glued to a phone number."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.detectors.bank_account import find_yucho
from proxy.detectors.normalize import kanji_digit_numbers
from proxy.model import Segment


def found(text: str, kind: str = "body") -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", kind)], sender_addresses=["ono@example.co.jp"])
    return {t: sorted(f.values) for t, f in got.items()}


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("返金先: ゆうちょ銀行 記号 14170 番号 28391541", "2839154"),
        ("ゆうちょ 記号番号：１４１７０－２８３９１５４１", "2839154"),
        ("振替口座 記号 10120 番号 1234561", "0123456"),  # seven digits: padded
    ],
)
def test_a_yucho_account_by_kigou_and_bangou(text: str, account: str) -> None:
    """Held-out 345: the account as other banks' transfers take it (記号 1XY?0 is
    branch XY8; 番号 without its last digit)."""
    assert find_yucho(text) == [account]
    assert found(text) == {"jp_bank_account": [account]}


def test_one_yucho_account_written_both_ways_is_one_value() -> None:
    """Held-out 346: 記号 16050 番号 41726381 is 六〇八店 普通 4172638."""
    text = "振込先 ゆうちょ銀行 記号 16050 番号 41726381\n(他行から: 六〇八店 普通 4172638)\n"
    assert found(text) == {"jp_bank_account": ["4172638"]}


@pytest.mark.parametrize(
    "text",
    [
        "健康保険証 記号 12340 番号 56",  # another card's 記号 and 番号, no savings word
        "ゆうちょ 記号 24170 番号 28391541",  # a 記号 starts with 1 and ends with 0
        "ゆうちょ 記号 14171 番号 28391541",
    ],
)
def test_no_yucho_account(text: str) -> None:
    assert find_yucho(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("電話 〇三（三四一九）二二七五", "電話 03（3419）2275"),
        ("携帯 〇九〇―四二七一―八八三六", "携帯 090―4271―8836"),
        ("携帯〇九〇四二七一八八三六です", "携帯09042718836です"),
        ("〒八一〇―〇〇二二 福岡県", "〒810―0022 福岡県"),
        ("郵便番号：一〇〇―〇〇〇五", "郵便番号：100―0005"),
        # Dates, amounts and the rest stay kanji: read (or not) by their own detectors.
        ("令和七年四月一日 金壱百万円 第一〇二号", "令和七年四月一日 金壱百万円 第一〇二号"),
        ("二〇二五年", "二〇二五年"),
    ],
)
def test_kanji_digit_numbers(text: str, expected: str) -> None:
    assert kanji_digit_numbers(text) == expected
    assert len(kanji_digit_numbers(text)) == len(text)


def test_a_letter_in_kanji_digits_gives_its_phones_and_postal_code() -> None:
    """Held-out 343: a vertical letter typed up, every number in kanji."""
    text = (
        "拝啓\n依頼主の長谷部様のご連絡先は次のとおりです。\n"
        "〒一六六―〇〇〇三 東京都杉並区高円寺南四丁目二十七番十一号\n"
        "電話 〇三（三四一九）二二七五　携帯 〇九〇―四二七一―八八三六\n"
        "書類のご返送はこちらへお願いいたします。\n敬具\n"
    )
    got = found(text)
    assert got["jp_phone"] == ["+81334192275", "+819042718836"]
    assert got["jp_postal_code"] == ["1660003"]


def test_a_note_in_brackets_glued_to_a_phone_number() -> None:
    """Held-out 344: "090-4471-2286(14時以降)" read as one run of thirteen digits."""
    assert found("・大野 様 📞 090-4471-2286(14時以降)\n") == {"jp_phone": ["+819044712286"]}
    # A bracket the number itself closes is still its own.
    assert found("・北村 様 03(3714)5528\n") == {"jp_phone": ["+81337145528"]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("〒604-8166 京都市中京区烏丸通三条下る饅頭屋町595", "京都市中京区烏丸通三条下る饅頭屋町595"),
        ("京都市下京区松原通烏丸西入玉津島町307 ルミエール松原203号室", "京都市下京区松原通烏丸西入玉津島町307"),
    ],
)
def test_a_kyoto_address_by_its_way_with_one_number(text: str, value: str) -> None:
    """Held-out 338: Kyoto's addresses name the way there and the town's one 番地; from
    a designated city's ward two numbers were required ("新宿区内3店舗" has one)."""
    got = found("訪問先です。\n" + text + "\nよろしくお願いします。\n")
    assert got["jp_address"] == [value]
    assert "jp_address" not in found("中京区内3店舗を回ります。\n京都市中京区の本店2階で会議。\n")


def test_phones_in_recipients_display_names() -> None:
    """Held-out 351: "山田 090-2745-1183 <y@…>" in To, "現場 田村（携帯080-5531-7726）" in
    Cc: every recipient sees them. The addresses stay header fields; From is the
    sender's own."""
    from email.message import EmailMessage

    from proxy.inspect import extract

    msg = EmailMessage()
    msg["From"] = "小野 090-1111-2222 <ono@example.co.jp>"
    msg["To"] = "山田 090-2745-1183 <yamada@customer.example>"
    msg["Cc"] = "現場 田村（携帯080-5531-7726） <tamura@site.example>"
    msg["Reply-To"] = "yamada.private@freemail.example"
    msg["Subject"] = "工事日程"
    msg.set_content("日程の件です。\n")
    segments = extract(msg.as_bytes()).segments
    got = {t: sorted(f.values) for t, f in find_all(segments).items()}
    assert got == {"jp_phone": ["+818055317726", "+819027451183"]}
