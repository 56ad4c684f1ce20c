"""Writes held-out messages 338-357 into tests/corpus_heldout/ (deterministic).

Theme: how Japanese people really write numbers and addresses, across the country and in formal
letters.
- Regional address forms (338-342): Kyoto's street-name addresses (通 + 上る / 上ル / 下る / 西入 /
  東入, 338); Sapporo's 条丁目 (北3条西7丁目, 南3条西11丁目, 北二十四条西五丁目二番八号) and Asahikawa's
  3条通8丁目右1号 without the prefecture (339); rural 大字 / 字 / 番地 / 番地の forms, one 郡 address
  without the prefecture (340); 丁目 / 番 / 号 in kanji numerals with building and room (三〇二号室,
  341); five addresses in well-known cities that are not designated cities (横須賀市, 八王子市,
  藤沢市, 倉敷市, 松本市) written without the prefecture and without postal codes (342).
- Numbers in written forms (343-349): a vertical handwritten letter transcribed with 〒, address,
  phones and a DOB all in kanji numerals (〇九〇―四二七一―八八三六, 電話 〇三（三四一九）二二七五, 343);
  phones labelled with emoji and symbols (📞 ☎︎ ✆ 📱 TEL☎, 344); a ゆうちょ銀行 account written only as
  記号 + 番号 (345); a ゆうちょ account written both as 記号番号 and as 六〇八店 普通 (the same account)
  next to an ordinary bank account (346); 郵便番号 written with '〒 ' and a space, full-width digits and
  minus, a horizontal bar, and in kanji numerals (347); DOBs as 昭和六十四年一月七日, 平成元年十月二十日,
  令和元年五月一日 next to 平成元年入社 / 令和元年度 (348); My Numbers in four-digit groups on the line
  under a bare '個人番号' label (349).
- Header fields (350-352): a customer's name and mobile only in the Subject (350); phones inside the
  To and Cc display names (351); a customer's address as Reply-To (352).
- Controls (353-357): a formal letter whose letterhead (in kanji numerals) is the sender's own company,
  as in its signature, with 金壱百万円也 and 令和七年 dates (353); an internal-only kick-off notice with a
  venue by name, stations and exits (354, pass); directions to a Kyoto branch and a Sapporo office by
  street names, 交差点 and 出口 (355); a seminar at a public hall whose full address and phone are given
  (356: counted, as companies' addresses are); a new-year card print order full of kanji numbers (357).

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_338_357.py
Labels: tests/corpus_heldout/labels.toml (written by hand, blind, before any run of the guard).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from stdnum.jp import in_

OUT = Path(__file__).resolve().parent
OUT.mkdir(exist_ok=True)
MESSAGES: dict[str, bytes] = {}


def message(*, sender, to, subject, date, msgid, body, cc=None, reply_to=None,
            mailer=("X-Mailer", "Microsoft Outlook 16.0")) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if mailer:
        msg[mailer[0]] = mailer[1]
    msg.set_content(body, charset="utf-8", cte="base64")
    return msg.as_bytes()


def sig(dept: str, name: str, tel: str, extra: str = "") -> str:
    return (f"-- \n株式会社エグザンプル {dept}\n{name}\n〒105-0011 東京都港区芝公園2-4-1\n"
            f"TEL {tel}{extra}\n")


def my_number(first11: str) -> str:
    n = first11 + in_.calc_check_digit(first11)
    assert in_.is_valid(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


# ===================================================================================== 338
# Kyoto: street-name addresses (通 + 下る / 上ル / 西入 / 東入), one with the prefecture, three with
# the designated city and ward only.
MESSAGES["338_kyoto_street_name_addresses_survey.eml"] = message(
    sender="岡田 直人 <okada.n@example.co.jp>", to=["京町家工務店 工事部 <koji@kyo-machiya-koumuten.example>"],
    subject="町家改修 現地調査のお願い(4件)", date="Mon, 04 Aug 2025 09:12:00 +0900",
    msgid="<20250804091200.338K@example.co.jp>",
    body=("京町家工務店 工事部 御中\n\n"
          "いつもお世話になっております。エグザンプル住宅事業部の岡田です。\n"
          "先日ご相談した町家改修の現地調査、下記4件をお願いいたします。\n"
          "住所は京都の通り名で書いていますので、ご訪問の際はご注意ください。\n\n"
          "1) 木下 様(外壁・瓦)\n"
          "   〒604-8166 京都市中京区烏丸通三条下る饅頭屋町595\n"
          "   電話 075-212-4418\n"
          "2) 森田 様(水回り)\n"
          "   〒604-8005 京都府京都市中京区河原町通三条上ル恵比須町427\n"
          "   電話 075-441-2093\n"
          "3) 平井 様(耐震診断)\n"
          "   〒600-8427 京都市下京区松原通烏丸西入玉津島町307 ルミエール松原203号室\n"
          "   電話 075-361-5527\n"
          "4) 辻 様(床下・白蟻)\n"
          "   〒605-0074 京都市東山区四条通大和大路東入祇園町南側570-8\n"
          "   電話 075-531-6640\n\n"
          "現地調査は8月18日(月)〜22日(金)のうち、いずれも午前のご希望です。\n"
          "お見積は8月29日(金)までにいただけますと助かります。\n\n"
          + sig("住宅事業部", "岡田 直人", "03-6453-2231")))

# ===================================================================================== 339
# Sapporo 条丁目 (with building and room, with the prefecture, in kanji numerals) and Asahikawa's
# 条通 form without the prefecture (not a designated city).
MESSAGES["339_sapporo_jo_chome_asahikawa_delivery.eml"] = message(
    sender="佐々木 亮 <sasaki.r@example.co.jp>", to=["北海道配送センター <haisou@hokkai-logi.example>"],
    subject="大型家具 配送・組立のお客様(道内4件)", date="Tue, 05 Aug 2025 10:40:00 +0900",
    msgid="<20250805104000.339S@example.co.jp>",
    body=("北海ロジ株式会社 配送センター 御中\n\n"
          "エグザンプル通販部の佐々木です。8月第3週の配送・組立分をお送りします。\n\n"
          "■ 1件目 工藤 様(食器棚)\n"
          "  〒060-0003 札幌市中央区北3条西7丁目1-12 グランシャリオ北三条 805号室\n"
          "  TEL 011-231-4417\n"
          "■ 2件目 菅原 様(ベッド)\n"
          "  〒064-0803 北海道札幌市中央区南3条西11丁目2-28\n"
          "  携帯 090-4418-2761\n"
          "■ 3件目 成田 様(学習机)\n"
          "  〒001-0024 札幌市北区北二十四条西五丁目二番八号\n"
          "  TEL 011-756-2281\n"
          "■ 4件目 今野 様(ソファ)\n"
          "  〒070-0033 旭川市3条通8丁目右1号\n"
          "  TEL 0166-23-4471\n\n"
          "いずれもエレベーターなし・2名作業でお願いします。配送日は8月19日(火)〜21日(木)です。\n\n"
          + sig("通販部", "佐々木 亮", "03-6453-2240")))

# ===================================================================================== 340
# Rural 大字 / 字 / 番地 / 番地の, one 郡 address without its prefecture.
MESSAGES["340_rural_oaza_aza_banchi_landowners.eml"] = message(
    sender="小池 真一 <koike.s@example.co.jp>", to=["土地家屋調査士 増田事務所 <info@masuda-chousashi.example>"],
    subject="境界確認 立会いの所有者連絡先(4名)", date="Wed, 06 Aug 2025 14:05:00 +0900",
    msgid="<20250806140500.340R@example.co.jp>",
    body=("増田先生\n\n"
          "エグザンプル不動産開発部の小池です。\n"
          "境界確定の立会いをお願いする所有者の方々の連絡先です。\n\n"
          "■ 所有者1 上原 様(対象地)\n"
          "  長野県北佐久郡軽井沢町大字長倉2147-38\n"
          "  TEL 0267-45-3318\n"
          "■ 所有者2 荻原 様(北側隣地)\n"
          "  北佐久郡御代田町大字馬瀬口字西軽井沢1689番地\n"
          "  TEL 0267-32-5524\n"
          "■ 所有者3 穴井 様(相続人代表・東側隣地)\n"
          "  熊本県阿蘇郡小国町大字宮原字岳ノ湯1742番地\n"
          "  TEL 0967-46-2217\n"
          "■ 所有者4 南雲 様(南側隣地)\n"
          "  新潟県南魚沼郡湯沢町大字土樽字松川4188番地の2\n"
          "  TEL 025-787-3106\n\n"
          "対象地の地番は長倉字中部2147番38、地積は公簿で612.45㎡です。\n"
          "立会いは9月10日(水)13時からを予定しています。\n\n"
          + sig("不動産開発部", "小池 真一", "03-6453-2255")))

# ===================================================================================== 341
# 丁目 / 番 / 号 in kanji numerals, with buildings and rooms (one room in kanji numerals), 番地の.
MESSAGES["341_kanji_numeral_chome_ban_go_rooms.eml"] = message(
    sender="西田 美香 <nishida.m@example.co.jp>", to=["審査部 <shinsa@yachin-hosho.example>"],
    subject="契約更新 保証継続のお申込み(3契約)", date="Thu, 07 Aug 2025 11:20:00 +0900",
    msgid="<20250807112000.341K@example.co.jp>",
    body=("株式会社家賃保証サービス 審査部 御中\n\n"
          "エグザンプル賃貸管理の西田です。10月更新分の保証継続をお申し込みします。\n"
          "契約書の記載どおりに転記しています。\n\n"
          "① 契約者 石川 浩二\n"
          "   現住所 東京都杉並区阿佐谷南二丁目十五番八号 メゾン阿佐谷 三〇二号室\n"
          "   電話 03-3314-6620\n"
          "② 契約者 河野 まゆみ\n"
          "   現住所 神奈川県横浜市港北区日吉本町四丁目十五番二十二号 コーポ日吉503号室\n"
          "   携帯 080-3327-1196\n"
          "③ 契約者 大西 翔\n"
          "   現住所 大阪市淀川区西中島五丁目七番十九号 第三大西ビル1102号室\n"
          "   携帯 090-6102-3348\n"
          "   連帯保証人 大西 正男(父)\n"
          "   住所 埼玉県さいたま市浦和区高砂三丁目十二番地の九\n"
          "   電話 048-822-5107\n\n"
          "更新日はいずれも令和七年十月一日、更新後の月額賃料に変更はありません。\n\n"
          + sig("賃貸管理課", "西田 美香", "03-6453-2262")))

# ===================================================================================== 342
# Five addresses in well-known cities that are NOT designated cities, without the prefecture and
# without postal codes: 横須賀市, 八王子市, 藤沢市 (kanji numerals), 倉敷市, 松本市.
MESSAGES["342_no_prefecture_core_cities_inspection_list.eml"] = message(
    sender="野口 大輔 <noguchi.d@example.co.jp>", to=["点検課 <tenken@kyuto-service.example>"],
    subject="給湯器 無償点検 訪問先(5件)", date="Fri, 08 Aug 2025 16:30:00 +0900",
    msgid="<20250808163000.342C@example.co.jp>",
    body=("給湯サービス株式会社 点検課 御中\n\n"
          "エグザンプルの野口です。リコール対象機種の無償点検、訪問先5件です。\n\n"
          "1. 三浦 様  横須賀市小川町11-3 ハイツ小川201号室  TEL 046-822-3317\n"
          "2. 中島 様  八王子市旭町9-12\n"
          "3. 堀 様    藤沢市鵠沼海岸三丁目5番17号  TEL 0466-24-6631\n"
          "4. 宮本 様  倉敷市阿知2-18-6  TEL 086-422-3415\n"
          "5. 小松 様  松本市中央1-21-4\n\n"
          "対象機種: GX-2410 / GX-2420(製造番号 2410-0087 〜 2420-1366)\n"
          "訪問期限: 8月31日(日)\n\n"
          + sig("品質保証部", "野口 大輔", "03-6453-2217")))

# ===================================================================================== 343
# A vertical handwritten letter transcribed: 〒, address, phones and DOB all in kanji numerals.
MESSAGES["343_vertical_letter_kanji_numeral_phone_address_dob.eml"] = message(
    sender="藤本 智子 <fujimoto.t@example.co.jp>", to=["司法書士 三宅事務所 <office@miyake-shihou.example>"],
    subject="相続手続 長谷川様からのお手紙(書き起こし)", date="Mon, 11 Aug 2025 10:02:00 +0900",
    msgid="<20250811100200.343V@example.co.jp>",
    body=("三宅先生\n\n"
          "エグザンプル信託部の藤本です。\n"
          "相続人のお一人、長谷川和子様から縦書きのお手紙が届きましたので、書き起こしてお送りします。\n\n"
          "――――― 書き起こし ―――――\n"
          "拝啓 残暑の候 先日はご丁寧なご案内をいただきありがとうございました。\n"
          "亡父の相続の件、私の連絡先は次のとおりでございます。\n"
          "〒一五八―〇〇八三\n"
          "東京都世田谷区奥沢三丁目二十一番四号\n"
          "電話 〇三（三四一九）二二七五\n"
          "携帯 〇九〇―四二七一―八八三六\n"
          "昭和四十七年十月三日生\n"
          "平日の日中は携帯へお電話いただけますと幸いです。\n"
          "敬具\n"
          "令和七年八月五日\n"
          "長谷川 和子\n"
          "――――― ここまで ―――――\n\n"
          "戸籍謄本は別途郵送いたします。\n\n"
          + sig("信託部", "藤本 智子", "03-6453-2274")))

# ===================================================================================== 344
# Phones labelled with emoji and symbols (one with no space after the symbol); the sender's own ☎
# in her signature.
MESSAGES["344_emoji_symbol_phone_labels_callbacks.eml"] = message(
    sender="松田 彩 <matsuda.a@example.co.jp>", to=["コールセンター SV <sv@call-partner.example>"],
    subject="本日の折返し依頼(5件)", date="Tue, 12 Aug 2025 13:15:00 +0900",
    msgid="<20250812131500.344E@example.co.jp>",
    body=("コールパートナー SV各位\n\n"
          "店舗から上がってきた折返し依頼です。本日中の対応をお願いします。\n\n"
          "・大野 様 📞 090-4471-2286(14時以降)\n"
          "・北村 様 ☎︎ 03-3714-5528\n"
          "・吉川 様 ✆ 045-832-1147\n"
          "・松下 様 📱080-6623-9014(SMS可)\n"
          "・桑原 様 TEL☎0466-26-3391\n\n"
          "用件はいずれも9月のお届け日変更です。\n\n"
          "-- \n株式会社エグザンプル 通販サポート\n松田 彩\n☎ 03-6453-2219\n"))

# ===================================================================================== 345
# ゆうちょ銀行: an account written only as 記号 + 番号.
MESSAGES["345_yucho_kigou_bangou_refund.eml"] = message(
    sender="森 健二 <mori.k@example.co.jp>", to=["返金代行窓口 <henkin@pay-agent.example>"],
    subject="返金依頼(注文番号 250803-1182)", date="Wed, 13 Aug 2025 15:48:00 +0900",
    msgid="<20250813154800.345Y@example.co.jp>",
    body=("ペイエージェント 返金代行窓口 御中\n\n"
          "エグザンプル通販部の森です。下記のとおり返金をお願いします。\n\n"
          "注文番号: 250803-1182\n"
          "返金額: 12,800円(商品代金 11,800円+送料 1,000円)\n"
          "返金先(お客様ご指定):\n"
          "  ゆうちょ銀行 記号 14170 番号 28391541\n"
          "  口座名義 カワグチ ミホ\n\n"
          "お客様へのご連絡は不要です(当社から完了メールを送ります)。\n\n"
          + sig("通販部", "森 健二", "03-6453-2208")))

# ===================================================================================== 346
# One ゆうちょ account written two ways (記号 16050 番号 41726381 = 六〇八店 普通 4172638), and one
# ordinary bank account.
MESSAGES["346_yucho_two_forms_same_account_payees.eml"] = message(
    sender="原田 恵 <harada.m@example.co.jp>", to=["経理代行 担当 <keiri@ookubo-tax.example>"],
    subject="8月分 外注費のお支払い(2名)", date="Thu, 14 Aug 2025 09:30:00 +0900",
    msgid="<20250814093000.346Y@example.co.jp>",
    body=("大久保税理士事務所 経理代行ご担当者様\n\n"
          "エグザンプル広報部の原田です。8月分の外注費、次の2名へのお振込みをお願いします。\n\n"
          "・デザイン 佐野 亜希子 様 55,000円\n"
          "  振込先 ゆうちょ銀行 記号 16050 番号 41726381\n"
          "  (他の金融機関からのお振込: 店名 六〇八(ロクゼロハチ) 店番 608 普通預金 4172638)\n"
          "・撮影 高田 陽介 様 88,000円\n"
          "  振込先 三井住友銀行 渋谷支店 普通 7043162\n\n"
          "請求書は共有フォルダに置いてあります(No. 2508-014, 2508-015)。\n\n"
          + sig("広報部", "原田 恵", "03-6453-2246")))

# ===================================================================================== 347
# 郵便番号: '〒 ' with a space, full-width digits and minus, a horizontal bar after 郵便番号, kanji.
MESSAGES["347_postal_code_written_forms_gift_list.eml"] = message(
    sender="上田 和也 <ueda.k@example.co.jp>", to=["法人外商部 <gaisho@hoshino-dept.example>"],
    subject="お中元 発送先(4件)", date="Fri, 15 Aug 2025 11:00:00 +0900",
    msgid="<20250815110000.347P@example.co.jp>",
    body=("星野百貨店 法人外商部 御中\n\n"
          "エグザンプル総務部の上田です。お中元(遅れてのご挨拶分)の発送先です。\n"
          "先方からいただいた書き方のまま転記しています。\n\n"
          "1. 村上 様\n"
          "   〒 920-0981 石川県金沢市片町2-8-17\n"
          "2. 坂本 様\n"
          "   〒７００－０８２４ 岡山県岡山市北区内山下１－９－３\n"
          "3. 岩田 様\n"
          "   郵便番号 980―0811 宮城県仙台市青葉区一番町4-7-21\n"
          "4. 久保 様\n"
          "   〒八一〇―〇〇二二 福岡県福岡市中央区薬院三丁目十一番五号\n\n"
          "品目はいずれもカタログ番号 B-3050(5,400円)、のし 御中元 でお願いします。\n\n"
          + sig("総務部", "上田 和也", "03-6453-2290")))

# ===================================================================================== 348
# DOBs as 昭和六十四年一月七日, 平成元年十月二十日, 令和元年五月一日; 平成元年入社 and 令和元年度 are not.
MESSAGES["348_dob_gannen_showa64_kanji_insurance.eml"] = message(
    sender="中川 拓也 <nakagawa.t@example.co.jp>", to=["保険代理店 担当 <hoken@sakura-agency.example>"],
    subject="家族の医療保険 申込み内容", date="Mon, 18 Aug 2025 12:10:00 +0900",
    msgid="<20250818121000.348D@example.co.jp>",
    body=("さくら保険代理店 ご担当者様\n\n"
          "お世話になっております、中川です。ご案内いただいた医療保険の申込み内容です。\n"
          "(平成元年入社の先輩からこちらの代理店を紹介されました。)\n\n"
          "被保険者\n"
          "  本人 中川 拓也 昭和六十四年一月七日生\n"
          "  配偶者 中川 美穂 平成元年十月二十日生まれ\n"
          "  長男 中川 悠真 令和元年五月一日生\n\n"
          "告知事項: 本人は令和元年度の健康診断で要経過観察(現在は異常なし)。\n"
          "契約開始日: 令和七年九月一日 希望\n\n"
          "-- \n中川 拓也\n株式会社エグザンプル 生産管理部\nTEL 03-6453-2283\n"))

# ===================================================================================== 349
# My Numbers in four-digit groups on the line under a bare '個人番号' label; a newborn's DOB.
MN349A = my_number("40231187665")
MN349B = my_number("58210394771")
MESSAGES["349_mynumber_groups_under_label_line.eml"] = message(
    sender="人事部 吉田 <yoshida.h@example.co.jp>", to=["社会保険労務士法人 みらい <tetsuzuki@mirai-sr.example>"],
    subject="扶養追加の手続き(松尾さん・第一子誕生)", date="Tue, 19 Aug 2025 17:25:00 +0900",
    msgid="<20250819172500.349M@example.co.jp>",
    body=("社会保険労務士法人みらい ご担当者様\n\n"
          "エグザンプル人事部の吉田です。健康保険の扶養追加をお願いします。\n\n"
          "■ 被保険者\n"
          "氏名 松尾 健(社員番号 20417)\n"
          "個人番号\n"
          f"{MN349A}\n\n"
          "■ 追加する被扶養者(長女)\n"
          "氏名 松尾 結衣\n"
          "生年月日 令和七年六月十二日\n"
          "個人番号\n"
          f"{MN349B}\n\n"
          "出生届は提出済み、健康保険証の交付を急ぎでお願いできれば幸いです。\n\n"
          + sig("人事部", "吉田 浩之", "03-6453-2236")))

# ===================================================================================== 350
# A customer's name and mobile only in the Subject; Reply-To is an internal shared mailbox.
MESSAGES["350_subject_customer_name_mobile.eml"] = message(
    sender="サポート 青木 <aoki.y@example.co.jp>", to=["修理受付 <uketsuke@aircon-repair.example>"],
    reply_to="サポート窓口 <support@example.co.jp>",
    subject="【折返し依頼】山本 恵子様 090-3318-4472 エアコン修理(受付 250811-0347)",
    date="Wed, 20 Aug 2025 09:05:00 +0900", msgid="<20250820090500.350S@example.co.jp>",
    body=("エアコンリペア 修理受付 御中\n\n"
          "件名のお客様へ、本日17時までに折返しのお電話をお願いします。\n"
          "室外機の異音とのことで、訪問日の調整をご希望です。\n"
          "機種 AR-28W(2021年製)、受付番号 250811-0347 です。\n\n"
          + sig("カスタマーサポート", "青木 裕子", "03-6453-2241")))

# ===================================================================================== 351
# Phones in the display names: the recipient's own mobile in To, a colleague's mobile in Cc.
MESSAGES["351_display_names_with_phones_to_cc.eml"] = message(
    sender="工事課 加藤 <kato.s@example.co.jp>",
    to=["山田 090-2745-1183 <yamada@yamada-setsubi.example>"],
    cc=["現場 田村（携帯080-5531-7726） <tamura.k@example.co.jp>"],
    subject="8/22 空調機 搬入の段取り", date="Thu, 21 Aug 2025 18:40:00 +0900",
    msgid="<20250821184000.351D@example.co.jp>",
    body=("山田設備 山田様\n\n"
          "エグザンプル工事課の加藤です。明日の空調機搬入の段取りです。\n"
          "・8時30分 搬入口集合(B1 荷捌き場)\n"
          "・ユニック車 1台(4t)、作業員 3名\n"
          "・現場責任者は Cc の田村です。当日の連絡は田村へお願いします。\n\n"
          + sig("工事課", "加藤 修", "03-6453-2253")))

# ===================================================================================== 352
# A customer's address as Reply-To (a header field); her visit address in the body.
MESSAGES["352_reply_to_customer_address_visit.eml"] = message(
    sender="リフォーム課 久保田 <kubota.e@example.co.jp>", to=["工事部 <koji@tokai-reform.example>"],
    reply_to="小林 美咲 <misaki.kobayashi@freemail.example>",
    subject="浴室リフォーム 現地確認のお願い(小林様邸)", date="Fri, 22 Aug 2025 10:15:00 +0900",
    msgid="<20250822101500.352R@example.co.jp>",
    body=("東海リフォーム 工事部 御中\n\n"
          "エグザンプルの久保田です。浴室リフォームの現地確認をお願いします。\n"
          "日程はお客様と直接ご調整ください(このメールに返信するとお客様に届きます)。\n\n"
          "現場: 〒461-0005 愛知県名古屋市東区東桜二丁目9番14号\n"
          "内容: ユニットバス交換(1616サイズ)、築年数 平成十年\n\n"
          + sig("リフォーム課", "久保田 英二", "03-6453-2257")))

# ===================================================================================== 353
# Control: a formal letter whose letterhead is the sender's own company in kanji numerals (the same
# 〒, address and 代表 number as the signature); 金壱百万円也, 令和七年 dates, 第三条.
MESSAGES["353_control_formal_letter_own_letterhead_kanji_amounts.eml"] = message(
    sender="法務部 渡部 <watanabe.t@example.co.jp>", to=["総務部 契約担当 <keiyaku@minato-bussan.example>"],
    subject="業務委託契約 締結のご案内", date="Mon, 25 Aug 2025 10:00:00 +0900",
    msgid="<20250825100000.353F@example.co.jp>",
    body=("                                        令和七年八月二十五日\n"
          "株式会社ミナト物産\n総務部 御中\n\n"
          "                                〒一〇五―〇〇一一\n"
          "                                東京都港区芝公園二丁目四番一号\n"
          "                                株式会社エグザンプル 法務部\n"
          "                                電話 〇三（六四五三）一〇〇〇(代表)\n\n"
          "          業務委託契約締結のご案内\n\n"
          "拝啓 時下ますますご清栄のこととお慶び申し上げます。\n"
          "さて、令和七年四月一日付覚書に基づき、下記のとおり業務委託契約を締結いたしたく、\n"
          "ご案内申し上げます。\n\n"
          "記\n"
          "一、契約期間 令和七年十月一日から令和八年九月三十日まで\n"
          "二、委託料 金壱百万円也(消費税別)\n"
          "三、支払条件 第三条のとおり、毎月末日締め翌月末日払い\n"
          "四、契約書 正副二通(第〇〇四二号)\n"
          "以上\n\n"
          "敬具\n\n"
          "-- \n株式会社エグザンプル 法務部\n渡部 達也\n〒105-0011 東京都港区芝公園2-4-1\n"
          "TEL 03-6453-1000(代表)\n"))

# ===================================================================================== 354
# Control (internal only): kick-off notice, venue by name, stations, exits, bus numbers, kanji dates.
MESSAGES["354_control_int_kickoff_venue_by_name_stations.eml"] = message(
    sender="経営企画部 石井 <ishii.k@example.co.jp>",
    to=["全社員 <all@example.co.jp>"], cc=["大阪支社 総務 <soumu@osaka.example.co.jp>"],
    subject="第十二回 全社キックオフのご案内", date="Tue, 26 Aug 2025 15:00:00 +0900",
    msgid="<20250826150000.354K@example.co.jp>",
    body=("各位\n\n"
          "第十二回 全社キックオフを下記のとおり開催します。\n\n"
          "日時: 令和七年十月一日(水)十三時〜十七時\n"
          "会場: 京都市勧業館 みやこめっせ 第一展示場\n"
          "アクセス: 地下鉄東西線「東山」駅 1番出口から徒歩8分\n"
          "         京都駅 八条口から貸切バス(1号車〜12号車)\n"
          "予算: 金弐百万円(交通費を除く)\n"
          "出欠: 九月十二日までに社内ポータルで回答(問合せ 内線 2231)\n\n"
          "-- \n経営企画部 石井 可奈子\n内線 2290\n"))

# ===================================================================================== 355
# Control: directions by street names, intersections and station exits (Kyoto, Sapporo); the
# sender's own Kyoto branch address (通り名, 下る) only in her signature.
MESSAGES["355_control_directions_street_names_exits.eml"] = message(
    sender="京都支店 長尾 <nagao.r@example.co.jp>", to=["営業部 <eigyo@kitamura-seiko.example>"],
    subject="京都支店・札幌営業所へのアクセス", date="Wed, 27 Aug 2025 11:30:00 +0900",
    msgid="<20250827113000.355A@example.co.jp>",
    body=("北村精工株式会社 営業部 御中\n\n"
          "来月のご来訪の件、各拠点へのアクセスをお知らせします。\n\n"
          "【京都支店】\n"
          "地下鉄烏丸線「四条」駅 22番出口を出て、烏丸通を北へ。蛸薬師通の角です(四条烏丸から徒歩4分)。\n"
          "阪急「烏丸」駅からは 24番出口が便利です。\n\n"
          "【札幌営業所】\n"
          "地下鉄南北線「さっぽろ」駅 10番出口から、北3条西4丁目の交差点を西へ進み、\n"
          "道庁赤れんが前を通って二つ目の角です。大通駅からは 北1条通を北へ徒歩7分。\n\n"
          "ご来訪は9月16日(火)・17日(水)の予定で承っております。\n\n"
          "-- \n株式会社エグザンプル 京都支店\n長尾 理沙\n〒604-8152 京都市中京区烏丸通蛸薬師下る手洗水町645\n"
          "TEL 075-256-1180\n"))

# ===================================================================================== 356
# A seminar at a public hall: its full 〒, address and phone (counted, as companies' are).
MESSAGES["356_seminar_public_hall_full_address_phone.eml"] = message(
    sender="マーケティング部 大塚 <otsuka.m@example.co.jp>", to=["イベント事業部 <event@shonan-event.example>"],
    subject="9/26 省エネセミナー 会場手配のお願い", date="Thu, 28 Aug 2025 14:20:00 +0900",
    msgid="<20250828142000.356V@example.co.jp>",
    body=("湘南イベント株式会社 イベント事業部 御中\n\n"
          "エグザンプルの大塚です。省エネセミナーの会場は次のとおり仮予約済みです。\n"
          "設営・受付の手配をお願いいたします。\n\n"
          "会場: 湘南ふれあい文化ホール 第一展示室\n"
          "所在地: 〒251-0052 神奈川県藤沢市藤沢1丁目2番3号\n"
          "会場代表: 0466-22-7041\n"
          "最寄り: JR・小田急「藤沢」駅 北口から徒歩5分\n\n"
          "日時: 9月26日(金)13:30〜16:30(受付 13:00〜)\n"
          "定員: 80名(着席・スクール形式)\n\n"
          + sig("マーケティング部", "大塚 真理", "03-6453-2271")))

# ===================================================================================== 357
# Control: new-year card print order full of kanji numbers, 大字 amounts, 元年 outside a birth date.
MESSAGES["357_control_nengajo_order_kanji_numbers.eml"] = message(
    sender="総務部 上田 <ueda.k@example.co.jp>", to=["受注センター <order@nenga-print.example>"],
    subject="年賀状 印刷のご注文(令和八年用)", date="Fri, 29 Aug 2025 16:45:00 +0900",
    msgid="<20250829164500.357N@example.co.jp>",
    body=("年賀プリント 受注センター 御中\n\n"
          "エグザンプル総務部の上田です。令和八年用の年賀状を次のとおり注文します。\n\n"
          "一、デザイン 干支 第〇九〇番(二〇二六年 午)\n"
          "二、枚数 壱千弐百枚(郵便番号枠あり・宛名面は無地)\n"
          "三、金額 金参万六千円也(消費税込)\n"
          "四、納期 令和七年十二月十二日\n"
          "五、挨拶文 「令和元年の創立以来…」の文例 第三号\n\n"
          "注文番号 R7-1208-0331 / 見積 No. 〇三一二\n\n"
          + sig("総務部", "上田 和也", "03-6453-2290")))


def main() -> None:
    for name, data in MESSAGES.items():
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        (OUT / name).write_bytes(data)
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
