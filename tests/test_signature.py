"""split_signature: the sender's signature block, and what is not one."""

from __future__ import annotations

import pytest

from proxy.detectors.signature import MAX_LINES, split_signature

SIG_LINES = [
    "株式会社サンプル 営業部",
    "山田 太郎",
    "〒100-0001 東京都千代田区千代田1-1",
    "TEL: 03-1234-5678 / FAX: 03-1234-5679",
    "携帯: 080-1111-2222",
    "Mail: yamada@sample.co.jp",
]
BODY = "お世話になっております。\n資料を添付いたします。\nよろしくお願いいたします。\n"


def test_rfc3676_delimiter() -> None:
    text = BODY + "\n-- \n" + "\n".join(SIG_LINES) + "\n"
    main, sig = split_signature(text)
    assert sig.startswith("-- \n") and "Mail: yamada@sample.co.jp" in sig
    assert main.startswith(BODY) and "080-1111-2222" not in main


def test_between_separator_lines() -> None:
    sep = "━━━━━━━━━━━━━━━━━━━━"
    text = BODY + "\n" + "\n".join([sep, *SIG_LINES, sep]) + "\n\n"
    main, sig = split_signature(text)
    assert sig.splitlines()[0] == sep and sig.splitlines()[-1] == sep
    assert "03-1234-5678" in sig and "03-1234-5678" not in main
    assert main.strip() == BODY.strip()


def test_after_one_separator_line() -> None:
    for sep in ("--------------------", "====================", "＊＊＊＊＊＊＊＊", "――――――――"):
        text = BODY + sep + "\n" + "\n".join(SIG_LINES)
        main, sig = split_signature(text)
        assert sig.startswith(sep), sep
        assert "yamada@sample.co.jp" not in main


def test_closing_block_without_separator() -> None:
    text = BODY + "\n" + "\n".join(SIG_LINES)
    main, sig = split_signature(text)
    assert sig.splitlines() == SIG_LINES
    assert main.strip() == BODY.strip()


def test_signature_above_a_quoted_reply() -> None:
    quoted = (
        "\n-----Original Message-----\nFrom: 佐藤\nSent: Monday\n\n佐藤です。\nTEL 03-9999-8888\n"
    )
    text = BODY + "\n" + "\n".join(SIG_LINES) + "\n" + quoted
    main, sig = split_signature(text)
    assert "080-1111-2222" in sig
    assert "03-9999-8888" in main and "Original Message" in main


def test_signature_above_a_japanese_outlook_reply() -> None:
    quoted = "\n差出人: 佐藤 花子\n送信日時: 2024年4月1日 10:00\n件名: 見積\n\n本文\n"
    text = BODY + "\n" + "\n".join(SIG_LINES) + "\n" + quoted
    _, sig = split_signature(text)
    assert "yamada@sample.co.jp" in sig and "佐藤" not in sig


def test_customer_list_after_a_separator_is_not_a_signature() -> None:
    rows = [f"顧客{i} 090-1234-{5600 + i:04d} user{i}@customer.example" for i in range(30)]
    text = BODY + "以下、顧客リストです。\n----------\n" + "\n".join(rows) + "\n"
    assert split_signature(text) == (text, "")


def test_short_list_with_phone_labels_is_not_a_signature() -> None:
    rows = [f"顧客{i}様 TEL: 090-1234-{5600 + i:04d}" for i in range(3)]
    text = BODY + "----------\n" + "\n".join(rows)
    assert split_signature(text) == (text, "")


def test_long_block_after_delimiter_is_not_a_signature() -> None:
    lines = [f"TEL: 03-1234-{i:04d}" for i in range(MAX_LINES + 3)]
    text = BODY + "-- \n" + "\n".join(lines)
    assert split_signature(text)[1] == ""


def test_body_sentence_is_not_part_of_the_closing_block() -> None:
    text = "お客様の電話番号は 090-5555-6666 です。\n株式会社サンプル 山田\nTEL: 03-1234-5678\nMail: y@sample.co.jp"
    main, sig = split_signature(text)
    assert "090-5555-6666" in main
    assert sig.startswith("株式会社サンプル")


def test_no_signature() -> None:
    assert split_signature(BODY) == (BODY, "")
    assert split_signature("") == ("", "")
    assert split_signature("\n\n\n") == ("\n\n\n", "")


def test_crlf_lines() -> None:
    text = (BODY + "\n" + "\n".join(SIG_LINES)).replace("\n", "\r\n")
    main, sig = split_signature(text)
    assert "yamada@sample.co.jp" in sig and "yamada" not in main


