"""Review 22: what the spaced-label, boxed-digit, line-break, 'sent from' and
date-of-birth changes (c4790ba, 310f4b3) get wrong. Each test fails on the branch as
reviewed; its docstring says what is wrong and why it matters."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "nishimura@example.co.jp"

SIGNATURE = (
    "\nよろしくお願いいたします。\n-- \n西村 朱里\n株式会社エグザンプル\n"
    "〒105-0011 東京都港区芝公園2-4-1\nTEL 03-6453-2385\n"
)


def found(text: str, kind: str = "body") -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", kind)], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def _message(body: str, subtype: str = "plain") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"西村 朱里 <{SENDER}>"
    msg["To"] = "claims@aoba-sonpo.example"
    msg["Subject"] = "ご契約者情報"
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


def found_in_mail(body: str, subtype: str = "plain") -> dict[str, list[str]]:
    result = extract(_message(body, subtype))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


# --- dates of birth ----------------------------------------------------------------------


def test_a_us_date_of_birth_written_with_dots_is_still_found() -> None:
    """birth_date.iso_of (birth_date.py:134-138) now reads every dotted a.b.yyyy date
    day first, with no way back. "02.14.1979" (month 14 cannot be) was found before the
    change and is now dropped altogether, even under a label that says the order
    ("MM.DD.YYYY"): a regression, a US HR or visa mail's date of birth leaks. Day first
    should only win when it gives a real date (and an explicit MM.DD note should win)."""
    assert found("New hire: Michael Brown\nDate of birth: 02.14.1979\n") == {
        "date_of_birth": ["1979-02-14"]
    }
    assert found("Date of birth (MM.DD.YYYY): 11.23.1984\n") == {"date_of_birth": ["1984-11-23"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi Sarah,\nFor the visa form: his date of birth is 14/02/1979 and his passport"
            " expires next May.\n",
            "1979-02-14",
        ),
        ("Quick check before payroll runs: the employee's birthdate is 1985-07-30.\n",
         "1985-07-30"),
    ],
)  # fmt: skip
def test_a_lower_case_label_in_a_sentence_finds_its_date(text: str, expected: str) -> None:
    """The lower-case pass (engine.scan end, birth_date.find_lower_case) exists for prose
    ("your date of birth is …", says engine.py's own comment), but match_after's filler
    (birth_date._FILLER) allows only punctuation between label and date: the verb of
    the sentence ("is", "was") stops it, so the very case it was added for leaks."""
    assert found(text) == {"date_of_birth": [expected]}


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\nMerci de confirmer votre date de naissance : 14/02/1979.\n",
        "Anbei die Unterlagen für Herrn Max Mustermann, geb. 14.02.1979, wohnhaft in Berlin.\n",
        "Personalbogen\nGeburtsdatum: 14. Februar 1979\n",
    ],
)
def test_european_dates_of_birth_as_letters_write_them(text: str) -> None:
    """Geburtsdatum / Date de naissance were added (birth_date.LABEL_LITERALS) only as a
    form's capitalised label. French prose writes the label in lower case (the candidate
    pass never sees it; the lower-case pass looks for "birth" only), German letters write
    "geb." (geboren) and spell the month (MONTHS is English only). Each of these leaks a
    European secondee's date of birth."""
    assert found(text) == {"date_of_birth": ["1979-02-14"]}


def test_an_upcoming_birthday_in_an_office_reminder_is_no_date_of_birth() -> None:
    """The lower-case "birthday" label (birth_date.find_lower_case) finds office
    reminders: a birthday date next month read as a date of birth. match_after accepts
    any date up to 2100, so a date after today (no one's birth) holds a harmless team
    mail. A date of birth cannot lie in the future."""
    upcoming = dt.date.today() + dt.timedelta(days=30)
    text = (
        "Hi all,\n\nQuick reminder - it's Ken's birthday\n"
        f"{upcoming.isoformat()} - cake in meeting room 4B at 3pm.\n"
    )
    assert "date_of_birth" not in found(text)


# --- spaced labels and boxed digits ------------------------------------------------------


def test_a_label_spaced_with_no_break_spaces_in_an_html_mail() -> None:
    """normalize._GAP (and engine's candidate branch) take only " " and U+3000 as the
    gap of a spaced label. An HTML form or mail justifies its label column with &nbsp;
    (U+00A0), which html_to_text keeps: "生\\xa0年\\xa0月\\xa0日" and
    "口\\xa0座\\xa0番\\xa0号" are not joined, and the customer's date of birth and bank
    account leak (the same table with U+3000 is found). numbers.SPACES already lists the
    no-break spaces HTML mail carries."""
    rows = (
        ("氏&nbsp;&nbsp;&nbsp;名", "山本 健一"),
        ("生&nbsp;年&nbsp;月&nbsp;日", "昭和62年11月26日"),
        ("振&nbsp;込&nbsp;先", "福岡銀行 博多駅前支店"),
        ("口&nbsp;座&nbsp;番&nbsp;号", "4418207"),
    )
    html = (
        "<html><body><p>ご契約者の情報をお送りします。</p><table>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        + "</table><p>よろしくお願いいたします。</p></body></html>"
    )
    got = found_in_mail(html, "html")
    assert got.get("date_of_birth") == ["1987-11-26"]
    assert got.get("jp_bank_account") == ["4418207"]


