"""Japanese bank account numbers: 7 digits in 口座番号 / 普通預金 / (普) context.

The label must be the nearest one in the number's cell (labels.cell_before):
- 口座 / 預金 / 振込 (口座番号：, 普通預金 1234567, お振込先：… 1234567) anywhere in it;
- (普) / (当) (普通 / 当座 abbreviated on invoices) anywhere in it;
- 普通 / 当座 alone only right before the number ("本店 普通 1234567"): 普通 is also a
  train car (普通車), a driving licence class, an ordinary anything.
Another number's label nearer to the value wins ("普通車指定席 2名 予約番号 4567890",
"振込人 お客様番号 1234567"), as with credit_card's _OTHER_NUMBER.
"""

from __future__ import annotations

import re

from proxy.detectors import numbers
from proxy.detectors.labels import GAP
from proxy.detectors.normalize import nfkc
from proxy.detectors.numbers import Window

TYPE = "jp_bank_account"
LENGTHS = frozenset({7})
# Literals where find_all looks for 7-digit numbers (every accepted label holds one),
# and without which numbers.NumberTable skips this validator.
TRIGGERS = ("口座", "普通", "当座", "預金", "振込", "普)", "当)", "普）", "当）")

_BANK = r"口座|預金|振込|[(（][普当][)）]"
_OTHER = (
    r"(?<!口座)(?<!店)番号|注文|伝票|追跡|予約|受付|管理|請求書|会員|顧客|お客様|問い?合わ?せ|"
    r"(?i:order|tracking|invoice|booking|reservation|ticket|customer|member|ref(?:erence)?\b)"
)
_NEAREST = re.compile(rf"(?P<bank>{_BANK})|{_OTHER}")
_RIGHT_BEFORE = re.compile(rf"(?:普通|当座){GAP}*\Z")


# A number right after an amount or a date label is that ("振込金額 1234567", "振込日");
# only right before it: a note such as "（手数料はご負担ください）" between 振込先 and the
# account does not make the account a fee.
_AMOUNT_RIGHT_BEFORE = re.compile(
    r"(?:金額|手数料|振込日|支払日|合計|総額|残高|[¥￥\\])[\s:：=＝]*\Z"
)
# A number written with its currency is money, whatever account word precedes it
# ("当座預金 1234567円", "普通預金 残高 ¥2345678": a balance report to the accountant).
# After a space, not 円 starting a name ("普通 1234567 円谷花子": 1234567円以上 is
# money); at most one space: numbers.process remembers a run's result by its text up to five
# characters after it, so nothing further may change the answer.
# ... or a count of shares ("普通 4500000株", "Ordinary 4500000 shares").
_YEN_AFTER = re.compile(
    r"[円株]|[ \u3000](?:[円株](?![\u4e00-\u9fff])|(?i:yen|jpy|shares?)\b)|(?i:yen|jpy)\b"
)


def labelled(cell: str) -> bool:
    """True when the nearest label in `cell` (the text before a number) is a bank one."""
    if _AMOUNT_RIGHT_BEFORE.search(cell) is not None:
        return False
    if _RIGHT_BEFORE.search(cell) is not None:
        return True
    last = None
    for last in _NEAREST.finditer(cell):  # noqa: B007 - the last one is the nearest
        pass
    return last is not None and last.group("bank") is not None


def match(w: Window) -> str | None:
    if len(w.groups) != 1 or _YEN_AFTER.match(w.text, w.end) is not None:
        return None
    # (A blank's 0000000 never gets here: numbers.blank. Not the digits counted out,
    # 1234567: a sample's too, but real accounts are numbered so.)
    if _SHARES.search(w.text, max(0, w.start - _SHARES_BEFORE), w.start) is not None:
        return None  # "発行済株式\n普通 4500000": a count of ordinary shares
    return w.digits if labelled(w.cell()) else None


# Shares named just before: 普通 / Ordinary is a class of shares there (株式会社 is no
# share: a company's name before its account).
_SHARES = re.compile(r"株式(?!会社)|株主|発行済|(?i:\bshares?\b|\bshareholders?\b)")
_SHARES_BEFORE = 60


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)


# ゆうちょ銀行 (Japan Post Bank) numbers its accounts by 記号 and 番号 ("記号 14170 番号
# 28391541", "記号番号 14170-28391541"): a 記号 is five digits, 1 first and 0 last, a 番号
# up to eight. Other banks' transfers take them as 店名 and an account of seven digits
# (記号 1XY?0 → branch XY8, 番号 without its last digit, zero-padded): the value is that
# account, so "記号 16050 番号 41726381" and "六〇八店 普通 4172638" are one account.
# Near a word that names the savings account (_YUCHO_CONTEXT): a health insurance
# card's 記号 and 番号 are another card's.
# (Possessive white space: two loops side by side backtracked into each other, quadratic
# on a long run of spaces after 記号.)
_YUCHO = re.compile(
    r"記号(?:番号)?[ \t\u3000]*+[:：]?[ \t\u3000]*+([1１][0-9０-９]{3}[0０])[ \t\u3000]*+"
    r"(?:[-‐－ー−、,/／][ \t\u3000]*+)?(?:番号[ \t\u3000]*+[:：]?[ \t\u3000]*+)?"
    r"([0-9０-９]{1,8})(?![0-9０-９])"
)
# Words that name the savings account, before or after: not 振替 alone (振替休日, 口座振替
# is a direct debit) nor 口座 alone.
_YUCHO_CONTEXT = re.compile(r"ゆうちょ|郵便貯金|通常貯金|振替口座|総合口座|貯金口座|郵便局")
_YUCHO_REACH = 60
_YUCHO_AFTER = 30


