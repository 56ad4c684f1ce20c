"""Writes the held-out messages 50-57 (attachments in RAR 4/5, LZH, tar.gz, .csv.gz, an
encrypted RAR and a .csv.gz inside a RAR). Deterministic: fixed dates, fixed gzip/tar
times, "ciphertext" from a SHA-256 chain. Labels are in labels.toml, written by hand.

    cd <repo> && PYTHONPATH=. .venv/bin/python tests/corpus_heldout/make_50_57.py
"""

from __future__ import annotations

import gzip
import hashlib
import io
import tarfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from tests.archivefiles import lzh, rar4, rar5

HERE = Path(__file__).resolve().parent
MTIME = 1732000000  # 2024-11-19 16:06:40 JST, for gzip and tar headers


def csv_cp932(rows: list[str]) -> bytes:
    """A CSV as Japanese Excel saves it: CP932, CRLF."""
    return ("\r\n".join(rows) + "\r\n").encode("cp932")


def txt_cp932(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("cp932")


def gz(data: bytes, name: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=MTIME) as f:
        f.write(data)
    return buf.getvalue()


def targz(members: list[tuple[str, bytes]]) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), MTIME, 0o644
            info.uname = info.gname = "batch"
            tar.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=MTIME)


def pseudo_cipher(seed: str, size: int) -> bytes:
    out, block = bytearray(), seed.encode()
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[:size])


def message(
    *, sender: str, to: list[str], subject: str, date: str, msgid: str, body: str,
    cc: list[str] | None = None, cte: str = "base64",
    attachments: list[tuple[str, str, bytes]] = (),
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body, charset="utf-8", cte=cte)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0])  # fixed, not random
    return msg.as_bytes()


MESSAGES: dict[str, bytes] = {}

# --- 50: RAR 4, CP932 member names and CSV: a member list for a DM print shop ---------
members_50 = csv_cp932([
    "会員番号,氏名,フリガナ,郵便番号,住所,電話番号,生年月日",
    "M10231,佐藤 美咲,サトウ ミサキ,154-0023,東京都世田谷区若林3-15-8,090-3827-1146,1984/05/12",
    "M10388,鈴木 健一,スズキ ケンイチ,221-0835,神奈川県横浜市神奈川区鶴屋町2-21-4,045-312-7784,1976/11/03",
    "M10412,高橋 由紀,タカハシ ユキ,330-0063,埼玉県さいたま市浦和区高砂2-8-11,048-822-6513,1991/02/27",
    "M10577,田中 聡,タナカ サトシ,260-0013,千葉県千葉市中央区中央4-5-1,080-6154-2290,1968/08/19",
    "M10601,伊藤 真由美,イトウ マユミ,460-0003,愛知県名古屋市中区錦3-6-29,052-961-4407,1988/12/05",
    "M10743,渡辺 大輔,ワタナベ ダイスケ,812-0011,福岡県福岡市博多区博多駅前3-2-8,070-4418-9352,1995/07/30",
])
spec_50 = txt_cp932(
    "DM発送仕様\n"
    "・ハガキ(圧着) 6通\n"
    "・差出日: 2024年12月2日(月)\n"
    "・料金別納、差出人表示は弊社名のみ\n"
    "・宛名は「会員名簿_DM発送用.csv」の氏名に「様」を付けてください\n"
)
MESSAGES["50_att_rar4_cp932_member_list.eml"] = message(
    sender="販促企画 森田 <morita@example.co.jp>",
    to=["DM事業部 <dm-order@direct-print.example>"],
    subject="【ご依頼】冬季キャンペーンDM 宛名データ送付の件",
    date="Tue, 19 Nov 2024 10:12:44 +0900",
    msgid="<20241119101244.50A1@example.co.jp>",
    body=(
        "ダイレクトプリント株式会社\nDM事業部 ご担当者様\n\n"
        "いつもお世話になっております。エグザンプルの森田です。\n\n"
        "冬季キャンペーンDMの宛名データ(6件)と発送仕様をRARで圧縮してお送りします。\n"
        "差出日は12月2日(月)でお願いいたします。\n"
        "校正は11月27日(水)までにご返送いただけますと幸いです。\n\n"
        "よろしくお願いいたします。\n\n"
        "-- \n株式会社エグザンプル 販促企画課 森田 葵\nTEL 03-6453-1252\n"
    ),
    attachments=[("DM宛名データ_202411.rar", "application/x-rar-compressed",
                  rar4([("会員名簿_DM発送用.csv", members_50), ("発送仕様.txt", spec_50)]))],
)

