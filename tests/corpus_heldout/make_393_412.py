"""Writes held-out messages 393-412 into tests/corpus_heldout/ (deterministic).

Theme: forwarded and replied chains that mix HTML and plain text, as mail programs really write them,
and whose details are whose in them (written and labelled blind, before any run of the guard):
- Outlook HTML (Word HTML with <o:p>) forwards and replies with the quoted header block inside
  <div style="border-top:solid #E1E1E1 1.0pt"> in English (From: / Sent: / To: / Subject:) and in
  Japanese (差出人: / 送信日時: / 宛先: / 件名:): 397, 400, 401, 406, 408, 409;
- the same Outlook mail forwarded onward from Gmail in text/plain only, where Gmail writes the bold
  labels as *From:* / *Sent:* (393), a forward of a forward of a forward (Gmail plain over an Outlook
  plain forward over a Japanese Apple Mail 転送されたメッセージ, 398), Gmail's own
  "---------- Forwarded message ---------" in text and HTML (402, 410);
- replies that quote an HTML mail turned to plain with '>' (Thunderbird ISO-2022-JP, 394; Becky!
  Shift_JIS, 404), Outlook '-----Original Message-----' plain threads in ISO-2022-JP (407, 411);
- Apple Mail "Begin forwarded message:" with <blockquote type="cite"> (395, 403), Thunderbird
  "-------- Forwarded Message --------" with its moz-email-headers-table (396);
- multipart/alternative whose parts differ: the HTML holds a pasted table the text/plain part lacks
  (400), an empty text/plain part (409);
- message/rfc822 forwarded as an attachment whose own body is HTML only (399, 405), and one nested
  inside another with a Shift_JIS HTML-only mail at the bottom (412).
Whose details are whose: the sender's own signature is quoted lower in the chain (401, 403, 404, 405,
408), internal colleagues' signatures share the sender's company address (393, 398: those values are
the sender's own; the colleague's direct line and mobile are not), customers' and partners'
signatures and applicants' details are forwarded to outside parties (393-400, 406-412).
Controls (only the sender's own details, meeting times, order numbers, prices): 401-405 (402 internal).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_393_412.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import html
import re
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import luhn
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}

# Made-up numbers with valid check digits (My Numbers, a Visa card).
MN397_SELF = "518372640196"
MN397_SPOUSE = "284619375023"
for _n in (MN397_SELF, MN397_SPOUSE):
    assert in_.is_valid(_n), _n
CARD406 = "4539148803436467"
assert luhn.is_valid(CARD406) and CARD406[0] == "4"

COMPANY_ADDR = "〒105-0011 東京都港区芝公園2-4-1"


def g4(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:12]}" + (f" {n[12:]}" if len(n) > 12 else "")


def new(*, sender, to, subject, date, msgid, cc=None, mailer=("X-Mailer", "Microsoft Outlook 16.0"),
        extra=()) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra:
        msg[k] = v
    if mailer:
        msg[mailer[0]] = mailer[1]
    return msg


def finish(msg: EmailMessage, tag: str, jis_subject: str | None = None) -> bytes:
    """Deterministic boundaries; optionally the Subject re-encoded as ISO-2022-JP encoded-words."""
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_NextPart_{tag}_{i:02d}")
    data = msg.as_bytes()
    if jis_subject is not None:
        enc = Header(jis_subject, "iso-2022-jp", header_name="Subject").encode(linesep="\r\n")
        data = re.sub(rb"^Subject: .*?\r\n(?![ \t])", b"Subject: " + enc.encode("ascii") + b"\r\n",
                      data, count=1, flags=re.S | re.M)
    return data


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def mso(text: str) -> str:
    """Plain lines -> Word HTML paragraphs (Outlook's MsoNormal with <o:p>)."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line).replace("  ", "&nbsp; ")}<o:p></o:p></p>')
    return "\n".join(out)


def ol_hdr_html(rows: list[tuple[str, str]]) -> str:
    inner = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in rows)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n'
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def ol_hdr_plain(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"{k} {v}" for k, v in rows)


def word_html(inner: str, charset: str = "utf-8") -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Yu Gothic"; panose-1:2 11 4 0 0 0 0 0 0 0;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0mm; text-align:justify; text-justify:inter-ideograph; '
        'font-size:10.5pt; font-family:"Yu Gothic",sans-serif;}\n'
        'span.EmailStyle18 {mso-style-type:personal-reply;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt; margin:99.25pt 30.0mm 30.0mm 30.0mm;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def simple_html(inner: str, charset: str = "utf-8") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
            f'<body>{inner}</body></html>\n')


