"""False positives of the third hunt (fphunt3): lot, drawing and product numbers read as
phone numbers, codes with letters glued before a number, a product code run into its
price, conference dial-in lists with bullets or under Teams' headings, one address
written two ways. Each case comes with leak guards: real numbers next to the same words
are still found."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.detectors.conference import dial_in_lines
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
        "製品Lot 03-1234-5678",
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
        ("pilot program 03-1234-5678", "+81312345678"),  # no "lot" inside a word
        ("スロット 03-1234-5678", "+81312345678"),
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


# -- 5. Zoom lists with bullets ---------------------------------------------------------

ZOOM_BULLETS = """\
Zoomミーティングに参加する
https://us06web.zoom.us/j/81234567890?pwd=Qm9hY2xZc2Vy

ミーティングID: 812 3456 7890
パスコード: 482915

所在地でダイヤル
{b} +81 3 4578 1488 日本
{b} +81 3 4579 4499 日本
{b} +81 524 564 439 日本
{b} +81 6 7878 2631 日本
{b} +81 3 4579 1600 日本
{b} +1 669 444 9171 米国

ミーティングID: 812 3456 7890
"""


@pytest.mark.parametrize("bullet", ["•", "-", "・"])
def test_zoom_numbers_with_bullets_are_not_findings(bullet: str) -> None:
    assert found(ZOOM_BULLETS.format(b=bullet)) == {}


def test_zoom_bullets_and_a_customers_number() -> None:
    text = ZOOM_BULLETS.format(b="•") + "\n緊急連絡先: 佐藤様 090-5555-6666\n"
    assert found(text) == {"jp_phone": {"+819055556666"}}


# -- 6. Teams: 電話でのダイヤルイン, 電話会議, domestic access numbers -----------------------

TEAMS_JA = """\
Microsoft Teams
会議 ID: 412 345 678 901
________________________________
{heading}
+81 3-4578-1234,,123456789# 日本、東京
+81 3-6631-9876,,123456789# 日本、東京
+81 6-6302-1111,,123456789# 日本、大阪
+81 52-218-4455,,123456789# 日本、名古屋
+81 92-710-3366,,123456789# 日本、福岡
電話会議 ID: 123 456 789#
ローカル番号を検索
"""


@pytest.mark.parametrize("heading", ["電話でのダイヤルイン", "Dial in by phone", "電話会議"])
def test_teams_dial_in_lists_are_not_findings(heading: str) -> None:
    assert found(TEAMS_JA.format(heading=heading)) == {}


def test_teams_domestic_access_numbers_are_not_findings() -> None:
    text = (
        "Microsoft Teams 会議\n会議 ID: 412 345 678 901\n電話で参加\n"
        "+81 3-4578-1234,,123456789# 日本、東京\n"
        "ダイヤルイン番号: +81 3-4578-1234 日本、東京\n"
        "+81 6-6302-1111 日本、大阪\n"
        "0120-987-654 日本 (フリーダイヤル)\n"
        "0570-123-456 Japan (Toll-free)\n"
        "電話会議 ID: 123 456 789#\n"
    )
    assert found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # People's numbers under the new headings are no access numbers.
        "会議 ID: 1\n電話会議\n" + "\n".join(f"山田{k} 090-3817-49{k:02d}" for k in range(5)),
        "会議 ID: 1\n電話でのダイヤルイン\n" + "\n".join(f"090-3817-49{k:02d}" for k in range(5)),
        "会議 ID: 1\n所在地でダイヤル\n" + "\n".join(f"• 佐藤 090-3817-49{k:02d}" for k in range(5)),
        # A heading in prose is no heading.
        "明日の電話会議の参加者:\n以下の通り\n" + "\n".join(f"090-3817-49{k:02d} 日本" for k in range(5)),
    ],
)
def test_peoples_numbers_under_teams_headings_still_count(text: str) -> None:
    assert len(found(text)["jp_phone"]) >= 5


def test_a_domestic_access_line_needs_a_place() -> None:
    text = "会議 ID: 1\n電話で参加\n0120-987-654 日本 (フリーダイヤル)\n090-3817-4900\n"
    assert dial_in_lines(text) == ["0120-987-654 日本 (フリーダイヤル)"]


# -- 7. one address written two ways ----------------------------------------------------


def test_one_address_in_two_notations_counts_once() -> None:
    text = (
        "工事場所：東京都江東区新木場1-18-7\n"
        "（地番：東京都江東区新木場一丁目18番7）\n"
    )
    assert len(found(text)["jp_address"]) == 1


def test_different_addresses_stay_different() -> None:
    text = (
        "東京都江東区新木場1-18-7\n東京都江東区新木場一丁目18番8\n"
        "東京都江東区新木場2-18-7\n大阪府大阪市中央区本町1-1-1\n東京都中央区本町1-1-1\n"
    )
    assert len(found(text)["jp_address"]) == 5


# -- the nearest label decides for meeting / order words too (a leak found after the hunt) ---

@pytest.mark.parametrize(
    "text",
    [
        "ご注文者：山田太郎 様　電話：090-1234-5678",
        "注文者 山田太郎 TEL 090-1234-5678",
        "会議室予約者 佐藤 携帯 090-1234-5678",
        "Order from Yamada, phone 090-1234-5678",
    ],
)
def test_a_phone_label_after_an_order_or_meeting_word_is_a_phone(text: str) -> None:
    # 注文 / 会議 / order anywhere in the cell used to hide the customer's number.
    assert find_all([Segment(text, "body", "body")])["jp_phone"].count == 1


@pytest.mark.parametrize(
    "text",
    [
        "会議ID 090 1234 5678",
        "注文番号 0312345678",
        "電話会議 ID 0312345678",  # the phone word before the meeting's ID: an ID
        "Meeting ID / Phone: 03 1234 5678",  # one label, the meeting's
    ],
)
def test_an_order_or_meeting_number_is_still_no_phone(text: str) -> None:
    assert "jp_phone" not in find_all([Segment(text, "body", "body")])
