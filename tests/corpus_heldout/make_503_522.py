"""Writes held-out messages 503-522 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): MOBILE AND OUTLOOK-FORWARDED MAIL.
example.co.jp is エグザンプル不動産株式会社, a rental-management / brokerage firm in 池袋 (head office
〒171-0022 東京都豊島区南池袋2-26-3, 代表 03-5953-4410, 24時間緊急受付 0120-480-917). Staff and their own
numbers (only ever in their own signatures, or repeated from them):
  佐藤 美咲 池袋東口店 TEL 03-5953-4420, 携帯 080-2259-6741 / 山本 健 賃貸管理部 TEL 03-5953-4412, 携帯
  090-4172-8836 / 高橋 由紀 管理業務課 TEL 03-5953-4415 / 木下 翔太 建物管理課 TEL 03-5953-4416, 携帯
  090-3318-2075 / 中川 大輔 売買仲介部 TEL 03-5953-4430, 携帯 070-1846-3392.
Mail written on phones: iPhone Mail (UTF-8, quoted-printable or base64, text / photo / text parts,
"iPhoneから送信", emoji 📞 📱 📷 🙏), a docomo Shift_JIS mail with a photo and docomo pictographs (bytes
F8xx/F9xx) attached to an Outlook forward (504), an ISO-2022-JP mail as Windows/phones write it (CP50221:
① ㈱ in ESC $ B, 505), Shift_JIS 8bit with ① ㈱ ℡ (515), a Shift_JIS decomail (multipart/related HTML with
inline styles and inline GIF pictographs, 506), an iPhone contact card (.vcf, 519). Outlook: FW: FW: RE:
chains with Japanese (差出人/送信日時/宛先/件名) and English (From/Sent/To/Subject) header blocks, an attached
message/rfc822 Web 入居申込 (507). Tenants' data: 入居申込 (和暦 + western DOB), 保証会社 screening with
運転免許証番号 and 在留カード番号, rent and deposit accounts, a CP932 CSV and an xlsx 入居者一覧.
Controls: 503, 506, 513, 514, 516, 520.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_503_522.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import hashlib
import io
import urllib.parse
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font
from stdnum import luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 11, 20, 9, 30, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES: dict[str, bytes] = {}


# ---- numbers -----------------------------------------------------------------------------------

def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def corp_no(base12: str) -> str:
    n = cn.calc_check_digit(base12) + base12
    assert cn.is_valid(n), n
    return n


FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
MN517 = my_no("48217730519")              # landlord's 個人番号 (labelled)
MN517_FW = "　".join(MN517[i:i + 4] for i in (0, 4, 8)).translate(FW_DIGITS)
MGMT520 = my_no("31820477519")            # 物件管理番号: valid check digit, no My Number label
CORP512 = corp_no("011403021847")         # 合同会社タナベエステート 法人番号
LICENSE505 = "301503827461"               # 運転免許証番号 (12 digits), fails the My Number check
BILL520 = "4539 2817 6604 1205"           # 請求番号: Visa-like prefix, fails Luhn
CUST521 = "5021 8830 4127 6619"           # 収納代行 お客様番号: fails Luhn
assert not in_.is_valid(LICENSE505)
assert not luhn.is_valid(BILL520.replace(" ", "")) and not luhn.is_valid(CUST521.replace(" ", ""))
assert MN517 != MGMT520


# ---- encodings --------------------------------------------------------------------------------

def sjis_to_jis(c1: int, c2: int) -> tuple[int, int]:
    if c1 >= 0xE0:
        c1 -= 0x40
    j1 = (c1 - 0x81) * 2 + 0x21
    if c2 >= 0x9F:
        return j1 + 1, c2 - 0x9F + 0x21
    if c2 >= 0x80:
        c2 -= 1
    return j1, c2 - 0x40 + 0x21


def jis(text: str) -> bytes:
    """ISO-2022-JP as Windows and phones write it (CP50221): NEC row 13 (① ㈱ ℡) inside ESC $ B."""
    out = bytearray()
    kanji = False
    for ch in text:
        if ord(ch) < 0x80:
            if kanji:
                out += b"\x1b(B"
                kanji = False
            out += ch.encode("ascii")
            continue
        if not kanji:
            out += b"\x1b$B"
            kanji = True
        try:
            raw = ch.encode("iso2022_jp")
            assert raw.startswith(b"\x1b$B") and len(raw) == 8, ch
            pair = raw[3:5]
        except UnicodeEncodeError:
            s = ch.encode("cp932")
            pair = bytes(sjis_to_jis(s[0], s[1]))
        out += pair
    if kanji:
        out += b"\x1b(B"
    return bytes(out)


CHARSETS = {"utf-8": ("UTF-8", lambda s: s.encode("utf-8")),
            "shift_jis": ("Shift_JIS", lambda s: s.encode("cp932")),
            "iso-2022-jp": ("ISO-2022-JP", jis)}


def ew(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 B encoded-words, each at most 75 characters, folded."""
    if text.isascii():
        return text
    label, enc = CHARSETS[charset]

    def word(s: str) -> str:
        return f"=?{label}?B?{base64.b64encode(enc(s)).decode()}?="

    words, chunk = [], ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    words.append(word(chunk))
    return "\n ".join(words)


def ew_param(text: str) -> str:
    """One RFC 2047 word inside a quoted name=/filename= parameter, as Outlook writes it."""
    return f"=?UTF-8?B?{base64.b64encode(text.encode('utf-8')).decode()}?="


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if name.isascii():
        return f'"{name}" <{email}>'
    label, enc = CHARSETS[charset]
    return f"=?{label}?B?{base64.b64encode(enc(name)).decode()}?= <{email}>"


def b64(data: bytes) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def qp(data: bytes) -> bytes:
    out = binascii.b2a_qp(data, istext=True)
    return out if out.endswith(b"\n") else out + b"\n"


def rfc2231(param: str, value: str) -> str:
    return f"{param}*=utf-8''{urllib.parse.quote(value, safe='')}"


# ---- MIME building (LF while building, CRLF at the end) ----------------------------------------

def leaf(ctype: str, body: bytes, cte: str, *, disp: str | None = None, extra: tuple[str, ...] = ()) -> bytes:
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        head.append(f"Content-Disposition: {disp}")
    head += list(extra)
    enc = {"base64": b64, "quoted-printable": qp}.get(cte, lambda d: d if d.endswith(b"\n") else d + b"\n")
    return ("\n".join(head) + "\n\n").encode("ascii") + enc(body)


def text_leaf(text: str, charset: str, cte: str, subtype: str = "plain", extra_params: str = "") -> bytes:
    label, enc = CHARSETS[charset]
    return leaf(f'text/{subtype}; charset="{label}"{extra_params}', enc(text), cte)


