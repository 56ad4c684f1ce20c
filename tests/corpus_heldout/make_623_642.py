"""Writes held-out messages 623-642 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): ENGLISH AND BILINGUAL MAIL AT AN
INTERNATIONAL COMPANY IN JAPAN, and SPREADSHEETS THAT ARE NOT FORMS. example.co.jp is Example Co., Ltd. /
株式会社エグザンプル, HQ 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011 (〒105-0011 東京都港区芝公園2-4-1), main
+81-3-6453-1000; example.co.jp is internal, everything else external.
- Positives (623-632): English HR / relocation / immigration / payroll mail about employees in Japan, with
  addresses in romaji in the orders people use (number first "3-9-21 Higashi-Shinagawa, Shinagawa-ku, Tokyo
  140-0002", town first "Nishikasai 5-8-22, Edogawa-ku, Tokyo", Japanese order "Tokyo-to Minato-ku Shibaura
  3-14-8", "Room 503, 3-4-11 Ichikawa-minami, Ichikawa-shi, Chiba-ken 272-0033", kanji inside English text),
  "Postal Code:" / "ZIP:" labels, +81 and domestic phones, foreign phones (+44, +91, +65, +84, +86, +1 dialled
  010-1-…, +44 dialled 001-010-44-…), DOB / Date of Birth / Birthdate / D.O.B. in UK, US, ISO and long forms,
  passports and residence cards with English labels, Futsu / Ordinary accounts, IBANs, a bilingual .xlsx and a
  bilingual .docx form, an HR-system CSV export with English column keys, an Outlook-pasted insurance table.
- Controls (633-642), no personal data: a monthly KPI sheet of single-digit cells (one month row passes the
  My Number check by chance), a production schedule grid, a raffle draw result one digit per cell, an exam
  score sheet by question number, a hotel room / table allocation, a parts list with phone-shaped part
  numbers (all invalid as phone numbers), an internal onboarding timetable (639, internal), English mail
  full of order / SKU / tracking / invoice / conference IDs / company registration and VAT numbers, an
  internal-only HR mail WITH personal data (641, pass, findings counted), and a mail whose only contact
  details are the sender's own signature and her own mobile repeated in the body (642).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_623_642.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
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
from stdnum import iban as stdiban
from stdnum.jp import in_ as mynumber
from stdnum.us import ssn as stdssn

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2026, 2, 16, 9, 0, 0)
JST = dt.timezone(dt.timedelta(hours=9))
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "
# every phone planted as a finding (valid for its country) and every look-alike in a control (invalid)
PLANTED_PHONES: list[str] = []
LOOKALIKES: list[str] = []


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def T(*cells) -> str:
    return "\t".join(str(c) for c in cells)


def when(y: int, m: int, d: int, hh: int, mm: int) -> str:
    return format_datetime(dt.datetime(y, m, d, hh, mm, tzinfo=JST))


def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def make_iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def grouped(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ph(*numbers: str) -> None:
    PLANTED_PHONES.extend(numbers)


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, html_body=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64", html_cte="quoted-printable") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=cte)
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte)
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


def esc(s: str) -> str:
    return html.escape(str(s), quote=False)


def outlook_html(inner: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel" lang="en-US">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0mm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'table.MsoNormalTable{border-collapse:collapse;}</style>\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def paras(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append('<p class="MsoNormal">' + (esc(line).replace("  ", "&nbsp; ") or "<o:p>&nbsp;</o:p>") + "</p>")
    return "\n".join(out)


def excel_table(header: list[str], rows: list[list], widths: list[int]) -> str:
    """An Excel range as Outlook pastes it: MsoNormalTable, one <p class=MsoNormal><span> per cell."""
    def td(v, w, bold=False):
        style = (f"width:{w:d}pt;border:solid windowtext 1.0pt;border-top:none;padding:0mm 3.5pt 0mm 3.5pt;"
                 "height:15.0pt")
        txt = esc(v) if v != "" else "<o:p>&nbsp;</o:p>"
        if bold:
            txt = f"<b>{txt}</b>"
        return (f'<td width="{round(w * 1.333)}" nowrap valign="bottom" style="{style}">'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;color:black">{txt}</span></p></td>')

    out = ['<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse">']
    out.append('<tr style="height:15.0pt">' + "".join(td(h, w, True) for h, w in zip(header, widths, strict=True))
               + "</tr>")
    for row in rows:
        out.append('<tr style="height:15.0pt">' + "".join(td(v, w) for v, w in zip(row, widths, strict=True))
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_mail(intro: str, header: list[str], rows: list[list], widths: list[int], outro: str) -> tuple[str, str]:
    """(text/plain, text/html) of a mail with an Excel range pasted between two paragraphs of text."""
    text = intro + "\n".join([T(*header)] + [T(*r) for r in rows]) + "\n" + outro
    body = outlook_html(paras(intro.rstrip("\n")) + "\n" + excel_table(header, rows, widths) + "\n"
                        + paras(outro.rstrip("\n")))
    return text, body


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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-09T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-16T00:30:00Z</dcterms:modified>'
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


def widths(ws, ws_widths: dict[str, float]) -> None:
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def grid_row(ws, r: int, values, *, c: int = 1, bold: bool = False, center: bool = True) -> None:
    """One table row from column c, each value its own bordered cell (ints stay numbers)."""
    for k, v in enumerate(values):
        cell = ws.cell(row=r, column=c + k, value=(None if v == "" else v))
        cell.border = BOX
        cell.alignment = CENTER if center else LEFT
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


def wp(text: str = "", *, bold: bool = False, size: int | None = None, center: bool = False) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{wr(text, rpr) if text else ''}</w:p>"


def wcell_text(text: str) -> str:
    """A cell's paragraphs: one w:p per line (a bilingual label is 'Japanese\\nEnglish')."""
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
              '<w:rFonts w:ascii="Arial" w:eastAsia="游ゴシック" w:hAnsi="Arial"/><w:sz w:val="19"/>'
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


# ---- the company's own details (signatures) --------------------------------------------------

def en_sig(name: str, title_: str, mail: str, *, direct: str | None = None, mobile: str | None = None,
           dash: bool = True, bilingual: bool = False) -> str:
    lines = [SIGDASH] if dash else []
    lines += [name, title_, "Example Co., Ltd." + (" / 株式会社エグザンプル" if bilingual else ""),
              "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan"]
    if bilingual:
        lines.append("〒105-0011 東京都港区芝公園2-4-1")
    lines.append("Tel: +81 3-6453-1000" + (f" (direct {direct})" if direct else ""))
    if mobile:
        lines.append(f"Mobile: {mobile}")
    lines.append(mail)
    return "\n".join(lines)


# ===================================================================================== 623
# Global Mobility -> external relocation company: lease screening for an incoming UK assignee and family.
# The flat's address (number first, with its postal code), three DOBs in UK / ISO / long form, his UK
# mobile (+44) and his company-issued Japanese mobile (+81). The UK home address is no detector type; the
# corporate guarantor (the company, its address = the sender's signature) is the sender's own -> confirm.
ph("+44 7911 204387", "+81 80-3318-2046")

MESSAGES["623_en_relocation_lease_family_dobs.eml"] = message(
    sender="Naomi Sato <sato.naomi@example.co.jp>",
    to=["Tokyo Relocation Partners - Leasing <leasing@tokyo-relo.example>"],
    subject="Lease application - Mr. Daniel Hughes and family (Capital Mark Tower 1104), move-in 1 April",
    date=when(2026, 2, 16, 10, 24), msgid="<20260216102400.623A@example.co.jp>",
    body=L("Dear Ms. Kimura,",
           "",
           "Thank you for arranging last week's viewings. Mr. Hughes has chosen the apartment in",
           "Higashi-Shinagawa, and the landlord's management company asked for the details below for the",
           "lease screening.",
           "",
           "Property:   Room 1104, Capital Mark Tower, 3-9-21 Higashi-Shinagawa, Shinagawa-ku, Tokyo 140-0002",
           "Lease type: corporate lease (lessee and guarantor: Example Co., Ltd., 2-4-1 Shibakoen, Minato-ku,",
           "            Tokyo 105-0011)",
           "Lease start: 28 March 2026    Move-in: 1 April 2026    Rent: JPY 480,000 / month",
           "",
           "Occupants",
           "1. Daniel James HUGHES (assignee), British",
           "   Date of Birth: 12/03/1984 (DD/MM/YYYY)",
           "2. Sophie Anne HUGHES (spouse), British",
           "   DOB: 1986-07-22",
           "3. Oliver HUGHES (son, 9), British",
           "   Birthdate: 14 May 2016",
           "",
           "Contact until arrival: Daniel's UK mobile +44 7911 204387",
           "Contact after arrival: company mobile +81 80-3318-2046 (active from 25 March)",
           "Current address: 14 Ashby Road, Reading RG1 5AB, United Kingdom",
           "",
           "No pets. They would like the key hand-over on 31 March in the afternoon if possible.",
           "Please let me know if the management company needs copies of the passports as well.",
           "",
           "Best regards,",
           "",
           en_sig("Naomi Sato", "Global Mobility, Human Resources", "sato.naomi@example.co.jp",
                  direct="+81 3-6453-1031")))


