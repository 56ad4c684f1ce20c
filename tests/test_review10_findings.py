"""Review of 16a28fc..a65a93f (name redaction, format=flowed, written forms of addresses,
dates of birth and cards, attribution lines): each test shows one bug found, and fails
on a65a93f."""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.policy import SMTP

from proxy.config import InspectConfig
from proxy.detectors import address, find_all
from proxy.detectors.redact import NameRedactor, redact_findings
from proxy.inspect.flowed import unflow
from proxy.judge import Judge, check_json, envelope_from_headers
from proxy.model import Finding, Segment
from proxy.rules import load_rules
from tests.conftest import SHIPPED_RULES


def _judge(subject: str, body: str, attachments: tuple[tuple[str, str], ...] = ()):
    judge = Judge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]), InspectConfig())
    msg = EmailMessage()
    msg["From"] = "sato@example.co.jp"
    msg["To"] = "office@partner.example"
    msg["Subject"] = subject
    msg.set_content(body)
    for name, text in attachments:
        msg.add_attachment(
            text.encode(), maintype="application", subtype="octet-stream", filename=name
        )
    data = msg.as_bytes(policy=SMTP)
    view, decision = judge(envelope_from_headers(data), data)
    return view, check_json(view, decision)


def _found(text: str) -> dict[str, list[str]]:
    return {t: sorted(f.values) for t, f in find_all([Segment(text, "body", "body")]).items()}


# -- leaks: a found value still shown whole in the subject or a file name ------------------


def test_subject_address_written_with_minus_signs_is_masked() -> None:
    # The address is found in the subject (its value normalised to '-'), but the literal
    # match in NameRedactor does not fold U+2212 / ー / ‐, so the stored subject shows it.
    view, result = _judge(
        "新住所 東京都港区芝公園4−2−8 です", "新住所は東京都港区芝公園4−2−8 です。\n"
    )
    addresses = {f["type"]: f for f in result["findings"]}["jp_address"]
    assert "subject" in addresses["locations"]
    assert "芝公園4−2−8" not in view.subject_shown


def test_subject_address_written_with_spaces_is_masked() -> None:
    view, result = _judge(
        "新住所 東京都 港区芝公園 4-2-8", "新住所は東京都 港区芝公園 4-2-8 です。\n"
    )
    assert "subject" in {f["type"]: f for f in result["findings"]}["jp_address"]["locations"]
    assert "芝公園 4-2-8" not in view.subject_shown


def test_subject_date_of_birth_not_written_yyyy_mm_dd_is_masked() -> None:
    # date_of_birth's value 1985-05-08 is looked for as the digits 19850508 only: the
    # subject's 1985/5/8, 1985年5月8日, 昭和六十年五月八日 are shown whole beside the
    # masked sample, though the finding's locations include "subject".
    for written in ("1985/5/8", "1985年5月8日", "昭和六十年五月八日"):
        view, result = _judge(f"生年月日 {written}", f"生年月日 {written}\n")
        dob = {f["type"]: f for f in result["findings"]}["date_of_birth"]
        assert "subject" in dob["locations"]
        assert written not in view.subject_shown, written


def test_file_name_date_of_birth_in_kanji_date_form_is_masked() -> None:
    _, result = _judge(
        "書類", "書類です。\n", (("山田_生年月日1985年5月8日.txt", "生年月日 1985年5月8日\n"),)
    )
    dob = {f["type"]: f for f in result["findings"]}["date_of_birth"]
    assert not any("1985年5月8日" in loc for loc in dob["locations"]), dob["locations"]


def test_file_name_passport_number_with_a_separator_is_masked() -> None:
    # The passport value "TK1234567" is a literal (letters and digits): no separators
    # are tried, and 7 digits are below the nine-digit rule.
    _, result = _judge("書類", "書類です。\n", (("旅券_TK-1234567.txt", "旅券番号 TK1234567\n"),))
    passport = {f["type"]: f for f in result["findings"]}["jp_passport"]
    assert not any("1234567" in loc for loc in passport["locations"]), passport["locations"]


# -- over-masking: dates in names ------------------------------------------------------------


