"""Writes held-out messages 358-372 into tests/corpus_heldout/ (deterministic).

Theme: controls only. Ordinary business mail with no personal data at all, written to tempt the
readings the guard learned recently (written and labelled blind, before any run of the guard):
- letter-spaced text that is not OCR: a heading "S A L E" / "ご 案 内" and a spaced product code
  (358); a PDF attachment (visible text, no scan) whose title is spaced out over a price table (359);
- tables drawn in plain text: box-drawing (360), Markdown with server ports (361),
  fixed-width columns under a dash rule (362), headed 番号 / No. / 日付 / 期限 / コード;
- numbers in kanji: 二〇二五年度, 第〇〇一二号, 一〇〇〇個, 金額, 〇〇様 and 〒〇〇〇-〇〇〇〇 blanks (363, 371);
- 記号 / 番号 that are no bank account: 健康保険証 without numbers and 振替休日 (364, internal: pass),
  口座振替の手続き案内 without any number and a product's 記号 (365);
- Kyoto directions in prose (通 … 上る, 西入 in a sentence, no 番地) to a venue by name (366);
- To/Cc display names with departments, rooms, order numbers and 内線 (367);
- phone-like codes with a bracket note (2025-0412-7781(改訂), 10:00(14時以降可), 368);
- meeting invitations: a Teams block (369) and a Zoom block (370) below the sender's signature,
  with meeting IDs and passcodes but no dial-in numbers;
- a maintenance renewal with a 16-digit licence key that fails Luhn and has no card prefix (372).
The sender's own company address and phone appear only in the sender's own signature.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_358_372.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import re
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import luhn
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}

# Made-up codes: the 16-digit ones fail Luhn and carry no card prefix; 12-digit ones fail the My
# Number check.
LICENCE372 = "9381227044150683"
SERIAL362 = "8804125530917246"
for _c in (LICENCE372, SERIAL362):
    assert len(_c) == 16 and not luhn.is_valid(_c) and _c[0] in "89", _c
TEAMS369 = "428117093554"
assert not in_.is_valid(TEAMS369)


def message(*, sender, to, subject, date, msgid, body, cc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
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
    msg.set_content(body, charset="utf-8", cte="base64")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def sig(dept: str, name: str, tel: str, extra: str = "") -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def spaced(s: str) -> str:
    """Letter-spacing for a heading: a space between every character."""
    return " ".join(ch for ch in s if ch != " ")


def text_pdf(lines: list[tuple[int, int, int, str]], *, producer: str, created: str) -> bytes:
    """One A4 page of visible text (no scanned picture), each line one Tj in a Type0 font
    (HeiseiKakuGo-W5, UniJIS-UCS2-H) with a ToUnicode CMap, as office software exports it."""
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


# ===================================================================================== 358
# Control: a sale announcement with letter-spaced headings (S A L E, ご 案 内) and a spaced product
# code, prices, dates.
MESSAGES["358_control_letterspaced_sale_heading.eml"] = message(
    sender="販売促進部 森 <mori.y@example.co.jp>", to=["仕入部 <shiire@marusan-shoji.example>"],
    subject="【S A L E】秋の特別販売のご案内", date="Mon, 01 Sep 2025 10:00:00 +0900",
    msgid="<20250901100000.358S@example.co.jp>",
    body=("丸三商事株式会社 仕入部 御中\n\n"
          "          ★ S A L E ★\n"
          "        秋 の 特 別 販 売 ご 案 内\n\n"
          "いつもお世話になっております。エグザンプル販売促進部の森です。\n"
          "下記のとおり、卸価格での特別販売をご案内いたします。\n\n"
          "  対 象 商 品   K X - 2 0 5 1   卓上加湿器(ホワイト)\n"
          "                K X - 2 0 5 2   卓上加湿器(ブラック)\n"
          "  通 常 価 格   ¥ 4 , 8 0 0\n"
          "  特 別 価 格   ¥ 3 , 9 8 0(10ケース以上)\n"
          "  期 間         9 / 1 5 ~ 1 0 / 3 1\n\n"
          "M E M O: 1ケース 24台入り、最小ロット 10ケースです。\n"
          "ご発注は 10月24日(金)までにお願いいたします。\n\n"
          + sig("販売促進部", "森 由美", "03-6453-2310")))

# ===================================================================================== 359
# Control: a quotation PDF (visible text, not a scan) with a letter-spaced title and a price table.
lines359 = [
    (200, 790, 20, spaced("御見積書")),
    (60, 750, 11, "見積番号  第〇〇三一号            2025年9月2日"),
    (60, 728, 11, "丸三商事株式会社  御中"),
    (60, 706, 11, spaced("件名") + "   " + spaced("卓上加湿器") + "  K X - 2 0 5 1 / 2 0 5 2"),
    (60, 670, 10, "No.   品番          品名                 数量      単価       金額"),
    (60, 650, 10, "1     KX-2051       卓上加湿器 白        240       3,980      955,200"),
    (60, 632, 10, "2     KX-2052       卓上加湿器 黒        240       3,980      955,200"),
    (60, 614, 10, "3     KX-F205       交換フィルター       480         620      297,600"),
    (60, 590, 10, spaced("小計") + "                                            2,208,000"),
    (60, 572, 10, spaced("消費税") + "(10%)                                       220,800"),
    (60, 554, 10, spaced("合計") + "                                            2,428,800"),
    (60, 520, 10, "有効期限  2025年10月31日     納期  受注後 14 日     支払条件  月末締め翌月末払い"),
    (60, 480, 10, "株式会社エグザンプル  販売促進部"),
]
pdf359 = text_pdf(lines359, producer="Microsoft: Print To PDF", created="20250902093015")
MESSAGES["359_control_pdf_spaced_title_price_table.eml"] = message(
    sender="販売促進部 森 <mori.y@example.co.jp>", to=["仕入部 <shiire@marusan-shoji.example>"],
    subject="お見積書送付の件(第〇〇三一号)", date="Tue, 02 Sep 2025 09:35:00 +0900",
    msgid="<20250902093500.359Q@example.co.jp>",
    body=("丸三商事株式会社 仕入部 御中\n\n"
          "お世話になっております。エグザンプルの森です。\n"
          "先日ご案内した特別販売の件、お見積書(PDF)をお送りいたします。\n"
          "ご検討のほどよろしくお願いいたします。\n\n"
          + sig("販売促進部", "森 由美", "03-6453-2310")),
    attachments=[("御見積書_第0031号.pdf", "application/pdf", pdf359)])

# ===================================================================================== 360
# Control: a delivery schedule as a box-drawing table: No., 品番, 数量, 納期, 注文番号.
MESSAGES["360_control_boxdrawing_delivery_schedule.eml"] = message(
    sender="生産管理部 加藤 <kato.s@example.co.jp>", to=["営業部 <eigyo@tohoku-buhin.example>"],
    subject="9月分 納入予定表", date="Wed, 03 Sep 2025 13:20:00 +0900",
    msgid="<20250903132000.360B@example.co.jp>",
    body=("東北部品株式会社 営業部 御中\n\n"
          "エグザンプル生産管理部の加藤です。9月分の納入予定をお送りします。\n\n"
          "┌───┬────────┬────┬────────┬──────────┐\n"
          "│No.│品番            │数量    │納期            │注文番号            │\n"
          "├───┼────────┼────┼────────┼──────────┤\n"
          "│ 1 │ BR-0412-A      │  1,200 │ 2025/09/12     │ PO-4500218901      │\n"
          "│ 2 │ BR-0412-B      │    800 │ 2025/09/12     │ PO-4500218902      │\n"
          "│ 3 │ SH-1180-03     │  3,500 │ 2025/09/19     │ PO-4500218915      │\n"
          "│ 4 │ GK-0057        │ 10,000 │ 2025/09/26     │ PO-4500218930      │\n"
          "│ 5 │ GK-0058        │  6,000 │ 2025/09/30(火) │ PO-4500218931      │\n"
          "└───┴────────┴────┴────────┴──────────┘\n\n"
          "納入場所は従来どおり第二工場 3番受入口です。\n"
          "変更がある場合は 9月8日(月)までにご連絡ください。\n\n"
          + sig("生産管理部", "加藤 聡", "03-6453-2331")))

# ===================================================================================== 361
# Control: a Markdown table of servers, ports and certificate 期限 to the data-centre operator.
MESSAGES["361_control_markdown_ports_table.eml"] = message(
    sender="情報システム部 西村 <nishimura.t@example.co.jp>",
    to=["運用保守チーム <ops@hokuto-dc.example>"],
    subject="証明書更新とポート変更の予定(10月)", date="Thu, 04 Sep 2025 17:05:00 +0900",
    msgid="<20250904170500.361M@example.co.jp>",
    body=("インフラ担当 各位\n\n"
          "10月の証明書更新とポート変更の予定です。\n\n"
          "| No. | ホスト       | サービス | ポート      | 期限       | 変更日     |\n"
          "|-----|--------------|----------|-------------|------------|------------|\n"
          "| 1   | web-prd-01   | HTTPS    | 443         | 2025-10-14 | 2025-10-07 |\n"
          "| 2   | web-prd-02   | HTTPS    | 443         | 2025-10-14 | 2025-10-07 |\n"
          "| 3   | mail-gw-01   | SMTP     | 25 / 587    | 2025-10-21 | 2025-10-15 |\n"
          "| 4   | db-stg-01    | PgSQL    | 5432 → 6432 | -          | 2025-10-22 |\n"
          "| 5   | jump-01      | SSH      | 22 → 10022  | -          | 2025-10-29 |\n\n"
          "作業時間はいずれも 22:00〜24:00 です。チケット番号 INFRA-2025-0917。\n\n"
          "-- \n情報システム部 西村 拓也\n内線 3318\n"))

# ===================================================================================== 362
# Control: a fixed-width order list under a dash rule: 番号, 日付, コード, 数量, 金額; a 16-digit
# 管理番号 that fails Luhn and has no card prefix.
MESSAGES["362_control_fixed_width_order_list.eml"] = message(
    sender="購買部 吉田 <yoshida.k@example.co.jp>", to=["受注センター <juchu@kanto-shizai.example>"],
    subject="発注一覧(2025年9月 第1週)", date="Fri, 05 Sep 2025 11:15:00 +0900",
    msgid="<20250905111500.362F@example.co.jp>",
    body=("関東資材株式会社 受注センター 御中\n\n"
          "エグザンプル購買部の吉田です。今週分の発注一覧です。\n\n"
          "番号   日付        コード        品名                  数量    金額\n"
          "-----  ----------  ------------  --------------------  ------  ----------\n"
          "0901   2025/09/01  KS-3321-10    段ボール箱 A3         2,000      96,000\n"
          "0902   2025/09/02  KS-3321-20    段ボール箱 A4         5,000     175,000\n"
          "0903   2025/09/03  TP-0048       養生テープ 50mm         600      72,000\n"
          "0904   2025/09/04  PL-1207-W     パレット(木製)          40     148,000\n"
          "0905   2025/09/05  ST-0915       ストレッチフィルム      120      54,000\n"
          "-----  ----------  ------------  --------------------  ------  ----------\n"
          "                                              合計            545,000\n\n"
          f"管理番号 {SERIAL362[:4]}-{SERIAL362[4:8]}-{SERIAL362[8:12]}-{SERIAL362[12:]}(EDI 一括)\n"
          "納品は 9月12日(金)までにお願いいたします。\n\n"
          + sig("購買部", "吉田 健二", "03-6453-2342")))

# ===================================================================================== 363
# Control: a formal purchase notice full of kanji numbers: 二〇二五年度, 第〇〇一二号, 一〇〇〇個, 金額.
MESSAGES["363_control_kanji_numbers_purchase_notice.eml"] = message(
    sender="総務部 小林 <kobayashi.m@example.co.jp>", to=["営業部 <sales@hinode-noberty.example>"],
    subject="二〇二五年度 記念品 発注のご連絡(第〇〇一二号)", date="Mon, 08 Sep 2025 14:30:00 +0900",
    msgid="<20250908143000.363K@example.co.jp>",
    body=("日の出ノベルティ株式会社 営業部 御中\n\n"
          "拝啓 時下ますますご清祥のこととお慶び申し上げます。\n"
          "さて、二〇二五年度 創立記念品につき、下記のとおり発注いたします。\n\n"
          "記\n"
          "一、発注番号 第〇〇一二号\n"
          "二、品名 記念タンブラー(名入れ) 一〇〇〇個\n"
          "三、金額 金八十五万円也(消費税別)\n"
          "四、納期 令和七年十月二十日\n"
          "五、納入場所 弊社本社 三階 総務部\n"
          "以上\n\n"
          "敬具\n\n"
          + sig("総務部", "小林 真由美", "03-6453-1000(代表)")))

# ===================================================================================== 364
# Control (internal only, hr. subdomain sender): 振替休日 and a reminder to bring the 健康保険証
# (its 記号・番号 mentioned, none given).
MESSAGES["364_control_int_furikae_kyujitsu_health_card.eml"] = message(
    sender="人事部 労務課 <roumu@hr.example.co.jp>",
    to=["全社員 <all@example.co.jp>"],
    subject="振替休日の取得と健康診断の持ち物について", date="Tue, 09 Sep 2025 09:00:00 +0900",
    msgid="<20250909090000.364H@hr.example.co.jp>",
    body=("各位\n\n"
          "1. 振替休日\n"
          "9月14日(日)の棚卸し出勤者は、9月22日(月)を振替休日としてください。\n"
          "勤怠システムの申請区分は「振替休日(番号 07)」です。\n\n"
          "2. 定期健康診断の持ち物\n"
          "当日は健康保険証(またはマイナ保険証)をお持ちください。\n"
          "問診票に保険証の記号・番号を書く欄はありますが、今年から記入は不要です。\n"
          "受付番号は当日会場でお渡しします。\n\n"
          "-- \n人事部 労務課\n内線 1234\n"))

# ===================================================================================== 365
# Control: 口座振替の手続き案内 to a customer company, without any number; a product's 記号.
MESSAGES["365_control_kouza_furikae_guide_no_numbers.eml"] = message(
    sender="経理部 請求担当 <seikyu@example.co.jp>", to=["経理課 <keiri@minato-kikai.example>"],
    subject="口座振替(自動引落し)のお手続きのご案内", date="Wed, 10 Sep 2025 15:40:00 +0900",
    msgid="<20250910154000.365F@example.co.jp>",
    body=("港機械株式会社 経理課 御中\n\n"
          "いつもお世話になっております。エグザンプル経理部です。\n"
          "保守料金のお支払いを口座振替に切り替えるお手続きをご案内いたします。\n\n"
          "■ お手続きの流れ\n"
          "1) 同封の「口座振替依頼書」に、お取引銀行名・支店名・口座番号をご記入ください。\n"
          "   (ゆうちょ銀行の場合は通帳の記号・番号をご記入ください。)\n"
          "2) 金融機関お届け印をご捺印のうえ、返信用封筒でご返送ください。\n"
          "3) 初回の振替日は、お手続き完了後にはがきでお知らせします。\n\n"
          "■ 対象契約\n"
          "保守契約 記号 MS-B(標準プラン)、対象機種 記号 A-3 / A-5\n\n"
          "ご不明な点は下記までお問い合わせください。\n\n"
          + sig("経理部 請求担当", "原田 美咲", "03-6453-2355")))

# ===================================================================================== 366
# Control: directions in prose through Kyoto streets (通 … 上る, 西入 in a sentence, no 番地) to a
# hotel by name; the sender's own address (Tokyo) only in the signature.
MESSAGES["366_control_kyoto_directions_prose_venue.eml"] = message(
    sender="営業企画部 中川 <nakagawa.h@example.co.jp>", to=["営業部 <eigyo@kamogawa-shoji.example>"],
    subject="10/9 新製品説明会 会場のご案内(京都)", date="Thu, 11 Sep 2025 10:25:00 +0900",
    msgid="<20250911102500.366D@example.co.jp>",
    body=("鴨川商事株式会社 営業部 御中\n\n"
          "エグザンプル営業企画部の中川です。10月9日(木)の新製品説明会の会場をご案内します。\n\n"
          "会場: ホテル洛央 二階「桔梗の間」\n"
          "時間: 14:00〜16:30(受付 13:30〜)\n\n"
          "道順: 地下鉄烏丸線「四条」駅の北改札を出て、烏丸通を北へ少し上ると右手に銀行があります。\n"
          "その角を西入して、二本目の通りを上ったところがホテルの正面玄関です。\n"
          "四条烏丸から歩いて七、八分です。お車の場合は御池通から入るとわかりやすいと思います。\n\n"
          "駐車場はございませんので、近隣のコインパーキングをご利用ください。\n\n"
          + sig("営業企画部", "中川 浩", "03-6453-2366")))

# ===================================================================================== 367
# Control: To/Cc display names carrying departments, a room, an order number and 内線.
MESSAGES["367_control_display_names_dept_room_ext.eml"] = message(
    sender="品質保証部 松本 <matsumoto.r@example.co.jp>",
    to=["調達課 第2グループ（注文番号 PO-2025-0918） <chotatsu@sanyo-denzai.example>"],
    cc=["品質管理課 8F-803会議室 <qc@sanyo-denzai.example>",
        "品質保証部 松本（内線 4412） <matsumoto.r@example.co.jp>"],
    subject="Re: PO-2025-0918 受入検査結果のご報告", date="Fri, 12 Sep 2025 16:10:00 +0900",
    msgid="<20250912161000.367N@example.co.jp>",
    body=("三洋電材株式会社 調達課 御中\n\n"
          "エグザンプル品質保証部の松本です。\n"
          "注文番号 PO-2025-0918 の受入検査結果をご報告します。\n\n"
          "・検査日 2025年9月11日\n"
          "・ロット 25I-0911-A / 25I-0911-B\n"
          "・抜取数 各 80個、不良 0個 → 合格\n\n"
          "9月17日(水)の品質会議(8F-803)で詳細をご説明します。\n\n"
          + sig("品質保証部", "松本 涼", "03-6453-2377", "(内線 4412)")))

# ===================================================================================== 368
# Control: phone-like codes with bracket notes: 2025-0412-7781(改訂), 10:00(14時以降可).
MESSAGES["368_control_bracket_notes_codes_times.eml"] = message(
    sender="技術部 藤井 <fujii.d@example.co.jp>", to=["設計課 <sekkei@chubu-seimitsu.example>"],
    subject="図面改訂と打合せ日程(2025-0412-7781)", date="Mon, 15 Sep 2025 09:50:00 +0900",
    msgid="<20250915095000.368C@example.co.jp>",
    body=("中部精密株式会社 設計課 御中\n\n"
          "エグザンプル技術部の藤井です。\n\n"
          "図番 2025-0412-7781(改訂) を送付します。旧版 2025-0412-7780(廃版) は破棄してください。\n"
          "変更点は公差 ±0.05(従来 ±0.1)と、材質 SUS304(旧 SS400)です。\n\n"
          "打合せ候補:\n"
          "  9/18(木) 10:00(14時以降可)\n"
          "  9/19(金) 13:30(午前不可)\n"
          "  9/22(月) 15:00(1時間程度)\n\n"
          "部品番号 0312-4471-05(試作) の見積も合わせてお願いします。\n\n"
          + sig("技術部", "藤井 大輔", "03-6453-2388")))

# ===================================================================================== 369
# Control (internal only): a Teams invitation whose block (会議 ID, passcode) sits below the
# sender's signature; no dial-in number.
MESSAGES["369_control_int_teams_block_below_signature.eml"] = message(
    sender="営業部 高橋 <takahashi.a@example.co.jp>",
    to=["営業部 <eigyo@example.co.jp>"], cc=["大阪支社 営業課 <eigyo@osaka.example.co.jp>"],
    subject="第3四半期 営業会議(オンライン)", date="Tue, 16 Sep 2025 11:00:00 +0900",
    msgid="<20250916110000.369T@example.co.jp>",
    body=("各位\n\n"
          "第3四半期の営業会議を下記のとおり開催します。\n"
          "日時: 2025年9月30日(火)15:00〜16:30\n"
          "資料: 共有フォルダ \\\\fs01\\営業部\\2025Q3\\ に前日までに格納してください。\n\n"
          "-- \n営業部 高橋 彩\n内線 2210\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams ヘルプが必要ですか?\n"
          "今すぐ会議に参加する\n"
          f"会議 ID: {TEAMS369[:3]} {TEAMS369[3:6]} {TEAMS369[6:9]} {TEAMS369[9:]}\n"
          "パスコード: Qm7Vx3\n"
          "________________________________________________________________________________\n"
          "開催者向けオプション | 会議のオプションをリセット\n"
          "________________________________________________________________________________\n"))

# ===================================================================================== 370
# Control: a Zoom invitation to a partner, the Zoom block (URL, meeting ID, passcode) below the
# sender's signature; no one-tap or dial-in numbers.
MESSAGES["370_control_zoom_block_below_signature.eml"] = message(
    sender="事業開発部 井上 <inoue.k@example.co.jp>", to=["企画部 <kikaku@seto-design.example>"],
    subject="共同企画 定例(10/2)のご案内", date="Wed, 17 Sep 2025 18:20:00 +0900",
    msgid="<20250917182000.370Z@example.co.jp>",
    body=("瀬戸デザイン株式会社 企画部 御中\n\n"
          "エグザンプル事業開発部の井上です。\n"
          "次回の共同企画定例を Zoom で行います。議題は展示会ブースの配置案(第二版)です。\n"
          "日時: 2025年10月2日(木)16:00〜17:00\n\n"
          + sig("事業開発部", "井上 和彦", "03-6453-2399")
          + "\n----------------------------------------------------------------\n"
          "Zoom ミーティングに参加する\n"
          "https://zoom.us/j/84522910376?pwd=bTh2Q0xkT1dYc3VwR2ZtN0E\n\n"
          "ミーティング ID: 845 2291 0376\n"
          "パスコード: 731905\n"
          "----------------------------------------------------------------\n"))

# ===================================================================================== 371
# Control: a blank application form template: 〇〇様 placeholders, 〒〇〇〇-〇〇〇〇, 電話 〇〇〇-…,
# 生年月日 昭和〇〇年〇〇月〇〇日 as blanks to fill in; kanji dates.
MESSAGES["371_control_blank_form_template_kanji_placeholders.eml"] = message(
    sender="カスタマーサポート部 山口 <yamaguchi.n@example.co.jp>", to=["制作部 <seisaku@asahi-print.example>"],
    subject="会員申込書(令和八年版)の版下修正のお願い", date="Thu, 18 Sep 2025 13:45:00 +0900",
    msgid="<20250918134500.371P@example.co.jp>",
    body=("朝日印刷株式会社 制作部 御中\n\n"
          "エグザンプルの山口です。会員申込書(令和八年版)の版下について、記入例を次のとおり\n"
          "空欄表記に統一してください。\n\n"
          "  ご芳名   〇〇 〇〇 様\n"
          "  ご住所   〒〇〇〇-〇〇〇〇 〇〇県〇〇市〇〇町〇丁目〇番〇号\n"
          "  お電話   〇〇〇-〇〇〇〇-〇〇〇〇\n"
          "  生年月日 昭和・平成 〇〇年〇〇月〇〇日\n"
          "  ご記入日 令和  年  月  日\n\n"
          "印刷部数は 二〇〇〇部、納期は令和七年十月十日です。\n"
          "校正は 第二校 までを予定しています。\n\n"
          + sig("カスタマーサポート部", "山口 奈々", "03-6453-2411")))

# ===================================================================================== 372
# Control: a maintenance contract renewal: 契約番号, 機器コード, 期限, a 16-digit licence key that fails
# Luhn and has no card prefix.
MESSAGES["372_control_maintenance_renewal_licence_key.eml"] = message(
    sender="情報システム部 清水 <shimizu.y@example.co.jp>", to=["保守サービス部 <hoshu@kita-system.example>"],
    subject="保守契約更新(契約番号 MC-2025-0331)", date="Fri, 19 Sep 2025 10:05:00 +0900",
    msgid="<20250919100500.372L@example.co.jp>",
    body=("北システム株式会社 保守サービス部 御中\n\n"
          "エグザンプル情報システム部の清水です。保守契約の更新をお願いいたします。\n\n"
          "契約番号      MC-2025-0331\n"
          "機器コード    NAS-4200 ×2 / UPS-1500J ×3\n"
          "現契約の期限  2025年10月31日\n"
          "更新期間      2025年11月1日〜2026年10月31日(十二か月)\n"
          f"ライセンスキー {' '.join(re.findall('....', LICENCE372))}\n"
          "金額          年額 468,000円(税別)\n\n"
          "更新のお見積書を 10月10日(金)までにお送りください。\n\n"
          + sig("情報システム部", "清水 陽介", "03-6453-2422")))


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
