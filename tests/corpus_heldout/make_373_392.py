"""Writes held-out messages 373-392 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard):
- Signed and encrypted mail (373-382). multipart/signed with S/MIME (application/pkcs7-signature,
  an smime.p7s whose made-up DER carries the signer's certificate with his name and address) and
  PGP/MIME (application/pgp-signature, an ASCII-armoured block), the signed part itself being
  multipart/mixed or multipart/alternative with attachments: a CP932 CSV shipping list (373), a
  refund with the customer's account in text + HTML and Thunderbird's protected headers (374), an
  xlsx of employees for a 社労士 (375), a text PDF application form (376), a .txt passport roster
  under an alternative body (377), an opaque-signed application/pkcs7-mime (smime-type=signed-data)
  whose text is only inside the PKCS#7 structure (378), an S/MIME ENCRYPTED message (enveloped-data,
  nothing readable, 379), a signed control with an OpenPGP fingerprint in the signature (380), an
  internal-only signed My Number CSV (381, pass) and a signed forward holding the customer's mail as
  message/rfc822 (382).
- Mail merge in volume (383-392): one message per customer from a template, each to ONE external
  customer, with the customer's own name, address, phone, contract number, 生年月日, 口座振替
  account; with merge mistakes: placeholders left («電話番号», {{mobile}}, {{FirstName}}, 385/391), a
  field holding the next patient's data (386), the whole merge table pasted under an English school
  notice (387), the CSV of the day's recipients attached (388); controls whose merged data is only
  order numbers, dates, amounts, tracking numbers failing Luhn and 12-digit references with valid My
  Number check digits but no label (389, 390); an internal proof copy with a labelled 個人番号 (392).
The sender's own company address and phone appear only in the sender's own signature.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_373_392.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font
from stdnum import luhn
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 10, 1, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def spaced4(n: str) -> str:
    return " ".join(re.findall("....", n))


# My Numbers (labelled, 381 and 392) and 12-digit references that are valid by the My Number
# check but carry no label (389, 390).
MN381 = [my_no("40731852961"), my_no("51806234479"), my_no("62958013374")]
MN392 = my_no("38204716653")
REF389_DENPYO = my_no("45218830127")
REF389_UKETSUKE = my_no("30917264458")
REF390_A = my_no("35810427661")
REF390_B = my_no("72046139185")
# 16-digit numbers with card-like prefixes that must fail Luhn (389, 390).
KANRI389 = "4539218804176623"
ORDER390 = "4716229033185540"
TRACK390 = "5301887204619927"
for _c in (KANRI389, ORDER390, TRACK390):
    assert len(_c) == 16 and not luhn.is_valid(_c), _c
assert len(set([*MN381, MN392, REF389_DENPYO, REF389_UKETSUKE, REF390_A, REF390_B])) == 8


# ---- mail building ---------------------------------------------------------------------

def part(body: str, *, html: str | None = None, attachments=(), cte: str = "base64",
         protected: dict[str, str] | None = None) -> EmailMessage:
    """The content that gets signed: text (and HTML), then attachments."""
    msg = EmailMessage(policy=SMTP)
    msg.set_content(body, charset="utf-8", cte=cte)
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    for filename, ctype, data in attachments:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=filename)
            continue
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if protected:
        msg.set_param("protected-headers", "v1")
        for k, v in protected.items():
            msg[k] = v
    return msg


def set_boundaries(msg: EmailMessage, stem: str) -> None:
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_{stem}_{i:02d}")
            i += 1


def entity_bytes(msg: EmailMessage) -> bytes:
    data = msg.as_bytes()
    return data.replace(b"MIME-Version: 1.0\r\n", b"", 1)


def header_block(*, sender, to, subject, date, msgid, cc=None, mailer=None) -> bytes:
    h = EmailMessage(policy=SMTP)
    h["From"] = sender
    h["To"] = ", ".join(to)
    if cc:
        h["Cc"] = ", ".join(cc)
    h["Subject"] = subject
    h["Date"] = date
    h["Message-ID"] = msgid
    if mailer:
        h[mailer[0]] = mailer[1]
    return h.as_bytes().rstrip(b"\r\n") + b"\r\nMIME-Version: 1.0\r\n"


def b64_lines(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data)
    return b"\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\r\n"


def plain_message(*, sender, to, subject, date, msgid, body, cc=None, attachments=(), html=None,
                  mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
    msg = part(body, html=html, attachments=attachments)
    set_boundaries(msg, msgid.strip("<>").split("@")[0])
    return header_block(sender=sender, to=to, cc=cc, subject=subject, date=date, msgid=msgid,
                        mailer=mailer) + entity_bytes(msg)


# ---- DER (made up, but well formed) ------------------------------------------------------

def prng(seed: str, n: int) -> bytes:
    return hashlib.shake_256(seed.encode()).digest(n)


def tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        ln = bytes([n])
    else:
        lb = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(lb)]) + lb
    return bytes([tag]) + ln + content


def seq(*items: bytes) -> bytes:
    return tlv(0x30, b"".join(items))


def set_(*items: bytes) -> bytes:
    return tlv(0x31, b"".join(items))


def oid(dotted: str) -> bytes:
    a = [int(x) for x in dotted.split(".")]
    out = bytearray([40 * a[0] + a[1]])
    for v in a[2:]:
        chunk = [v & 0x7F]
        v >>= 7
        while v:
            chunk.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, bytes(out))


def integer(n: int) -> bytes:
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def octets(b: bytes) -> bytes:
    return tlv(0x04, b)


NULL = b"\x05\x00"
SHA256WITHRSA = "1.2.840.113549.1.1.11"
RSA = "1.2.840.113549.1.1.1"
SHA256 = "2.16.840.1.101.3.4.2.1"
ID_DATA = "1.2.840.113549.1.7.1"
ID_SIGNED = "1.2.840.113549.1.7.2"
ID_ENVELOPED = "1.2.840.113549.1.7.3"


def name(*rdns: tuple[str, str]) -> bytes:
    types = {"C": "2.5.4.6", "O": "2.5.4.10", "OU": "2.5.4.11", "CN": "2.5.4.3",
             "E": "1.2.840.113549.1.9.1"}
    out = []
    for k, v in rdns:
        val = tlv(0x13, v.encode()) if k == "C" else tlv(0x16, v.encode()) if k == "E" else tlv(0x0C, v.encode())
        out.append(set_(seq(oid(types[k]), val)))
    return seq(*out)


CA_NAME = name(("C", "JP"), ("O", "Example Trust Services"), ("CN", "Example Trust S/MIME CA G2"))


def certificate(cn: str, email: str, serial: int) -> bytes:
    subject = name(("C", "JP"), ("O", "Example Co., Ltd."), ("CN", cn), ("E", email))
    modulus = int.from_bytes(b"\xc1" + prng(email + "n", 255), "big")
    spki = seq(seq(oid(RSA), NULL), tlv(0x03, b"\x00" + seq(integer(modulus), integer(65537))))
    exts = seq(
        seq(oid("2.5.29.15"), tlv(0x01, b"\xff"), octets(tlv(0x03, b"\x05\xa0"))),
        seq(oid("2.5.29.37"), octets(seq(oid("1.3.6.1.5.5.7.3.4")))),
        seq(oid("2.5.29.17"), octets(seq(tlv(0x81, email.encode())))),
        seq(oid("2.5.29.31"), octets(seq(seq(tlv(0xA0, tlv(0xA0, tlv(0x86, b"http://crl.trust-ca.example/smime-g2.crl"))))))),
    )
    tbs = seq(tlv(0xA0, integer(2)), integer(serial), seq(oid(SHA256WITHRSA), NULL), CA_NAME,
              seq(tlv(0x17, b"250401000000Z"), tlv(0x17, b"270401235959Z")), subject, spki,
              tlv(0xA3, exts))
    return seq(tbs, seq(oid(SHA256WITHRSA), NULL), tlv(0x03, b"\x00" + prng(email + "certsig", 256)))


def signed_data(*, cn: str, email: str, serial: int, content: bytes, signing_time: str,
                opaque: bool) -> bytes:
    attrs = (seq(oid("1.2.840.113549.1.9.3"), set_(oid(ID_DATA)))
             + seq(oid("1.2.840.113549.1.9.5"), set_(tlv(0x17, signing_time.encode())))
             + seq(oid("1.2.840.113549.1.9.4"), set_(octets(hashlib.sha256(content).digest()))))
    signer = seq(integer(1), seq(CA_NAME, integer(serial)), seq(oid(SHA256), NULL), tlv(0xA0, attrs),
                 seq(oid(RSA), NULL), octets(prng(email + signing_time, 256)))
    encap = seq(oid(ID_DATA), tlv(0xA0, octets(content))) if opaque else seq(oid(ID_DATA))
    sd = seq(integer(1), set_(seq(oid(SHA256), NULL)), encap, tlv(0xA0, certificate(cn, email, serial)),
             set_(signer))
    der = seq(oid(ID_SIGNED), tlv(0xA0, sd))
    if not opaque:
        stripped = re.sub(rb"\x17\x0d[0-9]{12}Z", b"", der)
        assert not re.search(rb"[0-9]{5,}", stripped), "digit run in DER"
    return der


def enveloped_data(*, rcpt_serial: int, length: int, seed: str) -> bytes:
    ri = seq(integer(0), seq(CA_NAME, integer(rcpt_serial)), seq(oid(RSA), NULL), octets(prng(seed + "key", 256)))
    eci = seq(oid(ID_DATA), seq(oid("2.16.840.1.101.3.4.1.42"), octets(prng(seed + "iv", 16))),
              tlv(0x80, prng(seed + "ct", length)))
    der = seq(oid(ID_ENVELOPED), tlv(0xA0, seq(integer(0), set_(ri), eci)))
    assert not re.search(rb"[0-9]{5,}", der), "digit run in DER"
    return der


# ---- OpenPGP armour (made up) ------------------------------------------------------------

def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_signature(fingerprint_hex: str, when: int, seed: str) -> bytes:
    fpr = bytes.fromhex(fingerprint_hex.replace(" ", ""))
    hashed = b"\x16\x21\x04" + fpr + b"\x05\x02" + when.to_bytes(4, "big")
    body = (b"\x04\x00\x08\x01" + len(hashed).to_bytes(2, "big") + hashed
            + b"\x00\x0a\x09\x10" + fpr[-8:] + prng(seed, 2) + b"\x10\x00" + prng(seed + "mpi", 512))
    pkt = b"\x89" + len(body).to_bytes(2, "big") + body
    s = base64.b64encode(pkt)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    crc = base64.b64encode(crc24(pkt).to_bytes(3, "big"))
    armour = (b"-----BEGIN PGP SIGNATURE-----\r\n\r\n" + b"\r\n".join(lines) + b"\r\n=" + crc
              + b"\r\n-----END PGP SIGNATURE-----\r\n")
    assert not re.search(rb"[0-9]{6,}", armour), "digit run in armour"
    return armour


# ---- signed / encrypted messages ---------------------------------------------------------

def smime_signed(*, sender, to, subject, date, msgid, inner: EmailMessage, cn: str, email: str,
                 serial: int, signing_time: str, cc=None) -> bytes:
    stem = msgid.strip("<>").split("@")[0]
    set_boundaries(inner, stem)
    content = entity_bytes(inner).rstrip(b"\r\n")
    der = signed_data(cn=cn, email=email, serial=serial, content=content + b"\r\n",
                      signing_time=signing_time, opaque=False)
    b = f"----=_NextPart_{stem}_SIG".encode()
    return (header_block(sender=sender, to=to, cc=cc, subject=subject, date=date, msgid=msgid,
                         mailer=("X-Mailer", "Microsoft Outlook 16.0"))
            + b'Content-Type: multipart/signed;\r\n\tprotocol="application/x-pkcs7-signature";\r\n'
            + b'\tmicalg=SHA-256;\r\n\tboundary="' + b + b'"\r\n\r\n'
            + b"This is a multipart message in MIME format.\r\n\r\n--" + b + b"\r\n"
            + content + b"\r\n\r\n--" + b + b"\r\n"
            + b'Content-Type: application/pkcs7-signature;\r\n\tname="smime.p7s"\r\n'
            + b"Content-Transfer-Encoding: base64\r\n"
            + b'Content-Disposition: attachment;\r\n\tfilename="smime.p7s"\r\n\r\n'
            + b64_lines(der) + b"\r\n--" + b + b"--\r\n")


def pgp_signed(*, sender, to, subject, date, msgid, inner: EmailMessage, fingerprint: str, when: int,
               cc=None) -> bytes:
    stem = msgid.strip("<>").split("@")[0]
    set_boundaries(inner, stem)
    content = entity_bytes(inner).rstrip(b"\r\n")
    b = f"------------{stem}SIG".encode()
    return (header_block(sender=sender, to=to, cc=cc, subject=subject, date=date, msgid=msgid,
                         mailer=("User-Agent", "Mozilla Thunderbird 128.3.0"))
            + b'Content-Type: multipart/signed; micalg=pgp-sha256;\r\n protocol="application/pgp-signature";\r\n'
            + b' boundary="' + b + b'"\r\n\r\n'
            + b"This is an OpenPGP/MIME signed message (RFC 4880 and 3156)\r\n--" + b + b"\r\n"
            + content + b"\r\n\r\n--" + b + b"\r\n"
            + b'Content-Type: application/pgp-signature; name="OpenPGP_signature.asc"\r\n'
            + b"Content-Description: OpenPGP digital signature\r\n"
            + b'Content-Disposition: attachment; filename="OpenPGP_signature.asc"\r\n\r\n'
            + pgp_signature(fingerprint, when, stem) + b"\r\n--" + b + b"--\r\n")


def smime_opaque(*, sender, to, subject, date, msgid, inner: EmailMessage, cn, email, serial,
                 signing_time) -> bytes:
    set_boundaries(inner, msgid.strip("<>").split("@")[0])
    der = signed_data(cn=cn, email=email, serial=serial, content=entity_bytes(inner),
                      signing_time=signing_time, opaque=True)
    return (header_block(sender=sender, to=to, subject=subject, date=date, msgid=msgid,
                         mailer=("X-Mailer", "Microsoft Outlook 16.0"))
            + b'Content-Type: application/pkcs7-mime;\r\n\tsmime-type=signed-data;\r\n\tname="smime.p7m"\r\n'
            + b"Content-Transfer-Encoding: base64\r\n"
            + b'Content-Disposition: attachment;\r\n\tfilename="smime.p7m"\r\n\r\n' + b64_lines(der))


def smime_enveloped(*, sender, to, subject, date, msgid, rcpt_serial, length, seed) -> bytes:
    der = enveloped_data(rcpt_serial=rcpt_serial, length=length, seed=seed)
    return (header_block(sender=sender, to=to, subject=subject, date=date, msgid=msgid,
                         mailer=("X-Mailer", "Microsoft Outlook 16.0"))
            + b'Content-Type: application/pkcs7-mime;\r\n\tsmime-type=enveloped-data;\r\n\tname="smime.p7m"\r\n'
            + b"Content-Transfer-Encoding: base64\r\n"
            + b'Content-Disposition: attachment;\r\n\tfilename="smime.p7m"\r\n\r\n' + b64_lines(der))


# ---- attachments -------------------------------------------------------------------------

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def zip_parts(parts: list[tuple[str, bytes | str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(title: str, creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-01T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props("", creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_bytes(header, rows, encoding: str = "cp932") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def text_pdf(lines: list[tuple[int, int, int, str]], *, producer: str, created: str) -> bytes:
    """One A4 page of visible text (Type0 HeiseiKakuGo-W5, UniJIS-UCS2-H, ToUnicode CMap)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes) -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"

    add(b"")
    add(b"")
    highs = sorted({ord(ch) >> 8 for _, _, _, t in lines for ch in t})
    cm = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
          b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
          b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
          b"%d beginbfrange" % len(highs)]
    cm += [b"<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in highs]
    cm += [b"endbfrange", b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    tou = add(stream(b"\n".join(cm)))
    fd = add(b"<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo "
              b"<< /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 >>" % fd)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tou))
    content = b"".join(b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (sz, x, y, t.encode("utf-16-be").hex().upper().encode())
                       for x, y, sz, t in lines)
    contents = add(stream(content))
    page = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
               b"/Contents %d 0 R >>" % (font, contents))
    objs[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    info = add(b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:" + created.encode("ascii") + b"+09'00') >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


def sig(dept: str, name_: str, tel: str, company: str = "株式会社エグザンプル", extra: str = "") -> str:
    return (f"-- \n{company} {dept}\n{name_}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def en_sig(name_: str, title: str, tel: str, company: str = "Example Co., Ltd.") -> str:
    return f"-- \n{name_}\n{title}\n{company}\n2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011\nTel {tel}\n"


# ===================================================================================== 373
# S/MIME multipart/signed > multipart/mixed: today's shipping list as a CP932 CSV (six customers:
# 郵便番号, 住所, 電話番号) to the 3PL warehouse.
ROWS373 = [
    ["EC250915-0101", "石井 智子", "060-0042", "北海道札幌市中央区大通西5-11-3 ラ・メゾン大通702", "011-231-4478", "KX-2051", "1"],
    ["EC250915-0102", "村上 大輔", "330-0063", "埼玉県さいたま市浦和区高砂2-6-18", "090-7731-2208", "KX-2052", "2"],
    ["EC250915-0103", "岡本 千尋", "460-0008", "愛知県名古屋市中区栄3-15-27 栄パークサイド1105", "052-261-3390", "KX-F205", "4"],
    ["EC250915-0104", "藤田 翔", "812-0011", "福岡県福岡市博多区博多駅前3-9-1", "080-5562-0913", "KX-2051", "1"],
    ["EC250915-0105", "松井 恵", "604-8005", "京都府京都市中京区恵比須町534-2", "075-211-8846", "KX-2051", "1"],
    ["EC250915-0106", "小松 亜紀", "920-0853", "石川県金沢市本町1-5-2 リファーレ803", "076-224-5517", "KX-F205", "2"],
]
MESSAGES["373_smime_signed_order_csv.eml"] = smime_signed(
    sender="EC事業部 森 <mori.y@example.co.jp>", to=["出荷センター <shukka@kanto-logi.example>"],
    subject="【出荷依頼】9/15分 6件", date="Mon, 15 Sep 2025 10:12:00 +0900",
    msgid="<20250915101200.373S@example.co.jp>",
    inner=part("関東ロジ株式会社 出荷センター 御中\n\n"
               "エグザンプルEC事業部の森です。\n本日分の出荷依頼データ(6件)を添付いたします。\n"
               "午後便での出荷をお願いいたします。\n\n" + sig("EC事業部", "森 由美", "03-6453-2310"),
               attachments=[("出荷依頼_20250915.csv", "text/csv",
                             csv_bytes(["注文番号", "お届け先氏名", "郵便番号", "住所", "電話番号", "商品コード", "数量"], ROWS373))]),
    cn="Yumi Mori", email="mori.y@example.co.jp", serial=0x1A2B3C4D5E, signing_time="250915011200Z")

# ===================================================================================== 374
# PGP/MIME signed > multipart/alternative (text + HTML), Thunderbird protected headers: a refund
# notice to a customer with her refund account and phone.
BODY374 = ("坂本 由香 様\n\n"
           "このたびはご返品の手続きをいただき、ありがとうございました。\n"
           "下記の口座へご返金いたしますので、内容をご確認ください。\n\n"
           "  ご注文番号    EC250822-0417\n"
           "  ご返金額      8,580円\n"
           "  ご返金先      楽天銀行 第一営業支店 普通 7104829\n"
           "  口座名義      サカモト ユカ\n"
           "  ご連絡先      090-6635-1048\n"
           "  お振込予定日  2025年9月26日\n\n"
           "内容に誤りがある場合は、このメールにご返信ください。\n\n"
           + sig("カスタマーサポート", "高田 誠", "03-6453-2411"))
HTML374 = ("<html><body><p>坂本 由香 様</p><p>このたびはご返品の手続きをいただき、ありがとうございました。<br>"
           "下記の口座へご返金いたしますので、内容をご確認ください。</p><table>"
           "<tr><td>ご注文番号</td><td>EC250822-0417</td></tr><tr><td>ご返金額</td><td>8,580円</td></tr>"
           "<tr><td>ご返金先</td><td>楽天銀行 第一営業支店 普通 7104829</td></tr>"
           "<tr><td>口座名義</td><td>サカモト ユカ</td></tr><tr><td>ご連絡先</td><td>090-6635-1048</td></tr>"
           "<tr><td>お振込予定日</td><td>2025年9月26日</td></tr></table>"
           "<p>内容に誤りがある場合は、このメールにご返信ください。</p>"
           "<pre>-- \n株式会社エグザンプル カスタマーサポート\n高田 誠\n〒105-0011 東京都港区芝公園2-4-1\n"
           "TEL 03-6453-2411</pre></body></html>")
MESSAGES["374_pgp_signed_alternative_refund_account.eml"] = pgp_signed(
    sender="カスタマーサポート 高田 <takada.m@example.co.jp>", to=["坂本 由香 <yuka.sakamoto@freemail.example>"],
    subject="ご返金のご案内(ご注文番号 EC250822-0417)", date="Tue, 16 Sep 2025 15:40:00 +0900",
    msgid="<7a1c0e55-374p-4c2e-9f1a-2b7d0c3e9a10@example.co.jp>",
    inner=part(BODY374, html=HTML374, cte="quoted-printable",
               protected={"From": "カスタマーサポート 高田 <takada.m@example.co.jp>",
                          "To": "坂本 由香 <yuka.sakamoto@freemail.example>",
                          "Subject": "ご返金のご案内(ご注文番号 EC250822-0417)"}),
    fingerprint="B7E2 A94C 3DF1 0A6E C28B  E5D4 7F3A BC19 E6D2 A8F0", when=1758004800)

# ===================================================================================== 375
# S/MIME signed > mixed: an xlsx of four new employees (生年月日 as date cells, 基礎年金番号) to the
# outside 社労士 office.
wb375 = openpyxl.Workbook()
ws = wb375.active
ws.title = "資格取得"
ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "基礎年金番号", "入社日", "標準報酬月額"])
for c in ws[1]:
    c.font = Font(bold=True)
