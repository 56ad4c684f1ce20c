"""Writes the corpus messages that cannot be written by hand (tests/corpus/*.eml).

Most of the corpus is plain UTF-8 .eml files, committed as they are. The messages built
here carry binary attachments (xlsx, docx, pdf, zip, an encrypted zip, a Shift_JIS CSV),
bodies in ISO-2022-JP or Shift_JIS, or base64 that has to be cut at an exact byte. The
text of each one is readable below; the output is deterministic (fixed dates, fixed
boundaries, fixed ZIP timestamps, a fixed PDF /ID), so the committed files can be checked
against this script:

    .venv/bin/python tests/corpus_build/build.py          # (re)write the files
    .venv/bin/python tests/corpus_build/build.py --check  # exit 1 if any file differs

tests/test_corpus.py runs the same check. The bytes depend on openpyxl (xlsx), pypdf
(the encrypted PDF) and zlib (deflate): after an upgrade of one of them the check may fail
with nothing wrong in the corpus; then write the files again and rerun tests/test_corpus.py
(the content, and so the labels, stay the same). Labels live in tests/corpus/labels.toml.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import quopri
import re
import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from email.header import Header
from pathlib import Path
from urllib.parse import quote

from openpyxl import Workbook
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

if not __package__:  # run as a script: the repository root, for tests.msgfile
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.msgfile import msg_file

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# ---------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------

SIG_SATO = """\
━━━━━━━━━━━━━━━━━━━━━━━━
株式会社エグザンプル 営業部 第一課
佐藤 一郎 (Sato Ichiro)
〒105-0011 東京都港区芝公園1-2-3 エグザンプルビル5F
TEL: 03-6453-1200 / FAX: 03-6453-1201
携帯: 090-2345-6789
Mail: sato@example.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_TAMURA = """\
--
株式会社エグザンプル 人事部
田村 洋子
TEL: 03-6453-1600
"""

SIG_SUZUKI = """\
--
株式会社エグザンプル マーケティング部
鈴木 花子
TEL: 03-6453-1800
"""

SIG_NAKAMURA = """\
--
株式会社エグザンプル 経理部
中村 健
TEL: 03-6453-1500
"""


def wrap(text: str) -> str:
    """Lines of 76 characters (RFC 2045 §6.8), each ending in a newline."""
    return "".join(text[i : i + 76] + "\n" for i in range(0, len(text), 76))


def b64(data: bytes) -> str:
    return wrap(base64.b64encode(data).decode("ascii"))


def encoded_word(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 header value, folded as mailers fold it."""
    return Header(text, charset).encode(maxlinelen=76, linesep="\n")


def rfc2231(name: str) -> str:
    return "UTF-8''" + quote(name, safe="")


def headers(
    *,
    sender: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    content_type: str,
    cte: str | None = None,
    cc: str | None = None,
) -> str:
    lines = [f"From: {sender}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: <{msgid}@mail.example.co.jp>",
        "MIME-Version: 1.0",
        f"Content-Type: {content_type}",
    ]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(lines) + "\n\n"


def text_part(body: str) -> str:
    return "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body


def file_part(ctype: str, name: str, data: bytes, *, style: str = "2231") -> str:
    """An attachment part. style "2231": RFC 2231 file name (Thunderbird, Gmail);
    "2047": an RFC 2047 word in quotes (Outlook and most Japanese mailers)."""
    if name.isascii():
        ct_name = f'; name="{name}"'
        cd_name = f'; filename="{name}"'
    elif style == "2047":
        word = Header(name, "iso-2022-jp").encode(maxlinelen=998)
        ct_name = f'; name="{word}"'
        cd_name = f'; filename="{word}"'
    else:
        ct_name = ""
        cd_name = f"; filename*={rfc2231(name)}"
    return (
        f"Content-Type: {ctype}{ct_name}\n"
        f"Content-Disposition: attachment{cd_name}\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(data)
    )


def multipart(boundary: str, parts: Sequence[str], subtype: str = "mixed") -> tuple[str, str]:
    """(Content-Type value, body) of a multipart entity."""
    body = "".join(f"--{boundary}\n{part.rstrip(chr(10))}\n\n" for part in parts)
    body += f"--{boundary}--\n"
    return f'multipart/{subtype}; boundary="{boundary}"', body


def mixed_message(
    *,
    sender: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    body: str,
    attachments: Sequence[str],
    cc: str | None = None,
) -> bytes:
    ctype, content = multipart(f"=_mix_{msgid[-4:]}", [text_part(body), *attachments])
    head = headers(
        sender=sender, to=to, cc=cc, subject=subject, date=date, msgid=msgid, content_type=ctype
    )
    return (head + content).encode("utf-8")


# -- ZIP: written by hand, so names can be CP932 without the UTF-8 flag (as Windows'
# -- "send to compressed folder" writes them) and members can be ZipCrypto-encrypted.

_DOS_TIME = (9 << 11) | (0 << 5) | 0  # 09:00:00
_DOS_DATE = ((2024 - 1980) << 9) | (7 << 5) | 1  # 2024-07-01


class _ZipCrypto:
    """Traditional PKWARE encryption (APPNOTE.TXT §6.1), the "ZipCrypto" of Windows."""

    def __init__(self, password: bytes) -> None:
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in password:
            self._update(c)

    @staticmethod
    def _crc(crc: int, byte: int) -> int:
        return zlib.crc32(bytes((byte,)), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def _update(self, c: int) -> None:
        self.k0 = self._crc(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, self.k1 >> 24)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            temp = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def zip_bytes(
    members: Sequence[tuple[str, bytes]], *, names: str = "utf-8", password: bytes | None = None
) -> bytes:
    """A deflated ZIP. names: "utf-8" (flag bit 11 set) or "cp932" (no flag, as Windows)."""
    out = io.BytesIO()
    central = []
    for name, data in members:
        raw_name = name.encode(names)
        flags = 0x800 if names == "utf-8" and not name.isascii() else 0
        crc = zlib.crc32(data)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        payload = compressor.compress(data) + compressor.flush()
        if password is not None:
            flags |= 0x1
            crypto = _ZipCrypto(password)
            seed = hashlib.sha256(raw_name + data).digest()[:11]
            payload = crypto.encrypt(seed + bytes((crc >> 24,)) + payload)
        offset = out.tell()
        fields = (20, flags, 8, _DOS_TIME, _DOS_DATE, crc, len(payload), len(data))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, len(raw_name), 0))
        out.write(raw_name)
        out.write(payload)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                *fields,
                len(raw_name),
                0,
                0,
                0,
                0,
                0x20,
                offset,
            )
            + raw_name
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0)
    )
    return out.getvalue()


def _repack(data: bytes, replace: dict[str, bytes]) -> bytes:
    """An Office file's ZIP again, with fixed timestamps (openpyxl stamps the time)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    members = [
        (info.filename, replace.get(info.filename, src.read(info))) for info in src.infolist()
    ]
    return zip_bytes(members)