def br(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def quote(text: str, level: int = 1) -> str:
    pre = ">" * level
    return "\n".join(f"{pre} {line}" if line else pre for line in text.split("\n"))


def sig(dept: str, name: str, tel: str, extra: str = "") -> str:
    return f"-- \n株式会社エグザンプル {dept}\n{name}\n{COMPANY_ADDR}\nTEL {tel}{extra}\n"


# ===================================================================================== 393
# Gmail (text/plain only) forward of an internal colleague's Outlook HTML forward of a customer's mail.
# Gmail writes Outlook's bold labels as *From:*. The colleague's ━ signature repeats the company
# address (the sender's own) with his own direct line and mobile; the customer's signature is hers.
body393 = (
    "東海保守サービス株式会社 保守サービス部 御中\n\n"
    "いつもお世話になっております。エグザンプル設備サービス部の森本です。\n"
    "下記、営業部経由で届いたお客様からのお問い合わせです。\n"
    "現地確認の日程を、お客様と直接ご調整いただけますでしょうか。\n\n"
    "-- \n森本 拓也\n株式会社エグザンプル 設備サービス部\n" + COMPANY_ADDR + "\nTEL 03-6453-2236\n\n\n"
    "---------- Forwarded message ---------\n"
    "From: 鈴木 一郎 <suzuki.i@example.co.jp>\n"
    "Date: 2025年10月6日(月) 9:41\n"
    "Subject: FW: 空調機 異音の件(お問い合わせ)\n"
    "To: 森本 拓也 <morimoto.t@example.co.jp>\n\n\n"
    "森本さん\n\n"
    "担当エリアのお客様です。対応をお願いします。\n\n"
    "鈴木\n\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "株式会社エグザンプル 営業部\n"
    "鈴木 一郎\n"
    + COMPANY_ADDR + "\n"
    "直通 03-6453-2281 / 携帯 080-4127-3359\n"
    "━━━━━━━━━━━━━━━━━━━━\n\n"
    "*From:* 大野 恵美 <ohno.emi@ohno-shika.example>\n"
    "*Sent:* Friday, October 3, 2025 5:12 PM\n"
    "*To:* 鈴木 一郎 <suzuki.i@example.co.jp>\n"
    "*Subject:* 空調機 異音の件(お問い合わせ)\n\n"
    "株式会社エグザンプル\n鈴木様\n\n"
    "いつもお世話になっております。大野歯科クリニックの大野です。\n"
    "先月入れ替えていただいた診療室の空調機(型番 RAS-J5622)から、\n"
    "運転開始直後にカタカタと異音がします。\n"
    "平日の診療時間外(18時以降)か、木曜の休診日にご確認いただけると助かります。\n\n"
    "大野歯科クリニック\n事務長 大野 恵美\n"
    "〒222-0033 神奈川県横浜市港北区新横浜3-17-5 新横浜メディカルビル2F\n"
    "TEL 045-472-3318\n携帯 090-6623-1047\n"
    "ohno.emi@ohno-shika.example <mailto:ohno.emi@ohno-shika.example>\n")
m = new(sender="森本 拓也 <morimoto.t@example.co.jp>",
        to=["東海保守サービス 保守サービス部 <support@tokai-hoshu.example>"],
        subject="Fwd: FW: 空調機 異音の件(お問い合わせ)", date="Mon, 06 Oct 2025 10:18:44 +0900",
        msgid="<CAF393kq7xVwq+ZP3Lw@mail.gmail.com>", mailer=None)
m.set_content(body393, charset="utf-8", cte="quoted-printable")
MESSAGES["393_fwd_chain_outlook_html_gmail_plain.eml"] = finish(m, "393")

# ===================================================================================== 394
# Thunderbird plain reply (ISO-2022-JP) to a customer, quoting her HTML web-mail with '>'.
body394 = (
    "山下 美穂 様\n\n"
    "このたびはお申込みありがとうございます。エグザンプルお客様センターの松井です。\n"
    "ご記入内容を確認いたしました。生年月日は 昭和61年7月14日 として登録いたします。\n"
    "設置工事は10月20日(月)午前(9時〜12時)に伺います。\n"
    "当日は作業員より事前にお電話いたします。\n\n"
    "-- \n株式会社エグザンプル お客様センター\n松井 由香\n" + COMPANY_ADDR + "\nTEL 03-6453-2240\n\n"
    "2025/10/07 21:33 に 山下 美穂 さんは書きました:\n"
    + quote("株式会社エグザンプル\nお客様センター 御中\n\n"
            "ガス警報器のリースを申し込みます。\n\n"
            "氏名:山下 美穂\n"
            "生年月日:1986年7月14日(昭和61年)\n"
            "住所:〒330-0063 埼玉県さいたま市浦和区高砂2-9-14 パークハイム浦和404\n"
            "電話:080-2291-6634\n"
            "メール:miho.y.0522@freemail.example\n"
            "設置希望日:10月20日 午前\n\n"
            "よろしくお願いします。") + "\n")
subj394 = "Re: 【お申込み】ガス警報器リース"
m = new(sender="松井 由香 <matsui.y@example.co.jp>", to=["山下 美穂 <miho.y.0522@freemail.example>"],
        subject=subj394, date="Wed, 08 Oct 2025 10:02:15 +0900",
        msgid="<7c1e5a20-394a-4b8e-9f2d-0a1b2c3d4e5f@example.co.jp>",
        mailer=("User-Agent", "Mozilla Thunderbird"),
        extra=(("In-Reply-To", "<1759840380.394.yahoo@freemail.example>"),))
m.set_content(body394, charset="iso-2022-jp", cte="7bit")
MESSAGES["394_reply_html_to_plain_gt_quote_customer_dob.eml"] = finish(m, "394", jis_subject=subj394)

# ===================================================================================== 395
# Apple Mail (English) "Begin forwarded message:", text/plain + HTML with <blockquote type="cite">:
# an Osaka packing partner's mail with his signature and his forklift operator's mobile, sent on to
# a freight forwarder. Apple Mail adds no '-- ' before the sender's own signature.
fwd395_hdr = [("From:", "Hiroshi Nakagawa <h.nakagawa@naniwa-pack.example>"),
              ("Subject:", "Pickup at Osaka warehouse - revised"),
              ("Date:", "October 8, 2025 at 16:20:41 GMT+9"),
              ("To:", "Ken Ishida <ishida.k@example.co.jp>")]
top395 = ("Hi Laura,\n\n"
          "Forwarding the note from our Osaka packing partner below. Their operator will\n"
          "meet your driver at the dock. Please book the pickup for Tuesday, Oct 14.\n\n"
          "Best regards,\nKen Ishida\nExample Co., Ltd. | Logistics\n+81 3 6453 2262\n")
orig395 = ("Dear Mr. Ishida,\n\n"
           "The 12 crates (PO 4500219934) will be ready at Dock 3 from 9:00 on Oct 14.\n"
           "Gross weight 2,860 kg, dimensions 120 x 100 x 110 cm each.\n"
           "Our forklift operator Mr. Tanabe (mobile +81 90 5218 7740) will be on site.\n\n"
           "Kind regards,\n"
           "Hiroshi Nakagawa\nNaniwa Packing Co., Ltd.\n"
           "1-6-22 Nanko-kita, Suminoe-ku, Osaka 559-0034\n"
           "Tel: +81 6 6613 4428\n"
           "Email: h.nakagawa@naniwa-pack.example")
plain395 = (top395 + "\n\nBegin forwarded message:\n\n"
            + "\n".join(f"{k} {v}" for k, v in fwd395_hdr) + "\n\n" + orig395 + "\n\n")
html395 = simple_html(
    '<div dir="auto">' + br(top395) + '<div dir="ltr"><br><blockquote type="cite">'
    '<div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
    + "".join(f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
              f'<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">'
              f'<b>{esc(k)}</b> </span><span>{esc(v)}</span></div>' for k, v in fwd395_hdr)
    + "<br><div>" + br(orig395).replace("Email: h.nakagawa@naniwa-pack.example",
             'Email: <a href="mailto:h.nakagawa@naniwa-pack.example">h.nakagawa@naniwa-pack.example</a>')
    + "</div></blockquote></div></div>")
m = new(sender="Ken Ishida <ishida.k@example.co.jp>", to=["Laura Kim <laura.kim@pacific-freight.example>"],
        subject="Fwd: Pickup at Osaka warehouse - revised", date="Thu, 09 Oct 2025 08:47:03 +0900",
        msgid="<A1B2C3D4-395E-4F60-8A7B-9C0D1E2F3A4B@example.co.jp>",
        mailer=("X-Mailer", "Apple Mail (2.3826.700.81)"))
m.set_content(plain395, charset="utf-8", cte="quoted-printable")
m.add_alternative(html395, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["395_applemail_begin_forwarded_en_partner_sig.eml"] = finish(m, "395")

# ===================================================================================== 396
# Thunderbird HTML forward (moz-email-headers-table) of an event form's notification: a mother and
# her two children with 生年月日, her mobile and e-mail, the father's mobile; to an insurance agency.
rows396 = [("申込番号", "EV-20251011-0087"),
           ("イベント", "秋の親子木工教室 2025年10月26日(日)10:00〜12:00"),
           ("参加者1 氏名", "原田 優子"), ("参加者1 生年月日", "1984年2月9日"),
           ("参加者1 電話", "090-3381-5524"), ("参加者1 メール", "yuko.harada@freemail.example"),
           ("参加者2 氏名", "原田 蒼"), ("参加者2 生年月日", "2016年11月30日"),
           ("参加者3 氏名", "原田 凛"), ("参加者3 生年月日", "2019年5月3日"),
           ("緊急連絡先", "原田 健司(父) 080-6621-4493"),
           ("備考", "子ども2名は保護者同伴")]
fwd396 = [("Subject:", "【申込通知】秋の親子木工教室(10/26)"),
          ("Date:", "Sat, 11 Oct 2025 22:04:51 +0900"),
          ("From:", "イベント申込フォーム <noreply@form.example.co.jp>"),
          ("To:", "nakagawa.a@example.co.jp")]
top396 = ("ほけんエージェンシー 団体保険課 御中\n\n"
          "エグザンプル地域交流課の中川です。\n"
          "10/26 の木工教室のイベント保険について、参加者3名分の加入をお願いします。\n"
          "申込フォームの通知をそのまま転送いたします。\n\n"
          "-- \n中川 彩\n株式会社エグザンプル 地域交流課\nTEL 03-6453-2275\n")
plain396 = (top396 + "\n\n-------- Forwarded Message --------\n"
            + "\n".join(f"{k} \t{v}" for k, v in fwd396) + "\n\n\n"
            + "\n".join(f"{k}: {v}" for k, v in rows396) + "\n\n"
            "※このメールは送信専用アドレスから自動送信されています。\n")
html396 = simple_html(
    "<p>" + br(top396.split("-- \n")[0].rstrip()) + "</p>\n"
    '<pre class="moz-signature" cols="72">-- \n' + esc(top396.split("-- \n")[1]) + "</pre>\n"
    '<div class="moz-forward-container"><br><br>-------- Forwarded Message --------\n'
    '<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>\n'
    + "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{esc(k)} </th><td>{esc(v)}</td></tr>\n'
              for k, v in fwd396)
    + "</tbody></table>\n<br>\n"
    '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
    + "".join(f"<tr><th align=\"left\" bgcolor=\"#f0f0f0\">{esc(k)}</th><td>{esc(v)}</td></tr>\n"
              for k, v in rows396)
    + "</table>\n<p>※このメールは送信専用アドレスから自動送信されています。</p>\n</div>")
m = new(sender="中川 彩 <nakagawa.a@example.co.jp>", to=["団体保険課 <dantai@hoken-agency.example>"],
        subject="Fwd: 【申込通知】秋の親子木工教室(10/26)", date="Mon, 13 Oct 2025 09:30:12 +0900",
        msgid="<3f9e2c1a-396b-47d1-a2c3-5e6f7a8b9c0d@example.co.jp>",
        mailer=("User-Agent", "Mozilla Thunderbird"))
m.set_content(plain396, charset="utf-8", cte="base64")
m.add_alternative(html396, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["396_thunderbird_forwarded_message_table_dob.eml"] = finish(m, "396")

# ===================================================================================== 397
# Outlook HTML (Shift_JIS, quoted-printable) forward with the 差出人/送信日時/宛先/件名 block: an
# employee's own mail with his and his wife's 個人番号 and her 生年月日, his mobile in his own sign-off.
hdr397 = [("差出人:", "岡本 大輔 <okamoto.d@example.co.jp>"),
          ("送信日時:", "2025年10月9日 木曜日 18:22"),
          ("宛先:", "田村 真由美 <tamura.m@example.co.jp>"),
          ("件名:", "扶養追加のご連絡")]
top397 = ("社会保険労務士法人みらい\nご担当者様\n\n"
          "いつもお世話になっております。エグザンプル総務部の田村です。\n"
          "営業部 岡本の扶養追加(配偶者)の手続きをお願いいたします。\n"
          "本人から届いた内容を下記に転送いたします。\n\n田村\n\n"
          "――――――――――――――――\n株式会社エグザンプル 総務部\n田村 真由美\n"
          + COMPANY_ADDR + "\nTEL 03-6453-2210 / FAX 03-6453-2219\n――――――――――――――――\n")
orig397 = ("総務部 田村さん\n\n"
           "営業部の岡本です。9月に結婚しましたので、妻の扶養追加をお願いします。\n\n"
           f"本人 岡本 大輔  個人番号 {g4(MN397_SELF)}\n"
           "配偶者 岡本 沙織(旧姓 川口)\n"
           "  生年月日 平成4年8月17日\n"
           f"  個人番号 {g4(MN397_SPOUSE)}\n"
           "  年収見込み 0円(9月30日退職)\n"
           "婚姻日 令和7年9月20日\n\n"
           "よろしくお願いします。\n\n"
           "岡本 大輔\n営業部 第二課\n携帯 090-7742-1385")
plain397 = top397 + "\n" + ol_hdr_plain(hdr397) + "\n\n" + orig397 + "\n"
html397 = word_html(mso(top397) + "\n" + ol_hdr_html(hdr397) + "\n" + mso(orig397), "shift_jis")
m = new(sender="田村 真由美 <tamura.m@example.co.jp>", to=["社労士法人みらい <jimusho@mirai-sr.example>"],
        subject="FW: 扶養追加のご連絡(営業部 岡本)", date="Fri, 10 Oct 2025 11:05:37 +0900",
        msgid="<TY3PR01MB397A1B2C3D4E5F6@TY3PR01MB397.jpnprd01.prod.outlook.com>")
m.set_content(plain397, charset="shift_jis", cte="quoted-printable")
m.add_alternative(html397, subtype="html", charset="shift_jis", cte="quoted-printable")
MESSAGES["397_outlook_html_sashidashinin_mynumber_sjis.eml"] = finish(m, "397")

# ===================================================================================== 398
# A forward of a forward of a forward: Gmail plain, over a colleague's Outlook plain forward (his
# signature shares the company address), over a management company's forward with its signature,
# over a tenant's Japanese Apple Mail 転送されたメッセージ with her flat and mobile.
body398 = (
    "有限会社 東横水道設備\n工事課 御中\n\n"
    "エグザンプル物件管理部の小川です。\n"
    "下記の水漏れ、至急の点検をお願いします。入居者様へは直接ご連絡いただいて構いません。\n\n"
    "-- \n小川 直樹\n株式会社エグザンプル 物件管理部\n" + COMPANY_ADDR + "\nTEL 03-6453-2310\n\n"
    "---------- Forwarded message ---------\n"
    "From: 吉田 健太 <yoshida.k@example.co.jp>\n"
    "Date: 2025年10月14日(火) 8:52\n"
    "Subject: FW: 【至急】キッチン排水 水漏れ(コーポ下目黒203)\n"
    "To: 小川 直樹 <ogawa.n@example.co.jp>\n\n\n"
    "小川さん\n\n週末に入った連絡です。業者手配をお願いできますか。\n\n"
    "吉田\n"
    "--------------------------------------------\n"
    "株式会社エグザンプル 物件管理部 管理課\n吉田 健太\n"
    + COMPANY_ADDR + "\n直通 03-6453-2318\n"
    "--------------------------------------------\n\n"
    "From: 井上 聡 <inoue@jonan-housing.example>\n"
    "Sent: Monday, October 13, 2025 10:15 AM\n"
    "To: 吉田 健太 <yoshida.k@example.co.jp>\n"
    "Subject: FW: 【至急】キッチン排水 水漏れ(コーポ下目黒203)\n\n"
    "エグザンプル 吉田様\n\n"
    "城南ハウジングの井上です。\n入居者様から下記の連絡がありました。ご対応をお願いいたします。\n\n"
    "城南ハウジング株式会社 管理部\n井上 聡\n"
    "〒153-0064 東京都目黒区下目黒3-9-14\n"
    "TEL 03-3712-4450 / FAX 03-3712-4451\n"
    "Mail inoue@jonan-housing.example\n\n"
    "転送されたメッセージ:\n\n"
    "差出人: 佐藤 玲奈 <rena.sato.1107@icloud.example>\n"
    "件名: 【至急】キッチン排水 水漏れ\n"
    "日付: 2025年10月12日 21:47:10 JST\n"
    "宛先: 城南ハウジング <info@jonan-housing.example>\n\n"
    "コーポ下目黒 203号室の佐藤です。\n"
    "キッチンのシンク下から水が漏れていて、床が濡れています。\n"
    "住所は 東京都目黒区下目黒5-21-7 コーポ下目黒203 です。\n"
    "平日は19時以降なら在宅しています。携帯 080-3316-9072 までご連絡ください。\n\n"
    "iPhoneから送信\n")
m = new(sender="小川 直樹 <ogawa.n@example.co.jp>", to=["東横水道設備 工事課 <koji@toyoko-suido.example>"],
        subject="Fwd: FW: 【至急】キッチン排水 水漏れ(コーポ下目黒203)", date="Tue, 14 Oct 2025 09:20:05 +0900",
        msgid="<CAH398mQ2f+Lr0tXw9k@mail.gmail.com>", mailer=None)
m.set_content(body398, charset="utf-8", cte="base64")
MESSAGES["398_fwd_of_fwd_of_fwd_gmail_outlook_applemail.eml"] = finish(m, "398")

# ===================================================================================== 399
# Outlook "forward as attachment": message/rfc822 whose own body is text/html only (base64): a job
# applicant's mail with DOB, 〒 + address, mobile and a second e-mail address in the body; sent to
# an outside recruitment agency.
inner399 = new(sender="木村 翔太 <shota.kimura.94@freemail.example>", to=["採用担当 <saiyo@example.co.jp>"],
               subject="中途採用(生産技術職)応募書類の送付", date="Thu, 09 Oct 2025 23:41:18 +0900",
               msgid="<20251009234118.399inner@freemail.example>", mailer=None)
inner399.set_content(simple_html(
    "<div>株式会社エグザンプル<br>採用ご担当者様</div><br>"
    "<div>貴社求人サイトの生産技術職に応募いたします、木村翔太と申します。<br>"
    "履歴書と職務経歴書は別途アップロードいたしました。下記、応募者情報です。</div><br>"
    '<table border="1" cellspacing="0" cellpadding="3">'
    "<tr><td>氏名</td><td>木村 翔太(きむら しょうた)</td></tr>"
    "<tr><td>生年月日</td><td>1994年3月21日(31歳)</td></tr>"
    "<tr><td>現住所</td><td>〒460-0012 愛知県名古屋市中区千代田3-14-8 レジデンス千代田605</td></tr>"
    "<tr><td>携帯電話</td><td>090-4217-6638</td></tr>"
    "<tr><td>連絡用メール</td><td>kimura.shota.work@mailbox.example</td></tr>"
    "<tr><td>希望勤務地</td><td>名古屋工場</td></tr>"
    "</table><br><div>面接は平日18時以降でしたら対応可能です。何卒よろしくお願いいたします。</div>"
    "<div>木村 翔太</div>"), subtype="html", charset="utf-8", cte="base64")
m = new(sender="人事部 採用課 石原 <ishihara.m@example.co.jp>",
        to=["キャリアブリッジ 法人営業 <hojin@career-bridge.example>"],
        subject="FW: 中途採用(生産技術職)応募書類の送付", date="Fri, 10 Oct 2025 14:22:09 +0900",
        msgid="<TY3PR01MB399F0E1D2C3B4A5@TY3PR01MB399.jpnprd01.prod.outlook.com>")
m.set_content("キャリアブリッジ 法人営業ご担当者様\n\n"
              "エグザンプル人事部の石原です。\n"
              "生産技術職の応募が直接届きましたので、添付のとおり共有いたします。\n"
              "一次面接の日程は10月20日の週で調整予定です。\n\n"
              + sig("人事部 採用課", "石原 真紀", "03-6453-2120"),
              charset="utf-8", cte="base64")
m.add_attachment(inner399, filename="中途採用(生産技術職)応募書類の送付.eml")
MESSAGES["399_rfc822_html_only_applicant.eml"] = finish(m, "399")

# ===================================================================================== 400
# Outlook reply, multipart/alternative whose parts differ: the HTML holds a pasted Excel table of five
# delivery addresses; the text/plain part (written by a mail add-in) lacks it. Partner's TEL quoted.
hdr400 = [("From:", "関根 洋平 <sekine@saitama-haisou.example>"),
          ("Sent:", "Wednesday, October 15, 2025 4:40 PM"),
          ("To:", "田中 美咲 <tanaka.mi@example.co.jp>"),
          ("Subject:", "明日の配送先一覧のお願い")]
orig400 = ("エグザンプル 田中様\n\n"
           "さいたま配送の関根です。\n明日10/16(木)分の配送先一覧をお送りいただけますでしょうか。\n"
           "配車を17時までに確定したいと考えております。\n\n"
           "さいたま配送株式会社 配車センター\n関根 洋平\nTEL 048-652-7781")
top400 = ("関根様\n\nお世話になっております。エグザンプル通販部の田中です。\n"
          "明日10/16(木)の配送先5件です。午前指定は1と4です。\n")
sig400 = ("\n――――――――――――――――\n株式会社エグザンプル 通販部\n田中 美咲\n" + COMPANY_ADDR
          + "\nTEL 03-6453-2266\n――――――――――――――――\n")
table400 = [("1", "青木 様", "330-0854", "埼玉県さいたま市大宮区桜木町2-3-11", "048-641-2285", "午前"),
            ("2", "石井 様", "338-0001", "埼玉県さいたま市中央区上落合5-17-3 ベルハイム上落合302", "090-2864-1137", "14-16時"),
            ("3", "上野 様", "331-0812", "埼玉県さいたま市北区宮原町3-408-6", "048-663-5509", "16-18時"),
            ("4", "江口 様", "362-0042", "埼玉県上尾市谷津2-1-24", "080-5521-7748", "午前"),
            ("5", "大塚 様", "343-0845", "埼玉県越谷市南越谷1-16-9 サンハイツ南越谷105", "048-987-3326", "18-20時")]
tbl_html = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="700" '
            'style="width:525.0pt;border-collapse:collapse">\n'
            + "<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;background:#D9E1F2;padding:0mm 3.5pt">'
                               f'<p class="MsoNormal"><b>{h}</b><o:p></o:p></p></td>'
                               for h in ("No", "お届け先", "郵便番号", "住所", "電話番号", "時間帯")) + "</tr>\n"
            + "".join("<tr>" + "".join(f'<td nowrap style="border:solid windowtext 1.0pt;padding:0mm 3.5pt">'
                                       f'<p class="MsoNormal">{esc(c)}<o:p></o:p></p></td>' for c in r) + "</tr>\n"
                      for r in table400)
            + "</table>")
