"""Values an export splits over columns (or keys), given back whole as they read.

Customer, order and contact exports rarely keep an address, a postal code or a phone
number in one cell:

- an address over 都道府県 / 市区町村 / 番地 / 建物名, over "Shipping Province" / "Shipping
  City" / "Shipping Address1", or "住所（都道府県）" / "住所（市区町村）" (SmartHR), with
  one group of columns per address ("注文者住所：…" and "送付先住所：…" in a 楽天 order
  file; "Billing …" and "Shipping …" in Shopify's);
- a postal code over 郵便番号1 / 郵便番号2 ("272" / "0034") and a phone number over
  電話番号1 / 2 / 3 ("047" / "322" / "5518").

No detector can read such a value from its pieces: an address needs its prefecture and
its block number together, a phone number its digits. So each row's pieces are also given
joined ("住所: 千葉県市川市市川1-4-10 …", "注文者郵便番号: 272-0034"). A prefecture
written in English or as its ISO 3166-2 code ("Saitama", "JP-11", as Shopify and
Salesforce write it) is given in kanji, so the address reads as one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from proxy.detectors.address import PREFECTURES
from proxy.detectors.romaji_address import KANJI_OF, english_order

# The parts of an address, in the order it is written: prefecture, municipality, the
# rest (street, block, "住所1"), building. Longer spellings first.
_RANKS = (
    r"都道府県|(?i:state[\s_\-]*/[\s_\-]*(?:province|region)|prefecture|province|state|region"
    r"|pref)",
    r"市区町村|市区郡|郡市区|都市区|市町村|市区|(?i:city|town|municipality)",
    r"町名・?番地|丁目・?番地|町域|町名|町以降|番地|それ以降の住所|以降の住所|住所|所在地"
    # snake_case too ("street_address", "address_line_1"); Stripe's "line1" / "line2".
    r"|(?i:street[\s_\-]*address|street|address[\s_\-]*line|address|addr"
    r"|line(?=[\s_\-]*[1-3]\s*\Z))",
    r"建物名?(?:・部屋番号)?|マンション名?|(?i:building(?:\s*name)?|apartment)",
)
_STREET, _BUILDING = 2, 3  # _RANKS' index of the street's words and the building's
_PART = re.compile(
    # Possessive runs (*+): a label of a long run of separators ("-----…") made the
    # lazy group and two adjacent runs backtrack into each other, ~0.35 ms a label.
    r"(?P<group>.*?)[\s:：・_\-]*+(?:"
    + "|".join(f"(?P<r{rank}>{words})" for rank, words in enumerate(_RANKS))
    + r")(?:以下|以降)?[\s_\-]*+(?i:name)?[\s_\-]*+0?[0-9０-９]?\s*"  # 市区町村以下, addr01
)
_NOTE = re.compile(r"(?P<head>.*?)\s*[(（](?P<note>[^()（）]{1,12})[)）]\s*")
# A number split over numbered columns: 郵便番号1 / 郵便番号2, 電話番号1 / 2 / 3.
_NUMBERED = re.compile(
    r"(?P<base>.*?(?:郵便番号|郵便|〒|電話番号|電話|携帯番号|携帯|(?i:tel|fax|phone|zip|postal\s*code)))"
    r"[\s_\-]*+0?(?P<n>[1-3１-３])\s*"  # EC-CUBE's zip01 / tel01 too
)
# A phone number over the three parts of its name: 市外局番 / 市内局番 / 加入者番号.
_EXCHANGE = re.compile(
    r"(?P<base>.*?)[\s:：・_\-]*+(?:(?P<n1>市外局番)|(?P<n2>市内局番|局番)|(?P<n3>加入者番号))\s*"
)
_POSTAL = re.compile(r"郵便|〒|(?i:zip|postal)")
# A date of birth over columns: 受給者生年月日(元号) / (年) / (月) / (日).
_DATE_PART = re.compile(
    r"(?P<base>.*?(?:生年月日|誕生日))[\s_・]*[(（]?\s*(?P<part>元号|年|月|日)\s*[)）]?\s*"
)
# The era as eLTAX's 給与支払報告書 codes it (1 明治 … 5 令和), or its name or letter.
_ERA_CODES = {"1": "明治", "2": "大正", "3": "昭和", "4": "平成", "5": "令和",
              "M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
# A word every label _PART or _NUMBERED matches holds (lower-cased): plain literals, a
# look of a microsecond, where those two cost ten or more on each key of a JSON file's
# objects ({"2024-01-01T00:00": 12, "2024-01-01T00:10": 15} keys none of them repeat).
_HINT = re.compile(
    "都道府県|市|町|郡|番地|住所|所在地|建物|マンション|state|province|region|pref|city|town"
    "|municipality|street|addr|line|building|apartment|郵便|〒|電話|携帯|tel|fax|phone|zip|postal"
    "|局番|加入者|生年月日|誕生日"
)
_POSTAL_JA = re.compile(r"郵便|〒")
_NOT_A_PLACE = re.compile(
    r"@|://|\A\s*(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"
    r"(?:[:/]\d+)?\s*\Z"
)
# A header (or JSON object) wider than this is read without the cache: the cache would
# keep its tuple of labels, and with it every label, long after the mail is done.
_CACHED_WIDTH = 1024


@dataclass(frozen=True)
class SplitFields:
    """Which columns are pieces of one value, read from a header once."""

    # Each group's (rank, column), in written order (rank: _RANKS' index).
    addresses: tuple[tuple[tuple[int, int], ...], ...] = ()
    numbers: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (label, its numbered columns)
    # (label, columns of era, year, month, day; -1 where there is none): a date of birth
    # over 生年月日(元号) / (年) / (月) / (日), as 給与支払報告書 files write it.
    dates: tuple[tuple[str, tuple[int, int, int, int]], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.addresses or self.numbers or self.dates)

    def joined(self, values: Mapping[int, str]) -> list[str]:
        """`label: value` for each value of this row given in pieces."""
        out: list[str] = []
        for columns in self.addresses:
            # An "Address" that holds an IP or e-mail address (a server list, a mailing
            # list) is no part of one: left out, else "大阪府大阪市 192.168.10.1".
            filled = [
                (rank, piece) for rank, c in columns
                if (piece := values.get(c, "").strip()) and _NOT_A_PLACE.search(piece) is None
            ]
            # A building right after the city, no street between: "東京都港区" + "第2ビル"
            # reads as the block number 第2 (a site list's 拠点建物名). Without its
            # street a building adds nothing to find.
            if not any(rank == _STREET for rank, _ in filled):
                filled = [(rank, piece) for rank, piece in filled if rank != _BUILDING]
            # EC-CUBE keeps the prefecture as its JIS X 0401 code (13 for 東京都).
            pieces = [
                PREFECTURES[int(piece) - 1]
                # (isdecimal: "①" / "²" are digits int() cannot read.)
                if rank == 0 and piece.isdecimal() and 1 <= int(piece) <= len(PREFECTURES)
                else piece
                for rank, piece in filled
            ]
            if len(pieces) >= 2:
                joined = _join_address(pieces)
                if joined not in pieces:
                    out.append(f"住所: {joined}")
                if filled[0][0] == 0 and all(p.isascii() for p in pieces[1:]):
                    # In romaji after its prefecture (an HR system's English columns):
                    # also in the order English writes it, which romaji_address reads.
                    out.append(f"Address: {english_order([_prefecture(pieces[0]), *pieces[1:]])}")
        for label, columns in self.dates:
            era, year, month, day = (values.get(c, "").strip() for c in columns)
            date = _join_date(era, year, month, day)
            if date is not None:
                out.append(f"{label}: {date}")
        for label, columns in self.numbers:
            digits = [values.get(c, "").strip() for c in columns]
            number = _join_number(label, digits)
            if number is not None:
                # "zip1" / "zip2" joined: in the words the postal-code detector reads.
                if _POSTAL.search(label) and not _POSTAL_JA.search(label):
                    label = "郵便番号"
                out.append(f"{label}: {number}")
        return out


def split_fields(labels: tuple[str, ...]) -> SplitFields:
    """The split values of a header whose column k is labelled `labels[k]`."""
    if len(labels) > _CACHED_WIDTH:
        return _split_fields(labels)
    if any(len(label) > 64 for label in labels):
        # A label that long is no part (_split_fields skips it): not kept by the cache
        # either (a header cell may be a whole paragraph, or megabytes).
        labels = tuple(label if len(label.strip()) <= 40 else "" for label in labels)
    return _cached_split_fields(labels)


def _split_fields(labels: tuple[str, ...]) -> SplitFields:
    groups: dict[str, list[tuple[int, int]]] = {}
    numbered: dict[str, dict[int, int]] = {}
    dated: dict[str, list[int]] = {}
    for col, label in enumerate(labels):
        label = label.strip()
        if not label or len(label) > 40 or _HINT.search(label.lower()) is None:
            continue
        part = _address_part(label)
        if part is not None:
            groups.setdefault(part[0], []).append((part[1], col))
            continue
        date_part = _DATE_PART.fullmatch(label)
        if date_part is not None:
            part = "元号年月日".index(date_part.group("part")[0])
            dated.setdefault(date_part.group("base"), [-1, -1, -1, -1])[
                part - 1 if part else 0
            ] = col
            continue
        exchange = _EXCHANGE.fullmatch(label)
        if exchange is not None:  # 市外局番 / 市内局番 / 加入者番号: a phone in three
            n = next(k for k in (1, 2, 3) if exchange.group(f"n{k}") is not None)
            numbered.setdefault(exchange.group("base") + "電話番号", {})[n] = col
            continue
        m = _NUMBERED.fullmatch(label)
        if m is not None:
            numbered.setdefault(m.group("base"), {})[int(unicodedata.digit(m.group("n")))] = col
    addresses = tuple(tuple(sorted(parts)) for parts in groups.values() if len(parts) >= 2)
    numbers = tuple(
        (base, tuple(at[n] for n in range(1, len(at) + 1)))
        for base, at in numbered.items()
        if len(at) >= 2 and set(at) == set(range(1, len(at) + 1))
    )
    dates = tuple(
        (base, (at[0], at[1], at[2], at[3])) for base, at in dated.items() if min(at[1:]) >= 0
    )
    return SplitFields(addresses, numbers, dates)


_cached_split_fields = lru_cache(maxsize=256)(_split_fields)


def _address_part(label: str) -> tuple[str, int] | None:
    """(group, rank) of a column holding part of an address, or None."""
    note = ""
    bracket = _NOTE.fullmatch(label)
    if bracket is not None:
        inner = bracket.group("note").strip()
        part = _PART.fullmatch(inner)
        if part is not None and not part.group("group"):
            return bracket.group("head"), _rank(part)  # 住所（都道府県）
        label, note = bracket.group("head"), inner  # 都道府県(郵送先)
    part = _PART.fullmatch(label)
    if part is None:
        return None
    group, rank = part.group("group").strip(), _rank(part)
    if rank == _BUILDING and group:
        # One column for the street and the building ("番地・建物", "住所・建物名",
        # "町名番地・建物"): the street's, in the group its words name, not a building of
        # a group named "番地".
        street = _PART.fullmatch(group)
        if street is not None and _rank(street) == _STREET:
            group, rank = street.group("group").strip(), _STREET
    return group.lower() + "|" + note, rank


def _rank(m: re.Match[str]) -> int:
    return next(rank for rank in range(len(_RANKS)) if m.group(f"r{rank}") is not None)


def _join_address(pieces: list[str]) -> str:
    joined = last = _prefecture(pieces[0])
    for piece in pieces[1:]:
        piece = _prefecture(piece)
        if piece.startswith(joined):  # 都道府県 beside a 住所 that has it
            joined = piece
        elif piece.startswith(last) and joined.endswith(last):
            # 市区町村 beside a 住所 that repeats it ("千代田区" | "千代田区大手町1-7-1"):
            # once, else one address reads as two ("…千代田区千代田区大手町…").
            joined = joined[: len(joined) - len(last)] + piece
        elif piece not in joined:  # Shopify's Street is Address1 and Address2 again
            ascii_edge = joined[-1].isascii() or piece[0].isascii()
            joined += (" " if ascii_edge else "") + piece
        last = piece
    return joined


def _join_date(era: str, year: str, month: str, day: str) -> str | None:
    """"昭和55年07月21日" (or "1980年07月21日") from a date's columns, else None."""
    if not (year.isdigit() and month.isdigit() and day.isdigit()) or not year.isascii():
        return None
    if era:
        era = _ERA_CODES.get(era.upper(), era)
        if era not in _ERA_CODES.values():
            return None
    elif len(year) != 4:
        return None
    return f"{era}{year}年{month}月{day}日"