def find_yucho(text: str) -> list[str]:
    """ゆうちょ accounts written by 記号 and 番号 in `text`, as the seven-digit account
    other banks' transfers use."""
    if "記号" not in text:  # a plain str test first: most text has none
        return []
    found = []
    for m in _YUCHO.finditer(text):
        lo = m.start() - _YUCHO_REACH if m.start() > _YUCHO_REACH else 0
        if _YUCHO_CONTEXT.search(text, lo, m.end() + _YUCHO_AFTER) is None:
            continue
        number = nfkc(m.group(2))
        if len(number) < 2:
            continue
        found.append(number[:-1].rjust(7, "0"))
    return found


# In English, for a Japanese bank's account: the account type right before the number
# ("Ordinary 2749306", "Savings account No. 1234567", "Futsu 1234567"), or an account
# number's label ("Account No.: 1234567", "A/C number 1234567") with the bank, a branch
# or an account type named near it: a shop's or a utility's "account number" is none.
# Savings / current / checking alone need a bank near them, as a label does ("Current:
# 1234567" is a count); with "account" after them they are an account type.
_EN_WEAK_TYPE = r"savings?|current|checking"
_EN_ACCOUNT_WORD = r"[ \t]+(?:deposit|account|a/c)"
# The type may carry its other name in brackets: "Ordinary (Futsu) account 5526081".
_EN_TYPE = (
    rf"(?:ordinary|futsuu?|touza|toza)(?:[ \t]*[(（][A-Za-z /]{{1,12}}[)）])?(?:{_EN_ACCOUNT_WORD})?"
    rf"|(?:{_EN_WEAK_TYPE}){_EN_ACCOUNT_WORD}"
)
_EN_LABEL = r"(?:bank[ \t]+)?(?:account|a/c|acct\.?)[ \t]*(?:no\.?|number|num\.?|#)"
# Possessive white space: loops side by side backtracked into each other over a long
# run of spaces.
_EN_ACCOUNT = re.compile(
    rf"(?i:\b(?:(?P<type>{_EN_TYPE})|{_EN_LABEL}|(?:{_EN_WEAK_TYPE})\b))[ \t]*+[:：]?[ \t]*+"
    r"(?i:no\.?[ \t]*+[:：]?[ \t]*+)?"
    r"([0-9０-９]{7})(?![0-9０-９])"
)
_EN_BANK = re.compile(
    # Not "savings" / "current": a cost report's figures ("Projected savings: 1250000").
    r"(?i:\bbank\b|\bbranch\b|\bordinary\b|\bfutsu|\btou?za\b)|銀行|支店|金庫"
    # Banks by the short names their customers write ("Refund to: MUFG Ordinary …").
    r"|(?i:\b(?:mufg|smbc|mizuho|resona|sumitomo|mitsui|mitsubishi|shinsei|sbi|rakuten"
    r"|paypay|aeon|yucho|japan[ ]post)\b)"
)
_MY_ACCOUNT = re.compile(r"(?i:\baccount\b)")
_EN_BANK_BEFORE = 150
_EN_BANK_AFTER = 60


def find_english(text: str) -> list[str]:
    """Japanese bank accounts written in English in `text` (seven digits)."""
    if "ccount" not in text and "rdinary" not in text and "avings" not in text:
        return []
    found = []
    for m in _EN_ACCOUNT.finditer(text):
        if _YEN_AFTER.match(text, m.end()) is not None:
            continue
        bare_ordinary = m.group("type") is not None and m.group("type").lower() == "ordinary"
        if bare_ordinary and _SHARES.search(text, max(0, m.start() - _SHARES_BEFORE), m.start()):
            continue  # "Issued shares:\nOrdinary 4500000": a class of shares
        if bare_ordinary and _MY_ACCOUNT.search(text, max(0, m.start() - 30), m.start()):
            pass  # "Please pay into my account: Ordinary 2749306"
        elif (m.group("type") is None or bare_ordinary) and "bank" not in m.group().lower():
            # The bank named before or after the match, not the match's own word
            # ("Projected savings: 1250000"); "Bank account No." names it itself.
            lo = m.start() - _EN_BANK_BEFORE if m.start() > _EN_BANK_BEFORE else 0
            if (
                _EN_BANK.search(text, lo, m.start()) is None
                and _EN_BANK.search(text, m.end(), m.end() + _EN_BANK_AFTER) is None
            ):
                continue
        if not numbers.blank(nfkc(m.group(2))):
            found.append(nfkc(m.group(2)))
    return found
