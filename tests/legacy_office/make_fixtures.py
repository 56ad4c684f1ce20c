"""Writes the legacy Office fixtures of tests/test_inspect_legacy_office.py with a real office
suite: LibreOffice (Debian's libreoffice-{writer,calc,impress}-nogui) turns an .xlsx made
with openpyxl and flat OpenDocument files written here into Excel 97-2003 (.xls), Word
97-2003 (.doc) and PowerPoint 97-2003 (.ppt) files, which are committed. CI does not run
this (no office suite there); run it again after changing the content, and update the
expectations in the test:

    .venv/bin/python tests/legacy_office/make_fixtures.py [NAME.doc ...]

Every value is made up; card numbers are the issuers' published test numbers, My Numbers
and the corporate number carry valid check digits.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

PEOPLE = [
    ("山田太郎", date(1985, 4, 12), "090-1234-5678", "東京都新宿区西新宿2-8-1", "taro@example.jp", "4111111111111111", 123456789018),
    ("佐藤花子", date(1990, 12, 1), "080-2345-6789", "大阪府大阪市北区梅田3-1-1", "hanako@example.jp", "5555555555554444", 987654321093),
    ("鈴木一郎", date(1978, 7, 30), "070-3456-7890", "愛知県名古屋市中村区名駅1-1-4", "ichiro@example.jp", "3530111333300000", None),
    ("高橋次郎", date(2001, 2, 3), "03-5321-1111", "北海道札幌市中央区北1条西2-1", "jiro@example.jp", "", 314159265352),
    ("田中美咲", date(1969, 11, 23), "06-6208-8181", "福岡県福岡市中央区天神1-8-1", "misaki@example.jp", "", None),
]


def xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "顧客一覧"
    ws.append(["顧客一覧（2024年6月）"])  # a title row above the header, as people make them
    ws.append(["氏名", "生年月日", "電話番号", "住所", "メール", "カード番号", "マイナンバー"])
    for name, born, phone, address, mail, card, my_number in PEOPLE:
        ws.append([name, born, phone, address, mail, card or None, my_number])
        ws.cell(ws.max_row, 2).number_format = "yyyy/m/d"
    accounts = wb.create_sheet("振込先")
    accounts.append(["銀行", "支店", "種別", "口座番号"])
    accounts.append(["みずほ銀行", "新宿支店", "普通", "1234567"])
    wb.save(path)


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>社外秘</text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text>
<text:p>人事部 各位</text:p>
<text:p>Please find the employee numbers below. Contact: <text:a xlink:href="mailto:hr-desk@example.jp">HR desk</text:a>.</text:p>
<text:p>緊急連絡先は 090-8765-4321 です。</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>
{rows}
</table:table>
<text:p>以上</text:p>
</office:text></office:body></office:document>
"""


def _cells(values: list[str]) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in values
    )
    return f"<table:table-row>{cells}</table:table-row>"


def fodt(path: Path) -> None:
    rows = [_cells(["氏名", "個人番号", "生年月日"])]
    for name, born, *_rest, my_number in PEOPLE[:4]:
        rows.append(_cells([name, str(my_number or ""), born.strftime("%Y年%m月%d日")]))
    path.write_text(_FODT.replace("{rows}", "\n".join(rows)), encoding="utf-8")


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _cell(*paragraphs: str, attrs: str = "") -> str:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    return f"<table:table-cell {attrs}>{body}</table:table-cell>"


def _table(name: str, *rows: str) -> str:
    return (
        f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="3"/>'
        + "".join(rows) + "</table:table>"
    )


_COVERED = "<table:covered-table-cell/>"