# --- 51: RAR 5 price list to a distributor ---------------------------------------------
prices_51 = csv_cp932([
    "品番,JANコード,品名,入数,希望小売価格(税抜),卸価格(税抜),発売日",
    "KT-2041,4573218400123,ステンレス保温ボトル 350ml,24,2980,1790,2025/03/01",
    "KT-2042,4573218400208,ステンレス保温ボトル 500ml,24,3280,1970,2025/03/01",
    "KT-3105,4573218400284,真空断熱タンブラー 420ml,36,2480,1490,2025/03/15",
    "KT-3106,4573218400314,真空断熱タンブラー 600ml,36,2780,1670,2025/03/15",
    "LB-0810,4573218400475,保冷ランチバッグ Mサイズ,48,1580,950,2025/04/01",
    "LB-0811,4573218400611,保冷ランチバッグ Lサイズ,48,1880,1130,2025/04/01",
])
notice_51 = txt_cp932(
    "2025年度 春夏価格改定のお知らせ\n\n"
    "適用開始: 2025年4月1日受注分より\n"
    "改定内容: 保温ボトル・タンブラー全品 希望小売価格を平均6.8%改定\n"
    "最低発注ロット: 1ケース(入数単位)\n"
    "旧価格での受注締切: 2025年3月21日(金) 17:00\n"
)
MESSAGES["51_att_rar5_price_list.eml"] = message(
    sender="営業部 木村 <kimura@example.co.jp>",
    to=["仕入課 <shiire@marusan-shoji.example>"],
    subject="2025年度 春夏 価格表送付のご案内",
    date="Wed, 20 Nov 2024 15:40:02 +0900",
    msgid="<20241120154002.51B2@example.co.jp>",
    cte="8bit",
    body=(
        "丸三商事株式会社\n仕入課 御中\n\n"
        "平素より格別のお引き立てを賜り、誠にありがとうございます。\n"
        "エグザンプル営業部の木村でございます。\n\n"
        "2025年度春夏の新価格表と改定のお知らせを添付いたします。\n"
        "新価格は2025年4月1日受注分より適用となります。\n"
        "ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
        "-- \n株式会社エグザンプル 営業部 木村 拓海\nTEL 03-6453-1210 / FAX 03-6453-1299\n"
    ),
    attachments=[("2025春夏_価格表.rar", "application/vnd.rar",
                  rar5([("価格表_2025春夏.csv", prices_51),
                        ("価格改定のお知らせ.txt", notice_51)]))],
)

# --- 52: LZH meeting minutes to the client, a subcontractor in Cc ----------------------
minutes_52 = txt_cp932(
    "第12回 基幹システム更改プロジェクト 定例会 議事録\n\n"
    "日時: 2024年11月19日(火) 14:00〜15:30\n"
    "場所: 株式会社ミナト物産 本社 5階 第2会議室 / Teams併用\n"
    "出席者:\n"
    "  ミナト物産 情報システム部 大野部長、清水課長、藤田様\n"
    "  ネクストテック 松本様\n"
    "  エグザンプル 井上、原田(記)\n\n"
    "1. 進捗報告\n"
    "  ・結合テスト 消化率 82%(計画 85%)、残課題 14件\n"
    "  ・課題No.118, 121 は11月22日までに修正版を提供\n"
    "2. 移行リハーサル\n"
    "  ・第1回リハーサルを2024年12月7日(土) 9:00〜18:00 に実施\n"
    "  ・切替判定会議は12月10日(火) 16:00\n"
    "3. 決定事項\n"
    "  ・本番稼働日は2025年1月6日(月)で確定\n"
    "  ・帳票 R-204 のレイアウト変更は次フェーズで対応\n\n"
    "次回定例: 2024年11月26日(火) 14:00〜\n"
)
MESSAGES["52_att_lzh_meeting_minutes.eml"] = message(
    sender="原田 <harada@example.co.jp>",
    to=["大野 部長 <ono@minato-bussan.example>", "清水 課長 <shimizu@minato-bussan.example>"],
    cc=["松本 <matsumoto@nexttech.example>", "井上 <inoue@example.co.jp>"],
    subject="第12回定例会 議事録送付(11/19)",
    date="Wed, 20 Nov 2024 09:05:31 +0900",
    msgid="<20241120090531.52C3@example.co.jp>",
    body=(
        "ミナト物産株式会社\n大野様、清水様\n(cc: ネクストテック 松本様)\n\n"
        "お世話になっております。エグザンプルの原田です。\n"
        "昨日の第12回定例会の議事録をお送りします。\n"
        "お客様のPC環境に合わせてLZH形式で圧縮しています。\n"
        "内容に相違がございましたら11月22日(金)までにご連絡ください。\n\n"
        "-- \n株式会社エグザンプル SI事業部 原田 真一\nTEL 03-6453-1341\n"
    ),
    attachments=[("議事録_第12回定例会.lzh", "application/x-lzh-compressed",
                  lzh([("第12回定例会議事録.txt", minutes_52)]))],
)