_CORE_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl'
    b'.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>'
    b'Example Co., Ltd.</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">'
    b'2024-07-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">'
    b"2024-07-01T09:00:00Z</dcterms:modified></cp:coreProperties>"
)


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
        for line in ws.iter_rows():
            for cell in line:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy/m/d"
    buf = io.BytesIO()
    wb.save(buf)
    return _repack(buf.getvalue(), {"docProps/core.xml": _CORE_XML})


def docx_bytes(blocks: Sequence[str | Sequence[Sequence[str]]]) -> bytes:
    """A minimal WordprocessingML document (ECMA-376 Part 1 §17): a string is a paragraph
    (one run), a list of rows is a table (<w:tbl>, §17.4) with one paragraph per cell."""

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

    def table(rows: Sequence[Sequence[str]]) -> str:
        width = max(len(row) for row in rows)
        grid = "".join('<w:gridCol w:w="2800"/>' for _ in range(width))
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        trs = "".join(
            "<w:tr>"
            + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>'
                for c in row
            )
            + "</w:tr>"
            for row in rows
        )
        return (
            f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>"
        )

    body = "".join(para(b) if isinstance(b, str) else table(b) for b in blocks)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    ).encode()
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.document.main+xml"/>'
        b'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        b'package.core-properties+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/>'
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        b'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
            ("docProps/core.xml", _CORE_XML),
        ]
    )


_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def pdf_bytes(lines: Sequence[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Japanese too).

    Type0 font, Identity-H, CID = the character's code point, and a ToUnicode CMap that
    maps each CID back (ISO 32000-1 §9.10.3): text extraction gets the exact text. The
    font is not embedded, so viewers substitute glyphs; only the text layer matters here.
    """
    content = ["BT", "/F1 11 Tf", "16 TL", "50 790 Td"]
    for line in lines:
        content.append("<" + "".join(f"{ord(c):04X}" for c in line) + "> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(_TO_UNICODE) + _TO_UNICODE + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 6 "
        b"/FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 700 /StemV 80 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


_FILE_ID = b"mailguard-corpus"  # 16 bytes


def encrypted_pdf_bytes(lines: Sequence[str], password: str) -> bytes:
    """The PDF above, encrypted with a user password (RC4-128, as older tools write)."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(lines))).pages:
        writer.add_page(page)
    writer.add_metadata({"/Producer": "Example Co., Ltd."})
    writer._ID = ArrayObject([ByteStringObject(_FILE_ID), ByteStringObject(_FILE_ID)])
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    # pypdf draws the second /ID element at random on every write; the key depends on the
    # first only, so fix the second for a reproducible file.
    return re.sub(rb"(/ID \[ <[0-9a-f]{32}> <)[0-9a-f]{32}(> \])",
                  rb"\g<1>" + _FILE_ID.hex().encode() + rb"\g<2>", buf.getvalue())  # fmt: skip


def csv_bytes(rows: Sequence[Sequence[str]], encoding: str, *, bom: bool = False) -> bytes:
    text = "".join(",".join(row) + "\r\n" for row in rows)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


# ---------------------------------------------------------------------------------------
# The messages
# ---------------------------------------------------------------------------------------

MESSAGES: dict[str, Callable[[], bytes]] = {}


def message(name: str) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    def register(fn: Callable[[], bytes]) -> Callable[[], bytes]:
        MESSAGES[name] = fn
        return fn

    return register


@message("41_mime_iso2022jp_keyword_subject.eml")
def _iso2022jp_keyword() -> bytes:
    body = """\
山田商事株式会社
購買部 田中 様

いつもお世話になっております。エグザンプルの佐藤です。
来期の新製品(LP-9500 シリーズ)の販売計画をお知らせいたします。

  発表予定：2024年9月上旬
  出荷開始：2024年10月1日
  想定価格：現行機種の約1割増

正式発表までは、貴社内でもご関係の方に限ってご共有いただけますと幸いです。

--
株式会社エグザンプル 営業部
佐藤 一郎
"""
    head = headers(
        sender=encoded_word("佐藤 一郎", "iso-2022-jp") + " <sato@example.co.jp>",
        to="tanaka@yamada-shoji.example",
        subject=encoded_word("【社外秘】新製品の販売計画について", "iso-2022-jp"),
        date="Mon, 08 Jul 2024 10:00:00 +0900",
        msgid="20240708100000.4141",
        content_type="text/plain; charset=ISO-2022-JP",
        cte="7bit",
    )
    return head.encode("ascii") + body.encode("iso-2022-jp")


@message("42_mime_iso2022jp_mynumber_fullwidth.eml")
def _iso2022jp_mynumber() -> bytes:
    body = """\
さくら社会保険労務士事務所
森 先生

いつもお世話になっております。エグザンプル人事部の田村です。
先日お送りした扶養異動届に、配偶者の個人番号が抜けておりました。

  被保険者：松本 翔太
  配偶者　：松本 美穂
  配偶者の個人番号：１７３２　０５０８　０７５０

お手数ですが、追記のうえ手続きをお願いいたします。

--
株式会社エグザンプル 人事部
田村 洋子
"""
    head = headers(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="office@sr-office.example",
        subject=encoded_word("扶養異動届の追記(個人番号)", "iso-2022-jp"),
        date="Tue, 09 Jul 2024 11:00:00 +0900",
        msgid="20240709110000.4242",
        content_type="text/plain; charset=ISO-2022-JP",
        cte="7bit",
    )
    return head.encode("ascii") + body.encode("iso-2022-jp")


@message("43_mime_sjis_base64_body.eml")
def _sjis_base64_body() -> bytes:
    # Declared Shift_JIS, written with CP932's extra characters (①, 髙), as Outlook does.
    body = """\
イベントワークス株式会社
運営ご担当者様

エグザンプルの佐藤です。
8月の商談会の当日連絡先です。

①現地責任者：髙橋 健　090-8642-1357
②設営担当　：森田 健一　080-9753-2468

よろしくお願いいたします。
"""
    head = headers(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="staff@event-works.example",
        subject=encoded_word("商談会の当日連絡先", "iso-2022-jp"),
        date="Wed, 10 Jul 2024 12:00:00 +0900",
        msgid="20240710120000.4343",
        content_type="text/plain; charset=Shift_JIS",
        cte="base64",
    )
    return head.encode("ascii") + b64(body.replace("\n", "\r\n").encode("cp932")).encode()


CUSTOMERS_CSV = [
    ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日"],
    ["C-10021", "青木 真由美", "アオキ マユミ", "060-0042", "北海道札幌市中央区大通西5丁目8番地",
     "011-231-4567", "m.aoki@freemail.example", "1978/03/21"],
    ["C-10022", "石田 浩二", "イシダ コウジ", "980-0811", "宮城県仙台市青葉区一番町2-4-6",
     "022-261-7788", "koji.ishida@isp-mail.example", "1985/11/02"],
    ["C-10023", "上野 早苗", "ウエノ サナエ", "460-0008", "愛知県名古屋市中区栄3-15-33",
     "052-241-3344", "sanae-ueno@freemail.example", "1990/07/15"],
    ["C-10024", "岡田 誠", "オカダ マコト", "530-0001", "大阪府大阪市北区梅田1-3-1",
     "06-6345-7788", "okada.makoto@isp-mail.example", "1969/01/30"],
    ["C-10025", "川口 由香", "カワグチ ユカ", "810-0001", "福岡県福岡市中央区天神2-11-1",
     "092-712-3456", "yuka_k@freemail.example", "1995/09/09"],
    ["C-10026", "菊地 剛", "キクチ ツヨシ", "900-0015", "沖縄県那覇市久茂地1-1-1",
     "098-861-2233", "kikuchi.t@isp-mail.example", "1982/12/24"],
]  # fmt: skip


@message("44_att_csv_sjis_customers.eml")
def _csv_sjis() -> bytes:
    body = f"""\
ロジセンター 出荷ご担当者様

エグザンプル マーケティング部の鈴木です。
夏のキャンペーン当選者6名の一覧(CSV)を添付します。
ギフトの発送をお願いいたします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="shukka@logi-center.example",
        subject="キャンペーン当選者リスト",
        date="Thu, 11 Jul 2024 10:00:00 +0900",
        msgid="20240711100000.4444",
        body=body,
        attachments=[
            file_part(
                "text/csv",
                "当選者リスト_202407.csv",
                csv_bytes(CUSTOMERS_CSV, "cp932"),
                style="2047",
            )
        ],
    )


@message("45_att_xlsx_customer_list.eml")
def _xlsx_customers() -> bytes:
    rows = [
        ["No.", "氏名", "郵便番号", "住所", "電話番号", "メールアドレス", "担当"],
        [1, "林 美咲", "150-0002", "東京都渋谷区渋谷2-21-1", "03-3400-1234", "misaki.h@freemail.example", "佐藤"],
        [2, "森田 健一", "220-0012", "神奈川県横浜市西区みなとみらい3-5-1", "045-222-5678", "k-morita@isp-mail.example", "佐藤"],
        [3, "清水 大輔", "330-0846", "埼玉県さいたま市大宮区大門町2-118", "048-641-9012", "d.shimizu@freemail.example", "伊藤"],
        [4, "野口 愛", "260-0028", "千葉県千葉市中央区新町1000", "043-238-3456", "ai.noguchi@isp-mail.example", "伊藤"],
        [5, "竹田 純", "600-8216", "京都府京都市下京区烏丸通塩小路下ル東塩小路町721-1", "075-361-7890", "jun.takeda@freemail.example", "佐藤"],
        [6, "西村 恵", "650-0021", "兵庫県神戸市中央区三宮町1-10-1", "078-391-2345", "megumi.n@isp-mail.example", "鈴木"],
        [7, "松田 亮", "730-0011", "広島県広島市中区基町6-78", "082-502-6789", "ryo.matsuda@freemail.example", "鈴木"],
        [8, "藤井 葵", "980-6190", "宮城県仙台市青葉区中央1-3-1", "022-212-0123", "aoi.fujii@isp-mail.example", "伊藤"],
    ]  # fmt: skip
    summary = [["担当", "件数"], ["佐藤", 3], ["伊藤", 3], ["鈴木", 2]]
    body = f"""\
山田商事株式会社
購買部 田中 様

エグザンプルの佐藤です。
共同キャンペーンの参加者名簿(8名)をお送りします。
DM の発送準備にお使いください。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="tanaka@yamada-shoji.example",
        subject="共同キャンペーン参加者名簿",
        date="Fri, 12 Jul 2024 15:00:00 +0900",
        msgid="20240712150000.4545",
        body=body,
        attachments=[
            file_part(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "顧客名簿_キャンペーン.xlsx",
                xlsx_bytes([("名簿", rows), ("集計", summary)]),
            )
        ],
    )