def test_table_rows_alone_have_no_signature() -> None:
    # Rendered rows of a table pasted into a body: short, TEL and Mail in every row, as a
    # signature would be, but a list of other people.
    rows = "氏名: 林\t電話: 090-4321-8765\n氏名: 森\t電話: 080-5432-9876\n"
    assert split_signature(rows) == (rows, "")
    # A signature laid out with TABs under a letter is still one.
    text = BODY + "\n-- \n山田 太郎\nTEL\t03-1234-5678\nMail\tyamada@sample.co.jp\n"
    main, sig = split_signature(text)
    assert "03-1234-5678" in sig and "03-1234-5678" not in main


SEP = "━━━━━━━━━━━━━━━━━━━━"
CUSTOMER = "> 〒420-0853 静岡県静岡市葵区追手町9-6\n> 携帯 080-6612-3490\n"


def test_signature_below_a_quoted_mail() -> None:
    """Some clients (and people who answer at the bottom) put the signature below the
    '>'-quoted mail: still the sender's; the quoted customer's details are not."""
    text = (
        BODY
        + "\n> 差出人: 橋本 恵子\n>\n"
        + CUSTOMER
        + "\n"
        + "\n".join([SEP, *SIG_LINES, SEP])
        + "\n"
    )
    main, sig = split_signature(text)
    assert "03-1234-5678" in sig and "03-1234-5678" not in main
    assert "080-6612-3490" in main and "080-6612-3490" not in sig
    dash = BODY + "\n" + CUSTOMER + "\n-- \n" + "\n".join(SIG_LINES)
    main, sig = split_signature(dash)
    assert sig.startswith("-- \n") and "080-1111-2222" not in main


def test_block_below_a_forwarded_mail_is_its_authors() -> None:
    """Below a forwarded message that is not '>'-quoted, the last block is the
    forwarded author's signature: their details, not the sender's."""
    text = (
        BODY + "\n-----Original Message-----\nFrom: 橋本 恵子\nSent: Monday\n\n"
        "エアコンの件です。\n" + "\n".join([SEP, *SIG_LINES, SEP]) + "\n"
    )
    main, sig = split_signature(text)
    assert sig == "" and "03-1234-5678" in main
    # And a '>'-quote followed by a forwarded message: the block below is that one's.
    text = BODY + "\n" + CUSTOMER + "\n" + text[len(BODY) :]
    main, sig = split_signature(text)
    assert sig == "" and "03-1234-5678" in main


def test_below_a_quoted_mail_only_a_framed_block_counts() -> None:
    """Without "-- " or separator lines, closing lines below a quote are not taken (a
    customer's details typed below the quote stay findings), nor is a list."""
    text = BODY + "\n" + CUSTOMER + "\n" + "\n".join(SIG_LINES) + "\n"
    assert split_signature(text)[1] == ""
    rows = [f"TEL: 03-1234-{n:04d}" for n in range(6)]
    text = BODY + "\n" + CUSTOMER + "\n" + "\n".join([SEP, *rows, SEP]) + "\n"
    assert split_signature(text)[1] == ""


def test_a_framed_record_of_someone_else_is_not_a_signature() -> None:
    """A customer's details pasted between separator lines at the end of the mail read
    like a signature (short, contact lines), but they are introduced as somebody else's:
    they stay in the text, to be found."""
    record = [
        "【お客様情報】",
        "お名前: 橋本 恵子",
        "〒420-0853 静岡県静岡市葵区追手町9-6",
        "携帯 080-6612-3490",
    ]
    text = BODY + "\n" + "\n".join([SEP, *record, SEP]) + "\n"
    main, sig = split_signature(text)
    assert sig == "" and "080-6612-3490" in main
    below = BODY + "\n" + CUSTOMER + "\n" + "\n".join([SEP, *record, SEP]) + "\n"
    assert split_signature(below)[1] == ""
    english = ["Customer: Keiko Hashimoto", "Tel: +81 80 6612 3490"]
    assert split_signature(BODY + "\n" + "\n".join([SEP, *english, SEP]) + "\n")[1] == ""
    # The sender's own block is still theirs, department and title included.
    assert split_signature(BODY + "\n" + "\n".join([SEP, *SIG_LINES, SEP]) + "\n")[1]
    own = ["株式会社サンプル お客様相談室 / 顧客サポート部", "Customer Success Manager"]
    own += SIG_LINES[1:]
    assert split_signature(BODY + "\n" + "\n".join([SEP, *own, SEP]) + "\n")[1]
    dob = ["Date of birth: 1985-04-01", "Tel: +81 80 6612 3490"]
    assert split_signature(BODY + "\n" + "\n".join([SEP, *dob, SEP]) + "\n")[1] == ""


