"""Writes held-out messages 543-562 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): FORMS AND TABLES PASTED INTO MAIL
BODIES FROM PDFs, EXCEL AND WORD. example.co.jp is 株式会社エグザンプル, 本社 〒105-0011 東京都港区芝公園
2-4-1, 代表 03-6453-1000; example.co.jp and its subdomains are internal, everything else external.
- Text copied out of PDF forms: labels justified with spaces (氏　　名, 生 年 月 日), the value on the
  line under its label, values cut by the form's narrow column (a mobile "090-" / "4418-2736", 〒 on
  one line and the code on the next, the block number on the line under the town), check boxes
  (□ ■ ☑, [X]), digits in boxes (│5│0│3│8│…, "3 0 4 1 …"): a 社宅入居申込書 (543), 入社連絡票 with
  two My Numbers, 基礎年金番号 and 口座番号 in boxes (544), an English visa application (554), a
  credit-card payment form with the card number in boxes (558), an ISO-2022-JP リース申込書 with a
  法人番号 and a driver's licence number in boxes (562).
- Excel rows pasted as tab-separated text: a 社員旅行 list with DOBs as '1985/4/3' and as serials and
  mobiles that lost their leading 0 (545), 振込口座 with an account that lost its 0 and corporate cards
  shown 4.98E+15 (556, internal), campaign winners with landlines that lost their 0 and one phone shown
  8.05E+09 (557, internal), a 面接日程表 whose title row carries 【社外秘】 (561).
- Excel rows pasted by Outlook as an HTML <table> with a text/plain alternative: a DM list with the
  address split over 都道府県 / 市区町村 / 番地 columns and postal codes that became 7-digit numbers
  (546), 扶養親族 with merged 社員 cells, 和暦 dates (H2.6.14) and two 個人番号 shown 3.8E+11-like (559,
  internal), an inventory table with JAN codes and lots (551, control).
- Word tables pasted as text: box-drawing lines (547 ISO-2022-JP internal 連絡網, 560 健診予約) and
  '|' columns (548, 11 colleagues' addresses to a training company).
- Excel form layouts with merged label cells: two 工事依頼書 (555, internal), the sender's own
  取引先登録申請書 whose address and numbers all repeat her signature (553).
- Controls: an 注文書 (549), a 出荷予定表 with serial dates (550, internal), the inventory table (551),
  an ISO-2022-JP price list whose 0120 numbers are the sender's own (552).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_543_562.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import html
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import ean, luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}
SIGDASH = "-- "


def L(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def T(*cells) -> str:
    """One Excel row as Excel puts it on the clipboard: cells separated by TAB."""
    return "\t".join(str(c) for c in cells)


# ---- made-up values with real check digits -------------------------------------------------

def my_number(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def boxed(digits: str) -> str:
    return "│" + "│".join(digits) + "│"


def spaced(digits: str) -> str:
    return " ".join(digits)


def excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


MN_ONODERA = my_number("38201947551")      # 544, employee, in 12 boxes
MN_ONODERA_AYA = my_number("29174063882")  # 544, spouse, spaced in groups
MN559 = [my_number("41872036519"), my_number("50639281447"), my_number("63018457290"),
         my_number("17294608351")]
# 559: two more 個人番号 were typed as numbers; Excel shows them as 5.20471E+11 / 7.46183E+11 (lost).
MN559_LOST = [my_number("52047139962"), my_number("74618320574")]
assert [f"{int(n):.5E}" for n in MN559_LOST] == ["5.20471E+11", "7.46183E+11"]

CN_AOBA = cn.calc_check_digit("011001046281") + "011001046281"  # 562, 株式会社アオバ設計
assert cn.is_valid(CN_AOBA)

CARD558 = "524831076642180" + luhn.calc_check_digit("524831076642180")  # Mastercard (52), Luhn-valid
assert luhn.is_valid(CARD558) and CARD558.startswith("52")
# 556: the two corporate cards Excel shows as 4.98E+15 (the real numbers are not in the mail).
for _c in ("4980123477104417", "4980123477192290"):
    assert f"{int(_c):.2E}" == "4.98E+15"

LICENCE562 = "304198275613"  # 運転免許証番号: fails the My Number check (it is labelled 運転免許証 anyway)
assert not in_.is_valid(LICENCE562)

# 545 / 550: Excel serial dates
DOB545_UENO = date(1986, 3, 18)
DOB545_KOIKE = date(1992, 12, 25)
assert excel_serial(DOB545_UENO) == 31489 and excel_serial(DOB545_KOIKE) == 33963

# 550: 送り状番号 (12 digits, no label that matters) all fail the My Number check.
SLIPS550 = ["428817305562", "428817305573", "371104928846", "371104928857"]
for _s in SLIPS550:
    assert not in_.is_valid(_s), _s


def jan(prefix12: str) -> str:
    code = prefix12 + ean.calc_check_digit(prefix12)
    assert ean.is_valid(code) and not cn.is_valid(code) and not luhn.is_valid(code), code
    return code


# ---- mail building --------------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body, cc=None, bcc=None, html_body=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64", html_cte="quoted-printable",
            extra_headers=()) -> bytes:
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
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte)
    stem = msgid.strip("<>").split("@")[0]
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_{stem}_{i:02d}")
            i += 1
    return msg.as_bytes()


def b_word(s: str) -> str:
    return "=?ISO-2022-JP?B?" + base64.b64encode(s.encode("iso2022_jp")).decode("ascii") + "?="


def jis_message(*, sender_name, sender_addr, to, subject, date, msgid, body, cc=None,
                mailer=("X-Mailer", "Becky! ver. 2.81.07")) -> bytes:
    """A single-part ISO-2022-JP (7bit) text/plain message, as Japanese mailers still send it."""
    def addr(name_addr):
        name, a = name_addr
        return f"{b_word(name)} <{a}>" if name else a
    head = [("From", addr((sender_name, sender_addr))), ("To", ", ".join(addr(x) for x in to))]
    if cc:
        head.append(("Cc", ", ".join(addr(x) for x in cc)))
    head += [("Subject", b_word(subject)), ("Date", date), ("Message-ID", msgid)]
    if mailer:
        head.append(mailer)
    head += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="ISO-2022-JP"'),
             ("Content-Transfer-Encoding", "7bit")]
    lines = body.rstrip("\n").split("\n")
    return ("\r\n".join(f"{k}: {v}" for k, v in head) + "\r\n\r\n").encode("ascii") + \
        b"\r\n".join(line.encode("iso2022_jp") for line in lines) + b"\r\n"


def esc(s: str) -> str:
    return html.escape(str(s), quote=False)


def outlook_html(inner: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel" lang="ja">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0mm;font-size:10.5pt;font-family:"游ゴシック",sans-serif;}\n'
            'table.MsoNormalTable{border-collapse:collapse;}</style>\n'
            '</head>\n<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def paras(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append('<p class="MsoNormal">' + (esc(line).replace("  ", "&nbsp; ") or "<o:p>&nbsp;</o:p>") + "</p>")
    return "\n".join(out)


def excel_table(header: list[str], rows: list[list], widths: list[int], *, bold_header=True) -> str:
    """An Excel range as Outlook pastes it: MsoNormalTable, one <p class=MsoNormal><span> per cell.
    A cell value of None is swallowed by the rowspan of the cell above (merged cells)."""
    def td(v, w, bold=False, rowspan=1, right=False):
        style = (f"width:{w:d}pt;border:solid windowtext 1.0pt;border-top:none;padding:0mm 3.5pt 0mm 3.5pt;"
                 "height:18.0pt")
        rs = f' rowspan="{rowspan}"' if rowspan > 1 else ""
        align = ' align="right" style="text-align:right"' if right else ""
        txt = esc(v) if v != "" else "<o:p>&nbsp;</o:p>"
        if bold:
            txt = f"<b>{txt}</b>"
        return (f'<td width="{round(w * 1.333)}" nowrap valign="bottom"{rs} style="{style}">'
                f'<p class="MsoNormal"{align}><span style="font-size:11.0pt;color:black">{txt}</span></p></td>')

    out = ['<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse">']
    out.append('<tr style="height:18.0pt">' + "".join(td(h, w, bold_header) for h, w in zip(header, widths, strict=False)) + "</tr>")
    for ri, row in enumerate(rows):
        cells = []
        for ci, (v, w) in enumerate(zip(row, widths, strict=False)):
            if v is None:
                continue
            span = 1
            while ri + span < len(rows) and rows[ri + span][ci] is None:
                span += 1
            right = isinstance(v, (int, float)) or (isinstance(v, str) and v.replace(",", "").replace(".", "")
                                                     .replace("E+", "").isdigit() and ci > 0 and "-" not in v)
            cells.append(td(v, w, rowspan=span, right=right))
        out.append('<tr style="height:18.0pt">' + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_text(header: list[str], rows: list[list]) -> list[str]:
    """The text/plain alternative Outlook writes for a pasted range: TAB between cells."""
    return [T(*header)] + [T(*("" if v is None else v for v in r)) for r in rows]


# ---- the company's own details (signatures) --------------------------------------------------
HQ_POST = "〒105-0011"
HQ_ADDR = "東京都港区芝公園2-4-1"
HQ_TEL = "03-6453-1000"


# ===================================================================================== 543
# 人事 -> 社宅管理会社: 社宅入居申込書 copied out of the PDF the employee filled in: justified labels, each
# value on the line under its label, her mobile and her father's number cut by the narrow column, 〒 on
# one line and the code on the next, the block number on the line under the town; check boxes. Her DOB
# (平成), her husband's DOB, 〒 + address, 2 phones; 勤務先 = the company's own address and 代表, both in the
# sender's signature; 申込日 / 入居希望日 are no DOBs -> hold (2 DOBs < 3).
MESSAGES["543_pdf_paste_shataku_application_cut_lines.eml"] = message(
    sender="人事部 労務課 高田 美穂 <takada.miho@example.co.jp>",
    to=["住まいサポート株式会社 法人契約窓口 <houjin@sumai-support.example>"],
    subject="社宅入居申込書(2026年1月入居 1名)の送付",
    date="Mon, 17 Nov 2025 10:12:00 +0900", msgid="<20251117101200.543A@example.co.jp>",
    body=L("住まいサポート株式会社",
           "法人契約窓口 御中",
           "",
           "いつもお世話になっております。株式会社エグザンプル人事部の高田です。",
           "1月の異動に伴う社宅入居申込書をお送りします。",
           "本人が記入したPDFの内容をコピーして貼り付けています。改行がところどころ崩れていますが、",
           "ご容赦ください。",
           "",
           "――――― ここから ―――――",
           "社 宅 入 居 申 込 書",
           "                                        申込日　2025年11月14日",
           "【申込者】",
           "氏　　名",
           "宮本　沙織",
           "フ リ ガ ナ",
           "ミヤモト　サオリ",
           "生 年 月 日",
           "平成6年8月21日（31歳）",
           "性　　別",
           "□男　■女",
           "現 住 所",
           "〒",
           "231-0023",
           "神奈川県横浜市中区山下町",
           "118-3　ベイコート山下502",
           "携 帯 電 話",
           "090-",
           "4418-2736",
           "【勤務先】",
           "会 社 名",
           "株式会社エグザンプル　本社 営業企画部",
           "所 在 地",
           "東京都港区芝公園2-4-1",
           "電　　話",
           "03-6453-1000（代表）",
           "【同居予定者】",
           "■配偶者　□子　□その他（　　　　）",
           "氏　　名",
           "宮本　拓也",
           "生 年 月 日",
           "1995年2月3日",
           "【緊急連絡先】（同居者以外）",
           "氏　　名",
           "岡田　昭",
           "続　　柄",
           "父",
           "電　　話",
           "0476-22-",
           "5831",
           "【希望条件】",
           "入居希望日",
           "2026年1月10日",
           "間 取 り",
           "□1K　■1LDK　□2LDK　□その他",
           "駐 車 場",
           "□要　■不要",
           "――――― ここまで ―――――",
           "",
           "入居希望日が近いため、12月上旬までに物件候補をいただけますと幸いです。",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 人事部 労務課",
           "高田 美穂（たかだ みほ）",
           f"{HQ_POST} {HQ_ADDR}",
           f"TEL 03-6453-1120（直通） / {HQ_TEL}（代表）",
           "takada.miho@example.co.jp"))

# ===================================================================================== 544
# 人事 -> 社会保険労務士法人: 入社連絡票 copied out of the new hire's PDF: 元号 check boxes and spaced digits,
# 〒 and phone spaced digit by digit, his 個人番号 in 12 boxes, 基礎年金番号 "4 1 0 7 − 2 8 3 5 1 6",
# 口座番号 in 7 boxes with ■普通, his spouse's 個人番号 in groups and her DOB -> confirm. The 雇用保険被保険者
# 番号 (4-6-1) and 社員番号 are no types; 入社日 is no DOB.
MESSAGES["544_pdf_paste_new_hire_boxes_my_number_pension_account.eml"] = message(
    sender="人事部 給与厚生課 松尾 健 <matsuo.ken@example.co.jp>",
    to=["社会保険労務士法人みらい労務 手続き担当 <tetsuzuki@mirai-roumu.example>"],
    subject="【入社手続き】12月1日入社 1名(小野寺)の情報送付",
    date="Tue, 18 Nov 2025 14:35:00 +0900", msgid="<20251118143500.544A@example.co.jp>",
    body=L("社会保険労務士法人みらい労務",
           "手続き担当 様",
           "",
           "いつもお世話になっております。エグザンプル人事部の松尾です。",
           "12月1日入社の小野寺さんの資格取得届・扶養異動届・給与登録用の情報をお送りします。",
           "本人記入の入社連絡票（PDF）からコピーしたため、枠の区切りがそのまま入っています。",
           "",
           "■入社連絡票",
           "社員番号　　　251201　　　入社日　2025年12月1日",
           "氏　　名　　　小野寺　健太（オノデラ　ケンタ）",
           "生年月日　　　□昭和　■平成　□令和　　3 年　 5 月　19 日",
           "性　　別　　　■男　□女",
           "住　　所　　　〒 1 6 6 − 0 0 1 2",
           "　　　　　　　東京都杉並区和田",
           "　　　　　　　2−17−4　コーポ和田203",
           "電話番号　　　0 8 0 − 5 5 2 7 − 3 1 9 4",
           "",
           "個人番号（マイナンバー）",
           "┌─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┐",
           boxed(MN_ONODERA),
           "└─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┘",
           "基礎年金番号",
           spaced("4107") + " − " + spaced("283516"),
           "",
           "【前職】",
           "雇用保険被保険者番号　5012-347781-6　（前職：株式会社ノースフィールド 2025年10月31日退職）",
           "",
           "【給与振込口座】",
           "金融機関名　　三井住友銀行　　　支店名　荻窪支店",
           "預金種別　　　■普通　□当座",
           "口座番号　　　" + boxed("5038172"),
           "口座名義（カナ）　オノデラ　ケンタ",
           "",
           "【扶養親族】",
           "□なし　■あり（　1　名）",
           "続柄　　　　　妻（控除対象配偶者）",
           "氏　　名　　　小野寺　彩（オノデラ　アヤ）",
           "生年月日　　　平成4年11月8日",
           "個人番号　　　" + " ".join(MN_ONODERA_AYA[i:i + 4] for i in (0, 4, 8)),
           "所得の見積額　0 円",
           "",
           "資格取得日は12月1日、標準報酬月額の算定用に雇用契約書（月給 310,000円）を別途郵送します。",
           "ご不明点があればご連絡ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 人事部 給与厚生課",
           "松尾 健",
           f"{HQ_POST} {HQ_ADDR}",
           "TEL 03-6453-1124 / FAX 03-6453-1009",
           "matsuo.ken@example.co.jp"))

# ===================================================================================== 545
# 総務 -> 旅行会社: 社員旅行 participant list pasted from Excel (TAB-separated): 9 rows, 生年月日 as
# '1985/4/3' and as serials 31489 / 33963 (Excel lost the format), mobiles with and without the leading 0,
# row 5 (a child) has '同上' for the phone; 6 personal mails -> confirm (9 DOBs, 8 phones).
ROWS545 = [
    [1, "青木 雄一", "アオキ ユウイチ", "1985/4/3", "090-3318-2047", "y.aoki.1985@mailbox.example", "1号車"],
    [2, "石田 真由美", "イシダ マユミ", "1990/11/27", "8066741195", "mayumi-ishida@freemail.example", "1号車"],
    [3, "上野 大輔", "ウエノ ダイスケ", excel_serial(DOB545_UENO), "9022814430", "", "1号車"],
    [4, "江藤 さくら", "エトウ サクラ", "1998/7/7", "070-8842-6613", "sakura.eto77@mailbox.example", "2号車"],
    [5, "江藤 陽太", "エトウ ヨウタ", "2019/5/14", "同上", "", "2号車"],
    [6, "大川 修", "オオカワ オサム", "1972/1/30", "9011934478", "osamu.okawa@freemail.example", "2号車"],
    [7, "小池 恵", "コイケ メグミ", excel_serial(DOB545_KOIKE), "080-2275-9314", "m.koike@mailbox.example", "2号車"],
    [8, "加藤 翔", "カトウ ショウ", "1994/9/9", "7045517720", "", "1号車"],
    [9, "北村 直子", "キタムラ ナオコ", "1983/12/1", "090-6608-1152", "naoko.kita@freemail.example", "1号車"],
]
MESSAGES["545_excel_tsv_trip_list_serial_dobs_lost_zero.eml"] = message(
    sender="総務部 森 由香 <mori.yuka@example.co.jp>",
    to=["株式会社トラベルコネクト 法人旅行部 <houjin@travel-connect.example>"],
    subject="社員旅行(12/6-7 箱根)参加者名簿 追加分9名",
    date="Wed, 19 Nov 2025 16:48:00 +0900", msgid="<20251119164800.545A@example.co.jp>",
    cte="quoted-printable",
    body=L("トラベルコネクト 法人旅行部",
           "ご担当 渡部様",
           "",
           "お世話になっております。エグザンプル総務部の森です。",
           "社員旅行の追加参加者9名分です。旅行保険の加入に生年月日が必要とのことでしたので、",
           "名簿のExcelから貼り付けます。",
           "",
           T("No", "氏名", "フリガナ", "生年月日", "携帯電話", "メールアドレス", "バス"),
           *[T(*r) for r in ROWS545],
           "",
           "※Excelの書式の関係で、携帯番号の先頭の0が消えている行と、生年月日が数字（シリアル値）で",
           "　表示されている行があります。お手数ですが読み替えをお願いします。",
           "※江藤陽太さんは江藤さくらさんのお子さん（6歳）で、連絡先は同じです。",
           "",
           "部屋割りは来週お送りします。よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 総務部 総務課",
           "森 由香",
           "TEL 03-6453-1180 / 内線 1180",
           "mori.yuka@example.co.jp"))

# ===================================================================================== 546
# 営業企画 -> DM print shop: an Excel range pasted by Outlook (HTML table + TAB text alternative): six
# customer contacts; the address is split over 都道府県 / 市区町村 / 番地・建物 columns; three 郵便番号 cells
# were numbers and show 9800811 / 4500002 / 8120011, three were typed as text with the hyphen; 6 phones
# -> confirm (6 addresses, 6 phones; the postal codes are counted too: a human reads 9800811 under
# 郵便番号 as 980-0811).
HDR546 = ["会社名", "部署", "ご担当者", "郵便番号", "都道府県", "市区町村", "番地・建物", "電話番号"]
ROWS546 = [
    ["株式会社北斗精機", "生産技術部", "佐々木 亮 様", "9800811", "宮城県", "仙台市青葉区一番町", "2-7-15 北斗ビル4F", "022-227-4418"],
    ["東和パッケージ株式会社", "購買課", "中西 由紀 様", "330-0854", "埼玉県", "さいたま市大宮区桜木町", "1-11-9", "048-641-2273"],
    ["株式会社ミナト化成", "製造部", "福田 誠 様", "4500002", "愛知県", "名古屋市中村区名駅", "4-5-28 名駅桜ビル7F", "052-581-6604"],
    ["関西メタル工業株式会社", "設備保全課", "松井 隆 様", "530-0001", "大阪府", "大阪市北区梅田", "3-2-14 梅田第二ビル", "06-6345-1187"],
    ["有限会社瀬戸内製作所", "工場長", "藤原 勝 様", "720-0065", "広島県", "福山市東桜町", "8-21", "084-924-3306"],
    ["九州オートパーツ株式会社", "品質保証部", "森田 彩 様", "8120011", "福岡県", "福岡市博多区博多駅前", "2-11-3", "092-431-5572"],
]
intro546 = L("株式会社プリントワークス DM事業部",
             "井口様",
             "",
             "お世話になっております。エグザンプル営業企画部の村上です。",
             "1月のセミナー案内DMの宛名リストです（Excelから貼り付けています）。",
             "")
outro546 = L("",
             "封筒は前回と同じ長3・窓なし、12月3日（水）発送でお願いします。",
             "よろしくお願いいたします。",
             "",
             SIGDASH,
             "株式会社エグザンプル 営業企画部",
             "村上 淳",
             f"{HQ_POST} {HQ_ADDR}",
             "TEL 03-6453-1260",
             "murakami.jun@example.co.jp")
MESSAGES["546_excel_html_table_dm_list_split_address.eml"] = message(
    sender="営業企画部 村上 淳 <murakami.jun@example.co.jp>",
    to=["株式会社プリントワークス DM事業部 <dm-order@printworks.example>"],
    subject="セミナー案内DM 宛名リスト(6件)",
    date="Thu, 20 Nov 2025 11:05:00 +0900", msgid="<20251120110500.546A@example.co.jp>",
    body=intro546 + "\n".join(table_text(HDR546, ROWS546)) + "\n" + outro546,
    html_body=outlook_html(paras(intro546.rstrip("\n")) + "\n"
                           + excel_table(HDR546, ROWS546, [120, 60, 70, 55, 45, 120, 110, 80]) + "\n"
                           + paras(outro546.rstrip("\n"))))

# ===================================================================================== 547
# Internal only (ISO-2022-JP, Becky!): 品質保証部 緊急連絡網 pasted from a Word table with box-drawing lines:
# 6 members' mobiles + 3 home numbers = 9 phones; the first row is the sender's own mobile, which is also in
# his '-- ' signature (not counted); 内線 are no phones -> pass.
TBL547 = [
    "┏━━┳━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━┓",
    "┃順┃氏　名　　　　┃携帯電話　　　　　　　　┃自宅電話　　　　　　　　┃連絡する人　┃",
    "┣━━╋━━━━━━━━╋━━━━━━━━━━━━╋━━━━━━━━━━━━╋━━━━━━┫",
    "┃１┃西田　浩二　　┃090-2176-4485　　　　　 ┃―　　　　　　　　　　　┃２・３　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃２┃川口　聡　　　┃080-3359-7712　　　　　 ┃042-771-3384　　　　　　┃４　　　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃３┃須藤　真理　　┃090-8815-2069　　　　　 ┃―　　　　　　　　　　　┃５　　　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃４┃平野　拓海　　┃070-1184-6652　　　　　 ┃048-873-2291　　　　　　┃６　　　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃５┃内藤　久美子　┃080-6627-0418　　　　　 ┃0466-25-7730　　　　　　┃７　　　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃６┃小松　亮介　　┃090-4491-3306　　　　　 ┃―　　　　　　　　　　　┃―　　　　　┃",
    "┠──╂────────╂────────────╂────────────╂──────┨",
    "┃７┃原　美紀　　　┃070-3028-5517　　　　　 ┃―　　　　　　　　　　　┃―　　　　　┃",
    "┗━━┻━━━━━━━━┻━━━━━━━━━━━━┻━━━━━━━━━━━━┻━━━━━━┛",
]
MESSAGES["547_int_jis_word_box_table_emergency_contacts.eml"] = jis_message(
    sender_name="西田 浩二", sender_addr="nishida.koji@example.co.jp",
    to=[("品質保証部 全員", "qa-all@example.co.jp")],
    subject="【更新】品質保証部 緊急連絡網(2025年12月版)",
    date="Fri, 21 Nov 2025 17:22:00 +0900", msgid="<20251121172200.547A.nishida@example.co.jp>",
    body=L("品質保証部の皆さん",
           "",
           "年末年始の前に緊急連絡網を更新しました。Wordの表をそのまま貼ります。",
           "地震・システム障害などで出社判断が必要なときは、この順番で電話をお願いします。",
           "つながらない場合は次の人へ飛ばしてください。",
           "",
           *TBL547,
           "",
           "番号が変わった人、間違いがある人は今月中に私まで連絡してください。",
           "（平日日中は内線 3410 でもかまいません）",
           "",
           SIGDASH,
           "品質保証部 課長 西田 浩二",
           "内線 3410 / 携帯 090-2176-4485"))

# ===================================================================================== 548
# 人材開発 -> 研修会社: a Word table pasted with '|' columns: 12 rows of participants with their company
# mail addresses; 石原 moved from 12/9 to 12/16 and appears twice -> 11 distinct addresses in the body
# (business addresses are still email_address findings) -> confirm (10+ e-mails). 受講日 are no DOBs.
ROWS548 = [
    ("1", "12/9", "安藤 正樹", "営業本部 東日本営業部", "課長", "ando.masaki@example.co.jp", "会場"),
    ("2", "12/9", "石原 由美", "経営企画部", "課長", "ishihara.yumi@example.co.jp", "欠席→12/16へ振替"),
    ("3", "12/9", "岡 崇", "生産本部 川崎工場", "課長", "oka.takashi@example.co.jp", "会場"),
    ("4", "12/9", "片山 純一", "品質保証部", "課長代理", "katayama.junichi@example.co.jp", "会場"),
    ("5", "12/9", "久保 千尋", "人事部", "課長", "kubo.chihiro@example.co.jp", "オンライン"),
    ("6", "12/9", "黒田 将", "大阪支社 営業課", "課長", "kuroda.sho@osaka.example.co.jp", "オンライン"),
    ("7", "12/16", "石原 由美", "経営企画部", "課長", "ishihara.yumi@example.co.jp", "会場"),
    ("8", "12/16", "後藤 健", "情報システム部", "課長", "goto.ken@example.co.jp", "会場"),
    ("9", "12/16", "酒井 あゆみ", "経理部", "課長", "sakai.ayumi@example.co.jp", "会場"),
    ("10", "12/16", "島田 浩之", "生産本部 技術部", "課長", "shimada.hiroyuki@example.co.jp", "会場"),
    ("11", "12/16", "田村 美和", "名古屋支店", "課長", "tamura.miwa@nagoya.example.co.jp", "オンライン"),
    ("12", "12/16", "堤 大輝", "購買部", "課長代理", "tsutsumi.daiki@example.co.jp", "会場"),
]
MESSAGES["548_word_pipe_table_training_roster_11_mails.eml"] = message(
    sender="人事部 人材開発課 吉岡 麻衣 <yoshioka.mai@example.co.jp>",
    to=["株式会社ラーニングデザイン 研修運営事務局 <jimukyoku@learning-design.example>"],
    subject="新任管理職研修 受講者名簿(12/9・12/16開催分)",
    date="Fri, 21 Nov 2025 09:40:00 +0900", msgid="<20251121094000.548A@example.co.jp>",
    body=L("株式会社ラーニングデザイン",
           "研修運営事務局 御中",
           "",
           "いつもお世話になっております。エグザンプル人事部の吉岡です。",
           "新任管理職研修の受講者名簿をお送りします（Wordの表を貼り付けています）。",
           "事前課題の配信とオンライン受講者へのURL送付は、下記のアドレス宛にお願いします。",
           "",
           "| No | 受講日 | 氏名 | 所属 | 役職 | メールアドレス | 受講形態 |",
           "|----|--------|------|------|------|----------------|----------|",
           *["| " + " | ".join(r) + " |" for r in ROWS548],
           "",
           "石原さんは12/9が出張のため、12/16に振替となりました（名簿上は2行あります）。",
           "会場は前回同様、弊社本社 12階 大会議室です。",
           "",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 人事部 人材開発課",
           "吉岡 麻衣",
           "TEL 03-6453-1131",
           "yoshioka.mai@example.co.jp"))

# ===================================================================================== 549
# Control: 注文書 copied out of the purchase-order PDF to a supplier: PO / 見積 numbers, 品番 with voltages
# and ampere ratings, quantities, prices, 納期 and 発注日, check boxes, 川崎工場 without an address; only the
# sender's TEL/FAX in the signature -> plain hold.
MESSAGES["549_control_pdf_paste_purchase_order.eml"] = message(
    sender="購買部 資材課 山内 太郎 <yamauchi.taro@example.co.jp>",
    to=["サンライズ電材株式会社 営業部 <order@sunrise-denzai.example>"],
    subject="注文書 PO-2511-0873(制御盤部材)",
    date="Tue, 18 Nov 2025 13:20:00 +0900", msgid="<20251118132000.549A@example.co.jp>",
    body=L("サンライズ電材株式会社",
           "営業部 御中",
           "",
           "いつもお世話になっております。エグザンプル購買部の山内です。",
           "注文書のPDFが添付できなかったため、内容を貼り付けます。原本は本日郵送します。",
           "",
           "注　　文　　書",
           "                                        発注番号　PO-2511-0873",
           "                                        発 注 日　2025年11月18日",
           "                                        見積番号　SR-Q-25-1142",
           "納　　期",
           "2025年12月10日（水）",
           "納入場所",
           "■弊社 川崎工場 資材受入口　□その他（　　　　　　）",
           "支払条件",
           "■月末締め翌月末振込　□その他",
           "",
           "No.  品　番               品　名               数量  単位    単　価       金　額",
           "1    NF32-SVF 3P 30A      ノーヒューズブレーカ   12   個       4,850       58,200",
           "2    SC-E2G AC100V        電磁接触器             20   個       3,120       62,400",
           "3    KIV 2sq 黒 300m      電線                    4   巻      18,600       74,400",
           "4    TB-15 15P            端子台                 40   個         980       39,200",
           "5    DIN-35 1000mm        DINレール              30   本         420       12,600",
           "                                              小　計                   246,800",
           "                                              消費税(10%)               24,680",
           "                                              合　計                   271,480",
           "備　考",
           "□分納可　■一括納品希望　☑検査成績書要（No.1・2）",
           "",
           "納期が難しい品番がありましたら、11月21日（金）までにご連絡ください。",
           "",
           SIGDASH,
           "株式会社エグザンプル 購買部 資材課",
           "山内 太郎",
           "TEL 044-555-3210 / FAX 044-555-3219",
           "yamauchi.taro@example.co.jp"))

# ===================================================================================== 550
# Control, internal: 生産管理 -> 営業 (Cc 物流): 出荷予定表 pasted from Excel as TAB text; 出荷日 / 納品日
# show as serials (45992 = 12/1 …), 受注番号, 品番, 数量, carriers and 12-digit 送り状番号 (fail the My Number
# check, no label), customers by name and plant only -> pass, nothing to find.
ROWS550 = [
    ["SO-251104", "北斗精機 仙台工場", "EXD-4400-S2", 8, 45992, 45994, "ヤマト", SLIPS550[0]],
    ["SO-251104", "北斗精機 仙台工場", "EXC-0105", 8, 45992, 45994, "ヤマト", SLIPS550[1]],
    ["SO-251117", "ミナト化成 本社工場", "EXP-220-A", 24, 45993, 45994, "佐川", SLIPS550[2]],
    ["SO-251117", "ミナト化成 本社工場", "EXP-220-B", 24, 45993, 45994, "佐川", SLIPS550[3]],
    ["SO-251122", "関西メタル工業 堺工場", "EXD-7500-S4", 2, 45995, 45996, "チャーター", "（出荷後に連絡）"],
    ["SO-251130", "九州オートパーツ 苅田工場", "EXR-12-K", 60, 45996, 45999, "西濃", "（出荷後に連絡）"],
]
MESSAGES["550_int_control_excel_shipping_schedule_serial_dates.eml"] = message(
    sender="生産管理部 小林 亮 <kobayashi.ryo@example.co.jp>",
    to=["営業部 東日本営業課 <east-sales@example.co.jp>", "大阪支社 営業課 <sales@osaka.example.co.jp>"],
    cc=["物流課 <logi@example.co.jp>"],
    subject="12月第1週 出荷予定表(11/21更新)",
    date="Fri, 21 Nov 2025 18:05:00 +0900", msgid="<20251121180500.550A@example.co.jp>",
    cte="quoted-printable",
    body=L("営業各位",
           "",
           "生産管理の小林です。12月第1週の出荷予定を更新しました。",
           "Excelから貼り付けたら日付の列が数字になってしまいました（45992＝12/1、45999＝12/8）。",
           "読み替えてください。",
           "",
           T("受注番号", "納品先", "品番", "数量", "出荷日", "納品日", "運送", "送り状番号"),
           *[T(*r) for r in ROWS550],
           "",
           "SO-251122 の EXD-7500-S4 は部材待ちのため、出荷日が1日ずれる可能性があります。",
           "確定したらまた連絡します。",
           "",
           SIGDASH,
           "生産管理部 生産計画課",
           "小林 亮",
           "内線 4122"))

# ===================================================================================== 551
# Control: 物流センター (internal subdomain) -> wholesaler: inventory pasted from Excel by Outlook (HTML table
# + TAB text): 商品コード, 13-digit JAN codes (EAN-valid, fail Luhn and the 法人番号 check), lot numbers,
# 製造日 / 使用期限, stock figures -> plain hold.
HDR551 = ["商品コード", "JANコード", "商品名", "ロット番号", "製造日", "使用期限", "在庫数", "引当済", "出荷可能"]
ROWS551 = [
    ["EXF-101", jan("490123456781"), "産業用フィルター 標準 10個入", "L2509A-0412", "2025/09/12", "2028/09", "1,240", "300", "940"],
    ["EXF-102", jan("490123456782"), "産業用フィルター 高性能 10個入", "L2509B-0415", "2025/09/15", "2028/09", "860", "860", "0"],
    ["EXF-102", jan("490123456782"), "産業用フィルター 高性能 10個入", "L2510A-0102", "2025/10/01", "2028/10", "1,500", "200", "1,300"],
    ["EXG-020", jan("490123456783"), "グリース 400g", "G2508-1137", "2025/08/28", "2027/08", "2,316", "480", "1,836"],
    ["EXG-021", jan("490123456784"), "グリース 2.5kg", "G2507-0921", "2025/07/22", "2027/07", "118", "40", "78"],
    ["EXC-330", jan("490123456786"), "クーラント 18L", "C2510-0308", "2025/10/08", "2026/10", "74", "74", "0"],
]
intro551 = L("株式会社マルヨシ商事",
             "仕入課 御中",
             "",
             "いつもお世話になっております。エグザンプル物流センターです。",
             "11月20日17時時点の在庫状況をお送りします。",
             "")
outro551 = L("",
             "EXF-102 は新ロット（L2510A-0102）からの出荷となります。",
             "EXC-330 は12月中旬入荷予定です。",
             "",
             SIGDASH,
             "株式会社エグザンプル 物流センター 在庫管理グループ",
             "TEL 044-555-3300 / FAX 044-555-3309",
             "zaiko@logi.example.co.jp")
MESSAGES["551_control_excel_html_inventory_jan_lots.eml"] = message(
    sender="エグザンプル物流センター 在庫管理 <zaiko@logi.example.co.jp>",
    to=["株式会社マルヨシ商事 仕入課 <shiire@maruyoshi-shoji.example>"],
    subject="在庫状況のご報告(11/20 17:00時点)",
    date="Thu, 20 Nov 2025 17:32:00 +0900", msgid="<20251120173200.551A@logi.example.co.jp>",
    body=intro551 + "\n".join(table_text(HDR551, ROWS551)) + "\n" + outro551,
    html_body=outlook_html(paras(intro551.rstrip("\n")) + "\n"
                           + excel_table(HDR551, ROWS551, [55, 80, 150, 70, 60, 50, 45, 45, 45]) + "\n"
                           + paras(outro551.rstrip("\n"))))

# ===================================================================================== 552
# Control (ISO-2022-JP): 部品販売センター -> dealer: price list copied out of the PDF: its header carries the
# centre's own フリーダイヤル and FAX, the same as in the '-- ' signature; 品番, old/new prices, 改定率, the
# 改定日 -> plain hold.
MESSAGES["552_control_jis_pdf_price_list_own_freedial.eml"] = jis_message(
    sender_name="株式会社エグザンプル 部品販売センター", sender_addr="parts@example.co.jp",
    to=[("田中機器販売株式会社 営業部", "eigyo@tanaka-kiki.example")],
    subject="2026年1月 補修部品 価格改定のお知らせ",
    date="Mon, 24 Nov 2025 10:00:00 +0900", msgid="<20251124100000.552A.parts@example.co.jp>",
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    body=L("田中機器販売株式会社",
           "営業部 御中",
           "",
           "平素より格別のお引き立てを賜り、厚く御礼申し上げます。",
           "原材料費・物流費の上昇に伴い、2026年1月1日受注分より補修部品の価格を改定いたします。",
           "PDFの価格表から主な品番を抜粋して貼り付けます（全品番は添付のPDFをご参照ください）。",
           "",
           "補修部品 価格表（2026年1月1日改定）",
           "株式会社エグザンプル 部品販売センター",
           "ご注文・お問い合わせ　フリーダイヤル 0120-418-270（平日 9:00〜17:30）",
           "　　　　　　　　　　　FAX 0120-418-271（24時間受付）",
           "",
           "品　番　　　　品　名　　　　　　　　　旧価格　　　新価格　　改定率",
           "EXF-101　　　産業用フィルター 標準　　　3,200　　　 3,450　　 7.8%",
           "EXF-102　　　産業用フィルター 高性能　　4,800　　　 5,180　　 7.9%",
           "EXG-020　　　グリース 400g　　　　　　 1,650　　　 1,800　　 9.1%",
           "EXB-6204　　 ベアリング 6204ZZ　　　　 　980　　　 1,050　　 7.1%",
           "EXV-2415　　 電磁弁 24V 15A　　　　　 12,400　　　13,200　　 6.5%",
           "EXS-0880　　 近接センサ M8　　　　　　 6,300　　　 6,700　　 6.3%",
           "",
           "※価格はすべて税抜・1個あたり。2025年12月26日までの受注分は旧価格で承ります。",
           "",
           "ご理解のほど、よろしくお願い申し上げます。",
           "",
           SIGDASH,
           "株式会社エグザンプル 部品販売センター",
           "フリーダイヤル 0120-418-270 / FAX 0120-418-271",
           "parts@example.co.jp"))

# ===================================================================================== 553
# The SENDER's own 取引先登録申請書 pasted from the customer's Excel form (label column merged, the value
# cells under it): the company's own 〒, address, 代表 and FAX, her own direct line and mail, all of them
# repeated in her '-- ' signature; 設立 1952年4月, capital, bank names without accounts, the 登録番号 not
# written -> plain hold, nothing to find.
MESSAGES["553_own_vendor_registration_form_matches_signature.eml"] = message(
    sender="営業部 東日本営業課 清水 陽子 <shimizu.yoko@example.co.jp>",
    to=["株式会社北斗精機 購買部 <kobai@hokuto-seiki.example>"],
    subject="取引先登録申請書のご提出(株式会社エグザンプル)",
    date="Wed, 19 Nov 2025 15:10:00 +0900", msgid="<20251119151000.553A@example.co.jp>",
    cte="quoted-printable",
    body=L("株式会社北斗精機",
           "購買部 佐々木様",
           "",
           "お世話になっております。エグザンプルの清水です。",
           "ご依頼いただいた取引先登録申請書を記入しました。いただいたExcelの様式から貼り付けます。",
           "押印した原本は本日郵送いたします。",
           "",
           T("取引先登録申請書", "", ""),
           T("申請日", "2025年11月19日", ""),
           T("会社名", "株式会社エグザンプル", ""),
           T("フリガナ", "カブシキガイシャエグザンプル", ""),
           T("本社所在地", HQ_POST, ""),
           T("", HQ_ADDR, ""),
           T("代表者", "代表取締役社長　加藤 浩", ""),
           T("電話番号", HQ_TEL, "（代表）"),
           T("FAX番号", "03-6453-1001", ""),
           T("設立", "1952年4月", ""),
           T("資本金", "48億2,000万円", ""),
           T("従業員数", "1,842名", "（単体、2025年3月末）"),
           T("業種", "■製造業　□卸売業　□サービス業　□その他", ""),
           T("取引銀行", "三菱UFJ銀行 本店", ""),
           T("", "みずほ銀行 虎ノ門支店", ""),
           T("振込口座", "別紙「振込口座届」（銀行印押印）にて郵送", ""),
           T("適格請求書発行事業者", "■登録済　□未登録", "（登録通知書の写しを同封）"),
           T("ご担当者", "営業部 東日本営業課　清水 陽子", ""),
           T("", "TEL 03-6453-1310", ""),
           T("", "E-mail shimizu.yoko@example.co.jp", ""),
           "",
           "ご不明な点がございましたら、お気軽にお問い合わせください。",
           "今後ともよろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル",
           "営業部 東日本営業課　清水 陽子",
           f"{HQ_POST} {HQ_ADDR}",
           f"TEL 03-6453-1310（直通） / {HQ_TEL}（代表） / FAX 03-6453-1001",
           "shimizu.yoko@example.co.jp"))

# ===================================================================================== 554
# English: 海外業務 -> visa agency: two e-Business visa application forms copied out of the PDFs: labels on
# one line and values under them, 'Passport' / 'No.' split, a mobile cut after its second hyphen; DD/MM/YYYY
# DOBs, two Japanese Passport Nos., romaji home addresses with postal codes, +81 mobiles, their company mail
# addresses -> confirm. Issue / expiry / travel dates are no DOBs; the Employer line repeats the HQ address
# and switchboard of the sender's '-- ' signature.
MESSAGES["554_en_pdf_paste_visa_application_two_travellers.eml"] = message(
    sender="Emi Nakano (Global Mobility) <nakano.emi@example.co.jp>",
    to=["Asia Visa Services - Applications <applications@asiavisa-services.example>"],
    subject="India e-Business visa applications - 2 travellers (dep. 12 Jan 2026)",
    date="Mon, 24 Nov 2025 11:26:00 +0900", msgid="<20251124112600.554A@example.co.jp>",
    cte="quoted-printable",
    body=L("Dear Asia Visa Services team,",
           "",
           "Please find below the details for our two travellers to Bengaluru (12-19 January 2026,",
           "meetings with Example India Pvt. Ltd.). I copied the fields from the PDF forms they filled in,",
           "so the layout is a little broken - sorry for that. Scans of the passports follow separately.",
           "",
           "========== Applicant 1 ==========",
           "Surname",
           "ISHIKAWA",
           "Given Name(s)",
           "HARUKI",
           "Sex        [X] Male   [ ] Female",
           "Date of Birth (DD/MM/YYYY)",
           "07/10/1979",
           "Place of Birth",
           "SENDAI, MIYAGI",
           "Nationality",
           "JAPAN",
           "Passport",
           "No.",
           "TK4829163",
           "Date of Issue              Date of Expiry",
           "22/06/2021                 22/06/2031",
           "Place of Issue",
           "MIYAGI",
           "Present Address",
           "4-12-7 Kamisugi, Aoba-ku, Sendai-shi, Miyagi",
           "980-0011",
           "Mobile No.",
           "+81 90-6251-",
           "3387",
           "E-mail",
           "h.ishikawa@example.co.jp",
           "Occupation / Employer",
           "Engineer / Example Corporation, 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011",
           "Employer Phone",
           "+81 3-6453-1000",
           "",
           "========== Applicant 2 ==========",
           "Surname",
           "OTA",
           "Given Name(s)",
           "MISAKI",
           "Sex        [ ] Male   [X] Female",
           "Date of Birth (DD/MM/YYYY)",
           "25/03/1991",
           "Place of Birth",
           "TOKYO",
           "Nationality",
           "JAPAN",
           "Passport",
           "No.",
           "TR7315048",
           "Date of Issue              Date of Expiry",
           "04/11/2024                 04/11/2034",
           "Place of Issue",
           "TOKYO",
           "Present Address",
           "2-8-19 Shimorenjaku, Mitaka-shi, Tokyo",
           "181-0013",
           "Mobile No.",
           "+81 80-4470-2915",
           "E-mail",
           "misaki.ota@example.co.jp",
           "Occupation / Employer",
           "Project Manager / Example Corporation, 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011",
           "Employer Phone",
           "+81 3-6453-1000",
           "",
           "Invitation letters from Example India Pvt. Ltd. are attached to the portal submission.",
           "Please let me know if anything is missing.",
           "",
           "Best regards,",
           "Emi Nakano",
           "",
           SIGDASH,
           "Emi Nakano",
           "Global Mobility, HR Department, Example Corporation",
           "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan",
           "Tel +81 3-6453-1127 | Switchboard +81 3-6453-1000",
           "nakano.emi@example.co.jp"))

# ===================================================================================== 555
# Internal only: 営業所 -> サービス部 工事課 (service. subdomain): two 工事依頼書 pasted from the Excel form:
# label in column A, several value rows under it (merged cells): 〒 on one row, town on the next, block
# number on the third; two phones per customer -> found (2 〒, 2 addresses, 4 phones), but pass.
def kouji(no, day, name, kana, post, town, block, tel1, note1, tel2, note2, work, model, wish):
    return [T("工事依頼書", "", "No.", no),
            T("依頼日", day, "", ""),
            T("お客様情報", "", "", ""),
            T("お名前", name, "フリガナ", kana),
            T("設置先住所", post, "", ""),
            T("", town, "", ""),
            T("", block, "", ""),
            T("電話番号", tel1, note1, ""),
            T("", tel2, note2, ""),
            T("工事内容", work, "", ""),
            T("機種", model, "", ""),
            T("希望日", wish, "", "")]


MESSAGES["555_int_excel_merged_cells_work_orders.eml"] = message(
    sender="城南営業所 青山 里美 <aoyama.satomi@example.co.jp>",
    to=["サービス部 工事課 <koji@service.example.co.jp>"],
    subject="工事依頼 2件(給湯器交換/浴室暖房乾燥機取付)",
    date="Thu, 20 Nov 2025 13:47:00 +0900", msgid="<20251120134700.555A@example.co.jp>",
    body=L("工事課 ご担当者様",
           "",
           "城南営業所の青山です。工事依頼書2件、Excelの様式から貼り付けて送ります。",
           "",
           *kouji("K-2511-041", "2025/11/20", "山崎 浩之 様", "ヤマザキ ヒロユキ", "〒152-0023",
                  "東京都目黒区八雲", "3-12-8", "03-3723-5561", "ご自宅", "080-2219-4476",
                  "奥様携帯（平日日中はこちら）", "■給湯器交換　□新規取付　□修理",
                  "GT-2460SAWX → GT-C2472SAW", "12/3(水) 午前　第2希望 12/5(金) 午後"),
           "",
           *kouji("K-2511-042", "2025/11/20", "株式会社ベルテック 総務部 井上 様", "ベルテック イノウエ",
                  "〒144-0052", "東京都大田区蒲田5丁目", "28-6 ベルテックビル3F", "03-5714-2280", "代表",
                  "090-7712-3846", "井上様携帯", "□給湯器交換　■新規取付　□修理",
                  "BDV-4107AUKNC-J3 ×2台", "12/10(水) 終日（土日不可）"),
           "",
           "ベルテック様は3Fの事務所が営業中のため、作業時間を事前に井上様と調整してください。",
           "",
           SIGDASH,
           "営業部 城南営業所",
           "青山 里美",
           "TEL 03-5702-8811 / 内線 6210"))

# ===================================================================================== 556
# Internal only: 経理 -> 人事: transferred employees' 振込口座 and corporate cards pasted from Excel (TAB):
# five 普通 accounts (佐野's shows 602215: Excel dropped the 0; the sender gives 0602215 below - one value),
# the 法人カード番号 column shows 4.98E+15 (digits lost: no card), last 4 digits in the text -> found
# (5 accounts), but pass.
MESSAGES["556_int_excel_accounts_lost_zero_cards_sci.eml"] = message(
    sender="経理部 出納課 中島 亜紀 <nakajima.aki@example.co.jp>",
    to=["人事部 給与厚生課 <kyuyo@example.co.jp>"],
    subject="10月異動者の振込口座・法人カード 確認のお願い",
    date="Tue, 25 Nov 2025 10:18:00 +0900", msgid="<20251125101800.556A@example.co.jp>",
    body=L("給与厚生課 松尾さん",
           "",
           "経理の中島です。10月異動者の経費精算の振込先と法人カードを確認しています。",
           "経理システムから出したExcelを貼ります。給与の振込口座と違う人がいないか見てもらえますか。",
           "",
           T("社員番号", "氏名", "異動後所属", "銀行名", "支店名", "種別", "口座番号", "法人カード番号", "利用限度額"),
           T("180412", "岩崎 優", "大阪支社 営業課", "三井住友銀行", "梅田支店", "普通", "4127730", "4.98E+15", "500,000"),
           T("201133", "桑原 亜希", "経営企画部", "みずほ銀行", "虎ノ門支店", "普通", "3381952", "", ""),
           T("170827", "佐野 智之", "名古屋支店", "三菱UFJ銀行", "名古屋営業部", "普通", "602215", "", ""),
           T("190508", "柴田 恵", "総務部", "りそな銀行", "新橋支店", "普通", "1194683", "4.98E+15", "300,000"),
           T("210301", "高野 純", "福岡支店", "福岡銀行", "本店営業部", "普通", "2285107", "", ""),
           "",
           "※佐野さんの口座番号はExcelで先頭の0が落ちています。正しくは 0602215 です。",
           "※法人カード番号の列が指数表示になってしまいました。下4桁は岩崎さん 4417、柴田さん 2290 です。",
           "　カードは2人とも異動後もそのまま使います。",
           "",
           "よろしくお願いします。",
           "",
           SIGDASH,
           "経理部 出納課 中島 亜紀",
           "内線 1245"))

# ===================================================================================== 557
# Internal only: マーケティング -> 総務 発送センター: campaign winners pasted from Excel (TAB): 6 〒 (text
# with hyphen), 6 addresses, 電話番号 as Excel left them: 9031128846 and 272319906 / 663852274 (the 0
# dropped: counted), two typed as text, one shown 8.05E+09 (digits lost: not counted) -> 5 phones; found,
# but pass.
MESSAGES["557_int_excel_campaign_winners_lost_zero_sci_phone.eml"] = message(
    sender="マーケティング部 藤井 奈々 <fujii.nana@example.co.jp>",
    to=["総務部 発送センター <hassou@example.co.jp>"],
    subject="モニターキャンペーン当選者 賞品発送のお願い(6名)",
    date="Mon, 24 Nov 2025 15:02:00 +0900", msgid="<20251124150200.557A@example.co.jp>",
    cte="quoted-printable",
    body=L("発送センター ご担当者様",
           "",
           "マーケティング部の藤井です。秋のモニターキャンペーンの当選者6名に、賞品の発送をお願いします。",
           "応募フォームの集計Excelから貼り付けています。",
           "",
           T("当選No", "氏名", "郵便番号", "住所", "電話番号", "賞品"),
           T("A-01", "早川 紀子", "060-0063", "北海道札幌市中央区南三条西7-3-2 サウスコート803", "9031128846", "A賞 空気清浄機"),
           T("A-02", "栗原 大樹", "371-0023", "群馬県前橋市本町2-9-14", "272319906", "A賞 空気清浄機"),
           T("B-01", "杉山 かおり", "422-8067", "静岡県静岡市駿河区南町11-5 グランドール南町405", "8.05E+09", "B賞 電気ケトル"),
           T("B-02", "野口 誠", "564-0063", "大阪府吹田市江坂町1-23-5", "663852274", "B賞 電気ケトル"),
           T("B-03", "松田 亜紀子", "700-0024", "岡山県岡山市北区駅元町15-8", "086-254-7731", "B賞 電気ケトル"),
           T("B-04", "山口 翼", "880-0805", "宮崎県宮崎市橘通東3-6-11", "080-9927-4410", "B賞 電気ケトル"),
           "",
           "電話番号の列はExcelで0が消えたり、指数表示になったりしています（杉山様の番号は元データを",
           "確認中です）。配送伝票には郵便番号と住所だけ入れていただければ大丈夫です。",
           "12月5日（金）までに発送をお願いします。",
           "",
           SIGDASH,
           "マーケティング部 プロモーション課",
           "藤井 奈々（内線 2320）"))

# ===================================================================================== 558
# カスタマーサポート -> payment gateway: a customer's クレジットカード払い申込書 copied out of the scanned
# PDF: Mastercard number in 16 boxes, 有効期限, her DOB, 〒 and full-width address on two lines, a phone cut
# by the column, her mail -> confirm. 加盟店ID, 申込日, course price are not findings.
card558_boxes = "│" + "│ │".join("│".join(CARD558[i:i + 4]) for i in range(0, 16, 4)) + "│"
MESSAGES["558_pdf_paste_card_payment_form_boxed_card.eml"] = message(
    sender="カスタマーサポート 岡本 結衣 <okamoto.yui@example.co.jp>",
    to=["株式会社ペイゲート 加盟店サポート <merchant-support@paygate.example>"],
    subject="継続課金の手動登録のお願い(加盟店ID 30218847)",
    date="Tue, 25 Nov 2025 14:12:00 +0900", msgid="<20251125141200.558A@example.co.jp>",
    body=L("株式会社ペイゲート",
           "加盟店サポート ご担当者様",
           "",
           "いつもお世話になっております。加盟店ID 30218847 株式会社エグザンプル カスタマーサポートの岡本です。",
           "お客様がWebでカード登録できないとのことで、郵送いただいた申込書（スキャンPDF）の内容を",
           "以下に転記します。手動での継続課金登録をお願いできますでしょうか。",
           "",
           "クレジットカード払い申込書",
           "お申込日　2025年11月12日",
           "【ご契約者】",
           "お 名 前　　　　　　　　　　　フリガナ",
           "小川　智子　　　　　　　　　　オガワ　トモコ",
           "生 年 月 日",
           "1968年 9月 24日",
           "ご 住 所",
           "〒",
           "６５０－００１２",
           "兵庫県神戸市中央区北長狭通",
           "４－７－２２－６０５",
           "電 話 番 号　　　　　　　　　メールアドレス",
           "078-331-　　　　　　　　　　tomoko.ogawa68@mailbox.example",
           "6620",
           "【カード情報】",
           "カード会社　□VISA　■Mastercard　□JCB　□AMEX　□その他",
           "カード番号",
           card558_boxes,
           "有効期限（月/年）　０８ / ２９",
           "カード名義（ローマ字）　TOMOKO OGAWA",
           "【ご契約内容】",
           "■年間保守プラン（月額 3,300円・税込）　□スポット点検",
           "",
           "登録が完了しましたら、このメールへの返信でお知らせください。",
           "申込書の原本は当社で施錠保管しております。",
           "",
           SIGDASH,
           "株式会社エグザンプル カスタマーサポート",
           "岡本 結衣",
           "TEL 0120-883-106（平日 9:00〜18:00）",
           "okamoto.yui@example.co.jp"))

# ===================================================================================== 559
# Internal only: 年末調整 check list pasted from Excel by Outlook (HTML table with rowspan + TAB text):
# three employees' six dependants, 生年月日 in Excel's 和暦 format (H2.6.14, S22.10.5 …), four 個人番号 as
# text, two typed as numbers and shown 5.20471E+11 / 7.46183E+11 (digits lost: not counted) -> found
# (4 My Numbers, 6 DOBs), but pass.
HDR559 = ["社員番号", "社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "備考"]
ROWS559 = [
    ["190221", "金子 拓也", "金子 美穂", "配偶者", "H2.6.14", MN559[0], ""],
    [None, None, "金子 蓮", "長男", "H29.3.2", MN559[1], ""],
    ["200415", "村田 聡子", "村田 和夫", "父", "S22.10.5", "5.20471E+11", "要再入力"],
    [None, None, "村田 光子", "母", "S25.1.28", MN559[2], ""],
    ["160903", "佐藤 健二", "佐藤 千晴", "長女", "H18.8.30", "7.46183E+11", "要再入力"],
    [None, None, "佐藤 悠真", "長男", "H21.12.24", MN559[3], "16歳到達 今年から控除対象"],
]
intro559 = L("広瀬課長",
             "",
             "松尾です。年末調整の扶養親族で、個人番号の登録内容を確認したい6名の一覧です。",
             "Excelから貼り付けています。",
             "")
outro559 = L("",
             "村田さんのお父様と佐藤千晴さんの個人番号は、数値で入力されていたため指数表示になっています。",
             "本人に再提出を依頼済みです。そろったら給与システムに登録します。",
             "",
             SIGDASH,
             "人事部 給与厚生課 松尾 健",
             "内線 1124")
MESSAGES["559_int_excel_html_dependants_my_numbers_wareki.eml"] = message(
    sender="人事部 給与厚生課 松尾 健 <matsuo.ken@example.co.jp>",
    to=["広瀬 剛 <hirose.takeshi@example.co.jp>"],
    subject="年末調整 扶養親族の個人番号 確認一覧(6名)",
    date="Wed, 26 Nov 2025 09:15:00 +0900", msgid="<20251126091500.559A@example.co.jp>",
    body=intro559 + "\n".join(table_text(HDR559, ROWS559)) + "\n" + outro559,
    html_body=outlook_html(paras(intro559.rstrip("\n")) + "\n"
                           + excel_table(HDR559, ROWS559, [50, 60, 70, 40, 55, 85, 120]) + "\n"
                           + paras(outro559.rstrip("\n"))))

# ===================================================================================== 560
# 健康管理室 -> 健診クリニック: 健診予約 list pasted from a Word table with box-drawing lines: six employees'
# 生年月日 in 和暦 short form (S55.3.12 …), two mobiles for home workers; 内線 are no phones; 受診日, the
# 保険者番号 are no findings -> confirm (6 DOBs).
MESSAGES["560_word_box_table_health_check_booking_dobs.eml"] = message(
    sender="総務部 健康管理室 長谷川 文 <hasegawa.aya@example.co.jp>",
    to=["さくら健診クリニック 予約センター <yoyaku@sakura-kenshin.example>"],
    subject="12月 定期健康診断 受診予約(6名)のお願い",
    date="Tue, 25 Nov 2025 16:30:00 +0900", msgid="<20251125163000.560A@example.co.jp>",
    cte="quoted-printable",
    body=L("さくら健診クリニック",
           "予約センター ご担当者様",
           "",
           "いつもお世話になっております。株式会社エグザンプル 健康管理室の長谷川です。",
           "12月の定期健康診断の受診予約をお願いします（Wordの一覧表を貼り付けています）。",
           "健康保険組合の保険者番号は 06139947 です。",
           "",
           "┌─────┬─────────┬──────┬───┬──────────────┬─────────────────┐",
           "│受診日    │氏名              │生年月日    │性別│コース                      │連絡先                            │",
           "├─────┼─────────┼──────┼───┼──────────────┼─────────────────┤",
           "│12/8(月)  │石井 和也         │S55.3.12    │男  │生活習慣病予防健診          │内線 2215                         │",
           "│12/8(月)  │上田 千夏         │H2.11.30    │女  │一般健診＋婦人科            │内線 2231                         │",
           "│12/9(火)  │大野 剛           │S48.7.4     │男  │人間ドック（日帰り）        │090-2281-6639（在宅勤務）         │",
           "│12/9(火)  │北川 美紀         │H8.1.17     │女  │一般健診                    │内線 2240                         │",
           "│12/10(水) │近藤 洋平         │S61.5.26    │男  │生活習慣病予防健診          │080-7714-5203（在宅勤務）         │",
           "│12/10(水) │斉藤 友美         │H11.9.9     │女  │一般健診                    │内線 2262                         │",
           "└─────┴─────────┴──────┴───┴──────────────┴─────────────────┘",
           "",
           "受診票と問診票は各自に社内便で配布します。当日の受付は8:30でよろしかったでしょうか。",
           "よろしくお願いいたします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 総務部 健康管理室",
           "保健師 長谷川 文",
           "TEL 03-6453-1190",
           "hasegawa.aya@example.co.jp"))

# ===================================================================================== 561
# 採用 -> 人材紹介会社: the 二次面接 schedule pasted from Excel (TAB) together with the sheet's title row
# '【社外秘】2026年度 中途採用 二次面接日程表' -> keyword -> confirm. Candidate IDs, ages, times, names only;
# no contact data.
MESSAGES["561_excel_tsv_interview_schedule_keyword_title_row.eml"] = message(
    sender="人事部 採用課 坂本 里奈 <sakamoto.rina@example.co.jp>",
    to=["株式会社キャリアブリッジ 法人担当 <ca-team@career-bridge.example>"],
    subject="二次面接の日程(11/27・11/28)のご連絡",
    date="Mon, 24 Nov 2025 18:40:00 +0900", msgid="<20251124184000.561A@example.co.jp>",
    cte="quoted-printable",
    body=L("株式会社キャリアブリッジ",
           "法人担当 杉本様",
           "",
           "いつもお世話になっております。エグザンプル採用課の坂本です。",
           "ご推薦いただいた候補者の二次面接日程が決まりましたので、一覧を貼り付けます。",
           "",
           T("【社外秘】2026年度 中途採用 二次面接日程表", "", "", "", "", "", ""),
           T("候補者ID", "氏名", "年齢", "応募職種", "面接日", "時間", "形式"),
           T("CB-25-1187", "木下 亮介", "34", "制御ソフト開発（リーダー候補）", "11/27(木)", "10:00-11:00", "来社"),
           T("CB-25-1203", "佐久間 遥", "29", "品質保証", "11/27(木)", "14:00-15:00", "オンライン"),
           T("CB-25-1219", "長谷部 隆", "41", "生産技術（課長候補）", "11/28(金)", "10:30-11:30", "来社"),
           T("CB-25-1224", "三浦 絵里", "31", "海外営業", "11/28(金)", "16:00-17:00", "オンライン"),
           "",
           "来社の方は本社1階受付で「採用課 坂本」をお呼び出しください。",
           "オンラインの方のURLは前日までに貴社経由でお送りします。",
           "",
           SIGDASH,
           "株式会社エグザンプル 人事部 採用課",
           "坂本 里奈",
           "TEL 03-6453-1135",
           "sakamoto.rina@example.co.jp"))

# ===================================================================================== 562
# ISO-2022-JP: 法人営業 -> leasing company's 審査: リース申込書 copied out of the customer's PDF: justified
# labels, values under them, the customer company's 法人番号 (valid), 〒 / address / TEL cut over lines, the
# representative (連帯保証人)'s 昭和 DOB, home 〒 + address, mobile, and his 運転免許証 番号 spaced in 12 boxes
# (fails the My Number check; the □マイナンバーカード box is not ticked) -> confirm. 設立, 申込日 are no DOBs.
MESSAGES["562_jis_pdf_paste_lease_application_licence_boxes.eml"] = jis_message(
    sender_name="今井 翔太", sender_addr="imai.shota@example.co.jp",
    to=[("株式会社オフィスリンク 審査担当", "shinsa@officelink.example")],
    subject="リース審査のお願い(株式会社アオバ設計様 複合機2台)",
    date="Wed, 26 Nov 2025 11:48:00 +0900", msgid="<20251126114800.562A.imai@example.co.jp>",
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    body=L("株式会社オフィスリンク",
           "審査ご担当者様",
           "",
           "いつもお世話になっております。エグザンプル法人営業課の今井です。",
           "株式会社アオバ設計様の複合機リースについて、審査をお願いいたします。",
           "お客様からいただいたリース申込書（PDF）の内容を貼り付けます。",
           "",
           "リ　ー　ス　申　込　書",
           "申込日　2025年11月25日",
           "【申込法人】",
           "法　人　名",
           "株式会社アオバ設計",
           "法 人 番 号",
           CN_AOBA,
           "本 店 所 在 地",
           "〒",
           "150-0002",
           "東京都渋谷区渋谷",
           "3-21-5　アオバビル2F",
           "電 話 番 号",
           "03-5468-",
           "2271",
           "設　　　立　　2009年6月　　　資本金　1,000万円　　　従業員数　18名",
           "【代表者（連帯保証人）】",
           "氏　　　名",
           "青葉　誠一",
           "生 年 月 日",
           "昭和46年3月8日",
           "自 宅 住 所",
           "〒",
           "157-0066",
           "東京都世田谷区成城",
           "6-14-2",
           "携 帯 電 話",
           "090-3376-8128",
           "本人確認書類",
           "■運転免許証　□パスポート　□マイナンバーカード",
           "番　　　号",
           "┌─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┬─┐",
           boxed(LICENCE562),
           "└─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┴─┘",
           "【リース物件】",
           "複合機 EX-C3530 ×2台　リース期間 60ヶ月　月額リース料 28,600円（税別）",
           "",
           "お手数ですが、12月1日（月）までに結果をいただけますと幸いです。",
           "",
           SIGDASH,
           "株式会社エグザンプル 営業部 法人営業課",
           "今井 翔太",
           "TEL 03-6453-1322 / 携帯 080-6612-0937",
           "imai.shota@example.co.jp"))


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    assert sorted(int(n[:3]) for n in MESSAGES) == list(range(543, 563))
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
