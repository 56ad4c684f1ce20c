"""Text of PowerPoint 97-2003 presentations (.ppt; [MS-PPT]), and their embedded objects.

Text atoms of the "PowerPoint Document" stream ([MS-PPT] §2.9): TextCharsAtom (UTF-16),
TextBytesAtom (one byte a character, the high byte zero) and CString, in stream order;
atoms of an earlier save may still be there (a fast save appends): they are text in the
file all the same. Tables are rebuilt into TAB-separated rows from their cells' anchors.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import olefile

from proxy.inspect.ole import UnreadableLegacyFile
from proxy.inspect.scan import Scan, TextBuilder

_TEXT_CHARS = 0x0FA0
_TEXT_BYTES = 0x0FA8
_CSTRING = 0x0FBA
_CRYPT_SESSION = 0x2F14
_DRAWING = 0xF002  # OfficeArtDgContainer: one slide's (or master's, notes') drawing
_GROUP = 0xF003  # OfficeArtSpgrContainer
_SHAPE = 0xF004  # OfficeArtSpContainer
_CHILD_ANCHOR = 0xF00F  # RECT: left, top, right, bottom (int32)
_CLIENT_ANCHOR = 0xF010  # SmallRectStruct: top, left, right, bottom (int16), or 32-bit
_CONTAINER = 0x000F
_MAX_NESTING = 64


@dataclass
class _Shape:
    texts: list[str]
    top: int | None = None
    left: int = 0


class _Slides:
    """The records of a "PowerPoint Document" stream ([MS-PPT] §2.9), text in stream
    order. A table is a group of shapes, one a cell, each placed by its anchor
    ([MS-PPT] §2.12.x; [MS-ODRAW] §2.2.x): the cells of a group that share their top edge
    are a row, so a table comes out as TAB-separated rows like a Word table's."""

    def __init__(self, stream: bytes, out: TextBuilder, scan: Scan) -> None:
        self.stream = stream
        self.out = out
        self.scan = scan
        self.atoms = 0
        self.full = False

    def emit(self, text: str) -> None:
        for line in text.replace("\x0b", "\r").split("\r"):
            if not self.full and not self.out.add(line.strip()):
                self.full = True

    def walk(self, pos: int, end: int, group: list[_Shape] | None, shape: _Shape | None,
             nesting: int = 0, groups: int = 0) -> None:
        """`groups`: how many group containers enclose this point. The first one of a
        drawing is the drawing itself (the patriarch, [MS-ODRAW] §2.2.13): its shapes are
        the slide's, which are not a table because two of them line up."""
        if nesting > _MAX_NESTING:
            raise UnreadableLegacyFile("PowerPoint records nested too deeply")
        stream = self.stream
        while pos + 8 <= end and not self.full:
            ver_instance, kind, size = struct.unpack_from("<HHI", stream, pos)
            body, after = pos + 8, pos + 8 + size
            if after > end:
                raise UnreadableLegacyFile("damaged PowerPoint presentation")
            if kind == _CRYPT_SESSION:
                raise UnreadableLegacyFile("encrypted PowerPoint presentation")
            if ver_instance & 0x000F == _CONTAINER:
                if kind == _GROUP and groups == 0:  # the patriarch
                    self.walk(body, after, None, None, nesting + 1, groups + 1)
                elif kind == _GROUP:
                    members: list[_Shape] = []
                    self.walk(body, after, members, None, nesting + 1, groups + 1)
                    self.emit_group(members)
                elif kind == _SHAPE:
                    own = _Shape([])
                    self.walk(body, after, group, own, nesting + 1, groups)
                    if group is not None:
                        group.append(own)
                    else:
                        for text in own.texts:
                            self.emit(text)
                elif kind == _DRAWING:
                    self.walk(body, after, None, None, nesting + 1, 0)
                else:
                    self.walk(body, after, group, shape, nesting + 1, groups)
            elif kind in (_CHILD_ANCHOR, _CLIENT_ANCHOR) and shape is not None:
                if kind == _CHILD_ANCHOR and size >= 16:
                    shape.left, shape.top = struct.unpack_from("<ii", stream, body)
                elif size >= 16:
                    shape.top, shape.left = struct.unpack_from("<ii", stream, body)
                elif size >= 8:
                    shape.top, shape.left = struct.unpack_from("<hh", stream, body)
            elif kind in (_TEXT_CHARS, _CSTRING, _TEXT_BYTES):
                raw = stream[body:after]
                text = raw.decode("latin-1") if kind == _TEXT_BYTES else raw.decode(
                    "utf-16-le", "replace"
                )
                # A programmable tag's name ([MS-PPT] §2.13.24) is no text of the slides.
                if not text.startswith("___PPT"):
                    if shape is not None:
                        shape.texts.append(text)
                    else:
                        self.emit(text)
                self.atoms += 1
                if self.atoms % 256 == 0 and self.scan.out_of_time():
                    self.full = True
            pos = after

    def emit_group(self, shapes: list[_Shape]) -> None:
        # The first shape of a group is the group itself ([MS-ODRAW] §2.2.14); the others
        # with an anchor are its cells, empty ones too (they keep the columns in place).
        placed = [shape for shape in shapes[1:] if shape.top is not None]
        rows: dict[int, list[_Shape]] = {}
        for shape in placed:
            rows.setdefault(shape.top or 0, []).append(shape)
        if sum(len(row) >= 2 for row in rows.values()) < 2:  # not a table: as it comes
            for shape in shapes:
                for text in shape.texts:
                    self.emit(text)
            return
        in_grid = {id(shape) for shape in placed}
        for shape in shapes:  # shapes of the group outside the grid first
            if id(shape) not in in_grid:
                for text in shape.texts:
                    self.emit(text)
        self.out.gap()
        for count, top in enumerate(sorted(rows)):
            cells = sorted(rows[top], key=lambda shape: shape.left)
            line = "\t".join(" ".join(" ".join(t.split()) for t in cell.texts) for cell in cells)
            if not self.full and not self.out.add(line):
                self.full = True
            if count % 256 == 255 and self.scan.out_of_time():
                self.full = True
        self.out.gap()


