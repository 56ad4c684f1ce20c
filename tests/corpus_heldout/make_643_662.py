"""Writes held-out messages 643-662 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): HEALTHCARE, EDUCATION AND WELFARE, as the
businesses that serve them write. example.co.jp is 株式会社エグザンプル (本社 〒105-0011 東京都港区芝公園2-4-1,
代表 03-6453-1000) with its healthcare, care and education businesses: エグザンプル芝公園クリニック and a clinic
group (本部 事務局), エグザンプル薬局, エグザンプルケア (居宅介護支援), a 訪問看護ステーション, エグザンプル記念病院,
エグザンプル学園 (初等部 / 中等部), エグザンプル進学教室 (a cram school), エグザンプル保育園, the company's
健康管理室, its 奨学金 事務局 and エグザンプル健康保険組合 (kenpo.example.co.jp). example.co.jp and its subdomains
are internal, everything else external. Each sender's own 〒 / address / TEL / FAX sits in a '-- ' signature.
- Positives (643-654): two 紹介状 (body 和暦 DOB + .docx 西暦 DOB, 保険者番号 / 記号・番号 next to them), a
  pharmacy's 疑義照会 with the patient's phone and the prescribing clinic's FAX, a care-plan roster .xlsx
  (和暦 date cells, a married couple sharing a household, 介護保険 被保険者番号 starting 0000), a school's
  緊急連絡先 CSV in Shift_JIS (twins sharing a guardian), a cram school's 入塾申込書 .docx (one digit a cell),
  a daycare's allergy list with children's birthdays (full dates under 誕生日), a 健保組合's 被扶養者異動届 .xlsx
  with 個人番号 and 基礎年金番号, an occupational-health follow-up list (社員番号 + names + results only: no
  detector type), a scholarship transfer sheet (口座番号), a home-visit nurse schedule (addresses without the
  prefecture), an English interpreter request (passport, DOB, +84), the clinic group's five branches with
  〒 / address / TEL (businesses' numbers count, as in 118-147, 356, 619).
- Controls (655-662): a school timetable .xlsx (one digit a cell; a 週時数 row passes the My Number check by
  chance), exam score distribution tallies, a lab reference-range table, a drug inventory with JAN / GS1 /
  YJ codes and lots, an internal-only staff roster WITH personal data (659, pass, findings counted), a
  vaccination schedule by months of age, hospital floor / room directions, a founding-anniversary newsletter.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_643_662.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import phonenumbers
from openpyxl.styles import Alignment, Border, Font, Side
from stdnum.jp import in_ as mynumber

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2026, 3, 9, 9, 0, 0)
JST = dt.timezone(dt.timedelta(hours=9))
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "
# every phone planted as a finding or in a signature (valid) and every look-alike in a control (invalid)
PLANTED_PHONES: list[str] = []
LOOKALIKES: list[str] = []


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def when(y: int, m: int, d: int, hh: int, mm: int) -> str:
    return format_datetime(dt.datetime(y, m, d, hh, mm, tzinfo=JST))


def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def ean13(base12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


def gtin14(base13: str) -> str:
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(base13))
    return base13 + str((10 - s % 10) % 10)


def ph(*numbers: str) -> None:
    PLANTED_PHONES.extend(numbers)


def d(s: str) -> list[str]:
    """A value as it is typed into a form: one character per cell."""
    return list(s)


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, bcc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if bcc:
        msg["Bcc"] = ", ".join(bcc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=cte)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    stem = msgid.strip("<>").split("@")[0]
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_{stem}_{i:02d}")
            i += 1
    return msg.as_bytes()


def csv_bytes(header, rows, encoding: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


# ---- zip / OOXML --------------------------------------------------------------------------

def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(creator: str, title: str = "") -> str:
    t = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-09T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str = "user") -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
WAREKI = '[$-411]ggge"年"m"月"d"日"'


def widths(ws, ws_widths: dict[str, float]) -> None:
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def grid_row(ws, r: int, values, *, c: int = 1, bold: bool = False, center: bool = True,
             date_format: str = "yyyy/m/d") -> None:
    """One table row from column c, each value its own bordered cell (ints stay numbers, dates are date
    cells shown with date_format)."""
    for k, v in enumerate(values):
        cell = ws.cell(row=r, column=c + k, value=(None if v == "" else v))
        cell.border = BOX
        cell.alignment = CENTER if center else LEFT
        if isinstance(v, dt.date):
            cell.number_format = date_format
        if bold:
            cell.font = BOLD


def heading(ws, r: int, text: str, span: int, size: int = 13) -> None:
    ws.cell(row=r, column=1, value=text).font = Font(size=size, bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=span)


def line(ws, r: int, text: str, span: int = 12) -> None:
    ws.cell(row=r, column=1, value=text).alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=span)


# ---- Word (.docx by hand) ------------------------------------------------------------------

NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"


def rels(items) -> str:
    out = [XML, f'<Relationships xmlns="{NS_PKG}">']
    for rid, typ, target in items:
        full = ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                if typ == "core-properties" else REL + typ)
        out.append(f'<Relationship Id="{rid}" Type="{full}" Target={quoteattr(target)}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(overrides: dict[str, str]) -> str:
    out = [XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
           '<Default Extension="xml" ContentType="application/xml"/>']
    for part, ct in overrides.items():
        out.append(f'<Override PartName="/{part}" ContentType="{ct}"/>')
    out.append("</Types>")
    return "".join(out)


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(text: str = "", *, bold: bool = False, size: int | None = None, center: bool = False,
       right: bool = False) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    jc = "center" if center else ("right" if right else "")
    ppr = f'<w:pPr><w:jc w:val="{jc}"/></w:pPr>' if jc else ""
    return f"<w:p>{ppr}{wr(text, rpr) if text else ''}</w:p>"


def wcell_text(text: str) -> str:
    """A cell's paragraphs: one w:p per line."""
    return "".join(f"<w:p>{wr(t) if t else ''}</w:p>" for t in text.split("\n"))


def wform(rows, ncols: int, total: int = 9638) -> str:
    """A Word table on a grid of ncols equal columns. A row is a list of cells: str (one grid column) or
    (text, span) (a cell over span grid columns, w:gridSpan)."""
    colw = total // ncols
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{colw}"/>' for _ in range(ncols))
    trs = []
    for row in rows:
        tcs = []
        used = 0
        for cell in row:
            text, span = (cell if isinstance(cell, tuple) else (cell, 1))
            used += span
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{colw * span}" w:type="dxa"/>{gs}<w:vAlign w:val="center"/></w:tcPr>'
                       f"{wcell_text(text)}</w:tc>")
        assert used == ncols, (used, ncols, row)
        trs.append('<w:tr><w:trPr><w:trHeight w:val="454"/></w:trPr>' + "".join(tcs) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{colw * ncols}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def docx(body: str, *, title: str, creator: str) -> bytes:
    doc = (XML + f'<w:document xmlns:w="{W}" xmlns:r="{NS_R}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
           'w:left="1134" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (XML + f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝"/><w:sz w:val="20"/>'
              '<w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    return zip_parts([
        ("[Content_Types].xml", content_types({"word/document.xml": CT_W + "document.main+xml",
                                               "word/styles.xml": CT_W + "styles+xml",
                                               "docProps/core.xml": CORE_CT})),
        ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml"),
                              ("rId2", "core-properties", "docProps/core.xml")])),
        ("docProps/core.xml", core_props(creator, title)),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", rels([("rId1", "styles", "styles.xml")])),
        ("word/styles.xml", styles)])


# ---- the senders' own details (signatures) ----------------------------------------------------

def sig(org: str, name: str, post_addr: str, tel: str, mail: str, fax: str | None = None) -> str:
    ph(tel.split("（")[0])
    if fax:
        ph(fax)
    lines = [SIGDASH, org, name, post_addr, f"TEL {tel}" + (f" / FAX {fax}" if fax else ""), mail]
    return "\n".join(lines)


CLINIC = ("エグザンプル芝公園クリニック（株式会社エグザンプル ヘルスケア事業本部）",
          "〒105-0011 東京都港区芝公園2-4-1 エグザンプルビル2F", "03-6453-1200", "03-6453-1201")
PHARMACY = ("エグザンプル薬局 芝公園店（株式会社エグザンプル）",
            "〒105-0011 東京都港区芝公園2-4-1 エグザンプルビル1F", "03-6453-1310", "03-6453-1311")
HQ = "〒105-0011 東京都港区芝公園2-4-1"
HOSPITAL = ("エグザンプル記念病院（株式会社エグザンプル ヘルスケア事業本部）",
            "〒108-0072 東京都港区白金1-17-3", "03-3443-5100（代表）", "03-3443-5109")
DAYCARE = ("エグザンプル保育園 芝浦（株式会社エグザンプル 保育事業部）",
           "〒108-0023 東京都港区芝浦4-12-31", "03-5765-3380", "03-5765-3381")
GAKUEN = ("エグザンプル学園（株式会社エグザンプル 教育事業部）",
          "〒154-0017 東京都世田谷区世田谷1-38-6", "03-3420-5501", "03-3420-5502")


# ===================================================================================== 643
# Clinic -> external hospital 地域医療連携室: two 紹介状. Patient 1 in the body: 生年月日 昭和24年8月17日 (和暦),
# 〒 + 港区三田 address, home phone, the son's mobile; 後期高齢者 保険者番号 39131015 / 被保険者番号 20418376.
# Patient 2 in a .docx: 生年月日 1968年2月29日 (西暦, with 昭和43年 in brackets: one value), 〒 + 大田区 address,
# mobile; 保険者番号 06131226, 記号 7102 番号 384 枝番 00. The 紹介元 block of the .docx repeats the clinic's
# signature. Lab values, 76歳, dates of the visit are nothing -> 2 DOBs, 2 〒, 2 addresses, 3 phones: hold.
ph("03-3451-7826", "090-3362-1847", "080-5127-3396")
LOOKALIKES.extend(["39131015", "20418376", "06131226"])