ROWS375 = [
    ["E25041", "大野 翼", "オオノ ツバサ", dt.date(1998, 6, 2), "1203-418275", dt.date(2025, 10, 1), 280000],
    ["E25042", "西田 彩花", "ニシダ アヤカ", dt.date(2001, 1, 27), "1359-602184", dt.date(2025, 10, 1), 240000],
    ["E25043", "原 健太郎", "ハラ ケンタロウ", dt.date(1987, 11, 9), "4120-337916", dt.date(2025, 10, 1), 410000],
    ["E25044", "丸山 理沙", "マルヤマ リサ", dt.date(1993, 4, 15), "2046-795023", dt.date(2025, 10, 6), 300000],
]
for r in ROWS375:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    row[3].number_format = "yyyy/mm/dd"
    row[5].number_format = "yyyy/mm/dd"
    row[6].number_format = "#,##0"
MESSAGES["375_smime_signed_xlsx_new_hires_pension.eml"] = smime_signed(
    sender="人事部 佐野 <sano.k@example.co.jp>", to=["北村社会保険労務士事務所 <office@kitamura-sr.example>"],
    subject="10月入社者 資格取得届の作成依頼(4名)", date="Wed, 17 Sep 2025 11:05:00 +0900",
    msgid="<20250917110500.375S@example.co.jp>",
    inner=part("北村社会保険労務士事務所\n北村先生\n\n"
               "いつもお世話になっております。エグザンプル人事部の佐野です。\n"
               "10月入社予定の4名について、健康保険・厚生年金保険の資格取得届の作成をお願いいたします。\n"
               "対象者の一覧を添付いたします。\n\n" + sig("人事部", "佐野 和也", "03-6453-2205"),
               attachments=[("資格取得_10月入社.xlsx", XLSX, fixed_xlsx(wb375, "佐野 和也"))]),
    cn="Kazuya Sano", email="sano.k@example.co.jp", serial=0x2B3C4D5E6F, signing_time="250917020500Z")

