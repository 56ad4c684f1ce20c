"""Walking messages: headers, bodies, nested messages, broken MIME."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import Extraction, extract
from proxy.inspect.scan import PREFIX
from tests.jis import jis


def texts(result: Extraction, location: str) -> str:
    return "\n".join(s.text for s in result.segments if s.location == location)


def basic_message() -> EmailMessage:
    msg = EmailMessage()
    msg["Received"] = "from client.example ([192.0.2.1]) by mx.example; Mon, 1 Jan 2024 00:00:00"
    msg["DKIM-Signature"] = "v=1; a=rsa-sha256; d=example.co.jp; b=1234567890123456"
    msg["Message-ID"] = "<20240101000000.1234567890@example.co.jp>"
    msg["From"] = "山田 太郎 <Taro@Example.CO.JP>"
    msg["To"] = "a@partner.example, 佐藤 <b@Partner.Example>"
    msg["Cc"] = "c@x.example"
    msg["Bcc"] = "hidden@z.example"
    msg["Subject"] = "【社外秘】顧客リスト送付の件"
    msg["X-Project"] = "案件コード 極秘"
    msg.set_content("お世話になっております。\nご確認ください。\n")
    msg.add_alternative(
        "<html><head><style>p {color: red}</style><script>var card='4111';</script></head>"
        "<body><p>こんにちは&nbsp;&amp;&#x3042;</p><table><tr><th>口座番号</th>"
        "<td>1234567</td></tr><tr><th>名義</th><td>ヤマダ</td></tr></table></body></html>",
        subtype="html",
    )
    return msg


def test_headers_addresses_and_subject() -> None:
    result = extract(basic_message().as_bytes())
    assert result.subject == "【社外秘】顧客リスト送付の件"
    assert result.from_address == "Taro@example.co.jp"
    assert result.to_cc == ["a@partner.example", "b@partner.example", "c@x.example"]
    assert ("Subject", "【社外秘】顧客リスト送付の件") in result.headers
    assert ("X-Project", "案件コード 極秘") in result.headers
    assert any(name == "Received" for name, _ in result.headers)
    assert result.incomplete == []
    assert result.auto_generated is False


def test_header_segments_skip_trace_and_address_headers() -> None:
    result = extract(basic_message().as_bytes())
    headers = {s.location: s for s in result.segments if s.kind == "header"}
    assert headers["subject"].text == "【社外秘】顧客リスト送付の件"
    assert headers["header:X-Project"].text == "案件コード 極秘"
    for skipped in ("Received", "DKIM-Signature", "Message-ID", "From", "Bcc"):
        assert f"header:{skipped}" not in headers
    # To, Cc and Reply-To give their display names only (text every recipient sees).
    assert headers["header:To"].text == "佐藤"


def test_display_names_in_every_address_form() -> None:
    # A name before <…>, an old-style comment after a bare address (RFC 5322 §3.4), and
    # bare addresses alone (no name: no header text at all).
    raw = (
        b"From: a@example.co.jp\r\n"
        b"To: x@partner.example, y@partner.example (Yamada 090-1234-5678)\r\n"
        b'Cc: "=?UTF-8?B?5L2Q6Jek?= 080-2222-3333" <s@partner.example>\r\n'
        b"Reply-To: r@partner.example\r\n"
        b"Subject: s\r\n\r\nbody\r\n"
    )
    headers = {s.location: s.text for s in extract(raw).segments}
    assert headers["header:To"] == "Yamada 090-1234-5678"
    assert headers["header:Cc"] == "佐藤 080-2222-3333"
    assert "header:Reply-To" not in headers


def test_plain_and_html_bodies() -> None:
    result = extract(basic_message().as_bytes())
    body = texts(result, "body")
    assert "お世話になっております。" in body
    assert "こんにちは\xa0&あ" in body
    assert "口座番号\t1234567" in body.splitlines()
    assert "color" not in body and "4111" not in body  # style and script dropped
    assert all(s.kind == "body" for s in result.segments if s.location == "body")


def test_table_pasted_into_the_body_is_also_read_with_its_header() -> None:
    msg = EmailMessage()
    msg["From"] = "suzuki@example.co.jp"
    msg["To"] = "reserve@restaurant.example"
    msg["Subject"] = "参加者"
    body = (
        "参加者です。\n\n氏名\t電話番号\t生年月日\n林 美咲\t090-4321-8765\t1990/7/15\n"
        "森田 健一\t080-5432-9876\t1989/1/8\n\nよろしくお願いいたします。\n"
    )
    msg.set_content(body)
    result = extract(msg.as_bytes())
    bodies = [s.text for s in result.segments if s.location == "body"]
    assert all(s.kind == "body" for s in result.segments if s.location == "body")
    assert bodies[0] == body  # the body as written, unchanged
    assert bodies[1:] == [
        "氏名: 林 美咲\t電話番号: 090-4321-8765\t生年月日: 1990/7/15\n"
        "氏名: 森田 健一\t電話番号: 080-5432-9876\t生年月日: 1989/1/8"
    ]
    found = find_all(result.segments, sender_addresses=[result.from_address])
    assert sorted(found["date_of_birth"].values) == ["1989-01-08", "1990-07-15"]
    assert found["jp_phone"].count == 2  # seen twice, counted once
    assert found["jp_phone"].locations == ["body"]


def test_table_rows_in_a_text_attachment_are_rendered_once() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.co.jp"
    msg.set_content("添付します。")
    msg.add_attachment(b"a\tb\n1\t2\n", maintype="text", subtype="plain", filename="t.txt")
    result = extract(msg.as_bytes())
    assert texts(result, "attachment:t.txt") == "t.txt\na\tb\n1\t2\n\na: 1\tb: 2"


def test_excels_tab_delimited_text_export_is_read_as_a_table() -> None:
    # "Text (Tab delimited) (*.txt)": a quoted cell may hold a line break.
    tsv = '氏名\t住所\t生年月日\n山田\t"東京都千代田区丸の内1-1-1\n丸の内ビル"\t1980/04/01\n'
    msg = EmailMessage()
    msg["From"] = "a@example.co.jp"
    msg.set_content("添付します。")
    msg.add_attachment(tsv.encode("cp932"), maintype="text", subtype="plain",
                       filename="list.txt")
    result = extract(msg.as_bytes())
    assert texts(result, "attachment:list.txt").splitlines()[-1] == (
        "氏名: 山田\t住所: 東京都千代田区丸の内1-1-1 丸の内ビル\t生年月日: 1980/04/01")


def test_iso2022jp_message_with_windows_characters() -> None:
    subject = "=?ISO-2022-JP?B?" + base64.b64encode(jis("①㈱見積書")).decode() + "?="
    raw = (
        b"From: a@example.co.jp\r\nTo: b@partner.example\r\nSubject: " + subject.encode() + b"\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n"
        b"Content-Transfer-Encoding: 7bit\r\n\r\n"
        + jis("㈱山田商事")
        + b"\r\n"
        + jis("①髙橋様")
        + b"\r\n"
    )
    result = extract(raw)
    assert result.subject == "①㈱見積書"
    assert texts(result, "body") == "㈱山田商事\r\n①髙橋様\r\n"


def test_unencoded_utf8_subject_rfc6532() -> None:
    raw = "Subject: 請求書の送付\r\nFrom: a@example.jp\r\n\r\n本文\r\n".encode()
    result = extract(raw)
    assert result.subject == "請求書の送付"
    assert texts(result, "body").strip() == "本文"


def test_auto_submitted() -> None:
    def flag(value: str | None) -> bool:
        head = f"Auto-Submitted: {value}\r\n" if value is not None else ""
        return extract(f"{head}Subject: x\r\n\r\nbody\r\n".encode()).auto_generated

    assert flag("auto-replied; owner-email=a@b.example") is True
    assert flag("auto-generated") is True
    assert flag("No") is False
    assert flag(None) is False


def test_attached_message_rfc822() -> None:
    inner = EmailMessage()
    inner["Subject"] = "転送元の件名"
    inner["From"] = "x@example.jp"
    inner.set_content("転送された本文 4111-1111-1111-1111\n")
    inner.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="inner.csv")
    outer = EmailMessage()
    outer["Subject"] = "Fwd"
    outer.set_content("see attached")
    outer.add_attachment(inner, filename="fwd.eml")
    result = extract(outer.as_bytes())
    nested = texts(result, "attachment:fwd.eml")
    assert "転送元の件名" in nested
    assert "転送された本文 4111-1111-1111-1111" in nested
    assert "a\tb\na: 1\tb: 2" in texts(result, "attachment:fwd.eml/inner.csv")
    names = [a.name for a in result.attachments]
    assert names == ["fwd.eml", "fwd.eml/inner.csv"]
    assert result.attachments[0].content_type == "message/rfc822"
    assert result.attachments[0].size > 0
    assert all(s.kind == "attachment" for s in result.segments if s.location.startswith("attach"))


def test_eml_file_attachment_is_parsed() -> None:
    inner = b"Subject: old\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "古い本文".encode()
    outer = EmailMessage()
    outer.set_content("x")
    outer.add_attachment(inner, maintype="application", subtype="octet-stream", filename="old.eml")
    result = extract(outer.as_bytes())
    assert "古い本文" in texts(result, "attachment:old.eml")


def test_attachment_with_rfc2231_japanese_name() -> None:
    msg = EmailMessage()
    msg.set_content("x")
    msg.add_attachment(
        b"\x00\x01\x02binary",
        maintype="application",
        subtype="octet-stream",
        filename="顧客一覧（社外秘）.bin",
    )
    raw = msg.as_bytes(policy=SMTP)
    assert b"filename*" in raw  # the email package wrote RFC 2231 (with continuations)
    result = extract(raw)
    assert result.attachments[0].name == "顧客一覧（社外秘）.bin"
    assert texts(result, "attachment:顧客一覧（社外秘）.bin") == "顧客一覧（社外秘）.bin"


def test_rfc2047_quoted_filename_iso2022jp() -> None:
    word = "=?ISO-2022-JP?B?" + base64.b64encode(jis("①名簿") + b".txt").decode() + "?="
    raw = (
        "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
        f'--b\r\nContent-Type: text/plain; name="{word}"\r\n'
        f'Content-Disposition: attachment; filename="{word}"\r\n\r\n氏名\r\n--b--\r\n'
    ).encode()
    result = extract(raw)
    assert [a.name for a in result.attachments] == ["①名簿.txt"]
    assert texts(result, "attachment:①名簿.txt") == "①名簿.txt\n氏名"


def test_inline_image_without_name_is_an_unnamed_attachment() -> None:
    msg = EmailMessage()
    msg.set_content("x")
    msg.add_attachment(
        b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", disposition="inline"
    )
    result = extract(msg.as_bytes())
    assert [(a.name, a.content_type) for a in result.attachments] == [("part1.png", "image/png")]
    assert result.incomplete == []


def nested_mime(levels: int) -> bytes:
    head = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(levels)
    )
    return b"Subject: deep\r\n" + head + b"Content-Type: text/plain\r\n\r\nsecret 42\r\n"


def test_mime_nested_beyond_max_depth() -> None:
    within = extract(nested_mime(3), InspectConfig(max_depth=8))
    assert within.incomplete == []
    assert "secret 42" in texts(within, "body")
    beyond = extract(nested_mime(12), InspectConfig(max_depth=8))
    assert beyond.incomplete == [PREFIX + "body: nested deeper than 8 levels"]
    assert "secret 42" not in texts(beyond, "body")


def test_mime_nested_deeper_than_the_parser_can_go() -> None:
    result = extract(nested_mime(3000))
    assert result.subject == "deep"
    assert result.incomplete == [PREFIX + "body: MIME structure nested too deeply to parse"]


def test_damaged_base64_is_salvaged_and_reported() -> None:
    payload = base64.b64encode("口座番号 1234567 です".encode()) + b"A"  # one stray char
    raw = (
        b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + payload + b"\r\n"
    )
    result = extract(raw)
    assert "口座番号 1234567 です" in texts(result, "body")
    assert result.incomplete == [PREFIX + "body: damaged base64 content"]


def test_multipart_without_boundary() -> None:
    raw = b"Subject: x\r\nContent-Type: multipart/mixed\r\n\r\nraw text 090-1234-5678\r\n"
    result = extract(raw)
    assert "raw text 090-1234-5678" in texts(result, "body")
    assert result.incomplete == [PREFIX + "body: multipart body without a usable boundary"]


def test_message_partial_is_reported() -> None:
    raw = (
        b'Subject: x\r\nContent-Type: message/partial; id="abc"; number=1; total=2\r\n\r\n'
        b"Subject: inner\r\n\r\nfirst half\r\n"
    )
    result = extract(raw)
    assert result.incomplete == [PREFIX + "body: fragmented message (message/partial)"]


def test_unknown_transfer_encoding_is_reported() -> None:
    raw = b"Subject: x\r\nContent-Transfer-Encoding: x-gzip64\r\n\r\nH4sIAAAA\r\n"
    result = extract(raw)
    assert result.incomplete == [PREFIX + "body: unknown Content-Transfer-Encoding"]


def test_no_headers_no_body() -> None:
    result = extract(b"")
    assert (result.subject, result.from_address, result.to_cc) == ("", "", [])
    assert result.segments == [] and result.attachments == [] and result.incomplete == []


def test_base64_encoded_message_rfc822_is_decoded_and_parsed() -> None:
    inner = "Subject: 内側\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n電話 03-1111-2222\r\n"
    raw = (
        b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(inner.encode())
        + b"--b--\r\n"
    )
    result = extract(raw)
    assert [a.name for a in result.attachments] == ["message1.eml"]
    assert "電話 03-1111-2222" in texts(result, "attachment:message1.eml")
    assert "内側" in texts(result, "attachment:message1.eml")


def test_delivery_status_fields_are_text() -> None:
    raw = (
        b"Subject: Undelivered\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
        b"--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; lost@partner.example\r\n"
        b"Action: failed\r\n\r\n--b--\r\n"
    )
    result = extract(raw)
    assert "rfc822; lost@partner.example" in texts(result, "body")
    assert result.incomplete == []


def test_a_damaged_tnef_winmail_dat_is_reported() -> None:
    msg = EmailMessage()
    msg.set_content("x")
    msg.add_attachment(
        b"\x78\x9f\x3e\x22" + bytes(40),
        maintype="application",
        subtype="ms-tnef",
        filename="winmail.dat",
    )
    result = extract(msg.as_bytes())
    assert result.incomplete == [
        PREFIX + "attachment:winmail.dat: corrupt or unreadable dat file (DamagedTnef)"
    ]


def test_pasted_table_rendering_stays_within_the_text_budget() -> None:
    rows = "".join(f"山田 {n}\t090-1234-{n:04d}\t1990/7/15\n" for n in range(400))
    body = "氏名\t電話番号\t生年月日\n" + rows
    size = len(body.encode())
    msg = EmailMessage()
    msg["From"] = "a@example.co.jp"
    msg.set_content(body)
    # Room for the body and about half of its rendering: the body is whole, the
    # rendering is cut at a row, and nothing is reported as not inspected.
    result = extract(msg.as_bytes(), InspectConfig(max_text_bytes=size + size // 2 + 64))
    bodies = [s.text for s in result.segments if s.location == "body"]
    assert bodies[0] == body
    rendered = bodies[1].split("\n")
    assert 20 < len(rendered) < 400
    assert all(
        r.startswith("氏名: 山田 ") and r.endswith("\t生年月日: 1990/7/15") for r in rendered
    )
    assert result.incomplete == []
