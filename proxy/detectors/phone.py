"""Telephone numbers, validated with `phonenumbers` and normalised to E.164.

`jp_phone`: Japanese numbers, domestic (03-1234-5678, 090-…, 050-…, 0120-…, 0800-…)
or international (+81 3 1234 5678, +81 (0)90 …). `intl_phone`: other countries'
numbers written in international form (+CC …), or in national form under a clear
telephone label ("Phone: (415) 555-0132"), or named as a country's number ("My Israeli
number is 09-7625400", "韓国の携帯 010-1234-5678": validated in that country, trunk
prefix 0 included): a bare 10-digit number such as a meeting ID is not a phone number.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberFormat

from proxy.detectors import numbers
from proxy.detectors.normalize import nfkc_label
from proxy.detectors.numbers import Window

JP = "jp_phone"
INTL = "intl_phone"
JP_LENGTHS = frozenset({10, 11, 12, 13})  # domestic 10-11; +81 forms 11-13 with the 81
INTL_LENGTHS = frozenset(range(7, 16))  # E.164 allows at most 15 digits

LABEL = re.compile(r"\b(?:tel|phone|telephone|mobile|cell|fax)\b|電話|携帯|ファックス|FAX", re.I)
# Numbers that only look like phone numbers: conference IDs, passcodes, order numbers.
# "ID" is matched inside words too ("ミーティングID"), but only in capitals: "provide",
# "video" and "idea" are no IDs.
# Like OTHER_NEAREST below, the nearest label decides: "ご注文者：山田太郎 様　電話：090-…"
# is the customer's phone (the word 注文 anywhere in the cell used to hide it).
# The words name the number ("注文番号", "会議ID", "Order #"), not a topic: "電話番号
# （ご注文時）090-…" and "注文者 TEL 090-…" are phones.
_NOT_A_PHONE_WORDS = (
    r"\bid\b|(?-i:ID)|pass\s*code|パスコード"
    r"|(?:ミーティング|会議|注文|伝票|追跡)\s*(?:番号|ＮＯ|ｎｏ|No|NO|#|＃|コード)"
    r"|(?:meeting|webinar|order|tracking|invoice)\s*(?:no\b|number|#|ref)"
)
# Another number's label: drawing, part, lot, product, contract, ticket numbers are often
# written like phone numbers (図番 06-2210-0034 is a valid Osaka number). The nearest
# label in the number's cell decides, as in bank_account (_OTHER) and credit_card
# (_OTHER_NUMBER): a phone label after the other one wins ("図番の件は 電話 06-…",
# "品番 SX-200 担当 TEL 03-…"). お問い合わせ先 / お問い合わせ電話番号 are phones;
# only 問い合わせ番号 (an enquiry's reference) is another number. ロット, not スロット.
# ASCII boundaries: "受取人TEL", "自宅TEL" are phone labels too.
_PHONE_WORD = (
    r"電話|携帯|ケータイ|スマホ|ファックス|FAX|連絡先|折り?返し|発信者番号|℡|☎"
    r"|(?i:(?a:\b)(?:tel|phone|telephone|mobile|cell|fax|caller)(?a:\b))"
)
_OTHER_JA = (
    "図番", "図面番号", "品番", "型番", "部品番号", "部品コード", "ロ(?<!スロ)ット", "製品コード",
    "商品コード", "品目コード", "契約番号", "管理番号", "注文番号", "伝票番号", "受付番号",
    "チケット番号", "問い?合わ?せ番号", "工事番号", "製造番号", "製番", "シリアル",
    "予約番号", "会員番号", "送り状番号", "受注番号", "請求書番号", "社員番号", "整理番号",
    "追跡番号", "顧客番号", "お客様番号", "カルテ番号", "診察券番号", "患者番号", "物件番号",
    "エントリー番号", "受験番号", "見積番号", "見積書番号", "御見積", "発注番号",
)  # fmt: skip
# English words, bare or only with No / number / # after them (ASCII word boundaries:
# "製品Lot 0312-…" is a lot number too).
_OTHER_EN_BARE = ("lot", "dwg", "serial", "ticket", "p/n", "s/n")
_OTHER_EN_NO = ("drawing", "part", "order", "item", "model", "product", "booking",
                 "reservation", "invoice", "tracking", "member", "employee")
_ASCII_WORD = "(?a:\\w)"


def _other_number_pattern() -> str:
    """Every branch starts with a literal character, so sre skips to the positions that
    hold one (its first-character set: no \\b and no re.I at a branch's start)."""
    branches = list(_OTHER_JA)
    for words, tail in (
        (_OTHER_EN_BARE, f"(?!{_ASCII_WORD})"),
        (_OTHER_EN_NO, r"\s*(?:no\b|number|#|ref)"),
    ):
        for word in words:
            rest = f"(?<!{_ASCII_WORD}.)(?i:{re.escape(word[1:])}{tail})"
            branches += [re.escape(c) + rest for c in dict.fromkeys((word[0], word[0].upper()))]
    return "|".join(branches)


# Digit-free (numbers.digit_free): answers are remembered per label key.
_OTHER_NUMBER = _other_number_pattern()
OTHER_NEAREST = re.compile(rf"(?:{_OTHER_NUMBER})(?!.*?(?:{_PHONE_WORD}))", re.S)
# ... and only right before the number, a note in brackets allowed: once the label's own
# value stands between ("会員番号 123 山田様 090-…", "予約番号：A123　090-…"), the phone
# after it is somebody's phone.
OTHER_RIGHT_BEFORE = re.compile(
    rf"(?:{_OTHER_NUMBER})[\s:：=＝#＃.．]*(?:(?:(?i:no|number)|番号)[\s:：=＝#＃.．]*)?"
    rf"(?:[(（][^()（）]{{0,12}}[)）][\s:：=＝]*)?\Z"
)
# (No character class with a range or a dash: numbers.digit_free then keys its answers
# by the cell with its digits as 0, shared by every line of a list.)
OTHER_CODE_BEFORE = re.compile(
    rf"(?:{_OTHER_NUMBER})[\s:：=＝#＃.．]*(?:(?i:no|number)[\s:：=＝#＃.．]*)?"
    r"\w{1,4}(?:-|‐|－|ー|−)?\Z"
)
NOT_A_PHONE = re.compile(  # "Meeting ID / Phone:" is one label, a meeting's
    rf"(?:{_NOT_A_PHONE_WORDS})(?:\s*[/／]\s*(?:{_PHONE_WORD}))?(?!.*?(?:{_PHONE_WORD}))",
    re.IGNORECASE | re.S,
)
# Domestic numbers with separators are written area code - exchange - subscriber, the
# last group 4 digits; 0120 / 0570 / 0990 / 0180 (and 0800) numbers also as xxxx-xxx-xxx,
# and a 2- or 3-digit area code may be the only group set apart (03-12345678).
# A 4-4-2 lot number (0312-0456-78) or a code run into a price ("0120-456-78）　1,200円"
# read as 0120-456-781) is none. Unseparated 10/11-digit runs are taken as they are.
_THREE_LAST = frozenset({"0120", "0570", "0990", "0180", "0800"})
# A number glued by a dash to an ASCII word before it is a code (INC-03-1234-5678,
# DWG-06-2210-0034, MC-0312-4455-66), unless the word is a phone label (TEL-03-…).
_GLUE_DASHES = frozenset(numbers.DASHES)
_GLUED_WORD = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ]*\Z")
_PHONE_GLUE = re.compile(
    r"tel|phone|ph|fax|mobile|mob|cell|direct|home|office|hp|m|t|ｔｅｌ|ＴＥＬ", re.I
)
# Regions tried, in order, for a labelled number in national form.
NATIONAL_REGIONS = ("US", "GB", "CN", "KR", "TW", "HK", "SG", "AU", "DE", "FR", "IN")

