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
    find_all,
    iban,
    keyword,
    mask,
    my_number,
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