def multipart(subtype: str, boundary: str, parts: list[bytes], params: str = "") -> bytes:
    body = b"".join(b"--" + boundary.encode() + b"\n" + p for p in parts) + b"--" + boundary.encode() + b"--\n"
    return (f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"\n\n').encode("ascii") + body


def rfc822(inner: bytes, filename: str) -> bytes:
    return (f"Content-Type: message/rfc822\nContent-Transfer-Encoding: 7bit\n"
            f"Content-Disposition: attachment;\n {rfc2231('filename', filename)}\n\n").encode("ascii") + inner


def mail(headers: list[tuple[str, str]], entity: bytes) -> bytes:
    """headers (already ASCII) + MIME-Version + one entity (its own Content-* lines and body)."""
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    return head.encode("ascii") + entity


def crlf(data: bytes) -> bytes:
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


def envelope(*, frm: str, to: list[str], subject: str, date: str, msgid: str, cc: list[str] | None = None,
             bcc: list[str] | None = None, charset: str = "utf-8", extra: list[tuple[str, str]] | None = None):
    h = [("From", frm), ("To", ",\n ".join(to))]
    if cc:
        h.append(("Cc", ",\n ".join(cc)))
    if bcc:
        h.append(("Bcc", ",\n ".join(bcc)))
    h += [("Subject", ew(subject, charset)), ("Date", date), ("Message-ID", msgid)]
    return h + (extra or [])


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxZ3kq1mB7r0Qe2T8yKc0lD5vN6aQ==")]


def iphone(build: str = "22B91") -> list[tuple[str, str]]:
    return [("X-Mailer", f"iPhone Mail ({build})")]


# ---- files ----------------------------------------------------------------------------------------

def jpeg(seed: str, size: int = 1400) -> bytes:
    """A small fake JPEG: SOI, JFIF APP0, high-bit filler (no text), EOI."""
    out = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    h = hashlib.sha256(seed.encode()).digest()
    while len(out) < size:
        h = hashlib.sha256(h).digest()
        out += bytes(b | 0x80 for b in h if (b | 0x80) != 0xFF)
    return bytes(out) + b"\xff\xd9"


def gif(seed: int) -> bytes:
    """A 1x1 GIF (decomail pictograph / line placeholder)."""
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes([seed % 256, 0x66, 0x99]) + b"\xff\xff\xff"
            b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def zip_parts(parts) -> bytes:
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-20T00:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-20T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props("", creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_bytes(header, rows, encoding: str) -> bytes:
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


def pdf_lines(rows: list[tuple[int, str]], *, top: int = 800, step: int = 20, size: int = 10) -> list:
    return [(x, top - i * step, size, t) for i, (x, t) in enumerate(rows) if t]


# ---- the company's own details (signatures only) ---------------------------------------------------
CO = "エグザンプル不動産株式会社"
HQ = "〒171-0022 東京都豊島区南池袋2-26-3 エグザンプル池袋ビル5F"


def sig_takahashi(frame: bool = False) -> str:
    body = (f"{CO} 管理業務課\n高橋 由紀(たかはし ゆき)\n{HQ}\n"
            "TEL 03-5953-4415(直通)  FAX 03-5953-4411\n")
    if frame:
        line = "━" * 24 + "\n"
        return line + body + line
    return "-- \n" + body


SIG_KINOSHITA = (f"-- \n{CO} 建物管理課\n木下 翔太\n{HQ}\n"
                 "TEL 03-5953-4416  携帯 090-3318-2075\n24時間緊急受付 0120-480-917\n")
SIG_YAMAMOTO = (f"-- \n{CO} 賃貸管理部\n山本 健\n{HQ}\n"
                "TEL 03-5953-4412  携帯 090-4172-8836\n")
SIG_NAKAGAWA = (f"-- \n{CO} 売買仲介部\n中川 大輔(宅地建物取引士)\n{HQ}\n"
                "TEL 03-5953-4430  FAX 03-5953-4411  携帯 070-1846-3392\n"
                "宅地建物取引業 東京都知事(4)第81234号\n")


# ===================================================================================== 503
# Control: 佐藤's iPhone reply to a new tenant (UTF-8 QP, photo between text parts). Her own mobile is
# in the body ("📞080-2259-6741 (佐藤携帯)まで") and in her ━ signature; 契約開始日 and 更新日 are no DOBs.
b503 = ("鈴木様\n\n"
        "お世話になっております。\n"
        "エグザンプル不動産の佐藤です🙇‍♀️\n\n"
        "鍵のお渡しは\n"
        "11/15(土)13:00〜\n"
        "池袋東口店にて承ります🔑\n\n"
        "・ご契約開始日 2025年11月16日\n"
        "・次回更新日 2027年11月15日\n"
        "・駐車場 区画No.12\n"
        "(写真の赤枠のところです)\n\n"
        "ご印鑑と身分証明書を\n"
        "お持ちください。\n\n"
        "お時間が変わる場合は\n"
        "📞080-2259-6741\n"
        "(佐藤携帯)まで\n"
        "ご連絡ください。\n")
b503_tail = ("\n━━━━━━━━━━\n"
             "エグザンプル不動産㈱\n"
             "池袋東口店 佐藤 美咲\n"
             "📱080-2259-6741\n"
             "☎03-5953-4420\n"
             "━━━━━━━━━━\n\n"
             "iPhoneから送信\n\n"
             "> 2025/11/14 17:58、鈴木 亮太 <ryota-s@icloud.com>のメール:\n"
             "> \n"
             "> 佐藤様\n"
             "> 明日の鍵の受け取りは何時に伺えばよろしいでしょうか。\n"
             "> 車で行くので駐車場の場所も教えてください。\n"
             "> 鈴木\n")
MESSAGES["503_control_iphone_key_handover_own_mobile.eml"] = mail(
    envelope(frm=addr("佐藤 美咲", "sato.m@example.co.jp"), to=[addr("鈴木 亮太", "ryota-s@icloud.com")],
             subject="Re: 鍵のお渡しについて", date="Fri, 14 Nov 2025 18:42:10 +0900",
             msgid="<8C1F2A9E-4B7D-4E21-9A3C-503A0C1B2D3E@example.co.jp>",
             extra=[*iphone(), ("In-Reply-To", "<CAF503suzuki1758@mail.icloud.com>")]),
    multipart("mixed", "Apple-Mail-503A9C1E-7B44-4D2B-9E55-0A1B2C3D4E5F", [
        text_leaf(b503, "utf-8", "quoted-printable"),
        leaf('image/jpeg;\n name="IMG_4821.JPG"', jpeg("503"), "base64",
             disp='inline;\n filename="IMG_4821.JPG"', extra=("Content-Id: <5F1E0C2A-503B-4D8E-AF11-IMG4821@example.co.jp>",)),
        text_leaf(b503_tail, "utf-8", "quoted-printable"),
    ]))

# ===================================================================================== 504
# 木下 forwards a tenant's docomo mail (attached message/rfc822: Shift_JIS base64 text with docomo
# pictographs F8xx/F9xx and a photo) to a plumber. Her mobile is wrapped over two lines as a phone wraps
# it; the building's 〒 and address are in the outer body.
DOCOMO_SWEAT, DOCOMO_BOW = b"\xf9\x9c", b"\xf9\xa6"
t504 = ("エグザンプル不動産\n管理ご担当様\n\n"
        "ハイツ南長崎203の\n渡辺です。\n"
        "今朝から洗面台の下から\n水が漏れていて、床が\n"
        "びしょびしょです@SWEAT@\n写真を送ります。\n\n"
        "今日は18時以降なら\n家にいます。\n"
        "連絡は\n080-6624-\n1937\nにお願いします@BOW@\n\n"
        "渡辺\n")
t504b = t504.encode("cp932").replace(b"@SWEAT@", DOCOMO_SWEAT).replace(b"@BOW@", DOCOMO_BOW)
inner504 = mail(
    envelope(frm=addr("渡辺あかり", "akari.w-0312@docomo.ne.jp", "shift_jis"), to=["kanri@example.co.jp"],
             subject="水漏れです", date="Wed, 19 Nov 2025 08:12:44 +0900",
             msgid="<20251119081244.0412.akari.w-0312@docomo.ne.jp>", charset="shift_jis"),
    multipart("mixed", "--DoCoMo--20251119081244-0412--", [
        leaf('text/plain; charset="Shift_JIS"', t504b, "base64"),
        leaf('image/jpeg; name="DSC_0412.jpg"', jpeg("504"), "base64", disp='attachment; filename="DSC_0412.jpg"'),
    ]))
b504 = ("豊島水道サービス 御中\n\n"
        "いつもお世話になっております。\n"
        "エグザンプル不動産 建物管理課の木下です。\n\n"
        "管理物件の入居者様から、洗面台下の水漏れの連絡がありました。\n"
        "入居者様のメール(写真付き)を添付で転送しますので、ご確認ください。\n\n"
        "  物件  : ハイツ南長崎 203号室\n"
        "  所在地 : 〒171-0052 東京都豊島区南長崎3-14-9\n"
        "  入居者 : 渡辺様(本日18時以降ご在宅)\n\n"
        "入居者様の連絡先は添付メールに記載があります。\n"
        "本日中の訪問が難しい場合は、お手数ですが私の携帯までご連絡ください。\n\n"
        + SIG_KINOSHITA)
MESSAGES["504_fw_attached_docomo_leak_report_sjis.eml"] = mail(
    envelope(frm=addr("木下 翔太", "kinoshita.s@example.co.jp"), to=[addr("豊島水道サービス", "info@toshima-suido.example")],
             subject="FW: 水漏れです(ハイツ南長崎203号室)", date="Wed, 19 Nov 2025 09:03:00 +0900",
             msgid="<TY3P286MB0504A1B2C3D4E5F6@TY3P286MB0504.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_004_TY3P286MB0504_", [
        text_leaf(b504, "utf-8", "base64"),
        rfc822(inner504, "水漏れです.eml"),
    ]))

# ===================================================================================== 505
# 佐藤, from the road, ISO-2022-JP as phones/Windows write it (① ㈱ in ESC $ B): urgent screening
# request to a rent-guarantee company. DOB 平成3年5月27日, mobile and work phone wrapped, 免許証番号.
b505 = ("あんしん家賃保証\n審査ご担当様\n\n"
        "エグザンプル不動産\n池袋東口店の佐藤です。\n"
        "外出先から失礼します。\n至急で審査を\nお願いします。\n\n"
        "①物件\nメゾン要町102\n賃料78,000円\n共益費3,000円\n"
        "②申込者\n石井 拓真 様\n生年月日\n平成3年5月27日\n携帯 090-7731-\n5628\n"
        "③勤務先\n㈱サンライズ物流\nTEL 03-3986-\n2147\n勤続4年 年収380万\n"
        f"④免許証番号\n{LICENSE505}\n\n"
        "申込書原本は\n本日夕方FAX\nいたします。\n"
        "よろしくお願い\nいたします。\n\n"
        "--\nエグザンプル不動産㈱\n池袋東口店 佐藤\n携帯 080-2259-6741\n")
MESSAGES["505_iso2022jp_phone_screening_license.eml"] = mail(
    envelope(frm=addr("佐藤 美咲", "sato.m@example.co.jp", "iso-2022-jp"),
             to=[addr("あんしん家賃保証 審査課", "shinsa@anshin-hosho.example", "iso-2022-jp")],
             subject="至急審査依頼 メゾン要町102 石井様", date="Sat, 15 Nov 2025 11:27:35 +0900",
             msgid="<20251115112735.505.sato.m@example.co.jp>", charset="iso-2022-jp",
             extra=[("X-Mailer", "SH-M24 Mail 3.1")]),
    leaf('text/plain; charset="ISO-2022-JP"', jis(b505), "7bit"))

# ===================================================================================== 506
# Control: a Shift_JIS decomail (text + multipart/related HTML with inline styles and GIF pictographs)
# with three listings: 物件番号, prices, ㎡, 築年月 (also 平成27年2月), 町名 only; the shop's ℡ is hers.
listings506 = [
    ("メゾン要町 302号室", "R-251104", "有楽町線「要町」駅 徒歩4分/豊島区要町", "78,000円", "3,000円",
     "敷金1ヶ月/礼金0ヶ月", "1K(洋室7.2帖)", "25.32㎡", "2009年3月", "RC造5階建の3階"),
    ("グランフォレスト目白 201号室", "R-251117", "JR山手線「目白」駅 徒歩7分/新宿区下落合", "86,000円", "5,000円",
     "敷金1ヶ月/礼金1ヶ月", "1DK", "30.08㎡", "平成27年2月", "入居可能日 2025年12月上旬"),
    ("ルミエール椎名町 105号室", "R-251121", "西武池袋線「椎名町」駅 徒歩3分/豊島区長崎", "69,000円", "2,000円",
     "敷金0ヶ月/礼金1ヶ月", "1K", "21.60㎡", "1998年10月", "定期借家2年(再契約可)"),
]
t506 = ["平田様\n\n先日はご来店ありがとうございました♪\nエグザンプル不動産の佐藤です。\n\n"
        "ご希望条件(池袋・目白エリア/8万円台まで/1K以上)の\n新着物件をお送りします☆\n"]
h506 = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
        '<body style="margin:0;padding:0">\n<div style="font-size:small;color:#333333">平田様<br><br>'
        '先日はご来店ありがとうございました<img src="cid:deco_onpu@example.co.jp" width="14" height="14" alt="♪"><br>'
        'エグザンプル不動産の佐藤です。<br><br>ご希望条件(池袋・目白エリア/8万円台まで/1K以上)の<br>'
        '新着物件をお送りします<img src="cid:deco_star@example.co.jp" width="14" height="14" alt="☆"></div>\n'
        '<img src="cid:deco_line@example.co.jp" width="240" height="6" alt="">\n']
for i, (name, no, access, rent, fee, dep, lay, area, built, note) in enumerate(listings506, 1):
    t506.append(f"\n【{i}】{name}\n(物件番号 {no})\n{access}\n賃料 {rent} 管理費 {fee}\n{dep}\n"
                f"{lay} 専有面積 {area}\n築年月 {built}\n{note}\n")
    h506.append(f'<div style="border:1px dashed #ff6699;padding:6px;margin:8px 0">'
                f'<font color="#ff3366"><b>【{i}】{name}</b></font><br>'
                f'<span style="font-size:x-small;color:#999999">物件番号 {no}</span><br>{access}<br>'
                f'<span style="color:#cc0000;font-size:large"><b>賃料 {rent}</b></span> 管理費 {fee}<br>{dep}<br>'
                f'{lay} 専有面積 {area}<br>築年月 {built}<br>{note}</div>\n')
end506 = ("\nご内見のご予約は\n℡03-5953-4420(池袋東口店)\nまたは私の携帯まで\nお気軽にどうぞ♪\n\n"
          "--\nエグザンプル不動産㈱\n池袋東口店 佐藤 美咲\n携帯 080-2259-6741\n℡03-5953-4420\n"
          "宅地建物取引業 東京都知事(4)第81234号\n")
t506.append(end506)
h506.append('<div style="font-size:small">ご内見のご予約は<br>℡03-5953-4420(池袋東口店)<br>または私の携帯まで<br>'
            'お気軽にどうぞ<img src="cid:deco_onpu@example.co.jp" width="14" height="14" alt="♪"></div>\n'
            '<div style="font-size:x-small;color:#666666;margin-top:12px">--<br>エグザンプル不動産㈱<br>'
            '池袋東口店 佐藤 美咲<br>携帯 080-2259-6741<br>℡03-5953-4420<br>宅地建物取引業 東京都知事(4)第81234号</div>\n'
            '</body></html>\n')
MESSAGES["506_control_sjis_decomail_listings.eml"] = mail(
    envelope(frm=addr("佐藤 美咲", "sato.m@example.co.jp", "shift_jis"), to=["hana.mochi.kuma@i.softbank.jp"],
             subject="ご希望条件の新着物件です♪", date="Sun, 16 Nov 2025 12:05:41 +0900",
             msgid="<20251116120541.506.sato.m@example.co.jp>", charset="shift_jis"),
    multipart("alternative", "--deco506alt", [
        text_leaf("".join(t506), "shift_jis", "base64"),
        multipart("related", "--deco506rel", [
            text_leaf("".join(h506), "shift_jis", "quoted-printable", subtype="html"),
            leaf('image/gif; name="onpu.gif"', gif(1), "base64", disp='inline; filename="onpu.gif"',
                 extra=("Content-ID: <deco_onpu@example.co.jp>",)),
            leaf('image/gif; name="star.gif"', gif(2), "base64", disp='inline; filename="star.gif"',
                 extra=("Content-ID: <deco_star@example.co.jp>",)),
            leaf('image/gif; name="line.gif"', gif(3), "base64", disp='inline; filename="line.gif"',
                 extra=("Content-ID: <deco_line@example.co.jp>",)),
        ], params=' type="text/html";'),
    ]))

# ===================================================================================== 507
# 高橋 forwards (FW: FW: RE:) a broker's mail with the Web 入居申込 attached as message/rfc822 (ISO-2022-JP,
# full-width mobile) to the guarantee company. Colleague 佐藤's quoted signature mobile is not the
# sender's; the broker's signature (〒, address, TEL, FAX, mail) is a third party's.
inner507_text = ("Web入居申込を受け付けました。\n\n"
                 "■申込物件\n"
                 "物件名    :グランフォレスト目白 305号室\n"
                 "所在地    :東京都新宿区下落合3-12-20\n"
                 "賃料     :98,000円(管理費 6,000円)\n"
                 "入居希望日  :2025年12月1日\n"
                 "申込日    :2025年11月17日\n\n"
                 "■申込者\n"
                 "氏名     :森田 沙織(モリタ サオリ)\n"
                 "生年月日   :平成6年2月9日(1994年2月9日)\n"
                 "性別     :女性\n"
                 "現住所    :〒330-0854 埼玉県さいたま市大宮区桜木町4-212-3 レジデンス桜木502\n"
                 "携帯電話   :０８０−４４１７−２０６３\n"
                 "メール    :s.morita.0209@freemail.example\n"
                 "勤務先    :株式会社ミライ設計 設計部\n"
                 "勤務先住所  :東京都文京区小石川2-5-7 小石川STビル4F\n"
                 "勤務先TEL  :03-6907-3318\n"
                 "勤続年数   :5年  年収:420万円\n\n"
                 "■緊急連絡先\n"
                 "氏名     :森田 和夫(父)\n"
                 "電話     :0493-22-6817\n"
                 "住所     :〒355-0017 埼玉県東松山市松葉町2-8-15\n\n"
                 "■本人確認書類:運転免許証(画像はアップロード済み)\n"
                 "■入居者:本人のみ(ペットなし)\n\n"
                 "-- \nこのメールはハウスリンク池袋 Web申込システムから自動送信されています。\n")
inner507 = mail(
    envelope(frm=addr("ハウスリンク池袋 Web申込受付", "noreply@houselink-ikebukuro.example", "iso-2022-jp"),
             to=["chintai@houselink-ikebukuro.example"],
             subject="【Web入居申込】グランフォレスト目白 305号室 森田 沙織 様", date="Mon, 17 Nov 2025 18:52:31 +0900",
             msgid="<web-apply-20251117185231-0305@houselink-ikebukuro.example>", charset="iso-2022-jp"),
    leaf('text/plain; charset="ISO-2022-JP"', jis(inner507_text), "7bit"))
b507 = ("あんしん家賃保証株式会社\n審査課 ご担当者様\n\n"
        "いつもお世話になっております。\nエグザンプル不動産 管理業務課の高橋でございます。\n\n"
        "下記の入居申込につきまして、保証審査をお願いいたします。\n"
        "申込内容は添付の申込メール(仲介会社様経由)をご確認ください。\n"
        "審査結果は佐藤(CCに入れております)と私宛にご連絡いただけますと幸いです。\n\n"
        + sig_takahashi(frame=True) + "\n"
        "-----Original Message-----\n"
        "差出人: 佐藤 美咲 <sato.m@example.co.jp>\n"
        "送信日時: 2025年11月18日 10:12\n"
        "宛先: 高橋 由紀 <takahashi.y@example.co.jp>\n"
        "件名: FW: RE: 入居申込書送付の件(グランフォレスト目白 305号室)\n\n"
        "高橋さん\n\nお疲れさまです。\nハウスリンク池袋さんから申込が入りました。\n"
        "保証会社の審査に回していただけますか。\nお客様は12/1入居希望です。\n\n"
        "佐藤\n携帯 080-2259-6741\n\n"
        "-----Original Message-----\n"
        "差出人: 小野寺 亮 <onodera@houselink-ikebukuro.example>\n"
        "送信日時: 2025年11月17日 19:40\n"
        "宛先: 佐藤 美咲 <sato.m@example.co.jp>\n"
        "件名: RE: 入居申込書送付の件(グランフォレスト目白 305号室)\n\n"
        "エグザンプル不動産\n佐藤様\n\n"
        "お世話になっております。ハウスリンク池袋の小野寺です。\n"
        "本日ご内見いただいたお客様より、Web申込が入りましたので\n"
        "申込受付メールを添付にてお送りいたします。\nご審査のほど、よろしくお願いいたします。\n\n"
        "株式会社ハウスリンク池袋\n賃貸仲介課 小野寺 亮\n"
        "〒171-0014 東京都豊島区池袋2-41-7 第3鈴木ビル2F\n"
        "TEL:03-5396-2281 FAX:03-5396-2282\n"
        "Mail:onodera@houselink-ikebukuro.example\n"
        "宅地建物取引業 東京都知事(2)第104512号\n\n"
        "-----Original Message-----\n"
        "差出人: 佐藤 美咲 <sato.m@example.co.jp>\n"
        "送信日時: 2025年11月17日 11:05\n"
        "宛先: 小野寺 亮 <onodera@houselink-ikebukuro.example>\n"
        "件名: 入居申込書送付の件(グランフォレスト目白 305号室)\n\n"
        "ハウスリンク池袋 小野寺様\n\n本日のご内見ありがとうございました。\n"
        "お申込みの際は申込書をメールでお送りください。\n\n佐藤\n")
MESSAGES["507_outlook_fw_fw_re_application_nested_eml.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"),
             to=[addr("あんしん家賃保証 審査課", "shinsa@anshin-hosho.example")],
             cc=[addr("佐藤 美咲", "sato.m@example.co.jp")],
             subject="FW: FW: RE: 入居申込書送付の件(グランフォレスト目白 305号室)",
             date="Tue, 18 Nov 2025 13:48:02 +0900",
             msgid="<TY3P286MB0507F1E2D3C4B5A6@TY3P286MB0507.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_005_TY3P286MB0507_", [
        text_leaf(b507, "utf-8", "quoted-printable"),
        rfc822(inner507, "【Web入居申込】グランフォレスト目白 305号室 森田 沙織 様.eml"),
    ]))