# ===================================================================================== 624
# General Affairs -> external immigration law office: Certificate of Eligibility for an Indian engineer:
# Date of Birth (ISO), Passport No. letter + 7 digits, +91 mobile, personal e-mail, the company-leased flat
# in Japanese order ("Tokyo-to Minato-ku Shibaura 3-14-8") with "Postal Code: 108-0023" on its own line, the
# Japanese supervisor's mobile (a colleague: counts). The Pune address, issue / expiry / start dates and the
# Employer block (the sender's signature values) are not findings -> confirm.
ph("+91 98220 47315", "090-4417-2863")

MESSAGES["624_en_coe_application_indian_engineer.eml"] = message(
    sender="Takuya Mori <mori.takuya@example.co.jp>",
    to=["Aoyama Immigration Law Office <coe@aoyama-immigration.example>"],
    subject="CoE application - Mr. Rahul Verma (Engineer / Specialist in Humanities / International Services)",
    date=when(2026, 2, 16, 14, 5), msgid="<20260216140500.624A@example.co.jp>",
    body=L("Dear Mr. Fujimoto,",
           "",
           "As discussed on the phone, please start the Certificate of Eligibility application for our new",
           "hire below. The signed employment contract and the degree certificate are in the shared folder.",
           "",
           "Applicant",
           "- Full name: VERMA, Rahul",
           "- Nationality: India",
           "- Date of Birth: 1992-11-05",
           "- Place of birth: Pune, Maharashtra",
           "- Passport No.: Z4821937 (issued 2019-08-14, expires 2029-08-13)",
           "- Current address: Flat 12B, Riverview Apartments, Kalyani Nagar, Pune 411006, India",
           "- Mobile: +91 98220 47315",
           "- E-mail: rahul.verma.dev@mailbox.example",
           "",
           "Accommodation in Japan (company-leased flat)",
           "Tokyo-to Minato-ku Shibaura 3-14-8, Shibaura Heights 702",
           "Postal Code: 108-0023",
           "",
           "Position: Software Engineer, IT Platform Department",
           "Start date: 1 June 2026 (planned)    Annual salary: JPY 6,600,000",
           "Supervisor in Japan: Mr. Kenta Ono, Manager, IT Platform Dept. (mobile 090-4417-2863)",
           "Employer: Example Co., Ltd., 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Tel +81 3-6453-1000",
           "",
           "Please let us know your fee estimate and the expected processing time.",
           "",
           "Kind regards,",
           "",
           en_sig("Takuya Mori", "General Affairs Department", "mori.takuya@example.co.jp")))


# ===================================================================================== 625
# HR -> external payroll BPO, bilingual body: a bilingual 従業員情報登録票 / Employee Registration Form .xlsx
# (label cells "氏名 / Full name", values beside them; not a 方眼紙): DOB as a date cell, Residence Card No.,
# 個人番号 / My Number, 〒 / Postal Code, the same address in Japanese and in English (one address), mobile,
# a +84 family number, 普通 (Futsu) account; hire date and period-of-stay expiry cells are no DOBs -> confirm.
MN625 = my_no("50327719408")
ph("070-5193-2847", "+84 903 218 664")


def wb625():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Employee Registration"
    widths(ws, {"A": 30, "B": 46, "C": 4})
    heading(ws, 1, "従業員情報登録票 / Employee Registration Form", 2, 14)
    line(ws, 2, "給与計算委託用 / for outsourced payroll    作成 / Prepared: HR, 2026-02-17", 2)
    rows = [
        ("社員番号 / Employee ID", "E20461"),
        ("氏名 / Full name", "NGUYEN VAN MINH（グエン ヴァン ミン）"),
        ("生年月日 / Date of Birth", dt.date(1995, 9, 18)),
        ("性別 / Sex", "男 / Male"),
        ("国籍 / Nationality", "ベトナム / Viet Nam"),
        ("在留資格 / Status of residence", "技術・人文知識・国際業務 / Engineer/Specialist in Humanities/International Services"),
        ("在留カード番号 / Residence Card No.", "VN52817364EA"),
        ("在留期間満了日 / Period of stay expires", dt.date(2028, 4, 30)),
        ("個人番号 / My Number", MN625),
        ("郵便番号 / Postal Code", "272-0023"),
        ("住所 / Address (Japanese)", "千葉県市川市南八幡4-9-3 メゾン南八幡205"),
        ("住所 / Address (English)", "Room 205, Maison Minami-Yawata, 4-9-3 Minami-Yawata, Ichikawa-shi, Chiba-ken 272-0023"),
        ("携帯電話 / Mobile", "070-5193-2847"),
        ("緊急連絡先 / Emergency contact", "NGUYEN THI LAN（母 / mother）+84 903 218 664"),
        ("入社日 / Hire date", dt.date(2026, 3, 1)),
        ("所属 / Department", "生産技術部 / Production Engineering"),
        ("銀行名 / Bank", "みずほ銀行 / Mizuho Bank"),
        ("支店名 / Branch", "本八幡支店 / Motoyawata Branch"),
        ("預金種目 / Account type", "普通 / Futsu (Ordinary)"),
        ("口座番号 / Account No.", "4081726"),
        ("口座名義 / Account holder", "ｸﾞｴﾝ ｳﾞｱﾝ ﾐﾝ"),
    ]
    for i, (label, value) in enumerate(rows, start=4):
        a = ws.cell(row=i, column=1, value=label)
        a.font = BOLD
        a.border = BOX
        a.alignment = LEFT
        b = ws.cell(row=i, column=2, value=value)
        b.border = BOX
        b.alignment = LEFT
        if isinstance(value, dt.date):
            b.number_format = "yyyy/mm/dd"
    line(ws, 4 + len(rows) + 1, "※ 在留カード・通帳の写しは別途郵送 / Copies of the card and passbook follow by post.", 2)
    return fixed_xlsx(wb, "hr-tanaka")


MESSAGES["625_bilingual_xlsx_employee_registration_form.eml"] = message(
    sender="人事部 Global HR 田中 美咲 <tanaka.misaki@example.co.jp>",
    to=["GlobalPay BPO 給与チーム <payroll-ops@globalpay-bpo.example>"],
    subject="【新規登録 / New employee】3月1日入社 1名 従業員情報登録票 / Employee Registration Form",
    date=when(2026, 2, 17, 9, 40), msgid="<20260217094000.625A@example.co.jp>",
    body=L("GlobalPay BPO 給与チーム ご担当者様",
           "(English below)",
           "",
           "いつもお世話になっております。エグザンプル人事部の田中です。",
           "3月1日入社の外国籍社員 1 名について、従業員情報登録票（日英併記の Excel）をお送りします。",
           "3月分給与から計算対象に追加をお願いいたします。住民税は普通徴収からの切替予定です。",
           "",
           "Dear Payroll Team,",
           "Please find attached the bilingual registration form for one new employee joining on 1 March.",
           "Please add him to the payroll from the March run. Copies of his residence card and passbook",
           "will follow by post.",
           "",
           "よろしくお願いいたします。 / Best regards,",
           "",
           en_sig("Misaki Tanaka (田中 美咲)", "Global HR, Human Resources Department / 人事部",
                  "tanaka.misaki@example.co.jp", bilingual=True)),
    attachments=[("従業員情報登録票_Employee_Registration_E20461.xlsx", XLSX, wb625())])


