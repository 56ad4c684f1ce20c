"""Writes held-out messages 118-147 into tests/corpus_heldout/ (deterministic).

Theme: data exports of the SaaS and business software Japanese companies use, with those
products' column headers and file conventions, attached to ordinary mails sent outside:
Sansan / Eight business-card CSVs, Google and Outlook contacts CSVs, Shopify, 楽天 RMS,
Yahoo!ショッピング, BASE and STORES order CSVs (+ a ヤマト B2 import CSV), kintone CSV,
Salesforce report xlsx, SmartHR / freee人事労務 employee exports, a SmartHR My Number export
in a zip, Peatix / connpass attendee lists, a Zoom registration report, HubSpot xlsx with
numbers Excel stripped of their leading 0, Money Forward / freee 取引先 lists, an Lステップ
(LINE) friend export, a ジョブカン採用 TSV; controls: product master, WMS inventory, GA4
export, invoice list, shipping-rate table, Bcc and many-visible-To mails.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_118_147.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2024, 12, 9, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    return base11 + mynumber.calc_check_digit(base11)


def corp_no(base12: str) -> str:
    return cn.calc_check_digit(base12) + base12


def ean13(base12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


def sig(name: str, dept: str, tel: str, extra: str = "") -> str:
    return f"\n-- \n株式会社エグザンプル {dept}\n{name}\nTEL {tel}{extra}\nhttps://www.example.co.jp/\n"


def message(*, sender, to, subject, date, msgid, body, attachments=(), cc=None, bcc=None) -> bytes:
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
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
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


def fixed_xlsx(wb, creator: str = "user") -> bytes:
    """Save with openpyxl, then rewrite the zip with fixed dates and a fixed core.xml."""
    raw = io.BytesIO()
    wb.save(raw)
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{creator}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-12-02T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-12-09T00:30:00Z</dcterms:modified></cp:coreProperties>')
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_text(header, rows, *, quoting=csv.QUOTE_MINIMAL, lt="\r\n", delimiter=",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lt, quoting=quoting, delimiter=delimiter)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


BOM = "\ufeff"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
ZIP = "application/zip"

# ===================================================================================== 118
# Sansan 名刺データ CSV (CP932, all quoted): 12 cards, two pairs from one company.
cards118 = [
    ("株式会社北斗システム", "営業本部", "部長", "岡田 義人", "y.okada@hokuto-sys.example", "060-0001",
     "北海道札幌市中央区北一条西4-2-2 札幌ノースビル10F", "011-222-4501", "011-222-4502", "090-6011-2431"),
    ("株式会社北斗システム", "営業本部", "主任", "小松 理沙", "r.komatsu@hokuto-sys.example", "060-0001",
     "北海道札幌市中央区北一条西4-2-2 札幌ノースビル10F", "011-222-4501", "011-222-4502", ""),
    ("青葉精機株式会社", "購買部", "課長", "鈴木 大地", "d.suzuki@aoba-seiki.example", "980-0811",
     "宮城県仙台市青葉区一番町2-7-17", "022-225-3140", "022-225-3141", "080-3321-7754"),
    ("関東パッケージ株式会社", "資材調達課", "係長", "村井 由紀", "murai@kanto-pkg.example", "330-0854",
     "埼玉県さいたま市大宮区桜木町1-10-16", "048-641-2290", "", "070-2219-6618"),
    ("東京メディカル商事株式会社", "事業開発室", "室長", "長谷川 亘", "w.hasegawa@tokyo-medical.example", "103-0023",
     "東京都中央区日本橋本町3-4-7 日本橋MSビル6F", "03-3241-8870", "03-3241-8871", "090-8870-1542"),
    ("東京メディカル商事株式会社", "事業開発室", "", "野口 さやか", "s.noguchi@tokyo-medical.example", "103-0023",
     "東京都中央区日本橋本町3-4-7 日本橋MSビル6F", "03-3241-8875", "03-3241-8871", ""),
    ("中部電装株式会社", "技術部", "部長", "加藤 慎也", "kato.s@chubu-densou.example", "450-0002",
     "愛知県名古屋市中村区名駅4-6-23", "052-581-3309", "052-581-3310", "080-5513-2207"),
    ("株式会社ナニワ物産", "営業企画部", "課長代理", "松本 彩花", "a.matsumoto@naniwa-bussan.example", "541-0041",
     "大阪府大阪市中央区北浜2-1-23", "06-6202-7781", "06-6202-7782", "090-1187-3345"),
    ("瀬戸内マリン株式会社", "総務部", "部長", "藤原 健", "fujiwara@setouchi-marine.example", "730-0031",
     "広島県広島市中区紙屋町1-2-22", "082-247-1150", "082-247-1151", ""),
    ("株式会社博多テック", "", "代表取締役", "西村 浩一", "nishimura@hakata-tech.example", "812-0011",
     "福岡県福岡市博多区博多駅前3-25-21", "092-431-6620", "092-431-6621", "090-2236-8814"),
    ("信州フーズ株式会社", "品質管理部", "主任", "宮坂 千尋", "miyasaka@shinshu-foods.example", "390-0811",
     "長野県松本市中央2-1-27", "0263-32-4418", "", "080-7742-1196"),
    ("株式会社エヌ・ケー・ソリューション", "営業部", "", "高木 翔", "s.takagi@nk-solution.example", "220-0012",
     "神奈川県横浜市西区みなとみらい2-3-1 クイーンズタワーA 20F", "045-682-3300", "045-682-3301", "070-6630-2981"),
]
rows118 = []
for k, (co, dept, title, name, mail, zipc, addr, tel, fax, mob) in enumerate(cards118):
    dom = mail.split("@")[1]
    rows118.append([co, dept, title, name, mail, zipc, addr, tel, fax, mob, f"https://www.{dom}/",
                    f"2024/{9 + k % 3:02d}/{3 + k * 2:02d}", "営業部 高田 勇"])
MESSAGES["118_att_sansan_cards_cp932.eml"] = message(
    sender="営業部 高田 <takada@example.co.jp>",
    to=["ダイレクトメール発送センター 受付 <uketsuke@dm-hassou.example>"],
    subject="年末ご挨拶状 発送先データ(Sansan出力 12件)", date="Mon, 02 Dec 2024 10:12:40 +0900",
    msgid="<20241202101240.118A@example.co.jp>",
    body=("DM発送センター ご担当者様\n\nお世話になっております。エグザンプル営業部の高田です。\n"
          "年末のご挨拶状の発送先を、Sansan から出力した CSV でお送りします(12件)。\n"
          "宛名は「会社名 部署名 役職 氏名 様」でお願いします。12/20 投函希望です。\n"
          + sig("高田 勇", "営業部", "03-6453-1410")),
    attachments=[("sansan_meishi_20241202.csv", CSV, csv_text(
        ["会社名", "部署名", "役職", "氏名", "メールアドレス", "郵便番号", "住所", "TEL", "FAX", "携帯電話", "URL",
         "名刺交換日", "所有者"], rows118, quoting=csv.QUOTE_ALL).encode("cp932"))],
)

# ===================================================================================== 119
rows119 = [
    ["合同会社ミライラボ", "開発部", "CTO", "原田", "蓮", "ren.harada@mirai-lab.example", "150-0002",
     "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ", "03-6418-2200", "", "03-6418-2215", "", "080-4471-2290",
     "https://mirai-lab.example/", "2024/11/13"],
    ["株式会社クラウドワークショップ", "マーケティング部", "マネージャー", "森", "美穂", "miho.mori@cloud-ws.example",
     "530-0011", "大阪府大阪市北区大深町4-20", "06-6359-1180", "", "", "06-6359-1181", "+81 90-3318-5527",
     "https://cloud-ws.example/", "2024/11/13"],
    ["Global Bridge KK", "Sales", "Director", "Smith", "David", "d.smith@globalbridge.example", "107-0052",
     "東京都港区赤坂9-7-1", "03-5413-7700", "", "", "", "+1 415-555-0142", "https://globalbridge.example/", "2024/11/14"],
    ["株式会社ヤマブキ", "総務部", "部長", "黄瀬", "和人", "k.kise@yamabuki.example", "460-0008",
     "愛知県名古屋市中区栄3-5-12", "052-241-6630", "052-241-6631", "", "", "", "", "2024/11/14"],
]
MESSAGES["119_att_eight_cards_bom.eml"] = message(
    sender="事業開発部 宮田 <miyata@example.co.jp>",
    to=["パートナー営業 井口 <iguchi@partner-sales.example>"],
    subject="展示会でお会いした4社の名刺データ(Eight)", date="Mon, 02 Dec 2024 13:05:22 +0900",
    msgid="<20241202130522.119B@example.co.jp>",
    body=("井口様\n\nお世話になっております。エグザンプル事業開発部の宮田です。\n"
          "先日の展示会で名刺交換した4社のうち、貴社からご提案いただく先の名刺データを Eight から書き出しました。\n"
          "ご紹介の了承は各社からいただいております。\n" + sig("宮田 奈々", "事業開発部", "03-6453-1630")),
    attachments=[("eight_export.csv", CSV, (BOM + csv_text(
        ["会社名", "部署名", "役職", "姓", "名", "e-mail", "郵便番号", "住所", "TEL会社", "TEL部門", "TEL直通", "Fax",
         "携帯電話", "URL", "名刺交換日"], rows119)).encode("utf-8"))],
)

# ===================================================================================== 120
G_HEAD = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
          "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
          "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information", "Directory Server",
          "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo",
          "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
          "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
          "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
          "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
          "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department"]


def gcontact(family, given, bday, emails, ph1, ph2, addr, org, title):
    row = dict.fromkeys(G_HEAD, "")
    row.update({"Name": f"{given} {family}" if family.isascii() else f"{family} {given}", "Given Name": given, "Family Name": family, "Birthday": bday,
                "Group Membership": "* myContacts ::: 取引先", "E-mail 1 - Type": "* Work" if emails else "",
                "E-mail 1 - Value": emails, "Organization 1 - Name": org, "Organization 1 - Title": title})
    if ph1:
        row["Phone 1 - Type"], row["Phone 1 - Value"] = ph1
    if ph2:
        row["Phone 2 - Type"], row["Phone 2 - Value"] = ph2
    if addr:
        typ, zipc, region, city, street = addr
        row.update({"Address 1 - Type": typ, "Address 1 - Formatted": f"〒{zipc}\n{region}{city}{street}\nJP",
                    "Address 1 - Street": street, "Address 1 - City": city, "Address 1 - Region": region,
                    "Address 1 - Postal Code": zipc, "Address 1 - Country": "JP"})
    return [row[h] for h in G_HEAD]


rows120 = [
    gcontact("佐藤", "直樹", "1979-05-21", "naoki.sato@kaisei-kogyo.example", ("Mobile", "090-4412-8870"),
             ("Work", "03-5789-2210"), ("Work", "141-0031", "東京都", "品川区", "西五反田7-22-17"), "開成工業", "課長"),
    gcontact("井上", "真理子", "", "mariko.inoue@freemail.example ::: m.inoue@kaisei-kogyo.example",
             ("Mobile", "080-2293-6614"), None, ("Home", "223-0062", "神奈川県", "横浜市港北区", "日吉本町1-23-8"),
             "開成工業", ""),
    gcontact("田村", "翔太", "1990-11-02", "shota.tamura@tamura-design.example", ("Mobile", "+81 70-1129-4483"), None,
             None, "タムラデザイン", "代表"),
    gcontact("小林", "恵", "--08-14", "megumi.k@freemail.example", ("Mobile", "090-7734-2215 ::: 045-228-6120"), None,
             ("Home", "231-0023", "神奈川県", "横浜市中区", "山下町1-1"), "", ""),
    gcontact("渡辺", "拓也", "1985-02-27", "t.watanabe@kita-kensetsu.example", ("Work", "011-261-3348"), None,
             ("Work", "060-0042", "北海道", "札幌市中央区", "大通西5-11"), "北建設", "部長"),
    gcontact("林", "優子", "", "yuko.hayashi@hayashi-clinic.example", ("Work", "092-715-3380"), None, None,
             "林クリニック", "事務長"),
    gcontact("Brown", "Michael", "", "mbrown@harborpoint.example", ("Mobile", "+1 206-555-0177"), None, None,
             "Harbor Point Inc.", "VP Sales"),
]
MESSAGES["120_att_google_contacts_csv.eml"] = message(
    sender="営業部 石井 <ishii.m@example.co.jp>",
    to=["セールスアウトソーシング 担当 <team@sales-outsourcing.example>"],
    subject="引継ぎ用 連絡先リスト(Googleコンタクト書き出し)", date="Mon, 02 Dec 2024 17:48:03 +0900",
    msgid="<20241202174803.120C@example.co.jp>",
    body=("セールスアウトソーシング ご担当者様\n\nお世話になっております。エグザンプル営業部の石井です。\n"
          "来月からフォローをお願いする7名の連絡先を、Googleコンタクトの CSV(Google 形式)で書き出しました。\n"
          "誕生日の欄はお祝いメールの参考にしてください。\n" + sig("石井 誠", "営業部", "03-6453-1418")),
    attachments=[("contacts.csv", CSV, csv_text(G_HEAD, rows120, lt="\n").encode("utf-8"))],
)

# ===================================================================================== 121
O_HEAD = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
          "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
          "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
          "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Assistant's Phone", "Business Fax",
          "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax",
          "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone",
          "Radio Phone", "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name",
          "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children",
          "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name", "Gender",
          "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy", "Keywords",
          "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
          "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
          "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"]


def ocontact(first, last, company, dept, job, where, addr, bfax, bphone, mobile, bday, mail):
    row = dict.fromkeys(O_HEAD, "")
    row.update({"First Name": first, "Last Name": last, "Company": company, "Department": dept,
                "Job Title": job, "Business Fax": bfax, "Business Phone": bphone, "Mobile Phone": mobile,
                "Birthday": bday, "Anniversary": "0/0/00", "E-mail Address": mail, "E-mail Type": "SMTP",
                "E-mail Display Name": f"{last} {first} ({mail})", "Gender": "Unspecified", "Priority": "Normal",
                "Private": "False", "Sensitivity": "Normal", "Categories": "プレス"})
    street, city, state, zipc = addr
    row.update({f"{where} Street": street, f"{where} City": city, f"{where} State": state,
                f"{where} Postal Code": zipc, f"{where} Country/Region": "日本"})
    return [row[h] for h in O_HEAD]


rows121 = [
    ocontact("健", "高野", "日報新聞社", "経済部", "記者", "Business", ("大手町1-7-1", "千代田区", "東京都", "100-8051"),
             "", "03-3212-0101", "+81 90-5521-3308", "0/0/00", "k.takano@nippo-news.example"),
    ocontact("佳奈", "石田", "月刊ビジネスライフ", "編集部", "編集長", "Business", ("西新宿6-8-1", "新宿区", "東京都", "160-0023"),
             "03-5321-4471", "03-5321-4470", "", "1978/3/12", "ishida@bizlife.example"),
    ocontact("亮", "中島", "", "", "ライター", "Home", ("小杉町3-264", "川崎市中原区", "神奈川県", "211-0063"),
             "", "", "080-6679-1023", "1986/10/30", "ryo.nakajima@freemail.example"),
    ocontact("Jessica", "Lee", "Asia Tech Review", "", "Correspondent", "Business",
             ("六本木6-10-1", "港区", "東京都", "106-6108"), "", "+81-3-4580-2211", "+1 (917) 555-0193", "0/0/00",
             "jlee@asiatechreview.example"),
    ocontact("沙織", "三浦", "ケーブルテレビ湘南", "報道制作部", "ディレクター", "Business",
             ("藤沢109-6", "藤沢市", "神奈川県", "251-0052"), "", "0466-24-8810", "090-3347-5526", "1990/1/5",
             "miura.s@ctv-shonan.example"),
]
MESSAGES["121_att_outlook_contacts_cp932.eml"] = message(
    sender="広報部 白石 <shiraishi@example.co.jp>",
    to=["PRパートナーズ 坂本 <sakamoto@pr-partners.example>"],
    subject="新製品発表会 ご案内先メディア連絡先", date="Tue, 03 Dec 2024 09:31:55 +0900",
    msgid="<20241203093155.121D@example.co.jp>",
    body=("坂本様\n\nお世話になっております。エグザンプル広報部の白石です。\n"
          "発表会のご案内をお願いするメディア関係者5名の連絡先を、Outlook の連絡先からエクスポートしました。\n"
          "(CSV、Windows の既定の文字コードです)\n" + sig("白石 玲奈", "広報部", "03-6453-1440")),
    attachments=[("contacts_press.CSV", CSV, csv_text(O_HEAD, rows121, quoting=csv.QUOTE_ALL).encode("cp932"))],
)

# ===================================================================================== 122
SH_HEAD = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
           "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount",
           "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
           "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
           "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2",
           "Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone",
           "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
           "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
           "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
           "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
           "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Phone", "Receipt Number", "Duties",
           "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name",
           "Next Payment Due At", "Payment References"]
PROV = {"JP-01": "Hokkaidō", "JP-04": "Miyagi", "JP-11": "Saitama", "JP-13": "Tokyo", "JP-14": "Kanagawa",
        "JP-20": "Nagano", "JP-26": "Kyōto", "JP-27": "Ōsaka", "JP-40": "Fukuoka", "JP-43": "Kumamoto"}
# (order, email, billing (name, addr1, addr2, company, city, zip, prov, phone), shipping or None, items)
orders122 = [
    ("#1041", "haruka.s@freemail.example",
     ("佐々木 遥", "神宮前6-12-18", "ハイツ神宮前201", "", "渋谷区", "150-0001", "JP-13", "+819033128870"), None,
     [("1", "リネンエプロン - ネイビー", "4800", "AP-LN-NV")]),
    ("#1042", "kenta.ota@freemail.example",
     ("太田 健太", "栄町3-9-12", "", "", "川口市", "332-0017", "JP-11", "090-2718-7745"),
     ("太田 節子", "大字鶴賀1480-1", "", "", "長野市", "380-0813", "JP-20", "026-224-3381"),
     [("1", "ギフトボックス 今治タオル", "5500", "GB-TW-01")]),
    ("#1043", "y.mori@mail.example",
     ("森 陽子", "梅田1-12-6", "梅田ビル803", "", "大阪市北区", "530-0001", "JP-27", "06-6341-2290"), None,
     [("2", "マグカップ 白", "1800", "MG-WH"), ("1", "コースター 4枚組", "1200", "CS-04")]),
    ("#1044", "takeshi.endo@corp-mail.example",
     ("遠藤 武", "北三条西2-10-2", "", "株式会社エンドウ設計", "札幌市中央区", "060-0003", "JP-01", "+81112514467"), None,
     [("3", "リネンエプロン - ベージュ", "4800", "AP-LN-BG")]),
    ("#1045", "aoi.fujii@freemail.example",
     ("藤井 葵", "天神2-5-28", "", "", "福岡市中央区", "810-0001", "JP-40", "080-6632-9017"),
     ("藤井 大輔", "水前寺6-18-1", "", "", "熊本市中央区", "862-0950", "JP-43", "096-384-2270"),
     [("1", "ギフトボックス 今治タオル", "5500", "GB-TW-01")]),
    ("#1046", "ichiro.kondo@freemail.example",
     ("近藤 一郎", "国分町2-14-18", "", "", "仙台市青葉区", "980-0803", "JP-04", "+819011842256"), None,
     [("1", "帆布トートバッグ L", "6200", "TB-CV-L")]),
    ("#1047", "rina.ueda@freemail.example",
     ("上田 里奈", "烏丸通三条上る場之町593", "", "", "京都市中京区", "604-8166", "JP-26", "075-256-4410"), None,
     [("1", "マグカップ 白", "1800", "MG-WH")]),
    ("#1048", "",
     ("野村 修", "高島2-6-32", "", "", "横浜市西区", "220-0011", "JP-14", "045-441-7718"), None,
     [("1", "帆布トートバッグ M", "5200", "TB-CV-M"), ("1", "コースター 4枚組", "1200", "CS-04")]),
]
rows122 = []
for k, (no, mail, bill, ship, items) in enumerate(orders122):
    ship = ship or bill
    sub = sum(int(q) * int(p) for q, _, p, _ in items)
    ts = f"2024-12-0{1 + k // 3} {10 + k}:{(k * 7) % 60:02d}:12 +0900"
    for j, (q, title, price, sku) in enumerate(items):
        row = dict.fromkeys(SH_HEAD, "")
        row.update({"Name": no, "Email": mail, "Created at": ts, "Lineitem quantity": q, "Lineitem name": title,
                    "Lineitem price": price, "Lineitem sku": sku, "Lineitem requires shipping": "true",
                    "Lineitem taxable": "true", "Lineitem fulfillment status": "pending"})
        if j == 0:
            def put(prefix, a, row=row):
                name, a1, a2, comp, city, zipc, prov, ph = a
                row.update({f"{prefix} Name": name, f"{prefix} Street": a1 + (f", {a2}" if a2 else ""),
                            f"{prefix} Address1": a1, f"{prefix} Address2": a2, f"{prefix} Company": comp,
                            f"{prefix} City": city, f"{prefix} Zip": zipc, f"{prefix} Province": prov,
                            f"{prefix} Country": "JP", f"{prefix} Phone": ph, f"{prefix} Province Name": PROV[prov]})
            put("Billing", bill)
            put("Shipping", ship)
            row.update({"Financial Status": "paid", "Paid at": ts, "Fulfillment Status": "unfulfilled",
                        "Accepts Marketing": "no" if k % 2 else "yes", "Currency": "JPY", "Subtotal": str(sub),
                        "Shipping": "800", "Taxes": str(sub * 10 // 110), "Total": str(sub + 800),
                        "Shipping Method": "ヤマト運輸 宅急便", "Payment Method": "Shopify Payments",
                        "Payment Reference": f"c{30518842117 + k * 1931}.1", "Vendor": "EXAMPLE LIVING",
                        "Outstanding Balance": "0", "Id": str(5912044380301 + k * 65537), "Risk Level": "Low",
                        "Source": "web", "Tax 1 Name": "JP CT 10%", "Tax 1 Value": str(sub * 10 // 110),
                        "Payment ID": f"r{'ABCDEFGH'[k]}x9{k}LmQ2vT", "Payment References": f"r{'ABCDEFGH'[k]}x9{k}LmQ2vT"})
        rows122.append([row[h] for h in SH_HEAD])
MESSAGES["122_att_shopify_orders_export.eml"] = message(
    sender="EC運営チーム 荒井 <arai.ec@example.co.jp>",
    to=["ロジスティクスパートナー 出荷担当 <shukka@logi-partner.example>"],
    cc=["EC運営チーム <ec-team@example.co.jp>"],
    subject="Shopify 未発送注文 8件(12/1〜12/3)の出荷依頼", date="Tue, 03 Dec 2024 18:20:31 +0900",
    msgid="<20241203182031.122E@example.co.jp>",
    body=("ロジスティクスパートナー 出荷ご担当者様\n\nお世話になっております。エグザンプル EC運営チームの荒井です。\n"
          "Shopify 管理画面から書き出した未発送注文(orders_export_1.csv)をお送りします。\n"
          "複数商品の注文は2行目以降に商品のみ記載されています。#1042 と #1045 はギフト(配送先が別)です。\n"
          + sig("荒井 大樹", "EC運営チーム", "03-6453-1560")),
    attachments=[("orders_export_1.csv", CSV, csv_text(SH_HEAD, rows122, lt="\n").encode("utf-8"))],
)

# ===================================================================================== 123
RMS_HEAD = ["受注番号", "受注ステータス", "カード決済ステータス", "入金日", "配送日", "お届け時間帯", "お届け日指定", "担当者",
            "ひとことメモ", "注文日時", "複数送付先フラグ", "警告表示フラグ", "楽天会員フラグ", "合計", "消費税(-99999=無効値)",
            "送料(-99999=無効値)", "請求金額(-99999=無効値)", "注文者郵便番号１", "注文者郵便番号２", "注文者住所：都道府県",
            "注文者住所：都市区", "注文者住所：町以降", "注文者名字", "注文者名前", "注文者名字フリガナ", "注文者名前フリガナ",
            "注文者電話番号１", "注文者電話番号２", "注文者電話番号３", "メールアドレス", "注文者性別", "注文者誕生日", "決済方法",
            "クレジットカード種類", "クレジットカード番号", "クレジットカード名義人", "クレジットカード有効期限", "配送方法",
            "ポイント利用額", "送付先郵便番号１", "送付先郵便番号２", "送付先住所：都道府県", "送付先住所：都市区",
            "送付先住所：町以降", "送付先名字", "送付先名前", "送付先名字フリガナ", "送付先名前フリガナ", "送付先電話番号１",
            "送付先電話番号２", "送付先電話番号３", "商品ID", "商品名", "商品番号", "単価", "個数"]
# orderer (zip, pref, city, town, sei, mei, kana, phone, relay mail, sex, birthday, card), ship-to or None
orders123 = [
    (("272-0034", "千葉県", "市川市", "市川1-4-10 市川ハイム302", "吉川", "美紀", ("ヨシカワ", "ミキ"), "047-322-5518",
      "7f3a9c21e04b5d86@fw.rakuten.ne.jp", "女", "1982/07/14", "VISA"), None),
    (("420-0852", "静岡県", "静岡市葵区", "紺屋町11-1", "杉山", "浩", ("スギヤマ", "ヒロシ"), "054-251-3390",
      "b21e8d4470ca9f13@fw.rakuten.ne.jp", "男", "", "JCB"),
     ("438-0078", "静岡県", "磐田市", "中泉1-5-3", "杉山", "ハル", ("スギヤマ", "ハル"), "0538-32-7714")),
    (("700-0901", "岡山県", "岡山市北区", "本町6-36", "岡本", "由香", ("オカモト", "ユカ"), "090-4418-2256",
      "0c55d8a3e19f7b24@fw.rakuten.ne.jp", "女", "1990/03/02", "MASTER"), None),
    (("020-0021", "岩手県", "盛岡市", "中央通1-7-25", "菊池", "翼", ("キクチ", "ツバサ"), "080-2290-1183",
      "e9a04f6b3d2c8170@fw.rakuten.ne.jp", "男", "", ""),
     ("026-0024", "岩手県", "釜石市", "大町1-1-10", "菊池", "正", ("キクチ", "タダシ"), "0193-22-4471")),
    (("760-0050", "香川県", "高松市", "亀井町2-1", "香川", "真一", ("カガワ", "シンイチ"), "087-831-6627",
      "4d7e2b90a1f6c385@fw.rakuten.ne.jp", "男", "1975/12/25", "VISA"), None),
    (("901-2131", "沖縄県", "浦添市", "牧港2-46-1", "比嘉", "さくら", ("ヒガ", "サクラ"), "098-877-3342",
      "91b6c3e07d58a2f4@fw.rakuten.ne.jp", "女", "", "AMEX"), None),
]
rows123 = []
for k, (o, s) in enumerate(orders123):
    zipc, pref, city, town, sei, mei, kana, tel, mail, sex, bday, brand = o
    s = s or (zipc, pref, city, town, sei, mei, kana, tel)
    total = 3980 + 1000 * k
    rows123.append([
        f"268445-20241201-{(10482217 + k * 3307) % 10**10:010d}", "発送前入金待ち" if not brand else "発送待ち",
        "オーソリ済" if brand else "", "" if brand else "2024/12/02", "", "午前中" if k % 2 else "", "", "", "",
        f"2024/12/01 {9 + k}:{k * 9:02d}:45", "0", "0", "1", str(total), str(total * 10 // 110), "0", str(total),
        zipc[:3], zipc[4:], pref, city, town, sei, mei, kana[0], kana[1], *tel.split("-"), mail, sex, bday,
        "クレジットカード" if brand else "銀行振込", brand, "XXXX-XXXX-XXXX-" + f"{1234 + k * 1111}"[-4:] if brand else "",
        "" if not brand else f"{kana[0]} {kana[1]}".upper(), "XX/XX" if brand else "", "宅配便", "0",
        s[0][:3], s[0][4:], s[1], s[2], s[3], s[4], s[5], s[6][0], s[6][1], *s[7].split("-"),
        "10000123", "【送料無料】信州りんごジュース 1L×6本", "apple-1l-6", str(total), "1"])
MESSAGES["123_att_rakuten_rms_orders_cp932.eml"] = message(
    sender="EC事業部 楽天店 佐野 <sano@example.co.jp>",
    to=["フルフィルメントサービス 受注担当 <juchu@fulfill-service.example>"],
    subject="楽天市場店 12/1受注分 出荷データ送付", date="Mon, 02 Dec 2024 11:02:18 +0900",
    msgid="<20241202110218.123F@example.co.jp>",
    body=("フルフィルメントサービス 受注ご担当者様\n\nお世話になっております。エグザンプル EC事業部(楽天店)の佐野です。\n"
          "RMS から CSV ダウンロードした 12/1 受注分 6件をお送りします。\n"
          "郵便番号・電話番号は RMS の仕様どおり分割された列になっています。\n" + sig("佐野 美里", "EC事業部 楽天市場店", "03-6453-1575")),
    attachments=[("RB_20241202110115.csv", CSV, csv_text(RMS_HEAD, rows123, quoting=csv.QUOTE_ALL).encode("cp932"))],
)

# ===================================================================================== 124
Y_HEAD = ["OrderId", "OrderTime", "BillName", "BillFirstName", "BillLastName", "BillZipCode", "BillPrefecture",
          "BillCity", "BillAddress1", "BillAddress2", "BillPhoneNumber", "BillMailAddress", "ShipName",
          "ShipZipCode", "ShipPrefecture", "ShipCity", "ShipAddress1", "ShipAddress2", "ShipPhoneNumber",
          "ShipMethodName", "ShipRequestDate", "PayMethodName", "TotalPrice", "ItemId", "Title", "Quantity",
          "UnitPrice"]
orders124 = [
    (("木村", "英樹"), "1130033", "東京都", "文京区", "本郷3-14-6", "", "0338142270", "h.kimura@freemail.example", None),
    (("北村", "まゆ"), "4600003", "愛知県", "名古屋市中区", "錦2-4-15", "錦パークハウス1204", "09051183346",
     "mayu.k@mail.example", None),
    (("石井", "崇"), "6500021", "兵庫県", "神戸市中央区", "三宮町1-9-1", "", "0783916648", "t.ishii@freemail.example",
     (("石井", "きよ"), "6700902", "兵庫県", "姫路市", "白銀町20", "", "0792236610")),
    (("遠藤", "明"), "9800014", "宮城県", "仙台市青葉区", "本町2-10-28", "", "08034471129",
     "sendai.akira@freemail.example", None),
    (("星野", "由紀"), "3700831", "群馬県", "高崎市", "あら町1-5", "コーポあら町105", "0273245587",
     "yuki.hoshino@mail.example", None),
]
rows124 = []
for k, (nm, zc, pref, city, a1, a2, ph, mail, ship) in enumerate(orders124):
    s = ship or (nm, zc, pref, city, a1, a2, ph)
    rows124.append([f"examplestore-{10004512 + k}", f"2024/12/0{2 + k // 3} {13 + k}:0{k}:31", f"{nm[0]} {nm[1]}",
                    nm[1], nm[0], zc, pref, city, a1, a2, ph, mail, f"{s[0][0]} {s[0][1]}", s[1], s[2], s[3], s[4],
                    s[5], s[6], "ゆうパック", "", "PayPay残高払い" if k % 2 else "クレジットカード決済", str(4320 + 860 * k),
                    "kome-5kg", "新潟県産コシヒカリ 5kg 令和6年産", "1", str(4320 + 860 * k)])
MESSAGES["124_att_yahoo_shopping_orders.eml"] = message(
    sender="EC事業部 Yahoo店 大野 <ono.ec@example.co.jp>",
    to=["米穀センター 出荷係 <shukka@beikoku-center.example>"],
    subject="Yahoo!ショッピング店 出荷依頼(5件)", date="Wed, 04 Dec 2024 09:15:02 +0900",
    msgid="<20241204091502.124G@example.co.jp>",
    body=("米穀センター 出荷係 御中\n\nお世話になっております。エグザンプル EC事業部の大野です。\n"
          "ストアクリエイターPro から出力した注文データ(5件)を添付します。3件目は送り先が別です。\n"
          + sig("大野 貴之", "EC事業部 Yahoo!ショッピング店", "03-6453-1577")),
    attachments=[("order_20241204.csv", CSV, csv_text(Y_HEAD, rows124, quoting=csv.QUOTE_ALL).encode("cp932"))],
)

# ===================================================================================== 125
B_HEAD = ["注文ID", "注文日時", "氏(請求先)", "名(請求先)", "郵便番号(請求先)", "都道府県(請求先)", "住所(請求先)",
          "住所2(請求先)", "電話番号(請求先)", "メールアドレス(請求先)", "氏(配送先)", "名(配送先)", "郵便番号(配送先)",
          "都道府県(配送先)", "住所(配送先)", "住所2(配送先)", "電話番号(配送先)", "備考", "商品名", "バリエーション",
          "価格", "税率", "数量", "合計金額", "送料", "支払い方法"]
orders125 = [
    (("上野", "奈々"), "810-0041", "福岡県", "福岡市中央区大名1-3-41", "", "092-713-2258", "nana.ueno@freemail.example",
     None, "", "ハンドクリーム 3本セット", "ラベンダー"),
    (("原", "翔"), "064-0809", "北海道", "札幌市中央区南九条西4-3-10", "レジデンス南9条 505", "080-9912-3374",
     "sho.h@freemail.example", None, "不在時は宅配ボックスへ", "ボディソープ 詰替", "無香料"),
    (("金沢", "涼子"), "920-0981", "石川県", "金沢市片町2-2-15", "", "076-261-7730", "kanazawa.r@freemail.example",
     (("金沢", "恒夫"), "921-8011", "石川県", "金沢市入江3-12", "", "076-291-4408"), "父への贈り物です",
     "ギフトセット(木箱)", "のし付き"),
]
rows125 = []
for k, (nm, zc, pref, a, a2, ph, mail, ship, note, item, var) in enumerate(orders125):
    s = ship or (nm, zc, pref, a, a2, ph)
    rows125.append([f"{'8F3A2C91D7E4B605'[k:k + 8]}{k}", f"2024-12-0{3 + k} 2{k}:1{k}:05", nm[0], nm[1], zc, pref, a,
                    a2, ph, mail, s[0][0], s[0][1], s[1], s[2], s[3], s[4], s[5], note, item, var,
                    str(2640 + 1100 * k), "10%", "1", str(2640 + 1100 * k + 600), "600",
                    "クレジットカード決済" if k != 1 else "コンビニ決済"])
MESSAGES["125_att_base_orders_small.eml"] = message(
    sender="ネットショップ担当 岡 <oka@example.co.jp>",
    to=["ギフトラッピング工房 <order@gift-wrap.example>"],
    subject="BASE ショップ 12月第1週 ラッピング依頼分", date="Fri, 06 Dec 2024 10:40:09 +0900",
    msgid="<20241206104009.125H@example.co.jp>",
    body=("ギフトラッピング工房 ご担当者様\n\nいつもお世話になっております。エグザンプル ネットショップ担当の岡です。\n"
          "今週分のラッピング・発送をお願いする3件の注文(BASE の注文CSV)をお送りします。\n"
          + sig("岡 真奈美", "ネットショップ担当", "03-6453-1588")),
    attachments=[("orders_20241206.csv", CSV, (BOM + csv_text(B_HEAD, rows125)).encode("utf-8"))],
)

# ===================================================================================== 126
K_HEAD = ["レコード番号", "会社名", "部署名", "担当者名", "電話番号", "メールアドレス", "郵便番号", "住所", "案件ステータス",
          "見込み金額", "次回アクション日", "作成者", "作成日時", "更新者", "更新日時"]
kin126 = [
    ("株式会社アルファ電機", "総務部", "今井 聡", "03-3455-2101", "imai@alpha-denki.example", "105-0014", "東京都港区芝2-28-8"),
    ("株式会社アルファ電機", "情報システム部", "北川 美紀", "03-3455-2188", "kitagawa@alpha-denki.example", "105-0014",
     "東京都港区芝2-28-8"),
    ("ベータ商会株式会社", "経営企画室", "横田 誠", "045-312-7760", "yokota@beta-shokai.example", "221-0835",
     "神奈川県横浜市神奈川区鶴屋町3-30-4"),
    ("ガンマ工業株式会社", "製造部", "平野 亮", "0566-24-3318", "hirano@gamma-kogyo.example", "448-0027", "愛知県刈谷市相生町1-1-6"),
    ("デルタ食品株式会社", "品質保証部", "大西 恵美", "075-351-4420", "onishi@delta-foods.example", "600-8216",
     "京都府京都市下京区東塩小路町721-1"),
    ("イプシロン物流株式会社", "営業部", "桑原 剛", "048-224-9087", "kuwabara@epsilon-logi.example", "", ""),
    ("株式会社ゼータ建設", "工務部", "片山 修", "086-225-6613", "katayama@zeta-kensetsu.example", "700-0024",
     "岡山県岡山市北区駅元町1-4"),
    ("エータ薬品株式会社", "購買課", "酒井 里美", "06-6945-2271", "sakai.s@eta-yakuhin.example", "540-0001",
     "大阪府大阪市中央区城見1-2-27"),
    ("シータ精密株式会社", "技術部", "岩崎 大輔", "0263-48-1127", "iwasaki@theta-seimitsu.example", "399-0033",
     "長野県松本市笹賀5652-83"),
    ("株式会社イオタ", "", "武田 光", "090-5528-3316", "takeda@iota.example", "810-0022", "福岡県福岡市中央区薬院1-14-5"),
    ("カッパ運輸株式会社", "配車課", "丸山 浩", "011-738-2256", "maruyama@kappa-unyu.example", "001-0010",
     "北海道札幌市北区北十条西1-12-3"),
    ("ラムダ化成株式会社", "研究所", "本田 彩", "029-852-6634", "honda@lambda-kasei.example", "305-0047", "茨城県つくば市千現2-1-6"),
    ("ミュー電子株式会社", "調達部", "小川 健太", "022-791-4450", "ogawa.k@mu-denshi.example", "", ""),
    ("ニュー商事株式会社", "営業部", "千葉 由美", "099-226-5538", "chiba@nu-shoji.example", "892-0844",
     "鹿児島県鹿児島市山之口町1-10"),
    ("クサイ技研株式会社", "開発部", "若林 直人", "0282-23-6671", "wakabayashi@xi-giken.example", "328-0043",
     "栃木県栃木市境町27-21"),
]
STATUS = ["初回訪問", "提案中", "見積提出", "受注", "失注"]
rows126 = [[str(301 + k), *r[:7], STATUS[k % 5], str(800000 + 150000 * (k % 7)), f"2024-12-{10 + k % 12:02d}",
            "高田 勇", f"2024-0{1 + k % 9}-1{k % 10} 10:2{k % 10}", "佐野 美里", f"2024-12-05 17:4{k % 10}"]
           for k, r in enumerate(kin126)]
MESSAGES["126_att_kintone_crm_csv.eml"] = message(
    sender="営業企画部 佐野 <sano.m@example.co.jp>",
    to=["データクレンジング支援 担当 <support@data-cleansing.example>"],
    subject="kintone 顧客管理アプリ 名寄せ作業用データ", date="Thu, 05 Dec 2024 17:52:44 +0900",
    msgid="<20241205175244.126I@example.co.jp>",
    body=("データクレンジング支援 ご担当者様\n\nお世話になっております。エグザンプル営業企画部の佐野です。\n"
          "名寄せの試行用に、kintone の顧客管理アプリから15レコードを CSV で書き出しました。\n"
          "重複の判定基準のご提案をお待ちしております。\n" + sig("佐野 美里", "営業企画部", "03-6453-1612")),
    attachments=[("顧客管理_20241205T1750.csv", CSV, csv_text(K_HEAD, rows126, quoting=csv.QUOTE_ALL).encode("utf-8"))],
)

# ===================================================================================== 127
# (account, contact, title, phone, mobile, mail, zip, pref, city, street)
sf127 = [
    ("株式会社大和テクノ", "青木 亮太", "部長", "03-3562-1180", "090-1473-2281", "r.aoki@yamato-techno.example",
     "104-0031", "東京都", "中央区", "京橋2-5-18"),
    ("株式会社大和テクノ", "福田 舞", "主任", "03-3562-1180", "", "m.fukuda@yamato-techno.example",
     "104-0031", "東京都", "中央区", "京橋2-5-18"),
    ("みなと商船株式会社", "西川 大", "課長", "078-331-2204", "080-2584-3392", "nishikawa@minato-shosen.example",
     "650-0024", "兵庫県", "神戸市中央区", "海岸通3-1-5"),
    ("北陸ケミカル株式会社", "山崎 智子", "係長", "076-441-6630", "", "t.yamazaki@hokuriku-chem.example",
     "930-0004", "富山県", "富山市", "桜橋通り2-25"),
    ("東海メタル株式会社", "杉本 誠", "部長", "053-454-2291", "090-3695-4403", "sugimoto@tokai-metal.example",
     "430-0933", "静岡県", "浜松市中央区", "鍛冶町100-1"),
    ("株式会社グリーンファーム", "桜井 優", "代表取締役", "0267-44-1126", "080-4706-5514", "sakurai@green-farm.example",
     "384-0023", "長野県", "小諸市", "東雲4-1-8"),
    ("札幌データサービス株式会社", "佐久間 翔", "マネージャー", "011-806-3350", "", "sakuma@sapporo-ds.example",
     "062-0020", "北海道", "札幌市豊平区", "月寒中央通7-6-20"),
    ("株式会社広島ロジテック", "村田 恵", "課長", "082-503-4417", "070-5817-6625", "murata@hiroshima-logi.example",
     "732-0052", "広島県", "広島市東区", "光町1-10-19"),
    ("阿蘇フーズ株式会社", "坂口 健", "部長代理", "096-273-5582", "", "sakaguchi@aso-foods.example",
     "861-2236", "熊本県", "上益城郡益城町", "広崎1603"),
    ("株式会社千葉ベイシステム", "長野 彩", "主任", "043-296-1154", "090-6928-7736", "nagano@chiba-bay.example",
     "261-8501", "千葉県", "千葉市美浜区", "中瀬1-3"),
    ("新潟精工株式会社", "五十嵐 剛", "工場長", "025-273-6619", "080-7039-8847", "igarashi@niigata-seiko.example",
     "950-0965", "新潟県", "新潟市中央区", "新光町10-3"),
    ("株式会社四国システムズ", "真鍋 由香", "", "089-941-2273", "", "manabe@shikoku-sys.example",
     "790-0003", "愛媛県", "松山市", "三番町4-9-6"),
    ("九州エナジー株式会社", "古賀 隆", "課長", "092-482-3308", "090-8140-9958", "koga@kyushu-energy.example",
     "812-0013", "福岡県", "福岡市博多区", "博多駅東1-16-14"),
    ("株式会社仙台アグリ", "佐々木 純", "部長", "022-388-4426", "", "j.sasaki@sendai-agri.example",
     "981-1226", "宮城県", "名取市", "植松4-2-18"),
    ("京都テキスタイル株式会社", "松井 香織", "デザイナー", "075-221-5537", "070-9251-1069", "matsui@kyoto-textile.example",
     "604-8152", "京都府", "京都市中京区", "烏丸通蛸薬師下る手洗水町645"),
    ("株式会社埼玉メディカル", "関 勇気", "主任", "048-871-6648", "", "seki@saitama-medical.example",
     "330-0063", "埼玉県", "さいたま市浦和区", "高砂3-12-9"),
    ("沖縄リゾート開発株式会社", "新垣 美咲", "企画部長", "098-861-7759", "080-1362-2170", "aragaki@okinawa-resort.example",
     "900-0015", "沖縄県", "那覇市", "久茂地1-7-1"),
    ("株式会社岐阜ウッド", "長屋 光", "代表", "058-263-8860", "", "nagaya@gifu-wood.example",
     "500-8842", "岐阜県", "岐阜市", "金町5-21"),
    ("山形フルーツ株式会社", "斎藤 千夏", "課長", "023-631-9971", "090-2473-3281", "saito.c@yamagata-fruits.example",
     "990-0039", "山形県", "山形市", "香澄町2-2-31"),
    ("株式会社横浜ポートサービス", "大川 陸", "係長", "045-201-1082", "070-3584-4392", "okawa@yokohama-port.example",
     "231-0002", "神奈川県", "横浜市中区", "海岸通1-1-4"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "レポート"
ws["A1"] = "展示会リード 取引先責任者(2024年度下期)"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."
ws["A3"] = "Confidential Information - Do Not Distribute"
ws["A4"] = "生成日時: 2024/12/05 10:12 作成者: 高田 勇"
ws["A5"] = "エグザンプル株式会社"
ws.append([])
ws.append(["取引先名", "取引先責任者: 氏名", "役職", "電話", "携帯電話", "メール", "郵便番号(郵送先)", "都道府県(郵送先)",
           "市区郡(郵送先)", "町名・番地(郵送先)", "リードソース"])
for k, r in enumerate(sf127):
    ws.append([*r, ["展示会", "Web", "紹介"][k % 3]])
ws.append([])
ws.append(["合計", "20 件"])
MESSAGES["127_att_salesforce_report_xlsx.eml"] = message(
    sender="営業部 高田 <takada@example.co.jp>",
    to=["インサイドセールス・ラボ 山口 <yamaguchi@is-lab.example>"],
    subject="架電リスト(Salesforce レポート出力)のご送付", date="Thu, 05 Dec 2024 10:30:17 +0900",
    msgid="<20241205103017.127J@example.co.jp>",
    body=("インサイドセールス・ラボ 山口様\n\nお世話になっております。エグザンプル営業部の高田です。\n"
          "来週からの架電をお願いする20名分を、Salesforce のレポートから Excel 形式で書き出しました。\n"
          "携帯番号は名刺に記載があった方のみです。\n" + sig("高田 勇", "営業部", "03-6453-1410")),
    attachments=[("展示会リード_取引先責任者-2024-12-05-10-12-03.xlsx", XLSX, fixed_xlsx(wb, "Salesforce"))],
)

# ===================================================================================== 128
SM_HEAD = ["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "生年月日", "性別", "メールアドレス", "入社年月日", "雇用形態",
           "部署", "役職", "電話番号", "住所（郵便番号）", "住所（都道府県）", "住所（市区町村）", "住所（丁目・番地）",
           "住所（建物名・部屋番号）", "住民票住所（郵便番号）", "住民票住所（都道府県）", "住民票住所（市区町村）",
           "住民票住所（丁目・番地）", "住民票住所（建物名・部屋番号）"]
emp128 = [
    ("1021", "北原", "悠", "キタハラ", "ユウ", "1991/06/18", "男性", "kitahara.y@example.co.jp", "2015/04/01", "正社員",
     "営業部", "主任", "090-3382-1147", ("167-0051", "東京都", "杉並区", "荻窪4-31-7", "荻窪ハイツ203"), None),
    ("1034", "三宅", "詩織", "ミヤケ", "シオリ", "1988/11/02", "女性", "miyake.s@example.co.jp", "2012/10/01", "正社員",
     "経理部", "課長", "080-4471-9922", ("181-0013", "東京都", "三鷹市", "下連雀3-22-10", ""), None),
    ("1058", "大塚", "陽介", "オオツカ", "ヨウスケ", "1995/02/27", "男性", "otsuka.y@example.co.jp", "2018/04/01", "正社員",
     "開発部", "", "070-2218-6630", ("273-0005", "千葉県", "船橋市", "本町5-7-2", "パークサイド本町806"),
     ("390-0874", "長野県", "松本市", "大手2-4-37", "")),
    ("1062", "堀", "真由美", "ホリ", "マユミ", "1979/08/09", "女性", "hori.m@example.co.jp", "2019/07/01", "契約社員",
     "総務部", "", "090-5506-1183", ("330-0802", "埼玉県", "さいたま市大宮区", "宮町2-35", ""), None),
    ("1077", "藤本", "樹", "フジモト", "イツキ", "1998/12/31", "男性", "fujimoto.i@example.co.jp", "2021/04/01", "正社員",
     "開発部", "", "080-6691-2275", ("214-0014", "神奈川県", "川崎市多摩区", "登戸2663", "サンライズ登戸301"), None),
    ("1083", "高山", "彩乃", "タカヤマ", "アヤノ", "1993/04/05", "女性", "takayama.a@example.co.jp", "2020/01/06", "正社員",
     "マーケティング部", "", "090-7785-3316", ("158-0094", "東京都", "世田谷区", "玉川3-9-4", ""), None),
    ("1090", "渡部", "健吾", "ワタナベ", "ケンゴ", "1985/09/21", "男性", "watanabe.k@example.co.jp", "2022/08/01", "正社員",
     "営業部", "課長", "070-8874-4452", ("343-0845", "埼玉県", "越谷市", "南越谷1-15-3", "レジデンス南越谷1102"),
     ("950-0088", "新潟県", "新潟市中央区", "万代1-3-30", "")),
    ("1102", "小西", "ひかり", "コニシ", "ヒカリ", "2001/01/15", "女性", "konishi.h@example.co.jp", "2024/04/01", "正社員",
     "カスタマーサポート部", "", "080-9963-5538", ("135-0016", "東京都", "江東区", "東陽4-8-11", ""), None),
]
rows128 = []
for e in emp128:
    *head, cur, juminhyo = e
    rows128.append([*head, *cur, *(juminhyo or cur)])
MESSAGES["128_att_smarthr_employee_csv.eml"] = message(
    sender="人事部 労務グループ 中西 <nakanishi@example.co.jp>",
    to=["みどり社会保険労務士法人 <info@midori-sr.example>"],
    subject="【SmartHR出力】算定・手続用 従業員データ(8名)", date="Mon, 09 Dec 2024 14:03:26 +0900",
    msgid="<20241209140326.128K@example.co.jp>",
    body=("みどり社会保険労務士法人 御中\n\nいつもお世話になっております。エグザンプル人事部の中西です。\n"
          "12月の手続き対象者8名の従業員データを SmartHR から CSV で出力しましたので、お送りします。\n"
          "住民票住所が現住所と異なる者が2名おります。\n" + sig("中西 奈央", "人事部 労務グループ", "03-6453-1292")),
    attachments=[("employees_20241209140155.csv", CSV, (BOM + csv_text(SM_HEAD, rows128)).encode("utf-8"))],
)

# ===================================================================================== 129
F_HEAD = ["従業員番号", "姓", "名", "姓（カナ）", "名（カナ）", "生年月日", "性別", "入社日", "郵便番号", "都道府県", "市区町村以下",
          "電話番号", "振込先銀行コード", "振込先銀行名", "振込先支店コード", "振込先支店名", "口座種別", "口座番号", "口座名義（カナ）"]
emp129 = [
    ("A-0012", "浅井", "俊", "アサイ", "シュン", "1984-03-08", "男性", "2010-04-01", "4640850", "愛知県",
     "名古屋市千種区今池3-12-20", "052-732-4418", "0005", "三菱UFJ銀行", "251", "今池支店", "普通", "3318204", "ｱｻｲ ｼｭﾝ"),
    ("A-0027", "森下", "絵里", "モリシタ", "エリ", "1990-07-23", "女性", "2014-10-01", "4660064", "愛知県",
     "名古屋市昭和区鶴舞2-17-8 鶴舞レジデンス402", "090-6627-3391", "0001", "みずほ銀行", "461", "名古屋支店", "普通",
     "1047725", "ﾓﾘｼﾀ ｴﾘ"),
    ("A-0035", "今村", "大樹", "イマムラ", "ダイキ", "1996-10-30", "男性", "2019-04-01", "4480857", "愛知県",
     "刈谷市大手町2-15", "080-3356-2284", "0149", "静岡銀行", "402", "刈谷支店", "普通", "0628813", "ｲﾏﾑﾗ ﾀﾞｲｷ"),
    ("A-0041", "片桐", "由佳", "カタギリ", "ユカ", "1987-01-14", "女性", "2020-06-01", "5000833", "岐阜県",
     "岐阜市神田町9-27", "058-262-7710", "0152", "大垣共立銀行", "101", "岐阜支店", "普通", "5520931", "ｶﾀｷﾞﾘ ﾕｶ"),
    ("A-0056", "野村", "拓", "ノムラ", "タク", "1993-05-02", "男性", "2021-04-01", "5100074", "三重県",
     "四日市市鵜の森1-4-28", "070-9104-5526", "0154", "百五銀行", "215", "四日市支店", "当座", "7703146", "ﾉﾑﾗ ﾀｸ"),
    ("A-0063", "柴田", "千春", "シバタ", "チハル", "2000-12-05", "女性", "2023-04-01", "4500002", "愛知県",
     "名古屋市中村区名駅3-28-12 名駅ハイツ1503", "090-2281-6647", "0009", "三井住友銀行", "270", "名古屋駅前支店", "普通",
     "4419058", "ｼﾊﾞﾀ ﾁﾊﾙ"),
]
MESSAGES["129_att_freee_hr_payroll_cp932.eml"] = message(
    sender="名古屋支社 総務課 水野 <mizuno.n@example.co.jp>",
    to=["東海給与計算センター 受託担当 <jutaku@tokai-payroll.example>"],
    cc=["人事部 給与グループ <kyuyo@example.co.jp>"],
    subject="給与計算アウトソーシング 初期データ(名古屋支社 6名)", date="Mon, 09 Dec 2024 16:45:50 +0900",
    msgid="<20241209164550.129L@example.co.jp>",
    body=("東海給与計算センター 受託ご担当者様\n\nお世話になっております。エグザンプル名古屋支社 総務課の水野です。\n"
          "1月支給分からの委託に向け、freee人事労務から出力した従業員データ(振込口座を含む)を添付します。\n"
          + sig("水野 七海", "名古屋支社 総務課", "052-221-7781")),
    attachments=[("従業員一覧_20241209.csv", CSV, csv_text(F_HEAD, emp129).encode("cp932"))],
)

# ===================================================================================== 130
mn130 = [my_no("28714035569"), my_no("41902378816"), my_no("63055871924"), my_no("17349062258"),
         my_no("90428816637")]
mynum130 = csv_text(["社員番号", "氏名", "続柄", "マイナンバー", "生年月日", "備考"], [
    ["1021", "北原 悠", "本人", mn130[0], "1991/06/18", ""],
    ["1021", "北原 千尋", "配偶者", mn130[1], "1992/09/03", "控除対象配偶者"],
    ["1034", "三宅 詩織", "本人", mn130[2], "1988/11/02", ""],
    ["1058", "大塚 陽介", "本人", mn130[3], "1995/02/27", ""],
    ["1058", "大塚 蒼", "子", mn130[4], "2019/05/20", "16歳未満(住民税のみ)"],
])
zip130 = zip_parts([("年末調整2024/マイナンバー一覧_20241210.csv", BOM + mynum130),
                    ("年末調整2024/提出物チェック表.txt",
                     "提出状況 2024/12/10 時点\r\n扶養控除等申告書: 3/3\r\n保険料控除申告書: 2/3(大塚さん未提出)\r\n"
                     "基礎控除申告書: 3/3\r\n")])
MESSAGES["130_att_zip_smarthr_mynumber.eml"] = message(
    sender="人事部 労務グループ 中西 <nakanishi@example.co.jp>",
    to=["あおば税理士事務所 年末調整担当 <nencho@aoba-tax.example>"],
    subject="年末調整 追加対象者のマイナンバー等(3名+扶養2名)", date="Tue, 10 Dec 2024 11:18:40 +0900",
    msgid="<20241210111840.130M@example.co.jp>",
    body=("あおば税理士事務所 年末調整ご担当者様\n\nお世話になっております。エグザンプル人事部の中西です。\n"
          "年末調整の追加対象者について、SmartHR のマイナンバー一覧出力とチェック表を ZIP にまとめました。\n"
          "(パスワードはかけておりません。受領後のご連絡をお願いいたします)\n" + sig("中西 奈央", "人事部 労務グループ", "03-6453-1292")),
    attachments=[("nencho_2024_add.zip", ZIP, zip130)],
)

# ===================================================================================== 131
# Peatix 参加者リスト: 25 tickets, 24 buyers (#7 bought two tickets), 10 phone answers.
px131 = [
    ("安藤 光太", "kota.ando@freemail.example", "アンドウ設計", "090-1146-2231"),
    ("伊藤 麻衣", "mai.ito@webmail.example", "", ""),
    ("上原 蒼", "uehara.s@tech-startup.example", "テックスタートアップ", "08022573342"),
    ("江口 紗希", "saki.eguchi@freemail.example", "", ""),
    ("大川 慎", "s.okawa@okawa-shoji.example", "大川商事", "03-5468-1129"),
    ("加納 結衣", "yui.kano@freemail.example", "", ""),
    ("木下 亮", "kinoshita.r@kinoshita-lab.example", "木下ラボ", "070-3368-4453"),
    ("工藤 彩花", "ayaka.kudo@webmail.example", "", ""),
    ("小池 悠真", "koike.yuma@freemail.example", "", ""),
    ("斉藤 咲", "saki.saito@design-office.example", "デザインオフィスS", "+81 80 4479 5564"),
    ("島田 海斗", "shimada.k@freemail.example", "", ""),
    ("須藤 陽菜", "hina.sudo@webmail.example", "", ""),
    ("関口 隼", "sekiguchi@sekiguchi-kk.example", "関口工業", "045-562-6675"),
    ("高田 凛", "rin.takada@freemail.example", "", ""),
    ("千葉 颯", "hayate.chiba@freemail.example", "", ""),
    ("土屋 葵", "tsuchiya.aoi@creative-works.example", "クリエイティブワークス", "09055807786"),
    ("寺田 陸", "riku.terada@webmail.example", "", ""),
    ("中川 美桜", "mio.nakagawa@freemail.example", "", ""),
    ("西田 大和", "nishida@nishida-kaikei.example", "西田会計事務所", "06-6311-8897"),
    ("野口 芽依", "mei.noguchi@freemail.example", "", ""),
    ("橋本 蓮", "ren.hashimoto@freemail.example", "", ""),
    ("平田 愛", "ai.hirata@hirata-clinic.example", "平田クリニック", "080-6691-9908"),
    ("福島 大輝", "fukushima.d@webmail.example", "", ""),
    ("松尾 楓", "kaede.matsuo@freemail.example", "", "070 7702 1019"),
]
rows131 = []
for k, (name, mail, comp, tel) in enumerate(px131):
    for t in range(2 if k == 6 else 1):
        n = len(rows131)
        rows131.append([str(183220451 + k * 17), str(402551870 + n * 3), f"2024/11/{5 + n % 20:02d} {8 + n % 12}:{n * 7 % 60:02d}",
                        "一般(早割)" if n < 10 else "一般", "2000" if n < 10 else "2500",
                        "クレジットカード" if n % 3 else "コンビニ/ATM", "支払済み", name, mail,
                        name if t == 0 else "木下 亮(同行者)", comp, tel if t == 0 else "",
                        ["Peatixのおすすめ", "SNS", "知人の紹介", "メールマガジン"][n % 4]])
MESSAGES["131_att_peatix_attendees_bom.eml"] = message(
    sender="マーケティング部 杉本 <sugimoto@example.co.jp>",
    to=["共催 ローカルイノベーション協議会 事務局 <jimukyoku@local-innovation.example>"],
    subject="12/14 共催イベント Peatix 申込者リスト(25枚)", date="Tue, 10 Dec 2024 15:26:07 +0900",
    msgid="<20241210152607.131N@example.co.jp>",
    body=("ローカルイノベーション協議会 事務局 ご担当者様\n\nお世話になっております。エグザンプル マーケティング部の杉本です。\n"
          "共催イベントの Peatix 申込者リストを CSV でお送りします(25枚、購入者24名)。\n"
          "受付名簿の作成にご利用ください。\n" + sig("杉本 学", "マーケティング部", "03-6453-1520")),
    attachments=[("peatix_attendees_4025518.csv", CSV, (BOM + csv_text(
        ["注文ID", "チケットID", "購入日時", "チケット名", "価格", "支払い方法", "ステータス", "購入者名", "購入者メールアドレス",
         "参加者名", "アンケート: 会社名・団体名", "アンケート: 当日連絡のつく電話番号", "アンケート: 参加のきっかけ"],
        rows131)).encode("utf-8"))],
)

# ===================================================================================== 132 (control)
sei = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
handles = ["taro_dev", "hanako-k", "nyanko", "kz_eng", "mkt_yuki", "shimashima", "gopher-jp", "rustacean42",
           "ojisan_se", "k8s_taro", "frontend_mai", "pm_kenji", "data_sci_a", "hoge_fuga", "yamada_ml",
           "infra_neko", "ruby_love", "sre_hiro", "qa_mina", "tsukuba_lab", "iot_maker", "cloud_ken", "ux_ayumi",
           "go_tanaka", "swift_kun", "android_ryo", "db_tuner", "sec_yama", "elm_fan", "vue_sato",
           "php_master", "ai_beginner", "hw_hacker", "kotlin_jp", "jamstack_k", "terraform_t", "ml_ops_m",
           "dx_consul", "startup_ceo", "student_a"]
rows132 = [["一般枠" if k < 30 else ("学生枠" if k < 36 else "LT枠"), h,
            f"{sei[k % 10]} {'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[k % 26]}." if k % 4 == 0 else h.replace("_", " "),
            "", f"2024-11-{1 + k % 28:02d} {9 + k % 13}:{k * 11 % 60:02d}:{k * 7 % 60:02d}",
            "参加" if k % 9 else "キャンセル", str(k + 1)] for k, h in enumerate(handles)]
MESSAGES["132_att_connpass_participants_control.eml"] = message(
    sender="開発部 技術広報 山内 <yamauchi@example.co.jp>",
    to=["TechCommunity Japan 運営 <organizers@techcommunity-jp.example>"],
    subject="12/12 勉強会 connpass 参加者一覧(受付用)", date="Wed, 11 Dec 2024 12:08:30 +0900",
    msgid="<20241211120830.132O@example.co.jp>",
    body=("TechCommunity Japan 運営の皆さま\n\nお疲れさまです。エグザンプル開発部 技術広報の山内です。\n"
          "明日の勉強会の connpass 参加者一覧(CSV ダウンロード)をお送りします。40名、うちキャンセル5名です。\n"
          "受付では表示名と受付番号で照合をお願いします。\n" + sig("山内 航", "開発部 技術広報", "03-6453-1702")),
    attachments=[("event_361472_participants.csv", CSV, (BOM + csv_text(
        ["参加枠名", "ユーザー名", "表示名", "利用した決済方法", "申込み日時", "出欠ステータス", "受付番号"], rows132)).encode("utf-8"))],
)

# ===================================================================================== 133
Z_HEAD = ["First Name", "Last Name", "Email", "City", "Country/Region", "Phone", "Organization", "Job Title",
          "Registration Time", "Approval Status"]
reg133 = [
    ("John", "Miller", "jmiller@brightcart.example", "Seattle", "United States", "+1 206-555-0134", "BrightCart",
     "Head of International Growth"),
    ("Sarah", "Chen", "sarah.chen@pacificimports.example", "San Francisco", "United States", "+1 (415) 555-0187",
     "Pacific Imports", "Buyer"),
    ("Tom", "Walker", "tom.walker@ukretail.example", "London", "United Kingdom", "+44 20 7946 0321", "UK Retail Group",
     "Category Manager"),
    ("Priya", "Nair", "priya@sgcommerce.example", "Singapore", "Singapore", "+65 6123 4567", "SG Commerce", "Founder"),
    ("Lukas", "Becker", "l.becker@eu-shop.example", "Berlin", "Germany", "", "EU-Shop GmbH", "CEO"),
    ("Emma", "Wilson", "emma.w@austrade-partners.example", "Sydney", "Australia", "+61 2 9374 4000",
     "Austrade Partners", "Consultant"),
    ("Kevin", "Park", "kevin.park@kstyle.example", "Seoul", "Korea, Republic of", "+82 2-3456-7890", "K-Style",
     "Manager"),
    ("Ana", "Souza", "ana.souza@brasil-ec.example", "São Paulo", "Brazil", "", "Brasil EC", "Analyst"),
    ("Mike", "Johnson", "mjohnson@midwest-goods.example", "Chicago", "United States", "312-555-0148",
     "Midwest Goods", "Owner"),
    ("健太", "鈴木", "k.suzuki@nihon-trading.example", "Tokyo", "Japan", "090-2214-5583", "日本トレーディング", "営業部長"),
    ("彩", "山本", "aya.yamamoto@freemail.example", "Osaka", "Japan", "+81 6-6341-7720", "", ""),
    ("Hiroshi", "Tanaka", "h.tanaka@tanaka-export.example", "Yokohama", "Japan", "045-441-2209", "Tanaka Export",
     "President"),
    ("まり", "佐々木", "mari.sasaki@webmail.example", "Fukuoka", "Japan", "", "", "学生"),
    ("Yuki", "Mori", "yuki.mori@jp-ec.example", "Kyoto", "Japan", "08033419982", "JP-EC", "Marketing"),
]
zbuf = io.StringIO()
zw = csv.writer(zbuf, lineterminator="\n")
zw.writerow(["Registration Report"])
zw.writerow(["Report Generated:", "12/11/2024 10:02 AM"])
zw.writerow(["Topic", "Webinar ID", "Scheduled Time", "Duration (Minutes)", "# Registered", "# Cancelled"])
zw.writerow(["Selling to Japan: Cross-border EC in 2025", "845 2290 3316", "12/17/2024 09:00 AM", "90", "14", "1"])
zw.writerow([])
zw.writerow(["Registrant Details"])
zw.writerow(Z_HEAD)
for k, r in enumerate(reg133):
    zw.writerow([*r, f"12/{2 + k % 8:02d}/2024 {8 + k % 12:02d}:{k * 13 % 60:02d}:05 {'AM' if k % 2 else 'PM'}",
                 "approved"])
MESSAGES["133_att_zoom_registration_report.eml"] = message(
    sender="Global Sales - Kaori Inoue <inoue.k@example.co.jp>",
    to=["Partnerships Team <partnerships@crossborder-media.example>"],
    subject="Webinar 12/17 - registration report for follow-up", date="Wed, 11 Dec 2024 10:15:48 +0900",
    msgid="<20241211101548.133P@example.co.jp>",
    body=("Hi team,\n\nAttached is the Zoom registration report for our joint webinar on 12/17 "
          "(14 registrants so far, 5 from Japan).\nCould you send the reminder to everyone on the list on 12/16?\n\n"
          "Best regards,\n\n-- \nKaori Inoue\nGlobal Sales, Example Co., Ltd.\nTel +81 3 6453 1840\n"),
    attachments=[("84522903316_RegistrationReport.csv", CSV, zbuf.getvalue().encode("utf-8"))],
)

# ===================================================================================== 134
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "All contacts"
ws.append(["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company Name",
           "Street Address", "City", "State/Region", "Postal Code", "Country/Region", "Lifecycle Stage",
           "Contact owner", "Create Date"])
# phone cells as numbers: re-saved through Excel, the leading 0 is gone (354129981 = 03-5412-9981)
hs134 = [
    (51834402117, "恵", "田中", "megumi.tanaka@tanaka-kk.example", 354129981, 9031182247, "田中商店", "神宮前3-1-25",
     "渋谷区", "東京都", 1500001),
    (51834402245, "Daisuke", "Kimura", "d.kimura@kimura-trading.example", "06-6210-3347", None, "Kimura Trading",
     "平野町2-3-7", "大阪市中央区", "大阪府", "541-0046"),
    (51834402381, "由美", "清水", "yumi.shimizu@shimizu-ya.example", 527641190, 8055264471, "清水屋", "内山3-25-6",
     "名古屋市千種区", "愛知県", 4640075),
    (51834402519, "Ken", "Ogawa", "ken.ogawa@ogawa-design.example", None, "+81 70-4418-3325", "Ogawa Design",
     "博多駅南1-3-6", "福岡市博多区", "福岡県", 8120016),
    (51834402660, "美咲", "松田", "misaki.matsuda@freemail.example", None, 9077813306, "", "北十一条西4-1-15",
     "札幌市北区", "北海道", "001-0011"),
    (51834402791, "Sho", "Hayashi", "sho.hayashi@hayashi-ind.example", 482317750, None, "Hayashi Industries",
     "本町4-1-8", "川口市", "埼玉県", 3320012),
]
for k, r in enumerate(hs134):
    ws.append([*r, "Japan", ["Lead", "Marketing Qualified Lead", "Subscriber"][k % 3], "Isamu Takada",
               f"2024-1{k % 2}-{10 + k:02d} 09:{k * 7:02d}"])
MESSAGES["134_att_hubspot_contacts_xlsx.eml"] = message(
    sender="マーケティング部 杉本 <sugimoto@example.co.jp>",
    to=["グロースマーケティング社 運用チーム <ops@growth-mktg.example>"],
    subject="HubSpot コンタクト書き出し(ナーチャリング対象 6件)", date="Thu, 12 Dec 2024 09:41:12 +0900",
    msgid="<20241212094112.134Q@example.co.jp>",
    body=("グロースマーケティング社 運用チーム各位\n\nお世話になっております。エグザンプル マーケティング部の杉本です。\n"
          "ナーチャリング施策の対象コンタクトを HubSpot から書き出して Excel で整えたものをお送りします。\n"
          "Excel で開いた際に電話番号の先頭の0が落ちている行があります。ご注意ください。\n"
          + sig("杉本 学", "マーケティング部", "03-6453-1520")),
    attachments=[("hubspot-crm-exports-all-contacts-2024-12-12.xlsx", XLSX, fixed_xlsx(wb, "sugimoto"))],
)

# ===================================================================================== 135
MF_HEAD = ["取引先コード", "取引先名称", "取引先敬称", "部署名", "担当者役職", "担当者氏名", "郵便番号", "都道府県", "住所1", "住所2",
           "電話番号", "FAX", "メールアドレス", "登録番号", "銀行名", "支店名", "口座種別", "口座番号", "口座名義"]
mf135 = [
    ("V001", "株式会社サクラ印刷", "営業部", "主任", "田島 潤", "162-0825", "東京都", "新宿区神楽坂2-13", "サクラビル3F",
     "03-3260-4471", "03-3260-4472", "tajima@sakura-print.example", "011101042233", "三井住友銀行", "神楽坂支店", "普通",
     "2281047", "ｶ)ｻｸﾗｲﾝｻﾂ"),
    ("V002", "有限会社オカダ運送", "", "", "岡田 進", "343-0025", "埼玉県", "越谷市大沢3-6-1", "", "048-976-2218", "",
     "okada-unso@isp.example", "030002219871", "埼玉りそな銀行", "越谷支店", "普通", "0572931", "ﾕ)ｵｶﾀﾞｳﾝｿｳ"),
    ("V003", "株式会社ミドリ清掃サービス", "業務課", "", "青山 和也", "231-0062", "神奈川県", "横浜市中区桜木町1-101-1", "",
     "045-228-3390", "045-228-3391", "aoyama@midori-seiso.example", "020001063340", "横浜銀行", "桜木町支店", "当座",
     "1106628", "ｶ)ﾐﾄﾞﾘｾｲｿｳｻｰﾋﾞｽ"),
    ("V004", "株式会社テクノサポート関西", "技術部", "部長", "川島 誠", "532-0011", "大阪府", "大阪市淀川区西中島5-9-6",
     "新大阪サンアールビル7F", "06-6304-1185", "06-6304-1186", "kawashima@techno-kansai.example", "120001158826",
     "関西みらい銀行", "新大阪支店", "普通", "3349012", "ｶ)ﾃｸﾉｻﾎﾟｰﾄｶﾝｻｲ"),
    ("V005", "合同会社ブルーオーシャン", "", "代表社員", "海野 翼", "105-0004", "東京都", "港区新橋5-22-10", "松岡田村町ビル6F",
     "03-6809-4423", "", "unno@blue-ocean.example", "010403027715", "楽天銀行", "第一営業支店", "普通", "7215583",
     "ﾄﾞｳ)ﾌﾞﾙｰｵｰｼｬﾝ"),
    ("V006", "株式会社北斗オフィス機器", "営業課", "課長", "北島 亘", "060-0807", "北海道", "札幌市北区北七条西2-8-1", "",
     "011-716-5532", "011-716-5533", "kitajima@hokuto-oa.example", "430001047712", "北洋銀行", "札幌駅前支店", "普通",
     "4470651", "ｶ)ﾎｸﾄｵﾌｨｽｷｷ"),
    ("V007", "株式会社エコ・パック", "総務部", "", "中野 恵子", "486-0945", "愛知県", "春日井市勝川町7-38", "",
     "0568-33-6624", "", "nakano@eco-pack.example", "180001092256", "十六銀行", "勝川支店", "普通", "6638204",
     "ｶ)ｴｺﾊﾟｯｸ"),
    ("V008", "九州フードサービス株式会社", "経理部", "", "松永 聡", "812-0011", "福岡県", "福岡市博多区博多駅前2-20-1",
     "大博多ビル9F", "092-411-7748", "092-411-7749", "matsunaga@kyushu-fs.example", "290001033648", "福岡銀行", "本店営業部",
     "普通", "1890427", "ｷｭｳｼｭｳﾌｰﾄﾞｻｰﾋﾞｽ(ｶ"),
]
rows135 = [[c, n, "御中", d, t, p, z, pr, a1, a2, tel, fax, mail, "T" + corp_no(cb), bk, br, kind, acct, holder]
           for (c, n, d, t, p, z, pr, a1, a2, tel, fax, mail, cb, bk, br, kind, acct, holder) in mf135]
MESSAGES["135_att_moneyforward_vendors_cp932.eml"] = message(
    sender="経理部 小田切 <otagiri@example.co.jp>",
    to=["ひかり税理士法人 監査担当 <kansa@hikari-tax.example>"],
    subject="支払先マスタ(マネーフォワード クラウド)の送付", date="Thu, 12 Dec 2024 15:33:05 +0900",
    msgid="<20241212153305.135R@example.co.jp>",
    body=("ひかり税理士法人 監査ご担当者様\n\nお世話になっております。エグザンプル経理部の小田切です。\n"
          "期中監査でご依頼のあった支払先マスタ(登録番号・振込先口座を含む)を、マネーフォワード クラウドから出力してお送りします。\n"
          + sig("小田切 恵", "経理部", "03-6453-1335")),
    attachments=[("支払先一覧_20241212.csv", CSV, csv_text(MF_HEAD, rows135).encode("cp932"))],
)

# ===================================================================================== 136
rows136 = [
    ["1001", "大和重工", "大和重工業株式会社", "ダイワジュウコウギョウ", corp_no("010401019823"), "T" + corp_no("010401019823"),
     "100-8331", "東京都", "千代田区丸の内3-2-3", "丸の内二重橋ビル", "03-3218-7100", ""],
    ["1002", "なにわ化学", "なにわ化学工業株式会社", "ナニワカガクコウギョウ", corp_no("120001077634"),
     "T" + corp_no("120001077634"), "541-8550", "大阪府", "大阪市中央区道修町4-1-1", "", "06-6209-5000", ""],
    ["1003", "中央交通システム", "中央交通システム株式会社", "チュウオウコウツウシステム", corp_no("180001035512"),
     "T" + corp_no("180001035512"), "450-6190", "愛知県", "名古屋市中村区名駅1-1-4", "JRセントラルタワーズ", "052-588-2200", ""],
    ["1004", "北海道エネルギー", "北海道エネルギー株式会社", "ホッカイドウエネルギー", corp_no("430001016651"),
     "T" + corp_no("430001016651"), "060-8677", "北海道", "札幌市中央区大通東1-2", "", "011-251-1111", ""],
]
MESSAGES["136_att_freee_partners_four_companies.eml"] = message(
    sender="経理部 小田切 <otagiri@example.co.jp>",
    to=["ひかり税理士法人 記帳担当 <kicho@hikari-tax.example>"],
    subject="freee 取引先マスタ 新規登録分(4社)", date="Fri, 13 Dec 2024 10:05:41 +0900",
    msgid="<20241213100541.136S@example.co.jp>",
    body=("ひかり税理士法人 記帳ご担当者様\n\nお世話になっております。エグザンプル経理部の小田切です。\n"
          "今月 freee会計に新規登録した得意先4社の取引先データ(各社の本社所在地・代表電話・法人番号)をお送りします。\n"
          + sig("小田切 恵", "経理部", "03-6453-1335")),
    attachments=[("partners_20241213.csv", CSV, (BOM + csv_text(
        ["取引先コード", "名前（通称）", "正式名称", "カナ名称", "法人番号", "インボイス登録番号", "郵便番号", "都道府県", "市区町村・番地",
         "建物名・部屋番号など", "電話番号", "メモ"], rows136)).encode("utf-8"))],
)

# ===================================================================================== 137
L_HEAD = ["ID", "表示名", "LINE登録名", "友だち追加日時", "ブロック", "タグ", "電話番号", "生年月日", "郵便番号", "住所",
          "回答フォーム: ご希望の店舗"]
line137 = [
    ("ゆうこ🌸", "09012486631", "1992/05/14", "1520035", "東京都目黒区自由が丘1-8-21", "自由が丘店"),
    ("Kenji", "", "", "", "", ""),
    ("まいまい", "080-3315-7742", "19880921", "158-0083", "東京都世田谷区奥沢5-27-5", "自由が丘店"),
    ("ひろし", "", "", "", "", ""),
    ("Aki", "070-4426-8853", "1979年3月8日", "2220033", "神奈川県横浜市港北区新横浜2-5-14", "新横浜店"),
    ("のりこ", "", "", "", "", ""),
    ("たかし", "090-5537-9964", "2001-07-04", "2100007", "神奈川県川崎市川崎区駅前本町11-2", "川崎店"),
    ("さき", "080-6648-1075", "1995/12/1", "", "", "川崎店"),
    ("ぴー", "", "", "", "", ""),
    ("ともみ", "070-7759-2186", "H2.7.4", "1520004", "東京都目黒区鷹番3-14-7", "自由が丘店"),
]
rows137 = [["U" + hashlib.md5(f"line-{k}".encode()).hexdigest(), disp, disp, f"2024-{6 + k % 6:02d}-{2 + k * 2:02d} 1{k}:3{k}",
            "0" if k != 8 else "1", "カウンセリング予約済" if tel else "", tel, bd, zc, ad, shop]
           for k, (disp, tel, bd, zc, ad, shop) in enumerate(line137)]
MESSAGES["137_att_lstep_line_friends.eml"] = message(
    sender="美容事業部 販促 野田 <noda@example.co.jp>",
    to=["LINE運用サポート 担当 <support@line-unyou.example>"],
    subject="Lステップ 友だちリスト(配信セグメント作成用)", date="Fri, 13 Dec 2024 13:27:19 +0900",
    msgid="<20241213132719.137T@example.co.jp>",
    body=("LINE運用サポート ご担当者様\n\nお世話になっております。エグザンプル美容事業部の野田です。\n"
          "誕生月クーポン配信のセグメント作成用に、Lステップの友だちリスト(回答フォームの項目付き)を CSV で書き出しました。\n"
          + sig("野田 瑞穂", "美容事業部 販促", "03-6453-1760")),
    attachments=[("friend_list_20241213.csv", CSV, (BOM + csv_text(L_HEAD, rows137)).encode("utf-8"))],
)

# ===================================================================================== 138 (control)
items138 = ["オーガニックコットンTシャツ", "リネンシャツ", "ワイドパンツ", "ニットカーディガン", "デニムジャケット"]
sizes = ["S", "M", "L"]
colors = [("ホワイト", "WH"), ("ネイビー", "NV")]
rows138 = []
for i, it in enumerate(items138):
    for j, sz in enumerate(sizes):
        for c, (cn_, cc) in enumerate(colors):
            n = len(rows138)
            jan = ean13(f"{'49' if n % 3 else '45'}{81234 + i * 3:05d}{n * 37 % 1000:03d}{j}{c}")
            rows138.append([str(8000101 + n), str(10 + i), jan, f"{it} {cn_} {sz}", str(3900 + i * 1100),
                            str(1560 + i * 440), "0", f"EX24{i + 1:02d}-{cc}-{sz}", sz, cn_, f"G{2400 + i}"])
MESSAGES["138_att_smaregi_product_master_control.eml"] = message(
    sender="商品部 井上 <inoue.s@example.co.jp>",
    to=["セレクトショップ リーフ 仕入担当 <shiire@leaf-select.example>"],
    subject="2025春 卸商品マスタ(スマレジ取込用)", date="Mon, 16 Dec 2024 11:12:30 +0900",
    msgid="<20241216111230.138U@example.co.jp>",
    body=("セレクトショップ リーフ 仕入ご担当者様\n\nお世話になっております。エグザンプル商品部の井上です。\n"
          "2025年春の卸商品30SKUの商品マスタを、スマレジの商品登録 CSV の形式でお送りします。\n"
          "商品コードは JAN、単価は税込上代、原価は卸価格です。\n" + sig("井上 翔", "商品部", "03-6453-1780")),
    attachments=[("product_master_2025SS.csv", CSV, csv_text(
        ["商品ID", "部門ID", "商品コード", "商品名", "商品単価", "原価", "税区分", "品番", "サイズ", "カラー", "グループコード"],
        rows138, quoting=csv.QUOTE_ALL).encode("cp932"))],
)

# ===================================================================================== 139 (control)
rows139 = []
for k in range(24):
    jan = ean13(f"4{(9012345 + k * 40129) % 10**7:07d}{k * 911 % 10000:04d}")
    rows139.append([f"{'ABC'[k % 3]}-{k // 6 + 1:02d}-{k % 6 + 1:02d}", jan, f"{1040023 + k * 1117}",
                    ["国産はちみつ 500g", "りんごジュース 1L", "十割そば 200g×3", "緑茶ティーバッグ 50P"][k % 4],
                    f"L2411-{k * 37 % 1000:04d}", f"2025{(k % 9) + 3:02d}{(k * 3) % 28 + 1:02d}", str(120 - k * 3),
                    str(k % 5 * 6), f"2024/11/{(k % 28) + 1:02d}"])
MESSAGES["139_att_wms_inventory_tsv_control.eml"] = message(
    sender="物流管理課 新井 <arai@example.co.jp>",
    to=["首都圏3PLセンター 在庫管理 <zaiko@shuto-3pl.example>"],
    subject="12月棚卸 在庫照合データ(TSV)", date="Mon, 16 Dec 2024 17:40:02 +0900",
    msgid="<20241216174002.139V@example.co.jp>",
    body=("首都圏3PLセンター 在庫管理ご担当者様\n\nお疲れさまです。エグザンプル物流管理課の新井です。\n"
          "12/15 時点の当社側在庫データを WMS から出力しました。棚卸結果との照合をお願いします。\n"
          "賞味期限は YYYYMMDD、商品コードは当社7桁コードです。\n" + sig("新井 和樹", "物流管理課", "048-987-3320")),
    attachments=[("zaiko_20241215.tsv", "text/tab-separated-values", csv_text(
        ["ロケーション", "JANコード", "商品コード", "商品名", "ロット", "賞味期限", "在庫数", "引当数", "入荷日"], rows139,
        delimiter="\t").encode("utf-8"))],
)

# ===================================================================================== 140 (control)
ga = ["# ----------------------------------------", "# ページとスクリーン: ページパスとスクリーン クラス",
      "# アカウント: エグザンプル公式サイト", "# プロパティ: www.example.co.jp - GA4", "# 開始日: 20241101",
      "# 終了日: 20241130", "# ----------------------------------------", "",
      "ページパスとスクリーン クラス,表示回数,ユーザー,ユーザーあたりのビュー,平均エンゲージメント時間,イベント数,キーイベント,合計収益"]
paths = ["/", "/products/", "/products/ex-2401/", "/company/", "/contact/", "/contact/thanks/?from=lp-0312",
         "/news/2024/11/20241120-01/", "/recruit/", "/support/faq/", "/products/ex-2402/spec/"]
for k, p in enumerate(paths):
    views = 48210 // (k + 1) + k * 13
    users = views * 7 // 10 - k
    ga.append(f"{p},{views},{users},{views / max(users, 1):.2f},{30 + k * 7}.{k * 3 % 10}s,{views * 3 + k},"
              f"{k % 4},{0 if k % 3 else (k + 1) * 12800}")
ga += ["", "# 日付別", "日付,アクティブ ユーザー数,新規ユーザー数"]
for d in range(1, 31):
    ga.append(f"202411{d:02d},{3100 + d * 37 % 400},{1400 + d * 53 % 300}")
MESSAGES["140_att_ga4_export_control.eml"] = message(
    sender="Web推進室 小山 <koyama@example.co.jp>",
    to=["Webコンサルティング 分析チーム <analytics@web-consulting.example>"],
    subject="11月 GA4 レポート書き出し(ページ別・日別)", date="Tue, 17 Dec 2024 09:58:44 +0900",
    msgid="<20241217095844.140W@example.co.jp>",
    body=("Webコンサルティング 分析チーム ご担当者様\n\nお世話になっております。エグザンプル Web推進室の小山です。\n"
          "11月分の GA4 レポート(ページ別・日別)を CSV でお送りします。定例会でのご報告をお願いします。\n"
          + sig("小山 智史", "Web推進室", "03-6453-1805")),
    attachments=[("data-export_202411.csv", CSV, ("\n".join(ga) + "\n").encode("utf-8"))],
)

# ===================================================================================== 141 (control)
inv141 = [("株式会社大和テクノ", "保守サービス 11月分", 850000), ("みなと商船株式会社", "部品交換 SP-2207", 112000),
          ("北陸ケミカル株式会社", "測定器校正", 264000), ("東海メタル株式会社", "保守サービス 11月分", 420000),
          ("株式会社グリーンファーム", "センサー設置工事", 1380000), ("札幌データサービス株式会社", "ライセンス年額", 660000),
          ("株式会社広島ロジテック", "保守サービス 11月分", 385000), ("阿蘇フーズ株式会社", "点検作業", 99000),
          ("株式会社千葉ベイシステム", "追加開発 第2期", 2750000), ("新潟精工株式会社", "部品販売", 47300),
          ("株式会社四国システムズ", "保守サービス 11月分", 310000), ("九州エナジー株式会社", "現地調査", 165000)]
rows141 = []
for k, (cust, subj, sub) in enumerate(inv141):
    tax = sub // 10
    rows141.append([f"INV-2411-{871 + k:04d}", "2024/11/30", "2024/12/31", cust, subj, f"{sub}", f"{tax}",
                    f"{sub + tax}", "入金済" if k % 3 == 0 else "未入金", "2024/12/10" if k % 3 == 0 else "",
                    f"PO-{24110 + k * 7}"])
MESSAGES["141_att_invoice_list_control.eml"] = message(
    sender="経理部 請求担当 浅野 <asano@example.co.jp>",
    to=["ひかり税理士法人 監査担当 <kansa@hikari-tax.example>"],
    subject="11月発行 請求書一覧(Misoca 出力)", date="Tue, 17 Dec 2024 14:20:00 +0900",
    msgid="<20241217142000.141X@example.co.jp>",
    body=("ひかり税理士法人 監査ご担当者様\n\nお世話になっております。エグザンプル経理部の浅野です。\n"
          "11月に発行した請求書12件の一覧と入金状況をお送りします。合計 8,186,530円(税込)です。\n"
          + sig("浅野 美保", "経理部", "03-6453-1320")),
    attachments=[("invoices_202411.csv", CSV, (BOM + csv_text(
        ["請求書番号", "請求日", "お支払期限", "取引先名", "件名", "小計", "消費税", "合計", "入金状況", "入金日", "注文番号"],
        rows141)).encode("utf-8"))],
)

# ===================================================================================== 142 (control)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "運賃表"
ws["A1"] = "宅配便 運賃表(2025年4月1日改定・発地: 埼玉県 越谷センター)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "単位: 円(税込) / 着地の判定は郵便番号上3桁による"
ws.append([])
ws.append(["着地域", "都道府県", "郵便番号(上3桁)", "60", "80", "100", "120", "140", "160"])
zones = [("北海道", "北海道", "001～099", 1460), ("北東北", "青森・秋田・岩手", "010～039", 1150),
         ("南東北", "宮城・山形・福島", "960～999", 1040), ("関東", "茨城・栃木・群馬・埼玉・千葉・東京・神奈川・山梨",
                                                        "100～409", 930),
         ("信越", "新潟・長野", "380～399・940～959", 930), ("北陸", "富山・石川・福井", "910～939", 1040),
         ("中部", "静岡・愛知・三重・岐阜", "410～519", 1040), ("関西", "大阪・京都・滋賀・奈良・和歌山・兵庫", "520～679", 1150),
         ("中国", "岡山・広島・山口・鳥取・島根", "680～759", 1260), ("四国", "香川・徳島・愛媛・高知", "760～799", 1370),
         ("九州", "福岡・佐賀・長崎・熊本・大分・宮崎・鹿児島", "800～899", 1460), ("沖縄", "沖縄", "900～909", 1800)]
for name, prefs, rng, base in zones:
    ws.append([name, prefs, rng, *[base + step * 260 for step in range(6)]])
ws.append([])
ws.append(["※ 離島・一部地域は中継料金が加算されます。クール便は +275円(60・80)、+385円(100)、+715円(120)。"])
MESSAGES["142_att_shipping_rates_xlsx_control.eml"] = message(
    sender="物流管理課 新井 <arai@example.co.jp>",
    to=["ネットショップ運営代行 フジ企画 <info@fuji-kikaku.example>"],
    subject="2025年4月改定 運賃表の送付", date="Wed, 18 Dec 2024 10:30:00 +0900",
    msgid="<20241218103000.142Y@example.co.jp>",
    body=("フジ企画 ご担当者様\n\nお世話になっております。エグザンプル物流管理課の新井です。\n"
          "来年4月からの宅配便運賃表をお送りします。ショップの送料設定の更新をお願いいたします。\n"
          + sig("新井 和樹", "物流管理課", "048-987-3320")),
    attachments=[("運賃表_2025年4月改定.xlsx", XLSX, fixed_xlsx(wb, "arai"))],
)

# ===================================================================================== 143
ST_HEAD = ["注文番号", "注文日時", "ステータス", "購入者氏名", "購入者メールアドレス", "購入者電話番号", "購入者郵便番号", "購入者都道府県",
           "購入者住所", "配送先氏名", "配送先電話番号", "配送先郵便番号", "配送先都道府県", "配送先住所", "アイテム名", "数量", "小計",
           "送料", "合計"]
st143 = [
    ("小松 亜希", "aki.komatsu@freemail.example", "090-7741-2268", "630-8213", "奈良県", "奈良市登大路町36-2", None),
    ("宇野 剛", "t.uno@mail.example", "080-1152-3379", "640-8156", "和歌山県", "和歌山市七番丁23",
     ("宇野 花", "073-431-6682", "649-6246", "和歌山県", "岩出市吉田1-5")),
    ("青柳 凛", "rin.aoyagi@freemail.example", "070-2263-4480", "520-0044", "滋賀県", "大津市京町3-1-1", None),
    ("三好 拓真", "takuma.miyoshi@mail.example", "090-3374-5591", "680-0831", "鳥取県", "鳥取市栄町706", None),
    ("長尾 玲", "rei.nagao@freemail.example", "080-4485-6602", "690-0003", "島根県", "松江市朝日町478-18", None),
]
rows143, b2rows = [], []
for k, (nm, mail, tel, zc, pref, addr, ship) in enumerate(st143):
    s = ship or (nm, tel, zc, pref, addr)
    rows143.append([f"{71520448 + k * 13}", f"2024-12-1{k} 0{k}:2{k}:10", "未発送", nm, mail, tel, zc, pref, addr,
                    s[0], s[1], s[2], s[3], s[4], "手織りラグ 90×130", "1", "12800", "1100", "13900"])
    b2rows.append([f"ST{71520448 + k * 13}", "0", "0", "", "2024/12/19", "", "0812" if k % 2 else "", "", s[1], "",
                   s[2], s[3] + s[4], "", "", "", s[0], "", "様", "", "048-987-3311", "", "343-0824",
                   "埼玉県越谷市流通団地3-2-1", "", "株式会社エグザンプル 出荷センター", "", "", "ラグ"])
B2_HEAD = ["お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定日", "配達時間帯", "お届け先コード",
           "お届け先電話番号", "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所", "お届け先アパートマンション名",
           "お届け先会社・部門１", "お届け先会社・部門２", "お届け先名", "お届け先名(ｶﾅ)", "敬称", "ご依頼主コード", "ご依頼主電話番号",
           "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所", "ご依頼主アパートマンション", "ご依頼主名", "ご依頼主名(ｶﾅ)",
           "品名コード１", "品名１"]
zip143 = zip_parts([("stores_orders_20241219.csv", BOM + csv_text(ST_HEAD, rows143)),
                    ("B2_import_20241219.csv", csv_text(B2_HEAD, b2rows).encode("cp932"))])
MESSAGES["143_att_zip_stores_yamato_b2.eml"] = message(
    sender="EC事業部 出荷センター 福田 <fukuda@example.co.jp>",
    to=["ラグ工房 やまもと 山本様 <yamamoto@rug-kobo.example>"],
    subject="STORES 未発送5件 直送のお願い(B2取込データ付)", date="Thu, 19 Dec 2024 09:05:37 +0900",
    msgid="<20241219090537.143Z@example.co.jp>",
    body=("ラグ工房 やまもと 山本様\n\nお世話になっております。エグザンプル出荷センターの福田です。\n"
          "メーカー直送をお願いする STORES の注文5件と、ヤマト B2クラウド取込用の CSV を ZIP にまとめました。\n"
          "ご依頼主は当センター名義でお願いします。\n"
          + sig("福田 航平", "EC事業部 出荷センター", "048-987-3311", "\n〒343-0824 埼玉県越谷市流通団地3-2-1")),
    attachments=[("直送依頼_20241219.zip", ZIP, zip143)],
)

# ===================================================================================== 144
bcc144 = ["k.suzuki@nihon-trading.example", "yokota@beta-shokai.example", "hirano@gamma-kogyo.example",
          "onishi@delta-foods.example", "kuwabara@epsilon-logi.example", "katayama@zeta-kensetsu.example",
          "sakai.s@eta-yakuhin.example", "iwasaki@theta-seimitsu.example", "takeda@iota.example",
          "maruyama@kappa-unyu.example", "honda@lambda-kasei.example", "ogawa.k@mu-denshi.example",
          "chiba@nu-shoji.example", "wakabayashi@xi-giken.example", "imai@alpha-denki.example"]
MESSAGES["144_bcc_seminar_followup.eml"] = message(
    sender="営業企画部 佐野 <sano.m@example.co.jp>",
    to=["営業企画部 佐野 <sano.m@example.co.jp>"], bcc=bcc144,
    subject="【御礼】12/12 オンラインセミナー ご参加ありがとうございました", date="Fri, 20 Dec 2024 10:00:00 +0900",
    msgid="<20241220100000.144a@example.co.jp>",
    body=("※本メールは一斉送信のため、Bcc にてお送りしております。\n\n"
          "先日はエグザンプル オンラインセミナー「製造現場のデータ活用 2025」にご参加いただき、誠にありがとうございました。\n"
          "当日の資料と録画は下記ページからご覧いただけます(公開期限 2025/1/31)。\n"
          "https://www.example.co.jp/seminar/20241212/\n"
          "アンケートにご回答いただいた方には、個別相談会(1/15〜1/24)のご案内をお送りします。\n"
          + sig("佐野 美里", "営業企画部", "03-6453-1612")),
)

# ===================================================================================== 145
to145 = ["eigyo@towa-press.example", "info@sakura-print.example", "tajima@sakura-print.example",
         "okada-unso@isp.example", "aoyama@midori-seiso.example", "kawashima@techno-kansai.example",
         "unno@blue-ocean.example", "kitajima@hokuto-oa.example", "nakano@eco-pack.example",
         "matsunaga@kyushu-fs.example", "center@shuto-3pl.example"]
MESSAGES["145_to_eleven_suppliers_visible.eml"] = message(
    sender="購買部 坂井 <sakai.k@example.co.jp>", to=to145,
    subject="年末年始休業のお知らせ(購買部)", date="Fri, 20 Dec 2024 15:30:00 +0900",
    msgid="<20241220153000.145b@example.co.jp>",
    body=("お取引先各位\n\n平素より大変お世話になっております。エグザンプル購買部の坂井です。\n"
          "誠に勝手ながら、当社は 2024年12月28日(土)〜2025年1月5日(日) を年末年始休業とさせていただきます。\n"
          "休業期間中の発注書・検収書の発行はございません。1月6日(月)より通常どおり営業いたします。\n"
          "来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。\n" + sig("坂井 浩二", "購買部", "0566-71-3302")),
)

# ===================================================================================== 146
J_HEAD = ["応募者ID", "応募日", "氏名", "フリガナ", "生年月日", "年齢", "性別", "電話番号", "メールアドレス", "郵便番号", "住所",
          "応募職種", "選考ステータス", "応募経路"]
ap146 = [
    ("平成8年4月12日", "28", "男性", "090-2236-7718", "sota.ikeda@freemail.example", "1650026",
     "東京都中野区新井2-30-4 新井コーポ202", "池田 颯太", "イケダ ソウタ"),
    ("1999/1/23", "25", "女性", "080-7714-3390", "mizuki.o@webmail.example", "2140021", "神奈川県川崎市多摩区宿河原3-4-1",
     "大谷 瑞希", "オオタニ ミズキ"),
    ("平成10年11月3日", "26", "男性", "07031128845", "kaito.mura@freemail.example", "3360017", "埼玉県さいたま市南区南浦和2-36-9",
     "村瀬 海斗", "ムラセ カイト"),
    ("1992-08-30", "32", "女性", "090-5571-0063", "a.kubo@freemail.example", "2600015", "千葉県千葉市中央区富士見1-14-11",
     "久保 杏奈", "クボ アンナ"),
    ("昭和63年2月14日", "36", "男性", "03-3987-4412", "t.hirose@mail.example", "1710021", "東京都豊島区西池袋3-28-13",
     "広瀬 剛", "ヒロセ ツヨシ"),
    ("2002/06/07", "22", "女性", "080-9908-1137", "nozomi.k@freemail.example", "1920082", "東京都八王子市東町9-8",
     "桑田 希", "クワタ ノゾミ"),
    ("H5.9.18", "31", "男性", "070-6640-2258", "ryo.shiba@webmail.example", "3100015", "茨城県水戸市宮町1-7-33",
     "柴崎 亮", "シバサキ リョウ"),
]
rows146 = [[f"A{2024120 + k * 7}", f"2024/12/{2 + k * 2:02d}", nm, kana, bd, age, sex, tel, mail, zc, addr,
            ["営業職(法人)", "カスタマーサポート", "Webエンジニア"][k % 3], ["書類選考中", "一次面接", "適性検査"][k % 3],
            ["自社サイト", "doda", "マイナビ転職", "Indeed"][k % 4]]
           for k, (bd, age, sex, tel, mail, zc, addr, nm, kana) in enumerate(ap146)]
MESSAGES["146_att_jobcan_applicants_tsv.eml"] = message(
    sender="人事部 採用グループ 上野 <ueno@example.co.jp>",
    to=["適性検査サービス 受検管理 <jukenkanri@aptitude-test.example>"],
    subject="Web適性検査 受検者登録データ(7名)", date="Mon, 23 Dec 2024 11:20:15 +0900",
    msgid="<20241223112015.146c@example.co.jp>",
    body=("適性検査サービス 受検管理ご担当者様\n\nお世話になっております。エグザンプル人事部 採用グループの上野です。\n"
          "受検案内の送付対象7名分を、ジョブカン採用管理から TSV で書き出しました。受検期限は 1/10 でお願いします。\n"
          + sig("上野 香", "人事部 採用グループ", "03-6453-1288")),
    attachments=[("applicants_20241223.tsv", "text/tab-separated-values", csv_text(J_HEAD, rows146,
                                                                                   delimiter="\t").encode("utf-8"))],
)

# ===================================================================================== 147
rows147 = [["10231", "石原 大輔", "332458811", "9034471182", "1130034", "東京都文京区湯島3-20-12", "エアコン洗浄", "2025/1/8"],
           ["10244", "堀内 絵美", "425467702", "8026617745", "1900012", "東京都立川市曙町2-8-3", "給湯器点検", "2025/1/9"],
           ["10258", "竹内 勝", "661201455", "", "5300041", "大阪府大阪市北区天神橋3-2-10", "エアコン洗浄", "2025/1/9"],
           ["10263", "新井 友香", "", "7011229384", "3600041", "埼玉県熊谷市宮町1-55", "換気扇交換", "2025/1/10"]]
MESSAGES["147_att_excel_csv_lost_zeros.eml"] = message(
    sender="サービス部 手配担当 西岡 <nishioka@example.co.jp>",
    to=["ハウスケアサービス 手配センター <tehai@housecare.example>"],
    subject="1月第2週 訪問作業依頼リスト(4件)", date="Tue, 24 Dec 2024 16:08:52 +0900",
    msgid="<20241224160852.147d@example.co.jp>",
    body=("ハウスケアサービス 手配センター ご担当者様\n\nお世話になっております。エグザンプル サービス部の西岡です。\n"
          "1月第2週の訪問作業依頼4件をお送りします。Excel で保存したため、電話番号の先頭の0が消えています\n"
          "(例: 332458811 → 03-3245-8811)。お手数ですが読み替えてご連絡をお願いします。\n"
          + sig("西岡 大介", "サービス部", "03-6453-1850")),
    attachments=[("訪問依頼_2025年1月第2週.csv", CSV, csv_text(
        ["顧客番号", "氏名", "電話番号", "携帯番号", "郵便番号", "住所", "作業内容", "訪問予定日"], rows147).encode("cp932"))],
)

for name, data in MESSAGES.items():
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
