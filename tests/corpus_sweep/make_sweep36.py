"""Review 36's sweep: 30 ordinary business mails holding NO personal data and 10 that do,
in shapes review 34's sweep did not try: 店舗別 / 商品別 / 曜日別 one-digit tallies, Gantt
charts (1/0, ○ one cell a day), room booking grids, 早/遅/休 shift tables, score sheets,
bingo / lottery / Sudoku in a newsletter, 1-5 questionnaires in TAB text, Markdown counts,
US ZIP columns, product dimensions (幅120-150cm), train fares, room numbers (3-2会議室),
JAN codes, shelf locations; positives: boxed application forms, member lists.

    python tests/corpus_sweep/make_sweep36.py [OUT_DIR]      (default: ./sweep)
    mailguard check --json OUT_DIR

Mails named "nNN_…" hold no personal data (any finding is false; the sender's signature
after "-- " must not be reported either); "pNN_…" hold the values listed in EXPECTED.
"""

from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl

SENDER = "tanaka@example.co.jp"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

SIG_JA = (
    "\n\n-- \n株式会社エグザンプル 営業推進部 田中 誠\n"
    "〒530-0001 大阪府大阪市北区梅田2-4-9 エグザンプルビル8F\n"
    "TEL 06-6345-2200 / FAX 06-6345-2201\ntanaka@example.co.jp\n"
)
SIG_EN = (
    "\n\n-- \nMakoto Tanaka, Sales Promotion\nExample Corp.\n"
    "8F Example Bldg., 2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan\n"
    "Tel +81-6-6345-2200 | tanaka@example.co.jp\n"
)
HELLO = "お世話になっております。エグザンプルの田中です。\n\n"
BYE = "\n\nご確認のほど、よろしくお願いいたします。"

MAILS: list[tuple[str, EmailMessage]] = []
EXPECTED: dict[str, list[str]] = {}


def mail(name, subject, body, *, to="info@partner.example", attach=(), english=False):
    msg = EmailMessage()
    msg["From"] = f"Tanaka Makoto <{SENDER}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body + (SIG_EN if english else SIG_JA))
    for data, (maintype, subtype), filename in attach:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    MAILS.append((name, msg))


def xlsx(*sheets):
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


def docx(paragraphs, table):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs
    )
    rows = "".join(
        "<w:tr>"
        + "".join(
            f'<w:tc><w:p><w:r><w:t xml:space="preserve">{c}</w:t></w:r></w:p></w:tc>' for c in row
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


def digits(s):
    return [int(c) if c.isdigit() else c for c in s]


def att_x(data, name):
    return (data, XLSX, name)


def att_d(data, name):
    return (data, DOCX, name)


def my_number(first11: str) -> str:
    p = [int(c) for c in reversed(first11)]
    s = sum(pn * (n + 1 if n <= 6 else n - 5) for n, pn in enumerate(p, start=1))
    r = s % 11
    return first11 + str(0 if r <= 1 else 11 - r)


WEEK = ["月", "火", "水", "木", "金", "土", "日"]

# ============================================================ ordinary mails (30)

mail(
    "n01_store_weekday_sales",
    "店舗別・曜日別 来店組数（先週）",
    HELLO + "先週の店舗別・曜日別の件数を添付します。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "店舗別",
                    [
                        ["店舗別", *WEEK, "合計"],
                        ["梅田店", *digits("3521476"), 28],
                        ["難波店", *digits("0312415"), 16],
                        ["天王寺店", *digits("9087654"), 39],
                        ["京都店", *digits("1020003"), 6],
                        ["神戸店", *digits("4567890"), 39],
                    ],
                )
            ),
            "店舗別_曜日別.xlsx",
        )
    ],
)

mail(
    "n02_product_weekday_orders",
    "商品別 受注数（曜日別）",
    HELLO + "商品別の受注数です。電話注文・郵便注文を分けています。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "商品別",
                    [
                        ["商品別", "受付", *WEEK],
                        ["タオルA", "電話", *digits("0901234")],
                        ["タオルA", "郵便", *digits("5300001")],
                        ["石けんB", "電話", *digits("0663452")],
                        ["石けんB", "FAX", *digits("1234567")],
                    ],
                )
            ),
            "商品別受注.xlsx",
        )
    ],
)

