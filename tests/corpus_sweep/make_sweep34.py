"""Review 34's false-positive sweep: 60 ordinary business mails holding NO personal data
that tempt the newest readings (gridforms / formboxes one-digit cells, English postal
labels, romaji addresses in either order, addresses without a prefecture, era boxes,
numbers dialled with 00 / 010, "Ordinary (Futsu) account", bilingual HR mail).

    python tests/corpus_sweep/make_sweep34.py [OUT_DIR]      (default: ./sweep)
    mailguard check --json OUT_DIR

Every finding on these mails is a false one, but for the sender's own signature, which
must not be reported either. The company's public office address appears only in the
signature block after "-- ".
"""

from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl

SENDER = "suzuki@example.co.jp"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

SIG_JA = (
    "\n\n-- \n株式会社サンプル商事 営業企画部 鈴木 健\n"
    "〒105-0014 東京都港区芝3-14-8 サンプルビル5F\n"
    "TEL 03-5432-1111 / FAX 03-5432-1112\nsuzuki@example.co.jp\n"
)
SIG_EN = (
    "\n\n-- \nKen Suzuki, Sales Planning\nSample Trading Co., Ltd.\n"
    "5F Sample Bldg., 3-14-8 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
    "Tel +81-3-5432-1111 | suzuki@example.co.jp\n"
)
HELLO = "お世話になっております。サンプル商事の鈴木です。\n\n"
BYE = "\n\nご確認のほど、よろしくお願いいたします。"

MAILS: list[tuple[str, EmailMessage]] = []


def mail(
    name: str,
    subject: str,
    body: str,
    *,
    to: str = "info@partner.example",
    attach: list[tuple[bytes, tuple[str, str], str]] = (),
    english: bool = False,
) -> None:
    msg = EmailMessage()
    msg["From"] = f"Suzuki Ken <{SENDER}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body + (SIG_EN if english else SIG_JA))
    for data, (maintype, subtype), filename in attach:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    MAILS.append((name, msg))


def xlsx(*sheets: tuple[str, list[list[object]]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    ws.cell(row=r, column=c, value=value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx(paragraphs: list[str], table: list[list[str]]) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    rows = "".join(
        "<w:tr>"
        + "".join(
            f'<w:tc><w:p><w:r><w:t xml:space="preserve">{esc(c)}</w:t></w:r></w:p></w:tc>'
            for c in row
        )
        + "</w:tr>"
        for row in table
    )
    body = f"<w:document {w}><w:body>{paras}<w:tbl>{rows}</w:tbl></w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", body)
    return buf.getvalue()


def digits(s: str) -> list[object]:
    """One character a cell, digits as numbers (as Excel keeps them)."""
    return [int(c) if c.isdigit() else c for c in s]


def att_x(data: bytes, name: str) -> tuple[bytes, tuple[str, str], str]:
    return (data, XLSX, name)


def att_d(data: bytes, name: str) -> tuple[bytes, tuple[str, str], str]:
    return (data, DOCX, name)


# ---------------------------------------------------------------- grid sheets (xlsx)

months = [f"2025年{m}月" for m in range(4, 13)] + ["2026年1月"]
mail(
    "01_kpi_channels_month_headers",
    "【月次】問い合わせチャネル別件数（4月〜1月）",
    HELLO + "支店別の問い合わせ件数を添付いたします（小規模店舗のため一桁台です）。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "件数",
                    [
                        ["チャネル", *months],
                        ["電話", *digits("0312415231")],
                        ["メール", *digits("2101130201")],
                        ["郵便", *digits("1020003110")],
                        ["Web", *digits("4352646573")],
                    ],
                )
            ),
            "channel_kpi.xlsx",
        )
    ],
)

weeks = [f"W{w}" for w in range(14, 24)]
mail(
    "02_kpi_week_headers",
    "週次KPI（W14-W23）",
    HELLO + "週次のKPIシートです。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "週次",
                    [
                        ["項目", *weeks],
                        ["電話受付", *digits("0312415231")],
                        ["メール返信", *digits("2101130201")],
                        ["口座開設", *digits("1203012003")],
                        ["カード発行", *digits("0090341120")],
                    ],
                )
            ),
            "weekly_kpi.xlsx",
        )
    ],
)

