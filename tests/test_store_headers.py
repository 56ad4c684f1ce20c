"""Rewriting To/Cc/Bcc in raw message bytes without touching anything else."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.store.headers import (
    address_of,
    header_summary,
    remove_addresses,
    split_header_block,
)

MESSAGE = (
    b"Received: from client (client [192.0.2.1])\r\n"
    b"\tby guard; Tue, 1 Apr 2025 10:00:00 +0900\r\n"
    b"From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@corp.example>\r\n"
    b'To: =?UTF-8?B?6Yi05pyo?= <suzuki@partner.example>, "Sato, Jiro" <sato@other.example>,\r\n'
    b" kato@partner.example (Kato)\r\n"
    b"Cc: boss@corp.example\r\n"
    b"Subject: =?UTF-8?B?6KaL56mN5pu4?=\r\n"
    b"Message-ID: <abc@corp.example>\r\n"
    b"\r\n"
    b"To: not-a-header@partner.example\r\n"
    b"body line \xe6\x97\xa5\xe6\x9c\xac\r\n"
)


def header_lines(data: bytes) -> list[bytes]:
    head, _ = split_header_block(data)
    return head.splitlines(keepends=True)


def test_split_header_block_crlf_and_lf() -> None:
    head, rest = split_header_block(MESSAGE)
    assert head.endswith(b"Message-ID: <abc@corp.example>\r\n")
    assert rest.startswith(b"\r\nTo: not-a-header")
    assert split_header_block(b"A: b\nC: d\n\nbody\n") == (b"A: b\nC: d\n", b"\nbody\n")
    assert split_header_block(b"A: b\r\n") == (b"A: b\r\n", b"")


def test_header_summary_decodes_subject() -> None:
    assert header_summary(MESSAGE) == ("<abc@corp.example>", "見積書")
    assert header_summary(b"\r\nno headers") == ("", "")


@pytest.mark.parametrize(
    ("item", "address"),
    [
        ("a@b.example", "a@b.example"),
        ("Name <A@B.Example>", "a@b.example"),
        ('"Sato, Jiro" <sato@other.example>', "sato@other.example"),
        ("kato@partner.example (Kato <x@y>)", "kato@partner.example"),
        ("<@route.example,@r2.example:x@y.example>", "x@y.example"),
        ('"john doe"@example.jp', '"johndoe"@example.jp'),
        ("(only a comment)", ""),
    ],
)
def test_address_of(item: str, address: str) -> None:
    assert address_of(item) == address


def test_remove_one_keeps_every_other_byte() -> None:
    out = remove_addresses(MESSAGE, ["SATO@other.example"])
    old_to = (
        b"To: =?UTF-8?B?6Yi05pyo?= <suzuki@partner.example>,"
        b' "Sato, Jiro" <sato@other.example>,\r\n'
        b" kato@partner.example (Kato)\r\n"
    )
    # Display name and comment of the others verbatim; the field is refolded as one line.
    new_to = b"To: =?UTF-8?B?6Yi05pyo?= <suzuki@partner.example>, kato@partner.example (Kato)\r\n"
    assert old_to in MESSAGE
    assert out == MESSAGE.replace(old_to, new_to)
    parsed = message_from_bytes(out, policy=policy.default)
    assert [a.addr_spec for a in parsed["To"].addresses] == [
        "suzuki@partner.example",
        "kato@partner.example",
    ]


def test_remove_last_address_of_a_field_drops_the_field() -> None:
    out = remove_addresses(MESSAGE, ["boss@corp.example"])
    assert b"\r\nCc:" not in split_header_block(out)[0]
    assert out == MESSAGE.replace(b"Cc: boss@corp.example\r\n", b"")


def test_unrelated_address_changes_nothing() -> None:
    assert remove_addresses(MESSAGE, ["nobody@else.example"]) == MESSAGE
    # An address in the body or the From field is not a recipient header.
    assert remove_addresses(MESSAGE, ["taro@corp.example"]) == MESSAGE
    assert remove_addresses(MESSAGE, ["not-a-header@partner.example"]) == MESSAGE


def test_groups_quotes_and_lf_line_endings() -> None:
    data = (
        b"From: a@corp.example\n"
        b'To: Team: x@partner.example, "q,uote" <y@partner.example>;, z@other.example\n'
        b"Bcc: hidden@partner.example\n"
        b"\n"
        b"body\n"
    )
    out = remove_addresses(data, ["x@partner.example", "hidden@partner.example"])
    assert out == (
        b'From: a@corp.example\nTo: Team: "q,uote" <y@partner.example>;, z@other.example\n\nbody\n'
    )
    emptied = remove_addresses(out, ["y@partner.example", "z@other.example"])
    # An empty group is still a valid (deliberate) To; the line ending stays LF.
    assert emptied == b"From: a@corp.example\nTo: Team:;\n\nbody\n"


def test_long_lists_are_folded_at_item_boundaries() -> None:
    names = [f"person{i}@partner.example" for i in range(12)]
    data = b"To: " + b", ".join(n.encode() for n in names) + b"\r\nSubject: s\r\n\r\nb\r\n"
    out = remove_addresses(data, ["person0@partner.example"])
    head = split_header_block(out)[0]
    assert all(len(line) <= 80 for line in head.splitlines())
    parsed = message_from_bytes(out, policy=policy.default)
    assert [a.addr_spec for a in parsed["To"].addresses] == names[1:]
    assert out.endswith(b"Subject: s\r\n\r\nb\r\n")


def test_raw_utf8_display_name_survives() -> None:
    name = "鈴木 一郎".encode()
    data = b"To: " + name + b" <s@partner.example>, t@partner.example\r\n\r\nx"
    out = remove_addresses(data, ["t@partner.example"])
    assert out == b"To: " + name + b" <s@partner.example>\r\n\r\nx"


local = st.from_regex(r"[a-z0-9_-]{1,8}(\.[a-z0-9]{1,5})?", fullmatch=True)
address = st.builds(lambda a, d: f"{a}@{d}.example", local, st.sampled_from(["p", "q", "r"]))


@given(st.lists(address, min_size=1, max_size=15, unique=True), st.data())
def test_removal_property(addresses: list[str], data: st.DataObject) -> None:
    drop = data.draw(st.lists(st.sampled_from(addresses), unique=True))
    shouted = [a.upper() for a in drop]  # addresses compare case-insensitively
    raw = (
        b"Subject: x\r\nTo: "
        + ", ".join(addresses).encode()
        + b"\r\nX-Tail: keep\r\n\r\nbody "
        + ",".join(addresses).encode()
    )
    out = remove_addresses(raw, shouted)
    left = [a for a in addresses if a not in drop]
    parsed = message_from_bytes(out, policy=policy.default)
    if left:
        assert [a.addr_spec for a in parsed["To"].addresses] == left
    else:
        assert parsed["To"] is None
    assert out.startswith(b"Subject: x\r\n")
    assert split_header_block(out)[1] == split_header_block(raw)[1]
    assert b"X-Tail: keep\r\n" in out