# ===================================================================================== 626
# Payroll -> external payroll provider: split salary for two assignees: Japanese accounts written in English
# ("Account type: Futsu / Ordinary, Account No. 3907142" and "Ordinary (Futsu) account 5526081") and the
# home-country portions by IBAN (DE grouped, FR compact) -> 2 accounts, 2 IBANs -> confirm. BICs, branch
# codes, employee IDs, percentages, rates, pay dates are nothing.
IBAN626_DE = make_iban("DE", "500700100921837400")
_rib = 97 - ((89 * 30003 + 15 * 3620 + 3 * 20419736) % 97)
IBAN626_FR = make_iban("FR", f"300030362000020419736{_rib:02d}")
assert stdiban.is_valid(IBAN626_DE) and stdiban.is_valid(IBAN626_FR)

MESSAGES["626_en_split_salary_futsu_accounts_ibans.eml"] = message(
    sender="Hiroshi Kato <kato.hiroshi@example.co.jp>",
    to=["Sakura Payroll Services - Client Support <support@sakura-payroll.example>"],
    subject="Salary payment instructions from March payroll - two assignees (split payment)",
    date=when(2026, 2, 17, 16, 12), msgid="<20260217161200.626A@example.co.jp>",
    body=L("Dear Client Support team,",
           "",
           "From the March payroll (pay date 25 March, cut-off 15 March) the two assignees below will be paid",
           "partly in Japan and partly to their home-country accounts. Please set up the split as follows.",
           "",
           "1) Mr. Thomas BECKER, employee ID E-20417, payroll group 04",
           "   Japan portion (70%, JPY):",
           "     Bank: MUFG Bank, Ltd., Shinjuku-Chuo Branch (branch code 135)",
           "     Account type: Futsu / Ordinary, Account No. 3907142",
           "     Account holder: BECKER THOMAS",
           "   Home-country portion (30%, EUR, converted at the TTS rate of the 20th):",
           "     Deutsche Bank AG, Frankfurt am Main, BIC DEUTDEFFXXX",
           f"     IBAN: {grouped(IBAN626_DE)}",
           "",
           "2) Ms. Claire DUBOIS, employee ID E-20433, payroll group 04",
           "   Japan portion (60%, JPY):",
           "     Sumitomo Mitsui Banking Corporation, Azabu Branch (branch code 213)",
           "     Ordinary (Futsu) account 5526081, holder DUBOIS CLAIRE",
           "   Home-country portion (40%, EUR):",
           "     Societe Generale, Paris, BIC SOGEFRPP",
           f"     IBAN {IBAN626_FR}",
           "",
           "Remittance charges (OUR) are borne by the company as before. Please send us the test payslips",
           "by 18 March so we can check the split.",
           "",
           "Best regards,",
           "",
           en_sig("Hiroshi Kato", "Payroll Section, Human Resources", "kato.hiroshi@example.co.jp")))


# ===================================================================================== 627
# HR -> external benefits provider: an HR-system CSV export (UTF-8, English column keys) of six new joiners:
# date_of_birth (6), zip (6; one written 1510064 without its hyphen), address over prefecture / city /
# address_line1 / address_line2 columns in romaji or kanji (6), mobile_phone (6, one +81), emergency_phone
# (3 domestic jp + 3 foreign: +55, +82, +353), personal_email (6); hire_date is no DOB -> confirm.
ROWS627 = [
    ["E20451", "Yamada", "Haruka", "1993-04-18", "F", "134-0088", "Tokyo", "Edogawa-ku", "Nishikasai 3-5-10",
     "Grand Maison 302", "090-2718-5536", "haruka.yamada.93@mailbox.example", "03-3689-4120", "2026-02-01"],
    ["E20452", "Fernandes", "Lucas", "1988-12-02", "M", "1510064", "Tokyo", "Shibuya-ku", "2-31-4 Uehara",
     "", "+81 80-6621-4473", "lucas.fernandes@inboxmail.example", "+55 11 98734-2216", "2026-02-01"],
    ["E20453", "Suzuki", "Ren", "1999-07-30", "M", "330-0854", "埼玉県", "さいたま市大宮区", "桜木町2-3-15",
     "", "080-4139-2207", "ren.suzuki99@mailbox.example", "048-643-2275", "2026-02-01"],
    ["E20454", "Kim", "Jiwoo", "1996-01-11", "F", "104-0061", "Tokyo", "Chuo-ku", "Ginza 7-11-6", "Room 805",
     "070-6624-1185", "jiwoo.kim.0111@webmail.example", "+82 10-4827-3319", "2026-02-16"],
    ["E20455", "Tanaka", "Sho", "1990-10-05", "M", "231-0023", "Kanagawa", "Yokohama-shi Naka-ku",
     "Yamashitacho 2-8-12", "Bay Court 1101", "090-3316-8842", "sho.tanaka1005@mailbox.example",
     "045-651-3308", "2026-02-16"],
    ["E20456", "O'Brien", "Aoife", "1994-03-27", "F", "106-0032", "Tokyo", "Minato-ku", "Roppongi 3-11-4",
     "Apt 604", "080-7715-3942", "aoife.obrien@inboxmail.example", "+353 87 219 4406", "2026-02-16"],
]
HEAD627 = ["employee_id", "last_name", "first_name", "date_of_birth", "gender", "zip", "prefecture", "city",
           "address_line1", "address_line2", "mobile_phone", "personal_email", "emergency_phone", "hire_date"]
for _r in ROWS627:
    ph(_r[10], _r[12])


def csv627() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEAD627)
    w.writerows(ROWS627)
    return buf.getvalue().encode("utf-8")


MESSAGES["627_en_hris_csv_export_new_joiners_benefits.eml"] = message(
    sender="Ayumi Ito <ito.ayumi@example.co.jp>",
    to=["Wellbeing Benefits Japan - Enrollment <enrollment@wellbeing-benefits.example>"],
    subject="Benefit enrollment - February joiners (6) - HRIS export",
    date=when(2026, 2, 18, 11, 30), msgid="<20260218113000.627A@example.co.jp>",
    body=L("Hello Enrollment team,",
           "",
           "Attached is the export from our HR system for the six employees who joined in February.",
           "Please enrol them in the cafeteria plan and the annual health check programme.",
           "The file has the same columns as last month's (UTF-8, comma-separated).",
           "",
           "Welcome packs can go to the home addresses in the file. Two of the joiners (E20454, E20456)",
           "prefer English-language materials.",
           "",
           "Thanks and regards,",
           "",
           en_sig("Ayumi Ito", "HR Operations", "ito.ayumi@example.co.jp")),
    attachments=[("hris_export_new_joiners_2026-02.csv", "text/csv", csv627())])


# ===================================================================================== 628
# Global Mobility -> external 行政書士 firm, bilingual body: a bilingual .docx 家族滞在 (Dependent) CoE
# information sheet titled 【取扱注意 / Handle with care】 (keyword): the sponsor's 在留カード番号 / Residence Card
# No., 生年月日 / Date of Birth written both ways (one value each), the address in romaji "Room 503, 3-4-11
# Ichikawa-minami, Ichikawa-shi, Chiba-ken 272-0033" (one address, one postal code), his 080 mobile; spouse and
# child: DOBs, 旅券番号 / Passport No. E + 8 digits (2), the spouse's +86 mobile. The employer line repeats the
# sender's signature -> confirm.
ph("080-7294-6615", "+86 139 1742 5068")