def test_a_date_and_a_copy_number_in_a_name_are_not_masked() -> None:
    # _RUN joins groups over '_', '(' and ')' and over runs of separators (" - "), so a
    # date plus "(2)" or a date range reaches nine digits; the alerts' own rule
    # (redact_numbers) left these alone.
    redact = NameRedactor([])
    for name in (
        "attachment:議事録_2025.04.01_(2).docx",
        "attachment:見積書 2025-04-01 (12).pdf",
        "集計 2025.04.01 - 2025.04.30 報告",  # a subject
    ):
        assert redact(name) == name


# -- pathological slowness -----------------------------------------------------------------


def test_redact_findings_is_not_quadratic_in_names_times_literal_values() -> None:
    # Every literal value is searched for in every name: an exported customer list split
    # into 500 CSVs in one zip (100,000 addresses, 700 KB) took 25 s in judge.view,
    # outside the inspection time limit.
    n = 4000
    f = Finding("email_address")
    for i in range(n):
        f.add(f"user{i:05d}@webmail.example", f"attachment:list.zip/part_{i:05d}.csv", "*")
    start = time.perf_counter()
    redact_findings({"email_address": f})
    assert time.perf_counter() - start < 2.0


# -- address: the ward ending a line ---------------------------------------------------------


def test_a_figure_or_material_number_after_a_ward_line_is_no_address() -> None:
    # New in city_match_at: a ward alone on its line, then "資料1-2 " / "図1-1 " is read
    # as the town and its block numbers.
    for text in (
        "会場：港区\n資料1-2 を参照してください",
        "本社移転先 港区\n図1-1 のとおりです",
        "対象 渋谷区\n表3-2 参照",
    ):
        assert address.find(text) == [], text


def test_a_quoted_ward_line_then_the_street_is_found() -> None:
    # The <br> case the fix reads, quoted in a reply: _AFTER_BREAK does not skip '> '.
    assert address.find("> さいたま市浦和区\n> 岸町4-9-3 グランハイツ203\n") == [
        "さいたま市浦和区岸町4-9-3"
    ]


# -- attribution lines -----------------------------------------------------------------------


def test_a_sentence_ending_in_kakimashita_keeps_its_email_address() -> None:
    # "…を書きました" ends the line like an attribution ("…さんが書きました:"): the '@' is
    # blanked and the customer's address is no finding (nothing is quoted here at all).
    text = "お客様から変更の連絡がありました。\n申込書に新しい連絡先 taro.y@webmail.example を書きました\nご確認ください。\n"
    assert _found(text).get("email_address") == ["taro.y@webmail.example"]


def test_gmail_attribution_wrapped_before_wrote_is_no_finding() -> None:
    # Gmail's text/plain part wraps a long attribution line: "wrote:" alone on the next line.
    text = (
        "承知しました。\n\nOn Wed, Mar 12, 2025 at 9:41 AM Sakura Yamaguchi <sakura.yamaguchi@freemail.example>\n"
        "wrote:\n\n> 返金をお願いします。\n"
    )
    assert "email_address" not in _found(text)


# -- wrapped card numbers --------------------------------------------------------------------


def test_a_wrapped_card_in_full_width_digits_is_found() -> None:
    text = (
        "お客様のクレジットカード番号は以下のとおりです。ご確認のほどよろしくお願いいたします。番号：４９７０\n"
        "１０１２ ３４５６ ７８９３\n"
    )
    assert _found(text).get("credit_card") == ["4970101234567893"]


def test_a_wrapped_card_quoted_with_full_width_marks_is_found() -> None:
    line = "Visa card and charge the first night's deposit to it: card number "
    text = f"＞ {line}4970\n＞ 1012 3456 7893, expiry 11/27.\n"
    assert _found(text).get("credit_card") == ["4970101234567893"]


# -- format=flowed ---------------------------------------------------------------------------


def test_the_signature_separator_is_not_joined_to_a_flowed_line_before_it() -> None:
    # RFC 3676 §4.3: a "-- " line is neither fixed nor flowed; it stays a line of its own.
    assert unflow("Regards \n-- \nTaro\n", delsp=False).split("\n")[1] == "-- "
