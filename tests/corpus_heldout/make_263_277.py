"""Writes held-out messages 263-277 into tests/corpus_heldout/ (deterministic).

Theme: ordinary mail that looks risky but holds no personal data. The company's own office
address only in its '-- ' signature (romaji 264, kanji numerals 275); public places and event
directions (Tokyo Big Sight, station exits, 264, 274, 277); dates and numbers in kanji and era
dates that are not births (令和七年四月一日, 第三四半期, 二〇二五年度, 設立 昭和三十二年, a
'1987年' at a line end, 263, 265, 274, 276); hard-wrapped order, 16-digit (failing Luhn) and
tracking numbers (266); format=flowed; delsp=yes with soft breaks inside long URLs (267); '+'
numbers that are not phones (+3 pts, +15%, +1,200円, +0900, 268, 271); a forwarded header
block and attribution lines with addresses (269, 270); file names with dates, versions and copy
numbers (263, 271); table headers with notes (単価(税込), 数量(個), 272) and a Google-Forms-like
answer CSV with timestamps but no personal fields (273).
Internal-only mail passes (263, 276); the rest go outside and are plainly held.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_263_277.py
Labels: tests/corpus_heldout/labels.toml (written by hand, before any run of the guard).
"""

from __future__ import annotations

import csv
import io
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum import luhn
from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}


def message(*, sender, to, subject, date, msgid, body, attachments=(), cc=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), text_cte="quoted-printable") -> bytes:
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
    msg.set_content(body, subtype="plain", charset="utf-8", cte=text_cte)
    for filename, ctype, data, *charset in attachments:
        maintype, subtype_ = ctype.split("/")
        params = {"charset": charset[0] if charset else "utf-8"} if maintype == "text" else None
        msg.add_attachment(data, maintype=maintype, subtype=subtype_, filename=filename, params=params)
    stem = msgid.strip("<>").split("@")[0]
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + stem)
    return msg.as_bytes()