plain400 = (top400 + "\n(表は HTML 形式のメールでご覧ください)\n" + sig400 + "\n"
            + ol_hdr_plain(hdr400) + "\n\n" + orig400 + "\n")
html400 = word_html(mso(top400) + "\n" + tbl_html + "\n" + mso(sig400) + "\n" + ol_hdr_html(hdr400)
                    + "\n" + mso(orig400))
m = new(sender="田中 美咲 <tanaka.mi@example.co.jp>", to=["関根 洋平 <sekine@saitama-haisou.example>"],
        subject="RE: 明日の配送先一覧のお願い", date="Wed, 15 Oct 2025 16:58:20 +0900",
        msgid="<OS0PR01MB400C1D2E3F4A5B6@OS0PR01MB400.jpnprd01.prod.outlook.com>")
m.set_content(plain400, charset="utf-8", cte="base64")
m.add_alternative(html400, subtype="html", charset="utf-8", cte="base64")
MESSAGES["400_mime_alt_html_extra_table_plain_stale.eml"] = finish(m, "400")

# ===================================================================================== 401
# Control: Outlook HTML reply with a short sign-off; the partner's mail (name only) and, below it,
# the sender's own earlier mail with his full signature (代表 and 直通, company address, his mail).
hdr401a = [("From:", "青木 誠 <aoki@kanto-kikai.example>"), ("Sent:", "Thursday, October 9, 2025 3:12 PM"),
           ("To:", "高橋 健 <takahashi.k@example.co.jp>"), ("Subject:", "RE: 搬入日程のご相談(見積 Q-25-1042)")]
