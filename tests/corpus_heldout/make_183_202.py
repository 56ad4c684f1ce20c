"""Writes held-out messages 183-202 into tests/corpus_heldout/ (deterministic).

Theme: how mail clients and people actually write things. The same personal data as elsewhere in
the corpus, but written or encoded the way real senders and real clients produce it:
format=flowed (DelSp=yes) with a soft break inside a phone number and an address, Apple Mail
quoted-printable with soft breaks inside a card number and a mobile number, an ISO-2022-JP body in
base64 with full-width digits, a Shift_JIS body with ー / ― / − / ‐ / ideographic-space
separators, Word HTML with digits split over <span> runs and <o:p>, an HTML table with &nbsp; /
&#12288; between digit groups and <br> inside addresses, a Gmail forward, an Outlook 差出人/送信日時
forward, an iPhone reply with Apple quoting, a top-posted reply over a five-level '>' thread, an
English mail hard-wrapped at 72 columns through a card number, 漢数字 / 番地 addresses with 和暦
dates of birth, a phone number inside an RFC 2047 Subject split over two encoded-words, a My Number
in an attachment's (RFC 2047) file name, and My Numbers with full-width digits, ideographic spaces,
U+2010 hyphens and NBSPs. Controls: a VPN support case (IPs, versions, log IDs, timestamps), a
bookshop's ISBN order, an HTML newsletter, an internal facilities notice, a QP shipping notice with
soft breaks inside SSCC and order numbers.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_183_202.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
Raw encodings (format=flowed, QP soft breaks, hand-built HTML, split encoded-words) are built
byte by byte here, since EmailMessage would re-encode them.
"""

from __future__ import annotations

import base64
import html
import struct
import zlib
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

from stdnum import ean, isbn, luhn
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}
BRK = "\x00"  # marks a soft line break placed by the "client" (flowed or quoted-printable)

# Check digits of the made-up numbers (cards pass Luhn, My Numbers pass their check; the
# look-alikes of the controls fail them or carry no label).
CARD184 = "4980318227466606"
CARD193 = "4970101234567893"
MN196 = "482177305515"
MN197 = ("582033174623", "704188293562", "330961528747")
for _c in (CARD184, CARD193):
    assert luhn.is_valid(_c)
for _m in (MN196, *MN197):
    assert in_.is_valid(_m)
for _o in ("4980118250030412", "5210884413306628", "3540119088214406", "4539201188302417"):
    assert not luhn.is_valid(_o)
assert not cn.is_valid("2503110042817")
assert in_.is_valid("441722089134")  # 202: a 送り状番号 with a valid check digit, no label
assert ean.calc_check_digit("34567890123456789") == "5" and ean.is_valid("4901234567894")
for _i in ("978-4-06-521938-6", "9784101006123", "978-4-87311-778-2", "4-10-109205-2"):
    assert isbn.is_valid(_i)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode(linesep="\r\n")


def enc_addr(name: str, email: str, charset: str = "utf-8") -> str:
    if name.isascii():
        return formataddr((name, email))
    return f"{Header(name, charset).encode(linesep=chr(13) + chr(10))} <{email}>"