scale7 = ["非常に満足", "満足", "やや満足", "どちらでもない", "やや不満", "不満", "非常に不満"]
mail(
    "03_survey_7point_long_labels",
    "顧客満足度アンケート 集計結果",
    HELLO + "アンケート（回答12件）の集計表を添付します。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "集計",
                    [
                        ["設問", *scale7],
                        ["電話対応", *digits("0312411")],
                        ["メール対応", *digits("2503110")],
                        ["郵便物のご案内", *digits("1020003")],
                        ["口座振替の手続き", *digits("3421011")],
                        ["カードの使いやすさ", *digits("5331000")],
                    ],
                )
            ),
            "survey.xlsx",
        )
    ],
)

days_oct = [f"10/{d}" for d in range(1, 32)]
roster = "1212-1212-1212-12-1212-1212-12"
mail(
    "04_shift_roster_date_headers",
    "10月 当番表",
    HELLO + "10月の当番表です（1=早番、2=遅番、-=休み）。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "10月",
                    [
                        ["当番", *days_oct],
                        ["電話当番A", *digits(roster[:31].ljust(31, "1"))],
                        ["電話当番B", *digits("2121-2121-2121-21-2121-2121-21".ljust(31, "2"))],
                        ["メール当番", *digits("0110-0110-0110-01-0110-0110-01".ljust(31, "0"))],
                    ],
                )
            ),
            "roster_oct.xlsx",
        )
    ],
)

cal = [
    ["2026年4月 営業カレンダー"],
    ["", "日", "月", "火", "水", "木", "金", "土"],
    ["第1週", None, None, None, 1, 2, 3, 4],
    ["第2週", 5, 6, 7, 8, 9, 10, 11],
    ["第3週", 12, 13, 14, 15, 16, 17, 18],
    ["第4週", 19, 20, 21, 22, 23, 24, 25],
    ["第5週", 26, 27, 28, 29, 30],
    [],
    ["電話受付", "平日 9:00-17:00"],
]
mail(
    "05_business_calendar",
    "4月の営業カレンダー",
    HELLO + "4月の営業カレンダーを送付いたします。" + BYE,
    attach=[att_x(xlsx(("4月", cal)), "calendar_2026_04.xlsx")],
)

qs = [
    f"設問{k}（{t}）"
    for k, t in enumerate(
        [
            "電話応対",
            "メール文面",
            "郵便物",
            "口座案内",
            "カード説明",
            "敬語",
            "傾聴",
            "要約",
            "提案",
            "締め",
        ],
        1,
    )
]
mail(
    "06_training_scores_long_headers",
    "応対研修 採点結果",
    HELLO + "研修の採点結果（各設問0-9点）です。受講者は記号で表記しています。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "採点",
                    [
                        ["受講者", *qs, "合計"],
                        ["A", *digits("0312415231"), 26],
                        ["B", *digits("0903412275"), 33],
                        ["C", *digits("0120444567"), 36],
                    ],
                )
            ),
            "scores.xlsx",
        )
    ],
)

mail(
    "07_inventory_shelves",
    "棚別在庫数",
    HELLO + "倉庫の棚別在庫数です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "在庫",
                    [
                        ["品目", "棚1", "棚2", "棚3", "棚4", "棚5", "棚6", "棚7", "棚8"],
                        ["電話機", *digits("03124152")],
                        ["郵便はかり", *digits("10200031")],
                        ["カードリーダー", *digits("44123055")],
                    ],
                )
            ),
            "stock.xlsx",
        )
    ],
)

mail(
    "08_docx_window_counts",
    "窓口別受付件数（Word）",
    HELLO + "窓口別の受付件数表をWordでお送りします。" + BYE,
    attach=[
        att_d(
            docx(
                ["窓口別受付件数（4/1-4/10）"],
                [
                    [
                        "窓口",
                        "4/1(火)",
                        "4/2(水)",
                        "4/3(木)",
                        "4/4(金)",
                        "4/7(月)",
                        "4/8(火)",
                        "4/9(水)",
                        "4/10(木)",
                        "4/11(金)",
                        "4/14(月)",
                    ],
                    ["電話", *"0312415231"],
                    ["郵便", *"1020003110"],
                    ["口座", *"1203012003"],
                ],
            ),
            "counts.docx",
        )
    ],
)

