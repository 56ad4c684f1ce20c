"""Japanese addresses written in romaji, as English mail, visa letters and shipping forms
write them: "3-20-11 Tamagawa, Setagaya-ku, Tokyo 158-0094". The block numbers come
first (or right after the town's name: "Tamagawa 3-20-11, …"), then the town, the ward
or city ("-ku", "-shi", "-cho" …) and the prefecture; a
postal code after the prefecture (or "Japan") is a 郵便番号.
"""

from __future__ import annotations

import re

from proxy.detectors.address import PREFECTURES

ADDRESS_TYPE = "jp_address"
POSTAL_TYPE = "jp_postal_code"

# Romaji names in JIS X 0401 order (PREFECTURES' order), without macrons.
ROMAJI_PREFECTURES = (
    "hokkaido aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama "
    "chiba tokyo kanagawa niigata toyama ishikawa fukui yamanashi nagano gifu shizuoka "
    "aichi mie shiga kyoto osaka hyogo nara wakayama tottori shimane okayama hiroshima "
    "yamaguchi tokushima kagawa ehime kochi fukuoka saga nagasaki kumamoto oita miyazaki "
    "kagoshima okinawa"
).split()
KANJI_OF = dict(zip(ROMAJI_PREFECTURES, PREFECTURES, strict=True))
ROMAJI_OF = {kanji: romaji.capitalize() for romaji, kanji in KANJI_OF.items()}

# What find_all looks for before reading a segment for romaji addresses: one search
# that skips to each '-' at C speed.
HINT = re.compile(r"-(?:ku|shi|cho|machi|mura|gun|son)\b", re.IGNORECASE)

_NUMBERS = r"[0-9]{1,4}(?:[ ]?-[ ]?[0-9]{1,4}){1,3}"
_TOWN = r"[A-Za-z][A-Za-z]*(?:[-' ][A-Za-z]+){0,3}(?:[ ]+[0-9]{1,2}-?chome)?"
_MUNICIPALITY = r"[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*?-(?:ku|shi|cho|machi|mura|gun|son)"
_PREFECTURE = "|".join(ROMAJI_PREFECTURES)
# The town before its numbers, as forms and some letters write it ("Nishikasai 6-12-4,
# Edogawa-ku, Tokyo"): capitalised words (not the prose before them: "send it to …"),
# each taken whole (possessive: no word is tried at every length).
_TOWN_FIRST = (
    r"(?!(?:Room|Floor|Apt|Unit|Suite|Building|Bldg|No|Block|Lot)\b)"
    r"(?-i:[A-Z][a-z]++(?:-[A-Za-z][a-z]++|[ ][A-Z][a-z]++)?+)(?:[ ]+[0-9]{1,2}-?chome)?"
)
_ADDRESS = re.compile(
    rf"(?:(?<![\w-])(?P<num>{_NUMBERS})[ ]*,?[ ]+(?P<town>{_TOWN})"
    rf"|(?<![\w-])(?P<town2>{_TOWN_FIRST})[ ]+(?P<num2>{_NUMBERS})(?![\w-]))[ ]*,[ ]*"
    rf"(?P<muni>{_MUNICIPALITY})[ ]*,[ ]*(?:(?P<city>{_MUNICIPALITY})[ ]*,[ ]*)?"
    rf"(?P<pref>{_PREFECTURE})(?:-(?:to|fu|ken|do)|[ ]+pref(?:ecture|\.)?)?\b"
    # The code on the next line too, as a form's text copies it ("…, Miyagi" over
    # "980-0011").
    r"(?:[ ]*,?[ ]*(?:\r?\n[ ]*)?(?:japan[ ]*,?[ ]*)?(?:〒[ ]*)?(?P<zip>[0-9]{3}-?[0-9]{4})(?![0-9-]))?",
    re.IGNORECASE,
)