def docx643() -> bytes:
    rows = [
        [("紹介先", 3), ("港南総合病院 消化器内科 ご担当先生 御侍史", 9)],
        [("紹介元", 3), ("エグザンプル芝公園クリニック 内科　医師 高橋 誠一\n"
                         "〒105-0011 東京都港区芝公園2-4-1 エグザンプルビル2F\n"
                         "TEL 03-6453-1200　FAX 03-6453-1201", 9)],
        [("患者氏名", 3), ("中村 由美子（ナカムラ ユミコ）　女性", 9)],
        [("生年月日", 3), ("1968年2月29日（昭和43年）　58歳", 9)],
        [("住所", 3), ("〒143-0015　東京都大田区大森西3-21-6 コーポ大森203", 9)],
        [("電話", 3), ("080-5127-3396（携帯）", 9)],
        [("保険", 3), ("保険者番号 06131226　記号 7102　番号 384　枝番 00（本人）", 9)],
        [("傷病名", 3), ("鉄欠乏性貧血、便潜血陽性", 9)],
        [("紹介目的", 3), ("下部消化管内視鏡検査のご依頼", 9)],
        [("経過", 3), ("令和8年2月の職場健診で便潜血（2日法）2回とも陽性。Hb 9.8 g/dL、MCV 74 fL、"
                       "フェリチン 6 ng/mL。\n鉄剤（クエン酸第一鉄ナトリウム 50mg 2T 2×）を開始しています。", 9)],
        [("既往歴", 3), ("子宮筋腫（平成27年 手術）", 9)],
        [("アレルギー", 3), ("造影剤（ヨード）で蕁麻疹", 9)],
    ]
    body = (wp("診療情報提供書", bold=True, size=32, center=True)
            + wp("令和8年3月9日", right=True)
            + wform(rows, 12)
            + wp("お忙しいところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。"))
    return docx(body, title="診療情報提供書", creator="takahashi")


MESSAGES["643_clinic_referral_letters_wareki_seireki.eml"] = message(
    sender="エグザンプル芝公園クリニック 高橋 誠一 <takahashi.seiichi@example.co.jp>",
    to=["港南総合病院 地域医療連携室 <renkei@konan-general.example>"],
    subject="診療情報提供書 2通のご送付（鈴木 和夫 様／中村 由美子 様）",
    date=when(2026, 3, 9, 17, 42), msgid="<20260309174200.643A@example.co.jp>",
    body=L("港南総合病院 地域医療連携室 御中",
           "",
           "いつも大変お世話になっております。エグザンプル芝公園クリニックの高橋です。",
           "患者さま 2 名のご紹介をお願いいたします。1 通目は本文に、2 通目は添付の Word ファイルにございます。",
           "原本は患者さまにお渡ししております。",
           "",
           "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
           "診療情報提供書（1）",
           "紹介先：港南総合病院 循環器内科 ご担当先生 御侍史",
           "",
           "患者氏名：鈴木 和夫（スズキ カズオ）　男性",
           "生年月日：昭和24年8月17日（76歳）",
           "住　　所：〒108-0073 東京都港区三田4-12-9 三田グリーンハイツ502",
           "電　　話：03-3451-7826（自宅）",
           "緊急連絡先：長男 鈴木 健一 様　090-3362-1847",
           "保　　険：後期高齢者医療　保険者番号 39131015　被保険者番号 20418376",
           "",
           "傷病名：労作性狭心症の疑い、2型糖尿病、高血圧症",
           "紹介目的：精査（負荷心電図・冠動脈CT）およびご加療のお願い",
           "経　　過：2月下旬より坂道で胸部圧迫感（3-5分で消失）。3月2日の心電図で V4-6 に 0.1mV の ST 低下。",
           "　　　　　HbA1c 8.2%（2026/2/24）、血圧 148/86 mmHg、LDL-C 152 mg/dL。",
           "現 処 方：アムロジピン 5mg 1T 1×朝、メトホルミン 500mg 2T 2×朝夕、アスピリン 100mg 1T 1×朝",
           "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
           "",
           "ご予約が取れましたら、当院 FAX までご連絡いただけますと幸いです。",
           "どうぞよろしくお願いいたします。",
           "",
           sig(CLINIC[0], "内科　高橋 誠一", CLINIC[1], CLINIC[2], "takahashi.seiichi@example.co.jp", CLINIC[3])),
    attachments=[("診療情報提供書_中村由美子様.docx", DOCX, docx643())])


# ===================================================================================== 644
# Pharmacy -> external prescribing clinic: 疑義照会. The patient's 生年月日 H2.10.5 (和暦 short form), his
# mobile for the call-back, the clinic's own FAX 03-5449-2761 (a third party's number: counts, as 497);
# the pharmacy's TEL / FAX repeated in the body are the sender's; 医療機関コード 1312345 (7 digits, no 口座
# label), 処方箋 交付年月日, 35歳 are nothing -> 1 DOB, 2 phones: hold.
ph("090-6238-4415", "03-5449-2761")

MESSAGES["644_pharmacy_prescription_inquiry_patient_phone.eml"] = message(
    sender="エグザンプル薬局 芝公園店 小川 美穂 <ogawa.miho@example.co.jp>",
    to=["白金台内科クリニック <info@shirokanedai-naika.example>"],
    subject="【疑義照会】3月9日交付の処方箋（井上 翔太 様）について",
    date=when(2026, 3, 9, 11, 26), msgid="<20260309112600.644A@example.co.jp>",
    body=L("白金台内科クリニック",
           "山崎 先生",
           "",
           "いつもお世話になっております。エグザンプル薬局 芝公園店の薬剤師 小川です。",
           "本日ご来局の患者さまの処方内容について、1 点ご確認をお願いいたします。",
           "",
           "■患者さま",
           "　氏名：井上 翔太 様（イノウエ ショウタ）　男性",
           "　生年月日：H2.10.5（35歳）",
           "　処方箋交付年月日：令和8年3月9日　保険医療機関コード：1312345",
           "",
           "■照会内容",
           "　処方：クラリスロマイシン錠 200mg　1回1錠 1日2回 朝夕食後 7日分",
           "　お薬手帳によると、他院（心療内科）からスボレキサント錠 15mg が処方されており、",
           "　クラリスロマイシンとの併用は禁忌とされております。",
           "　アジスロマイシン錠 250mg（1回2錠 1日1回 3日分）などへの変更をご検討いただけますでしょうか。",
           "",
           "■連絡先",
           "　患者さまには、先生のご回答をいただいてからお薬をお渡しする旨ご説明し、",
           "　ご回答後に当薬局から携帯 090-6238-4415 へお電話することになっております。",
           "",
           "同じ内容を貴院 FAX（03-5449-2761）にもお送りしました。",
           "ご回答は本メールへのご返信、または当薬局 FAX 03-6453-1311 までお願いいたします。",
           "お忙しいところ恐れ入りますが、よろしくお願いいたします。",
           "",
           sig(PHARMACY[0], "薬剤師　小川 美穂", PHARMACY[1], PHARMACY[2], "ogawa.miho@example.co.jp",
               PHARMACY[3])))


# ===================================================================================== 645
# 居宅介護支援 -> external day service: 利用者一覧 .xlsx of six users for the 担当者会議: 生年月日 as real date
# cells shown in 和暦 ([$-411]ggge"年"m"月"d"日": 昭和10年5月3日 … 大正15年12月8日), 郵便番号, 住所, 電話番号,
# 緊急連絡先 and its phone. Users 3 and 4 are a married couple: one household (〒, address, home phone and
# the daughter's mobile shared) -> 6 DOBs, 5 〒, 5 addresses, 10 phones: confirm. 介護保険 被保険者番号
# (10 digits starting 0000), 年齢, 要介護度, 利用曜日 are nothing.
ROWS645 = [
    ["田中 キヨ", "タナカ キヨ", dt.date(1935, 5, 3), 90, "要介護2", "0000418273", "108-0023",
     "東京都港区芝浦4-9-25 芝浦コートハウス1104", "03-3452-6618", "田中 浩（長男）", "090-2245-7816", "月・木"],
    ["佐々木 正雄", "ササキ マサオ", dt.date(1938, 11, 21), 87, "要介護1", "0000526194", "108-0014",
     "東京都港区芝5-18-3", "03-3453-2907", "佐々木 恵（長女）", "080-3318-5527", "火・金"],
    ["山口 茂", "ヤマグチ シゲル", dt.date(1933, 2, 14), 93, "要介護3", "0000611358", "140-0002",
     "東京都品川区東品川3-22-8-503", "03-3471-5264", "山口 真理子（長女）", "070-4491-2286", "月・水・金"],
    ["山口 トシ子", "ヤマグチ トシコ", dt.date(1936, 7, 30), 89, "要介護1", "0000611366", "140-0002",
     "東京都品川区東品川3-22-8-503", "03-3471-5264", "山口 真理子（長女）", "070-4491-2286", "月・水・金"],
    ["石井 フミ", "イシイ フミ", dt.date(1926, 12, 8), 99, "要介護2", "0000483091", "105-0014",
     "東京都港区芝2-31-14", "03-3455-8132", "石井 明（甥）", "090-7719-3348", "水・土"],
    ["松本 義男", "マツモト ヨシオ", dt.date(1942, 4, 1), 84, "要介護1", "0000702245", "108-0075",
     "東京都港区港南4-6-2-1207", "03-3474-9025", "松本 由香（長女）", "080-6627-4410", "火・木"],
]
for _r in ROWS645:
    ph(_r[8], _r[10])
    LOOKALIKES.append(_r[5])


