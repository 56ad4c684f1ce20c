"""Charset handling: Japanese mail as Windows clients write it, labels that lie, sniffing."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.inspect.charset import decode_bytes, normalise_charset, sniff
from proxy.inspect.japanese import decode_eucjp, decode_iso2022jp
from tests.jis import jis as cp50220
from tests.jis import sjis_to_jis

# "①㈱髙﨑" in ISO-2022-JP the way Outlook (CP50220) writes it: ESC $ B, then the NEC row 13
# cells 2D21 (①) and 2D6A (㈱), and the NEC-selected IBM cells 7C62 (髙) and 7B72... (via
# CP932 ED/EE lead bytes); here built from CP932 with the JIS <-> Shift_JIS arithmetic.


WINDOWS_CHARS = "①㈱髙﨑Ⅲ"


@pytest.mark.parametrize(
    "codec",
    [
        "iso2022_jp",
        "iso2022_jp_1",
        "iso2022_jp_2",
        "iso2022_jp_3",
        "iso2022_jp_ext",
        "iso2022_jp_2004",
    ],
)
def test_no_stdlib_iso2022jp_codec_decodes_windows_characters(codec: str) -> None:
    # Why proxy.inspect.japanese exists: every stdlib variant rejects CP50220's ① and ㈱.
    with pytest.raises(UnicodeDecodeError):
        cp50220("①㈱").decode(codec)


def test_iso2022jp_decodes_nec_and_ibm_extensions() -> None:
    data = b"Dear " + cp50220("山田様" + WINDOWS_CHARS) + b" ok"
    assert decode_bytes(data, "ISO-2022-JP") == "Dear 山田様" + WINDOWS_CHARS + " ok"


def test_iso2022jp_plain_text_uses_the_stdlib_mapping() -> None:
    data = "こんにちは、世界".encode("iso2022_jp")
    assert decode_bytes(data, "iso-2022-jp") == "こんにちは、世界"


def test_iso2022jp_halfwidth_katakana_by_escape_and_by_shift() -> None:
    # ESC ( I (JIS X 0201 katakana) and SO/SI (CP50221) both carry ｶﾅ.
    assert decode_iso2022jp(b"\x1b(I6E\x1b(B") == "ｶﾅ"
    assert decode_iso2022jp(b"x\x0e6E\x0fy") == "xｶﾅy"


def test_iso2022jp_line_breaks_inside_a_two_byte_run_are_kept() -> None:
    data = (
        b"\x1b$B"
        + sjis_to_jis("①".encode("cp932"))
        + b"\r\n"
        + sjis_to_jis("㈱".encode("cp932"))
        + b"\x1b(B"
    )
    assert decode_bytes(data, "iso-2022-jp") == "①\r\n㈱"


def test_iso2022jp_strict_rejects_garbage_and_lenient_replaces() -> None:
    data = b"\x1b$B\x21\x7f\x1b(B"
    assert decode_iso2022jp(data, strict=True) is None
    assert "\ufffd" in (decode_iso2022jp(data) or "")


def test_shift_jis_label_decodes_as_cp932() -> None:
    text = "㈱山田商事 ①番 髙橋 ～"
    assert decode_bytes(text.encode("cp932"), "Shift_JIS") == text
    assert decode_bytes(text.encode("cp932"), "x-sjis") == text


def test_eucjp_with_nec_characters() -> None:
    # CP51932: the JIS cells of ① ㈱ with the high bit set; euc_jp alone rejects them.
    euc = bytes(b | 0x80 for b in sjis_to_jis("①㈱".encode("cp932")))
    with pytest.raises(UnicodeDecodeError):
        euc.decode("euc_jp")
    assert decode_bytes(euc + "です".encode("euc_jp"), "EUC-JP") == "①㈱です"
    assert decode_eucjp(b"\x8e\xb6") == "ｶ"  # SS2 half-width katakana


def test_eucjp_jis_x_0212_via_ss3() -> None:
    text = "鄧"  # only in JIS X 0212
    data = text.encode("euc_jp")
    assert data.startswith(b"\x8f")
    assert decode_bytes(data, "euc-jp") == text


def test_wrong_label_falls_back_to_the_real_encoding() -> None:
    assert decode_bytes("名前は山田".encode(), "iso-2022-jp") == "名前は山田"
    assert decode_bytes("名前は山田".encode("cp932"), "us-ascii") == "名前は山田"
    assert decode_bytes("名前は山田".encode("cp932"), "utf-8") == "名前は山田"


def test_unknown_and_hostile_labels_are_sniffed_not_trusted() -> None:
    assert normalise_charset("x-unknown-charset") == ""
    # A bytes-to-bytes codec named as a charset must never run (zlib would inflate).
    assert normalise_charset("zlib") == ""
    assert normalise_charset("base64") == ""
    assert decode_bytes("テスト".encode(), "zlib") == "テスト"


def test_label_aliases() -> None:
    assert normalise_charset(' "Windows-31J" ') == "cp932"
    assert normalise_charset("iso-2022-jp*ja") == "iso2022jp"
    assert normalise_charset("ISO-8859-1") == "cp1252"
    assert normalise_charset("UTF8") == "utf-8"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("お客様各位\n氏名、住所、電話番号を記載しております。", "utf-8"),
        ("お客様各位\n氏名、住所、電話番号を記載しております。", "cp932"),
        ("お客様各位\n氏名、住所、電話番号を記載しております。", "euc_jp"),
        ("お客様各位\n氏名、住所、電話番号を記載しております。", "iso2022_jp"),
        ("お客様各位\n氏名、住所、電話番号を記載しております。", "utf-16"),
        ("plain ascii", "ascii"),
    ],
)
def test_sniff_unlabelled_japanese(text: str, codec: str) -> None:
    data = text.encode(codec)
    if codec == "utf-8":
        data = codecs.BOM_UTF8 + data
    assert sniff(data) == text
    assert decode_bytes(data) == text


def test_sniff_tolerates_a_character_cut_at_the_end() -> None:
    data = "山田太郎".encode("cp932")[:-1]
    assert decode_bytes(data).startswith("山田太")


def test_undecodable_bytes_are_replaced_not_raised() -> None:
    # 0x81 is a lead byte; a space cannot follow it in CP932 or Shift_JIS-2004.
    data = "あいう".encode("cp932") + b"\x81 " + "えお".encode("cp932")
    assert decode_bytes(data, "shift_jis") == "あいう\ufffd えお"


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=300),
    st.sampled_from(
        [
            None,
            "",
            "iso-2022-jp",
            "shift_jis",
            "euc-jp",
            "utf-8",
            "us-ascii",
            "utf-16",
            "bogus",
            "zlib",
            "iso-8859-1",
            "gb2312",
            "utf-7",
        ]
    ),
)
def test_decode_never_raises(data: bytes, label: str | None) -> None:
    text = decode_bytes(data, label)
    text.encode("utf-8")  # a str, and no lone surrogates
    if data.isascii() and b"\x1b" not in data and label not in ("utf-16", "utf-7"):
        assert text == data.decode("ascii")
