"""Writes held-out messages 278-297 into tests/corpus_heldout/ (deterministic).

Theme: mail as phones, HTML editors, scanners and calendar programs produce it.
- Carrier and HTML-heavy mail (278-282): a Shift_JIS 8bit mail with half-width katakana labels
  and 'ｰ' as the phone's hyphen, typed on a company phone to a subcontractor's softbank.ne.jp
  address (278); an Outlook HTML-only mail with &#x30FC; / &#12540; hyphens, an address cut by
  <br>, a phone split over <span>s and &nbsp; spacing (279); an HTML-only reminder whose only phone
  sits in a hidden preheader (display:none) and whose DOB is split over <span>s (280); an
  ISO-2022-JP reply to a docomo.ne.jp address with full-width digits and U+2212 minus signs (281);
  an HTML-only Shift_JIS quoted-printable table whose phones are split over three <td>s (282).
- Scanned forms with an OCR text layer (invisible text over a picture; 283-286, 296): characters
  spaced out (山 田 太 郎, ０ ９ ０ - ...), full-width digits, a phone and an address broken over
  two lines, and OCR confusions (O for 0, l for 1).
- Calendar invitations (287-292, 294): Zoom / Teams / Google Meet bodies with their dial-in
  numbers, meeting IDs and passcodes (text/plain + text/html + text/calendar METHOD=REQUEST), a
  recurring Teams interview series with candidates' DOBs and mobiles (288), a room booking sent to
  the building's reception with visitors' mobiles (289), a Google Calendar .ics with six visits to
  three people (291), a forwarded Outlook invitation whose ATTENDEE lines carry a candidate's
  private address that is not among the envelope's recipients (292).
- Controls (287, 290, 293-297): invitations with dial-ins and IDs only, an HTML newsletter with
  prices and codes, an internal Teams invitation (pass), a carrier-style dispatch mail, an OCR
  delivery note, an English shipping notification.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_278_297.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

import base64
import html
import quopri
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import ean
from stdnum.jp import cn, in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}

# Made-up numbers and their check digits.
MN285 = "48201937552" + in_.calc_check_digit("48201937552")  # the employee's 個人番号 (valid)
assert in_.is_valid(MN285)
TEAMS288 = "428117093556"  # Teams 会議 ID: fails the My Number check
TEAMS294 = "31920485716" + in_.calc_check_digit("31920485716")  # internal Teams ID: valid check digit, no label
COUPON293 = "382910475562"  # coupon code: fails the My Number check
SLIP295 = "440211873326"  # 送り状番号: fails the My Number check
for _t in (TEAMS288, COUPON293, SLIP295):
    assert not in_.is_valid(_t)
assert in_.is_valid(TEAMS294)


def jan(prefix12: str) -> str:
    code = prefix12 + ean.calc_check_digit(prefix12)
    assert ean.is_valid(code) and not cn.is_valid(code)
    return code


def message(*, sender, to, subject, date, msgid, body=None, html_body=None, cal=None, attachments=(),
            cc=None, bcc=None, mailer=("X-Mailer", "Microsoft Outlook 16.0"), text_cte="base64",
            html_cte="quoted-printable") -> bytes:
    """text/plain (+ text/html) (+ text/calendar METHOD=REQUEST), or HTML only when body is None."""
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
    if body is not None:
        msg.set_content(body, charset="utf-8", cte=text_cte)
        if html_body is not None:
            msg.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte)
    else:
        msg.set_content(html_body, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        msg.add_alternative(cal, subtype="calendar", charset="utf-8", cte="base64",
                            params={"method": "REQUEST"})
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        params = {"charset": "utf-8"} if maintype == "text" else None
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    stem = msgid.strip("<>").split("@")[0]
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + stem)
        if attachments and (html_body is not None or cal is not None) and body is not None:
            msg.get_payload()[0].set_boundary("----=_Alt_" + stem)
    return msg.as_bytes()


def raw_message(headers: list[tuple[str, str]], ctype: str, cte: str, body: bytes) -> bytes:
    """A single-part message built by hand (for Shift_JIS / ISO-2022-JP mail as phones send it)."""
    head = [f"{k}: {v}" for k, v in headers]
    head += ["MIME-Version: 1.0", f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


CODECS = {"Shift_JIS": "shift_jis", "ISO-2022-JP": "iso2022_jp"}


def b_word(s: str, charset: str) -> str:
    """An RFC 2047 encoded-word in the charset the phone or mailer uses."""
    return f"=?{charset}?B?" + base64.b64encode(s.encode(CODECS[charset])).decode("ascii") + "?="


def crlf(text: str, codec: str) -> bytes:
    return b"\r\n".join(line.encode(codec) for line in text.split("\n"))


def dash_sig(company: str, name: str, tel: str, extra: str = "") -> str:
    return f"-- \n{company}\n{name}\nTEL {tel}{extra}\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def outlook_html(inner: str) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="ja">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0mm;font-size:10.5pt;font-family:"游ゴシック",sans-serif;}</style>\n'
            '</head>\n<body lang="JA" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + inner + '\n</div>\n</body>\n</html>\n')


def text_html(text: str) -> str:
    """Outlook's HTML alternative of a plain text: one MsoNormal paragraph per line."""
    paras = []
    for line in text.split("\n"):
        paras.append('<p class="MsoNormal">' + (esc(line).replace("  ", "&nbsp; ") or "<o:p>&nbsp;</o:p>") + "</p>")
    return outlook_html("\n".join(paras))


# ---- iCalendar ---------------------------------------------------------------------------

def ics_fold(line: str) -> str:
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcalendar(lines: list[str]) -> str:
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


# ---- a scanned page with an OCR text layer -----------------------------------------------

def gray_jpeg(width: int, height: int) -> bytes:
    """A valid baseline greyscale JPEG, every 8x8 block flat mid-grey (the 'scan')."""
    def seg(marker: int, payload: bytes) -> bytes:
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    nbits = 2 * blocks
    data = bytearray((nbits + 7) // 8)
    if nbits % 8:
        data[-1] = (1 << (8 - nbits % 8)) - 1
    one_code = bytes([1] + [0] * 15) + b"\x00"
    return (b"\xff\xd8"
            + seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8\x00\x00")
            + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, b"\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big") + b"\x01\x01\x11\x00")
            + seg(0xC4, b"\x00" + one_code) + seg(0xC4, b"\x10" + one_code)
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00") + bytes(data) + b"\xff\xd9")