def raw_message(headers: list[tuple[str, str]], body: bytes) -> bytes:
    """headers: (name, already-encoded value) in order; body: bytes with CRLF line ends."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return head.encode("ascii") + b"\r\n" + body


def std_headers(*, sender, to, subject, date, msgid, cc=None, bcc=None, mailer=None,
                charset="utf-8", raw_subject=None) -> list[tuple[str, str]]:
    h = [("From", enc_addr(*sender, charset)), ("To", ", ".join(enc_addr(n, a, charset) for n, a in to))]
    if cc:
        h.append(("Cc", ", ".join(enc_addr(n, a, charset) for n, a in cc)))
    if bcc:
        h.append(("Bcc", ", ".join(bcc)))
    h += [("Subject", raw_subject if raw_subject is not None else enc_header(subject, charset)),
          ("Date", date), ("Message-ID", msgid)]
    if mailer:
        h.append(mailer)
    h.append(("MIME-Version", "1.0"))
    return h


def qp_encode(text: str, charset: str = "utf-8", width: int = 75) -> str:
    """Quoted-printable with greedy soft breaks at `width`, plus a forced soft break at each BRK."""
    out_lines = []
    for line in text.split("\n"):
        tokens: list[str] = []
        for i, ch in enumerate(line):
            if ch == BRK:
                tokens.append(BRK)
            elif ch == "=" or not (32 <= ord(ch) < 127):
                tokens.append("".join(f"={b:02X}" for b in ch.encode(charset)))
            elif ch == " " and (i == len(line) - 1 or line[i + 1] == BRK):
                tokens.append("=20")
            else:
                tokens.append(ch)
        cur = ""
        for t in tokens:
            if t == BRK:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > width:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines) + "\r\n"


def b64_lines(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def tiny_png(rgb=(200, 200, 200)) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"\x00" + bytes(rgb) * 4
    rows = raw * 4
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def em_message(*, sender, to, subject, date, msgid, body, html_body=None, cc=None, bcc=None,
               mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
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
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte="base64")
    if html_body is not None:
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])
    return msg.as_bytes()


def sig(company: str, name: str, tel: str, extra: str = "") -> str:
    return f"-- \n{company}\n{name}\nTEL {tel}{extra}\nhttps://www.example.co.jp/\n"


# ===================================================================================== 183
# Thunderbird, format=flowed; delsp=yes: soft breaks (" " + CRLF, the space deleted when joined)
# inside the site address (本|町5-14-9) and inside the customer's mobile (090-3318-|7402).
text183 = (
    "有限会社エグザンプル設備\n工事課 ご担当者様\n\n"
    "いつもお世話になっております。エグザンプル住建 リフォーム事業部の森田です。\n"
    "3月18日(火)着工の浴室改修工事について、お客様の情報をお送りします。当日" + BRK + "は 8:30 に現地集合でお願いいたします。\n\n"
    "お客様: 北村 和彦 様\n"
    "現場住所: 〒184-0004 東京都小金井市本" + BRK + "町5-14-9\n"
    "当日のご連絡先(ご主人携帯): 090-3318-" + BRK + "7402\n\n"
    "駐車スペースは敷地内に 1 台分あります。工期は 3/18〜3/22 の 5 日間、" + BRK + "ユニットバスは TOTO サザナ 1616 です。\n"
    "よろしくお願いいたします。\n\n"
    + sig("エグザンプル住建株式会社 リフォーム事業部", "森田 真司", "042-388-5100"))
body183 = crlf(text183).replace(BRK, " \r\n").encode("utf-8")
MESSAGES["183_flowed_delsp_phone_address_split.eml"] = raw_message(
    [*std_headers(sender=("リフォーム事業部 森田", "morita@example.co.jp"), to=[("有限会社エグザンプル設備 工事課", "koji@setsubi-partner.example")], subject="3/18 浴室改修工事 お客様情報(小金井市 K様邸)", date="Mon, 10 Mar 2025 09:41:12 +0900", msgid="<a1f0c2e4-183a-4b8e-9d11-20250310094112@example.co.jp>", mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")), ("Content-Type", "text/plain; charset=UTF-8; format=flowed; delsp=yes"), ("Content-Language", "ja"), ("Content-Transfer-Encoding", "8bit")],
    body183)

# ===================================================================================== 184
# Apple Mail, quoted-printable: soft breaks "=\r\n" inside the card number (4980 3182 27=|46 6606)
# and inside the mobile (080-22=|91-4475).
c = CARD184
text184 = (
    "エグザンプル山荘 予約係 ご担当者様\n\n"
    "お世話になっております。株式会社エグザンプル 社長室の小野です。\n"
    "3月22日(土)1泊、2名(特別室「月見」)でご予約の小野寺の件で、\n"
    "事前決済用のカード情報をお送りします。\n\n"
    "カード会社: VISA\n"
    f"カード番号: {c[0:4]} {c[4:8]} {c[8:10]}" + BRK + f"{c[10:12]} {c[12:16]}\n"
    "有効期限: 08/28\n"
    "名義: SEIJI ONODERA\n\n"
    "当日は15時頃に到着予定です。到着が遅れる場合は、本人の携帯 080-22" + BRK + "91-4475 からご連絡いたします。\n"
    "よろしくお願いいたします。\n\n"
    "-- \n株式会社エグザンプル 社長室\n小野 綾香\nTEL 03-5550-2101\n")
MESSAGES["184_applemail_qp_softbreak_card.eml"] = raw_message(
    [*std_headers(sender=("社長室 秘書 小野", "ono@example.co.jp"), to=[("エグザンプル山荘 予約係", "yoyaku@sansou-ryokan.example")], subject="3月22日ご予約(小野寺様 2名)事前決済のカード情報", date="Mon, 10 Mar 2025 11:05:37 +0900", msgid="<6C2B1F0E-184B-4D7A-A1C3-8E0F2D5B7A19@example.co.jp>", mailer=("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
    qp_encode(text184).encode("ascii"))

# ===================================================================================== 185
# ISO-2022-JP body in base64 (and ISO-2022-JP encoded-words): full-width digits and U+2212 minus.
text185 = (
    "株式会社エグザンプル社宅サービス\n法人窓口 ご担当者様\n\n"
    "いつもお世話になっております。株式会社エグザンプル 人事部の平野です。\n"
    "４月１日入社の新入社員１名について、借上社宅の入居申込をお願いいたします。\n\n"
    "　氏名　　　：青山　颯太（アオヤマ　ソウタ）\n"
    "　生年月日　：平成１４年４月２３日\n"
    "　現住所　　：〒９２０−０８６５　石川県金沢市長町二丁目４番１２号\n"
    "　携帯電話　：０８０−６６１２−３４０９\n"
    "　勤務地　　：本社\n"
    "　入居希望日：２０２５年３月２８日\n\n"
    "物件のご提案は、本社まで通勤１時間以内でお願いできれば幸いです。\n\n"
    + sig("株式会社エグザンプル 人事部", "平野 恵", "03-5550-2230"))
MESSAGES["185_iso2022jp_base64_fullwidth.eml"] = raw_message(
    [*std_headers(sender=("人事部 採用担当 平野", "hirano@example.co.jp"), to=[("株式会社エグザンプル社宅サービス 法人窓口", "houjin@shataku-service.example")], subject="新入社員 社宅入居申込(4/1入社 1名)", date="Mon, 10 Mar 2025 14:22:09 +0900", msgid="<20250310142209.185c@example.co.jp>", charset="iso-2022-jp", mailer=("X-Mailer", "Active! mail")), ("Content-Type", 'text/plain; charset="ISO-2022-JP"'), ("Content-Transfer-Encoding", "base64")],
    b64_lines(crlf(text185).encode("iso2022_jp")).encode("ascii"))

# ===================================================================================== 186
# Shift_JIS body, 8bit: five phones with ー (U+30FC), ― (U+2015), − (U+2212), ‐ (U+2010) and
# ideographic-space separators, one in full-width digits.
text186 = (
    "株式会社エグザンプル改修\n工事部 ご担当者様\n\n"
    "いつもお世話になっております。エグザンプル管理の宇野です。\n"
    "エグザンプル成増レジデンス 大規模修繕工事の説明会(4月5日(土)10:00〜、集会室)について、\n"
    "理事会の役員の方々の連絡先をお知らせします。日程調整のご連絡は直接お願いいたします。\n\n"
    "　理事長　　101号室　中山 様　090ー4127ー8853\n"
    "　副理事長　205号室　岡田 様　03―3930―6618\n"
    "　会計　　　306号室　西村 様　080−5562−1907\n"
    "　理事　　　402号室　石井 様　０７０‐３３８１‐６２４０\n"
    "　理事　　　503号室　松田 様　090　2215　7736\n\n"
    "足場の設置は 5月12日(月)〜 の予定です。掲示物の案文は 3/25 までにお送りします。\n\n"
    "-- \nエグザンプル管理株式会社 マンション管理部\n宇野 拓也\nTEL 03-5994-2100 / FAX 03-5994-2101\n")
MESSAGES["186_shiftjis_8bit_phone_separators.eml"] = raw_message(
    [*std_headers(sender=("エグザンプル管理 フロント 宇野", "uno@example.co.jp"), to=[("株式会社エグザンプル改修 工事部", "kouji@kaishu-partner.example")], subject="大規模修繕 工事説明会の件(理事会役員の連絡先)", date="Tue, 11 Mar 2025 10:18:44 +0900", msgid="<20250311101844.186d@example.co.jp>", charset="shift_jis", mailer=("X-Mailer", "EdMax Ver2.86.2F")), ("Content-Type", 'text/plain; charset="Shift_JIS"'), ("Content-Transfer-Encoding", "8bit")],
    crlf(text186).encode("shift_jis"))

# ===================================================================================== 187
# Word HTML (multipart/related with the logo, no text part): 在留カード番号, 生年月日 and the mobile
# split over <span> runs, <o:p></o:p> paragraph ends.
def mso(p: str) -> str:
    return f"<p class=MsoNormal>{p}<o:p></o:p></p>\n"


EN = "<span lang=EN-US>"
html187 = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"ＭＳ ゴシック\";}\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0mm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
    "\tfont-size:10.5pt;\n\tfont-family:\"游ゴシック\",sans-serif;}\n"
    "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style></head>\n"
    "<body lang=JA link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word;text-justify-trim:punctuation'>\n"
    "<div class=WordSection1>\n"
    + mso("株式会社エグザンプル物流") + mso("人事総務課 ご担当者様") + mso("&nbsp;")
    + mso("いつもお世話になっております。エグザンプル・スタッフィングの桑原です。")
    + mso(f"{EN}3</span>月{EN}17</span>日(月)から川越センターで就業を開始するスタッフについて、入館証の発行に必要な情報をお送りします。")
    + mso("&nbsp;")
    + mso(f"氏名：{EN}NGUYEN VAN HUNG</span>(グエン・ヴァン・フン)")
    + mso(f"生年月日：{EN}1996</span>年{EN}9</span>月{EN}14</span>日")
    + mso(f"在留カード番号：{EN}UH</span>{EN}3821</span><span lang=EN-US style='color:black'>9746</span>{EN}FA</span>")
    + mso(f"在留期間満了日：{EN}2027</span>年{EN}6</span>月{EN}30</span>日")
    + f"<p class=MsoNormal>携帯電話：{EN}070</span>{EN}-</span>{EN}8821</span>{EN}-4093<o:p></o:p></span></p>\n"
    + mso("&nbsp;")
    + mso("在留カードの写しは、別途郵送いたします。よろしくお願いいたします。") + mso("&nbsp;")
    + mso("――――――――――――――――――――") + mso("株式会社エグザンプル・スタッフィング 派遣事業部")
    + mso("桑原 直樹") + mso(f"TEL {EN}049-225-3100</span>")
    + mso(f'{EN}<img width=120 height=40 id="図_x0020_1" src="cid:image001.png@01DB9208.3C5A1E40" alt="logo"></span>')
    + mso("――――――――――――――――――――")
    + "</div>\n</body>\n</html>\n")
b187 = "----=_NextPart_000_0187_01DB9208.3C5A1E40"
body187 = (
    "This is a multi-part message in MIME format.\r\n\r\n"
    f"--{b187}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    + qp_encode(html187, width=73)
    + f"\r\n--{b187}\r\nContent-Type: image/png; name=\"image001.png\"\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-ID: <image001.png@01DB9208.3C5A1E40>\r\n\r\n"
    + b64_lines(tiny_png((0, 90, 160)))
    + f"\r\n--{b187}--\r\n")
MESSAGES["187_word_html_span_split_residence_card.eml"] = raw_message(
    [*std_headers(sender=("派遣事業部 桑原", "kuwabara@example.co.jp"), to=[("株式会社エグザンプル物流 人事総務課", "jinji@butsuryu-client.example")], subject="3/17より就業開始のスタッフについて(入館証発行のための情報)", date="Tue, 11 Mar 2025 13:47:02 +0900", msgid="<000f01db9208$3c5a1e40$b50e5ac0$@example.co.jp>", mailer=("X-Mailer", "Microsoft Outlook 16.0")), ("Content-Type", f'multipart/related; type="text/html"; boundary="{b187}"'), ("Thread-Index", "AduSCDxaTkBHqvVqQ8mR8hQf3a2b0w=="), ("Content-Language", "ja")],
    body187.encode("ascii"))

# ===================================================================================== 188
# HTML only (QP) from a web mailer: a table of six pupils' drop-off addresses (a <br> between
# 市区 and 町名) and guardians' phones with &nbsp;, &#12288;, full-width digits and parentheses.
rows188 = [
    ("1", "坂本 悠斗", "中3", "埼玉県さいたま市浦和区<br>常盤6-4-21", "090&nbsp;4472&nbsp;1038"),
    ("2", "原田 心春", "中2", "さいたま市浦和区<br>岸町4-9-3 グランハイツ203", "080-3319-5524"),
    ("3", "小島 蒼", "中3", "埼玉県さいたま市南区<br>別所3丁目12番8号", "０９０&#12288;６６２１&#12288;４９０７"),
    ("4", "杉山 陽菜", "中1", "埼玉県蕨市<br>中央5-2-14", "０４８（４３１）７７６５"),
    ("5", "千葉 大翔", "中2", "埼玉県さいたま市浦和区<br>北浦和2-11-5", "070&nbsp;-&nbsp;2284&nbsp;-&nbsp;6613"),
    ("6", "森本 結衣", "中3", "埼玉県さいたま市緑区<br>東浦和1-8-30-402", "048-874-2290"),
]
html188 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    '<body><div style="font-family:\'MS PGothic\',sans-serif;font-size:10pt">\n'
    "<div>さくら交通 送迎ご担当 様</div><div>&nbsp;</div>\n"
    "<div>いつもお世話になっております。エグザンプルゼミ 浦和校の室長 岡本です。</div>\n"
    "<div>春期講習(3/24〜4/4)の夜間送迎(21:40 校舎発)の対象生徒6名の降車地点と、保護者の連絡先をお送りします。</div>\n"
    "<div>&nbsp;</div>\n"
    '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">\n'
    "<tr><th>No</th><th>生徒名</th><th>学年</th><th>降車地点(自宅)</th><th>保護者連絡先</th></tr>\n"
    + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>\n" for r in rows188)
    + "</table>\n<div>&nbsp;</div>\n"
    "<div>ルートは 1→2→5→6→3→4 の順を想定しています。到着が 22:30 を過ぎる場合はご連絡ください。</div>\n"
    "<div>&nbsp;</div>\n<hr>\n"
    "<div>エグザンプルゼミ 浦和校<br>室長 岡本 健<br>TEL 048-825-4100(15:00〜22:00)</div>\n"
    "</div></body></html>\n")
MESSAGES["188_html_table_nbsp_br_addresses.eml"] = raw_message(
    [*std_headers(sender=("エグザンプルゼミ 浦和校 室長 岡本", "urawa@example.co.jp"), to=[("さくら交通 送迎担当", "sougei@sakura-koutsu.example")], subject="春期講習 夜間送迎の対象生徒(3/24〜4/4)", date="Tue, 11 Mar 2025 16:30:55 +0900", msgid="<20250311163055.188e.urawa@example.co.jp>", mailer=("X-Mailer", "Active! mail")), ("Content-Type", 'text/html; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
    qp_encode(html188).encode("ascii"))

# ===================================================================================== 189
# Gmail forward ("---------- Forwarded message ---------") of a customer's repair request to a
# repair partner: 〒, address, 044(733)5821, a second (mobile) e-mail address in the body.
intro189 = ("吉川です。\n下記のお客様の修理手配をお願いいたします。訪問希望は 3/15(土) 午前とのことです。\n"
            "部品の在庫確認もあわせてお願いします。")
sig189 = "-- \nエグザンプル住設 カスタマーサポート\n吉川 直子\nTEL 0120-555-123"
fwd_hdr189 = ("---------- Forwarded message ---------\n"
              "From: 松本 健二 <kenji.matsumoto@freemail.example>\n"
              "Date: 2025年3月12日(水) 21:14\n"
              "Subject: 給湯器のエラー表示について(修理のお願い)\n"
              "To: <support@example.co.jp>\n")
quoted189 = ("お世話になります。\n"
             "3年前に購入した給湯器(型番 GT-C2462SAWX、製造番号 3K0418827)で、\n"
             "昨日から「E111」のエラーが出てお湯が出ません。修理をお願いできますでしょうか。\n\n"
             "住所: 〒211-0063 神奈川県川崎市中原区小杉町1-403-7 コスギハイツ502\n"
             "電話: 044(733)5821(日中は携帯メールの方が確実です)\n"
             "携帯メール: kenji-m.0412@mobile-mail.example\n\n"
             "よろしくお願いします。\n松本")
text189 = intro189 + "\n\n" + sig189 + "\n\n" + fwd_hdr189 + "\n\n" + quoted189 + "\n"


def br(s: str) -> str:
    return html.escape(s).replace("\n", "<br>")


html189 = (
    f'<div dir="ltr"><div>{br(intro189)}</div><br><span class="gmail_signature_prefix">-- </span><br>'
    f'<div dir="ltr" class="gmail_signature">{br(sig189[4:])}</div><br>'
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
    'From: <strong class="gmail_sendername" dir="auto">松本 健二</strong> <span dir="auto">&lt;'
    '<a href="mailto:kenji.matsumoto@freemail.example">kenji.matsumoto@freemail.example</a>&gt;</span><br>'
    "Date: 2025年3月12日(水) 21:14<br>Subject: 給湯器のエラー表示について(修理のお願い)<br>"
    'To: &lt;<a href="mailto:support@example.co.jp">support@example.co.jp</a>&gt;<br></div><br><br>'
    + "<div>" + br(quoted189).replace(
        "kenji-m.0412@mobile-mail.example",
        '<a href="mailto:kenji-m.0412@mobile-mail.example">kenji-m.0412@mobile-mail.example</a>')
    + "</div></div></div>\n")
MESSAGES["189_gmail_forward_customer_repair.eml"] = em_message(
    sender="吉川 直子 <yoshikawa@example.co.jp>",
    to=["エグザンプル住設サービス 修理受付 <shuri@jyusetsu-service.example>"],
    subject="Fwd: 給湯器のエラー表示について(修理のお願い)", date="Thu, 13 Mar 2025 09:02:18 +0900",
    msgid="<CAJx8f2Q189kP4v0Ym3n+Rz@mail.example.co.jp>", body=text189, html_body=html189, mailer=None)

# ===================================================================================== 190
# Outlook (Japanese UI) forward: the sender's note and signature on top, then the underscore line
# and the 差出人 / 送信日時 / 宛先 / 件名 block, no '>' quoting; S58.3.12, 第…号 licence, dotted mobile.
text190 = (
    "エグザンプル損害保険 事故受付センター ご担当者様\n\n"
    "お世話になっております。エグザンプルレンタカー 予約センターの永井です。\n"
    "下記のとおり、お客様から事故のご連絡がありました。契約番号 RC-2503-00418、\n"
    "免責補償にご加入のお客様です。ご対応をお願いいたします。\n\n"
    "-- \nエグザンプルレンタカー株式会社 予約センター\n永井 俊介\nTEL 03-5550-3300\n\n"
    "________________________________\n"
    "差出人: 河合 浩一 <k.kawai@freemail.example>\n"
    "送信日時: 2025年3月11日 火曜日 18:22\n"
    "宛先: エグザンプルレンタカー 予約センター <rent@example.co.jp>\n"
    "件名: 事故のご報告\n\n"
    "エグザンプルレンタカー 御中\n\n"
    "本日お借りしている車で、駐車場で後退した際に柱に接触してしまいました。\n"
    "相手方はおらず、けが人もありません。リアバンパーに擦り傷とへこみがあります。\n\n"
    "借受人: 河合 浩一\n"
    "生年月日: S58.3.12\n"
    "運転免許証番号: 第３０２１７４４０８５３１号\n"
    "携帯: 090.4471.2290\n"
    "事故発生: 2025年3月11日 16時40分頃 / ショッピングモール立体駐車場 3F\n\n"
    "返却は予定どおり 3/12 の 10 時に伺います。\n河合\n")
MESSAGES["190_outlook_jp_forward_license.eml"] = em_message(
    sender="予約センター 永井 <nagai@example.co.jp>",
    to=["エグザンプル損害保険 事故受付センター <jiko@sonpo-partner.example>"],
    subject="FW: 事故のご報告", date="Wed, 12 Mar 2025 08:51:40 +0900",
    msgid="<TYCP286MB2190A1B2C3D4E5F6A7B8C9D0E1F2A@TYCP286MB2190.JPNP286.PROD.OUTLOOK.COM>",
    body=text190, html_body="<html><body>" + "".join(f"<p>{br(p)}</p>" for p in text190.split("\n\n")) + "</body></html>\n")

# ===================================================================================== 191
# iPhone reply, quoted-printable, Apple quoting ("2025/03/12 9:41、… のメール:" inside the '>' quote):
# the customer's refund account in full-width digits and her phone in the quoted part.
text191 = (
    "経理サービス ご担当者様\n\n"
    "下記のお客様の返金処理をお願いします。金額は 12,800円です。\n\n"
    "iPhoneから送信\n\n"
    "> 2025/03/12 9:41、山口 さくら <sakura.y@freemail.example>のメール:\n"
    "> \n"
    "> エグザンプル 北野様\n"
    "> \n"
    "> お世話になっております。先日注文した加湿器(注文番号 250301-0472)\n"
    "> ですが、届いた商品が破損していたため、返品・返金をお願いします。\n"
    "> 返金先は以下の口座でお願いいたします。\n"
    "> \n"
    "> みずほ銀行 吉祥寺支店\n"
    "> 普通 ２３４８８１０\n"
    "> ヤマグチ サクラ\n"
    "> \n"
    "> ご不明な点があれば 0422-21-5038 までご連絡ください。\n"
    "> \n"
    "> 山口\n")
MESSAGES["191_iphone_reply_quoted_refund_account.eml"] = raw_message(
    [*std_headers(sender=("北野 大輔", "kitano@example.co.jp"), to=[("エグザンプル経理サービス 返金担当", "henkin@keiri-bpo.example")], subject="Re: 返金のお願い(注文番号 250301-0472)", date="Wed, 12 Mar 2025 12:16:03 +0900", msgid="<3F9A2C71-191D-4E0B-8C55-0A7E41D2B9F6@example.co.jp>", mailer=("X-Mailer", "iPhone Mail (22D72)")), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
    qp_encode(text191).encode("ascii"))

# ===================================================================================== 192
# Top-posted reply over a five-level '>' thread: five people's phones, each written differently
# (dots, parentheses, U+2212, U+2010, en dash); the planner's own signature repeated at '>>'.
sig192 = "-- \nエグザンプル・ウェディング プランナー\n石原 美咲\nTEL 03-6455-1200"


def quote(text: str, level: int) -> str:
    """Thunderbird quoting: "> " before a line, ">" before an already quoted one (">> ")."""
    def q(ln: str) -> str:
        if not ln:
            return ">" * level
        return ">" * level + (ln if ln.startswith(">") else " " + ln)
    return "\n".join(q(ln) for ln in text.split("\n"))


m5 = ("小川様\n\n4/19 村上家・藤田家 披露宴の件です。当日の司会と音響の方の連絡先です。\n"
      "司会: 今井 様 070‐4410‐2836\n音響: エグザンプル音響 篠原 様 045–312–7764\n石原")
m4 = ("石原様\n\nありがとうございます。新郎新婦さまの当日の連絡先もいただけますでしょうか。\n"
      "ブーケのお渡しの時間を直接ご相談したいです。\n小川\n\n"
      "On 2025/03/07 15:12, 石原 美咲 wrote:\n" + quote(m5, 1))
m3 = ("小川様\n\n当日の連絡先をお送りします。\n"
      " 新郎 村上 様のご実家: 03(5766)2281\n 新婦 藤田 様: 080−3322−7719\n"
      "ブーケは 10:30 に新婦控室でお渡しください。\n\n" + sig192 + "\n\n"
      "On 2025/03/10 10:20, 小川 真由美 wrote:\n" + quote(m4, 1))
m2 = ("石原様\n\n了解しました。当日の搬入は 9:30 から、会場裏の搬入口を使います。\n"
      "当日の担当は私(小川)で、携帯 090.6634.1187 にご連絡ください。\n小川\n\n"
      "On 2025/03/11 17:45, 石原 美咲 wrote:\n" + quote(m3, 1))
text192 = ("小川様\n\nご確認ありがとうございます。当日の搬入は 9:30 からで承知しました。\n"
           "控室の装花もあわせてよろしくお願いいたします。\n\n" + sig192 + "\n\n"
           "On 2025/03/12 11:02, 小川 真由美 wrote:\n" + quote(m2, 1) + "\n")
MESSAGES["192_toppost_deep_quote_phone_styles.eml"] = raw_message(
    [*std_headers(sender=("石原 美咲", "ishihara@example.co.jp"), to=[("フラワーショップ エグザンプル花 小川", "ogawa@hana-partner.example")], subject="Re: Re: Re: Re: 4/19 村上家・藤田家 披露宴 装花の件", date="Thu, 13 Mar 2025 10:12:48 +0900", msgid="<5d2e8f31-192a-4c7b-b0e2-7f1a9c3d6e50@example.co.jp>", mailer=("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")), ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")],
    crlf(text192).encode("utf-8"))

# ===================================================================================== 193
# English, hard-wrapped at 72 columns by the client (not flowed): the card number breaks over
# two lines; the guest's +81-(0)90 mobile and a US number he rents for the stay.
c = CARD193
lines193 = [
    "Dear Reservations Team,",
    "",
    "Thank you for confirming reservation WBH-7731902 for Mr. Hiroshi Tanaka",
    "(Ocean View King, 5 nights, check-in March 28, check-out April 2).",
    "",
    "As requested, please guarantee the reservation with the guest's own",
    f"Visa card and charge the first night's deposit to it: card number {c[0:4]}",
    f"{c[4:8]} {c[8:12]} {c[12:16]}, expiry 11/27, cardholder name HIROSHI TANAKA. The",
    "remaining balance will be settled by the guest at check-out.",
    "",
    "During the stay Mr. Tanaka can be reached on his mobile,",
    "+81-(0)90-5512-3378 (international roaming), or at +1 (808) 555-0147,",
    "a local phone he is renting for the trip. He arrives on flight HA 458",
    "at 09:35 and would appreciate an early check-in if available.",
    "",
    "Kind regards,",
    "",
    "-- ",
    "Emi Sakamoto",
    "Corporate Travel Desk, Example Travel Co., Ltd.",
    "Tel +81-3-5211-4490",
]
for _ln in lines193:
    assert len(_ln) <= 72, _ln
assert len(lines193[6]) + 1 + len(c[4:8]) > 72  # a 72-column wrap breaks the card number here
MESSAGES["193_en_hardwrap72_card_split.eml"] = raw_message(
    [*std_headers(sender=("Emi Sakamoto", "corp-desk@example.co.jp"), to=[("Reservations", "reservations@waikiki-bay-hotel.example")], subject="Guarantee for reservation WBH-7731902 (Mr. Hiroshi Tanaka, Mar 28 - Apr 2)", date="Thu, 13 Mar 2025 15:40:26 +0900", msgid="<20250313154026.193h@example.co.jp>", mailer=("User-Agent", "Mutt/2.2.13 (2024-03-09)")), ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Disposition", "inline"), ("Content-Transfer-Encoding", "7bit")],
    crlf("\n".join(lines193) + "\n").encode("ascii"))

# ===================================================================================== 194
# 相続: three heirs, 漢数字 / 番地 / 番地の / full-width addresses and 和暦 dates of birth.
text194 = (
    "エグザンプル銀行 相続センター ご担当者様\n\n"
    "いつもお世話になっております。エグザンプル行政書士法人の田村です。\n"
    "受付番号 SZ-2025-00317、故 斉藤 正雄 様(令和6年12月20日ご逝去)の預金相続手続について、\n"
    "相続人3名の情報をお知らせします。戸籍謄本一式は本日郵送いたしました。\n\n"
    "1. 長男 斉藤 一郎\n"
    "   昭和三十二年五月八日生\n"
    "   〒176-0004 東京都練馬区小竹町二丁目四十三番五号\n"
    "2. 長女 木下 和子\n"
    "   昭和３５年１１月２日生\n"
    "   〒３３２－００１２ 埼玉県川口市本町四丁目1番地の2\n"
    "3. 次男 斉藤 浩二\n"
    "   S39.2.27生\n"
    "   〒272-0021 千葉県市川市八幡三丁目3番1号 ハイツ八幡203号室\n\n"
    "遺産分割協議書の写しは 3/21 に郵送予定です。ご不明な点は下記までお問い合わせください。\n\n"
    + sig("エグザンプル行政書士法人 相続手続部", "田村 恭子", "03-5550-4180"))
MESSAGES["194_inheritance_kanji_numeral_addresses.eml"] = em_message(
    sender="相続手続部 田村 <tamura@example.co.jp>",
    to=["エグザンプル銀行 相続センター <souzoku@bank-partner.example>"],
    subject="故 斉藤 正雄 様 相続手続(相続人の情報)", date="Fri, 14 Mar 2025 10:03:51 +0900",
    msgid="<20250314100351.194i@example.co.jp>", body=text194)

# ===================================================================================== 195
# The caller's mobile only in the Subject, as two UTF-8 encoded-words whose split falls inside the
# number ("…090-88" | "12-4476 …"); RFC 2047 joins adjacent encoded-words without the space.
def ew(s: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


subj195 = ew("【折返し依頼】田中様 090-88") + "\r\n " + ew("12-4476 請求書再発行の件")
text195 = (
    "エグザンプル・コンタクト 受託窓口 ご担当者様\n\n"
    "お世話になっております。お客様相談室の福田です。\n"
    "件名のお客様(田中様)から、請求書の再発行について本日 10:05 に入電がありました。\n"
    "担当が不在のため、本日 17 時までに件名の番号へ折返しのご連絡をお願いいたします。\n"
    "お客様番号は C-0048817、対象は 2025年2月分の請求書です。\n\n"
    + sig("株式会社エグザンプル お客様相談室", "福田 亜紀", "0120-555-210"))
MESSAGES["195_subject_encoded_words_split_phone.eml"] = raw_message(
    [*std_headers(sender=("お客様相談室 福田", "fukuda@example.co.jp"), to=[("エグザンプル・コンタクト 受託窓口", "itaku@contact-center.example")], subject="", raw_subject=subj195, date="Fri, 14 Mar 2025 11:20:14 +0900", msgid="<20250314112014.195j@example.co.jp>", mailer=("X-Mailer", "Microsoft Outlook 16.0")), ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "base64")],
    b64_lines(crlf(text195).encode("utf-8")).encode("ascii"))

# ===================================================================================== 196
# A My Number only in an attachment's file name (Outlook-style RFC 2047 name= / filename=); the
# picture itself has no text.
fname196 = f"マイナンバー_中島涼_{MN196}.png"
b196 = "----=_NextPart_000_0196_01DB94A1.7E2C3B10"
text196 = (
    "エグザンプル社会保険労務士事務所 ご担当者様\n\n"
    "いつもお世話になっております。株式会社エグザンプル 人事部の今村です。\n"
    "4月1日入社の中島さんの資格取得届のため、マイナンバーカード(表面)の写しを添付いたします。\n"
    "ファイル名に番号を入れてあります。裏面は本人から届き次第お送りします。\n\n"
    + sig("株式会社エグザンプル 人事部 労務課", "今村 達也", "03-5550-2235"))
ew196 = ew(fname196[:10]) + "\r\n\t" + ew(fname196[10:])
body196 = (
    "This is a multi-part message in MIME format.\r\n\r\n"
    f"--{b196}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + b64_lines(crlf(text196).encode("utf-8"))
    + f"\r\n--{b196}\r\nContent-Type: image/png;\r\n\tname=\"{ew196}\"\r\nContent-Transfer-Encoding: base64\r\n"
    f"Content-Disposition: attachment;\r\n\tfilename=\"{ew196}\"\r\n\r\n"
    + b64_lines(tiny_png((230, 230, 210)))
    + f"\r\n--{b196}--\r\n")
MESSAGES["196_attachment_filename_my_number.eml"] = raw_message(
    [*std_headers(sender=("人事部 労務 今村", "imamura@example.co.jp"), to=[("エグザンプル社会保険労務士事務所", "office@sharoushi-partner.example")], subject="新入社員 マイナンバーカード(写し)の送付", date="Fri, 14 Mar 2025 14:55:30 +0900", msgid="<001a01db94a1$7e2c3b10$7a84b130$@example.co.jp>", mailer=("X-Mailer", "Microsoft Outlook 16.0")), ("Content-Type", f'multipart/mixed; boundary="{b196}"'), ("Content-Language", "ja")],
    body196.encode("ascii"))

# ===================================================================================== 197
# 扶養追加: three labelled My Numbers as people type or paste them: full-width digits with
# ideographic spaces, U+2010 hyphens, NBSPs; three 和暦 dates of birth in three styles.
FW = str.maketrans("0123456789", "０１２３４５６７８９")
a, b_, c_ = MN197
text197 = (
    "エグザンプル社会保険労務士事務所 長尾様\n\n"
    "いつもお世話になっております。株式会社エグザンプル 総務部の大西です。\n"
    "営業部 長谷川の扶養追加(被扶養者異動届)について、必要な情報をお送りします。\n\n"
    "■被保険者\n"
    "　氏名　　：長谷川 翔\n"
    "　生年月日：昭和６１年７月３日\n"
    f"　個人番号：{a[0:4].translate(FW)}　{a[4:8].translate(FW)}　{a[8:12].translate(FW)}\n\n"
    "■被扶養者(追加)\n"
    f"　配偶者　長谷川 由紀　生年月日 S63.10.21　個人番号 {b_[0:4]}‐{b_[4:8]}‐{b_[8:12]}\n"
    f"　長男　　長谷川 蓮　　生年月日 H27.4.5　　個人番号 {c_[0:4]}\u00a0{c_[4:8]}\u00a0{c_[8:12]}\n\n"
    "扶養追加の事由は、配偶者の退職(2025年2月28日)です。退職証明書の写しは郵送いたします。\n\n"
    + sig("株式会社エグザンプル 総務部", "大西 美和", "03-5550-2240"))
MESSAGES["197_dependants_my_numbers_fullwidth_nbsp.eml"] = em_message(
    sender="総務部 大西 <onishi@example.co.jp>",
    to=["エグザンプル社会保険労務士事務所 長尾 <nagao@sharoushi-office.example>"],
    subject="扶養追加(被扶養者異動届)の件 営業部 長谷川", date="Fri, 14 Mar 2025 16:12:05 +0900",
    msgid="<20250314161205.197l@example.co.jp>", body=text197)

# ===================================================================================== 198
# Control: VPN support case to a vendor, format=flowed (delsp=no, the space kept): IPv4 addresses,
# versions and builds, a 13-digit case number, a 10-digit log ID starting with 0, a MAC, timestamps.
text198 = (
    "エグザンプルネットワークス サポートご担当者様\n\n"
    "お世話になっております。株式会社エグザンプル 情報システム課の岩田です。\n"
    "Case 2503110042817 の件、ご依頼のログと構成情報をお送りします。\n\n"
    "■機器\n"
    "型番: FG-60F / シリアル: FGT60FTK2109004417\n"
    "ファームウェア: FortiOS v7.2.8 build1639 (GA)\n"
    "WAN: 203.0.113.45/29 (GW 203.0.113.46)\n"
    "LAN: 10.12.0.254/22, DNS 10.12.0.10 / 10.12.0.11\n"
    "MAC: 00-1A-2B-3C-4D-5E\n\n"
    "■クライアント\n"
    "Windows 11 Pro 23H2 (OS ビルド 22631.4890), KB5051989 適用済み\n"
    "FortiClient 7.2.4.0972\n\n"
    "■ログ抜粋\n"
    "2025-03-11 09:14:22.381 +0900 date=2025-03-11 time=09:14:22 " + BRK
    + "devid=FGT60FTK2109004417 logid=\"0101039426\" type=\"event\" subtype=\"vpn\" " + BRK
    + "level=\"warning\" remip=198.51.100.23 reason=\"dpd timeout\" duration=3612\n"
    "2025-03-11 09:14:23.004 +0900 FortiClient: connection failed, error 0x80070005 " + BRK
    + "(-14), retry 3/3\n\n"
    "発生時刻は 3/11 09:14 頃、影響は約 40 名(在宅勤務者)です。\n"
    "調査をお願いいたします。\n\n"
    + sig("株式会社エグザンプル 情報システム課", "岩田 悟", "03-5550-2190"))
MESSAGES["198_control_vpn_case_ips_versions_flowed.eml"] = raw_message(
    [*std_headers(sender=("情報システム課 岩田", "iwata@example.co.jp"), to=[("エグザンプルネットワークス サポート", "support@networks-vendor.example")], subject="[Case 2503110042817] VPN 接続断の件 ログ送付", date="Tue, 11 Mar 2025 11:38:19 +0900", msgid="<9e1b7c40-198b-4f21-8a6d-3c5e0f2a7b91@example.co.jp>", mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")), ("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", "8bit")],
    crlf(text198).replace(BRK, "\r\n").encode("utf-8"))

# ===================================================================================== 199
# Control: a bookshop's back-order to a distributor: ISBN-13 (hyphenated and not), an ISBN-10 with
# an X-free check digit, full-width quantities and prices, a 16-digit order number failing Luhn,
# a 7-digit 帳合コード.
text199 = (
    "エグザンプル出版販売 注文受付 ご担当者様\n\n"
    "いつもお世話になっております。エグザンプル書店 本店 仕入担当の石川です。\n"
    "3月第3週の追加注文をお送りします。発注番号 4539-2011-8830-2417、帳合コード 3318205 です。\n\n"
    "ISBN 978-4-06-521938-6 ｜ ３０冊 ｜ 本体 ￥１，８００\n"
    "ISBN 9784101006123 ｜ ２０冊 ｜ 本体 ￥６９０\n"
    "ISBN 978-4-87311-778-2 ｜ ５冊 ｜ 本体 ￥３，８００\n"
    "ISBN 978-4-00-310101-8 ｜ １０冊 ｜ 本体 ￥７２０\n"
    "ISBN 4-10-109205-2(旧版・在庫があれば) ｜ ３冊\n\n"
    "合計 ６８冊、納品希望日は 2025年3月19日(水)です。\n"
    "品切れの場合は重版予定日をお知らせください。\n\n"
    + sig("エグザンプル書店 本店 仕入担当", "石川 徹", "03-3292-7110"))
MESSAGES["199_control_bookshop_isbn_order.eml"] = em_message(
    sender="エグザンプル書店 仕入 石川 <shiire@example.co.jp>",
    to=["エグザンプル出版販売 注文受付 <chumon@shuppan-hanbai.example>"],
    subject="3月第3週 追加注文(発注番号 4539-2011-8830-2417)", date="Wed, 12 Mar 2025 17:20:44 +0900",
    msgid="<20250312172044.199n@example.co.jp>", body=text199)

# ===================================================================================== 200
# Control: HTML newsletter (QP, Outlook-like <span> runs and &nbsp;), To itself, customers in Bcc:
# full-width prices, dates, a JAN code, a coupon code; the shop's own 〒/address/TEL in the footer.
html200 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
    '<body style="margin:0;background:#f4f1ea">\n'
    '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
    '<tr><td style="padding:16px;font-size:20px"><b>春の新生活フェア</b>&nbsp;<span style="color:#c00">'
    '3/15<span>(土)</span>〜3/23<span>(日)</span></span></td></tr>\n'
    '<tr><td style="padding:0 16px">いつもエグザンプル家具オンラインストアをご利用いただき、ありがとうございます。<br>'
    "新生活応援として、対象商品が<b>最大30%OFF</b>になります。</td></tr>\n"
    '<tr><td style="padding:16px"><table border="1" cellspacing="0" cellpadding="4">\n'
    "<tr><th>商品</th><th>品番</th><th>JAN</th><th>通常価格</th><th>フェア価格</th></tr>\n"
    "<tr><td>リビングボード 180</td><td>LV-2205-WH</td><td><span>4901234</span><span>567894</span></td>"
    "<td>￥８９，８００</td><td><span style='color:#c00'>￥６２，８６０</span></td></tr>\n"
    "<tr><td>ダイニングチェア 2脚組</td><td>DC-1108-NA</td><td>4569987654324</td>"
    "<td>￥２９，８００</td><td>￥２３，８４０</td></tr>\n"
    "<tr><td>ラグ 200&times;250</td><td>RG-0325-GY</td><td>—</td><td>￥１２，８００</td><td>￥９，９８０</td></tr>\n"
    "</table></td></tr>\n"
    '<tr><td style="padding:0 16px">クーポンコード&nbsp;<b>SPRING0315</b>&nbsp;で、さらに￥１，０００引き'
    "(￥１０，０００以上のご注文、お一人様1回)。<br>配送は 3/17 以降、順次お届けします。</td></tr>\n"
    '<tr><td style="padding:16px;font-size:11px;color:#666"><hr>'
    "エグザンプル家具株式会社 オンラインストア<br>〒530-0001 大阪府大阪市北区梅田1-2-3 エグザンプルビル8F<br>"
    "TEL 06-6345-0000(平日 10:00〜18:00)<br>"
    '配信停止は<a href="https://www.example.co.jp/mail/stop">こちら</a></td></tr>\n'
    "</table></body></html>\n")
MESSAGES["200_control_html_newsletter_bcc.eml"] = raw_message(
    [*std_headers(sender=("エグザンプル家具 オンラインストア", "news@example.co.jp"), to=[("エグザンプル家具 オンラインストア", "news@example.co.jp")], bcc=["hanako.k@freemail.example", "t-ishida@webmail.example", "aya.m@isp-mail.example", "k.yoshida@mail.example"], subject="【春の新生活フェア】3/15(土)から 最大30%OFF", date="Fri, 14 Mar 2025 18:00:00 +0900", msgid="<20250314180000.200o.news@example.co.jp>", mailer=("X-Mailer", "Microsoft Outlook 16.0")), ("Content-Type", 'text/html; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
    qp_encode(html200).encode("ascii"))

# ===================================================================================== 201
# Control: internal-only facilities notice: postal-code-shaped part numbers without 〒 or a label,
# 内線, IPs, asset numbers, times.
text201 = (
    "各部 庶務ご担当者様\n\n"
    "総務部 施設課の小田です。\n"
    "3月22日(土) 8:00〜17:00、本社ビルの電気設備点検のため全館停電となります。\n\n"
    "・停止するもの: 複合機(10.20.3.41〜10.20.3.48)、会議室予約端末、12F サーバー室の UPS 配下機器\n"
    "・UPS バッテリー交換: 品番 150-0043(2台)、530-0001-B(1台)、資産番号 2025-0311-0042\n"
    "・UPS ファームウェア: 2.4.1 → 2.5.0 に更新します\n"
    "・復電確認: 17:00 以降、情報システム課が 10.12.0.10 / 10.12.0.11 の起動を確認します\n\n"
    "当日出社の予定がある方は、3/19(水)までに施設課(内線 4412)へお知らせください。\n\n"
    "-- \n総務部 施設課\n小田 健一\n内線 4412\n")
MESSAGES["201_control_internal_facilities_notice.eml"] = em_message(
    sender="総務部 施設課 小田 <oda@example.co.jp>",
    to=["各部 庶務担当 <shomu@example.co.jp>"], cc=["it-helpdesk@it.example.co.jp"],
    subject="3/22(土) 本社ビル 電気設備点検(全館停電)のお知らせ", date="Mon, 10 Mar 2025 17:05:22 +0900",
    msgid="<20250310170522.201p@example.co.jp>", body=text201)

# ===================================================================================== 202
# Control: shipping notice, QP with soft breaks inside the 16-digit order numbers and the SSCC:
# order numbers failing Luhn (Visa/Master/JCB prefixes), a 4-4-4 送り状番号 with a valid My Number
# check digit but no label, postal-code-shaped 品番, full-width weights.
text202 = (
    "株式会社エグザンプル商事 購買部 ご担当者様\n\n"
    "いつもお世話になっております。エグザンプル物流センター 出荷課の吉村です。\n"
    "3月13日出荷分(3件)のご案内です。\n\n"
    "【1】注文番号 4980-1182-50" + BRK + "03-0412\n"
    "　送り状番号 4417-2208-9134 / SSCC (00)3456789012" + BRK + "34567895\n"
    "　品番 100-0005 ｜ ２４ケース ｜ １２．５ｋｇ\n"
    "【2】注文番号 5210-8844-1330-6628\n"
    "　送り状番号 4417-2208-9145\n"
    "　品番 530-0001 ｜ ６ケース ｜ ３．２ｋｇ\n"
    "【3】注文番号 3540-1190-8" + BRK + "821-4406\n"
    "　送り状番号 4417-2208-9156\n"
    "　品番 150-0043 ｜ １２ケース ｜ ８．０ｋｇ\n\n"
    "お届け予定は 3/14(金) 14:00〜16:00 です。\n\n"
    + sig("エグザンプル物流センター 出荷課", "吉村 浩", "048-999-3100"))
MESSAGES["202_control_qp_shipping_softbreaks.eml"] = raw_message(
    [*std_headers(sender=("物流センター 出荷課 吉村", "yoshimura@example.co.jp"), to=[("株式会社エグザンプル商事 購買部", "kobai@shoji-customer.example")], subject="出荷完了のお知らせ(3/13 出荷分 3件)", date="Thu, 13 Mar 2025 17:48:10 +0900", msgid="<20250313174810.202q@example.co.jp>", mailer=("X-Mailer", "Active! mail")), ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
    qp_encode(text202).encode("ascii"))

for name, data in MESSAGES.items():
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
