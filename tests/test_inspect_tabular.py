"""Rows to `header: value` lines."""

from __future__ import annotations

import csv

import pytest

from proxy.inspect.tabular import TableRenderer, csv_lines, guess_delimiter, pasted_tables


def test_header_row_once_then_labelled_rows() -> None:
    text = '氏名,生年月日,備考\n"山田, 太郎",1985/04/12,"複数行の\r\nメモ"\n,,\n佐藤,,追加,余り\n'
    assert list(csv_lines(text, ",")) == [
        "氏名\t生年月日\t備考",
        "氏名: 山田, 太郎\t生年月日: 1985/04/12\t備考: 複数行の メモ",
        "氏名: 佐藤\t備考: 追加\t余り",
    ]


def test_header_is_the_first_non_empty_row() -> None:
    renderer = TableRenderer()
    assert renderer.line({}) is None
    assert renderer.line({0: "  ", 3: ""}) is None
    assert renderer.line({1: "口座番号", 2: "名義"}) == "口座番号\t名義"
    assert (
        renderer.line({1: "1234567", 2: "ヤマダ", 5: "注記"})
        == "口座番号: 1234567\t名義: ヤマダ\t注記"
    )


def test_far_apart_columns_do_not_allocate_the_gap() -> None:
    renderer = TableRenderer()
    assert renderer.line({0: "番号", 16000: "最後"}) == "番号\t最後"
    assert renderer.line({16000: "x", 0: "1"}) == "番号: 1\t最後: x"
    assert renderer.line({1_000_000: "遠い"}) == "遠い"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3", ","),
        ("名前\t電話\t住所\n", "\t"),
        ("a;b;c\n", ";"),
        ("", ","),
        ("x\n", ","),
    ],
)
def test_guess_delimiter(text: str, expected: str) -> None:
    assert guess_delimiter(text) == expected


def test_malformed_csv_raises_csv_error_for_the_caller() -> None:
    with pytest.raises(csv.Error):
        list(csv_lines('a\n"' + "x" * (csv.field_size_limit() + 10), ","))


PASTED = (
    "参加者です(Excel から貼り付けています)。\n"
    "\n"
    "氏名\t電話番号\t生年月日\n"
    "林 美咲\t090-4321-8765\t1990/7/15\n"
    "森田 健一\t\t1989/1/8\n"
    "\n"
    "よろしくお願いいたします。\n"
)


def test_pasted_table_rows_are_rendered_with_their_header() -> None:
    assert pasted_tables(PASTED) == (
        "氏名: 林 美咲\t電話番号: 090-4321-8765\t生年月日: 1990/7/15\n"
        "氏名: 森田 健一\t生年月日: 1989/1/8"
    )


def test_each_pasted_table_has_its_own_header() -> None:
    text = "a\tb\n1\t2\n\n" + "x\ty\tz\n3\t4\t5\r\n6\t7\t8\n"
    assert pasted_tables(text) == "a: 1\tb: 2\n\nx: 3\ty: 4\tz: 5\nx: 6\ty: 7\tz: 8"


@pytest.mark.parametrize(
    "text",
    [
        "本文のみ。\n改行あり。\n",  # no TAB at all
        "氏名\t電話番号\n",  # a header alone
        "項目\t内容\nただの文\n",  # one TAB line, then prose
        "\t字下げ一\n\t字下げ二\n",  # indented prose: one cell per line
        "口座番号\t1234567\n名義\tヤマダ\n",  # a label/value block: its first row is a record
    ],
)
def test_no_pasted_table(text: str) -> None:
    assert pasted_tables(text) == ""
