"""proxy.recipients: domain normalisation, organisations, recipient classification."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.model import Envelope, Recipient
from proxy.recipients import DomainSet, classify, normalise_domain, organisation, split_address

INTERNAL = ["example.co.jp"]


def _classify(
    rcpts: list[str],
    visible: list[str] | None = None,
    *,
    internal: list[str] = INTERNAL,
    partner_domains: tuple[str, ...] | list[str] = (),
) -> dict[str, Recipient]:
    env = Envelope("me@example.co.jp", tuple(rcpts))
    shown = rcpts if visible is None else visible
    result = classify(env, shown, internal_domains=internal, partner_domains=partner_domains)
    return {r.address: r for r in result}


@pytest.mark.parametrize(
    ("given_", "expected"),
    [
        ("Example.CO.JP", "example.co.jp"),
        ("example.co.jp.", "example.co.jp"),
        ("  example.com ", "example.com"),
        ("例え.jp", "xn--r8jz45g.jp"),
        ("xn--r8jz45g.jp", "xn--r8jz45g.jp"),
        ("例え。ｊｐ", "xn--r8jz45g.jp"),  # ideographic full stop, full-width letters
        ("ＥＸＡＭＰＬＥ．ｃｏｍ", "example.com"),
        ("_dmarc.example.com", "_dmarc.example.com"),  # legal in DNS, rejected by IDNA
        ("[192.0.2.1]", "[192.0.2.1]"),
        ("[IPv6:2001:DB8::1]", "[ipv6:2001:db8::1]"),
        ("", ""),
    ],
)
def test_normalise_domain(given_: str, expected: str) -> None:
    assert normalise_domain(given_) == expected


def test_normalise_domain_junk_gives_best_effort() -> None:
    # Not a valid IDN (an empty label, a symbol); still one lower-case ASCII answer.
    assert normalise_domain("例え..JP") == "xn--r8jz45g..jp"
    assert normalise_domain("☃☃.例え.JP").endswith(".xn--r8jz45g.jp")
    assert normalise_domain("☃☃.例え.JP").isascii()


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_normalise_domain_never_raises(text: str) -> None:
    # Any code point, lone surrogates included (bytes decoded with surrogateescape).
    assert isinstance(normalise_domain(text), str)
    assert isinstance(organisation(text), str)


def test_undecodable_bytes_still_give_an_external_ascii_domain() -> None:
    got = _classify(["x@\udcff.jp"])
    assert got["x@\udcff.jp"].domain.isascii()
    assert not got["x@\udcff.jp"].internal


_LABEL = st.text(alphabet="abcxyz019-例え山田テスト", min_size=1, max_size=12).filter(
    lambda s: not s.startswith("-") and not s.endswith("-") and "--" not in s
)


@given(st.lists(_LABEL, min_size=1, max_size=4))
def test_normalise_domain_is_ascii_and_idempotent(labels: list[str]) -> None:
    once = normalise_domain(".".join(labels) + ".jp")
    assert once.isascii()
    assert once == once.lower()
    assert normalise_domain(once) == once


def test_organisation_uses_public_suffix_list() -> None:
    assert organisation("a.example.co.jp") == organisation("b.example.co.jp") == "example.co.jp"
    assert organisation("example.co.jp") != organisation("example.com")
    assert organisation("mail.example.com") == "example.com"
    assert organisation("x.y.example.tokyo.jp") == "example.tokyo.jp"
    assert organisation("例え.jp") == "xn--r8jz45g.jp"


def test_organisation_of_a_suffix_or_literal_is_itself() -> None:
    assert organisation("co.jp") == "co.jp"
    assert organisation("localhost") == "localhost"
    assert organisation("[192.0.2.1]") == "[192.0.2.1]"


@pytest.mark.parametrize(
    ("address", "local", "domain"),
    [
        ("a@b.jp", "a", "b.jp"),
        ("<a@b.jp>", "a", "b.jp"),
        ("山田 <yamada@b.jp>", "yamada", "b.jp"),
        ('"a@x"@b.jp', '"a@x"', "b.jp"),
        ("@relay.example:a@b.jp", "a", "b.jp"),
        ("postmaster", "postmaster", ""),
    ],
)
def test_split_address(address: str, local: str, domain: str) -> None:
    assert split_address(address) == (local, domain)


def test_internal_external_and_subdomains() -> None:
    got = _classify(
        ["a@example.co.jp", "b@Mail.Example.CO.JP", "c@other.co.jp", "d@notexample.co.jp"]
    )
    assert got["a@example.co.jp"].internal
    assert got["b@Mail.Example.CO.JP"].internal
    assert got["b@Mail.Example.CO.JP"].domain == "mail.example.co.jp"
    assert not got["c@other.co.jp"].internal
    # A suffix match must be on a label boundary.
    assert not got["d@notexample.co.jp"].internal


def test_internal_list_is_case_insensitive_and_idn_aware() -> None:
    got = _classify(["x@例え.jp", "y@XN--R8JZ45G.JP"], internal=["例え.JP"])
    assert got["x@例え.jp"].internal and got["y@XN--R8JZ45G.JP"].internal
    assert got["x@例え.jp"].domain == "xn--r8jz45g.jp"


def test_smtputf8_local_part_is_kept_as_sent() -> None:
    got = _classify(["山田@例え.jp"])
    r = got["山田@例え.jp"]
    assert r.address == "山田@例え.jp"
    assert r.domain == "xn--r8jz45g.jp"
    assert r.organisation == "xn--r8jz45g.jp"
    assert not r.internal


def test_bcc_only_recipients_are_not_visible() -> None:
    got = _classify(
        ["to@other.com", "cc@other.com", "hidden@other.com"],
        visible=["TO@Other.com", "山田 <cc@other.com>"],
    )
    assert got["to@other.com"].visible
    assert got["cc@other.com"].visible
    assert not got["hidden@other.com"].visible


def test_organisation_and_partner_marks() -> None:
    got = _classify(
        ["a@x.partner.jp", "b@partner.jp", "c@other.com", "d@example.co.jp"],
        partner_domains=["PARTNER.jp"],
    )
    assert got["a@x.partner.jp"].partner and got["b@partner.jp"].partner
    assert got["a@x.partner.jp"].organisation == "partner.jp"
    assert not got["c@other.com"].partner
    assert not got["d@example.co.jp"].partner


def test_internal_wins_over_partner() -> None:
    got = _classify(["a@example.co.jp"], partner_domains=["example.co.jp"])
    assert got["a@example.co.jp"].internal and not got["a@example.co.jp"].partner


def test_duplicates_once_in_envelope_order() -> None:
    env = Envelope("me@example.co.jp", ("b@other.com", "a@other.com", "b@OTHER.com", "b@other.com"))
    result = classify(env, [], internal_domains=INTERNAL)
    assert [r.address for r in result] == ["b@other.com", "a@other.com"]


def test_no_domain_is_external_except_postmaster() -> None:
    got = _classify(["Postmaster", "someone"])
    assert got["Postmaster"].internal
    assert not got["someone"].internal
    assert got["someone"].domain == ""


def test_angle_brackets_and_address_literals() -> None:
    got = _classify(["<a@example.co.jp>", "b@[192.0.2.1]"])
    assert got["a@example.co.jp"].internal
    assert not got["b@[192.0.2.1]"].internal
    assert got["b@[192.0.2.1]"].domain == "[192.0.2.1]"


def test_domain_set_membership() -> None:
    ds = DomainSet(["Example.co.jp", "*.corp.example", "例え.jp", ""])
    assert "example.co.jp" in ds and "a.b.example.co.jp" in ds
    # rules/README.md: `*.corp.example` covers its subdomains, not corp.example itself.
    assert "x.corp.example" in ds and "a.x.corp.example" in ds
    assert "corp.example" not in ds and "xcorp.example" not in ds
    assert "xn--r8jz45g.jp" in ds
    assert "co.jp" not in ds and "" not in ds
    assert len(ds) == 3
    assert list(ds) == ["example.co.jp", "xn--r8jz45g.jp", "*.corp.example"]


def test_domain_set_globs_and_address_literals() -> None:
    ds = DomainSet(["mail?.example.com", "[192.0.2.1]", "*.*.example.org"])
    assert "mail1.example.com" in ds and "mail12.example.com" not in ds
    assert "x.mail1.example.com" not in ds  # other globs match the whole name
    assert "[192.0.2.1]" in ds and "[192.0.2.2]" not in ds
    assert "a.b.example.org" in ds and "b.example.org" not in ds
    assert list(ds) == ["[192.0.2.1]", "*.*.example.org", "mail?.example.com"]
