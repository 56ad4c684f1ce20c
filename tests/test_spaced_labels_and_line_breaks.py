"""Labels set out with spaces (均等割付: "生　年　月　日", "口 座 番 号"), digits written one
to a box ("4 4 1 8 2 0 7"), and values a line break cut in two (a PDF form's text pasted
into a mail body: "〒812-" / "0011"). Found by held-out message 423."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from stdnum.jp import cn, in_

from proxy.detectors import find_all
from proxy.detectors.engine import scan
from proxy.detectors.normalize import SPACED_LABEL_WORDS, readable
from proxy.inspect import extract
from proxy.inspect.linebreaks import broken_lines, wrapped_addresses
from proxy.model import Segment

SENDER = "nishimura@example.co.jp"
MY_NUMBER = "36251847290" + in_.calc_check_digit("36251847290")
CORPORATE = cn.calc_check_digit("701040101899") + "701040101899"


def found(text: str, kind: str = "body") -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", kind)], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- spaced labels ---------------------------------------------------------------------


@pytest.mark.parametrize("gap", [" ", "\u3000", "\u3000\u3000", "  "])
@pytest.mark.parametrize(
    ("label", "value", "type_", "expected"),
    [
        ("生年月日", "昭和62年11月26日", "date_of_birth", "1987-11-26"),
        ("誕生日", "1990/07/15", "date_of_birth", "1990-07-15"),
        ("郵便番号", "812-0011", "jp_postal_code", "8120011"),
        ("個人番号", MY_NUMBER, "my_number", MY_NUMBER),
        ("マイナンバー", MY_NUMBER, "my_number", MY_NUMBER),
        ("法人番号", CORPORATE, "corporate_number", CORPORATE),
        ("旅券番号", "TR1234567", "jp_passport", "TR1234567"),
        ("パスポート", "TR1234567", "jp_passport", "TR1234567"),
        ("在留カード", "AB12345678CD", "jp_residence_card", "AB12345678CD"),
        ("基礎年金番号", "1234-567890", "jp_pension_number", "1234567890"),
    ],
)
def test_a_spaced_label_labels_its_value(
    gap: str, label: str, value: str, type_: str, expected: str
) -> None:
    spaced = gap.join(label)
    other = gap.join("社員番号")  # another label, spaced as well
    assert type_ not in found(f"お客様の番号です。\n{other}：{value}\n")
    assert found(f"お客様の情報です。\n{spaced}：{value}\n")[type_] == [expected]


def test_a_spaced_bank_account_label_and_spaced_account_type() -> None:
    assert found("振込先：福岡銀行 博多駅前支店\n口　座　番　号：4418207\n")["jp_bank_account"] == [
        "4418207"
    ]
    assert found("振込先：福岡銀行 博多駅前支店 普　通 4418207\n")["jp_bank_account"] == ["4418207"]


def test_spaced_words_that_are_no_label_are_left_alone() -> None:
    # 生 followed by a space and 年: no label of four characters spaced out.
    assert readable("人生 年表 2020年") == "人生 年表 2020年"
    assert found("人生 年表：1987年11月26日\n") == {}
    # A label spaced out in part only: not joined (it is not a justified label).
    assert readable("生年 月日") == "生年 月日"
    # Five spaces is a gap between words, not a justified label.
    assert readable("口     座") == "口     座"


def test_every_spaced_label_word_is_joined_by_readable() -> None:
    for word in SPACED_LABEL_WORDS:
        assert readable("\u3000".join(word) + "：") == word + "："
        assert readable(" ".join(word)) == word


def test_spaced_label_and_invisible_character_in_one_text() -> None:
    text = "生　年　月　日：昭和62年11月26日\n携帯 090\u200b-4127-8836\n"
    assert found(text) == {"date_of_birth": ["1987-11-26"], "jp_phone": ["+819041278836"]}
    # scan without strict reads the text again itself, as find_all does.
    assert sorted(scan(text)) == [("date_of_birth", "1987-11-26"), ("jp_phone", "+819041278836")]


def test_the_senders_signature_still_counts_as_theirs_when_the_text_is_read_again() -> None:
    text = (
        "お客様の情報をお送りします。\n生　年　月　日：昭和62年11月26日\n\n"
        "よろしくお願いいたします。\n-- \n西村 朱里\n株式会社エグザンプル\n"
        "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-2385\n"
    )
    assert found(text) == {"date_of_birth": ["1987-11-26"]}


# --- digits one to a box ---------------------------------------------------------------


def test_boxed_digits_after_a_label_are_one_number() -> None:
    boxed = " ".join(MY_NUMBER)
    assert found(f"個人番号：{boxed}\n")["my_number"] == [MY_NUMBER]
    assert found("福岡銀行 博多駅前支店 普通\n口座番号：4 4 1 8 2 0 7\n")["jp_bank_account"] == [
        "4418207"
    ]
    full_width = "\u3000".join("４４１８２０７")
    assert found(f"普通　{full_width} 福岡銀行\n")["jp_bank_account"] == ["4418207"]


def test_boxed_digits_without_their_label_are_no_number() -> None:
    boxed = " ".join(MY_NUMBER)
    assert found(f"社員番号：{boxed}\n") == {}
    # A scale, a mark sheet's row: single digits, no label. A phone in boxes needs its
    # label (phone.match_jp_boxed), though a written phone needs none.
    assert found("満足度 0 1 2 3 4 5 6 7 8 9\n") == {}
    assert found("受付票 0 9 0 4 1 2 7 8 8 3 6\n") == {}
    assert found("電話番号：0 9 0 4 1 2 7 8 8 3 6\n") == {"jp_phone": ["+819041278836"]}


# --- line breaks -------------------------------------------------------------------------

PASTED = (
    "あおば損害保険株式会社\nご担当者様\n\n"
    "請求書(PDF)の内容をコピーしてお送りします。\n\n"
    "証券番号：AB-2231-\n0457\n"
    "ご住所：〒812-\n0011\n"
    "福岡県福岡市博多区博多駅前\n3丁目2-8-1105\n"
    "電話番号(携帯)：090-\n2716-4830\n"
    "修理見積額：238,\n600円\n"
    "口 座 番 号：4 4 1 8 2 0 7\n"
    "振込先：福岡銀行 博多駅前支店\n\n"
    "よろしくお願いいたします。\n-- \n西村 朱里\n株式会社エグザンプル\n"
    "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-2385\n"
)


def test_broken_lines_joins_numbers_and_addresses() -> None:
    assert broken_lines(PASTED).splitlines() == [
        "証券番号：AB-2231-0457",
        "ご住所：〒812-0011",
        "電話番号(携帯)：090-2716-4830",
        "福岡県福岡市博多区博多駅前3丁目2-8-1105",
    ]
    assert broken_lines("一行目\n二行目\n") == ""
    assert broken_lines(PASTED.replace("\n", "\r\n"))  # CRLF line ends too


def test_an_address_line_joins_only_a_place_name_with_a_block_number() -> None:
    # A sentence ending in kana, a line without a place, a line of prose too long.
    assert wrapped_addresses("会場は東京都港区にて\n1-2名でお越しください") == ""
    assert wrapped_addresses("参加者\n2-3名") == ""
    assert wrapped_addresses("東京都" + "あ" * 90 + "港区芝公園\n2-4-1") == ""
    assert wrapped_addresses("住所：大阪府大阪市北区梅田\n二丁目4番9号") == (
        "住所：大阪府大阪市北区梅田二丁目4番9号"
    )


def _mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"西村 朱里 <{SENDER}>"
    msg["To"] = "claims@aoba-sonpo.example"
    msg["Subject"] = "保険金請求書の内容"
    msg.set_content(body)
    return bytes(msg)


def test_a_pasted_pdf_form_in_a_mail_body_is_read_whole() -> None:
    result = extract(_mail(PASTED))
    assert not result.incomplete
    got = find_all(result.segments, sender_addresses=[result.from_address])
    values = {t: sorted(f.values) for t, f in got.items()}
    assert values == {
        "jp_phone": ["+819027164830"],
        "jp_postal_code": ["8120011"],
        "jp_address": ["福岡県福岡市博多区博多駅前3丁目2-8-1105"],
        "jp_bank_account": ["4418207"],
    }
    # The joined lines are a rendering beside the body: no signature is looked for in it.
    renderings = [s for s in result.segments if s.rendering]
    assert [s.kind for s in renderings] == ["body"]
    assert "〒812-0011" in renderings[0].text


def test_the_senders_own_wrapped_number_in_the_signature_stays_theirs() -> None:
    body = (
        "資料を送ります。\n\nよろしくお願いいたします。\n-- \n西村 朱里\n"
        "株式会社エグザンプル\nTEL 03-6453-\n2385\n携帯 090-2716-4830\n"
    )
    result = extract(_mail(body))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    assert {t: sorted(f.values) for t, f in got.items()} == {}
    # The same number cut in the body above the signature is a customer's.
    result = extract(_mail("お客様の電話：03-6453-\n2311\n\n" + body))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    assert {t: sorted(f.values) for t, f in got.items()} == {"jp_phone": ["+81364532311"]}
