"""Letter-spaced OCR text layers (held-out 283-286): a scanned form read with a space
between every two characters gave no finding at all; its runs are now joined."""

from __future__ import annotations

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.spaced import unspace
from tests.test_inspect_attachments import mail, make_pdf, texts


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("生 年 月 日 昭 和 ５ ８ 年 ７ 月 ２ ３ 日", "生年月日昭和５８年７月２３日"),
        ("携 帯 電 話 ０ ９ ０ - ３ ７ ２ １ - ６ ６ ４ ８", "携帯電話０９０-３７２１-６６４８"),
        ("Passport No. T R 7 7 3 0 2 1 8", "Passport No. TR7730218"),
        # The words around a run, and a wider gap (between two words), stay.
        ("受 付 日  ２ ０ ２ ５ 年", "受付日  ２０２５年"),
        ("TEL ０ ２ ２ - ２ ６ ４ - ７ ７ ０ ８ 花束 L 1", "TEL ０２２-２６４-７７０８ 花束 L 1"),
        ("Date of Birth 2 2 / 0 6 / 1 9 8 4\nNext", "Date of Birth 22/06/1984\nNext"),
        # Not a run: fewer than four one-character tokens, or words.
        ("Plan A B C", "Plan A B C"),
        ("I am a 3 D fan", "I am a 3 D fan"),
        ("a b", "a b"),
        # Two or three tokens, none ASCII: a label's kanji.
        ("氏 名 長 谷 部 健 一", "氏名長谷部健一"),
        ("ご 住 所 〒 １ ６ ６ - ０ ０ ０ ３", "ご住所〒１６６-０００３"),
        ("受 付 日", "受付日"),
        ("A 社 と B 社", "A社とB社"),
        # Digits alone stay apart: a scale, a calendar row, counts in a table.
        ("満足度 1 2 3 4 5", "満足度 1 2 3 4 5"),
        ("順位 ０ １ ２ ３ ４ ５ ６ ７ ８ ９", "順位 ０ １ ２ ３ ４ ５ ６ ７ ８ ９"),
        ("4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
        ("", ""),
        ("no spaces at all", "no spaces at all"),
    ],
)
def test_unspace(spaced: str, joined: str) -> None:
    assert unspace(spaced) == joined


def test_a_scanned_forms_spaced_text_layer_gives_its_findings() -> None:
    """A registration card's OCR layer as PDFium and pypdf read it, sent as a PDF."""
    pdf = make_pdf(
        [
            [
                "GUEST REGISTRATION CARD",
                "1. Name S U Z U K I H A R U T O",
                " Passport No. T R 7 7 3 0 2 1 8",
                " Date of Birth 2 2 / 0 6 / 1 9 8 4",
                " Mobile + 8 1 9 0 - 3 7 2 1 - 6 6 4 8",
                " Room 1 2 0 4 Guests 2",
            ]
        ]
    )
    result = extract(mail(("registration.pdf", pdf, "application/pdf")))
    text = texts(result, "attachment:registration.pdf")
    assert "Passport No. TR7730218" in text
    found = {t: sorted(f.values) for t, f in find_all(result.segments).items()}
    assert found["jp_passport"] == ["TR7730218"]
    assert found["date_of_birth"] == ["1984-06-22"]
    assert found["jp_phone"] == ["+819037216648"]
    # "1 2 0 4" (ASCII digits alone) stays a row of digits, not a number 1204.
    assert "Room 1 2 0 4" in text