def docx628() -> bytes:
    s = [
        [("【取扱注意 / Handle with care】", 12)],
        [("1. 扶養者（社員）/ Sponsor (employee)", 12)],
        [("氏名\nName", 3), ("LI WEI（李 伟）", 5), ("国籍\nNationality", 2), ("中国 / China", 2)],
        [("生年月日\nDate of Birth", 3), ("1987年6月14日 / 14 Jun 1987", 5), ("性別\nSex", 2), ("男 / M", 2)],
        [("在留カード番号\nResidence Card No.", 3), ("UH48213705KT", 5), ("在留資格\nStatus", 2), ("技術・人文知識・国際業務", 2)],
        [("住所\nAddress in Japan", 3), ("Room 503, 3-4-11 Ichikawa-minami, Ichikawa-shi, Chiba-ken 272-0033", 9)],
        [("電話\nPhone", 3), ("080-7294-6615", 9)],
        [("勤務先\nEmployer", 3), ("株式会社エグザンプル / Example Co., Ltd., 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011", 9)],
        [("2. 申請人（家族）/ Applicants (family)", 12)],
        [("氏名\nName", 3), ("続柄\nRelation", 2), ("生年月日\nDate of Birth", 3), ("旅券番号\nPassport No.", 4)],
        [("ZHANG MIN（张 敏）", 3), ("妻 / Wife", 2), ("1989年2月3日 / 03 Feb 1989", 3), ("E71920385", 4)],
        [("LI HAO（李 浩）", 3), ("長男 / Son", 2), ("2019年9月22日 / 22 Sep 2019", 3), ("E71920412", 4)],
        [("申請人の連絡先\nApplicants' contact", 3), ("+86 139 1742 5068 (ZHANG MIN, Shanghai)", 9)],
        [("入国予定日\nIntended date of entry", 3), ("2026年5月10日 / 10 May 2026", 9)],
    ]
    body = (wp("家族滞在 在留資格認定証明書交付申請 情報シート", bold=True, size=26, center=True)
            + wp("Dependent Visa (Certificate of Eligibility) Information Sheet", bold=True, center=True)
            + wform(s, 12)
            + wp("※ 旅券の写し・出生証明書・結婚証明書（翻訳付）は原本確認後に返却してください。")
            + wp("Copies of passports, birth and marriage certificates (with translations) are enclosed by post."))
    return docx(body, title="Dependent CoE information sheet", creator="gm-watanabe")


MESSAGES["628_bilingual_docx_dependent_visa_sheet.eml"] = message(
    sender="Kenji Watanabe <watanabe.kenji@example.co.jp>",
    to=["行政書士法人さくら国際 Sakura International Gyosei <visa@sakura-gyosei.example>"],
    subject="家族滞在 CoE 申請のお願い / Dependent CoE application - Mr. LI Wei's family",
    date=when(2026, 2, 18, 15, 48), msgid="<20260218154800.628A@example.co.jp>",
    body=L("行政書士法人さくら国際 御中 / Dear Sakura International Gyosei,",
           "",
           "いつもお世話になっております。エグザンプル人事部の渡辺です。",
           "社員 李 伟 さんのご家族（配偶者・長男）の家族滞在の在留資格認定証明書交付申請をお願いします。",
           "情報シート（日英併記の Word）を添付します。",
           "",
           "We would like to apply for Certificates of Eligibility for Mr. LI Wei's wife and son.",
           "The bilingual information sheet is attached; the certificates follow by post.",
           "They hope to enter Japan around 10 May.",
           "",
           "よろしくお願いいたします。 / Best regards,",
           "",
           en_sig("Kenji Watanabe (渡辺 健二)", "Global Mobility, Human Resources / 人事部",
                  "watanabe.kenji@example.co.jp", bilingual=True)),
    attachments=[("Dependent_CoE_Info_LI_family.docx", DOCX, docx628())])


# ===================================================================================== 629
# Talent Acquisition -> external background-screening vendor: the candidate's Birthdate in US long form, her
# address in kanji inside the English text with "ZIP: 150-0002" on the next line, her 080 mobile and personal
# e-mail; referees' numbers dialled from Japan (010-1-415-…, 001-010-44-20-…) and a Singapore company's
# +65 HR line, three referee / HR e-mails -> hold (no ID number, nothing reaches a list threshold).
ph("080-2264-7139", "010-1-415-555-0132", "001-010-44-20-7946-0958", "+65 6221 4837")

MESSAGES["629_en_background_check_referees_dialled.eml"] = message(
    sender="Mika Saito <saito.mika@example.co.jp>",
    to=["TrustCheck Asia - Screening <screening@trustcheck-asia.example>"],
    subject="Background check request - Ms. Hannah LEE (Senior Data Scientist), order TC-2026-0417",
    date=when(2026, 2, 19, 10, 2), msgid="<20260219100200.629A@example.co.jp>",
    body=L("Dear Screening team,",
           "",
           "Please start the standard background check (employment and education) for the candidate below.",
           "Her signed consent form was uploaded to your portal on 10 February 2026.",
           "",
           "Candidate: Ms. Hannah LEE",
           "Birthdate: March 7, 1989",
           "Current address: 東京都渋谷区渋谷2-19-7 パークテラス渋谷1203",
           "ZIP: 150-0002",
           "Mobile: 080-2264-7139",
           "Personal e-mail: hannah.lee.89@mailbox.example",
           "",
           "Employment history to verify",
           "1. Brightline Analytics Inc., San Francisco (Jun 2019 - Dec 2024), Lead Data Scientist",
           "   Referee: Sarah Goldberg, VP Data. From Japan dial 010-1-415-555-0132",
           "   sarah.goldberg@brightline-analytics.example",
           "2. Harrow & Finch LLP, London (Sep 2015 - May 2019), Analyst",
           "   Referee: James Whitmore, Partner. Tel. 001-010-44-20-7946-0958",
           "   j.whitmore@harrowfinch.example",
           "3. Straits Data Pte Ltd, Singapore (Jan 2012 - Aug 2015), Junior Analyst",
           "   HR department: +65 6221 4837, hr@straitsdata.example",
           "",
           "Education: National University of Singapore, B.Sc. (Statistics), graduated July 2011.",
           "",
           "We would appreciate the report by 6 March, as her planned start date is 1 April.",
           "",
           "Best regards,",
           "",
           en_sig("Mika Saito", "Talent Acquisition, Human Resources", "saito.mika@example.co.jp",
                  direct="+81 3-6453-1046")))


# ===================================================================================== 630
# Payroll & Tax -> external tax accountants (English, 'CONFIDENTIAL' is no keyword): an assignee's 2025 final
# return: his and his wife's My Numbers labelled "My Number (個人番号)" (4-4-4 and compact), DOBs in US
# mm/dd/yyyy form, his SSN, the address in Japanese order "Tokyo-to Shibuya-ku Ebisu-nishi 1-21-6" with
# "Postal Code: 150-0021", the home landline -> confirm. Arrival date, tax year, amounts are nothing.
MN630_SELF = my_no("29104836572")
MN630_WIFE = my_no("61820473915")
SSN630 = "431-58-2096"
assert stdssn.is_valid(SSN630)
ph("03-5489-2217")

MESSAGES["630_en_expat_tax_return_mynumbers_ssn.eml"] = message(
    sender="Keiko Nakamura <nakamura.keiko@example.co.jp>",
    to=["Minato Tax Accountants - Expatriate Tax <expat-tax@minato-tax.example>"],
    subject="CONFIDENTIAL: 2025 final tax return - Mr. Michael Turner (assignee)",
    date=when(2026, 2, 19, 17, 25), msgid="<20260219172500.630A@example.co.jp>",
    body=L("Dear Ms. Sugiyama,",
           "",
           "As agreed, please prepare Mr. Turner's 2025 final income tax return (kakutei shinkoku) including",
           "the spouse deduction and the foreign tax credit. The details you asked for:",
           "",
           "Taxpayer:  Michael TURNER (US citizen, in Japan since 2022-04-01)",
           f"  My Number (個人番号): {MN630_SELF[:4]} {MN630_SELF[4:8]} {MN630_SELF[8:]}",
           "  DOB: 06/21/1979",
           f"  US SSN (for the treaty statement): {SSN630}",
           "Spouse:    Jennifer TURNER (no income in Japan)",
           f"  My Number: {MN630_WIFE}",
           "  Date of Birth: 11/09/1981",
           "",
           "Address (as of 1 January 2026):",
           "  Tokyo-to Shibuya-ku Ebisu-nishi 1-21-6, Room 902",
           "  Postal Code: 150-0021",
           "Home phone: 03-5489-2217",
           "",
           "The 2025 withholding slip (gensen choshu-hyo) and the US brokerage statements will be sent via",
           "your portal. Employer: Example Co., Ltd. (see my signature).",
           "",
           "Best regards,",
           "",
           en_sig("Keiko Nakamura", "Payroll & Tax, Human Resources", "nakamura.keiko@example.co.jp")))


# ===================================================================================== 631
# General Affairs -> external international movers: a move-out survey for an employee transferring to
# Singapore: her current address written town first, without a postal code ("Nishikasai 5-8-22, Edogawa-ku,
# Tokyo, Sunny Court 405"), her +81 mobile, her husband's +65 mobile, her personal e-mail; the Singapore
# destination address is no detector type -> hold.
ph("+81 90-7724-5831", "+65 9734 2218")

