"""The detectors' fast paths give what the plain forms they replace give.

Each speed-up of the detector pass (lazy trigger gates for a run's one window, the
candidate regex's look-behind order, NFKC of an e-mail domain up to its first ASCII
stop, the signature block found from the bottom up, enclosed numbers translated only
when present) is checked here against the straightforward form, on random text biased
towards what each one reacts to.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.detectors import email_address, engine, numbers, signature
from proxy.detectors.normalize import ENCLOSED_NUMBERS, nfkc
from tests.test_detectors_properties import LABELLED_PIECES, TEXT

# --- number runs: the gates looked up lazily ---------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.lists(LABELLED_PIECES, max_size=12).map("".join))
def test_lazy_gates_find_what_the_run_table_finds(text: str) -> None:
    # numbers.process offers a run without white space to the gated validators only
    # once a gated one comes up; it must give what scan_run gives with the table
    # for_run picks for the run's context (and what the full table gives).
    table = engine.NUMBER_TABLE
    for m in numbers.RUN.finditer(text):
        start = m.start()
        before = text[max(0, start - numbers.REACH) : start]
        expected: list[tuple[str, str]] = []
        numbers.scan_run(text, start, m.group(), table.for_run(before), expected)
        assert list(numbers._offer(text, start, m.group(), table)) == expected, (text, m.group())
        full: list[tuple[str, str]] = []
        numbers.scan_run(text, start, m.group(), table.full, full)
        assert full == expected, (text, m.group())


def test_lazy_gates_need_no_trigger_search_for_a_mobile_number() -> None:
    table = engine.NUMBER_TABLE
    searched: list[str] = []
    enabled_mask = table.enabled_mask

    def spy(before: str) -> int:
        searched.append(before)
        return enabled_mask(before)

    table.enabled_mask = spy  # type: ignore[method-assign]
    try:
        text = "携帯番号は 090-1234-5678 です"
        assert numbers._offer(text, 6, "090-1234-5678", table) == (("jp_phone", "+819012345678"),)
        assert searched == []
        text = "ご注文番号 123-4567890-1234567 の件"
        assert numbers._offer(text, 6, "123-4567890-1234567", table) == ()
        assert searched == []
    finally:
        del table.enabled_mask  # type: ignore[method-assign]


# --- the candidate regex ------------------------------------------------------------

_PLAIN_CANDIDATES = re.compile(
    rf"[{engine._FIRST}](?:(?<=[{numbers.DIGITS}]){numbers.GROUP_START}{numbers.LONG_RUN_TAIL}"
    rf"|(?<![{numbers.DIGITS}])(?:{engine._OTHER}))"
)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_candidates_match_where_the_plain_regex_matches(text: str) -> None:
    found = [m.span() for m in engine.CANDIDATES.finditer(text)]
    assert found == [m.span() for m in _PLAIN_CANDIDATES.finditer(text)]


# --- e-mail: NFKC up to the first ASCII character a domain does not hold ------------

_MAIL_PIECES = st.sampled_from(
    [
        "taro", "@", "＠", "example", "ｅｘａｍｐｌｅ", ".", "．", "jp", "ＪＰ", "-", "－", " ",
        "\n", "\t", "<", ">", "=", ":", "（", "）", "！", "。", "、", "日本語", "\u0338",
        "\u0301", "\u3099", "ﬁ", "ℓ", "²", "Ⅸ", "①", "㍿", "ｶﾞ", "\u00a0", "\u200b", "Å",
        "\u212b", "co", "0", "９",
    ]
)  # fmt: skip


def _at_plain(text: str, pos: int) -> str | None:
    """email_address.at as it was: NFKC of the whole 255-character window."""
    before = text[max(0, pos - 64) : pos]
    after = text[pos + 1 : pos + 256]
    if not before.isascii() and max(before) >= "\uff01":
        before = nfkc(before)
    if not after.isascii() and max(after) >= "\uff01":
        after = nfkc(after)
    local = email_address._LOCAL_REVERSED.match(before[::-1])
    domain = email_address._DOMAIN.match(after)
    if local is None or domain is None:
        return None
    name = local.group()[::-1].strip(".")
    if not name or ".." in name:
        return None
    return f"{name}@{domain.group()}".lower()


@settings(max_examples=1000, deadline=None)
@given(st.lists(_MAIL_PIECES, max_size=30).map("".join))
def test_email_domain_nfkc_cut_changes_nothing(text: str) -> None:
    for pos, c in enumerate(text):
        if c in email_address.AT_SIGNS:
            assert email_address.at(text, pos) == _at_plain(text, pos), (text, pos)


@settings(max_examples=500, deadline=None)
@given(st.text() | st.lists(_MAIL_PIECES, max_size=20).map("".join))
def test_nfkc_translates_enclosed_numbers_as_before(text: str) -> None:
    expected = (
        text if text.isascii() else unicodedata.normalize("NFKC", text.translate(ENCLOSED_NUMBERS))
    )
    assert nfkc(text) == expected


# --- signature: the separated block found from the bottom up ------------------------


def _separated_block_plain(lines: list[str]) -> int | None:
    """signature._separated_block as it was: every content line of the tail tested."""
    content = [k for k, line in enumerate(lines) if line.strip()][-(signature.MAX_LINES + 2) :]
    seps = [k for k in content if signature.is_separator(lines[k])]
    if not seps:
        return None
    last = content[-1]
    if seps[-1] == last:
        if len(seps) < 2:
            return signature._closing_run(lines, last)
        opening = seps[-2]
        body = [lines[k] for k in content if opening < k < last]
    else:
        opening = seps[-1]
        body = [lines[k] for k in content if k > opening]
    return opening if signature._plausible(body, need=1) else None


_LINES = st.sampled_from(
    [
        "", " ", "\u3000", "━━━━━━━━━━", "----", "=====", "＊＊＊ 株式会社 ＊＊＊", "***",
        "株式会社サンプル 営業部", "山田太郎", "〒105-0011 東京都港区芝公園1-2",
        "TEL: 03-1234-5678 / FAX: 03-1234-5679", "Mail: a@b.jp", "携帯 090-1234-5678",
        "いつもお世話になっております。", "Best regards,", "氏名: 山田\t電話: 090-1111-2222\tx",
        "x" * 120, "Tel 03-0000-0000", "住所 大阪", "URL https://example.com", "Thanks.",
    ]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=30))
def test_separated_block_bottom_up_as_before(lines: list[str]) -> None:
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    if not last:
        return
    assert signature._separated_block(lines, last - 1) == _separated_block_plain(lines)