def wb645():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "利用者一覧"
    widths(ws, {"A": 5, "B": 13, "C": 15, "D": 17, "E": 6, "F": 9, "G": 14, "H": 10, "I": 38, "J": 14,
                "K": 19, "L": 15, "M": 12, "N": 22})
    heading(ws, 1, "通所介護 利用開始予定者一覧（令和8年4月）", 14)
    line(ws, 2, "作成：エグザンプルケア 居宅介護支援事業所 芝浦　作成日：令和8年3月10日", 14)
    grid_row(ws, 4, ["No", "利用者氏名", "フリガナ", "生年月日", "年齢", "要介護度", "介護保険被保険者番号",
                     "郵便番号", "住所", "電話番号", "緊急連絡先（続柄）", "緊急連絡先電話", "利用曜日", "備考"],
             bold=True)
    notes = ["送迎時 玄関まで介助", "難聴（左）", "車いす。妻と同日利用", "夫と同日利用", "独居。鍵は甥が管理",
             "糖尿病食"]
    for i, r in enumerate(ROWS645):
        grid_row(ws, 5 + i, [i + 1, *r, notes[i]], date_format=WAREKI)
    line(ws, 12, "※ 年齢は令和8年4月1日時点。介護保険被保険者証の写しは担当者会議でお渡しします。", 14)
    return fixed_xlsx(wb, "mori-cm")


MESSAGES["645_xlsx_care_plan_roster_users_dobs.eml"] = message(
    sender="エグザンプルケア 居宅介護支援事業所 芝浦 森 直子 <mori.naoko@example.co.jp>",
    to=["デイサービス ひだまり港南 生活相談員 <soudan@hidamari-day.example>"],
    subject="4月利用開始予定の6名 利用者一覧（サービス担当者会議資料）",
    date=when(2026, 3, 10, 15, 8), msgid="<20260310150800.645A@example.co.jp>",
    body=L("デイサービス ひだまり港南",
           "生活相談員 野村 様",
           "",
           "いつもお世話になっております。エグザンプルケアの森です。",
           "4月から貴事業所のご利用を予定している 6 名の利用者一覧をお送りします。",
           "3月17日（火）の担当者会議の資料として、送迎ルートのご検討にもお使いください。",
           "",
           "・山口様ご夫婦は同日利用をご希望です（奥様は車いすの介助なし、ご主人は車いす）。",
           "・石井様は独居のため、緊急時は甥御さんにご連絡をお願いします。",
           "",
           "ケアプラン（第1表〜第3表）は会議当日にお持ちします。",
           "よろしくお願いいたします。",
           "",
           sig("エグザンプルケア 居宅介護支援事業所 芝浦（株式会社エグザンプル）", "介護支援専門員　森 直子",
               "〒105-0023 東京都港区芝浦1-13-10", "03-5439-2210", "mori.naoko@example.co.jp", "03-5439-2211")),
    attachments=[("利用者一覧_202604利用開始.xlsx", XLSX, wb645())])


# ===================================================================================== 646
# School -> external nature camp: 緊急連絡先一覧 as a Shift_JIS (CP932) CSV of eight pupils. The twins 小林 蓮 /
# 小林 葵 share their mother, 〒, address and phones -> 7 households: 7 〒, 7 addresses, 4 home phones +
# 7 mobiles; the leading teacher's mobile in the body (a colleague, not the sender: counts, as 170) ->
# 12 phones: confirm. 出席番号, 組, allergies, dates and bus times are nothing.
ROWS646 = [
    ["5-1", "1", "青木 陽翔", "男", "青木 美咲", "母", "154-0015", "東京都世田谷区桜新町1-24-6", "03-3426-7714",
     "090-4812-3376", "なし"],
    ["5-1", "5", "井上 結衣", "女", "井上 大輔", "父", "154-0016", "東京都世田谷区弦巻3-9-18", "", "080-2237-6491",
     "そば（アナフィラキシー歴あり）"],
    ["5-1", "12", "小林 蓮", "男", "小林 直美", "母", "158-0094", "東京都世田谷区玉川2-17-5-702", "03-3707-2258",
     "070-3356-8842", "なし"],
    ["5-1", "13", "小林 葵", "女", "小林 直美", "母", "158-0094", "東京都世田谷区玉川2-17-5-702", "03-3707-2258",
     "070-3356-8842", "乗り物酔いしやすい"],
    ["5-2", "3", "斎藤 陸", "男", "斎藤 由紀", "母", "157-0066", "東京都世田谷区成城6-11-3", "", "090-6672-1905",
     "なし"],
    ["5-2", "9", "中島 さくら", "女", "中島 剛", "父", "201-0014", "東京都狛江市東和泉2-8-14", "03-3489-5537",
     "080-7741-2093", "喘息（吸入薬持参）"],
    ["5-2", "15", "藤田 悠真", "男", "藤田 千尋", "母", "213-0001", "神奈川県川崎市高津区溝口4-3-10 メゾン溝の口301",
     "044-822-6614", "090-3187-5520", "なし"],
    ["5-2", "21", "村上 美月", "女", "村上 香", "母", "154-0012", "東京都世田谷区駒沢5-14-2", "", "070-5528-3361",
     "卵（加熱は可）"],
]
for _r in ROWS646:
    ph(*[x for x in (_r[8], _r[9]) if x])
ph("080-2219-4457")
CSV646 = csv_bytes(["組", "出席番号", "児童氏名", "性別", "保護者氏名", "続柄", "郵便番号", "住所", "自宅電話",
                    "携帯電話", "アレルギー・配慮事項"], ROWS646, "cp932")

MESSAGES["646_school_emergency_contacts_csv_sjis.eml"] = message(
    sender="エグザンプル学園 初等部 原田 恵 <harada.megumi@example.co.jp>",
    to=["八ヶ岳高原 青少年の家 予約係 <yoyaku@yatsugatake-seishonen.example>"],
    subject="5月20日〜22日 林間学校 緊急連絡先一覧（医務室用・抜粋8名）",
    date=when(2026, 3, 11, 16, 30), msgid="<20260311163000.646A@example.co.jp>",
    body=L("八ヶ岳高原 青少年の家",
           "予約係 ご担当者様",
           "",
           "お世話になっております。エグザンプル学園 初等部 5年担任の原田です。",
           "先日ご依頼のあった、医務室で配慮が必要な児童の緊急連絡先一覧（8名分）を CSV でお送りします。",
           "（Excel で開けるよう Shift_JIS で保存しています）",
           "",
           "・5年1組の小林 蓮・葵は双子のため、保護者の連絡先は同じです。",
           "・引率責任者は学年主任の松井です。現地では松井の携帯 080-2219-4457 にご連絡ください。",
           "・バスは 5/20 7:30 学園発、11:40 到着予定です。",
           "",
           "よろしくお願いいたします。",
           "",
           sig(GAKUEN[0] + " 初等部", "5年1組担任　原田 恵", GAKUEN[1], GAKUEN[2], "harada.megumi@example.co.jp",
               GAKUEN[3])),
    attachments=[("林間学校_緊急連絡先_5年_抜粋.csv", "text/csv", CSV646)])


# ===================================================================================== 647
# Cram school -> external tutor agency: 入塾申込書 as a .docx form, one digit a cell: 申込日 (令和 cells),
# 生年月日 with ■平成 and 年 / 月 / 日 digit cells (平成25年6月18日), 郵便番号 〒 3 cells "-" 4 cells, address,
# home phone and the guardian's mobile in cells with "-" cells, the guardian's e-mail -> 1 DOB, 1 〒,
# 1 address, 2 phones, 1 e-mail: hold. 生徒番号 2604-0183, 申込日, 授業 times are nothing.
ph("03-3419-6273", "090-5536-1824")


def docx647() -> bytes:
    n = 24

    def pad(cells, used):
        return [*cells, ("", n - used)] if used < n else cells

    rows = [
        [("申込日", 4), ("令和", 2), *d("08"), "年", *d("03"), "月", *d("07"), "日", ("生徒番号", 4), ("2604-0183", 5)],
        [("生徒氏名", 4), ("岡田 湊", 8), ("フリガナ", 4), ("オカダ ミナト", 8)],
        pad([("生年月日", 4), ("□昭和 ■平成 □令和", 6), *d("25"), "年", *d("06"), "月", *d("18"), "日"], 19),
        [("学校名・学年", 4), ("世田谷区立三宿中学校　新1年（令和8年4月入学）", 20)],
        pad([("郵便番号", 4), "〒", *d("154"), "-", *d("0005")], 13),
        [("住所", 4), ("東京都世田谷区三宿1-13-4 ルミエール三宿205", 20)],
        [("保護者氏名", 4), ("岡田 真由美", 8), ("続柄", 4), ("母", 8)],
        pad([("電話番号（自宅）", 4), *d("03"), "-", *d("3419"), "-", *d("6273")], 16),
        pad([("携帯電話（保護者）", 4), *d("090"), "-", *d("5536"), "-", *d("1824")], 17),
        [("メールアドレス", 4), ("mayumi.okada.0707@freemail.example", 20)],
        [("希望コース", 4), ("個別指導（1対2）数学・英語　週2回（火・金 17:30〜19:00）", 20)],
        [("備考", 4), ("4月の定期テスト対策から。英語は小学校で英検4級取得済み。", 20)],
    ]
    body = (wp("入塾申込書", bold=True, size=32, center=True)
            + wp("エグザンプル進学教室 三軒茶屋校 御中")
            + wform(rows, n)
            + wp("上記のとおり入塾を申し込みます。授業料は毎月27日に口座振替（別紙 依頼書）にて納入します。"))
    return docx(body, title="入塾申込書", creator="miyamoto")


MESSAGES["647_docx_cram_school_enrolment_digit_cells.eml"] = message(
    sender="エグザンプル進学教室 三軒茶屋校 宮本 拓也 <miyamoto.takuya@example.co.jp>",
    to=["スタディリンク株式会社 講師配置担当 <haichi@studylink.example>"],
    subject="新規入塾生（中1・個別指導）入塾申込書のご送付と講師配置のお願い",
    date=when(2026, 3, 9, 20, 15), msgid="<20260309201500.647A@example.co.jp>",
    body=L("スタディリンク株式会社",
           "講師配置担当 石川 様",
           "",
           "お世話になっております。エグザンプル進学教室 三軒茶屋校の宮本です。",
           "新規の入塾生が 1 名決まりましたので、入塾申込書（Word）をお送りします。",
           "4月7日（火）からの個別指導で、数学・英語を担当できる講師の配置をお願いいたします。",
           "体験授業の際、保護者の方から「女性の講師を希望」とのお話がありました。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("エグザンプル進学教室 三軒茶屋校（株式会社エグザンプル 教育事業部）", "教室長　宮本 拓也",
               "〒154-0004 東京都世田谷区太子堂4-1-1 キャロットタワー前ビル5F", "03-5430-7720",
               "miyamoto.takuya@example.co.jp")),
    attachments=[("入塾申込書_2604-0183.docx", DOCX, docx647())])