MESSAGES["631_en_international_move_survey_singapore.eml"] = message(
    sender="Yuta Inoue <inoue.yuta@example.co.jp>",
    to=["AsiaPac Movers Japan - International Moves <japan.moves@asiapac-movers.example>"],
    subject="Survey request - outbound move Tokyo to Singapore (Ms. Priya Nair), job ref. 2026-SG-031",
    date=when(2026, 2, 20, 9, 15), msgid="<20260220091500.631A@example.co.jp>",
    body=L("Dear AsiaPac Movers team,",
           "",
           "Ms. Priya Nair of our Corporate Planning division transfers to our Singapore office in April.",
           "Could you arrange the pre-move survey at her flat?",
           "",
           "Origin:       Nishikasai 5-8-22, Edogawa-ku, Tokyo, Sunny Court 405",
           "Destination:  45 Ocean Way, #12-03, Singapore 098379",
           "Survey:       26 or 27 February, 10:00-12:00 (either day suits her)",
           "Packing:      24-25 March; delivery to Singapore by mid-April",
           "Volume:       approx. 20 m3 sea freight + 300 kg air freight",
           "",
           "Contact in Tokyo: Priya, +81 90-7724-5831 (mobile), priya.nair.tokyo@mailbox.example",
           "Contact in Singapore (receiving the shipment): her husband Arjun, +65 9734 2218",
           "",
           "Please quote door-to-door including customs clearance in Singapore and insurance at 1.5%.",
           "Our purchase order number will be PO-GA-26-0212.",
           "",
           "Best regards,",
           "",
           en_sig("Yuta Inoue", "General Affairs Department", "inoue.yuta@example.co.jp")))


# ===================================================================================== 632
# Benefits -> external health-insurance broker: an Excel range pasted by Outlook (HTML table + TAB text) of
# five members of an expat's and a local hire's families for international medical cover: D.O.B.
# (DD/MM/YYYY) column -> 5 DOBs -> confirm. Coverage start dates, plan codes, member numbers are nothing.
ROWS632 = [
    ["GM-0311", "Mark JENSEN", "Employee", "Denmark", "14/05/1982", "Plan B (family)", "01/03/2026"],
    ["GM-0311", "Line JENSEN", "Spouse", "Denmark", "03/02/1985", "Plan B (family)", "01/03/2026"],
    ["GM-0311", "Emil JENSEN", "Child", "Denmark", "21/10/2013", "Plan B (family)", "01/03/2026"],
    ["GM-0311", "Freja JENSEN", "Child", "Denmark", "09/06/2017", "Plan B (family)", "01/03/2026"],
    ["GM-0318", "Carlos MENDOZA", "Employee", "Mexico", "27/11/1976", "Plan A (single)", "15/03/2026"],
]
HEAD632 = ["Member group", "Name", "Relationship", "Nationality", "D.O.B. (DD/MM/YYYY)", "Plan", "Coverage start"]
TEXT632, HTML632 = html_mail(
    L("Dear Ms. Harrison,",
      "",
      "Please add the following members to our international medical policy (policy GHP-JP-20417):",
      ""),
    HEAD632, ROWS632, [70, 100, 70, 70, 95, 90, 80],
    L("",
      "Both employees are based in Tokyo; claims should be settled in JPY as for the other members.",
      "Please send the member cards to my attention.",
      "",
      "Kind regards,",
      "",
      en_sig("Sayaka Fujita", "Benefits & Wellbeing, Human Resources", "fujita.sayaka@example.co.jp")))

MESSAGES["632_en_html_table_medical_cover_dobs.eml"] = message(
    sender="Sayaka Fujita <fujita.sayaka@example.co.jp>",
    to=["Pacific Health Brokers - Enrolment <enrol@pacific-health-broker.example>"],
    subject="Member additions - policy GHP-JP-20417 (5 members, from March)",
    date=when(2026, 2, 20, 13, 55), msgid="<20260220135500.632A@example.co.jp>",
    body=TEXT632, html_body=HTML632)


# ===================================================================================== 633
# Control: Operations Excellence -> external lean consultant: monthly KPI sheet .xlsx (FY2025, Apr-Mar), every
# value a single digit in its own cell; the 'Line stoppages' row's twelve digits pass the My Number check by
# chance (no label; KPI counts); targets, weeks, plant codes -> plain hold.
KPI633 = {
    "Lost-time injuries": "010002000100",
    "Near-miss reports": "435364257343",
    "Customer complaints": "213102110201",
    "Late shipments (>1 day)": "302110200110",
    "Line stoppages (>30 min)": my_no("21401320110"),
    "Kaizen proposals (x10)": "567486587968",
}
assert mynumber.is_valid(KPI633["Line stoppages (>30 min)"])


def wb633():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI FY2025"
    widths(ws, {"A": 28, **{openpyxl.utils.get_column_letter(c): 6 for c in range(2, 16)}})
    heading(ws, 1, "Plant KPI Dashboard FY2025 - Kawasaki Plant (plant code K2)", 15)
    line(ws, 2, "Monthly counts. Feb and Mar are plan values. Source: MES / QMS extracts of 2026-02-13.", 15)
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    grid_row(ws, 4, ["KPI", *months, "Target", "Trend"], bold=True)
    for i, (kpi, digits) in enumerate(KPI633.items(), start=5):
        target = {"Lost-time injuries": 0, "Near-miss reports": 5, "Customer complaints": 1,
                  "Late shipments (>1 day)": 1, "Line stoppages (>30 min)": 2, "Kaizen proposals (x10)": 6}[kpi]
        grid_row(ws, i, [kpi, *(int(c) for c in digits), target, "→"])
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="left")
    line(ws, 12, "Plan for Feb-Mar agreed at the 2026-02-10 steering meeting (minutes ref. SC-26-02).", 15)
    return fixed_xlsx(wb, "opex")


MESSAGES["633_en_xlsx_monthly_kpi_single_digits.eml"] = message(
    sender="Daisuke Hayashi <hayashi.daisuke@example.co.jp>",
    to=["Lean Partners Consulting <team@lean-partners.example>"],
    subject="Kawasaki plant KPI sheet FY2025 (Apr-Jan actuals) for the 24 Feb workshop",
    date=when(2026, 2, 13, 18, 2), msgid="<20260213180200.633A@example.co.jp>",
    body=L("Hi all,",
           "",
           "Ahead of the workshop on 24 February, attached is the Kawasaki plant KPI sheet with actuals for",
           "April to January and the plan for February and March. All values are monthly counts.",
           "",
           "Points we would like to discuss:",
           "- near-miss reporting is uneven from October (2, 5, 7, 3 reports in Oct-Jan)",
           "- line stoppages on Line 3 after the die change in November",
           "- how to set FY2026 targets for Kaizen proposals (currently 60 per month)",
           "",
           "Best regards,",
           "",
           en_sig("Daisuke Hayashi", "Operations Excellence Office", "hayashi.daisuke@example.co.jp")),
    attachments=[("KPI_Kawasaki_FY2025_Apr-Jan.xlsx", XLSX, wb633())])


# ===================================================================================== 634
# Control: Production Planning -> external parts supplier: bilingual 生産計画 / production schedule grid .xlsx:
# lines x days 1-28 with lot counts 0-6 one per cell, shift codes, model codes, lot numbers -> plain hold.
HOLIDAYS634 = {1, 7, 8, 11, 14, 15, 21, 22, 23, 28}
PLAN634 = [
    ("Line 1 (Press)", "EX-2410-A", "34543"),
    ("Line 2 (Weld)", "EX-2410-B", "23432"),
    ("Line 3 (Paint)", "EX-3305", "22332"),
    ("Line 4 (Assy)", "EX-3305-K", "45654"),
]


def lots634(pattern: str) -> list[int]:
    """Lots per working day, cycling through the pattern; 0 on holidays (weekends, 2/11, 2/23)."""
    out, k = [], 0
    for day in range(1, 29):
        if day in HOLIDAYS634:
            out.append(0)
        else:
            out.append(int(pattern[k % len(pattern)]))
            k += 1
    return out