def tables_fodt(path: Path) -> None:
    """What a reviewer found Word tables and fields do to a reader: ruby (furigana) as an
    EQ field with no result, a title cell spanning the table, cells of two paragraphs,
    a cell merged with the one below."""
    ruby = (
        "<text:p>氏名 <text:ruby><text:ruby-base>山田太郎</text:ruby-base>"
        "<text:ruby-text>やまだたろう</text:ruby-text></text:ruby> 個人番号 <text:ruby>"
        "<text:ruby-base>111222333446</text:ruby-base><text:ruby-text>ばんごう</text:ruby-text>"
        "</text:ruby></text:p>"
    )
    spanned = _table(
        "T1",
        _row(_cell("社員情報", attrs='table:number-columns-spanned="3"'), _COVERED, _COVERED),
        _row(_cell("氏名"), _cell("備考"), _cell("個人番号")),
        _row(_cell("佐藤花子"), _cell(), _cell("222333444553")),
        _row(_cell("鈴木一郎"), _cell(), _cell("333444555660")),
    )
    paragraphs = _table(
        "T2",
        _row(_cell("氏名"), _cell("個人番号"), _cell("住所")),
        _row(_cell("高橋", "次郎"), _cell("444555666778"), _cell("東京都新宿区", "西新宿2-8-1")),
        _row(_cell("田中美咲"), _cell("555666777885"), _cell("大阪府大阪市北区梅田3-1-1")),
    )
    merged_down = _table(
        "T3",
        _row(_cell("部署"), _cell("氏名"), _cell("個人番号")),
        _row(_cell("営業部", attrs='table:number-rows-spanned="2"'), _cell("伊藤健"), _cell("666777888992")),
        _row(_COVERED, _cell("渡辺愛"), _cell("271828182840")),
    )
    body = ruby + spanned + "<text:p>次</text:p>" + paragraphs + "<text:p>次</text:p>" + merged_down
    text = _FODT.split("<office:body>")[0] + f"<office:body><office:text>{body}</office:text></office:body></office:document>\n"
    path.write_text(text, encoding="utf-8")


_FODP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation>
<draw:page draw:name="p1">
<draw:frame svg:x="1cm" svg:y="1cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
<text:p>VIP顧客 連絡先</text:p></draw:text-box></draw:frame>
<draw:frame svg:x="1cm" svg:y="5cm" svg:width="20cm" svg:height="12cm"><draw:text-box>
{lines}
</draw:text-box></draw:frame>
<presentation:notes><draw:frame svg:x="1cm" svg:y="1cm" svg:width="10cm" svg:height="3cm">
<draw:text-box><text:p>取扱注意</text:p></draw:text-box></draw:frame></presentation:notes>
</draw:page>
<draw:page draw:name="p2">
<draw:frame svg:x="1cm" svg:y="1cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
<text:p>Thank you</text:p></draw:text-box></draw:frame>
</draw:page>
</office:presentation></office:body></office:document>
"""


def fodp(path: Path) -> None:
    lines = [f"<text:p>{name} {phone} {address}</text:p>" for name, _b, phone, address, *_ in PEOPLE]
    path.write_text(_FODP.replace("{lines}", "\n".join(lines)), encoding="utf-8")


def convert(source: Path, fmt: str, out: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-{writer,calc,impress}-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(  # fixed arguments, our own files
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", fmt, "--outdir", str(source.parent), str(source)],
            check=True, capture_output=True, timeout=120,
        )
    produced = source.with_suffix("." + fmt.split(":")[0])
    produced.replace(out)


def main(names: list[str]) -> None:
    """Writes the fixtures named (all when none are). LibreOffice's output is not the
    same twice (the .xls carries a time), and tests/corpus and a crash test depend on the
    committed bytes: rewrite only what changed."""
    builders = {
        "customers.xls": (xlsx, "customers.xlsx", "xls:MS Excel 97"),
        "notice.doc": (fodt, "notice.fodt", "doc:MS Word 97"),
        "tables.doc": (tables_fodt, "tables.fodt", "doc:MS Word 97"),
        "slides.ppt": (fodp, "slides.fodp", "ppt:MS PowerPoint 97"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(builders):
            build, source, fmt = builders[name]
            build(Path(tmp) / source)
            convert(Path(tmp) / source, fmt, HERE / name)
            print(name, (HERE / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
