"""Review 18 (commits 97d3d08 and 305f596): written as failing tests by the reviewer,
all fixed since."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.model import Segment

SENDER = "ono@example.co.jp"


def found(text: str, sender: str = SENDER, names: tuple[str, ...] = ()) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, "body", "body")], sender_addresses=[sender], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


_PASTED = (
    "Hi Ken,\n\nA customer sent this through the support form. Could you call her back?\n\n"
    "I ordered a heater last month (order 5521) and it still has not arrived.\n\n"
)


# --- signed_closing / _names_someone_in: a line "inside" the sender's display name --------


def test_a_customers_title_line_inside_the_senders_display_name_is_not_his_name() -> None:
    """Leak. A customer's closing pasted at the end, with her title "Sales Manager": the
    From display name "Ken Ono (Sales Manager)" has "salesmanager" inside its key, so
    _names_someone_in takes the title line for the sender's name and signed_closing gives
    the customer's mobile to the sender."""
    text = _PASTED + (
        "Best regards,\nHanako Yamada\nSales Manager\nYamada Shoji Co., Ltd.\n090-1234-5678\n"
    )
    assert found(text, names=("Ken Ono (Sales Manager)",)) == {"jp_phone": ["+819012345678"]}


def test_a_customers_department_line_inside_a_team_display_name_is_not_the_senders() -> None:
    """Leak. The mail goes out from a team mailbox whose display name is "Example
    Support"; the pasted customer's closing has a "Support" line (her department), a
    key inside the display name's: her mobile is taken for the sender's."""
    text = _PASTED + (
        "Best regards,\nHanako Yamada\nSupport\nYamada Shoji Co., Ltd.\n090-1234-5678\n"
    )
    assert found(text, names=("Example Support",)) == {"jp_phone": ["+819012345678"]}


def test_another_persons_full_name_inside_the_senders_is_not_the_senders() -> None:
    """Leak. The sender is Mayumi Ito; the pasted customer signs "Yumi Ito", another
    person's full name, whose key "yumiito" is a substring of "mayumiito": the customer's
    closing is taken for the sender's and her mobile is not reported."""
    text = _PASTED + "Best regards,\nYumi Ito\nIto Shoji Co., Ltd.\n090-1234-5678\n"
    assert found(text, "m.ito@example.co.jp", names=("Mayumi Ito",)) == {
        "jp_phone": ["+819012345678"]
    }


# --- _table_row: a box around a signature with a bar inside a line ------------------------


def test_a_boxed_signature_with_tel_and_fax_on_one_line_is_still_the_senders() -> None:
    """False positive (already on c16cec1; 97d3d08's box fix misses it). The boxed
    signature of review 17, with "TEL … | FAX …" on one line (very common): the bar
    inside that line makes it a table row again, and the sender's own TEL and FAX are
    reported."""
    text = (
        "お世話になります。\n資料を送ります。\n\n"
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ 株式会社エグザンプル 営業部              ┃\n"
        "┃ 山田 太郎                                ┃\n"
        "┃ TEL 03-5550-2269 | FAX 03-5550-2270      ┃\n"
        "┃ yamada@example.co.jp                     ┃\n"
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n"
    )
    assert found(text, "yamada@example.co.jp") == {}


# --- bank_account.find_english: the match's own "bank" no longer counts --------------------


def test_a_bank_account_number_labelled_bank_account_no_is_found() -> None:
    """Leak. Regression: it passed on c16cec1. "bank account no. 1234567": the label's
    own "bank" was the bank word near it; 305f596 looks for the bank word only before and
    after the match, so a label that names the bank itself is no longer enough."""
    text = (
        "Hi Ken,\n\nPlease refund the customer to her bank account no. 1234567 "
        "(Hanako Yamada).\n\nThanks,\nOno\n"
    )
    assert found(text) == {"jp_bank_account": ["1234567"]}


# --- birth_date._SERIAL: alone in its cell, but not before Japanese punctuation -----------


def test_a_serial_date_of_birth_before_a_japanese_comma_is_found() -> None:
    """Leak. Regression: it passed on c16cec1. "生年月日：32874、住所は…": the serial is
    followed by 、 (or 。), which _SERIAL's new lookahead does not accept as the end of
    its cell, though it accepts "," there."""
    text = "生年月日：32874、住所は東京都港区芝公園2-4-1\n"
    assert found(text)["date_of_birth"] == ["1990-01-01"]