# ===================================================================================== 376
# PGP/MIME signed > mixed: a policy application form as a text PDF (one customer: 生年月日, 〒,
# address, home and mobile phone) to the insurer.
lines376 = [
    (230, 790, 18, "保険契約申込書(写)"),
    (60, 750, 11, "受付番号  AP-2025-09-1188                 受付日  2025年9月18日"),
    (60, 722, 11, "契約者氏名    飯田 隆之(イイダ タカユキ)"),
    (60, 702, 11, "生年月日      昭和49年6月21日"),
    (60, 682, 11, "住所          〒310-0015 茨城県水戸市宮町1-2-4 サンハイツ宮町 305"),
    (60, 662, 11, "自宅電話      029-224-6631"),
    (60, 642, 11, "携帯電話      090-4408-1572"),
    (60, 612, 11, "保険種類      医療保険(終身型)    保険料  月額 4,260円"),
    (60, 592, 11, "払込方法      クレジットカード(別紙)    責任開始日  2025年10月1日"),
    (60, 552, 10, "取扱代理店  株式会社エグザンプル 保険サービス部"),
]
MESSAGES["376_pgp_signed_pdf_application_form.eml"] = pgp_signed(
    sender="保険サービス部 浅野 <asano.r@example.co.jp>", to=["新契約課 <shinkeiyaku@tokai-life.example>"],
    subject="新契約申込書の送付(AP-2025-09-1188)", date="Thu, 18 Sep 2025 16:22:00 +0900",
    msgid="<c3d09b12-376p-4e8a-a1d5-5e2f9b7c4d61@example.co.jp>",
    inner=part("東海生命保険株式会社 新契約課 御中\n\n"
               "エグザンプル保険サービス部の浅野です。\n"
               "本日受付の申込書(写)を PDF でお送りします。原本は本日発送いたしました。\n\n"
               + sig("保険サービス部", "浅野 亮", "03-6453-2520"),
               attachments=[("申込書_AP-2025-09-1188.pdf", "application/pdf",
                             text_pdf(lines376, producer="Microsoft: Print To PDF", created="20250918161500"))]),
    fingerprint="5C9E 1B7A D4F2 E08C A3B6  9D1F C7E4 2AB8 F0D5 E3C1", when=1758180120)

