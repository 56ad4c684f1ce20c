"""Writes held-out messages 298-317 into tests/corpus_heldout/ (deterministic).

Theme: real Excel files as HR and sales staff make them, foreign staff lists, legacy encodings and
encoded attachment names, and controls.
- Excel (298-302): dates of birth as real date cells (serial numbers with a yyyy/m/d, a 和暦
  ggge"年"m"月"d"日" or a yyyy"年"m"月"d"日" number format), mobiles and landlines stored as numbers so
  the leading zero is lost (9031827746 under 携帯), postal codes as numbers (1540012, and 600042 for
  〒060-0042), formulas: DATEDIF ages as openpyxl writes them, WITHOUT a cached value (an empty <v />:
  Excel computes them when the file is opened; an age is no finding either way), and a CONCATENATE
  印字用住所 WITH the cached text Excel would have saved (t="str"; the same address as the 都道府県 /
  市区町村 / 番地 cells it joins, so it counts once per person), a 電話番号 header merged
  over three phone columns, a hidden column of 個人番号 stored as numbers with format 0, a hidden sheet
  of My Numbers behind sheets named after the employees.
- Foreign staff and trainees (303-306): 技能実習生 (Vietnam) xlsx with romaji and katakana names,
  DD/MM/YYYY birth dates (text, and one date cell formatted dd/mm/yyyy), Vietnamese passports,
  在留カード numbers, Japanese mobiles and +84 family numbers; a 特定技能 candidates CSV (Philippines,
  Indonesia) with +63 / +62 family numbers; a Chinese trainee's accident report in the body (E + 8
  digit passport, +86); a Myanmar worker whose passport (two letters + six digits) is not one of the
  forms rules/README.md says the detector finds.
- Legacy encodings and headers (307-312, 317): an EUC-JP 8bit body from an old order system (307);
  ISO-2022-JP written as old Windows clients send it (CP50221: ①②, ㈱ in ESC $ B, half-width katakana
  in ESC ( I; 308, 317); a UTF-16LE CSV with BOM (309); a Shift_JIS CSV labelled charset=iso-8859-1
  (310); attachment names with personal data in RFC 2231 continuations (filename*0*=UTF-8''...) and
  in RFC 2047 encoded-words in name= / filename= (311, 312), the pictures themselves unreadable.
- Controls (313-317): an xlsx price list with numeric JAN codes, postal-code-shaped 品番 and a 12-digit
  商品コード with a valid My Number check digit; an inspection sheet whose 製造番号 look like mobiles
  without their 0; an English invoice with a SWIFT code and no account; an internal training
  schedule (pass); an ISO-2022-JP (CP50221) purchase order with ①②, ㈱ and half-width katakana.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_298_317.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import struct
import urllib.parse
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from stdnum import ean, luhn
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 6, 2, 9, 0, 0)
FIXED = dt.datetime(2025, 6, 2, 0, 30, 0)
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    n = base11 + mynumber.calc_check_digit(base11)
    assert mynumber.is_valid(n)
    return n


def sig(name: str, dept: str, tel: str) -> str:
    return f"\n-- \n株式会社エグザンプル {dept}\n{name}\nTEL {tel}\nhttps://www.example.co.jp/\n"


def message(*, sender, to, subject, date, msgid, body, attachments=(), cc=None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data, params in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def fixed_xlsx(wb, creator: str = "user", cached: dict[str, str] | None = None) -> bytes:
    """Save with openpyxl (fixed properties), then rewrite the zip with fixed dates and core.xml.
    openpyxl writes formulas with an empty <v />; `cached` puts in the string value Excel would have
    saved for those cells of the first sheet (t="str", as Excel writes a formula's text result)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    raw = io.BytesIO()
    wb.save(raw)
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{creator}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-05-20T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-02T00:30:00Z</dcterms:modified></cp:coreProperties>')
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            data = z.read(n)
            if n == "xl/worksheets/sheet1.xml" and cached:
                xml = data.decode("utf-8")
                for ref, value in cached.items():
                    head = f'<c r="{ref}"><f>'
                    i = xml.index(head)
                    j = xml.index("<v />", i)
                    xml = (xml[:i] + f'<c r="{ref}" t="str"><f>' + xml[i + len(head):j]
                           + f"<v>{value}</v>" + xml[j + len("<v />"):])
                data = xml.encode("utf-8")
            parts.append((n, core if n == "docProps/core.xml" else data))
    return zip_parts(parts)


def csv_text(header, rows, *, lt="\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lt)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def png(w: int = 24, h: int = 32, shade: int = 214) -> bytes:
    """A small valid grey PNG (a stand-in for a scan or a phone photo: no text to read)."""
    raw = b"".join(b"\x00" + bytes([shade]) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def b64_lines(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def crlf(text: str, codec) -> bytes:
    if callable(codec):
        return b"\r\n".join(codec(line) for line in text.split("\n"))
    return b"\r\n".join(line.encode(codec) for line in text.split("\n"))


def cp50221(text: str) -> bytes:
    """ISO-2022-JP as old Windows clients write it (CP50221): NEC row 13 (①, ㈱) in ESC $ B,
    half-width katakana in ESC ( I, the rest JIS X 0208 / ASCII. Built from the CP932 bytes."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        if ord(ch) < 0x80:
            want, data = "ascii", ch.encode("ascii")
        elif 0xFF61 <= ord(ch) <= 0xFF9F:
            want, data = "kana", bytes([ch.encode("cp932")[0] - 0x80])
        else:
            s1, s2 = ch.encode("cp932")
            assert 0x81 <= s1 <= 0xEF and s1 not in range(0xA0, 0xE0), ch
            if s1 >= 0xE0:
                s1 -= 0x40
            row = (s1 - 0x81) * 2
            if s2 >= 0x9F:
                row, cell = row + 1, s2 - 0x9F
            else:
                cell = s2 - 0x40 - (1 if s2 >= 0x80 else 0)
            want, data = "jis", bytes([row + 0x21, cell + 0x21])
        if want != mode:
            out += {"ascii": b"\x1b(B", "kana": b"\x1b(I", "jis": b"\x1b$B"}[want]
            mode = want
        out += data
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def bword(s: str, charset: str) -> str:
    data = cp50221(s) if charset == "ISO-2022-JP" else s.encode({"EUC-JP": "euc_jp", "UTF-8": "utf-8"}[charset])
    return f"=?{charset}?B?" + base64.b64encode(data).decode("ascii") + "?="


def raw_single(headers: list[tuple[str, str]], ctype: str, cte: str, body: bytes) -> bytes:
    head = [f"{k}: {v}" for k, v in headers]
    head += ["MIME-Version: 1.0", f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body + b"\r\n"


def raw_mixed(headers: list[tuple[str, str]], boundary: str, parts: list[tuple[list[str], bytes]]) -> bytes:
    """A multipart/mixed message built by hand: parts are (header lines, encoded body)."""
    head = [f"{k}: {v}" for k, v in headers]
    head += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"']
    out = ("\r\n".join(head) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n").encode("ascii")
    for lines, body in parts:
        out += f"\r\n--{boundary}\r\n".encode("ascii") + "\r\n".join(lines).encode("ascii") + b"\r\n\r\n" + body
    return out + f"\r\n--{boundary}--\r\n".encode("ascii")


def text_part(text: str) -> tuple[list[str], bytes]:
    return (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
            b64_lines(crlf(text, "utf-8")))


def rfc2231(param: str, value: str, width: int = 54) -> str:
    """param*0*=UTF-8''...; param*1*=... (continuations never split a %XX escape)."""
    enc = urllib.parse.quote(value, safe="")
    pieces, cur, i = [], "", 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
        if len(cur) + len(tok) > width:
            pieces.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    pieces.append(cur)
    return ";\r\n".join(f" {param}*{n}*=" + ("UTF-8''" if n == 0 else "") + p for n, p in enumerate(pieces))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center")


def header_row(ws, row: int) -> None:
    for c in ws[row]:
        if c.value is not None:
            c.font = BOLD


# ===================================================================================== 298
# 入社予定者一覧 as HR makes it: DOB date cells (yyyy/m/d), 年齢 = DATEDIF formula (no cached value),
# 郵便番号 as numbers (General; the Sapporo one lost its 0), 携帯 as numbers (leading 0 lost), 入社日.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "入社予定者"
ws["A1"] = "2025年7月1日付 入社予定者一覧"
ws["A1"].font = Font(bold=True, size=14)
ws["H1"] = "基準日"
ws["I1"] = dt.datetime(2025, 7, 1)
ws["I1"].number_format = "yyyy/m/d"
ws.append([])
ws.append(["No", "氏名", "フリガナ", "生年月日", "年齢", "郵便番号", "住所", "携帯", "入社日", "配属予定"])
header_row(ws, 3)
new298 = [
    (1, "久保田 翔", "クボタ ショウ", dt.datetime(1999, 4, 23), 1540012, "東京都世田谷区駒沢2-14-6 コーポ駒沢203", 9031827746, "営業部"),
    (2, "野村 あかり", "ノムラ アカリ", dt.datetime(2001, 12, 9), 2220032, "神奈川県横浜市港北区大豆戸町511-3", 8062274419, "総務部"),
    (3, "堀内 拓海", "ホリウチ タクミ", dt.datetime(1996, 8, 2), 600042, "北海道札幌市中央区大通西11-4-22", 7014486203, "情報システム部"),
    (4, "関 真由", "セキ マユ", dt.datetime(1993, 2, 17), 3300063, "埼玉県さいたま市浦和区高砂3-9-15", 9057713368, "経理部"),
]
for i, (no, name, kana, dob, zipc, addr, mob, dept) in enumerate(new298):
    r = 4 + i
    ws.append([no, name, kana, dob, f'=DATEDIF(D{r},$I$1,"Y")', zipc, addr, mob, dt.datetime(2025, 7, 1), dept])
    ws[f"D{r}"].number_format = "yyyy/m/d"
    ws[f"I{r}"].number_format = "yyyy/m/d"
for col, w in zip("ABCDEFGHIJ", (5, 14, 18, 12, 6, 10, 44, 13, 11, 16), strict=True):
    ws.column_dimensions[col].width = w
xlsx298 = fixed_xlsx(wb, "総務部 三浦")
MESSAGES["298_xlsx_hr_new_hires_dob_cells_numeric_mobiles.eml"] = message(
    sender="総務部 三浦 恵 <miura.m@example.co.jp>",
    to=["社会保険労務士法人みなと 佐久間様 <sakuma@sr-minato.example>"],
    subject="7月1日付入社予定者の資格取得手続きについて", date="Mon, 02 Jun 2025 10:14:22 +0900",
    msgid="<20250602101422.298@example.co.jp>",
    body=("社会保険労務士法人みなと 佐久間様\n\nいつもお世話になっております。エグザンプル総務部の三浦です。\n"
          "7月1日付の入社予定者4名の一覧をお送りします。健康保険・厚生年金の資格取得届の作成をお願いいたします。\n"
          "年齢の列は基準日(7/1)時点で自動計算しています。\n"
          "扶養家族の有無は来週改めてご連絡します。\n" + sig("三浦 恵", "総務部", "03-6453-1207")),
    attachments=[("入社予定者一覧_20250701.xlsx", XLSX, xlsx298, None)],
)

# ===================================================================================== 299
# 健康診断 受診者リスト to a clinic: DOB in a 和暦 number format, 受診日 too; landline/mobile as numbers.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "受診者"
ws.append(["受診者番号", "氏名", "性別", "生年月日", "年齢", "電話番号", "コース", "受診日", "健保記号", "健保番号"])
header_row(ws, 1)
WAREKI = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'
exam299 = [
    ("K-0418", "新井 康弘", "男", dt.datetime(1972, 9, 30), 52, 332458811, "生活習慣病予防健診", dt.datetime(2025, 6, 24), "5810", "42"),
    ("K-0419", "松尾 佳奈", "女", dt.datetime(1988, 1, 14), 37, 9066120587, "一般健診", dt.datetime(2025, 6, 24), "5810", "57"),
    ("K-0420", "北村 悟", "男", dt.datetime(1965, 6, 5), 60, 453310942, "生活習慣病予防健診+胃カメラ", dt.datetime(2025, 6, 25), "5810", "63"),
]
for i, row in enumerate(exam299):
    ws.append(list(row))
    ws[f"D{2 + i}"].number_format = WAREKI
    ws[f"H{2 + i}"].number_format = WAREKI
for col, w in zip("ABCDEFGHIJ", (11, 12, 5, 18, 6, 13, 28, 18, 9, 9), strict=True):
    ws.column_dimensions[col].width = w
xlsx299 = fixed_xlsx(wb, "総務部 今井")
MESSAGES["299_xlsx_health_check_wareki_dob_numeric_phones.eml"] = message(
    sender="総務部 今井 沙織 <imai.s@example.co.jp>",
    to=["医療法人社団 けやき会 健診センター 予約係 <yoyaku@keyaki-kenshin.example>"],
    subject="6月下旬 健康診断 受診者リストの送付(3名)", date="Tue, 03 Jun 2025 13:40:05 +0900",
    msgid="<20250603134005.299@example.co.jp>",
    body=("けやき会 健診センター 予約係 御中\n\nお世話になっております。エグザンプル総務部の今井です。\n"
          "6月24日・25日の受診者3名のリストを添付いたします。問診票の送付先は前回と同じく総務部宛てでお願いします。\n"
          "胃カメラ希望者は1名です。\n" + sig("今井 沙織", "総務部", "03-6453-1209")),
    attachments=[("健診受診者リスト_2025年6月.xlsx", XLSX, xlsx299, None)],
)

# ===================================================================================== 300
# 営業の DM 発送リスト: 郵便番号 numbers formatted 000-0000, address over 都道府県/市区町村/番地,
# 電話番号 merged over three columns, 印字用住所 = CONCATENATE (with its cached value, as Excel saves it).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DM発送"
ws["A1"] = "夏季キャンペーン DM発送リスト(第2営業課)"
ws["A1"].font = Font(bold=True, size=13)
ws.append(["氏名", "郵便番号", "住所", None, None, "電話番号", None, None, "印字用住所", "担当"])
ws.append([None, None, "都道府県", "市区町村", "番地・建物", None, None, None, None, None])
for rng in ("A2:A3", "B2:B3", "C2:E2", "F2:H3", "I2:I3", "J2:J3"):
    ws.merge_cells(rng)
for row in (2, 3):
    for c in ws[row]:
        c.font = BOLD
        c.alignment = CENTER
dm300 = [
    ("大塚 正樹", 1710014, "東京都", "豊島区", "池袋2-41-7 グランドハイツ803", "03", "3981", "6642", "森"),
    ("宮本 さやか", 2130001, "神奈川県", "川崎市高津区", "溝口3-11-5", "044", "822", "3107", "森"),
    ("桑原 直人", 2720034, "千葉県", "市川市", "市川1-24-2", "090", "4418", "2765", "森"),
    ("坂口 由香", 4600008, "愛知県", "名古屋市中区", "栄3-18-1 栄ハイツ1105", "052", "261", "4490", "青木"),
    ("吉岡 誠司", 5300012, "大阪府", "大阪市北区", "芝田1-9-20", "080", "3309", "5172", "青木"),
]
for i, (name, zipc, pref, city, street, t1, t2, t3, rep) in enumerate(dm300):
    r = 4 + i
    ws.append([name, zipc, pref, city, street, t1, t2, t3, f"=CONCATENATE(C{r},D{r},E{r})", rep])
    ws[f"B{r}"].number_format = "000-0000"
    for col in "FGH":
        ws[f"{col}{r}"].number_format = "@"
for col, w in zip("ABCDEFGHIJ", (12, 10, 9, 13, 26, 6, 6, 6, 44, 6), strict=True):
    ws.column_dimensions[col].width = w
# Saved as Excel saves it: the CONCATENATE cells carry their cached text (the same address as C-E).
xlsx300 = fixed_xlsx(wb, "営業部 森", cached={f"I{4 + i}": f"{p}{c}{s}" for i, (_n, _z, p, c, s, *_r) in enumerate(dm300)})
MESSAGES["300_xlsx_dm_list_merged_phone_header_concat.eml"] = message(
    sender="営業部 第2営業課 森 隆之 <mori.t@example.co.jp>",
    to=["株式会社サンライズ印刷 DM事業部 高野様 <takano@sunrise-print.example>"],
    subject="夏季キャンペーンDM 宛名データ(5件)", date="Wed, 04 Jun 2025 16:22:47 +0900",
    msgid="<20250604162247.300@example.co.jp>",
    body=("サンライズ印刷 高野様\n\nお世話になっております。エグザンプル営業部の森です。\n"
          "夏季キャンペーンDMの宛名データ(第2営業課分 5件)をお送りします。\n"
          "宛名面の住所は「印字用住所」の列をお使いください。電話番号は返送時の連絡用です。\n"
          "発送予定日は6月16日でお願いいたします。\n" + sig("森 隆之", "営業部 第2営業課", "03-6453-1330")),
    attachments=[("DM宛名リスト_第2営業課.xlsx", XLSX, xlsx300, None)],
)

# ===================================================================================== 301
# 給与計算代行への社員マスタ: 個人番号 column hidden, stored as numbers with format 0.
mn301 = [my_no(b) for b in ("58203917462", "31748205936", "94017326580")]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "社員マスタ"
ws.append(["社員番号", "氏名", "個人番号", "基礎年金番号", "入社日", "銀行名", "支店名", "預金種目", "口座番号"])
header_row(ws, 1)
emp301 = [
    ("10231", "福田 健太", int(mn301[0]), "4127-308561", dt.datetime(2016, 4, 1), "みずほ銀行", "新宿支店", "普通", "3817720"),
    ("10388", "荒木 美穂", int(mn301[1]), "5203-914478", dt.datetime(2019, 10, 1), "三井住友銀行", "渋谷支店", "普通", "6620314"),
    ("10402", "中川 陽介", int(mn301[2]), "6091-227385", dt.datetime(2021, 4, 1), "りそな銀行", "池袋支店", "普通", "1458962"),
]
for i, row in enumerate(emp301):
    ws.append(list(row))
    ws[f"C{2 + i}"].number_format = "0"
    ws[f"E{2 + i}"].number_format = "yyyy/m/d"
ws.column_dimensions["C"].hidden = True
for col, w in zip("ABCDEFGHI", (9, 12, 15, 14, 11, 13, 10, 8, 10), strict=True):
    ws.column_dimensions[col].width = w
xlsx301 = fixed_xlsx(wb, "人事部 岡")
MESSAGES["301_xlsx_payroll_master_hidden_mynumber_column.eml"] = message(
    sender="人事部 岡 智子 <oka.t@example.co.jp>",
    to=["ペイロールサービス株式会社 導入担当 鈴木様 <suzuki@payroll-service.example>"],
    subject="給与計算代行 社員マスタ(追加3名分)", date="Thu, 05 Jun 2025 11:03:39 +0900",
    msgid="<20250605110339.301@example.co.jp>",
    body=("ペイロールサービス 鈴木様\n\nお世話になっております。エグザンプル人事部の岡です。\n"
          "6月分から計算対象に加わる3名の社員マスタをお送りします。\n"
          "(番号の列は非表示にしてあります。システム登録時に再表示してお使いください)\n"
          + sig("岡 智子", "人事部", "03-6453-1215")),
    attachments=[("社員マスタ_追加分_202506.xlsx", XLSX, xlsx301, None)],
)

# ===================================================================================== 302
# 年末調整の準備: one sheet per employee named after them, a hidden sheet of My Numbers.
mn302 = [my_no(b) for b in ("70318264551", "26049183720", "83512790466", "47120968353")]
wb = openpyxl.Workbook()
first = True
people302 = [
    ("田中 誠", "タナカ マコト", dt.datetime(1981, 3, 12), "214-0014", "神奈川県川崎市多摩区登戸2102-5", "044-911-3824"),
    ("小川 綾", "オガワ アヤ", dt.datetime(1990, 10, 27), "164-0001", "東京都中野区中野5-30-11 ライオンズ中野402", "080-2751-6093"),
]
for name, kana, dob, zipc, addr, tel in people302:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = name
    ws.append(["給与所得者の基本情報(2025年)"])
    ws["A1"].font = BOLD
    for label, value in (("氏名", name), ("フリガナ", kana), ("生年月日", dob), ("郵便番号", zipc), ("住所", addr),
                         ("電話番号", tel), ("扶養親族", "あり" if name == "田中 誠" else "なし")):
        ws.append([label, value])
    ws["B4"].number_format = 'yyyy"年"m"月"d"日"'
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40
hid = wb.create_sheet("番号管理")
hid.sheet_state = "hidden"
hid.append(["氏名", "続柄", "個人番号"])
header_row(hid, 1)
for row in (("田中 誠", "本人", mn302[0]), ("田中 由紀", "妻", mn302[1]), ("田中 蓮", "長男", mn302[2]),
            ("小川 綾", "本人", mn302[3])):
    hid.append(list(row))
xlsx302 = fixed_xlsx(wb, "経理部 石井")
MESSAGES["302_xlsx_sheets_named_after_people_hidden_mynumbers.eml"] = message(
    sender="経理部 石井 直子 <ishii.n@example.co.jp>",
    to=["よつば税理士事務所 岩崎先生 <iwasaki@yotsuba-tax.example>"],
    subject="中途入社2名の基本情報(年末調整準備)", date="Fri, 06 Jun 2025 15:51:10 +0900",
    msgid="<20250606155110.302@example.co.jp>",
    body=("よつば税理士事務所 岩崎先生\n\nいつもお世話になっております。エグザンプル経理部の石井です。\n"
          "今年中途入社した2名(田中さん、小川さん)の基本情報を、1人1シートでまとめました。\n"
          "前職の源泉徴収票は届き次第お送りします。\n" + sig("石井 直子", "経理部", "03-6453-1240")),
    attachments=[("中途入社者_基本情報.xlsx", XLSX, xlsx302, None)],
)

# ===================================================================================== 303
# 技能実習生 (Vietnam) list to the 監理団体: romaji + katakana, DD/MM/YYYY, passports, 在留カード, +84.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "実習生名簿"
ws.append(["No", "氏名(ローマ字)", "氏名(カタカナ)", "国籍", "生年月日", "旅券番号", "在留カード番号", "携帯電話",
           "家族連絡先(母国)", "在留期間満了日", "配属"])
header_row(ws, 1)
tr303 = [
    (1, "NGUYEN VAN HUNG", "グエン ヴァン フン", "ベトナム", "15/03/1999", "C4829361", "UT48201937AB", "080-4172-3359",
     "+84 912 486 273", dt.datetime(2026, 3, 14), "第1製造課"),
    (2, "TRAN THI LAN", "チャン ティ ラン", "ベトナム", "02/11/2000", "C7013548", "UT48201938AC", "080-4172-3360",
     "+84 983 120 746", dt.datetime(2026, 3, 14), "第1製造課"),
    (3, "LE MINH TUAN", "レ ミン トゥアン", "ベトナム", dt.datetime(1998, 7, 28), "C3398210", "RM73019284KD",
     "070-8824-1906", "+84 36 771 9052", dt.datetime(2025, 11, 30), "第2製造課"),
    (4, "PHAM THI HOA", "ファム ティ ホア", "ベトナム", "19/09/2001", "C9156027", "RM73019285KE", "070-8824-2217",
     "+84 905 338 614", dt.datetime(2025, 11, 30), "検査課"),
]
for i, row in enumerate(tr303):
    ws.append(list(row))
    ws[f"J{2 + i}"].number_format = "yyyy/m/d"
ws["E4"].number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHIJK", (4, 18, 18, 8, 12, 11, 15, 14, 17, 13, 11), strict=True):
    ws.column_dimensions[col].width = w
xlsx303 = fixed_xlsx(wb, "製造部 荻野")
MESSAGES["303_xlsx_ginou_jisshu_vietnam_passports_residence_cards.eml"] = message(
    sender="製造部 荻野 浩 <ogino.h@example.co.jp>",
    to=["協同組合アジア技能交流センター 指導員 ホアン様 <hoang@asia-ginou.example>"],
    subject="技能実習生 名簿(定期監査用)", date="Mon, 09 Jun 2025 09:35:58 +0900",
    msgid="<20250609093558.303@example.co.jp>",
    body=("アジア技能交流センター ホアン様\n\nお世話になっております。エグザンプル製造部の荻野です。\n"
          "来週の定期監査に向けて、当社で受け入れている技能実習生4名の名簿をお送りします。\n"
          "レ ミン トゥアンさんとファム ティ ホアさんは11月末で期間満了のため、更新手続きのご相談もさせてください。\n"
          + sig("荻野 浩", "製造部", "0285-22-4410")),
    attachments=[("技能実習生名簿_2025年6月.xlsx", XLSX, xlsx303, None)],
)

# ===================================================================================== 304
# 特定技能 candidates (Philippines, Indonesia) CSV, UTF-8 with BOM, English/Japanese headers.
cand304 = [
    ("1", "DELA CRUZ, MARK ANTHONY", "デラクルス マーク アンソニー", "Philippines", "21/05/1997", "P3481926B", "+63 917 482 6630"),
    ("2", "SANTOS, JOANNA MAE", "サントス ジョアンナ メイ", "Philippines", "07/12/1999", "P5520817A", "+63 928 115 0472"),
    ("3", "REYES, JOHN PAUL", "レイエス ジョン ポール", "Philippines", "30/08/1995", "P7063391C", "+63 905 731 2284"),
    ("4", "SITI NURHALIZA", "シティ ヌルハリザ", "Indonesia", "14/02/1998", "C2947135", "+62 812-3371-5508"),
    ("5", "AHMAD FAUZI", "アフマド ファウジ", "Indonesia", "09/10/1996", "C6618402", "+62 813-9042-1176"),
]
csv304 = "\ufeff" + csv_text(["No", "Name / 氏名", "氏名(カナ)", "Nationality / 国籍", "Date of Birth / 生年月日",
                              "Passport No. / 旅券番号", "Family Contact / 家族連絡先"], cand304)
MESSAGES["304_csv_tokutei_ginou_candidates_ph_id.eml"] = message(
    sender="人事部 採用課 中島 亮 <nakajima.r@example.co.jp>",
    to=["行政書士法人グローバルビザ 申請担当 <apply@globalvisa-office.example>"],
    subject="特定技能(介護)候補者5名 在留資格認定証明書交付申請の件", date="Tue, 10 Jun 2025 14:08:31 +0900",
    msgid="<20250610140831.304@example.co.jp>",
    body=("グローバルビザ 申請ご担当者様\n\nお世話になっております。エグザンプル人事部採用課の中島です。\n"
          "現地面接で内定を出した特定技能(介護)の候補者5名の一覧を CSV でお送りします。\n"
          "在留資格認定証明書交付申請の書類作成をお願いできますでしょうか。\n"
          "パスポートの写しは送り出し機関から届き次第、別途お送りします。\n" + sig("中島 亮", "人事部 採用課", "03-6453-1222")),
    attachments=[("tokutei_candidates_202506.csv", "text/csv", csv304.encode("utf-8"), {"charset": "utf-8"})],
)

# ===================================================================================== 305
# A Chinese trainee's accident at work: report in the body to the insurance agency (JP + EN).
body305 = """東和損保代理店 保険事業部 劉様

お世話になっております。エグザンプル栃木工場 総務課の村井です。
先日お電話でお伝えした技能実習生の労災・傷害保険の件、本人の情報をお送りします。
(通訳の方にも転送いただけるよう、英語も併記します)

■被保険者 / Insured person
氏名: 王 磊(WANG LEI)
国籍: 中国 / China
Date of birth: 08/11/1998
Passport No.: E48291736
在留カード番号: EF73820164GH
本人携帯: 070-3318-2294
寮: 〒321-0953 栃木県宇都宮市東宿郷4-2-18 エグザンプル第二寮 105号室
Family in China (mother): +86 138 2741 6650

■事故の概要 / Accident
6月9日(月) 14時20分頃、第3ライン(製造番号 TL-2207 のプレス機)で作業中に左手指を負傷、
宇都宮市内の病院で受診(全治3週間の見込み)。社内事故報告番号 AC-2025-0611。

必要な書類があればお知らせください。
""" + sig("村井 健二", "栃木工場 総務課", "028-660-5531")
MESSAGES["305_body_chinese_trainee_accident_passport_family.eml"] = message(
    sender="栃木工場 総務課 村井 健二 <murai.k@tochigi.example.co.jp>",
    to=["劉 偉 <liu.w@towa-insurance-agency.example>"],
    subject="【ご報告】技能実習生 負傷事故の件(王 磊)", date="Wed, 11 Jun 2025 17:12:44 +0900",
    msgid="<20250611171244.305@example.co.jp>", body=body305,
)

# ===================================================================================== 306
# A Myanmar 特定技能 worker: his passport is two letters + six digits (a form the detector is not
# specified to find), DD/MM/YYYY DOB, Japanese mobile, +95 family number.
body306 = """ミャンマー人材サポート協会 支援担当 チョー様

いつもお世話になっております。エグザンプル物流センターの原田です。
特定技能で来ていただいているアウン・ミン・トゥ(AUNG MIN THU)さんの件でご相談です。

お父様が入院されたとのことで、7月に一時帰国を希望しています。
・生年月日: 12/06/1996
・旅券番号: MC482913(有効期限 2027年4月)
・本人携帯: 090-6627-1834
・ご実家(ヤンゴン)の連絡先: +95 9 421 736 558
・希望期間: 7月5日〜7月20日(有給休暇 10日を充当)

再入国の手続きと、不在中の定期面談の扱いについてご教示ください。
""" + sig("原田 恭子", "物流センター", "048-999-2207")
MESSAGES["306_body_myanmar_worker_home_leave_passport_form.eml"] = message(
    sender="物流センター 原田 恭子 <harada.k@example.co.jp>",
    to=["チョー 様 <kyaw@myanmar-support.example>"],
    subject="特定技能 アウン・ミン・トゥさん 一時帰国のご相談", date="Thu, 12 Jun 2025 10:27:16 +0900",
    msgid="<20250612102716.306@example.co.jp>", body=body306,
)

# ===================================================================================== 307
# EUC-JP 8bit body from an old in-house order system (sendmail), repair request to a contractor.
text307 = """株式会社ミヤケ住設 御中

修理依頼をお送りします。(本メールは受注管理システムから自動送信しています)

受付番号 : R250613-0087
受付日時 : 2025/06/13 09:42
依頼内容 : 給湯器 エラー表示 E-111 (型式 GT-2460SAWX / 製造番号 1209-44817)
設置年月 : 2016年11月

お客様名 : 竹内 秀樹 様
郵便番号 : 〒183-0022
住所     : 東京都府中市宮西町2-18-3
電話     : 042-361-5520
携帯     : 090-8815-2307 (日中はこちら)
訪問希望 : 6月16日(月) 午後

以上、よろしくお願いいたします。
--\u0020
株式会社エグザンプル サービス受付センター
受注管理システム (送信専用)
TEL 0120-448-210
"""
MESSAGES["307_eucjp_8bit_repair_request_customer.eml"] = raw_single(
    [("From", "service-order@example.co.jp"), ("To", "juchu@miyake-jusetsu.example"),
     ("Subject", bword("修理依頼 R250613-0087 竹内様 給湯器", "EUC-JP")),
     ("Date", "Fri, 13 Jun 2025 09:43:02 +0900"), ("Message-ID", "<20250613094302.307@order.example.co.jp>"),
     ("X-Mailer", "juchu-kanri 2.3 (sendmail)")],
    "text/plain; charset=EUC-JP", "8bit", crlf(text307, "euc_jp"))

# ===================================================================================== 308
# ISO-2022-JP as an old Windows client sends it (CP50221): ①②③, ㈱, half-width katakana labels.
text308 = """㈱ヤマダ設備 山田様

お世話になります。エグザンプル工事課の松下です。
【取扱注意】お客様情報を含みます。

下記の通り、エアコン入替工事をお願いします。

① ｵｷｬｸｻﾏ: 西田 和夫 様
   ｹｲﾀｲ: 090-5513-7208
   ｼﾞﾀｸ: 0467-22-6154
② ｹﾞﾝﾊﾞ: 〒248-0012 神奈川県鎌倉市御成町11-2
③ ｺｳｼﾞﾋﾞ: 6月19日(木) 9:00～ (ﾁｭｳｼｬｼﾞｮｳ ｱﾘ)

機種は㈱ダイカン製 S40ZTEP(室外機 R40ZEP)です。
ご確認のほど、よろしくお願いいたします。

--------------------------------
株式会社エグザンプル 工事課
松下 洋平
TEL 045-548-1120
--------------------------------
"""
MESSAGES["308_iso2022jp_cp50221_circled_hankaku_site_order.eml"] = raw_single(
    [("From", bword("松下 洋平", "ISO-2022-JP") + " <matsushita.y@example.co.jp>"),
     ("To", bword("㈱ヤマダ設備", "ISO-2022-JP") + " <info@yamada-setsubi.example>"),
     ("Subject", bword("ｴｱｺﾝ入替工事のお願い(西田様邸)", "ISO-2022-JP")),
     ("Date", "Mon, 16 Jun 2025 08:55:31 +0900"), ("Message-ID", "<000201dbde4e$1f2a3b40$0a01a8c0@PC-MATSUSHITA>"),
     ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
    "text/plain; charset=ISO-2022-JP", "7bit", crlf(text308, cp50221))

# ===================================================================================== 309
# UTF-16LE CSV with BOM exported by a seminar system, to the co-host.
att309 = [
    ("S-001", "株式会社アルファ商事", "小池 智也", "koike.t@alpha-shoji.example", "03-5211-4470"),
    ("S-002", "北星工業株式会社", "川口 真理子", "m-kawaguchi@hokusei-kogyo.example", "011-232-8195"),
    ("S-003", "有限会社みどり園芸", "藤田 博", "fujita@midori-engei.example", "090-3342-7781"),
    ("S-004", "サクラ精機株式会社", "上野 彩花", "ueno.ayaka@sakura-seiki.example", "0566-74-2139"),
    ("S-005", "個人参加", "内田 隼人", "hayato.uchida@freemail.example", "080-6617-0934"),
    ("S-006", "株式会社ベイテック", "杉山 恵美", "e.sugiyama@baytech.example", "045-662-3018"),
]
csv309 = "\ufeff" + csv_text(["受付番号", "会社名", "氏名", "メールアドレス", "電話番号"], att309)
MESSAGES["309_csv_utf16_bom_seminar_attendees.eml"] = message(
    sender="マーケティング部 山下 舞 <yamashita.m@example.co.jp>",
    to=["共催 株式会社ネクストリンク 野口様 <noguchi@nextlink.example>"],
    subject="6/20 共催セミナー 参加者リスト", date="Tue, 17 Jun 2025 18:05:49 +0900",
    msgid="<20250617180549.309@example.co.jp>",
    body=("ネクストリンク 野口様\n\nお疲れさまです。エグザンプルの山下です。\n"
          "6/20 共催セミナーの参加者リスト(6名)を申込システムから書き出しました。\n"
          "当日の受付名簿の作成にお使いください。\n" + sig("山下 舞", "マーケティング部", "03-6453-1410")),
    attachments=[("seminar_0620_attendees.csv", "text/csv", csv309.encode("utf-16-le"), {"charset": "utf-16"})],
)

# ===================================================================================== 310
# Shift_JIS CSV (as Excel saves it) that the mail client labelled charset=iso-8859-1.
gift310 = [
    ("1", "長谷川 修", "135-0016", "東京都江東区東陽4-8-21 東陽レジデンス1204", "03-5632-7718", "水ようかん詰合せ"),
    ("2", "石田 昌子", "500-8833", "岐阜県岐阜市神田町6-12", "058-262-4017", "水ようかん詰合せ"),
    ("3", "安藤 弘", "920-0853", "石川県金沢市本町2-15-1", "076-231-8846", "ビール詰合せ"),
    ("4", "平野 早苗", "812-0011", "福岡県福岡市博多区博多駅前2-9-3", "092-441-5527", "ビール詰合せ"),
]
csv310 = csv_text(["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名"], gift310)
MESSAGES["310_csv_sjis_labelled_latin1_gift_recipients.eml"] = message(
    sender="秘書室 上田 由美 <ueda.y@example.co.jp>",
    to=["丸越百貨店 法人外商部 宮崎様 <miyazaki@marukoshi-dept.example>"],
    subject="お中元 お届け先リストの送付", date="Wed, 18 Jun 2025 11:20:03 +0900",
    msgid="<20250618112003.310@example.co.jp>",
    body=("丸越百貨店 法人外商部 宮崎様\n\nいつもお世話になっております。エグザンプル秘書室の上田です。\n"
          "お中元のお届け先リスト(4件)を添付いたします。のしは「御中元」、名入れは社長名でお願いいたします。\n"
          + sig("上田 由美", "秘書室", "03-6453-1100")),
    attachments=[("ochugen_2025.csv", "text/csv", csv310.encode("cp932"), {"charset": "iso-8859-1"})],
)

# ===================================================================================== 311
# Thunderbird: a scanned 履歴書 (picture) whose file name carries the applicant's name and DOB,
# RFC 2047 in Content-Type name=, RFC 2231 continuations in Content-Disposition filename*.
fname311 = "履歴書_山本花子_1994年3月8日生.png"
MESSAGES["311_rfc2231_filename_resume_name_dob.eml"] = raw_mixed(
    [("From", "=?UTF-8?B?" + base64.b64encode("人事部 清水 大輔".encode()).decode() + "?= <shimizu.d@example.co.jp>"),
     ("To", "=?UTF-8?B?" + base64.b64encode("適性検査センター".encode()).decode() + "?= <support@aptitest.example>"),
     ("Subject", bword("適性検査 受検者の登録(中途採用 1名)", "UTF-8")),
     ("Date", "Thu, 19 Jun 2025 13:15:27 +0900"), ("Message-ID", "<7b1e2c44-0311-4a8e-9f21-5d6e8a0c3111@example.co.jp>"),
     ("User-Agent", "Mozilla Thunderbird")],
    "------------tb311a9f04c2e7d15b",
    [text_part("適性検査センター ご担当者様\n\nお世話になっております。エグザンプル人事部の清水です。\n"
               "中途採用の応募者1名について、Web適性検査の受検者登録をお願いいたします。\n"
               "応募書類(履歴書のスキャン)を添付します。受検案内は当方から本人へ転送します。\n"
               + sig("清水 大輔", "人事部", "03-6453-1218")),
     ([f'Content-Type: image/png; name="{bword(fname311, "UTF-8")}"', "Content-Transfer-Encoding: base64",
       "Content-Disposition: attachment;\r\n" + rfc2231("filename", fname311)], b64_lines(png()))],
)

# ===================================================================================== 312
# Outlook/Becky style: RFC 2047 ISO-2022-JP encoded-words in name= and filename=; the photo's name
# carries a 在留カード number (the pictures themselves have no text).
fname312a = "在留カード表_グエン ヴァン ミン_UH38219746FA.png"
fname312b = "在留カード裏_グエン ヴァン ミン.png"


def ew_param(value: str) -> str:
    """Two ISO-2022-JP encoded-words in one quoted parameter, folded (as many Japanese clients do)."""
    half = len(value) // 2
    return f'"{bword(value[:half], "ISO-2022-JP")}\r\n {bword(value[half:], "ISO-2022-JP")}"'


MESSAGES["312_rfc2047_name_param_residence_card_photo.eml"] = raw_mixed(
    [("From", "=?ISO-2022-JP?B?" + base64.b64encode(cp50221("総務部 吉川 聡")).decode() + "?= <yoshikawa.s@example.co.jp>"),
     ("To", "sato-gyosei@gyosei-sato.example"),
     ("Subject", bword("在留期間更新 必要書類(グエン ヴァン ミン)", "ISO-2022-JP")),
     ("Date", "Fri, 20 Jun 2025 10:02:58 +0900"), ("Message-ID", "<20250620100258.312@example.co.jp>"),
     ("X-Mailer", "Becky! ver. 2.81.06")],
    "----=_NextPart_312_0620_01DBE1A2",
    [text_part("佐藤行政書士事務所 佐藤先生\n\nお世話になっております。エグザンプル総務部の吉川です。\n"
               "グエン ヴァン ミンさんの在留期間更新の件、在留カードの表裏の写真をお送りします。\n"
               "雇用契約書は郵送いたします。\n" + sig("吉川 聡", "総務部", "03-6453-1205")),
     ([f"Content-Type: image/png;\r\n name={ew_param(fname312a)}", "Content-Transfer-Encoding: base64",
       f"Content-Disposition: attachment;\r\n filename={ew_param(fname312a)}"], b64_lines(png(shade=200))),
     ([f"Content-Type: image/png;\r\n name={ew_param(fname312b)}", "Content-Transfer-Encoding: base64",
       f"Content-Disposition: attachment;\r\n filename={ew_param(fname312b)}"], b64_lines(png(shade=190)))],
)

# ===================================================================================== 313 (control)
# Price list xlsx: JAN codes as numbers (format 0), 7-digit numeric 品番 shaped like postal codes,
# a 12-digit 商品コード with a valid My Number check digit (no label), 発売日 date cells.


def jan(prefix12: str) -> int:
    code = prefix12 + ean.calc_check_digit(prefix12)
    assert ean.is_valid(code) and not cn.is_valid(code)
    return int(code)


CODE313 = my_no("20250401733")
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2025年7月価格表"
ws.append(["品番", "JANコード", "商品コード", "商品名", "入数", "希望小売価格", "卸価格", "発売日"])
header_row(ws, 1)
items313 = [
    (1500043, jan("490123456701"), int(CODE313), "ステンレスボトル 350ml ブラック", 24, 2480, 1488, dt.datetime(2025, 7, 1)),
    (1500044, jan("490123456702"), 202504017340, "ステンレスボトル 350ml ホワイト", 24, 2480, 1488, dt.datetime(2025, 7, 1)),
    (5300001, jan("490123456713"), 202504017341, "保冷ランチバッグ M", 40, 1680, 1008, dt.datetime(2025, 7, 15)),
    (1000005, jan("490123456723"), 202504017342, "折りたたみ傘 55cm", 30, 3280, 1968, dt.datetime(2025, 8, 1)),
]
for code in (202504017340, 202504017341, 202504017342):
    assert not mynumber.is_valid(str(code))
for i, row in enumerate(items313):
    ws.append(list(row))
    r = 2 + i
    ws[f"B{r}"].number_format = "0"
    ws[f"C{r}"].number_format = "0"
    ws[f"F{r}"].number_format = "#,##0"
    ws[f"G{r}"].number_format = "#,##0"
    ws[f"H{r}"].number_format = "yyyy/m/d"
for col, w in zip("ABCDEFGH", (10, 16, 15, 32, 6, 12, 10, 11), strict=True):
    ws.column_dimensions[col].width = w
xlsx313 = fixed_xlsx(wb, "商品部 太田")
MESSAGES["313_control_xlsx_price_list_jan_numeric_codes.eml"] = message(
    sender="商品部 太田 和也 <ota.k@example.co.jp>",
    to=["株式会社ホームライフ 仕入部 近藤様 <kondo@homelife-store.example>"],
    subject="7月新商品 価格表の送付", date="Mon, 23 Jun 2025 15:30:12 +0900",
    msgid="<20250623153012.313@example.co.jp>",
    body=("ホームライフ 仕入部 近藤様\n\nいつもお世話になっております。エグザンプル商品部の太田です。\n"
          "7月・8月発売の新商品4点の価格表をお送りします。JANコードは確定版です。\n"
          "初回発注の締切は6月30日です。\n" + sig("太田 和也", "商品部", "03-6453-1520")),
    attachments=[("価格表_2025年7月新商品.xlsx", XLSX, xlsx313, None)],
)

# ===================================================================================== 314 (control)
# 出荷検査成績書: 製造番号 are 10-digit numbers starting 90/80/70 (look like mobiles that lost their 0),
# 製造日 and 検査日 date cells, measurements, a merged title, a hidden 原価 column.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "成績書"
ws["A1"] = "出荷検査成績書  型式 EX-PS240 (AC/DCスイッチング電源)"
ws.merge_cells("A1:H1")
ws["A1"].font = Font(bold=True, size=13)
ws["A1"].alignment = CENTER
ws.append(["製造番号", "製造日", "検査日", "出力電圧(V)", "リップル(mV)", "絶縁抵抗(MΩ)", "判定", "原価"])
header_row(ws, 2)
serial314 = [
    (9025060101, dt.datetime(2025, 6, 3), dt.datetime(2025, 6, 5), 24.02, 38, ">100", "合格", 4120),
    (9025060102, dt.datetime(2025, 6, 3), dt.datetime(2025, 6, 5), 23.98, 41, ">100", "合格", 4120),
    (8025060117, dt.datetime(2025, 6, 4), dt.datetime(2025, 6, 6), 24.05, 36, ">100", "合格", 4185),
    (7025060123, dt.datetime(2025, 6, 4), dt.datetime(2025, 6, 6), 24.01, 44, ">100", "合格", 4185),
    (9025060140, dt.datetime(2025, 6, 5), dt.datetime(2025, 6, 9), 23.97, 39, ">100", "合格", 4120),
]
for i, row in enumerate(serial314):
    ws.append(list(row))
    r = 3 + i
    ws[f"A{r}"].number_format = "0"
    ws[f"B{r}"].number_format = "yyyy/m/d"
    ws[f"C{r}"].number_format = "yyyy/m/d"
ws.column_dimensions["H"].hidden = True
for col, w in zip("ABCDEFG", (13, 11, 11, 11, 11, 12, 6), strict=True):
    ws.column_dimensions[col].width = w
xlsx314 = fixed_xlsx(wb, "品質保証部 遠藤")
MESSAGES["314_control_xlsx_inspection_serials_like_mobiles.eml"] = message(
    sender="品質保証部 遠藤 勝 <endo.m@example.co.jp>",
    to=["東邦オートメーション株式会社 資材部 受入検査ご担当 <ukeire@toho-automation.example>"],
    subject="EX-PS240 出荷検査成績書(6/10出荷分 5台)", date="Tue, 24 Jun 2025 09:12:40 +0900",
    msgid="<20250624091240.314@example.co.jp>",
    body=("東邦オートメーション 資材部 受入検査ご担当者様\n\nお世話になっております。エグザンプル品質保証部の遠藤です。\n"
          "6月10日出荷分 EX-PS240 5台の出荷検査成績書をお送りします。\n"
          "製造番号は銘板の S/N と同じです。ご査収ください。\n" + sig("遠藤 勝", "品質保証部", "0285-22-4431")),
    attachments=[("出荷検査成績書_EX-PS240_20250610.xlsx", XLSX, xlsx314, None)],
)

# ===================================================================================== 315 (control)
# English invoice in the body: invoice/PO numbers, a 16-digit order reference failing Luhn, HS codes,
# SWIFT/BIC, amounts, dates, Incoterms; no account number, no IBAN.
ORDER315 = "4539120876543217"
assert not luhn.is_valid(ORDER315)
body315 = f"""Dear Ms. Fischer,

Please find below our invoice for the June shipment. The PDF copy follows from our billing system.

Invoice No.: EX-INV-2025-06-0418
Invoice date: 25 June 2025
Your PO: 4500872231 (order reference {ORDER315})
Incoterms: FCA Narita
Payment terms: 60 days net, due 24 August 2025

  Item            HS code     Qty   Unit price (EUR)   Amount (EUR)
  EX-PS240        8504.40     120            86.50      10,380.00
  EX-CBL-0305     8544.42     120             4.20         504.00
  Freight (air)                                           1,150.00
  Total                                                  12,034.00

Remittance: by telegraphic transfer to our account with MUFG Bank, Ltd. (SWIFT/BIC BOTKJPJT),
as registered in your vendor master (details unchanged since 2023).
Shipment: AWB 131-4408 2215, 3 cartons, 96.4 kg, departed 23 June 2025.

Kind regards,
--\u0020
Shinji Kato
Export Sales, Example Corporation
Tel +81 3 6453 1618
"""
MESSAGES["315_control_en_invoice_swift_no_account.eml"] = message(
    sender="Shinji Kato <kato.s@example.co.jp>",
    to=["Julia Fischer <j.fischer@rheinwerk-automation.example>"],
    subject="Invoice EX-INV-2025-06-0418 / PO 4500872231", date="Wed, 25 Jun 2025 17:44:09 +0900",
    msgid="<20250625174409.315@example.co.jp>", body=body315,
)

# ===================================================================================== 316 (control, internal)
# 新任管理職研修 schedule xlsx, internal only: 社員番号 numbers, 内線, dates and rooms.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "研修日程"
ws.append(["社員番号", "氏名", "所属", "内線", "研修日", "会場", "備考"])
header_row(ws, 1)
sched316 = [
    (20143, "大西 拓也", "営業部", 4412, dt.datetime(2025, 7, 8), "本社 12F 大会議室", ""),
    (20417, "永井 千尋", "経理部", 4520, dt.datetime(2025, 7, 8), "本社 12F 大会議室", ""),
    (30088, "原 健太郎", "大阪支店 営業課", 6105, dt.datetime(2025, 7, 9), "大阪支店 5F 会議室B", "オンライン参加"),
    (20562, "菅原 美帆", "品質保証部", 4631, dt.datetime(2025, 7, 9), "本社 12F 大会議室", ""),
]
for i, row in enumerate(sched316):
    ws.append(list(row))
    ws[f"E{2 + i}"].number_format = "m/d(aaa)"
for col, w in zip("ABCDEFG", (9, 12, 16, 6, 10, 20, 14), strict=True):
    ws.column_dimensions[col].width = w
xlsx316 = fixed_xlsx(wb, "人事部 研修担当")
MESSAGES["316_control_int_xlsx_training_schedule.eml"] = message(
    sender="人事部 研修担当 谷口 <taniguchi@example.co.jp>",
    to=["新任管理職各位 <new-managers@example.co.jp>"],
    cc=["大阪支店 総務 <soumu@osaka.example.co.jp>"],
    subject="新任管理職研修(7/8・7/9)日程のご案内", date="Thu, 26 Jun 2025 12:01:33 +0900",
    msgid="<20250626120133.316@example.co.jp>",
    body=("新任管理職各位\n\n人事部研修担当の谷口です。\n"
          "7月8日・9日の新任管理職研修の日程表を添付します。各日 9:30 集合、17:30 終了予定です。\n"
          "欠席・日程変更は内線 4105 までご連絡ください。\n" + sig("谷口 直樹", "人事部", "03-6453-1219")),
    attachments=[("新任管理職研修_日程表.xlsx", XLSX, xlsx316, None)],
)

# ===================================================================================== 317 (control)
# ISO-2022-JP (CP50221) purchase order from an old client: ①②③, ㈱, ㈲, half-width katakana, codes.
text317 = """㈱タカハシ金属 営業部 御中

いつもお世話になっております。エグザンプル資材課の桜井です。
下記の通り注文いたします。

注文番号: PO-250627-031
① ｽﾃﾝﾚｽ ﾎﾞﾙﾄ M8×30 (SUS304)  品番 BT-0830-S  数量 2,000本
② ﾌﾗｯﾄﾜｯｼｬｰ M8            品番 WS-0800-S  数量 2,000枚
③ ﾅｲﾛﾝﾅｯﾄ M8              品番 NT-0800-N  数量 1,000個
納期: 7月11日(金) 必着
納入先: 当社 第2倉庫(いつもの搬入口)
※③は㈲マルミ商会経由でも可です。

単価は5月28日付お見積(No.Q-2505-118)の通りでお願いいたします。

--------------------------------
株式会社エグザンプル 資材課
桜井 修
TEL 0285-22-4455
--------------------------------
"""
MESSAGES["317_control_iso2022jp_cp50221_purchase_order.eml"] = raw_single(
    [("From", bword("桜井 修", "ISO-2022-JP") + " <sakurai.o@example.co.jp>"),
     ("To", bword("㈱タカハシ金属", "ISO-2022-JP") + " <eigyo@takahashi-kinzoku.example>"),
     ("Subject", bword("注文書 PO-250627-031 (ﾎﾞﾙﾄ・ﾜｯｼｬｰ・ﾅｯﾄ)", "ISO-2022-JP")),
     ("Date", "Fri, 27 Jun 2025 14:48:20 +0900"), ("Message-ID", "<000a01dbe71c$4b7d2e10$1401a8c0@SHIZAI-PC03>"),
     ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
    "text/plain; charset=ISO-2022-JP", "7bit", crlf(text317, cp50221))


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
