"""Japanese postal addresses: prefecture + municipality + block number.

"〒100-0001 東京都千代田区千代田1-1", "大阪府大阪市北区梅田3丁目1番3号",
"北海道札幌市中央区北1条西2丁目", and without the prefecture from a designated city with
its ward ("大阪市北区梅田2-2-2"), a Tokyo ward ("千代田区丸の内1-1-1"), any other city
("八王子市旭町9-12") or a county's town ("北佐久郡御代田町大字馬瀬口1689番地"), as Japan
Post's data names them (municipalities.txt). Found from the last character of those
names (都道府県, 市区郡) and looked up by the name before it; counted per distinct
normalised address.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from proxy.detectors.normalize import KANJI_NUMBER, kanji_number, nfkc
from proxy.detectors.numbers import DASHES, DIGITS

TYPE = "jp_address"

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)  # fmt: skip
PREFECTURE = re.compile("|".join(PREFECTURES))
_PREFECTURE_SET = frozenset(PREFECTURES)

# A space, ideographic space or no-break space (&nbsp; in HTML mail) between the parts.
_SP = "[ \u3000\u00a0]?"
_NAME = r"[^\s\d、。,，.:：;；()（）「」\[\]<>＜＞/／|｜@]"
_DASH = "[" + re.escape(DASHES) + "]"
_KANJI_NUM = "[一二三四五六七八九十〇]"
# A block number in kanji, as 戸籍 and formal letters write the whole address (小竹町二丁目
# 四十三番五号): before 丁目, 番地, or a 番 that another number follows. 一番町 and 三番町
# are towns (their block number follows in digits), 三番目 and 五番手 are no addresses.
_KANJI_BLOCK_NUMBER = (
    KANJI_NUMBER % 3 + r"(?=丁目|番地|番(?:[〇一二三四五六七八九十]|[" + DIGITS + r"]))"
)
# The numbers after the block number: 丁目 / 番地 / 番 / 号 / 条 / 線 / a dash / の, then a
# number in digits or kanji; or 番地の5 / 3番の2, the の after 番地 or 番 joining a number
# in digits (長野県…軽井沢1323番地の5), but not a floor or a building (3番の2階, 5番の2号館)
# nor a word (5番の一部). Then an optional 丁目 / 番地 / 番 / 号 that ends it. Asahikawa
# writes its blocks "3条通8丁目右1号" (the side of the street before the 号), Iwate its
# districts "第2地割12-3".
_NUMBERS_AFTER = (
    rf"(?:(?:丁目[右左]?|番地|番|号|条[東西南北通]?|線|地割|{_DASH}|の)(?:[{DIGITS}]{{1,5}}|{_KANJI_NUM}{{1,3}})"
    rf"|(?:番地|番)の[{DIGITS}]{{1,5}}(?![{DIGITS}]|[階FＦ棟]|号館))*"
    r"(?:丁目|番地|番(?!窓口|線|ホーム|目|手|出口|のりば|乗り?場)|号(?![機車線艇室]))?"
)
# Counters of more than one character: "120-150世帯", "2-3車線", "1-2工区", "120-130ケース",
# a unit's number ("1-2号機", "3-4号車", "12-3号線", "2-3番窓口", "3-4系統", "2-3病棟").
_COUNTER_WORDS = (
    r"世帯|車線|工区|ケース|系統|病棟|号[機車線艇室]|番(?:窓口|線|ホーム|目|手|出口|のりば|乗り?場)"
)
# A room or a class at a public building, right after the number ("八王子市役所8-2会議室",
# "1-3組"); after a space such a word is where at the address ("旭町9-12 会議室", "本町1-3
# 組立工場").
_ROOM_WORDS = (
    r"会議室|研修室|集会室|教室|組(?![合立織み])"
    # ... periods ("2-3ヶ月に1回", "1-2週間"), a venue's or a plant's parts ("4-6ホール",
    # "2-3ブース", "1-2コース", "3-4エリア", "1-2ライン"), other counts (2-3校, 1-2棟,
    # 2-3班, 1-2期, 2-3施設, 3-4ヵ所); after a space, such a word begins what follows the
    # address ("長倉1323 週末指定", "曽我48 エリア外料金").
    r"|[ヶかカヵケ]月|週|ホール|ブース|コース|エリア|ライン|グループ|チーム|施設|[ヶかカヵケ]?所"
    r"|校(?!舎)|棟|班|期"
)
# A building's name after the block number: a word ending in what buildings are called.
_BUILDING = (
    r"[^\s\d、。,，]{1,15}?(?:ビル|荘|ハイツ|マンション|館|タワー|レジデンス|コーポ|ハウス|寮|アパート"
    r"|ヒルズ|プラザ|テラス|コート|ハイム|メゾン|パレス|ガーデン|ホームズ|住宅|団地)"
)
_REST = re.compile(
    _SP
    + rf"(?:{_NAME}{{1,6}}?郡{_SP})?"  # 郡 before a town or village
    + rf"{_NAME}{{1,7}}?[市区町村]{_SP}"  # municipality
    + rf"(?:{_NAME}{{1,7}}?[区町村]{_SP})?"  # ward of a designated city / town
    # District name (may hold 三丁目 in kanji). Kyoto writes the way there instead:
    # street 通, cross street, 上ル / 下ル / 東入 …, then the town ("烏丸通塩小路下ル
    # 東塩小路町"), which may run longer once a 通 or a direction marks it as such.
    + rf"(?:{_NAME}{{0,12}}?(?:通り?|[上下][ルる]|[東西]?入[ルる]?){_NAME}{{0,18}}?|{_NAME}{{0,12}}?)"
    # Not a public building's name: its number is a room's or a class's ("八王子市立第三
    # 小学校 5-2 教室"), or its phone ("世田谷区役所 03-…").
    + r"(?<!学校)(?<!役所)(?<!役場)(?<!会館)(?<!公民館)(?<!体育館)(?<!図書館)"
    + rf"{_SP}"
    # Block number; none starts with 0: "世田谷区役所 03-5432-1111" is the office's phone.
    + rf"(?:(?![0０])[{DIGITS}]{{1,5}}|{_KANJI_BLOCK_NUMBER})"
    + _NUMBERS_AFTER
    # "東京都の町田市から3人": a count or a date, not a block number.
    # "30-40代", "2-3箇所", "2-3万円", "2-3km", "1-2泊": a range of something.
    + rf"(?![{DIGITS}]|[年月日時分秒人名件個回円%％歳才割倍台枚本階FＦ代箇万千億泊店社便戸部食通冊袋坪]"
    + rf"|[かヶカケ]所|{_COUNTER_WORDS}|{_ROOM_WORDS}|(?i:km|kg|cm|mm|m\b)"
    # ... and after a space too ("3-4 件は", "5-8 cm の", "2-3 万円程度", "1-2 時間"),
    # unless a building's name starts so ("4-2-8 日本生命ビル", "9-12 万代ハイツ").
    + rf"|[ \u3000](?!{_BUILDING})(?:[年月日時分秒人名件個回円%％歳才割倍台枚本階代箇万千億泊店社校軒戸棟便]"
    + rf"|[かヶカケ]所|{_COUNTER_WORDS}|(?i:km|kg|cm|mm|m\b)))"
)
# The same, with the line broken after the municipality or ward (a <br> in HTML mail:
# "東京都千代田区<br>丸の内1-2-3"); the district name is then required, so a numbered list
# starting on the next line ("東京都港区\n1. 日時") is not read as the block number.
_MUNICIPALITY_END = re.compile(rf"{_SP}(?:{_NAME}{{1,6}}?郡{_SP})?{_NAME}{{1,7}}?[市区町村]"
                               rf"(?:{_SP}{_NAME}{{1,7}}?[区町村])?")
_AFTER_BREAK = re.compile(
    r"[ \u3000]*\r?\n[ \u3000>＞]*"  # the next line, also in a '>'-quoted reply
    + rf"(?!{'|'.join(PREFECTURES)})"  # the next line's own address is not a district
    + rf"{_NAME}{{1,12}}?"
    + rf"[{DIGITS}]{{1,5}}"
    + _NUMBERS_AFTER
    # The number ends the line, or a space comes before the building ("丸の内ビル 3F"):
    # "第2会議室", "定員 30" on the line after a municipality are not its block number.
    + r"(?=[ \u3000\u00a0\t]|\r?\n|\Z)"
)
_SPACES = re.compile("[ \u3000\u00a0\u202f\u2007\u2009]+")
_DASH_RUN = re.compile(_DASH)
_OTHER_DASH = re.compile("[" + re.escape(DASHES.replace("-", "")) + "]")  # all but '-'


# Addresses people write without the prefecture: a designated city (政令指定都市, whose
# wards make the name unambiguous) or one of Tokyo's 23 wards.
# Each designated city with its prefecture (key() drops a prefecture only before its own).
_DESIGNATED_CITY_PREFECTURES = {
    "札幌市": "北海道", "仙台市": "宮城県", "さいたま市": "埼玉県", "千葉市": "千葉県",
    "横浜市": "神奈川県", "川崎市": "神奈川県", "相模原市": "神奈川県", "新潟市": "新潟県",
    "静岡市": "静岡県", "浜松市": "静岡県", "名古屋市": "愛知県", "京都市": "京都府",
    "大阪市": "大阪府", "堺市": "大阪府", "神戸市": "兵庫県", "岡山市": "岡山県",
    "広島市": "広島県", "北九州市": "福岡県", "福岡市": "福岡県", "熊本市": "熊本県",
}  # fmt: skip
DESIGNATED_CITIES = tuple(_DESIGNATED_CITY_PREFECTURES)
TOKYO_WARDS = (
    "千代田区", "中央区", "港区", "新宿区", "文京区", "台東区", "墨田区", "江東区", "品川区",
    "目黒区", "大田区", "世田谷区", "渋谷区", "中野区", "杉並区", "豊島区", "北区", "荒川区",
    "板橋区", "練馬区", "足立区", "葛飾区", "江戸川区",
)  # fmt: skip
CITY_WORDS = (*DESIGNATED_CITIES, *TOKYO_WARDS)
_TOKYO_WARD_SET = frozenset(TOKYO_WARDS)


# The ヶ of a place name between two kanji, however it is written (ヶ, ケ, が, ガ).
_KANJI_CHAR = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_KE = re.compile(f"(?<=[{_KANJI_CHAR}])[ヶケがガ](?=[{_KANJI_CHAR}])")


_WARD_CITIES: dict[str, set[str]] = {}  # a designated city's ward -> the cities that have it


def _load_municipalities() -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """Every other city and every county's towns and villages ("北佐久郡御代田町"), with
    their prefectures; and each county's towns (municipalities.txt, from Japan Post's
    data: scripts/refresh_municipalities.py)."""
    prefectures: dict[str, tuple[str, ...]] = {}
    towns: dict[str, set[str]] = {}  # county (…郡) -> its towns and villages
    text = (Path(__file__).parent / "municipalities.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        prefecture, official = line.split("\t")
        if official.endswith("区"):
            # A designated city's ward, read alone as Tokyo's are ("港北区日吉本町1-2-3";
            # 中区 is a ward of five cities); its city before it is read from the city.
            city, official = official.split("市", 1)
            _WARD_CITIES.setdefault(_KE.sub("ヶ", official), set()).add(city + "市")
            if official in _TOKYO_WARD_SET:
                continue
        for name in _spellings(official):
            if prefecture not in prefectures.get(name, ()):
                prefectures[name] = (*prefectures.get(name, ()), prefecture)
            if not name.endswith(("市", "区")):
                county, _, town = name.partition("郡")
                towns.setdefault(county + "郡", set()).add(town)
    return prefectures, {county: frozenset(t) for county, t in towns.items()}


# Names people write another way than Japan Post: 塩竈市 as 塩釜市 or 塩竃市.
_OTHER_SPELLINGS = {"塩竈": ("塩釜", "塩竃")}


def _spellings(name: str) -> list[str]:
    """`name` as Japan Post writes it and as people do: the ヶ of a place name written ケ
    too (鎌ケ谷市 = 鎌ヶ谷市, 茅ヶ崎市 = 茅ケ崎市, 関ケ原町 = 関ヶ原町; key() evens them),
    and the other spellings of _OTHER_SPELLINGS."""
    names = {name, _KE.sub("ヶ", name), _KE.sub("ケ", name)}
    for official, others in _OTHER_SPELLINGS.items():
        if official in name:
            names.update(n.replace(official, other) for n in list(names) for other in others)
    return sorted(names)


# Municipalities written without their prefecture: a city ("八王子市旭町9-12"; 府中市 and
# 伊達市 are in two prefectures each) or a county's town ("北佐久郡御代田町大字馬瀬口
# 1689番地"; 上川郡 is the name of three counties).
MUNICIPALITY_PREFECTURES, COUNTY_TOWNS = _load_municipalities()
_CITY_SET = frozenset(
    (*CITY_WORDS, *(name for name in MUNICIPALITY_PREFECTURES if name.endswith(("市", "区"))))
)
# A designated city is followed by one of its wards ("大阪市北区", "横浜市西区").
_CITY_WARD = re.compile(rf"{_SP}{_NAME}{{1,4}}?区")
# What comes before a name that is itself part of a larger address (東京都港区, 大阪府大阪市,
# 名古屋市中区 …): that address is found from its own start.
_LARGER_UNIT = frozenset("都道府県市郡")


# Longest first: 東松山市 is found as itself, not as 松山市 after a name's character.
_CITY_LENGTHS = sorted({len(w) for w in _CITY_SET}, reverse=True)
_CITY_TAILS = frozenset(w[-2:] for w in _CITY_SET)
_COUNTY_LENGTHS = sorted({len(w) for w in COUNTY_TOWNS}, reverse=True)
_COUNTY_TAILS = frozenset(w[-2:] for w in COUNTY_TOWNS)
_TOWN_LENGTHS = sorted({len(t) for ts in COUNTY_TOWNS.values() for t in ts}, reverse=True)


def city_ending_at(text: str, pos: int) -> str | None:
    """The address whose city or ward name (CITY_WORDS, CITY_PREFECTURES) ends with
    text[pos] (市 or 区), or whose county (郡) does, then one of its towns."""
    if text[pos - 1 : pos + 1] not in _CITY_TAILS:  # 都市, 地区, 市場 …: one look
        return _county_town_at(text, pos) if text[pos] == "郡" else None
    for length in _CITY_LENGTHS:
        start = pos + 1 - length
        if start >= 0:
            word = text[start : pos + 1]
            if word in _CITY_SET:
                return city_match_at(text, start, word)
    return None


def _county_town_at(text: str, pos: int) -> str | None:
    """The address of a county's town or village, the county's 郡 at text[pos]."""
    if text[pos - 1 : pos + 1] not in _COUNTY_TAILS:
        return None
    for length in _COUNTY_LENGTHS:
        start = pos + 1 - length
        if start < 0 or text[start : pos + 1] not in COUNTY_TOWNS:
            continue
        towns = COUNTY_TOWNS[text[start : pos + 1]]
        at = pos + 1 + (text[pos + 1 : pos + 2] in (" ", "\u3000", "\u00a0"))
        for n in _TOWN_LENGTHS:
            if text[at : at + n] in towns:
                return city_match_at(text, start, text[start : at + n])
        return None
    return None


def city_match_at(text: str, pos: int, word: str) -> str | None:
    """The normalised address starting with the city or ward `word` at `pos` (no
    prefecture before it), or None."""
    found = city_match_span(text, pos, word)
    return found[0] if found is not None else None


def city_match_span(text: str, pos: int, word: str) -> tuple[str, int] | None:
    """(normalised address, its end in `text`) for city_match_at."""
    before = text[max(0, pos - 2) : pos].rstrip(" \u3000\u00a0")
    if before and before[-1] in _LARGER_UNIT:
        return None
    if pos and _PLACE_NAME_CHAR.match(text, pos - 1):
        # The end of a longer name: 港北区 is not 北区. (Not after a particle or a
        # bracket: "10時に四日市市西浦…", "【工事場所】前橋市…": names found here hold no
        # kana or bracket before the part looked up, the longest name that ends there.)
        return None
    ward = _CITY_WARD.match(text, pos + len(word)) if word in DESIGNATED_CITIES else None
    if word in DESIGNATED_CITIES and ward is None:
        return None  # "大阪市内", "横浜市の会場": a city named, not an address
    if _POSTAL_CODE_AFTER.match(text, ward.end() if ward is not None else pos + len(word)):
        return None  # "港区 105-0011": a postal code after the ward, no street number
    if _NOT_A_TOWN_AFTER.match(text, pos + len(word)) is not None:
        return None  # "松本市在住30-40代", "長野市内2-3箇所", "八王子市から2-3km"
    end = pos + len(word)
    after = text[end : end + 1]
    if after == "民" and word[-1] in "市区" and text[end + 1 : end + 2] != "田":
        # 市民 / 区民 begin words (市民税, 市民球場, 区民会館 …), not towns; 鶴岡市民田 is
        # the one town Japan Post lists that starts so.
        return None
    if (
        after in _WORD_AFTER_WARD
        and word[-1] == "区"
        and (_WORD_END.match(text, end + 1) or _WARD_WORD.match(text, end + 1))
    ):
        # "中区分3-2", "東区画12-3", "東区画番号…", "中区域内…": a word the ward's 区 begins,
        # ended at once or going on as such words do. Towns start so too and go on in
        # kanji: 西蒲区間瀬, 東区画図町, 上京区分銅町.
        return None
    if not _number_near(text, pos + len(word)):
        # No number within the reach of an address (or of its next line): a city named
        # in prose. One cheap search, before _REST's many ways of parting a long run
        # of name characters.
        return None
    rest = _REST.match(text, pos)
    if rest is None:
        # The line broken after the ward (a <br> in an HTML table: "さいたま市浦和区<br>
        # 岸町4-9-3"), as match_span reads it after a prefecture.
        rest = _AFTER_BREAK.match(text, ward.end() if ward is not None else pos + len(word))
        if rest is None or _DOCUMENT_PART.match(text, rest.start()) is not None:
            return None  # "港区\n資料1-2 を参照": a figure or a handout, not a street
    # A name in prose ("港区の会場で2-3人") is more common than with a prefecture before
    # it: the number must be the whole number there, right after a place name.
    if (
        _room_at_a_facility(text, pos, rest.end())
        or _MORE_NUMBER.match(text, rest.end())
        or _PARTICLE_BEFORE_NUMBER.search(text, pos, rest.end())
        or _ORDINAL.search(text, pos, rest.end())
    ):
        return None
    # ...with a town's name between the municipality and the number, as every address
    # has one ("松本市中央1-2-3"): "越谷市 2-1便", "松本市 1-2工区" are counts;
    between = text[pos + len(word) : rest.end()]
    first = _DIGIT_NEAR.search(between)
    if first is not None:
        town = between[: first.start()]
        if not town.strip(" \u3000\u00a0\t\r\n>＞") and not (
            _TOWNLESS.match(between, first.start()) is not None
            or ("郡" in word and _LOT.match(between, first.start()) is not None)
        ):
            # (But Hokkaido's blocks start so, "旭川市3条通8丁目", a lot says what it is,
            # "…1234番地", and a village may have no town: "下伊那郡喬木村4721番地",
            # "北安曇郡松川村7021-1".)
            return None
        if (
            town
            and town[-1] in " \u3000\u00a0"
            and _THREE_NUMBERS.search(between) is None
            and _place_after(text, rest.end())
        ):
            # A number set apart by spaces between two places is a score or a route
            # ("松本市選抜 5-3 塩尻市選抜"), not a block number ("港区六本木 6-10 六本木ヒルズ").
            return None
    # ...and a street address there has two numbers at least (丁目-番地, 1-2-3):
    # "新宿区内3店舗", "大田区第2工場", "北区1位" have one. Kyoto's, written by the way
    # there ("烏丸通三条下る饅頭屋町595"), has the town's one 番地.
    if (
        _TWO_NUMBERS.search(text, pos, rest.end()) is None
        and (word != "京都市" or _KYOTO_WAY.search(text, pos, rest.end()) is None)
        and _ONE_LOT.search(text, pos, rest.end()) is None
        and _LOT_AFTER_TOWN.search(text, pos, rest.end()) is None
        and not (
            _LOT_AT_END.search(text, pos, rest.end()) is not None
            and _labelled_address(text, pos)
        )
    ):
        return None
    return _normalised(text[pos : rest.end()]), rest.end()


# What follows a municipality's name in prose, where a town's name would stand in an
# address: a number after it is a count or a range, not a block. (内 only right before
# the number: 千代田区内幸町 is a town.)
_NOT_A_TOWN_AFTER = re.compile(
    r"(?:在住|在勤|在学|周辺|近郊|近辺|から|まで|出張|方面|エリア|地域|全域|以外|各地|など)"
    rf"|[内の][ \u3000]*[{DIGITS}]"  # "鈴鹿市の 3-4 件"
    r"|ほか|他"  # "松本市ほか2500部"
)
# A word the ward's last character begins ("中区分3-2", "東区画12-3"). Not 長: 太白区長町,
# 桑名市長島町 are towns.
_WORD_AFTER_WARD = frozenset("分画域間")
_WORD_END = re.compile(rf"[{DIGITS} \u3000\u30a1-\u30faA-Za-zＡ-Ｚａ-ｚ]|\Z")
_WARD_WORD = re.compile(r"番号|整理|内|外|別|ごと")
_POSTAL_CODE_AFTER = re.compile(
    rf"[ \u3000]*[{DIGITS}]{{3}}{_DASH}[{DIGITS}]{{4}}(?![{DIGITS}]|{_DASH})"
)
# The next line's start that names a part of a document, not a town: 資料1-2, 図1-1, 表3-2.
_DOCUMENT_PART = re.compile(
    r"[ \u3000]*\r?\n[ \u3000>＞]*(?:資料|別紙|添付|参考|付録|図|表|第|No\.?|p\.?)[ \u3000]?[0-9０-９]"
)


_MORE_NUMBER = re.compile(rf"{_DASH}[{DIGITS}]")
# A number within an address's reach after a municipality: a digit, or a block number
# in kanji (二丁目, 三番).
_DIGIT_NEAR = re.compile(r"[0-9０-９]")
_TOWNLESS = re.compile(rf"[{DIGITS}]+(?:条|番地)")
_LOT = re.compile(rf"[{DIGITS}]{{3,5}}(?![{DIGITS}])")
def _place_after(text: str, at: int) -> bool:
    """A prefecture or a municipality (_CITY_SET) names the next word after `at`."""
    k = at
    while k < len(text) and text[k] in " \u3000\u00a0":
        k += 1
    if k == at:
        return False
    word = text[k : k + 8]
    if PREFECTURE.match(word) is not None:
        return True
    for n in range(2, len(word) + 1):
        if word[n - 1] in "市区町村" and word[:n] in _CITY_SET:
            return True
    return False


_THREE_NUMBERS = re.compile(
    rf"[{DIGITS}]+{_DASH}[{DIGITS}]+{_DASH}[{DIGITS}]|[{DIGITS}](?:丁目|番地|番|号)"
)
_KANJI_BLOCK_NEAR = re.compile(KANJI_NUMBER % 3 + "(?:丁目|番|号|条|線|地割)")
_NEAR = 48


def _number_near(text: str, at: int) -> bool:
    """A digit or a kanji block number in the _NEAR characters from `at`."""
    window = text[at : at + _NEAR]
    return _DIGIT_NEAR.search(window) is not None or (
        _KANJI_BLOCK_NEAR.search(window) is not None
    )
# The way, then the town it leads to and its 番地: "烏丸通三条下る饅頭屋町595",
# "四条通大和大路東入祇園町南側570" (not "河原町通を上る途中の2軒目").
_KYOTO_WAY = re.compile(
    r"通り?[^\s\d、。の]{0,12}?(?:[上下][ルる]|[東西]入[ルる]?)[^\s\d、。の]{1,12}?町"
    r"[^\s\d、。の]{0,3}[0-9０-９]"
)
_TWO_NUMBERS = re.compile(
    rf"(?:[{DIGITS}]+|{_KANJI_BLOCK_NUMBER})(?:丁目[右左]?|番地の?|番の?|条[東西南北通]?|線|地割|{_DASH}|の)(?:[{DIGITS}]|{_KANJI_NUM})"
)
_PLACE_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヶケ\u30a1-\u30faー]")
# A rural lot written with no 番地 after a town or 字 ("富岡市妙義町諸戸1045", "甘楽郡
# 下仁田町大字吉崎245"): three digits at least, the last thing of the address.
_LOT_AFTER_TOWN = re.compile(rf"[町村字][^\s\d、。]{{0,8}}?[{DIGITS}]{{3,5}}\Z")
# ... or after any district when an address's label says what it is ("住所：茅野市玉川1234").
_LABEL_REACH = 64  # "送付先：株式会社サンプル 長野営業所 御中 〒391-0011 茅野市…"


def _labelled_address(text: str, pos: int) -> bool:
    """An address's label before `pos` on its line, in reach, standing as a label: a
    delimiter or the address right after it ("住所：", "ご住所（ご自宅、または勤務先）：",
    "住所,"; not "住所変更の届出について…、松本市役所…内線2345", where it begins a word)."""
    lo = max(0, pos - _LABEL_REACH)
    lo = text.rfind("\n", lo, pos) + 1 or lo  # (from the line's start in reach only)
    return any(
        m.end() == pos or text[m.end()] in _LABEL_DELIMITERS
        for m in _ADDRESS_LABEL.finditer(text, lo, pos)
    )


_LABEL_DELIMITERS = frozenset(" \t\u3000:：,，(（［[】」")
_LOT_AT_END = re.compile(rf"[^\s\d、。]{{2}}[{DIGITS}]{{3,5}}\Z")
_ADDRESS_LABEL = re.compile(r"住所|所在地|送付先|お届け先|届け先|配送先|納品先|(?i:address)")
# One lot number (地番), as rural addresses have it: "…大字馬瀬口1689番地", "鈴鹿市国府町
# 7710番地" (a count is never written with 番地).
_ONE_LOT = re.compile(rf"[{DIGITS}]+番地")
_LINE_BREAK = re.compile(r"\r?\n[ \u3000>＞]*")
_PARTICLE_BEFORE_NUMBER = re.compile(rf"[でにはをがともへ]{_SP}[{DIGITS}]")
# An ordinal: "倉敷市 第2-3工場", "大田区第2工場" (not Iwate's 第2地割, a district).
_ORDINAL = re.compile(rf"第{_SP}[{DIGITS}]+(?![{DIGITS}]|地割)")


def _normalised(raw: str) -> str:
    if "\n" in raw:
        raw = _LINE_BREAK.sub("", raw)  # and the next line's quote marks
    value = nfkc(raw)
    # Most addresses hold neither a space nor a dash other than '-': a look, not a sub.
    if " " in value or "\u3000" in value:
        value = _SPACES.sub("", value)
    return _DASH_RUN.sub("-", value) if _OTHER_DASH.search(value) is not None else value


def match_at(text: str, pos: int) -> str | None:
    """The normalised address starting with the prefecture at `pos`, or None."""
    found = match_span(text, pos)
    return found[0] if found is not None else None


def match_span(text: str, pos: int) -> tuple[str, int] | None:
    """(normalised address, its end in `text`) starting with the prefecture at `pos`."""
    pref = PREFECTURE.match(text, pos)
    if pref is None:
        return None
    rest = _REST.match(text, pref.end())
    if rest is None:
        town = _MUNICIPALITY_END.match(text, pref.end())
        rest = _AFTER_BREAK.match(text, town.end()) if town is not None else None
        if rest is None:
            return None
    if _room_at_a_facility(text, pos, rest.end()):
        return None
    return _normalised(text[pos : rest.end()]), rest.end()


# A public building's name, then a number and a room ("港区産業振興センター 3-2 研修室",
# "北沢タウンホール 12-1 会議室"): the room's number, not a block number. (センター alone
# may end a town's name: 流通センター.)
_FACILITY_NUMBER = re.compile(r"(?:センター|ホール|プラザ|会館)[ \u3000]*[0-9０-９]")
_ROOM_AFTER = re.compile(r"[ \u3000]*(?:会議室|研修室|集会室|教室|和室|講堂|号室)")


def _room_at_a_facility(text: str, start: int, end: int) -> bool:
    return (
        _ROOM_AFTER.match(text, end) is not None
        and _FACILITY_NUMBER.search(text, start, end) is not None
    )


def prefecture_ending_at(text: str, pos: int) -> int | None:
    """Start of the prefecture name whose last character (都道府県) is text[pos]."""
    for length in (3, 4):
        start = pos + 1 - length
        if start >= 0 and text[start : pos + 1] in _PREFECTURE_SET:
            return start
    return None


_ANCHOR = re.compile("|".join((*PREFECTURES, *CITY_WORDS)))


def find_spans(text: str) -> list[tuple[str, int, int]]:
    """(normalised address, start, end) of each address in `text`."""
    found = []
    for m in _ANCHOR.finditer(text):
        word = m.group()
        span = (city_match_span(text, m.start(), word) if word in _CITY_SET
                else match_span(text, m.start()))
        if span is not None:
            found.append((span[0], m.start(), span[1]))
    return found


def find(text: str) -> list[str]:
    found = []
    for m in _ANCHOR.finditer(text):
        word = m.group()
        value = (city_match_at(text, m.start(), word) if word in _CITY_SET
                 else match_at(text, m.start()))
        if value is not None:
            found.append(value)
    return found


# -- comparing addresses ----------------------------------------------------------------

_KANJI_BLOCK = re.compile(KANJI_NUMBER % 3 + "(?=丁目|番|号)")
_BLOCK_WORD = re.compile(r"(?<=\d)(?:丁目|番地の|番地|番の|番|号|の)(?=\d)")
_BLOCK_END = re.compile(r"(?<=\d)(?:丁目|番地|番|号)$")
# 大字 / 字 (a village's district) right after the municipality: often left out.
_AZA = re.compile("(?<=[市区町村])大?字(?=[" + _KANJI_CHAR + "ぁ-んァ-ヶ])")


@functools.lru_cache(maxsize=16384)  # a thread's quoted addresses come back mail after mail
def key(value: str) -> str:
    """What two ways of writing one address have in common (the sender's and the
    company's own addresses compare by it, and find_all counts addresses by it): the block written in kanji or with
    丁目/番地/号 (丸の内一丁目1番1号) keys as 丸の内1-1-1. The prefecture is dropped only
    where it is the one the name implies (東京都 before a Tokyo ward, 大阪府 before 大阪市),
    as the detector finds those names without one: 府中市 is in Tokyo and in Hiroshima,
    and 中央区 is a ward of Tokyo and of Osaka (大阪府中央区 is not 東京都中央区).
    The ヶ of a place name is written ヶ, ケ, が or ガ (霞が関 = 霞ヶ関 = 霞ケ関): between two
    kanji they key as ヶ (but 市谷 is not 市ヶ谷: nothing is dropped); 大字 / 字 right
    after the municipality is dropped (軽井沢町大字軽井沢 = 軽井沢町軽井沢)."""
    pref = PREFECTURE.match(value)
    if pref is not None and value.startswith(_CITIES_OF.get(pref.group(), ()), pref.end()):
        value = value[pref.end() :]
    # Each rewrite only where its characters are (find_all keys every address found:
    # 10,000 rows of a customer list are 10,000 misses of the cache above).
    if "ヶ" in value or "ケ" in value or "が" in value or "ガ" in value:
        value = _KE.sub("ヶ", value)
    city = _DESIGNATED_START.match(value)
    if city is not None and _WARD_CITIES.get(city.group(2)) == {city.group(1)}:
        # 横浜市港北区… = 港北区… (a ward read alone; only Yokohama has a 港北区): from
        # the prefecture on, when that is the city's (神奈川県横浜市港北区…).
        value = value[city.start(2) :]
    if "字" in value:
        value = _AZA.sub("", value)
    block = "丁目" in value or "番" in value or "号" in value
    if block:
        value = _KANJI_BLOCK.sub(lambda m: kanji_number(m.group()), value)
    if block or "の" in value:
        value = _BLOCK_END.sub("", _BLOCK_WORD.sub("-", value))
    return value


# A designated city (with its prefecture or not) and the ward after it.
_DESIGNATED_START = re.compile(
    rf"(?:{'|'.join(PREFECTURES)})?({'|'.join(DESIGNATED_CITIES)})([^\s\d区]{{1,4}}区)"
)
# Only a city in one prefecture implies it (府中市 is in two).
_CITY_PREFECTURES = {
    **{name: prefs[0] for name, prefs in MUNICIPALITY_PREFECTURES.items() if len(prefs) == 1},
    **_DESIGNATED_CITY_PREFECTURES,
    **dict.fromkeys(TOKYO_WARDS, "東京都"),
}
_CITIES_OF: dict[str, tuple[str, ...]] = {}
for _city, _pref in _CITY_PREFECTURES.items():
    _CITIES_OF[_pref] = (*_CITIES_OF.get(_pref, ()), _city)