def test_a_block_naming_someone_with_an_honorific_is_not_a_signature() -> None:
    """A customer's contact block at the end, framed like a signature, with no label
    but the customer's name and 様 (or a company and 御中): not the sender's."""
    for name in ("橋本 恵子 様", "橋本恵子様：", "株式会社テスト 御中", "橋本 恵子 殿"):
        block = [name, "〒420-0853 静岡県静岡市葵区追手町9-6", "携帯 080-6612-3490"]
        main, sig = split_signature(BODY + "\n" + "\n".join([SEP, *block, SEP]) + "\n")
        assert sig == "" and "080-6612-3490" in main, name
    # 様 inside words of the sender's own block does not count.
    own = ["株式会社サンプル お客様窓口", "仕様検討チーム", *SIG_LINES[1:]]
    assert split_signature(BODY + "\n" + "\n".join([SEP, *own, SEP]) + "\n")[1]


def test_a_greeting_with_an_honorific_tops_a_terse_mails_closing_block() -> None:
    """A terse mail with no blank line: the closing block found bottom-up stops below
    the "田中様" greeting (someone else's name) instead of being refused for it."""
    text = "田中様\n添付します\n株式会社サンプル\n山田\nTEL 03-1234-5678\n"
    main, sig = split_signature(text)
    assert "TEL 03-1234-5678" in sig and "田中様" not in sig
    assert main.startswith("田中様")


def test_an_unframed_block_below_someones_name_at_the_end_is_not_a_signature() -> None:
    """A customer's contact details pasted at the very end, no frame, no label: the line
    naming them (様, 御中, 殿) is not the mail's greeting (there is text above it), so the
    lines below it are theirs, not the sender's closing block."""
    for name in ("橋本 恵子 様", "株式会社テスト 御中", "橋本 恵子 殿"):
        block = [name, "〒420-0853 静岡県静岡市葵区追手町9-6", "携帯 080-6612-3490"]
        main, sig = split_signature(BODY + "\n\n" + "\n".join(block) + "\n")
        assert sig == "" and "080-6612-3490" in main, name
        # Without the blank line between the body and the block, the same.
        main, sig = split_signature(BODY.rstrip("\n") + "\n" + "\n".join(block) + "\n")
        assert sig == "" and "080-6612-3490" in main, name
    # The greeting on the first line still tops a terse mail's own closing block.
    main, sig = split_signature("橋本 恵子 様\n株式会社サンプル\n山田\nTEL 03-1234-5678\n")
    assert "TEL 03-1234-5678" in sig
    # Closed by a separator line only (nothing above the block but the body): the same.
    block = ["橋本 恵子 様", "〒420-0853 静岡県静岡市葵区追手町9-6", "携帯 080-6612-3490", SEP]
    main, sig = split_signature(BODY + "\n".join(block) + "\n")
    assert sig == "" and "080-6612-3490" in main


def test_addressee_lines_above_the_name_still_open_a_terse_mail() -> None:
    """The greeting may take more than one line (company, department, name, CC): the
    closing block of a terse mail below it is still the sender's signature."""
    closing = "添付します\n株式会社サンプル\n山田\nTEL 03-1234-5678\n"
    for opening in ("株式会社XYZ\n営業部 山田様\n", "株式会社XYZ 御中\n山田様\n",
                    "山田様\nCC: 佐藤様\n", "\n株式会社XYZ\n営業部\n山田 太郎 様\n"):
        main, sig = split_signature(opening + closing)
        assert "TEL 03-1234-5678" in sig, opening
    # A line introducing what follows is no addressee: the block below is someone's.
    main, sig = split_signature("Please ship to:\n中村 美咲 様\n〒231-0023 横浜市中区山下町1-2\n"
                                "携帯 090-3344-5566\n")
    assert sig == "" and "090-3344-5566" in main


OFFICES = [
    "本社　　　〒100-0005 東京都千代田区丸の内1-1-1 TEL：03-1234-5678",
    "大阪支店　〒530-0001 大阪府大阪市北区梅田2-2-2 TEL：06-6123-4567",
    "名古屋支店〒460-0008 愛知県名古屋市中区栄3-3-3 TEL：052-123-4567",
    "福岡支店　〒812-0011 福岡県福岡市博多区博多駅前4-4-4 TEL：092-123-4567",
    "札幌営業所〒060-0001 北海道札幌市中央区北一条西5-5-5 TEL：011-123-4567",
]


