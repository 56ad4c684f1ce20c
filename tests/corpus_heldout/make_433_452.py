"""Writes held-out messages 433-452 into tests/corpus_heldout/ (deterministic).

Theme (written and labelled blind, before any run of the guard): SUPPORT DESKS, CRM RECORDS AND
CHAT EXPORTS, as they leave companies by mail.
- Help-desk notifications and forwards: a Japanese ticket (お問い合わせ番号 #48213) forwarded with its
  whole history, custom fields, an internal note and the customer's replies with her signature, the
  desk's 0120 footer (433); a Freshdesk-like HTML escalation with 契約者生年月日 and a card number the
  customer typed (434); an English Salesforce Service Cloud case forwarded as HTML only (435); an
  English Zendesk thread with two customer signatures (445).
- CRM / SFA records: a kintone record pasted as TAB "field value" lines (436), a Salesforce lead export
  CSV in UTF-8 with BOM and English headers, the address split over Street / City / State (437), a
  CRM customer xlsx with Japanese headers and date cells (438), an internal 商談メモ with a 法人番号
  (439, internal only: pass), a help-desk ticket export CSV in CP932 with one customer on two rows (446).
- Chat exports: a Slack channel export .txt with a refund account and a pick-up address (440), a LINE
  トーク履歴 .txt of a tenant (441), a web-chat JSON export where a visitor typed her 個人番号 (442).
- Call centre: an 応対履歴 escalation with 本人確認 DOB and a masked 引落口座 (443), an HTML table of
  call-back requests, one caller twice (444).
- Controls (447-452): ticket notification with ticket / order / serial numbers, a 12-digit 連携ID valid
  by the My Number check (no label), 内線 and the desk's own 0120 in the sender's signature (447); an
  English HTML SLA digest (448); a Slack export about a deployment (449); an internal Teams chat JSON
  (450, pass); a kintone product-inquiry record in HTML (451); a call-centre outage report with an xlsx
  of hourly statistics (452).
The sender's own company (株式会社エグザンプル, 〒105-0011 東京都港区芝公園2-4-1, 03-6453-2xxx, the
support hotline 0120-558-214) appears only as the sender's own.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_433_452.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Font
from stdnum import luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
ZIP_DATE = (2025, 10, 6, 9, 30, 0)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES: dict[str, bytes] = {}


def my_no(base11: str) -> str:
    n = base11 + in_.calc_check_digit(base11)
    assert in_.is_valid(n), n
    return n


def corp_no(base12: str) -> str:
    n = cn.calc_check_digit(base12) + base12
    assert cn.is_valid(n), n
    return n


def spaced4(n: str) -> str:
    return " ".join(re.findall("....", n))


# Values with check digits.
CARD434 = "4539780122644718"            # Visa prefix, Luhn-valid: a real-looking card
assert luhn.is_valid(CARD434) and CARD434.startswith("4")
MN442 = my_no("52174093861")            # labelled 個人番号 typed in a chat
assert MN442 == "521740938614"
CORP439 = corp_no("180001047563")       # the customer company's 法人番号
assert CORP439 == "5180001047563"
REF447 = my_no("30491827556")           # 連携ID: valid My Number check digit, no label
assert REF447 == "304918275567"
SERIAL448 = "8823441022910075"          # 16-digit product serial, no card prefix, fails Luhn
assert not luhn.is_valid(SERIAL448) and SERIAL448[0] == "8"
ORDER446 = "4716053318826402"           # a 16-digit order number with a Visa-like prefix, fails Luhn
assert not luhn.is_valid(ORDER446)


# ---- mail building ---------------------------------------------------------------------

def message(*, sender, to, subject, date, msgid, body=None, html=None, cc=None, attachments=(),
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), cte="base64") -> bytes:
    """text/plain (and text/html as its alternative), or HTML only when body is None."""
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
    stem = msgid.strip("<>").split("@")[0]
    i = 0
    for p in msg.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_{stem}_{i:02d}")
            i += 1
    return msg.as_bytes()


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
            f"<dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-06T00:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-06T00:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def fixed_xlsx(wb, creator: str) -> bytes:
    raw = io.BytesIO()
    wb.save(raw)
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for n in z.namelist():
            parts.append((n, core_props(creator) if n == "docProps/core.xml" else z.read(n)))
    return zip_parts(parts)


def csv_bytes(header, rows, encoding: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def sig(dept: str, name_: str, tel: str, extra: str = "") -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name_}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def en_sig(name_: str, title: str, tel: str) -> str:
    return (f"-- \n{name_}\n{title}\nExample Co., Ltd.\n2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011\n"
            f"Tel {tel}\n")


def html_doc(inner: str) -> str:
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Meiryo,sans-serif;font-size:14px">\n' + inner + "\n</body></html>\n")


def html_table(rows, header=None, style="border-collapse:collapse") -> str:
    td = 'style="border:1px solid #ccc;padding:4px 8px"'
    out = [f'<table style="{style}">']
    if header:
        out.append("<tr>" + "".join(f'<th {td}>{escape(h)}</th>' for h in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td {td}>{escape(str(c))}</td>' for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


HOTLINE_FOOTER = ("────────────────────\n"
                  "エグザンプル お客様サポートセンター\n"
                  "フリーダイヤル 0120-558-214(平日 9:00〜18:00)\n"
                  "※このメールは送信専用アドレスから送信しています。\n")


# ===================================================================================== 433
# A Japanese help-desk ticket forwarded (Gmail-style) with its whole history to the repair partner:
# custom fields (お客様電話番号, お客様メールアドレス), an internal note with the customer's work phone,
# her replies with her own signature (〒, address, mobile), the desk's 0120 footer.
MESSAGES["433_zendesk_ticket_history_forward.eml"] = message(
    sender="カスタマーサポート 松田 <matsuda.r@example.co.jp>",
    to=["ミナトサービス 修理受付 <repair@minato-service.example>"],
    subject="Fwd: [お問い合わせ番号 #48213] 食洗機の異音について(訪問修理のお願い)",
    date="Mon, 06 Oct 2025 10:12:00 +0900", msgid="<20251006101200.433Z@example.co.jp>",
    mailer=None,
    body=("株式会社ミナトサービス\n修理受付 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル カスタマーサポートの松田です。\n"
          "下記お問い合わせについて、訪問修理の手配をお願いいたします。\n"
          "経緯はチケットの履歴をそのまま転送しますのでご確認ください。\n"
          "お客様のご希望は 10/7(火)または 10/9(木)の午前中です。\n\n"
          + sig("カスタマーサポート部", "松田 涼", "03-6453-2231", "(内線 2231)") +
          "\n---------- Forwarded message ---------\n"
          "From: エグザンプル サポート <support@example.co.jp>\n"
          "Date: 2025年10月3日(金) 15:42\n"
          "Subject: [お問い合わせ番号 #48213] 食洗機の異音について\n"
          "To: <matsuda.r@example.co.jp>\n\n"
          "##- この行より上に返信を入力してください -##\n\n"
          "お問い合わせ番号 #48213\n"
          "ステータス: 対応中 / 優先度: 高 / 担当: 松田(内線 2231)\n"
          "---- カスタムフィールド ----\n"
          "お客様電話番号: 090-3817-2264\n"
          "お客様メールアドレス: naoko.fujimura@freemail.example\n"
          "製品: 卓上食洗機 EX-DW45 / 製造番号: DW45-2409-118734\n"
          "購入日: 2025/03/15 / ご注文番号: EC-250315-0877\n"
          "保証: メーカー保証(2026/03/14 まで)\n"
          "----------------------------\n\n"
          "松田 涼(エグザンプル サポート)  2025/10/03 15:40\n"
          "藤村様\n"
          "ご連絡ありがとうございます。提携の修理会社より訪問日程のご連絡を差し上げます。\n"
          "今しばらくお待ちください。\n\n"
          "[内部メモ] 高橋 恵(エグザンプル サポート)  2025/10/03 11:05\n"
          "保証期間内。平日の日中は勤務先 045-671-2290 にかけてほしいとのこと(10/2 入電時に聴取)。\n"
          "入電記録 CALL-20251002-0318。\n\n"
          "藤村 直子  2025/10/02 21:18\n"
          "お世話になります。10/7(火)か10/9(木)の午前中だと助かります。\n"
          "住所は購入時と同じです。\n\n"
          "――――――――\n"
          "藤村 直子\n"
          "〒251-0037 神奈川県藤沢市鵠沼海岸3-5-12\n"
          "携帯 090-3817-2264\n"
          "――――――――\n\n"
          "藤村 直子  2025/10/01 08:47\n"
          "先週から運転中にガタガタと大きな音がするようになりました。\n"
          "エラー表示は E-04 です。修理をお願いできますか。\n"
          "藤村\n\n"
          + HOTLINE_FOOTER))

# ===================================================================================== 434
# A Freshdesk-like escalation (text + HTML) to the payment agent: ticket fields with 契約者生年月日 and
# the customer's phone; the customer typed her card number (Luhn-valid Visa) in a reply.
_f434 = [("チケット番号", "SR-20931"), ("件名", "同じ注文で2回請求されている"),
         ("契約者名", "木下 真理子 様"), ("契約者生年月日", "1979年11月23日"),
         ("お客様電話番号", "06-6314-2758"), ("ご注文番号", "EC-250927-0662"),
         ("請求額", "12,980円 × 2回"), ("決済日", "2025/09/28 22:41"), ("取引ID", "txn_7F3K92QD01")]
_c434 = [("木下 真理子", "2025/10/01 20:15",
          "カードの明細に同じ金額が2回載っています。確認してください。\n"
          f"カード番号は {spaced4(CARD434)} です(有効期限 07/28)。"),
         ("岡本 陽子(決済サポート)", "2025/10/02 09:30",
          "ご連絡ありがとうございます。決済代行会社に調査を依頼いたします。\n"
          "なお、カード番号はメールでお送りいただかないようお願いいたします。"),
         ("[内部メモ] 岡本 陽子", "2025/10/02 09:34",
          "本文のカード番号はマスク処理前。エスカレーション後にチケットを編集すること。")]
_t434 = "\n".join(f"{k}: {v}" for k, v in _f434)
_h434 = "".join(f"<p><b>{escape(w)}</b> {escape(t)}<br>{escape(x).replace(chr(10), '<br>')}</p>\n"
                for w, t, x in _c434)
MESSAGES["434_freshdesk_html_escalation_card_dob.eml"] = message(
    sender="決済サポート 岡本 <okamoto.y@example.co.jp>",
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.example>"],
    subject="[#SR-20931] 二重請求の調査依頼(エスカレーション)",
    date="Thu, 02 Oct 2025 10:05:00 +0900", msgid="<20251002100500.434F@example.co.jp>",
    body=("株式会社ペイネクスト 加盟店サポート ご担当者様\n\n"
          "エグザンプル決済サポートの岡本です。加盟店ID M-0048812 の件で調査をお願いします。\n"
          "同一注文に対して2回の売上が計上されているようです。チケットの内容を下に貼ります。\n\n"
          "==== チケット ====\n" + _t434 + "\n\n==== 会話 ====\n"
          + "\n\n".join(f"{w}  {t}\n{x}" for w, t, x in _c434) + "\n\n"
          + sig("決済サポート", "岡本 陽子", "03-6453-2274")),
    html=html_doc("<p>株式会社ペイネクスト 加盟店サポート ご担当者様</p>\n"
                  "<p>エグザンプル決済サポートの岡本です。加盟店ID M-0048812 の件で調査をお願いします。<br>"
                  "同一注文に対して2回の売上が計上されているようです。チケットの内容を下に貼ります。</p>\n"
                  "<h3>チケット</h3>\n" + html_table(_f434) + "\n<h3>会話</h3>\n" + _h434 +
                  "<p>-- <br>株式会社エグザンプル 決済サポート<br>岡本 陽子<br>"
                  "〒105-0011 東京都港区芝公園2-4-1<br>TEL 03-6453-2274</p>"))

# ===================================================================================== 435
# An English Salesforce Service Cloud case (HTML only) forwarded to an outside field-service company:
# the contact's office phone and mobile (+81), e-mail, romaji address with its postal code, and the
# building management office's number in a case comment.
_f435 = [("Case Number", "00291847"), ("Subject", "Water heater shows error E-21"),
         ("Contact Name", "Mr. Daniel Whitfield"), ("Contact Phone", "+81 3-5789-1146"),
         ("Contact Mobile", "+81 80-4412-7739"), ("Contact Email", "d.whitfield@mailbox.example"),
         ("Mailing Address", "Sun Heights 502, 2-15-7 Kamimeguro, Meguro-ku, Tokyo 153-0051"),
         ("Product", "EcoHeat WH-24B"), ("Asset Serial", "WH24B-55018372"),
         ("Priority", "High"), ("Case Owner", "Emily Hayashi (ext. 2246)"),
         ("Created", "10/02/2025 09:14 AM")]
MESSAGES["435_salesforce_case_en_html_fw.eml"] = message(
    sender="Emily Hayashi <e.hayashi@example.co.jp>",
    to=["Kanto FieldTech Dispatch <dispatch@kanto-fieldtech.example>"],
    subject="FW: Case 00291847 - Water heater error E-21 - onsite visit request",
    date="Thu, 02 Oct 2025 11:20:00 +0900", msgid="<20251002112000.435S@example.co.jp>",
    html=html_doc(
        "<p>Hello Dispatch team,</p>\n"
        "<p>Could you arrange an onsite visit for the case below? The customer prefers Saturday "
        "4 October, 10:00-12:00. Parts order PO-77120 has already been placed.</p>\n"
        "<p>Kind regards,<br>Emily Hayashi<br>Customer Care, Example Co., Ltd.<br>Tel +81 3-6453-2246</p>\n"
        '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">\n'
        "<p><b>From:</b> Example Customer Care &lt;care@example.co.jp&gt;<br>"
        "<b>Sent:</b> Thursday, October 2, 2025 9:15 AM<br>"
        "<b>To:</b> Emily Hayashi &lt;e.hayashi@example.co.jp&gt;<br>"
        "<b>Subject:</b> Case 00291847 assigned to you</p></div>\n"
        "<p>Case 00291847 has been assigned to you.</p>\n" + html_table(_f435) +
        "\n<p><b>Case Comments</b></p>\n"
        "<p>10/02/2025 09:20 AM - Emily Hayashi: Customer says the building management office can "
        "let the technician in if he is out: Meguro Residential Services, 03-3714-5520.</p>\n"
        "<p>10/02/2025 09:14 AM - Web-to-Case: Hot water stops after 5 minutes, error E-21 on the "
        "remote. Unit installed March 2022.</p>\n"
        '<p style="color:#888">Example Customer Care | Service Cloud notification</p>'))

# ===================================================================================== 436
# A kintone record pasted (TAB "field<TAB>value" lines, as copied from the record page) into a request
# to the outside insurance agency: 契約者生年月日, 〒, address, two phones, mail, the debit account.
_k436 = [("レコード番号", "1187"), ("申込日", "2025-10-01"), ("契約者氏名", "森田 佳奈"),
         ("フリガナ", "モリタ カナ"), ("契約者生年月日", "1988-06-17"), ("郵便番号", "273-0005"),
         ("住所", "千葉県船橋市本町4-18-6 コーポ本町203"), ("電話番号", "047-431-2896"),
         ("携帯電話", "080-6274-3318"), ("メールアドレス", "kana.morita@freemail.example"),
         ("引落口座", "千葉銀行 船橋支店 普通 4729153"), ("プラン", "B(月額 2,480円)"),
         ("ステータス", "審査中"), ("作成者", "中島 聡"), ("作成日時", "2025-10-01 16:22"),
         ("更新者", "中島 聡"), ("更新日時", "2025-10-02 09:10")]
MESSAGES["436_kintone_record_paste_contract_account.eml"] = message(
    sender="契約管理課 中島 <nakajima.s@example.co.jp>",
    to=["ライフパートナーズ 小川様 <ogawa@life-partners.example>"],
    subject="【ご依頼】団体保険 加入手続き(kintone レコード 1187)",
    date="Thu, 02 Oct 2025 09:25:00 +0900", msgid="<20251002092500.436K@example.co.jp>",
    body=("ライフパートナーズ\n小川様\n\n"
          "いつもお世話になっております。エグザンプル契約管理課の中島です。\n"
          "団体保険の加入申込が1件ありましたので、手続きをお願いいたします。\n"
          "kintone のレコードをそのまま貼り付けます。\n\n"
          + "\n".join(f"{k}\t{v}" for k, v in _k436) + "\n\n"
          "申込書の原本は本日発送します(レターパック 3618-4420-9175)。\n\n"
          + sig("契約管理課", "中島 聡", "03-6453-2288")))

# ===================================================================================== 437
# A Salesforce lead export, CSV in UTF-8 with BOM, English headers, the office address split over
# Street / City / State/Province / Zip/Postal Code; eight leads, four with a mobile.
_h437 = ["Lead ID", "First Name", "Last Name", "Company", "Title", "Phone", "Mobile", "Email",
         "Street", "City", "State/Province", "Zip/Postal Code", "Lead Source", "Lead Status", "Created Date"]
_r437 = [
    ["00Q5g00000KqA1bEAF", "拓也", "原田", "株式会社ハラダ精機", "工場長", "0276-45-3318", "090-2716-4483",
     "t.harada@harada-seiki.example", "新島町3-14", "太田市", "群馬県", "373-0823", "展示会", "New", "2025/10/02"],
    ["00Q5g00000KqA1cEAF", "美紀", "佐々木", "東洋フーズ株式会社", "購買部 主任", "022-265-7781", "",
     "m.sasaki@toyo-foods.example", "中央2-8-13", "仙台市青葉区", "宮城県", "980-0021", "展示会", "New", "2025/10/02"],
    ["00Q5g00000KqA1dEAF", "健", "松本", "松本物流株式会社", "代表取締役", "092-481-2267", "080-3395-1720",
     "ken@matsumoto-butsuryu.example", "博多駅東2-5-19", "福岡市博多区", "福岡県", "812-0013", "展示会", "Working", "2025/10/02"],
    ["00Q5g00000KqA1eEAF", "由美子", "石田", "株式会社石田電工", "総務部", "0263-33-5402", "",
     "ishida@ishida-denko.example", "中央1-20-7", "松本市", "長野県", "390-0811", "展示会", "New", "2025/10/03"],
    ["00Q5g00000KqA1fEAF", "大輔", "河野", "河野建設株式会社", "工務部長", "082-247-6613", "090-8841-2309",
     "d.kono@kono-kensetsu.example", "紙屋町1-3-8", "広島市中区", "広島県", "730-0031", "展示会", "New", "2025/10/03"],
    ["00Q5g00000KqA1gEAF", "恵", "藤本", "フジモト化成株式会社", "品質保証課", "079-222-4176", "",
     "m.fujimoto@fujimoto-kasei.example", "南条1-11-5", "姫路市", "兵庫県", "670-0962", "展示会", "New", "2025/10/03"],
    ["00Q5g00000KqA1hEAF", "翔太", "村井", "株式会社ムライ", "営業部", "052-745-3319", "070-4416-2285",
     "s.murai@murai-corp.example", "今池3-12-20", "名古屋市千種区", "愛知県", "464-0850", "展示会", "Working", "2025/10/03"],
    ["00Q5g00000KqA1iEAF", "直樹", "吉川", "吉川工業株式会社", "生産技術課", "025-246-8830", "",
     "n.yoshikawa@yoshikawa-kogyo.example", "万代4-2-1", "新潟市中央区", "新潟県", "950-0088", "展示会", "New", "2025/10/03"],
]
MESSAGES["437_att_salesforce_leads_csv_bom.eml"] = message(
    sender="マーケティング部 西村 <nishimura.a@example.co.jp>",
    to=["ステージワークス イベント運営 <event@stageworks.example>"],
    subject="展示会フォローコール用 リード一覧(8件)",
    date="Mon, 06 Oct 2025 13:40:00 +0900", msgid="<20251006134000.437L@example.co.jp>",
    body=("ステージワークス イベント運営ご担当者様\n\n"
          "エグザンプル マーケティング部の西村です。\n"
          "先週の展示会で名刺交換したリードを Salesforce から書き出しました(8件)。\n"
          "フォローコールのご対応をお願いいたします。架電結果は Lead Status の列に記入してください。\n\n"
          + sig("マーケティング部", "西村 彩", "03-6453-2251")),
    attachments=[("leads_export_20251006.csv", "text/csv", csv_bytes(_h437, _r437, "utf-8-sig"))])

# ===================================================================================== 438
# A CRM customer export as xlsx (Japanese headers, date cells) to a DM print shop: six customers with
# November birthdays (生年月日, 郵便番号, 住所, 電話番号, メールアドレス); 最終購入日 is no DOB.
wb438 = openpyxl.Workbook()
ws = wb438.active
ws.title = "顧客一覧"
ws.append(["顧客ID", "氏名", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "会員ランク", "最終購入日"])
for c in ws[1]:
    c.font = Font(bold=True)
_r438 = [
    ["C-104418", "安藤 香織", dt.date(1975, 11, 2), "154-0024", "東京都世田谷区三軒茶屋2-31-8", "03-3419-7725",
     "kaori.ando@freemail.example", "ゴールド", dt.date(2025, 8, 30)],
    ["C-104532", "岡田 隆", dt.date(1968, 11, 9), "211-0063", "神奈川県川崎市中原区小杉町3-264-1 リバーコート1105",
     "090-6613-2748", "okada.takashi@isp-mail.example", "シルバー", dt.date(2025, 9, 14)],
    ["C-105077", "工藤 さやか", dt.date(1991, 11, 15), "060-0807", "北海道札幌市北区北七条西5-7-1", "011-756-3301",
     "sayaka.kudo@webmail.example", "レギュラー", dt.date(2025, 7, 2)],
    ["C-105290", "平野 誠", dt.date(1983, 11, 21), "700-0822", "岡山県岡山市北区表町1-9-14", "086-224-6618",
     "m.hirano@freemail.example", "ゴールド", dt.date(2025, 9, 28)],
    ["C-105861", "宮本 千尋", dt.date(1959, 11, 27), "920-0961", "石川県金沢市香林坊2-4-30", "076-263-5540",
     "chihiro.miyamoto@isp-mail.example", "シルバー", dt.date(2025, 6, 11)],
    ["C-106003", "杉山 恭子", dt.date(1987, 11, 30), "305-0031", "茨城県つくば市吾妻1-8-10", "080-2954-6137",
     "kyoko.sugiyama@webmail.example", "レギュラー", dt.date(2025, 9, 3)],
]
for r in _r438:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    row[2].number_format = "yyyy/mm/dd"
    row[8].number_format = "yyyy/mm/dd"
MESSAGES["438_att_crm_customers_xlsx_birthday_dm.eml"] = message(
    sender="通販事業部 青木 <aoki.m@example.co.jp>",
    to=["プリントリンク 受注窓口 <order@printlink.example>"],
    subject="誕生月DM 11月分 送付リストの件",
    date="Fri, 03 Oct 2025 15:10:00 +0900", msgid="<20251003151000.438X@example.co.jp>",
    body=("プリントリンク 受注窓口ご担当者様\n\n"
          "エグザンプル通販事業部の青木です。\n"
          "11月誕生月DM(バースデークーポン)の送付リストを CRM から出力しましたので添付します。\n"
          "今回は6件です。10/20 発送でお願いいたします。\n\n"
          + sig("通販事業部", "青木 真由", "03-6453-2262")),
    attachments=[("CRM_顧客一覧_誕生月11月.xlsx", XLSX, fixed_xlsx(wb438, "青木 真由"))])

# ===================================================================================== 439
# Internal only: an SFA 商談メモ with the customer's purchasing manager's direct line, mobile, mail,
# the company's 〒 + address and 法人番号: found, but internal mail passes.
MESSAGES["439_int_shodan_memo_sfa_customer.eml"] = message(
    sender="法人営業部 上田 <ueda.k@example.co.jp>",
    to=["法人営業部 <hojin-eigyo@example.co.jp>"],
    cc=["名古屋営業所 田中 <tanaka.y@nagoya.example.co.jp>"],
    subject="商談メモ 10/6 株式会社丸栄精工(SFA 商談ID OPP-0042817)",
    date="Mon, 06 Oct 2025 18:05:00 +0900", msgid="<20251006180500.439M@example.co.jp>",
    body=("法人営業部 各位\n\n本日の商談メモを SFA に登録しました。要点を共有します。\n\n"
          "【商談メモ】\n"
          "商談ID      : OPP-0042817\n"
          "顧客        : 株式会社丸栄精工(法人番号 " + CORP439 + ")\n"
          "所在地      : 〒464-0850 愛知県名古屋市千種区今池3-9-18 丸栄ビル4F\n"
          "先方担当    : 購買課 課長 村井 健一 様\n"
          "直通        : 052-745-3310 / 携帯 090-2851-6407\n"
          "メール      : k.murai@maruei-seiko.example\n"
          "フェーズ    : 提案(確度 B)/ 見込金額 4,800,000円 / 受注予定 2025年12月\n"
          "内容        : 検査装置 KX-500 の更新。既存機 8台(2016年導入)。\n"
          "次回        : 10/20(月)14:00 デモ。名古屋営業所の田中さん同行をお願いします。\n\n"
          "-- \n法人営業部 上田 和也\n内線 4415\n"))

# ===================================================================================== 440
# A Slack channel export (.txt, UTF-8) attached for the outside developer: a support agent pasted a
# customer's refund account and mobile, another a pick-up address with its 〒.
_slack440 = """#cs-escalation  エクスポート 2025-10-01 〜 2025-10-03
--------------------------------------------------
[2025-10-01 10:02] 佐藤 美咲: 返金バッチが 9/30 分で止まっています。注文 EC-250929-1142 のお客様から問い合わせあり。
[2025-10-01 10:05] 小林 翔: ログ見ます。job_id=rfd-20250930-03 が timeout してますね。
[2025-10-01 10:21] 佐藤 美咲: お客様の返金先、フォームから来たものを貼ります
> 三井住友銀行 渋谷駅前支店 普通 3851207 ナカムラ ヒロシ
[2025-10-01 10:22] 佐藤 美咲: 連絡先は 090-4418-6620 です(日中つながりやすいとのこと)
[2025-10-01 11:40] 小林 翔: 手動で返金しました。返金ID RF-000918、金額 8,640円。
[2025-10-02 09:15] 山口 恵: もう1件、EC-250930-0215 の方。返品の集荷先は 〒530-0041 大阪府大阪市北区天神橋3-7-21 天神橋ハイツ1204 です。10/4 午前希望。
[2025-10-02 09:17] 小林 翔: 了解。集荷伝票 4521-9930-1187 で手配済み。
[2025-10-03 14:30] 小林 翔: 原因はリトライ上限(3回)でした。v2.14.1 で修正予定。
"""
MESSAGES["440_slack_export_txt_refund_account.eml"] = message(
    sender="EC運営 佐藤 <sato.mi@example.co.jp>",
    to=["コードリーフ 開発チーム <dev@codeleaf.example>"],
    subject="#cs-escalation のエクスポート(返金バッチ不具合の調査用)",
    date="Fri, 03 Oct 2025 16:45:00 +0900", msgid="<20251003164500.440S@example.co.jp>",
    body=("コードリーフ 開発チーム各位\n\n"
          "エグザンプル EC運営の佐藤です。\n"
          "返金バッチの件、社内 Slack の #cs-escalation をエクスポートして添付します。\n"
          "時系列の確認にお使いください。\n\n" + sig("EC運営部", "佐藤 美咲", "03-6453-2237")),
    attachments=[("cs-escalation_2025-10-01_2025-10-03.txt", "text/plain", _slack440.encode("utf-8"))])

# ===================================================================================== 441
# A LINE トーク履歴 .txt (TAB-separated) of a tenant, attached for the plumbing contractor: her 〒 +
# flat address, her mobile and her husband's; the manager's own messages hold no contact data.
_line441 = """[LINE] 石川 美穂とのトーク履歴
保存日時：2025/10/06 17:48