tab = "チャネル\t2025/04\t2025/05\t2025/06\t2025/07\t2025/08\t2025/09\t2025/10\t2025/11\t2025/12\t2026/01\n"
tab += "電話\t0\t3\t1\t2\t4\t1\t5\t2\t3\t1\n郵便\t1\t0\t2\t0\t0\t0\t3\t1\t1\t0\nメール\t2\t1\t0\t1\t1\t3\t0\t2\t0\t1\n"
mail(
    "09_tab_pasted_months",
    "問い合わせ件数（Excelから貼り付け）",
    HELLO + "Excelの表をそのまま貼り付けます。\n\n" + tab + BYE,
)

bars = (
    "｜チャネル｜4/1-4/7｜4/8-4/14｜4/15-4/21｜4/22-4/28｜5/1-5/7｜5/8-5/14｜5/15-5/21｜5/22-5/28｜5/29-6/4｜6/5-6/11｜\n"
    "｜電話｜0｜3｜1｜2｜4｜1｜5｜2｜3｜1｜\n"
    "｜郵便｜1｜0｜2｜0｜0｜0｜3｜1｜1｜0｜\n"
)
mail(
    "10_bar_table_week_ranges", "週別件数（罫線表）", HELLO + "週ごとの件数です。\n\n" + bars + BYE
)

md = (
    "| 窓口 | Apr-25 | May-25 | Jun-25 | Jul-25 | Aug-25 | Sep-25 | Oct-25 | Nov-25 | Dec-25 | Jan-26 |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|\n"
    "| 電話 | 0 | 3 | 1 | 2 | 4 | 1 | 5 | 2 | 3 | 1 |\n"
    "| 郵便 | 1 | 0 | 2 | 0 | 0 | 0 | 3 | 1 | 1 | 0 |\n"
    "| 口座 | 1 | 2 | 0 | 3 | 0 | 1 | 2 | 0 | 0 | 3 |\n"
)
mail(
    "11_markdown_month_abbrev",
    "Monthly counts by window",
    HELLO + "月別件数（Markdown）です。\n\n" + md + BYE,
)

mail(
    "12_xlsx_quarter_year_headers",
    "四半期別 受付件数",
    HELLO + "四半期別の件数です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "四半期",
                    [
                        ["", "FY2024", None, None, None, "FY2025", None, None, None],
                        ["区分", "1Q", "2Q", "3Q", "4Q", "1Q", "2Q", "3Q", "4Q"],
                        ["電話", *digits("03124152")],
                        ["郵便", *digits("10200031")],
                    ],
                )
            ),
            "quarterly.xlsx",
        )
    ],
)

mail(
    "13_xlsx_header_two_rows_up",
    "ブロック別 件数表",
    HELLO + "見出しが2段の件数表です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "件数",
                    [
                        [
                            "区分",
                            "第1ブロック（東日本）",
                            None,
                            None,
                            None,
                            None,
                            "第2ブロック（西日本）",
                            None,
                            None,
                            None,
                            None,
                        ],
                        [
                            "",
                            "北海道支店",
                            "東北支店",
                            "関東支店",
                            "甲信越支店",
                            "北陸支店",
                            "東海支店",
                            "近畿支店",
                            "中国支店",
                            "四国支店",
                            "九州支店",
                        ],
                        [],
                        ["電話", *digits("0312415231")],
                        ["郵便", *digits("1020003110")],
                    ],
                )
            ),
            "blocks.xlsx",
        )
    ],
)

mail(
    "14_xlsx_hourly_calls_long_hours",
    "時間帯別の着信",
    HELLO + "時間帯別の着信です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "時間帯",
                    [
                        [
                            "時間帯",
                            "9:00-10:00",
                            "10:00-11:00",
                            "11:00-12:00",
                            "12:00-13:00",
                            "13:00-14:00",
                            "14:00-15:00",
                            "15:00-16:00",
                            "16:00-17:00",
                            "17:00-18:00",
                            "18:00-19:00",
                        ],
                        ["電話", *digits("0312415231")],
                        ["メール", *digits("2101130201")],
                    ],
                )
            ),
            "hourly.xlsx",
        )
    ],
)

mail(
    "15_xlsx_branch_codes_header",
    "店舗コード別 口座開設数",
    HELLO + "店舗コード別の口座開設数です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "開設数",
                    [
                        ["店舗コード", 101, 102, 105, 110, 111, 120, 121],
                        ["口座開設", *digits("1203012")],
                        ["カード発行", *digits("0312415")],
                    ],
                )
            ),
            "branches.xlsx",
        )
    ],
)

# ---------------------------------------------------------------- romaji addresses