mail(
    "n03_inventory_size",
    "在庫表（サイズ別）",
    HELLO + "サイズ別在庫です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "在庫",
                    [
                        ["品番", "色", "XS", "S", "M", "L", "XL", "XXL", "3L", "4L"],
                        ["TS-101", "白", *digits("03456789")],
                        ["TS-101", "黒", *digits("09012345")],
                        ["TS-102", "紺", *digits("11223344")],
                    ],
                )
            ),
            "在庫表.xlsx",
        )
    ],
)

days = [f"4/{d}" for d in range(1, 31)]
mail(
    "n04_gantt_1_0",
    "新システム導入 ガントチャート",
    HELLO + "4月の工程表を添付します。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "工程",
                    [
                        ["タスク", "担当", *days],
                        ["要件定義", "企画", *([1] * 8 + [0] * 22)],
                        ["電話回線工事", "総務", *([0] * 8 + [1] * 3 + [0] * 19)],
                        ["郵便物転送設定", "総務", *([0] * 11 + [1] * 2 + [0] * 17)],
                        ["口座振替テスト", "経理", *([0] * 13 + [1] * 5 + [0] * 12)],
                        ["本番移行", "情シス", *([0] * 25 + [1] * 5)],
                    ],
                )
            ),
            "ガントチャート.xlsx",
        )
    ],
)

mail(
    "n05_gantt_maru",
    "展示会準備スケジュール",
    HELLO + "準備スケジュール（○が作業日）です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "日程",
                    [
                        ["作業", *[f"{d}日" for d in range(1, 21)]],
                        ["ブース設計", *(["○"] * 5 + [""] * 15)],
                        ["印刷物", *([""] * 5 + ["○"] * 4 + [""] * 11)],
                        ["搬入", *([""] * 18 + ["○", "○"])],
                    ],
                )
            ),
            "準備日程.xlsx",
        )
    ],
)

rooms = ["3-1会議室", "3-2会議室", "5-1会議室", "応接A"]
mail(
    "n06_room_booking",
    "会議室予約状況（来週）",
    HELLO + "来週の会議室予約状況です（数字は利用人数）。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "予約",
                    [
                        ["部屋", *[f"{h}:00" for h in range(9, 19)]],
                        *[
                            [r, *digits(s)]
                            for r, s in zip(
                                rooms,
                                ["0312345678", "0901234567", "4400000066", "2200110022"],
                                strict=True,
                            )
                        ],
                    ],
                )
            ),
            "会議室予約.xlsx",
        )
    ],
)

mail(
    "n07_shift_table",
    "5月シフト表",
    HELLO + "5月前半のシフト表です。早=7:00-16:00、遅=13:00-22:00、休=公休。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "シフト",
                    [
                        ["スタッフ", *[f"5/{d}" for d in range(1, 15)], "勤務日数", "時間"],
                        ["A班", *"早早遅休早遅遅休早早休遅早早", 11, 88],
                        ["B班", *"遅休早早遅休早早遅休遅早休遅", 10, 80],
                        ["必要人数", *digits("33245332453324"), "", ""],
                    ],
                )
            ),
            "シフト表.xlsx",
        )
    ],
)

mail(
    "n08_baseball_score",
    "社内野球大会 結果",
    HELLO + "社内野球大会のスコアです。\n\n"
    "チーム\t1\t2\t3\t4\t5\t6\t7\t8\t9\t計\n"
    "営業部\t0\t3\t1\t2\t0\t0\t4\t1\t0\t11\n"
    "製造部\t0\t9\t0\t1\t2\t3\t4\t5\t6\t30\n" + BYE,
)

mail(
    "n09_club_score_sheet",
    "ボウリング大会スコア",
    HELLO + "部署対抗ボウリングのスコアシートです。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "スコア",
                    [
                        ["チーム", *[f"{f}F" for f in range(1, 11)], "合計"],
                        ["総務部", *digits("0901234567"), 120],
                        ["経理部", *digits("0312345678"), 135],
                        ["開発部", *digits("7777777777"), 150],
                    ],
                )
            ),
            "スコア.xlsx",
        )
    ],
)

mail(
    "n10_bingo_card",
    "社内報：忘年会ビンゴカード",
    "社内報12月号です。\n\n忘年会のビンゴカード見本：\n\n"
    " B  I  N  G  O\n"
    " 3 17 31 46 61\n"
    " 9 22 35 52 70\n"
    "12 28 FREE 58 66\n"
    " 1 19 44 49 73\n"
    " 7 24 38 55 68\n\n当日は会場3-2会議室にお集まりください。" + BYE,
)