def wb634():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Feb 2026"
    widths(ws, {"A": 18, "B": 12, **{openpyxl.utils.get_column_letter(c): 3.6 for c in range(3, 31)}, "AE": 8})
    heading(ws, 1, "生産計画 / Production Schedule - February 2026 (lots per day, 1 lot = 240 pcs)", 31)
    line(ws, 2, "工場 / Plant: Kawasaki K2    版 / Rev. 3 (2026-02-12)    休日 / Holidays: 1, 7-8, 11, 14-15, 21-23, 28", 31)
    grid_row(ws, 4, ["Line / ライン", "Model / 機種", *range(1, 29), "Total"], bold=True)
    grid_row(ws, 5, ["", "曜日 / Day", *[["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"][d % 7] for d in range(28)], ""])
    for i, (ln, model, lots) in enumerate(PLAN634, start=6):
        vals = lots634(lots)
        grid_row(ws, i, [ln, model, *vals, sum(vals)])
    grid_row(ws, 11, ["Shift", "", *["-" if day in HOLIDAYS634 else "D" for day in range(1, 29)], ""])
    line(ws, 13, "Lot numbers: L260202-01 … L260227-06. Changeover EX-2410 → EX-3305 on 2/16 (Line 3).", 31)
    return fixed_xlsx(wb, "seisan")


MESSAGES["634_bilingual_xlsx_production_schedule_grid.eml"] = message(
    sender="生産管理部 Production Planning 大西 亮 <onishi.ryo@example.co.jp>",
    to=["Tohoku Precision Parts 営業部 <sales@tohoku-precision.example>"],
    subject="2月生産計画 Rev.3 / February production schedule Rev.3 (Kawasaki K2)",
    date=when(2026, 2, 12, 16, 40), msgid="<20260212164000.634A@example.co.jp>",
    body=L("Tohoku Precision Parts 営業部 御中 / Dear Sales team,",
           "",
           "2月の生産計画 Rev.3 を送付します。ライン 3 の機種切替を 2/16 に前倒ししました。",
           "EX-3305 用ブラケット（品番 BR-3305-02）の納入を 2/13 着でお願いいたします。",
           "",
           "Attached is Rev. 3 of the February schedule. The Line 3 changeover moved forward to 16 Feb,",
           "so please deliver the EX-3305 brackets (P/N BR-3305-02) to arrive on 13 Feb.",
           "",
           "よろしくお願いいたします。 / Best regards,",
           "",
           en_sig("Ryo Onishi (大西 亮)", "Production Planning / 生産管理部", "onishi.ryo@example.co.jp",
                  bilingual=True)),
    attachments=[("Production_Schedule_2026-02_Rev3.xlsx", XLSX, wb634())])


# ===================================================================================== 635
# Control: General Affairs -> external event company (prizes): family-day raffle draw result .xlsx: ticket
# numbers drawn digit by digit (one digit per cell), the 'Lucky 7' bonus draw of seven digits (3 8 1 4 0 2 7,
# no account label), prize SKUs, ticket ranges -> plain hold.
DRAW635 = [
    ("1st prize", "Travel voucher JPY 100,000", "SKU TV-100K", "0471"),
    ("2nd prize", "Robot vacuum cleaner", "SKU RV-2281", "1938"),
    ("3rd prize", "Bluetooth speaker", "SKU BS-0716", "0205"),
    ("3rd prize", "Bluetooth speaker", "SKU BS-0716", "1776"),
    ("Special prize", "Dinner for two", "SKU DN-0002", "0913"),
]
BONUS635 = "3814027"


def wb635():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Draw result"
    widths(ws, {"A": 16, "B": 30, "C": 14, "D": 6, "E": 6, "F": 6, "G": 6, "H": 10, "I": 6, "J": 6})
    heading(ws, 1, "Family Day 2026 Raffle - Draw Result (drawn 2026-02-14 15:30, Hall B)", 10)
    line(ws, 2, "Tickets 0001-2000 sold. Each digit drawn from its own drum (thousands, hundreds, tens, units).", 10)
    grid_row(ws, 4, ["Prize", "Item", "SKU", "1000s", "100s", "10s", "1s", "Ticket"], bold=True)
    for i, (prize, item, sku, digits) in enumerate(DRAW635, start=5):
        grid_row(ws, i, [prize, item, sku, *(int(c) for c in digits), digits])
    grid_row(ws, 11, ["Lucky 7 bonus draw", "(one ball per drum, 0-9)", "", *(int(c) for c in BONUS635)], bold=False)
    line(ws, 12, "Lucky 7: tickets whose last digit appears in the bonus row win a gift card (JPY 1,000).", 10)
    line(ws, 13, "Unclaimed prizes by 2026-02-27 go to the redraw on 2026-03-02.", 10)
    return fixed_xlsx(wb, "soumu")


MESSAGES["635_en_xlsx_raffle_draw_result_digits.eml"] = message(
    sender="Aya Kondo <kondo.aya@example.co.jp>",
    to=["Happy Events Japan - Prize Desk <prizes@happy-events.example>"],
    subject="Family Day raffle - draw result and prize shipping (5 prizes + Lucky 7)",
    date=when(2026, 2, 16, 12, 10), msgid="<20260216121000.635A@example.co.jp>",
    body=L("Hello Prize Desk,",
           "",
           "Thank you for the smooth support on Saturday. Attached is the draw result.",
           "Please ship the five main prizes to our General Affairs office (address in my signature) by",
           "20 February; we will hand them over to the winners internally.",
           "",
           "For the Lucky 7 draw (3 8 1 4 0 2 7) we need 1,400 gift cards of JPY 1,000; please invoice them",
           "together with the prizes under our PO 26-GA-0088.",
           "",
           "Best regards,",
           "",
           en_sig("Aya Kondo", "General Affairs Department", "kondo.aya@example.co.jp")),
    attachments=[("FamilyDay2026_Raffle_Draw_Result.xlsx", XLSX, wb635())])


# ===================================================================================== 636
# Control: HR Training -> external language school: English placement test scores by question number
# (header 1 2 3 … 20, scores 0-5 per cell), candidate IDs, totals, levels, test date -> plain hold.
SCORES636 = [
    ("PT26-0214-01", "Airi Matsuda", "54354453552445354534"),
    ("PT26-0214-02", "Kota Nishimura", "32243132421332243120"),
    ("PT26-0214-03", "Yui Hoshino", "45455354445554453545"),
    ("PT26-0214-04", "Takeru Ogawa", "21322131202322132101"),
    ("PT26-0214-05", "Mei Arai", "43344343433443344343"),
    ("PT26-0214-06", "Shun Kubo", "55455455545554555455"),
]


def wb636():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scores"
    widths(ws, {"A": 15, "B": 16, **{openpyxl.utils.get_column_letter(c): 3.4 for c in range(3, 23)}, "W": 7, "X": 7})
    heading(ws, 1, "Business English Placement Test - scores by question (test date 2026-02-14)", 24)
    line(ws, 2, "Questions 1-20, 5 points each (0-5). Levels: A >= 80, B 60-79, C 40-59, D < 40.", 24)
    grid_row(ws, 4, ["Candidate ID", "Name", *range(1, 21), "Total", "Level"], bold=True)
    for i, (cid, name, marks) in enumerate(SCORES636, start=5):
        total = sum(int(m) for m in marks)
        level = "A" if total >= 80 else "B" if total >= 60 else "C" if total >= 40 else "D"
        grid_row(ws, i, [cid, name, *(int(m) for m in marks), total, level])
    grid_row(ws, 11, ["Average", "", *[round(sum(int(s[2][q]) for s in SCORES636) / 6, 1) for q in range(20)], "", ""])
    return fixed_xlsx(wb, "training")


MESSAGES["636_en_xlsx_placement_test_scores_by_question.eml"] = message(
    sender="Hiroko Yamaguchi <yamaguchi.hiroko@example.co.jp>",
    to=["Crescent Language School - Corporate Programs <corporate@crescent-lang.example>"],
    subject="Placement test scores (6 candidates) - spring business English course",
    date=when(2026, 2, 17, 11, 5), msgid="<20260217110500.636A@example.co.jp>",
    body=L("Dear Corporate Programs team,",
           "",
           "Attached are the scores of Saturday's placement test by question (1-20, 0-5 points each).",
           "Based on the totals we suggest two classes: levels A/B on Tuesdays and C/D on Thursdays,",
           "18:30-20:00 from 7 April, 12 sessions each.",
           "",
           "Questions 6 and 8 seemed too difficult (averages 2.7 and 3.0); could you check them before the",
           "next round?",
           "",
           "Best regards,",
           "",
           en_sig("Hiroko Yamaguchi", "Learning & Development, Human Resources", "yamaguchi.hiroko@example.co.jp")),
    attachments=[("Placement_Test_Scores_2026-02-14.xlsx", XLSX, wb636())])