# ===================================================================================== 508
# 高橋 -> a guarantee company's foreign-applicant desk: a Vietnamese student's 在留カード番号, DOB, mobile,
# the school's phone and the mother's +84 number; photos of the card (pictures only).
b508 = ("グローバル保証株式会社\n外国籍審査デスク ご担当者様\n\n"
        "お世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "下記の方の保証審査をお願いいたします。在留カードの写し(表・裏)を添付いたします。\n\n"
        "【物件】ドミール西巣鴨 104号室(賃料 64,000円/共益費 2,000円)\n"
        "【契約開始日】2026年1月10日(予定)\n"
        "【申込者】グエン・ヴァン・フン(NGUYEN VAN HUNG)\n"
        "  国籍:ベトナム\n"
        "  生年月日:2001年8月14日\n"
        "  在留資格:留学  在留期間満了日:2027年4月30日\n"
        "  在留カード番号:SE73028154FA\n"
        "  携帯:070-2384-5519\n"
        "【在籍校】東京国際日本語学院(担当 小川先生 TEL 03-5928-1146)\n"
        "【緊急連絡先】\n"
        "  国内:在籍校(上記)\n"
        "  本国:母 グエン・ティ・ラン +84 90 312 4567\n\n"
        "日本語は日常会話レベルです。ご連絡は私宛にお願いいたします。\n\n"
        + sig_takahashi())
