"""Tables drawn in plain text (held-out 323-325): ruled with box-drawing characters or
bars, Markdown tables, fixed-width columns under a rule of dashes. Their columns' labels
reach the values below them, as a table pasted from Excel's do."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.texttables import drawn_tables

BOX = """\
┌─┬──────┬─────┬───────┐
│No│氏名        │生年月日  │携帯電話      │
├─┼──────┼─────┼───────┤
│1 │川村 優斗   │1996/04/18│090-2276-4183 │
│2 │三宅 奈々   │1989/11/02│080-6631-2058 │
└─┴──────┴─────┴───────┘
"""

MARKDOWN = """\
| No | お客様名 | 郵便番号 | 住所 |
|---|:---|---:|---|
| 1 | 石原 弘 様 | 231-0023 | 神奈川県横浜市中区山下町112-3 |
| 2 | 大塚 真理子 様 | 236-0021 | 神奈川県横浜市金沢区泥亀1-22-6 |
"""

# Aligned for a monospaced font: a full-width character is two columns wide.
FIXED = """\
No  お届け先様  郵便番号  ご住所
--  ----------  --------  ------------------------------
1   中村 和子   332-0034  埼玉県川口市並木2-11-7
2               400-0031  山梨県甲府市丸の内1-14-9
"""


def test_a_box_drawn_table() -> None:
    assert drawn_tables("入館申請です。\n\n" + BOX + "\nよろしくお願いします。\n") == (
        "No\t氏名\t生年月日\t携帯電話\n1\t川村 優斗\t1996/04/18\t090-2276-4183\n"
        "2\t三宅 奈々\t1989/11/02\t080-6631-2058"
    )


def test_a_markdown_table() -> None:
    rows = drawn_tables(MARKDOWN).splitlines()
    assert rows[0] == "No\tお客様名\t郵便番号\t住所"
    assert rows[2] == "2\t大塚 真理子 様\t236-0021\t神奈川県横浜市金沢区泥亀1-22-6"


def test_fixed_width_columns_by_display_width_with_an_empty_cell() -> None:
    assert drawn_tables(FIXED).splitlines() == [
        "No\tお届け先様\t郵便番号\tご住所",
        "1\t中村 和子\t332-0034\t埼玉県川口市並木2-11-7",
        "2\t\t400-0031\t山梨県甲府市丸の内1-14-9",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "TEL 03-1234-5678 | FAX 03-1234-5679\nMail a@example.jp | Web example.jp\n",
        "━━━━━━━━━━\n株式会社サンプル\n━━━━━━━━━━\n",
        "| a single row |\n",
        "結果\n-----\n合格\n",  # one dash group: an underline, not a column rule
        "",
    ],
)
def test_no_table(text: str) -> None:
    assert drawn_tables(text) == ""


def mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "kawai@example.co.jp"
    msg["To"] = "center@bayside.example"
    msg["Subject"] = "入館申請"
    msg.set_content(body + "\n-- \n株式会社エグザンプル\n河合 美穂\nTEL 03-6453-1718\n")
    return msg.as_bytes()


def found(body: str) -> dict[str, list[str]]:
    segments = extract(mail(body)).segments
    got = find_all(segments, sender_addresses=["kawai@example.co.jp"])
    return {t: sorted(f.values) for t, f in got.items()}


def test_dates_of_birth_in_a_box_drawn_table_are_found() -> None:
    assert found("スタッフです。\n\n" + BOX)["date_of_birth"] == ["1989-11-02", "1996-04-18"]


def test_postal_codes_in_markdown_and_fixed_width_tables_are_found() -> None:
    assert found(MARKDOWN)["jp_postal_code"] == ["2310023", "2360021"]
    assert found(FIXED)["jp_postal_code"] == ["3320034", "4000031"]


def test_ambiguous_width_characters_and_a_rule_of_box_lines() -> None:
    """(Review 12's untested corners.) ○ and ① are two columns wide in a Japanese
    monospaced font, as ─ in the rule is, and a full-width space parts its groups."""
    table = (
        "参加  氏名          生年月日\n"
        "──　──────　──────\n"
        "○    山田 太郎     1980/04/01\n"
        "①    佐藤 花子     1990/12/24\n"
    )
    assert drawn_tables(table).splitlines() == [
        "参加\t氏名\t生年月日",
        "○\t山田 太郎\t1980/04/01",
        "①\t佐藤 花子\t1990/12/24",
    ]


def test_two_box_drawn_tables_one_under_the_other() -> None:
    """A bottom border ends a table: the next one's header labels its own rows."""
    second = BOX.replace("生年月日", "入社日  ").replace("1996/04/18", "2020/04/01")
    tables = drawn_tables(BOX + second).split("\n\n")
    assert len(tables) == 2
    assert tables[1].splitlines()[0] == "No\t氏名\t入社日\t携帯電話"


def test_a_rule_too_wide_or_a_row_too_long_is_no_table() -> None:
    assert drawn_tables("a b\n" + "-- " * 41 + "\n1 2\n") == ""
    assert drawn_tables("No  Name\n--  ----\n1   " + "x" * 2000 + "\n") == ""