def ocr_pdf(lines: list[tuple[int, int, int, str]], *, producer: str, created: str) -> bytes:
    """One A4 page: a scanned picture with an invisible OCR text layer on top (text render mode 3),
    each line one Tj in a Type0 font (HeiseiKakuGo-W5, UniJIS-UCS2-H) with a ToUnicode CMap, the
    way scanner software writes its searchable PDFs."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(comp), extra) + comp + b"\nendstream"

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
    jpeg = gray_jpeg(1240, 1754)
    img = add(b"<< /Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray "
              b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(jpeg) + jpeg + b"\nendstream")
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
    content += b"".join(b"BT 3 Tr /F1 %d Tf %d %d Td <%s> Tj ET\n" % (sz, x, y, t.encode("utf-16-be").hex().upper().encode())
                        for x, y, sz, t in lines)
    contents = add(stream(content))
    page = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> "
               b"/XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (font, img, contents))
    objs[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    info = add(b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:" + created.encode("ascii") + b"+09'00') >>")
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


def page_lines(rows: list[str], *, top: int = 780, step: int = 24, x: int = 60, size: int = 11) -> list[tuple[int, int, int, str]]:
    return [(x, top - i * step, size, r) for i, r in enumerate(rows) if r]


def spaced(s: str) -> str:
    """OCR output with a space between every character (a scanned form's letter-spaced boxes)."""
    return " ".join(ch for ch in s if ch != " ")


def fw(s: str) -> str:
    """Half-width digits to full-width."""
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# ===================================================================================== 278
# Carrier-style mail typed on a company phone (Shift_JIS 8bit, half-width katakana labels, 'ｰ'
# U+FF70 as the mobile's hyphens), to a one-man subcontractor's softbank.ne.jp address.
text278 = ("田中さん\n"
           "おつかれさまです村井です\n"
           "\n"
           "明日の給湯器交換の件\n"
           "ｵｷｬｸｻﾏ 小池様\n"
           "ｼﾞｭｳｼｮ 東京都武蔵野市吉祥寺本町2-14-7\n"
           "ｹｲﾀｲ 080ｰ3172ｰ9946\n"
           "ｼﾞﾀｸ 0422(51)7730\n"
           "\n"
           "9時半着でお願いします\n"
           "ﾒｰｶｰ品番 GT-C2462SAWX BL\n"
           "駐車ｽﾍﾟｰｽなし 近くのｺｲﾝP使ってください\n"
           "\n"
           "村井\n")
MESSAGES["278_carrier_sjis_hankaku_site_visit.eml"] = raw_message(
    [("From", b_word("村井 剛", "Shift_JIS") + " <murai-t@example.co.jp>"),
     ("To", "tanaka-setsubi.0815@softbank.ne.jp"),
     ("Subject", b_word("明日 吉祥寺 給湯器交換", "Shift_JIS")),
     ("Date", "Tue, 11 Mar 2025 19:42:05 +0900"),
     ("Message-ID", "<20250311194205.m278t@example.co.jp>")],
    "text/plain; charset=Shift_JIS", "8bit", crlf(text278, "shift_jis"))

# ===================================================================================== 279
# Outlook HTML-only mail (QP) to a moving subcontractor's i.softbank.jp address: two moves, each with
# a 搬出元 and a 搬入先; &#x30FC; / &#12540; as hyphens, <br> inside an address, a phone split over
# <span> runs, &nbsp; in a spaced mobile.
td = 'style="border:solid windowtext 1.0pt;padding:0mm 5.4pt 0mm 5.4pt;vertical-align:top"'
html279 = outlook_html(f"""<p class="MsoNormal">引越しのタナベ 田辺様<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">いつもお世話になっております。エグザンプル不動産 賃貸管理部の大西です。<o:p></o:p></p>
<p class="MsoNormal">3月の搬出入2件、下記のとおりお願いいたします。<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td {td}><p class="MsoNormal"><b>日時</b></p></td><td {td}><p class="MsoNormal"><b>お客様</b></p></td>
<td {td}><p class="MsoNormal"><b>搬出元</b></p></td><td {td}><p class="MsoNormal"><b>搬入先</b></p></td>
<td {td}><p class="MsoNormal"><b>連絡先</b></p></td><td {td}><p class="MsoNormal"><b>見積</b></p></td></tr>
<tr><td {td}><p class="MsoNormal">3/22(土)&nbsp;9:00</p></td><td {td}><p class="MsoNormal">近藤&nbsp;和也&nbsp;様</p></td>
<td {td}><p class="MsoNormal">〒164-0001<br>東京都中野区<br>中野3-36-12 ハイツ中野201</p></td>
<td {td}><p class="MsoNormal">〒359-0041<br>埼玉県所沢市中新井4-22-8</p></td>
<td {td}><p class="MsoNormal">090&#x30FC;2218&#x30FC;6473<br>k.kondo.0612@docomo.ne.jp</p></td>
<td {td}><p class="MsoNormal">&yen;86,900<br>(No. H-250311-07)</p></td></tr>
<tr><td {td}><p class="MsoNormal">3/23(日)&nbsp;13:00</p></td><td {td}><p class="MsoNormal">吉川&nbsp;亮&nbsp;様<br>奥様&nbsp;吉川&nbsp;恵&nbsp;様</p></td>
<td {td}><p class="MsoNormal">〒221-0835<br>神奈川県横浜市神奈川区鶴屋町3-30-4</p></td>
<td {td}><p class="MsoNormal">〒220-0011<br><span style="font-family:游ゴシック">神奈川県横浜市</span><span lang="EN-US">西区高島</span><span>2-12-6</span> 高島レジデンス703</p></td>
<td {td}><p class="MsoNormal">ご主人&nbsp;<span lang="EN-US">080</span><span>-</span><span lang="EN-US">4719</span>-<span>2260</span><br>奥様&nbsp;070&nbsp;3386&nbsp;1902</p></td>
<td {td}><p class="MsoNormal">&yen;64,350<br>(No. H-250311-08)</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">鍵の受け渡しは各日とも管理人室（8:30&#12316;）です。<o:p></o:p></p>
<p class="MsoNormal">養生はエレベーター内・共用廊下の両方をお願いします。<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<hr size="1" width="100%" align="left">
<p class="MsoNormal">エグザンプル不動産株式会社 賃貸管理部<br>大西 智子<br>TEL 03-5550-2790 / FAX 03-5550-2791</p>""")
MESSAGES["279_outlook_html_only_moving_entities.eml"] = message(
    sender="大西 智子 <onishi@example.co.jp>", to=["引越しのタナベ 田辺 <tanabe.hikkoshi@i.softbank.jp>"],
    subject="3月 搬出入のお願い(2件)", date="Wed, 12 Mar 2025 16:20:31 +0900",
    msgid="<TYWP286MB0279E5A1@example.co.jp>", html_body=html279)

# ===================================================================================== 280
# HTML-only reminder (base64) from a salon to the customer's ezweb.ne.jp address: her mobile only in
# the hidden preheader (display:none), her DOB split over <span>s in the member-data table.
html280 = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>ご予約確認</title></head>
<body style="margin:0;padding:0;background:#f4f1ec">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#f4f1ec">ご予約日の前日に 090-6621-3078 宛にSMSでもご案内します。&#8203;&nbsp;&#8203;&nbsp;&#8203;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans',sans-serif;font-size:14px;color:#333">
<tr><td style="padding:24px 24px 8px;font-size:18px;font-weight:bold">SALON DE EXAMPLE 表参道</td></tr>
<tr><td style="padding:8px 24px">堀&nbsp;美香&nbsp;様<br><br>ご予約ありがとうございます。下記の内容で承りました。</td></tr>
<tr><td style="padding:8px 24px">
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px">
<tr><th align="left" style="background:#efe8dd;width:35%">ご予約日時</th><td>2025年3月14日(金)&nbsp;10:30&#12316;</td></tr>
<tr><th align="left" style="background:#efe8dd">メニュー</th><td>カット＋カラー（担当：佐伯）</td></tr>
<tr><th align="left" style="background:#efe8dd">料金(目安)</th><td>&yen;8,800（税込）</td></tr>
<tr><th align="left" style="background:#efe8dd">お客様番号</th><td>C-0048217</td></tr>
<tr><th align="left" style="background:#efe8dd">生年月日</th><td><span style="font-weight:bold">1988</span>年<span>7</span>月<span>22</span>日<br><span style="font-size:12px;color:#888">（お誕生月にクーポンをお送りします）</span></td></tr>
<tr><th align="left" style="background:#efe8dd">保有ポイント</th><td>1,240&nbsp;pt（有効期限 2025/09/30）</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666">キャンセルは前日18:00までにお願いします。</td></tr>
<tr><td style="padding:0 24px 24px"><hr style="border:none;border-top:1px solid #ddd">
<span style="font-size:12px;color:#888">SALON DE EXAMPLE 表参道店<br>〒150-0001 東京都渋谷区神宮前4-11-6 2F<br>TEL 03-5550-2808（10:00&#12316;20:00 火曜定休）</span></td></tr>
</table></td></tr></table>
</body></html>
"""
MESSAGES["280_html_preheader_hidden_mobile_salon.eml"] = message(
    sender="SALON DE EXAMPLE 表参道 <reserve@example.co.jp>", to=["mika-h.0722@ezweb.ne.jp"],
    subject="【ご予約確認】3月14日(金) 10:30 SALON DE EXAMPLE 表参道", date="Mon, 10 Mar 2025 12:00:04 +0900",
    msgid="<rsv.20250310120004.280@example.co.jp>", mailer=("X-Mailer", "salon-reserve/2.3"),
    html_body=html280, html_cte="base64")

# ===================================================================================== 281
# ISO-2022-JP (7bit) reply from customer support to the customer's docomo.ne.jp address: full-width
# digits, U+2212 minus signs; the refund account, her 〒 / address and phone.
text281 = ("桜井 弘樹 様\n"
           "\n"
           "エグザンプル通販 お客様相談室の森本でございます。\n"
           "このたびは返品のご連絡をいただき、ありがとうございます。\n"
           "ご注文番号 2503-118842-07 の返品を受け付けました。\n"
           "ご返金先とお引き取り先を下記のとおり承りましたので、お間違いがないかご確認ください。\n"
           "\n"
           "■お引き取り先\n"
           "〒３３０−０８４６\n"
           "埼玉県さいたま市大宮区大門町３−１４−６\n"
           "お電話 ０４８−６４４−２２１７\n"
           "お引き取り日 ３月１８日(火) 午前中\n"
           "\n"
           "■ご返金口座\n"
           "埼玉りそな銀行 大宮支店\n"
           "普通 ３８１９２０４\n"
           "口座名義 サクライ ヒロキ\n"
           "ご返金額 １２，９８０円(３月末までにお振込みします)\n"
           "\n"
           "-- \n"
           "エグザンプル通販 お客様相談室\n"
           "森本 由紀\n"
           "フリーダイヤル 0120-555-281(平日 9:00〜18:00)\n")
MESSAGES["281_iso2022jp_docomo_refund_account.eml"] = raw_message(
    [("From", b_word("エグザンプル通販 お客様相談室", "ISO-2022-JP") + " <support@example.co.jp>"),
     ("To", "h.sakurai.1979@docomo.ne.jp"),
     ("Subject", b_word("【ご返金のご案内】ご登録内容のご確認", "ISO-2022-JP")),
     ("Date", "Fri, 14 Mar 2025 11:05:48 +0900"),
     ("Message-ID", "<20250314110548.281.support@example.co.jp>"),
     ("X-Mailer", "Becky! ver. 2.81.04")],
    "text/plain; charset=ISO-2022-JP", "7bit", crlf(text281, "iso2022_jp"))

# ===================================================================================== 282
# HTML-only Shift_JIS quoted-printable table to a fishing-boat operator: six families' mobiles split
# over three <td>s (電話番号 colspan=3) and their carrier mail addresses.
rows282 = [
    ("小林 智也", ("090", "3318", "2047"), "tomo-k.0314@docomo.ne.jp", "2"),
    ("長尾 亮", ("080", "6674", "1195"), "fish.love.ryo@ezweb.ne.jp", "3"),
    ("石井 敦子", ("070", "2281", "4430"), "a-ishii@softbank.ne.jp", "2"),
    ("水野 直人", ("090", "8842", "6613"), "nao.m-0909@i.softbank.jp", "4"),
    ("片山 和樹", ("080", "1937", "5528"), "kazu.2525@au.com", "2"),
    ("浜田 陽子", ("090", "5506", "7741"), "yk-hamada@ymobile.ne.jp", "3"),
]
trs282 = "\n".join(
    f"<tr><td>{i}</td><td>{name}</td><td align=center>{a}</td><td align=center>{b}</td><td align=center>{c}</td>"
    f"<td>{mail}</td><td align=right>{n}&nbsp;名</td></tr>"
    for i, (name, (a, b, c), mail, n) in enumerate(rows282, 1))
html282 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS Pゴシック'">
<p>光栄丸 船長様<br><br>いつもお世話になっております。エグザンプル釣具 イベント係の坂口です。<br>
4月6日(日)の親子釣り大会の参加者名簿をお送りします(6家族・16名)。<br>
当日の連絡は各家族の代表者の携帯へお願いします。</p>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse;font-size:10pt">
<tr bgcolor="#dde8f4"><th>No.</th><th>代表者</th><th colspan=3>電話番号</th><th>携帯メール</th><th>人数</th></tr>
{trs282}
<tr><td colspan=6 align=right>合計</td><td align=right>16&nbsp;名</td></tr>
</table>
<p>集合 5:30 金沢八景 第2桟橋 / 乗船料 大人 &yen;7,500 子供 &yen;4,000(竿・仕掛け込み)<br>
雨天中止の判断は前日17時にご連絡ください。</p>
<hr>
<p style="font-size:9pt">エグザンプル釣具株式会社 イベント係<br>坂口 大輔<br>TEL 045-555-0282</p>
</body></html>
"""
qp282 = quopri.encodestring(html282.replace("\n", "\r\n").encode("shift_jis"))
MESSAGES["282_html_sjis_qp_phone_split_tds.eml"] = raw_message(
    [("From", b_word("坂口 大輔", "Shift_JIS") + " <sakaguchi@example.co.jp>"),
     ("To", b_word("光栄丸", "Shift_JIS") + " <koeimaru@funayado-kanazawa.example>"),
     ("Subject", b_word("4/6 親子釣り大会 参加者名簿", "Shift_JIS")),
     ("Date", "Mon, 31 Mar 2025 17:44:10 +0900"),
     ("Message-ID", "<20250331174410.282@example.co.jp>"),
     ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
    "text/html; charset=Shift_JIS", "quoted-printable", qp282)

# ===================================================================================== 283
# ScanSnap searchable PDF of a handwritten 入会申込書 兼 口座振替依頼書: the OCR layer spaces out every
# character; the work phone came out with O and l for 0 and 1.
lines283 = page_lines([
    spaced("入会申込書 兼 口座振替依頼書"),
    "受 付 日   ２ ０ ２ ５ 年 ３ 月 １ ０ 日        会 員 番 号  FC-2503-0417",
    spaced("フリガナ") + "   " + spaced("ハセベケンイチ"),
    spaced("お名前") + "   " + spaced("長谷部健一"),
    spaced("生年月日") + "   " + spaced("昭和５８年７月２３日") + "   ( ４ １ 歳 )",
    spaced("ご住所") + "   〒 " + spaced("１６６-０００３"),
    "   " + spaced("東京都杉並区高円寺南４-２７-１１"),
    spaced("携帯電話") + "   " + spaced("０９０-３７２１-６６４８"),
    spaced("勤務先電話") + "   O3-52l2-7784",
    spaced("金融機関") + "   " + spaced("みずほ銀行") + "   " + spaced("荻窪支店"),
    spaced("預金種目") + "   " + spaced("普通") + "     " + spaced("口座番号") + "   " + spaced("４５８１２７３"),
    spaced("口座名義") + "   " + spaced("ハセベケンイチ"),
    spaced("ご希望コース") + "   " + spaced("マンスリー会員") + "  ( 月 額 ７ , ７ ０ ０ 円 )",
], top=790, step=30)
pdf283 = ocr_pdf(lines283, producer="ScanSnap Manager #iX1600 (OCR)", created="20250310184512")
MESSAGES["283_ocr_pdf_spaced_application_debit.eml"] = message(
    sender="フロント 須藤 <sudo@example.co.jp>", to=["口座振替受付センター <furikae@shuno-daiko.example>"],
    subject="口座振替依頼書の送付(3月入会分 1件)", date="Tue, 11 Mar 2025 10:12:40 +0900",
    msgid="<TYAP286MB0283F2B7@example.co.jp>",
    body=("口座振替受付センター ご担当者様\n\n"
          "いつもお世話になっております。フィットネスクラブ エグザンプル高円寺の須藤です。\n"
          "3月入会の会員1名分の入会申込書 兼 口座振替依頼書をスキャンしてお送りします。\n"
          "原本は月末にまとめて郵送いたします。\n\n"
          + dash_sig("フィットネスクラブ エグザンプル高円寺", "須藤 美穂", "03-5550-2830")),
    attachments=[("scan_20250310184512.pdf", "application/pdf", pdf283)])

# ===================================================================================== 284
# A copier's OCR of a faxed お届け先一覧 (gift delivery order): a phone broken over two lines, an
# address broken after the ward, digits spaced out, and one phone OCR'd with O and l.
lines284 = page_lines([
    "2025年03月12日 14:22      フラワーショップ花音                P. 1/1",
    spaced("お届け先一覧") + "   ( ご 依 頼 主 : フ ラ ワ ー シ ョ ッ プ 花 音 様 )",
    "1  井上 千晴 様   〒２５１-００５２",
    "   神奈川県藤沢市藤沢９７３-４",
    "   TEL ０４６６-２２-７１５４     アレンジメント M   1",
    "2  森 浩二 様   〒４６４-０８５０",
    "   愛知県名古屋市千種区今池５-１９-２   TEL 052-731-",
    "   4426     胡蝶蘭 3本立   1",
    "3  佐々木 典子 様   〒９８０-０８１１",
    "   宮城県仙台市青葉区",
    "   一番町３-７-１    TEL ０ ２ ２ - ２ ６ ４ - ７ ７ ０ ８    花束 L   1",
    "4  原田 真一 様   〒８１２-００１１",
    "   福岡県福岡市博多区博多駅前３-２５-１７",
    "   TEL O9O-4l86-2273     アレンジメント L   1",
    "お届け希望日  3月15日(土) 午前   伝票番号は後ほどFAXします",
], top=800, step=26, size=10)
pdf284 = ocr_pdf(lines284, producer="RICOH IM C3000 OCR", created="20250312142530")
MESSAGES["284_ocr_pdf_fax_delivery_list_breaks.eml"] = message(
    sender="営業部 中西 <nakanishi@example.co.jp>", to=["配送受付 <haisou@gift-logi.example>"],
    subject="お届け先一覧(花音様 3/15着 4件)", date="Wed, 12 Mar 2025 14:41:09 +0900",
    msgid="<TYBP286MB0284A3C9@example.co.jp>",
    body=("配送受付 ご担当者様\n\n"
          "お世話になっております。エグザンプル園芸 営業部の中西です。\n"
          "フラワーショップ花音様からFAXで届いたお届け先一覧をスキャンしてお送りします。\n"
          "3月15日(土)午前着で4件の手配をお願いします。\n\n"
          + dash_sig("エグザンプル園芸株式会社 営業部", "中西 拓也", "0466-55-0284")),
    attachments=[("FAX_20250312_1422.pdf", "application/pdf", pdf284)])

# ===================================================================================== 285
# A copier's OCR of a 扶養控除等申告書 to the 社労士: the employee's 個人番号 in spaced full-width
# digits, the spouse's 個人番号 OCR'd with O and l; three DOBs; the employee's address.
mn285_fw = spaced(fw(MN285))
lines285 = page_lines([
    spaced("令和７年分 給与所得者の扶養控除等（異動）申告書"),
    spaced("所轄税務署長") + "  " + spaced("吹田税務署長"),
    spaced("あなたの氏名") + "   " + spaced("岡田直樹") + "      " + spaced("世帯主") + "  " + spaced("本人"),
    spaced("あなたの個人番号") + "   " + mn285_fw,
    spaced("あなたの生年月日") + "   " + spaced("昭和５９年４月１８日"),
    spaced("あなたの住所") + "   〒 ５ ６ ４ - ０ ０ ６ ３",
    "   " + spaced("大阪府吹田市江坂町１-２３-５") + "   ５ ０ ２",
    spaced("源泉控除対象配偶者") + "   " + spaced("岡田由美") + "   " + spaced("個人番号") + "  7O3l 6829 44l5",
    "   " + spaced("生年月日") + "   " + spaced("昭和６１年１１月３日"),
    spaced("控除対象扶養親族") + "   " + spaced("岡田陽太") + "   " + spaced("続柄") + " " + spaced("子"),
    "   " + spaced("生年月日") + "   " + spaced("平成２７年５月９日"),
    spaced("提出日") + "   " + spaced("令和７年１月１０日"),
], top=800, step=30, size=10)
pdf285 = ocr_pdf(lines285, producer="Canon iR-ADV C3720 (OCR)", created="20250120091530")
MESSAGES["285_ocr_pdf_fuyou_my_number_spaced.eml"] = message(
    sender="総務部 西田 <nishida@example.co.jp>", to=["山本社会保険労務士事務所 <office@yamamoto-sr.example>"],
    subject="扶養控除等申告書(岡田) スキャン送付", date="Mon, 20 Jan 2025 09:31:02 +0900",
    msgid="<TYCP286MB0285B0D4@example.co.jp>",
    body=("山本社会保険労務士事務所 ご担当者様\n\n"
          "いつもお世話になっております。エグザンプル化成 総務部の西田です。\n"
          "年末調整の追加分として、岡田の扶養控除等申告書をスキャンしてお送りします。\n"
          "配偶者の個人番号欄が読みにくいため、確認のうえ改めてお知らせします。\n\n"
          + dash_sig("エグザンプル化成株式会社 総務部", "西田 綾", "06-5550-2850")),
    attachments=[("扶養控除等申告書_岡田.pdf", "application/pdf", pdf285)])

# ===================================================================================== 286
# English: a ryokan's scanned guest registration cards (OCR layer) to the travel agency: the
# Japanese guest's passport number and DOB spaced out; the Korean guest's passport OCR'd with O and
# l, his DOB readable.
lines286 = page_lines([
    "GUEST REGISTRATION CARD  /  宿 泊 者 登 録 票",
    "Arrival  2 0 2 5 / 0 4 / 0 3      Departure  2 0 2 5 / 0 4 / 0 5      Room  桔 梗",
    "1.  Name   S U Z U K I   H A R U T O",
    "    Nationality   J A P A N",
    "    Passport No.   T R 7 7 3 0 2 1 8",
    "    Date of Birth   2 2 / 0 6 / 1 9 8 4",
    "2.  Name   L E E   M I N J U N",
    "    Nationality   K O R E A",
    "    Passport No.   M5O4l8273",
    "    Date of Birth   1 7 / 1 1 / 1 9 9 0",
    "Booking Ref.  KT-250403-0917      Guests  2      Plan  Kaiseki dinner & breakfast",
], top=790, step=30, size=11)
pdf286 = ocr_pdf(lines286, producer="EPSON Scan 2 (OCR)", created="20250403173022")
MESSAGES["286_en_ocr_pdf_registration_cards.eml"] = message(
    sender="Ryokan Example Kyoto Front Desk <front@example.co.jp>",
    to=["Inbound Desk <inbound@east-asia-tours.example>"],
    subject="Registration cards KT-250403-0917 (2 guests)", date="Thu, 03 Apr 2025 17:40:55 +0900",
    msgid="<TYDP286MB0286C7E1@example.co.jp>",
    body=("Dear Inbound Desk,\n\n"
          "As requested, please find attached the scanned guest registration cards for booking\n"
          "KT-250403-0917 (check-in 3 April, 2 nights, room Kikyo).\n\n"
          "Best regards,\n\n"
          + "-- \nRyokan Example Kyoto, Front Desk\nMariko Ueda\nTel +81 75-555-0286\n"),
    attachments=[("registration_KT-250403-0917.pdf", "application/pdf", pdf286)])

# ===================================================================================== 287
# Control: a Zoom invitation (Outlook add-in; text + HTML + calendar) to a partner: meeting ID,
# passcode, one-tap and 所在地でダイヤル numbers; ATTENDEE lines are the envelope's own addresses.
zoom287 = ("───────────────\n"
           "Zoomミーティングに参加する\n"
           "https://us06web.zoom.us/j/85123456789?pwd=bXl6TkV3Q0xwZz09.1\n"
           "\n"
           "ミーティングID: 851 2345 6789\n"
           "パスコード: 482913\n"
           "\n"
           "---\n"
           "ワンタップモバイル\n"
           "+81345781488,,85123456789#,,,,*482913# 日本\n"
           "+81524564439,,85123456789#,,,,*482913# 日本\n"
           "\n"
           "---\n"
           "所在地でダイヤル\n"
           "• +81 3 4578 1488 日本\n"
           "• +81 524 564 439 日本\n"
           "• +81 6 7878 2631 日本\n"
           "• +1 669 900 6833 米国 (San Jose)\n"
           "\n"
           "ミーティングID: 851 2345 6789\n"
           "パスコード: 482913\n"
           "\n"
           "市外局番を調べる: https://us06web.zoom.us/u/kdXyZ12abQ\n"
           "───────────────\n")
text287 = ("アルファ精機株式会社\n村瀬様\n\n"
           "お世話になっております。エグザンプル機工 技術営業部の森です。\n"
           "見積No.Q-2504-0318(治具 改造)の仕様確認をオンラインでお願いいたします。\n\n"
           "日時: 2025年4月16日(水) 14:00〜14:45\n"
           "資料: 図面 KX-0352 rev.C、仕様書 v1.4\n\n"
           + dash_sig("エグザンプル機工株式会社 技術営業部", "森 健太", "052-555-0287") + "\n" + zoom287)
cal287 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=森 健太:mailto:k.mori@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=村瀬 聡:mailto:murase@alpha-seiki.example",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=設計課 今井:mailto:imai@example.co.jp",
    "DESCRIPTION;LANGUAGE=ja:" + ics_escape(text287),
    "UID:040000008200E00074C5B7101A82E0080000000040F1C2D3E4A5DB01000000000000000010000000287",
    "SUMMARY;LANGUAGE=ja:【Zoom】Q-2504-0318 仕様確認",
    "DTSTART;TZID=Tokyo Standard Time:20250416T140000", "DTEND;TZID=Tokyo Standard Time:20250416T144500",
    "DTSTAMP:20250409T053000Z", "LOCATION:https://us06web.zoom.us/j/85123456789?pwd=bXl6TkV3Q0xwZz09.1",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["287_control_zoom_invite_dialin_numbers.eml"] = message(
    sender="森 健太 <k.mori@example.co.jp>", to=["村瀬 聡 <murase@alpha-seiki.example>"],
    cc=["設計課 今井 <imai@example.co.jp>"],
    subject="【Zoom】Q-2504-0318 仕様確認", date="Wed, 09 Apr 2025 14:30:00 +0900",
    msgid="<TYEP286MB0287D1A2@example.co.jp>", body=text287, html_body=text_html(text287), cal=cal287)

# ===================================================================================== 288
# A recurring Teams interview series (weekly, 4 Thursdays) sent to the recruiting agency: each slot's
# candidate with 生年月日 and mobile, in the text, the HTML table and the calendar DESCRIPTION.
cands288 = [
    ("4/10(木)", "大塚 遼", "1996年2月14日", "090-2741-8836"),
    ("4/17(木)", "北川 美咲", "1998/10/03", "080-6619-3352"),
    ("4/24(木)", "石原 航", "平成9年6月30日", "070-1284-5567"),
    ("5/1(木)", "松永 拓海", "1994年12月1日", "090 5532 7718"),
]
teams288 = ("________________________________________________________________________________\n"
            "Microsoft Teams 会議\n"
            "コンピューター、モバイル アプリケーション、またはルーム デバイスで参加する\n"
            "ここをクリックして会議に参加してください\n"
            f"会議 ID: {TEAMS288[0:3]} {TEAMS288[3:6]} {TEAMS288[6:9]} {TEAMS288[9:12]}\n"
            "パスコード: rT9xQ4\n"
            "電話で参加\n"
            "+81 3-4578-1177,,834129907# 日本、東京\n"
            "電話会議 ID: 834 129 907#\n"
            "お近くの番号を検索 | PIN をリセットする\n"
            "________________________________________________________________________________\n")
text288 = ("キャリアリンク株式会社\n堤様\n\n"
           "いつもお世話になっております。エグザンプル電子 人事部の吉岡です。\n"
           "ご推薦いただいた4名の一次面接を、毎週木曜 14:00〜15:00 の定例枠(Teams)で実施します。\n"
           "候補者の方へは面接日の前日に携帯へご連絡いたします。\n\n"
           "【一次面接 日程】\n"
           + "".join(f"  {d}  {n} さん  生年月日 {b}  携帯 {p}\n" for d, n, b, p in cands288)
           + "\n面接官: 開発部 部長 三宅 / 人事部 吉岡\n所要: 60分(適性検査 SPI は事前受検)\n\n"
           + dash_sig("エグザンプル電子株式会社 人事部", "吉岡 真由", "03-5550-2880") + "\n" + teams288)
html288 = outlook_html(
    '<p class="MsoNormal">キャリアリンク株式会社<br>堤様</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<p class="MsoNormal">いつもお世話になっております。エグザンプル電子 人事部の吉岡です。<br>'
    'ご推薦いただいた4名の一次面接を、毎週木曜 14:00&#12316;15:00 の定例枠(Teams)で実施します。<br>'
    '候補者の方へは面接日の前日に携帯へご連絡いたします。</p>'
    '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
    '<tr><th>面接日</th><th>候補者</th><th>生年月日</th><th>携帯</th></tr>'
    + "".join(f"<tr><td>{d}</td><td>{n}&nbsp;さん</td><td>{b}</td><td>{p.replace(' ', '&nbsp;')}</td></tr>"
              for d, n, b, p in cands288)
    + '</table><p class="MsoNormal">面接官: 開発部 部長 三宅 / 人事部 吉岡<br>所要: 60分(適性検査 SPI は事前受検)</p>'
    '<p class="MsoNormal">-- <br>エグザンプル電子株式会社 人事部<br>吉岡 真由<br>TEL 03-5550-2880</p>'
    '<div style="margin-top:12px">________________________________________________________________________________<br>'
    '<span style="font-size:18pt">Microsoft Teams 会議</span><br>'
    '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjY1NDI4MTE3@thread.v2/0">ここをクリックして会議に参加してください</a><br>'
    f'会議 ID: {TEAMS288[0:3]} {TEAMS288[3:6]} {TEAMS288[6:9]} {TEAMS288[9:12]}<br>パスコード: rT9xQ4<br>'
    '電話で参加<br><a href="tel:+81345781177,,834129907#">+81 3-4578-1177,,834129907#</a> 日本、東京<br>'
    '電話会議 ID: 834 129 907#<br>________________________________________________________________________________</div>')
cal288 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD",
    "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "ORGANIZER;CN=吉岡 真由:mailto:m.yoshioka@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=堤 亜希子:mailto:tsutsumi@careerlink-agent.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=三宅 浩:mailto:miyake@example.co.jp",
    "DESCRIPTION;LANGUAGE=ja:" + ics_escape(text288),
    "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH",
    "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000288",
    "SUMMARY;LANGUAGE=ja:一次面接(キャリアリンク様ご推薦)",
    "DTSTART;TZID=Tokyo Standard Time:20250410T140000", "DTEND;TZID=Tokyo Standard Time:20250410T150000",
    "DTSTAMP:20250403T020000Z", "LOCATION;LANGUAGE=ja:Microsoft Teams 会議",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["288_teams_recurring_interviews_dob_mobiles.eml"] = message(
    sender="吉岡 真由 <m.yoshioka@example.co.jp>", to=["堤 亜希子 <tsutsumi@careerlink-agent.example>"],
    cc=["三宅 浩 <miyake@example.co.jp>"],
    subject="一次面接(キャリアリンク様ご推薦)", date="Thu, 03 Apr 2025 11:00:00 +0900",
    msgid="<TYFP286MB0288E4F3@example.co.jp>", body=text288, html_body=html288, cal=cal288)

# ===================================================================================== 289
# A room booking sent as an Outlook invitation to the building's reception (an outside building-
# management company): five visitors with their mobiles for the QR entry passes.
vis289 = [
    ("株式会社北斗設計", "平野 智也", "090-1847-3362"),
    ("株式会社北斗設計", "上田 彩", "080-2230-9417"),
    ("三和電機工業株式会社", "藤本 誠", "070-4418-2093"),
    ("三和電機工業株式会社", "小松 由紀", "090-7731-0854"),
    ("合同会社ミライラボ", "木下 翔", "080-5562-1148"),
]
text289 = ("エグザンプルタワー 防災センター・受付 ご担当者様\n\n"
           "いつもお世話になっております。エグザンプル工業 総務部の高田です。\n"
           "下記のとおり来訪者の入館登録をお願いいたします。入館用QRコードは各携帯にSMSでお送りください。\n\n"
           "日時: 2025年3月18日(火) 13:00〜17:00\n"
           "会議室: 12F 大会議室(1201) ※受付は2F\n"
           "来訪者(5名):\n"
           + "".join(f"  {i}. {c} {n} 様  携帯 {p}\n" for i, (c, n, p) in enumerate(vis289, 1))
           + "車両: 1台(品川 500 さ 12-34、地下2F 来客用 B-07)\n"
           "入館証 No.: V-0318-011〜015\n\n"
           + dash_sig("エグザンプル工業株式会社 総務部", "高田 恵", "03-5550-2890", "(内線 1203)"))
html289 = outlook_html(
    '<p class="MsoNormal">エグザンプルタワー 防災センター・受付 ご担当者様</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<p class="MsoNormal">いつもお世話になっております。エグザンプル工業 総務部の高田です。<br>'
    '下記のとおり来訪者の入館登録をお願いいたします。入館用QRコードは各携帯にSMSでお送りください。</p>'
    '<p class="MsoNormal">日時: 2025年3月18日(火) 13:00&#12316;17:00<br>会議室: 12F 大会議室(1201) ※受付は2F</p>'
    '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
    '<tr><th>No.</th><th>会社名</th><th>氏名</th><th>携帯</th></tr>'
    + "".join(f"<tr><td>{i}</td><td>{c}</td><td>{n}&nbsp;様</td><td>{p.replace('-', '&#8209;')}</td></tr>"
              for i, (c, n, p) in enumerate(vis289, 1))
    + '</table><p class="MsoNormal">車両: 1台(品川 500 さ 12-34、地下2F 来客用 B-07)<br>入館証 No.: V-0318-011&#12316;015</p>'
    '<p class="MsoNormal">-- <br>エグザンプル工業株式会社 総務部<br>高田 恵<br>TEL 03-5550-2890(内線 1203)</p>')
cal289 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=高田 恵:mailto:m.takada@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=防災センター受付:mailto:reception@tower-bm.example",
    "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=12F 大会議室(1201):mailto:room-12f-1201@example.co.jp",
    "DESCRIPTION;LANGUAGE=ja:" + ics_escape(text289),
    "UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB01000000000000000010000000289",
    "SUMMARY;LANGUAGE=ja:来訪者入館登録 3/18 13:00-17:00(12F 大会議室)",
    "DTSTART;TZID=Tokyo Standard Time:20250318T130000", "DTEND;TZID=Tokyo Standard Time:20250318T170000",
    "DTSTAMP:20250313T081500Z", "LOCATION;LANGUAGE=ja:12F 大会議室(1201)",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["289_room_booking_visitors_mobiles_reception.eml"] = message(
    sender="高田 恵 <m.takada@example.co.jp>",
    to=["防災センター受付 <reception@tower-bm.example>", "\"12F 大会議室(1201)\" <room-12f-1201@example.co.jp>"],
    subject="来訪者入館登録 3/18 13:00-17:00(12F 大会議室)", date="Thu, 13 Mar 2025 17:15:00 +0900",
    msgid="<TYGP286MB0289F5A4@example.co.jp>", body=text289, html_body=html289, cal=cal289)

# ===================================================================================== 290
# Control (English): a Google Calendar invitation to a consultant: Meet link, "Join by phone" number
# and PIN; the organiser's own mobile only in her '-- ' block inside the event description.
desc290 = ("Agenda:\n"
           "1. Q1 sell-out by channel (FY2025 plan v3.2)\n"
           "2. Distributor onboarding in VN and TH\n"
           "3. Next steps, owners, dates\n\n"
           "-- \n"
           "Aya Kimura\n"
           "APAC Channel Sales, Example Corp.\n"
           "Mobile +81 80-4432-7719\n")
text290 = ("You have been invited to the following event.\n\n"
           "Quarterly review: APAC channel plan\n"
           "Thursday 17 Apr 2025 ⋅ 10:00 – 11:00 (Japan Standard Time - Tokyo)\n\n"
           "Join with Google Meet\n"
           "meet.google.com/xkq-pvnr-tzd\n\n"
           "Join by phone\n"
           "(JP) +81 3-4545-1071\n"
           "PIN: 512 884 907#\n\n"
           "More phone numbers\n"
           "https://tel.meet/xkq-pvnr-tzd?pin=5128849071042\n\n"
           + desc290 + "\n"
           "Guests\n"
           "Aya Kimura - organiser\n"
           "David Park\n\n"
           "Invitation from Google Calendar\n"
           "You are receiving this email because you are an attendee on the event. To stop receiving\n"
           "future updates for this event, decline this event.\n")
html290 = ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
           '<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">'
           '<h2 style="font-size:22px;font-weight:400">Quarterly review: APAC channel plan</h2>'
           '<p>Thursday 17 Apr 2025 &#8901; 10:00 &ndash; 11:00 (Japan Standard Time - Tokyo)</p>'
           '<p><a href="https://meet.google.com/xkq-pvnr-tzd" style="background:#1a73e8;color:#fff;padding:8px 16px">Join with Google Meet</a><br>'
           'meet.google.com/xkq-pvnr-tzd</p>'
           '<p><b>Join by phone</b><br>(JP) <a href="tel:+81-3-4545-1071;512884907#">+81 3-4545-1071</a><br>PIN: 512 884 907#</p>'
           '<p><a href="https://tel.meet/xkq-pvnr-tzd?pin=5128849071042">More phone numbers</a></p>'
           '<p>' + esc(desc290).replace("\n", "<br>") + '</p>'
           '<p><b>Guests</b><br>Aya Kimura - organiser<br>David Park</p>'
           '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar<br>You are receiving this email '
           'because you are an attendee on the event.</p></div></body></html>')
cal290 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
    "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20250417T010000Z", "DTEND:20250417T020000Z",
    "DTSTAMP:20250410T063000Z", "ORGANIZER;CN=Aya Kimura:mailto:a.kimura@example.co.jp",
    "UID:5q1h0b7m2k9r3c4d8e6f0g1h2i@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=David Park;X-NUM-GUESTS=0:mailto:david.park@northbridge-consulting.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aya Kimura;X-NUM-GUESTS=0:mailto:a.kimura@example.co.jp",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/xkq-pvnr-tzd",
    "DESCRIPTION:" + ics_escape(desc290 + "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                "Join with Google Meet: https://meet.google.com/xkq-pvnr-tzd\n\n"
                                "Join by phone\n(JP) +81 3-4545-1071 PIN: 512884907#\n\n"
                                "More phone numbers: https://tel.meet/xkq-pvnr-tzd?pin=5128849071042\n"
                                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
    "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Quarterly review: APAC channel plan",
    "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["290_control_en_google_meet_invite_own_mobile.eml"] = message(
    sender="Aya Kimura <a.kimura@example.co.jp>", to=["David Park <david.park@northbridge-consulting.example>"],
    subject="Invitation: Quarterly review: APAC channel plan @ Thu 17 Apr 2025 10:00 - 11:00 (JST)",
    date="Thu, 10 Apr 2025 15:30:00 +0900", msgid="<calendar-7f3e2a91-0c4b-4d8e-9a6f-2b1d290e5c31@google.com>",
    mailer=None, body=text290, html_body=html290, cal=cal290, text_cte="quoted-printable")

# ===================================================================================== 291
# A Google Calendar export (.ics, six VEVENTs) of a week of home visits sent to the care agency:
# three people visited twice each (distinct values count once); LOCATION is the home address,
# DESCRIPTION holds the phone; values can straddle a fold.
clients291 = [
    ("野口 キヨ", "〒173-0004 東京都板橋区板橋2-41-3 サンハイツ板橋105", "03-3962-4471", "要介護2", "0000482917"),
    ("谷 勝男", "〒174-0046 東京都板橋区蓮根3-8-20", "090-4126-8853", "要介護1", "0000519306"),
    ("今村 フミ子", "〒335-0004 埼玉県蕨市中央5-17-9 グランコート蕨302", "048-441-2276", "要支援2", "0000604821"),
]
visits291 = [(0, "20250407T100000", "20250407T110000"), (1, "20250407T140000", "20250407T150000"),
             (2, "20250408T100000", "20250408T113000"), (0, "20250410T100000", "20250410T110000"),
             (1, "20250410T140000", "20250410T150000"), (2, "20250411T100000", "20250411T113000")]
ics291 = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:訪問予定(板橋・蕨)", "X-WR-TIMEZONE:Asia/Tokyo"]
for k, (ci, start, end) in enumerate(visits291, 1):
    name, addr, tel, level, hno = clients291[ci]
    ics291 += ["BEGIN:VEVENT", f"DTSTART;TZID=Asia/Tokyo:{start}", f"DTEND;TZID=Asia/Tokyo:{end}",
               "DTSTAMP:20250403T010000Z", f"UID:visit-2025w15-{k:02d}@example.co.jp",
               "CREATED:20250402T093000Z", "LAST-MODIFIED:20250403T005500Z",
               "DESCRIPTION:" + ics_escape(f"利用者: {name} 様({level})\n連絡先: {tel}\n介護保険 被保険者番号 {hno}\n"
                                           "内容: 身体介護(入浴介助)・服薬確認\n担当: ステーション側で調整"),
               "LOCATION:" + ics_escape(addr), f"SUMMARY:訪問 {name}様", "STATUS:CONFIRMED",
               "TRANSP:OPAQUE", "END:VEVENT"]
ics291 += ["END:VCALENDAR"]
ics291_text = vcalendar(ics291)
MESSAGES["291_gcal_ics_six_visits_three_people.eml"] = message(
    sender="在宅サービス部 小田 <oda@example.co.jp>", to=["ひまわり訪問介護ステーション <info@himawari-care.example>"],
    subject="4/7〜4/11 訪問予定(カレンダー)", date="Thu, 03 Apr 2025 10:05:00 +0900",
    msgid="<TYHP286MB0291A6B5@example.co.jp>",
    body=("ひまわり訪問介護ステーション ご担当者様\n\n"
          "お世話になっております。エグザンプルケア 在宅サービス部の小田です。\n"
          "来週(4/7〜4/11)の訪問予定をカレンダー形式でお送りします。\n"
          "お手元のカレンダーに取り込んでご確認ください。\n\n"
          + dash_sig("株式会社エグザンプルケア 在宅サービス部", "小田 奈々", "03-5550-2910")),
    attachments=[("訪問予定_0407-0411.ics", "text/calendar", ics291_text.encode("utf-8"))])

# ===================================================================================== 292
# An Outlook meeting invitation forwarded (FW:) to an outside interview-coordination firm: the
# original header block and the calendar's ATTENDEE lines carry the candidate's private address,
# which is not among this mail's recipients; the candidate's mobile and DOB in the text.
fwd292 = ("-----Original Appointment-----\n"
          "From: 小野 沙織 <s.ono@example.co.jp>\n"
          "Sent: Monday, April 14, 2025 9:12 AM\n"
          "To: 社長室; 小野 沙織; 金田 翔太 <shota.kaneda.92@freemail.example>\n"
          "Subject: 最終面接(金田 翔太 さん)\n"
          "When: 2025年4月21日 10:00-11:00 (UTC+09:00) 大阪、札幌、東京.\n"
          "Where: 本社 15F 役員会議室 / Zoom\n\n")
orig292 = ("金田 翔太 さん\n\n"
           "最終面接の日程をお送りします。当日は本社15F 役員会議室へお越しください。\n"
           "ご都合が悪くなった場合は人事部 小野までご連絡ください。\n\n"
           "【社内メモ】候補者: 金田 翔太 さん(生年月日 1992年8月5日)\n"
           "当日の緊急連絡先: 携帯 080-3356-1942\n\n"
           "オンライン参加の場合:\n"
           "https://us06web.zoom.us/j/83390127745?pwd=Q2xmZ0VkN3JjT1B0.1\n"
           "ミーティングID: 833 9012 7745\n"
           "パスコード: 771204\n"
           "所在地でダイヤル\n"
           "• +81 3 4578 1488 日本\n"
           "• +81 6 7878 2631 日本\n")
text292 = ("面接サポート株式会社\n柴田様\n\n"
           "お世話になっております。エグザンプル商事 人事部の小野です。\n"
           "4/21の最終面接の案内を転送しますので、当日の受付・誘導をお願いいたします。\n\n"
           + dash_sig("エグザンプル商事株式会社 人事部", "小野 沙織", "03-5550-2920") + "\n"
           + fwd292 + orig292)
cal292 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=小野 沙織:mailto:s.ono@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=社長室:mailto:president-office@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=金田 翔太:mailto:shota.kaneda.92@freemail.example",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=柴田 美穂:mailto:shibata@mensetsu-support.example",
    "DESCRIPTION;LANGUAGE=ja:" + ics_escape(orig292),
    "UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000292",
    "SUMMARY;LANGUAGE=ja:最終面接(金田 翔太 さん)",
    "DTSTART;TZID=Tokyo Standard Time:20250421T100000", "DTEND;TZID=Tokyo Standard Time:20250421T110000",
    "DTSTAMP:20250415T004000Z", "LOCATION;LANGUAGE=ja:本社 15F 役員会議室 / Zoom",
    "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["292_fwd_outlook_invite_attendee_private_address.eml"] = message(
    sender="小野 沙織 <s.ono@example.co.jp>", to=["柴田 美穂 <shibata@mensetsu-support.example>"],
    subject="FW: 最終面接(金田 翔太 さん)", date="Tue, 15 Apr 2025 09:40:00 +0900",
    msgid="<TYIP286MB0292B7C6@example.co.jp>", body=text292, cal=cal292)