MESSAGES["508_guarantor_residence_card_vietnamese_student.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"),
             to=[addr("グローバル保証 外国籍審査デスク", "global-desk@gl-hosho.example")],
             subject="外国籍の方の保証審査のお願い(ドミール西巣鴨 104号室)", date="Thu, 20 Nov 2025 15:20:00 +0900",
             msgid="<TY3P286MB05083A4B5C6D7E8F@TY3P286MB0508.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_006_TY3P286MB0508_", [
        text_leaf(b508, "utf-8", "base64"),
        leaf(f'image/jpeg;\n name="{ew_param("在留カード_表.jpg")}"', jpeg("508a"), "base64",
             disp=f'attachment;\n filename="{ew_param("在留カード_表.jpg")}"'),
        leaf(f'image/jpeg;\n name="{ew_param("在留カード_裏.jpg")}"', jpeg("508b"), "base64",
             disp=f'attachment;\n filename="{ew_param("在留カード_裏.jpg")}"'),
    ]))

# ===================================================================================== 509
# Internal only: 山本's iPhone mail to accounting: the leaving tenant's 敷金 refund account, new 〒 +
# address and mobile -> pass (findings counted).
b509 = ("小林さん\n\nお疲れさまです。山本です。\n外出先から失礼します。\n"
        "コーポ千川305 太田様の\n退去精算の件です。\n\n"
        "退去日 2025/11/30\n敷金 156,000円\n原状回復 42,350円\n返還額 113,650円\n\n"
        "返還先口座\nみずほ銀行 練馬支店\n普通 3071846\nオオタ ケンジ\n\n"
        "転居先\n〒179-0085\n東京都練馬区早宮2-9-14\nグリーンヒル早宮201\n携帯 090-5561-2380\n\n"
        "12/10までに\nお振込み\nお願いします🙏\n\n"
        "--\n賃貸管理部 山本 健\n携帯 090-4172-8836\n\niPhoneから送信\n")
MESSAGES["509_int_iphone_deposit_refund_account.eml"] = mail(
    envelope(frm=addr("山本 健", "yamamoto.k@example.co.jp"), to=[addr("経理部 小林", "kobayashi.a@example.co.jp")],
             cc=[addr("賃貸管理部", "chintai-kanri@example.co.jp")],
             subject="退去精算 敷金返還の件(コーポ千川305 太田様)", date="Mon, 01 Dec 2025 17:31:09 +0900",
             msgid="<4E7A1C02-509D-4F3B-8E6A-71C2D3E4F509@example.co.jp>", extra=iphone()),
    text_leaf(b509, "utf-8", "base64"))

