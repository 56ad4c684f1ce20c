"""format=flowed plain text (RFC 3676, proxy/inspect/flowed.py): Thunderbird and Apple
Mail cut long lines at a trailing space, and with DelSp=yes (Japanese text) anywhere,
inside a phone number or an address (held-out 183). The soft breaks are joined back
before the detectors read the body; fixed lines, quotes and the signature stay."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.flowed import flowed_params, unflow

HEADERS = (
    "From: morita@example.co.jp\r\nTo: koji@setsubi.example\r\nSubject: =?UTF-8?B?5bel5LqL?=\r\n"
    "MIME-Version: 1.0\r\nContent-Transfer-Encoding: 8bit\r\n"
)


def message(body: str, params: str) -> bytes:
    head = HEADERS + f"Content-Type: text/plain; charset=UTF-8{params}\r\n\r\n"
    return (head + body.replace("\n", "\r\n")).encode()


def counts(data: bytes) -> dict[str, int]:
    ex = extract(data)
    return {t: f.count for t, f in find_all(ex.segments, sender_addresses=[ex.from_address]).items()}


def test_soft_breaks_are_joined_and_delsp_drops_their_space() -> None:
    text = "お客様の携帯は 090-3318- \n7402 です。\n次の行\n"
    assert unflow(text, delsp=True) == "お客様の携帯は 090-3318-7402 です。\n次の行\n"
    assert unflow(text, delsp=False) == "お客様の携帯は 090-3318- 7402 です。\n次の行\n"


def test_fixed_lines_signature_separator_and_crlf() -> None:
    text = "one \r\ntwo\r\n-- \r\nTaro\r\n"
    assert unflow(text, delsp=False) == "one two\n-- \nTaro\n"


def test_quotes_join_per_depth_and_keep_their_marks() -> None:
    text = "> quoted \n> line\n>> deeper \n> back to one\nmine\n"
    assert unflow(text, delsp=False) == "> quoted line\n>> deeper \n> back to one\nmine\n"


def test_space_stuffing_is_removed() -> None:
    # §4.4: a line starting with a space, "From " or ">" is sent with one more space.
    assert unflow("  indented\n >not a quote\n", delsp=False) == " indented\n>not a quote\n"


def test_parameters_are_case_insensitive() -> None:
    assert flowed_params({"format": "Flowed", "delsp": "Yes"}) == (True, True)
    assert flowed_params({"format": "flowed"}) == (True, False)
    assert flowed_params({"delsp": "yes"}) == (False, False)


BODY = (
    "工事課 ご担当者様\n\n"
    "K様邸の住所は 〒184-0004 東京都小金井市本 \n町5-14-9 です。ご連絡は携帯 090-3318- \n"
    "7402 までお願いします。\n\n-- \n森田\n"
)


def test_a_flowed_delsp_body_gives_the_phone_and_address_its_reader_sees() -> None:
    found = counts(message(BODY, "; format=flowed; delsp=yes"))
    assert found.get("jp_phone") == 1
    assert found.get("jp_address") == 1
    assert found.get("jp_postal_code") == 1


def test_the_same_bytes_without_format_flowed_are_read_line_by_line() -> None:
    # Not declared flowed: the lines are the writer's own. The text is not unflowed, so
    # the address cut inside its town's name (本 / 町) stays cut; a number cut after a
    # dash is still read joined beside the text (inspect/linebreaks.py: a PDF form's text
    # pasted in breaks numbers so, flowed or not), as its reader reads it.
    found = counts(message(BODY, ""))
    assert found.get("jp_phone") == 1
    assert "jp_address" not in found