mail(
    "n11_lottery_numbers",
    "社内くじ 当選番号のお知らせ",
    HELLO + "社内くじの当選番号です。\n\n"
    "1等　組 06 番号 123456\n2等　下4桁 0312\n3等　下1桁 7\n"
    "ロト形式抽選：03 09 12 24 31 42（ボーナス 07）" + BYE,
)

mail(
    "n12_sudoku",
    "社内報 パズルコーナー",
    "今月のナンプレです。\n\n"
    "5 3 . | . 7 . | . . .\n6 . . | 1 9 5 | . . .\n. 9 8 | . . . | . 6 .\n"
    "------+-------+------\n8 . . | . 6 . | . . 3\n4 . . | 8 . 3 | . . 1\n"
    "7 . . | . 2 . | . . 6\n------+-------+------\n. 6 . | . . . | 2 8 .\n"
    ". . . | 4 1 9 | . . 5\n. . . | . 8 . | . 7 9\n\n答えは来月号で。" + BYE,
)

mail(
    "n13_sudoku_xlsx",
    "ナンプレ（Excel版）",
    HELLO + "Excel版のパズルを添付します。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "問題",
                    [
                        digits(r)
                        for r in [
                            "530070000",
                            "600195000",
                            "098000060",
                            "800060003",
                            "400803001",
                            "700020006",
                            "060000280",
                            "000419005",
                            "000080079",
                        ]
                    ],
                )
            ),
            "ナンプレ.xlsx",
        )
    ],
)

mail(
    "n14_questionnaire_tab",
    "研修アンケート集計",
    HELLO + "研修アンケート（5段階）の集計です。\n\n"
    "設問\t1\t2\t3\t4\t5\n"
    "内容の満足度\t0\t1\t3\t9\t7\n"
    "講師の説明\t0\t0\t2\t8\t0\n"
    "電話応対の理解\t0\t3\t1\t2\t4\n"
    "郵便物の取扱い\t1\t0\t2\t0\t0\n" + BYE,
)

mail(
    "n15_questionnaire_raw",
    "アンケート回答（回答者別・匿名）",
    HELLO + "回答者別の生データ（匿名）です。\n\n"
    "回答No\tQ1\tQ2\tQ3\tQ4\tQ5\tQ6\tQ7\tQ8\tQ9\tQ10\tQ11\n"
    "1\t5\t4\t4\t3\t5\t5\t2\t1\t3\t4\t5\n"
    "2\t0\t3\t1\t2\t3\t4\t5\t1\t2\t3\t4\n"
    "3\t0\t9\t0\t1\t2\t3\t4\t5\t6\t7\t8\n" + BYE,
)

mail(
    "n16_markdown_counts",
    "問い合わせ件数（Markdown）",
    HELLO + "窓口別件数です。\n\n"
    "| 窓口 | 月 | 火 | 水 | 木 | 金 | 土 | 日 |\n|---|---|---|---|---|---|---|---|\n"
    "| 電話 | 0 | 3 | 1 | 2 | 4 | 5 | 6 |\n| 郵便 | 5 | 3 | 0 | 0 | 0 | 1 | 2 |\n"
    "| メール | 9 | 8 | 7 | 6 | 5 | 4 | 3 |\n" + BYE,
)

mail(
    "n17_us_store_zip",
    "US store sales by ZIP",
    "Hi team,\n\nAttached are Q1 sales by store.\n\nBest,",
    english=True,
    to="us-sales@partner.example",
    attach=[
        att_x(
            xlsx(
                (
                    "Stores",
                    [
                        ["Store #", "City", "State", "ZIP", "Units", "Revenue"],
                        [101, "Seattle", "WA", "98101", 412, 18230],
                        [102, "Portland", "OR", "97205", 318, 14100],
                        [103, "San Jose", "CA", "95113", 290, 13050],
                        [104, "Austin", "TX", "78701", 505, 22400],
                        [105, "Boston", "MA", "02108", 377, 16900],
                    ],
                )
            ),
            "q1_sales.xlsx",
        )
    ],
)

mail(
    "n18_us_zip_body",
    "Territory assignment",
    "Hi,\n\nNew territories by ZIP prefix:\n\n"
    "Region\tZIP range\tRep\nNortheast\t01001-02791\tTeam A\nMidwest\t60601-60699\tTeam B\n"
    "West\t94102-94188\tTeam C\n\nThanks,",
    english=True,
    to="ops@partner.example",
)

