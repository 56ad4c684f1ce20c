"""What blind held-out rounds 503-522 (mobile and Outlook-forwarded mail) and 523-542
(English-language global operations) found, each as the smallest text that shows it."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.detectors.engine import scan
from proxy.detectors.signature import signature_parts
from proxy.inspect import extract
from proxy.inspect.directory import unfolded
from proxy.model import Segment

SENDER = "sato@example.co.jp"


def found(text: str, kind: str = "body") -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", kind)], sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


# --- a phone's "sent from" line under the signature (503) -------------------------------

FRAMED = (
    "\n━━━━━━━━━━\nエグザンプル不動産㈱\n池袋東口店 佐藤 美咲\n📱080-2259-6741\n"
    "☎03-5953-4420\n━━━━━━━━━━\n"
)


def test_a_framed_signature_above_a_sent_from_line_is_the_senders() -> None:
    for trailer in ("iPhoneから送信", "Sent from my iPhone", "Get Outlook for iOS",
                    "Androidから送信", "Sent from my Galaxy"):  # fmt: skip
        text = "鍵のお渡しは池袋東口店にて承ります。\n" + FRAMED + "\n" + trailer + "\n"
        _, block, closing = signature_parts(text)
        assert "080-2259-6741" in block and trailer in closing, trailer
        assert found(text) == {}, trailer


def test_the_own_number_in_the_body_repeats_the_signature_below_a_sent_from_line() -> None:
    text = (
        "お時間が変わる場合は\n📞080-2259-6741\n(佐藤携帯)までご連絡ください。\n"
        + FRAMED + "\niPhoneから送信\n\n> 2025/11/14 17:58、鈴木 亮太 <ryota-s@icloud.com>のメール:\n"
        "> 明日の鍵の受け取りは何時ですか。\n"
    )
    assert found(text) == {}


def test_a_sent_from_line_alone_is_no_signature_and_a_customers_number_counts() -> None:
    assert signature_parts("iPhoneから送信") == ("iPhoneから送信", "", "")
    text = "お客様の携帯は 090-4127-8836 です。\n\nSent from my iPhone\n"
    assert found(text) == {"jp_phone": ["+819041278836"]}


# --- a number wrapped in a forwarded mail (504) ------------------------------------------


def test_a_number_wrapped_in_an_attached_message_is_read_whole() -> None:
    inner = EmailMessage()
    inner["From"] = "tenant@docomo.example"
    inner["To"] = "kanri@example.co.jp"
    inner["Subject"] = "水漏れです"
    inner.set_content("連絡は\n080-6624-\n1937\nにお願いします\n")
    outer = EmailMessage()
    outer["From"] = f"木下 <{SENDER}>"
    outer["To"] = "plumber@suido.example"
    outer["Subject"] = "FW: 水漏れです"
    outer.set_content("対応をお願いします。\n")
    outer.add_attachment(inner)
    result = extract(bytes(outer))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    assert {t: sorted(f.values) for t, f in got.items()} == {"jp_phone": ["+818066241937"]}


# --- a contact card's birthday (519) ------------------------------------------------------


def test_a_contact_cards_birthday_is_a_date_of_birth() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:前田 智子\r\n{}\r\nEND:VCARD\r\n"
    for line, expected in (("BDAY:1987-06-03", ["1987-06-03"]),
                           ("BDAY;VALUE=date:19870603", ["1987-06-03"]),
                           ("item2.BDAY:1987-06-03", ["1987-06-03"]),
                           ("BDAY:--0603", None),  # no year: RFC 6350 §6.2.5 allows it
                           ("ANNIVERSARY:2015-06-03", None)):  # fmt: skip
        got = found(unfolded(card.format(line)), "attachment")
        assert got.get("date_of_birth") == expected, line


# --- dates of birth in English prose and European forms (525) -----------------------------


def test_a_lower_case_label_in_prose() -> None:
    assert found("Please confirm your date of birth: 1987-06-03.\n") == {
        "date_of_birth": ["1987-06-03"]
    }
    assert found("birthdate 12/03/1985\n") == {"date_of_birth": ["1985-12-03"]}
    # Not a label: a word that holds it, and a party on a date.
    assert found("rebirthday 1985-12-03\nthe birthday party: 2025-12-20 at 7pm\n") == {}


def test_german_and_french_labels_and_dotted_dates_day_first() -> None:
    assert found("Geburtsdatum:   14.02.1979\nGEBURTSDATUM 02.08.1991\n") == {
        "date_of_birth": ["1979-02-14", "1991-08-02"]
    }
    assert found("Date de naissance : 23/04/1990\n") == {"date_of_birth": ["1990-04-23"]}
    # Dots mean day first whatever the label; slashes stay month first unless a day.
    assert sorted(scan("DOB 02.08.1991\nDOB 02/08/1991\n")) == [
        ("date_of_birth", "1991-02-08"),
        ("date_of_birth", "1991-08-02"),
    ]
    assert found("Gehalt 14.02.1979\n") == {}