# ===================================================================================== 377
# S/MIME signed > mixed > (alternative text + HTML, .txt roster): three travellers' passport
# numbers and dates of birth to the tour operator.
ROSTER377 = ("ツアー名: 秋のシンガポール4日間(SG-1021)  出発日: 2025/10/21\n"
             "No.  氏名(旅券記載)        性別  生年月日    旅券番号    旅券有効期限\n"
             "---  --------------------  ----  ----------  ----------  ------------\n"
             "1    KONDO HIROSHI         M     1981/04/22  TK4821937   2030/06/14\n"
             "2    KONDO MAYUMI          F     1984/09/03  TS1750286   2029/11/02\n"
             "3    KONDO RIKU            M     2015/12/11  MZ3308415   2027/08/30\n")
BODY377 = ("シンガポール・ツアーズ 手配ご担当 様\n\n"
           "エグザンプル旅行事業部の田中です。\n"
           "10/21 出発 SG-1021 のお客様(近藤様ご家族 3名)の旅券情報を添付いたします。\n"
           "ホテルのご手配をよろしくお願いいたします。\n\n" + sig("旅行事業部", "田中 沙織", "03-6453-2612"))
HTML377 = ("<html><body><p>シンガポール・ツアーズ 手配ご担当 様</p><p>エグザンプル旅行事業部の田中です。<br>"
           "10/21 出発 SG-1021 のお客様(近藤様ご家族 3名)の旅券情報を添付いたします。<br>"
           "ホテルのご手配をよろしくお願いいたします。</p><p>-- <br>株式会社エグザンプル 旅行事業部<br>田中 沙織<br>"
           "〒105-0011 東京都港区芝公園2-4-1<br>TEL 03-6453-2612</p></body></html>")