@message("46_att_xlsx_mynumber_column.eml")
def _xlsx_mynumber() -> bytes:
    # 社員番号 values are 12 digits with a valid My Number check digit: not My Numbers.
    rows = [
        ["社員番号", "氏名", "所属", "マイナンバー", "入社日"],
        ["522377041115", "松本 翔太", "営業部", "354466289651", dt.date(2024, 4, 1)],
        ["945061989921", "井上 さくら", "開発部", "961378123275", dt.date(2024, 4, 15)],
        ["633044316350", "木村 拓也", "開発部", 320352799461, dt.date(2024, 6, 1)],
        ["295589999266", "林 美咲", "総務部", "832234447497", dt.date(2024, 7, 1)],
        ["295654309086", "森田 健一", "営業部", 610061314833, dt.date(2024, 7, 1)],
    ]
    body = f"""\
さくら社会保険労務士事務所
森 先生

エグザンプル人事部の田村です。
上期入社5名のマイナンバー一覧(Excel)を添付します。
源泉徴収票の作成にお使いください。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="office@sr-office.example",
        subject="上期入社者のマイナンバー一覧",
        date="Mon, 15 Jul 2024 09:30:00 +0900",
        msgid="20240715093000.4646",
        body=body,
        attachments=[
            file_part(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "入社者一覧_2024上期.xlsx",
                xlsx_bytes([("Sheet1", rows)]),
            )
        ],
    )


@message("47_att_xlsx_price_list.eml")
def _xlsx_prices() -> bytes:
    # 商品コード: 12 digits with a valid My Number check digit; JAN: valid EAN-13;
    # 年間見込額 in whole yen (7 digits) next to products named 普通紙 (plain paper).
    rows = [
        ["商品コード", "JANコード", "品名", "入数", "年間見込額(円)", "発売日"],
        ["691708942963", "4901234567894", "普通紙 A4 500枚", 50, 1234567, dt.date(2024, 8, 1)],
        ["747746564382", "4530000012346", "普通紙 B5 500枚", 50, 1098765, dt.date(2024, 8, 1)],
        ["553509108845", "4580000000010", "カラー用紙 A4 200枚", 40, 2345678, dt.date(2024, 9, 1)],
        ["504564895740", "4901234567894", "普通紙 A4 500枚(再生紙)", 50, 1187654, dt.date(2024, 9, 1)],
    ]  # fmt: skip
    body = """\
問屋トン株式会社 受注センター御中

エグザンプル総務部の伊藤です。
秋の新商品を含む価格表(Excel)を添付します。ご確認ください。