hdr401b = [("From:", "高橋 健 <takahashi.k@example.co.jp>"), ("Sent:", "Wednesday, October 8, 2025 10:40 AM"),
           ("To:", "青木 誠 <aoki@kanto-kikai.example>"), ("Subject:", "搬入日程のご相談(見積 Q-25-1042)")]
top401 = ("青木様\n\nご調整ありがとうございます。\n"
          "10/16(木) 14:00 からの搬入で確定とさせてください。\n"
          "当日は正門の守衛所で「エグザンプル 高橋」とお伝えください。\n\n高橋")
mid401 = ("エグザンプル 高橋様\n\nいつもお世話になっております。\n"
          "搬入ですが、10/16(木) 14:00〜 または 10/17(金) 10:00〜 で伺えます。\n"
          "作業は2名、所要2時間ほどの見込みです。\n\n"
          "関東機械販売株式会社 営業課\n青木 誠")
low401 = ("関東機械販売株式会社\n青木様\n\n"
          "お世話になっております。エグザンプル生産管理部の高橋です。\n"
          "見積 Q-25-1042(KX-3300 × 2台、1,280,000円 税抜)の件、発注手続きが完了しました。\n"
          "注文番号は PO-4500220417 です。搬入日程のご都合をお知らせください。\n\n"
          "━━━━━━━━━━━━━━━━━━━━\n株式会社エグザンプル 生産管理部\n高橋 健\n" + COMPANY_ADDR
          + "\n代表 03-6453-1000 / 直通 03-6453-2231\ntakahashi.k@example.co.jp\n━━━━━━━━━━━━━━━━━━━━")
plain401 = (top401 + "\n\n" + ol_hdr_plain(hdr401a) + "\n\n" + mid401 + "\n\n"
            + ol_hdr_plain(hdr401b) + "\n\n" + low401 + "\n")