# ===================================================================================== 510
# 木下 -> fire-inspection contractor: CP932 CSV 入居者一覧 of コーポ千川 with six tenants' phones (one
# without hyphens, one a company's 社宅 number); the building's address in the body.
rows510 = [
    ["101", "(空室)", "", "", "―", "鍵は管理事務所"],
    ["102", "中島 大樹", "ナカジマ ダイキ", "090-2741-6683", "可", ""],
    ["103", "北村 恵美", "キタムラ エミ", "080-5196-2274", "不可", "鍵預かり可"],
    ["201", "原田 浩二", "ハラダ コウジ", "03-3958-1172", "可", "固定電話のみ"],
    ["202", "吉岡 里奈", "ヨシオカ リナ", "070-4482-9031", "可", "午前希望"],
    ["203", "松下 隆", "マツシタ タカシ", "09061827745", "不可", "鍵預かり不可・再訪希望"],
    ["301", "株式会社アオバ技研(社宅:今井 翔)", "カ)アオバギケン", "03-5911-4068", "可", "総務部経由で連絡"],
    ["302", "(空室)", "", "", "―", ""],
]
csv510 = csv_bytes(["部屋番号", "契約者名", "フリガナ", "電話番号", "室内点検立会い", "備考"], rows510, "cp932")
b510 = ("株式会社東京防災メンテ\n点検課 ご担当者様\n\n"
        "いつもお世話になっております。エグザンプル不動産 建物管理課の木下です。\n"
        "12月9日(火)の消防設備点検(コーポ千川:東京都豊島区千川1-7-22)につきまして、\n"
        "室内点検の日程調整用に入居者一覧を添付いたします。\n"
        "各入居者様へは、当社から12月1日付で点検のお知らせを投函済みです。\n"
        "不在の住戸は、鍵預かりの可否を一覧の備考に記載しております。\n\n"
        + SIG_KINOSHITA)
MESSAGES["510_att_csv_tenant_list_fire_inspection.eml"] = mail(
    envelope(frm=addr("木下 翔太", "kinoshita.s@example.co.jp"),
             to=[addr("東京防災メンテ 点検課", "tenken@tokyo-bosai-mente.example")],
             subject="消防設備点検の件(コーポ千川)入居者一覧送付", date="Thu, 20 Nov 2025 10:15:00 +0900",
             msgid="<TY3P286MB0510AA11BB22CC33@TY3P286MB0510.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_007_TY3P286MB0510_", [
        text_leaf(b510, "utf-8", "base64"),
        leaf(f'text/csv;\n name="{ew_param("入居者一覧_コーポ千川_20251120.csv")}"', csv510, "base64",
             disp=f'attachment;\n filename="{ew_param("入居者一覧_コーポ千川_20251120.csv")}"'),
    ]))

# ===================================================================================== 511
# 高橋 -> the new management company: xlsx 入居者一覧 of メゾン要町 with 生年月日 date cells, mobiles and
# emergency contacts; 契約開始日 / 次回更新日 date cells are no DOBs.
wb511 = openpyxl.Workbook()
ws = wb511.active
ws.title = "入居者一覧"
ws.append(["メゾン要町 入居者一覧(2025年11月20日現在)"])
ws["A1"].font = Font(bold=True, size=12)
head511 = ["部屋", "契約者", "生年月日", "携帯電話", "緊急連絡先(続柄)", "緊急連絡先電話", "契約開始日", "次回更新日", "賃料"]
ws.append(head511)
for c in ws[2]:
    c.font = Font(bold=True)
D = dt.datetime
rows511 = [
    ["101", "小松 直樹", D(1988, 4, 3), "090-3142-7780", "小松 芳江(母)", "0258-33-4419", D(2022, 1, 16), D(2026, 1, 16), 76000],
    ["102", "(空室)", None, None, None, None, None, None, 77000],
    ["201", "藤井 麻衣", D(1996, 11, 21), "080-7215-3306", "藤井 誠(父)", "086-243-7751", D(2023, 9, 15), D(2027, 9, 15), 79000],
    ["202", "岡本 浩", D(1979, 1, 30), "070-6630-1184", None, None, D(2019, 12, 1), D(2025, 12, 1), 78000],
    ["301", "西田 美穂", D(2000, 7, 7), "090-4409-8823", "西田 康弘(父)", "0867-72-3391", D(2024, 3, 20), D(2026, 3, 20), 80000],
    ["302", "村上 聡", D(1984, 12, 18), "080-3364-5127", "村上 絵里(妻)", "080-3364-5128", D(2022, 6, 1), D(2026, 6, 1), 80000],
]
for r in rows511:
    ws.append(r)
for row in ws.iter_rows(min_row=3):
    for col in (2, 6, 7):
        row[col].number_format = "yyyy/m/d"
    row[8].number_format = "#,##0"
for col, w in zip("ABCDEFGHI", (6, 12, 11, 15, 16, 15, 11, 11, 9), strict=True):
    ws.column_dimensions[col].width = w
xlsx511 = fixed_xlsx(wb511, "高橋 由紀")
b511 = ("株式会社さくらプロパティ\n管理移管ご担当 野口様\n\n"
        "お世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "2026年1月1日付の管理移管に伴い、メゾン要町(東京都豊島区要町1-32-5)の\n"
        "入居者一覧をお送りいたします。\n"
        "賃料の送金は12月分まで当社、1月分から貴社にてお願いいたします。\n"
        "敷金の預かり明細と鍵の引継ぎは、12月中旬に別途ご相談させてください。\n\n"
        + sig_takahashi())
MESSAGES["511_att_xlsx_tenant_list_management_transfer.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"),
             to=[addr("さくらプロパティ 野口", "noguchi@sakura-property.example")],
             subject="管理移管に伴う入居者情報のご送付(メゾン要町)", date="Thu, 20 Nov 2025 16:40:00 +0900",
             msgid="<TY3P286MB0511DD44EE55FF66@TY3P286MB0511.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_008_TY3P286MB0511_", [
        text_leaf(b511, "utf-8", "base64"),
        leaf(f'{XLSX};\n {rfc2231("name", "入居者一覧_メゾン要町.xlsx")}', xlsx511, "base64",
             disp=f'attachment;\n {rfc2231("filename", "入居者一覧_メゾン要町.xlsx")}'),
    ]))

# ===================================================================================== 512
# 高橋 forwards (English-UI Outlook blocks, FW: FW:) an owner's remittance-account change to the owner's
# tax accountant: old and new accounts, his company's 法人番号 (valid), 〒, address, phones, mail.
b512 = ("青木会計事務所\n青木先生\n\n"
        "いつもお世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "田辺様より、賃料の送金口座を変更する旨のご連絡をいただきました。\n"
        "田辺様のご依頼により、転送にてお知らせいたします。\n"
        "12月分(12月25日送金)より新口座へお振込みいたします。\n\n"
        + sig_takahashi() + "\n"
        "-----Original Message-----\n"
        "From: 山本 健 <yamamoto.k@example.co.jp>\n"
        "Sent: Tuesday, November 18, 2025 4:35 PM\n"
        "To: 高橋 由紀 <takahashi.y@example.co.jp>\n"
        "Subject: FW: 送金口座変更のお願い\n\n"
        "高橋さん\n\n田辺オーナーの送金口座変更です。システムの登録変更をお願いします。\n"
        "税理士の青木先生にも共有してほしいとのことです。\n\n山本\n\n"
        "-----Original Message-----\n"
        "From: 田辺 正和 <m.tanabe.estate@freemail.example>\n"
        "Sent: Tuesday, November 18, 2025 11:20 AM\n"
        "To: 山本 健 <yamamoto.k@example.co.jp>\n"
        "Subject: 送金口座変更のお願い\n\n"
        "エグザンプル不動産\n山本様\n\n"
        "いつもお世話になっております。田辺です。\n"
        "賃料の送金口座を、資産管理会社名義の口座に変更したく、ご連絡いたしました。\n\n"
        "(旧)りそな銀行 目白支店 普通 1183620 タナベ マサカズ\n"
        "(新)三菱UFJ銀行 池袋東口支店 普通 0652918 ド)タナベエステート\n"
        f"   (合同会社タナベエステート 法人番号 {CORP512})\n\n"
        "12月分の送金から新しい口座でお願いいたします。\n旧口座は来年3月に解約予定です。\n\n"
        "田辺 正和\n合同会社タナベエステート 代表社員\n"
        "〒161-0034 東京都新宿区上落合2-7-5\n"
        "TEL 03-3368-2014 / 携帯 090-8804-3317\n"
        "m.tanabe.estate@freemail.example\n")
MESSAGES["512_outlook_en_fw_fw_owner_bank_account_change.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"), to=[addr("青木会計事務所", "aoki@aoki-kaikei.example")],
             subject="FW: FW: 送金口座変更のお願い", date="Wed, 19 Nov 2025 10:02:00 +0900",
             msgid="<TY3P286MB05127788AA99BB00@TY3P286MB0512.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    text_leaf(b512, "utf-8", "quoted-printable"))

