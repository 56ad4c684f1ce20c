"""Rows to `header: value` lines."""

from __future__ import annotations

import csv

import pytest

from proxy.inspect.tabular import (
    TableRenderer,
    csv_lines,
    guess_delimiter,
    looks_tab_separated,
    pasted_tables,
    spaced_tables,
    wrapped_numbers,
)


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


def test_a_title_row_above_the_header_is_not_the_header() -> None:
    # The usual Japanese sheet: a title, a blank row, then the header.
    renderer = TableRenderer()
    lines = [renderer.line(row) for row in (
        {0: "マイナンバー収集台帳"}, {}, {0: "社員番号", 1: "氏名", 2: "マイナンバー"},
        {0: "1001", 1: "山田", 2: "123456789018"},
    )]
    assert lines == ["マイナンバー収集台帳", None, "社員番号\t氏名\tマイナンバー",
                     "社員番号: 1001\t氏名: 山田\tマイナンバー: 123456789018"]


def test_an_export_preamble_above_the_header_is_not_the_header() -> None:
    text = "社員一覧,2024/06/01出力\n\n社員番号,氏名,生年月日\n1001,山田,1980/04/01\n"
    assert list(csv_lines(text, ","))[-1] == "社員番号: 1001\t氏名: 山田\t生年月日: 1980/04/01"


def test_the_header_stays_once_data_came() -> None:
    # A later text-only row with more cells is data, not a new header.
    text = "氏名,住所\n山田,東京\n佐藤,大阪,備考あり,追加\n"
    assert list(csv_lines(text, ","))[-1] == "氏名: 佐藤\t住所: 大阪\t備考あり\t追加"


def test_a_vertical_form_labels_each_value_with_its_own_field() -> None:
    # 申込書: label in column A, value in column B; the "header" is the form's first line.
    text = "氏名,山田太郎\n生年月日,1980/04/01\n個人番号,123456789018\n備考,なし\n"
    assert list(csv_lines(text, ",")) == [
        "氏名\t山田太郎",
        "氏名: 生年月日\t山田太郎: 1980/04/01\t生年月日: 1980/04/01",
        "氏名: 個人番号\t山田太郎: 123456789018\t個人番号: 123456789018",
        "氏名: 備考\t山田太郎: なし",  # not a field of personal data: as before
    ]


def test_leading_zeros_excel_dropped_come_back_under_phone_and_postal_headers() -> None:
    text = "氏名,電話番号,郵便番号,社員番号\n山田,9012345678,600001,9012345678\n佐藤,312345678,1000005,12\n"
    assert list(csv_lines(text, ","))[1:] == [
        "氏名: 山田\t電話番号: 09012345678\t郵便番号: 060-0001\t社員番号: 9012345678",
        "氏名: 佐藤\t電話番号: 0312345678\t郵便番号: 1000005\t社員番号: 12",
    ]


@pytest.mark.parametrize("text", [
    # Found by a review: a header with an unlabelled first column ("No.") is narrower
    # than its records; a record with a remark is wider than its header.
    ",氏名,生年月日,電話\n1,山田太郎,1980/04/01,03-1234-5678\n",
    "氏名,生年月日\n山田太郎,1980/04/01,要確認\n",
])
def test_a_record_wider_than_its_header_is_a_record(text: str) -> None:
    rows = list(csv_lines(text, ","))
    assert "生年月日: 1980/04/01" in rows[1], rows


def test_a_text_only_preamble_above_an_empty_row_is_not_the_header() -> None:
    text = "社員一覧,総務部\n\n社員番号,氏名,生年月日\nA1,山田,1980/04/01\n"
    assert list(csv_lines(text, ","))[-1] == "社員番号: A1\t氏名: 山田\t生年月日: 1980/04/01"


def test_the_tab_sniff_reads_utf8_kanji_holding_byte_0x85() -> None:
    # 情 is E6 83 85 in UTF-8; read as latin-1 that byte is U+0085, a line break for
    # str.splitlines() (found by a review).
    text = "社員情報\t住所\t生年月日\t電話番号\n山田太郎\t東京都\t1980/04/01\t03-1234-5670\n"
    assert looks_tab_separated(text.encode().decode("latin-1"))


