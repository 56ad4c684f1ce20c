"""Writes held-out messages 168-182 into tests/corpus_heldout/ (deterministic).

Theme: other industries' everyday mail, each as a company in that trade would send it outside: a
travel agency's rooming list to a hotel abroad, an airline group PNR list, a school's emergency
contact list to a camp, a clinic's referral, a dental clinic's recall list to a printer, a rental
application forwarded to a guarantee company, an insurance agency's 満期 list, a gym's race entry
list, a wedding venue's guest list to a caterer, a car dealer's recall DM list, an NPO's volunteer
list, a hotel's 宿泊者名簿 answer to the police; controls: a hotel's room-rate table, a school's
excursion schedule, a clinic's opening-hours notice.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_168_182.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 2, 10, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}


def sig(company: str, name: str, dept: str, tel: str, extra: str = "") -> str:
    return f"\n-- \n{company} {dept}\n{name}\nTEL {tel}{extra}\nhttps://www.example.co.jp/\n"


def message(*, sender, to, subject, date, msgid, body, html_body=None, attachments=(), cc=None,
            bcc=None) -> bytes:
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
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    stem = msgid.strip("<>").split("@")[0]
    msg.set_boundary("----=_Part_" + stem)
    if html_body is not None and attachments:
        msg.get_payload()[0].set_boundary("----=_Alt_" + stem)
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-03T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-10T00:30:00Z</dcterms:modified></cp:coreProperties>')
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_text(header, rows, *, quoting=csv.QUOTE_MINIMAL, lt="\r\n", delimiter=",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lt, quoting=quoting, delimiter=delimiter)
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def html_table(header, rows) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>\n" for r in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
            f"<tr>{head}</tr>\n{body}</table>")


def html_page(paragraphs_before, table, paragraphs_after) -> str:
    before = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paragraphs_before)
    after = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paragraphs_after)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">\n'
            f"{before}{table}\n{after}</body></html>\n")


BOM = "\ufeff"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
BOLD = Font(bold=True)

# ===================================================================================== 168
# Travel agency's rooming list (xlsx) to a hotel in Guam: 6 guests, 旅券番号, 生年月日, 4 mobiles.
TRAVEL = "エグザンプル・トラベル株式会社"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Rooming List"
ws.append(["ROOMING LIST / ルーミングリスト  ツアーコード GU0314-EX  2025/03/14 IN - 2025/03/17 OUT"])
ws.append(["Room", "Type", "氏名", "NAME", "性別", "生年月日", "旅券番号", "旅券有効期限", "携帯電話", "備考"])
for c in ws[2]:
    c.font = BOLD
for r in [("1", "TWN", "佐藤 健太", "SATO KENTA", "M", dt.date(1975, 4, 12), "TK4827361", dt.date(2029, 8, 20),
           "090-3318-2745", ""),
          ("1", "TWN", "佐藤 美穂", "SATO MIHO", "F", dt.date(1977, 9, 3), "TZ1093847", dt.date(2031, 2, 1), "", ""),
          ("2", "TWN", "高橋 誠", "TAKAHASHI MAKOTO", "M", dt.date(1968, 1, 25), "MZ5520193", dt.date(2027, 11, 9),
           "080-2294-6617", "禁煙室希望"),
          ("2", "TWN", "高橋 和子", "TAKAHASHI KAZUKO", "F", dt.date(1970, 6, 30), "MZ5520208", dt.date(2027, 11, 9),
           "", ""),
          ("3", "SGL", "伊藤 直美", "ITO NAOMI", "F", dt.date(1982, 12, 8), "TS3381026", dt.date(2032, 5, 16),
           "070-5523-1184", "高層階希望"),
          ("4", "SGL", "渡辺 隆", "WATANABE TAKASHI", "M", dt.date(1959, 3, 17), "TR7740215", dt.date(2026, 9, 30),
           "090-6651-0938", "誕生日 3/17 ケーキ手配")]:
    ws.append(list(r))
    ws.cell(ws.max_row, 6).number_format = "yyyy/mm/dd"
    ws.cell(ws.max_row, 8).number_format = "yyyy/mm/dd"
MESSAGES["168_travel_rooming_list_xlsx.eml"] = message(
    sender="団体旅行部 西田 <nishida@example.co.jp>",
    to=["Guam Ocean Hotel 日本語デスク <jpdesk@guam-ocean-hotel.example>"],
    subject="【GU0314-EX】ルーミングリスト送付(3/14 IN 6名 4室)", date="Mon, 10 Feb 2025 10:12:44 +0900",
    msgid="<20250210101244.168a@example.co.jp>",
    body=("Guam Ocean Hotel 日本語デスク ご担当者様\n\nいつもお世話になっております。エグザンプル・トラベルの西田です。\n"
          "3/14 チェックインの団体(ツアーコード GU0314-EX)のルーミングリストをお送りします。\n"
          "6名・4室(TWN 2室、SGL 2室)です。到着便は UA828 で 14:35 着の予定です。\n"
          "渡辺様は 3/17 がお誕生日のため、ケーキの手配をお願いできますでしょうか。\n"
          + sig(TRAVEL, "西田 裕也", "団体旅行部", "03-5211-4470")),
    attachments=[("RoomingList_GU0314-EX.xlsx", XLSX, fixed_xlsx(wb, "nishida"))],
)

# ===================================================================================== 169
# Airline group booking: APIS-style passenger list (UTF-8 CSV), DOB as DDMMMYYYY, 7 JPN + 1 KOR.
rows169 = [["6XK2QM", "YAMADA", "TARO MR", "12MAR1985", "JPN", "TR2194857", "05NOV2030", "JL 402118273"],
           ["6XK2QM", "YAMADA", "HANAKO MRS", "27AUG1987", "JPN", "TR2194863", "05NOV2030", ""],
           ["6XK2QM", "KIMURA", "SHINJI MR", "03JAN1972", "JPN", "MU8830142", "18APR2028", "JL 300918445"],
           ["6XK2QM", "NAKAMURA", "YUI MS", "19OCT1995", "JPN", "TZ6672019", "22JUL2033", ""],
           ["6XK2QM", "KOBAYASHI", "RYO MR", "30JUN1990", "JPN", "TS0418836", "09DEC2031", "JL 411720396"],
           ["6XK2QM", "SAITO", "EMI MS", "14FEB1998", "JPN", "TK9051274", "01MAR2034", ""],
           ["6XK2QM", "MORI", "KENJI MR", "08SEP1963", "JPN", "MZ3316680", "15JAN2027", "JL 208847153"],
           ["6XK2QM", "PARK", "JIHOON MR", "21MAY1989", "KOR", "M52819437", "11AUG2032", ""]]
MESSAGES["169_airline_group_pnr_csv_utf8.eml"] = message(
    sender="法人旅行センター 宮下 <miyashita@example.co.jp>",
    to=["Sky Pacific Airlines Group Desk <groupdesk@skypacific-air.example>"],
    subject="GROUP PNR 6XK2QM / NRT-SIN 04APR / 8PAX passenger details", date="Mon, 10 Feb 2025 14:03:21 +0900",
    msgid="<20250210140321.169b@example.co.jp>",
    body=("Sky Pacific Airlines Group Desk 御中\n\nお世話になっております。エグザンプル・トラベル 法人旅行センターの宮下です。\n"
          "団体 PNR 6XK2QM(NRT-SIN 04APR SP011 / SIN-NRT 08APR SP012、8名)の搭乗者情報をお送りします。\n"
          "発券期限 2/21 までにネーム入力をお願いいたします。\n"
          "当日の団体代表者連絡先: YAMADA TARO 様 +81 90-2231-5567\n"
          + sig(TRAVEL, "宮下 真理子", "法人旅行センター", "03-5211-4485")),
    attachments=[("6XK2QM_passenger_list.csv", CSV, csv_text(
        ["PNR", "SURNAME", "GIVEN NAME", "DOB", "NATIONALITY", "PASSPORT NO", "PASSPORT EXPIRY", "FFP NO"],
        rows169).encode("utf-8"))],
)

# ===================================================================================== 170
# School's emergency contact list for a nature camp, HTML table (+ text part): 8 pupils, twins share
# a guardian's phone, and the leading teacher's mobile.
SCHOOL = "学校法人エグザンプル学園 エグザンプル小学校"
hdr170 = ["班", "児童氏名", "保護者氏名", "続柄", "緊急連絡先", "アレルギー・配慮事項"]
rows170 = [("1", "青木 陽向", "青木 美紀", "母", "090-4418-2671", "なし"),
           ("1", "石田 蓮", "石田 剛", "父", "080-3392-7105", "そば"),
           ("1", "上野 葵", "上野 智子", "母", "070-2284-9936", "なし"),
           ("2", "江口 湊", "江口 亜希", "母", "090-6127-3348", "喘息(吸入薬持参)"),
           ("2", "江口 凛", "江口 亜希", "母", "090-6127-3348", "なし"),
           ("2", "大塚 結菜", "大塚 浩", "父", "080-5519-0274", "卵"),
           ("3", "加藤 大和", "加藤 千尋", "母", "045-962-3317", "なし"),
           ("3", "菊地 芽依", "菊地 由香", "祖母", "090-8843-1650", "乗り物酔い")]
intro170 = ("さわやか自然の家 利用受付ご担当者様\n\nお世話になっております。エグザンプル小学校 教頭の小松です。\n"
            "5月15日(木)~16日(金)の5年生 自然教室について、配慮の必要な班(1~3班)の緊急連絡先一覧をお送りします。\n"
            "夜間に体調不良等があった場合は、まず引率責任者の本多(携帯 080-7712-3390)へご連絡ください。")
outro170 = "当日は学校から看護師1名が同行します。よろしくお願いいたします。"
sig170 = sig(SCHOOL, "小松 俊之", "教頭", "045-962-1100", "\nFAX 045-962-1101")
text170 = (intro170 + "\n\n" + "\t".join(hdr170) + "\n" + "".join("\t".join(r) + "\n" for r in rows170) + "\n"
           + outro170 + "\n" + sig170)
html170 = html_page([intro170], html_table(hdr170, rows170), [outro170, sig170.strip()])
MESSAGES["170_school_camp_emergency_html.eml"] = message(
    sender="教頭 小松 <komatsu@example.co.jp>",
    to=["さわやか自然の家 利用受付 <uketsuke@sawayaka-shizen.example>"],
    subject="5/15-16 自然教室 緊急連絡先一覧(配慮の必要な班)", date="Tue, 11 Feb 2025 16:20:05 +0900",
    msgid="<20250211162005.170c@example.co.jp>",
    body=text170, html_body=html170,
)

# ===================================================================================== 171
# Clinic's referral letter (診療情報提供書) typed into the body: one patient.
CLINIC = "医療法人社団エグザンプル会 エグザンプル内科クリニック"
MESSAGES["171_clinic_referral_body.eml"] = message(
    sender="エグザンプル内科クリニック 院長 坂口 <sakaguchi@example.co.jp>",
    to=["みなと総合病院 地域医療連携室 <renkei@minato-hp.example>"],
    subject="診療情報提供書(循環器内科 受診のお願い)", date="Wed, 12 Feb 2025 12:41:30 +0900",
    msgid="<20250212124130.171d@example.co.jp>",
    body=("みなと総合病院 地域医療連携室 御中\n循環器内科 ご担当先生 御侍史\n\n"
          "平素より大変お世話になっております。下記の患者様の精査をお願いしたく、ご紹介申し上げます。\n"
          "予約は患者様ご本人から連携室へお電話いただく予定です。\n\n"
          "【診療情報提供書】\n"
          "患者氏名: 福田 昌子(フクダ マサコ) 女性\n"
          "生年月日: 昭和38年5月20日(61歳)\n"
          "住所: 〒231-0062 神奈川県横浜市中区桜木町1-101-1 桜木町ハイム708\n"
          "電話: 045-211-7382\n"
          "保険者番号: 06130012 記号: 7301 番号: 152\n"
          "紹介目的: 労作時胸部圧迫感の精査(運動負荷心電図、心エコー)\n"
          "既往歴: 高血圧症(2015年~)、脂質異常症\n"
          "現病歴: 2025年1月下旬より階段昇降時に胸部圧迫感を自覚。安静で5分程度で軽快。\n"
          "処方: アムロジピン 5mg 1錠 分1 朝食後、ロスバスタチン 2.5mg 1錠 分1 夕食後\n"
          "検査: 2025/2/10 心電図 洞調律 HR 72、明らかなST変化なし。LDL-C 142 mg/dL\n\n"
          "ご多忙のところ恐れ入りますが、よろしくお願い申し上げます。\n"
          "\n-- \n" + CLINIC + "\n院長 坂口 雅彦\n〒220-0011 神奈川県横浜市西区高島2-12-6 エグザンプルビル2F\n"
          "TEL 045-450-3210 / FAX 045-450-3211\n"),
)

# ===================================================================================== 172
# Dental clinic's recall list (CP932 CSV) to a printing company for postcards: 9 patients, two share
# one household's 〒 and address; one 郵便番号 without hyphen.
rows172 = [["D10234", "長谷川 修", "ﾊｾｶﾞﾜ ｵｻﾑ", "154-0024", "東京都世田谷区三軒茶屋1-32-6", "三軒茶屋コート302", "2024/08/19", "2025/02"],
           ["D10235", "長谷川 恵子", "ﾊｾｶﾞﾜ ｹｲｺ", "154-0024", "東京都世田谷区三軒茶屋1-32-6", "三軒茶屋コート302", "2024/08/19", "2025/02"],
           ["D10411", "松下 由紀", "ﾏﾂｼﾀ ﾕｷ", "1540004", "東京都世田谷区太子堂4-22-11", "", "2024/08/26", "2025/02"],
           ["D10587", "野村 康介", "ﾉﾑﾗ ｺｳｽｹ", "155-0031", "東京都世田谷区北沢2-8-17", "ハイツ北沢105", "2024/08/30", "2025/02"],
           ["D10602", "杉山 あゆみ", "ｽｷﾞﾔﾏ ｱﾕﾐ", "153-0043", "東京都目黒区東山3-7-2", "", "2024/09/02", "2025/03"],
           ["D10718", "内田 剛", "ｳﾁﾀﾞ ﾂﾖｼ", "154-0017", "東京都世田谷区世田谷1-15-9", "", "2024/09/05", "2025/03"],
           ["D10733", "小野寺 美咲", "ｵﾉﾃﾞﾗ ﾐｻｷ", "156-0043", "東京都世田谷区松原5-40-3", "メゾン松原201", "2024/09/09", "2025/03"],
           ["D10790", "酒井 誠一", "ｻｶｲ ｾｲｲﾁ", "152-0004", "東京都目黒区鷹番2-19-8", "", "2024/09/12", "2025/03"],
           ["D10812", "荒木 千夏", "ｱﾗｷ ﾁﾅﾂ", "154-0002", "東京都世田谷区下馬6-33-14", "下馬ガーデン4F", "2024/09/16", "2025/03"]]
MESSAGES["172_dental_recall_postcards_cp932.eml"] = message(
    sender="エグザンプル歯科 受付 梅田 <umeda@example.co.jp>",
    to=["さくら印刷 DM受付 <dm@sakura-print.example>"],
    subject="定期検診ハガキ 宛名データ(2~3月分 9件)", date="Wed, 12 Feb 2025 18:05:47 +0900",
    msgid="<20250212180547.172e@example.co.jp>",
    body=("さくら印刷 DM受付ご担当者様\n\nいつもお世話になっております。エグザンプル歯科の梅田です。\n"
          "定期検診のお知らせハガキの宛名データ(2~3月分、9件)をお送りします。\n"
          "デザインは前回(秋号)と同じで、裏面の診療時間だけ土曜午後を休診に変更してください。\n"
          "2/20 までに投函いただけると助かります。\n"
          + sig("医療法人エグザンプル歯科", "梅田 佳奈", "受付", "03-3418-8020")),
    attachments=[("recall_202502-03.csv", CSV, csv_text(
        ["患者番号", "氏名", "フリガナ", "郵便番号", "住所1", "住所2", "最終来院日", "リコール月"], rows172).encode("cp932"))],
)

# ===================================================================================== 173
# Real-estate agency forwards a web-form rental application, '>'-quoted, to a guarantee company.
MESSAGES["173_realestate_application_forward.eml"] = message(
    sender="賃貸営業部 岩崎 <iwasaki@example.co.jp>",
    to=["全保連合サービス 審査受付 <shinsa@zenpo-guarantee.example>"],
    subject="FW: 【入居申込】グランメゾン中野 305号室", date="Thu, 13 Feb 2025 11:27:09 +0900",
    msgid="<20250213112709.173f@example.co.jp>",
    body=("全保連合サービス 審査受付ご担当者様\n\nお世話になっております。エグザンプル不動産の岩崎です。\n"
          "下記の入居申込について、家賃保証の審査をお願いいたします。\n"
          "月額賃料 98,000円、共益費 5,000円、契約開始予定 2025/3/15 です。本人確認書類の写しは別送します。\n"
          + sig("エグザンプル不動産株式会社", "岩崎 拓也", "賃貸営業部", "03-5348-7761")
          + "\n-----Original Message-----\n"
          "From: 入居申込フォーム <noreply@chintai-form.example>\n"
          "Sent: Wednesday, February 12, 2025 9:14 PM\n"
          "To: 賃貸営業部 <chintai@example.co.jp>\n"
          "Subject: 【入居申込】グランメゾン中野 305号室\n\n"
          "> 入居申込を受け付けました。\n"
          "> \n"
          "> 物件名: グランメゾン中野 305号室\n"
          "> 申込者氏名: 岡田 翔太(オカダ ショウタ)\n"
          "> 生年月日: 1992年7月14日\n"
          "> 現住所: 〒164-0001 東京都中野区中野3-34-18 コーポ中野201\n"
          "> 携帯電話: 080-4721-6653\n"
          "> メールアドレス: shota.okada@freemail.example\n"
          "> 運転免許証番号: 3017 2458 9031\n"
          "> 勤務先: 株式会社サンライズ物流 営業部(正社員)\n"
          "> 勤務先所在地: 東京都江東区新木場1-12-9\n"
          "> 勤務先電話: 03-3522-8140\n"
          "> 勤続年数: 6年 / 年収: 520万円\n"
          "> 入居人数: 1名\n"
          "> 緊急連絡先: 岡田 幸子(母)\n"
          "> 緊急連絡先住所: 群馬県桐生市本町3-5-12\n"
          "> 緊急連絡先電話: 0277-45-3318\n"
          "> 希望入居日: 2025年3月15日\n"),
)

# ===================================================================================== 174
# Insurance agency's 満期 list (xlsx) to the insurer: 6 contracts (one corporate), 和暦 DOB text.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "満期案内対象"
ws.append(["2025年4月 満期 自動車保険 契約者一覧(代理店コード 20-4471)"])
ws.append(["証券番号", "契約者名", "生年月日", "郵便番号", "住所", "電話番号", "保険種目", "満期日", "等級"])
for c in ws[2]:
    c.font = BOLD
for r in [("A2504-118273", "石原 健司", "昭和52年4月8日", "330-0846", "埼玉県さいたま市大宮区大門町2-118", "048-641-2276",
           "自動車", "2025/04/01", "18"),
          ("A2504-118291", "水野 春香", "平成3年10月22日", "331-0812", "埼玉県さいたま市北区宮原町4-21-3", "090-2817-4439",
           "自動車", "2025/04/05", "12"),
          ("A2504-118305", "有限会社マルミ工務店", "", "362-0014", "埼玉県上尾市本町3-9-22", "048-771-0825",
           "自動車(フリート)", "2025/04/10", "-"),
          ("A2504-118322", "原田 孝", "昭和44年1月30日", "337-0051", "埼玉県さいたま市見沼区東大宮5-33-8", "080-6630-2518",
           "自動車", "2025/04/12", "20"),
          ("A2504-118340", "今井 沙織", "昭和61年6月14日", "343-0845", "埼玉県越谷市南越谷1-16-7", "070-3904-6651",
           "自動車", "2025/04/20", "15"),
          ("A2504-118356", "増田 浩一", "昭和33年12月3日", "350-0043", "埼玉県川越市新富町1-7-15", "049-224-5593",
           "自動車", "2025/04/28", "20")]:
    ws.append(list(r))
MESSAGES["174_insurance_renewal_list_xlsx.eml"] = message(
    sender="エグザンプル保険サービス 営業課 関 <seki@example.co.jp>",
    to=["あおぞら損害保険 埼玉支店 代理店サポート <dairiten-saitama@aozora-sonpo.example>"],
    subject="4月満期 自動車保険 契約者一覧(継続案内用)", date="Thu, 13 Feb 2025 15:48:52 +0900",
    msgid="<20250213154852.174g@example.co.jp>",
    body=("あおぞら損害保険 埼玉支店 代理店サポート ご担当者様\n\nいつもお世話になっております。エグザンプル保険サービスの関です。\n"
          "4月満期の自動車保険 6件について、継続案内書の作成をお願いいたします。\n"
          "マルミ工務店様はフリート契約のため、別途車両明細をお送りします。\n"
          + sig("株式会社エグザンプル保険サービス", "関 智也", "営業課", "048-650-3380")),
    attachments=[("満期一覧_202504_自動車.xlsx", XLSX, fixed_xlsx(wb, "seki"))],
)

# ===================================================================================== 175
# Gym's member entry list for a city marathon (UTF-8 CSV) to the event vendor; Bcc the manager.
rows175 = [["M00418", "村井 大地", "ムライ ダイチ", "男", "1988-02-14", "d.murai@freemail.example", "090-1123-8847", "L", "ハーフ"],
           ["M00452", "安藤 夏美", "アンドウ ナツミ", "女", "1993-07-09", "natsumi.ando@webmail.example", "08033917726", "S", "10km"],
           ["M00477", "飯田 拓真", "イイダ タクマ", "男", "1979-11-30", "iida.takuma@mail.example", "070-4416-2093", "M", "ハーフ"],
           ["M00503", "柴田 綾", "シバタ アヤ", "女", "1985-05-21", "aya.shibata@freemail.example", "090-5582-3016", "S", "10km"],
           ["M00519", "堀 健", "ホリ ケン", "男", "1971-09-02", "ken.hori@isp.example", "08061287745", "L", "ハーフ"],
           ["M00534", "小山 真由", "コヤマ マユ", "女", "1998-03-27", "mayu.koyama@webmail.example", "070-2238-5591", "M", "10km"],
           ["M00560", "西村 俊", "ニシムラ シュン", "男", "1990-12-12", "shun.n@freemail.example", "090-7740-1368", "XL", "ハーフ"],
           ["M00588", "千葉 恵美", "チバ エミ", "女", "1982-08-18", "emi.chiba@mail.example", "09046623081", "S", "ハーフ"],
           ["M00601", "宇野 翼", "ウノ ツバサ", "男", "2001-04-05", "tsubasa.uno@isp.example", "080-9913-2207", "M", "10km"],
           ["M00625", "須藤 麻美", "スドウ アサミ", "女", "1976-01-19", "asami.sudo@freemail.example", "070-8852-4410", "S", "10km"]]
MESSAGES["175_gym_marathon_entry_csv.eml"] = message(
    sender="エグザンプルフィットネス 新宿店 店長代理 牧野 <makino@example.co.jp>",
    to=["ランフェス実行委員会 事務局 エントリー係 <entry@runfes-office.example>"],
    bcc=["新宿店 店長 <shinjuku-manager@example.co.jp>"],
    subject="【団体エントリー】エグザンプルフィットネス新宿 10名", date="Fri, 14 Feb 2025 13:30:18 +0900",
    msgid="<20250214133018.175h@example.co.jp>",
    body=("ランフェス実行委員会 事務局 エントリー係 ご担当者様\n\nお世話になっております。エグザンプルフィットネス新宿店の牧野です。\n"
          "3/23 の大会に、当店のランニングクラブ会員 10名で団体エントリーいたします。\n"
          "エントリー用の一覧(年齢区分のため生年月日を含みます)を添付します。参加費は団体でまとめてお振込みします。\n"
          + sig("株式会社エグザンプルフィットネス", "牧野 浩平", "新宿店", "03-5909-2210")),
    attachments=[("団体エントリー_エグザンプルフィットネス新宿.csv", CSV, csv_text(
        ["会員番号", "氏名", "フリガナ", "性別", "生年月日", "メールアドレス", "携帯電話", "Tシャツ", "種目"],
        rows175).encode("utf-8"))],
)

# ===================================================================================== 176
# Wedding venue's guest list (xlsx) to the caterer: names, tables, allergies; couple's mobiles in body.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "席次・料理"
ws.append(["3/8(土) 12:00 披露宴 森下家・川口家 ゲスト一覧(料理手配用)"])
ws.append(["卓", "氏名", "関係", "区分", "料理", "アレルギー・備考"])
for c in ws[2]:
    c.font = BOLD
guests176 = [("A", "森下 義男", "新郎上司", "大人", "フルコース", ""),
             ("A", "大西 修平", "新郎上司", "大人", "フルコース", "甲殻類"),
             ("B", "竹内 明日香", "新婦友人", "大人", "フルコース", "妊娠中(生もの不可)"),
             ("B", "本田 彩花", "新婦友人", "大人", "フルコース", ""),
             ("C", "川口 翔", "新婦甥", "子供", "お子様ランチ", "5歳・乳"),
             ("C", "川口 紗季", "新婦姪", "幼児", "離乳食", "1歳"),
             ("D", "森下 悦子", "新郎祖母", "大人", "フルコース(刻み)", "車椅子")]
for r in guests176:
    ws.append(list(r))
ws2 = wb.create_sheet("集計")
ws2.append(["区分", "人数", "単価", "小計"])
for r in [("フルコース", 62, 16500, 1023000), ("お子様ランチ", 4, 4400, 17600), ("離乳食", 2, 1100, 2200)]:
    ws2.append(list(r))
MESSAGES["176_wedding_guest_list_caterer.eml"] = message(
    sender="ウエディングプランナー 岡 <oka@example.co.jp>",
    to=["ケータリング銀座 宴会課 <enkai@catering-ginza.example>"],
    subject="3/8 森下様・川口様 披露宴 料理手配(アレルギー対応あり)", date="Fri, 14 Feb 2025 17:12:40 +0900",
    msgid="<20250214171240.176i@example.co.jp>",
    body=("ケータリング銀座 宴会課 ご担当者様\n\nお世話になっております。エグザンプル・ウエディング 迎賓館の岡です。\n"
          "3/8(土)森下様・川口様の披露宴(大人 62名、お子様 4名、幼児 2名)の料理手配をお願いします。\n"
          "アレルギー・配慮の必要なゲストのみ添付の一覧に記載しました。ケーキ入刀は 12:45 の予定です。\n"
          "メニューの最終確認はお二人が直接されたいとのことで、連絡先を共有します。\n"
          "新郎 森下 拓郎様 090-2764-1185 / 新婦 川口 優花様 080-3348-9027\n"
          + sig("エグザンプル・ウエディング 迎賓館", "岡 真奈美", "ウエディングプランナー", "03-3561-0808")),
    attachments=[("ゲスト一覧_0308_森下川口.xlsx", XLSX, fixed_xlsx(wb, "oka"))],
)

# ===================================================================================== 177
# Car dealer's recall notice DM list (CP932 CSV) to a mailing house: 車台番号 and 登録番号 lookalikes.
rows177 = [["C30871", "岩田 康弘", "435-0016", "静岡県浜松市中央区和田町812-3", "053-461-2287", "プリウス", "DAA-ZVW50", "ZVW50-8041276", "浜松 330 さ 41-27", "2017/06"],
           ["C31102", "樋口 直子", "430-0851", "静岡県浜松市中央区向宿2-25-8", "090-3381-6624", "アクア", "DAA-NHP10", "NHP10-6552013", "浜松 500 ね 8-88", "2018/11"],
           ["C31244", "丸山 昭", "434-0038", "静岡県浜松市浜名区貴布祢1157", "053-585-1193", "プリウス", "DAA-ZVW50", "ZVW50-6089912", "浜松 331 ら 10-05", "2019/02"],
           ["C31378", "宮崎 由香里", "438-0071", "静岡県磐田市今之浦4-7-2", "080-2216-9307", "カローラ", "6AA-ZWE211", "ZWE211-0017734", "浜松 300 は 73-51", "2020/08"],
           ["C31419", "久保 雅人", "431-1304", "静岡県浜松市浜名区細江町中川1820-4", "070-6625-1148", "プリウス", "DAA-ZVW51", "ZVW51-6120458", "浜松 331 め 2-19", "2019/05"],
           ["C31560", "土屋 美和", "437-0064", "静岡県袋井市川井1025", "0538-42-6271", "アクア", "DAA-NHP10", "NHP10-2781430", "浜松 500 か 55-02", "2016/03"]]
MESSAGES["177_car_dealer_recall_dm_cp932.eml"] = message(
    sender="サービス部 リコール担当 杉本 <sugimoto@example.co.jp>",
    to=["東海メーリングサービス 発送受付 <hasso@tokai-mailing.example>"],
    cc=["サービス部 <service@example.co.jp>"],
    subject="リコール案内DM 宛名データ(対象 6台)", date="Mon, 17 Feb 2025 09:55:14 +0900",
    msgid="<20250217095514.177j@example.co.jp>",
    body=("東海メーリングサービス 発送受付ご担当者様\n\nお世話になっております。エグザンプル自動車販売 サービス部の杉本です。\n"
          "メーカーから届出のあったリコール(届出番号 外-4471、インバーター制御プログラム)の対象車両のうち、\n"
          "当店でご購入・車検実施のお客様 6名分の宛名データをお送りします。圧着ハガキで 2/21 発送をお願いします。\n"
          + sig("エグザンプル自動車販売株式会社", "杉本 大樹", "サービス部", "053-440-7700")),
    attachments=[("recall_dm_list_20250217.csv", CSV, csv_text(
        ["顧客番号", "お客様名", "郵便番号", "住所", "電話番号", "車名", "型式", "車台番号", "登録番号", "初度登録年月"],
        rows177).encode("cp932"))],
)

# ===================================================================================== 178
# NPO's volunteer list in the body to the city's disaster office, Cc a partner NPO (two organisations).
MESSAGES["178_npo_volunteer_list_body.eml"] = message(
    sender="NPO法人エグザンプル・ネット 事務局 荻野 <ogino@example.co.jp>",
    to=["みどり市 危機管理課 防災訓練担当 <bousai@city-midori.example>"],
    cc=["NPO法人こども食堂ネットワーク 事務局 <jimukyoku@kodomo-shokudo.example>"],
    subject="3/9 総合防災訓練 炊き出しボランティア名簿(6名)", date="Mon, 17 Feb 2025 19:42:33 +0900",
    msgid="<20250217194233.178k@example.co.jp>",
    body=("みどり市 危機管理課 防災訓練ご担当者様\n(cc: こども食堂ネットワーク様)\n\n"
          "お世話になっております。NPO法人エグザンプル・ネット事務局の荻野です。\n"
          "3/9(日)の総合防災訓練で炊き出しを担当するボランティア 6名の名簿をお送りします。\n"
          "ボランティア保険の加入手続きは当法人で済ませています。\n\n"
          "No. 氏名 / 携帯 / メール / 担当\n"
          "1. 今村 正樹 / 090-3356-1842 / m.imamura@freemail.example / 班長・調理\n"
          "2. 片山 幸恵 / 080-4417-6023 / sachie.k@webmail.example / 調理\n"
          "3. 川村 悠人 / 070-2091-5538 / yuto.kawamura@mail.example / 配膳\n"
          "4. 北野 千代 / 090-8821-0467 / chiyo.kitano@isp.example / 調理\n"
          "5. 佐伯 亮 / 080-6615-2294 / ryo.saeki@freemail.example / 設営・配膳\n"
          "6. 田辺 のぞみ / 070-5538-7716 / nozomi.tanabe@webmail.example / 受付\n\n"
          "集合は 8:30、市役所東側駐車場でよろしかったでしょうか。\n"
          + sig("NPO法人エグザンプル・ネット", "荻野 里奈", "事務局", "042-311-5520")),
)

# ===================================================================================== 179
# Hotel's answer to a police station's 宿泊者名簿 inquiry (body), the short request quoted below.
MESSAGES["179_hotel_guest_register_police.eml"] = message(
    sender="フロント 支配人 大石 <ohishi@example.co.jp>",
    to=["中央警察署 生活安全課 <seian@chuo-police.example>"],
    subject="Re: 宿泊者名簿の照会について(2/3~2/5 宿泊分)", date="Tue, 18 Feb 2025 10:18:26 +0900",
    msgid="<20250218101826.179l@example.co.jp>",
    body=("中央警察署 生活安全課 ご担当者様\n\nお世話になっております。ホテルエグザンプル札幌 支配人の大石です。\n"
          "ご照会(捜査関係事項照会書 第208号)のありました 2/3~2/5 の 1208 号室・1210 号室の宿泊者名簿を下記のとおり回答いたします。\n\n"
          "■宿泊者1(1208号室)\n氏名: LEE MIN-JUN\n国籍: 韓国\n生年月日: 1990年8月21日\n"
          "旅券番号: M48213957\n住所: Seoul, Mapo-gu, World Cup-ro 15-3\n電話: +82 10-4421-8837\n宿泊: 2025/2/3~2/5\n\n"
          "■宿泊者2(1208号室)\n氏名: CHEN WEI\n国籍: 中国\n生年月日: 1987年3月9日\n"
          "旅券番号: E58204137\n宿泊: 2025/2/3~2/5\n\n"
          "■宿泊者3(1210号室)\n氏名: 佐々木 亮\n国籍: 日本\n生年月日: 1979年11月30日\n"
          "住所: 〒060-0042 北海道札幌市中央区大通西5-8-1 大通ハイツ903\n電話: 011-231-4456\n宿泊: 2025/2/4~2/5\n\n"
          "■宿泊者4(1210号室)\n氏名: Emma WILSON\n国籍: オーストラリア\n生年月日: 1995年6月2日\n"
          "旅券番号: PA4419273\n宿泊: 2025/2/4~2/5\n\n"
          "防犯カメラ映像の保存期間は 30 日のため、必要でしたら 3/5 までにお知らせください。\n"
          + sig("ホテルエグザンプル札幌", "大石 達也", "支配人", "011-200-3300")
          + "\n> ホテルエグザンプル札幌 支配人 様\n> \n"
          "> 捜査関係事項照会書(第208号)を本日郵送いたしましたが、急ぎのため先に内容をお知らせします。\n"
          "> 2/3~2/5 の 1208 号室および 1210 号室の宿泊者名簿(氏名・国籍・旅券番号等)をご回答ください。\n"
          "> \n> 中央警察署 生活安全課\n"),
)

# ===================================================================================== 180
# Control: hotel's room-type rate table (HTML + text) to a travel agency.
hdr180 = ["部屋タイプ", "広さ", "定員", "提供室数", "平日(1室)", "休前日(1室)", "朝食"]
rows180 = [("スタンダードダブル", "18㎡", "2", "12", "¥14,300", "¥19,800", "+¥2,200/名"),
           ("スタンダードツイン", "24㎡", "2", "20", "¥16,500", "¥22,000", "+¥2,200/名"),
           ("デラックスツイン", "32㎡", "3", "8", "¥23,100", "¥29,700", "込み"),
           ("ファミリー和洋室", "45㎡", "5", "4", "¥33,000", "¥41,800", "込み"),
           ("スイート", "68㎡", "4", "1", "¥66,000", "¥82,500", "込み")]
intro180 = ("エグザンプル・トラベル 仕入課 ご担当者様\n\nいつもお世話になっております。ホテルエグザンプル札幌 営業の高木です。\n"
            "2025年4月1日~9月30日の団体・パッケージ向け卸料金(税・サービス料込み、1室あたり)をお送りします。\n"
            "GW(4/26~5/6)と 7/19~8/17 は休前日料金を適用します。")
outro180 = "販売室数は毎月 20 日に翌月分を見直します。ご不明点はお気軽にお問い合わせください。"
sig180 = ("-- \nホテルエグザンプル札幌 営業部\n高木 美穂\n〒060-0001 北海道札幌市中央区北1条西4-2-2\n"
          "TEL 011-200-3300 / FAX 011-200-3301\nhttps://www.example.co.jp/")
text180 = (intro180 + "\n\n" + " | ".join(hdr180) + "\n" + "".join(" | ".join(r) + "\n" for r in rows180) + "\n"
           + outro180 + "\n\n" + sig180 + "\n")
MESSAGES["180_hotel_rate_table_control.eml"] = message(
    sender="ホテルエグザンプル札幌 営業 高木 <takagi@example.co.jp>",
    to=["エグザンプル・トラベル 仕入課 <shiire@travel-partner.example>"],
    subject="2025年度上期 卸料金表(部屋タイプ別)", date="Tue, 18 Feb 2025 15:02:11 +0900",
    msgid="<20250218150211.180m@example.co.jp>",
    body=text180, html_body=html_page([intro180], html_table(hdr180, rows180), [outro180, sig180]),
)

# ===================================================================================== 181
# Control: school excursion schedule (xlsx) to a bus company.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "行程表"
ws.append(["5年生 自然教室 バス行程表(2025年5月15日~16日)"])
ws.append(["日", "時刻", "行程", "号車", "人数", "備考"])
for c in ws[2]:
    c.font = BOLD
for r in [("5/15", "8:15", "正門前 集合・出発式", "1号車・2号車", "1組 34+引率3 / 2組 33+引率3", ""),
          ("5/15", "8:40", "学校 出発", "", "", "高速道路 利用"),
          ("5/15", "10:10", "道の駅 休憩(20分)", "", "", "トイレ休憩"),
          ("5/15", "11:30", "さわやか自然の家 到着", "", "", "バスは 16 日 13:30 に再集合"),
          ("5/16", "13:30", "さわやか自然の家 出発", "1号車・2号車", "73", ""),
          ("5/16", "15:40", "学校 到着・解散式", "", "", "保護者 お迎え 16:00")]:
    ws.append(list(r))
MESSAGES["181_school_bus_schedule_control.eml"] = message(
    sender="5学年主任 本多 <honda@example.co.jp>",
    to=["みどり観光バス 配車係 <haisha@midori-kanko-bus.example>"],
    subject="5/15-16 自然教室 バス行程表(確定版)", date="Wed, 19 Feb 2025 16:44:57 +0900",
    msgid="<20250219164457.181n@example.co.jp>",
    body=("みどり観光バス 配車係 ご担当者様\n\nお世話になっております。エグザンプル小学校 5学年主任の本多です。\n"
          "5/15~16 の自然教室のバス行程表(確定版)をお送りします。大型バス 2台、児童 67名・引率 6名です。\n"
          "雨天でも行程は変わりません。よろしくお願いいたします。\n"
          + sig(SCHOOL, "本多 和也", "5学年主任", "045-962-1100")),
    attachments=[("バス行程表_自然教室_確定版.xlsx", XLSX, fixed_xlsx(wb, "honda"))],
)

# ===================================================================================== 182
# Control: clinic's opening-hours notice, patients in Bcc (free-mail domains), the clinic's own
# address and numbers in its signature.
MESSAGES["182_clinic_hours_notice_control.eml"] = message(
    sender="エグザンプル内科クリニック 受付 <uketsuke@example.co.jp>",
    to=["エグザンプル内科クリニック 受付 <uketsuke@example.co.jp>"],
    bcc=["kanja-a@freemail.example", "taro.k@webmail.example", "h.yoshida@isp.example", "m-sato@mail.example"],
    subject="【エグザンプル内科クリニック】3月からの診療時間変更のお知らせ", date="Thu, 20 Feb 2025 12:00:00 +0900",
    msgid="<20250220120000.182o@example.co.jp>",
    body=("メール配信をご希望の患者様へ\n\nいつもエグザンプル内科クリニックをご利用いただき、ありがとうございます。\n"
          "2025年3月1日(土)より、診療時間を下記のとおり変更いたします。\n\n"
          "  月・火・木・金  9:00~12:30 / 15:00~18:30\n"
          "  水              9:00~12:30(午後休診)\n"
          "  土              9:00~13:00(午後休診)\n"
          "  日・祝          休診\n\n"
          "GW は 4/29(火・祝)、5/3(土・祝)~5/6(火・振休)を休診とさせていただきます。\n"
          "インフルエンザ予防接種の受付は 10/1 から再開予定です。\n"
          "ご予約は WEB 予約(24時間)または下記の電話番号で承ります。\n\n"
          "-- \n" + CLINIC + "\n〒220-0011 神奈川県横浜市西区高島2-12-6 エグザンプルビル2F\n"
          "TEL 045-450-3210 / FAX 045-450-3211\nhttps://www.example.co.jp/\n"),
)

for name, data in MESSAGES.items():
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
