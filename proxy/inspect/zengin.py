"""全銀 (Zengin) transfer files: the fixed-length records a company's accounting sends to
its bank for 総合振込, 給与振込 / 賞与振込 (payroll) and 口座振替 (direct debit).

A payroll file is every employee's bank account and pay in one attachment, and its
records carry no labels: digits glued to digits and half-width kana
("20009ﾐｽﾞﾎ           113ｼﾌﾞﾔ           000014829163ｲﾄｳ ｹﾝｼﾞ …"), so no detector can
tell an account number in it. Here each record is rendered as a line that says what its
fields are ("… 普通 口座番号 4829163 受取人 ｲﾄｳ ｹﾝｼﾞ"), for the detectors to read.

Layout (全国銀行協会 standard, the same in every bank's manual): records of 120 bytes,
in JIS8 / Shift_JIS (code division 0) with CRLF between them or none; a header record
(1), data records (2), a trailer (8) and an end record (9). Byte positions below are
0-based offsets into a record:

    header  0 "1", 1-2 type (21 総合, 11 給与, 12 賞与, 91 口座振替), 3 code division,
            4-13 client code, 14-53 client name, 54-57 date (MMDD),
            58-61 bank, 62-76 bank name, 77-79 branch, 80-94 branch name,
            95 account type, 96-102 account number
    data    0 "2", 1-4 bank, 5-19 bank name, 20-22 branch, 23-37 branch name,
            38-41 clearing house (or blank), 42 account type, 43-49 account number,
            50-79 name, 80-89 amount

A file in EBCDIC (code division 1) is not recognised: its digits are not ASCII.
"""

from __future__ import annotations

import re

RECORD = 120
# "1", the type code, the code division (0: JIS/Shift_JIS), the client's 10-digit code.
_HEADER = re.compile(rb"1(?:1[12]|21|71|9[12])0[0-9]{10}")
_DATA = re.compile(rb"2[0-9]{4}")
_ACCOUNT_TYPES = {"1": "普通", "2": "当座", "4": "貯蓄", "9": "その他"}
_TYPES = {"11": "給与振込", "12": "賞与振込", "21": "総合振込", "71": "給与振込",
          "91": "口座振替", "92": "口座振替"}


def records(data: bytes) -> list[bytes] | None:
    """The file's records, or None when `data` is no 全銀 file: a header record first,
    every record 120 bytes, on lines of their own or back to back."""
    if _HEADER.match(data) is None:
        return None
    if data[RECORD : RECORD + 1] in (b"\r", b"\n"):
        # The end-of-file mark may follow the last record with no line break before it.
        lines = [line.rstrip(b"\r") for line in data.rstrip(b"\x1a").split(b"\n")]
        while lines and lines[-1].strip(b"\x1a \r") == b"":
            lines.pop()  # the last line break, an MS-DOS end-of-file mark
    else:
        cut = len(data.rstrip(b"\x1a\r\n"))
        lines = [data[k : k + RECORD] for k in range(0, cut, RECORD)]
    if len(lines) < 2 or any(len(line) != RECORD for line in lines):
        return None
    return lines if _DATA.match(lines[1]) is not None else None


def _text(field: bytes) -> str:
    return field.decode("cp932", "replace").strip(" \u3000")


def _account(kind: bytes, number: bytes) -> str:
    label = _ACCOUNT_TYPES.get(kind.decode("latin-1"), "")
    return f"{label} 口座番号 {number.decode('latin-1')}"


def render(lines: list[bytes]) -> str:
    """One labelled line a record: the client's account, then each payee's."""
    out: list[str] = []
    for record in lines:
        kind = record[:1]
        if kind == b"1":
            out.append(
                f"{_TYPES.get(record[1:3].decode('latin-1'), '振込')} 依頼人 "
                f"{_text(record[14:54])} 引落口座 {_text(record[62:77])} "
                f"{_text(record[80:95])} {_account(record[95:96], record[96:103])}"
            )
        elif kind == b"2" and record[43:50].isdigit():
            amount = record[80:90].decode("latin-1").lstrip("0") or "0"
            out.append(
                f"振込先 {_text(record[5:20])} {_text(record[23:38])} "
                f"{_account(record[42:43], record[43:50])} 受取人 {_text(record[50:80])} "
                f"金額 {amount}円"
            )
    return "\n".join(out)