html401 = word_html(mso(top401) + "\n" + mso("") + "\n" + ol_hdr_html(hdr401a) + "\n" + mso(mid401) + "\n"
                    + mso("") + "\n" + ol_hdr_html(hdr401b) + "\n"
                    + mso(low401).replace("takahashi.k@example.co.jp<o:p>",
                                          '<a href="mailto:takahashi.k@example.co.jp">takahashi.k@example.co.jp</a><o:p>'))
m = new(sender="高橋 健 <takahashi.k@example.co.jp>", to=["青木 誠 <aoki@kanto-kikai.example>"],
        subject="RE: 搬入日程のご相談(見積 Q-25-1042)", date="Thu, 09 Oct 2025 16:03:48 +0900",
        msgid="<TYAPR01MB401D2E3F4A5B6C7@TYAPR01MB401.jpnprd01.prod.outlook.com>")
m.set_content(plain401, charset="utf-8", cte="quoted-printable")
m.add_alternative(html401, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["401_control_outlook_reply_own_sig_quoted_below.eml"] = finish(m, "401")

# ===================================================================================== 402
# Control (internal only): Gmail forward (text + HTML gmail_quote) of a supplier's Outlook HTML order
# confirmation to accounting, an internal subdomain in Cc: order numbers, prices, delivery times.
fwd402 = ("---------- Forwarded message ---------\n"
          "From: 受注センター <juchu@marue-kogyo.example>\n"
          "Date: 2025年10月10日(金) 17:05\n"
          "Subject: 【注文請書】PO-2025-10-0318\n"
          "To: 山口 聡 <yamaguchi.s@example.co.jp>\n")
orig402 = ("*From:* 丸栄工業 受注センター\n*Sent:* Friday, October 10, 2025 5:04 PM\n"
           "*Subject:* 【注文請書】PO-2025-10-0318\n\n"
           "株式会社エグザンプル 山口様\n\n"
           "ご注文ありがとうございます。下記のとおりお請けいたします。\n\n"
           "注文番号: PO-2025-10-0318\n"
           "品名: ステンレスブラケット SB-220 × 400個 単価 680円 小計 272,000円\n"
           "品名: 固定ボルト M8-40 × 1,600本 単価 18円 小計 28,800円\n"
           "合計: 330,880円(税込)\n"
           "納期: 2025年10月24日(金) 午前着(10:00〜12:00)\n"
           "請求書番号: INV-251024-0077(10月末締め・翌月末払い)\n\n"
           "丸栄工業株式会社 受注センター")
top402 = ("経理部 各位\n\n購買の山口です。丸栄工業の注文請書を転送します。\n"
          "10月末締めの支払予定に入れてください。\n\n山口\n")
plain402 = top402 + "\n" + fwd402 + "\n\n" + orig402 + "\n"
html402 = simple_html(
    '<div dir="ltr">' + br(top402) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    + br(fwd402.rstrip()) + "<br></div><br><br>"
    + br(orig402).replace("*From:*", "<b>From:</b>").replace("*Sent:*", "<b>Sent:</b>")
    .replace("*Subject:*", "<b>Subject:</b>") + "</div>")
m = new(sender="山口 聡 <yamaguchi.s@example.co.jp>", to=["経理部 <keiri@example.co.jp>"],
        cc=["購買課 <kobai@purchasing.example.co.jp>"],
        subject="Fwd: 【注文請書】PO-2025-10-0318", date="Mon, 13 Oct 2025 09:12:40 +0900",
        msgid="<CAJ402pR7tYu+Wq3Zx8@mail.gmail.com>", mailer=None)
m.set_content(plain402, charset="utf-8", cte="quoted-printable")
m.add_alternative(html402, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["402_control_int_gmail_fwd_order_confirmation.eml"] = finish(m, "402")

# ===================================================================================== 403
# Control (English): Apple Mail forward of the sender's own earlier visit schedule (her fuller
# signature with the office address) to a new partner contact; flights, booking refs, times.
fwd403 = [("From:", "Mika Sato <sato.m@example.co.jp>"), ("Subject:", "Visit schedule, Oct 27-29"),
          ("Date:", "October 6, 2025 at 11:02:17 GMT+9"), ("To:", "Brian Lee <brian.lee@harbor-tech.example>")]
top403 = ("Dear Ms. Evans,\n\n"
          "Brian told me you are taking over the visit from his side, welcome aboard.\n"
          "Below is the schedule I sent him last week; nothing has changed.\n\n"
          "Best regards,\nMika Sato\nExample Co., Ltd. | Overseas Sales\nTel +81 3 6453 2288\n")
orig403 = ("Hi Brian,\n\nHere is the plan for your team's visit:\n\n"
           "Mon Oct 27  JL 061 arrives Narita 15:25; hotel check-in (booking ref HX7K2M9)\n"
           "Tue Oct 28  10:00-12:00 factory tour, 13:30-17:00 design review (Room 3A)\n"
           "Wed Oct 29  09:30-11:00 wrap-up; JL 062 departs Narita 17:05\n\n"
           "Agenda items 1-7 are in the attached deck (v3.2). Quote QN-2025-118, USD 48,500.\n\n"
           "Best regards,\nMika Sato\nExample Co., Ltd. | Overseas Sales\n"
           "2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan\nTel +81 3 6453 2288\n"
           "sato.m@example.co.jp")
plain403 = (top403 + "\n\nBegin forwarded message:\n\n" + "\n".join(f"{k} {v}" for k, v in fwd403)
            + "\n\n" + orig403 + "\n\n")
html403 = simple_html(
    '<div dir="auto">' + br(top403) + '<div dir="ltr"><br><blockquote type="cite"><div>Begin forwarded message:</div>'
    '<br class="Apple-interchange-newline">'
    + "".join(f'<div style="margin: 0px;"><span><b>{esc(k)}</b> </span><span>{esc(v)}</span></div>' for k, v in fwd403)
    + "<br><div>" + br(orig403) + "</div></blockquote></div></div>")
m = new(sender="Mika Sato <sato.m@example.co.jp>", to=["Grace Evans <grace.evans@harbor-tech.example>"],
        cc=["Brian Lee <brian.lee@harbor-tech.example>"],
        subject="Fwd: Visit schedule, Oct 27-29", date="Tue, 14 Oct 2025 10:15:30 +0900",
        msgid="<B7C8D9E0-403F-4A1B-8C2D-3E4F5A6B7C8D@example.co.jp>",
        mailer=("X-Mailer", "Apple Mail (2.3826.700.81)"))
m.set_content(plain403, charset="utf-8", cte="7bit")
m.add_alternative(html403, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["403_control_en_applemail_fwd_own_schedule.eml"] = finish(m, "403")

# ===================================================================================== 404
# Control: Becky! plain reply (Shift_JIS, base64) quoting a supplier's HTML quotation mail with '>'
# and, at '>>', the sender's own earlier request with his own signature (same as on top).
sig404 = ("-- \n株式会社エグザンプル 資材部\n河合 修\n" + COMPANY_ADDR + "\nTEL 03-6453-2325 / FAX 03-6453-2329\n")
body404 = (
    "丸栄工業株式会社\n西川様\n\n"
    "お見積ありがとうございます。エグザンプル資材部の河合です。\n"
    "数量を 250個 → 300個 に増やした場合の単価も併せてご提示いただけますか。\n"
    "納期は 11月5日(水) のままで問題ありません。\n\n" + sig404 + "\n"
    "On Tue, 14 Oct 2025 13:20:05 +0900\n西川 <nishikawa@marue-kogyo.example> wrote:\n\n"
    + quote("エグザンプル 河合様\n\n"
            "お世話になっております。丸栄工業の西川です。\n"
            "ご依頼の件、下記のとおりお見積いたします。\n\n"
            "お見積 No. MT-250114\n"
            "  アルミブラケット AB-150  4,800円 × 250個 = 1,200,000円(税抜)\n"
            "  納期 2025年11月5日、有効期限 2025年11月30日\n\n"
            "丸栄工業株式会社 営業部\n西川\n") + "\n"
    + quote("On Mon, 13 Oct 2025 09:41:30 +0900\n河合 修 <kawai.o@example.co.jp> wrote:\n", 1) + "\n"
    + quote("丸栄工業 西川様\n\nアルミブラケット AB-150 を 250個、11月上旬納期でお見積をお願いします。\n"
            "図面番号 DW-7731 rev.C を添付します。\n\n" + sig404, 2) + "\n")
m = new(sender="河合 修 <kawai.o@example.co.jp>", to=["西川 <nishikawa@marue-kogyo.example>"],
        subject="Re: お見積 No. MT-250114", date="Tue, 14 Oct 2025 15:48:11 +0900",
        msgid="<20251014154811.404B.KAWAI-O@example.co.jp>",
        mailer=("X-Mailer", "Becky! ver. 2.81.04 [ja]"))
m.set_content(body404, charset="shift_jis", cte="base64")
MESSAGES["404_control_sjis_becky_reply_quote_prices.eml"] = finish(m, "404")

# ===================================================================================== 405
# Control: the sender re-sends her own earlier announcement as an attached message/rfc822 whose body is
# HTML only: seminar date, times, fee, room at the company's own address, her own signature.
inner405 = new(sender="大塚 真理 <otsuka.m@example.co.jp>", to=["セミナー参加予定者各位 <otsuka.m@example.co.jp>"],
               subject="【ご案内】設備保全セミナー(11/12)", date="Wed, 01 Oct 2025 10:00:00 +0900",
               msgid="<TYCPR01MB405inner0001@TYCPR01MB405.jpnprd01.prod.outlook.com>")
inner405.set_content(word_html(mso(
    "各位\n\n設備保全セミナーを下記のとおり開催いたします。\n\n"
    "日時: 2025年11月12日(水) 13:30〜16:30(受付 13:00〜)\n"
    "会場: 弊社本社 3階 大会議室\n"
    "参加費: 無料(定員 40名)\n"
    "お申込み: 11月5日(水)までに本メールへご返信ください\n\n"
    "――――――――――――――――\n株式会社エグザンプル マーケティング部\n大塚 真理\n" + COMPANY_ADDR
    + "\n代表 03-6453-1000 / 直通 03-6453-2271\n――――――――――――――――")),
    subtype="html", charset="utf-8", cte="base64")
m = new(sender="大塚 真理 <otsuka.m@example.co.jp>", to=["設備課 <setsubi@hokuto-seimitsu.example>"],
        subject="FW: 【ご案内】設備保全セミナー(11/12)", date="Thu, 16 Oct 2025 09:05:44 +0900",
        msgid="<TYCPR01MB405A9B8C7D6E5F4@TYCPR01MB405.jpnprd01.prod.outlook.com>")
m.set_content("北斗精密株式会社 設備課 御中\n\n"
              "エグザンプル マーケティング部の大塚です。\n"
              "先日お送りしたセミナーのご案内が届いていないとのことでしたので、添付で再送いたします。\n"
              "お申込みは11月5日(水)まで受け付けております。\n\n"
              "――――――――――――――――\n株式会社エグザンプル マーケティング部\n大塚 真理\n" + COMPANY_ADDR
              + "\n代表 03-6453-1000 / 直通 03-6453-2271\n――――――――――――――――\n",
              charset="utf-8", cte="base64")
m.add_attachment(inner405, filename="【ご案内】設備保全セミナー(11_12).eml")
MESSAGES["405_control_rfc822_html_only_own_earlier_mail.eml"] = finish(m, "405")

# ===================================================================================== 406
# English Outlook HTML forward: a hotel guest's mail with his Visa number, a UK mobile and his
# assistant's e-mail, forwarded "for your records" to the travel agency.
hdr406 = [("From:", "Oliver Grant <o.grant@mailbox.example>"), ("Sent:", "Saturday, October 11, 2025 7:32 PM"),
          ("To:", "Reservations <reservations@example.co.jp>"), ("Subject:", "Deposit for booking HX-558201")]
top406 = ("Dear Ms. Walsh,\n\nFor your records, please see the guest's message below regarding the\n"
          "deposit for booking HX-558201 (3 nights from Nov 3, Deluxe Twin).\n\n"
          "Kind regards,\nYuna Hayashi\nReservations | Example Hotels Tokyo\nTel +81 3 6453 2410")
orig406 = ("Hello,\n\nPlease charge the deposit of JPY 58,000 to my Visa card\n"
           f"{g4(CARD406)}, expiry 09/27, name on card OLIVER J GRANT.\n"
           "We will arrive late on Nov 3, around 23:30. If anything changes,\n"
           "my mobile is +44 7700 900418, and please copy my assistant at\n"
           "j.reyes@grant-partners.example.\n\n"
           "Thanks,\nOliver Grant")
plain406 = top406 + "\n\n" + ol_hdr_plain(hdr406) + "\n\n" + orig406 + "\n"
html406 = word_html(mso(top406) + "\n" + mso("") + "\n" + ol_hdr_html(hdr406) + "\n" + mso(orig406)
                    .replace("j.reyes@grant-partners.example.<o:p>",
                             '<a href="mailto:j.reyes@grant-partners.example">j.reyes@grant-partners.example</a>.<o:p>'))
html406 = html406.replace('lang="JA"', 'lang="EN-US"')
m = new(sender="Yuna Hayashi <hayashi.y@example.co.jp>", to=["Claire Walsh <c.walsh@globetrail-travel.example>"],
        subject="FW: Deposit for booking HX-558201", date="Mon, 13 Oct 2025 11:26:02 +0900",
        msgid="<TYWPR01MB406E1F2A3B4C5D6@TYWPR01MB406.jpnprd01.prod.outlook.com>")
m.set_content(plain406, charset="utf-8", cte="quoted-printable")
m.add_alternative(html406, subtype="html", charset="utf-8", cte="base64")
MESSAGES["406_en_outlook_fw_guest_card_intl_mobile.eml"] = finish(m, "406")

# ===================================================================================== 407
# Outlook plain reply (ISO-2022-JP, 7bit) with -----Original Message----- levels: the payment agent's
# request (its TEL), and the customer's HTML mail turned to plain with her refund account and mobile.
body407 = (
    "決済代行サポート 中井様\n\n"
    "お世話になっております。エグザンプル経理部の村上です。\n"
    "ご依頼の返金先口座は、お客様から届いた下記のメールのとおりです。\n"
    "返金額 12,800円(注文番号 250927-1184)の振込をお願いいたします。\n\n"
    "村上\n"
    "――――――――――――――――\n株式会社エグザンプル 経理部\n村上 和彦\n" + COMPANY_ADDR
    + "\nTEL 03-6453-2150\n――――――――――――――――\n\n"
    "-----Original Message-----\n"
    "From: 決済代行サポート 中井 <refund@pay-daiko.example>\n"
    "Sent: Tuesday, October 14, 2025 11:02 AM\n"
    "To: 村上 和彦 <murakami.k@example.co.jp>\n"
    "Subject: 返金先口座のご連絡のお願い(注文番号 250927-1184)\n\n"
    "エグザンプル 村上様\n\n"
    "キャンセル分の返金につき、お客様の返金先口座をお知らせください。\n\n"
    "ペイ代行株式会社 決済サポート\n中井 由美\nTEL 03-5789-2210(平日9時〜18時)\n\n"
    "-----Original Message-----\n"
    "From: 山崎 直子 <naoko.yamazaki@freemail.example>\n"
    "Sent: Monday, October 13, 2025 9:47 PM\n"
    "To: お客様窓口 <support@example.co.jp>\n"
    "Subject: キャンセルの返金について\n\n"
    "注文番号 250927-1184 をキャンセルした山崎です。\n"
    "返金は下記の口座にお願いします。\n\n"
    "  みずほ銀行 渋谷支店\n"
    "  普通 口座番号 3318274\n"
    "  名義 ヤマザキ ナオコ\n\n"
    "何かあれば 090-4418-2290 までお電話ください。\n")
subj407 = "RE: 返金先口座のご連絡のお願い(注文番号 250927-1184)"
m = new(sender="村上 和彦 <murakami.k@example.co.jp>", to=["決済代行サポート 中井 <refund@pay-daiko.example>"],
        subject=subj407, date="Tue, 14 Oct 2025 14:37:26 +0900",
        msgid="<000001dc3d07$407a1b20$2c3d5e60$@example.co.jp>",
        mailer=("X-Mailer", "Microsoft Outlook 16.0"))
m.set_content(body407, charset="iso-2022-jp", cte="7bit")
MESSAGES["407_iso2022jp_original_message_refund_account.eml"] = finish(m, "407", jis_subject=subj407)

# ===================================================================================== 408
# Outlook HTML reply to a customer: his reply with his full signature, the sender's own earlier
# mail with her signature (incl. her mobile), his first mail with the same signature again. The
# sender repeats her own mobile in the top text.
cust_sig408 = ("株式会社ひまわり不動産 総務部\n長尾 隆\n〒460-0003 愛知県名古屋市中区錦2-14-21 錦ビル5F\n"
               "TEL 052-201-3345 / 携帯 090-8817-2264\nt.nagao@himawari-fudosan.example")
own_sig408 = ("――――――――――――――――\n株式会社エグザンプル 法人営業部\n小林 さやか\n" + COMPANY_ADDR
              + "\nTEL 03-6453-2245 / 携帯 080-3352-9918\nkobayashi.s@example.co.jp\n――――――――――――――――")
hdrA = [("差出人:", "長尾 隆 <t.nagao@himawari-fudosan.example>"), ("送信日時:", "2025年10月15日 水曜日 9:14"),
        ("宛先:", "小林 さやか <kobayashi.s@example.co.jp>"), ("件名:", "RE: 複合機入替の立会いについて")]
hdrB = [("差出人:", "小林 さやか <kobayashi.s@example.co.jp>"), ("送信日時:", "2025年10月14日 火曜日 17:40"),
        ("宛先:", "長尾 隆 <t.nagao@himawari-fudosan.example>"), ("件名:", "RE: 複合機入替の立会いについて")]
hdrC = [("差出人:", "長尾 隆 <t.nagao@himawari-fudosan.example>"), ("送信日時:", "2025年10月14日 火曜日 11:05"),
        ("宛先:", "小林 さやか <kobayashi.s@example.co.jp>"), ("件名:", "複合機入替の立会いについて")]
top408 = ("長尾様\n\nご確認ありがとうございます。では10/22(水) 10:00 に伺います。\n"
          "当日何かございましたら、私の携帯 080-3352-9918 までご連絡ください。\n\n小林")
a408 = "小林様\n\n10/22(水) 10:00 で大丈夫です。5階受付でお呼び出しください。\n\n" + cust_sig408
b408 = ("長尾様\n\nお世話になっております。エグザンプルの小林です。\n"
        "立会いの候補日は 10/21(火) 15:00 または 10/22(水) 10:00 です。\n"
        "作業時間は1時間半ほど、旧機(型番 MX-4150)は当日回収いたします。\n\n" + own_sig408)
c408 = ("エグザンプル 小林様\n\n複合機の入替日程について、立会いの候補日をいただけますか。\n"
        "来週でしたらどの日でも対応できます。\n\n" + cust_sig408)
plain408 = (top408 + "\n\n" + own_sig408 + "\n\n" + ol_hdr_plain(hdrA) + "\n\n" + a408 + "\n\n"
            + ol_hdr_plain(hdrB) + "\n\n" + b408 + "\n\n" + ol_hdr_plain(hdrC) + "\n\n" + c408 + "\n")
html408 = word_html("\n".join([mso(top408), mso(""), mso(own_sig408), mso(""), ol_hdr_html(hdrA), mso(a408),
                               mso(""), ol_hdr_html(hdrB), mso(b408), mso(""), ol_hdr_html(hdrC), mso(c408)]))
m = new(sender="小林 さやか <kobayashi.s@example.co.jp>", to=["長尾 隆 <t.nagao@himawari-fudosan.example>"],
        subject="RE: 複合機入替の立会いについて", date="Wed, 15 Oct 2025 09:41:55 +0900",
        msgid="<OSZPR01MB408B2C3D4E5F6A7@OSZPR01MB408.jpnprd01.prod.outlook.com>")
m.set_content(plain408, charset="utf-8", cte="base64")
m.add_alternative(html408, subtype="html", charset="utf-8", cte="base64")
MESSAGES["408_outlook_reply_customer_sig_own_sig_between.eml"] = finish(m, "408")

# ===================================================================================== 409
# multipart/alternative with an EMPTY text/plain part; the HTML (Outlook, 差出人 block) forwards a web
# rental application to a management company: DOB, 〒 + address, mobile, workplace TEL, e-mail.
hdr409 = [("差出人:", "賃貸申込フォーム <form@chintai.example.co.jp>"), ("送信日時:", "2025年10月16日 木曜日 22:18"),
          ("宛先:", "賃貸営業課 <chintai@example.co.jp>"), ("件名:", "【入居申込】ルミエール本郷 402号室")]
top409 = ("中央ハウスマネジメント 管理課 御中\n\n"
          "エグザンプル賃貸営業課の清水です。\n"
          "ルミエール本郷402号室の入居申込が入りましたので、申込内容を転送いたします。\n"
          "入居審査のほど、よろしくお願いいたします。\n")
sig409 = ("――――――――――――――――\n株式会社エグザンプル 賃貸営業課\n清水 陽介\n" + COMPANY_ADDR
          + "\nTEL 03-6453-2333\n――――――――――――――――")
form409 = ("【入居申込】ルミエール本郷 402号室\n\n"
           "申込者氏名: 藤田 遥\n"
           "生年月日: 平成7年12月3日\n"
           "現住所: 〒113-0033 東京都文京区本郷4-8-13 本郷ハイツ201\n"
           "携帯電話: 070-2248-6613\n"
           "メール: haruka.fujita1203@freemail.example\n"
           "勤務先: 株式会社ミナトデザイン(東京都港区)\n"
           "勤務先電話: 03-5442-8170\n"
           "年収: 420万円\n"
           "入居希望日: 2025年11月15日")
html409 = word_html("\n".join([mso(top409), mso(sig409), mso(""), ol_hdr_html(hdr409), mso(form409)]))
m = new(sender="清水 陽介 <shimizu.y@example.co.jp>", to=["管理課 <kanri@chuo-house-mg.example>"],
        subject="FW: 【入居申込】ルミエール本郷 402号室", date="Fri, 17 Oct 2025 10:07:31 +0900",
        msgid="<TY4PR01MB409C3D4E5F6A7B8@TY4PR01MB409.jpnprd01.prod.outlook.com>")
m.set_content("\n", charset="utf-8", cte="7bit")
m.add_alternative(html409, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["409_mime_alt_empty_plain_html_rental_application.eml"] = finish(m, "409")

# ===================================================================================== 410
# English Gmail forward (text + HTML gmail_quote) of a US customer's mail with his +1 numbers and
# e-mail, and his Tokyo liaison's phone and romaji address with 〒, sent on to a Japanese maker.
fwd410 = ("---------- Forwarded message ---------\n"
          "From: Daniel Brooks <dbrooks@brooks-imports.example>\n"
          "Date: Wed, Oct 15, 2025 at 7:58 AM\n"
          "Subject: Re: Sample lot for holiday catalog\n"
          "To: Aiko Mori <mori.a@example.co.jp>\n"
          "Cc: Yuki Tanaka <y.tanaka@brooks-imports.example>\n")
orig410 = ("Hi Aiko,\n\n"
           "Thanks for the update. We'd like the 24-piece sample lot (SKU HC-2210 to HC-2233)\n"
           "shipped directly to our Tokyo liaison, Yuki Tanaka, by Oct 24 so she can check\n"
           "the packaging before it goes to San Francisco:\n\n"
           "  Yuki Tanaka, Brooks Imports Japan\n"
           "  2-11-8 Higashi-Azabu, Minato-ku, Tokyo 106-0044\n"
           "  Tel 03-5412-7730\n\n"
           "Best,\nDaniel Brooks\nPurchasing Director | Brooks Imports LLC\n"
           "Direct +1 415 555 0137\ndbrooks@brooks-imports.example")
top410 = ("丸和工芸 佐野様\n\n"
          "お世話になっております。エグザンプル海外営業部の森です。\n"
          "米国のお客様から、サンプル24点を東京の連絡先へ直送してほしいとの依頼がありました。\n"
          "発送先は下記メールのとおりです。10月24日(金)必着でお願いできますでしょうか。\n\n"
          "-- \n森 愛子\n株式会社エグザンプル 海外営業部\nTEL 03-6453-2292\n")
plain410 = top410 + "\n" + fwd410 + "\n\n" + orig410 + "\n"
html410 = simple_html(
    '<div dir="ltr">' + br(top410.split("-- \n")[0]) + '<span class="gmail_signature_prefix">-- </span><br>'
    '<div dir="ltr" class="gmail_signature">' + br(top410.split("-- \n")[1].rstrip()) + "</div></div><br>"
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + br(fwd410.rstrip())
    + '<br></div><br><br><div dir="ltr">' + br(orig410).replace("<br>\ndbrooks@brooks-imports.example",
             '<br>\n<a href="mailto:dbrooks@brooks-imports.example">dbrooks@brooks-imports.example</a>')
    + "</div></div>")
m = new(sender="森 愛子 <mori.a@example.co.jp>", to=["佐野 <sano@maruwa-kogei.example>"],
        subject="Fwd: Sample lot for holiday catalog", date="Thu, 16 Oct 2025 13:44:09 +0900",
        msgid="<CAK410xT5uVw+Ry7Pq2@mail.gmail.com>", mailer=None)
m.set_content(plain410, charset="utf-8", cte="quoted-printable")
m.add_alternative(html410, subtype="html", charset="utf-8", cte="quoted-printable")
MESSAGES["410_en_gmail_fwd_us_customer_tokyo_liaison.eml"] = finish(m, "410")

# ===================================================================================== 411
# Outlook plain thread (ISO-2022-JP) about a site: five other people's phones across the levels
# (owner, building manager, partner's office, its foreman, an internal colleague's mobile); the
# sender's own mobile in the body repeats his signature.
body411 = (
    "青葉リフォーム 村田様\n\n"
    "エグザンプルの三宅です。下記の流れのとおり、10/23(木) 9:00 着工で確定です。\n"
    "当日の朝は私も現場に入ります(携帯 080-3390-1214)。\n\n"
    "-- \n三宅 亮\n株式会社エグザンプル リフォーム事業部\n" + COMPANY_ADDR
    + "\nTEL 03-6453-2340 / 携帯 080-3390-1214\n\n"
    "-----Original Message-----\n"
    "From: 中島 悠 <nakajima.h@example.co.jp>\n"
    "Sent: Friday, October 17, 2025 6:12 PM\n"
    "To: 三宅 亮 <miyake.r@example.co.jp>\n"
    "Subject: RE: 美しが丘 宮田様邸 浴室改修の着工日\n\n"
    "三宅さん\n\n"
    "図面は最終版(rev.4)で施主承認済みです。\n"
    "管理人室(045-901-2283)には共用部養生の届けを出しておきました。\n\n"
    "設計課 中島\n携帯 070-4481-2209\n\n"
    "-----Original Message-----\n"
    "From: 村田 <murata@aoba-reform.example>\n"
    "Sent: Friday, October 17, 2025 2:40 PM\n"
    "To: 三宅 亮 <miyake.r@example.co.jp>\n"
    "Cc: 中島 悠 <nakajima.h@example.co.jp>\n"
    "Subject: 美しが丘 宮田様邸 浴室改修の着工日\n\n"
    "エグザンプル 三宅様\n\n"
    "宮田様(施主 携帯 090-5527-3318)と話し、10/23(木) 9:00 着工でご了承いただきました。\n"
    "現場は 横浜市青葉区美しが丘2-18-5 グリーンヒル美しが丘 305号室 です。\n"
    "職人は2名、工期は5日間の予定です。当日の現場責任者は職長の岡(携帯 080-2214-6673)です。\n\n"
    "青葉リフォーム株式会社 工事部\n村田 健二\n事務所 045-934-5510\n")
subj411 = "RE: 美しが丘 宮田様邸 浴室改修の着工日"
m = new(sender="三宅 亮 <miyake.r@example.co.jp>", to=["村田 <murata@aoba-reform.example>"],
        cc=["中島 悠 <nakajima.h@example.co.jp>"],
        subject=subj411, date="Mon, 20 Oct 2025 08:31:17 +0900",
        msgid="<000001dc4150$411b2c30$4d5e6f70$@example.co.jp>")
m.set_content(body411, charset="iso-2022-jp", cte="7bit")
MESSAGES["411_iso2022jp_outlook_thread_five_phones.eml"] = finish(m, "411", jis_subject=subj411)

# ===================================================================================== 412
# message/rfc822 inside message/rfc822: a colleague's forward-as-attachment, itself carrying the
# customer's Shift_JIS HTML-only 口座振替 change request (bank account, 〒 + address, phone); sent on
# to the collection agency.
cust412 = new(sender="佐々木 和子 <kazuko.s@isp-mail.example>", to=["お客様窓口 <support@example.co.jp>"],
              subject="口座振替の変更をお願いします", date="Sat, 11 Oct 2025 15:20:44 +0900",
              msgid="<20251011152044.412cust@isp-mail.example>", mailer=("X-Mailer", "Webmail 3.2"))
cust412.set_content(simple_html(
    "<p>エグザンプル お客様窓口 御中</p>"
    "<p>ウォーターサーバーの代金の引き落とし口座を、次のとおり変更してください。</p>"
    "<table border=\"1\" cellpadding=\"3\">"
    "<tr><td>契約者</td><td>佐々木 和子</td></tr>"
    "<tr><td>契約番号</td><td>WS-0231874</td></tr>"
    "<tr><td>ご住所</td><td>〒980-0811 宮城県仙台市青葉区一番町2-5-22 一番町パレス803</td></tr>"
    "<tr><td>お電話</td><td>022-262-4718</td></tr>"
    "<tr><td>新しい口座</td><td>三井住友銀行 仙台支店 普通 6620418</td></tr>"
    "<tr><td>口座名義</td><td>ササキ カズコ</td></tr>"
    "</table><p>11月分からの変更を希望します。よろしくお願いいたします。</p>", "shift_jis"),
    subtype="html", charset="shift_jis", cte="base64")
mid412 = new(sender="窓口 前田 <maeda.t@example.co.jp>", to=["請求課 <seikyu@example.co.jp>"],
             subject="FW: 口座振替の変更をお願いします", date="Mon, 13 Oct 2025 10:02:11 +0900",
             msgid="<TY5PR01MB412midA1B2C3D4@TY5PR01MB412.jpnprd01.prod.outlook.com>")
mid412.set_content("請求課 各位\n\nお客様から口座振替の変更依頼が届きました。添付のとおりです。\n"
                   "対応をお願いします。\n\nお客様窓口 前田(内線 2471)\n", charset="utf-8", cte="base64")
mid412.add_attachment(cust412, filename="口座振替の変更をお願いします.eml")
m = new(sender="請求課 藤井 <fujii.k@example.co.jp>", to=["口座振替センター <furikae@shuno-daiko.example>"],
        subject="FW: 口座振替の変更をお願いします", date="Tue, 14 Oct 2025 13:15:08 +0900",
        msgid="<TY5PR01MB412E5F6A7B8C9D0@TY5PR01MB412.jpnprd01.prod.outlook.com>")
m.set_content("収納代行 口座振替センター 御中\n\n"
              "エグザンプル請求課の藤井です。\n"
              "契約者様から振替口座の変更依頼がありましたので、添付のメールのとおり\n"
              "11月振替分からの変更手続きをお願いいたします。\n\n"
              + sig("請求課", "藤井 圭", "03-6453-2160"), charset="utf-8", cte="base64")
m.add_attachment(mid412, filename="FW 口座振替の変更をお願いします.eml")
MESSAGES["412_nested_rfc822_sjis_html_only_direct_debit.eml"] = finish(m, "412")


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