# ===================================================================================== 648
# Daycare -> external catering company: 除去食対象児一覧 in the body, five children with full dates under
# 誕生日 (令和7年5月14日 …: birth dates with the year, so dates of birth), 月齢 (10ヶ月, 1歳7ヶ月) and the
# emergency hospital's number (a third party's: counts, as companies' numbers count) -> 5 DOBs, 1 phone:
# confirm. The yearless 誕生会 dates (4/24) and the menu dates are nothing.
ph("03-3456-2211")

MESSAGES["648_daycare_allergy_list_children_birthdays.eml"] = message(
    sender="エグザンプル保育園 芝浦 栄養士 加藤 沙織 <kato.saori@example.co.jp>",
    to=["株式会社ハーモニーフード 芝浦事業所 <shibaura@harmony-food.example>"],
    subject="【4月〜】食物アレルギー 除去食対象児一覧（5名）",
    date=when(2026, 3, 12, 10, 5), msgid="<20260312100500.648A@example.co.jp>",
    body=L("株式会社ハーモニーフード 芝浦事業所",
           "調理責任者 大西 様",
           "",
           "いつもおいしい給食をありがとうございます。エグザンプル保育園 芝浦の栄養士 加藤です。",
           "4月からの除去食対象児の一覧をお送りします。新入園児 2 名（ひよこ組・りす組）が加わります。",
           "",
           "クラス　　　園児氏名　　　誕生日　　　　　月齢・年齢（4/1時点）　原因食物　　　　除去",
           "ひよこ(0歳)　西村 陽葵　　令和7年5月14日　10ヶ月　　　　　　　　　鶏卵　　　　　　完全除去（加熱卵も不可）",
           "りす(1歳)　　長谷川 湊斗　令和6年8月2日　 1歳7ヶ月　　　　　　　　牛乳・乳製品　　完全除去",
           "うさぎ(2歳)　近藤 結菜　　令和5年11月27日 2歳4ヶ月　　　　　　　　小麦　　　　　　部分除去（醤油・味噌は可）",
           "くま(3歳)　　石田 颯　　　令和4年6月9日　 3歳9ヶ月　　　　　　　　ピーナッツ・くるみ 完全除去（エピペン預かり）",
           "ぞう(5歳)　　前田 凛　　　令和3年1月20日　5歳2ヶ月　　　　　　　　えび・かに　　　完全除去",
           "",
           "・4月の誕生会（4/24）のケーキは、卵・乳・小麦を使わないものでお願いします。",
           "・石田 颯くんの誤食時は、エピペン使用後に嘱託医の芝浦こどもクリニック（03-3456-2211）へ",
           "　連絡のうえ救急搬送します。調理室でも手順書の掲示をお願いします。",
           "・献立表（4月分）は 3/25 までにお送りいただけると助かります。",
           "",
           "よろしくお願いいたします。",
           "",
           sig(DAYCARE[0], "栄養士　加藤 沙織", DAYCARE[1], DAYCARE[2], "kato.saori@example.co.jp", DAYCARE[3])))


# ===================================================================================== 649
# 健康保険組合 (kenpo. subdomain: internal) -> external data-entry contractor: 被扶養者異動届 data as .xlsx.
# 被保険者 個人番号 (the same for both of 藤井's rows: one value), 被扶養者 個人番号 (3), 生年月日 date cells (3:
# the wife, a newborn, a mother), 基礎年金番号 of the wife and the mother (2) -> 5 My Numbers, 2 pension
# numbers, 3 DOBs: confirm. 保険者番号 06131559, 記号 / 番号, 認定日 (the newborn's equals her birth date:
# one DOB), 年収 are nothing.
MN649_FUJII = my_no("38104726153")
MN649_AYA = my_no("52918304761")
MN649_YUI = my_no("70463851925")
MN649_KOMATSU = my_no("14827309566")
MN649_YOSHIE = my_no("61093528470")
LOOKALIKES.append("06131559")
ROWS649 = [
    ["認定（該当）", "1020", "4417", "藤井 大輔", MN649_FUJII, "藤井 彩", "妻", dt.date(1992, 7, 9), MN649_AYA,
     "5102-384716", dt.date(2026, 3, 1), "0", "退職に伴う扶養認定。第3号被保険者届 同時提出"],
    ["認定（該当）", "1020", "4417", "藤井 大輔", MN649_FUJII, "藤井 結", "長女", dt.date(2026, 2, 11), MN649_YUI,
     "", dt.date(2026, 2, 11), "0", "出生"],
    ["認定（該当）", "1031", "0882", "小松 玲奈", MN649_KOMATSU, "小松 芳江", "実母", dt.date(1959, 10, 23),
     MN649_YOSHIE, "2471-063958", dt.date(2026, 3, 1), "1,020,000", "別居・仕送り（月8万円）。年金受給"],
]


def wb649():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "被扶養者異動届"
    widths(ws, {"A": 13, "B": 8, "C": 8, "D": 12, "E": 15, "F": 12, "G": 7, "H": 12, "I": 15, "J": 14,
                "K": 12, "L": 11, "M": 40})
    heading(ws, 1, "健康保険 被扶養者（異動）届 登録データ　令和8年3月受付分", 13)
    line(ws, 2, "エグザンプル健康保険組合　保険者番号 06131559　受付日 令和8年3月12日", 13)
    grid_row(ws, 4, ["届出区分", "被保険者記号", "被保険者番号", "被保険者氏名", "被保険者 個人番号",
                     "被扶養者氏名", "続柄", "生年月日", "被扶養者 個人番号", "基礎年金番号", "認定日",
                     "年間収入見込額", "備考"], bold=True)
    for i, r in enumerate(ROWS649):
        grid_row(ws, 5 + i, r)
    for row in ws.iter_rows(min_row=5, max_row=7):
        for cell in row:
            if isinstance(cell.value, str):
                cell.number_format = "@"
    line(ws, 9, "※ 個人番号は被保険者から提出された番号確認書類と照合済み。", 13)
    return fixed_xlsx(wb, "kenpo-oono")


MESSAGES["649_kenpo_dependants_mynumbers_pension.eml"] = message(
    sender="エグザンプル健康保険組合 適用課 大野 浩二 <oono.koji@kenpo.example.co.jp>",
    to=["株式会社ケンポシステムズ データ登録センター <touroku@kenpo-systems.example>"],
    subject="被扶養者異動届 登録データ送付（3月受付分 3件）",
    date=when(2026, 3, 12, 14, 40), msgid="<20260312144000.649A@kenpo.example.co.jp>",
    body=L("株式会社ケンポシステムズ",
           "データ登録センター ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル健康保険組合 適用課の大野です。",
           "3月受付分の被扶養者異動届（認定 3 件）の登録データをお送りします。",
           "添付ファイルには個人番号が含まれますので、登録後は速やかに削除をお願いいたします。",
           "",
           "・藤井様の長女（2/11 出生）は出生による認定です。",
           "・小松様の実母は別居のため、仕送りの振込記録を確認済みです。",
           "",
           "保険証（資格確認書）の発行は 3 月 19 日を予定しています。",
           "よろしくお願いいたします。",
           "",
           sig("エグザンプル健康保険組合 適用課", "大野 浩二", HQ + " エグザンプルビル8F", "03-6453-1500",
               "oono.koji@kenpo.example.co.jp")),
    attachments=[("被扶養者異動届_202603.xlsx", XLSX, wb649())])


# ===================================================================================== 650
# The company's 健康管理室 -> the external contracted occupational physician: 事後措置 follow-up list in the
# body: 社員番号, names, departments, ages, 判定, findings (blood pressure 168/102, HbA1c 7.9 %), 受診日 and
# 面談 slots. Health data, but no detector type: no finding -> plain hold.
MESSAGES["650_occupational_health_followup_employee_numbers.eml"] = message(
    sender="株式会社エグザンプル 健康管理室 坂本 由美 <sakamoto.yumi@example.co.jp>",
    to=["芝浦産業保健クリニック 金子 先生 <dr.kaneko@shibaura-sangyo.example>"],
    subject="2025年度 定期健康診断 事後措置対象者一覧（要精密・要治療 6名）",
    date=when(2026, 3, 13, 9, 50), msgid="<20260313095000.650A@example.co.jp>",
    body=L("芝浦産業保健クリニック",
           "金子 先生",
           "",
           "いつもお世話になっております。エグザンプル健康管理室の保健師 坂本です。",
           "3月17日（火）の産業医面談に向けて、事後措置の対象者一覧をお送りします。",
           "",
           "社員番号　氏名　　　　所属　　　　　年齢　判定　　　　主な所見　　　　　　　　　　　　再検査",
           "104821　　村田 健　　　営業本部　　　52　　D2 要精密　血圧 168/102 mmHg、心電図 左室肥大　未受診",
           "107344　　長尾 亜紀　　経理部　　　　44　　D2 要精密　便潜血 陽性（2回中1回）　　　　　　3/2 受診済",
           "110572　　上野 剛　　　物流センター　38　　D1 要治療　HbA1c 7.9%、空腹時血糖 162 mg/dL　未受診",
           "112906　　平野 里奈　　人事部　　　　29　　D2 要精密　Hb 8.9 g/dL（貧血）　　　　　　　　予約済 3/19",
           "115238　　小山 拓海　　IT基盤部　　　33　　D1 要治療　LDL-C 201 mg/dL、中性脂肪 388 mg/dL　未受診",
           "118041　　北村 聡　　　営業本部　　　47　　D2 要精密　胸部X線 右上肺野 結節影 12mm　　　2/27 CT 済",
           "",
           "受診日はいずれも 2025年10月14日〜10月31日の巡回健診です。",
           "面談枠：3/17（火）14:00〜16:00（1人20分、本社 12F 健康相談室）",
           "未受診の 3 名には、面談時に受診勧奨をお願いできればと存じます。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("株式会社エグザンプル 人事部 健康管理室", "保健師　坂本 由美", HQ + " エグザンプルビル12F",
               "03-6453-1090", "sakamoto.yumi@example.co.jp")))