2025/10/04(土)
09:12\t石川 美穂\tおはようございます。昨晩からお湯が出なくなりました…
09:15\tエグザンプル管理 小野\tご連絡ありがとうございます。給湯器のリモコンにエラー番号は出ていますか？
09:22\t石川 美穂\t「111」と出ています
09:31\t石川 美穂\t念のため住所です。〒176-0012 東京都練馬区豊玉北4-22-9 コーポ若葉203
09:32\t石川 美穂\t日中は携帯 080-5927-4163、つながらない時は主人 090-7318-2045 にお願いします
09:40\tエグザンプル管理 小野\t承知しました。業者さんから日程のご連絡をさせていただきます。
2025/10/05(日)
14:02\t石川 美穂\t[写真]
14:03\t石川 美穂\t給湯器の型番は GT-2450SAWX-2 です
14:10\tエグザンプル管理 小野\tありがとうございます。業者さんに伝えます。
"""
MESSAGES["441_line_talk_history_tenant_txt.eml"] = message(
    sender="賃貸管理部 小野 <ono.t@example.co.jp>",
    to=["有限会社サクラ設備 <info@sakura-setsubi.example>"],
    subject="【修理依頼】コーポ若葉 203号室 給湯器(入居者様とのやり取り添付)",
    date="Mon, 06 Oct 2025 17:55:00 +0900", msgid="<20251006175500.441L@example.co.jp>",
    body=("有限会社サクラ設備 御中\n\n"
          "いつもお世話になっております。エグザンプル賃貸管理部の小野です。\n"
          "コーポ若葉 203号室の給湯器(お湯が出ない、エラー111)の修理をお願いします。\n"
          "入居者様とのLINEのやり取りを添付しますので、連絡先・型番はそちらでご確認ください。\n\n"
          + sig("賃貸管理部", "小野 達也", "03-6453-2219")),
    attachments=[("[LINE] 石川 美穂とのトーク.txt", "text/plain", _line441.replace("\n", "\r\n").encode("utf-8"))])

# ===================================================================================== 442
# A web-chat JSON export (UTF-8, readable) sent to the chatbot vendor as training samples: two
# visitors' e-mails, two phones typed in chats, and a labelled 個人番号 a visitor typed.
_chat442 = {
    "export": {"tool": "ChatDesk", "workspace": "example-shop", "exported_at": "2025-10-04T09:00:12+09:00",
               "range": {"from": "2025-10-01", "to": "2025-10-03"}},
    "conversations": [
        {"id": "cv-20251001-0012", "channel": "web", "started_at": "2025-10-01T10:12:33+09:00",
         "visitor": {"name": "清水 悠太", "email": "yuta.shimizu@freemail.example", "ip": "203.0.113.45"},
         "agent": "オペレーター 森(内線 2258)",
         "messages": [
             {"at": "2025-10-01T10:12:33+09:00", "from": "visitor", "text": "注文した商品がまだ届きません。注文番号は EC-250926-1408 です。"},
             {"at": "2025-10-01T10:13:05+09:00", "from": "agent", "text": "確認いたします。念のためご連絡先のお電話番号を教えていただけますか。"},
             {"at": "2025-10-01T10:14:20+09:00", "from": "visitor", "text": "電話番号は 092-711-4283 です。平日は18時以降でお願いします。"},
             {"at": "2025-10-01T10:16:41+09:00", "from": "agent", "text": "配送会社にて遅延が発生しております。10/2 にお届け予定です。"}]},
        {"id": "cv-20251002-0031", "channel": "web", "started_at": "2025-10-02T14:40:02+09:00",
         "visitor": {"name": "ゲスト", "email": None, "ip": "198.51.100.17"},
         "agent": "オペレーター 森(内線 2258)",
         "messages": [
             {"at": "2025-10-02T14:40:02+09:00", "from": "visitor", "text": "ポイントの有効期限はいつまでですか？"},
             {"at": "2025-10-02T14:40:55+09:00", "from": "agent", "text": "最後のご購入から1年間です。"}]},
        {"id": "cv-20251003-0007", "channel": "web", "started_at": "2025-10-03T09:58:47+09:00",
         "visitor": {"name": "近藤 彩", "email": "a.kondo@webmail.example", "ip": "192.0.2.201"},
         "agent": "オペレーター 吉田(内線 2263)",
         "messages": [
             {"at": "2025-10-03T09:58:47+09:00", "from": "visitor", "text": "後払い決済の本人確認で個人番号が必要と書いてあったので送ります。"},
             {"at": "2025-10-03T09:59:30+09:00", "from": "visitor", "text": f"個人番号：{spaced4(MN442)}"},
             {"at": "2025-10-03T10:01:12+09:00", "from": "agent", "text": "チャットでは個人番号をお送りいただかないようお願いいたします。本人確認は運転免許証の画像アップロードで承ります。"},
             {"at": "2025-10-03T10:02:40+09:00", "from": "visitor", "text": "わかりました。何かあれば 070-3391-8826 に電話ください。"}]},
    ],
}
MESSAGES["442_att_webchat_json_export_mynumber.eml"] = message(
    sender="DX推進室 森 <mori.k@example.co.jp>",
    to=["ボットライン PM <pm@botline.example>"],
    subject="Webチャットログのサンプル(10/1〜10/3 分)",
    date="Sat, 04 Oct 2025 09:20:00 +0900", msgid="<20251004092000.442J@example.co.jp>",
    body=("ボットライン PM ご担当者様\n\n"
          "エグザンプル DX推進室の森です。\n"
          "チャットボットの応答設計用に、有人チャットのログ(3日分)を JSON で書き出して添付します。\n"
          "形式はツールのエクスポートそのままです。\n\n" + sig("DX推進室", "森 健二", "03-6453-2258")),
    attachments=[("chat_export_20251001-1003.json", "application/json",
                  json.dumps(_chat442, ensure_ascii=False, indent=2).encode("utf-8"))])

# ===================================================================================== 443
# A call-centre 応対履歴 escalation (outsourced centre -> the client company): 本人確認 DOB (昭和),
# 〒 + address, home phone and the son's mobile for call-backs; the 引落口座 is written masked.
MESSAGES["443_callcentre_ootai_rireki_escalation.eml"] = message(
    sender="コールセンター SV 高木 <takagi.n@example.co.jp>",
    to=["ホームガス東 お客様相談室 <soudan@homegas-higashi.example>"],
    subject="【エスカレーション】受付番号 CC-251003-0412 ガス料金の二重引落しについて",
    date="Fri, 03 Oct 2025 11:30:00 +0900", msgid="<20251003113000.443C@example.co.jp>",
    body=("株式会社ホームガス東 お客様相談室 ご担当者様\n\n"
          "受託コールセンターの高木です。下記のお客様について、二次対応をお願いいたします。\n\n"
          "■受付番号  CC-251003-0412\n"
          "■お客様情報\n"
          "  お客様番号  HG-0038812\n"
          "  氏名        長尾 和子 様\n"
          "  生年月日    昭和33年2月11日(本人確認済み)\n"
          "  ご住所      〒332-0017 埼玉県川口市栄町2-9-15\n"
          "  電話番号    048-251-6637(ご自宅)\n"
          "  折返し先    090-6640-2183(ご長男 長尾 洋平 様)\n"
          "  引落口座    りそな銀行 川口支店 普通 ***5827(下4桁のみ表示)\n\n"
          "■応対履歴\n"
          "  2025/10/01 10:14 入電 048-251-6637 担当 山下(内線 3107)\n"
          "     9月分の引落しが2回あったとのこと。明細を確認のうえ折返しと案内。\n"
          "  2025/10/02 16:40 架電 090-6640-2183 担当 高木(内線 3102)\n"
          "     ご長男様に、引落し日 9/26 に同額 6,842円 が2件あることを確認。\n"
          "  2025/10/03 09:05 入電 048-251-6637 担当 山下(内線 3107)\n"
          "     返金時期の確認。相談室から連絡する旨を案内済み。\n\n"
          "■ご要望\n  返金方法(口座への返金か、次回請求での相殺か)のご案内をお願いします。\n\n"
          + sig("コールセンター事業部", "高木 直子", "03-6453-2302", "(SV直通)")))

# ===================================================================================== 444
# A call-centre call-back list (text + HTML table) to the client: seven requests, six numbers (one
# caller called twice); 受付番号, times and 内線 are no findings.
_r444 = [
    ["CB-1006-01", "09:12", "北川 様", "03-5981-2274", "見積の再送", "内線 3101"],
    ["CB-1006-02", "09:48", "野口 様", "0466-27-4419", "設置日の変更", "内線 3104"],
    ["CB-1006-03", "10:31", "関 様", "090-2738-5511", "部品の在庫確認", "内線 3101"],
    ["CB-1006-04", "11:05", "北川 様", "03-5981-2274", "見積の再送(2回目)", "内線 3106"],
    ["CB-1006-05", "13:22", "浅野 様", "080-1964-3327", "請求書の宛名変更", "内線 3104"],
    ["CB-1006-06", "14:50", "桑原 様", "06-6942-1186", "施工後の不具合", "内線 3108"],
    ["CB-1006-07", "16:18", "今井 様", "011-726-5530", "カタログ送付", "内線 3101"],
]
_h444 = ["受付番号", "着信時刻", "お名前", "電話番号", "ご用件", "受付"]
MESSAGES["444_callcentre_callback_list_html.eml"] = message(
    sender="運用担当 村田 <murata.h@example.co.jp>",
    to=["ミライ住設 お客様窓口 <cs@mirai-jusetsu.example>"],
    subject="10/6 折返し依頼一覧(7件)",
    date="Mon, 06 Oct 2025 17:30:00 +0900", msgid="<20251006173000.444T@example.co.jp>",
    body=("株式会社ミライ住設 お客様窓口 ご担当者様\n\n"
          "本日 10/6 の折返し依頼は7件です。ご対応をお願いいたします。\n\n"
          + "\n".join(" | ".join(r) for r in [_h444, *_r444]) + "\n\n"
          + sig("コンタクトセンター運用", "村田 浩之", "03-6453-2310")),
    html=html_doc("<p>株式会社ミライ住設 お客様窓口 ご担当者様</p>\n"
                  "<p>本日 10/6 の折返し依頼は7件です。ご対応をお願いいたします。</p>\n"
                  + html_table(_r444, _h444) +
                  "\n<p>-- <br>株式会社エグザンプル コンタクトセンター運用<br>村田 浩之<br>"
                  "〒105-0011 東京都港区芝公園2-4-1<br>TEL 03-6453-2310</p>"))

# ===================================================================================== 445
# An English Zendesk-style thread forwarded to the outside tier-2 vendor: the requester's signature
# (+81 office and mobile, her mail) and her colleague's on-site mobile; the desk's +81 number is the
# sender's company's, in its own footer; ticket, serial, host and ext. are no findings.
MESSAGES["445_zendesk_en_thread_customer_signatures.eml"] = message(
    sender="Kenji Arai <arai.k@example.co.jp>",
    to=["NorthBridge Systems Support <support@northbridge-sys.example>"],
    subject="Fwd: [Example Support] Re: Ticket #77120 - License server unreachable after upgrade",
    date="Fri, 03 Oct 2025 08:40:00 +0900", msgid="<20251003084000.445Z@example.co.jp>",
    mailer=None,
    body=("Hi NorthBridge team,\n\n"
          "Escalating ticket #77120 to you as tier 2. The customer's license server stopped answering "
          "after the 5.2.3 upgrade; logs are in your portal as upload UP-30918.\n"
          "The customer asked for a call this morning (JST).\n\n"
          + en_sig("Kenji Arai", "Technical Support, ext. 2417", "+81 3-6453-2417") +
          "\n---------- Forwarded message ---------\n"
          "From: Example Support <support@example.co.jp>\n"
          "Date: Thu, Oct 2, 2025 at 8:35 PM\n"
          "Subject: [Example Support] Re: Ticket #77120 - License server unreachable after upgrade\n"
          "To: Kenji Arai <arai.k@example.co.jp>\n\n"
          "##- Please type your reply above this line -##\n\n"
          "Ticket #77120 | Priority: Urgent | Product: LicenseHub 5.2 | Serial: LH5-2024-008812\n"
          "Organization: Acme Logistics Japan K.K. | Host: 10.20.4.15:27000\n\n"
          "Takeshi Oda (Acme Logistics Japan)\nOct 2, 2025, 20:31 JST\n\n"
          "I'm on site tonight until 23:00. If you need someone to restart the service, call my mobile "
          "080-7715-3392.\n\nTakeshi Oda\nInfrastructure Team\n\n"
          "Kenji Arai (Example Support)\nOct 2, 2025, 19:10 JST\n\n"
          "Thank you, Laura. We are checking the logs and will escalate to the vendor if needed.\n\n"
          "Laura Chen (Acme Logistics Japan)\nOct 2, 2025, 18:04 JST\n\n"
          "Hello,\n\nSince the upgrade to 5.2.3 this afternoon no client can check out a license. "
          "Error LIC-504 on every client. This stops our warehouse scanners.\n\n"
          "Best regards,\n"
          "Laura Chen | IT Manager\n"
          "Acme Logistics Japan K.K.\n"
          "Tel: +81 3-4577-2081 | Mobile: +81 90-2293-5146\n"
          "laura.chen@acme-logistics.example\n\n"
          "--------------------------------\n"
          "Example Support Center | +81 3-6453-2400 (weekdays 9:00-18:00 JST)\n"
          "This email is a service from Example Support.\n"))

# ===================================================================================== 446
# A help-desk ticket export, CSV in CP932, for the BPO taking over: twelve tickets, eleven customers
# (one wrote twice) with phone and mail; チケット番号, 受付日時 and a 16-digit 注文番号 are no findings.
_h446 = ["チケット番号", "受付日時", "チャネル", "顧客名", "電話番号", "メールアドレス", "カテゴリ", "注文番号", "ステータス", "担当者"]
_r446 = [
    ["T-250901", "2025/09/01 09:14", "電話", "上野 亜希子", "03-3981-4420", "akiko.ueno@freemail.example", "配送", "EC-250828-0114", "完了", "山下"],
    ["T-250902", "2025/09/01 11:02", "メール", "池田 光", "090-3318-7294", "hikaru.ikeda@isp-mail.example", "返品", "EC-250830-0291", "完了", "高木"],
    ["T-250903", "2025/09/02 15:47", "チャット", "沢田 瑞穂", "080-6627-1053", "mizuho.sawada@webmail.example", "支払い", "EC-250901-0032", "完了", "山下"],
    ["T-250904", "2025/09/03 10:20", "電話", "横山 修", "045-841-3367", "o.yokoyama@freemail.example", "不具合", "EC-250819-0844", "対応中", "村田"],
    ["T-250905", "2025/09/05 13:31", "メール", "大塚 麻衣", "070-2291-4418", "mai.otsuka@isp-mail.example", "配送", "EC-250904-0107", "完了", "高木"],
    ["T-250906", "2025/09/08 16:09", "電話", "池田 光", "090-3318-7294", "hikaru.ikeda@isp-mail.example", "返品", "EC-250830-0291", "完了", "村田"],
    ["T-250907", "2025/09/10 09:55", "チャット", "丸山 健司", "052-962-1184", "k.maruyama@webmail.example", "会員", ORDER446, "完了", "山下"],
    ["T-250908", "2025/09/12 12:40", "電話", "中西 留美", "078-391-6628", "rumi.nakanishi@freemail.example", "不具合", "EC-250910-0533", "対応中", "高木"],
    ["T-250909", "2025/09/16 14:18", "メール", "菅原 大地", "090-7714-2036", "daichi.sugawara@isp-mail.example", "支払い", "EC-250915-0072", "完了", "村田"],
    ["T-250910", "2025/09/19 10:03", "電話", "荒木 早苗", "0467-24-8851", "sanae.araki@webmail.example", "配送", "EC-250917-0218", "完了", "山下"],
    ["T-250911", "2025/09/24 17:26", "チャット", "永井 涼子", "080-4483-9120", "ryoko.nagai@freemail.example", "会員", "EC-250920-0649", "完了", "高木"],
    ["T-250912", "2025/09/29 11:48", "電話", "本田 正樹", "099-226-4731", "masaki.honda@isp-mail.example", "不具合", "EC-250925-0361", "対応中", "村田"],
]
MESSAGES["446_att_helpdesk_tickets_csv_cp932.eml"] = message(
    sender="サポート企画 井上 <inoue.s@example.co.jp>",
    to=["コンタクトワン SV <sv@contact-one.example>"],
    subject="9月分 問い合わせチケット一覧(引継ぎ用)",
    date="Wed, 01 Oct 2025 10:10:00 +0900", msgid="<20251001101000.446C@example.co.jp>",
    body=("コンタクトワン SV ご担当者様\n\n"
          "エグザンプル サポート企画の井上です。\n"
          "10月からの業務引継ぎに向けて、9月分のチケット一覧(12件)をヘルプデスクから書き出しました。\n"
          "Excel でそのまま開ける形式(Shift_JIS)です。対応中の3件は引き続きお願いします。\n\n"
          + sig("サポート企画部", "井上 早紀", "03-6453-2226")),
    attachments=[("tickets_202509.csv", "text/csv", csv_bytes(_h446, _r446, "cp932"))])


# ===================================================================================== 447
# Control: a ticket notification to the repair partner with only ticket / order / serial / slip
# numbers, a 12-digit 連携ID valid by the My Number check (no label), times, amounts, 内線; the desk's
# 0120 number is in the sender's own signature.
MESSAGES["447_control_ja_ticket_notification_numbers_only.eml"] = message(
    sender="カスタマーサポート 松田 <matsuda.r@example.co.jp>",
    to=["ミナトサービス 修理受付 <repair@minato-service.example>"],
    subject="[お問い合わせ番号 #48377] 修理完了報告を受領しました",
    date="Tue, 07 Oct 2025 16:20:00 +0900", msgid="<20251007162000.447N@example.co.jp>",
    body=("株式会社ミナトサービス 修理受付 ご担当者様\n\n"
          "修理完了報告を受領しました。チケットをクローズします。\n\n"
          "  お問い合わせ番号 : #48377\n"
          "  受付日時         : 2025/10/04 13:22\n"
          "  ご注文番号       : EC-250811-0392\n"
          "  製品 / 製造番号  : EX-DW45 / DW45-2407-100233\n"
          "  修理伝票         : R-2025-10-0178\n"
          f"  連携ID           : {REF447}\n"
          "  作業日時         : 2025/10/07 10:00〜10:45(45分)\n"
          "  部品             : ポンプユニット PU-45(3,300円・保証対応)\n"
          "  担当             : 松田(内線 2231)\n\n"
          "請求は月末締めで 11/10 までにお願いいたします。\n\n"
          "-- \n株式会社エグザンプル カスタマーサポート部\n松田 涼\n〒105-0011 東京都港区芝公園2-4-1\n"
          "TEL 03-6453-2231 / お客様サポートセンター 0120-558-214\n"))

# ===================================================================================== 448
# Control (English, HTML only): a weekly SLA digest to the outsourced support partner: ticket IDs,
# response times, CSAT, agent names with extensions, a 16-digit serial failing Luhn, the desk's own
# +81 number in the sender's sign-off.
_r448 = [["#55012", "Oct 1, 09:02", "Billing", "0h 14m", "Solved", "Sato (ext. 2237)", "5"],
         ["#55017", "Oct 1, 13:47", "Shipping", "0h 31m", "Solved", "Mori (ext. 2258)", "4"],
         ["#55023", "Oct 2, 10:15", "Device", "1h 02m", "Pending", "Arai (ext. 2417)", "-"],
         ["#55028", "Oct 3, 16:40", "Account", "0h 09m", "Solved", "Yoshida (ext. 2263)", "5"],
         ["#55031", "Oct 3, 17:55", "Device", "2h 18m", "Escalated", "Arai (ext. 2417)", "3"]]
MESSAGES["448_control_en_sla_digest_html.eml"] = message(
    sender="Support Operations - Kenji Arai <arai.k@example.co.jp>",
    to=["Contact One Supervisors <sv@contact-one.example>"],
    subject="Weekly SLA digest - week 40 (Sep 29 - Oct 3)",
    date="Mon, 06 Oct 2025 09:05:00 +0900", msgid="<20251006090500.448D@example.co.jp>",
    html=html_doc(
        "<p>Hi all,</p>\n<p>Here is the SLA digest for week 40. 212 tickets were created, 198 solved; "
        "first response within 1 hour: 94.3% (target 90%). CSAT 4.6 / 5 from 87 ratings.</p>\n"
        "<p>Tickets breaching or close to the SLA:</p>\n"
        + html_table(_r448, ["Ticket", "Created (JST)", "Category", "First response", "Status", "Agent", "CSAT"]) +
        f"\n<p>#55023 and #55031 concern the same unit, serial {SERIAL448}; RMA 2025-0931 is open.</p>\n"
        "<p>Next review: Monday, October 13, 10:00 JST.</p>\n"
        "<p>Best regards,<br>Kenji Arai<br>Support Operations, Example Co., Ltd.<br>"
        "Example Support Center +81 3-6453-2400</p>"))

# ===================================================================================== 449
# Control: a Slack export (.txt) about a deployment, to the outside developer: timestamps, private
# IPs, ports, versions, commit hashes, PR numbers, 内線.
_slack449 = """#ops-deploy  エクスポート 2025-10-02
--------------------------------------------------
[2025-10-02 21:00] 小林 翔: 本番リリース v2.14.1 開始します。PR #4412, #4415 を含みます。
[2025-10-02 21:03] 石原 学: LB から web-02 (10.20.4.22:8443) を切り離しました。
[2025-10-02 21:09] 小林 翔: migration 20251002_1830_add_refund_retry 適用完了(所要 41 秒)。
[2025-10-02 21:15] 石原 学: web-02 に 7c3e9a1f デプロイ、ヘルスチェック 200 OK。
[2025-10-02 21:22] 小林 翔: web-01 (10.20.4.21:8443) も同様に完了。エラー率 0.02%。
[2025-10-02 21:30] 石原 学: 監視 OK。何かあれば内線 2417 か当番表の番号へ。
[2025-10-02 21:31] 小林 翔: リリース完了、お疲れさまでした。次回は 10/16 21:00 予定。
"""
MESSAGES["449_control_slack_export_deploy_txt.eml"] = message(
    sender="EC運営 小林 <kobayashi.s@example.co.jp>",
    to=["コードリーフ 開発チーム <dev@codeleaf.example>"],
    subject="v2.14.1 リリース記録(#ops-deploy エクスポート)",
    date="Fri, 03 Oct 2025 09:40:00 +0900", msgid="<20251003094000.449S@example.co.jp>",
    body=("コードリーフ 開発チーム各位\n\n"
          "昨晩の v2.14.1 リリースの記録として、#ops-deploy のエクスポートを添付します。\n"
          "返金バッチの修正が本番に入ったことを確認しました。\n\n" + sig("EC運営部", "小林 翔", "03-6453-2239")),
    attachments=[("ops-deploy_2025-10-02.txt", "text/plain", _slack449.encode("utf-8"))])

# ===================================================================================== 450
# Control (internal only): a Teams chat export as JSON about sprint planning, to an internal colleague
# and an it. subdomain address: story keys, points, dates -> pass.
_chat450 = {"chat": "スプリント計画 S-41", "exported": "2025-10-06T12:00:00+09:00",
            "messages": [
                {"time": "2025-10-06T10:00:03+09:00", "from": "小林 翔", "body": "S-41 の候補: SHOP-1182(5pt), SHOP-1190(3pt), SHOP-1201(8pt)"},
                {"time": "2025-10-06T10:02:40+09:00", "from": "石原 学", "body": "SHOP-1201 は 10/14 の監視基盤更新とぶつかるので次回に回したい"},
                {"time": "2025-10-06T10:04:12+09:00", "from": "佐藤 美咲", "body": "CS 観点では SHOP-1190(返金通知メール)を優先でお願いします"},
                {"time": "2025-10-06T10:06:55+09:00", "from": "小林 翔", "body": "了解。合計 16pt、ベロシティ 18pt 以内。レビューは 10/17 15:00、会議室 7F-702"},
            ]}
MESSAGES["450_control_int_teams_chat_json_sprint.eml"] = message(
    sender="EC運営 小林 <kobayashi.s@example.co.jp>",
    to=["EC運営部 <ec-unei@example.co.jp>"],
    cc=["情報システム 石原 <ishihara.m@it.example.co.jp>"],
    subject="スプリント計画 S-41 のチャット記録",
    date="Mon, 06 Oct 2025 12:10:00 +0900", msgid="<20251006121000.450T@example.co.jp>",
    body=("EC運営部 各位\n\nTeams のチャットを書き出して添付します。S-41 は合計 16pt です。\n\n"
          "-- \nEC運営部 小林 翔\n内線 2239\n"),
    attachments=[("teams_chat_S-41.json", "application/json",
                  json.dumps(_chat450, ensure_ascii=False, indent=2).encode("utf-8"))])

# ===================================================================================== 451
# Control (text + HTML): a kintone product-inquiry record pasted for the maker: 問い合わせ番号, serial,
# lot, 購入日, 店舗コード 0312-4471 (8 digits, no phone), symptom; the sender's own 0120 in her signature.
_k451 = [("レコード番号", "2294"), ("問い合わせ番号", "INQ-251002-0088"), ("製品", "電気ケトル KT-120"),
         ("製品シリアル", "KT120-2503-004471"), ("ロット", "25C-11"), ("購入日", "2025-04-19"),
         ("購入店舗コード", "0312-4471"), ("不具合内容", "電源ランプが点滅し、沸騰前に停止する"),
         ("対応", "交換品発送済み(10/3)、不良品回収済み"), ("作成日時", "2025-10-02 11:48")]
MESSAGES["451_control_kintone_product_inquiry_html.eml"] = message(
    sender="品質保証 川村 <kawamura.e@example.co.jp>",
    to=["テックホーム 品質管理課 <qc@techhome-mfg.example>"],
    subject="不具合品の調査依頼 KT-120(INQ-251002-0088)",
    date="Mon, 06 Oct 2025 14:25:00 +0900", msgid="<20251006142500.451K@example.co.jp>",
    body=("テックホーム 品質管理課 ご担当者様\n\n"
          "エグザンプル品質保証の川村です。回収品を本日発送しましたので、調査をお願いいたします。\n"
          "kintone の記録を貼ります。\n\n" + "\n".join(f"{k}\t{v}" for k, v in _k451) + "\n\n"
          "-- \n株式会社エグザンプル 品質保証部\n川村 恵理\n〒105-0011 東京都港区芝公園2-4-1\n"
          "お客様サポートセンター 0120-558-214\n"),
    html=html_doc("<p>テックホーム 品質管理課 ご担当者様</p>\n"
                  "<p>エグザンプル品質保証の川村です。回収品を本日発送しましたので、調査をお願いいたします。<br>"
                  "kintone の記録を貼ります。</p>\n" + html_table(_k451) +
                  "\n<p>-- <br>株式会社エグザンプル 品質保証部<br>川村 恵理<br>〒105-0011 東京都港区芝公園2-4-1<br>"
                  "お客様サポートセンター 0120-558-214</p>"))

# ===================================================================================== 452
# Control: a call-centre outage report to the client with an xlsx of hourly statistics (calls,
# answered, abandon rate, waiting time); 内線 and the sender's own number in her signature.
wb452 = openpyxl.Workbook()
ws = wb452.active
ws.title = "時間帯別"
ws.append(["日付", "時間帯", "入電数", "応答数", "放棄呼", "放棄率", "平均待ち時間(秒)"])
for c in ws[1]:
    c.font = Font(bold=True)
_stats452 = [(9, 142, 131), (10, 188, 150), (11, 203, 121), (12, 117, 109), (13, 164, 158), (14, 151, 147)]
for h, calls, ans in _stats452:
    ws.append([dt.date(2025, 10, 6), f"{h:02d}:00-{h + 1:02d}:00", calls, ans, calls - ans,
               round((calls - ans) / calls, 3), 35 + (calls - ans) * 4])
for row in ws.iter_rows(min_row=2):
    row[0].number_format = "yyyy/mm/dd"
    row[5].number_format = "0.0%"
MESSAGES["452_control_callcentre_outage_stats_xlsx.eml"] = message(
    sender="コールセンター SV 高木 <takagi.n@example.co.jp>",
    to=["ホームガス東 お客様相談室 <soudan@homegas-higashi.example>"],
    subject="【ご報告】10/6 午前の受付システム障害と入電状況",
    date="Mon, 06 Oct 2025 16:00:00 +0900", msgid="<20251006160000.452R@example.co.jp>",
    body=("株式会社ホームガス東 お客様相談室 ご担当者様\n\n"
          "受託コールセンターの高木です。本日 10:20〜11:45 に CTI サーバーの障害が発生し、\n"
          "その間の放棄呼が増加しました。時間帯別の入電状況を添付します。\n\n"
          "  障害時間     : 10:20〜11:45(85分)\n"
          "  影響         : 入電 391件中 放棄 120件(平常時の約4倍)\n"
          "  原因         : CTI サーバー cti-02 のディスク容量不足(ログローテーション停止)\n"
          "  対策         : 監視閾値の見直し(10/8 実施予定)、障害連絡は SV 席 内線 3102 へ\n\n"
          + sig("コールセンター事業部", "高木 直子", "03-6453-2302", "(SV直通)")),
    attachments=[("入電状況_20251006.xlsx", XLSX, fixed_xlsx(wb452, "高木 直子"))])


def main() -> None:
    for n, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), n
        (OUT / n).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