# ===================================================================================== 293
# Control: an HTML-only sale newsletter (QP) to members in Bcc: hidden preheader, &yen; prices,
# &#x30FC; / &#12540; in katakana, JAN codes, a 12-digit coupon code, dates, app version; the shop's
# own 0120 number and address in its footer after <hr>.
jan293 = [jan("490123456789"), jan("490123400157"), jan("490123400218")]
html293 = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>春のセ&#x30FC;ル</title></head>
<body style="margin:0;background:#fff7f0">
<span style="display:none!important;visibility:hidden;opacity:0;height:0;width:0;overflow:hidden">【本日スタ&#12540;ト】全品ポイント10倍＋送料無料。クーポンコード {COUPON293[:4]} {COUPON293[4:8]} {COUPON293[8:]} は4/20まで。</span>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:sans-serif;font-size:14px">
<tr><td style="padding:20px;font-size:22px;color:#c0392b;font-weight:bold">SPRING SALE 2025 春のセ&#x30FC;ル</td></tr>
<tr><td style="padding:0 20px">期間: 2025年4月12日(土) 0:00 &#12316; 4月20日(日) 23:59<br>
会員様限定クーポン: <b>{COUPON293[:4]}&nbsp;{COUPON293[4:8]}&nbsp;{COUPON293[8:]}</b>(1回限り・3,000円以上で&yen;500引き)</td></tr>
<tr><td style="padding:20px"><table width="100%" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f5d6c6"><th align="left">商品</th><th>JAN</th><th align="right">通常価格</th><th align="right">セ&#12540;ル価格</th></tr>
<tr><td>ステンレスボトル 500ml</td><td>{jan293[0]}</td><td align="right">&yen;3,980</td><td align="right"><b>&yen;2,980</b></td></tr>
<tr><td>キャンプチェア ライト</td><td>{jan293[1]}</td><td align="right">&yen;12,800</td><td align="right"><b>&yen;9,980</b></td></tr>
<tr><td>LEDランタン 1000lm</td><td>{jan293[2]}</td><td align="right">&yen;6,480</td><td align="right"><b>&yen;4,980</b></td></tr>
</table></td></tr>
<tr><td style="padding:0 20px">アプリ最新版 v5.12.0 でポイント2倍(4/15&#12316;4/17)。<br>
前回のご注文(No. 2025-0329-88317)の配送状況はマイペ&#x30FC;ジからご確認いただけます。</td></tr>
<tr><td style="padding:20px"><hr style="border:none;border-top:1px solid #ccc">
<span style="font-size:11px;color:#888">エグザンプル・アウトドアストア(株式会社エグザンプル)<br>
〒104-0061 東京都中央区銀座6-2-1 / お客様窓口 0120-555-293(10:00&#12316;18:00)<br>
配信停止: https://store.example.co.jp/unsubscribe</span></td></tr>
</table></body></html>
"""
MESSAGES["293_control_html_newsletter_preheader_prices.eml"] = message(
    sender="エグザンプル・アウトドアストア <news@example.co.jp>", to=["エグザンプル・アウトドアストア <news@example.co.jp>"],
    bcc=["hiro.camp@docomo.ne.jp", "outdoor-mama@ezweb.ne.jp", "t.kubo@freemail.example"],
    subject="【SPRING SALE】全品ポイント10倍＋送料無料 4/20まで", date="Sat, 12 Apr 2025 07:00:00 +0900",
    msgid="<news.20250412070000.293@example.co.jp>", mailer=("X-Mailer", "store-mailer 4.1"), html_body=html293)

# ===================================================================================== 294
# Control (internal only): a Teams invitation to all staff: 会議 ID (12 digits, a valid My Number
# check digit, no label), 電話で参加 number, 電話会議 ID, 内線 -> pass.
teams294 = ("________________________________________________________________________________\n"
            "Microsoft Teams 会議\n"
            "今すぐ会議に参加する\n"
            f"会議 ID: {TEAMS294[0:3]} {TEAMS294[3:6]} {TEAMS294[6:9]} {TEAMS294[9:12]}\n"
            "パスコード: 8Kd2Vn\n"
            "電話で参加\n"
            "+81 3-4578-1177,,510238846# 日本、東京\n"
            "0120-555-294,,510238846# 日本 (フリーダイヤル)\n"
            "電話会議 ID: 510 238 846#\n"
            "________________________________________________________________________________\n")
text294 = ("各位\n\n"
           "情報システム部の遠藤です。4月度の全社セキュリティ説明会を下記のとおり開催します。\n\n"
           "日時: 2025年4月25日(金) 16:00〜16:45\n"
           "場所: 本社 3F ホール / Teams 同時配信(録画は SharePoint に掲載)\n"
           "内容: 標的型メール訓練(2025年3月実施)の結果、パスワード管理ツール v3.8 への移行\n"
           "質問: 内線 2301 または #helpdesk チャネルへ\n\n"
           + "-- \n株式会社エグザンプル 情報システム部\n遠藤 翼\n内線 2305\n\n" + teams294)
cal294 = vcalendar([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=遠藤 翼:mailto:t.endo@example.co.jp",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=全社員:mailto:all@example.co.jp",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=大阪支店:mailto:osaka-all@osaka.example.co.jp",
    "DESCRIPTION;LANGUAGE=ja:" + ics_escape(text294),
    "UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000010000000294",
    "SUMMARY;LANGUAGE=ja:4月度 全社セキュリティ説明会",
    "DTSTART;TZID=Tokyo Standard Time:20250425T160000", "DTEND;TZID=Tokyo Standard Time:20250425T164500",
    "DTSTAMP:20250418T010000Z", "LOCATION;LANGUAGE=ja:本社 3F ホール / Microsoft Teams 会議",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
MESSAGES["294_control_int_teams_invite_all_staff.eml"] = message(
    sender="遠藤 翼 <t.endo@example.co.jp>", to=["全社員 <all@example.co.jp>"],
    cc=["大阪支店 <osaka-all@osaka.example.co.jp>"],
    subject="4月度 全社セキュリティ説明会", date="Fri, 18 Apr 2025 10:00:00 +0900",
    msgid="<TYJP286MB0294C8D7@example.co.jp>", body=text294, html_body=text_html(text294), cal=cal294)

# ===================================================================================== 295
# Control: carrier-style dispatch mail (Shift_JIS 8bit, half-width katakana) from a company phone to a
# trucking subcontractor's docomo.ne.jp address: plate, slip number, times, cases, a dock.
text295 = ("木村さん\n"
           "おつかれさまです\n"
           "配送課 岡です\n"
           "\n"
           "明日の配車です\n"
           "4t ｳｲﾝｸﾞ 品川100あ12-34\n"
           "積込 7:30 川口ｾﾝﾀｰ 3番ﾊﾞｰｽ\n"
           f"送り状 {SLIP295[:4]}-{SLIP295[4:8]}-{SLIP295[8:]}\n"
           "ﾊﾟﾚｯﾄ 12枚 48ｹｰｽ 約3,200kg\n"
           "納品 10:00 ｴｸﾞｻﾞﾝﾌﾟﾙ物流 厚木DC 受付No.0415-22\n"
           "帰り便 空車\n"
           "\n"
           "よろしくお願いします\n")
MESSAGES["295_control_carrier_sjis_dispatch.eml"] = raw_message(
    [("From", b_word("岡 大樹", "Shift_JIS") + " <oka-d@example.co.jp>"),
     ("To", "kimura.unso-2t@docomo.ne.jp"),
     ("Subject", b_word("明日の配車", "Shift_JIS")),
     ("Date", "Mon, 14 Apr 2025 18:21:37 +0900"),
     ("Message-ID", "<20250414182137.m295o@example.co.jp>")],
    "text/plain; charset=Shift_JIS", "8bit", crlf(text295, "shift_jis"))

# ===================================================================================== 296
# Control: a scanned 納品書 (OCR layer, spaced characters) returned to the supplier after inspection:
# slip number, dates, item codes, lots, quantities, prices; names only, no addresses or phones.
lines296 = page_lines([
    spaced("納品書") + "        No. 2 5 0 4 - 0 8 8 1",
    "   " + spaced("株式会社エグザンプル") + "  " + spaced("御中") + "          ２ ０ ２ ５ 年 ４ 月 ９ 日",
    "   " + spaced("三栄樹脂工業株式会社") + "   " + spaced("営業部"),
    spaced("品番") + "          " + spaced("品名") + "                " + spaced("数量") + "      " + spaced("単価") + "        " + spaced("金額"),
    "KX-0352-110    " + spaced("ハウジング上") + "      １ ２ ０    ¥ １ ， ２ ８ ０    ¥ １ ５ ３ ， ６ ０ ０",
    "KX-0352-120    " + spaced("ハウジング下") + "      １ ２ ０    ¥ １ ， １ ５ ０    ¥ １ ３ ８ ， ０ ０ ０",
    "KX-0418-003    " + spaced("パッキン") + "        ５ ０ ０    ¥ ３ ８        ¥ １ ９ ， ０ ０ ０",
    spaced("ロット") + "  25D0409-03 / 25D0409-04      " + spaced("注文番号") + "  PO-4500218833",
    spaced("合計") + "  ¥ ３ １ ０ ， ６ ０ ０   ( " + spaced("税込") + " ¥ ３ ４ １ ， ６ ６ ０ )",
    spaced("検収") + "  2025.04.10  " + spaced("受入検査") + " OK   " + spaced("担当") + " 斉 藤",
], top=790, step=30, size=10)
pdf296 = ocr_pdf(lines296, producer="ScanSnap Manager #iX1600 (OCR)", created="20250410163011")
MESSAGES["296_control_ocr_pdf_delivery_note.eml"] = message(
    sender="購買部 斉藤 <saito-m@example.co.jp>", to=["三栄樹脂工業 営業部 <eigyo@sanei-jushi.example>"],
    subject="納品書 No.2504-0881 検収済み返送", date="Thu, 10 Apr 2025 16:35:20 +0900",
    msgid="<TYKP286MB0296D9E8@example.co.jp>",
    body=("三栄樹脂工業株式会社 営業部 ご担当者様\n\n"
          "お世話になっております。エグザンプル 購買部の斉藤です。\n"
          "4/9納品分(No.2504-0881)の検収が完了しましたので、検収印を押した納品書をお送りします。\n"
          "請求書は月末締めでお願いいたします。\n\n"
          + dash_sig("株式会社エグザンプル 購買部", "斉藤 誠", "048-555-0296")),
    attachments=[("scan_納品書_2504-0881.pdf", "application/pdf", pdf296)])

# ===================================================================================== 297
# Control (English): an HTML-only shipping notification to a business customer: hidden preheader,
# order number, UPS and EMS tracking numbers, SKUs, prices, firmware version, dates; the shop's own
# number in the footer after <hr>.
html297 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Your order has shipped</title></head>
<body style="margin:0;background:#f3f5f7">
<div style="display:none;max-height:0;overflow:hidden">Order #EX-20250415-7731 has shipped &ndash; estimated delivery Apr 18, 2025.&#8199;&#8199;&#8199;</div>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px;font-size:20px;font-weight:bold">Your order is on its way</td></tr>
<tr><td style="padding:0 24px">Hello Lumen Labs purchasing team,<br><br>Order <b>#EX-20250415-7731</b> (PO 4500231907) left our Chiba DC on Apr 15, 2025.</td></tr>
<tr><td style="padding:16px 24px"><table width="100%" cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#eef2f6"><th align="left">Carrier</th><th align="left">Tracking number</th><th align="left">Packages</th></tr>
<tr><td>UPS Worldwide Express</td><td>1Z 999 AA1 01 2345 6784</td><td>2 (14.6&nbsp;kg)</td></tr>
<tr><td>Japan Post EMS</td><td>EJ 482 019 375 JP</td><td>1 (2.1&nbsp;kg)</td></tr>
</table></td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef2f6"><th align="left">SKU</th><th align="left">Item</th><th align="right">Qty</th><th align="right">Amount</th></tr>
<tr><td>EX-SNS-4410-BK</td><td>Vibration sensor, firmware v2.4.1</td><td align="right">24</td><td align="right">&yen;307,200</td></tr>
<tr><td>EX-CBL-0305</td><td>M12 cable 5 m</td><td align="right">24</td><td align="right">&yen;43,200</td></tr>
<tr><td colspan="3" align="right">Total (incl. tax)</td><td align="right"><b>&yen;385,440</b> (approx. US$2,571.20)</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px">Estimated delivery: <b>Apr 18, 2025</b>. Invoice INV-2504-01177 follows by separate mail.</td></tr>
<tr><td style="padding:0 24px 24px"><hr style="border:none;border-top:1px solid #ddd">
<span style="font-size:11px;color:#777">Example Store B2B &middot; Customer Care +81 3-5550-2970 (weekdays 9:00&ndash;18:00 JST)<br>This is an automated message; please do not reply.</span></td></tr>
</table></body></html>
"""
MESSAGES["297_control_en_html_shipping_notification.eml"] = message(
    sender="Example Store B2B <orders@example.co.jp>", to=["Purchasing <purchasing@lumen-labs.example>"],
    subject="Shipped: order #EX-20250415-7731", date="Tue, 15 Apr 2025 18:02:11 +0900",
    msgid="<ship.20250415180211.297@example.co.jp>", mailer=("X-Mailer", "store-mailer 4.1"),
    html_body=html297, html_cte="base64")


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