mail(
    "16_fair_hall_numbers_comma",
    "Invitation: Japan Office Expo 2026",
    "Dear partners,\n\nWe are exhibiting at Japan Office Expo 2026. You will find us in "
    "Halls 4-6, Makuhari Messe, Mihama-ku, Chiba, from June 3 to June 5.\n"
    "Our booth number is B-21. Please show the attached QR code at the entrance.",
    to="events@partner.example",
    english=True,
)

mail(
    "17_big_sight_east_halls",
    "Booth information - Tokyo Pack 2026",
    "Hello,\n\nOur booth is in East Halls 1-3, Tokyo Big Sight, Koto-ku, Tokyo (booth E1-203).\n"
    "The nearest station is Kokusai-Tenjijo on the Rinkai Line.",
    to="pr@agency.example",
    english=True,
)

mail(
    "18_conference_rooms",
    "Workshop rooms confirmed",
    "Dear speakers,\n\nThe workshops take place in Rooms 501-503, Kyoto International Conference "
    "Center, Sakyo-ku, Kyoto. Lunch will be served in the Annex.\nPlease arrive by 9:30.",
    to="speakers@conf.example",
    english=True,
)

mail(
    "19_airport_counters",
    "Group check-in for the Singapore trip",
    "Dear all,\n\nGroup check-in is at Counters 12-15, Narita Airport Terminal 2, Narita-shi, Chiba. "
    "Please gather at 7:30 with your e-ticket.",
    to="tour@travel.example",
    english=True,
)

mail(
    "20_dome_entrance_of",
    "Stadium hospitality passes",
    "Hello,\n\nPlease use Entrance 2-3 of Sapporo Dome, Toyohira-ku, Sapporo-shi, Hokkaido. "
    "Passes will be handed out at the hospitality desk from 12:00.",
    to="guests@club.example",
    english=True,
)

mail(
    "21_hotel_floors",
    "Venue: partner summit floors",
    "Hi team,\n\nThe summit uses Floors 3-5, Hotel New Otani, Chiyoda-ku, Tokyo. "
    "Breakout sessions on Floor 4.",
    to="summit@partner.example",
    english=True,
)

mail(
    "22_japanese_order_count",
    "Store visit plan (Osaka)",
    "Hi Maria,\n\nFor the pilot we will visit the stores in Osaka Kita-ku Umeda 2-3 times a week, "
    "and Osaka Chuo-ku Namba once a week.\nBudget per visit: 15,000 yen.",
    to="maria@retail.example",
    english=True,
)

mail(
    "23_japanese_order_halls",
    "Exhibition layout",
    "Dear exhibitors,\n\nExhibition halls: Chiba Mihama-ku Halls 4-6 (Makuhari Messe). "
    "Move-in starts on June 1 at 8:00.",
    to="exhibitors@fair.example",
    english=True,
)

mail(
    "24_station_gate_jp_order_no_number",
    "Meeting point for the factory tour",
    "Hello,\n\nWe meet at the Karasuma Central Gate of Kyoto Station at 8:40. The factory is in "
    "Kyoto-fu Kyoto-shi Minami-ku; the bus ride takes 20-25 minutes.\nLunch is served at 12:00.",
    to="tour@client.example",
    english=True,
)

mail(
    "25_newsletter_zip_postal_service",
    "Sample Trading Newsletter - November",
    "Sample Trading Newsletter, November 2026\n\n"
    "1. Catalogue download: the full catalogue is available as a ZIP file (48 MB) on our website.\n"
    "2. Shipping to the US: parcels are now handed to the United States Postal Service at Los Angeles.\n"
    "3. Careers: we are hiring a Logistics Coordinator (Post No. 123) and a Buyer (Post No. 124).\n"
    "4. Our customer survey uses a 1-5 scale; average satisfaction was 4.2.\n",
    to="newsletter@list.example",
    english=True,
)

mail(
    "26_invoice_english_own_address",
    "Invoice INV-2026-1127",
    "Dear Accounts Payable,\n\nPlease find our invoice INV-2026-1127 for order PO-88213.\n"
    "Amount due: JPY 1,245,000 (tax incl.)\nDue date: December 31, 2026\n"
    "Bank: Mizuho Bank, Shiba Branch - please see the remittance details on the invoice PDF.\n"
    "Kindly quote the invoice number with your payment.",
    to="ap@customer.example",
    english=True,
)

