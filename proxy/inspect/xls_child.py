"""Reads one Excel 97-2003 workbook (.xls), or an Excel binary workbook (.xlsb), with
python-calamine, in a child process.

calamine is Rust and memory-safe, but on damaged or hostile files it panics, or asks for
hundreds of gigabytes and aborts the whole process (seen fuzzing python-calamine 0.9.1,
calamine 0.37; xlrd, the pure-Python reader, grew to 20 GB on the same inputs). A guard
must not die of an attachment: `legacy_office.xls_text` runs this file as a script, with
an address-space limit set here before anything is parsed, so the worst a file can do is
be reported unreadable. A CPU-time limit ends it even if the guard that started it
was killed meanwhile (the parent's own timeout covers the normal case). Run by path, not with `-m`: importing the proxy package would
cost most of a second; this imports the standard library and python_calamine only.

    python -I xls_child.py TEXT_BUDGET ADDRESS_SPACE_LIMIT CPU_SECONDS < book.xls
    (run by reader_child.run_reader)

stdout, one JSON array a line: ["sheet", name], ["row", [cell text, ...]] (empty cells
as ""), ["cut"] when the text budget ran out, ["error", exception class name] before
exit status 3. Never cell text on stderr.
"""

from __future__ import annotations

import io
import json
import resource
import sys
from datetime import date, datetime, time, timedelta


def cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # BIFF keeps numbers as doubles: 123456789018 comes back as 123456789018.0.
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()  # a date cell, as the .xlsx reader writes it
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time | timedelta):
        return value.isoformat() if not isinstance(value, timedelta) else str(value)
    return str(value)


def emit(out: io.TextIOBase, *item: object) -> None:
    out.write(json.dumps(item) + "\n")


def main() -> int:
    budget, memory, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in book.sheet_names:
            emit(out, "sheet", name)
            budget -= len(name.encode("utf-8")) + 1
            for values in book.get_sheet_by_name(name).iter_rows():
                cells = [cell_text(value) for value in values]
                emit(out, "row", cells)
                budget -= sum(len(cell.encode("utf-8", "replace")) + 1 for cell in cells)
                if budget < 0:
                    emit(out, "cut")
                    return 0
    except BaseException as exc:  # calamine's PanicException is a BaseException
        emit(out, "error", type(exc).__name__)
        out.flush()
        return 3
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