def test_a_company_signature_listing_its_offices() -> None:
    # Five 〒 / TEL lines: the company's offices under its name, not a list of people.
    sep = "━━━━━━━━━━━━━━━━━━━━"
    block = ["株式会社サンプル商事　営業部", "山田 太郎", "Mail：a@example.co.jp", "", *OFFICES]
    for text in (BODY + "\n".join([sep, *block, sep]) + "\n",
                 BODY + "-- \n" + "\n".join(block) + "\n"):
        main, sig = split_signature(text)
        assert "092-123-4567" in sig and "092-123-4567" not in main


def test_office_lines_without_a_company_or_naming_people_are_not_a_signature() -> None:
    text = BODY + "----------\n" + "\n".join(OFFICES) + "\n"
    assert split_signature(text) == (text, "")  # no company named over them
    people = [line + " 担当 山田様" for line in OFFICES]
    text = BODY + "----------\n株式会社サンプル\n" + "\n".join(people) + "\n"
    assert split_signature(text) == (text, "")


def test_offices_each_under_its_own_name_line() -> None:
    # 【大阪支店】 / 〒… / TEL …: three lines an office, longer than a person's signature.
    sep = "━━━━━━━━━━━━━━━━━━━━"
    offices = []
    for name, line in zip(("【本社】", "【大阪支店】", "【名古屋支店】", "【札幌営業所】"), OFFICES,
                          strict=False):
        postal, tel = line.split("〒", 1)[1].rsplit(" TEL", 1)
        offices += [name, "〒" + postal, "TEL" + tel]
    block = ["株式会社サンプル商事", "営業部 山田 太郎", "Mail: a@example.co.jp", "", *offices]
    text = BODY + "\n".join([sep, *block, sep]) + "\n"
    main, sig = split_signature(text)
    assert "092-123-4567" in sig and "〒" not in main and "TEL" not in main
    # TEL and FAX on lines of their own.
    offices[2] += "\nFAX：03-1234-5679"
    text = BODY + "\n".join([sep, *block[:4], *offices, sep]) + "\n"
    main, sig = split_signature(text)
    assert "03-1234-5679" in sig and "TEL" not in main


def test_a_persons_details_repeated_under_an_office_are_not_a_signature() -> None:
    # Under one office name, three TEL lines: people, not the office.
    sep = "━━━━━━━━━━━━━━━━━━━━"
    block = ["株式会社サンプル商事", "【大阪支店】", "TEL: 06-1111-0001", "TEL: 06-1111-0002",
             "TEL: 06-1111-0003", "【本社】", "TEL: 03-1111-0000"]
    text = BODY + "\n".join([sep, *block, sep]) + "\n"
    assert split_signature(text) == (text, "")


def test_people_listed_by_office_are_not_a_signature() -> None:
    # Found by a review: staff mobiles grouped under 本社 / 大阪支店 read as offices.
    sep = "━━━━━━━━━━━━━━━━"
    block = ["株式会社サンプル", "本社", "田中一郎 携帯 090-1111-2222", "鈴木花子 携帯 090-3333-4444",
             "大阪支店", "佐藤次郎 携帯 090-5555-6666", "高橋三郎 携帯 080-7777-8888"]
    text = BODY + "\n".join([sep, *block, sep]) + "\n"
    assert split_signature(text) == (text, "")
    unlabelled = [line.replace(" 携帯", "") for line in block]
    text = BODY + "\n".join([sep, *unlabelled, sep]) + "\n"
    assert split_signature(text) == (text, "")


DISCLAIMER = [
    "本メールに記載された内容は、宛先に記載された方のみを対象としております。",
    "誤って本メールを受信された場合は、お手数ですが送信者にご連絡のうえ、",
    "本メールを削除していただきますようお願い申し上げます。",
    "This e-mail is intended only for the addressee. If you received it in error,",
    "please notify the sender and delete it.",
]


def test_a_signature_followed_by_a_confidentiality_notice() -> None:
    # A hunt for false positives: with the usual notice under it, a signature (one
    # office or several) was not recognised and its numbers counted on every mail.
    sep = "━━━━━━━━━━━━━━━━━━━━"
    for block in (SIG_LINES, ["株式会社サンプル商事 営業本部", *OFFICES]):
        for frame in ([sep, *block, sep], ["-- ", *block]):
            text = BODY + "\n" + "\n".join([*frame, *DISCLAIMER]) + "\n"
            main, sig = split_signature(text)
            assert "TEL" not in main and "〒" not in main, main
            assert "TEL" in sig and DISCLAIMER[0] not in sig
            assert DISCLAIMER[0] in main  # the notice itself stays text to read