# ===================================================================================== 651
# The company's scholarship office -> external bookkeeping firm: 奨学金 振込依頼 .xlsx for three students:
# 普通 口座番号 in a 口座番号 column (3) -> confirm. 奨学生番号, 金融機関コード, 支店コード, amounts are nothing.
ROWS651 = [
    ["S24-017", "高木 美羽", "東北大学 工学部", 2, "七十七銀行", "0125", "本店営業部", "100", "普通", "3817402",
     "ﾀｶｷﾞ ﾐｳ", 50000],
    ["S24-022", "酒井 健太", "広島大学 教育学部", 2, "広島銀行", "0169", "紙屋町支店", "015", "普通", "1264098",
     "ｻｶｲ ｹﾝﾀ", 50000],
    ["S25-004", "原 あかり", "九州大学 医学部", 1, "福岡銀行", "0177", "六本松支店", "231", "普通", "0582731",
     "ﾊﾗ ｱｶﾘ", 50000],
]


def wb651():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "4月給付分"
    widths(ws, {"A": 10, "B": 12, "C": 18, "D": 6, "E": 12, "F": 10, "G": 12, "H": 9, "I": 9, "J": 11,
                "K": 14, "L": 11})
    heading(ws, 1, "エグザンプル奨学金 給付金 振込依頼書（令和8年4月給付分）", 12)
    line(ws, 2, "振込指定日：令和8年4月10日（金）　振込手数料：当社負担", 12)
    grid_row(ws, 4, ["奨学生番号", "氏名", "在籍校", "学年", "金融機関名", "金融機関コード", "支店名", "支店コード",
                     "預金種目", "口座番号", "口座名義（カナ）", "振込金額"], bold=True)
    for i, r in enumerate(ROWS651):
        grid_row(ws, 5 + i, r)
        ws.cell(row=5 + i, column=12).number_format = "#,##0"
    grid_row(ws, 8, ["合計", "", "", "", "", "", "", "", "", "", "", 150000], bold=True)
    ws.cell(row=8, column=12).number_format = "#,##0"
    return fixed_xlsx(wb, "csr-kimura")


MESSAGES["651_xlsx_scholarship_transfer_accounts.eml"] = message(
    sender="エグザンプル奨学金 事務局 木村 亜希 <kimura.aki@example.co.jp>",
    to=["芝公園会計事務所 支払代行チーム <shiharai@shibakoen-kaikei.example>"],
    subject="エグザンプル奨学金 4月給付分 振込依頼（3名）",
    date=when(2026, 3, 16, 13, 20), msgid="<20260316132000.651A@example.co.jp>",
    body=L("芝公園会計事務所",
           "支払代行チーム ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル奨学金 事務局の木村です。",
           "4月給付分（3名、各 50,000円、合計 150,000円）の振込依頼書をお送りします。",
           "今年度から給付を開始する原さんの口座は、通帳の写しで名義を確認済みです。",
           "振込指定日は 4月10日（金）、振込元口座は従来どおりでお願いいたします。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("株式会社エグザンプル CSR推進室 エグザンプル奨学金 事務局", "木村 亜希", HQ, "03-6453-1045",
               "kimura.aki@example.co.jp")),
    attachments=[("奨学金振込依頼書_202604.xlsx", XLSX, wb651())])


# ===================================================================================== 652
# 訪問看護ステーション -> external nurse agency: next week's visits for a relief nurse, in the body: five
# patients' addresses written without the prefecture (世田谷区桜新町2-14-7, 川崎市宮前区宮崎3-8-12 …, 狛江市
# 東和泉1-22-5, 世田谷区用賀4-31-9 …, 調布市入間町2-9-3) and six phones (one daughter's mobile) -> 5 addresses,
# 6 phones: confirm. Visit times, キーボックス 4417, the 指示書 period are nothing.
ph("03-3429-6627", "044-855-3109", "090-8836-2174", "03-3480-7752", "03-3700-1846", "03-3489-2265")

MESSAGES["652_home_visit_nurse_schedule_addresses.eml"] = message(
    sender="エグザンプル訪問看護ステーション 世田谷 福田 真弓 <fukuda.mayumi@example.co.jp>",
    to=["株式会社ナースブリッジ コーディネーター <coordinator@nursebridge.example>"],
    subject="3/16週 応援訪問スケジュール（小島 看護師様 ご担当分 5件）",
    date=when(2026, 3, 12, 18, 10), msgid="<20260312181000.652A@example.co.jp>",
    body=L("株式会社ナースブリッジ",
           "コーディネーター 三浦 様",
           "",
           "お世話になっております。エグザンプル訪問看護ステーション 世田谷の福田です。",
           "来週お越しいただく小島 看護師様のご担当分をお送りします。小島様へご転送をお願いいたします。",
           "",
           "■3/16（月）9:30〜10:30　石原 正雄 様（82）",
           "　世田谷区桜新町2-14-7　TEL 03-3429-6627",
           "　内容：バイタル測定、服薬管理（一包化）",
           "■3/16（月）13:00〜14:00　荒木 久子 様（88）",
           "　川崎市宮前区宮崎3-8-12 グランメール宮崎台105　TEL 044-855-3109",
           "　長女 携帯 090-8836-2174（日中つながりやすい）",
           "　内容：褥瘡処置（仙骨部 DESIGN-R 12点）、摂食嚥下の評価",
           "■3/17（火）10:00〜11:00　大塚 弘 様（79）",
           "　狛江市東和泉1-22-5　TEL 03-3480-7752",
           "　内容：在宅酸素（安静時 1L/分、労作時 2L/分）の管理",
           "■3/18（水）9:30〜10:30　竹内 ミツ 様（91）",
           "　世田谷区用賀4-31-9 用賀コーポ202　TEL 03-3700-1846",
           "　内容：インスリン自己注射の手技確認、血糖測定",
           "　※玄関横のキーボックス（番号 4417）に鍵があります。",
           "■3/19（木）14:00〜15:00　野口 孝 様（75）",
           "　調布市入間町2-9-3　TEL 03-3489-2265",
           "　内容：ストーマ管理、入浴介助",
           "",
           "訪問看護指示書の有効期間はいずれも 2026年1月1日〜6月30日です。",
           "駐車は各お宅の近隣コインパーキングをご利用ください（領収書は当ステーションで精算します）。",
           "",
           "よろしくお願いいたします。",
           "",
           sig("エグザンプル訪問看護ステーション 世田谷（株式会社エグザンプル）", "管理者　福田 真弓",
               "〒154-0024 東京都世田谷区三軒茶屋2-11-22", "03-5431-6680", "fukuda.mayumi@example.co.jp",
               "03-5431-6681")))


# ===================================================================================== 653
# International patient desk -> external medical interpreting service, in English: a Vietnamese visitor's
# Date of Birth 23/06/1961 (DD/MM/YYYY), Passport No. C7319482 (letter + 7 digits), her daughter's 080
# mobile, her own +84 mobile -> 1 passport, 1 DOB, 1 jp_phone, 1 intl_phone: confirm. Arrival and visit
# dates, the travel-insurance policy number, the clinic's own Tel in the signature are nothing.
ph("080-4426-7138", "+84 912 538 406")

MESSAGES["653_en_medical_interpreter_request_passport.eml"] = message(
    sender="Emi Ueda <ueda.emi@example.co.jp>",
    to=["Tokyo Medical Interpreting Service - Bookings <booking@tmis.example>"],
    subject="Interpreter request - Vietnamese, Thu 19 March 10:00 (cardiology outpatient)",
    date=when(2026, 3, 13, 11, 35), msgid="<20260313113500.653A@example.co.jp>",
    body=L("Dear Booking Team,",
           "",
           "We would like to book an on-site Vietnamese medical interpreter for the appointment below.",
           "",
           "Date / time: Thursday 19 March 2026, 10:00-11:30 (please arrive by 9:45)",
           "Department:  Cardiology outpatient, 2F, Example Shibakoen Clinic",
           "",
           "Patient",
           "  Name:          NGUYEN Thi Lan (female)",
           "  Date of Birth: 23/06/1961",
           "  Nationality:   Viet Nam",
           "  Passport No.:  C7319482",
           "  Status:        short-term visitor (arrived 2 March 2026), staying with her daughter in Tokyo",
           "  Mobile:        +84 912 538 406 (WhatsApp / Zalo)",
           "",
           "Contact in Japan: her daughter, Ms. TRAN Thi Mai, mobile 080-4426-7138 (speaks Japanese)",
           "",
           "Purpose: echocardiography and a consultation about palpitations; the doctor will explain the",
           "results and the treatment plan, so consecutive interpreting is needed for about 60 minutes.",
           "Payment: self-pay; travel insurance policy VBI-TRV-2602-118734 (claim forms in Vietnamese).",
           "",
           "Please confirm the interpreter's name by Tuesday 17 March.",
           "",
           "Best regards,",
           "",
           SIGDASH,
           "Emi Ueda (上田 恵美)",
           "International Patient Services",
           "Example Shibakoen Clinic / エグザンプル芝公園クリニック",
           "2F Example Bldg., 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan",
           "Tel: +81 3-6453-1200",
           "ueda.emi@example.co.jp"))


