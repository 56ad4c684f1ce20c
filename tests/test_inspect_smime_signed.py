"""Opaque-signed S/MIME (RFC 8551 §3.5.3): the signed MIME entity sits inside a CMS
SignedData (RFC 5652 §5), not beside it. Real structures, made with `cryptography`'s
PKCS7SignatureBuilder for a throwaway certificate."""

from __future__ import annotations

import base64
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from proxy.detectors import find_all
from proxy.inspect import extract

ENTITY = (
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "西川様\r\n\r\nご返金先を承りました。\r\n  返金先 京都銀行 四条支店 普通 3316072\r\n"
    "  ご連絡先 075-351-2204\r\n\r\n-- \r\n株式会社エグザンプル 経理部\r\n"
    "〒105-0011 東京都港区芝公園2-4-1\r\nTEL 03-6453-2733\r\n"
).encode()


def opaque_signed(entity: bytes, options: list[pkcs7.PKCS7Options] | None = None) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "keiri@example.co.jp")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(entity)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, options or [pkcs7.PKCS7Options.Binary])
    )


def message(der: bytes, ctype: str) -> bytes:
    body = base64.encodebytes(der).replace(b"\n", b"\r\n")
    return (
        b"From: keiri@example.co.jp\r\nTo: nishikawa@mail.example\r\nSubject: refund\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: " + ctype.encode() + b"\r\n"
        b"Content-Disposition: attachment; filename=smime.p7m\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body
    )


def values(data: bytes) -> tuple[dict[str, list[str]], list[str], list[str]]:
    result = extract(data)
    found = find_all(result.segments, sender_addresses=[result.from_address])
    locations = sorted({loc for f in found.values() for loc in f.locations})
    return {t: sorted(f.values) for t, f in found.items()}, locations, result.incomplete


def test_the_signed_entity_is_the_message_and_its_signature_the_senders() -> None:
    der = opaque_signed(ENTITY)
    data = message(der, 'application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"')
    found, locations, incomplete = values(data)
    assert incomplete == []
    # The customer's account and phone; the sender's TEL, 〒 and address are their own.
    assert found == {"jp_phone": ["+81753512204"], "jp_bank_account": ["3316072"]}
    assert locations == ["body"]


def test_old_clients_x_pkcs7_mime_without_smime_type() -> None:
    der = opaque_signed(ENTITY)
    found, _, incomplete = values(message(der, 'application/x-pkcs7-mime; name="smime.p7m"'))
    assert incomplete == []
    assert found == {"jp_phone": ["+81753512204"], "jp_bank_account": ["3316072"]}


def test_a_signed_p7m_attached_as_a_file_is_read_as_one() -> None:
    der = opaque_signed(ENTITY)
    data = message(der, 'application/octet-stream; name="contract.p7m"').replace(
        b"filename=smime.p7m", b"filename=contract.p7m"
    )
    found, locations, incomplete = values(data)
    assert incomplete == []
    assert found["jp_bank_account"] == ["3316072"]
    assert locations == ["attachment:contract.p7m"]


def test_a_damaged_signed_structure_fails_safe() -> None:
    der = opaque_signed(ENTITY)
    damaged = der[: len(der) // 3]  # cut inside the content
    _, _, incomplete = values(message(damaged, "application/pkcs7-mime; smime-type=signed-data"))
    assert len(incomplete) == 1 and "could not be read" in incomplete[0]


def test_a_detached_signature_has_no_content_to_read() -> None:
    # SignedData without its content (the .p7s of multipart/signed) named smime.p7m:
    # nothing to read, and said so (it is not the message).
    der = opaque_signed(ENTITY, [pkcs7.PKCS7Options.DetachedSignature])
    _, _, incomplete = values(message(der, "application/pkcs7-mime; smime-type=signed-data"))
    assert len(incomplete) == 1 and "could not be read" in incomplete[0]


# --- BER as streaming signers write it (X.690 §8.7.3: a constructed OCTET STRING) -------

SIGNED_OID = bytes.fromhex("06092a864886f70d010702")
DATA_OID = bytes.fromhex("06092a864886f70d010701")
EOC = b"\x00\x00"


def ber_signed(octets: bytes) -> bytes:
    """ContentInfo → SignedData → EncapsulatedContentInfo, all indefinite length, around
    `octets` (the eContent's OCTET STRING, as encoded)."""
    encap = b"\x30\x80" + DATA_OID + b"\xa0\x80" + octets + EOC + EOC
    signed = b"\x30\x80\x02\x01\x01\x31\x80" + EOC + encap + b"\x31\x00" + EOC
    return b"\x30\x80" + SIGNED_OID + b"\xa0\x80" + signed + EOC + EOC


def chunked(data: bytes, size: int) -> bytes:
    parts = [data[k : k + size] for k in range(0, len(data), size)]
    return b"\x24\x80" + b"".join(b"\x04" + bytes([len(p)]) + p for p in parts) + EOC


def test_a_streamed_signature_in_chunks_is_read() -> None:
    from proxy.inspect.cms import signed_content

    assert signed_content(ber_signed(chunked(ENTITY, 100))) == ENTITY
    # Chunks nested one level more (a constructed string inside the constructed string).
    nested = b"\x24\x80" + chunked(ENTITY[:50], 20) + chunked(ENTITY[50:], 70) + EOC
    assert signed_content(ber_signed(nested)) == ENTITY
    found, _, incomplete = values(
        message(ber_signed(chunked(ENTITY, 100)), "application/pkcs7-mime; smime-type=signed-data")
    )
    assert incomplete == [] and found["jp_bank_account"] == ["3316072"]


def test_hostile_structures_stop_at_the_bounds() -> None:
    import time

    from proxy.inspect.cms import MAX_CHUNKS, MAX_DEPTH, signed_content

    started = time.process_time()
    many = b"\x24\x80" + b"\x04\x01A" * (MAX_CHUNKS + 1) + EOC
    assert signed_content(ber_signed(many)) is None
    deep = b"\x24\x80" * (MAX_DEPTH + 2) + b"\x04\x01A" + EOC * (MAX_DEPTH + 2)
    assert signed_content(ber_signed(deep)) is None
    assert signed_content(b"\x30\x84\xff\xff\xff\xff" + SIGNED_OID) is None  # past the end
    cut = ber_signed(b"\x24\x80\x04\x01A")[:-12]  # the data ends inside the string
    assert signed_content(cut) is None
    assert time.process_time() - started < 5  # bounded, not quadratic (takes ~0.1 s)
