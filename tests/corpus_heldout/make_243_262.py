"""Writes held-out messages 243-262 into tests/corpus_heldout/ (deterministic).

Theme: international business mail from a Japanese company, in English (some bilingual). HR with
overseas subsidiaries: an expat family's passports and dates of birth (243), US payroll new hires
with SSNs written 123-45-6789 and with spaces (244), a London relocation's contacts in E.164,
spaced, (0)-trunk and extension forms (245), a Japanese mail with an English CSV of L-1 visa
applicants (251), internal US payroll corrections to a subsidiary on a subdomain (253), a
forwarded UK candidate with a National Insurance number, which no detector covers (254), a
travel-risk emergency sheet as HTML only (256). Finance: supplier payment instructions with
IBANs grouped and unspaced beside SWIFT codes (246), card authorisations for a hotel in 4-4-4-4
and Amex 4-6-5 grouping (247), a SEPA mandate with the debtor's IBAN and a creditor identifier
(255). Customers: an EU contact list CSV with +33/+49 phones (248), a US event registration
export (249), a visa invitation letter (.docx, 250), an English mail with a Japanese customer
CSV (252); a bilingual 【社外秘】 term sheet to outside counsel (257).
Controls: an export invoice (PO, VAT, HS codes, container, SWIFT, a 16-digit order reference
failing Luhn, 258), an air-freight notice (AWB, flight, FedEx/UPS tracking, 259), a conference
agenda (260), a USD/EUR price list (.xlsx with EAN codes, 261), a visit itinerary (262).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_243_262.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
"""

from __future__ import annotations

import csv
import html
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font
from stdnum import iban, luhn

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 3, 3, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def message(*, sender, to, subject, date, msgid, body, subtype="plain", attachments=(), cc=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), text_cte="quoted-printable") -> bytes:
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
    msg.set_content(body, subtype=subtype, charset="utf-8", cte=text_cte)
    for filename, ctype, data, *charset in attachments:
        maintype, subtype_ = ctype.split("/")
        params = {"charset": charset[0] if charset else "utf-8"} if maintype == "text" else None
        msg.add_attachment(data, maintype=maintype, subtype=subtype_, filename=filename, params=params)
    stem = msgid.strip("<>").split("@")[0]
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + stem)
    return msg.as_bytes()


def en_sig(name: str, title: str, tel: str, company: str = "Example Corporation") -> str:
    return f"-- \n{name}\n{title}\n{company}\nTel {tel}\n"


def ja_sig(company: str, name: str, tel: str) -> str:
    return f"-- \n{company}\n{name}\nTEL {tel}\n"