# ===================================================================================== 654
# Clinic group head office -> external printer: proof data for the group's leaflet and patient cards: the
# five branch clinics' 〒, addresses and TEL, none of them in the sender's signature (which gives only
# the 本部 number). Businesses' numbers and addresses count (as 118-147's 取引先, 356's hall, 619's client,
# the company's own details outside its signature count, as its own accounts do) -> 5 〒, 5 addresses,
# 5 phones: confirm.
# Opening hours, 休診日, print quantities and the quote number are nothing.
BRANCHES654 = [
    ("田町クリニック", "108-0014", "東京都港区芝5-31-19 田町ステーションビル3F", "03-5443-2610"),
    ("品川クリニック", "108-0075", "東京都港区港南2-16-4 品川グランドセントラル2F", "03-5783-4471"),
    ("大井町クリニック", "140-0011", "東京都品川区東大井5-22-7 大井町メディカルモール4F", "03-5460-8832"),
    ("川崎クリニック", "210-0007", "神奈川県川崎市川崎区駅前本町11-2 川崎フロンティアビル5F", "044-223-6619"),
    ("武蔵小杉クリニック", "211-0063", "神奈川県川崎市中原区小杉町3-264 小杉メディカルスクエア3F", "044-741-2258"),
]
ph(*[b[3] for b in BRANCHES654])
_lines654: list[str] = []
for _i, (_n, _p, _a, _t) in enumerate(BRANCHES654, start=1):
    _lines654 += [f"{'①②③④⑤'[_i - 1]} エグザンプル{_n}", f"　〒{_p} {_a}", f"　TEL {_t}"]

MESSAGES["654_clinic_group_five_branches_phones.eml"] = message(
    sender="エグザンプル メディカルグループ 本部事務局 岡 裕子 <oka.yuko@example.co.jp>",
    to=["株式会社サンライズ印刷 営業部 <eigyo@sunrise-print.example>"],
    subject="診察券・グループ案内リーフレット 校正戻し（5院の所在地・電話番号）",
    date=when(2026, 3, 16, 10, 45), msgid="<20260316104500.654A@example.co.jp>",
    body=L("株式会社サンライズ印刷",
           "営業部 吉川 様",
           "",
           "お世話になっております。エグザンプル メディカルグループ 本部事務局の岡です。",
           "初校ありがとうございました。裏面の「グループ医療機関のご案内」は、下記のとおり修正をお願いします。",
           "（品川クリニックの電話番号と、大井町クリニックの階数が変わっています）",
           "",
           *_lines654,
           "",
           "診療時間（全院共通）：平日 9:00〜12:30 / 14:30〜18:30、土曜 9:00〜13:00",
           "休診日：日曜・祝日（川崎クリニックは水曜午後も休診）",
           "",
           "部数は診察券 5院×3,000枚、リーフレット 12,000部（見積番号 SR-26-0311）で変更ありません。",
           "再校は 3/19 までにいただけますと助かります。",
           "",
           sig("エグザンプル メディカルグループ 本部事務局（株式会社エグザンプル ヘルスケア事業本部）", "岡 裕子",
               HQ, "03-6453-1180", "oka.yuko@example.co.jp")))


# ===================================================================================== 655
# Control: 中等部 教務 -> external teacher-dispatch agency: 2026年度1学期 時間割 .xlsx: 曜日 over six 時限 columns
# each, a 時限 row 1 2 3 4 5 6 repeated one digit a cell, subjects per class; a 週時数 sheet with one digit a
# cell per subject (1-A / 1-B: 4 4 4 3 4 1 1 3 2 1 2 1 passes the My Number check by chance), a 日課表 with
# times -> plain hold.
SUBJ655 = ["国語", "数学", "英語", "理科", "社会", "音楽", "美術", "保体", "技家", "道徳", "総合", "学活"]
HOURS655 = {"1-A": "444341132121", "1-B": "444341132121", "2-A": "444431132121", "2-B": "444431132121",
            "3-A": "354441131121", "3-B": "354441131121"}
assert mynumber.is_valid(HOURS655["1-A"])
assert all(sum(map(int, h)) == 30 for h in HOURS655.values())


def timetable655(cls: str, shift: int) -> list[str]:
    slots = [s for s, h in zip(SUBJ655, HOURS655[cls], strict=True) for _ in range(int(h))]
    slots = [s for s in slots if s not in ("道徳", "学活", "総合")]
    k = shift % len(slots)
    slots = slots[k:] + slots[:k]
    week = []
    for day in range(5):
        if day == 2:
            week += [slots.pop(0) for _ in range(4)] + ["総合", "総合"]
        elif day == 4:
            week += [slots.pop(0) for _ in range(4)] + ["道徳", "学活"]
        else:
            week += [slots.pop(0) for _ in range(6)]
    return week


def wb655():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "時間割"
    widths(ws, {"A": 7})
    for c in range(2, 32):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 5
    heading(ws, 1, "2026年度 1学期 時間割（案）　エグザンプル学園 中等部", 31)
    grid_row(ws, 3, ["曜日"], bold=True)
    for k, day in enumerate("月火水木金"):
        c = 2 + 6 * k
        grid_row(ws, 3, [day], c=c, bold=True)
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 5)
    grid_row(ws, 4, ["時限", *([1, 2, 3, 4, 5, 6] * 5)], bold=True)
    for i, cls in enumerate(HOURS655):
        grid_row(ws, 5 + i, [cls, *timetable655(cls, 3 * i)])
    line(ws, 12, "※ 水曜5・6限は総合（学年合同）。金曜6限は学活。非常勤講師ご担当：技家・音楽・美術。", 31)

    ws2 = wb.create_sheet("週時数")
    widths(ws2, {"A": 8, "N": 8})
    grid_row(ws2, 1, ["学級", *SUBJ655, "計"], bold=True)
    for i, (cls, h) in enumerate(HOURS655.items()):
        grid_row(ws2, 2 + i, [cls, *[int(x) for x in h], sum(map(int, h))])

    ws3 = wb.create_sheet("日課表")
    widths(ws3, {"A": 10, "B": 16, "C": 10})
    grid_row(ws3, 1, ["時限", "時間", "分"], bold=True)
    times = [("朝学活", "8:35〜8:45", 10), ("1", "8:50〜9:40", 50), ("2", "9:50〜10:40", 50),
             ("3", "10:50〜11:40", 50), ("4", "11:50〜12:40", 50), ("昼休み", "12:40〜13:25", 45),
             ("5", "13:25〜14:15", 50), ("6", "14:25〜15:15", 50), ("帰りの会", "15:20〜15:30", 10)]
    for i, (p, t, m) in enumerate(times):
        grid_row(ws3, 2 + i, [int(p) if p.isdigit() else p, t, m])
    return fixed_xlsx(wb, "onodera")


MESSAGES["655_xlsx_school_timetable_digit_cells.eml"] = message(
    sender="エグザンプル学園 中等部 教務主任 小野寺 淳 <onodera.jun@example.co.jp>",
    to=["株式会社ティーチャーズリンク 派遣事業部 <haken@teacherslink.example>"],
    subject="2026年度1学期 時間割（案）と非常勤講師のご担当コマについて",
    date=when(2026, 3, 13, 17, 5), msgid="<20260313170500.655A@example.co.jp>",
    body=L("株式会社ティーチャーズリンク",
           "派遣事業部 小池 様",
           "",
           "お世話になっております。エグザンプル学園 中等部 教務主任の小野寺です。",
           "1学期の時間割（案）をお送りします。技術・家庭、音楽、美術の非常勤講師の先生方の",
           "ご担当コマは、時間割シートでご確認ください（週時数シートに学級別の時数をまとめています）。",
           "",
           "・始業式 4/8（水）、授業開始 4/10（金）",
           "・1年の技家は 2 コマ連続での実施を希望しています。",
           "・勤務は 1 コマ 50 分、8:50 始業です。",
           "",
           "ご確認のほど、よろしくお願いいたします。",
           "",
           sig(GAKUEN[0] + " 中等部", "教務主任　小野寺 淳", GAKUEN[1], GAKUEN[2], "onodera.jun@example.co.jp",
               GAKUEN[3])),
    attachments=[("2026_1学期_時間割案_中等部.xlsx", XLSX, wb655())])


# ===================================================================================== 656
# Control: cram school's 教務部 -> external publisher: 学力診断テスト score distribution: 得点帯 x subject
# tallies (counts per 10-point band, 1,284 examinees), averages, standard deviations, per-school examinee
# counts, in the body and as a UTF-8 CSV -> plain hold.
BANDS656 = ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90-100"]
DIST656 = {"国語": [6, 18, 47, 96, 168, 231, 262, 221, 153, 82],
           "数学": [14, 39, 78, 121, 173, 210, 228, 196, 149, 76],
           "英語": [9, 27, 61, 108, 159, 224, 247, 229, 147, 73]}
assert all(sum(v) == 1284 for v in DIST656.values())
CSV656 = csv_bytes(["得点帯", *DIST656], [[b, *[DIST656[s][i] for s in DIST656]] for i, b in enumerate(BANDS656)]
                   + [["受験者数", 1284, 1284, 1284], ["平均点", 61.4, 57.8, 60.2], ["標準偏差", 17.9, 20.6, 18.8],
                      ["最高点", 100, 100, 98], ["最低点", 3, 0, 5]], "utf-8-sig")

MESSAGES["656_exam_score_distribution_tallies.eml"] = message(
    sender="エグザンプル進学教室 教務部 杉本 陽介 <sugimoto.yosuke@example.co.jp>",
    to=["株式会社明成出版 模試事業部 <moshi@meisei-pub.example>"],
    subject="第2回 中3 学力診断テスト 得点分布（集計結果）のご報告",
    date=when(2026, 3, 16, 16, 20), msgid="<20260316162000.656A@example.co.jp>",
    body=L("株式会社明成出版",
           "模試事業部 中野 様",
           "",
           "お世話になっております。エグザンプル進学教室 教務部の杉本です。",
           "2月22日実施の第2回 中3 学力診断テストの得点分布をご報告します（CSV も添付します）。",
           "",
           "得点帯　　国語　数学　英語",
           *[f"{b:<8}{DIST656['国語'][i]:>6}{DIST656['数学'][i]:>6}{DIST656['英語'][i]:>6}"
             for i, b in enumerate(BANDS656)],
           "",
           "受験者数 1,284名（9校舎）　平均点 国語 61.4 / 数学 57.8 / 英語 60.2",
           "標準偏差 国語 17.9 / 数学 20.6 / 英語 18.8",
           "校舎別受験者数：三軒茶屋 214、二子玉川 187、自由が丘 166、田町 152、品川 139、",
           "　　　　　　　　大井町 128、川崎 117、武蔵小杉 104、溝の口 77",
           "",
           "数学の大問5（関数）の正答率が 12.4% と低く、次回は難易度の調整をご検討いただければと思います。",
           "",
           sig("エグザンプル進学教室 教務部（株式会社エグザンプル 教育事業部）", "杉本 陽介", HQ,
               "03-6453-1000（代表）", "sugimoto.yosuke@example.co.jp")),
    attachments=[("学力診断テスト2_中3_得点分布.csv", "text/csv", CSV656)])