# ===================================================================================== 637
# Control: Sales Operations -> external hotel: sales kick-off room and table allocation .xlsx: names, room
# numbers 1203-1218, sharing, table 1-4 / seat 1-8 grid, group code, arrival / departure dates -> plain hold.
ROOMS637 = [
    ("1203", "Single", "Kenji Aoki", ""), ("1204", "Single", "Laura Becker", ""),
    ("1205", "Twin", "Daisuke Ito", "Shota Mori"), ("1206", "Twin", "Yuka Sano", "Mai Kudo"),
    ("1207", "Single", "Rajesh Kumar", ""), ("1208", "Twin", "Tomoya Hara", "Ken Fujii"),
    ("1215", "Single", "Sophie Martin", ""), ("1216", "Twin", "Riku Endo", "Sora Baba"),
    ("1217", "Single", "Wei Chen", ""), ("1218", "Single", "Naoki Ueda", ""),
]


def wb637():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rooms"
    widths(ws, {"A": 8, "B": 9, "C": 18, "D": 18})
    heading(ws, 1, "Sales Kick-off 2026 - room allocation (group code SKO-260305)", 4)
    line(ws, 2, "Arrival 5 March 2026, departure 7 March 2026 (2 nights), floor 12", 4)
    grid_row(ws, 4, ["Room", "Type", "Guest 1", "Guest 2"], bold=True)
    for i, row in enumerate(ROOMS637, start=5):
        grid_row(ws, i, list(row))
    ws2 = wb.create_sheet("Dinner seating")
    widths(ws2, {"A": 10, **{openpyxl.utils.get_column_letter(c): 14 for c in range(2, 10)}})
    heading(ws2, 1, "Dinner 5 March 19:00, Banquet room Kirin - tables 1-4, seats 1-8", 9)
    grid_row(ws2, 3, ["Table", *[f"Seat {s}" for s in range(1, 9)]], bold=True)
    names = [g for r in ROOMS637 for g in r[2:] if g] + [f"Guest (local team) {k}" for k in range(1, 19)]
    for t in range(4):
        grid_row(ws2, 4 + t, [t + 1, *names[t * 8:(t + 1) * 8]])
    return fixed_xlsx(wb, "salesops")


MESSAGES["637_en_xlsx_hotel_room_table_allocation.eml"] = message(
    sender="Erika Shimizu <shimizu.erika@example.co.jp>",
    to=["Hotel Bayside Yokohama - Group Sales <groups@bayside-yokohama.example>"],
    subject="SKO-260305 rooming list and dinner seating (14 guests, 10 rooms)",
    date=when(2026, 2, 18, 10, 20), msgid="<20260218102000.637A@example.co.jp>",
    body=L("Dear Group Sales team,",
           "",
           "Please find our rooming list and the dinner seating plan for 5-7 March attached.",
           "- 10 rooms on floor 12 (1203-1208 and 1215-1218), 6 singles and 4 twins",
           "- Dinner on 5 March at 19:00 in the Kirin room: 4 round tables of 8",
           "- Meeting room 3-4 (combined) on 6 March from 8:30 to 17:30",
           "",
           "Invoices to Example Co., Ltd., Sales Operations, as per our master agreement.",
           "",
           "Best regards,",
           "",
           en_sig("Erika Shimizu", "Sales Operations", "shimizu.erika@example.co.jp")),
    attachments=[("SKO2026_rooming_and_seating.xlsx", XLSX, wb637())])


# ===================================================================================== 638
# Control: Procurement -> external overseas supplier: parts list .xlsx: part numbers shaped like phone numbers
# but invalid as phones (0120-44-718, 090-4471-22, 080-2251-33, 03-5521-88A), monthly quantities one digit per
# cell, drawing numbers, HS codes, unit prices -> plain hold.
PARTS638 = [
    ("1", "0120-44-718", "Bracket, steel, zinc plated", "DWG-3318-0427", "7326.90", "3", "4", "4", "5", "4", "3"),
    ("2", "090-4471-22", "Bush, sintered bronze 12 mm", "DWG-3318-0431", "8483.30", "8", "8", "9", "9", "8", "7"),
    ("3", "080-2251-33", "Spring, compression", "DWG-3320-0102", "7320.20", "6", "5", "6", "7", "6", "6"),
    ("4", "03-5521-88A", "Cover, ABS, black", "DWG-3320-0115", "3926.90", "2", "2", "3", "3", "2", "2"),
    ("5", "0466-21-7", "Pin, dowel 6x20", "DWG-3321-0009", "7318.24", "9", "9", "9", "8", "9", "9"),
]
LOOKALIKES.extend(p[1] for p in PARTS638)


def wb638():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Parts list"
    widths(ws, {"A": 5, "B": 14, "C": 30, "D": 15, "E": 9, **{c: 5 for c in "FGHIJK"}, "L": 10})
    heading(ws, 1, "Parts list - model EX-3305 (forecast in lots of 1,000 pcs)", 12)
    line(ws, 2, "Supplier code S-0447    Incoterms FOB Ningbo    Rev. B 2026-02-18", 12)
    grid_row(ws, 4, ["Item", "Part No.", "Description", "Drawing No.", "HS code", "Mar", "Apr", "May", "Jun",
                     "Jul", "Aug", "Unit USD"], bold=True)
    prices = ["0.42", "0.18", "0.07", "0.95", "0.03"]
    for i, (p, price) in enumerate(zip(PARTS638, prices, strict=True), start=5):
        grid_row(ws, i, [int(p[0]), p[1], p[2], p[3], p[4], *(int(q) for q in p[5:]), price])
    return fixed_xlsx(wb, "procurement")


MESSAGES["638_en_xlsx_parts_list_phone_shaped_part_numbers.eml"] = message(
    sender="Shingo Matsumoto <matsumoto.shingo@example.co.jp>",
    to=["Ningbo Hengda Components - Export Sales <export@hengda-components.example>"],
    subject="EX-3305 parts list Rev. B and Mar-Aug forecast (RFQ 26-0218)",
    date=when(2026, 2, 18, 17, 45), msgid="<20260218174500.638A@example.co.jp>",
    body=L("Dear Ms. Zhou,",
           "",
           "Please find attached Rev. B of the EX-3305 parts list with our forecast for March to August",
           "(in lots of 1,000 pcs). Please quote FOB Ningbo by 27 February under RFQ 26-0218.",
           "",
           "Note the part numbers follow our old catalogue system, e.g. 0120-44-718 (bracket) and",
           "090-4471-22 (bush); please quote them exactly as written.",
           "",
           "Best regards,",
           "",
           en_sig("Shingo Matsumoto", "Global Procurement", "matsumoto.shingo@example.co.jp")),
    attachments=[("EX-3305_Parts_List_RevB.xlsx", XLSX, wb638())])


# ===================================================================================== 639
# Control, internal only (HR -> the new joiners' internal list, Cc the training team): onboarding week
# timetable .xlsx for international hires: days x time slots, rooms, bus numbers, times -> pass.
SLOTS639 = ["9:00-10:30", "10:45-12:15", "13:15-14:45", "15:00-16:30"]
DAYS639 = [
    ("Mon 2 Mar", ["Welcome & IT setup (Rm 12A)", "Company overview (Rm 12A)", "HR rules (Rm 12A)", "Buddy lunch follow-up"]),
    ("Tue 3 Mar", ["Compliance (Rm 12B)", "Information security (Rm 12B)", "Plant tour - Bus 2 dep. 12:50", "(plant)"]),
    ("Wed 4 Mar", ["Japanese business manners", "Japanese 1 (level check)", "Product training 1", "Product training 2"]),
    ("Thu 5 Mar", ["Finance basics", "Procurement basics", "Team introductions", "Q&A with the CEO (Hall)"]),
    ("Fri 6 Mar", ["Project kick-off 1-3", "Project kick-off 4-6", "Wrap-up survey", "Welcome party 17:00"]),
]