mail(
    "27_ir_ordinary_shares",
    "Shareholding structure (public filing summary)",
    "Dear investors,\n\nAs stated in our annual securities report, the issued shares are:\n"
    "Ordinary 4500000\nClass A preferred 300000\n"
    "Treasury shares: 125000\nThe figures are as of March 31, 2026.",
    to="ir@fund.example",
    english=True,
)

mail(
    "28_hr_bilingual_postal_placeholder",
    "【HR】住所変更の手続き / Address change procedure",
    "各位 / Dear all,\n\n住所変更の際は、ポータルの入力欄に以下の形式で入力してください。\n"
    "Please use the following format in the portal.\n\n"
    "郵便番号 / Postal Code: 000-0000（半角・ハイフンあり / half-width with hyphen）\n"
    "電話番号 / Phone: 000-0000-0000\n"
    "口座番号 / Account No.: 0000000（7桁 / 7 digits）\n\n"
    "提出期限 / Deadline: 12月15日 / December 15",
    to="staff@subsidiary.example",
)

mail(
    "29_hr_english_onboarding",
    "Onboarding checklist for new hires",
    "Hello,\n\nHere is the onboarding checklist for the January intake:\n"
    "1. Residence registration at the ward office (within 14 days)\n"
    "2. Open an Ordinary (Futsu) account at any Japanese bank - salary is paid on the 25th\n"
    "3. Enter your Post code and address in Workday\n"
    "4. Register your My Number via the HR portal (do NOT send it by e-mail)\n"
    "5. Commuter pass: choose the cheapest route; ZIP code of your home is needed for the route search\n",
    to="hr@partner-agency.example",
    english=True,
)

mail(
    "30_job_posting_english",
    "Job posting: Warehouse Supervisor (Chiba)",
    "Position: Warehouse Supervisor\nPost No. 123 / Grade 4\nLocation: our Ichikawa distribution center, "
    "10 minutes from Futamatashinmachi Station\nShifts: 8:00-17:00, 2-3 days of overtime a month\n"
    "Salary: JPY 4.2-5.0 million\nApply by sending your CV to the agency.",
    to="jobs@agency.example",
    english=True,
)

# ---------------------------------------------------------------- addresses without a prefecture

mail(
    "31_minutes_counts_in_cities",
    "議事録：地域説明会の振り返り",
    HELLO + "11/20 定例会議 議事録\n\n"
    "・松本市で3-5回の説明会を予定（来年2-3月）\n"
    "・上田市真田地区 2-3ヶ月に1回の巡回を継続\n"
    "・長野市篠ノ井 1-2週間以内に日程案を共有\n"
    "・佐久市中込地区 2-3週目に試行\n" + BYE,
)

mail(
    "32_room_numbers_center",
    "研修会場のご案内",
    HELLO + "研修は松本市勤労者福祉センター 2-3号室で行います。\n"
    "駐車場は第2駐車場をご利用ください。" + BYE,
)

mail(
    "33_station_exit_numbers",
    "会場アクセス",
    HELLO + "会場へは、大阪市北区 梅田駅 3-4番出口より徒歩2分です。\n"
    "雨天時は地下街をご利用ください。" + BYE,
)

mail(
    "34_bus_stop_numbers",
    "送迎バスのご案内",
    HELLO + "送迎バスは札幌市中央区 札幌駅前バスターミナル 1-3番のりばから発車します。\n"
    "発車時刻は 8:30 / 9:00 です。" + BYE,
)

mail(
    "35_factory_lines",
    "ライン停止のお知らせ",
    HELLO + "設備点検のため、豊田市元町工場 1-2ライン を12/3に停止します。\n"
    "影響範囲は別紙をご覧ください。" + BYE,
)

mail(
    "36_messe_halls_japanese",
    "展示会出展のご案内",
    HELLO + "本年も出展いたします。\n会場：千葉市美浜区 幕張メッセ 4-6ホール\n"
    "小間番号：B-21\n会期：6月3日〜5日" + BYE,
)

mail(
    "37_big_sight_halls_japanese",
    "出展小間のお知らせ",
    HELLO
    + "会場は江東区 東京ビッグサイト東1-3ホールです。\n小間番号 E1-203 にてお待ちしております。"
    + BYE,
)

mail(
    "38_courses_and_areas",
    "講習会のコース",
    HELLO + "長野市若里 1-2コース、松本市中央 3-4エリアに分かれて実施します。\n"
    "各コース定員20名です。" + BYE,
)

