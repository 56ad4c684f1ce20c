"""Text of the legacy binary Office files (97-2003): Excel .xls, Word .doc, PowerPoint .ppt.

Japanese companies still exchange these (customer lists exported by old systems, forms
kept since the 2000s), so leaving them unread would make "save as .xls" a way around the
guard. `ole.inspect_ole` has already told the kind and ruled out encryption.

- .xls: read with python-calamine (BIFF5/BIFF8 with their code pages) in a child process
  with an address-space limit, since hostile files make it abort (xls_child.py). Rows
  go through `tabular.TableRenderer` like an .xlsx sheet's, date cells as ISO dates.
- .doc: word97.py; .ppt: ppt97.py.
- Objects embedded in any of them (an Excel sheet inserted into Word or PowerPoint) are
  lifted out as files of their own (`embedded_objects`).
"""

from __future__ import annotations

import io
import re

import olefile

from proxy.inspect.gridforms import GridSheet, add_form
from proxy.inspect.ole import (
    OversizedCompoundFile,
    UnreadableLegacyFile,
    check_intact,
    substorage_file,
)
from proxy.inspect.ppt97 import ppt_objects, ppt_text
from proxy.inspect.reader_child import ReaderFailed, run_reader
from proxy.inspect.scan import Scan, TextBuilder
from proxy.inspect.tabular import TableRenderer
from proxy.inspect.word97 import doc_text

# -- Excel ---------------------------------------------------------------------------------

_XLS_MEMORY = 1 << 30  # address space of the reading child: a 10,000-row list needs ~100 MB


def _xls_records(data: bytes, scan: Scan, kind: str) -> list[list[object]] | None:
    """The child's output (see xls_child.py), or None when the time ran out."""
    try:
        return run_reader("xls_child.py", data, scan, _XLS_MEMORY, scan.text_room)
    except ReaderFailed as exc:
        raise UnreadableLegacyFile(f"corrupt or unreadable {kind} file ({exc})") from None


def xls_text(data: bytes, scan: Scan, location: str, kind: str = "xls") -> str:
    """An .xls or .xlsb workbook's rows (`kind` names it in a reason)."""
    out = TextBuilder(scan)
    renderer = TableRenderer()
    form = GridSheet()
    for count, record in enumerate(_xls_records(data, scan, kind) or []):
        if count % 1024 == 1023 and scan.out_of_time():
            break
        if record[0] == "sheet":
            add_form(out, form)
            out.add(str(record[1]))
            renderer = TableRenderer()
            form = GridSheet()
        elif record[0] == "row":
            row = {col: text for col, text in enumerate(record[1]) if text}
            form.add(row)
            line = renderer.line(row)
            if line is not None and not out.add(line):
                break
        elif record[0] == "cut":
            scan.cut_text(location)
    add_form(out, form)
    return out.text()


_MBD = re.compile(r"MBD[0-9A-F]{8}$", re.I)


def embedded_objects(data: bytes, kind: str, scan: Scan) -> list[tuple[str, bytes]]:
    """(name, compound file) of each object embedded in a 97-2003 document, for reading
    like an attachment (an Excel sheet inserted into Word or PowerPoint above all):
    - .doc: the ObjectPool storage, one storage per object ([MS-DOC] §2.1.5);
    - .xls: the MBD storages beside the Workbook stream ([MS-XLS] §2.1.7.x);
    - .ppt: ExOleObjStg records of the PowerPoint Document stream (ppt97.ppt_objects).
    The objects may take the scan's expansion budget in all (raises UnreadableLegacyFile
    past it); those the deadline leaves no time for are not lifted out."""
    room = max(scan.expansion_room, 0)
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        if kind == "ppt":
            return ppt_objects(ole.openstream("PowerPoint Document").read(), room)
        listing = ole.listdir(streams=True, storages=False)  # once: a file may hold thousands
        if kind == "doc":
            names = sorted({e[1] for e in listing if len(e) >= 3 and e[0] == "ObjectPool"})
            paths = [[f"ObjectPool/{name}", "ObjectPool", name] for name in names]
        else:
            names = sorted({e[0] for e in listing if len(e) >= 2 and _MBD.match(e[0])})
            paths = [[name, name] for name in names]
        objects = []
        for label, *path in paths:
            if scan.out_of_time():
                break
            try:
                blob = substorage_file(ole, path, room, listing)
            except OversizedCompoundFile as exc:  # our own words
                raise UnreadableLegacyFile(f"an embedded object with {exc}") from None
            room -= len(blob)
            objects.append((label, blob))
        return objects
    finally:
        ole.close()


def read_legacy_office(data: bytes, kind: str, scan: Scan, location: str) -> str:
    """Text of an unencrypted "xls", "doc" or "ppt" (`ole.OleInfo.kind`). Raises
    UnreadableLegacyFile for a form not read, and the parsers' errors on damaged files
    (the caller records both)."""
    if kind == "xls":
        return xls_text(data, scan, location)
    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        text = doc_text(ole, scan, location) if kind == "doc" else ppt_text(ole, scan)
        check_intact(ole)
        return text
    finally:
        ole.close()