MESSAGES["377_smime_signed_alternative_passport_txt.eml"] = smime_signed(
    sender="旅行事業部 田中 <tanaka.s@example.co.jp>", to=["Reservations <ops@sg-tours.example>"],
    subject="SG-1021 10/21出発 旅券情報(近藤様 3名)", date="Fri, 19 Sep 2025 09:48:00 +0900",
    msgid="<20250919094800.377S@example.co.jp>",
    inner=part(BODY377, html=HTML377,
               attachments=[("SG-1021_passport_list.txt", "text/plain", ROSTER377.replace("\n", "\r\n").encode("utf-8"))]),
    cn="Saori Tanaka", email="tanaka.s@example.co.jp", serial=0x3C4D5E6F70, signing_time="250919004800Z")

# ===================================================================================== 378
# Opaque-signed S/MIME (application/pkcs7-mime; smime-type=signed-data): the mail's text exists only
# inside the PKCS#7 structure (a base64 text/plain entity inside the DER): a customer's direct-debit
# account and phone.
inner378 = part("西川 直美 様\n\n"
                "口座振替のお手続きが完了しましたので、お知らせいたします。\n\n"
                "  お客様番号    C-2025-31874\n"
                "  引落口座      京都銀行 四条支店 普通 3316072\n"
                "  口座名義      ニシカワ ナオミ\n"
                "  ご登録電話番号 075-351-2204\n"
                "  初回引落日    2025年10月27日\n\n"
                "ご不明な点は、このメールへご返信ください。\n\n"
                + sig("料金センター", "岩田 学", "03-6453-2733"))
MESSAGES["378_smime_opaque_signed_data_p7m.eml"] = smime_opaque(
    sender="料金センター 岩田 <iwata.m@example.co.jp>", to=["西川 直美 <n.nishikawa@isp-mail.example>"],
    subject="口座振替お手続き完了のお知らせ", date="Mon, 22 Sep 2025 13:30:00 +0900",
    msgid="<20250922133000.378O@example.co.jp>", inner=inner378,
    cn="Manabu Iwata", email="iwata.m@example.co.jp", serial=0x4D5E6F7081, signing_time="250922043000Z")

# ===================================================================================== 379
# S/MIME encrypted (application/pkcs7-mime; smime-type=enveloped-data): nothing can be read.
MESSAGES["379_smime_enveloped_encrypted.eml"] = smime_enveloped(
    sender="法務部 小川 <ogawa.t@example.co.jp>", to=["中島法律事務所 <nakajima@nakajima-law.example>"],
    subject="ご相談資料の送付", date="Tue, 23 Sep 2025 17:02:00 +0900",
    msgid="<20250923170200.379E@example.co.jp>", rcpt_serial=0x5E6F708192, length=6208, seed="379")

# ===================================================================================== 380
# Control: PGP/MIME signed > mixed with protected headers: a price list .txt to a distributor; the
# OpenPGP fingerprint (hex groups) and the sender's phone are in her signature.
PRICE380 = ("2025年度 下期 卸価格表(2025/10/01 改定)\n"
            "品番        品名                   入数   卸単価   改定前\n"
            "KX-2051     卓上加湿器 白           24     3,980    3,780\n"
            "KX-2052     卓上加湿器 黒           24     3,980    3,780\n"
            "KX-F205     交換フィルター          48       620      600\n"
            "HT-3300     セラミックヒーター      12     7,200    6,900\n"
            "JAN 4901234567825 ほか、JANコードは従来どおりです。\n")
assert not luhn.is_valid("4901234567825")
MESSAGES["380_control_pgp_signed_price_list_fingerprint.eml"] = pgp_signed(
    sender="営業企画部 森 <mori.y@example.co.jp>", to=["仕入部 <shiire@marusan-shoji.example>"],
    subject="下期 卸価格表の送付(10/1 改定)", date="Wed, 24 Sep 2025 10:15:00 +0900",
    msgid="<e81f2a44-380p-4b97-8c3d-0a6e5f1d2b73@example.co.jp>",
    inner=part("丸三商事株式会社 仕入部 御中\n\n"
               "エグザンプル営業企画部の森です。\n10月1日改定の卸価格表を添付いたします。\n"
               "改ざん防止のため、本メールには電子署名を付けています。\n\n"
               + sig("営業企画部", "森 由美", "03-6453-2310",
                     extra="\nOpenPGP: 7D3A 19C4 E2B0 5F81 6A2D  C947 03BE 8F15 D26A 4C9E"),
               attachments=[("卸価格表_2025下期.txt", "text/plain", PRICE380.replace("\n", "\r\n").encode("cp932"))],
               protected={"From": "営業企画部 森 <mori.y@example.co.jp>", "To": "仕入部 <shiire@marusan-shoji.example>",
                          "Subject": "下期 卸価格表の送付(10/1 改定)"}),
    fingerprint="7D3A 19C4 E2B0 5F81 6A2D  C947 03BE 8F15 D26A 4C9E", when=1758676500)

# ===================================================================================== 381
# Internal only: HR to payroll (hr. subdomain sender), S/MIME signed > mixed with a CP932 CSV of three
# labelled 個人番号 and dates of birth: found, but internal mail passes.
ROWS381 = [
    ["E18007", "青木 修", spaced4(MN381[0]), "1976/02/14", "配偶者"],
    ["E20113", "上田 真理子", spaced4(MN381[1]), "1989/08/30", "本人"],
    ["E22051", "福田 大樹", spaced4(MN381[2]), "1995/05/07", "本人"],
]
MESSAGES["381_int_smime_signed_mynumber_csv.eml"] = smime_signed(
    sender="人事部 佐野 <sano.k@hr.example.co.jp>", to=["給与担当 <kyuyo@example.co.jp>"],
    subject="扶養控除等申告書 個人番号(追加3名)", date="Thu, 25 Sep 2025 14:00:00 +0900",
    msgid="<20250925140000.381S@hr.example.co.jp>",
    inner=part("給与担当 各位\n\n年末調整に向けて、個人番号の追加分(3名)を送ります。\n"
               "取扱いにご注意ください。\n\n-- \n人事部 佐野 和也\n内線 2205\n",
               attachments=[("個人番号_追加3名.csv", "application/vnd.ms-excel",
                             csv_bytes(["社員番号", "氏名", "個人番号", "生年月日", "区分"], ROWS381))]),
    cn="Kazuya Sano", email="sano.k@hr.example.co.jp", serial=0x2B3C4D5E70, signing_time="250925050000Z")