def ppt_text(ole: olefile.OleFileIO, scan: Scan) -> str:
    stream = ole.openstream("PowerPoint Document").read()
    out = TextBuilder(scan)
    _Slides(stream, out, scan).walk(0, len(stream), None, None)
    return out.text()



_EX_OLE_OBJ_STG = 0x1011


def ppt_objects(stream: bytes, room: int) -> list[tuple[str, bytes]]:
    objects = []
    pos = 0
    while pos + 8 <= len(stream):  # top-level records: the persist objects
        ver_instance, kind, size = struct.unpack_from("<HHI", stream, pos)
        body = stream[pos + 8 : pos + 8 + size]
        pos += 8 + size
        if kind != _EX_OLE_OBJ_STG:
            continue
        name = f"object{len(objects) + 1}"
        if ver_instance >> 4 == 1:  # compressed: its size, then the deflated file
            declared = struct.unpack_from("<I", body)[0] if len(body) >= 4 else -1
            inflater = zlib.decompressobj()
            try:
                blob = inflater.decompress(body[4:], room + 1)
            except zlib.error as exc:
                raise UnreadableLegacyFile("damaged object in a PowerPoint presentation") from exc
            if len(blob) > room or inflater.unconsumed_tail:
                raise UnreadableLegacyFile("objects in a PowerPoint presentation too large to read")
            if not inflater.eof or len(blob) != declared:  # cut short, or not what it says
                raise UnreadableLegacyFile("damaged object in a PowerPoint presentation")
        else:
            blob = body
        room -= len(blob)
        objects.append((name, blob))
    return objects