# --- 53: tar.gz customer export for a data-migration vendor ----------------------------
customers_53 = csv_cp932([
    "顧客ID,氏名,メールアドレス,電話番号,郵便番号,住所,登録日",
    "C000118,山本 直樹,n.yamamoto@freemail.example,090-2231-5874,060-0061,北海道札幌市中央区南一条西4-12-1,2019/04/02",
    "C000245,中村 恵子,keiko-n@isp-mail.example,022-263-1187,980-0811,宮城県仙台市青葉区一番町3-7-22,2020/01/15",
    "C000309,小林 翔太,shota.k@webmail.example,080-7742-3019,370-0841,群馬県高崎市栄町12-4,2021/06/30",
    "C000477,加藤 裕子,yuko.kato@freemail.example,075-231-6630,604-0925,京都府京都市中京区河原町通二条下る一之船入町537,2022/09/08",
    "C000512,吉田 拓也,t-yoshida@isp-mail.example,092-715-4482,810-0001,福岡県福岡市中央区天神2-14-8,2023/11/21",
])
orders_53 = csv_cp932([
    "注文番号,顧客ID,注文日,金額(税込),ステータス",
    "2411000831,C000118,2024/11/02,12980,出荷済",
    "2411001207,C000245,2024/11/05,4378,出荷済",
    "2411001552,C000309,2024/11/09,26400,キャンセル",
    "2411002019,C000477,2024/11/14,8800,出荷準備中",
    "2411002380,C000512,2024/11/18,15730,受付",
])
readme_53 = txt_cp932(
    "移行テスト用抽出データ\n"
    "抽出日時: 2024/11/19 16:00\n"
    "文字コード: Shift_JIS(CP932)、改行: CRLF\n"
    "customers.csv 5件 / orders.csv 5件\n"
)
MESSAGES["53_att_targz_customer_export.eml"] = message(
    sender="情報システム課 岡本 <okamoto@example.co.jp>",
    to=["データ移行チーム 石井様 <ishii@cloudbridge.example>"],
    cc=["中島 <nakajima@example.co.jp>"],
    subject="移行テスト用 顧客データ抽出ファイルの送付",
    date="Tue, 19 Nov 2024 16:28:15 +0900",
    msgid="<20241119162815.53D4@example.co.jp>",
    body=(
        "クラウドブリッジ株式会社\n石井様\n\n"
        "お世話になっております。エグザンプル情報システム課の岡本です。\n\n"
        "移行テスト用に現行システムから抽出したデータを tar.gz でお送りします。\n"
        "顧客5件・注文5件の小さなサンプルです。\n"
        "文字コードはShift_JISのままですので、変換処理の確認にお使いください。\n\n"
        "-- \n株式会社エグザンプル 情報システム課 岡本 亮\nTEL 03-6453-1460\n"
    ),
    attachments=[("export_20241119.tar.gz", "application/gzip",
                  targz([("export/customers.csv", customers_53),
                         ("export/orders.csv", orders_53),
                         ("export/README.txt", readme_53)]))],
)