--
株式会社エグザンプル 総務部
伊藤 美香
TEL: 03-6453-1300
"""
    return mixed_message(
        sender="Ito Mika <ito@example.co.jp>",
        to="order@oroshi-ton.example",
        subject="2024年秋 価格表",
        date="Tue, 16 Jul 2024 14:00:00 +0900",
        msgid="20240716140000.4747",
        body=body,
        attachments=[
            file_part(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "price_list_2024autumn.xlsx",
                xlsx_bytes([("価格表", rows)]),
            )
        ],
    )


@message("48_att_docx_contract.eml")
def _docx_contract() -> bytes:
    paragraphs = [
        "【取扱注意】",
        "業務委託契約書(案)",
        "山田商事株式会社(以下「甲」という。)と株式会社エグザンプル(以下「乙」という。)は、"
        "次のとおり業務委託契約を締結する。",
        "第1条(目的) 甲は乙に対し、プリンター保守業務を委託する。",
        "第2条(委託料) 甲は乙に対し、月額 120,000円(税別)を支払う。",
        "第3条(支払方法) 甲は委託料を翌月末日までに次の口座に振り込む。",
        "振込先:三井住友銀行 芝支店 普通 7654321 カ）エグザンプル",
        "(甲)山田商事株式会社 法人番号 9300000012345",
        "〒541-0041 大阪府大阪市中央区北浜2-3-10",
        "(乙)株式会社エグザンプル",
        "〒105-0011 東京都港区芝公園1-2-3",
        "2024年7月17日",
    ]
    body = f"""\
山田商事株式会社
購買部 田中 様

エグザンプルの佐藤です。
保守契約の契約書(案)を添付いたします。ご確認をお願いいたします。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="tanaka@yamada-shoji.example",
        subject="業務委託契約書(案)の送付",
        date="Wed, 17 Jul 2024 16:00:00 +0900",
        msgid="20240717160000.4848",
        body=body,
        attachments=[
            file_part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "業務委託契約書_案.docx",
                docx_bytes(paragraphs),
            )
        ],
    )


@message("49_att_docx_minutes.eml")
def _docx_minutes() -> bytes:
    paragraphs = [
        "定例会議 議事録",
        "日時:2024年7月16日(火) 14:00〜15:00",
        "場所:山田商事 本社 3階会議室 / Teams(会議 ID: 234 567 890 123)",
        "出席者:山田商事 田中様、森様 / エグザンプル 佐藤、高橋",
        "1. 6月の稼働状況:プリンター 12台、稼働率 98.7%",
        "2. 故障対応:E-204 エラー 1件(6月21日 対応済み、部品番号 4012345678901)",
        "3. 次回:2024年8月20日(火) 14:00",
    ]
    body = f"""\
山田商事株式会社
購買部 田中 様

エグザンプルの佐藤です。
本日の定例会議の議事録を添付いたします。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="tanaka@yamada-shoji.example",
        cc="mori@yamada-shoji.example",
        subject="定例会議 議事録(7/16)",
        date="Tue, 16 Jul 2024 18:00:00 +0900",
        msgid="20240716180000.4949",
        body=body,
        attachments=[
            file_part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "議事録_20240716.docx",
                docx_bytes(paragraphs),
            )
        ],
    )


@message("50_att_pdf_payment_iban.eml")
def _pdf_iban() -> bytes:
    # IBANs from Microsoft Presidio's presidio-analyzer/tests/test_iban_recognizer.py.
    lines = [
        "PAYMENT INSTRUCTION  No. PI-2024-0719",
        "Remitter: Example Co., Ltd., Tokyo",
        "Date: 19 July 2024",
        "1. Beneficiary: Societe Exemple SARL, Paris",
        "   IBAN: FR14 2004 1010 0505 0001 3M02 606",
        "   Amount: EUR 48,200.00  (invoice FE-2024-118)",
        "2. Beneficiary: Voorbeeld B.V., Amsterdam",
        "   IBAN: NL91ABNA0417164300",
        "   Amount: EUR 12,750.00  (invoice VB-77812)",
        "Value date: 24 July 2024",
    ]
    body = f"""\
みなと銀行 外為センター ご担当者様

エグザンプル経理部の中村です。
7月24日付の海外送金(2件)の依頼書を添付します。
よろしくお願いいたします。

{SIG_NAKAMURA}"""
    return mixed_message(
        sender="Nakamura Ken <nakamura@example.co.jp>",
        to="gaitame@minato-bank.example",
        subject="海外送金依頼(2件)",
        date="Fri, 19 Jul 2024 10:00:00 +0900",
        msgid="20240719100000.5050",
        body=body,
        attachments=[
            file_part("application/pdf", "payment_instruction_0719.pdf", pdf_bytes(lines))
        ],
    )


RESUME_LINES = [
    "履 歴 書",
    "2024年7月20日現在",
    "氏名 　清水 大輔 (シミズ ダイスケ)",
    "生年月日 　1988年6月3日 (満36歳)",
    "現住所 　〒330-0846 埼玉県さいたま市大宮区大門町2-118",
    "電話 　080-3141-5926",
    "メール 　d.shimizu@freemail.example",
    "学歴・職歴",
    "2011年3月 　○○大学 工学部 卒業",
    "2011年4月 　株式会社△△システム 入社",
]


@message("51_att_pdf_resume_ja.eml")
def _pdf_resume() -> bytes:
    body = f"""\
キャリアエージェント 山下様

エグザンプル人事部の田村です。
ご紹介いただいた候補者の書類選考の結果、一次面接に進んでいただくことになりました。
ご本人の履歴書を念のため返送いたしますので、面接日程の調整をお願いいたします。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="yamashita@career-agent.example",
        subject="書類選考の結果(清水様)",
        date="Mon, 22 Jul 2024 13:00:00 +0900",
        msgid="20240722130000.5151",
        body=body,
        attachments=[
            file_part(
                "application/pdf", "履歴書_清水大輔.pdf", pdf_bytes(RESUME_LINES), style="2047"
            )
        ],
    )