# A country named before a number in national form says where to validate it. English
# names and adjectives as written (capitalised or in capitals: "us" is a pronoun),
# Japanese names; 中国 only as the country (中国の / 中国人 …), not the 中国地方 region.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "IL": ("Israel", "Israeli", "イスラエル"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "American", "アメリカ", "米国"),
    "GB": ("UK", "U.K.", "Britain", "British", "England", "イギリス", "英国"),
    "CN": ("China", "Chinese", "中国の", "中国人", "中国国内", "中国本土", "中国携帯"),
    "KR": ("Korea", "Korean", "韓国"),
    "TW": ("Taiwan", "Taiwanese", "台湾"),
    "HK": ("Hong Kong", "香港"),
    "SG": ("Singapore", "Singaporean", "シンガポール"),
    "AU": ("Australia", "Australian", "オーストラリア", "豪州"),
    "CA": ("Canada", "Canadian", "カナダ"),
    "DE": ("Germany", "German", "ドイツ"),
    "FR": ("France", "French", "フランス"),
    "IT": ("Italy", "Italian", "イタリア"),
    "ES": ("Spain", "Spanish", "スペイン"),
    "NL": ("Netherlands", "Dutch", "オランダ"),
    "IN": ("India", "Indian", "インド"),
    "ID": ("Indonesia", "Indonesian", "インドネシア"),
    "VN": ("Vietnam", "Vietnamese", "ベトナム"),
    "PH": ("Philippines", "Filipino", "フィリピン"),
    "TH": ("Thailand", "Thai"),
    "MY": ("Malaysia", "Malaysian", "マレーシア"),
    "BR": ("Brazil", "Brazilian", "ブラジル"),
    "MX": ("Mexico", "Mexican", "メキシコ"),
}


