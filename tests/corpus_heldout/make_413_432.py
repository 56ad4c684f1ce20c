"""Writes held-out messages 413-432 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): INVISIBLE CHARACTERS AND
COPY-PASTE ARTIFACTS, as they occur when people copy data from web pages, PDFs, Excel, chat tools
and CRMs into a mail:
- zero-width space U+200B inside a mobile, a 〒 and an address copied from a web admin page (413);
  an HTML CRM paste with a phone split over <span> runs, &#8209; non-breaking hyphens, <wbr> inside
  an e-mail address and &#8203; inside a 〒 and an address (414);
- a reservation system's CSV with a UTF-8 BOM at its start AND in its middle (two exports
  concatenated) and Excel's leading apostrophe text prefix ('09031184472) (415);
- a CSV Excel mangled: phones in scientific notation (9.03118E+09, digits lost), a phone that lost
  its leading zero, dates of birth left as Excel serials (30942) beside real dates, 口座番号 (416);
- halfwidth katakana labels (ｾｲﾈﾝｶﾞｯﾋﾟ, ﾃﾞﾝﾜ) with fullwidth/halfwidth digit mixtures (417);
- an English PDF/web copy with soft hyphens U+00AD, LRM/RLM marks, narrow no-break spaces and U+2011
  around a passport number, a date of birth and a +81 mobile (418);
- an Excel range pasted TAB-separated with fullwidth digits and ideographic spaces in 個人番号, plus
  the same rows saved as Excel "Unicode text" (UTF-16LE with BOM) (419);
- HTML with <ruby> furigana around an address, phones in a title and an alt attribute, a date of
  birth in a display:none block (421);
- a PDF form copied with line breaks inside a DOB, a phone and a 〒, and a 口座番号 typed in
  one-digit boxes (423);
- a chat paste (circled list markers, ZWJ emoji) with phones written with U+2212, U+2012, U+2013,
  U+2060 word joiners and U+202F (424);
- an xlsx exported from a web form with NBSP, ZWSP, a BOM and trailing TABs inside cells (426);
- an English CRM paste with ZWNJ between a card's groups and ZWSP after an e-mail's @ (427);
- internal HR mail with U+2060 word joiners inside 個人番号 (429, pass);
- an HTML directory copy with e-mail addresses written with &#64;, <wbr> and &#8203; (431).
Controls (no personal data; invisible characters in order numbers, product codes, prices, dates):
420, 422 (English), 425 (internal only), 428, 430 (English), 432.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_413_432.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import openpyxl
from stdnum import luhn
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
ZIP_DATE = (2025, 8, 1, 9, 30, 0)
FIXED = dt.datetime(2025, 8, 1, 9, 30, 0)
MESSAGES: dict[str, bytes] = {}

# Invisible and look-alike characters.
ZWSP = "\u200b"      # zero-width space
ZWNJ = "\u200c"      # zero-width non-joiner
ZWJ = "\u200d"       # zero-width joiner
LRM = "\u200e"       # left-to-right mark
RLM = "\u200f"       # right-to-left mark
WJ = "\u2060"        # word joiner
SHY = "\u00ad"       # soft hyphen
BOM = "\ufeff"       # byte order mark / zero-width no-break space
NBSP = "\u00a0"      # no-break space
NNBSP = "\u202f"     # narrow no-break space
IDSP = "\u3000"      # ideographic space
NBHY = "\u2011"      # non-breaking hyphen
FIGDASH = "\u2012"   # figure dash
ENDASH = "\u2013"    # en dash
MINUS = "\u2212"     # minus sign


def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def card(prefix15: str) -> str:
    n = prefix15 + luhn.calc_check_digit(prefix15)
    assert luhn.is_valid(n), n
    return n


def fw(s: str) -> str:
    """ASCII digits to fullwidth."""
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def excel_serial(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


# My Numbers (419: two new hires; 429: an employee and his wife, internal only).
MN419_A = my_no("38172640591")
MN419_B = my_no("52091837746")
MN429_A = my_no("48172093665")
MN429_B = my_no("61830472918")
assert len({MN419_A, MN419_B, MN429_A, MN429_B}) == 4
# A Visa card (427), Luhn-valid; a 16-digit order number that must fail Luhn (420).
CARD427 = card("492973152288410")
assert CARD427 == "4929731522884105"
ORDER420 = "4716229033185541"
assert not luhn.is_valid(ORDER420)
# 430: a 12-digit carrier tracking number, valid by the My Number check, no label (not personal).
TRACK430 = my_no("77124480339")
# 416: dates of birth left as Excel serials.
SERIAL416_A = excel_serial("1984-09-17")
SERIAL416_C = excel_serial("1979-02-03")
assert (SERIAL416_A, SERIAL416_C) == (30942, 28889)
assert excel_serial("1990-01-01") == 32874


# ---- mail building ---------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body=None, html=None, cc=None, attachments=(),
            cte="base64", mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
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
    if body is not None:
        msg.set_content(body, charset="utf-8", cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte=cte)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_Part_{msgid.strip('<>').split('@')[0]}_{i}")
            i += 1
    return msg.as_bytes()


def sig(dept: str, name: str, tel: str) -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}\n")


def sig_html(dept: str, name: str, tel: str) -> str:
    return (f"<p>-- <br>株式会社エグザンプル {dept}<br>{name}<br>〒105-0011 東京都港区芝公園2-4-1<br>"
            f"TEL {tel}</p>")


def sig_en(name: str, dept: str, tel: str) -> str:
    return (f"-- \n{name}\n{dept}, Example Co., Ltd.\n2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011\n"
            f"Tel {tel}\n")


def html_doc(inner: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p{margin:0}</style></head>\n<body style="font-family:Meiryo UI,sans-serif;font-size:10.5pt">\n'
            + inner + "\n</body></html>\n")


def csv_text(rows, *, delim=",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue()


def zip_parts(parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def fixed_xlsx(wb, creator: str) -> bytes:
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    raw = io.BytesIO()
    wb.save(raw)
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{creator}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-28T01:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-01T00:30:00Z</dcterms:modified></cp:coreProperties>').encode()
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---- 413 ---------------------------------------------------------------------------------

MESSAGES["413_zwsp_inside_mobile_copied_from_web.eml"] = message(
    sender="小池 亮 <koike@example.co.jp>",
    to=["さくらリフォーム 工事部 <koji@sakura-reform.example>"],
    subject="【現調依頼】桜新町 S様邸 浴室リフォーム",
    date="Mon, 04 Aug 2025 10:12:00 +0900",
    msgid="<413.20250804101200.koike@example.co.jp>",
    body=("さくらリフォーム株式会社\n工事部 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプルの小池です。\n"
          "Webのお問い合わせ(管理画面)からお客様情報をそのままコピーしてお送りします。\n"
          "現地調査の日程調整をお願いいたします。\n\n"
          "お名前：　佐々木 芳子 様\n"
          f"郵便番号：154{ZWSP}-0015\n"
          f"ご住所：　東京都世田谷区桜新町2{ZWSP}-14{ZWSP}-7\n"
          f"携帯電話：090{ZWSP}-4127{ZWSP}-8836\n"
          "ご希望：　浴室(ユニットバス)の入れ替え、平日午前のご訪問希望\n"
          f"問い合わせ番号：WEB{ZWSP}-250804{ZWSP}-0193\n"
          "受付日時：2025/08/02 21:47\n\n"
          "ご訪問前にお客様へお電話いただけますと助かります。\n"
          "よろしくお願いいたします。\n\n"
          + sig("リフォーム事業部", "小池 亮", "03-6453-2417")))

# ---- 414 ---------------------------------------------------------------------------------

MESSAGES["414_html_span_split_phone_wbr_entities.eml"] = message(
    sender="石井 真由 <ishii.m@example.co.jp>",
    to=["折返しセンター <callback@tele-support.example>"],
    subject="折り返し依頼：給湯器の異音(ケース 00012873)",
    date="Mon, 04 Aug 2025 11:05:00 +0900",
    msgid="<414.20250804110500.ishii@example.co.jp>",
    html=html_doc(
        "<p>テレサポート株式会社<br>折返しセンター ご担当者様</p><p>&nbsp;</p>"
        "<p>お世話になっております。エグザンプルの石井です。</p>"
        "<p>下記のお客様へ本日中の折り返しをお願いします(CRMの画面からコピーしています)。</p><p>&nbsp;</p>"
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        "<tr><td>ケース番号</td><td>00012873</td></tr>"
        "<tr><td>お名前</td><td>森本 彩花 様</td></tr>"
        '<tr><td>携帯</td><td><span style="color:#1a0dab">090</span>-<span>2284</span>-<span '
        'class="crm-val">6613</span></td></tr>'
        "<tr><td>ご自宅</td><td>0<span>6</span>&#8209;6<span>3</span>12&#8209;4471</td></tr>"
        "<tr><td>メール</td><td>ayaka.<wbr>morimoto<wbr>@freemail.<wbr>example</td></tr>"
        "<tr><td>郵便番号</td><td>530&#8203;-0041</td></tr>"
        "<tr><td>ご住所</td><td>大阪府大阪市北区天神橋5&#8203;-7&#8203;-12 ハイツ天神橋503</td></tr>"
        "<tr><td>製品</td><td>GT-2460SAWX 2019年製</td></tr>"
        "<tr><td>受付</td><td>2025/08/04 09:41</td></tr>"
        "</table><p>&nbsp;</p>"
        "<p>夕方以降は携帯のほうがつながりやすいとのことです。</p><p>よろしくお願いいたします。</p>"
        + sig_html("カスタマーサポート部", "石井 真由", "03-6453-2455")))

# ---- 415 ---------------------------------------------------------------------------------

HEAD415 = ["予約番号", "お名前", "電話番号", "来店予定日", "メニュー"]
DAY1 = [
    ["R250805-001", "中川 美和", "'09031184472", "2025/08/05 10:00", "カット+カラー"],
    ["R250805-002", "青木 里沙", "'08027719035", "2025/08/05 11:30", "カット"],
    ["R250805-003", "堀 真一", "'07044128863", "2025/08/05 14:00", "カット"],
    ["R250805-004", "林 千尋", "'0452918830", "2025/08/05 16:30", "パーマ"],
]
DAY2 = [
    ["R250806-001", "石田 萌", "'09066203317", "2025/08/06 10:30", "カラー"],
    ["R250806-002", "中川 美和", "'09031184472", "2025/08/06 13:00", "トリートメント"],
    ["R250806-003", "村井 沙織", "'08051927744", "2025/08/06 15:00", "カット+カラー"],
]
CSV415 = (BOM + csv_text([HEAD415, *DAY1]) + BOM + csv_text([HEAD415, *DAY2])).encode("utf-8")

MESSAGES["415_bom_csv_apostrophe_phones.eml"] = message(
    sender="美容室エグザンプル 表参道店 <omotesando@example.co.jp>",
    to=["SMS配信サポート <support@sms-haishin.example>"],
    subject="SMSリマインド送信リスト(8/5・8/6分)",
    date="Mon, 04 Aug 2025 18:20:00 +0900",
    msgid="<415.20250804182000.omotesando@example.co.jp>",
    body=("SMS配信サポート ご担当者様\n\n"
          "お世話になっております。表参道店の前田です。\n"
          "明日・明後日のご予約のお客様リストを添付します。前日18時のリマインドSMSをお願いします。\n"
          "予約システムから2日分を書き出して1つのファイルにまとめました。\n"
          "電話番号の先頭の ' はシステムが付けるものです(0が消えないように)。\n\n"
          "よろしくお願いいたします。\n\n"
          "-- \n美容室エグザンプル 表参道店\n前田 優子\nTEL 03-6453-2560\n"),
    attachments=[("reserve_20250805-06.csv", "text/csv", CSV415)])

# ---- 416 ---------------------------------------------------------------------------------

ROWS416 = [
    ["No", "氏名", "生年月日", "電話番号", "引落銀行", "支店", "口座番号", "備考"],
    ["1", "山本 健太", str(SERIAL416_A), "9.03118E+09", "みずほ銀行", "渋谷支店", "普通 3318402", ""],
    ["2", "小西 里奈", "1988/6/14", "8041127735", "三井住友銀行", "新宿支店", "普通 2749163", ""],
    ["3", "藤原 大輔", str(SERIAL416_C), "9.06622E+09", "りそな銀行", "池袋支店", "普通 5820174", "住所変更あり"],
    ["4", "中野 美穂", "1992/11/3", "354128876", "ゆうちょ銀行", "〇一八店", "普通 4417206", ""],
]
CSV416 = csv_text(ROWS416).encode("cp932")

MESSAGES["416_excel_mangled_sci_notation_lost_zero_serial_dob.eml"] = message(
    sender="人事総務部 岡 <oka.s@example.co.jp>",
    to=["ライフ保険代理店 窓口 <madoguchi@life-agency.example>"],
    subject="団体保険 新規加入者(4名)の件",
    date="Tue, 05 Aug 2025 09:40:00 +0900",
    msgid="<416.20250805094000.oka@example.co.jp>",
    body=("ライフ保険代理店\nご担当者様\n\n"
          "お世話になっております。エグザンプル人事総務部の岡です。\n"
          "団体保険の新規加入者4名分のリストを添付します。\n\n"
          "申し訳ありません、CSVを一度Excelで開いて上書き保存したため、\n"
          "生年月日の一部が数字(30942 など)に、電話番号の一部が 9.03E+09 のような表示に\n"
          "なってしまいました。正しい電話番号は本人に確認して改めてお送りします。\n"
          "保険料の引落口座は添付のとおりです。\n\n"
          "よろしくお願いいたします。\n\n"
          + sig("人事総務部", "岡 静香", "03-6453-2301")),
    attachments=[("加入者リスト_0805.csv", "text/csv", CSV416)])

# ---- 417 ---------------------------------------------------------------------------------

MESSAGES["417_halfwidth_kana_labels_fullwidth_mix.eml"] = message(
    sender="エグザンプル自動車 千葉中央店 <chiba-chuo@example.co.jp>",
    to=["オートクレジット 審査受付 <shinsa@auto-credit.example>"],
    subject="ｵｰﾄﾛｰﾝ 審査申込 ﾀｶﾊｼ ﾕｳｷ 様",
    date="Tue, 05 Aug 2025 13:15:00 +0900",
    msgid="<417.20250805131500.chiba@example.co.jp>",
    body=("オートクレジット株式会社\n審査受付 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル自動車 千葉中央店の山下です。\n"
          "下記のお客様のオートローン審査をお願いいたします。\n"
          "(店舗の基幹システムの画面からコピーしたため、半角カナのままです)\n\n"
          "ｼﾝｾｲｼｬ ｶﾅｼﾒｲ      : ﾀｶﾊｼ ﾕｳｷ\n"
          "ｾｲﾈﾝｶﾞｯﾋﾟ         : S５８.０７.２３\n"
          "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ       : ２６０-0013\n"
          "ｼﾞｭｳｼｮ            : 千葉県千葉市中央区中央３-１4-6\n"
          "ﾃﾞﾝﾜ(ｼﾞﾀｸ)        : ０４３-２２7-5518\n"
          "ﾃﾞﾝﾜ(ｹｲﾀｲ)        : ０８０-３３１2-9408\n"
          "ｷﾝﾑｻｷ             : (株)ﾁﾊﾞ物流 ｿｳｺｶﾝﾘ\n"
          "ﾈﾝｼｭｳ             : ４８０万円\n"
          "ｼｬﾒｲ              : ﾌﾟﾘｳｽ Z ﾐﾂﾓﾘNo.２５０８-０４１\n"
          "ｼﾔﾊﾗｲｿｳｶﾞｸ        : ３,８２０,０００円  ｱﾀﾏｷﾝ ５００,０００円\n"
          "ﾍﾝｻｲｷｶﾝ           : ６０ｶｲ\n\n"
          "本人確認書類は別途FAXいたします。\n"
          "よろしくお願いいたします。\n\n"
          "-- \nエグザンプル自動車 千葉中央店\n営業 山下 拓海\nTEL 043-301-2280\n"))

# ---- 418 ---------------------------------------------------------------------------------

MESSAGES["418_en_pdf_copy_soft_hyphen_lrm_passport.eml"] = message(
    sender="Naoko Fujii <n.fujii@example.co.jp>",
    to=["Visa Desk <visa@gulf-travel-services.example>"],
    subject="Business visa application - Mr. Kenji Arai (travel 8-12 Sep)",
    date="Tue, 05 Aug 2025 15:02:00 +0900",
    msgid="<418.20250805150200.fujii@example.co.jp>",
    body=("Dear Visa Desk team,\n\n"
          "Please find below the details for our employee's business visa application. I copied\n"
          "them from his application PDF, so the formatting may look a little odd.\n\n"
          f"{RLM}Applicant{LRM}: ARAI Kenji{LRM}\n"
          f"Pass{SHY}port No.{LRM}: {LRM}TZ{SHY}1184207{LRM}\n"
          f"Date of birth{LRM}: 14{NNBSP}Mar{NNBSP}1986\n"
          f"Place of birth: Kana{SHY}gawa, Japan\n"
          f"Date of issue: 02{NNBSP}Jun{NNBSP}2021   Date of expiry: 02{NNBSP}Jun{NNBSP}2031\n"
          f"Mobile (during travel): +81{NBSP}90{NBHY}7315{NBHY}2486\n"
          "Purpose: meetings with Al Noor Trading LLC, invitation letter ref. ANT/INV/2025/0419\n"
          "Flights: EK 313 HND-DXB 7 Sep 2025, EK 312 DXB-HND 12 Sep 2025\n\n"
          "Our booking reference with you is GTS-58820. Please let me know if anything else is\n"
          "needed.\n\n"
          "Best regards,\n\n"
          + sig_en("Naoko Fujii", "General Affairs Dept.", "+81 3 6453 2318")))

# ---- 419 ---------------------------------------------------------------------------------

TSV419_BODY = (
    "氏名\t生年月日\t個人番号\t入社日\t雇用形態\n"
    f"大西 翔太\t1991/5/12\t{IDSP.join(fw(MN419_A[i:i + 4]) for i in (0, 4, 8))}\t2025/9/1\t正社員\n"
    f"原田 美咲\t1996/10/30\t{NBSP.join(MN419_B[i:i + 4] for i in (0, 4, 8))}\t2025/9/1\t正社員\n")
TSV419_FILE = ("\ufeff" + csv_text([
    ["氏名", "生年月日", "個人番号", "入社日", "雇用形態"],
    ["大西 翔太", "1991/5/12", MN419_A, "2025/9/1", "正社員"],
    ["原田 美咲", "1996/10/30", MN419_B, "2025/9/1", "正社員"],
], delim="\t")).encode("utf-16-le")

MESSAGES["419_tsv_paste_ideographic_space_my_numbers.eml"] = message(
    sender="管理部 松本 <matsumoto.k@example.co.jp>",
    to=["社会保険労務士法人みなと <info@minato-sr.example>"],
    subject="9月入社 2名 資格取得手続きのお願い",
    date="Wed, 06 Aug 2025 10:30:00 +0900",
    msgid="<419.20250806103000.matsumoto@example.co.jp>",
    body=("社会保険労務士法人みなと\nご担当者様\n\n"
          "いつもお世話になっております。エグザンプル管理部の松本です。\n"
          "9月1日入社の2名について、社会保険・雇用保険の資格取得手続きをお願いいたします。\n"
          "Excelから貼り付けています(同じ内容をテキストで添付します)。\n\n"
          + TSV419_BODY +
          "\n標準報酬月額の算定資料は来週お送りします。\n"
          "よろしくお願いいたします。\n\n"
          + sig("管理部", "松本 香織", "03-6453-2320")),
    attachments=[("入社手続き_2名.txt", "text/plain", TSV419_FILE)])

# ---- 420 (control) -----------------------------------------------------------------------

MESSAGES["420_control_zwsp_order_numbers_prices.eml"] = message(
    sender="購買部 吉田 <yoshida.t@example.co.jp>",
    to=["東邦パーツ 営業部 <eigyo@toho-parts.example>"],
    subject=f"注文書 PO{ZWSP}-2025{ZWSP}-0804{ZWSP}-117 の件",
    date="Wed, 06 Aug 2025 14:45:00 +0900",
    msgid="<420.20250806144500.yoshida@example.co.jp>",
    body=("東邦パーツ株式会社\n営業部 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル購買部の吉田です。\n"
          "EC管理画面から注文内容をコピーしてお送りします(表示が崩れていたらすみません)。\n\n"
          f"注文番号：PO{ZWSP}-2025{ZWSP}-0804{ZWSP}-117\n"
          f"Web受付番号：{ZWSP.join(ORDER420[i:i + 4] for i in (0, 4, 8, 12))}\n"
          f"品番：AB{NBHY}4410{NBHY}J　数量：{fw('120')}個　単価：¥1{ZWSP},280\n"
          f"品番：CX{NBHY}0072{NBHY}S　数量：{fw('40')}個　単価：¥12{ZWSP},800\n"
          f"JAN：4901234567894{WJ}\n"
          f"合計：¥665{ZWSP},600(税別)\n"
          f"希望納期：2025年8月20日{WJ}(水)\n\n"
          f"また、仕様の打合せを 8月7日(木) 14:00{ENDASH}15:00 でお願いできますでしょうか。\n"
          "場所は弊社 本社3階 第2会議室です。\n\n"
          "よろしくお願いいたします。\n\n"
          + sig("購買部", "吉田 達也", "03-6453-2371")))

# ---- 421 ---------------------------------------------------------------------------------

ADDR421_HTML = ("<ruby>北海道<rt>ほっかいどう</rt></ruby><ruby>札幌市<rt>さっぽろし</rt></ruby>"
                "<ruby>中央区<rt>ちゅうおうく</rt></ruby><ruby>南<rt>みなみ</rt></ruby>10<ruby>条<rt>じょう</rt></ruby>"
                "<ruby>西<rt>にし</rt></ruby>8<ruby>丁目<rt>ちょうめ</rt></ruby>3-21")

MESSAGES["421_html_ruby_address_title_alt_hidden_dob.eml"] = message(
    sender="ケアプラン北 相談員 <soudan@kita.example.co.jp>",
    to=["訪問看護ステーション 円山 <info@maruyama-houkan.example>"],
    subject="新規ご利用者様のご依頼(8月12日より)",
    date="Wed, 06 Aug 2025 16:20:00 +0900",
    msgid="<421.20250806162000.soudan@kita.example.co.jp>",
    html=html_doc(
        "<p>訪問看護ステーション円山<br>管理者様</p><p>&nbsp;</p>"
        "<p>いつもお世話になっております。ケアプラン北の遠藤です。</p>"
        "<p>新規のご利用者様について、ご依頼の内容を事業所のページから貼り付けてお送りします。</p><p>&nbsp;</p>"
        '<div style="display:none">利用者台帳 テンプレート v3 生年月日 昭和13年2月18日 要介護2</div>'
        '<table border="0" cellpadding="3">'
        "<tr><td>ご利用者</td><td><ruby>菅原<rt>すがわら</rt></ruby> <ruby>ハル<rt>はる</rt></ruby> 様(87歳)</td></tr>"
        "<tr><td>郵便番号</td><td>064-0810</td></tr>"
        f"<tr><td>ご住所</td><td>{ADDR421_HTML}</td></tr>"
        '<tr><td>ご家族</td><td><a href="#" title="長女 菅原 恵子様 携帯 080-6617-2093">長女 恵子様(連絡先)</a></td></tr>'
        '<tr><td>主治医</td><td><img src="cid:clinic_logo" alt="さっぽろ南クリニック 011-561-4432" '
        'width="120" height="24"> 内科 佐野先生</td></tr>'
        "<tr><td>開始希望</td><td>2025年8月12日(火)より 週2回</td></tr>"
        "</table><p>&nbsp;</p>"
        "<p>初回訪問の日時が決まりましたらご連絡ください。</p><p>よろしくお願いいたします。</p>"
        "<p>-- <br>株式会社エグザンプル ケアプラン北<br>介護支援専門員 遠藤 美幸<br>TEL 011-200-3147</p>"))

# ---- 422 (control) -----------------------------------------------------------------------

MESSAGES["422_control_en_pdf_copy_invoice_linebreaks.eml"] = message(
    sender="Yuta Kobayashi <y.kobayashi@example.co.jp>",
    to=["Accounts Receivable <ar@northwind-components.example>"],
    subject="Payment confirmation - INV-2025-08-4471",
    date="Thu, 07 Aug 2025 09:55:00 +0900",
    msgid="<422.20250807095500.kobayashi@example.co.jp>",
    body=("Dear Accounts Receivable team,\n\n"
          "We have scheduled the payment of your invoice below. The details are copied from the\n"
          "PDF you sent, whose narrow columns broke some lines:\n\n"
          "Invoice No.: INV-2025-\n08-4471\n"
          "Invoice date: 2025-\n07-31\n"
          "PO number: 4500\n218834\n"
          "Amount: USD 18,\n240.00\n"
          "Due date: 2025-\n09-15\n"
          f"Shipment: container MSKU 481\n2277, seal no. SL-0093\n1182\n"
          f"Payment refer{SHY}ence: NW{SHY}2025{SHY}0815{SHY}0012\n\n"
          f"The trans{SHY}fer will be value-dated 12 Sep 2025. Please allow two to three business\n"
          "days for it to arrive.\n\n"
          "Kind regards,\n\n"
          + sig_en("Yuta Kobayashi", "Accounting Dept.", "+81 3 6453 2290")))

# ---- 423 ---------------------------------------------------------------------------------

MESSAGES["423_pdf_column_linebreaks_inside_numbers.eml"] = message(
    sender="保険代理店窓口 西村 <nishimura.a@example.co.jp>",
    to=["保険金サービス課 <claim@aoba-sonpo.example>"],
    subject="保険金請求書の内容(証券番号 AB-2231-0457)",
    date="Thu, 07 Aug 2025 11:10:00 +0900",
    msgid="<423.20250807111000.nishimura@example.co.jp>",
    body=("あおば損害保険株式会社\n保険金サービス課 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル保険サービスの西村です。\n"
          "ご契約者様からいただいた保険金請求書(PDF)の内容をコピーしてお送りします。\n"
          "PDFの欄が狭く、途中で改行されてしまっています。\n\n"
          "証券番号：AB-2231-\n0457\n"
          "ご契約者氏名：今井 直樹\n"
          "生年月日：昭和62年\n11月26日\n"
          "ご住所：〒812-\n0011\n福岡県福岡市博多区博多駅前\n3丁目2-8-1105\n"
          "電話番号(携帯)：090-\n2716-4830\n"
          "事故日：2025年7月28日\n"
          "事故状況：駐車場で後退時に\n支柱に接触\n"
          "修理見積額：238,\n600円\n"
          "保険金振込先：福岡銀行 博多駅前支店\n"
          "預金種目：普通\n"
          "口 座 番 号：4 4 1 8 2 0 7\n"
          "口座名義：イマイ ナオキ\n\n"
          "原本は本日郵送いたします。ご確認をお願いいたします。\n\n"
          + sig("保険サービス課", "西村 朱里", "03-6453-2385")))

# ---- 424 ---------------------------------------------------------------------------------

FAMILY = f"\U0001F468{ZWJ}\U0001F469{ZWJ}\U0001F467"
MESSAGES["424_chat_paste_circled_digits_dash_variants_phones.eml"] = message(
    sender="配送管理 佐藤 <sato.k@example.co.jp>",
    to=["ミナミ配送 配車係 <haisha@minami-haiso.example>"],
    subject="8/8(金) 家具配送・組立の訪問予定",
    date="Thu, 07 Aug 2025 17:35:00 +0900",
    msgid="<424.20250807173500.sato@example.co.jp>",
    body=("ミナミ配送 配車係 ご担当者様\n\n"
          "お世話になっております。エグザンプル配送管理の佐藤です。\n"
          "明日の訪問予定を、社内チャットのやりとりからそのまま貼り付けます。\n"
          "到着30分前にお客様へお電話をお願いします。\n\n"
          "[17:02] 佐藤 健一\n明日の組立ルート確定です\n"
          f"①10:00 石田様(板橋区) ベッド {fw('090')}{MINUS}{fw('1147')}{MINUS}{fw('2283')}\n"
          f"②11:30 上野様(練馬区) 食器棚 080{FIGDASH}5529{FIGDASH}1064\n"
          f"③13:00 岡本様(豊島区) ソファ 03{ENDASH}3981{ENDASH}2276\n"
          f"④14:30 川口様(川口市) 学習机 048{WJ}-{WJ}227{WJ}-{WJ}6619\n"
          f"⑤16:00 松田様(北区) ダイニング 070{NNBSP}4426{NNBSP}8813\n"
          "(編集済み)\n"
          f"[17:05] 高木 美紀\n③の岡本様はお子さま連れで在宅とのこと {FAMILY} 👍\n"
          "[17:06] 佐藤 健一\n了解です、ありがとうございます🙏\n\n"
          "以上です。よろしくお願いいたします。\n\n"
          + sig("配送管理課", "佐藤 健一", "03-6453-2466")))

# ---- 425 (control, internal only) --------------------------------------------------------

MESSAGES["425_control_internal_tsv_circled_digits_agenda.eml"] = message(
    sender="経営企画部 中島 <nakajima.r@example.co.jp>",
    to=["営業部 部長各位 <sales-managers@example.co.jp>"],
    cc=["経営企画部 <keiki@plan.example.co.jp>"],
    subject="【8/21】下期予算会議 アジェンダ",
    date="Fri, 08 Aug 2025 10:00:00 +0900",
    msgid="<425.20250808100000.nakajima@example.co.jp>",
    body=("各位\n\n"
          "お疲れさまです。経営企画部の中島です。\n"
          f"下期予算会議のアジェンダです(Excelから貼り付けています)。\n\n"
          f"日時：2025{MINUS}08{MINUS}21(木) 13:30{ENDASH}17:00\n"
          "場所：本社 8階 大会議室(内線 4412)/Teams併用\n\n"
          "No\t議題\t担当\t時間\t資料\n"
          f"①\t上期実績報告\t経営企画部\t13:30{ENDASH}14:00\t資料{fw('1')}\n"
          f"②\t下期売上計画(前年比{NNBSP}+4.5{NNBSP}%)\t営業部\t14:00{ENDASH}15:00\t資料{fw('2')}\n"
          f"③\t設備投資 ¥48{NNBSP}000{NNBSP}000\t管理部\t15:10{ENDASH}16:00\t資料{fw('3')}\n"
          f"④\t販管費 {MINUS}3.2%の見直し\t全体\t16:00{ENDASH}16:40\t資料{fw('4')}\n"
          f"⑤\t質疑・まとめ\t\t16:40{ENDASH}17:00\t\n\n"
          f"資料は 8/19{ZWSP}(火) までに共有フォルダ ¥¥fs01{ZWSP}¥keiki¥2025H2 に置きます。\n"
          "よろしくお願いします。\n\n"
          + sig("経営企画部", "中島 亮介", "03-6453-2201")))

# ---- 426 ---------------------------------------------------------------------------------

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "スタッフ緊急連絡先"
ws.append(["氏名", "郵便番号", "住所", "携帯電話", "緊急連絡先", "続柄", "担当日"])
ws.append([f"河野{NBSP}智子", f"167{NBHY}0051", f"東京都杉並区荻窪4{ZWSP}-21-6{IDSP}ハイツ荻窪201",
           f"090{NBSP}5512{NBSP}3368", "03-3391-7724", "母", "8/23・8/24"])
ws.append([f"木下{NBSP}亮", "221-0835\t", "神奈川県横浜市神奈川区鶴屋町3-30-8",
           f"{ZWSP}08041927736", "080-2219-5570\t", "妻", "8/23"])
ws.append([f"{BOM}三浦 彩", f"{BOM}273-0005", f"千葉県船橋市本町6-4-15{NBSP}",
           "070-3318-6624", f"047{NBSP}424{NBSP}8812", "父", "8/24"])
for col, width in zip("ABCDEFG", (12, 11, 44, 16, 16, 6, 12), strict=False):
    ws.column_dimensions[col].width = width
XLSX426 = fixed_xlsx(wb, "forms-export")

MESSAGES["426_xlsx_nbsp_zwsp_cells_emergency_contacts.eml"] = message(
    sender="イベント事業部 長谷川 <hasegawa.y@example.co.jp>",
    to=["フェス運営事務局 <jimukyoku@fes-unei.example>"],
    subject="8/23-24 サマーマルシェ 当社スタッフ緊急連絡先",
    date="Fri, 08 Aug 2025 15:30:00 +0900",
    msgid="<426.20250808153000.hasegawa@example.co.jp>",
    body=("フェス運営事務局 ご担当者様\n\n"
          "お世話になっております。エグザンプル イベント事業部の長谷川です。\n"
          "ご依頼のあった当社スタッフ3名の緊急連絡先を添付いたします。\n"
          "社内の申請フォームから書き出したもので、余計な空白が入っているかもしれません。\n\n"
          "よろしくお願いいたします。\n\n"
          + sig("イベント事業部", "長谷川 由衣", "03-6453-2488")),
    attachments=[("スタッフ緊急連絡先_0823-24.xlsx", XLSX, XLSX426)])

# ---- 427 ---------------------------------------------------------------------------------

MESSAGES["427_en_crm_paste_zwnj_card_number.eml"] = message(
    sender="Reservations - Example Hotels <m.ota@example.co.jp>",
    to=["Front Office <frontoffice@harbourview-hotel.example>"],
    subject="Guaranteed booking transfer - KELLER / arr. 18 Aug",
    date="Fri, 08 Aug 2025 19:05:00 +0900",
    msgid="<427.20250808190500.ota@example.co.jp>",
    body=("Dear Front Office team,\n\n"
          "As discussed by phone, we are transferring the following guest to your hotel because of\n"
          "our renovation works. I have copied his profile from our CRM:\n\n"
          "Guest: Mr. Matthias KELLER\n"
          f"E-mail: m.keller@{ZWSP}mailbox.example\n"
          f"Mobile: +49{NBSP}151{NBSP}4472{NBSP}9310\n"
          f"Guarantee card: VISA {(ZWNJ + ' ').join(CARD427[i:i + 4] for i in (0, 4, 8, 12))}"
          "  exp. 11/28\n"
          "Stay: 18-21 Aug 2025, 3 nights, Superior Twin, non-smoking\n"
          "Our confirmation no.: EXH-2508-33172\n"
          "Rate: JPY 24,500 per night incl. breakfast (difference borne by us)\n\n"
          "Please send us your confirmation number once the booking is made.\n\n"
          "Kind regards,\n\n"
          "-- \nMiki Ota\nReservations Manager, Example Hotels\nTel +81 3 6453 2540\n"))

# ---- 428 (control) -----------------------------------------------------------------------

ROWS428 = [
    ["部品番号", "品名", "JANコード", "単価", "数量", "納期", "備考"],
    ["'00470012", "ブラケット A", "4.90123E+12", "1,280", "120", "2025/8/20", ""],
    ["'00470013", "ブラケット B", "4.90123E+12", "1,350", "80", "2025/8/20", ""],
    ["102-4471", "ヒンジ 小", "4901234567894", "420", "500", "2025/8/27", "旧品番 '0102-4471"],
    ["102-4472", "ヒンジ 大", "4901234567900", "560", "300", "2025/8/27", ""],
    ["'0099-81", "ゴム脚 Φ20", "", "35", "2000", "2025/9/3", "4個入"],
]
CSV428 = (BOM + csv_text(ROWS428)).encode("utf-8")

MESSAGES["428_control_bom_csv_product_codes_apostrophes.eml"] = message(
    sender="資材部 森 <mori.h@example.co.jp>",
    to=["丸和金物 受注センター <juchu@maruwa-kanamono.example>"],
    subject="8月分 追加発注リスト",
    date="Mon, 11 Aug 2025 09:20:00 +0900",
    msgid="<428.20250811092000.mori@example.co.jp>",
    body=("丸和金物株式会社\n受注センター ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル資材部の森です。\n"
          "8月分の追加発注リストを添付します。\n"
          "部品番号の先頭の ' はExcelで0が消えないように付けたものです。JANコードが\n"
          "4.90123E+12 のようになっている行は、御社の品番でご確認ください。\n\n"
          "よろしくお願いいたします。\n\n"
          + sig("資材部", "森 浩二", "03-6453-2377")),
    attachments=[("追加発注_202508.csv", "text/csv", CSV428)])

# ---- 429 (internal only) -----------------------------------------------------------------

MESSAGES["429_internal_word_joiner_my_numbers_payroll.eml"] = message(
    sender="人事部 北村 <kitamura.e@hr.example.co.jp>",
    to=["給与担当 <kyuyo@example.co.jp>"],
    subject="扶養追加(婚姻)の件",
    date="Mon, 11 Aug 2025 13:40:00 +0900",
    msgid="<429.20250811134000.kitamura@hr.example.co.jp>",
    body=("給与担当 各位\n\n"
          "お疲れさまです。人事部の北村です。\n"
          "営業二部 坂本さんの婚姻による扶養追加の件、社内ポータルの申請内容を貼り付けます。\n"
          "8月支給分から源泉の扶養人数の変更をお願いします。\n\n"
          "社員番号：E10482 坂本 拓也\n"
          f"本人 個人番号：{WJ.join(MN429_A[i:i + 4] for i in (0, 4, 8))}\n"
          "配偶者：坂本 真理子\n"
          "配偶者 生年月日：平成元年4月2日\n"
          f"配偶者 個人番号：{WJ.join(MN429_B[i:i + 4] for i in (0, 4, 8))}\n"
          "婚姻日：2025年7月19日\n"
          "配偶者の年収見込：0円\n\n"
          "よろしくお願いします。\n\n"
          "-- \n人事部 北村 恵理\n内線 2214\n"))

# ---- 430 (control) -----------------------------------------------------------------------

MESSAGES["430_control_en_tracking_nnbsp_prices_figure_dash.eml"] = message(
    sender="Export Desk <export@example.co.jp>",
    to=["Import Dept. <import@lindqvist-handel.example>"],
    subject="Shipment notice - order LH-2025-0611 (2 cartons)",
    date="Mon, 11 Aug 2025 16:10:00 +0900",
    msgid="<430.20250811161000.export@example.co.jp>",
    body=("Dear Import team,\n\n"
          "Your order LH-2025-0611 left our warehouse today. Details (copied from our shipping\n"
          "system):\n\n"
          f"Carrier: UPS Worldwide Saver, tracking 1Z{ZWSP} 999 AA1{ZWSP} 01 2345 6784\n"
          f"Second carton: FedEx IP, tracking {' '.join(TRACK430[i:i + 4] for i in (0, 4, 8))}\n"
          f"Invoice: EX{NBHY}2508{NBHY}0931, total EUR{NNBSP}1{NNBSP}250,00 (incoterm DAP)\n"
          f"Net weight: 12,5{NNBSP}kg; gross 14,1{NNBSP}kg; 2 cartons 60{NNBSP}×{NNBSP}40{NNBSP}×{NNBSP}35{NNBSP}cm\n"
          "HS code: 8471.30, country of origin: Japan\n"
          f"Estimated delivery: 14{FIGDASH}18 Aug 2025\n"
          f"Items: KX{NBHY}200 ×{NNBSP}40, KX{NBHY}210 ×{NNBSP}25, spare kit SK{NBHY}07 ×{NNBSP}5\n\n"
          "The commercial invoice and packing list are in the carton's document pouch.\n\n"
          "Best regards,\n\n"
          "-- \nHiroshi Sakai\nExport Desk, Example Co., Ltd.\nTel +81 3 6453 2610\n"))

# ---- 431 ---------------------------------------------------------------------------------

PEOPLE431 = [
    ("青山 航", "w.aoyama&#64;freemail.example"),
    ("石川 奈々", "nana.ishikawa<wbr>@isp-mail.example"),
    ("上田 健", "ueda&#8203;.ken@webmail.example"),
    ("江口 さやか", "sayaka-eguchi&#x40;mailbox.example"),
    ("大塚 悠", "yu.otsuka@<wbr>freemail.example"),
    ("加藤 真司", "s.kato1979&#64;isp-mail.example"),
    ("菊池 瞳", "hitomi.k<wbr>ikuchi@webmail.example"),
    ("久保 拓", "taku&#8203;kubo@freemail.example"),
    ("小松 由香", "yuka.komatsu&#64;<wbr>mailbox.example"),
    ("斉藤 陸", "riku.saito@isp&#8203;-mail.example"),
    ("篠原 千夏", "chinatsu.s&#64;freemail.example"),
]
ROWS431 = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{e}</td><td>営業部 OB</td></tr>"
                  for i, (n, e) in enumerate(PEOPLE431, 1))

MESSAGES["431_html_member_directory_entities_emails.eml"] = message(
    sender="OB会 幹事 桑原 <kuwabara.j@example.co.jp>",
    to=["宴会予約 <banquet@grand-hall.example>"],
    subject="9/13 OB会 懇親会 参加者リスト(案内状送付用)",
    date="Tue, 12 Aug 2025 12:15:00 +0900",
    msgid="<431.20250812121500.kuwabara@example.co.jp>",
    html=html_doc(
        "<p>グランドホール 宴会予約ご担当者様</p><p>&nbsp;</p>"
        "<p>お世話になっております。エグザンプルOB会幹事の桑原です。</p>"
        "<p>9月13日(土)の懇親会の参加者リストです。OB会の会員ページからコピーしました。"
        "御社から参加者へ直接、会場案内のメールを送っていただけるとのことで、アドレスもお送りします。</p><p>&nbsp;</p>"
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        "<tr><th>No</th><th>氏名</th><th>メールアドレス</th><th>区分</th></tr>"
        + ROWS431 + "</table><p>&nbsp;</p>"
        "<p>人数は11名、料理はコースB(お一人 6,500円)でお願いいたします。</p>"
        + sig_html("営業企画部(OB会幹事)", "桑原 淳", "03-6453-2433")))

# ---- 432 (control) -----------------------------------------------------------------------

MESSAGES["432_control_html_title_alt_hidden_preheader.eml"] = message(
    sender="エグザンプル オンラインストア <store@example.co.jp>",
    to=["仕入担当 <shiire@zakka-tonbo.example>"],
    subject="【卸価格のご案内】秋の新商品 AB-4410 シリーズ",
    date="Tue, 12 Aug 2025 15:00:00 +0900",
    msgid="<432.20250812150000.store@example.co.jp>",
    html=html_doc(
        '<div style="display:none;max-height:0;overflow:hidden">秋の新商品 先行卸価格 '
        f"キャンペーンコード AUT{ZWSP}2025{ZWSP}0901 &#8203;&#8203;&#8203;</div>"
        "<p>雑貨とんぼ 仕入ご担当者様</p><p>&nbsp;</p>"
        "<p>いつもお取引ありがとうございます。秋の新商品のご案内です。</p><p>&nbsp;</p>"
        '<p><img src="cid:ab4410" alt="新商品 AB-4410 ステンレス&shy;ボトル 500ml" width="240" height="160"></p>'
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        "<tr><th>品番</th><th>品名</th><th>卸価格</th><th>最小ロット</th></tr>"
        '<tr><td title="JAN 4901234567894">AB-4410</td><td>ステンレス&shy;ボトル 500ml</td><td>1&#8239;480円</td><td>24</td></tr>'
        '<tr><td title="JAN 4901234567900">AB-4411</td><td>ステンレス&shy;ボトル 750ml</td><td>1&#8239;780円</td><td>24</td></tr>'
        '<tr><td title="旧品番 AB-3310">AB-4420</td><td>ランチ&shy;ボックス 2段</td><td>1&#8239;260円</td><td>12</td></tr>'
        "</table><p>&nbsp;</p>"
        "<p>ご注文は 2025/09/01&#8211;09/30 の期間、卸サイト "
        "https://b2b.example.co.jp/<wbr>catalog/<wbr>2025aw/<wbr>ab4410 から承ります。</p>"
        "<p>-- <br>株式会社エグザンプル オンラインストア 卸担当<br>https://b2b.example.co.jp/</p>"))


def main() -> None:
    assert len(MESSAGES) == 20, len(MESSAGES)
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