mail(
    "39_platform_ranges",
    "臨時列車の案内",
    HELLO + "臨時列車は京都市下京区 京都駅 31-33番線から発車します。\n"
    "名古屋市中村区 名古屋駅 12-13番ホームも併用します。" + BYE,
)

mail(
    "40_booths_japanese",
    "ブース配置",
    HELLO + "熊本市中央区 花畑広場 2-3ブースが当社の出展位置です。\n搬入は前日17時からです。" + BYE,
)

mail(
    "41_cities_in_sales_table",
    "エリア別売上（速報）",
    HELLO + "エリア別の速報値です。\n\n"
    "エリア\t前年比\t件数\n八王子市\t102%\t1-2件増\n横浜市港北区\t98%\t3-4件減\n"
    "さいたま市大宮区\t105%\t2-3件増\n" + BYE,
)

mail(
    "42_kyoto_directions_prose",
    "京都での打ち合わせ",
    HELLO + "京都市左京区の会場へは、地下鉄東山駅1番出口から徒歩8分です。\n"
    "京都市内は混雑するため、2-3時間の余裕をもってお越しください。" + BYE,
)

# ---------------------------------------------------------------- era boxes and dates

mail(
    "43_budget_era_prose",
    "予算資料の件",
    HELLO + "平成5年度の予算と令和6年度の予算を比較した資料を添付します。\n"
    "平成31年4月1日施行の規程により、昭和60年度以前の数値は参考値です。" + BYE,
)

mail(
    "44_company_birthday",
    "創立記念日のお知らせ",
    HELLO + "弊社の誕生日は1962年5月1日、今年で64周年を迎えました。\n"
    "記念品をお送りしますので、ご笑納ください。" + BYE,
)

mail(
    "45_english_company_birthday",
    "Happy birthday, Sample Trading!",
    "Dear partners,\n\nToday we celebrate our company's birthday: May 1, 1962 was the day we "
    "opened our first shop in Shiba.\nThank you for your support over 64 years.",
    to="partners@list.example",
    english=True,
)

mail(
    "46_form_template_era_boxes",
    "申込書の様式改訂",
    HELLO + "申込書の様式を改訂しました。主な変更点は以下のとおりです。\n\n"
    "・生年月日欄：□昭和 □平成 □令和 を選択式に変更（西暦併記可）\n"
    "・施行日：■令和 □平成 8年4月1日より\n"
    "・創業年：（○）昭和（　）平成 48年\n"
    "・旧様式（○昭 ●平）は3月末で廃止\n" + BYE,
)

mail(
    "47_event_dates_era",
    "周年記念式典",
    HELLO + "式典は令和8年5月1日（金）に開催します。\n"
    "創業：昭和37年5月1日 / 設立：昭和40年4月1日\n" + BYE,
)

# ---------------------------------------------------------------- 00 / 010, numbers

mail(
    "48_shuttle_timetable",
    "シャトルバス時刻表",
    HELLO + "工場見学のシャトルバス時刻表です（二俣新町駅発）。\n\n"
    "時\t分\n7時\t30 45\n8時\t00 32 36 40 44 48\n9時\t00 30\n" + BYE,
)

mail(
    "49_train_timetable_text",
    "帰りの電車",
    HELLO + "帰りの電車（海浜幕張駅 東京方面）\n"
    "17時 00 49 51 53 55 57 59\n18時 05 15 25 35 45 55\n" + BYE,
)

mail(
    "50_shipping_notice",
    "出荷のお知らせ（受注番号 SO-26-04471）",
    HELLO + "本日、以下のとおり出荷いたしました。\n\n"
    "運送会社：ヤマト運輸\nお問い合わせ伝票番号：4470-1234-5678\n"
    "個口数：3\n重量：12.5kg\nJAN：4901234567894\n"
    "国際便：EMS EJ123456789JP（追跡は日本郵便のサイトで）\n" + BYE,
)

mail(
    "51_catalogue_codes",
    "2026年 春の新商品カタログ",
    HELLO + "新商品の一覧です。\n\n品名\t品番\t単価\n"
    "スライダー付きZIP\t502-1180\t¥120\nポスト型BOX\t310-2245\t¥3,800\n"
    "カードケース（10枚）\t720-3301\t¥450\n郵便受け（大）\t880-1020\t¥5,200\n" + BYE,
)