@message("52_att_zip_customer_csv.eml")
def _zip_csv() -> bytes:
    rows = [
        ["会員番号", "氏名", "電話番号", "メールアドレス", "ランク"],
        ["M0001", "青木 真由美", "090-1122-3344", "m.aoki@freemail.example", "ゴールド"],
        ["M0002", "石田 浩二", "080-2233-4455", "koji.ishida@isp-mail.example", "シルバー"],
        ["M0003", "上野 早苗", "070-3344-5566", "sanae-ueno@freemail.example", "ゴールド"],
        ["M0004", "岡田 誠", "06-6345-7788", "okada.makoto@isp-mail.example", "一般"],
        ["M0005", "川口 由香", "092-712-3456", "yuka_k@freemail.example", "一般"],
    ]
    archive = zip_bytes(
        [
            ("会員データ/会員一覧.csv", csv_bytes(rows, "utf-8", bom=True)),
            ("会員データ/readme.txt", "会員一覧(2024年7月末時点)\r\n".encode("cp932")),
        ],
        names="cp932",
    )
    body = f"""\
メーリングサービス 管理ご担当者様

エグザンプル マーケティング部の鈴木です。
会員データ(ZIP)を添付します。8月のキャンペーン配信にお使いください。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="list-admin@mailing-service.example",
        subject="会員データの送付",
        date="Tue, 23 Jul 2024 11:00:00 +0900",
        msgid="20240723110000.5252",
        body=body,
        attachments=[
            file_part("application/x-zip-compressed", "会員データ.zip", archive, style="2047")
        ],
    )


QUOTE_PDF_LINES = [
    "御見積書",
    "見積番号 Q-2024-0724",
    "LP-9500 × 6台  2,028,000円(税抜)",
]


def _ppap(to: str, msgid: str, date: str) -> bytes:
    archive = zip_bytes(
        [("御見積書_Q-2024-0724.pdf", pdf_bytes(QUOTE_PDF_LINES))], password=b"Ex4mple!0724"
    )
    body = f"""\
ご担当者様

エグザンプルの佐藤です。
御見積書をパスワード付き ZIP にてお送りします。
パスワードは別のメールでお知らせします。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to=to,
        subject="御見積書の送付(Q-2024-0724)",
        date=date,
        msgid=msgid,
        body=body,
        attachments=[file_part("application/zip", "御見積書_Q-2024-0724.zip", archive)],
    )


@message("53_att_zip_encrypted.eml")
def _zip_encrypted() -> bytes:
    return _ppap("tanaka@yamada-shoji.example", "20240724100000.5353",
                 "Wed, 24 Jul 2024 10:00:00 +0900")  # fmt: skip


@message("54_att_zip_encrypted_internal.eml")
def _zip_encrypted_internal() -> bytes:
    return _ppap("takahashi@example.co.jp", "20240724100500.5454",
                 "Wed, 24 Jul 2024 10:05:00 +0900")  # fmt: skip


