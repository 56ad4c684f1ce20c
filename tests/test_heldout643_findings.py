"""What blind held-out round 643-662 (healthcare, education and welfare) found: a body's
table aligned with spaces, read as a PDF's tables are."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.tabular import spaced_tables

SENDER = "hoiku@example.co.jp"
TABLE = (
    "クラス　　　園児氏名　　　誕生日　　　　　月齢・年齢（4/1時点）　原因食物　　　　除去\n"
    "ひよこ(0歳)　西村 陽葵　　令和7年5月14日　10ヶ月　　　　　　　　　鶏卵　　　　　　完全除去\n"
    "りす(1歳)　　長谷川 湊斗　令和6年8月2日　 1歳7ヶ月　　　　　　　　牛乳・乳製品　　完全除去\n"
    "くま(3歳)　　石田 颯　　　令和4年6月9日　 3歳9ヶ月　　　　　　　　ピーナッツ　　　完全除去\n"
)


def read(body: str) -> dict[str, list[str]]:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "kyushoku@catering.example"
    msg["Subject"] = "アレルギー児一覧"
    msg.set_content(body)
    got = find_all(extract(bytes(msg)).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def test_a_bodys_table_aligned_with_spaces_is_read_under_its_header() -> None:
    """648: a daycare's allergy list typed with full-width spaces; the dates of birth are
    under 誕生日, read only in attachments before (and rows of one-digit dates ended the
    table)."""
    assert read("給食業者様\n\n下記の通りです。\n\n" + TABLE + "\nよろしくお願いします。\n") == {
        "date_of_birth": ["2022-06-09", "2024-08-02", "2025-05-14"]
    }
    assert "誕生日: 令和6年8月2日" in spaced_tables(TABLE)


def test_prose_with_wide_gaps_is_no_table() -> None:
    text = "日程　　3月2日（月）　　会場　　本社5階\n持ち物　　筆記用具\n"
    assert read("各位\n\n" + text + "\n以上\n") == {}