def _region_of() -> dict[str, str]:
    region_of: dict[str, str] = {}
    for region, names in COUNTRY_NAMES.items():
        for name in names:
            region_of[name] = region
            if name.isascii():
                region_of[name.upper()] = region
    return region_of


_REGION_OF = _region_of()
# Literals only (longest first), so the search skips to their first characters at C
# speed; the word boundaries of English names are checked on each hit.
_COUNTRY = re.compile("|".join(map(re.escape, sorted(_REGION_OF, key=len, reverse=True))))
# With a country named, the number must still be called a number (or a phone).
NUMBER_WORD = re.compile(LABEL.pattern + r"|\b(?:number|contact)\b|番号|連絡先", re.I)
# Words every LABEL and NUMBER_WORD match contains, and the '+' of the international
# form: numbers.NumberTable offers a number to match_intl only after one of them.
INTL_TRIGGERS = (
    "+", "＋", "number", "tel", "phone", "mobile", "cell", "fax", "contact",
    "番号", "電話", "携帯", "連絡先", "ファックス",
)  # fmt: skip


def country_in(cell: str) -> str | None:
    """The region of the country named last (nearest the number) in `cell`, if any."""
    region = None
    for m in _COUNTRY.finditer(cell):
        start, end = m.span()
        name = m.group()
        if name.isascii() and (
            (start and cell[start - 1].isascii() and cell[start - 1].isalpha())
            or (end < len(cell) and cell[end].isascii() and cell[end].isalpha())
        ):
            continue  # inside a word: "USB", "Thailand" read as "Thai"
        region = _REGION_OF[name]
    return region


def country_before(w: Window) -> str | None:
    """The region of the country named nearest before the number in its cell, if any."""
    key = w.label_key()  # country names hold no digit: see numbers.label_key
    region = _COUNTRY_BEFORE.get(key, "")
    if region == "":
        if len(_COUNTRY_BEFORE) >= _COUNTRY_BEFORE_SIZE:
            _COUNTRY_BEFORE.clear()
        region = _COUNTRY_BEFORE[key] = country_in(w.cell())
    return region


# country_before's answers per label key ("" is never a region: it marks a miss).
_COUNTRY_BEFORE: dict[bytes, str | None] = {}
_COUNTRY_BEFORE_SIZE = 4096