@message("58_broken_truncated_base64.eml")
def _truncated_base64() -> bytes:
    rows = [
        ["氏名", "電話番号", "備考"],
        ["林 美咲", "090-4321-8765", "午前のみ"],
        ["森田 健一", "080-5432-9876", "終日"],
        ["清水 大輔", "070-6543-1098", "午後のみ"],
    ]
    plain = csv_bytes(rows, "utf-8")
    data = base64.b64encode(plain).decode("ascii")
    # Cut as a broken transfer cuts it: at a length no base64 decoder accepts (4n + 1),
    # inside the last row's phone number; the first two rows decode whole.
    keep = plain.index(b"070-65") + len(b"070-65")
    truncated = wrap(data[: (keep // 3) * 4 + 1])
    body = """\
イベントワークス 運営ご担当者様

エグザンプルの佐藤です。秋の展示会の当日スタッフ(3名)の連絡先を添付します。

--
株式会社エグザンプル 営業部
佐藤 一郎
"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="staff@event-works.example",
        subject="展示会スタッフ連絡先(CSV)",
        date="Thu, 25 Jul 2024 09:00:00 +0900",
        msgid="20240725090000.5858",
        body=body,
        attachments=[
            'Content-Type: text/csv; charset=UTF-8; name="staff.csv"\n'
            'Content-Disposition: attachment; filename="staff.csv"\n'
            "Content-Transfer-Encoding: base64\n\n" + truncated
        ],
    )


@message("59_broken_internal_truncated.eml")
def _internal_truncated() -> bytes:
    text = "高橋さん\n\n佐藤です。来週の定例は水曜日の15時に変更になりました。\n\n佐藤\n"
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    truncated = wrap(data[: (len(data) // 4 - 2) * 4 + 1])
    head = headers(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="takahashi@example.co.jp",
        subject=encoded_word("定例の日程変更"),
        date="Thu, 25 Jul 2024 09:30:00 +0900",
        msgid="20240725093000.5959",
        content_type="text/plain; charset=UTF-8",
        cte="base64",
    )
    return (head + truncated).encode("ascii")


@message("68_att_zip_nested_eml.eml")
def _zip_nested_eml() -> bytes:
    inner = f"""\
From: Tamura Yoko <tamura@example.co.jp>
To: Nakamura Ken <nakamura@example.co.jp>
Subject: {encoded_word("住民税の特別徴収")}
Date: Mon, 03 Jun 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

中村さん

人事の田村です。住民税の特別徴収の件、転入者の情報です。

  氏名：林 美咲
  マイナンバー：223606797744

田村
""".encode()
    archive = zip_bytes([("転送/住民税の件.eml", inner)])
    body = f"""\
さくら社会保険労務士事務所
森 先生

エグザンプル経理部の中村です。
住民税の件で人事部から受け取ったメールを ZIP にしてお送りします。

{SIG_NAKAMURA}"""
    return mixed_message(
        sender="Nakamura Ken <nakamura@example.co.jp>",
        to="office@sr-office.example",
        subject="住民税の特別徴収(転入者)",
        date="Fri, 26 Jul 2024 10:00:00 +0900",
        msgid="20240726100000.6868",
        body=body,
        attachments=[file_part("application/zip", "forward.zip", archive)],
    )


@message("70_att_eml_octet_stream.eml")
def _eml_octet() -> bytes:
    inner = b"""\
From: Nakamura Ken <nakamura@example.co.jp>
To: Kato Yui <kato@example.co.jp>
Subject: Card for the Singapore trip
Date: Tue, 04 Jun 2024 09:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Kato-san,

Please use the Discover card 6011000400000000 for the hotel deposit.

Nakamura
"""
    body = f"""\
ABCトラベル 法人デスク ご担当者様

エグザンプル経理部の中村です。
ホテルのデポジットに使うカードについて、社内のメールを添付で転送します。

{SIG_NAKAMURA}"""
    return mixed_message(
        sender="Nakamura Ken <nakamura@example.co.jp>",
        to="desk@abc-travel.example",
        subject="Fw: Card for the Singapore trip",
        date="Mon, 29 Jul 2024 09:00:00 +0900",
        msgid="20240729090000.7070",
        body=body,
        attachments=[
            file_part("application/octet-stream", "Card for the Singapore trip.eml", inner)
        ],
    )


@message("71_att_pdf_encrypted.eml")
def _pdf_encrypted() -> bytes:
    body = f"""\
キャリアエージェント 山下様

エグザンプル人事部の田村です。
内定者の労働条件通知書(PDF)をお送りします。パスワードは別途お電話でお伝えします。

{SIG_TAMURA}"""
    lines = ["労働条件通知書", "氏名 清水 大輔", "年収 6,200,000円", "入社日 2024年10月1日"]
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="yamashita@career-agent.example",
        subject="労働条件通知書の送付",
        date="Tue, 30 Jul 2024 15:00:00 +0900",
        msgid="20240730150000.7171",
        body=body,
        attachments=[
            file_part(
                "application/pdf", "労働条件通知書.pdf", encrypted_pdf_bytes(lines, "Shimizu1001")
            )
        ],
    )


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@message("80_att_xlsx_mynumber_titled_sheet.eml")
def _xlsx_mynumber_titled() -> bytes:
    # A title in A1 and a blank row 2 above the header (row 3), as such ledgers are made.
    rows = [
        ["マイナンバー収集台帳"],
        [],
        ["社員番号", "氏名", "マイナンバー"],
        ["E-2401", "小林 直人", "418250936170"],
        ["E-2402", "加藤 由美", "273604185927"],
        ["E-2403", "吉田 大輝", 581427360949],
        ["E-2404", "山口 彩", "369172508433"],
        ["E-2405", "斉藤 翼", "730295164822"],
    ]
    body = f"""\
さくら社会保険労務士事務所
森 先生

いつもお世話になっております。エグザンプル人事部の田村です。
8月入社5名のマイナンバーを収集台帳(Excel)にまとめましたので添付いたします。
雇用保険の資格取得届の作成にお使いください。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="office@sr-office.example",
        subject="8月入社者のマイナンバー収集台帳",
        date="Thu, 01 Aug 2024 10:00:00 +0900",
        msgid="20240801100000.8080",
        body=body,
        attachments=[
            file_part(
                XLSX, "マイナンバー収集台帳_202408.xlsx", xlsx_bytes([("台帳", rows)]), style="2047"
            )
        ],
    )


@message("81_att_xlsx_vertical_form.eml")
def _xlsx_vertical_form() -> bytes:
    # A form, not a list: labels in column A, values in column B; 生年月日 is a date cell.
    rows = [
        ["団体傷害保険 加入申込書"],
        [],
        ["氏名", "井上 さくら"],
        ["フリガナ", "イノウエ サクラ"],
        ["生年月日", dt.date(1992, 5, 14)],
        ["個人番号", "624180937513"],
        ["住所", "東京都杉並区阿佐谷南1-15-8 コーポ阿佐谷203"],
        ["電話番号", "080-4567-1234"],
        ["加入コース", "Aコース(本人のみ)"],
    ]
    body = f"""\
ひかり保険サービス株式会社
法人営業部 ご担当者様

いつもお世話になっております。エグザンプル人事部の田村です。
団体傷害保険の中途加入者1名の加入申込書(Excel)をお送りします。
9月1日付での加入手続きをお願いいたします。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="houjin@hikari-hoken.example",
        subject="団体傷害保険 中途加入申込書の送付",
        date="Fri, 02 Aug 2024 11:00:00 +0900",
        msgid="20240802110000.8181",
        body=body,
        attachments=[
            file_part(XLSX, "加入申込書_井上.xlsx", xlsx_bytes([("申込書", rows)]), style="2047")
        ],
    )


@message("82_att_docx_table_dependents.eml")
def _docx_table() -> bytes:
    blocks: list[str | list[list[str]]] = [
        "扶養親族の一覧(年末調整用)",
        "社員番号 E-1187 松本 翔太",
        [
            ["氏名", "マイナンバー", "生年月日"],
            ["松本 美穂", "192837465016", "1990年3月8日"],
            ["松本 陽向", "847362519074", "2018年6月21日"],
            ["松本 結衣", "503729184650", "2021年11月2日"],
        ],
        "以上",
    ]
    body = f"""\
さくら社会保険労務士事務所
森 先生

エグザンプル人事部の田村です。
松本さんの扶養親族(3名)の一覧を Word で添付いたします。
年末調整の扶養控除等申告書の確認にお使いください。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="office@sr-office.example",
        subject="扶養親族一覧(松本さん)",
        date="Mon, 05 Aug 2024 14:00:00 +0900",
        msgid="20240805140000.8282",
        body=body,
        attachments=[file_part(DOCX, "扶養親族一覧_松本.docx", docx_bytes(blocks), style="2047")],
    )


@message("83_mime_alternative_card_nbsp.eml")
def _alternative_card_nbsp() -> bytes:
    # The text part separates the groups with U+00A0, the HTML part with &nbsp;
    # (what Outlook writes when the number is typed into a rich-text message).
    nb = "\u00a0"
    card = nb.join(["4111", "1111", "1111", "1111"])
    text = f"""\
ホテル サンプルベイ
宿泊予約係 ご担当者様

いつもお世話になっております。エグザンプル総務部の伊藤です。
8月20日(火)ご予約分(予約番号 R-240820-017)の保証用カードをお知らせします。

  カード名義：MIKA ITO
  カード番号：{card}
  有効期限　：12/27

よろしくお願いいたします。

--
株式会社エグザンプル 総務部
伊藤 美香
TEL: 03-6453-1300
"""
    html = """\
<html><head><meta charset="utf-8"></head><body>
<p>ホテル サンプルベイ<br>宿泊予約係 ご担当者様</p>
<p>いつもお世話になっております。エグザンプル総務部の伊藤です。<br>
8月20日(火)ご予約分(予約番号 R-240820-017)の保証用カードをお知らせします。</p>
<p>&nbsp;&nbsp;カード名義：MIKA ITO<br>
&nbsp;&nbsp;カード番号：4111&nbsp;1111&nbsp;1111&nbsp;1111<br>
&nbsp;&nbsp;有効期限　：12/27</p>
<p>よろしくお願いいたします。</p>
<p>--<br>株式会社エグザンプル 総務部<br>伊藤 美香<br>TEL: 03-6453-1300</p>
</body></html>
"""
    html_part = (
        "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        + quopri.encodestring(html.encode("utf-8")).decode("ascii")
    )
    ctype, content = multipart("=_alt_8383", [text_part(text), html_part], "alternative")
    head = headers(
        sender="Ito Mika <ito@example.co.jp>",
        to="reserve@hotel-samplebay.example",
        subject=encoded_word("ご予約の保証用カードについて"),
        date="Tue, 06 Aug 2024 09:30:00 +0900",
        msgid="20240806093000.8383",
        content_type=ctype,
    )
    return (head + content).encode("utf-8")


def excel_tab_text(rows: Sequence[Sequence[str]]) -> bytes:
    """Excel's "Text (Tab delimited)" (*.txt) export: CP932, CRLF between rows, a cell
    with a line break (LF, Alt+Enter) or a quote put in quotes, quotes doubled."""

    def cell(value: str) -> str:
        if any(c in value for c in '\n"\t'):
            return '"' + value.replace('"', '""') + '"'
        return value

    text = "".join("\t".join(cell(v) for v in row) + "\r\n" for row in rows)
    return text.encode("cp932")


@message("85_att_txt_excel_tab_cp932.eml")
def _txt_excel_tab() -> bytes:
    rows = [
        ["氏名", "電話番号", "生年月日", "住所"],
        ["岡本 達也", "090-3141-2718", "1983/2/17", "東京都中野区中野5-12-8"],
        ["村上 恵理", "080-2718-3141", "1991/9/5", "大阪府大阪市中央区本町2-3-4\nサンライズ本町ビル502"],
        ["長谷川 誠", "045-651-2233", "1976/12/24", "神奈川県横浜市中区山下町27"],
        ["近藤 真理子", "070-1618-0339", "1988/7/30", "福岡県福岡市博多区博多駅前2-19-24"],
        ["石井 健太", "052-951-7788", "1995/3/3", "愛知県名古屋市東区泉1-23-22"],
    ]  # fmt: skip
    body = f"""\
イベントワークス株式会社
運営ご担当者様

エグザンプル マーケティング部の鈴木です。
秋のユーザー会の招待者(5名)一覧を、Excel からテキストで書き出して添付します。
招待状の発送をお願いいたします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="staff@event-works.example",
        subject="ユーザー会 招待者一覧",
        date="Wed, 07 Aug 2024 16:00:00 +0900",
        msgid="20240807160000.8585",
        body=body,
        attachments=[file_part("text/plain", "招待者一覧.txt", excel_tab_text(rows), style="2047")],
    )


@message("86_att_xlsx_numbers_lost_zero.eml")
def _xlsx_lost_zero() -> bytes:
    # Typed into General cells, so Excel kept numbers: 090-1122-3344 became 9011223344,
    # 〒060-0001 became 600001.
    rows = [
        ["会員番号", "氏名", "郵便番号", "電話番号", "ランク"],
        ["M1001", "青木 真由美", 600001, 9011223344, "ゴールド"],
        ["M1002", "石田 浩二", 300801, 8022334455, "一般"],
        ["M1003", "上野 早苗", 1500002, 7033445566, "シルバー"],
        ["M1004", "岡田 誠", 5300001, 662345678, "一般"],
        ["M1005", "川口 由香", 8100001, 112345678, "ゴールド"],
    ]
    body = f"""\
データクリーン株式会社
ご担当者様

エグザンプル マーケティング部の鈴木です。
会員データのクレンジング(郵便番号・電話番号の正規化)をお願いしたく、
対象の5件を Excel で添付します。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="support@data-clean.example",
        subject="会員データのクレンジング依頼",
        date="Thu, 08 Aug 2024 10:30:00 +0900",
        msgid="20240808103000.8686",
        body=body,
        attachments=[file_part(XLSX, "member_cleansing.xlsx", xlsx_bytes([("会員", rows)]))],
    )