def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---- containers ------------------------------------------------------------------------

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def zip_parts(parts: list[tuple[str, bytes | str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(title: str, creator: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-03T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def wr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def wp(text: str = "", ppr: str = "", rpr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{wr(text, rpr) if text else ''}</w:p>"


def docx(body: str, title: str, creator: str) -> bytes:
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = (XML + f'<Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>')
    doc = (XML + f'<w:document xmlns:w="{W}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" '
           'w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return zip_parts([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core_props(title, creator)),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", XML + f'<Relationships xmlns="{NS_PKG}"/>')])


def fixed_xlsx(wb, creator: str) -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props("", creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def sheet(title: str, header: list[str], rows: list[list]) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
    return wb


def digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


# ===================================================================================== 243
# Expat assignment to Munich: the assignee, his US-citizen wife and their child, each with a
# passport number and a date of birth in a different style; the family's Tokyo address in
# romaji with its postcode; the destination address in Germany is not a type counted.
MESSAGES["243_en_expat_family_passports_dob.eml"] = message(
    sender="Global Mobility - Haruka Ono <ono.h@example.co.jp>",
    to=["Relocation Services <moves@reloc-partner.example>"],
    subject="Assignment to Munich - family details for the residence permit appointment",
    date="Mon, 03 Mar 2025 10:14:22 +0900", msgid="<TY1P286MB0243A1B2@example.co.jp>",
    body=("Dear Ms Hartmann,\n\n"
          "Thank you for the call last week. As agreed, here are the family details you need to book the\n"
          "residence permit appointment at the Munich KVR and to register the family at their new address.\n\n"
          "Assignee\n"
          "  Name:            Takeshi NAKAMURA\n"
          "  Passport No.:    TK4817302\n"
          "  Date of birth:   12 August 1982\n"
          "  Mobile:          +81 90 4417 2038 (until the move)\n\n"
          "Spouse (US citizen)\n"
          "  Name:            Sarah NAKAMURA\n"
          "  Passport No.:    546829173\n"
          "  Date of birth:   03/04/1985\n\n"
          "Child\n"
          "  Name:            Emma NAKAMURA\n"
          "  Passport No.:    TK9026415\n"
          "  Date of birth:   2016-09-21\n\n"
          "Current home address in Japan (for the deregistration certificate):\n"
          "  3-20-11 Tamagawa, Setagaya-ku, Tokyo 158-0094\n\n"
          "New address in Germany: Leopoldstrasse 112, 80802 Muenchen (lease starts 1 April 2025).\n"
          "Assignment start: 7 April 2025, planned duration 3 years. Cost centre 4100-MUC-22.\n\n"
          "Best regards,\n"
          "Haruka\n\n"
          + en_sig("Haruka Ono", "Global Mobility, Human Resources", "+81 3 5550 2140")))

# ===================================================================================== 244
# US payroll: two new hires sent to the US payroll provider; SSNs hyphenated and spaced, dates of
# birth US numeric and spelled out; the employer's FEIN (NN-NNNNNNN) is not an SSN.
MESSAGES["244_en_us_payroll_new_hires_ssn.eml"] = message(
    sender="HR Operations - Ken Ishii <ishii.k@example.co.jp>",
    to=["Client Onboarding <onboarding@payroll-partner.example>"],
    subject="Example America, Inc. - 2 new hires for the 03/14/2025 payroll",
    date="Tue, 04 Mar 2025 09:02:51 +0900", msgid="<TY1P286MB0244B2C3@example.co.jp>",
    body=("Hello Onboarding team,\n\n"
          "Please set up the following two new hires for Example America, Inc. (FEIN 36-4821705,\n"
          "client no. EXA-20931), Chicago office, both starting 03/03/2025 on the bi-weekly schedule.\n\n"
          "1) Jennifer ORTIZ\n"
          "   SSN: 418-62-7305\n"
          "   Date of birth: 07/14/1990\n"
          "   Employee ID: US-10482 / Job: Account Manager / Salary: USD 92,000 per year\n"
          "   Home address: 2150 N Clark St, Apt 4B, Chicago, IL 60614\n\n"
          "2) Marcus REED\n"
          "   SSN: 529 41 8867\n"
          "   DOB: February 9, 1988\n"
          "   Employee ID: US-10483 / Job: Field Service Engineer / Hourly: USD 41.50\n"
          "   Home address: 718 W Belmont Ave, Chicago, IL 60657\n\n"
          "W-4 and I-9 forms will follow via your portal. The first check date is 03/14/2025.\n\n"
          "Thanks,\nKen\n\n"
          + en_sig("Ken Ishii", "HR Operations (Americas)", "+81 3 5550 2152")))

# ===================================================================================== 245
# Relocation to London: the family's UK and Japanese mobiles, the letting agent with a (0) trunk
# prefix and an extension, the landlord; UK postcodes are not a type counted.
MESSAGES["245_en_relocation_london_contacts.eml"] = message(
    sender="Global Mobility - Haruka Ono <ono.h@example.co.jp>",
    to=["Move Coordination <coordination@removals-partner.example>"],
    subject="Okada family move to London - contacts for delivery day",
    date="Wed, 05 Mar 2025 16:40:09 +0900", msgid="<TY1P286MB0245C3D4@example.co.jp>",
    body=("Dear James,\n\n"
          "The Okada family's sea shipment is due at Southampton on 24 March. For the delivery day please\n"
          "use the following contacts:\n\n"
          "- Mr Kenji Okada (assignee): UK mobile +44 7700 900418; his Japanese mobile +81 80-3318-5527\n"
          "  still works until 31 March.\n"
          "- Mrs Yuko Okada: +447700900962\n"
          "- Letting agent, Ms Clare Hughes: Tel. +44 (0)20 7946 0321 ext. 14 (keys are with her)\n"
          "- Landlord, Mr Peter Lowe (only if the agent cannot be reached): +44 1632 960447\n\n"
          "Delivery address: Flat 3, 27 Elm Park Gardens, London SW10 9QG. Parking permit reference\n"
          "PK-55120 is valid 25-27 March. Volume 38 m3, 2 x 20ft LCL, insurance value GBP 45,000.\n\n"
          "Kind regards,\nHaruka Ono\n\n"
          + en_sig("Haruka Ono", "Global Mobility, Human Resources", "+81 3 5550 2140")))

# ===================================================================================== 246
# Supplier payment run: three EU suppliers' IBANs (one unspaced, two grouped in fours) with
# their BICs, invoice numbers and amounts, to the EU accounting firm that releases payments.
IBAN_DE = "DE72700202700015872604"
IBAN_NL = "NL76 RABO 0318 4277 65"
IBAN_FR = "FR76 3000 4008 2800 0104 8273 618"
assert all(iban.is_valid(v) for v in (IBAN_DE, IBAN_NL, IBAN_FR))
MESSAGES["246_en_supplier_payment_ibans.eml"] = message(
    sender="Treasury - Aiko Fujita <fujita.a@example.co.jp>",
    to=["Payables Desk <payables@eu-accounting-partner.example>"],
    subject="Payment run 2025-03-07 - please release 3 supplier payments (EUR)",
    date="Thu, 06 Mar 2025 11:25:37 +0900", msgid="<TY1P286MB0246D4E5@example.co.jp>",
    body=("Dear Payables team,\n\n"
          "Please release the following payments from the Example Europe B.V. EUR account on 7 March:\n\n"
          "1. Mueller Praezisionsteile GmbH (VAT DE 812 447 301)\n"
          f"   IBAN {IBAN_DE}  BIC HYVEDEMMXXX\n"
          "   Invoices 2025-0311 and 2025-0318, EUR 18,420.00\n\n"
          "2. Van Dijk Logistics B.V. (VAT NL 8521.44.170.B01)\n"
          f"   IBAN {IBAN_NL}  BIC RABONL2U\n"
          "   Invoice VDL-25-00417, EUR 6,915.50\n\n"
          "3. Societe Lyonnaise d'Emballage SAS (VAT FR 61 412 908 337)\n"
          f"   IBAN {IBAN_FR}  BIC BNPAFRPPXXX\n"
          "   Invoice F250214, EUR 2,730.00\n\n"
          "Total EUR 28,065.50. Value date 7 March 2025, charges SHA. The approval is in the workflow\n"
          "(request TR-2025-0192).\n\n"
          "Best regards,\nAiko\n\n"
          + en_sig("Aiko Fujita", "Treasury, Finance Division", "+81 3 5550 3318")))

# ===================================================================================== 247
# Card authorisation for a hotel: a Visa in 4-4-4-4 and an Amex in 4-6-5; expiry dates,
# confirmation numbers and flight numbers are not findings.
VISA247 = "4980 1234 5678 9011"
AMEX247 = "3742 817365 48201"
assert luhn.is_valid(digits(VISA247)) and luhn.is_valid(digits(AMEX247))
MESSAGES["247_en_travel_card_authorisation.eml"] = message(
    sender="Travel Desk - Mika Saito <travel@example.co.jp>",
    to=["Reservations <reservations@marina-hotel-partner.example>"],
    subject="Credit card authorisation - confirmation nos. 77120458 / 77120459",
    date="Fri, 07 Mar 2025 14:05:44 +0900", msgid="<TY1P286MB0247E5F6@example.co.jp>",
    body=("Dear Reservations team,\n\n"
          "Further to your e-mail, please find the card details to guarantee the two bookings below.\n\n"
          "Booking 77120458 - Mr Hiroshi TANAKA, Deluxe King, 17-21 March 2025 (4 nights)\n"
          f"  Visa {VISA247}, expiry 09/27, cardholder HIROSHI TANAKA\n"
          "  Arrival on NH 801 (NRT 11:00 - SIN 17:25)\n\n"
          "Booking 77120459 - Ms Noriko ABE, Executive Suite, 17-22 March 2025 (5 nights)\n"
          f"  American Express {AMEX247}, expiry 11/26, cardholder NORIKO ABE\n"
          "  Arrival on SQ 637 (HND 10:55 - SIN 17:20)\n\n"
          "Please charge room and breakfast only; incidentals are paid by the guests at check-out.\n\n"
          "Kind regards,\nMika Saito\n\n"
          + en_sig("Mika Saito", "Corporate Travel Desk, General Affairs", "+81 3 5550 1187")))

# ===================================================================================== 248
# An EU customer contact list (CSV) to a Paris marketing agency for a seminar invitation:
# 12 contacts with work e-mails and +33/+49 phones in several writings.
hdr248 = ["first_name", "last_name", "company", "city", "country", "email", "phone", "language"]
rows248 = [
    ["Camille", "Laurent", "Dumas Automatisation SAS", "Lyon", "FR", "c.laurent@dumas-auto.example", "+33 4 72 61 18 40", "fr"],
    ["Julien", "Moreau", "Atelier Moreau & Fils", "Paris", "FR", "julien.moreau@ateliermoreau.example", "+33 1 42 68 53 07", "fr"],
    ["Sophie", "Bernard", "Bernard Emballages", "Nantes", "FR", "sophie.bernard@bernard-emb.example", "+33 6 12 48 90 33", "fr"],
    ["Nicolas", "Petit", "Petit Electronique", "Grenoble", "FR", "npetit@petit-elec.example", "+33476094412", "fr"],
    ["Elodie", "Garnier", "Garnier Medical", "Toulouse", "FR", "e.garnier@garnier-medical.example", "+33 (0)5 61 22 37 80", "fr"],
    ["Thomas", "Roux", "Roux Industrie", "Lille", "FR", "thomas.roux@roux-industrie.example", "+33 3 20 14 66 29", "fr"],
    ["Lukas", "Schneider", "Schneider Antriebstechnik GmbH", "Stuttgart", "DE", "l.schneider@schneider-antrieb.example", "+49 711 4580 2213", "de"],
    ["Anna", "Fischer", "Fischer Medizintechnik AG", "Hamburg", "DE", "anna.fischer@fischer-medtech.example", "+49 (0)40 3288 7145", "de"],
    ["Jonas", "Weber", "Weber Robotik GmbH", "Munich", "DE", "jonas.weber@weber-robotik.example", "+4989215473306", "de"],
    ["Lena", "Wagner", "Wagner Praezision KG", "Berlin", "DE", "lena.wagner@wagner-praezision.example", "+49 30 2147 8890", "de"],
    ["Felix", "Becker", "Becker Steuerungen GmbH", "Cologne", "DE", "f.becker@becker-steuerung.example", "+49 221 9934 5017", "de"],
    ["Marie", "Hoffmann", "Hoffmann Sensorik GmbH", "Dresden", "DE", "marie.hoffmann@hoffmann-sensorik.example", "+49 151 2384 7720", "de"],
]
MESSAGES["248_en_eu_customer_list_csv.eml"] = message(
    sender="Marketing EMEA - Yui Kondo <kondo.y@example.co.jp>",
    to=["Campaign Team <campaigns@paris-agency-partner.example>"],
    subject="Seminar invitation list - Automation Days 2025 (FR/DE)",
    date="Mon, 10 Mar 2025 17:12:05 +0900", msgid="<TY1P286MB0248F6A7@example.co.jp>",
    body=("Bonjour Claire,\n\n"
          "As discussed, attached is the invitation list for Automation Days 2025 (Lyon, 15 May; Stuttgart,\n"
          "20 May): 12 contacts at our customers in France and Germany, exported from our CRM.\n"
          "Please send the invitations in the language given in the last column and follow up by phone\n"
          "one week later.\n\n"
          "Merci,\nYui\n\n"
          + en_sig("Yui Kondo", "Marketing EMEA", "+81 3 5550 4406")),
    attachments=[("AutomationDays2025_invitees_FR_DE.csv", "text/csv", csv_text(hdr248, rows248).encode("utf-8"))])

# ===================================================================================== 249
# A US trade-show registration export (xlsx) to the lead follow-up agency: 8 registrants with
# e-mails and US phones (with and without +1, one dotted); registration timestamps are no DOBs.
hdr249 = ["Registration ID", "Registered At", "First Name", "Last Name", "Company", "Job Title", "Email", "Phone", "Country", "Badge"]
rows249 = [
    ["REG-88104", "2025-02-11 14:32", "Daniel", "Brooks", "Pacific Motion Systems", "Controls Engineer", "dbrooks@pacificmotion.example", "+1 415-555-0132", "United States", "Full"],
    ["REG-88117", "2025-02-11 16:05", "Priya", "Raman", "Lakeshore Packaging", "Plant Manager", "priya.raman@lakeshorepack.example", "(312) 555-0199", "United States", "Expo"],
    ["REG-88123", "2025-02-12 09:41", "Kevin", "O'Neill", "Hudson Robotics LLC", "VP Operations", "koneill@hudsonrobotics.example", "+1 (646) 555-0147", "United States", "Full"],
    ["REG-88140", "2025-02-12 13:18", "Rachel", "Kim", "Bay State Automation", "Purchasing Lead", "rkim@baystateauto.example", "617.555.0163", "United States", "Expo"],
    ["REG-88152", "2025-02-13 10:02", "Michael", "Greene", "Empire Fluid Power", "Sales Director", "mgreene@empirefluid.example", "+1 212 555 0175", "United States", "Full"],
    ["REG-88166", "2025-02-14 08:27", "Laura", "Chen", "Cascade Medical Devices", "R&D Manager", "laura.chen@cascademed.example", "(206) 555-0128", "United States", "Full"],
    ["REG-88171", "2025-02-14 15:50", "Carlos", "Ramirez", "Lone Star Machining", "Owner", "carlos@lonestarmach.example", "+1-512-555-0190", "United States", "Expo"],
    ["REG-88189", "2025-02-15 11:36", "Emily", "Foster", "Front Range Controls", "Project Engineer", "efoster@frontrangectl.example", "+1 303 555 0114", "United States", "Full"],
]
MESSAGES["249_en_us_event_registration_xlsx.eml"] = message(
    sender="Marketing Americas - Sho Hirano <hirano.s@example.co.jp>",
    to=["Lead Services <leads@event-followup-partner.example>"],
    subject="Automate 2025 - pre-registered visitors for booth meetings",
    date="Tue, 11 Mar 2025 08:48:30 +0900", msgid="<TY1P286MB0249A7B8@example.co.jp>",
    body=("Hi Megan,\n\n"
          "Attached is the export of visitors who pre-registered for a meeting at our booth (#4127, Hall B)\n"
          "through the event portal. Please call them to book 30-minute slots on 12-15 May and put the\n"
          "slots into the shared calendar.\n\n"
          "Thanks,\nSho\n\n"
          + en_sig("Sho Hirano", "Marketing Americas", "+81 3 5550 4412")),
    attachments=[("Automate2025_booth_registrations.xlsx", XLSX, fixed_xlsx(sheet("Registrations", hdr249, rows249), "hirano"))])

# ===================================================================================== 250
# A visa invitation letter (.docx) returned to the invitee to check: his DOB, passport and his
# place of stay in Japan; his Indian address (6-digit PIN) is not a type counted; the company's
# own address is only in the mail's signature.
letter250 = [
    wp("Example Corporation", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="28"/>'),
    wp("20 March 2025", '<w:jc w:val="right"/>'),
    wp("To: Embassy of Japan in India, Consular Section"),
    wp(),
    wp("LETTER OF INVITATION", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="32"/>'),
    wp(),
    wp("We hereby invite the following person to visit our company in Japan for technical training on the "
       "EX-3000 inspection line and bear all expenses of his stay."),
    wp(),
    wp("Name: Mr. Rajesh IYER"),
    wp("Nationality: India"),
    wp("Date of Birth: 14/03/1991"),
    wp("Passport No.: Z4821937"),
    wp("Home address: Flat 402, Lakeview Residency, 5th Cross, HSR Layout, Bengaluru 560102"),
    wp("Employer: Example Automation India Pvt. Ltd., Senior Service Engineer"),
    wp(),
    wp("Purpose of visit: technical training at our Yokohama plant"),
    wp("Period of stay: 7 April 2025 to 25 April 2025 (19 days)"),
    wp("Place of stay in Japan: Example Residence Shinagawa, 〒108-0075 東京都港区港南2-16-1"),
    wp(),
    wp("Yours faithfully,"),
    wp("Hiroshi Tanaka, General Manager, Global Service Division"),
]
MESSAGES["250_en_visa_invitation_letter_docx.eml"] = message(
    sender="Global Service - Nao Kimura <kimura.n@example.co.jp>",
    to=["Rajesh Iyer <rajesh.iyer@mailbox.example>"],
    subject="Draft invitation letter for your visa application - please check",
    date="Thu, 20 Mar 2025 13:30:18 +0900", msgid="<TY1P286MB0250B8C9@example.co.jp>",
    body=("Dear Rajesh,\n\n"
          "Please find attached the draft invitation letter for your short-term business visa.\n"
          "Could you check that your name, date of birth and passport details are exactly as in your\n"
          "passport? Once you confirm, we will send the signed original and the guarantee letter by courier\n"
          "(DHL) to your office.\n\n"
          "Best regards,\nNao Kimura\n\n"
          "-- \nNao Kimura\nGlobal Service Division, Example Corporation\n"
          "〒100-0005 東京都千代田区丸の内1-9-9\nTel +81 3 5550 6120\n"),
    attachments=[("Invitation_Letter_Rajesh_Iyer_DRAFT.docx", DOCX, docx("".join(letter250), "Letter of Invitation", "kimura"))])

# ===================================================================================== 251
# A Japanese mail with an English CSV: four L-1 visa applicants' passports and DOBs (DD-Mon-YYYY)
# to a US immigration law firm; passport expiry and start dates are not DOBs.
hdr251 = ["Surname", "Given Name", "Date of Birth", "Passport No.", "Passport Expiry", "Position", "Planned Start"]
rows251 = [
    ["SUZUKI", "Daisuke", "04-Mar-1985", "TZ1048273", "12-Nov-2031", "Senior Engineer", "01-Jul-2025"],
    ["TAKAHASHI", "Mai", "19-Sep-1990", "TR6620418", "03-Feb-2030", "Product Manager", "01-Jul-2025"],
    ["WATANABE", "Shota", "27-Jan-1988", "TS3391750", "18-Jun-2029", "Sales Manager", "01-Aug-2025"],
    ["ITO", "Naomi", "08-Dec-1983", "TK8806134", "25-Apr-2032", "Finance Controller", "01-Sep-2025"],
]
MESSAGES["251_ja_mail_en_csv_l1_applicants.eml"] = message(
    sender="人事部 グローバル人事課 岩田 <iwata@example.co.jp>",
    to=["Immigration Team <immigration@us-lawfirm-partner.example>"],
    subject="L-1ビザ申請者リスト(4名)/ L-1 petition - applicant list",
    date="Fri, 14 Mar 2025 18:22:40 +0900", msgid="<TY1P286MB0251C9DA@example.co.jp>",
    body=("Immigration Team ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル株式会社 人事部の岩田です。\n"
          "今夏から米国子会社(Example America, Inc.)へ赴任予定の4名について、L-1ビザ申請の準備をお願いしたく、\n"
          "申請者リスト(英文CSV)を添付いたします。\n"
          "各人の職務記述書と在籍証明書は来週お送りします。\n\n"
          "ご不明点がございましたら、英語でも結構ですのでご連絡ください。\n\n"
          + ja_sig("エグザンプル株式会社 人事部 グローバル人事課", "岩田 真一", "03-5550-2166")),
    attachments=[("L1_applicants_2025.csv", "text/csv", csv_text(hdr251, rows251).encode("utf-8"))])

# ===================================================================================== 252
# An English mail with a Japanese customer list (UTF-8 CSV, Japanese headers) to a US CRM
# vendor's migration team: six customers' 〒, addresses, phones and e-mails.
hdr252 = ["顧客ID", "氏名", "郵便番号", "住所", "電話番号", "メールアドレス", "登録日"]
rows252 = [
    ["C-100231", "村井 智子", "150-0001", "東京都渋谷区神宮前5-8-2", "03-3409-2217", "tomoko.murai@freemail.example", "2019/04/12"],
    ["C-100245", "長谷川 亮", "530-0012", "大阪府大阪市北区芝田1-14-8", "06-6372-4408", "r.hasegawa@isp-mail.example", "2019/06/03"],
    ["C-100262", "菅野 由美", "980-0021", "宮城県仙台市青葉区中央2-9-27", "022-213-6650", "yumi.kanno@webmail.example", "2020/01/20"],
    ["C-100288", "堤 慎吾", "812-0011", "福岡県福岡市博多区博多駅前3-22-6", "090-3318-2274", "s.tsutsumi@freemail.example", "2020/08/17"],
    ["C-100301", "森下 香織", "460-0008", "愛知県名古屋市中区栄3-15-33", "080-4425-9136", "kaori.morishita@mailbox.example", "2021/02/09"],
    ["C-100319", "北川 拓也", "060-0042", "北海道札幌市中央区大通西10-4-1", "011-231-5587", "t.kitagawa@isp-mail.example", "2021/11/30"],
]
MESSAGES["252_en_mail_ja_customer_csv.eml"] = message(
    sender="Sales Operations - Takuya Endo <endo.t@example.co.jp>",
    to=["Data Migration <migration@crm-vendor-partner.example>"],
    subject="Sample of the Japanese customer master for the field mapping",
    date="Mon, 17 Mar 2025 10:05:12 +0900", msgid="<TY1P286MB0252DAEB@example.co.jp>",
    body=("Hi Jason,\n\n"
          "As requested in yesterday's call, here is a sample of our Japanese customer master so your team\n"
          "can prepare the field mapping. It is UTF-8 CSV with Japanese column headers:\n"
          "  顧客ID = customer ID, 氏名 = full name, 郵便番号 = postal code, 住所 = address,\n"
          "  電話番号 = phone, メールアドレス = e-mail, 登録日 = registration date.\n"
          "Please note that Japanese names are family name first.\n\n"
          "Regards,\nTakuya\n\n"
          + en_sig("Takuya Endo", "Sales Operations", "+81 3 5550 3025")),
    attachments=[("customer_master_sample_JP.csv", "text/csv", csv_text(hdr252, rows252).encode("utf-8"))])

# ===================================================================================== 253
# Internal: HR Tokyo to the US subsidiary's HR on a subdomain of the company's domain, with
# payroll's internal address in Cc: SSNs and DOBs, but nobody outside -> pass.
MESSAGES["253_int_us_subsidiary_payroll_ssn.eml"] = message(
    sender="HR Operations - Ken Ishii <ishii.k@example.co.jp>",
    to=["US HR - Amanda Price <amanda.price@us.example.co.jp>"],
    cc=["Payroll Tokyo <payroll@example.co.jp>"],
    subject="W-2 corrections for two expatriates (tax year 2024)",
    date="Wed, 19 Mar 2025 09:40:55 +0900", msgid="<TY1P286MB0253EBFC@example.co.jp>",
    body=("Hi Amanda,\n\n"
          "Payroll Tokyo found two W-2s for 2024 that need a W-2c. Could you ask the provider to issue them?\n\n"
          "- Ryo MATSUDA, SSN 347-28-1946, DOB 05/22/1979: hypothetical tax of USD 3,412.00 was not\n"
          "  deducted in box 1.\n"
          "- Kana OGAWA, SSN 602 15 4483, DOB 1987-10-06: her relocation allowance (USD 8,500.00) is\n"
          "  missing from box 1.\n\n"
          "Both are on assignment until 2027. Thanks a lot!\nKen\n\n"
          + en_sig("Ken Ishii", "HR Operations (Americas)", "+81 3 5550 2152")))

# ===================================================================================== 254
# Outlook forward (header block, not '>'-quoted) of the UK subsidiary's candidate details to an
# external background-screening firm: DOB, UK mobile, personal e-mail; the National Insurance
# number and the UK postcode are not types counted.
MESSAGES["254_en_fwd_uk_candidate_ni_unlabelled.eml"] = message(
    sender="Talent Acquisition - Haruka Mori <mori.h@example.co.jp>",
    to=["Screening Requests <requests@screening-partner.example>"],
    subject="FW: Pre-employment screening - Oliver Bennett (UK)",
    date="Tue, 11 Mar 2025 15:18:02 +0900", msgid="<TY1P286MB0254FC0D@example.co.jp>",
    body=("Dear Screening team,\n\n"
          "Please start the standard UK package (identity, right to work, employment history, DBS basic)\n"
          "for the candidate below. Our UK office's details are in the mail underneath.\n\n"
          "Best regards,\nHaruka Mori\n\n"
          + en_sig("Haruka Mori", "Talent Acquisition, Human Resources", "+81 3 5550 2178")
          + "\n-----Original Message-----\n"
          "From: Emma Clarke <emma.clarke@example-uk.example>\n"
          "Sent: Monday, March 10, 2025 6:02 PM\n"
          "To: Haruka Mori <mori.h@example.co.jp>\n"
          "Subject: Pre-employment screening - Oliver Bennett (UK)\n\n"
          "Hi Haruka,\n\n"
          "Here are the candidate's details for the screening request:\n\n"
          "Name: Oliver James BENNETT\n"
          "Date of birth: 4 March 1985\n"
          "National Insurance number: JT 48 21 93 C\n"
          "Mobile: +44 7700 900731\n"
          "Personal e-mail: o.bennett85@freemail.example\n"
          "Current address: 14 Wilmslow Road, Manchester M20 2LN\n"
          "Offer accepted: 7 March 2025, start date 5 May 2025 (Service Manager, Manchester)\n\n"
          "Thanks,\nEmma\n"
          "Emma Clarke | HR Business Partner | Example UK Ltd\n"))

# ===================================================================================== 255
# SEPA direct-debit mandate confirmation to a German subscriber: his IBAN; the creditor
# identifier (DE..ZZZ..), mandate reference and the German address are not findings.
IBAN255 = "DE35 3705 0299 0004 4183 27"
assert iban.is_valid(IBAN255)
MESSAGES["255_en_sepa_mandate_iban_creditor_id.eml"] = message(
    sender="Example Cloud Services - EU Billing <eu-billing@example.co.jp>",
    to=["Tobias Krueger <tobias.krueger@mailbox.example>"],
    subject="Your SEPA Direct Debit mandate EXM-DE-2025-00418",
    date="Mon, 24 Mar 2025 16:00:00 +0900", msgid="<TY1P286MB0255A0E1@example.co.jp>",
    body=("Dear Mr Krueger,\n\n"
          "Thank you for subscribing to Example Cloud Monitoring (Professional plan). We have set up the\n"
          "following SEPA Core Direct Debit mandate. Please check the details and tell us within 7 days if\n"
          "anything is wrong.\n\n"
          "Creditor:              Example Corporation, EU Billing\n"
          "Creditor Identifier:   DE03ZZZ00000418276\n"
          "Mandate reference:     EXM-DE-2025-00418\n"
          "Customer number:       70418826\n\n"
          "Debtor:                Tobias Krueger, Lindenstrasse 42, 50674 Koeln\n"
          f"IBAN:                  {IBAN255}\n"
          "BIC:                   COLSDE33XXX\n\n"
          "Amount:                EUR 149.00 monthly, first collection on 03.04.2025\n\n"
          "You can cancel the mandate at any time in your account settings.\n\n"
          "Kind regards,\nEU Billing Team\n\n"
          "-- \nExample Cloud Services - EU Billing\nExample Corporation\n"))

# ===================================================================================== 256
# HTML-only (base64) emergency contact sheet for a business trip, to a travel-risk provider:
# three travellers' passports, DOBs in three styles, mobiles and their emergency contacts.
rows256 = [
    ("Kazuki MORI", "TK5529108", "Nov 23, 1979", "+81 90-2231-7784", "Aya Mori (spouse)", "+81 80-6617-2205"),
    ("Rie SHIMADA", "TR2081736", "1986-05-02", "090-5128-3346", "Koji Shimada (father)", "0467-22-8813"),
    ("Yusuke HARA", "TZ7713095", "30/07/1991", "+81-70-4412-9027", "Emi Hara (spouse)", "+81 3-3718-2241"),
]
cells256 = "".join(
    "<tr>" + "".join(f"<td style='border:1px solid #999;padding:4px'>{html.escape(v)}</td>" for v in r) + "</tr>\n"
    for r in rows256)
html256 = (
    "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
    "<p>Dear Assistance team,</p>\n"
    "<p>Please register the following travellers for the Jakarta site visit (24-29 March 2025, Hotel Example\n"
    "Jakarta, flights NH 835 / NH 836). Policy number TRA-2025-7731.</p>\n"
    "<table style='border-collapse:collapse'>\n"
    "<tr><th>Traveller</th><th>Passport No.</th><th>Date of Birth</th><th>Mobile</th>"
    "<th>Emergency contact</th><th>Emergency contact phone</th></tr>\n"
    + cells256 + "</table>\n"
    "<p>Kind regards,<br>Mika Saito</p>\n"
    "<p>-- <br>Mika Saito<br>Corporate Travel Desk, General Affairs<br>Example Corporation<br>Tel +81 3 5550 1187</p>\n"
    "</body></html>\n")
MESSAGES["256_en_html_travel_risk_emergency_sheet.eml"] = message(
    sender="Travel Desk - Mika Saito <travel@example.co.jp>",
    to=["Assistance Registration <register@travelrisk-partner.example>"],
    subject="Traveller registration - Jakarta 24-29 March 2025 (3 persons)",
    date="Thu, 20 Mar 2025 11:44:26 +0900", msgid="<TY1P286MB0256B1F2@example.co.jp>",
    body=html256, subtype="html", text_cte="base64")

# ===================================================================================== 257
# Bilingual term sheet to outside counsel marked 【社外秘】 in the subject and the body;
# "strictly confidential" is no keyword.
MESSAGES["257_en_ja_keyword_term_sheet.eml"] = message(
    sender="Legal - Sayaka Mizuno <mizuno.s@example.co.jp>",
    to=["Daniel Tan <daniel.tan@sg-lawpartners.example>"],
    subject="【社外秘】Project Sakura - draft term sheet / 条件概要書(案)",
    date="Wed, 26 Mar 2025 19:03:47 +0900", msgid="<TY1P286MB0257C2A3@example.co.jp>",
    body=("Dear Daniel,\n\n"
          "本メールの内容は社外秘です。\n"
          "This e-mail is strictly confidential.\n\n"
          "Please find below the main terms of the proposed joint venture with Lion City Components Pte. Ltd.\n"
          "for your review before our call on Friday (28 March, 10:00 SGT).\n\n"
          "1. JV company: to be incorporated in Singapore; issued capital SGD 12,000,000\n"
          "2. Shareholding: Example Corporation 51% / Lion City Components 49%\n"
          "3. Board: 5 directors (3 nominated by us, 2 by the partner); chairman nominated by us\n"
          "4. Reserved matters: budget, capital increase, related-party transactions above SGD 500,000\n"
          "5. Deadlock: escalation to CEOs, then Russian roulette after 90 days\n"
          "6. Target signing 30 May 2025; long-stop date 30 September 2025\n\n"
          "条件概要書(案)は上記のとおりです。特に第4項・第5項についてご意見をいただけますと幸いです。\n\n"
          "Best regards,\nSayaka Mizuno\n\n"
          + en_sig("Sayaka Mizuno", "Legal Department", "+81 3 5550 1420")))

# ===================================================================================== 258
# Control: an export invoice to a German customer: PO, invoice number, VAT number, HS codes,
# Incoterms, container and seal, B/L, SWIFT code, a 16-digit order reference failing Luhn.
ORDER258 = "4500 2188 3391 0427"
assert not luhn.is_valid(digits(ORDER258))
MESSAGES["258_control_export_invoice_swift_hs.eml"] = message(
    sender="Export Sales - Daichi Nomura <nomura.d@example.co.jp>",
    to=["Accounts Payable <ap@kraemer-technik.example>"],
    subject="Invoice EX-INV-2025-03117 for your PO 4500218833",
    date="Thu, 06 Mar 2025 15:27:09 +0900", msgid="<TY1P286MB0258D3B4@example.co.jp>",
    body=("Dear Accounts Payable team,\n\n"
          "Please find below the details of our invoice for your purchase order 4500218833.\n\n"
          "Invoice No.:      EX-INV-2025-03117\n"
          "Invoice date:     2025-03-06\n"
          "Due date:         05/04/2025 (30 days net)\n"
          f"Order reference:  {ORDER258}\n"
          "Your VAT No.:     DE 287 654 319\n"
          "Incoterms 2020:   CIF Hamburg\n\n"
          "Pos. 1  Servo motor SM-4410-EU   HS 8501.52   40 pcs x EUR 612.00 = EUR 24,480.00\n"
          "Pos. 2  Controller board CB-220  HS 8537.10   40 pcs x EUR 318.50 = EUR 12,740.00\n"
          "Total                                                       EUR 37,220.00\n\n"
          "Shipment: container MSKU 907032 3, seal no. 4418207, B/L ONEYTYOE18427300,\n"
          "vessel ONE MINATO voy. 025E, ETD Tokyo 2025-03-08, ETA Hamburg 2025-04-14.\n\n"
          "Payment by T/T to our account with MUFG Bank, Tokyo (SWIFT BOTKJPJT) as stated on the\n"
          "invoice PDF. Please quote the invoice number with your payment.\n\n"
          "Best regards,\nDaichi Nomura\n\n"
          + en_sig("Daichi Nomura", "Export Sales, Industrial Components", "+81 3 5550 3371")))

# ===================================================================================== 259
# Control: an air-freight shipping notice to a US customer: AWB, flight, FedEx/UPS tracking
# numbers (the FedEx one 12 digits), HS codes, weights; the US ship-to address is not a type.
MESSAGES["259_control_airfreight_tracking_notice.eml"] = message(
    sender="Logistics - Yoko Hayashi <hayashi.y@example.co.jp>",
    to=["Receiving <receiving@austin-components.example>"],
    subject="Shipping notice - your PO US-77214 (air freight + 2 samples by courier)",
    date="Tue, 11 Mar 2025 19:55:31 +0900", msgid="<TY1P286MB0259E4C5@example.co.jp>",
    body=("Dear Receiving team,\n\n"
          "Your order PO US-77214 has been shipped as follows.\n\n"
          "Main shipment (air freight)\n"
          "  MAWB 131-4418 2756 / HAWB NRT-250311-088\n"
          "  Flight JL 8402, Narita 2025-03-12 18:40 -> Chicago O'Hare 2025-03-12 16:55 local\n"
          "  6 cartons, gross weight 142.6 kg, 1.38 cbm, HS 8504.40 / 8544.42\n\n"
          "Samples (courier)\n"
          "  FedEx International Priority, tracking 7942 1836 0510\n"
          "  UPS Worldwide Express, tracking 1Z4E8W710391274463\n\n"
          "Ship to: Austin Components Inc., 1200 Innovation Drive, Austin, TX 78741, USA\n"
          "Commercial invoice EX-INV-2025-03142, USD 18,960.00, Incoterms FCA Narita.\n\n"
          "Best regards,\nYoko Hayashi\n\n"
          + en_sig("Yoko Hayashi", "Logistics, Export Operations", "+81 3 5550 3390")))

# ===================================================================================== 260
# Control: a conference agenda with times, rooms, table and bus numbers, to the event agency.
MESSAGES["260_control_conference_agenda.eml"] = message(
    sender="Global Sales Office - Ryota Sakai <sakai.r@example.co.jp>",
    to=["Event Operations <ops@mice-partner.example>"],
    subject="Global Sales Meeting 2025 (Singapore) - final agenda v3",
    date="Fri, 07 Mar 2025 12:10:15 +0900", msgid="<TY1P286MB0260F5D6@example.co.jp>",
    body=("Dear Event Operations team,\n\n"
          "Here is the final agenda (v3) for the Global Sales Meeting. Please print 120 copies for the\n"
          "registration desk.\n\n"
          "Tuesday, 18 March 2025 - Level 3, Rooms 3101-3104 (plenary)\n"
          "  07:45  Shuttle bus no. 2 from the hotel lobby\n"
          "  08:30  Registration and coffee (Foyer 3B)\n"
          "  09:00  Opening remarks - President\n"
          "  09:30  FY2025 business plan - Global Sales (Room 3101)\n"
          "  11:00  Regional breakouts: APAC Room 3102, EMEA Room 3103, Americas Room 3104\n"
          "  12:30  Lunch (Level 4, Summit Hall)\n"
          "  14:00  Product roadmap 2025-2027 (Room 3101)\n"
          "  17:30  Close\n"
          "  19:00  Dinner, Level 57, tables 1-12\n\n"
          "Wednesday, 19 March 2025 - Level 3, Room 3101\n"
          "  09:00  Key account reviews (20 min each, 12 accounts)\n"
          "  12:00  Awards and closing\n\n"
          "Attendees: 112 (APAC 48, EMEA 36, Americas 28). AV: 2 projectors, 4 handheld mics.\n\n"
          "Best regards,\nRyota Sakai\n\n"
          + en_sig("Ryota Sakai", "Global Sales Office", "+81 3 5550 4470")))

# ===================================================================================== 261
# Control: a USD/EUR price list (xlsx) to a Dutch distributor: SKUs, HS codes, EAN-13 codes
# (13 digits, no 法人番号 label), MOQ, prices, lead times.
hdr261 = ["SKU", "Description", "HS Code", "EAN", "MOQ", "Price USD", "Price EUR", "Lead time (weeks)"]
rows261 = [
    ["CX-4100-EU", "Compact PLC, 16 I/O", "8537.10", "4901234561014", 10, 412.00, 380.00, 4],
    ["CX-4200-EU", "Compact PLC, 32 I/O", "8537.10", "4901234561021", 10, 598.00, 552.00, 4],
    ["SM-4410-EU", "Servo motor 400 W", "8501.52", "4901234561038", 5, 655.00, 612.00, 6],
    ["SD-4410-EU", "Servo drive 400 W", "8504.40", "4901234561045", 5, 720.00, 668.00, 6],
    ["HM-0700-EU", "HMI touch panel 7 in", "8471.60", "4901234561052", 5, 489.00, 452.00, 3],
    ["CB-0500-EU", "Encoder cable 5 m", "8544.42", "4901234561069", 20, 38.50, 35.60, 2],
]
MESSAGES["261_control_price_list_usd_eur_xlsx.eml"] = message(
    sender="Export Sales - Daichi Nomura <nomura.d@example.co.jp>",
    to=["Purchasing <purchasing@vandenberg-distributie.example>"],
    subject="Price list valid from 1 April 2025 (USD/EUR)",
    date="Mon, 17 Mar 2025 17:33:48 +0900", msgid="<TY1P286MB0261A6E7@example.co.jp>",
    body=("Dear Mr van den Berg,\n\n"
          "Attached is our distributor price list valid from 1 April 2025 to 31 March 2026, in USD and EUR.\n"
          "Prices are FCA Narita, excluding duties and VAT. Orders placed before 31 March 2025 are still\n"
          "invoiced at the current prices (price list 2024-B).\n\n"
          "Best regards,\nDaichi Nomura\n\n"
          + en_sig("Daichi Nomura", "Export Sales, Industrial Components", "+81 3 5550 3371")),
    attachments=[("PriceList_Distributor_FY2025_USD_EUR.xlsx", XLSX, fixed_xlsx(sheet("FY2025", hdr261, rows261), "nomura"))])

# ===================================================================================== 262
# Control: a visit itinerary to the German host: flights, hotel confirmation number, the
# hotel's German address (not a type), meeting rooms, times; the card is only "ending 4417".
MESSAGES["262_control_visit_itinerary_germany.eml"] = message(
    sender="Travel Desk - Mika Saito <travel@example.co.jp>",
    to=["Visitor Office <visitors@bauer-maschinen.example>"],
    subject="Visit of our delegation, 8-9 April 2025 - itinerary",
    date="Wed, 26 Mar 2025 10:21:09 +0900", msgid="<TY1P286MB0262B7F8@example.co.jp>",
    body=("Dear Ms Vogel,\n\n"
          "Thank you for hosting our delegation. Here is their itinerary.\n\n"
          "Delegation: Mr Hiroshi Tanaka (General Manager), Ms Noriko Abe, Mr Daichi Nomura\n\n"
          "Mon 7 April   LH 715  Tokyo Haneda 11:25 -> Munich 17:50 (seats 4A/4C/4D)\n"
          "              Hotel Example Muenchen, Maximilianstrasse 17, 80539 Muenchen\n"
          "              confirmation no. 48211907, 3 rooms, 7-9 April, guaranteed with card ending 4417\n"
          "Tue 8 April   09:00  Pick-up at the hotel (your driver)\n"
          "              10:00  Plant tour, Building 4; 13:30 meeting, Room 4.217\n"
          "Wed 9 April   09:30  Workshop, Room 2.105; 15:00 departure to the airport\n"
          "              LH 714  Munich 21:40 -> Tokyo Haneda 17:05 (+1)\n\n"
          "Dietary notes: one vegetarian meal. Please let me know if the agenda changes.\n\n"
          "Kind regards,\nMika Saito\n\n"
          + en_sig("Mika Saito", "Corporate Travel Desk, General Affairs", "+81 3 5550 1187")))

for name, data in MESSAGES.items():
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