# --- 54: internal only, one .csv.gz of payroll accounts --------------------------------
accounts_54 = csv_cp932([
    "社員番号,氏名,銀行名,支店名,預金種目,口座番号,変更適用月",
    "E20117,長谷部 恭子,みずほ銀行,新宿西口支店,普通,2847193,2024年12月",
    "E20245,西田 航,三井住友銀行,渋谷支店,普通,7310264,2024年12月",
    "E20388,松井 沙織,りそな銀行,池袋支店,普通,1592847,2024年12月",
    "E20402,菅原 隆,ゆうちょ銀行,〇一八支店,普通,6083715,2024年12月",
    "E20519,平野 美穂,三菱UFJ銀行,目黒支店,普通,4926058,2024年12月",
])
MESSAGES["54_int_csvgz_payroll_accounts.eml"] = message(
    sender="総務部 小野寺 <onodera@example.co.jp>",
    to=["給与計算担当 <payroll@hr.example.co.jp>"],
    cc=["経理部 村田 <murata@example.co.jp>"],
    subject="12月給与 振込口座変更者一覧(5名)",
    date="Thu, 21 Nov 2024 11:47:09 +0900",
    msgid="<20241121114709.54E5@example.co.jp>",
    body=(
        "給与計算担当 各位\n\n"
        "総務部の小野寺です。\n"
        "12月支給分から振込口座を変更する社員5名の一覧を送ります(csv.gz)。\n"
        "11月25日(月)の締めまでに給与システムへの登録をお願いします。\n\n"
        "-- \n総務部 小野寺 徹 (内線 2214)\n"
    ),
    attachments=[("furikomi_henko_202412.csv.gz", "application/gzip",
                  gz(accounts_54, "furikomi_henko_202412.csv"))],
)

# --- 55: PPAP with an encrypted RAR 4 ---------------------------------------------------
MESSAGES["55_att_rar4_ppap_estimate.eml"] = message(
    sender="営業部 青木 <aoki@example.co.jp>",
    to=["購買部 桑原様 <kuwahara@hokuto-seiki.example>"],
    subject="お見積書送付の件(見積番号 E24-0931)",
    date="Fri, 22 Nov 2024 17:03:48 +0900",
    msgid="<20241122170348.55F6@example.co.jp>",
    body=(
        "北斗精機株式会社\n購買部 桑原様\n\n"
        "いつも大変お世話になっております。エグザンプルの青木でございます。\n\n"
        "ご依頼いただきました検査治具一式のお見積書(見積番号 E24-0931)をお送りします。\n"
        "ファイルはパスワード付きRARで圧縮しております。\n"
        "パスワードは別途メールにてお知らせいたします。\n\n"
        "見積有効期限: 2024年12月20日(金)\n"
        "納期: ご発注後 約6週間\n\n"
        "ご検討のほど、よろしくお願い申し上げます。\n\n"
        "――――――――――――――――――――\n"
        "株式会社エグザンプル 営業部 青木 健太\n"
        "TEL 03-6453-1215 / FAX 03-6453-1299\n"
        "――――――――――――――――――――\n"
    ),
    attachments=[("見積書_E24-0931.rar", "application/x-rar-compressed",
                  rar4([("見積書_E24-0931.xlsx", pseudo_cipher("55-E24-0931", 18448))],
                       encrypted=True))],
)

