"""The fast paths for number-dense text give what the plain forms they replace give.

Each one (label answers keyed by the cell with its digits as '0', the country named
before a number remembered the same way, Luhn over bytes, the date-of-birth window
normalised line first, named groups read one by one, masks without visible_chars, the
wide-character test of an e-mail window, an address's spaces and dashes replaced
only when present) is checked against the straightforward form,
on random text biased towards what it reacts to.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from proxy.detectors import (
    address,
    birth_date,
    corporate_number,
    credit_card,
    drivers_license,
    email_address,
    engine,
    my_number,
    numbers,
    pension_number,
    phone,
    us_ssn,
)
from proxy.detectors.masking import mask, visible_chars
from proxy.detectors.normalize import nfkc
from tests.test_detectors_properties import LABELLED_PIECES, TEXT

# Every pattern Window.has_label is given, and the country names country_before reads.
LABEL_PATTERNS = (
    phone.LABEL, phone.NUMBER_WORD, phone.NOT_A_PHONE, phone._COUNTRY, credit_card._OTHER_NUMBER,
    my_number.LABEL, corporate_number.LABEL, drivers_license.LABEL, pension_number.LABEL,
    us_ssn.LABEL,
)  # fmt: skip

DIGITS_AND_LABELS = st.lists(
    st.one_of(LABELLED_PIECES, st.sampled_from("0123456789０９ -idID"), st.text(max_size=2)),
    max_size=14,
).map("".join)


def _digits_as_zero(cell: str) -> str:
    return re.sub("[0-9]", "0", cell)


# --- label answers keyed by the cell with its digits as '0' --------------------------


def test_label_patterns_hold_no_digit() -> None:
    # What numbers.label_key relies on: no literal digit (quantifier bounds aside) and no
    # class naming digits one by one in any pattern whose answers it keys.
    for pattern in LABEL_PATTERNS:
        source = re.sub(r"\{\d+(?:,\d*)?\}", "", pattern.pattern)
        assert not re.search(r"[0-9０-９]", source), pattern.pattern


@settings(max_examples=500, deadline=None)
@given(DIGITS_AND_LABELS)
def test_label_answers_do_not_depend_on_which_digits(cell: str) -> None:
    same = _digits_as_zero(cell)
    for pattern in LABEL_PATTERNS:
        assert (pattern.search(cell) is None) == (pattern.search(same) is None), (pattern, cell)
    assert phone.country_in(cell) == phone.country_in(same)


def test_label_key_is_one_to_one_up_to_digits() -> None:
    cells = ["Tel 090-1500-1390 Card ", "Tel 000-0000-0000 Card ", "電話番号: ", "\ud800x1"]
    keys = [numbers.label_key(c) for c in cells]
    assert keys[0] == keys[1]
    assert len(set(keys)) == 3
    assert numbers.label_key("Tel 1") != numbers.label_key("Tel l")


@settings(max_examples=300, deadline=None)
@given(st.lists(DIGITS_AND_LABELS, min_size=1, max_size=6))
def test_has_label_and_country_before_give_the_plain_answer(texts: list[str]) -> None:
    # Many cells in one run of the caches, so that keys repeat across different digits.
    for text in texts:
        for m in numbers.RUN.finditer(text):
            w = numbers.Window(text, m.start(), m.end(), m.group(), "", (), (), False)
            for pattern in LABEL_PATTERNS[:-1]:
                assert w.has_label(pattern) == (pattern.search(w.cell()) is not None)
            assert phone.country_before(w) == phone.country_in(w.cell())


def test_numbers_that_differ_only_in_digits_share_label_answers() -> None:
    numbers.clear_caches()
    phone.clear_caches()
    lines = "".join(
        f"Customer {k:05d} Tel 090-{1500 + k:04d}-{1390 + 7 * k:04d} Card 4111 1111 1111 {k:04d}\n"
        for k in range(50)
    )
    found = engine.scan(lines)
    assert sum(1 for t, _ in found if t == "jp_phone") == 50
    assert len(numbers._LABELLED) < 30  # not one set of answers per line


# --- Luhn over bytes ----------------------------------------------------------------


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=25))
def test_luhn_ok_is_stdnum_luhn(digits: str) -> None:
    assert credit_card.luhn_ok(digits) == luhn.is_valid(digits)


def test_luhn_ok_on_every_card_length() -> None:
    import random

    rng = random.Random(7)
    for n in range(12, 20):
        for _ in range(5000):
            digits = "".join(rng.choice("0123456789") for _ in range(n))
            assert credit_card.luhn_ok(digits) == luhn.is_valid(digits), digits


# --- date of birth: the label's line normalised first -------------------------------


def _plain_from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()

    def iso(year: int, month: int, day: int) -> str | None:
        if not 1868 <= year <= 2100:
            return None
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None

    if g["era"]:
        era = birth_date._ERA_LETTERS.get(g["era"].upper(), g["era"])
        n = 1 if g["ey"] == "元" else int(g["ey"])
        if not 1 <= n <= birth_date._ERA_LAST[era]:
            return None
        return iso(birth_date.ERAS[era] + n - 1, int(g["em"]), int(g["ed"]))
    if g["y"]:
        return iso(int(g["y"]), int(g["m"]), int(g["d"]))
    if g["cy"]:
        return iso(int(g["cy"]), int(g["cm"]), int(g["cd"]))
    if g["ay"]:
        a, b = int(g["a"]), int(g["b"])
        month, day = (b, a) if a > 12 else (a, b)
        return iso(int(g["ay"]), month, day)
    months = birth_date.MONTHS
    if g["ny"]:
        return iso(int(g["ny"]), months[g["nm"].rstrip(".").lower()], int(g["nd"]))
    return iso(int(g["my"]), months[g["mm"].rstrip(".").lower()], int(g["md"]))


def _plain_match_after(text: str, pos: int) -> str | None:
    window = nfkc(text[pos : pos + birth_date.AFTER + 16])
    nl = window.find("\n")
    if nl >= 0 and window[:nl].rstrip(" \t\r\u3000").endswith("年"):
        following = window.find("\n", nl + 1)  # the date goes on on the next line
        window = window[:nl].rstrip("\r") + window[nl + 1 : following if following >= 0 else None]
    elif nl >= 0 and window[:nl].strip(birth_date._EMPTY_LINE):
        # The label's line holds more than closing brackets ("【生年月日】⏎…" reads on)
        # ... unless a note alone ("Date of Birth (DD/MM/YYYY)" over the date).
        label_line = window[:nl]
        note = birth_date._FILLER.match(label_line)
        if note is not None and note.end() >= len(label_line.rstrip()):
            following = window.find("\n", nl + 1)
            window = label_line.rstrip() + " " + window[nl + 1 : following if following >= 0 else None]
        else:
            window = label_line
    window = birth_date.digits_for_kanji(window)  # 昭和三十二年五月八日
    filler = birth_date._FILLER.match(window)
    start = filler.end() if filler is not None else 0
    if start > birth_date.AFTER:
        return None
    brackets = [k for k in (window.find(b, 0, start) for b in "(（[【") if k >= 0]
    if brackets and birth_date._ERA_BOXES.match(window, min(brackets)):  # "（　）昭和 （○）平成"
        window, start = birth_date._ticked_era(window, min(brackets)), min(brackets)
    elif window[start : start + 1] in (*birth_date._BOXES, "(", "（", "[", "【"):  # □昭和 ■平成 …
        window = birth_date._ticked_era(window, start)
    m = birth_date.DATE.match(window, start)
    if m is None:  # five digits alone: Excel's serial number of the date
        serial = re.match(
            r"[1-9][0-9]{4}(?=[ \t\u3000]*(?:[\r\n\t,|;、。，；)）]|\Z))", window[start:]
        )
        if serial is None:
            return None
        day = dt.date(1899, 12, 30) + dt.timedelta(days=int(serial.group()))
        return day.isoformat() if day <= dt.date.today() else None
    return _plain_from_match(m)


DATE_PIECES = st.sampled_from(
    [
        "1984-01-22", "昭和60年4月12日", "S60.4.12", "平成元年", "1990年(平成2年)7月15日",
        "12/31/1999", "31/12/1999", "3rd March 1985", "Mar 3, 1985", "19850303", "：", ": ",
        " ", "\u3000", "\n", "\r\n", "\t", "①", "（西暦）", "ｰ", "１９８４", "－", "\u00a0",
        "\u2028", "\u0301", "ﾞ", "あ", "x", "9",
    ]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(DATE_PIECES, st.text(max_size=2)), max_size=10).map("".join))
@example("]\n1984-01-22")  # a CI run found the reference reading this label line as full
@example(" 1984年\n1月22日")  # the date goes on on the next line
def test_date_of_birth_window_is_read_as_before(after: str) -> None:
    text = "生年月日" + after
    assert birth_date.match_after(text, 4) == _plain_match_after(text, 4), after


# --- masks, and the e-mail window's test for full-width characters ------------------


def test_mask_is_visible_chars_form() -> None:
    for n in range(0, 40):
        value = "".join(str(k % 10) for k in range(n))
        shown = visible_chars(n)
        assert mask("jp_phone", value) == "*" * (n - shown) + (value[-shown:] if shown else "")


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_wide_search_is_max_test(window: str) -> None:
    plain = bool(window) and max(window) >= "\uff01"
    assert (email_address._WIDE.search(window) is not None) == plain


# --- addresses: spaces and other dashes replaced only when present ------------------


def _plain_address(text: str, pos: int) -> str | None:
    pref = address.PREFECTURE.match(text, pos)
    if pref is None:
        return None
    rest = address._REST.match(text, pref.end())
    if rest is None:  # broken after the municipality (a <br>)
        town = address._MUNICIPALITY_END.match(text, pref.end())
        rest = address._AFTER_BREAK.match(text, town.end()) if town is not None else None
    if rest is None:
        return None
    raw = text[pos : rest.end()].replace("\r", "").replace("\n", "")
    return address._DASH_RUN.sub("-", address._SPACES.sub("", nfkc(raw)))


ADDRESS_PIECES = st.sampled_from(
    [
        "東京都", "大阪府", "千代田区", "大阪市", "北区", "丸の内", "梅田", "1", "２", "3", "-", "ー",
        "－", "‐", " ", "\u3000", "丁目", "番地", "号", "の", "①", "ｶ", "\n",
    ]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(ADDRESS_PIECES, st.text(max_size=2)), max_size=12).map("".join))
def test_address_value_is_the_plain_form(after: str) -> None:
    text = "東京都" + after
    assert address.match_at(text, 0) == _plain_address(text, 0), after


def test_a_label_pattern_that_reads_digits_is_not_keyed_by_the_zeroed_cell() -> None:
    """Label answers are shared between cells that differ only in digits; a pattern
    that reads digits (none today, maybe one tomorrow) must not share them."""
    numbers.clear_caches()
    label = re.compile(r"No\. 1 ")

    def window(text: str) -> numbers.Window:
        start = text.index("090")
        run = text[start:]
        return numbers.Window(text, start, len(text), run, "09012345678", (3, 4, 4),
                              ("-", "-"), False)  # fmt: skip

    assert not numbers.digit_free(label)
    # Ways to read a digit without writing one: an escaped brace, a back-reference.
    assert not numbers.digit_free(re.compile(r"\{5}"))
    assert not numbers.digit_free(re.compile(r"(?P<a>\w)(?P=a)"))
    assert not numbers.digit_free(re.compile(r"(\w)\1"))
    assert window("No. 1 090-1234-5678").has_label(label)
    assert not window("No. 2 090-1234-5678").has_label(label)
    assert numbers.digit_free(phone.LABEL)
