"""False positives of a third hunt (/tmp/fphunt3) around the sender's own signature,
each with the leak guard that keeps a customer's details counted."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.detectors.signature import signature_parts
from proxy.inspect.htmltext import html_text
from proxy.model import Segment

SENDER = "t.yamada@example.co.jp"
GREETING = "佐藤様\n\n来週の現地調査ですが、5月21日（火）10時に伺います。\n\n"
SIG5 = (
    "山田 太郎\n株式会社サンプル商事 技術サービス部\n〒100-0005 東京都千代田区丸の内1-1-1\n"
    "代表 03-1234-5678 / 直通 03-1234-5691 / FAX 03-1234-5679\n"
    "携帯 090-1234-5678（業務用） / 080-9876-5432（緊急時）\n" + SENDER + "\n"
)


def found(text: str, *, names: tuple[str, ...] = ("山田 太郎",)) -> dict[str, set[str]]:
    result = find_all(
        [Segment(text, "body", "body")], sender_addresses=[SENDER], sender_display_names=names
    )
    return {t: set(f.values) for t, f in result.items()}


# 1. A company line (its registered office) under the signature: s08, s05.


def test_a_registered_office_line_under_the_signature_is_the_companys() -> None:
    text = GREETING + SIG5 + "\n株式会社サンプル商事（本店：〒100-0005 東京都千代田区丸の内1-1-1）\n"
    assert found(text) == {}


def test_an_english_registered_office_line_under_the_signature_is_the_companys() -> None:
    text = GREETING + SIG5 + (
        "\nSample Shoji Co., Ltd., registered office: 1-1-1 Marunouchi, Chiyoda-ku, "
        "Tokyo 100-0005, Japan\n"
    )
    assert found(text) == {}


def test_a_double_spaced_notice_naming_the_company_under_a_framed_signature() -> None:
    # s05: Outlook's plain text, a blank line after each line; the notice names the
    # head office (another address than the branch's signature) and the 法人番号.
    sep = "――――――――――――"
    lines = [
        "株式会社クライアント 購買部 佐藤様", " ", "いつもお世話になっております。",
        "ご注文書を受領いたしました。", " ", sep, "山田 太郎", "株式会社サンプル商事 大阪支店 営業課",
        "〒530-0001 大阪府大阪市北区梅田2-4-9 梅田センタービル8F",
        "TEL 06-6345-1210（直通） FAX 06-6345-1201", "携帯 080-2345-6789", SENDER, sep, "\xa0",
        "【ご注意】本メールは株式会社サンプル商事（本店所在地：〒100-0005 東京都千代田区丸の内1-1-1、",
        "法人番号 7000012050002）から送信されたものです。本メールに含まれる情報は宛先の方のみを対象としており、",
        "誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除してください。",
        "This e-mail is sent by Sample Shoji Co., Ltd., registered office: 1-1-1 Marunouchi, "
        "Chiyoda-ku, Tokyo 100-0005, Japan.",
        "If you have received it in error, please notify the sender and delete it.",
    ]
    text = "\r\n\r\n".join(lines) + "\r\n"
    assert found(text) == {}
    main, sig, closing = signature_parts(text)
    assert "080-2345-6789" in sig and "法人番号" in closing and "法人番号" in main


def test_a_delivery_address_under_the_signature_still_counts() -> None:
    text = GREETING + SIG5 + "\n配送先：〒150-0001 東京都渋谷区神宮前1-2-3\n"
    hits = found(text)
    assert "jp_postal_code" in hits and "jp_address" in hits


def test_another_companys_head_office_under_the_signature_still_counts() -> None:
    text = GREETING + SIG5 + "\n株式会社クライアント（本社：〒220-0012 神奈川県横浜市西区みなとみらい2-2-1）\n"
    hits = found(text)
    assert "jp_postal_code" in hits and "jp_address" in hits


# 2. The sender's own earlier mail quoted under -----Original Message-----: t04.

REPLY = (
    "佐藤様\n\nお見積りをお送りします。単価 46,000円、納期 4週間です。\n\n"
    "山田 太郎\n株式会社サンプル商事 営業本部\n〒100-0005 東京都千代田区丸の内1-1-1\n"
    "TEL 03-1234-5690 / 携帯 090-1234-5678\n\n"
)
CUSTOMER_QUOTED = (
    "-----Original Message-----\nFrom: Sato Hanako <hanako.sato@client-corp.co.jp>\n"
    "Sent: Friday, May 10, 2024 3:00 PM\nTo: Yamada Taro <t.yamada@example.co.jp>\n"
    "Subject: 見積依頼\n\n山田様\nSX-200-A を 500 個お見積りください。\n\n――――――――――\n"
    "佐藤 花子\n株式会社クライアント 購買部\n〒220-0012 神奈川県横浜市西区みなとみらい2-2-1 ランドマーク20F\n"
    "TEL：045-222-3300（代表）　045-222-3315（直通）\nFAX：045-222-3301\n"
    "hanako.sato@client-corp.co.jp\n\n"
)


def own_original(author: str) -> str:
    return (
        f"-----Original Message-----\nFrom: {author}\nSent: Thursday, May 9, 2024 10:00 AM\n"
        "Subject: 新製品のご案内\n\n佐藤様\n新製品 SX-200 シリーズのご案内です。\n"
        "山田 太郎（Taro Yamada）\n株式会社サンプル商事 営業本部 第二営業部\n"
        "〒100-0005 東京都千代田区丸の内1-1-1 サンプルビル12F\n"
        "TEL: 03-1234-5678（代表） / 03-1234-5690（直通）\nFAX: 03-1234-5679\n"
        "携帯: 090-1234-5678\nMail: t.yamada@example.co.jp\n"
    )


OWN_NUMBERS = {"+81312345678", "+81312345679"}
CUSTOMER_NUMBERS = {"+81452223300", "+81452223315", "+81452223301"}


def test_the_senders_own_quoted_mail_named_as_in_the_quoted_headers() -> None:
    # "From: Yamada Taro": the name the customer's quoted To: line gives the sender.
    hits = found(REPLY + CUSTOMER_QUOTED + own_original("Yamada Taro"))
    assert not OWN_NUMBERS & hits["jp_phone"]
    assert CUSTOMER_NUMBERS <= hits["jp_phone"]  # the customer's signature still counts


def test_the_senders_own_quoted_mail_by_address_and_by_display_name() -> None:
    for author in (f"山田 太郎 <{SENDER}>", "山田太郎"):
        hits = found(REPLY + own_original(author))
        assert not OWN_NUMBERS & hits.get("jp_phone", set()), author


def test_a_quoted_customer_signature_still_counts() -> None:
    # corpus 61: a customer's signature quoted in the sender's reply is the customer's.
    hits = found(REPLY + CUSTOMER_QUOTED)
    assert CUSTOMER_NUMBERS <= hits["jp_phone"]


def test_a_quoted_mail_from_someone_with_the_senders_surname_still_counts() -> None:
    for author in ("Yamada Hanako", "山田 花子 <hanako.yamada@example.co.jp>", "Yamada"):
        quoted = own_original(author).replace("03-1234-5679", "03-9999-0001")
        hits = found(REPLY + quoted)
        assert "+81399990001" in hits["jp_phone"], author


# 3. Thunderbird's signature below the quoted blockquote: t05.

TBIRD = (
    "<html><body><p>佐藤様</p><p>承知しました。</p><div class=\"moz-cite-prefix\">"
    "2024/05/10 13:22, 佐藤 花子 wrote:<br></div><blockquote type=\"cite\"><p>山田様</p>"
    "<p>東京支社宛にお願いします。</p><pre class=\"moz-signature\">株式会社クライアント 購買部 佐藤 花子\n"
    "本社 〒220-0012 神奈川県横浜市西区みなとみらい2-2-1 TEL 045-222-3300</pre></blockquote>"
    "<div class=\"moz-signature\">-- <br>山田 太郎<br>株式会社サンプル商事 営業本部<br>"
    "〒100-0005 東京都千代田区丸の内1-1-1<br>TEL 03-1234-5690 / 携帯 090-1234-5678</div>"
    "</body></html>"
)


def test_a_thunderbird_signature_below_the_quote_is_the_senders() -> None:
    text, _, _ = html_text(TBIRD)
    assert "> 本社 〒220-0012" in text
    hits = found(text)
    assert "+81312345690" not in hits.get("jp_phone", set())
    assert "+81452223300" in hits["jp_phone"]  # the quoted customer's still counts


def test_gmail_quote_and_plain_blockquotes() -> None:
    text, _, _ = html_text(
        '<div>x</div><blockquote class="gmail_quote" style="margin:0">a<br>b</blockquote>'
        "<blockquote>c</blockquote><div>d</div>"
    )
    assert text == "x\n> a\n> b\nc\nd"
    # html.parser's path (a stray "<" makes the fast path give up) reads the same.
    slow, _, _ = html_text('<div>x <</div><blockquote type="cite">a</blockquote>')
    assert slow.splitlines()[-1] == "> a"