# --- 56: a .csv.gz inside a RAR 5: call list for a telemarketing vendor ----------------
calllist_56 = csv_cp932([
    "証券番号,契約者氏名,フリガナ,生年月日,電話番号,満期日,商品",
    "A2019-204718,前田 和也,マエダ カズヤ,1972/04/18,090-4471-2086,2025/01/31,普通傷害保険",
    "A2019-205533,藤井 智子,フジイ トモコ,1980/09/02,03-3722-5148,2025/01/31,個人賠償責任保険",
    "A2020-101962,森 浩二,モリ コウジ,1965/01/24,080-2937-6615,2025/02/15,自動車保険",
    "A2020-103477,岡田 舞,オカダ マイ,1993/06/11,06-6943-2871,2025/02/28,火災保険",
    "A2020-104005,石川 雅人,イシカワ マサト,1958/10/07,070-5182-3349,2025/02/28,自動車保険",
])
notes_56 = txt_cp932(
    "架電時の注意事項\n"
    "・架電時間は平日 10:00〜19:00\n"
    "・不在時は留守電にメッセージを残さず、翌営業日に再架電(最大3回)\n"
    "・結果は毎日18:30までに報告シートへ入力\n"
)
MESSAGES["56_att_rar5_nested_csvgz_call_list.eml"] = message(
    sender="保険代理店課 川口 <kawaguchi@example.co.jp>",
    to=["コールセンター運営部 <op-support@telecall-partners.example>"],
    subject="満期案内 架電リスト(12月分)のご送付",
    date="Mon, 25 Nov 2024 13:20:57 +0900",
    msgid="<20241125132057.5607@example.co.jp>",
    body=(
        "テレコールパートナーズ株式会社\nコールセンター運営部 御中\n\n"
        "お世話になっております。エグザンプル保険代理店課の川口です。\n\n"
        "2025年1〜2月に満期を迎えるご契約者様への満期案内の架電リスト(5件)をお送りします。\n"
        "架電期間は12月2日(月)〜12月13日(金)でお願いします。\n"
        "リストはcsv.gzで、注意事項と一緒にRARにまとめています。\n\n"
        "-- \n株式会社エグザンプル 保険代理店課 川口 亜希子\nTEL 03-6453-1575\n"
    ),
    attachments=[("架電リスト_202412.rar", "application/x-rar-compressed",
                  rar5([("架電リスト_202412.csv.gz", gz(calllist_56, "架電リスト_202412.csv")),
                        ("架電時の注意事項.txt", notes_56)]))],
)

# --- 57: LZH with a 社外秘 design document to a subcontractor ---------------------------
design_57 = txt_cp932(
    "【社外秘】\n"
    "受発注システム 基本設計書 v1.2\n"
    "作成: 2024年11月25日 株式会社エグザンプル SI事業部\n\n"
    "1. 目的\n"
    "  既存の受発注業務(FAX・電話受付)をWeb受付に移行し、入力工数を削減する。\n"
    "2. 対象範囲\n"
    "  受注登録、出荷指示、請求データ連携(会計システムへの日次連携)\n"
    "3. 非機能要件\n"
    "  同時接続 200ユーザー、応答時間 3秒以内(95パーセンタイル)\n"
    "  稼働時間 平日 7:00〜22:00\n"
    "4. スケジュール\n"
    "  詳細設計 2024年12月〜2025年1月、製造 2025年2月〜3月\n"
)
screens_57 = csv_cp932([
    "画面ID,画面名,区分,担当",
    "SCR-001,ログイン,共通,ネクストテック",
    "SCR-010,受注一覧,受注,ネクストテック",
    "SCR-011,受注登録,受注,エグザンプル",
    "SCR-020,出荷指示,出荷,ネクストテック",
])
MESSAGES["57_att_lzh_design_doc_keyword.eml"] = message(
    sender="井上 <inoue@example.co.jp>",
    to=["松本 <matsumoto@nexttech.example>"],
    cc=["原田 <harada@example.co.jp>"],
    subject="受発注システム 基本設計書 v1.2 の共有",
    date="Mon, 25 Nov 2024 18:42:10 +0900",
    msgid="<20241125184210.5718@example.co.jp>",
    cte="8bit",
    body=(
        "ネクストテック株式会社\n松本様\n\n"
        "お世話になっております。エグザンプルの井上です。\n"
        "基本設計書 v1.2 と画面一覧をお送りします(LZH形式)。\n"
        "詳細設計の見積もりの前提としてご確認ください。\n\n"
        "-- \n株式会社エグザンプル SI事業部 井上 裕介\nTEL 03-6453-1338\n"
    ),
    attachments=[("基本設計書_v1.2.lzh", "application/x-lzh-compressed",
                  lzh([("基本設計書_v1.2.txt", design_57), ("画面一覧.csv", screens_57)]))],
)


def main() -> None:
    for name, data in MESSAGES.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