# Words that make the "town" before or after a number no town: a venue's parts and
# counts ("Makuhari Messe Halls 4-6, Mihama-ku, Chiba", "Kyoto 3-5 times, Sakyo-ku").
# A venue's parts (a building's name before its block number, "Brillia Tower 2-3-4 …",
# is an address's: not these).
_PART_WORDS = (
    r"halls?|platforms?|gates?|rooms?|floors?|booths?|stands?|courts?|terminals?|levels?"
    r"|sections?|zones?|areas?|regions?|piers?|lines?|tracks?|exits?|entrances?|wings?"
    r"|counters?|stages?|seats?|rows?"
)
_COUNT_WORDS = (
    r"times|days|weeks|months|years|hours|minutes|mins|people|persons|guests|nights|pm|am"
    r"|km|kg|yen|points|pages|pcs|units"
)
_NO_TOWN = re.compile(
    rf"(?i:\b(?:{_PART_WORDS}|blocks?|lots?|units?|no\.?|nos\.?)\Z"
    rf"|\A(?:{_COUNT_WORDS}|of|the|at|in|on|and|to|for)\b)"
)
# ... nor a number right after a venue's part ("Halls 4-6, Makuhari Messe, …") or before a
# count ("Umeda 2-3 times a week").
_PART_BEFORE = re.compile(rf"(?i:\b(?:{_PART_WORDS})[ ]*\Z)")
_COUNT_AFTER = re.compile(rf"(?i:[ ]*(?:{_COUNT_WORDS}|results?|plan)\b)")
# Japanese order in romaji, as Japanese staff write it for a foreign reader: "Tokyo-to
# Minato-ku Shibaura 3-14-8", "Kanagawa-ken Yokohama-shi Naka-ku Yamashitacho 2-8-12".
_JAPANESE_ORDER = re.compile(
    rf"(?<![\w-])(?P<pref>{_PREFECTURE})(?:-(?:to|fu|ken|do)|[ ]+pref(?:ecture|\.)?)?[ ]*,?[ ]+"
    rf"(?P<first>{_MUNICIPALITY})[ ]*,?[ ]+(?:(?P<second>{_MUNICIPALITY})[ ]*,?[ ]+)?"
    rf"(?P<town>{_TOWN_FIRST})[ ]*,?[ ]+(?P<num>{_NUMBERS})(?![\w-])",
    re.IGNORECASE,
)


def find(text: str) -> list[tuple[str, str]]:
    """(type, value) of each romaji address and the postal code written with it. The
    address's value is its prefecture in kanji, then the rest as written (spaces and
    case evened), so one address written twice counts once."""
    hits: list[tuple[str, str]] = []
    for m in _ADDRESS.finditer(text):
        prefecture = KANJI_OF[m.group("pref").lower()]
        town = m.group("town") or m.group("town2")
        if _NO_TOWN.search(town) is not None or (
            m.group("num") and _PART_BEFORE.search(text, max(0, m.start() - 16), m.start())
        ):
            continue  # "Messe Halls 4-6, Mihama-ku": a venue's halls; "3-5 times": a count
        parts = [m.group("city"), m.group("muni"), town, m.group("num") or m.group("num2")]
        rest = " ".join(" ".join(p.split()).lower() for p in parts if p).replace(" - ", "-")
        hits.append((ADDRESS_TYPE, f"{prefecture} {rest}"))
        if m.group("zip"):
            hits.append((POSTAL_TYPE, m.group("zip").replace("-", "")))
    for m in _JAPANESE_ORDER.finditer(text):
        if _NO_TOWN.search(m.group("town")) is not None or _COUNT_AFTER.match(text, m.end()):
            continue
        # The value as the English order gives it: the city before its ward.
        first, second = m.group("first"), m.group("second")
        city, muni = (first, second) if second else (None, first)
        parts = [city, muni, m.group("town"), m.group("num")]
        rest = " ".join(" ".join(p.split()).lower() for p in parts if p).replace(" - ", "-")
        hits.append((ADDRESS_TYPE, f"{KANJI_OF[m.group('pref').lower()]} {rest}"))
    return hits


_PREFECTURE_SUFFIX = re.compile(r"(?i:[\s-]*(?:prefecture|pref\.?|ken|fu|to|do))\Z")


def romaji_prefecture(word: str) -> str | None:
    """The prefecture (in kanji) a cell names in romaji ("Tokyo", "Chiba-ken", "Osaka
    Prefecture"), else None."""
    name = _PREFECTURE_SUFFIX.sub("", word.strip()).lower()
    return KANJI_OF.get(name) or KANJI_OF.get(word.strip().lower())


_MUNICIPALITIES = re.compile(rf"{_MUNICIPALITY}(?:[ ]+{_MUNICIPALITY})+", re.IGNORECASE)


def english_order(parts: list[str]) -> str:
    """Romaji address parts given prefecture first (a form's columns: Prefecture | City |
    Street | Building) in the order English writes them and `find` reads: "Room 503,
    Nishikasai 6-12-4, Edogawa-ku, Tokyo". A cell of a city and its ward ("Saitama-shi
    Omiya-ku") is turned too; a prefecture in kanji is given in romaji."""
    words = [
        w
        for p in parts
        for w in (p.split() if _MUNICIPALITIES.fullmatch(p.strip()) else [ROMAJI_OF.get(p, p)])
    ]
    return ", ".join(w.strip() for w in reversed(words) if w.strip())