def flowed_message(*, sender, to, subject, date, msgid, lines: list[str]) -> bytes:
    """A raw 8bit text/plain; format=flowed; delsp=yes message (lines already wrapped)."""
    head = [f"From: {sender}", f"To: {', '.join(to)}", f"Subject: {subject}", f"Date: {date}",
            f"Message-ID: {msgid}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
            "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes",
            "Content-Transfer-Encoding: 8bit"]
    head[2] = "Subject: " + Header(subject, "utf-8").encode(linesep="\r\n")
    return ("\r\n".join(head) + "\r\n\r\n" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def ja_sig(lines: list[str]) -> str:
    return "-- \n" + "\n".join(lines) + "\n"


def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def not_luhn(prefix15: str) -> str:
    good = luhn.calc_check_digit(prefix15)
    return prefix15 + str((int(good) + 3) % 10)


def mn_like(prefix11: str) -> str:
    return prefix11 + in_.calc_check_digit(prefix11)


# ===================================================================================== 263
# Internal only: minutes circulated in the department; file names carry dates, versions and
# copy numbers; dates in kanji numerals.
MESSAGES["263_int_minutes_filenames_kanji_dates.eml"] = message(
    sender="伊藤 沙織 <s.ito@example.co.jp>",
    to=["企画部 <kikaku@example.co.jp>"], cc=["小林 健 <k.kobayashi@example.co.jp>"],
    subject="【共有】令和七年四月一日 部内会議 議事録",
    date="Wed, 02 Apr 2025 09:41:12 +0900", msgid="<20250402094112.263@example.co.jp>",
    body=("企画部各位\n\n"
          "令和七年四月一日(火)の部内会議の議事録を共有フォルダに置きました。\n"
          "  \\\\fs01\\kikaku\\会議\\2025\\議事録_2025.04.01_(2).docx\n"
          "  \\\\fs01\\kikaku\\会議\\2025\\資料_第三四半期見通し_v1.2.3.xlsx\n"
          "  \\\\fs01\\kikaku\\会議\\2025\\写真\\IMG_20250401_123456.jpg\n"
          "  \\\\fs01\\kikaku\\会議\\2025\\写真\\IMG_20250401_123502(1).jpg\n\n"
          "議事録_2025.04.01.docx (コピーなし版) は古い版ですので開かないでください。\n\n"
          "■決定事項\n"
          "1. 二〇二五年度 第三四半期の販促予算は前年同期比 +8% で申請する\n"
          "2. 次回会議は令和七年四月十五日(火) 十時から 第二会議室\n"
          "3. 平成三十一年度版の手順書 (手順書_H31_rev4.pdf) は廃止\n\n"
          "ご確認よろしくお願いします。\n\n"
          + ja_sig(["株式会社エグザンプル 企画部", "伊藤 沙織", "内線 4127"])))

# ===================================================================================== 264
# Event directions to a visitor: public venue, station exits; the company's own office
# address in romaji only in its '-- ' signature.
MESSAGES["264_en_event_directions_big_sight.eml"] = message(
    sender="Kenta Mori <k.mori@example.co.jp>",
    to=["Laura Chen <laura.chen@aurora-devices.example>"],
    subject="Directions: our booth at Tokyo Big Sight, 16-18 April",
    date="Thu, 10 Apr 2025 15:02:44 +0900", msgid="<TY2P286MB0264A1C3@example.co.jp>",
    body=("Dear Laura,\n\n"
          "We look forward to seeing you at the show. Our booth is in the East Hall,\n"
          "booth E4-215, near the entrance from the Conference Tower.\n\n"
          "Getting there:\n"
          "- Rinkai Line to Kokusai-Tenjijo Station, then 7 minutes on foot.\n"
          "- Yurikamome to Tokyo Big Sight Station, 3 minutes on foot.\n"
          "- From your hotel in Shinjuku, take the Marunouchi Line from\n"
          "  Shinjuku-sanchome (use the 3-chome exit side, Exit C1) to Ginza,\n"
          "  then the bus from Ginza 4-chome (stop No. 2).\n"
          "- If you come via Tokyo Station, use the Yaesu South Exit and the\n"
          "  bus terminal, platform 7.\n\n"
          "Meeting: 17 April 14:00, meeting room 3 behind the booth. If the\n"
          "hall is crowded, we can meet at Exit A2 of the subway side instead.\n\n"
          "Best regards,\nKenta Mori\n\n"
          + ja_sig(["Kenta Mori", "Overseas Sales Dept.", "Example Corporation",
                    "3-5-1 Kanda-Nishikicho, Chiyoda-ku, Tokyo 101-0054, Japan",
                    "Tel +81 3 5550 2264"])))

# ===================================================================================== 265
# Company profile to a prospect: founding era dates, fiscal years in kanji, a year at a line
# end followed by an unrelated line.
MESSAGES["265_ja_company_profile_founding_eras.eml"] = message(
    sender="営業部 石川 <ishikawa@example.co.jp>",
    to=["購買部 ご担当者様 <kobai@kitano-kogyo.example>"],
    subject="弊社会社概要のご送付",
    date="Mon, 14 Apr 2025 11:20:05 +0900", msgid="<20250414112005.265@example.co.jp>",
    body=("北野工業株式会社\n購買部 ご担当者様\n\n"
          "先日はお時間をいただきありがとうございました。\n"
          "ご依頼の弊社概要を以下にお送りします。\n\n"
          "【会社概要】\n"
          "創業　　明治四十年\n"
          "設立　　昭和三十二年四月一日\n"
          "資本金　四億八千万円\n"
          "従業員　一、二〇三名(二〇二五年三月末)\n"
          "決算期　三月\n\n"
          "【沿革】\n"
          "昭和三十二年　株式会社として設立\n"
          "昭和六十二年　第二工場稼働。生産能力が倍増したのは1987年\n"
          "10月期の決算資料にも記載のとおりです。\n"
          "平成十五年　　ISO 9001 認証取得\n"
          "令和七年　　　創業百十八年\n\n"
          "【業績】\n"
          "二〇二四年度 売上高 三百二十億円、二〇二五年度 計画 三百四十億円\n"
          "第三四半期累計 二百四十一億円\n\n"
          "何卒よろしくお願い申し上げます。\n\n"
          + ja_sig(["株式会社エグザンプル 営業部", "石川 誠", "TEL 03-5550-2265"])))

# ===================================================================================== 266
# Hard-wrapped lists of order numbers, 16-digit slip numbers failing Luhn and tracking
# numbers (one 12-digit tracking number has a valid My Number check digit, no label).
orders = [f"2504{n:04d}-{(n * 37) % 1000:03d}" for n in range(1120, 1146)]
order_lines, line = [], ""
for o in orders:
    piece = o + ", "
    if len(line) + len(piece) > 70:
        order_lines.append(line.rstrip())
        line = ""
    line += piece
order_lines.append(line.rstrip(", "))
slips = [not_luhn(p) for p in ("452087310064519", "355803214470036", "498012340078221")]
track = [mn_like("40128831955"), "5561-2290-4407", "3827 1165 0943"]
MESSAGES["266_ja_order_numbers_wrapped.eml"] = message(
    sender="物流課 中島 <nakajima@example.co.jp>",
    to=["出荷管理 <shukka@sakura-logi.example>"],
    subject="4月分 出荷対象の注文番号と送り状番号",
    date="Tue, 15 Apr 2025 17:33:40 +0900", msgid="<20250415173340.266@example.co.jp>",
    body=("さくらロジ 出荷管理ご担当者様\n\n"
          "明日出荷分の注文番号です(26件)。\n"
          + "\n".join(order_lines) + "\n\n"
          "伝票番号(16桁、システム採番)は次の3件です。\n"
          f"{slips[0][:8]}\n{slips[0][8:]} (分割出荷 1/2)\n"
          f"{slips[1]}\n{slips[2]}\n\n"
          "送り状番号:\n"
          f"{track[0]}\n{track[1]}\n{track[2]}\n\n"
          "個数 合計 58 個、重量 412.5 kg です。\n"
          "よろしくお願いします。\n\n"
          + ja_sig(["株式会社エグザンプル 物流課", "中島 亮", "TEL 03-5550-2266"])))

# ===================================================================================== 267
# format=flowed; delsp=yes: soft breaks inside long URLs with digit runs.
MESSAGES["267_ja_flowed_long_urls.eml"] = flowed_message(
    sender="Yuta Hara <y.hara@example.co.jp>",
    to=["Support <support@cloudnote.example>"],
    subject="共有リンクが開けない件 (チケット 20250416-0312)",
    date="Wed, 16 Apr 2025 10:05:31 +0900", msgid="<a267f1e0-7c31-4b2e-9d10-2504160312@example.co.jp>",
    lines=["サポートご担当者様",
           "",
           "次の共有リンクを開くと 404 になります。",
           "https://share.cloudnote.example/d/09012345/view?rev=20250401&id=03 ",
           "55502267&tz=%2B0900&sig=8f3a9c",
           "",
           "別のリンク ",
           "https://share.cloudnote.example/export/2025/04/01/report_0120-123 ",
           "-456_v2.pdf は問題なく開けます。",
           "",
           "発生時刻は 2025-04-16 09:58 (+0900) で、ブラウザは Firefox  ",
           "128.3.1esr です。",
           "",
           "よろしくお願いします。",
           "",
           "-- ",
           "Yuta Hara",
           "株式会社エグザンプル 情報システム部",
           "TEL 03-5550-2267"])

# ===================================================================================== 268
# '+' numbers that are not phones: points, percentages, yen, time zones.
MESSAGES["268_ja_kpi_report_plus_numbers.eml"] = message(
    sender="マーケティング部 村上 <murakami@example.co.jp>",
    to=["代理店 ご担当者様 <account@blue-ad.example>"],
    subject="3月度 キャンペーン実績のご報告",
    date="Thu, 03 Apr 2025 18:12:09 +0900", msgid="<20250403181209.268@example.co.jp>",
    body=("ブルー広告 ご担当者様\n\n"
          "3月度の実績です。前月比を併記します。\n\n"
          "CTR        2.41%   (+0.38 pts)\n"
          "CVR        1.12%   (+3 pts 目標比)\n"
          "売上       +15%    (+1,200,000円)\n"
          "客単価     +1,200円\n"
          "会員数     +3,451名 (累計 88,210名)\n"
          "NPS        +12\n"
          "配信時刻   毎日 08:00 JST (UTC+09:00), 海外版は 2025-03-31T23:00:00+0900\n"
          "広告費     -4.5% (+-0 は据え置き項目)\n\n"
          "第四四半期の計画は +10% 〜 +12% を想定しています。\n\n"
          + ja_sig(["株式会社エグザンプル マーケティング部", "村上 彩", "TEL 03-5550-2268"])))

# ===================================================================================== 269
# An Outlook forward of a scheduling mail: the forwarded header block carries addresses.
MESSAGES["269_ja_forward_header_block.eml"] = message(
    sender="高田 直樹 <n.takada@example.co.jp>",
    to=["Design Office Mori <info@mori-design.example>"],
    subject="FW: 打合せ日程のご相談",
    date="Fri, 18 Apr 2025 13:47:22 +0900", msgid="<TY3P286MB0269C2D4@example.co.jp>",
    body=("森デザイン事務所 御中\n\n"
          "下記の件、先方の候補日です。ご都合をお知らせください。\n\n"
          "From: 佐藤 一郎 <ichiro.sato@hikari-shoji.example>\n"
          "Sent: Thursday, April 17, 2025 6:02 PM\n"
          "To: 高田 直樹 <n.takada@example.co.jp>\n"
          "Cc: 山本 花子 <hanako.yamamoto@hikari-shoji.example>; 総務 <soumu@hikari-shoji.example>\n"
          "Subject: 打合せ日程のご相談\n\n"
          "高田様\n\n"
          "次回の打合せ候補日です。\n"
          "・4月22日(火) 14:00〜15:00\n"
          "・4月24日(木) 10:00〜11:00\n"
          "・4月25日(金) 16:00〜17:00\n"
          "場所は弊社 5階 会議室Bを予定しています。\n\n"
          "佐藤\n\n"
          + ja_sig(["株式会社エグザンプル 総務部", "高田 直樹", "TEL 03-5550-2269"])))

# ===================================================================================== 270
# Reply with attribution lines in English and Japanese (addresses are quoted header fields).
MESSAGES["270_en_reply_attribution_lines.eml"] = message(
    sender="Aya Fujii <a.fujii@example.co.jp>",
    to=["Tom Walker <tom.walker@northwind-tools.example>"],
    subject="Re: Re: Sample delivery date",
    date="Mon, 21 Apr 2025 09:15:48 +0900", msgid="<TY4P286MB0270D5E6@example.co.jp>",
    body=("Hi Tom,\n\n"
          "Confirmed: the samples leave our warehouse on 24 April and should\n"
          "reach you by 2 May.\n\n"
          "Aya\n\n"
          "On Fri, 18 Apr 2025 at 17:40, Tom Walker <tom.walker@northwind-tools.example> wrote:\n"
          "> Hi Aya, could you confirm the date? Our QA team (on copy of the original\n"
          "> thread) needs two days for the incoming check.\n"
          ">\n"
          "> 2025年4月18日(金) 10:02 Aya Fujii <a.fujii@example.co.jp>:\n"
          ">> Dear Tom, the samples will ship in the week of 21 April.\n\n"
          + ja_sig(["Aya Fujii", "Example Corporation, Sales Dept. 2", "Tel +81 3 5550 2270"])))

# ===================================================================================== 271
# Release notes to a customer: versions, builds, file names with dates, time zone offsets.
MESSAGES["271_en_release_notes_versions.eml"] = message(
    sender="Product Support <support@example.co.jp>",
    to=["IT Operations <itops@minato-bank.example>"],
    subject="mailguard-client 3.14.2 released (build 20250422.1830)",
    date="Tue, 22 Apr 2025 19:01:00 +0900", msgid="<20250422190100.271@example.co.jp>",
    body=("Dear customer,\n\n"
          "Version 3.14.2 (build 20250422.1830) is available. Changes since v3.14.1:\n\n"
          "- Log timestamps now carry the offset, e.g. 2025-04-22T18:30:00+0900\n"
          "  and 2025-04-22 09:30:00 +0000.\n"
          "- Fixed: exports named report_2025-04-01_v1.2.3(2).csv were overwritten.\n"
          "- Fixed: photos such as IMG_20250401_123456.jpg lost their EXIF date.\n"
          "- Default port changed from 8025 to 10025; timeout +30 s (now 90 s).\n"
          "- Memory use -18%, start-up +2.5x faster on Windows Server 2022 (21H2).\n\n"
          "Packages:\n"
          "  mailguard-client-3.14.2-1.el9.x86_64.rpm   sha256 4f1c2e9a07b3...\n"
          "  mailguard-client_3.14.2-1_amd64.deb        sha256 9b0d71c4e2aa...\n"
          "  MailguardClient-3.14.2.20250422-x64.msi\n\n"
          "Upgrade from 3.12.x or later; 3.11.0.0901 needs 3.12.0 first.\n\n"
          "Best regards,\nProduct Support\n\n"
          + ja_sig(["Product Support, Example Corporation", "Tel +81 3 5550 2271 (9:00-17:30 JST)"])))

# ===================================================================================== 272
# A quotation with table headers carrying notes, product codes, JAN codes, shipping +1,200円.
MESSAGES["272_ja_quotation_table_headers.eml"] = message(
    sender="営業二課 大野 <ohno@example.co.jp>",
    to=["資材部 ご担当者様 <shizai@tokai-denki.example>"],
    subject="御見積書 No. Q-2025-0423-07",
    date="Wed, 23 Apr 2025 14:26:37 +0900", msgid="<20250423142637.272@example.co.jp>",
    body=("東海電機株式会社 資材部 ご担当者様\n\n"
          "お見積りをお送りします。\n\n"
          "品番           | 品名                 | 単価(税込) | 数量(個) | 金額(税込)\n"
          "---------------+----------------------+------------+----------+-----------\n"
          "KX-03-5521-10  | 端子台 10P           |      1,320 |      200 |   264,000\n"
          "KX-06-6123-20  | 端子台 20P           |      2,145 |      100 |   214,500\n"
          "JAN 4901234567894 | 結束バンド(100本入) |    418 |       50 |    20,900\n"
          "送料           |                      |            |          |    +1,200\n"
          "合計(税込)     |                      |            |          |   500,600\n\n"
          "※単価(税込)は10%の消費税を含みます。\n"
          "※数量(個)は最小発注単位の倍数でご指定ください。\n"
          "※有効期限: 令和七年五月三十一日\n\n"
          "よろしくご検討ください。\n\n"
          + ja_sig(["株式会社エグザンプル 営業二課", "大野 翔", "TEL 03-5550-2272"])))

# ===================================================================================== 273
# A Google-Forms-like survey export: timestamps and answers, no personal fields.
survey_hdr = ["タイムスタンプ", "参加したセッション", "満足度(5段階)", "年代", "今後希望するテーマ", "ご意見・ご感想"]
survey_rows = [
    ["2025/04/10 13:05:22", "基調講演", "5", "30代", "生成AIの活用", "具体例が多くよかった"],
    ["2025/04/10 13:07:48", "分科会A", "4", "40代", "情報セキュリティ", ""],
    ["2025/04/10 13:11:03", "基調講演;分科会B", "3", "20代", "データ分析", "会場が少し寒かった"],
    ["2025/04/10 13:15:37", "分科会B", "5", "50代", "", "資料を後日いただきたい"],
    ["2025/04/10 13:20:14", "分科会A", "4", "30代", "クラウド移行", "質疑の時間をもっと長く"],
    ["2025/04/10 14:02:59", "基調講演", "2", "60代以上", "法改正の解説", "音声が聞き取りにくかった"],
    ["2025/04/11 9:41:30", "分科会C", "5", "40代", "", "第二回も参加したい"],
    ["2025/04/11 10:18:06", "基調講演;分科会C", "4", "30代", "DX推進", ""],
]
MESSAGES["273_ja_survey_form_export_csv.eml"] = message(
    sender="イベント事務局 坂本 <event@example.co.jp>",
    to=["運営チーム <team@kaede-events.example>"],
    subject="セミナー アンケート回答(4/10-4/11) の共有",
    date="Fri, 11 Apr 2025 16:44:10 +0900", msgid="<20250411164410.273@example.co.jp>",
    body=("楓イベント 運営チームの皆様\n\n"
          "4月10日セミナーのアンケート回答(8件、無記名)をCSVでお送りします。\n"
          "フォームの回答画面からそのまま書き出したものです。\n\n"
          "タイムスタンプ        満足度  年代\n"
          "2025/04/10 13:05:22   5       30代\n"
          "2025/04/10 13:07:48   4       40代\n"
          "…(以下、添付のとおり)\n\n"
          "平均満足度は 4.0 でした。\n\n"
          + ja_sig(["株式会社エグザンプル イベント事務局", "坂本 真央", "TEL 03-5550-2273"])),
    attachments=[("セミナーアンケート_20250410_回答.csv", "text/csv",
                  csv_text(survey_hdr, survey_rows).encode("utf-8"))])

# ===================================================================================== 274
# A notice to a shareholder-services agent: dates in kanji numerals, a public venue by name.
MESSAGES["274_ja_agm_notice_kanji_dates_venue.eml"] = message(
    sender="総務部 株式課 <kabushiki@example.co.jp>",
    to=["証券代行部 <daiko@trust-agent.example>"],
    subject="第六十八回定時株主総会 日程のご連絡",
    date="Thu, 24 Apr 2025 10:30:00 +0900", msgid="<20250424103000.274@example.co.jp>",
    body=("証券代行部 ご担当者様\n\n"
          "第六十八回定時株主総会の日程が決まりましたのでご連絡します。\n\n"
          "基準日　　令和七年三月三十一日\n"
          "発送日　　令和七年六月四日\n"
          "開催日時　令和七年六月二十六日(木) 午前十時\n"
          "会場　　　ホテルエグザンプル東京 二階 鳳凰の間\n"
          "　　　　　(東京メトロ 大手町駅 C8出口 直結、JR東京駅 丸の内北口 徒歩五分)\n"
          "議案　　　第一号議案 剰余金処分の件 ほか四件\n\n"
          "第二四半期以降の株主数の推移(二〇二五年度)は別途お送りします。\n"
          "招集通知の校正は五月二十日までにお願いします。\n\n"
          + ja_sig(["株式会社エグザンプル 総務部 株式課", "TEL 03-5550-2274"])))

# ===================================================================================== 275
# The company's own office address in kanji numerals only in its '-- ' signature; the body
# names a public venue.
MESSAGES["275_ja_signature_kanji_address_venue.eml"] = message(
    sender="広報部 西村 <nishimura@example.co.jp>",
    to=["編集部 <editor@kansai-keizai.example>"],
    subject="取材のご案内(国立京都国際会館)",
    date="Mon, 28 Apr 2025 15:55:18 +0900", msgid="<20250428155518.275@example.co.jp>",
    body=("関西経済新聞 編集部 御中\n\n"
          "五月十三日(火)に国立京都国際会館で開催する新製品発表会の取材のご案内です。\n"
          "受付は Room A 前、十三時から。地下鉄烏丸線 国際会館駅 4-2番出口から徒歩五分です。\n"
          "プレス席は二十席ご用意しています。\n\n"
          "ご出席の可否を五月七日までにご返信ください。\n\n"
          + ja_sig(["株式会社エグザンプル 広報部", "西村 恵", "〒100-0005",
                    "東京都千代田区丸の内二丁目七番三号 エグザンプルビル十二階",
                    "TEL 03-5550-2275 FAX 03-5550-2276"])))

# ===================================================================================== 276
# Internal only: a duty roster with kanji dates, extensions and room numbers.
MESSAGES["276_int_duty_roster_extensions.eml"] = message(
    sender="総務部 北村 <kitamura@example.co.jp>",
    to=["全社員 <all@example.co.jp>"],
    subject="ゴールデンウィーク期間中の当番について",
    date="Tue, 22 Apr 2025 12:03:55 +0900", msgid="<20250422120355.276@example.co.jp>",
    body=("各位\n\n"
          "四月二十九日から五月六日までの当番です。\n\n"
          "四月二十九日(火) 情報システム部 内線 2301\n"
          "五月三日(土)　　 総務部 内線 1102\n"
          "五月四日(日)　　 設備課 内線 3405 (PHS 7712)\n"
          "五月五日(月)　　 情報システム部 内線 2302\n\n"
          "当番者は 7F 防災センター(7-105)に九時集合、十七時解散です。\n"
          "第一四半期の休日出勤手当は二〇二五年五月分の給与で精算します。\n\n"
          + ja_sig(["株式会社エグザンプル 総務部", "北村 聡", "内線 1101"])))

# ===================================================================================== 277
# A group-trip plan to a travel agency: stations, exits, platforms, bus and seat numbers.
MESSAGES["277_ja_group_trip_stations_exits.eml"] = message(
    sender="総務部 福田 <fukuda@example.co.jp>",
    to=["法人旅行課 <houjin@tabi-planning.example>"],
    subject="社員旅行(5/23-24) 行程の確認",
    date="Wed, 30 Apr 2025 11:11:11 +0900", msgid="<20250430111111.277@example.co.jp>",
    body=("法人旅行課 ご担当者様\n\n"
          "社員旅行の行程を確認させてください(参加 42 名)。\n\n"
          "5月23日(金)\n"
          "  08:30 東京駅 八重洲中央口 集合\n"
          "  09:03 のぞみ 213号 14番線発 (7号車・8号車 団体席)\n"
          "  11:15 京都駅 八条口 着、貸切バス 2台 (1号車・2号車)\n"
          "  12:00 昼食 嵐山 (渡月橋付近のお店)\n"
          "  15:00 宿着 (大広間 二階「桜」、部屋割りは当日)\n"
          "5月24日(土)\n"
          "  10:00 伏見稲荷大社\n"
          "  14:30 京都駅 中央口 解散\n\n"
          "費用は一名 +3,000円 の追加プランを含めて見積り直しをお願いします。\n\n"
          + ja_sig(["株式会社エグザンプル 総務部", "福田 陽子", "TEL 03-5550-2277"])))

for name, data in MESSAGES.items():
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
    (OUT / name).write_bytes(data)
print(len(MESSAGES), "messages")