# ===================================================================================== 513
# Control: 木下's iPhone photos of a crack to a contractor (text / photo / photo / text parts):
# ① ② markers, 0.3mm, 管理番号 K-0412, 築1996年, a deadline; his own mobile only in his signature.
b513a = ("丸栄建装 新井様\n\nお世話になっております。\nエグザンプル不動産の木下です。\n"
         "先ほど巡回で確認した\n外壁のひび割れの写真です📷\n\n"
         "①北側 2階廊下の外壁\n②階段踊り場の天井\n(②は幅0.3mm程度)\n\n"
         "足場が必要か\nご判断いただき、\n12/5(金)までに\nお見積りをお願いします。\n"
         "サンハイツ要町\n管理番号 K-0412 / 築1996年\n")
b513b = "\n--\n建物管理課 木下 翔太\n携帯 090-3318-2075\n\niPhoneから送信\n"
MESSAGES["513_control_iphone_photos_exterior_crack.eml"] = mail(
    envelope(frm=addr("木下 翔太", "kinoshita.s@example.co.jp"),
             to=[addr("丸栄建装 見積係", "mitsumori@maruei-kenso.example")],
             subject="外壁ひび割れの写真(サンハイツ要町)", date="Fri, 21 Nov 2025 14:09:52 +0900",
             msgid="<B513C0DE-2A4F-4C61-9D8B-3E5F7A9B1C13@example.co.jp>", extra=iphone()),
    multipart("mixed", "Apple-Mail-513F0E1D-2C3B-4A59-8877-665544332211", [
        text_leaf(b513a, "utf-8", "quoted-printable"),
        leaf('image/jpeg;\n name="IMG_5012.JPG"', jpeg("513a"), "base64", disp='inline;\n filename="IMG_5012.JPG"'),
        leaf('image/jpeg;\n name="IMG_5013.JPG"', jpeg("513b"), "base64", disp='inline;\n filename="IMG_5013.JPG"'),
        text_leaf(b513b, "utf-8", "quoted-printable"),
    ]))

# ===================================================================================== 514
# Control: water-outage notice to tenants in Bcc (six external organisations); ISO-2022-JP text part
# and a UTF-8 HTML part with inline styles; the numbers in the body are the company's own (signature).
t514 = ("グランフォレスト目白 入居者の皆様\n\n"
        "平素より格別のご高配を賜り、誠にありがとうございます。\n"
        "下記の日程で給水設備(受水槽・加圧給水ポンプ)の法定点検を実施いたします。\n"
        "点検中は断水となりますので、ご理解とご協力をお願いいたします。\n\n"
        "■日時:2025年12月3日(水)10:00〜12:00(予備日 12月5日(金))\n"
        "■内容:受水槽清掃・水質検査・加圧給水ポンプ点検\n"
        "■断水:全戸(点検終了後、しばらく濁った水が出る場合があります)\n"
        "■作業会社:株式会社アクアライフ管理(作業員は社員証を携帯しています)\n\n"
        "※ご不明な点は、当社 管理業務課(03-5953-4415 平日9:30〜18:00)までお問い合わせください。\n"
        "※夜間・休日の緊急時は 24時間緊急受付 0120-480-917 へご連絡ください。\n\n"
        f"-- \n{CO} 管理業務課\n{HQ}\nTEL 03-5953-4415  FAX 03-5953-4411\n24時間緊急受付 0120-480-917\n")
h514 = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Meiryo\',sans-serif;font-size:14px;color:#222">\n'
        '<p>グランフォレスト目白 入居者の皆様</p>\n'
        '<p>平素より格別のご高配を賜り、誠にありがとうございます。<br>下記の日程で給水設備(受水槽・加圧給水ポンプ)の'
        '法定点検を実施いたします。<br>点検中は<span style="color:#d00;font-weight:bold">断水</span>となりますので、'
        'ご理解とご協力をお願いいたします。</p>\n'
        '<table style="border-collapse:collapse;border:1px solid #99b" cellpadding="6">'
        '<tr><th style="background:#e8eef8;text-align:left">日時</th><td>2025年12月3日(水)10:00〜12:00'
        '<span style="font-size:12px;color:#666">(予備日 12月5日(金))</span></td></tr>'
        '<tr><th style="background:#e8eef8;text-align:left">内容</th><td>受水槽清掃・水質検査・加圧給水ポンプ点検</td></tr>'
        '<tr><th style="background:#e8eef8;text-align:left">断水</th><td>全戸(点検終了後、しばらく濁った水が出る場合があります)</td></tr>'
        '<tr><th style="background:#e8eef8;text-align:left">作業会社</th><td>株式会社アクアライフ管理(作業員は社員証を携帯しています)</td></tr>'
        '</table>\n'
        '<p style="font-size:13px">※ご不明な点は、当社 管理業務課(03-5953-4415 平日9:30〜18:00)までお問い合わせください。<br>'
        '※夜間・休日の緊急時は 24時間緊急受付 <b>0120-480-917</b> へご連絡ください。</p>\n'
        f'<hr style="border:none;border-top:1px solid #ccc"><p style="font-size:12px;color:#666">{CO} 管理業務課<br>'
        f'{HQ}<br>TEL 03-5953-4415  FAX 03-5953-4411<br>24時間緊急受付 0120-480-917</p>\n</body></html>\n')
MESSAGES["514_control_html_water_outage_notice_bcc.eml"] = mail(
    envelope(frm=addr("エグザンプル不動産 管理業務課", "kanri@example.co.jp"),
             to=[addr("エグザンプル不動産 管理業務課", "kanri@example.co.jp")],
             bcc=["haruka.t-mejiro@docomo.ne.jp", "k-yoshimura@ezweb.ne.jp", "sk.fujimoto@softbank.ne.jp",
                  "mejiro305@icloud.com", "daiki.arai.work@gmail.com", "n_kawabe2020@yahoo.co.jp"],
             subject="【グランフォレスト目白】給水設備点検に伴う断水のお知らせ(12/3)",
             date="Tue, 25 Nov 2025 10:00:00 +0900", msgid="<20251125100000.514A@example.co.jp>", charset="iso-2022-jp",
             extra=OUTLOOK),
    multipart("alternative", "_000_TY3P286MB0514_", [
        leaf('text/plain; charset="ISO-2022-JP"', jis(t514), "7bit"),
        text_leaf(h514, "utf-8", "quoted-printable", subtype="html"),
    ]))

# ===================================================================================== 515
# 山本 replies from a company phone in Shift_JIS 8bit (① ㈱ ℡ as CP932) to a tenant's softbank mail,
# quoting her old and new mobile numbers; his own ℡ mobile in his signature.
b515 = ("前田様\n\nエグザンプル不動産の\n山本です。\nご連絡ありがとうございます。\n\n"
        "新しい番号で\n登録を変更しました。\n①ご契約者 携帯\n②緊急連絡先\nのうち①のみ\n変更しております。\n"
        "②も変わる場合は\nお知らせください。\n\n"
        "※更新のご案内は\n2026年2月頃に\nお送りします。\n\n"
        "--\nエグザンプル不動産㈱\n賃貸管理部 山本\n℡090-4172-8836\n\n"
        "> 山本様\n> パークサイド大塚401の前田です。\n> 携帯の番号が変わりました。\n"
        "> 旧 090-2218-6604\n> 新 080-9153-4470\n> です。よろしくお願いします。\n")
MESSAGES["515_sjis_8bit_reply_quoting_tenant_new_number.eml"] = mail(
    envelope(frm=addr("山本 健", "yamamoto.k@example.co.jp", "shift_jis"), to=["tomo-maeda@softbank.ne.jp"],
             subject="Re: 電話番号変更しました", date="Sat, 22 Nov 2025 09:14:27 +0900",
             msgid="<20251122091427.515.yamamoto.k@example.co.jp>", charset="shift_jis",
             extra=[("In-Reply-To", "<20251121203312.A0515@softbank.ne.jp>")]),
    text_leaf(b515, "shift_jis", "8bit"))

# ===================================================================================== 516
# Control: RE: RE: to a buyer with a 物件概要書 PDF: price, ㎡/坪, 築年月, 物件番号, 町名 only; the sales
# rep's own mobile in the body (as in his signature) and the company's TEL/〒/address in the PDF.
pdf516 = text_pdf(pdf_lines([
    (220, "物 件 概 要 書(中古戸建)"),
    (400, "物件番号 S-25-1187"),
    (60, "価格 4,980万円(税込)      所在地 練馬区石神井町(住居表示 非公開)"),
    (60, "交通 西武池袋線「石神井公園」駅 徒歩9分"),
    (60, "土地面積 102.45㎡(30.99坪・公簿)   建物面積 96.88㎡(29.30坪)"),
    (60, "構造 木造2階建   間取り 4LDK   築年月 2011年9月(平成23年9月)"),
    (60, "用途地域 第一種低層住居専用地域   建ぺい率 50%   容積率 100%"),
    (60, "接道 南側公道 幅員4.5m 間口6.2m   現況 空家   引渡し 相談(2026年3月下旬予定)"),
    (60, "設備 都市ガス・公営水道・公共下水   駐車場 1台(並列2台可)"),
    (60, "取引態様 媒介   情報更新日 2025年11月19日   次回更新予定日 2025年12月3日"),
    (60, "エグザンプル不動産株式会社 売買仲介部  宅地建物取引業 東京都知事(4)第81234号"),
    (60, "〒171-0022 東京都豊島区南池袋2-26-3 エグザンプル池袋ビル5F  TEL 03-5953-4430  FAX 03-5953-4411")]),
    producer="Microsoft Excel for Microsoft 365", created="20251119100000")
