"""Header decoding: RFC 2047 words, RFC 2231 parameters, addresses."""

from __future__ import annotations

import base64
from urllib.parse import quote_from_bytes

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.inspect.headers import addr_specs, decode_header, split_params
from tests.jis import jis


def b_word(data: bytes, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def test_iso2022jp_encoded_word_with_windows_characters() -> None:
    raw = b_word(jis("①㈱山田商事"), "ISO-2022-JP") + " 御中"
    assert decode_header(raw) == "①㈱山田商事 御中"


def test_adjacent_words_join_and_a_character_split_across_words_survives() -> None:
    data = "顧客リスト".encode()
    # Split inside the 3-byte UTF-8 sequence of 客: each word alone is invalid UTF-8.
    first, second = data[:4], data[4:]
    raw = f"{b_word(first, 'UTF-8')}\r\n {b_word(second, 'utf-8')}"
    assert decode_header(raw) == "顧客リスト"


def test_q_encoding_and_text_between_words() -> None:
    raw = "Re: =?UTF-8?Q?=E8=A6=8B=E7=A9=8D_No.1?= [external] =?utf-8?q?=E6=9B=B8?="
    assert decode_header(raw) == "Re: 見積 No.1 [external] 書"


def test_raw_8bit_header_in_cp932_and_utf8() -> None:
    # The parser hands 8-bit header bytes over as surrogate escapes.
    for codec in ("cp932", "utf-8"):
        raw = "件名テスト".encode(codec).decode("ascii", "surrogateescape")
        assert decode_header(raw) == "件名テスト"


def test_language_suffix_in_charset() -> None:
    assert decode_header(b_word("データ".encode(), "utf-8*ja")) == "データ"


def test_rfc2231_filename_japanese_with_continuations() -> None:
    name = "顧客一覧_2024年度.xlsx".encode()
    encoded = quote_from_bytes(name, safe="")
    half = len(encoded) // 2
    # Split on a %XX boundary in the middle of a multi-byte character on purpose.
    half -= half % 3
    value = f"attachment;\r\n filename*0*=UTF-8''{encoded[:half]};\r\n filename*1*={encoded[half:]}"
    disposition, params = split_params(value)
    assert disposition == "attachment"
    assert params["filename"] == "顧客一覧_2024年度.xlsx"


def test_rfc2231_iso2022jp_filename() -> None:
    encoded = quote_from_bytes(jis("①名簿") + b".csv", safe="")
    _, params = split_params(f"attachment; filename*=iso-2022-jp'ja'{encoded}")
    assert params["filename"] == "①名簿.csv"


def test_rfc2047_inside_quoted_filename_as_outlook_sends() -> None:
    word = b_word(jis("顧客名簿") + b".csv", "ISO-2022-JP")
    _, params = split_params(f'application/octet-stream; name="{word}"')
    assert params["name"] == "顧客名簿.csv"


def test_quoted_parameter_with_escapes_and_semicolon() -> None:
    kind, params = split_params('text/plain; charset="utf-8"; name="a;\\"b\\".txt"')
    assert kind == "text/plain"
    assert params == {"charset": "utf-8", "name": 'a;"b".txt'}


def test_addr_specs_lowercase_the_domain_only_and_drop_duplicates() -> None:
    values = [
        "=?utf-8?b?5bGx55Sw?= <Taro.Yamada@Example.CO.JP>, b@Partner.example",
        "Undisclosed recipients:;",
        '"Sato, H" <b@partner.example>, group: c@x.example, d@y.example;',
    ]
    assert addr_specs(values) == [
        "Taro.Yamada@example.co.jp",
        "b@partner.example",
        "c@x.example",
        "d@y.example",
    ]


def test_addr_specs_ignores_values_without_an_address() -> None:
    assert addr_specs(["just a name", ""]) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_header_functions_never_raise(value: str) -> None:
    assert isinstance(decode_header(value), str)
    kind, params = split_params(value)
    assert isinstance(kind, str)
    assert all(isinstance(v, str) for v in params.values())
    assert isinstance(addr_specs([value]), list)
