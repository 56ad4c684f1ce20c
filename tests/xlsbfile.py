"""Excel binary workbooks (.xlsb, [MS-XLSB]) for tests: a workbook part naming one sheet,
the sheet's rows of inline strings (BrtCellSt) and numbers (BrtCellReal), in the BIFF12
record form (a 7-bit varint type and size, then the body)."""

from __future__ import annotations

import io
import struct
import zipfile


def varint(n: int) -> bytes:
    out = b""
    while True:
        low, n = n & 0x7F, n >> 7
        out += bytes([low | (0x80 if n else 0)])
        if not n:
            return out


def rec(kind: int, body: bytes = b"") -> bytes:
    return varint(kind) + varint(len(body)) + body


def wide(s: str) -> bytes:
    return struct.pack("<I", len(s)) + s.encode("utf-16-le")


def xlsb(rows: list[list[object]], sheet: str = "顧客") -> bytes:
    # BrtBeginBook, BrtBeginBundleShs, BrtBundleSh (state, tab id, rel id, name),
    # BrtEndBundleShs, BrtCalcProp, BrtEndBook.
    sheet_entry = struct.pack("<II", 0, 1) + wide("rId1") + wide(sheet)
    workbook = (
        rec(0x83)
        + rec(0x8F)
        + rec(0x9C, sheet_entry)
        + rec(0x90)
        + rec(0x9D, bytes(12))
        + rec(0x84)
    )
    cells = b""
    for r, row in enumerate(rows):
        cells += rec(0x00, struct.pack("<IIHxxxI", r, 0, 300, 0))
        for c, v in enumerate(row):
            if isinstance(v, str):
                cells += rec(0x06, struct.pack("<II", c, 0) + wide(v))
            else:
                cells += rec(0x05, struct.pack("<IId", c, 0, float(v)))
    dim = struct.pack("<IIII", 0, len(rows) - 1, 0, max(map(len, rows)) - 1)
    sheet_bin = rec(0x81) + rec(0x94, dim) + rec(0x91) + cells + rec(0x92) + rec(0x82)
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>'
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("xl/workbook.bin", workbook)
        z.writestr("xl/_rels/workbook.bin.rels", rels)
        z.writestr("xl/worksheets/sheet1.bin", sheet_bin)
    return buf.getvalue()
