"""Dates of birth: a date right after 生年月日 / 誕生日 / DOB / Date of birth.

Dates are everywhere in business mail; only the label makes one a birthday, so the
search starts from the labels and reads one date after each. Japanese era dates
(昭和60年4月12日, S60.4.12, 平成元年…) are converted; every value is an ISO date.
"""

from __future__ import annotations

import datetime as dt
import re

from proxy.detectors.normalize import KANJI_NUMBER, kanji_number, nfkc
from proxy.detectors.numbers import DASHES

TYPE = "date_of_birth"

# 発生年月日 (date of occurrence: incident and quality reports), 再生, 衛生 are not births.
LABEL = re.compile(
    r"(?<![発再衛派])(?:生年月日|生年)|誕生日|ｾｲﾈﾝｶﾞｯﾋﾟ|"
    r"(?<![A-Za-z])(?:d\.?o\.?b\b\.?|date\s*of\s*birth|birth\s*date|birthdate|birthday"
    r"|geburtsdatum|date\s*de\s*naissance)",
    re.IGNORECASE,
)
# Each alternative starts with a literal character, so the search skips at C speed
# (sre builds a first-character set only from literal branch heads).
# find_all finds labels from these (English ones capitalised, as on forms and in
# table headers: a lower-case "d" or "b" is too common in English text to look at).
# ｾｲﾈﾝｶﾞｯﾋﾟ: 生年月日 read aloud, the half-width kana label of a host system's screen.
# German and French payroll forms of a European office: Geburtsdatum, Date de naissance.
LABEL_LITERALS = ("生年月日", "誕生日", "生年", "DOB", "Dob", "D.O.B", "Date of", "DATE OF",
                  "Birth", "BIRTH", "ｾｲﾈﾝｶﾞｯﾋﾟ", "Geburtsdatum", "GEBURTSDATUM",
                  "Date de naissance", "DATE DE NAISSANCE")  # fmt: skip

ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_LAST = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 99}
# The era codes of 日本年金機構's forms and files ("5-600101": 昭和60年1月1日).
_PENSION_ERAS = {"1": "明治", "3": "大正", "5": "昭和", "7": "平成", "9": "令和"}
# English, German and French names (the forms of the European offices).
MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january", "januar", "janvier"), ("feb", "february", "februar", "février",
            "fevrier"), ("mar", "march", "märz", "maerz", "mars"), ("apr", "april", "avril"),
            ("may", "mai"), ("jun", "june", "juni", "juin"), ("jul", "july", "juli", "juillet"),
            ("aug", "august", "août", "aout"), ("sep", "sept", "september", "septembre"),
            ("oct", "october", "okt", "oktober", "octobre"), ("nov", "november", "novembre"),
            ("dec", "december", "dez", "dezember", "décembre", "decembre"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip

_S = r"[\s]*"
_SEP = "[" + re.escape("/." + DASHES) + "]"
_MON = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# The other calendar's year in brackets after 年, as HR forms write it:
# "1990年(平成2年)7月15日", "平成2年(1990年)7月15日" (the window is NFKC: （ is "(").
_ALSO = (
    r"(?:\s*\(\s*(?:(?:明治|大正|昭和|平成|令和|[MTSHR])\s*(?:元|[0-9]{1,2})|(?:18|19|20)[0-9]{2})"
    r"\s*年?\s*\))?"
)
DATE = re.compile(
    rf"(?P<era>明治|大正|昭和|平成|令和|[MTSHR](?=[0-9元]))\s*(?P<ey>元|[0-9]{{1,2}})\s*(?:年{_ALSO}|{_SEP})"
    rf"\s*(?P<em>[0-9]{{1,2}})\s*(?:月|{_SEP})\s*(?P<ed>[0-9]{{1,2}})(?![0-9])"
    rf"|(?P<y>(?:18|19|20)[0-9]{{2}})\s*(?:年{_ALSO}|{_SEP})\s*(?P<m>[0-9]{{1,2}})\s*(?:月|{_SEP})"
    rf"\s*(?P<d>[0-9]{{1,2}})(?![0-9])"
    rf"|(?P<cy>(?:18|19|20)[0-9]{{2}})(?P<cm>[0-9]{{2}})(?P<cd>[0-9]{{2}})(?![0-9])"
    # 日本年金機構's forms (資格取得届): the era as a code, then YYMMDD: 7-070213.
    rf"|(?P<code>[13579])-(?P<ky>[0-9]{{2}})(?P<km>[0-9]{{2}})(?P<kd>[0-9]{{2}})(?![0-9])"
    rf"|(?P<a>[0-9]{{1,2}})\s*{_SEP}\s*(?P<b>[0-9]{{1,2}})\s*{_SEP}\s*(?P<ay>(?:18|19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?P<nd>[0-9]{{1,2}})(?:st|nd|rd|th|\.)?[\s-]*(?P<nm>{_MON})[\s,-]*(?P<ny>(?:18|19|20)[0-9]{{2}})(?![0-9])"
    rf"|(?P<mm>{_MON})\s*(?P<md>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<my>(?:18|19|20)[0-9]{{2}})(?![0-9])",
    re.IGNORECASE,
)
AFTER = 24  # characters after the label in which the date must start
_EMPTY_LINE = " \t\u3000:：\r】」］]）)"
_AS_OF = re.compile(r"日?[ \t\u3000]*(?:現在|時点)")
_DAY_FIRST = re.compile(r"(?i:dd[/.\-]mm)")
_MONTH_FIRST = re.compile(r"(?i:mm[/.\-]dd)")
# Between the label and the date: separators, a short note in brackets with no digit
# ("（西暦）", "（契約者）", "(dd/mm/yyyy)"), and the other half of a combined label
# ("生年月日・年齢 1985/04/12（39歳）", "Date of birth / Age: …", 性別, 続柄: not another
# date's label, "生年月日 / 記入日 2024/05/01" may be either).
_FILLER = re.compile(
    r"(?:[(（][^()（）0-9０-９\n]{0,12}[)）]|[(（][^()（）\n]{0,8}歳[)）]"
    r"|[・/／][ \t\u3000]*(?:年齢|性別|続柄|(?i:age|sex|gender))(?=[\s:：・/／]|\Z)"
    r"|[\s:：=＝\-－()（）\[\]［］【】「」は,，、>\"'])*"
)


# Numbers in kanji before 年 / 月 / 日, as 戸籍 and formal letters write a date
# (昭和三十二年五月八日, 一九八五年): given in digits before the date is read.
_KANJI_DATE_NUMBER = re.compile(KANJI_NUMBER % 4 + "(?=[年月日])")


def digits_for_kanji(window: str) -> str:
    """The window with kanji numbers before 年 / 月 / 日 in digits (a no-op, at C speed,
    for the windows that hold none)."""
    if "年" in window and any(c in window for c in "一二三四五六七八九十〇"):
        return _KANJI_DATE_NUMBER.sub(lambda m: kanji_number(m.group()), window)
    return window


def _iso(year: int, month: int, day: int) -> str | None:
    """The date, or None when there is no such day or it is after today: nobody is born
    in the future ("it's Ken's birthday" over next month's date is a reminder)."""
    if not 1868 <= year <= 2100:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if date <= dt.date.today() else None


def iso_of(m: re.Match[str]) -> str | None:
    """The ISO date a DATE match writes, or None for no real date."""
    g = m.group  # by name, as needed: groupdict() would build all twenty
    if g("era"):
        era = _ERA_LETTERS.get(g("era").upper(), g("era"))
        n = 1 if g("ey") == "元" else int(g("ey"))
        if not 1 <= n <= _ERA_LAST[era]:
            return None
        return _iso(ERAS[era] + n - 1, int(g("em")), int(g("ed")))
    if g("y"):
        return _iso(int(g("y")), int(g("m")), int(g("d")))
    if g("cy"):
        return _iso(int(g("cy")), int(g("cm")), int(g("cd")))
    if g("code"):
        era = _PENSION_ERAS[g("code")]
        n = int(g("ky"))
        if not 1 <= n <= _ERA_LAST[era]:
            return None
        return _iso(ERAS[era] + n - 1, int(g("km")), int(g("kd")))
    if g("ay"):
        a, b = int(g("a")), int(g("b"))
        # MM/DD/YYYY unless the first number cannot be a month (DD/MM/YYYY), or the
        # numbers are parted by dots: 14.02.1979 is how Europe (Germany, Russia …) writes
        # a date, day first; the US writes none so.
        # (When day first makes no date, 02.14.1979, it is month first after all.)
        dotted = b <= 12 and m.string[m.end("a") : m.start("b")].strip() == "."
        month, day = (b, a) if a > 12 or dotted else (a, b)
        return _iso(int(g("ay")), month, day)
    if g("ny"):
        return _iso(int(g("ny")), MONTHS[g("nm").rstrip(".").lower()], int(g("nd")))
    return _iso(int(g("my")), MONTHS[g("mm").rstrip(".").lower()], int(g("md")))


def match_after(text: str, pos: int) -> str | None:
    """The ISO date written right after a label ending at `pos`, or None."""
    raw = text[pos : pos + AFTER + 16]
    # The date belongs on the label's line unless that is empty. NFKC never makes or
    # joins a line end ("\n" is a starter nothing composes with), so NFKC of the window
    # cut at its first "\n" is NFKC of the window, cut there: the label's line alone is
    # normalised first, and the next line (in a table: the next row, mostly Japanese)
    # only when the label's line holds nothing.
    nl = raw.find("\n")
    window = nfkc(raw[:nl]) if nl >= 0 else ""
    if window.rstrip(" \t\r\u3000").endswith("年"):
        # The line ends inside the date ("生年月日 1987年⏎11月26日": text copied from a
        # PDF, a form's wrapped cell): the date goes on on the next line.
        following = raw.find("\n", nl + 1)
        window = nfkc(raw[:nl].rstrip("\r") + raw[nl + 1 : following if following >= 0 else None])
    if not window.strip(_EMPTY_LINE):  # "生年月日：⏎…", "【生年月日】⏎…"
        window = nfkc(raw)
        nl = window.find("\n")
        if nl >= 0 and window[:nl].strip(_EMPTY_LINE):
            window = window[:nl]
    elif (
        nl >= 0
        and _FILLER.match(window).end() >= len(window.rstrip())  # type: ignore[union-attr]
        and "\t" not in text[text.rfind("\n", 0, pos) + 1 : pos]
    ):
        # A note alone after the label, the date on the next line, as a form's text
        # copies it ("Date of Birth (DD/MM/YYYY)" over "07/10/1979"): the note still
        # says which comes first. Not a table's header cell ("入社日\t氏名\t生年月日
        # （西暦）"): the next line is the next row, its first cell another column's.
        following = raw.find("\n", nl + 1)
        window = window.rstrip() + " " + nfkc(raw[nl + 1 : following if following >= 0 else None])
    window = digits_for_kanji(window)
    filler = _FILLER.match(window)
    start = filler.end() if filler is not None else 0
    if start > AFTER:
        return None
    # Era boxes: right after the filler, or brackets it took for a note ("（　）昭和").
    opening = _OPENING.search(window, 0, start) if start else None
    bracket = opening.start() if opening is not None else -1
    if bracket >= 0 and _ERA_BOXES.match(window, bracket) is not None:
        window, start = _ticked_era(window, bracket), bracket
    elif window[start : start + 1] in _BOXES or window[start : start + 1] in ("(", "（", "[", "【"):
        window = _ticked_era(window, start)
    m = DATE.match(window, start)
    if m is None:
        return _excel_serial(window, start)
    if _AS_OF.match(window, m.end()) is not None:
        return None  # "生年月日・年齢：2024年4月1日現在": the date ages are counted at
    if m.group("ay") and _DAY_FIRST.search(window, 0, start) is not None:
        # "Date of birth (DD/MM/YYYY): 12/04/1985": the note says which comes first.
        return _iso(int(m.group("ay")), int(m.group("b")), int(m.group("a")))
    if m.group("ay") and _MONTH_FIRST.search(window, 0, start) is not None:
        return _iso(int(m.group("ay")), int(m.group("a")), int(m.group("b")))
    return iso_of(m)


_OPENING = re.compile(r"[(（\[【]")
# A form's era boxes before the year, one of them ticked: "□昭和 ■平成 □令和 3年5月19日",
# or ticked beside its box: "□昭和 □レ平成" (a box and the tick drawn after it).
_BOXES = frozenset("□■☐☑☒✓✔●○◯〇◎◉レ")  # 〇: the ideographic zero, drawn for a circle
_TICKED = frozenset("■☑☒✓✔●◉◎レ")  # レ: the tick Japanese forms are marked with
_UNTICKED = _BOXES - _TICKED
# An era as a box's word: in full, or its first character alone where a grid form's
# cell is narrow ("○昭 ●平").
_ERA_WORD = "(明治|大正|昭和|平成|令和|西暦|[明大昭平令](?![治正和成]))"
_FULL_ERA = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
# A box: its character (□ ■ ☑ …, a tick after it: "□レ"), or brackets a form prints
# for a mark to be written in: "（○）平成", "(レ)昭和", "[x]平成"; empty brackets are
# an unticked box.
_BOX = (
    rf"[{''.join(_BOXES)}]{{1,2}}"
    rf"|[(（\[【][ \u3000]*(?:[{''.join(_BOXES)}xX✕×]|)[ \u3000]*[)）\]】]"
)
_ERA_BOXES = re.compile(rf"(?:({_BOX})[ \t\u3000]*{_ERA_WORD}[ \t\u3000]*)+")
_ERA_BOX = re.compile(rf"({_BOX})[ \t\u3000]*{_ERA_WORD}")
_BRACKETS = "(（[【)）]】 \u3000"


def _ticked(box: str) -> bool:
    if box[0] in "(（[【":
        return box.strip(_BRACKETS) != ""  # whatever is written in the brackets
    return not _TICKED.isdisjoint(box)


def _ticked_era(window: str, start: int) -> str:
    """`window` with the era boxes at `start` replaced by the era ticked ("" for 西暦);
    unchanged when none or several are ticked (no date is read then)."""
    boxes = _ERA_BOXES.match(window, start)
    if boxes is None:
        return window
    ticked = [m.group(2) for m in _ERA_BOX.finditer(boxes.group()) if _ticked(m.group(1))]
    if len(ticked) != 1:
        return window
    era = "" if ticked[0] == "西暦" else _FULL_ERA.get(ticked[0], ticked[0])
    return window[:start] + era + window[boxes.end() :]


# A date of birth that Excel saved as its serial number: a CSV opened in Excel and saved
# again, the column not formatted as dates ("生年月日: 30942", 1984-09-18). Five digits
# alone after the label (10000 is 1927-05-18): nothing else is written so.
# The number alone in its cell or on its line: "12034件", "10000ポイント", "12034 rows"
# are counts.
_SERIAL = re.compile(r"([1-9][0-9]{4})(?=[ \t\u3000]*(?:[\r\n\t,|;、。，；)）]|\Z))")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 61 onwards (Excel takes 1900 for a leap year)


def _excel_serial(window: str, start: int) -> str | None:
    m = _SERIAL.match(window, start)
    if m is None:
        return None
    try:
        day = _EXCEL_EPOCH + dt.timedelta(days=int(m.group(1)))
    except OverflowError:
        return None
    return day.isoformat() if day <= dt.date.today() else None


# A date followed by 生 / 生まれ ("1980年4月1日生", "平成2年1月15日生まれ") is a birthday
# with its label after it, as résumés and member lists write it.
SUFFIX_LITERALS = ("日生", "生まれ")  # and 生 right after a digit (see match_before)
_BEFORE = 24  # characters before the suffix in which the date must start
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
# 生 that begins another word is no label: 生産, 生活, 生命, 生じた, 生きる (日生 itself
# is Nippon Life). What may follow a birthday's 生: まれ, の, the end of the cell or
# line, punctuation, a space, 男 / 女.
_AFTER_SEI = re.compile(r"まれ|の|[\s、。,，.)）\]」』・/／|｜男女]|\Z")


def match_before(text: str, pos: int) -> str | None:
    """The ISO date written right before a suffix label at `pos` (日生 or 生まれ), or None."""
    if text.startswith("生まれ変", pos + 1):  # 生まれ変わりました: relaunched, not born
        return None
    if text.startswith("日生", pos):
        if text.startswith("日生まれ", pos):
            end = pos + 1
        elif _AFTER_SEI.match(text, pos + 2) is None:
            return None
        else:
            end = pos + 1  # the date ends with its 日
    elif text.startswith("生まれ", pos):
        if text.startswith("生まれ変", pos):
            return None
        end = pos
    elif text.startswith("生", pos) and pos and text[pos - 1] in _DIGIT_CHARS:
        if _AFTER_SEI.match(text, pos + 1) is None:
            return None
        end = pos  # a date of numbers only: "S55.4.1生", "1990/7/15生"
    else:
        return None
    window = nfkc(text[max(0, end - _BEFORE) : end]).rstrip(" \u3000")
    window = digits_for_kanji(window)
    if window.endswith("日"):  # the date pattern stops before its 日
        window = window[:-1]
    found = None
    for m in DATE.finditer(window):
        if m.end() == len(window):
            found = m
    if found is None:
        return None
    if found.group("era") and window[: found.start()].rstrip(" \u3000")[-1:] in _UNTICKED:
        # "□昭和 ■平成 □令和 3年5月19日生": the era right before the year is an unticked
        # box's: the date is the ticked box's era's (none if none or two are ticked).
        for boxes in _ERA_BOXES.finditer(window):
            if boxes.start() < found.start() < boxes.end():
                ticked = _ticked_era(window, boxes.start())
                if ticked == window:
                    return None
                last = None
                for last in DATE.finditer(ticked):  # noqa: B007 - the last one
                    pass
                if last is None or last.end() != len(ticked):
                    return None
                return iso_of(last)
        return None
    return iso_of(found)


def label_end(text: str, pos: int) -> int | None:
    """End of a date-of-birth label starting at `pos`, or None."""
    m = LABEL.match(text, pos)
    if m is None or _not_a_persons(text, pos):
        return None
    return m.end()


def _not_a_persons(text: str, pos: int) -> bool:
    """The label at `pos` follows a company's name (_NOT_A_PERSON); looked for only
    after a character such a name ends with (most labels start a line or a cell)."""
    return (
        pos > 0
        and text[pos - 1] in _OWNER_END
        and _NOT_A_PERSON.search(text, max(0, pos - 16), pos) is not None
    )


# Whose birthday: a company's, a shop's, a brand's is its founding date ("弊社の誕生日は
# 1962年5月1日", "our company's birthday: May 1, 1962").
# (The owner's word right before the label, with の or 's: not an employer's name in
# the cell before, "お勤め先：ABC株式会社　生年月日：…".)
_NOT_A_PERSON = re.compile(
    r"(?:弊社|当社|わが社|我が社|会社|創業|法人|当店|本店|当院|当館|当ホテル|当校|本校|本製品|"
    r"グループ|ブランド)の?\Z"
    r"|(?i:company|firm|store|shop|brand|hotel|school|business|clinic|hospital|product|group)"
    r"(?:'s|’s)[ ]*\Z"
)
_OWNER_END = frozenset("の社業人店院館ル校品プド's’ymepdnlsS \u3000")


_DATE_OF = re.compile(r"(?<![A-Za-z])date\s{0,3}(?:of|de)\s{0,3}\Z")
_BIRTH_DATE = re.compile(r"birth(?:\s{0,3}date|day)")
# A sentence's verb between the label and the date: "his date of birth is 14/02/1979".
_VERB = re.compile(r"\s{1,3}(?:is|was)\s{1,3}(?:on\s{1,3})?")
# The lower-case words the labels hold: "birth", French "naissance", German "geb." /
# "geboren am" (a German letter's "Max Mustermann, geb. 14.02.1979").
LOWER_CASE_WORDS = ("birth", "naissance", "geb")
_GERMAN = re.compile(r"(?<![A-Za-z])geb(?:\.|oren\s{1,3}am\b)")


def find_lower_case(text: str) -> list[str]:
    """Dates of birth after a lower-case label: "date of birth", "birth date", "birthdate",
    "birthday", "date de naissance", "geb." (engine.scan finds the capitalised ones).
    Looked for from each of LOWER_CASE_WORDS with str.find: a search for the labels' first
    letters (d, b, g) would test every character of an English text."""
    found = []
    for word in LOWER_CASE_WORDS:
        at = text.find(word)
        while at != -1:
            end = None
            if word == "geb":
                m = _GERMAN.match(text, at)
                end = m.end() if m is not None else None
            elif _DATE_OF.search(text, max(0, at - 12), at) is not None:
                end = at + len(word)
            elif word == "birth" and not (at and text[at - 1].isalpha()):
                m = _BIRTH_DATE.match(text, at)
                end = m.end() if m is not None else None
            if end is not None and not _not_a_persons(text, at):
                verb = _VERB.match(text, end)
                value = match_after(text, verb.end() if verb is not None else end)
                if value is not None:
                    found.append(value)
            at = text.find(word, at + len(word))
    return found


def find(text: str) -> list[str]:
    found = []
    for m in LABEL.finditer(text):
        if _not_a_persons(text, m.start()):
            continue
        value = match_after(text, m.end())
        if value is not None:
            found.append(value)
    return found
