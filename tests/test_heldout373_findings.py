"""What blind held-out rounds 373-392 (signed mail, mail merge) and 393-412 (forwarded
and replied chains mixing HTML and plain text) found, each as the smallest mail that
shows it."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.detectors.bank_account import find_english
from proxy.inspect import extract
from proxy.inspect.htmltext import html_to_text
from proxy.model import Segment

SENDER = "k.ishida@example.co.jp"


def found(text: str, *, names: tuple[str, ...] = ()) -> dict[str, list[str]]:
    got = find_all(
        [Segment(text, "body", "body")], sender_addresses=[SENDER], sender_display_names=names
    )
    return {t: sorted(f.values) for t, f in got.items()}


def found_in_mail(msg: EmailMessage) -> dict[str, list[str]]:
    result = extract(msg.as_bytes())
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


def html_mail(html: str, plain: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "someone@partner.example"
    msg["Subject"] = "件"
    if plain is not None:
        msg.set_content(plain)
        msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    return msg


# --- Outlook's tables: every cell a paragraph (400) ----------------------------------

OUTLOOK_TABLE = (
    '<table class="MsoNormalTable"><tr>'
    '<td><p class="MsoNormal"><b>お届け先</b><o:p></o:p></p></td>'
    '<td><p class="MsoNormal"><b>郵便番号</b><o:p></o:p></p></td>'
    '<td><p class="MsoNormal"><b>生年月日</b><o:p></o:p></p></td></tr>'
    '<tr><td><p class="MsoNormal">青木 様<o:p></o:p></p></td>'
    '<td><p class="MsoNormal">330-0854<o:p></o:p></p></td>'
    '<td><p class="MsoNormal">1984/02/09<o:p></o:p></p></td></tr></table>'
)


def test_a_cell_of_one_paragraph_stays_on_its_row() -> None:
    text = html_to_text(OUTLOOK_TABLE)[0]
    assert text.splitlines() == ["お届け先\t郵便番号\t生年月日", "青木 様\t330-0854\t1984/02/09"]


def test_outlook_table_columns_label_their_values() -> None:
    # The postal code and the date of birth have only their column's header as label.
    got = found_in_mail(html_mail(OUTLOOK_TABLE))
    assert got == {"jp_postal_code": ["3300854"], "date_of_birth": ["1984-02-09"]}


def test_a_cell_of_several_paragraphs_keeps_its_lines() -> None:
    html = "<table><tr><td><p>東京都港区芝公園2-4-1</p><p>芝公園ビル3F</p></td><td><p>x</p></td></tr></table>"
    assert html_to_text(html)[0].splitlines() == ["東京都港区芝公園2-4-1", "芝公園ビル3F", "x"]


def test_colspan_over_a_paragraph_cell_owes_its_cells_after_the_content() -> None:
    html = (
        '<table><tr><td colspan="2"><p>電話番号</p></td><td><p>備考</p></td></tr>'
        "<tr><td><p>090</p></td><td><p>1234</p></td><td><p>x</p></td></tr></table>"
    )
    assert html_to_text(html)[0].splitlines() == ["電話番号\t\t備考", "090\t1234\tx"]


# --- where the quoted mail starts ---------------------------------------------------

OWN_CLOSING = "Best regards,\nKen Ishida\nExample Co., Ltd. | Logistics\n+81 3 6453 2262\n"
PARTNER = "Kind regards,\nHiroshi Nakagawa\nNaniwa Packing Co., Ltd.\nTel: +81 6 6613 4428\n"


def test_an_outlook_from_block_ends_the_senders_part() -> None:
    # Outlook's "From: / Sent: / To:" block: the closing above it is the sender's (406),
    # the quoted mail's own closing below it counts (400).
    text = (
        "Hi Laura,\n\nSee the note below.\n\n" + OWN_CLOSING + "\n"
        "From: Hiroshi Nakagawa <h.nakagawa@naniwa-pack.example>\n"
        "Sent: Wednesday, October 8, 2025 4:20 PM\nTo: Ken Ishida <k.ishida@example.co.jp>\n"
        "Subject: Pickup\n\nDear Mr. Ishida,\n\nReady on Oct 14.\n\n" + PARTNER
    )
    assert found(text) == {"jp_phone": ["+81666134428"]}


def test_apple_mails_begin_forwarded_message_is_the_forwarded_mails() -> None:
    text = (
        "Hi Laura,\n\nForwarding the note below.\n\n" + OWN_CLOSING + "\n\n"
        "Begin forwarded message:\n\n"
        "From: Hiroshi Nakagawa <h.nakagawa@naniwa-pack.example>\n"
        "Subject: Pickup\nDate: October 8, 2025 at 16:20:41 GMT+9\n"
        "To: Ken Ishida <k.ishida@example.co.jp>\n\nReady on Oct 14.\n\n" + PARTNER
    )
    assert found(text) == {"jp_phone": ["+81666134428"]}


def test_thunderbirds_and_androids_forward_lines_start_the_quoted_mail() -> None:
    own = "-- \n中川 彩\n株式会社エグザンプル 地域交流課\nTEL 03-6453-2275\n\n"
    for line in ("-------- Forwarded Message --------", "-------- Original message --------"):
        text = (
            "保険のご依頼です。\n\n" + own + line + "\nSubject: 申込\n"
            "Date: Sat, 11 Oct 2025 22:04:51 +0900\nFrom: 原田 <yuko@freemail.example>\n"
            "To: nakagawa@example.co.jp\n\n"
            "参加者 電話: 090-3381-5524\n"
        )
        assert found(text) == {"jp_phone": ["+819033815524"]}, line
        # Forwarded as the body alone, with no header lines under the marker.
        text = "保険のご依頼です。\n\n" + own + line + "\n\n参加者 電話: 090-3381-5524\n"
        assert found(text) == {"jp_phone": ["+819033815524"]}, line


def test_a_valediction_heads_the_senders_closing_lines() -> None:
    # When the name signed with is the sender's (their From header's display name).
    text = "Please book the pickup for Tuesday.\n\n" + OWN_CLOSING
    assert found(text, names=("Ken Ishida",)) == {}
    assert found(text, names=("Hanako Yamada",)) == {"jp_phone": ["+81364532262"]}


def test_without_a_valediction_an_unlabelled_number_under_a_name_still_counts() -> None:
    # Two lines about contact details are still needed there: a customer's name,
    # shop and mobile written at the end of the text are not the sender's.
    text = "お客様の連絡先です。\n\n山田 花子\n株式会社山田商店\n090-1234-5678\n"
    assert found(text) == {"jp_phone": ["+819012345678"]}


def test_gmails_starred_outlook_labels_are_header_fields() -> None:
    # Gmail's plain text of an Outlook block: "*From:* … *To:* …" (393).
    text = (
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: 鈴木 一郎 <suzuki.i@example.co.jp>\nDate: 2025年10月6日(月) 9:41\n"
        "Subject: FW: 件\nTo: 森本 <morimoto@example.co.jp>\n\n対応をお願いします。\n\n"
        "*From:* 大野 恵美 <ohno@clinic.example>\n*Sent:* Friday, October 3, 2025 5:12 PM\n"
        "*To:* 鈴木 一郎 <suzuki.i@example.co.jp>\n*Subject:* 件\n\n異音がします。\n"
    )
    assert found(text) == {}


def test_a_forwarded_header_table_is_no_table_of_people() -> None:
    # Thunderbird's HTML forward puts the forwarded mail's header in a table of label
    # and value rows: "Subject:" is no column header over the form's sender (396).
    html = (
        "<p>転送します。</p><table class=moz-email-headers-table>"
        "<tr><th>Subject: </th><td>【申込通知】木工教室</td></tr>"
        "<tr><th>From: </th><td>フォーム &lt;noreply@form.example&gt;</td></tr>"
        "<tr><th>To: </th><td>nakagawa@example.co.jp</td></tr></table>"
        "<p>参加者1 電話: 090-3381-5524</p>"
    )
    assert found_in_mail(html_mail(html)) == {"jp_phone": ["+819033815524"]}


# --- signatures ----------------------------------------------------------------------


def test_a_table_pasted_below_the_delimited_signature_counts() -> None:
    # A merge table pasted under "-- " (387): the signature is its first paragraph.
    text = (
        "Dear Ms. Hayashi,\n\nThe trip is on Friday.\n\nKind regards,\n\n-- \nSarah Kato\n"
        "Example International School\nTel 03-6453-2900\n\n\n"
        "Name\tParentMobile\nHayashi Ren\t090-3318-2274\nBrown Olivia\t080-6142-7730\n"
    )
    assert found(text) == {"jp_phone": ["+818061427730", "+819033182274"]}


FORWARDED = (
    "森デザイン事務所 御中\n\n先方の候補日です。\n\n"
    "From: 佐藤 一郎 <ichiro.sato@hikari.example>\nSent: Thursday, April 17, 2025 6:02 PM\n"
    "To: 高田 直樹 <n.takada@example.co.jp>\nSubject: 打合せ日程\n\n高田様\n\n候補日です。\n\n"
)


def test_the_senders_signature_at_the_very_end_below_a_forward() -> None:
    # Signed below the forwarded mail (269): the block names the sender, whom the
    # quoted To: line gives the sender's address.
    text = FORWARDED + "-- \n株式会社エグザンプル 総務部\n高田 直樹\nTEL 03-5550-2269\n"
    got = find_all([Segment(text, "body", "body")], sender_addresses=["n.takada@example.co.jp"])
    assert got == {}


def test_the_forwarded_authors_signature_at_the_very_end_counts() -> None:
    text = FORWARDED + "-- \n光商事株式会社 営業部\n佐藤 一郎\nTEL 03-3211-4455\n"
    got = find_all([Segment(text, "body", "body")], sender_addresses=["n.takada@example.co.jp"])
    assert sorted(got["jp_phone"].values) == ["+81332114455"]


# --- bank accounts in English (391) -------------------------------------------------


def test_english_account_types_and_labels() -> None:
    assert find_english("Auto-debit account Mizuho Bank, Ebisu Branch, Ordinary 2749306") == [
        "2749306"
    ]
    assert find_english("Savings account No. 1234567") == ["1234567"]
    assert find_english("Account type: Ordinary\nAccount No.: 7654321") == ["7654321"]
    assert find_english("Account number 3456789 (MUFG Bank, Shibuya Branch)") == ["3456789"]


def test_an_account_number_without_a_bank_is_no_bank_account() -> None:
    assert find_english("Your account number 1234567 for the electricity service") == []
    assert find_english("Ordinary account 1234567 yen") == []  # money
    assert find_english("Current account: 12345678") == []  # eight digits


def test_an_english_account_is_a_finding_and_the_companys_own_is_not() -> None:
    text = (
        "Please check the details we hold:\n  Auto-debit  Mizuho Bank, Ordinary 2749306\n\n"
        "-- \nRenewals Team\nExample Insurance Co., Ltd.\nTel 03-6453-2520\n"
        "Bank: MUFG Bank, Shiba Branch, Ordinary 1111222\n"
    )
    assert found(text) == {"jp_bank_account": ["2749306"]}


# --- header blocks and attribution lines found by str.find (speed, not behaviour) --------


def test_header_block_searches_agree_with_their_patterns() -> None:
    import random

    from proxy.detectors import signature as sig

    rng = random.Random(11)
    atoms = [
        "From",
        "差出人",
        "送信者",
        "wrote",
        ":",
        "：",
        ">",
        "＞",
        " ",
        "\t",
        "\n",
        "\r",
        "*",
        "a",
    ]
    for _ in range(20000):
        t = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        assert sig._wrote_alone(t) == [m.start() for m in sig._WROTE_ALONE.finditer(t)], t
        assert sorted(sig._address_colons(t)) == [
            m.end() for m in sig._ADDRESS_COLON.finditer(t)
        ], t
        assert sig._field_lines(t, sig._SENDER_WORDS) == [
            m.start() for m in sig._BLOCK_FROM.finditer(t)
        ], t
        assert sig._field_lines(t, sig._SENDER_WORDS, " \t", 3) == [
            m.start() for m in sig._QUOTED_FROM.finditer(t, 3)
        ], t
        assert sig._field_lines(t, sig._ADDRESS_WORDS) == [
            m.start() for m in sig._ADDRESS_LINE.finditer(t)
        ], t


def test_attribution_lines_found_as_their_pattern_finds_them() -> None:
    import random

    from proxy.detectors import signature as sig

    def by_pattern(text: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        while (word := sig._ATTRIBUTION_WORD.search(text, pos)) is not None:
            start = text.rfind("\n", 0, word.start()) + 1
            end = text.find("\n", word.end())
            end = len(text) if end < 0 else end
            m = sig._ATTRIBUTION.match(text, start, end)
            if m is not None:
                spans.append(m.span())
            pos = end + 1
        return spans

    rng = random.Random(3)
    atoms = ["wrote", "のメール", "書きました", ":", "\n", ">", " ", "a", "山田", "@", "：", "\r"]
    for _ in range(20000):
        t = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in sig._attributions(t)] == by_pattern(t), t


def test_header_block_searches_are_linear_on_one_long_line() -> None:
    import time

    from proxy.detectors.signature import without_header_addresses

    started = time.process_time()
    texts = ("From " * 200_000, "wrote " * 200_000, " : " * 200_000, "差出人 x" * 100_000)
    for text in (*texts, "To " * 200_000, "のメール" * 100_000):
        without_header_addresses(text + "@")
    assert time.process_time() - started < 5  # ~0.2 s; quadratic would take minutes


def test_every_quote_start_begins_with_the_one_sender_part_end_finds() -> None:
    import random

    from proxy.detectors import signature as sig

    rng = random.Random(7)
    atoms = ["From:", "*From:*", "差出人", "：", ":", " ", "\n", ">", "＞", "-----", "x", "\r"]
    atoms += ["Original Message", "riginal ", "wrote:", "書きました", "元のメッセージ"]
    atoms += ["Subject: s", "To: x", "Sent: y", "a@b.c", "---- F"]
    for _ in range(20000):
        t = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 14)))
        starts = sig._quote_starts(t)
        first = starts[0] if starts else len(t)
        if 0 < first < len(t):
            first = sig._over_the_quote(t, first)
        assert first == sig._sender_part_end(t), t