def _join_number(label: str, digits: list[str]) -> str | None:
    if not all(d.isascii() and d.isdigit() for d in digits):
        return None
    lengths = [len(d) for d in digits]
    if _POSTAL.search(label):
        return "-".join(digits) if lengths == [3, 4] else None
    if (
        len(digits) == 3 and digits[0].startswith("0") and 2 <= lengths[0] <= 5
        and lengths[2] == 4 and sum(lengths) in (10, 11)
    ):
        return "-".join(digits)
    return None


_BY_NAME = KANJI_OF  # romaji name -> kanji (detectors.romaji_address)
# 東京 / 大阪 / 神奈川 typed without 都 / 府 / 県 (北海道 has no such ending).
_SHORT_KANJI = {p[:-1]: p for p in PREFECTURES if p[-1] in "都府県"}
_ISO = re.compile(r"JP-?(\d\d)", re.IGNORECASE)
_SUFFIX = re.compile(r"[\s\-]*(?:prefecture|pref\.?|ken|fu|to|do)\Z")


def _prefecture(value: str) -> str:
    """A prefecture written in English or as its ISO code, in kanji; else `value`."""
    if len(value) > 24:
        return value
    folded = value if value.isascii() else _fold(value)
    if not folded.isascii():
        return _SHORT_KANJI.get(value.strip(), value)  # "東京" (HubSpot's free text)
    iso = _ISO.fullmatch(folded.strip())
    if iso is not None:
        code = int(iso.group(1))
        return PREFECTURES[code - 1] if 1 <= code <= len(PREFECTURES) else value
    name = folded.strip().lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    bare = _SUFFIX.sub("", name)
    return _BY_NAME.get(bare, value) if bare != name else value


def _fold(value: str) -> str:
    """'Tōkyō' → 'Tokyo' (macrons dropped) for the look-up above."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