mail(
    "n19_product_specs",
    "昇降デスク 仕様のご案内",
    HELLO + "お問い合わせの昇降デスクの仕様です。\n\n"
    "・型番：EDK-1206-WH\n・天板サイズ：幅120-150cm × 奥行60-75cm\n・高さ：70-118cm（電動・4段メモリー）\n"
    "・耐荷重：80kg\n・JANコード：4901234567894\n・価格：59,800円（税込65,780円）\n"
    "・納期：ご注文後2-3週間\n・保証：本体3年、モーター5年" + BYE,
)

mail(
    "n20_train_fares",
    "出張旅費のご案内",
    HELLO + "来週の出張の交通費です。\n\n"
    "新大阪→東京　のぞみ　指定席 14,720円\n東京→新横浜　IC 1,234円\n"
    "往復合計 31,908円\n行き：新大阪 8:03発 → 東京 10:30着（のぞみ212号 7号車）\n"
    "帰り：東京 18:21発 → 新大阪 20:48着\n乗換：JR東海道線 3-4番線" + BYE,
)

mail(
    "n21_event_program",
    "セミナープログラム",
    HELLO + "当日のプログラムです。\n\n"
    "13:00-13:10　開会挨拶（3-2会議室）\n13:10-14:00　基調講演（3-2会議室）\n"
    "14:10-15:00　分科会A（5-1会議室）／分科会B（5-2会議室）\n15:10-16:00　パネル討論（3-2会議室）\n"
    "受付：8階エレベーターホール" + BYE,
)

mail(
    "n22_jan_codes_xlsx",
    "新商品 JANコード一覧",
    HELLO + "新商品のJANコード一覧です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "JAN",
                    [
                        ["商品名", "JANコード", "入数", "ケース"],
                        ["ハンドソープ 250ml", "4901234567894", 24, 1],
                        ["詰替用 500ml", "4909876543214", 12, 2],
                        ["ボディタオル", "4512345678901", 48, 1],
                    ],
                )
            ),
            "JAN一覧.xlsx",
        )
    ],
)

mail(
    "n23_shelf_locations",
    "棚番変更のお知らせ",
    HELLO + "倉庫の棚番を変更します。\n\n"
    "・タオル類：A-3-2-15 → B-1-4-2\n・石けん類：A-3-2-16 → B-1-4-3\n・洗剤類：C-12-3-1（変更なし）\n"
    "作業日：6月2-3日" + BYE,
)

mail(
    "n24_server_list",
    "サーバ移行のお知らせ",
    HELLO + "移行対象サーバです。\n\n"
    "web01  192.168.10.21  port 8443\nweb02  192.168.10.22  port 8443\n"
    "db01   10.0.3.15      port 5432\nバージョン：v3.12.4（build 20250412）" + BYE,
)

mail(
    "n25_parking_map",
    "駐車場 区画割当",
    HELLO + "来客用駐車場の空き状況（1=使用、0=空き）です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "区画",
                    [
                        ["列", *[str(i) for i in range(1, 12)]],
                        ["A", *digits("09012345678")],
                        ["B", *digits("00000000000")],
                        ["C", *digits("11111111111")],
                    ],
                )
            ),
            "駐車場.xlsx",
        )
    ],
)

mail(
    "n26_defects_by_line",
    "ライン別不良数（時間帯別）",
    HELLO + "ライン別の不良数です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "不良",
                    [
                        [
                            "ライン",
                            "8時",
                            "9時",
                            "10時",
                            "11時",
                            "13時",
                            "14時",
                            "15時",
                            "16時",
                            "17時",
                            "18時",
                        ],
                        ["1ライン", *digits("0312345678")],
                        ["2ライン", *digits("0800123456")],
                        ["3ライン", *digits("0120444444")],
                    ],
                )
            ),
            "不良数.xlsx",
        )
    ],
)

mail(
    "n27_league_table",
    "フットサルリーグ順位表",
    HELLO + "社内フットサルリーグの順位表です。\n\n"
    "順位 チーム 試合 勝 分 敗 得点 失点\n1 営業一課 9 7 1 1 25 9\n2 開発 9 6 2 1 21 11\n"
    "3 総務 9 4 2 3 15 14\n4 経理 9 0 3 6 8 20" + BYE,
)