@pytest.mark.parametrize("rows", [
    # A group row over the header (a second red team): "基本情報 | | 連絡先 |".
    [["基本情報", "", "連絡先", ""], ["氏名", "生年月日", "電話番号", "メール"]],
    [["No.", "基本情報", "", "連絡先"], ["", "氏名", "生年月日", "電話番号"]],
    # A title with the addressee far to the right, a header with 電話番号1 in it.
    [["顧客名簿", "", "", "株式会社サンプル 御中"], ["氏名", "生年月日", "電話番号1", "電話番号2"]],
])
def test_group_rows_and_titles_above_the_header(rows: list[list[str]]) -> None:
    header = rows[-1]
    record = ["" if not h else {"氏名": "山田", "生年月日": "1980/04/01"}.get(h, "9012345678")
              for h in header]
    if not header[0]:
        record[0] = "1"
    lines = list(csv_lines("\n".join(",".join(r) for r in [*rows, record]) + "\n", ","))
    assert "生年月日: 1980/04/01" in lines[-1], lines
    assert "電話番号: 09012345678" in lines[-1] or "電話番号1: 09012345678" in lines[-1], lines


def test_a_form_line_gets_its_phone_zero_back() -> None:
    text = "個人情報登録票\n氏名,山田 太郎\nTEL,9012345678\n連絡先,312345678\n"
    lines = list(csv_lines(text, ","))
    assert lines[-2].endswith("TEL: 09012345678") and lines[-1].endswith("連絡先: 0312345678")


def test_spaced_tables_label_pdf_columns_from_both_ends() -> None:
    # A PDF's text: columns separated by spaces, a name with a space in it.
    text = ("会員名簿（2024年度）\n会員番号 氏名 性別 生年月日\nA001 山田 太郎 男 1980/04/01\n"
            "A002 佐藤花子 女 1975/12/24\n以上\n")
    rows = spaced_tables(text).splitlines()
    assert len(rows) == 2
    assert "生年月日: 1980/04/01" in rows[0].split("\t") and "会員番号: A001" in rows[0]
    assert "生年月日: 1975/12/24" in rows[1].split("\t")


@pytest.mark.parametrize("text", [
    "Tel 090-1234-5678 Card 4111 1111 1111 1111\n" * 3,  # no header
    "本日の議題 進捗 課題 予定\n2024年の計画について\n",  # no field name in the first line
    "氏名 電話\n山田 090-1234-5678\n",  # two words: not a table's header
])
def test_spaced_tables_need_a_header_of_field_names(text: str) -> None:
    assert spaced_tables(text) == ""


def test_numbers_wrapped_after_a_hyphen_are_joined() -> None:
    # A PDF table's narrow card-number column (a second red team: both cards missed).
    text = "山田 太郎\n4111-1111-1111-\n1111\n佐藤\n5500-0000-0000-\r\n0004\n東京都港区\n"
    assert wrapped_numbers(text) == "山田 太郎\n4111-1111-1111-1111\n佐藤\n5500-0000-0000-0004"
    assert wrapped_numbers("no numbers here\nat all\n") == ""


@pytest.mark.parametrize(("text", "last"), [
    # Found by a review: a title whose date has single digits, a header with empty
    # columns over a first record of text only, English "Contact" and "Hotel".
    ("社員名簿,令和6年4月1日現在\n氏名,生年月日,電話番号\n山田太郎,1980/4/1,\n",
     "氏名: 山田太郎\t生年月日: 1980/4/1"),
    ("会員名簿,第3版\n会員番号,氏名,生年月日\nA-1,山田太郎,S55.4.1\n",
     "会員番号: A-1\t氏名: 山田太郎\t生年月日: S55.4.1"),
    ("氏名,,電話番号,,生年月日\n山田太郎,,未登録,,未提出\n佐藤花子,,9012345678,,1985/3/3\n",
     "氏名: 佐藤花子\t電話番号: 09012345678\t生年月日: 1985/3/3"),
    ("No.,氏名,,生年月日\n-,山田太郎,,不明\n2,佐藤花子,,1985/3/3\n",
     "No.: 2\t氏名: 佐藤花子\t生年月日: 1985/3/3"),
    ("Contact,Company\n9012345678,ACME\n", "Contact: 9012345678\tCompany: ACME"),
    ("宿泊先,大阪\nHotel,312345678\n", "宿泊先: Hotel\t大阪: 312345678"),
])
def test_headers_and_zeros_after_review(text: str, last: str) -> None:
    assert list(csv_lines(text, ","))[-1] == last