def test_a_request_under_a_customers_block_is_no_confidentiality_notice() -> None:
    # A self-check of the notice rule: "削除" alone does not make a line a notice.
    text = ("田中様\n\nお世話になっております。\n以下のお客様の登録を削除してください。\n\n"
            "━━━━━━━━\n山田 花子\n〒100-0001 東京都千代田区千代田1-1\nTEL: 090-1111-2222\n"
            "━━━━━━━━\n上記の方の情報は削除をお願いします。\n")
    assert split_signature(text) == (text, "")


SIGNED = BODY + "\n━━━━━━━━━━\n株式会社サンプル 山田 太郎\nTEL: 03-1234-5678\nMail: yamada@sample.co.jp\n━━━━━━━━━━\n"


@pytest.mark.parametrize("notice", [
    # Found by a review: wrapped lines without a keyword of their own, a framed notice.
    "【機密保持に関するご注意】\nこのメールには、本来の宛先の方のみに限定された機密情報が含まれている場合が"
    "ございます。\nお心当たりのない場合は、誠に申し訳ございませんが、送信者までご連絡いただくとともに、\n"
    "このメールを削除していただきますようお願い申し上げます。\n",
    "This e-mail is intended only for the addressee. If you received it in error, please "
    "notify the sender immediately\nand delete this e-mail. Any use of it\nby anyone else is "
    "prohibited.\n",
    "━━━━━━━━━━\n本メールは機密情報を含みます。誤って受信された場合は削除してください。\n━━━━━━━━━━\n",
])
def test_notices_under_a_signature(notice: str) -> None:
    main, sig = split_signature(SIGNED + notice)
    assert "03-1234-5678" in sig and "03-1234-5678" not in main


@pytest.mark.parametrize("note", [
    "※本メールは個人情報を含むため、対応後は削除してください。\n",
    "本メールの内容は社外秘です。第三者への転送はご遠慮ください。\n",
])
def test_the_senders_own_instruction_under_a_customers_details_is_no_notice(note: str) -> None:
    # Found by a review: "delete this mail once handled" is not a misdelivery notice,
    # and the customer's block above it is not the sender's signature.
    text = ("お疲れ様です。佐藤です。\n下記のお客様から解約の申し出がありました。\n\n"
            "山田 花子\n〒150-0001 東京都渋谷区神宮前1-2-3\nTEL 090-1234-5678\n"
            "hanako@example.com\n\n" + note)
    assert split_signature(text) == (text, "")


@pytest.mark.parametrize("department", ["大阪支店 営業課", "物流センター 出荷管理課", "大阪支店", "名古屋営業所"])
def test_a_branch_office_department_line_is_the_senders_own(department: str) -> None:
    # One office line is the sender's department, not a list of offices: their TEL, FAX
    # and mobile under it are theirs (a second of a kind under each of several offices
    # is what a list of people looks like).
    text = (
        "お見積りをお送りします。\n\n--\n株式会社エグザンプル\n"
        f"{department}\n鈴木 花子\n〒530-0001 大阪府大阪市北区梅田1-1-1\n"
        "TEL: 06-1234-5678 FAX: 06-1234-5679\n携帯: 090-1234-5678\nMail: suzuki@example.co.jp\n"
    )
    body, block = split_signature(text)
    assert "090-1234-5678" in block and "090-1234-5678" not in body


@pytest.mark.parametrize(
    "block",
    [
        # Under one office line, its staff: two TEL lines and two mobiles, names first.
        "株式会社サンプル物流\n大阪支店\nTEL 06-6345-2872 担当:山田\nTEL 06-6345-2873 担当:佐藤\n"
        "携帯 090-3817-4926 (山田)\n携帯 080-2719-3364 (佐藤)\n",
        "株式会社テスト\n物流センター\n山田 090-3817-4926 yamada@t.example\n佐藤 080-2719-3364\n"
        "鈴木 070-1234-5678\n",
    ],
)
def test_one_office_line_over_its_staff_is_no_signature(block: str) -> None:
    text = "担当者一覧です。\n\n=====\n" + block + "=====\n"
    assert split_signature(text)[1] == ""