# ===================================================================================== 657
# Control: the clinic's 臨床検査室 -> external laboratory: reference-range table .xlsx (項目コード, JLAC10
# 17-character codes, units, male / female ranges such as 13-30 U/L, 138-145 mmol/L, 0.65-1.07 mg/dL,
# 158-348 ×10³/μL) -> plain hold.
LAB657 = [
    ("0011", "3B035000002327201", "AST", "U/L", "13-30", "13-30", "血清"),
    ("0012", "3B045000002327201", "ALT", "U/L", "10-42", "7-23", "血清"),
    ("0031", "3B090000002327201", "γ-GT", "U/L", "13-64", "9-32", "血清"),
    ("0101", "3H010000002326101", "Na", "mmol/L", "138-145", "138-145", "血清"),
    ("0102", "3H015000002326101", "K", "mmol/L", "3.6-4.8", "3.6-4.8", "血清"),
    ("0201", "3C015000002327101", "CRE", "mg/dL", "0.65-1.07", "0.46-0.79", "血清"),
    ("0301", "3D046000001906202", "HbA1c(NGSP)", "%", "4.9-6.0", "4.9-6.0", "全血(EDTA)"),
    ("0401", "2A990000001930101", "WBC", "×10³/μL", "3.3-8.6", "3.3-8.6", "全血(EDTA)"),
    ("0402", "2A010000001930101", "RBC", "×10⁶/μL", "4.35-5.55", "3.86-4.92", "全血(EDTA)"),
    ("0403", "2A050000001930101", "PLT", "×10³/μL", "158-348", "158-348", "全血(EDTA)"),
    ("0501", "4A055000002305201", "TSH", "μIU/mL", "0.50-5.00", "0.50-5.00", "血清"),
    ("0601", "5C070000002306001", "CRP", "mg/dL", "0.00-0.14", "0.00-0.14", "血清"),
    ("0701", "3F077000002327101", "LDL-C", "mg/dL", "65-163", "65-163", "血清"),
    ("0801", "8A065000002391901", "eGFR", "mL/min/1.73m²", "≥60", "≥60", "(計算値)"),
]


def wb657():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基準値一覧"
    widths(ws, {"A": 10, "B": 22, "C": 14, "D": 15, "E": 12, "F": 12, "G": 12, "H": 16})
    heading(ws, 1, "検査項目 基準値一覧（2026年4月1日改訂）　エグザンプル芝公園クリニック", 8)
    grid_row(ws, 3, ["項目コード", "JLAC10", "項目名", "単位", "基準値（男）", "基準値（女）", "検体", "改訂"],
             bold=True)
    for i, r in enumerate(LAB657):
        grid_row(ws, 4 + i, [*r, "変更" if r[2] in ("ALT", "CRE", "TSH") else ""])
    line(ws, 19, "基準値は JCCLS 共用基準範囲に準拠（TSH は試薬変更に伴い改訂）。", 8)
    return fixed_xlsx(wb, "watanabe-lab")


MESSAGES["657_lab_reference_range_table.eml"] = message(
    sender="エグザンプル芝公園クリニック 臨床検査室 渡部 和也 <watanabe.kazuya@example.co.jp>",
    to=["株式会社東京臨床ラボ 学術部 <gakujutsu@tokyo-rinsho-lab.example>"],
    subject="検査項目 基準値一覧の照合のお願い（4月1日改訂分）",
    date=when(2026, 3, 17, 10, 30), msgid="<20260317103000.657A@example.co.jp>",
    body=L("株式会社東京臨床ラボ",
           "学術部 ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル芝公園クリニック 臨床検査室の渡部です。",
           "4月1日から当院の報告書に印字する基準値を改訂します。貴社の報告値の基準値と",
           "一致しているか、添付の一覧で照合をお願いいたします。",
           "",
           "主な変更点：",
           "・ALT（男）10-42 U/L、（女）7-23 U/L",
           "・CRE（男）0.65-1.07 mg/dL、（女）0.46-0.79 mg/dL",
           "・TSH 0.50-5.00 μIU/mL（試薬変更に伴う改訂）",
           "",
           "施設コード 13-0412 での登録内容の変更も、あわせてお願いいたします。",
           "",
           sig(CLINIC[0], "臨床検査室 主任　渡部 和也", CLINIC[1], CLINIC[2], "watanabe.kazuya@example.co.jp",
               CLINIC[3])),
    attachments=[("基準値一覧_20260401改訂.xlsx", XLSX, wb657())])


# ===================================================================================== 658
# Control: pharmacy -> external wholesaler: stock-take differences and short-dated returns .xlsx: YJ codes,
# JAN codes (valid EAN-13), GS1 GTIN-14 (valid), lot numbers, expiry months, quantities; 伝票番号 in the body
# -> plain hold.
DRUGS658 = [
    ("アムロジピン錠5mg「サワイ」", "5mg 100錠", "2171022F1172", "49871234", "A2514", "2026-05", 300, 284),
    ("メトホルミン塩酸塩錠500mgMT「DSEP」", "500mg 100錠", "3962002F2094", "49873301", "23K087", "2026-06", 500, 500),
    ("クラリスロマイシン錠200mg「NPI」", "200mg 100錠", "6149003F2151", "49875512", "LT4419", "2026-04", 100, 92),
    ("アジスロマイシン錠250mg「トーワ」", "250mg 60錠", "6149004F1084", "49872208", "5E021", "2027-01", 60, 60),
    ("レバミピド錠100mg「EMEC」", "100mg 500錠", "2329021F1218", "49876640", "R0932", "2026-05", 500, 487),
]


def wb658():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "棚卸差異・期限切迫"
    widths(ws, {"A": 34, "B": 12, "C": 14, "D": 15, "E": 17, "F": 9, "G": 10, "H": 9, "I": 9, "J": 7})
    heading(ws, 1, "棚卸差異・期限切迫品一覧（令和8年3月 棚卸）　エグザンプル薬局 芝公園店", 10)
    grid_row(ws, 3, ["薬品名", "規格", "YJコード", "JANコード", "GS1コード（販売包装）", "ロット", "使用期限",
                     "理論在庫", "実在庫", "差異"], bold=True)
    for i, (name, spec, yj, jan8, lot, exp, book, real) in enumerate(DRUGS658):
        jan = ean13(jan8 + f"{(i * 3571 + 1207) % 10000:04d}")
        gtin = gtin14("1" + jan[:12])
        grid_row(ws, 4 + i, [name, spec, yj, jan, gtin, lot, exp, book, real, real - book])
    line(ws, 10, "※ 使用期限 2026-04 / 2026-05 のロットは返品をご相談させてください。", 10)
    return fixed_xlsx(wb, "miyazaki-ph")


MESSAGES["658_drug_inventory_jan_gs1_lots.eml"] = message(
    sender="エグザンプル薬局 芝公園店 宮崎 健 <miyazaki.ken@example.co.jp>",
    to=["株式会社ミナト薬品 芝営業所 <shiba@minato-yakuhin.example>"],
    subject="3月棚卸の差異と期限切迫品の返品のご相談",
    date=when(2026, 3, 17, 19, 2), msgid="<20260317190200.658A@example.co.jp>",
    body=L("株式会社ミナト薬品 芝営業所",
           "MS 平田 様",
           "",
           "いつもお世話になっております。エグザンプル薬局 芝公園店の宮崎です。",
           "3月の棚卸で差異が出た品目と、使用期限が迫っている品目の一覧をお送りします。",
           "",
           "・クラリスロマイシン錠200mg（ロット LT4419、期限 2026-04）8錠の差異は、",
           "　2/27 納品分（伝票番号 260227-0418）の入庫数の確認をお願いします。",
           "・アムロジピン錠5mg（ロット A2514）とレバミピド錠100mg（ロット R0932）は期限 2026-05 のため、",
           "　返品または期限の長いロットへの交換が可能かご相談させてください。",
           "",
           "次回の定期訪問（3/24）の際にお話しできれば幸いです。",
           "",
           sig(PHARMACY[0], "管理薬剤師　宮崎 健", PHARMACY[1], PHARMACY[2], "miyazaki.ken@example.co.jp",
               PHARMACY[3])),
    attachments=[("棚卸差異_期限切迫_202603.xlsx", XLSX, wb658())])


# ===================================================================================== 659
# Internal only (田町クリニック 事務長 -> 本部 人事, Cc 本部 事務局, all @example.co.jp): three April hires with
# 生年月日 (平成), 〒, 住所, 携帯 -> found (3 DOBs, 3 〒, 3 addresses, 3 phones), but nobody outside: pass.
# 看護師籍 登録番号 第1892043号, 社員番号, 入職日 are nothing.
ph("090-2716-4483", "080-6145-2297", "070-8823-5516")