def test_a_spaced_pension_number_label() -> None:
    """SPACED_LABEL_WORDS (normalize.py) holds 基礎年金番号 but not 年金番号, the label
    many forms print (年金手帳 / 年金番号), while pension_number's trigger is 年金: spaced
    out ("年　金　番　号") it is never joined, and the number leaks although the same
    label unspaced is found. The list should cover every trigger the gated types need
    (年金, 免許, 預金, 振込 …), not a hand-picked subset."""
    assert found("ご本人の情報です。\n年金番号：1234-567890\n") == {
        "jp_pension_number": ["1234567890"]
    }
    assert found("ご本人の情報です。\n年　金　番　号：1234-567890\n") == {
        "jp_pension_number": ["1234567890"]
    }


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("ご住所：〒 8 1 2 - 0 0 1 1 福岡県福岡市博多区博多駅前3-2-8\n", "jp_postal_code", "8120011"),
        ("基礎年金番号：1 2 3 4 - 5 6 7 8 9 0\n", "jp_pension_number", "1234567890"),
        ("振込先：福岡銀行 博多駅前支店 普通\n口座番号：4  4  1  8  2  0  7\n", "jp_bank_account",
         "4418207"),
    ],
)  # fmt: skip
def test_boxed_digits_with_the_forms_dash_or_wider_gaps(
    text: str, type_: str, expected: str
) -> None:
    """numbers._is_boxed accepts single digits exactly one space apart only. A form
    prints its boxes in groups with a dash between (〒□□□-□□□□, 基礎年金番号
    □□□□-□□□□□□), and PDF text copies comb fields with wider gaps: these boxed values,
    after their own label, are not read as one number and leak."""
    assert found(text).get(type_) == [expected]


# --- values a line break cut -------------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    ["090- \n2716-4830", "090-\u3000\n2716-4830", "090ー\n2716ー4830", "090−\n2716−4830"],
)
def test_a_number_cut_after_a_dash_with_trailing_space_or_another_dash(cut: str) -> None:
    """linebreaks._BREAK looks for the break right after [-－‐] and a line end, with
    nothing between: a PDF's copied text keeps a space before its line end ("090- "),
    and Japanese input types ー or − as the dash (the phone detector reads
    "090ー2716ー4830" on one line). tabular._WRAPPED allows the trailing spaces, but
    _BREAK never lets it run, and neither accepts numbers.DASHES: the customer's mobile
    number leaks."""
    body = f"保険金請求書の内容です。\n電話番号(携帯)：{cut}\n\n" + SIGNATURE
    assert found_in_mail(body).get("jp_phone") == ["+819027164830"]


def test_the_senders_own_address_wrapped_before_its_block_number_stays_theirs() -> None:
    """linebreaks.wrapped_addresses joins "東京都港区芝公園" with "2-4-1 芝公園ビル5F" in
    a rendering that is never searched for a signature, but _signature_values
    (detectors/__init__.py:100-104) joins only numbers cut after a dash, not addresses:
    the sender's own office address, written over two lines in their signature (a
    common layout), becomes a finding on every mail they send."""
    body = (
        "資料をお送りします。\n\nよろしくお願いいたします。\n-- \n西村 朱里\n"
        "株式会社エグザンプル\n〒105-0011 東京都港区芝公園\n2-4-1 芝公園ビル5F\n"
        "TEL 03-6453-2385\n"
    )
    assert found_in_mail(body) == {}


def test_a_ward_at_a_line_end_and_a_headcount_below_are_no_address() -> None:
    """wrapped_addresses joins any line ending in a municipality with a next line that
    starts "2-3": "巡回エリア：東京都港区" over "2-3名体制で…" becomes the address
    "東京都港区2". The module means to refuse a headcount ("1-2名" is no block number)
    but only checks the line above; a number followed by 名, 時, 階 or 件 is no block
    number. A harmless mail is held."""
    body = (
        "来週の防犯パトロールの件です。\n巡回エリア：東京都港区\n"
        "2-3名体制で夜間に回ります。\n" + SIGNATURE
    )
    assert "jp_address" not in found_in_mail(body)


# --- a mail client's 'sent from' line ------------------------------------------------------


def test_outlook_mobiles_plain_text_trailer_with_its_link() -> None:
    """signature._SENT_FROM must fullmatch the last line, but Outlook for iOS writes
    its trailer in the text/plain part as "Get Outlook for iOS<https://aka.ms/o0ukef>":
    the link keeps the line from matching, the framed signature above is not found, and
    the sender's own mobile and store numbers become findings (in a plain-text-only
    mail, or wherever the HTML part does not rescue them)."""
    text = (
        "鍵のお渡しは池袋東口店にて承ります。\n\n━━━━━━━━━━\nエグザンプル不動産㈱\n"
        "池袋東口店 佐藤 美咲\n📱080-2259-6741\n☎03-5953-4420\n━━━━━━━━━━\n\n"
        "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
    )
    assert found(text) == {}