mail(
    "n28_holiday_calendar",
    "2025年度 休日カレンダー",
    HELLO + "休日カレンダー（1=休日）です。\n\n"
    "月\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\n"
    "4月\t0\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0\n"
    "5月\t0\t0\t1\t1\t1\t1\t0\t0\t0\t1\t1\n" + BYE,
)

mail(
    "n29_price_breaks",
    "数量別単価表",
    HELLO + "数量別の単価表です。" + BYE,
    attach=[
        att_d(
            docx(
                ["数量別単価表（税抜）"],
                [
                    ["品番", "1-9個", "10-49個", "50-99個", "100個以上"],
                    ["EDK-1206", "59,800", "57,000", "55,000", "52,000"],
                    ["EDK-1407", "64,800", "62,000", "60,000", "57,500"],
                ],
            ),
            "単価表.docx",
        )
    ],
)

mail(
    "n30_seating_chart",
    "懇親会 座席表",
    HELLO + "懇親会の座席表（テーブル番号と人数）です。\n\n"
    "テーブル\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n人数\t8\t8\t6\t8\t7\t8\t8\t6\t5\t8\n"
    "会場：ホテル本館2階 鳳凰の間" + BYE,
)

# ============================================================ positives (10)

mn = my_number("12345678901")
box_form = [
    ["個人番号届出書"],
    ["氏名", "山本 花子"],
    ["個人番号", *digits(mn)],
    ["電話番号", *digits("09087654321")],
    ["郵便番号", *digits("5410041")],
    ["生年月日", "昭和", 5, 8, "年", 0, 3, "月", 1, 4, "日"],
    ["住所", "大阪府大阪市中央区北浜3-5-12"],
]
mail(
    "p01_boxed_my_number_form",
    "個人番号届出書の送付",
    HELLO + "ご記入いただいた届出書をお送りします。" + BYE,
    attach=[att_x(xlsx(("届出書", box_form)), "届出書.xlsx")],
)
EXPECTED["p01_boxed_my_number_form"] = [
    mn,
    "090-8765-4321",
    "541-0041",
    "昭和58年3月14日",
    "大阪府大阪市中央区北浜3-5-12",
]

mail(
    "p02_member_list",
    "会員名簿（更新）",
    HELLO + "更新後の会員名簿を添付します。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "名簿",
                    [
                        ["No", "氏名", "郵便番号", "住所", "電話"],
                        [
                            1,
                            "中村 一郎",
                            "606-8501",
                            "京都府京都市左京区吉田本町12-3",
                            "075-753-1234",
                        ],
                        [
                            2,
                            "小林 幸子",
                            "650-0021",
                            "兵庫県神戸市中央区三宮町1-2-3",
                            "078-321-5678",
                        ],
                        [
                            3,
                            "加藤 健",
                            "530-0012",
                            "大阪府大阪市北区芝田1-4-8-1203",
                            "090-2345-6789",
                        ],
                    ],
                )
            ),
            "会員名簿.xlsx",
        )
    ],
)
EXPECTED["p02_member_list"] = [
    "606-8501",
    "650-0021",
    "530-0012",
    "京都府京都市左京区吉田本町12-3",
    "兵庫県神戸市中央区三宮町1-2-3",
    "大阪府大阪市北区芝田1-4-8-1203",
    "075-753-1234",
    "078-321-5678",
    "090-2345-6789",
]

mail(
    "p03_address_change_body",
    "住所変更のご連絡",
    HELLO + "お客様より住所変更の連絡がありました。\n\n"
    "お客様：松本 美香 様\n新住所：〒812-0011 福岡県福岡市博多区博多駅前4-2-1 ハイツ博多305\n"
    "電話：092-441-7788\n携帯：080-3456-7890" + BYE,
)
EXPECTED["p03_address_change_body"] = [
    "812-0011",
    "福岡県福岡市博多区博多駅前4-2-1",
    "092-441-7788",
    "080-3456-7890",
]

mail(
    "p04_us_customers",
    "Customer list for mailing",
    "Hi,\n\nHere is the customer list for the mailing.\n\nBest,",
    english=True,
    to="mailing@partner.example",
    attach=[
        att_x(
            xlsx(
                (
                    "Customers",
                    [
                        ["Name", "Street", "City", "State", "ZIP", "Phone", "SSN"],
                        [
                            "John Miller",
                            "1423 Pine St Apt 5",
                            "Seattle",
                            "WA",
                            "98101",
                            "(206) 555-0143",
                            "123-45-6789",
                        ],
                        [
                            "Mary Jones",
                            "77 Elm Ave",
                            "Austin",
                            "TX",
                            "78701",
                            "(512) 555-0188",
                            "234-56-7890",
                        ],
                    ],
                )
            ),
            "customers.xlsx",
        )
    ],
)
EXPECTED["p04_us_customers"] = [
    "1423 Pine St",
    "77 Elm Ave",
    "98101",
    "78701",
    "(206) 555-0143",
    "(512) 555-0188",
    "123-45-6789",
    "234-56-7890",
]