@lru_cache(maxsize=1024)
def _parse_in(digits: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number_for_region(number, region):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _named_country(w: Window) -> str | None:
    """E.164 of a number named as another country's, e.g. "My Israeli number is …"."""
    region = country_before(w)
    if region is None or not w.has_label(NUMBER_WORD) or w.has_label(NOT_A_PHONE):
        return None
    return _parse_in(w.digits, region)


@cache
def region_validator(code: int, region: str) -> dict[int, re.Pattern[str]]:
    """phonenumbers' own validity test for `region` ("001": non-geographic numbers of
    calling code `code`), as one pattern per national number length.

    is_valid_number walks the region's number descriptions (fixed line, mobile, toll
    free …) in Python, about 10 µs a number; a number is valid when the general
    description and one of those match (length and national number pattern). The same
    patterns, joined per length and compiled once, give the same answer in about 1 µs.
    """
    md = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    if md is None:
        return {}
    general = md.general_desc
    descs = [
        d
        for d in (
            md.premium_rate, md.toll_free, md.shared_cost, md.voip, md.personal_number,
            md.pager, md.uan, md.voicemail, md.fixed_line, md.mobile,
        )
        if d is not None and d.national_number_pattern
    ]  # fmt: skip
    by_length: dict[int, re.Pattern[str]] = {}
    for n in general.possible_length:
        specific = [
            d.national_number_pattern
            for d in descs
            if not d.possible_length or n in d.possible_length
        ]
        if specific:
            by_length[n] = re.compile(
                rf"(?=(?:{general.national_number_pattern})\Z)(?:{'|'.join(specific)})\Z"
            )
    return by_length


def valid_in(code: int, region: str, national: str) -> bool:
    """is_valid_number_for_region for +`code` `national` (no leading 0) in `region`."""
    pattern = region_validator(code, region).get(len(national))
    return pattern is not None and pattern.match(national) is not None


@cache
def _leading_digits(region: str) -> re.Pattern[str] | None:
    md = PhoneMetadata.metadata_for_region(region, None)
    return re.compile(md.leading_digits) if md is not None and md.leading_digits else None


def region_of(code: int, national: str) -> str | None:
    """The region of +`code` `national` when it is a valid number (phonenumbers'
    region_code_for_number, then is_valid_number_for_region), else None."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions:
        return None
    region = regions[0]
    if len(regions) > 1:
        for candidate in regions:
            if PhoneMetadata.metadata_for_region(candidate, None) is None:
                continue
            leading = _leading_digits(candidate)
            if leading is not None:
                if leading.match(national):
                    break
            elif valid_in(code, candidate, national):
                break
        else:
            return None
        region = candidate
    return region if valid_in(code, region, national) else None


def _jp_domestic(national: str) -> bool:
    """phonenumbers.is_valid_number for +81 `national` (no leading 0), see region_validator."""
    return valid_in(81, "JP", national)


def _country_code(digits: str) -> int:
    """The calling code `digits` (after '+') start with, as phonenumbers reads it; 0 if none."""
    if not digits or digits[0] == "0":
        return 0
    for n in (1, 2, 3):
        code = int(digits[:n])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            return code
    return 0


@cache
def _national_prefix(code: int) -> re.Pattern[str] | None:
    md = PhoneMetadata.metadata_for_region_or_calling_code(
        code, COUNTRY_CODE_TO_REGION_CODE[code][0]
    )
    pattern = md.national_prefix_for_parsing if md is not None else None
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=4096)
def parse_international(raw: str) -> tuple[str, str] | None:
    """('JP', '+81…') for '+81 …'; (region, E.164) for a valid international number.

    phonenumbers.parse and is_valid_number cost about 40 µs. When parse would only split
    off the calling code (no "(0)", no national prefix after the code), the digits are
    checked directly (region_of, as is_valid_number would); else phonenumbers is used.
    """
    digits = "".join(c for c in raw if c.isdigit())
    code = _country_code(digits)
    if code == 0:
        return None
    national = digits[len(str(code)) :]
    prefix = _national_prefix(code)
    if (
        "(" not in raw
        and national[:1] not in ("", "0")
        and (prefix is None or not prefix.match(national))
    ):
        region = region_of(code, national)
        return (region, f"+{code}{national}") if region is not None else None
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    region = phonenumbers.region_code_for_number(number) or ""
    return region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=1024)
def _possible_international(raw: str) -> tuple[str, str] | None:
    """(region, E.164) of a number written with its calling code that phonenumbers
    finds possible but not valid: a range not yet in its data, or one set aside for
    fiction (Ofcom's +44 7700 900xxx), which a reader still takes for a phone number.
    Ten digits at least: "+1 234" is no number."""
    if sum(c.isdigit() for c in raw) < 10:
        return None
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    region = phonenumbers.region_code_for_country_code(number.country_code)
    return region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=1024)
def _parse_national(digits: str) -> str | None:
    """E.164 of a labelled national-form number valid in one of NATIONAL_REGIONS.

    Checked against each region's compiled patterns (region_validator), not with
    phonenumbers.parse: at ~40 µs a region, parsing every labelled digit run of a large
    attachment took minutes (bench/scan.py's text-only PDF: 96 s for 5 MB).
    """
    for code, by_length in _national_validators():
        national = digits
        if code == 1 and len(national) == 11 and national[0] == "1":
            national = national[1:]  # NANP's trunk prefix "1"
        pattern = by_length.get(len(national))
        if pattern is not None and pattern.match(national):
            return f"+{code}{national}"
    return None


@cache
def _national_validators() -> tuple[tuple[int, dict[int, re.Pattern[str]]], ...]:
    """(calling code, region_validator) of each of NATIONAL_REGIONS, in order."""
    return tuple(
        (code, region_validator(code, region))
        for region in NATIONAL_REGIONS
        for code in (phonenumbers.country_code_for_region(region),)
    )


_JP_BY_LENGTH = region_validator(81, "JP")


def jp_domestic_e164(digits: str) -> str | None:
    """'+81…' for a valid Japanese number in domestic form (trunk prefix 0), else None."""
    if len(digits) not in (10, 11) or digits[0] != "0" or digits[1] == "0":
        return None
    pattern = _JP_BY_LENGTH.get(len(digits) - 1)  # _jp_domestic(digits[1:]), inlined
    return "+81" + digits[1:] if pattern is not None and pattern.match(digits, 1) else None


def written_as_phone(groups: tuple[int, ...], seps: tuple[str, ...], digits: str) -> bool:
    """A domestic number's digit groups as Japanese numbers are written (see _THREE_LAST);
    a bracket only around or after the area code ("(03)1234-5678", "03(1234)5678")."""
    if len(groups) == 1:
        return True
    last = groups[-1]
    if last != 4 and not (
        (last == 3 and groups[:-1] == (4, 3) and digits[:4] in _THREE_LAST)
        or (len(groups) == 2 and groups[0] <= 3)  # the area code alone: 03-12345678
    ):
        return False
    for k, sep in enumerate(seps):
        if k and ("(" in sep or (")" in sep and not (k == 1 and "(" in seps[0]))):
            return False
    return True


def glued_to_code(text: str, start: int) -> bool:
    """The number at `start` follows an ASCII word and a dash: a code (INC-03-…)."""
    if start < 2 or text[start - 1] not in _GLUE_DASHES:
        return False
    c = text[start - 2]
    if not (("A" <= c <= "Z") or ("a" <= c <= "z") or ("Ａ" <= c <= "ｚ" and c.isalpha())):
        return False
    lo = start - 1 - 24 if start > 25 else 0
    word = _GLUED_WORD.search(text, lo, start - 1)
    if word is None:
        return True
    glued = word.group()
    # A code is written in capitals or with digits (INC-, DWG-, MC2-); a word in lower
    # case is a place or a name ("Tokyo-03-1234-5678").
    if not (glued.isupper() or any(ch.isdigit() for ch in glued)):
        return glued.lower() in _CODE_WORDS  # "Inv-03-…", "Ref-0312…" in any case
    return _PHONE_GLUE.fullmatch(glued) is None


def spaced_code_before(text: str, start: int) -> bool:
    """The number at `start` (written in groups parted by spaces) is the tail of a code
    in such groups: three groups or more of capitals and digits before it, one of them
    mixing both (UPS: "1Z 999 AA1 01 2345 6784"). A floor or a room before a number
    ("ABCビル 3F 090 …", "Room 12A 03 1234 5678", "ABC 3F …") is no code."""
    if start < 6 or text[start - 1] != " ":
        return False
    m = _CODE_GROUPS.search(text, start - 30 if start > 30 else 0, start)
    if m is None:
        return False
    groups = m.group().split()
    return len(groups) >= 3 and any(
        not g.isdigit() and not g.isalpha() for g in groups
    )


# Groups of capitals and digits, each followed by one space, up to the number.
_CODE_GROUPS = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Z]{1,6} )+\Z")
_CODE_WORDS = frozenset({"inv", "ref", "po", "case", "no", "id", "tkt", "ord", "lot"})


def in_url(text: str, start: int) -> bool:
    """The number at `start` is part of a URL ("https://…/report_0120-123-456_v2.pdf",
    "…?id=0355502267"): an ID or a file name, not a number to call."""
    lo = start - _URL_REACH if start > _URL_REACH else 0
    at = text.rfind("://", lo, start)  # C speed; most numbers have none before them
    if at < 0 or _URL_TAIL.match(text, at, start) is None:
        return False
    # A phone passed in the query ("…?name=…&tel=09012345678": a form link filled in
    # with a customer's details) is still one.
    return _PHONE_PARAM.search(text, at, start) is None


_URL_REACH = 200
_PHONE_PARAM = re.compile(r"[?&;](?i:tel|phone|mobile|denwa|keitai|fax)[^=&?#]{0,16}=\Z")
# A URL is ASCII as mail carries it (an IRI's own characters percent-encoded): the first
# other character ("…/連絡先：090-…") ends it.
_URL_TAIL = re.compile(r"://[!#-&(-;=?-~]*\Z")


def _own_cell_names_another_number(w: Window) -> bool:
    """OTHER_RIGHT_BEFORE in the number's own cell only, never the cell before it: in a recall
    list "LOT-2403A TAB 090-…", the lot code beside the phone column is no label of it."""
    text, start = w.text, w.start
    lo = start - numbers.REACH if start > numbers.REACH else 0
    cut = max(text.rfind("\t", lo, start), text.rfind("\n", lo, start))
    own = text[cut + 1 : start] if cut >= 0 else text[lo:start]
    if not own.strip():
        return False
    found = _OWN_CELL.get(own)
    if found is None:
        if len(_OWN_CELL) >= 4096:
            _OWN_CELL.clear()
        found = _OWN_CELL[own] = _names_another_number(nfkc_label(own))
    return found


# A number written like the one it stands before: "図番：06-2210-0034 Rev.C(旧
# 06-2210-0029)", "部品番号：03-5521-0098-A / 03-5521-0099-A" list values of one label.
_LIKE_A_PHONE = re.compile(r"\d{2,5}[-‐－ー−]\d{2,4}[-‐－ー−]\d{2,4}")


def _names_another_number(cell: str) -> bool:
    """Another number's label stands right before the number, or before a list of
    numbers written like it; not when other words or values come between."""
    if OTHER_RIGHT_BEFORE.search(cell) is not None:
        return True
    last = None
    for last in OTHER_NEAREST.finditer(cell):  # noqa: B007 - the nearest one
        pass
    return last is not None and _LIKE_A_PHONE.search(cell, last.end()) is not None


_OWN_CELL: dict[str, bool] = {}


def match_jp(w: Window) -> str | None:
    if w.plus:
        if not w.digits.startswith("81"):  # Japan's country code, or not Japanese
            return None
        found = parse_international("+" + w.raw)
        return found[1] if found is not None and found[0] == "JP" else None
    e164 = jp_domestic_e164(w.digits)
    if (
        e164 is None
        or not written_as_phone(w.groups, w.seps, w.digits)
        or glued_to_code(w.text, w.start)
        or (w.seps and all(sep == " " for sep in w.seps) and spaced_code_before(w.text, w.start))
        or in_url(w.text, w.start)
        or w.has_label(NOT_A_PHONE)
        or _own_cell_names_another_number(w)
    ):
        return None
    if _named_country(w) is not None:
        return None  # "Israeli number 052-…": valid here too, but named as theirs
    return e164


# Words every CONTACT_LABEL match contains (lower-cased): the gate of match_jp_boxed.
LABEL_TRIGGERS = ("tel", "phone", "mobile", "cell", "fax", "電話", "携帯", "ファックス", "連絡先")
# A phone's label, or a contact's ("緊急連絡先　細井 真理子（長女）　0 9 0 - …").
CONTACT_LABEL = re.compile(LABEL.pattern + "|連絡先", re.I)


def match_jp_boxed(w: Window) -> str | None:
    """A Japanese number written one digit to a box, as a form's text copies it, after a
    phone label ("電話番号：0 9 0 - 2 7 1 6 - 4 8 3 0"). numbers._plan offers such a run
    as one window only to the types behind a label (Table.boxed): a row of single digits
    with no phone label is a scale or a mark sheet's row."""
    if len(w.groups) != 1 or w.raw.isdigit() or w.plus:
        return None  # not a boxed window: match_jp had the written forms
    if (
        not w.has_label(CONTACT_LABEL)
        or w.has_label(NOT_A_PHONE)
        or w.has_label(_COUNT_WORD)
        or _named_country(w) is not None
    ):
        return None
    return jp_domestic_e164(w.digits)


# A label that counts something by phone ("電話受付件数", "電話応対回数 0 3 5 2 …"): its
# single digits are figures, one per hour or per day, not boxes. (inspect.formboxes
# reads a count's row with the same words.)
COUNT_WORDS = r"件数|回数|本数|人数|数量|受付数|着信数|[（(](?:件|回|本|人|名|台|%|％)[）)]"
_COUNT_WORD = re.compile(COUNT_WORDS + r"|(?i:count|calls)")


def match_intl(w: Window) -> str | None:
    if w.plus:  # in a link too: wa.me/+447911123456 is a number to call
        found = parse_international("+" + w.raw) or _possible_international("+" + w.raw)
        return found[1] if found is not None and found[0] != "JP" else None
    if len(w.digits) < 8 or not w.has_label(NUMBER_WORD):  # both ways below need one
        return None
    if in_url(w.text, w.start):  # "https://tel.meet/xkq-pvnr-tzd?pin=5128849071042"
        return None
    if _AFTER_CALLING_CODE.search(w.text, max(0, w.start - 8), w.start) is not None:
        # The rest of "+44 7700 900418" (a number phonenumbers finds invalid) is no
        # national number of its own: 7700900418 is not a Chinese number.
        return None
    if _own_cell_names_another_number(w):  # "Part No. 415-555-0132"
        return None
    if country_before(w) is not None:
        return _named_country(w)
    if w.digits.startswith("0"):
        return None
    if not w.has_label(LABEL) or w.has_label(NOT_A_PHONE):
        return None
    if w.has_label(OTHER_CODE_BEFORE):
        # Another number's label with the code's letters before the digits: "お電話で予約
        # …(予約番号 R-2025-11-0482" is a booking code, no US number. (With the label's own
        # value between, "Tel (member no. 4471): 415-555-0132" is a phone.)
        return None
    return _parse_national(w.digits)


_AFTER_CALLING_CODE = re.compile(r"\+[0-9]{1,4}[ \-.]?\Z")

# Digit counts of a number dialled with an international prefix instead of "+": the
# prefix (2-3 digits), a calling code (1-3) and a national number (E.164 allows 15 digits
# for the two together, ITU-T E.164 section 6.1).
DIALLED_LENGTHS = frozenset(range(10, 20))  # 19: a carrier's 0033 before 010 (numbers.MAX_DIGITS)
# The prefixes people write: "00" (ITU-T E.164's recommended international prefix, in use
# in Europe, most of Asia and Africa: "0044 161 496 0752") and Japan's "010"
# ("010-44-20-7946-0321"). Japan writes some numbers of its own with 00 too: a
# carrier's toll-free numbers (0066-33-…, 国際フリーダイヤル 0034-800-…) and ゆうちょ's
# transfer accounts (振替口座 00960-7-123456): see _JAPANESE_00.
# A word of the number's cell that makes a 00 number Japan's own, when it is the nearest
# label ("口座名義人の連絡先：0044 …" is a contact's phone) but for a note in brackets
# ("フリーダイヤル（携帯電話からもご利用いただけます）：0066-33-…").
_JAPANESE_00 = re.compile(
    r"フリーダイ[ヤア]ル|フリーコール|フリーアクセス|ナビダイヤル|口座|振替|記号|(?i:toll[\s-]*free)"
)
_PHONE_WORD_RE = re.compile(_PHONE_WORD)


def _japans_own_00(cell: str) -> bool:
    last = None
    for last in _JAPANESE_00.finditer(cell):  # noqa: B007 - the nearest one
        pass
    if last is None:
        return False
    return _PHONE_WORD_RE.search(_BRACKETED.sub("", cell[last.end() :])) is None
# A digit group right before the window, in the same run: the 00 is a figure among
# figures ("12 00 45 67 89"). Japan's carrier codes before its 010 are the prefix's
# own part ("001-010-44-…", "0033-010-…").
_RUN_SEPARATORS = frozenset(" -.‐－")
_CARRIER_BEFORE = re.compile(r"(?<![0-9])00[0-9]{1,2}[ \-.‐－]?\Z")


_PAIR = re.compile(r"[0-9０-９]{2}")


def match_dialled(w: Window) -> str | None:
    """E.164 of another country's number written after an international prefix.

    Not gated by a label, as the "+" form is not: "Gareth Evans: 0044 161 496 0752" is a
    phone number to any reader. What keeps account and reference numbers out is the
    writing: the prefix opens its run, the calling code closes its own group ("0044 …",
    "00 44 …", "010-44-…"), at least two groups follow it, and the rest is a valid
    number of that country (phonenumbers' patterns, as for "+"); and no word of the
    cell makes it Japan's own (_JAPANESE_00), nor does a transfer account's shape.
    """
    digits = w.digits
    if digits[0] != "0" or w.plus:
        return None
    if digits[1] == "0":
        prefix = "00"
    elif digits[1] == "1" and digits[2] == "0":
        prefix = "010"
    else:
        return None
    text, start = w.text, w.start
    # (Plain string tests first: in a long run of figures this is asked of every group.)
    c = text[start - 1] if start else ""
    if c.isdigit() or (c in _RUN_SEPARATORS and start > 1 and text[start - 2].isdigit()):
        before = text[max(0, start - 6) : start]
        if prefix != "010" or _CARRIER_BEFORE.search(before) is None:
            return None
    groups = w.groups
    if len(groups) == 3 and groups[:2] == (5, 1) and groups[2] <= 6:
        return None  # 振替口座 00960-7-123456: 記号 (5 digits), check digit, number
    if (
        prefix == "00"
        and len(groups) > 3
        and groups[0] in (3, 4)
        and groups[1] == 3
        and digits.startswith("010", groups[0])
    ):
        # A Japanese carrier's code before Japan's prefix, one run with it: "001-010-65-
        # 6123-4567" (KDDI), "0033-010-45-…" (NTT Com).
        digits, groups, prefix = digits[groups[0] :], groups[1:], "010"
    if groups[0] == len(prefix):  # "00 44 161 …": the code is the next group
        code_len, rest = groups[1], groups[2:]
    else:  # "0044 161 …": prefix and code one group
        code_len, rest = groups[0] - len(prefix), groups[1:]
    if not 1 <= code_len <= 3 or len(rest) < 2:
        return None
    if groups[0] == len(prefix) and len(groups) >= 5 and all(g == 2 for g in groups[1:]):
        # "8時 00 32 36 40 44 48": a timetable's minutes, two digits each, counting up
        # (Denmark and Norway write their numbers in pairs too: 00 45 20 12 34 56).
        pairs = [int(w.raw[m.start() : m.end()]) for m in _PAIR.finditer(w.raw)][1:]
        if all(b > a for a, b in itertools.pairwise(pairs)):
            return None
    code = int(digits[len(prefix) : len(prefix) + code_len])
    if code == 81 or digits[len(prefix)] == "0":
        return None  # Japan's own numbers are jp_phone's, written domestically
    national = digits[len(prefix) + code_len :]
    if national[0] == "0" and "(0)" in w.raw:
        national = national[1:]  # "0044 (0)20 …": the trunk prefix, dropped when dialled
    if (
        len(national) not in _possible_lengths(code)
        or in_url(w.text, w.start)
        or glued_to_code(w.text, w.start)
        or w.has_label(NOT_A_PHONE)
        or _japans_own_00(w.cell())
        or _own_cell_names_another_number(w)
    ):
        return None
    region = _dialled_region(code, national)
    if region is None:
        return None
    word = _CODE_WORD_BEFORE.search(text, max(0, start - 8), start)
    if (
        word is not None
        and word.group(1) not in (region, "UK" if region == "GB" else region)
        and word.group(1).lower() not in _PHONE_ABBREVIATIONS
        and not _labels_this_number(w.cell(), CONTACT_LABEL)
    ):
        # "GL 0049-3090-1820", "GB00 EXMP 0044 2079 …": a code's prefix. (After a phone's
        # or a contact's label, "緊急連絡先 UAE 00971 …", the letters name a place.)
        return None
    return f"+{code}{national}"


# A note in brackets: "フリーダイヤル（携帯電話からもご利用いただけます）" is about the
# toll-free number, its phone word no label of its own.
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_DIGIT_RUN = re.compile(r"[0-9０-９]{2}")


def _labels_this_number(cell: str, label: re.Pattern[str]) -> bool:
    """`label` in the cell with no number between it and the end (the number's own):
    "連絡先：経理部 03-6453-1320　計上科目：GL …" has a contact label for another number."""
    last = None
    for last in label.finditer(cell):  # noqa: B007 - the nearest one
        pass
    return last is not None and _DIGIT_RUN.search(cell, last.end()) is None


# A code's letters right before the number ("GL 0065-6123-4510": a ledger account; "EXMP
# 0044 2079 …": a bank's reference). A country's own ("UK 0044 …", "DE 0049 …") or a
# phone's abbreviation ("TEL", "DDI") is a phone's label.
_CODE_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,5})[ :：#.\-]{0,3}\Z")
_PHONE_ABBREVIATIONS = frozenset(
    {"tel", "fax", "mob", "cell", "ddi", "dir", "dd", "hq", "off", "ph", "phone", "tel.", "m", "t"}
)


@cache
def _possible_lengths(code: int) -> frozenset[int]:
    """The national number lengths of calling code `code`, over all its regions: a cheap
    test before region_of, which for +1 tries each of 25 regions."""
    lengths: set[int] = set()
    for region in COUNTRY_CODE_TO_REGION_CODE.get(code, ()):
        lengths.update(region_validator(code, region))
    return frozenset(lengths)


@lru_cache(maxsize=4096)
def _dialled_region(code: int, national: str) -> str | None:
    return region_of(code, national)


_JP_TABLE = numbers.build_table([(JP, JP_LENGTHS, match_jp)])
_INTL_TABLE = numbers.build_table([(INTL, INTL_LENGTHS, match_intl, INTL_TRIGGERS)])


def find_jp(text: str) -> list[str]:
    return numbers.find_values(text, _JP_TABLE)


def find_intl(text: str) -> list[str]:
    return numbers.find_values(text, _INTL_TABLE)


def clear_caches() -> None:
    for remembered in (
        parse_international, _possible_international, _parse_national, _parse_in, _dialled_region
    ):
        remembered.cache_clear()
    _COUNTRY_BEFORE.clear()
    _OWN_CELL.clear()
