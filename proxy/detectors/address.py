"""Japanese postal addresses: prefecture + municipality + block number.

"〒100-0001 東京都千代田区千代田1-1", "大阪府大阪市北区梅田3丁目1番3号",
"北海道札幌市中央区北1条西2丁目". Found from the prefecture name (a literal, so the
search skips ahead at C speed); counted per distinct normalised address.
"""

from __future__ import annotations

import re

from proxy.detectors.normalize import nfkc
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

_SP = "[ \u3000]?"
_NAME = r"[^\s\d、。,，.:：;；()（）「」\[\]<>＜＞/／|｜@]"
_DASH = "[" + re.escape(DASHES) + "]"
_KANJI_NUM = "[一二三四五六七八九十〇]"
_REST = re.compile(
    _SP
    + rf"(?:{_NAME}{{1,6}}?郡{_SP})?"  # 郡 before a town or village
    + rf"{_NAME}{{1,7}}?[市区町村]{_SP}"  # municipality
    + rf"(?:{_NAME}{{1,7}}?[区町村]{_SP})?"  # ward of a designated city / town
    # District name (may hold 三丁目 in kanji). Kyoto writes the way there instead:
    # street 通, cross street, 上ル / 下ル / 東入 …, then the town ("烏丸通塩小路下ル
    # 東塩小路町"), which may run longer once a 通 or a direction marks it as such.
    + rf"(?:{_NAME}{{0,12}}?(?:通り?|[上下][ルる]|[東西]?入[ルる]?){_NAME}{{0,18}}?|{_NAME}{{0,12}}?){_SP}"
    + rf"[{DIGITS}]{{1,5}}"  # block number
    + rf"(?:(?:丁目|番地|番|号|条[東西南北]?|線|{_DASH}|の)(?:[{DIGITS}]{{1,5}}|{_KANJI_NUM}{{1,3}}))*"
    + r"(?:丁目|番地|番|号)?"
    # "東京都の町田市から3人": a count or a date, not a block number.
    + rf"(?![{DIGITS}]|[年月日時分秒人名件個回円%％歳才割倍台枚本])"
)
_SPACES = re.compile("[ \u3000\u00a0\u202f\u2007\u2009]+")
_DASH_RUN = re.compile(_DASH)
_OTHER_DASH = re.compile("[" + re.escape(DASHES.replace("-", "")) + "]")  # all but '-'


def match_at(text: str, pos: int) -> str | None:
    """The normalised address starting with the prefecture at `pos`, or None."""
    pref = PREFECTURE.match(text, pos)
    if pref is None:
        return None
    rest = _REST.match(text, pref.end())
    if rest is None:
        return None
    value = nfkc(text[pos : rest.end()])
    # Most addresses hold neither a space nor a dash other than '-': a look, not a sub.
    if " " in value or "\u3000" in value:
        value = _SPACES.sub("", value)
    return _DASH_RUN.sub("-", value) if _OTHER_DASH.search(value) is not None else value


def prefecture_ending_at(text: str, pos: int) -> int | None:
    """Start of the prefecture name whose last character (都道府県) is text[pos]."""
    for length in (3, 4):
        start = pos + 1 - length
        if start >= 0 and text[start : pos + 1] in _PREFECTURE_SET:
            return start
    return None


def find(text: str) -> list[str]:
    found = []
    for m in PREFECTURE.finditer(text):
        value = match_at(text, m.start())
        if value is not None:
            found.append(value)
    return found