mail(
    "52_intl_dialling_guide",
    "海外への電話のかけ方（出張者向け）",
    HELLO + "出張者向けに国際電話のかけ方をまとめました。\n\n"
    "・固定電話から：010 ＋ 国番号 ＋ 相手先番号（先頭の0を除く）\n"
    "・マイライン未登録の場合：0033 ＋ 010 ＋ 国番号 ＋ 相手先番号\n"
    "・国番号の例：英国 44、ドイツ 49、米国 1\n"
    "・海外拠点の番号は社内ポータルの電話帳をご参照ください。\n" + BYE,
)

mail(
    "53_exam_results",
    "検定試験 結果のご報告",
    HELLO + "今回の検定結果（社内集計）です。\n\n"
    "受験者数 48名、合格者 31名（合格率 64.6%）\n1級 3-5名、2級 12-15名程度\n"
    "平均点：電話応対 7.2 / メール文書 6.8 / 郵便実務 8.1\n" + BYE,
)

mail(
    "54_survey_scale_body",
    "アンケート設問案",
    HELLO + "設問案です。回答は 1-5 の5段階（5=とても満足、1=不満）です。\n\n"
    "Q1 電話でのお問い合わせ対応\t1\t2\t3\t4\t5\n"
    "Q2 メールでのご案内\t1\t2\t3\t4\t5\n"
    "Q3 郵便物の見やすさ\t1\t2\t3\t4\t5\n"
    "Q4 口座振替の手続き\t1\t2\t3\t4\t5\n" + BYE,
)

mail(
    "55_bank_placeholder_form",
    "口座振替依頼書の記入例",
    HELLO + "記入例をWordでお送りします（数字はすべてダミーです）。" + BYE,
    attach=[
        att_d(
            docx(
                ["口座振替依頼書（記入例）"],
                [
                    ["金融機関コード", "0", "0", "0", "0", "", "支店コード", "0", "0", "0"],
                    ["口座番号", "1", "2", "3", "4", "5", "6", "7"],
                ],
            ),
            "sample_form.docx",
        )
    ],
)

mail(
    "56_calendar_body_tab",
    "12月の電話受付日",
    HELLO + "12月の電話受付日カレンダーです。\n\n"
    "日\t月\t火\t水\t木\t金\t土\n\t\t1\t2\t3\t4\t5\n6\t7\t8\t9\t10\t11\t12\n"
    "13\t14\t15\t16\t17\t18\t19\n20\t21\t22\t23\t24\t25\t26\n27\t28\t29\t30\t31\n"
    "電話受付：平日のみ\n" + BYE,
)

mail(
    "57_romaji_venue_prose_once",
    "Company offsite",
    "Hi all,\n\nThe offsite will be at a ryokan in Hakone this year (2-3 nights). "
    "We will take the Romancecar from Shinjuku; platforms 2-3 are for the Romancecar.\n"
    "Details of the programme follow next week.",
    to="team@partner.example",
    english=True,
)

mail(
    "58_zip_code_us_office",
    "Shipping samples to our US customer",
    HELLO + "米国向けサンプルの送付先は先方の本社受付（公開情報）です。\n"
    "ZIP code は 5桁（例：10001）ですので、伝票の Postal Code 欄は日本の形式（3桁-4桁）では"
    "入力できません。\nZIP (Japan) の欄は空欄のままで結構です。" + BYE,
)

mail(
    "59_minutes_meeting_counts",
    "打合せメモ",
    HELLO + "本日の打合せメモです。\n"
    "・新宿区内3店舗で先行販売\n・大田区第2工場の稼働 2-3交代制\n"
    "・港区の会場で2-3人の増員\n・千代田区丸の内エリア 2-3カ所で試飲会\n" + BYE,
)

mail(
    "60_agenda_sections_numbers",
    "Agenda for the regional managers meeting",
    "Hi,\n\nAgenda:\n1. Tokyo Minato-ku Area 3-5 results (Q3)\n2. Kanagawa-ken Yokohama-shi Region 2-3 plan\n"
    "3. Osaka Kita-ku Umeda Store 4-6 renovation\n4. AOB",
    to="managers@partner.example",
    english=True,
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "sweep")
    out.mkdir(parents=True, exist_ok=True)
    for name, msg in MAILS:
        (out / f"{name}.eml").write_bytes(bytes(msg))
    print(f"{len(MAILS)} mails written to {out}")


if __name__ == "__main__":
    main()