def test_a_wrapped_number_keeps_the_label_above_it() -> None:
    text = "Order No.\n4111-1111-1111-\n1111\nCard\n4111-1111-1111- \n1111\n"
    assert wrapped_numbers(text) == "Order No.\n4111-1111-1111-1111\nCard\n4111-1111-1111-1111"


def test_a_second_table_after_an_empty_row_has_its_own_header() -> None:
    # Zoom's registration report: a summary table, an empty row, a title, then the
    # registrants under their own header.
    text = (
        "Registration Report\nTopic,Webinar ID,# Registered\nSelling to Japan,845 2290 3316,14\n"
        "\nRegistrant Details\nFirst Name,Last Name,Email,Country/Region,Phone\n"
        "Mike,Johnson,mj@midwest.example,United States,312-555-0148\n"
    )
    assert list(csv_lines(text, ","))[-1] == (
        "First Name: Mike\tLast Name: Johnson\tEmail: mj@midwest.example\t"
        "Country/Region: United States\tPhone: 312-555-0148"
    )


def test_a_text_row_after_an_empty_row_is_still_data() -> None:
    # No field named: names and departments after a blank row keep the header above.
    text = "氏名,部署,マイナンバー\n山田,総務部,123456789018\n\n佐藤,経理部,課長\n鈴木,営業部,234567890121\n"
    assert list(csv_lines(text, ","))[-1] == "氏名: 鈴木\t部署: 営業部\tマイナンバー: 234567890121"


def test_no_zero_is_restored_in_a_row_of_another_country() -> None:
    # A Seattle number is no 020-6555-0134, a Beijing postcode no 010-0000; a Japanese
    # row (or one with no country) still gets its zeros back.
    text = (
        "Name,Country,Phone,Zip\nJohn,United States,2065550134,98101\n"
        "Li,China,13812345678,100000\nTaro,Japan,9012345678,600001\nHana,,9012345679,600002\n"
    )
    assert list(csv_lines(text, ","))[1:] == [
        "Name: John\tCountry: United States\tPhone: 2065550134\t郵便番号: 98101",
        "Name: Li\tCountry: China\tPhone: 13812345678\t郵便番号: 100000",
        "Name: Taro\tCountry: Japan\tPhone: 09012345678\t郵便番号: 060-0001",
        "Name: Hana\tPhone: 09012345679\t郵便番号: 060-0002",
    ]


def test_spaced_tables_stop_at_their_limit() -> None:
    text = "氏名 生年月日 電話番号\n" + "山田 1980/01/01 090-1234-5678\n" * 1000
    whole = spaced_tables(text)
    assert whole.count("\n") == 999
    cut = spaced_tables(text, 500)
    assert 500 < len(cut) < 500 + 200 and whole.startswith(cut)


def test_a_form_tables_first_line_is_no_header_for_its_values() -> None:
    """Google Forms' answer table (label | value rows, the first a timestamp): the
    timestamp cell labels nothing, so the date of birth is the only one read."""
    from proxy.detectors import find_all
    from proxy.inspect.tabular import pasted_tables
    from proxy.model import Segment

    text = (
        "タイムスタンプ\t2025/04/03 21:14:52\nメールアドレス\tryo@freemail.example\n"
        "生年月日\t1990/06/18\n携帯電話番号\t080-4126-7753\n"
    )
    rendered = pasted_tables(text)
    dob = find_all([Segment(rendered, "body", "body")])["date_of_birth"]
    assert sorted(dob.values) == ["1990-06-18"]


def test_a_header_with_an_example_or_a_length_in_brackets_still_labels_its_column() -> None:
    """"生年月日（例：1990/01/01）", "携帯番号(11桁)": the label is outside the note (a
    review found these columns read unlabelled, their dates of birth lost)."""
    from proxy.detectors import find_all
    from proxy.inspect.tabular import pasted_tables
    from proxy.model import Segment

    text = (
        "氏名\t生年月日（例：1990/01/01）\t携帯番号(11桁)\n"
        "山田太郎\t1985/04/12\t09012345678\n佐藤花子\t1990/07/15\t08098765432\n"
    )
    rendered = pasted_tables(text)
    assert "生年月日: 1985/04/12" in rendered and "携帯番号: 09012345678" in rendered
    found = find_all([Segment(rendered, "attachment:x.csv", "attachment")])
    assert sorted(found["date_of_birth"].values) == ["1985-04-12", "1990-07-15"]
    assert "1990-01-01" not in found["date_of_birth"].values  # the example is no value