LEGACY = Path(__file__).resolve().parent.parent / "legacy_office"  # made by LibreOffice


@message("90_att_xls_customer_list.eml")
def _xls_customers() -> bytes:
    # Excel 97-2003 as old order systems still export it: five customers with dates of
    # birth, phones, addresses, e-mail, three cards and three My Numbers, and a second
    # sheet with a bank account (tests/legacy_office/make_fixtures.py has the content).
    body = f"""\
株式会社ミドリ通販
システム部 ご担当者様

エグザンプル マーケティング部の鈴木です。
旧システムから出力した顧客データ(Excel 97-2003 形式)を添付します。
新システムへの移行テストにお使いください。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="system@midori-tsuhan.example",
        subject="移行テスト用 顧客データ",
        date="Mon, 19 Aug 2024 11:00:00 +0900",
        msgid="20240819110000.9090",
        body=body,
        attachments=[
            file_part("application/vnd.ms-excel", "顧客データ_旧形式.xls",
                      (LEGACY / "customers.xls").read_bytes(), style="2047")
        ],
    )


@message("91_att_doc_mynumber_table.eml")
def _doc_mynumber_table() -> bytes:
    # Word 97-2003: a table of four employees' 個人番号 and dates of birth (one cell left
    # empty), an emergency mobile in the text, 社外秘 in the page header.
    body = f"""\
さくら社会保険労務士事務所
森 先生

エグザンプル人事部の田村です。
扶養控除の手続きに必要な社員情報を Word ファイルで添付いたします。

{SIG_TAMURA}"""
    return mixed_message(
        sender="Tamura Yoko <tamura@example.co.jp>",
        to="office@sr-office.example",
        subject="扶養控除手続きの社員情報",
        date="Tue, 20 Aug 2024 09:30:00 +0900",
        msgid="20240820093000.9191",
        body=body,
        attachments=[
            file_part("application/msword", "社員情報.doc", (LEGACY / "notice.doc").read_bytes())
        ],
    )


@message("92_att_ppt_vip_contacts.eml")
def _ppt_vip_contacts() -> bytes:
    # PowerPoint 97-2003: a slide listing five VIP customers with phone and address,
    # 取扱注意 in the speaker notes.
    body = f"""\
イベント企画株式会社
ご担当者様

エグザンプルの佐藤です。
感謝祭にお招きする VIP のお客様一覧をスライドにまとめました。
招待状の発送をお願いいたします。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="plan@event-kikaku.example",
        subject="感謝祭 VIP 招待客",
        date="Wed, 21 Aug 2024 16:00:00 +0900",
        msgid="20240821160000.9292",
        body=body,
        attachments=[
            file_part("application/vnd.ms-powerpoint", "VIP招待客.ppt",
                      (LEGACY / "slides.ppt").read_bytes())
        ],
    )


@message("93_att_msg_forwarded_customer_mail.eml")
def _msg_forwarded() -> bytes:
    # A customer's mail dragged out of Outlook and attached (.msg) to a request to the
    # outsourced support desk: the customer's own signature and the card number written
    # for a refund are the customer's data, not the sender's.
    inquiry = """\
株式会社エグザンプル
カスタマーサポート御中

先日注文した商品が届いていません。返金をお願いします。
支払いに使ったカードは 3530-1113-3330-0000 です。

----
小川 真理子
〒231-0023 神奈川県横浜市中区山下町1-2-3
携帯 080-5555-1234
mariko.ogawa@freemail.example
"""
    item = msg_file(subject="注文した商品が届きません", body=inquiry,
                    recipients=["support@example.co.jp"])
    body = f"""\
サポートデスク株式会社
ご担当者様

エグザンプル カスタマーサポートの佐藤です。
お客様からの返金依頼メールを添付します(Outlook のアイテム)。
対応をお願いいたします。

{SIG_SATO}"""
    return mixed_message(
        sender="Sato Ichiro <sato@example.co.jp>",
        to="desk@support-desk.example",
        subject="返金依頼の件(お客様メール添付)",
        date="Thu, 22 Aug 2024 14:00:00 +0900",
        msgid="20240822140000.9393",
        body=body,
        attachments=[file_part("application/vnd.ms-outlook", "注文した商品が届きません.msg", item)],
    )