b516 = ("井上様\n\n"
        "いつもお世話になっております。エグザンプル不動産の中川です。\n"
        "ご質問いただいた点、下記のとおり回答いたします。\n\n"
        "1. 価格交渉について:売主様は4,800万円までであれば検討可能とのことです。\n"
        "2. 再建築:可(南側公道 幅員4.5m に 6.2m 接道)\n"
        "3. 築年月:2011年9月(新耐震基準)、2019年に外壁塗装済み\n"
        "4. 引渡し:2026年3月下旬を予定\n\n"
        "物件概要書を改めて添付いたします。ご内見は土日も可能ですので、\n"
        "私の携帯(070-1846-3392)までお気軽にご連絡ください。\n\n"
        + SIG_NAKAGAWA + "\n"
        "-----Original Message-----\n"
        "差出人: 井上 <inoue.family.home@freemail.example>\n"
        "送信日時: 2025年11月20日 21:14\n"
        "宛先: 中川 大輔 <nakagawa.d@example.co.jp>\n"
        "件名: RE: 石神井公園の中古戸建について\n\n"
        "中川様\n\n資料ありがとうございました。\n価格交渉の余地と、再建築の可否を教えてください。\n\n井上\n\n"
        "-----Original Message-----\n"
        "差出人: 中川 大輔 <nakagawa.d@example.co.jp>\n"
        "送信日時: 2025年11月19日 10:30\n"
        "宛先: inoue.family.home@freemail.example\n"
        "件名: 石神井公園の中古戸建について\n\n"
        "井上様\n\n先日はお問い合わせありがとうございました。\n"
        "ご希望の石神井公園駅周辺の中古戸建(物件番号 S-25-1187)の資料をお送りします。\n\n"
        + SIG_NAKAGAWA)
MESSAGES["516_control_re_re_sales_listing_pdf.eml"] = mail(
    envelope(frm=addr("中川 大輔", "nakagawa.d@example.co.jp"), to=[addr("井上 様", "inoue.family.home@freemail.example")],
             subject="RE: RE: 石神井公園の中古戸建について", date="Fri, 21 Nov 2025 09:40:00 +0900",
             msgid="<TY3P286MB0516C1D2E3F4A5B6@TY3P286MB0516.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("mixed", "_009_TY3P286MB0516_", [
        text_leaf(b516, "utf-8", "base64"),
        leaf(f'application/pdf;\n name="{ew_param("物件概要書_S-25-1187.pdf")}"', pdf516, "base64",
             disp=f'attachment;\n filename="{ew_param("物件概要書_S-25-1187.pdf")}"'),
    ]))

# ===================================================================================== 517
# 高橋 -> a corporate tenant (社宅) for its 支払調書: the landlord's 個人番号 (valid; full-width digits and
# ideographic spaces), 〒 and address; 【取扱注意】 in the Subject. Outlook text + HTML.
t517 = ("株式会社アオバ技研\n総務部 ご担当者様\n\n"
        "お世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "不動産の使用料等の支払調書の作成に必要な貸主様の情報を、\n"
        "貸主様の同意を得て、下記のとおりご連絡いたします。\n\n"
        "  貸主氏名 :大西 恭子(オオニシ キョウコ)\n"
        "  貸主住所 :〒176-0012 東京都練馬区豊玉北4-15-8\n"
        f"  個人番号 :{MN517_FW}\n"
        "  物件   :コーポ千川 301号室(貴社 社宅)\n"
        "  年間賃料 :1,056,000円(月額 88,000円)\n"
        "  契約期間 :2024年4月1日〜2026年3月31日\n\n"
        "個人番号は支払調書作成の目的以外には使用せず、作成後は速やかに削除してくださいますよう\n"
        "お願いいたします。\n\n" + sig_takahashi())
h517 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="JA" style="word-wrap:break-word"><div class="WordSection1">\n'
        + "".join(f'<p class="MsoNormal">{escape(line) if line.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
                  for line in t517.split("\n")[:-1])
        + "</div></body></html>\n")
MESSAGES["517_landlord_my_number_shiharai_chosho_keyword.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"), to=[addr("アオバ技研 総務部", "soumu@aoba-giken.example")],
             subject="【取扱注意】支払調書作成用 貸主様情報のご連絡(社宅:コーポ千川301)",
             date="Mon, 24 Nov 2025 11:20:00 +0900",
             msgid="<TY3P286MB0517D4C3B2A1F0E9@TY3P286MB0517.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    multipart("alternative", "_000_TY3P286MB0517_", [
        text_leaf(t517, "utf-8", "base64"),
        text_leaf(h517, "utf-8", "quoted-printable", subtype="html"),
    ]))

# ===================================================================================== 518
# 山本 forwards inline (差出人 block) a tenant's midnight ezweb mail to a locksmith: her mobile in full-width
# digits with ー (katakana long-vowel mark) separators; the room's address (Tokyo ward, no prefecture).
b518 = ("カギのレスキュー池袋 ご担当者様\n\n"
        "エグザンプル不動産 賃貸管理部の山本です。\n"
        "管理物件の入居者様が鍵を紛失され、締め出されているとのことです。\n"
        "身分証で本人確認のうえ、開錠とシリンダー交換をお願いします。費用は当社宛てにご請求ください。\n\n"
        "  現地:ルミエール巣鴨 502号室(豊島区巣鴨3-21-6)\n\n"
        "入居者様の連絡先は下のメールのとおりです。\n\n"
        + SIG_YAMAMOTO + "\n"
        "-----Original Message-----\n"
        "差出人: 岩田 蓮 <ren.iwata-sugamo@ezweb.ne.jp>\n"
        "送信日時: 2025年11月21日 23:48\n"
        "宛先: 賃貸管理部 <chintai-kanri@example.co.jp>\n"
        "件名: 鍵をなくしました\n\n"
        "夜分すみません\nルミエール巣鴨502の\n岩田です\n鍵をなくして\n部屋に入れません\n"
        "今 マンションの前にいます\n連絡は\n０９０ー３８４２ー１１７５\nまでお願いします\n")