def wb639():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Timetable"
    widths(ws, {"A": 12, "B": 30, "C": 30, "D": 30, "E": 30})
    heading(ws, 1, "Onboarding week 2-6 March 2026 - international hires (cohort 26-03)", 5)
    grid_row(ws, 3, ["Day", *SLOTS639], bold=True)
    for i, (day, sessions) in enumerate(DAYS639, start=4):
        grid_row(ws, i, [day, *sessions])
    line(ws, 10, "Bus 2 leaves the main entrance at 12:50 on 3 Mar and returns at 17:15. Lunch 12:15-13:15.", 5)
    return fixed_xlsx(wb, "training")


MESSAGES["639_int_en_xlsx_onboarding_timetable.eml"] = message(
    sender="Hiroko Yamaguchi <yamaguchi.hiroko@example.co.jp>",
    to=["New joiners 26-03 <newjoiners-2603@example.co.jp>"],
    cc=["L&D Team <ld-team@example.co.jp>"],
    subject="Your onboarding week timetable (2-6 March)",
    date=when(2026, 2, 24, 9, 30), msgid="<20260224093000.639A@example.co.jp>",
    body=L("Dear new colleagues,",
           "",
           "Welcome aboard! Attached is the timetable for your onboarding week, 2-6 March.",
           "Sessions run 9:00-16:30 with lunch from 12:15. Rooms 12A/12B are on the 12th floor; the plant",
           "tour on Tuesday leaves by Bus 2 at 12:50.",
           "",
           "See you on Monday at 8:45 at the 1st-floor reception.",
           "",
           "Best regards,",
           "",
           en_sig("Hiroko Yamaguchi", "Learning & Development, Human Resources", "yamaguchi.hiroko@example.co.jp")),
    attachments=[("Onboarding_Week_2026-03_Timetable.xlsx", XLSX, wb639())])


# ===================================================================================== 640
# Control: Export Sales -> external UK distributor: order, SKU, UPS tracking, invoice and credit-note numbers,
# a conference ID and PIN, the distributor's UK company registration number and VAT number, our US
# subsidiary's EIN, a DUNS number, HS codes, amounts -> plain hold. None of the numbers is a valid phone number
# (checked as JP, GB and US numbers).
LOOK640 = ["PO-UK-2026-0417", "7701-4428", "08412375", "731 2054 96", "84-2917365", "08-146-2253",
           "418 227 093", "7734", "26-004417", "CN-26-00318"]
LOOKALIKES.extend(LOOK640)

MESSAGES["640_en_order_invoice_vat_company_numbers.eml"] = message(
    sender="Ryota Kimura <kimura.ryota@example.co.jp>",
    to=["Albion Industrial Supplies Ltd - Accounts <accounts@albion-industrial.example>"],
    subject="Your PO-UK-2026-0417 / our SO 7701-4428 - shipment, invoice 26-004417 and account set-up",
    date=when(2026, 2, 19, 15, 35), msgid="<20260219153500.640A@example.co.jp>",
    body=L("Dear Mr. Patel,",
           "",
           "Thank you for your order PO-UK-2026-0417 (our sales order SO 7701-4428).",
           "",
           "Shipment",
           "- 3 pallets, 412 kg, SKUs EX-3305-K (x240), BR-3305-02 (x1,200), PN-0620 (x5,000)",
           "- UPS Worldwide Expedited, tracking 1Z 4X7 92A 03 1847 2296, ETA London 27 February",
           "- HS codes 8479.89 and 7326.90",
           "",
           "Invoicing",
           "- Invoice 26-004417 (GBP 18,640.00) and credit note CN-26-00318 (GBP 420.00) attached in the portal",
           "- For our vendor master we recorded: Albion Industrial Supplies Ltd, Company No. 08412375",
           "  (registered in England and Wales), VAT Reg. No. GB 731 2054 96, DUNS 08-146-2253",
           "- Invoices for the US entity go to Example Americas Inc., EIN 84-2917365",
           "",
           "Quarterly review call",
           "- Thursday 5 March, 09:00 GMT / 18:00 JST",
           "- Conference ID: 418 227 093 #, participant PIN 7734 (dial-in numbers in the invitation)",
           "",
           "Best regards,",
           "",
           en_sig("Ryota Kimura", "Export Sales, Europe", "kimura.ryota@example.co.jp")))


# ===================================================================================== 641
# Internal only (Global Mobility -> payroll@ and hr-admin@ example.co.jp): a new foreign hire's full record in
# English: Passport No. P4827316B, Residence Card No., Date of Birth (UK long form), My Number, the address
# number first "Room 301, 3-11-5 Kiba, Koto-ku, Tokyo 135-0042", 070 mobile, Futsu account -> found, but
# nobody outside -> pass.
MN641 = my_no("73059128846")
ph("070-3318-6624")

MESSAGES["641_int_en_new_hire_record_passport_futsu.eml"] = message(
    sender="Kenji Watanabe <watanabe.kenji@example.co.jp>",
    to=["Payroll <payroll@example.co.jp>"],
    cc=["HR Admin <hr-admin@example.co.jp>"],
    subject="New hire record - Ms. Maria Santos (start 1 March)",
    date=when(2026, 2, 25, 11, 50), msgid="<20260225115000.641A@example.co.jp>",
    body=L("Hi Payroll team,",
           "",
           "Ms. Santos starts on 1 March in Quality Assurance. Her details for the payroll master:",
           "",
           "Name: Maria Cristina SANTOS (Philippines)",
           "Date of Birth: 2 August 1993",
           "Passport No.: P4827316B",
           "Residence Card No.: RX30571946PL (valid until 2029-02-28)",
           f"My Number: {MN641}",
           "Address: Room 301, 3-11-5 Kiba, Koto-ku, Tokyo 135-0042",
           "Mobile: 070-3318-6624",
           "Salary account: Rakuten Bank, Rock Branch (201), Account type: Futsu, Account No. 7781204",
           "",
           "Her employment contract and the tax withholding form (fuyo kojo shinkokusho) are in the HR",
           "share. Please include her in the March payroll.",
           "",
           "Thanks,",
           "",
           en_sig("Kenji Watanabe", "Global Mobility, Human Resources", "watanabe.kenji@example.co.jp")))


# ===================================================================================== 642
# Control: Account Manager -> external client: meeting logistics; her own mobile typed in the body
# (090-6618-4472) repeats her signature's "Mobile: +81 90-6618-4472"; the signature holds the company address
# in romaji and kanji and the main number; visitor code, room, floor, times -> plain hold.

MESSAGES["642_en_meeting_logistics_own_signature_only.eml"] = message(
    sender="Haruka Yoshida <yoshida.haruka@example.co.jp>",
    to=["Daniel Foster <daniel.foster@northwind-retail.example>"],
    subject="Our meeting on Tuesday 3 March - directions and visitor registration",
    date=when(2026, 2, 26, 16, 5), msgid="<20260226160500.642A@example.co.jp>",
    body=L("Dear Daniel,",
           "",
           "Thank you for confirming Tuesday 3 March, 14:00-15:30 JST. Some practical details:",
           "",
           "- Please come to the 1st-floor reception of our head office (address below) and show visitor",
           "  code 4471-0303 at the gate; we will meet in room 12B on the 12th floor.",
           "- The nearest station is Shibakoen (Toei Mita Line, exit A4), about 3 minutes on foot.",
           "- If you are running late, just call my mobile, 090-6618-4472.",
           "",
           "Agenda: 1) spring promotion results, 2) FY2026 volumes, 3) EDI roll-out (phase 2-3).",
           "",
           "Looking forward to seeing you.",
           "",
           "Best regards,",
           "",
           en_sig("Haruka Yoshida", "Senior Account Manager, Retail Solutions", "yoshida.haruka@example.co.jp",
                  mobile="+81 90-6618-4472", dash=False, bilingual=True)))


def check_numbers() -> None:
    for n in PLANTED_PHONES:
        s = n
        if s.startswith("010-"):
            s = "+" + s[4:]
        elif s.startswith("001-010-"):
            s = "+" + s[8:]
        num = phonenumbers.parse(s, "JP")
        assert phonenumbers.is_valid_number(num), n
    for n in LOOKALIKES:
        for region in ("JP", "GB", "US"):
            try:
                num = phonenumbers.parse(n, region)
            except phonenumbers.NumberParseException:
                continue
            assert not phonenumbers.is_valid_number(num), (n, region)


def main() -> None:
    check_numbers()
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(623, 643))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