mail(
    "p05_roster_tab",
    "参加者名簿",
    HELLO + "参加者名簿です。\n\n"
    "氏名\t生年月日\t電話\n井上 直樹\t1985/07/21\t090-1111-2222\n"
    "木村 彩\t1992/11/03\t080-3333-4444\n" + BYE,
)
EXPECTED["p05_roster_tab"] = ["1985/07/21", "1992/11/03", "090-1111-2222", "080-3333-4444"]

mail(
    "p06_markdown_participants",
    "登壇者連絡先",
    HELLO + "登壇者の連絡先です。\n\n"
    "| 氏名 | 携帯 | メール |\n|---|---|---|\n| 林 大輔 | 090-5555-6666 | d.hayashi@gmail.com |\n"
    "| 森 由美 | 070-7777-8888 | yumi.mori@yahoo.co.jp |\n" + BYE,
)
EXPECTED["p06_markdown_participants"] = [
    "090-5555-6666",
    "070-7777-8888",
    "d.hayashi@gmail.com",
    "yumi.mori@yahoo.co.jp",
]

mn2 = my_number("98765432109")
mail(
    "p07_docx_boxed_form",
    "扶養控除申告書",
    HELLO + "扶養控除等申告書を添付します。" + BYE,
    attach=[
        att_d(
            docx(
                ["扶養控除等申告書"],
                [
                    ["氏名", "清水 隆"],
                    ["個人番号", *mn2],
                    ["電話", *"0664121234"],
                    ["郵便番号", *"5400008"],
                ],
            ),
            "申告書.docx",
        )
    ],
)
EXPECTED["p07_docx_boxed_form"] = [mn2, "06-6412-1234", "540-0008"]

mail(
    "p08_refund_account",
    "返金先口座のご連絡",
    HELLO + "返金先口座をお知らせします。\n\n"
    "お名前：斉藤 亜紀 様（生年月日 1979年4月2日）\n振込先：みずほ銀行 梅田支店 普通 1234567\n"
    "口座名義：サイトウ アキ" + BYE,
)
EXPECTED["p08_refund_account"] = ["1979年4月2日", "1234567"]

mail(
    "p09_shift_with_phones",
    "シフト表（緊急連絡先付き）",
    HELLO + "シフト表です。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "シフト",
                    [
                        ["氏名", "携帯", *[f"6/{d}" for d in range(1, 8)]],
                        ["岡田 翔", "090-4321-8765", *"早遅休早早遅休"],
                        ["石井 舞", "080-8765-4321", *"遅早早休遅早早"],
                    ],
                )
            ),
            "シフト表.xlsx",
        )
    ],
)
EXPECTED["p09_shift_with_phones"] = ["090-4321-8765", "080-8765-4321"]

mail(
    "p10_club_roster",
    "部員名簿",
    HELLO + "部員名簿とスコアです。" + BYE,
    attach=[
        att_x(
            xlsx(
                (
                    "部員",
                    [
                        ["氏名", "生年月日", "住所", "1", "2", "3", "4", "5"],
                        ["前田 優", "2010年5月9日", "兵庫県西宮市甲子園町1-82", 0, 3, 1, 2, 4],
                        ["藤田 陸", "2011年1月23日", "大阪府吹田市千里万博公園1-1", 5, 3, 0, 0, 0],
                    ],
                )
            ),
            "部員名簿.xlsx",
        )
    ],
)
EXPECTED["p10_club_roster"] = [
    "2010年5月9日",
    "2011年1月23日",
    "兵庫県西宮市甲子園町1-82",
    "大阪府吹田市千里万博公園1-1",
]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "sweep")
    out.mkdir(parents=True, exist_ok=True)
    for name, msg in MAILS:
        (out / f"{name}.eml").write_bytes(bytes(msg))
    print(f"{len(MAILS)} mails written to {out}")


if __name__ == "__main__":
    main()
