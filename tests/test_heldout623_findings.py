"""What blind held-out round 623-642 (English and bilingual mail at international
companies in Japan, and spreadsheets that are no forms) found, each as the smallest text
that shows it."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import bank_account, find_all, romaji_address
from proxy.inspect import extract
from proxy.inspect.split_fields import split_fields

SENDER = "hr@example.co.jp"


def read_csv(text: str) -> dict[str, list[str]]:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "benefits@provider.example"
    msg["Subject"] = "New joiners"
    msg.set_content("Please find the file attached.\n")
    msg.add_attachment(text.encode(), maintype="text", subtype="csv", filename="joiners.csv")
    got = find_all(extract(bytes(msg)).segments, sender_addresses=[SENDER])
    return {t: sorted(f.values) for t, f in got.items()}


def test_a_romaji_address_in_japanese_order() -> None:
    """As Japanese staff write it for a foreign reader (624, 630): prefecture first."""
    assert romaji_address.find("Tokyo-to Minato-ku Shibaura 3-14-8, Shibaura Heights 702") == [
        ("jp_address", "東京都 minato-ku shibaura 3-14-8")
    ]
    # The same value as the English order gives, city before ward.
    japanese = romaji_address.find("Kanagawa-ken Yokohama-shi Naka-ku Yamashitacho 2-8-12")
    english = romaji_address.find("2-8-12 Yamashitacho, Naka-ku, Yokohama-shi, Kanagawa")
    assert japanese == english == [("jp_address", "神奈川県 yokohama-shi naka-ku yamashitacho 2-8-12")]
    # A town named in two parts, the second in lower case.
    assert romaji_address.find("Ebisu-nishi 1-21-6, Shibuya-ku, Tokyo") == [
        ("jp_address", "東京都 shibuya-ku ebisu-nishi 1-21-6")
    ]
    assert romaji_address.find("We love Tokyo and Kyoto, Shibuya-ku Ebisu 3 times") == []


def test_an_hr_exports_english_address_columns() -> None:
    """prefecture | city | address_line1 | address_line2 in romaji (627): joined in the
    order English writes an address, which the romaji reader reads."""
    fields = split_fields(("prefecture", "city", "address_line1", "address_line2"))
    joined = fields.joined({0: "Tokyo", 1: "Edogawa-ku", 2: "Nishikasai 3-5-10", 3: "Grand Maison 302"})
    assert "Address: Grand Maison 302, Nishikasai 3-5-10, Edogawa-ku, Tokyo" in joined
    csv = (
        "employee_id,date_of_birth,zip,prefecture,city,address_line1,address_line2\n"
        "E1,1993-04-18,134-0088,Tokyo,Edogawa-ku,Nishikasai 3-5-10,Grand Maison 302\n"
        "E2,1990-10-05,231-0023,Kanagawa,Yokohama-shi Naka-ku,Yamashitacho 2-8-12,\n"
        "E3,1999-07-30,330-0854,埼玉県,さいたま市大宮区,桜木町2-3-15,\n"
    )
    assert read_csv(csv)["jp_address"] == [
        "埼玉県さいたま市大宮区桜木町2-3-15",
        "東京都 edogawa-ku nishikasai 3-5-10",
        "神奈川県 yokohama-shi naka-ku yamashitacho 2-8-12",
    ]


def test_an_account_type_with_its_other_name_in_brackets() -> None:
    assert bank_account.find_english("Ordinary (Futsu) account 5526081, holder DUBOIS") == [
        "5526081"
    ]
    assert bank_account.find_english("Futsu (Ordinary) 2749306") == ["2749306"]
    assert bank_account.find_english("Ordinary (x) 1234567 yen") == []