# ===================================================================================== 382
# PGP/MIME signed > mixed: a customer's complaint forwarded as message/rfc822 to the repair partner;
# the customer wrote her 〒, address, phone and her work address in the text.
fwd382 = EmailMessage(policy=SMTP)
fwd382["From"] = "鶴田 葉子 <yoko.tsuruta@freemail.example>"
fwd382["To"] = "サポート窓口 <support@example.co.jp>"
fwd382["Subject"] = "加湿器の水漏れについて"
fwd382["Date"] = "Sat, 20 Sep 2025 21:14:00 +0900"
fwd382["Message-ID"] = "<CAF-382-tsuruta@freemail.example>"
fwd382.set_content("サポート窓口 御中\n\n"
                   "8月に購入した卓上加湿器 KX-2051 から水が漏れます。製造番号は 25H0412-0087 です。\n"
                   "修理の引き取りをお願いします。\n\n"
                   "引き取り先: 〒862-0950 熊本県熊本市中央区水前寺1-4-21 コーポ水前寺 203\n"
                   "電話: 096-384-2207(平日は19時以降)\n"
                   "日中の連絡は勤務先のアドレス h.tsuruta@work-mail.example へお願いします。\n\n"
                   "鶴田\n", charset="utf-8", cte="base64")
MESSAGES["382_pgp_signed_forward_rfc822_customer.eml"] = pgp_signed(
    sender="サポート窓口 高田 <takada.m@example.co.jp>", to=["修理受付 <repair@kyushu-service.example>"],
    subject="Fwd: 加湿器の水漏れについて(引き取り依頼)", date="Mon, 22 Sep 2025 09:20:00 +0900",
    msgid="<4f0d7e2b-382p-4d51-b6a9-91c3e8f20a57@example.co.jp>",
    inner=part("九州サービス株式会社 修理受付 御中\n\n"
               "お客様からのお問い合わせを添付のとおり転送します。\n引き取り修理の手配をお願いいたします。\n\n"
               + sig("カスタマーサポート", "高田 誠", "03-6453-2411"),
               attachments=[("加湿器の水漏れについて.eml", "message/rfc822", fwd382)]),
    fingerprint="B7E2 A94C 3DF1 0A6E C28B  E5D4 7F3A BC19 E6D2 A8F0", when=1758500400)


# ===================================================================================== 383
# Mail merge: payment reminder to one customer with her 〒, address and phone, contract number,
# amount and due date.
MESSAGES["383_merge_payment_reminder_ja.eml"] = plain_message(
    sender="料金センター <ryokin@example.co.jp>", to=["田村 美咲 <misaki.tamura@freemail.example>"],
    subject="【重要】8月分ご利用料金のお支払いのお願い(ご契約番号 KY-2025-004318)",
    date="Wed, 01 Oct 2025 09:00:00 +0900", msgid="<20251001090000.383M.004318@example.co.jp>",
    mailer=("X-Mailer", "Example Billing Mailer 3.2"),
    body=("〒231-0023\n神奈川県横浜市中区山下町2-5 ベイサイド山下 805号\n田村 美咲 様\n\n"
          "平素よりエグザンプル光をご利用いただき、誠にありがとうございます。\n"
          "8月分のご利用料金について、9月26日の時点でお支払いを確認できておりません。\n"
          "お手数ですが、下記の期限までにお支払いくださいますようお願いいたします。\n\n"
          "  ご契約番号      KY-2025-004318\n"
          "  ご登録電話番号  045-662-3817\n"
          "  ご請求金額      12,980円(2025年8月分)\n"
          "  お支払期限      2025年10月15日\n\n"
          "本状と行き違いでお支払いいただいた場合は、ご容赦ください。\n\n"
          + sig("料金センター", "(本メールは送信専用です)", "0120-345-678")))

# ===================================================================================== 384
# Mail merge: 口座振替 start notice with the customer's account, 生年月日 (和暦) and phone; the
# 7-digit お客様番号 is no account.
MESSAGES["384_merge_kouza_furikae_start_account_dob.eml"] = plain_message(
    sender="お客様センター <center@example.co.jp>", to=["佐々木 亮 <ryo.sasaki@webmail.example>"],
    subject="口座振替開始のお知らせ", date="Thu, 02 Oct 2025 10:00:00 +0900",
    msgid="<20251002100000.384M.0048213@example.co.jp>", mailer=("X-Mailer", "Example Billing Mailer 3.2"),
    body=("佐々木 亮 様\n\n"
          "このたびは口座振替のお申し込みをいただき、ありがとうございます。\n"
          "金融機関での登録が完了しましたので、下記のとおりお知らせいたします。\n\n"
          "  お客様番号      0048213\n"
          "  ご契約者        佐々木 亮 様(生年月日 昭和58年7月14日)\n"
          "  振替口座        りそな銀行 上本町支店 普通預金 口座番号 6038417\n"
          "  ご登録電話番号  06-6771-2940\n"
          "  初回振替日      2025年10月27日(以降毎月27日)\n\n"
          "ご登録内容に誤りがある場合は、お客様センターまでご連絡ください。\n\n"
          + sig("お客様センター", "(本メールは送信専用です)", "0120-345-679")))

# ===================================================================================== 385
# Mail merge with placeholders left unmerged («電話番号», {{mobile}}): insurance renewal carrying the
# policyholder's 〒, address and 生年月日; the placeholders are no values.
MESSAGES["385_merge_insurance_renewal_placeholders_left.eml"] = plain_message(
    sender="保険サービス部 <hoken@example.co.jp>", to=["小野寺 健 <k.onodera@isp-mail.example>"],
    subject="自動車保険 満期のご案内(証券番号 AU-7730-2291-04)", date="Fri, 03 Oct 2025 11:30:00 +0900",
    msgid="<20251003113000.385M.77302291@example.co.jp>", mailer=("X-Mailer", "Example Renewal Mailer 1.4"),
    body=("〒980-0811\n宮城県仙台市青葉区一番町3-7-1 グランドメゾン一番町 1203\n小野寺 健 様\n\n"
          "いつもご契約いただき、ありがとうございます。\n"
          "ご契約中の自動車保険が満期を迎えますので、更新のご案内をお送りします。\n\n"
          "  証券番号          AU-7730-2291-04\n"
          "  記名被保険者      小野寺 健 様\n"
          "  生年月日          1972年11月3日\n"
          "  ご連絡先          «電話番号»\n"
          "  携帯電話          {{mobile}}\n"
          "  満期日            2025年11月30日\n"
          "  更新後保険料      年額 68,420円\n\n"
          "ご連絡先が未登録の場合は、お手数ですがご返信にてお知らせください。\n\n"
          + sig("保険サービス部", "更新担当", "03-6453-2520")))