@message("94_att_7z_aes_ppap.eml")
def _ppap_7z() -> bytes:
    # PPAP with 7-Zip's AES-256 (tests/legacy_office/ppap.7z, made once with py7zr: its
    # salt is random, so the archive is committed rather than built here); the password
    # follows in a second mail, as PPAP goes.
    body = f"""\
株式会社ミドリ通販
ご担当者様

エグザンプル マーケティング部の鈴木です。
ご依頼の顧客リストを暗号化(7z)して添付いたします。
パスワードは別メールにてお送りします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="system@midori-tsuhan.example",
        subject="顧客リスト送付(パスワード別送)",
        date="Fri, 23 Aug 2024 10:00:00 +0900",
        msgid="20240823100000.9494",
        body=body,
        attachments=[
            file_part("application/x-7z-compressed", "顧客リスト.7z", (LEGACY / "ppap.7z").read_bytes())
        ],
    )


@message("95_att_smime_enveloped_dat.eml")
def _smime_dat() -> bytes:
    # S/MIME enveloped data (a customer list encrypted for the recipient's certificate;
    # tests/legacy_office/customers.p7, made once with cryptography: its key is random)
    # saved under a name that says nothing: an encrypted attachment by its bytes.
    body = f"""\
株式会社ミドリ通販
システムご担当者様

エグザンプル マーケティング部の鈴木です。
先日の件のデータを、貴社の証明書で暗号化してお送りします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="system@midori-tsuhan.example",
        subject="データ送付の件",
        date="Mon, 26 Aug 2024 10:00:00 +0900",
        msgid="20240826100000.9595",
        body=body,
        attachments=[
            file_part("application/octet-stream", "data_0826.dat",
                      (LEGACY / "customers.p7").read_bytes())
        ],
    )


# A program's first bytes (a PE header), as a self-extracting archive starts.
_SFX_STUB = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 4080


@message("96_att_sfx_rar_ppap.eml")
def _sfx_rar() -> bytes:
    # PPAP as a self-extracting RAR 5 (.exe): a password-protected member behind the
    # extractor program; the password follows in a second mail.
    from tests.archivefiles import rar5

    rows = "氏名,携帯\r\n" + "\r\n".join(f"会員{k},080-2222-{3330 + k}" for k in range(6))
    archive = _SFX_STUB + rar5([("会員名簿.csv", rows.encode("cp932"))], encrypted=True)
    body = f"""\
ヤマダ商事株式会社
田中様

お世話になっております。エグザンプルの鈴木です。
会員名簿を自己解凍形式で送付します。パスワードは別途お送りします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="tanaka@yamada-shoji.example",
        subject="会員名簿(自己解凍)",
        date="Tue, 27 Aug 2024 11:00:00 +0900",
        msgid="20240827110000.9696",
        body=body,
        attachments=[file_part("application/octet-stream", "会員名簿.exe", archive)],
    )


@message("97_att_rar_stores_zip_list.eml")
def _rar_stores_zip() -> bytes:
    # A RAR 4 that stores a ZIP (as WinRAR stores what is already compressed) next to a
    # customer list: the list is read, not only the ZIP.
    import zipfile

    from tests.archivefiles import rar4

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:  # a fixed time: the corpus is rebuilt byte for byte
        z.writestr(zipfile.ZipInfo("readme.txt", date_time=(2024, 8, 28, 9, 0, 0)), "資料一式です。")
    rows = "氏名,携帯,住所\r\n" + "\r\n".join(
        f"顧客{k},090-6666-{7770 + k},東京都港区芝公園{k + 1}-2-3" for k in range(5)
    )
    archive = rar4([("資料.zip", inner.getvalue()), ("顧客一覧.csv", rows.encode("cp932"))])
    body = f"""\
ミドリ通販
ご担当者様

発送先データ一式を RAR でお送りします。

{SIG_SUZUKI}"""
    return mixed_message(
        sender="Suzuki Hanako <suzuki@example.co.jp>",
        to="system@midori-tsuhan.example",
        subject="発送先データ",
        date="Wed, 28 Aug 2024 09:30:00 +0900",
        msgid="20240828093000.9797",
        body=body,
        attachments=[file_part("application/octet-stream", "発送先.rar", archive)],
    )


@message("98_ext_zoom_invite_dial_in.eml")
def _zoom_invite() -> bytes:
    # A Zoom invitation pasted as Zoom writes it: two one-tap numbers and five dial-in
    # numbers are the service's, not people's; the customer's contact for the day counts.
    body = """\
北日本フーズ株式会社
松本様

6月4日の新商品説明会のZoom情報をお送りいたします。

Zoomミーティングに参加する
https://us06web.zoom.us/j/84512345678?pwd=aGk3bXlQR0VqY1hV

ミーティングID: 845 1234 5678
パスコード: 620418

ワンタップモバイル機器
+81363628317,,84512345678#,,,,*620418# 日本
+81524564439,,84512345678#,,,,*620418# 日本

所在地でダイヤル
        +81 3 6362 8317 日本
        +81 524 564 439 日本
        +81 6 7878 2631 日本
        +81 3 4578 1488 日本
        +81 3 4579 0012 日本
ミーティングID: 845 1234 5678

当日の緊急連絡先は御社の佐々木様(090-7711-2345)と伺っております。

--
株式会社エグザンプル 大阪支店 営業課
田中 一郎
〒530-0001 大阪府大阪市北区梅田1-1-1
TEL: 06-6345-1111 / FAX: 06-6345-1112
携帯: 080-3812-5567
E-mail: tanaka@example.co.jp
"""
    return mixed_message(
        sender="Tanaka Ichiro <tanaka@example.co.jp>",
        to="matsumoto@kitanihon-foods.example",
        subject="新商品説明会 Zoom のご案内",
        date="Thu, 29 Aug 2024 15:00:00 +0900",
        msgid="20240829150000.9898",
        body=body,
        attachments=[],
    )


# ---------------------------------------------------------------------------------------


def build_all() -> dict[str, bytes]:
    """File name → bytes of every generated message."""
    return {name: fn() for name, fn in sorted(MESSAGES.items())}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--out", type=Path, default=CORPUS, help="folder (default: tests/corpus)")
    args = parser.parse_args(argv)
    stale = []
    for name, data in build_all().items():
        path = args.out / name
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.write_bytes(data)
    for name in stale:
        print(f"{name}: differs from build.py's output", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
