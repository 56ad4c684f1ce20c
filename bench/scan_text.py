"""Throughput of proxy.detectors.find_all on ~20 MB of realistic business mail text.

Generates plain Japanese/English business mail (greetings, meeting dates, prices, order
numbers, meeting IDs, signatures with separators, quoted replies) with personal data
scattered through it (phones, cards, My Numbers, addresses, birthdays, e-mail, IBAN …)
and some tabular attachments rendered as `header: value` rows. Prints find_all's
throughput in MB/s (10^6 bytes of UTF-8) on one core, and, measured in the same run over
the same text, a single naive combined regex as the baseline, the two timed in turn.
Each repeat starts with find_all's caches cleared, so the best is not a warm-cache figure.

    .venv/bin/python bench/scan_text.py [--mb 20] [--seed 1] [--repeat 5]
    .venv/bin/python bench/scan_text.py --instructions [--mb 0.5]

--instructions counts machine instructions instead of seconds (valgrind's callgrind, three
runs of this script: set-up only, set-up and find_all once, set-up and the naive regex
once; the set-up's count is taken off the other two). Counts repeat to the instruction
whatever the neighbours do, so they compare two versions of the code where timings on a
shared machine can't; they are not speed (the interpreter's code runs at fewer
instructions a cycle than the regex engine's tight loop), so the MB/s above stays the
figure the target is about.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stdnum import luhn
from stdnum.jp import in_

from proxy.detectors import clear_caches, find_all
from proxy.model import Segment

# What a first implementation would write: one alternation over the whole text.
NAIVE = re.compile(
    r"\b(?:\d{4}[- ]?){3}\d{4}\b"
    r"|\b\d{4}[- ]?\d{4}[- ]?\d{4}\b"
    r"|\b0\d{1,4}[-ー－]?\d{1,4}[-ー－]?\d{4}\b"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|〒\s?\d{3}-\d{4}"
    r"|(?:東京都|大阪府|北海道|京都府|\w{2,3}県)\w{1,6}[市区町村]"
    r"|(?:マイナンバー|個人番号|生年月日|誕生日|口座番号|社外秘|機密|confidential)",
    re.IGNORECASE,
)

COMPANIES = [
    "株式会社サンプル",
    "山田商事株式会社",
    "有限会社テスト工業",
    "Example Trading Co., Ltd.",
]
NAMES = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健", "伊藤さくら", "渡辺翔"]
CITIES = [
    "東京都港区芝公園",
    "大阪府大阪市北区梅田",
    "神奈川県横浜市中区山下町",
    "福岡県福岡市博多区博多駅前",
]
KEYWORDS = ["社外秘", "機密", "取扱注意", "部外秘", "Confidential"]

JA = [
    "いつもお世話になっております。",
    "先日は{date}の打ち合わせにお時間をいただき、誠にありがとうございました。",
    "お見積り（{n}件、合計{price}円）を添付にてお送りいたします。ご査収ください。",
    "納期は{date}を予定しておりますが、前後する場合は改めてご連絡いたします。",
    "ご注文番号 {order} の件で確認させていただきたい点がございます。",
    "会議は{time}から本社{k}階の第{n}会議室で行います（所要時間は約{n}0分）。",
    "第２四半期の売上は前年比１{n}％となり、目標を上回りました！",
    "資料の最新版は共有フォルダの「{year}年度 営業資料」に格納しました。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "Zoom ミーティングID: 8{n}2 3456 7890 パスコード: {n}{n}{n}456",
    "配送伝票番号は {tracking} です。到着まで２〜３日ほどかかります。",
    "請求書（No. {year}-{n}{n}{n}）は月末締め翌月末払いでお願いいたします。",
    "サーバーのメンテナンスは{date} {time}〜{time}に実施予定です。",
    "引き続きどうぞよろしくお願いいたします。",
    "さて、標記の件につきまして、下記のとおりご案内申し上げます。",
    "社内で検討いたしましたところ、前回ご提案いただいた内容で進めることになりました。",
    "つきましては、契約書の案を作成いたしましたので、内容をご確認いただけますでしょうか。",
    "修正が必要な箇所がございましたら、コメントを入れてご返送いただけますと幸いです。",
    "お忙しいところ恐れ入りますが、今週中にご回答いただけますと助かります。",
    "なお、本件は関係部署とも調整のうえ、改めて正式にご連絡いたします。",
    "先方からの回答がまだ届いておりませんので、届き次第共有いたします。",
    "ご要望いただいた機能については、次回のリリースで対応する予定です。",
    "添付ファイルのパスワードは別途お送りいたします。",
    "ご確認のほど、何卒よろしくお願い申し上げます。",
]
EN = [
    "Thank you for your email and for your time on {edate}.",
    "Please find attached the quotation for {n} items (total USD {price}).",
    "The delivery is scheduled for {edate}; we will confirm the exact time later.",
    "Regarding order #{order}, could you confirm the shipping address?",
    "The meeting starts at {time} in room {k}0{n}. Meeting ID: 9{n}1 2345 6789.",
    "Revenue in Q{k} grew by {n}.{n}% year over year, ahead of plan.",
    "Let me know if you have any questions. Best regards,",
    "We have reviewed the draft agreement and have a few comments on section four.",
    "Could you please share the updated schedule with the project team by Friday?",
    "I am forwarding the customer's request below for your reference.",
    "Our legal team will get back to you once they have completed their review.",
    "Thanks again for your support, and I look forward to working with you.",
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _card(rng: random.Random) -> str:
    body = "4" + _digits(rng, 14)
    full = body + luhn.calc_check_digit(body)
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


def _my_number(rng: random.Random) -> str:
    body = _digits(rng, 11)
    full = body + in_.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{_digits(rng, 4)}-{_digits(rng, 4)}"


def _personal(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    choices = [
        lambda: f"{name}様の携帯番号は {_mobile(rng)} です。",
        lambda: (
            f"カード番号: {_card(rng)}（有効期限 {rng.randint(1, 12):02d}/{rng.randint(25, 30)}）"
        ),
        lambda: f"個人番号（マイナンバー）：{_my_number(rng)}",
        lambda: (
            f"送付先：〒{_digits(rng, 3)}-{_digits(rng, 4)} {rng.choice(CITIES)}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        ),
        lambda: (
            f"生年月日：昭和{rng.randint(30, 63)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        ),
        lambda: f"Contact: {name.lower()}{rng.randint(1, 99)}@customer.example.jp",
        lambda: f"振込先：みずほ銀行 本店 普通 {_digits(rng, 7)}",
        lambda: "IBAN: DE89 3704 0044 0532 0130 00",
        lambda: f"Mobile: +1 415 555 {rng.randint(1000, 1999)}",
        lambda: f"【{rng.choice(KEYWORDS)}】本資料の取り扱いにご注意ください。",
    ]
    return rng.choice(choices)()


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        edate=f"{rng.choice(['April', 'May', 'June'])} {rng.randint(1, 28)}",
        n=rng.randint(1, 9),
        k=rng.randint(1, 9),
        price=f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
        order=f"{rng.randint(100, 999)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
        tracking=f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        time=f"{rng.randint(9, 18)}:{rng.choice(['00', '30'])}",
        year=rng.randint(2020, 2025),
    )


def _signature(rng: random.Random, sender: int) -> str:
    r = random.Random(sender)  # one fixed signature per sender
    name = r.choice(NAMES)
    return (
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        f"{r.choice(COMPANIES)} 営業部\n{name}\n"
        f"〒{_digits(r, 3)}-{_digits(r, 4)} {r.choice(CITIES)}{r.randint(1, 9)}-{r.randint(1, 9)}\n"
        f"TEL: 03-{_digits(r, 4)}-{_digits(r, 4)} / FAX: 03-{_digits(r, 4)}-{_digits(r, 4)}\n"
        f"Mail: sender{sender}@sample.co.jp\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
    )


def _body(rng: random.Random) -> str:
    sender = rng.randint(1, 40)
    lines = [f"{rng.choice(NAMES)[:2]}様", ""]
    for _ in range(rng.randint(8, 30)):
        pool = JA if rng.random() < 0.7 else EN
        lines.append(_fill(rng, rng.choice(pool)))
        if rng.random() < 0.06:
            lines.append(_personal(rng))
        if rng.random() < 0.15:
            lines.append("")
    lines += ["", _signature(rng, sender)]
    if rng.random() < 0.3:
        lines += ["-----Original Message-----", f"From: {rng.choice(NAMES)}", "Sent: Monday"]
        lines += [_fill(rng, rng.choice(JA)) for _ in range(rng.randint(3, 10))]
    return "\n".join(lines)


def _attachment(rng: random.Random) -> str:
    rows = []
    for _ in range(rng.randint(20, 120)):
        cells = [f"氏名: {rng.choice(NAMES)}", f"部署: 営業{rng.randint(1, 5)}課"]
        cells.append(f"売上: {rng.randint(1, 9999)}000")
        cells.append(f"更新日: 2024/{rng.randint(1, 12)}/{rng.randint(1, 28)}")
        if rng.random() < 0.2:
            cells.append(f"電話番号: {_mobile(rng)}")
        rows.append("\t".join(cells))
    return "\n".join(rows)


def generate(megabytes: float, seed: int) -> list[list[Segment]]:
    rng = random.Random(seed)
    messages: list[list[Segment]] = []
    total = 0
    while total < megabytes * 1e6:
        segments = [Segment(_fill(rng, "Re: {date}の件"), "subject", "header")]
        segments.append(Segment(_body(rng), "body", "body"))
        if rng.random() < 0.1:
            segments.append(Segment(_attachment(rng), "attachment:list.csv", "attachment"))
        total += sum(len(s.text.encode()) for s in segments)
        messages.append(segments)
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--only", choices=["setup", "find_all", "naive"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.instructions:
        count_instructions(args.mb if args.mb != 20.0 else 0.5, args.seed)
        return

    messages = generate(args.mb, args.seed)
    if args.only:  # one pass for count_instructions, under valgrind
        find_all(messages[0], keywords=KEYWORDS)  # imports and compiled patterns: set-up
        clear_caches()
        if args.only == "find_all":
            for segments in messages:
                find_all(segments, keywords=KEYWORDS)
        elif args.only == "naive":
            for segments in messages:
                for s in segments:
                    for _ in NAIVE.finditer(s.text):
                        pass
        return
    size = sum(len(s.text.encode()) for m in messages for s in m)
    texts = [s.text for m in messages for s in m]
    mb = size / 1e6

    # The two are timed in turn, repeat after repeat, and the best of each is kept: on a
    # shared machine the load changes within seconds, and a ratio of two figures taken
    # minutes apart would measure the neighbours as much as the code.
    best = naive_best = float("inf")
    found: dict[str, int] = {}
    naive_hits = 0
    for _ in range(args.repeat):
        # Every repeat starts cold, as a fresh process would: what find_all remembers
        # (signature blocks, runs in context, label cells) only helps within a repeat,
        # where senders' signatures come back mail after mail.
        clear_caches()
        start = time.perf_counter()
        found = {}
        for segments in messages:
            for type_, finding in find_all(segments, keywords=KEYWORDS).items():
                found[type_] = found.get(type_, 0) + finding.count
        best = min(best, time.perf_counter() - start)

        start = time.perf_counter()
        naive_hits = sum(1 for t in texts for _ in NAIVE.finditer(t))
        naive_best = min(naive_best, time.perf_counter() - start)

    ours, naive = mb / best, mb / naive_best
    print(f"text: {mb:.1f} MB UTF-8 in {len(messages)} messages ({len(texts)} segments)")
    print(f"find_all:       {ours:6.1f} MB/s  ({best:.2f} s, best of {args.repeat})")
    print(f"naive regex:    {naive:6.1f} MB/s  ({naive_best:.2f} s, {naive_hits} raw matches)")
    print(f"ratio:          {ours / naive:6.2f}x the naive regex")
    print("distinct values per message, summed: " + ", ".join(f"{k}={v}" for k, v in found.items()))


def count_instructions(mb: float, seed: int) -> None:
    """find_all's and the naive regex's instruction counts over the same text."""
    # Counts don't depend on what else runs, so the three go side by side.
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    script = [sys.executable, __file__, "--mb", str(mb), "--seed", str(seed), "--only"]
    runs = {
        only: subprocess.Popen(
            [*valgrind, *script, only],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},  # str hashes vary the count otherwise
        )
        for only in ("setup", "find_all", "naive")
    }
    counts = {}
    for only, run in runs.items():
        _, err = run.communicate()
        refs = re.search(r"I\s+refs:\s+([\d,]+)", err)
        if run.returncode or refs is None:
            sys.exit(f"no instruction count from valgrind ({only}):\n{err[-2000:]}")
        counts[only] = int(refs.group(1).replace(",", ""))
    ours = counts["find_all"] - counts["setup"]
    naive = counts["naive"] - counts["setup"]
    print(f"text: {mb} MB, seed {seed}; instructions (callgrind), set-up taken off")
    print(f"find_all:       {ours / 1e6:8.1f} M instructions")
    print(f"naive regex:    {naive / 1e6:8.1f} M instructions")
    print(f"ratio:          {naive / ours:6.2f}x fewer than the naive regex")


if __name__ == "__main__":
    main()