# ===================================================================================== 386
# Mail merge with a field holding the next patient's data: clinic appointment reminder; the 緊急連絡先
# line carries the next row's patient (name, DOB, phone).
MESSAGES["386_merge_clinic_reminder_next_patient_field.eml"] = plain_message(
    sender="えぐざんぷるクリニック 予約係 <yoyaku@example.co.jp>",
    to=["中川 由美子 <yumiko.nakagawa@freemail.example>"],
    subject="ご予約日のお知らせ(10月8日 10:30)", date="Mon, 06 Oct 2025 08:30:00 +0900",
    msgid="<20251006083000.386M.102938@example.co.jp>", mailer=("X-Mailer", "Clinic Reserve 5"),
    body=("中川 由美子 様\n\n"
          "えぐざんぷるクリニックです。ご予約日が近づきましたのでお知らせいたします。\n\n"
          "  診察券番号    102938\n"
          "  ご予約日時    2025年10月8日(水) 10:30\n"
          "  診療科        内科(定期健診の結果説明)\n"
          "  生年月日      1988年2月19日\n"
          "  ご登録電話    080-4417-2290\n"
          "  緊急連絡先    森田 健一郎 様(1951年9月30日生)0467-22-5816\n\n"
          "保険証(またはマイナ保険証)と診察券をお持ちください。\n"
          "ご都合が悪くなった場合は、前日までにご連絡ください。\n\n"
          + sig("予約係", "受付 小西", "03-6453-2800", company="えぐざんぷるクリニック")))

# ===================================================================================== 387
# English school notice, merged per family, with the whole merge table pasted below it by mistake
# (eight families: parent mobiles and e-mails).
TABLE387 = [
    ("Hayashi Ren", "5A", "Hayashi Tomoko", "090-3318-2274", "t.hayashi@freemail.example"),
    ("Brown Olivia", "5A", "Brown Michael", "080-6142-7730", "mbrown@webmail.example"),
    ("Kimura Sora", "5A", "Kimura Aya", "070-2291-5548", "aya.kimura@isp-mail.example"),
    ("Patel Arjun", "5A", "Patel Priya", "090-8827-1164", "priya.patel@freemail.example"),
    ("Suzuki Hina", "5A", "Suzuki Kenta", "080-3394-0286", "k-suzuki@webmail.example"),
    ("Garcia Lucas", "5B", "Garcia Sofia", "090-5519-3302", "sofia.g@freemail.example"),
    ("Mori Yui", "5B", "Mori Daisuke", "03-5721-4486", "d.mori@isp-mail.example"),
    ("Chen Leo", "5B", "Chen Mei", "080-1176-9925", "chenmei@webmail.example"),
]
MESSAGES["387_merge_en_school_notice_table_pasted.eml"] = plain_message(
    sender="Grade 5 Office <grade5@example.co.jp>", to=["Hayashi Tomoko <t.hayashi@freemail.example>"],
    subject="Grade 5 field trip on 17 October - consent form for Ren", date="Tue, 07 Oct 2025 16:10:00 +0900",
    msgid="<20251007161000.387M.5A01@example.co.jp>",
    body=("Dear Ms. Hayashi Tomoko,\n\n"
          "Grade 5 will visit the Miraikan science museum on Friday 17 October. Buses leave school at\n"
          "8:45 and return by 15:30. The fee is JPY 1,800, charged to your October school account.\n\n"
          "Please return the signed consent form for Ren (class 5A) by Tuesday 14 October.\n"
          "On the day we will call the parent mobile on file (090-3318-2274) if anything comes up.\n\n"
          "Kind regards,\n\n"
          + en_sig("Sarah Kato", "Grade 5 Coordinator", "03-6453-2900",
                   company="Example International School")
          + "\n\n"
          "StudentName\tClass\tParentName\tParentMobile\tParentEmail\n"
          + "".join("\t".join(r) + "\n" for r in TABLE387)))

# ===================================================================================== 388
# Mail merge: delivery notice to one customer with the CSV of all twelve of the day's deliveries
# attached by mistake (CP932).
ROWS388 = [
    ["D1003-01", "佐藤 陽菜", "185-0012", "東京都国分寺市本町3-4-12", "042-321-5508", "10/3 午前"],
    ["D1003-02", "高木 悠斗", "210-0007", "神奈川県川崎市川崎区駅前本町11-2", "044-211-3870", "10/3 午前"],
    ["D1003-03", "中村 結衣", "270-2241", "千葉県松戸市松戸新田245-8", "047-362-1194", "10/3 午前"],
    ["D1003-04", "小林 蓮", "330-0846", "埼玉県さいたま市大宮区大門町2-118", "090-2284-6617", "10/3 午前"],
    ["D1003-05", "加藤 美咲", "192-0083", "東京都八王子市旭町9-1", "042-626-4471", "10/3 午後"],
    ["D1003-06", "吉田 湊", "252-0231", "神奈川県相模原市中央区相模原4-3-14", "080-6630-2751", "10/3 午後"],
    ["D1003-07", "山口 葵", "260-0013", "千葉県千葉市中央区中央3-10-4", "043-224-9082", "10/3 午後"],
    ["D1003-08", "松本 大和", "343-0845", "埼玉県越谷市南越谷1-16-9", "070-3152-8846", "10/3 午後"],
    ["D1003-09", "井上 芽依", "180-0004", "東京都武蔵野市吉祥寺本町2-5-11", "0422-21-6630", "10/3 夕方"],
    ["D1003-10", "木村 陸", "223-0061", "神奈川県横浜市港北区日吉2-1-7", "045-561-0327", "10/3 夕方"],
    ["D1003-11", "林 紬", "273-0005", "千葉県船橋市本町6-2-10", "047-431-7785", "10/3 夕方"],
    ["D1003-12", "清水 颯太", "359-1123", "埼玉県所沢市日吉町12-3", "04-2922-6158", "10/3 夕方"],
]
MESSAGES["388_merge_delivery_notice_all_recipients_csv.eml"] = plain_message(
    sender="配送センター 岡 <oka.d@example.co.jp>", to=["佐藤 陽菜 <hina.sato@freemail.example>"],
    subject="家具お届け日時のご案内(10月3日 午前)", date="Thu, 02 Oct 2025 15:45:00 +0900",
    msgid="<20251002154500.388M.D100301@example.co.jp>",
    body=("佐藤 陽菜 様\n\n"
          "このたびはエグザンプル家具をご利用いただき、ありがとうございます。\n"
          "ご注文の商品を下記のとおりお届けいたします。\n\n"
          "  配送番号    D1003-01\n"
          "  お届け先    〒185-0012 東京都国分寺市本町3-4-12\n"
          "  ご連絡先    042-321-5508\n"
          "  お届け日時  2025年10月3日(金) 午前(9:00〜12:00)\n"
          "  商品        ダイニングテーブル DT-1400 ほか 2点\n\n"
          "当日はドライバーから30分前にお電話いたします。\n\n"
          + sig("配送センター", "岡 大輔", "03-6453-2950")),
    attachments=[("配送リスト_1003.csv", "text/csv",
                  csv_bytes(["配送番号", "お届け先氏名", "郵便番号", "住所", "電話番号", "時間帯"], ROWS388))])