MESSAGES["518_fw_ezweb_lockout_to_locksmith.eml"] = mail(
    envelope(frm=addr("山本 健", "yamamoto.k@example.co.jp"), to=[addr("カギのレスキュー池袋", "dispatch@kagi-rescue.example")],
             subject="FW: 鍵をなくしました", date="Sat, 22 Nov 2025 00:05:13 +0900",
             msgid="<TY3P286MB0518E9F8A7B6C5D4@TY3P286MB0518.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    text_leaf(b518, "utf-8", "base64"))

# ===================================================================================== 519
# 山本's iPhone shares a tenant's contact card (.vcf, Apple vCard 3.0 with BDAY and a structured ADR) with
# an air-conditioner contractor.
vcf519 = ("BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 18.1//EN\n"
          "N:前田;智子;;;\nFN:前田 智子\nORG:パークサイド大塚401;\n"
          "TEL;type=CELL;type=VOICE;type=pref:080-9153-4470\n"
          "TEL;type=HOME;type=VOICE:03-3945-6218\n"
          "EMAIL;type=INTERNET;type=HOME;type=pref:tomo-maeda@softbank.ne.jp\n"
          "item1.ADR;type=HOME;type=pref:;;南大塚2-33-10 パークサイド大塚401;豊島区;東京都;170-0005;日本\n"
          "item1.X-ABADR:jp\n"
          "BDAY:1987-06-03\n"
          "END:VCARD\n").replace("\n", "\r\n")
b519a = ("リノベ工房 工事部\n石川様\n\nお世話になっております。\nエグザンプル不動産の山本です。\n"
         "エアコン交換工事の件、\n入居者様の連絡先を\n共有します📇\n"
         "日程は直接調整して\nいただいて大丈夫です。\n\n"
         "工事希望日\n12/6(土)か12/7(日)\n機種 ダイキン 2.2kW\n既設撤去あり\n")
b519b = "\n--\n賃貸管理部 山本 健\n携帯 090-4172-8836\n\niPhoneから送信\n"
MESSAGES["519_iphone_shared_contact_vcf_bday.eml"] = mail(
    envelope(frm=addr("山本 健", "yamamoto.k@example.co.jp"), to=[addr("リノベ工房 工事部", "koji@renove-kobo.example")],
             subject="入居者様の連絡先(パークサイド大塚401 エアコン交換)", date="Mon, 24 Nov 2025 13:02:48 +0900",
             msgid="<0D519A7C-6E2B-4F8A-B1C3-D4E5F6A7B519@example.co.jp>", extra=iphone()),
    multipart("mixed", "Apple-Mail-519C7D2E-1F0A-4B3C-9D8E-7F6A5B4C3D2E", [
        text_leaf(b519a, "utf-8", "quoted-printable"),
        leaf(f'text/vcard; charset="utf-8";\n {rfc2231("name", "前田 智子.vcf")}', vcf519.encode("utf-8"), "base64",
             disp=f'attachment;\n {rfc2231("filename", "前田 智子.vcf")}'),
        text_leaf(b519b, "utf-8", "quoted-printable"),
    ]))

# ===================================================================================== 520
# Control: renewal notice to a tenant; 12-digit 物件管理番号 with a valid My Number check digit but no
# label, 契約期間 / 更新日 / 満了 dates, a 16-digit 請求番号 failing Luhn; the 課's TEL is the signature's.
b520 = ("小松 直樹 様\n\n"
        "いつもお世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "ご入居中のお部屋の賃貸借契約が満了を迎えますので、更新のご案内をお送りいたします。\n\n"
        f"  物件管理番号 :{MGMT520}\n"
        "  物件名    :メゾン要町 101号室\n"
        "  現契約期間  :2024年1月16日〜2026年1月15日\n"
        "  更新日    :2026年1月16日(更新後の期間 2026年1月16日〜2028年1月15日)\n"
        "  更新料    :76,000円(新賃料の1ヶ月分)\n"
        "  更新事務手数料:11,000円(税込)\n"
        "  火災保険   :2026年1月15日満了(同時にご更新をお願いします)\n"
        f"  請求番号   :{BILL520}\n\n"
        "更新料等は2025年12月26日(金)に、毎月の賃料と同じ口座から引き落としとなります。\n"
        "更新契約書(2部)を郵送いたしましたので、ご署名・ご捺印のうえ、\n"
        "2025年12月19日(金)までにご返送ください。\n"
        "ご不明な点は管理業務課(03-5953-4415)までお問い合わせください。\n\n" + sig_takahashi())
MESSAGES["520_control_renewal_12digit_property_number.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"), to=[addr("小松 直樹", "naoki.komatsu@freemail.example")],
             subject="【メゾン要町101】賃貸借契約 更新のご案内", date="Tue, 25 Nov 2025 14:30:00 +0900",
             msgid="<TY3P286MB0520A0B1C2D3E4F5@TY3P286MB0520.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    text_leaf(b520, "utf-8", "quoted-printable"))

# ===================================================================================== 521
# 佐藤's iPhone to a rent-collection agency: the new tenant's 口座振替 details typed under the photo of
# the form: 楽天銀行 第二営業支店 普通 ７７０４１２９ (full-width); a 16-digit お客様番号 failing Luhn.
b521 = ("ペイコレクト\n口座振替ご担当様\n\nお世話になっております。\nエグザンプル不動産の\n佐藤です。\n"
        "12/1入居の森田様の\n口座振替依頼書の\n写真を送ります📷\n原本は本日郵送します。\n\n"
        "念のため記載内容です。\n"
        f"お客様番号\n{CUST521}\n"
        "金融機関 楽天銀行\n支店 第二営業支店(252)\n預金種目 普通\n口座番号 ７７０４１２９\n"
        "名義 モリタ サオリ\n引落開始 2026年1月分\n\n"
        "写真が見づらければ\nご連絡ください。\n\n"
        "--\nエグザンプル不動産㈱\n池袋東口店 佐藤 美咲\n📱080-2259-6741\n\niPhoneから送信\n")
MESSAGES["521_iphone_rent_debit_account_photo.eml"] = mail(
    envelope(frm=addr("佐藤 美咲", "sato.m@example.co.jp"), to=[addr("ペイコレクト 口座振替受付", "furikae@paycollect.example")],
             subject="口座振替依頼書の件(グランフォレスト目白305 森田様)", date="Tue, 25 Nov 2025 16:47:30 +0900",
             msgid="<7F521B3D-9C8E-4A1F-B2D3-E4F5A6B7C521@example.co.jp>", extra=iphone()),
    multipart("mixed", "Apple-Mail-521A1B2C-3D4E-5F60-7182-93A4B5C6D7E8", [
        text_leaf(b521, "utf-8", "base64"),
        leaf('image/jpeg;\n name="IMG_4907.JPG"', jpeg("521"), "base64", disp='inline;\n filename="IMG_4907.JPG"'),
    ]))

# ===================================================================================== 522
# 高橋 forwards (FW: FW: RE:, Japanese blocks) a noise complaint to the owner and his son's company (two
# external organisations): the complaining tenant's evening mobile and private mail in her quoted
# reply, the other tenant's mobile (full-width, －) in the top text; 高橋's own signature at two levels.
b522 = ("村井様\n(CC:村井拓也様)\n\n"
        "いつもお世話になっております。エグザンプル不動産 管理業務課の高橋です。\n"
        "パークサイド大塚302号室の中野様から、402号室の生活音について苦情が寄せられております。\n"
        "これまでの経緯を下記に転送いたします。\n\n"
        "402号室(坂口様、携帯 ０７０－２９１３－４８５６)には、当社から注意文を投函済みで、\n"
        "11月27日(木)夜にお電話でお話しする予定です。結果は改めてご報告いたします。\n\n"
        + sig_takahashi() + "\n"
        "-----Original Message-----\n"
        "差出人: 高橋 由紀 <takahashi.y@example.co.jp>\n"
        "送信日時: 2025年11月25日 9:02\n"
        "宛先: 賃貸管理部 <chintai-kanri@example.co.jp>\n"
        "件名: FW: RE: 上階の騒音について(パークサイド大塚302)\n\n"
        "賃貸管理部の皆さん\n\n302の中野様から返信がありました。402の坂口様への対応をご相談させてください。\n\n"
        + sig_takahashi() + "\n"
        "-----Original Message-----\n"
        "差出人: 中野 陽菜 <hina.nakano-302@docomo.ne.jp>\n"
        "送信日時: 2025年11月24日 22:31\n"
        "宛先: 高橋 由紀 <takahashi.y@example.co.jp>\n"
        "件名: RE: 上階の騒音について(パークサイド大塚302)\n\n"
        "高橋様\n\nご連絡ありがとうございます。\n"
        "上の階の足音とドアの音が、ほぼ毎晩23時〜1時頃まで続いています。\n"
        "平日の日中は仕事で電話に出られないので、\n"
        "夜20時以降に 090-6178-2254 にお願いします。\n"
        "メールは会社のPCでも見られるよう hina.n.work@freemail.example にも送ってください。\n\n中野\n\n"
        "-----Original Message-----\n"
        "差出人: 高橋 由紀 <takahashi.y@example.co.jp>\n"
        "送信日時: 2025年11月21日 14:10\n"
        "宛先: hina.nakano-302@docomo.ne.jp\n"
        "件名: 上階の騒音について(パークサイド大塚302)\n\n"
        "中野様\n\nお電話ありがとうございました。エグザンプル不動産の高橋です。\n"
        "音の種類と時間帯を、わかる範囲でお知らせいただけますでしょうか。\n\n"
        + sig_takahashi())
MESSAGES["522_outlook_fw_fw_re_noise_complaint_owner.eml"] = mail(
    envelope(frm=addr("高橋 由紀", "takahashi.y@example.co.jp"), to=[addr("村井 様", "murai.owner@freemail.example")],
             cc=[addr("村井 拓也", "takuya.murai@murai-kensetsu.example")],
             subject="FW: FW: RE: 上階の騒音について(パークサイド大塚302)", date="Wed, 26 Nov 2025 10:25:00 +0900",
             msgid="<TY3P286MB05221A2B3C4D5E6F@TY3P286MB0522.JPNP286.PROD.OUTLOOK.COM>", extra=OUTLOOK),
    text_leaf(b522, "utf-8", "quoted-printable"))


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    for n, data in MESSAGES.items():
        out = crlf(data)
        assert b"\r\n" in out and b"\n" not in out.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(out)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
