"""Properties: no detector raises on any text; masks never show more than four chars."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.detectors import (
    DETECTOR_TYPES,
    address,
    bank_account,
    birth_date,
    corporate_number,
    credit_card,
    drivers_license,
    email_address,
    engine,
    find_all,
    iban,
    keyword,
    mask,
    my_number,
    numbers,
    passport,
    pension_number,
    phone,
    postal_code,
    residence_card,
    us_ssn,
)
from proxy.detectors.signature import split_signature
from proxy.model import Segment

# Text biased towards what the detectors react to: digits (both widths), separators,
# labels, capital letters, @ and the characters of prefecture names.
PIECES = st.sampled_from(
    [
        "0", "1", "4", "9", "０", "９", "-", "ー", "－", " ", "\u3000", "\t", "\n", "(", ")",
        "+", "＋", "@", "＠", ".", "〒", "都", "東京都", "千代田区", "丁目", "番", "マイナンバー",
        "法人番号", "口座", "普通", "生年月日", "昭和", "元", "年", "月", "日", "DOB", "SSN",
        "TK", "AB", "CD", "GB29", "DE89", "① ", "ﾏﾙﾋ", "-- ", "━━━━", "TEL:", "株式会社",
        "-----Original Message-----", "From:", "wrote:", "Confidential", "社外秘",
    ]
)  # fmt: skip
TEXT = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=3))).map("".join))

SINGLE = [
    credit_card.find, my_number.find, corporate_number.find, drivers_license.find,
    pension_number.find, us_ssn.find, phone.find_jp, phone.find_intl, postal_code.find,
    bank_account.find, passport.find, residence_card.find, iban.find, email_address.find,
    address.find, birth_date.find,
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_no_detector_raises(text: str) -> None:
    for find in SINGLE:
        assert isinstance(find(text), list)
    assert isinstance(keyword.find(text, ["社外秘", "Confidential", "ﾏﾙﾋ"]), list)
    main, sig = split_signature(text)
    assert len(main) + len(sig) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TEXT, st.sampled_from(["header", "body", "attachment"])), max_size=4))
def test_find_all_never_raises_and_counts_distinct(parts: list[tuple[str, str]]) -> None:
    segments = [Segment(text, f"{kind}:{i}", kind) for i, (text, kind) in enumerate(parts)]
    found = find_all(segments, sender_addresses=["a@b.example"], keywords=["社外秘", "機密"])
    for type_, finding in found.items():
        assert type_ in DETECTOR_TYPES and type_ != "encrypted_attachment"
        assert finding.count == len(finding.values) == len(finding.samples_masked) > 0


@settings(max_examples=500)
@given(st.sampled_from(DETECTOR_TYPES).filter(lambda t: t != "keyword"), st.text())
def test_mask_never_shows_more_than_the_last_four(type_: str, value: str) -> None:
    masked = mask(type_, value)
    assert len(masked) == len(value)
    hidden = len(value) - min(4, len(value))
    assert masked[:hidden] == "*" * hidden
    if len(value) <= 4:
        assert masked == "*" * len(value)
    # The visible tail is the value's own tail.
    tail = masked[hidden:]
    assert all(m in ("*", v) for m, v in zip(tail, value[hidden:], strict=True))


def test_mask_examples() -> None:
    assert mask("credit_card", "4111111111111111") == "************1111"
    assert mask("jp_bank_account", "1234567") == "****567"
    assert mask("jp_postal_code", "1234") == "****"
    assert mask("keyword", "社外秘") == "社外秘"


# Labels as people (and converters) write them: widths, cases, NFD kana, odd case folds.
LABELLED_PIECES = st.sampled_from(
    [
        "マイナンバー", "ﾏｲﾅﾝﾊﾞｰ", "ＭＹ ＮＵＭＢＥＲ", "my number", "Individual Number", "個人番号",
        "法人番号", "Corporate Number", "免許証", "Driver's License", "年金番号", "Pension No",
        "SSN", "ｓｓｎ", "\u017f\u017fn", "Social Security", "ソーシャル・セキュリティ", "パスポート",
        "ハ\u309aスホ\u309aート", "PASSPORT", "在留カード", "Residence Card", "口座番号", "普通",
        "（普）", "(当)", "当座", "振込先", "〒", "郵便番号", "TEL", "ＴＥＬ", "℡", "Phone",
        "\u212aontact", "電話", "携帯", "ﾌｧｯｸｽ", "Israeli number", "韓国の携帯", "注文番号",
        "ID", "+", "＋", "：", ": ", " ", "\u3000", "\n", "\t", "x", "あ",
        "4111 1111 1111 1111", "123456789018", "1234 5678 9018", "5835678256246",
        "0312345678", "090-1234-5678", "09-7625400", "1234567", "123-4567", "AB12345678CD",
        "TK1234567", "1 415 555 0132", "078-05-1123", "1234-567890", "０９０－１２３４－５６７８",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(LABELLED_PIECES, max_size=12).map("".join))
def test_trigger_words_never_hide_a_match(text: str) -> None:
    # numbers.NumberTable offers a run only to the validators whose trigger word is in
    # the characters before it; every run must give what the full table gives.
    table = engine.NUMBER_TABLE
    for m in numbers.RUN.finditer(text):
        start = m.start()
        gated: list[tuple[str, str]] = []
        full: list[tuple[str, str]] = []
        before = text[max(0, start - numbers.REACH) : start]
        numbers.scan_run(text, start, m.group(), table.for_run(before), gated)
        numbers.scan_run(text, start, m.group(), table.full, full)
        assert gated == full, (text, m.group())


def test_trigger_words_gate_the_label_validators() -> None:
    table = engine.NUMBER_TABLE
    bare = table.for_run("ご注文ありがとうございます。")
    assert 12 in table.full and 7 in table.full
    assert 7 not in bare  # postal code, bank account, passport: all need a label
    # No label needed for a phone, nor for another country's dialled with "00" / "010".
    assert [t for t, _ in bare[12]] == ["jp_phone", "intl_phone"]
    for before in ("個人番号：", "ﾏｲﾅﾝﾊﾞｰ ", "ＭＹ　ＮＵＭＢＥＲ: ", "My Number "):
        assert "my_number" in [t for t, _ in table.for_run(before)[12]], before