# ===================================================================================== 389
# Control: shipping notice merged with order data only: order number, dates, amount, a 12-digit 伝票番号
# and a 12-digit 受付番号 valid by the My Number check but unlabelled, a 16-digit 管理コード with a Visa
# prefix that fails Luhn.
MESSAGES["389_control_merge_shipping_numbers_only.eml"] = plain_message(
    sender="エグザンプル通販 <shop@example.co.jp>", to=["山本 様 <yamamoto.k@webmail.example>"],
    subject="ご注文商品発送のお知らせ(ご注文番号 250930-00418)", date="Wed, 01 Oct 2025 18:05:00 +0900",
    msgid="<20251001180500.389M.00418@example.co.jp>", mailer=("X-Mailer", "Example Shop Mailer 2.0"),
    body=("山本 様\n\n"
          "エグザンプル通販をご利用いただき、ありがとうございます。\n"
          "ご注文の商品を本日発送いたしました。\n\n"
          "  ご注文番号          250930-00418\n"
          "  ご注文日            2025年9月30日\n"
          "  発送日              2025年10月1日\n"
          f"  お問い合わせ伝票番号  {REF389_DENPYO[:4]}-{REF389_DENPYO[4:8]}-{REF389_DENPYO[8:]}\n"
          f"  受付番号            {REF389_UKETSUKE}\n"
          f"  管理コード          {KANRI389}\n"
          "  お届け予定日        2025年10月3日(金)\n"
          "  お支払金額          5,478円(税込・送料無料)\n\n"
          "配送状況は運送会社のサイトで伝票番号からご確認いただけます。\n\n"
          + sig("通販事業部", "(本メールは送信専用です)", "03-6453-3010")))

# ===================================================================================== 390
# Control (English): payment receipt merged with invoice data only: invoice no., amounts, dates,
# two 12-digit references valid by the My Number check (no label), a 16-digit order number and a
# tracking number with card prefixes failing Luhn, "Visa ending 4242".
MESSAGES["390_control_merge_en_receipt_references.eml"] = plain_message(
    sender="Example Store Billing <billing@example.co.jp>", to=["Daniel Wright <d.wright@webmail.example>"],
    subject="Payment received - Invoice INV-2025-10-0457", date="Thu, 02 Oct 2025 12:20:00 +0900",
    msgid="<20251002122000.390M.0457@example.co.jp>", mailer=("X-Mailer", "Example Billing Mailer 3.2"),
    body=("Dear Daniel Wright,\n\n"
          "Thank you. We have received your payment.\n\n"
          "  Invoice            INV-2025-10-0457\n"
          "  Amount             JPY 48,400 (incl. tax)\n"
          "  Paid on            1 October 2025\n"
          "  Payment method     Visa ending 4242\n"
          f"  Payment reference  {spaced4(REF390_A)}\n"
          f"  Batch reference    {REF390_B}\n"
          f"  Order number       {ORDER390}\n"
          f"  Tracking number    {spaced4(TRACK390)}\n"
          "  Estimated delivery 6 October 2025\n\n"
          "Keep this e-mail for your records.\n\n"
          + en_sig("Billing Team", "Customer Accounts", "03-6453-3020", company="Example Store")))

# ===================================================================================== 391
# Mail merge (English) with {{FirstName}} left in the greeting: insurance renewal with auto-debit;
# the policyholder's date of birth, romaji address with postcode, +81 mobile and bank account.
MESSAGES["391_merge_en_insurance_autodebit_placeholder.eml"] = plain_message(
    sender="Example Insurance Services <renewals@example.co.jp>", to=["Emma Sato <emma.sato@freemail.example>"],
    subject="Your home insurance renewal - policy HM-2025-118407", date="Fri, 03 Oct 2025 10:40:00 +0900",
    msgid="<20251003104000.391M.118407@example.co.jp>", mailer=("X-Mailer", "Example Renewal Mailer 1.4"),
    body=("Dear {{FirstName}},\n\n"
          "Your home insurance policy renews on 1 November 2025. Please check the details we hold:\n\n"
          "  Policyholder       Ms. Emma Sato\n"
          "  Date of birth      14 March 1990\n"
          "  Insured address    Room 402, 2-8-15 Jingumae, Shibuya-ku, Tokyo 150-0001\n"
          "  Phone              +81 90-6274-1835\n"
          "  Policy number      HM-2025-118407\n"
          "  Annual premium     JPY 31,200\n"
          "  Auto-debit account Mizuho Bank, Ebisu Branch, Ordinary 2749306\n"
          "  First debit        27 November 2025\n\n"
          "If anything has changed, reply to this e-mail before 20 October.\n\n"
          + en_sig("Renewals Team", "Example Insurance Services", "03-6453-2520")))

# ===================================================================================== 392
# Internal only: a proof copy of a merged securities letter (test send to the compliance reviewer)
# with one customer's labelled 個人番号, 〒, address and 生年月日: found, but internal mail passes.
MESSAGES["392_merge_int_proof_copy_mynumber.eml"] = plain_message(
    sender="証券業務部 石田 <ishida.h@example.co.jp>", to=["審査担当 <shinsa@example.co.jp>"],
    subject="【校正依頼】特定口座 番号確認のお知らせ 差込テスト(1件目)", date="Mon, 06 Oct 2025 13:15:00 +0900",
    msgid="<20251006131500.392M@example.co.jp>",
    body=("審査担当 各位\n\n差込印刷の1件目をテスト送信します。文面と差込位置の確認をお願いします。\n\n"
          "==================== ここから差込結果 ====================\n"
          "〒460-0003\n愛知県名古屋市中区錦2-13-19 錦パークビル 1002\n長谷川 誠 様\n\n"
          "特定口座に登録されているお客様の情報は次のとおりです。\n\n"
          "  口座番号(証券)  S-118-004527\n"
          "  生年月日        1966年8月5日\n"
          f"  個人番号        {spaced4(MN392)}\n"
          "  登録日          2016年3月14日\n"
          "==================== ここまで ====================\n\n"
          "-- \n証券業務部 石田 浩\n内線 3104\n"))


def main() -> None:
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
