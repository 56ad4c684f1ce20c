"""False positives of the third hunt (fphunt3): lot, drawing and product numbers read as
phone numbers, codes with letters glued before a number, a product code run into its
price, conference dial-in lists with bullets or under Teams' headings, one address
written two ways. Each case comes with leak guards: real numbers next to the same words
are still found."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.model import Segment


def found(text: str, kind: str = "body") -> dict[str, set[str]]:
    return {t: set(f.values) for t, f in find_all([Segment(text, kind, kind)]).items()}


def phones(text: str, kind: str = "body") -> set[str]:
    got = found(text, kind)
    return got.get("jp_phone", set()) | got.get("intl_phone", set())


# -- 1. a 4-4-2 (or other non-phone) grouping ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "品番：SX-200-A　ロット番号：0312-0456-78　数量：500個　判定：合格",
        "Lot No. 0312-0456-78",
        "製品 0312-0456-78",  # no label at all: the grouping alone is no phone's
        "0313-1103-45",
        "お問い合わせ番号：0312-5567-890（保守窓口）",  # 4-4-3
        "03-1234-567",  # a last group of 3 only for 0120-style numbers
        "0312-045678",
    ],
)
def test_a_grouping_no_japanese_number_has_is_no_phone(text: str) -> None:
    assert phones(text) == set()


def test_lot_column_of_a_spreadsheet_is_no_phone() -> None:
    rows = "\n".join(
        f"注文番号: PO-24-05{100 + i}\t品番: SX-200-A\tロット: {312 + i:04d}-{456 + i * 11:04d}-"
        f"{i * 7 % 100:02d}\t数量: {100 * (i + 1)}\t納品日: 2024/05/{14 + i}"
        for i in range(8)
    )
    assert phones(rows, "attachment") == set()


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("TEL 03-1234-5678", "+81312345678"),
        ("0312345678", "+81312345678"),  # unseparated: as before
        ("09012345678", "+819012345678"),
        ("(03)1234-5678", "+81312345678"),
        ("03(1234)5678", "+81312345678"),
        ("（03）1234－5678", "+81312345678"),
        ("0120-123-456", "+81120123456"),
        ("0570-123-456", "+81570123456"),
        ("0120-12-3456", "+81120123456"),
        ("0800-123-4567", "+818001234567"),
        ("04992-2-1234", "+81499221234"),
        ("03 1234 5678", "+81312345678"),
        ("03.1234.5678", "+81312345678"),
        ("03-12345678", "+81312345678"),
        ("090-12345678", "+819012345678"),
    ],
)
def test_phone_groupings_are_still_found(text: str, e164: str) -> None:
    assert phones(text) == {e164}


# -- 2. another number's label ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "図番 06-2210-0034",
        "図番 06-2210-0034 Rev.A　ベースプレート",
        "Drawing No. 06-2210-0034",
        "DWG No. 06-2210-0034",
        "DWG 06-2210-0034",
        "品番 06-2210-0034",
        "型番：06-2210-0034",
        "部品番号 06-2210-0034",
        "製品コード 0120-456-789",
        "商品コード：03-1234-5678",
        "契約番号 03-1234-5678",
        "管理番号: 03-1234-5678",
        "受付番号 03-1234-5678",
        "チケット番号 03-1234-5678",
        "お問い合わせ番号 03-1234-5678",
        "工事番号 03-1234-5678",
        "Part No. 03-1234-5678",
        "P/N 03-1234-5678",
        "Serial 03-1234-5678",
        "S/N: 03-1234-5678",
        "Ticket 03-1234-5678",
        "製造番号 SN 0801-2345-6789",
        "電話番号欄の下、図番 06-2210-0034",  # the nearest label decides
    ],
)
def test_another_numbers_label_is_no_phone(text: str) -> None:
    assert phones(text) == set()


def test_five_drawing_numbers_are_no_list_of_people() -> None:
    text = "ご依頼の図面5点をお送りします。\n" + "\n".join(
        f"図番 {n}"
        for n in ("06-2210-0034", "03-1187-2205", "04-5512-3300", "05-3321-0087", "07-2210-1188")
    )
    assert phones(text) == set()


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("お問い合わせ 0120-123-456", "+81120123456"),
        ("お問い合わせ先 TEL 0120-123-456", "+81120123456"),
        ("お問い合わせ先：0120-123-456", "+81120123456"),
        ("TEL 03-1234-5678", "+81312345678"),
        ("携帯：090-1234-5678", "+819012345678"),
        ("図番の件は 電話 06-2210-0034 まで", "+81622100034"),
        ("品番 SX-200 担当 TEL 03-1234-5678", "+81312345678"),
        ("ロット不良の連絡先 03-1234-5678", "+81312345678"),
        ("Part No. SX-200, phone 03-1234-5678", "+81312345678"),
        ("契約番号 A-123 FAX 03-1234-5679", "+81312345679"),
        # The drawing number is not a phone; the same digits labelled a phone are.
        ("図番 06-2210-0034 の件で 電話 06-2210-0034", "+81622100034"),
    ],
)
def test_a_phone_label_nearer_than_another_still_wins(text: str, e164: str) -> None:
    assert phones(text) == {e164}


def test_a_customer_list_with_a_phone_column_still_counts() -> None:
    rows = "\n".join(
        f"氏名: 顧客{k}\t品番: SX-200-A\t電話番号: 090-3817-49{k:02d}\t契約番号: C-{k}"
        for k in range(6)
    )
    assert len(found(rows, "attachment")["jp_phone"]) == 6


# -- 3. letters glued before the number -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "チケット番号 INC-03-1234-5678",
        "保守契約番号 MC-0312-4455-66",
        "DWG-06-2210-0034\t4901234567814\tベースプレート",
        "see INC-03-1234-5678",
        "ref ABC-090-1234-5678",
    ],
)
def test_a_code_with_letters_glued_before_is_no_phone(text: str) -> None:
    assert phones(text) == set()


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("INC 03-1234-5678 の担当 TEL 03-1234-5678", "+81312345678"),
        ("TEL-03-1234-5678", "+81312345678"),  # a phone label glued is still one
        ("Tel.03-1234-5678", "+81312345678"),
        ("担当-03-1234-5678", "+81312345678"),  # not an ASCII word
    ],
)
def test_a_phone_after_a_word_not_glued_still_counts(text: str, e164: str) -> None:
    assert phones(text) == {e164}


# -- 4. a closing bracket in the middle of a run ---------------------------------------


def test_a_code_in_brackets_does_not_run_into_the_price() -> None:
    assert phones("4. グローブ M（製品コード 0120-456-78）　1,200円 × 20") == set()
    assert phones("グローブ M（0120-456-78）　1,200円") == set()


def test_a_phone_in_brackets_before_a_price_is_still_found() -> None:
    assert phones("担当（TEL 0120-456-789）　1,200円") == {"+81120456789"}