MESSAGES["659_int_staff_roster_new_hires_internal.eml"] = message(
    sender="エグザンプル田町クリニック 事務長 増田 浩之 <masuda.hiroyuki@example.co.jp>",
    to=["ヘルスケア事業本部 人事 <hr-medical@example.co.jp>"],
    cc=["本部事務局 岡 裕子 <oka.yuko@example.co.jp>"],
    subject="4月1日入職者 3名の職員情報（田町クリニック）",
    date=when(2026, 3, 18, 12, 15), msgid="<20260318121500.659A@example.co.jp>",
    body=L("ヘルスケア事業本部 人事ご担当者様",
           "（Cc：本部事務局 岡さん）",
           "",
           "お疲れさまです。田町クリニックの増田です。",
           "4月1日入職の 3 名について、職員情報をお送りします。社会保険と給与の登録をお願いします。",
           "",
           "1. 看護師　渡辺 七海（ワタナベ ナナミ）",
           "　生年月日：平成11年9月14日",
           "　住所：〒144-0052 東京都大田区蒲田3-18-6 レジデンス蒲田205",
           "　携帯：090-2716-4483",
           "　看護師籍 登録番号：第1892043号",
           "",
           "2. 医療事務　石川 萌（イシカワ モエ）",
           "　生年月日：平成13年3月3日",
           "　住所：〒230-0062 神奈川県横浜市鶴見区豊岡町14-9",
           "　携帯：080-6145-2297",
           "",
           "3. 臨床検査技師　森田 大樹（モリタ ダイキ）",
           "　生年月日：平成8年12月25日",
           "　住所：〒211-0025 神奈川県川崎市中原区木月2-18-7 コーポ元住吉301",
           "　携帯：070-8823-5516",
           "",
           "雇用契約書と免許証の写しは社内便で本部へ送ります。",
           "",
           sig("エグザンプル田町クリニック（株式会社エグザンプル ヘルスケア事業本部）", "事務長　増田 浩之",
               "〒108-0014 東京都港区芝5-31-19 田町ステーションビル3F", "03-5443-2610",
               "masuda.hiroyuki@example.co.jp")))


# ===================================================================================== 660
# Control: daycare nurse -> parents in Bcc (four free-mail organisations: hold): 予防接種 schedule by months
# of age (生後2ヶ月, 3ヶ月, 5-6ヶ月, 12-15ヶ月), intervals (27日以上, 6-28日), the clinic day and times; only
# the daycare's own number in the signature -> plain hold.
MESSAGES["660_vaccination_schedule_months_bcc_parents.eml"] = message(
    sender="エグザンプル保育園 芝浦 看護師 林 千夏 <hayashi.chinatsu@example.co.jp>",
    to=["エグザンプル保育園 芝浦 <hoikuen-shibaura@example.co.jp>"],
    bcc=["s.nishimura.home@freemail.example", "hasegawa-fam@webmail.example", "yui.kondo@mailbox.example",
         "ishida.k@isp-mail.example"],
    subject="【ほけんだより】予防接種スケジュールの目安（0・1歳児クラスの保護者の皆さまへ）",
    date=when(2026, 3, 18, 16, 45), msgid="<20260318164500.660A@example.co.jp>",
    body=L("0・1歳児クラスの保護者の皆さま",
           "",
           "いつもありがとうございます。看護師の林です。",
           "4月から新しいお友だちも増えますので、予防接種の目安をあらためてお知らせします。",
           "（母子手帳の記録と照らし合わせてご確認ください）",
           "",
           "■生後2ヶ月　　ヒブ①、小児用肺炎球菌①、B型肝炎①、ロタウイルス①",
           "■生後3ヶ月　　ヒブ②、小児用肺炎球菌②、B型肝炎②、ロタウイルス②、五種混合①",
           "■生後4ヶ月　　ヒブ③、小児用肺炎球菌③、五種混合②、（ロタウイルス③：5価の場合）",
           "■生後5-6ヶ月　BCG",
           "■生後7-8ヶ月　B型肝炎③",
           "■1歳（12-15ヶ月）　MR①、水痘①、ヒブ④、小児用肺炎球菌④",
           "■1歳6ヶ月（18-24ヶ月）　水痘②、五種混合④",
           "■3歳　日本脳炎①②（6-28日の間隔）、4歳 日本脳炎③",
           "■年長（5-6歳）　MR②",
           "",
           "・ロタウイルスは生後6週から、1回目は生後14週6日までに受けましょう。",
           "・同じワクチンの2回目以降は、決められた間隔（多くは27日以上）をあけてください。",
           "・接種後 30 分は院内で様子を見て、当日の登園は体調を見てご判断ください。",
           "・接種した日は、連絡帳アプリの「予防接種」欄に記入をお願いします。",
           "",
           "ご不明な点は、お迎えの際にお気軽にお声がけください。",
           "",
           sig(DAYCARE[0], "看護師　林 千夏", DAYCARE[1], DAYCARE[2], "hayashi.chinatsu@example.co.jp",
               DAYCARE[3])))


# ===================================================================================== 661
# Control: hospital 総務課 -> external EHR vendor: installation-day directions: 西棟 B1 搬入口, 3号機, 5-1会議室,
# 3-2病棟, 4-1病棟, 2-3処置室, 1-5番窓口, サーバー室 B1-07, parking P2 No.12-15, 内線 5120 / 5188, PHS 7731;
# the hospital's 〒, address and TEL only in the sender's signature -> plain hold.
MESSAGES["661_hospital_floor_room_directions.eml"] = message(
    sender="エグザンプル記念病院 総務課 前川 誠 <maekawa.makoto@example.co.jp>",
    to=["株式会社メディテックシステムズ 導入支援部 <install@meditech-sys.example>"],
    subject="3/21（土）電子カルテ端末入替 当日の入館・作業場所のご案内",
    date=when(2026, 3, 18, 9, 25), msgid="<20260318092500.661A@example.co.jp>",
    body=L("株式会社メディテックシステムズ",
           "導入支援部 坂口 様",
           "",
           "お世話になっております。エグザンプル記念病院 総務課の前川です。",
           "3月21日（土）の端末入替作業について、当日のご案内をお送りします。",
           "",
           "■集合・入館",
           "　8:30 に西棟 B1 の搬入口へお越しください。警備室で入館証（6名分）をお渡しします。",
           "　機材は業務用エレベーター 3号機で 5F へ上げ、5-1会議室を控室・機材置場としてお使いください。",
           "■作業場所と時間",
           "　9:00〜11:00　3-2病棟 ナースステーション（3F 東）端末 8台",
           "　11:00〜12:30　4-1病棟 ナースステーション（4F 西）端末 6台",
           "　13:30〜14:30　2-3処置室、1F 外来受付 1-5番窓口 端末 5台",
           "　14:30〜16:00　サーバー室（B1-07）での接続確認",
           "■駐車場",
           "　職員用駐車場 P2 の 12〜15番をご利用ください（高さ制限 2.1m）。",
           "■当日の連絡先",
           "　総務課 内線 5120、情報システム室 内線 5188（院内 PHS 7731 は当日の担当者が携帯します）",
           "",
           "病棟での作業中は、患者さまの個人情報が表示された画面の撮影はご遠慮ください。",
           "よろしくお願いいたします。",
           "",
           sig(HOSPITAL[0], "総務課　前川 誠", HOSPITAL[1], HOSPITAL[2], "maekawa.makoto@example.co.jp",
               HOSPITAL[3])))


# ===================================================================================== 662
# Control: hospital 広報室 -> external printer: newsletter copy for 創立50周年: 開院日 1976年4月1日（昭和51年）,
# 「当院の誕生日」, 平成8年 / 平成23年 / 令和2年 milestones, 記念式典 令和8年4月1日, 第200号, bed and staff
# counts, print run -> plain hold (no DOB: an institution's founding and anniversary dates).
MESSAGES["662_newsletter_founding_anniversary_dates.eml"] = message(
    sender="エグザンプル記念病院 広報室 竹田 理恵 <takeda.rie@example.co.jp>",
    to=["株式会社サンライズ印刷 制作部 <seisaku@sunrise-print.example>"],
    subject="広報誌「みなと通信」第200号（創立50周年記念号）入稿原稿",
    date=when(2026, 3, 19, 15, 0), msgid="<20260319150000.662A@example.co.jp>",
    body=L("株式会社サンライズ印刷",
           "制作部 荒井 様",
           "",
           "お世話になっております。エグザンプル記念病院 広報室の竹田です。",
           "「みなと通信」第200号（2026年4月号、創立50周年記念号）の原稿をお送りします。",
           "",
           "――――――――――――――――――――",
           "【表紙】エグザンプル記念病院は創立50周年を迎えます",
           "1976年4月1日（昭和51年）、当院は港区白金の地に病床数 80 床の病院として開院しました。",
           "毎年 4 月 1 日は「当院の誕生日」として、職員一同で地域の皆さまへの感謝を新たにしています。",
           "",
           "【50年のあゆみ】",
           "・昭和51年4月1日　開院（内科・外科・小児科、80床）",
           "・昭和63年10月　　救急指定病院の認定",
           "・平成8年6月1日　新館（西棟）開設、312床に",
           "・平成23年3月　　東日本大震災で DMAT を派遣",
           "・令和2年4月　　　発熱外来を開設",
           "・令和8年4月1日　創立50周年",
           "",
           "【記念式典】令和8年4月1日（水）14:00〜　西棟 5F 大会議室（5-1・5-2会議室を連結）",
           "現在の職員数は 648 名、1 日平均の外来患者数は 1,204 名です。",
           "――――――――――――――――――――",
           "",
           "部数は 12,000 部、納品は 3/30（月）でお願いいたします。写真データは別便でお送りします。",
           "",
           sig(HOSPITAL[0], "広報室　竹田 理恵", HOSPITAL[1], HOSPITAL[2], "takeda.rie@example.co.jp",
               HOSPITAL[3])))


def check_numbers() -> None:
    for n in PLANTED_PHONES:
        assert phonenumbers.is_valid_number(phonenumbers.parse(n, "JP")), n
    for n in LOOKALIKES:
        try:
            num = phonenumbers.parse(n, "JP")
        except phonenumbers.NumberParseException:
            continue
        assert not phonenumbers.is_valid_number(num), n
    for m in (MN649_FUJII, MN649_AYA, MN649_YUI, MN649_KOMATSU, MN649_YOSHIE):
        assert mynumber.is_valid(m), m
    for acct in ("3817402", "1264098", "0582731"):
        assert len(acct) == 7


def main() -> None:
    check_numbers()
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(643, 663))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
