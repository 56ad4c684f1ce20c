"""Writes held-out messages 523-542 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): ENGLISH-LANGUAGE GLOBAL OPERATIONS of
a Japanese company. example.co.jp is Example Corporation, Tokyo (2-4-1 Shibakoen, Minato-ku, switchboard
+81 3-6453-1000), with subsidiaries in the US (Example America Inc., San Jose), the UK (London), Germany
(Example Europe GmbH, Berlin), Singapore (Example Asia Pacific Pte. Ltd.) and India (Example India Pvt.
Ltd., Bengaluru). Subsidiary staff on example.com (us.example.com, sg.example.com, de.example.com) are
EXTERNAL; only example.co.jp and its subdomains (sg./de./uk.example.co.jp) are internal.
- Global HR and payroll: a US payroll provider's new-hire set-up with SSNs (hyphenated and spaced),
  MM/DD/YYYY DOBs and W-4 data (523); a UK secondee to a payroll bureau with a DD/MM/YYYY DOB, National
  Insurance number (no detector type) and Passport No. (524); two Berlin secondees to a German tax adviser
  with DD.MM.YYYY DOBs, Steuer-IDs (no type) and two IBANs plus a mistyped one that fails mod-97 (525); an
  Indian payroll vendor with PAN and Aadhaar (no types; the Aadhaar also passes the My Number check digit)
  and an ISO DOB (526); a Singapore Employment Pass mail, internal only (527); L-1 visa petitions with
  four Passport Nos. in an .xlsx (528); a bilingual family-enrolment reply with an SSN, three US DOBs and
  a Japanese address, above the US HR manager's quoted mail (541); an internal EUR allowance sheet with
  five IBANs (542).
- Customer lists: a conference VIP CSV of 12 (529); an ASEAN/India key-account .xlsx of 14 rows (13
  e-mails) sent to the Singapore subsidiary on example.com (530).
- Phones in many forms: a field-service call list (+1 (312) …, +44 (0)20 …, 0044 161 …, +91-80-…,
  +81 90-…, +81-3-…) (531).
- Whose details are whose: a reply whose sender's signature sits above the quoted 'On …, wrote:' mail
  (533); an Outlook forward with its 'From: / Sent: / To: / Cc: / Subject:' block, text + HTML (534).
- A travel booking with an Amex corporate card, a passport and an APIS DOB, a masked card and a 16-digit
  order number failing Luhn (532).
- Controls: a Teams invitation with dial-in numbers and an .ics (535), a payment reminder with invoice,
  PO, SWIFT/BIC, ABA and AWB numbers and a statement PDF (536), a press release to journalists in Bcc
  with the switchboard only in the signature (537), release notes with versions, timestamps and IPs
  (538), an order acknowledgement with a masked card and 16-digit numbers failing Luhn (539), a payroll
  parallel-run file whose SSNs are all in ranges the SSA never issues (540).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_523_542.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import html
import io
import zipfile
import zlib
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from stdnum import iban, luhn, verhoeff
from stdnum.in_ import aadhaar
from stdnum.jp import in_
from stdnum.us import ssn

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 11, 10, 9, 30, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- made-up values with real check digits ---------------------------------------------

def make_iban(cc: str, bban: str) -> str:
    n = cc + iban.calc_check_digits(cc + "00" + bban) + bban
    assert iban.is_valid(n), n
    return n


def grouped(n: str) -> str:
    return iban.format(n)


IBAN_WATANABE = make_iban("DE", "100700000123948271")   # Berlin, Deutsche Bank BLZ
IBAN_SUZUKI = make_iban("DE", "100500000190274418")     # Berlin, Sparkasse BLZ
IBAN_SUZUKI_TYPO = IBAN_SUZUKI.replace("0274418", "0724418")  # two digits swapped: fails mod-97
assert IBAN_SUZUKI_TYPO != IBAN_SUZUKI and len(IBAN_SUZUKI_TYPO) == 22
assert not iban.is_valid(IBAN_SUZUKI_TYPO)
IBAN_TANAKA_IE = make_iban("IE", "AIBK93115212904417")
IBAN_ENDO_NL = make_iban("NL", "INGB0007734519")
_rib = "30004" + "01328" + "00012847193"
IBAN_MORI_FR = make_iban("FR", _rib + f"{97 - (89 * 30004 + 15 * 1328 + 3 * 12847193) % 97:02d}")

# Amex Corporate (issuer prefix 37), Luhn-valid; the other 16-digit numbers fail Luhn.
AMEX = "37424819063172" + luhn.calc_check_digit("37424819063172")
assert luhn.is_valid(AMEX)
for not_card in ("4916338021574409", "4716209388415520", "5412778810342291"):
    assert not luhn.is_valid(not_card), not_card

# US SSNs: valid areas/groups/serials; the dummies of 540 are all in ranges the SSA never issues.
for s in ("518-42-7193", "457-31-8826", "609-27-4481"):
    assert ssn.is_valid(s), s
for s in ("900-12-4471", "666-30-1185", "000-48-2290", "219-00-5536", "503-71-0000", "912-44-7803"):
    assert not ssn.is_valid(s), s

# 526: an Aadhaar (Verhoeff-valid) that ALSO passes the My Number check digit, and a UAN that does not.
AADHAAR = "587329106676"
assert verhoeff.is_valid(AADHAAR) and aadhaar.is_valid(AADHAAR) and in_.is_valid(AADHAAR)
UAN = "101244782295"
assert not in_.is_valid(UAN)
# 535: the Teams meeting ID (12 digits) fails the My Number check.
assert not in_.is_valid("284716093552")


def spaced4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


# ---- mail building ---------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, bcc=None, attachments=(), html_body=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="quoted-printable", extra_headers=()) -> bytes:
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
    for k, v in extra_headers:
        msg[k] = v
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte=cte)
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=cte)
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


def text_to_html(text: str) -> str:
    """Outlook-like HTML rendering of a plain body: one <p class=MsoNormal> per line."""
    rows = []
    in_block = False
    for line in text.split("\n"):
        label, _, rest = line.partition(": ")
        if line.startswith("________"):
            rows.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            in_block = True
        elif in_block and label in ("From", "Sent", "To", "Cc", "Subject"):
            rows.append(f'<p class="MsoNormal"><b>{label}:</b> {html.escape(rest)}<o:p></o:p></p>')
            in_block = label != "Subject"
        elif line:
            rows.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>')
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">\n' + "\n".join(rows) + "\n</div></body></html>\n")


# ---- files -------------------------------------------------------------------------------

def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{html.escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-10T00:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-10T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def xlsx(sheet: str, header: list[str], rows: list[list], widths: list[int], creator: str,
         date_format: str | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    if date_format:
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, date):
                    c.number_format = date_format
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    return fixed_xlsx(wb, creator)


def csv_bytes(header, rows, encoding: str = "utf-8") -> bytes:
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


def pdf_lines(rows: list[tuple[int, str]], *, top: int = 800, step: int = 18, size: int = 10) -> list:
    return [(x, top - i * step, size, t) for i, (x, t) in enumerate(rows) if t]


# ---- the senders' own signatures (Example Corporation, Tokyo) --------------------------------
HQ = "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan"


# ===================================================================================== 523
# Tokyo HR -> US payroll provider (Cc the US subsidiary's HR on example.com): two new hires with SSN
# (hyphenated / spaced), MM/DD/YYYY DOB, personal +1 mobile and e-mail, W-4 data; a masked SSN, FEIN,
# client and employee IDs, start and pay dates, US street addresses and ZIP codes are no findings.
MESSAGES["523_en_us_new_hires_ssn_w4_payroll.eml"] = message(
    sender="Aya Kimura (Global HR) <kimura.aya@example.co.jp>",
    to=["PaySphere Onboarding <onboarding@paysphere-payroll.example>"],
    cc=["Jennifer Walsh <jennifer.walsh@us.example.com>"],
    subject="New hire setup - Example America Inc. (client 20417) - 2 employees starting 12/01/2025",
    date="Tue, 18 Nov 2025 09:42:00 +0900", msgid="<20251118094200.523A@example.co.jp>",
    body=L("Hi PaySphere team,",
           "",
           "Please set up the following two new hires for Example America Inc. (client ID 20417, FEIN",
           "36-4821705) for the 12/15/2025 pay run. Both start on 12/01/2025 at our San Jose office and are",
           "paid semi-monthly.",
           "",
           "1) Emily R. Carter",
           "   SSN:             518-42-7193",
           "   Date of birth:   04/17/1992",
           "   Home address:    2291 Meridian Ave, Apt 4, San Jose, CA 95125",
           "   Personal mobile: +1 (408) 555-0187",
           "   Personal email:  emily.carter92@mailbox.example",
           "   Position:        Field Applications Engineer (exempt), annual salary USD 128,000",
           "   Federal W-4 (2025): Single or Married filing separately; Step 2 not checked;",
           "                    Step 3 dependents $0; Step 4(c) extra withholding $50.00 per pay period",
           "   State:           CA DE 4, 1 allowance",
           "",
           "2) Daniel Okafor",
           "   SSN:             457 31 8826",
           "   Date of birth:   11/02/1987",
           "   Home address:    740 Castro St, Mountain View, CA 94041",
           "   Personal mobile: +1 650-555-0132",
           "   Personal email:  d.okafor@inboxmail.example",
           "   Position:        Service Technician II (non-exempt), USD 41.50/hour",
           "   Federal W-4 (2025): Married filing jointly; Step 2 checked; Step 3 dependents $4,000",
           "                    (2 children under 17); Step 4(a) other income $0",
           "   State:           CA DE 4, 3 allowances",
           "",
           "Direct deposit details will be entered by the employees themselves in the self-service portal,",
           "so there are no bank details in this mail.",
           "",
           "Also, Kevin Tran (employee ID 100238, SSN on file XXX-XX-4417) moves from hourly to salaried",
           "effective 12/01/2025; the new annual salary is USD 96,500.",
           "",
           "If anything is missing, please reply to me and to Jennifer (cc'd), who runs HR locally.",
           "",
           "Best regards,",
           "",
           "Aya Kimura",
           "Manager, Global HR Operations",
           "Example Corporation",
           HQ,
           "Tel: +81 3-6453-1120 | Mobile: +81 80-4127-6630",
           "kimura.aya@example.co.jp"))

# ===================================================================================== 524
# Tokyo HR -> UK payroll bureau: secondee to London. DD/MM/YYYY DOB, National Insurance number (no
# detector type), Japanese Passport No., UK mobile, wife's +81 mobile; start, allocation, expiry and
# check dates, PAYE reference, share code, tax code and the London postcode are no findings.
MESSAGES["524_en_uk_secondee_ni_passport_payroll.eml"] = message(
    sender="Takuya Mori <mori.takuya@example.co.jp>",
    to=["Thamesbridge Payroll - New Starters <newstarters@thamesbridge-payroll.example>"],
    subject="New starter for Example UK Ltd: Hiroshi TANAKA, start 03/11/2025",
    date="Thu, 30 Oct 2025 17:20:00 +0900", msgid="<20251030172000.524A@example.co.jp>",
    body=L("Dear Sarah,",
           "",
           "As discussed on the phone, here are the details of our secondee for the Example UK Ltd payroll",
           "(employer PAYE reference 120/EA48213). He joins the London office on 03/11/2025 on a three-year",
           "assignment.",
           "",
           "  Name:                   Hiroshi TANAKA",
           "  Date of birth:          23/09/1984",
           "  National Insurance no.: JG 43 71 82 B (allocated 14/10/2025)",
           "  Passport No.:           TR4172958 (Japan, expires 18/06/2032)",
           "  Immigration status:     Global Business Mobility - Senior or Specialist Worker,",
           "                          eVisa share code W7K 3PD 9QX",
           "  UK address:             Flat 12, 48 Harrington Gardens, London SW7 4LT",
           "  UK mobile:              +44 7700 900418",
           "  Tax code:               1257L (starter checklist statement A, original sent by post)",
           "  Salary:                 GBP 92,000 p.a., paid monthly on the 25th",
           "",
           "Emergency contact (his wife, who stays in Japan until April): Naoko Tanaka, +81 90-4718-2265.",
           "",
           "The right-to-work check was completed by our London office manager on 31/10/2025; the passport",
           "copy is held in London and is not attached here.",
           "",
           "Kind regards,",
           "Takuya",
           "",
           SIGDASH,
           "Takuya Mori | HR Business Partner, International Assignments",
           "Example Corporation | " + HQ,
           "T +81 3-6453-1134 | M +81 70-2286-5519"))

# ===================================================================================== 525
# Tokyo HR -> German tax adviser (Cc the Berlin subsidiary on example.com): two secondees' DD.MM.YYYY
# DOBs, Steuer-IDs (no detector type), IBANs (one grouped, one compact), German mobiles; an earlier IBAN
# with two digits swapped fails mod-97 (no finding); Mandant number, BLZ-less BIC, 5-digit PLZ are none.
MESSAGES["525_en_de_secondees_payroll_ibans.eml"] = message(
    sender="Yuki Hayashi <hayashi.yuki@example.co.jp>",
    to=["Kanzlei Krause - Lohnbuchhaltung <lohn@stb-krause.example>"],
    cc=["Example Europe GmbH - Finance <finance@de.example.com>"],
    subject="Payroll November 2025 - two Japanese secondees (Example Europe GmbH, Mandant 40217)",
    date="Mon, 10 Nov 2025 16:05:00 +0900", msgid="<20251110160500.525A@example.co.jp>",
    body=L("Dear Ms Krause,",
           "",
           "For the November payroll of Example Europe GmbH (Mandant 40217), please add our two secondees",
           "who started in Berlin on 03.11.2025. Their German salaries are paid from the Berlin account; the",
           "Japanese part is paid by Tokyo as before.",
           "",
           "Kenji Watanabe",
           "  Geburtsdatum:   14.02.1979",
           "  Steuer-ID:      57 483 920 164",
           "  Steuerklasse:   III (married, 2 children, Kinderfreibetrag 2,0), no church tax",
           "  IBAN:           " + grouped(IBAN_WATANABE) + " (Deutsche Bank, BIC DEUTDEBBXXX)",
           "  Mobile:         +49 151 2094 8813",
           "  Address:        Kastanienallee 71, 10435 Berlin",
           "",
           "Mariko Suzuki",
           "  Geburtsdatum:   02.08.1991",
           "  Steuer-ID:      63 215 874 903",
           "  Steuerklasse:   I, no church tax",
           "  IBAN:           " + IBAN_SUZUKI + " (Berliner Sparkasse, BIC BELADEBEXXX)",
           "  Mobile:         +49 176 4481 2057",
           "  Address:        Bergmannstrasse 22, 10961 Berlin",
           "",
           "Please note that the IBAN Ms Suzuki sent first (" + IBAN_SUZUKI_TYPO + ") had two digits swapped",
           "and was rejected by the bank; please use only the one above.",
           "",
           "The social insurance numbers will come directly from the Techniker Krankenkasse.",
           "",
           "Best regards",
           "Yuki Hayashi",
           "",
           SIGDASH,
           "Yuki Hayashi",
           "Payroll & Expatriate Services, Global HR",
           "Example Corporation, " + HQ,
           "Phone +81 3-6453-1141"))

# ===================================================================================== 526
# Tokyo HR -> Indian payroll vendor: one new employee. PAN, Aadhaar (Verhoeff-valid AND My Number
# check-valid, labelled Aadhaar) and UAN have no detector type; ISO DOB, +91 mobile and personal e-mail
# count; joining date, employee code, the 6-digit PIN code, CTC are nothing.
MESSAGES["526_en_in_new_joiner_pan_aadhaar.eml"] = message(
    sender="Rina Ogawa <ogawa.rina@example.co.jp>",
    to=["Navkar Payroll Services - Onboarding <onboarding@navkar-payroll.example>"],
    subject="Onboarding: Example India Pvt. Ltd. (Bengaluru) - 1 new joiner, DOJ 17-Nov-2025",
    date="Wed, 12 Nov 2025 13:30:00 +0900", msgid="<20251112133000.526A@example.co.jp>",
    body=L("Dear Mr. Iyer,",
           "",
           "Please onboard the following employee of Example India Pvt. Ltd. (Bengaluru branch) for the",
           "November 2025 payroll cycle.",
           "",
           "  Employee name    : Ananya Krishnan",
           "  Employee code    : EIPL-0472",
           "  Date of joining  : 17-Nov-2025",
           "  Date of birth    : 1994-06-09",
           "  PAN              : BKRPK4821L",
           "  Aadhaar          : " + spaced4(AADHAAR),
           "  UAN (EPF)        : " + UAN + " (transferred from previous employer)",
           "  Mobile           : +91 98450 12763",
           "  Personal e-mail  : ananya.k94@mailbox.example",
           "  Address          : No. 14, 3rd Cross, HAL 2nd Stage, Indiranagar, Bengaluru 560038",
           "  Designation      : Senior Software Engineer, grade E3",
           "  CTC              : INR 18,60,000 p.a. (Basic 40%, HRA 50% of Basic)",
           "",
           "Her bank account details will be submitted by her on your employee portal. Please confirm the",
           "PF and ESI registration once done.",
           "",
           "With regards,",
           "",
           "Rina Ogawa",
           "Global HR Operations (APAC)",
           "Example Corporation, Tokyo",
           "Tel +81 3-6453-1127"))

# ===================================================================================== 527
# Internal only (sg.example.co.jp is a subdomain; Cc Tokyo payroll): a secondee's Employment Pass data:
# Passport No., ISO DOB, his +81 and +65 mobiles -> found, but nobody outside -> pass. Japanese lines.
MESSAGES["527_int_sg_employment_pass_secondee.eml"] = message(
    sender="石井 遥 Haruka Ishii <ishii.haruka@example.co.jp>",
    to=["Example Asia Pacific HR <hr@sg.example.co.jp>"],
    cc=["給与チーム Payroll Tokyo <payroll@example.co.jp>"],
    subject="【Secondment】Ryo Fujimoto to Singapore from 1 Dec - EP application details",
    date="Fri, 14 Nov 2025 11:10:00 +0900", msgid="<20251114111000.527A@example.co.jp>",
    body=L("Hi Grace,",
           "(給与チーム各位:CCで失礼します。藤本さんは12月分から海外勤務者手当の対象になります。)",
           "",
           "Ryo Fujimoto joins Example Asia Pacific on 1 December. For the Employment Pass application on",
           "EP Online, here are his details:",
           "",
           "  Full name (as in passport): FUJIMOTO RYO",
           "  Passport No.:               TZ1038475 (issued 09 Jan 2023, expires 09 Jan 2033)",
           "  Date of birth:              1988-12-05",
           "  Nationality:                Japanese",
           "  Mobile (Japan, until 30 Nov): +81 90-6634-2718",
           "  Singapore mobile (from 1 Dec): +65 9187 4402",
           "  Highest qualification:      M.Eng., Osaka University (2013)",
           "  Monthly basic salary:       SGD 11,800",
           "",
           "He will stay in a serviced apartment (The Anchorage, 1 Alexandra View) until his lease starts.",
           "",
           "給与チームへ:国内口座への給与振込は11月分で停止してください。",
           "",
           "Thanks,",
           "Haruka",
           "",
           SIGDASH,
           "石井 遥 / Haruka Ishii",
           "グローバル人事部 Global HR Operations",
           "Example Corporation  Tel +81 3-6453-1152"))

# ===================================================================================== 528
# Tokyo general affairs -> US immigration law firm (Cc the US subsidiary on example.com): blanket L
# petition; the .xlsx holds 4 Passport Nos. and 4 DOBs (date cells shown dd-mmm-yyyy); two +81 mobiles in
# the body; passport expiry cells, start dates, positions are no findings.
APPLICANTS = [
    [1, "ITO", "Masato", "L-1A", "General Manager, Sales", "TK7704182", date(1976, 5, 30), "Tokyo, Japan", date(2031, 3, 14)],
    [2, "YAMADA", "Keiko", "L-1B", "Senior Engineer, Controls", "TS2218406", date(1985, 1, 19), "Osaka, Japan", date(2030, 8, 2)],
    [3, "OKA", "Daisuke", "L-1B", "Process Engineer", "MZ9031574", date(1990, 8, 26), "Nagoya, Japan", date(2033, 11, 27)],
    [4, "ITO", "Yumi", "L-2 (spouse of No. 1)", "-", "TK7704519", date(1978, 2, 14), "Yokohama, Japan", date(2031, 3, 14)],
]
xlsx528 = xlsx("Applicants", ["No.", "Surname", "Given name", "Visa class", "Position (US)", "Passport No.",
                              "Date of Birth", "Place of Birth", "Passport Expiry"],
               APPLICANTS, [5, 10, 12, 22, 28, 14, 14, 18, 16], "Shota Nakamura", date_format="dd-mmm-yyyy")
MESSAGES["528_en_l1_visa_petition_passports_xlsx.eml"] = message(
    sender="Shota Nakamura (General Affairs) <nakamura.shota@example.co.jp>",
    to=["Hollis & Park LLP - Immigration <immigration@hollispark-law.example>"],
    cc=["Jennifer Walsh <jennifer.walsh@us.example.com>"],
    subject="Blanket L petition - 3 assignees to Example America Inc. + 1 L-2 dependent (data sheet)",
    date="Wed, 22 Oct 2025 10:25:00 +0900", msgid="<20251022102500.528A@example.co.jp>",
    body=L("Dear Ms. Park,",
           "",
           "Thank you for the call yesterday. As agreed, please find attached the applicant data sheet for",
           "the blanket L petition of Example America Inc. (San Jose). In short:",
           "",
           "  1. Masato ITO    - L-1A, General Manager, Sales, from 1 February 2026",
           "  2. Keiko YAMADA  - L-1B, Senior Engineer, Controls, from 1 March 2026",
           "  3. Daisuke OKA   - L-1B, Process Engineer, from 1 March 2026",
           "  4. Yumi ITO      - L-2, spouse of Mr. Ito",
           "",
           "For scheduling the consular interviews at the U.S. Embassy in Tokyo, Mr. Ito and Ms. Yamada",
           "would like to be contacted directly: Mr. Ito on +81 90-2281-7745 and Ms. Yamada on",
           "+81 80-9913-4028. Mr. Oka's interview can be arranged through me.",
           "",
           "All passports are valid until 2030 or later, so no renewals are needed before travel.",
           "Employment verification letters and organisation charts will follow by Friday.",
           "",
           "Best regards,",
           "",
           "Shota Nakamura",
           "General Affairs Department (Global Mobility)",
           "Example Corporation",
           HQ,
           "Tel +81 3-6453-1088"),
    attachments=[("L_petition_applicants_2025-10.xlsx", XLSX, xlsx528)])

# ===================================================================================== 529
# Global marketing -> event agency: VIP attendee CSV, 12 people: 12 e-mails, 10 intl phones (+1/+44/
# +49/+65/+91) and 2 +81 phones (one +81 3 office line, one +81 90 mobile) -> confirm (10+ e-mails).
VIPS = [
    ["Michael", "Brennan", "Lakeshore Packaging Inc.", "m.brennan@lakeshore-pack.example", "+1 312-555-0164", "United States", "2025-11-18 14:05 ORD"],
    ["Laura", "Chen", "Pinecrest Robotics", "laura.chen@pinecrest-robotics.example", "+1 (415) 555-0123", "United States", "2025-11-18 16:40 ORD"],
    ["Robert", "Nguyen", "Summit Automation LLC", "rnguyen@summit-auto.example", "+1 469-555-0178", "United States", "2025-11-18 11:20 MDW"],
    ["Sophie", "Turner", "Harcourt Engineering Ltd", "s.turner@harcourt-eng.example", "+44 20 7946 0572", "United Kingdom", "2025-11-17 19:55 ORD"],
    ["Oliver", "Hughes", "Meridian Industrial Ltd", "oliver.hughes@meridian-ind.example", "+44 161 496 0815", "United Kingdom", "2025-11-17 19:55 ORD"],
    ["Katrin", "Vogel", "Rhein Service GmbH", "k.vogel@rheinservice.example", "+49 30 5528 1904", "Germany", "2025-11-17 17:30 ORD"],
    ["Tobias", "Lehmann", "Nordwerk Maschinenbau AG", "tobias.lehmann@nordwerk.example", "+49 89 2190 4473", "Germany", "2025-11-17 17:30 ORD"],
    ["Wei Ling", "Tan", "Straits Precision Pte Ltd", "weiling.tan@straits-precision.example", "+65 6225 3190", "Singapore", "2025-11-17 21:10 ORD"],
    ["Arjun", "Mehta", "Kaveri Infotech Pvt Ltd", "arjun.mehta@kaveri-infotech.example", "+91 80 4718 2093", "India", "2025-11-17 22:45 ORD"],
    ["Priya", "Raman", "Deccan Motors Ltd", "priya.raman@deccan-motors.example", "+91 98401 27745", "India", "2025-11-17 22:45 ORD"],
    ["Kenichi", "Hara", "Hara Seiko Co., Ltd.", "k.hara@haraseiko.example", "+81 3-5781-2294", "Japan", "2025-11-17 15:00 ORD"],
    ["Aiko", "Shimizu", "Shimizu Logistics K.K.", "aiko.shimizu@shimizu-logi.example", "+81 90-7725-1846", "Japan", "2025-11-17 15:00 ORD"],
]
csv529 = csv_bytes(["first_name", "last_name", "company", "email", "phone", "country", "arrival"], VIPS)
MESSAGES["529_en_summit_vip_attendees_csv.eml"] = message(
    sender="Mika Sato (Global Marketing) <sato.mika@example.co.jp>",
    to=["Brightline Events - Registration <registration@brightline-events.example>"],
    subject="Example Automation Summit 2025 (Chicago, Nov 19-20) - VIP list for badges and shuttles",
    date="Mon, 10 Nov 2025 19:15:00 +0900", msgid="<20251110191500.529A@example.co.jp>",
    body=L("Hi Brightline team,",
           "",
           "Attached is the VIP list for the Summit (12 guests). Please:",
           "  - print VIP badges (first name large, company below),",
           "  - arrange the airport shuttle according to the arrival column (ORD/MDW, local time),",
           "  - seat them at tables 1-3 at the dinner on Nov 19 (19:00, Grand Ballroom).",
           "",
           "Please use the data only for the event and do not add the guests to any mailing list.",
           "",
           "Thanks a lot,",
           "Mika",
           "",
           SIGDASH,
           "Mika Sato",
           "Global Marketing, Example Corporation",
           HQ,
           "+81 3-6453-1305"),
    attachments=[("Summit2025_VIP_list.csv", "text/csv", csv529)])

# ===================================================================================== 530
# Tokyo sales -> the Singapore subsidiary on example.com (EXTERNAL): key-account handover .xlsx, 14
# rows, one contact on two rows (same e-mail, two plant phones): 13 e-mails, 14 intl phones -> confirm.
ACCOUNTS = [
    ["Straits Precision Pte Ltd", "Tan Boon Huat", "Plant Director", "boonhuat.tan@straits-precision.example", "+65 6861 4470", "Singapore", 1240000],
    ["Straits Precision (Johor plant)", "Tan Boon Huat", "Plant Director", "boonhuat.tan@straits-precision.example", "+60 7 599 2183", "Malaysia", 410000],
    ["Lion City Packaging Pte Ltd", "Nurul Aisyah binte Rahman", "Procurement Manager", "nurul.rahman@lioncity-pack.example", "+65 9734 1182", "Singapore", 385000],
    ["Merlion Foods Pte Ltd", "Daniel Lim", "Engineering Manager", "daniel.lim@merlionfoods.example", "+65 6543 8821", "Singapore", 220000],
    ["Bangkok Auto Parts Co., Ltd.", "Somchai Wongsakul", "Head of Maintenance", "somchai.w@bkk-autoparts.example", "+66 2 017 4452", "Thailand", 690000],
    ["Saigon Electronics JSC", "Nguyen Van Minh", "Production Manager", "minh.nguyen@saigon-elec.example", "+84 28 3822 1947", "Vietnam", 530000],
    ["PT Jakarta Plastindo", "Budi Santoso", "Plant Manager", "budi.santoso@plastindo.example", "+62 21 2950 6613", "Indonesia", 470000],
    ["Manila Bottling Corp.", "Maria Santos", "Purchasing Lead", "maria.santos@manilabottling.example", "+63 2 8817 4420", "Philippines", 305000],
    ["Deccan Motors Ltd", "Rahul Deshpande", "Head of Automation", "rahul.d@deccan-motors.example", "+91 20 6712 4408", "India", 880000],
    ["Kaveri Textiles Ltd", "Lakshmi Narayanan", "GM Operations", "lakshmi.n@kaveri-tex.example", "+91 44 4592 1170", "India", 260000],
    ["Gujarat Chem Process Pvt Ltd", "Harsh Patel", "Project Engineer", "harsh.patel@gujchem.example", "+91 79 2630 5518", "India", 198000],
    ["Penang Semicon Sdn Bhd", "Lim Mei Ling", "Facilities Manager", "meiling.lim@penang-semi.example", "+60 4 643 2290", "Malaysia", 640000],
    ["Hanoi Steel Works", "Tran Thi Hoa", "Purchasing Manager", "hoa.tran@hanoisteel.example", "+84 24 3936 7715", "Vietnam", 355000],
    ["Cebu Components Inc.", "Jose Reyes", "Plant Engineer", "jose.reyes@cebucomp.example", "+63 32 234 8801", "Philippines", 142000],
]
xlsx530 = xlsx("Key accounts", ["Account", "Contact", "Title", "Email", "Phone", "Country", "FY2025 sales (USD)"],
               ACCOUNTS, [32, 26, 22, 40, 18, 12, 18], "Daiki Kobayashi")
MESSAGES["530_en_asean_key_accounts_xlsx_to_sg_subsidiary.eml"] = message(
    sender="Daiki Kobayashi <kobayashi.daiki@example.co.jp>",
    to=["Example Asia Pacific - Sales Operations <salesops@sg.example.com>"],
    subject="FY2026 key account handover - ASEAN / India contacts (xlsx)",
    date="Thu, 20 Nov 2025 18:40:00 +0900", msgid="<20251120184000.530A@example.co.jp>",
    body=L("Hi Sales Ops team,",
           "",
           "As announced at the regional meeting, the ASEAN and India key accounts move from Tokyo to",
           "Example Asia Pacific from 1 January 2026. Attached is the contact sheet (14 rows). Mr. Tan Boon",
           "Huat appears twice because he is responsible for both the Singapore and the Johor plant.",
           "",
           "Please load it into the regional CRM and introduce the new account managers by mid-December.",
           "",
           "Best regards,",
           "Daiki",
           "",
           "Daiki Kobayashi",
           "Overseas Sales Dept. 2, Example Corporation",
           "Tel +81 3-6453-1411 / Mobile +81 80-2219-5074"),
    attachments=[("KeyAccounts_ASEAN_India_FY2026.xlsx", XLSX, xlsx530)])

# ===================================================================================== 531
# Tokyo service desk -> German field-service partner: call list for a restart. Intl phones in many forms
# (+49 69, +49 160, +1 (312), 0044 161, +65, +91-80-, +44 (0)20) and two Japanese (+81 90-, +81-3-):
# 7 intl + 2 jp -> hold (intl phones are no list trigger; 2 jp phones < 5). TeamViewer ID, SR number,
# firmware versions and times are nothing.
MESSAGES["531_en_field_service_call_list_phone_forms.eml"] = message(
    sender="Naoki Endo (Global Service Desk) <endo.naoki@example.co.jp>",
    to=["Rhein Service GmbH - Dispatch <dispatch@rheinservice.example>"],
    subject="SR-2025-11-0388: contact list for the line 3 restart at Lakeshore Frankfurt (Thu 20 Nov)",
    date="Tue, 18 Nov 2025 20:05:00 +0900", msgid="<20251118200500.531A@example.co.jp>",
    body=L("Hello Markus,",
           "",
           "Ahead of Thursday's restart of line 3 at Lakeshore's Frankfurt plant (Thu 20 Nov, 06:00 CET),",
           "here is the call list. Please make sure your engineer has it on site.",
           "",
           "Customer - Lakeshore Packaging Europe GmbH, Frankfurt plant",
           "  Stefan Brandt, plant manager:        +49 69 8790 2231 (office), +49 160 9482 7715 (mobile)",
           "Customer HQ, Chicago - project sponsor",
           "  Susan Miller:                        +1 (312) 555-0149",
           "Harcourt Engineering (commissioning consultant)",
           "  Tom Price:                           +44 (0)20 7946 0321",
           "Example UK, Manchester (spare parts, stock EXD-4400-S2)",
           "  Gareth Evans:                        0044 161 496 0752",
           "Example Asia Pacific, Singapore (remote PLC support, firmware 3.21.4)",
           "  Koh Wei Jie:                         +65 9123 7780",
           "Example India, Bengaluru (HMI software, 24/7)",
           "  Sandeep Rao:                         +91-80-4718-5521",
           "Tokyo (Japanese-speaking escalation)",
           "  Kenta Abe, field engineer on call:   +81 90-3372-1846",
           "  Controls design lab:                 +81-3-5421-7783",
           "",
           "Remote access to the line PC is via TeamViewer ID 1 482 395 022 (password by phone only).",
           "The PLC should be on firmware 3.21.4 and the HMI on 2.8.0 before the restart.",
           "",
           "Thanks and best regards,",
           "Naoki",
           "",
           SIGDASH,
           "Naoki Endo",
           "Global Service Desk, Example Corporation",
           HQ,
           "Tel +81 3-6453-1250 (24h) | endo.naoki@example.co.jp"))

# ===================================================================================== 532
# Travel desk -> travel agency: Amex Corporate card (Luhn-valid, prefix 37), the traveller's Passport No.,
# APIS DOB 12JUN1967, his +81 80 mobile -> confirm; masked card ending 4242, a 16-digit invoice number
# (Visa-like prefix, fails Luhn), expiry 09/27, flight numbers, mileage number are no findings.
MESSAGES["532_en_travel_booking_amex_corporate_card.eml"] = message(
    sender="Emi Takahashi (Travel Desk) <takahashi.emi@example.co.jp>",
    to=["SkyRoute Travel - Corporate Desk <corporate@skyroute-travel.example>"],
    subject="Booking request: Frankfurt trip for Mr. Goto, 23-28 Nov 2025 (cost centre 4410)",
    date="Fri, 07 Nov 2025 15:45:00 +0900", msgid="<20251107154500.532A@example.co.jp>",
    body=L("Dear SkyRoute Corporate Desk,",
           "",
           "Please book the following for our Managing Executive Officer, Mr. Hideki Goto.",
           "",
           "Flights (Business):  NH223 HND-FRA 23 Nov 2025, NH204 FRA-HND 28 Nov 2025",
           "Hotel:              Hotel Mainufer Frankfurt, 23-28 Nov (5 nights), non-smoking, late arrival",
           "Rail:               Frankfurt - Stuttgart return on 25 Nov (1st class, flexible)",
           "",
           "Traveller (as in passport, for APIS):",
           "  Name:             GOTO/HIDEKI MR",
           "  Passport No.:     TK5529031",
           "  Date of birth:    12JUN1967",
           "  Nationality:      JPN",
           "  Mobile abroad:    +81 80-6120-3394",
           "  ANA Mileage Club: 4471209358",
           "",
           "Payment: please charge the flights and the hotel guarantee to our corporate card:",
           "  American Express Corporate  " + f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}" + "  valid thru 09/27",
           "  Cardholder: EXAMPLE CORPORATION / TRAVEL DESK",
           "",
           "Please do NOT use the card ending **** **** **** 4242 any more (it was used for booking TR-88214",
           "and has been cancelled). Your invoice no. 4916 3380 2157 4409 for that trip has been paid.",
           "",
           "Best regards,",
           "",
           "Emi Takahashi",
           "Travel Desk, General Affairs Department",
           "Example Corporation",
           HQ,
           "Tel +81 3-6453-1090"))

# ===================================================================================== 533
# Reply to a UK customer: the sender's signature (no '-- ', under "Best regards,") sits ABOVE the quoted
# Gmail-style 'On …, wrote:' mail, and again at '>>' in her own earlier mail; her mobile is also typed in
# the body. The customer's signature (DDI, mobile, e-mail) and his security desk's number count:
# 3 intl phones + 1 e-mail -> hold. Her romaji Tokyo address and 105-0011 are her own.
MESSAGES["533_en_reply_signature_above_quote_uk_customer.eml"] = message(
    sender="Megumi Fujita <fujita.megumi@example.co.jp>",
    to=["James Whitfield <j.whitfield@harcourt-eng.example>"],
    cc=["Kenji Aoki <aoki.kenji@example.co.jp>"],
    subject="Re: Site acceptance test - revised schedule for week 47",
    date="Wed, 15 Oct 2025 10:05:00 +0900", msgid="<20251015100500.533A@example.co.jp>",
    extra_headers=[("In-Reply-To", "<CAF7x2Lq9w@mail.harcourt-eng.example>")],
    mailer=None,
    body=L("Hi James,",
           "",
           "Thanks for the revised plan. Tuesday 18 Nov works for us; Kenji and I will arrive at Heathrow",
           "the evening before. If anything changes while we are travelling, please call my mobile",
           "(+81 80-5527-1093) rather than the office.",
           "",
           "Attendees for the site passes: Megumi Fujita, Kenji Aoki (both Example Corporation).",
           "Our UK office will send you the updated I/O list (rev. D) by Friday.",
           "",
           "Best regards,",
           "Megumi",
           "",
           "Megumi Fujita",
           "Project Manager, Factory Automation Division",
           "Example Corporation",
           HQ,
           "Office: +81 3-6453-1187 | Mobile: +81 80-5527-1093",
           "www.example.co.jp",
           "",
           "On Tue, 14 Oct 2025 at 18:12, James Whitfield <j.whitfield@harcourt-eng.example> wrote:",
           "> Dear Megumi,",
           ">",
           "> Following our call, the SAT for the palletising cell moves from week 46 to week 47.",
           "> Proposed: Tue 18 Nov, 09:00-17:00 at our Reading site, with the witness test on Wed 19 Nov.",
           "> For site access, please send the names of your attendees by 7 Nov; our security desk",
           "> (+44 118 496 0230) will issue the passes.",
           ">",
           "> Kind regards,",
           "> James",
           ">",
           "> James Whitfield CEng MIMechE",
           "> Senior Project Engineer | Harcourt Engineering Ltd",
           "> Unit 4, Thames Valley Park, Reading RG6 1PT, United Kingdom",
           "> DDI: +44 118 496 0884 | Mobile: +44 7700 900362",
           "> E: j.whitfield@harcourt-eng.example",
           ">",
           "> On Mon, 13 Oct 2025 at 09:40, Megumi Fujita <fujita.megumi@example.co.jp> wrote:",
           ">> Dear James,",
           ">>",
           ">> Could we move the SAT by one week? Our controls engineer is needed for a commissioning",
           ">> in Osaka in week 46.",
           ">>",
           ">> Best regards,",
           ">> Megumi",
           ">>",
           ">> Megumi Fujita",
           ">> Project Manager, Factory Automation Division",
           ">> Example Corporation",
           ">> " + HQ,
           ">> Office: +81 3-6453-1187 | Mobile: +81 80-5527-1093",
           ">> www.example.co.jp"))

# ===================================================================================== 534
# Outlook forward (text + HTML) to a US field-service partner: the forwarder's signature above the
# '____ From: / Sent: / To: / Cc: / Subject:' block; the customer's direct line, cell and his maintenance
# lead's cell written without +1 (US mail, Chicago 773 area code) count as intl phones, and his address
# written in his signature counts (the From:/Cc: block addresses do not): 3 intl + 1 e-mail -> hold.
# Part and PO numbers, serials, UPS tracking, fault codes, firmware, the Chicago street address are nothing.
FWD534 = L(
    "Hi Brian,",
    "",
    "Please see the customer's mail below and contact Mark directly today to schedule a technician",
    "visit this week. The replacement servo drive (part no. EXD-4400-S2) ships from our Ontario, CA",
    "warehouse tomorrow, UPS tracking 1Z 9A4 7E2 03 4471 2093.",
    "",
    "Thank you,",
    "Takeshi",
    "",
    "Takeshi Ueda",
    "Customer Support Manager, Americas",
    "Example Corporation | Tokyo",
    "Tel: +81 3-6453-1230 | Mobile: +81 90-7718-3320",
    "",
    "________________________________",
    "From: Mark Delgado <mark.delgado@lakeshore-pack.example>",
    "Sent: Tuesday, November 4, 2025 11:42 PM",
    "To: Example Support <support@example.co.jp>",
    "Cc: Linda Hart <linda.hart@lakeshore-pack.example>",
    "Subject: URGENT - repeated E-2217 faults on EX-PAL 600 (serial 6A-224781)",
    "",
    "Hello,",
    "",
    "Our EX-PAL 600 palletizer on line 2 has stopped four times since Friday with fault E-2217 (servo",
    "overcurrent, axis 3). Firmware is 5.8.2. We reset it each time, but the night shift lost about",
    "6 hours of production yesterday.",
    "",
    "We need a technician on site this week. The plant is at 1400 S Kilbourn Ave, Chicago, IL 60623;",
    "please ask for me at the gate, or for our maintenance lead Carlos Ruiz (cell 773-555-0191) if I'm",
    "not there.",
    "",
    "Warranty claim reference: PO 7700418823.",
    "",
    "Thanks,",
    "Mark",
    "",
    "Mark Delgado",
    "Plant Engineering Manager",
    "Lakeshore Packaging Inc.",
    "Direct: +1 (312) 555-0176 | Cell: +1 312-555-0148",
    "mark.delgado@lakeshore-pack.example")
MESSAGES["534_en_outlook_forward_us_customer_complaint.eml"] = message(
    sender="Takeshi Ueda <ueda.takeshi@example.co.jp>",
    to=["Great Lakes Field Service - Dispatch <dispatch@glfieldservice.example>"],
    cc=["Naoki Endo <endo.naoki@example.co.jp>"],
    subject="FW: URGENT - repeated E-2217 faults on EX-PAL 600 (serial 6A-224781)",
    date="Wed, 05 Nov 2025 14:22:00 +0900", msgid="<20251105142200.534A@example.co.jp>",
    body=FWD534, html_body=text_to_html(FWD534))

# ===================================================================================== 535
# Control: Teams invitation to partners (two external organisations + the US subsidiary on example.com)
# with one-tap dial-ins in six countries, meeting ID (12 digits, fails the My Number check), passcode,
# conference ID, times in six time zones, part numbers, release dates; an .ics with ORGANIZER/ATTENDEE
# (address fields) repeats it; the sender's signature is above the Teams block -> plain hold.
TEAMS535 = [
    "________________________________________________________________________________",
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YTc2ZjEtOWQ0Ny00YjM1LWE3NDQtMjU1ZTE3ZDg0Mjkx%40thread.v2/0>",
    "Meeting ID: 284 716 093 552",
    "Passcode: bX7qR2",
    "",
    "Or call in (audio only)",
    "+1 323-555-0140,,718204553#   United States, Los Angeles",
    "+44 20 3855 4712,,718204553#   United Kingdom, London",
    "+49 69 3807 6125,,718204553#   Germany, Frankfurt",
    "+65 6450 2281,,718204553#   Singapore",
    "+91 22 6278 4410,,718204553#   India, Mumbai",
    "+81 3-4578-1488,,718204553#   Japan, Tokyo",
    "Phone Conference ID: 718 204 553#",
    "Find a local number | Reset PIN",
    "Learn More | Meeting options",
    "________________________________________________________________________________",
]
BODY535 = L("Hello all,",
            "",
            "Please join the kick-off call for the EX-PAL 700 global rollout.",
            "",
            "When: Tuesday 25 November 2025, 08:00-09:00 JST",
            "      (Mon 24 Nov 15:00 PST / 23:00 GMT; Tue 25 Nov 00:00 CET / 04:30 IST / 07:00 SGT)",
            "",
            "Agenda",
            "  1. Rollout plan and milestones (v1.0 GA 2026-02-16, v1.1 2026-05-18)",
            "  2. Pilot sites: Chicago, Reading, Berlin",
            "  3. Spare-parts stocking (EXD-4400-S2, EXP-7010-C1, EXC-0105)",
            "  4. AOB",
            "",
            "Best regards,",
            "Ken",
            "",
            SIGDASH,
            "Ken Yoshida | PMO, Global Products Division",
            "Example Corporation | " + HQ,
            "Tel +81 3-6453-1266",
            "",
            *TEAMS535)
ICS535 = "\r\n".join([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=Ken Yoshida:mailto:yoshida.ken@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Laura Chen:mailto:laura.chen@pinecrest-robotics.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=James Whitfield:mailto:j.whitfield@harcourt-eng.example",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Jennifer Walsh:mailto:jennifer.walsh@us.example.com",
    "UID:040000008200E00074C5B7101A82E00800000000B0F3C1A85D4DDC01000000000000000010000000",
    "SUMMARY:Global rollout kick-off - EX-PAL 700",
    "DTSTART:20251124T230000Z", "DTEND:20251125T000000Z", "DTSTAMP:20251113T021500Z",
    "LOCATION:Microsoft Teams Meeting",
    "DESCRIPTION:Meeting ID: 284 716 093 552\\nPasscode: bX7qR2\\nOr call in (audio only)\\n+1 323-555-01",
    " 40\\,\\,718204553#   United States\\, Los Angeles\\n+81 3-4578-1488\\,\\,718204553#   Japan\\, T",
    " okyo\\nPhone Conference ID: 718 204 553#",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])
MESSAGES["535_control_teams_invite_dial_in_numbers.eml"] = message(
    sender="Ken Yoshida <yoshida.ken@example.co.jp>",
    to=["Laura Chen <laura.chen@pinecrest-robotics.example>",
        "James Whitfield <j.whitfield@harcourt-eng.example>"],
    cc=["Jennifer Walsh <jennifer.walsh@us.example.com>"],
    subject="Global rollout kick-off - EX-PAL 700 (Tue 25 Nov 2025, 08:00 JST)",
    date="Thu, 13 Nov 2025 11:15:00 +0900", msgid="<20251113111500.535A@example.co.jp>",
    body=BODY535,
    attachments=[("invite.ics", "text/calendar", ICS535.encode("utf-8"))])

# ===================================================================================== 536
# Control: AR payment reminder to a US customer: invoice/PO numbers, amounts, due dates, SWIFT/BIC of the
# company's bank and the intermediary's with its public ABA routing number (no account number anywhere),
# DHL AWB, HS code, product codes; a statement PDF repeats the table -> plain hold.
pdf536 = text_pdf(pdf_lines([
    (200, "STATEMENT OF ACCOUNT"),
    (60, "Example Corporation, Accounts Receivable        Statement date: 2025-11-12"),
    (60, "Customer: Summit Automation LLC (customer no. C-20931)        Currency: USD"),
    (60, "Invoice No.          Date          PO No.         Amount        Due date"),
    (60, "INV-2025-09-0418     2025-09-12    4500218834     48,960.00     2025-10-27"),
    (60, "INV-2025-10-0533     2025-10-08    4500221907     12,375.50     2025-11-07"),
    (60, "Total outstanding                                 61,335.50"),
    (60, "Remit to: MUFG Bank, Ltd., Head Office, SWIFT BOTKJPJT (account as printed on each invoice)"),
    (60, "Intermediary: JPMorgan Chase Bank, N.A., New York, SWIFT CHASUS33, ABA 021000021")]),
    producer="SAP NetWeaver 7.50", created="20251112100000")
MESSAGES["536_control_payment_reminder_invoices_swift.eml"] = message(
    sender="Example Corporation - Accounts Receivable <ar@example.co.jp>",
    to=["Summit Automation - Accounts Payable <ap@summit-auto.example>"],
    subject="Payment reminder: INV-2025-09-0418 and INV-2025-10-0533 (PO 4500218834 / 4500221907)",
    date="Wed, 12 Nov 2025 10:20:00 +0900", msgid="<20251112102000.536A@example.co.jp>",
    body=L("Dear Accounts Payable team,",
           "",
           "According to our records the following invoices are still open (statement attached):",
           "",
           "  Invoice No.        Invoice date   PO No.        Amount (USD)   Due date",
           "  INV-2025-09-0418   2025-09-12     4500218834     48,960.00     2025-10-27",
           "  INV-2025-10-0533   2025-10-08     4500221907     12,375.50     2025-11-07",
           "  Total outstanding                               61,335.50",
           "",
           "INV-2025-09-0418 covers 12 x EX-PLC-4400-R2 and 6 x EXD-4400-S2 (HS 8537.10), shipped on",
           "2025-09-10 by DHL Express, AWB 4471209358; INV-2025-10-0533 covers commissioning services",
           "(SO 2025-3318).",
           "",
           "Please remit by wire transfer in USD to our account at MUFG Bank, Ltd., Head Office",
           "(SWIFT/BIC BOTKJPJT), quoting the invoice numbers. The account number is printed on each",
           "invoice and has not changed. Intermediary bank: JPMorgan Chase Bank, N.A., New York",
           "(SWIFT CHASUS33, ABA 021000021).",
           "",
           "If payment has already been made, please disregard this reminder and send us the remittance",
           "advice.",
           "",
           "Kind regards,",
           "",
           "Accounts Receivable",
           "Finance Department, Example Corporation",
           HQ,
           "Tel +81 3-6453-1300 | ar@example.co.jp"),
    attachments=[("Statement_SummitAutomation_2025-11-12.pdf", "application/pdf", pdf536)])

# ===================================================================================== 537
# Control: press release to journalists in Bcc (To: the press office itself): dates, amounts, headcount,
# stock code, fiscal figures, URLs; the company's public switchboard and press address are only in the
# sender's signature -> plain hold.
MESSAGES["537_control_press_release_bcc_switchboard_signature.eml"] = message(
    sender="Example Corporation Corporate Communications <press@example.co.jp>",
    to=["Example Corporation Corporate Communications <press@example.co.jp>"],
    bcc=["newsdesk@techwire-news.example", "s.kapoor@asiabiz-journal.example",
         "editor@factory-today.example", "h.yamane@nikkan-kogyo.example", "tokyo.bureau@global-wire.example"],
    subject="[Press Release] Example Corporation to open Bengaluru R&D Centre and expand Singapore hub",
    date="Thu, 20 Nov 2025 15:00:00 +0900", msgid="<20251120150000.537A@example.co.jp>",
    mailer=None,
    body=L("FOR IMMEDIATE RELEASE",
           "",
           "Example Corporation to open Bengaluru R&D Centre and expand Singapore hub",
           "",
           "TOKYO, November 20, 2025 - Example Corporation (TSE Prime: 6999) today announced that it will",
           "open a software R&D centre in Bengaluru, India, in April 2026 and expand its regional hub in",
           "Singapore. The Bengaluru centre will employ about 250 engineers by the end of FY2027 and focus on",
           "controller firmware, HMI software and cloud services for the EX-PAL series.",
           "",
           "The company will invest approximately INR 2.1 billion (about JPY 3.8 billion) over three years.",
           "Example Asia Pacific Pte. Ltd. in Singapore will add a 1,200 m2 training and demonstration",
           "centre, opening in July 2026.",
           "",
           "\"India is now our fastest-growing market, and Bengaluru gives us access to outstanding",
           "engineering talent,\" said Hiroshi Kato, President and CEO of Example Corporation.",
           "",
           "About Example Corporation",
           "Founded in 1952 and headquartered in Tokyo, Example Corporation develops factory automation",
           "equipment and services. Consolidated net sales for the fiscal year ended March 31, 2025 were",
           "JPY 412.7 billion; the group has 18,420 employees in 23 countries.",
           "https://www.example.co.jp/en/",
           "",
           "###",
           "",
           SIGDASH,
           "Media contact",
           "Corporate Communications Department, Example Corporation",
           HQ,
           "Switchboard: +81 3-6453-1000",
           "press@example.co.jp | https://www.example.co.jp/en/news/"))

# ===================================================================================== 538
# Control: release notes and cutover plan to an Indian IT partner: versions, builds, ISO timestamps, a
# Unix epoch, change/incident numbers, private IPs, a MAC, a SHA-256, ports, times in IST -> plain hold.
MESSAGES["538_control_release_cutover_versions_timestamps.eml"] = message(
    sender="Sho Matsuda (IT Platform) <matsuda.sho@example.co.jp>",
    to=["Kaveri Infotech - EXOPS Team <exops@kaveri-infotech.example>"],
    subject="Release 4.12.0 to production - cutover Sat 22 Nov 2025 (CHG0041287)",
    date="Wed, 19 Nov 2025 21:30:00 +0900", msgid="<20251119213000.538A@example.co.jp>",
    body=L("Hi EXOPS team,",
           "",
           "Release 4.12.0 of the order-sync service passed UAT. Cutover plan (change CHG0041287):",
           "",
           "  Window:        Sat 22 Nov 2025, 02:00-04:00 JST (Fri 21 Nov 22:30 - Sat 00:30 IST)",
           "  Build:         order-sync 4.12.0 (build 20251118.1742, commit 9f2c7e1)",
           "  Artifact:      order-sync-4.12.0.jar, SHA-256",
           "                 3b8f0c2d9e41a7765c0d4e9f12ab38c7d5e6f7081a2b3c4d5e6f708192a3b4c5",
           "  Runtime:       Java 21.0.5, PostgreSQL 16.4, Kafka 3.7.1",
           "  Hosts:         10.24.8.17 and 10.24.8.18 (port 8443), LB 10.24.8.10",
           "  Rollback:      4.11.3 (build 20251002.0915), DB migration V4_12_0__order_index is reversible",
           "",
           "UAT evidence (log excerpt):",
           "  2025-11-18T09:42:17.331+09:00 INFO  [order-sync] batch 20251118-0942 processed 1,284 records in 41.2 s",
           "  2025-11-18T09:42:17.402+09:00 WARN  [order-sync] retry 1/3 for msg 7d3e-44a1 (timeout 30000 ms)",
           "  2025-11-18T09:43:02.118+09:00 INFO  [health] ok uptime=1763426582 mem=1.8GiB",
           "",
           "Related: INC0019283 (duplicate order lines) is fixed in this release; the scanner at the Osaka",
           "DC (MAC 00:1B:44:11:3A:B7) needs no change.",
           "",
           "Please confirm your on-call engineer by Thursday 18:00 IST.",
           "",
           "Regards,",
           "Sho",
           "",
           SIGDASH,
           "Sho Matsuda",
           "IT Platform Group, Example Corporation",
           "Tel +81 3-6453-1502"))

# ===================================================================================== 539
# Control: order acknowledgement to a UK distributor: 16-digit order number (Visa-like prefix) and payment
# reference (Mastercard-like prefix) both failing Luhn, masked card **** 4242, authorisation code, VAT
# number, SKUs, amounts, DHL tracking -> plain hold.
MESSAGES["539_control_order_ack_masked_card_luhn_fail.eml"] = message(
    sender="Example Parts Online - Orders <parts-orders@example.co.jp>",
    to=["Meridian Industrial Ltd - Purchasing <purchasing@meridian-ind.example>"],
    subject="Order acknowledgement 4716 2093 8841 5520 - EXD-4400-S2 x 4",
    date="Fri, 21 Nov 2025 09:02:00 +0900", msgid="<20251121090200.539A@example.co.jp>",
    mailer=("X-Mailer", "Example Parts Online 3.4"),
    body=L("Dear Meridian Industrial Ltd,",
           "",
           "Thank you for your order. We have received it as follows.",
           "",
           "  Order number:       4716 2093 8841 5520",
           "  Order date:         2025-11-20 23:58 GMT",
           "  Payment reference:  5412-7788-1034-2291",
           "  Paid with:          Corporate Visa **** **** **** 4242 (authorisation code 0K7731)",
           "  Your VAT number:    GB 284 7193 62",
           "",
           "  SKU            Description                 Qty   Unit price (GBP)   Amount (GBP)",
           "  EXD-4400-S2    Servo drive 400 W            4        1,180.00         4,720.00",
           "  EXC-0105       Encoder cable set 5 m        4           64.50           258.00",
           "  Subtotal                                                            4,978.00",
           "  VAT 20%                                                               995.60",
           "  Total                                                               5,973.60",
           "",
           "  Delivery:  DHL Express, estimated 2025-11-27, tracking JD014600006281230118",
           "",
           "You can follow the order status in the customer portal. Please quote the order number in any",
           "question about this order.",
           "",
           SIGDASH,
           "Example Parts Online",
           "Example Corporation, " + HQ,
           "Customer service: +81 3-6453-1400 (9:00-18:00 JST, Mon-Fri)"))

# ===================================================================================== 540
# Control: payroll parallel-run test file to the US payroll provider: every SSN is in a range the SSA
# never issues (area 900-999, 666, 000; group 00; serial 0000; one spaced), FEIN, check and period
# dates, test IDs, hours, rates; no dates of birth, no real person -> plain hold.
DUMMIES = [
    ["TEST-001", "Test", "Alpha", "900-12-4471", "H", "32.00", "80.00"],
    ["TEST-002", "Test", "Bravo", "666-30-1185", "S", "5200.00", ""],
    ["TEST-003", "Test", "Charlie", "000-48-2290", "H", "27.50", "86.50"],
    ["TEST-004", "Test", "Delta", "219-00-5536", "S", "7450.00", ""],
    ["TEST-005", "Test", "Echo", "503-71-0000", "H", "41.00", "80.00"],
    ["TEST-006", "Test", "Foxtrot", "912 44 7803", "H", "29.75", "72.00"],
]
csv540 = csv_bytes(["employee_id", "last_name", "first_name", "ssn", "pay_type", "rate", "hours"], DUMMIES)
MESSAGES["540_control_payroll_parallel_run_dummy_ssns.eml"] = message(
    sender="Aya Kimura (Global HR) <kimura.aya@example.co.jp>",
    to=["PaySphere Implementation <implementation@paysphere-payroll.example>"],
    subject="Parallel run #2 (UAT tenant 20417-T) - test file with dummy SSNs only",
    date="Mon, 24 Nov 2025 08:55:00 +0900", msgid="<20251124085500.540A@example.co.jp>",
    body=L("Hi Rachel,",
           "",
           "For parallel run #2 in the UAT tenant (client 20417-T, FEIN 36-4821705) we built the test file",
           "from dummy records only. As agreed, every SSN is in a range the SSA never issues, so nothing",
           "can collide with a real person:",
           "",
           "  TEST-001  900-12-4471  (area 900-999)",
           "  TEST-002  666-30-1185  (area 666)",
           "  TEST-003  000-48-2290  (area 000)",
           "  TEST-004  219-00-5536  (group 00)",
           "  TEST-005  503-71-0000  (serial 0000)",
           "  TEST-006  912 44 7803  (area 9xx, typed with spaces to test your import)",
           "",
           "Pay period 12/01/2025-12/15/2025, check date 12/19/2025. Expected gross total USD 15,236.75;",
           "please send us the register and the variance report by 12/03/2025.",
           "",
           "Thanks,",
           "Aya",
           "",
           "Aya Kimura",
           "Manager, Global HR Operations",
           "Example Corporation",
           HQ,
           "Tel: +81 3-6453-1120 | Mobile: +81 80-4127-6630",
           "kimura.aya@example.co.jp"),
    attachments=[("parallel_run_2_dummy.csv", "text/csv", csv540)])

# ===================================================================================== 541
# Bilingual reply to the US subsidiary's HR manager on example.com (external), Cc Tokyo HR: expat family
# enrolment: his SSN, three MM/DD/YYYY DOBs, the Japanese home 〒 + address, his mother-in-law's 03
# number and his +81 90 mobile; below the sender's '-- ' signature the quoted mail of Jennifer carries her
# +1 Tel and e-mail (not the sender's) -> confirm. SSN issue date and coverage date are no DOBs.
MESSAGES["541_bilingual_expat_family_enrolment_ssn_dobs.eml"] = message(
    sender="松井 玲奈 Rena Matsui <matsui.rena@example.co.jp>",
    to=["Jennifer Walsh <jennifer.walsh@us.example.com>"],
    cc=["木村 彩 Aya Kimura <kimura.aya@example.co.jp>"],
    subject="Re: 赴任者 family info for medical plan enrolment - Masato Ito",
    date="Fri, 07 Nov 2025 10:48:00 +0900", msgid="<20251107104800.541A@example.co.jp>",
    extra_headers=[("In-Reply-To", "<BY5PR11MB4471A2@us.example.com>")],
    body=L("Hi Jennifer,",
           "",
           "(木村さん cc: 伊藤さんご家族の米国医療保険加入のための情報です。国内の連絡先も念のため記載しています。)",
           "",
           "Here is the information for enrolling Masato Ito's family in the BlueHarbor PPO plan,",
           "effective 12/01/2025:",
           "",
           "  Employee:  Masato ITO, SSN 609-27-4481 (issued 10/28/2025), DOB 05/30/1976",
           "  Spouse:    Yumi ITO, DOB 02/14/1978",
           "  Child:     Haruto ITO, DOB 07/30/2012",
           "",
           "  Home address in Japan (kept during the assignment):",
           "    〒158-0094 東京都世田谷区玉川3-14-9",
           "  Contact in Japan (Mrs. Ito's mother, 佐藤 和子): 03-3709-5512",
           "  Masato's Japanese mobile stays active: +81 90-2281-7745",
           "",
           "Yumi and Haruto do not have SSNs yet; the carrier accepts their enrolment without them for",
           "90 days. Their US address will be the company apartment until they move in January.",
           "",
           "Thanks,",
           "Rena",
           "",
           SIGDASH,
           "松井 玲奈 / Rena Matsui",
           "Global HR Operations, Example Corporation",
           "Tel +81 3-6453-1125",
           "",
           "On Thu, Nov 6, 2025 at 5:14 PM Jennifer Walsh <jennifer.walsh@us.example.com> wrote:",
           "> Hi Rena,",
           ">",
           "> To enroll Masato's family in the BlueHarbor PPO plan from 12/1, I need each person's date of",
           "> birth, his SSN (he received it last week, I believe) and a home address. Could you send these?",
           ">",
           "> Thanks,",
           "> Jennifer",
           ">",
           "> Jennifer Walsh | HR Manager | Example America Inc.",
           "> 2150 North First Street, Suite 400, San Jose, CA 95131",
           "> Tel +1 (408) 555-0110 | jennifer.walsh@us.example.com"))

# ===================================================================================== 542
# Internal only (de. and uk.example.co.jp are subdomains): December housing-allowance payments to five
# expats' EUR accounts, .xlsx with five IBANs (DE grouped x2, IE compact, NL and FR grouped) -> found, but
# pass. Ms. Ogawa (Madrid) is mentioned without any account.
ALLOW = [
    ["Kenji Watanabe", "Berlin", grouped(IBAN_WATANABE), "DEUTDEBBXXX", 2400.00, "HA-2512-001"],
    ["Mariko Suzuki", "Berlin", grouped(IBAN_SUZUKI), "BELADEBEXXX", 1850.00, "HA-2512-002"],
    ["Hiroshi Tanaka", "London", IBAN_TANAKA_IE, "AIBKIE2DXXX", 1500.00, "HA-2512-003"],
    ["Takumi Endo", "Amsterdam", grouped(IBAN_ENDO_NL), "INGBNL2AXXX", 2100.00, "HA-2512-004"],
    ["Sayaka Mori", "Paris", grouped(IBAN_MORI_FR), "BNPAFRPPXXX", 2250.00, "HA-2512-005"],
]
xlsx542 = xlsx("Dec 2025", ["Employee", "Office", "IBAN", "BIC", "Amount EUR", "Reference"],
               ALLOW, [18, 12, 36, 14, 12, 14], "Yuki Hayashi")
MESSAGES["542_int_eu_housing_allowance_ibans_xlsx.eml"] = message(
    sender="Yuki Hayashi <hayashi.yuki@example.co.jp>",
    to=["Example Europe Payroll <payroll@de.example.co.jp>"],
    cc=["Example UK Finance <finance@uk.example.co.jp>"],
    subject="December housing allowance - EUR payments for 5 expats (xlsx)",
    date="Tue, 25 Nov 2025 17:35:00 +0900", msgid="<20251125173500.542A@example.co.jp>",
    body=L("Hi Julia, hi Tom,",
           "",
           "Attached are the December housing allowance payments for our five expats in Europe, to be paid",
           "in EUR from the Example Europe GmbH account on 2025-12-19 (total EUR 10,100.00). Mr. Tanaka's",
           "allowance goes to his euro account in Ireland; the other accounts are unchanged from November.",
           "",
           "Ms. Ogawa (Madrid) has moved back to Tokyo, so there is no December payment to her",
           "account any more.",
           "",
           "Best regards",
           "Yuki",
           "",
           SIGDASH,
           "Yuki Hayashi",
           "Payroll & Expatriate Services, Global HR",
           "Example Corporation, " + HQ,
           "Phone +81 3-6453-1141"),
    attachments=[("Housing_allowance_2025-12_EUR.xlsx", XLSX, xlsx542)])


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(523, 543))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
