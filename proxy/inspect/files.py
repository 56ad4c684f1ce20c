"""One attachment or archive member: decide what it is (magic bytes first, then the name and
the declared type — senders rename files) and take its text.

Every file gets an `Attachment` record and its name as a text segment, whatever it is.
Files of a kind that carries text but that cannot be read (a Word 95 .doc, an ARJ archive, a
truncated .xlsx) leave a reason in `incomplete`; pictures and other binaries do not, as
there is no text to miss.
"""

from __future__ import annotations

import base64
import re
import struct
import zipfile
import zlib

from proxy.inspect.archives import (
    LIBARCHIVE_EXTS,
    SEVEN_ZIP_MAGIC,
    libarchive_format,
    read_7z,
    read_libarchive,
    unread_member,
)
from proxy.inspect.cms import signed_content
from proxy.inspect.formboxes import boxed_numbers
from proxy.inspect.legacy_office import (
    UnreadableLegacyFile,
    embedded_objects,
    read_legacy_office,
    xls_text,
)
from proxy.inspect.linebreaks import wrapped_addresses
from proxy.inspect.names import extension, guess_type
from proxy.inspect.ole import (
    OLE_MAGIC,
    OversizedCompoundFile,
    inspect_ole,
    native_file,
    packaged_file,
)
from proxy.inspect.ooxml import odf_encrypted, office_kind, read_office
from proxy.inspect.outlook_msg import OutlookItem, read_msg
from proxy.inspect.pdf import read_pdf
from proxy.inspect.rtf import compressed_rtf_text, looks_like_rtf
from proxy.inspect.safezip import LimitReached, SafeZip, is_encrypted, member_name
from proxy.inspect.scan import Scan
from proxy.inspect.sniff import (
    PGP_EXTS,
    cms_encrypted,
    embedded_starts,
    pgp_armored,
    pgp_binary,
    zip_start,
)
from proxy.inspect.tabular import (
    looks_tab_separated,
    spaced_tables,
    wrapped_numbers,
)
from proxy.inspect.textfiles import (
    add_rendering,
    add_text_and_tables,
    looks_textual,
    read_html,
    read_rtf,
    read_structured,
    read_table,
    read_text,
    read_zengin,
    sniff_directory,
    structured_kind,
)
from proxy.inspect.tnef import SIGNATURE as TNEF_SIGNATURE
from proxy.inspect.tnef import read_tnef
from proxy.inspect.zengin import records as zengin_records
from proxy.model import Attachment

_TEXT_EXTS = frozenset(
    {
        "txt",
        "text",
        "log",
        "md",
        "json",
        "vcf",
        "vcard",
        "ics",
        "ldif",
        "yaml",
        "yml",
        "ini",
        "sql",
    }
)
_HTML_EXTS = frozenset({"html", "htm", "xhtml", "xml"})
_TABLE_EXTS = {"csv": ",", "tsv": "\t", "tab": "\t"}
_TABLE_TYPES = {"text/csv": ",", "text/tab-separated-values": "\t"}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/xml", "application/xml"})
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_TNEF_MAGIC = struct.pack("<I", TNEF_SIGNATURE)
_RTF_TYPES = frozenset({"application/rtf", "text/rtf", "text/richtext"})
_ZIP_EXTS = frozenset(
    {
        "zip",
        "xlsx",
        "xlsm",
        "xltx",
        "xltm",
        "docx",
        "docm",
        "dotx",
        "dotm",
        "pptx",
        "pptm",
        "ppsx",
        "potx",
        "odt",
        "ods",
        "odp",
    }
)
_OLE_EXTS = frozenset({"doc", "dot", "xls", "xlt", "ppt", "pps", "msg"})
_UNREAD_ARCHIVES = frozenset({"zipx", "arj"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def inspect_file(
    scan: Scan,
    name: str,
    content_type: str,
    data: bytes,
    depth: int,
    path: str,
    charset: str | None = None,
) -> None:
    """Record and read one file. `path` is its location below "attachment:" (members:
    "outer.zip/inner.csv"). Never raises."""
    location = "attachment:" + path
    scan.add_text(name, location, "attachment")
    index = scan.add_attachment(Attachment(name=path, content_type=content_type, size=len(data)))
    if scan.out_of_time() or scan.too_deep(depth, location):
        return
    try:
        _read(scan, name, content_type.lower(), data, depth, path, charset, index)
    except LimitReached:
        pass  # the reason is already recorded
    except RecursionError:
        scan.note(location, "nested too deeply to read")
    except Exception as exc:  # any parser's failure on hostile bytes: fail safe, go on
        kind = extension(name) or content_type
        scan.note(location, f"corrupt or unreadable {kind} file ({type(exc).__name__})")


def _read(
    scan: Scan,
    name: str,
    ctype: str,
    data: bytes,
    depth: int,
    path: str,
    charset: str | None,
    index: int,
) -> None:
    location = "attachment:" + path
    ext = extension(name)
    # Readers accept a PDF header anywhere in the first 1024 bytes (ISO 32000-1 Annex H.3).
    if data.startswith(b"%PDF-") or (ext == "pdf" and b"%PDF-" in data[:1024]):
        _read_pdf(scan, data, depth, path, index)
        _read_appended_zip(scan, data, depth, path, index)
    elif data.startswith(OLE_MAGIC):
        _read_ole(scan, data, ext, depth, path, index)
    elif data.startswith(_ZIP_MAGIC):
        _read_zip(scan, data, ext, depth, path, index)
    elif data.startswith(SEVEN_ZIP_MAGIC) or ext == "7z":  # by its magic, whatever its name
        read_7z(scan, data, depth, path, index, inspect_file)
    elif libarchive_format(data) or ext in LIBARCHIVE_EXTS:
        read_libarchive(scan, name, data, depth, path, index, inspect_file)
    elif data[:4] == _TNEF_MAGIC or ctype in _TNEF_TYPES or name.lower() == "winmail.dat":
        _read_outlook_item(scan, read_tnef(data, scan.limits.max_depth), depth, path)
    elif ext == "p7m" or ctype in _PKCS7_TYPES or cms_encrypted(data):
        _read_pkcs7(scan, data, depth, path, index)
    elif pgp_binary(data, ext):
        scan.mark_encrypted(index)  # OpenPGP: as unreadable here as a password ZIP
    elif ext == "eml" or ctype in _MESSAGE_TYPES:
        from proxy.inspect.message import inspect_nested  # message ↔ file recursion

        inspect_nested(scan, data, depth, path)
    elif (zengin := zengin_records(data)) is not None:  # whatever its name: FURIKOMI.DAT
        read_zengin(scan, data, zengin, location)
    elif looks_like_rtf(data) or ext == "rtf" or ctype in _RTF_TYPES:
        _mark_if_armored(scan, data, index)
        read_rtf(scan, data, location)
    elif ext in _TABLE_EXTS or ctype in _TABLE_TYPES:
        _mark_if_armored(scan, data, index)
        delimiter = _TABLE_EXTS.get(ext) or _TABLE_TYPES.get(ctype, ",")
        read_table(scan, data, charset, delimiter, location)
    elif (what := structured_kind(ext, ctype) or ("directory" if sniff_directory(data) else None)):
        _mark_if_armored(scan, data, index)
        read_structured(scan, data, charset, location, "attachment", what)
    elif ext in _HTML_EXTS or ctype in _HTML_TYPES:
        _mark_if_armored(scan, data, index)
        read_html(scan, data, charset, location, "attachment", tables=True)
    elif ext in _TEXT_EXTS or ctype.startswith("text/"):
        _mark_if_armored(scan, data, index)
        # TAB and digits are ASCII in every charset read here: latin-1 is enough to sniff.
        if looks_tab_separated(data[:4096].decode("latin-1")):
            read_table(scan, data, charset, "\t", location, raw_too=True)
        else:
            read_text(scan, data, charset, location, "attachment", tables=True)
    elif ext in _ZIP_EXTS or ext in _OLE_EXTS or ext == "pdf":
        scan.note(location, f"not a valid .{ext} file")
    elif ext in _UNREAD_ARCHIVES:
        scan.note(location, f".{ext} archives are not read")
    elif ctype in ("", "application/octet-stream") and looks_textual(data):
        _mark_if_armored(scan, data, index)
        read_text(scan, data, charset, location, "attachment", tables=True)
    else:
        _mark_if_armored(scan, data, index)  # an .asc sent as application/pgp-encrypted
        _read_behind_a_stub(scan, name, data, depth, path, index)


def _mark_if_armored(scan: Scan, data: bytes, index: int) -> None:
    """Text holding an armored PGP message is encrypted; the text around it is still read."""
    if pgp_armored(data):
        scan.mark_encrypted(index)


def _read_appended_zip(
    scan: Scan, data: bytes, depth: int, path: str, index: int
) -> SafeZip | None:
    """A ZIP after other bytes (appended to a PDF, behind a self-extractor's program):
    unzip and 7-Zip open it, so it is read here; the archive, or None when the bytes
    that looked like its end record are none."""
    if zip_start(data) is None:  # 0 for a ZIP whose offsets count from the file's start
        return None
    archive = _open_zip(scan, data, "attachment:" + path, "zip", quiet=True)
    if archive is not None:
        _read_open_zip(scan, archive, data, depth, path, index)
    return archive


def _read_behind_a_stub(
    scan: Scan, name: str, data: bytes, depth: int, path: str, index: int
) -> None:
    """A file of no kind read here may still carry archives or a PDF after something
    else: a self-extracting archive (a RAR, 7z or ZIP behind a program, .exe), or one
    with bytes put before it. Readers open those (unrar, 7-Zip, unzip, PDF viewers), so
    PPAP sent that way is read, or flagged, here too. Every one found is read, but for
    an archive stored as a ZIP's member (a self-extracting ZIP holding a .rar): it is
    read as that member."""
    members: list[tuple[int, int]] = []  # where a ZIP read here keeps its members' data
    for kind, offset in embedded_starts(data):
        if any(start <= offset < end for start, end in members):
            continue
        if kind == "zip":
            archive = _read_appended_zip(scan, data, depth, path, index)
            if archive is not None:
                members += [_member_span(data, info) for info in archive.members()]
        elif kind == "pdf":
            _read_pdf(scan, data[offset:], depth, path, index)
        elif kind == "7z":
            read_7z(scan, data[offset:], depth, path, index, inspect_file)
        else:
            read_libarchive(scan, name, data[offset:], depth, path, index, inspect_file)


def _member_span(data: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where a ZIP member's data lies: after its local header (30 bytes, then the name
    and the extra field whose lengths it gives at 26 and 28; APPNOTE 4.3.7)."""
    at = info.header_offset
    names = int.from_bytes(data[at + 26 : at + 28], "little")
    extra = int.from_bytes(data[at + 28 : at + 30], "little")
    start = at + 30 + names + extra
    return start, start + info.compress_size


# -- containers ----------------------------------------------------------------------------


# S/MIME ([RFC 8551] §3.2): an enveloped (encrypted) message is PPAP's cousin; a signed
# one holds its MIME entity inside the CMS structure (opaque signing), or is that MIME
# entity itself where a client saved a clear-signed mail as smime.p7m.
_PKCS7_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
_CMS_SIGNED = bytes.fromhex("2a864886f70d010702")  # signedData, 1.2.840.113549.1.7.2


_PEM = re.compile(rb"-----BEGIN (?:PKCS7|CMS)-----(.*?)-----END (?:PKCS7|CMS)-----", re.S)
_BASE64_ONLY = re.compile(rb"[A-Za-z0-9+/=\s]+")


def _read_pkcs7(scan: Scan, data: bytes, depth: int, path: str, index: int) -> None:
    location = "attachment:" + path
    # Written by `openssl smime -outform PEM` (armored) or saved as bare base64: the DER
    # inside is what decides.
    stripped = data.strip()
    armored = _PEM.search(stripped[:1 << 20])
    if armored or (stripped[:2] == b"MI" and _BASE64_ONLY.fullmatch(stripped[:4096])):
        try:
            data = base64.b64decode(armored.group(1) if armored else stripped)
        except ValueError:
            scan.note(location, "damaged PKCS #7 file (base64)")
            return
    head = data[:64]
    if head[:1] != b"\x30":  # not DER/BER: a MIME entity (clear-signed, saved as .p7m)
        from proxy.inspect.message import inspect_nested  # message ↔ file recursion

        inspect_nested(scan, data, depth, path)
    elif cms_encrypted(data, within=64):  # also signed data around an encrypted one
        scan.mark_encrypted(index)
    elif _CMS_SIGNED in head:
        content = signed_content(data)
        if content is None:
            scan.note(location, "an S/MIME signed message (opaque signing) could not be read")
            return
        from proxy.inspect.message import inspect_nested  # message ↔ file recursion

        inspect_nested(scan, content, depth, path)  # the signed MIME entity
    else:
        scan.note(location, "a PKCS #7 file of a kind not read")


def _read_pdf(scan: Scan, data: bytes, depth: int, path: str, index: int) -> None:
    location = "attachment:" + path
    content = read_pdf(data, scan, location)
    if content.encrypted:
        scan.mark_encrypted(index)
        return
    scan.add_text(content.text, location, "attachment")
    if not scan.text_full:
        # A PDF's text separates a table's columns by spaces: its rows again, with the
        # header's labels (tabular.spaced_tables), and the numbers a narrow cell wrapped
        # after a hyphen, joined, and the addresses a narrow cell cut (linebreaks).
        parts = (
            spaced_tables(content.text),
            wrapped_numbers(content.text),
            wrapped_addresses(content.text),
        )
        add_rendering(scan, "\n".join(part for part in parts if part), location, "attachment")
    for name, blob in content.embedded:
        if scan.out_of_time():
            return
        inspect_file(scan, name, guess_type(name), blob, depth + 1, f"{path}/{name}")


def _read_ole(scan: Scan, data: bytes, ext: str, depth: int, path: str, index: int) -> None:
    location = "attachment:" + path
    info = inspect_ole(data)
    if info.encrypted:
        scan.mark_encrypted(index)
    elif info.kind in ("doc", "xls", "ppt"):
        try:
            text = read_legacy_office(data, info.kind, scan, location)
        except UnreadableLegacyFile as exc:
            scan.note(location, str(exc))
            return
        # Word and PowerPoint tables come out as TAB-separated rows; a sheet's rows are
        # already `header: value` lines.
        add_text_and_tables(scan, text, location, "attachment", info.kind != "xls")
        try:
            objects = embedded_objects(data, info.kind, scan)
        except UnreadableLegacyFile as exc:
            scan.note(location, str(exc))
            return
        for name, blob in objects:
            if scan.out_of_time() or not scan.spend_expansion(len(blob), location):
                return
            short = name.rpartition("/")[2]
            inspect_file(scan, short, "application/octet-stream", blob, depth + 1, f"{path}/{name}")
    elif info.kind == "package":
        name, content = packaged_file(data)
        inspect_file(scan, name, guess_type(name), content, depth + 1, f"{path}/{name}")
    elif info.kind == "contents":
        name, content = native_file(data)
        inspect_file(scan, name, "application/octet-stream", content, depth + 1, f"{path}/{name}")
    elif info.kind == "msg":
        try:
            item = read_msg(data, scan.limits.max_depth, max(scan.expansion_room, 0))
        except OversizedCompoundFile as exc:  # our own words
            scan.note(location, f"an Outlook item with {exc}")
            return
        _read_outlook_item(scan, item, depth, path)
    elif ext in _ZIP_EXTS or ext in _OLE_EXTS:
        scan.note(location, f"not a valid .{ext} file")
    elif not _EMBEDDED_OBJECT.search(path):
        # Ichitaro (.jtd), Visio (.vsd), Publisher (.pub) … are compound files too, with
        # text this reader does not know how to find: not passed as if empty. (Objects
        # embedded in an Office document are mostly equations and pictures: left alone.)
        scan.note(location, "a compound document of a kind not read (OLE2)")


def _read_outlook_item(scan: Scan, item: OutlookItem, depth: int, path: str) -> None:
    """An Outlook item's text is its attachment's text (like an attached .eml's); its files
    and attached items are members below it."""
    location = "attachment:" + path
    for reason in item.unread:
        scan.note(location, reason)
    scan.add_text("\n".join([item.subject, *item.headers]), location, "attachment")
    body = item.body
    if not body and not item.html and item.rtf and not scan.out_of_time():
        try:
            body = compressed_rtf_text(item.rtf)
        except ValueError as exc:  # our own words, no content
            scan.note(location, f"an Outlook item's body: {exc}")
    if body:
        read_text(scan, body.encode("utf-8"), "utf-8", location, "attachment", tables=True)
    elif item.html:
        read_html(scan, item.html, item.charset, location, "attachment", tables=True)
    for name, blob, ctype in item.files:
        if scan.out_of_time():
            return
        inspect_file(scan, name, ctype or guess_type(name), blob, depth + 1, f"{path}/{name}")
    for name, inner in item.items:
        inner_path = f"{path}/{name}"
        if scan.out_of_time() or scan.too_deep(depth + 1, "attachment:" + inner_path):
            return
        scan.add_text(name, "attachment:" + inner_path, "attachment")
        scan.add_attachment(Attachment(inner_path, "application/vnd.ms-outlook", 0))
        _read_outlook_item(scan, inner, depth + 1, inner_path)


# Files inside an Office document: an Excel range inserted into Word or PowerPoint as an
# object, a chart's data, a packaged file. OOXML keeps them as parts under */embeddings/
# (ECMA-376 Part 1 §15.2.8 "Embedded Object Part", §15.2.9 "Embedded Package Part"); an
# OLE object there is a compound file (an .xls, a .doc, or a package: ole.packaged_file).
_EMBEDDINGS = ("word/embeddings/", "ppt/embeddings/", "xl/embeddings/")


# Word's altChunk (ECMA-376 Part 1 §17.17.2): content imported whole — HTML, MHT, RTF,
# text or another .docx — that Word shows in place (tools that make .docx from HTML put
# the whole document there). A part of its own, next to document.xml.
# Where an object embedded in a document is placed below it (equations and pictures among
# them, which are no reason to hold a mail when their kind is not read).
_EMBEDDED_OBJECT = re.compile(r"/embeddings/|/ObjectPool/|/MBD[0-9A-F]{8}$|/object\d+$", re.I)
_ALT_CHUNK = re.compile(r"word/[^/]+\.(?:html?|xhtml|mht|mhtml|rtf|txt|docx)$|word/afchunk", re.I)


# Files an Office package has no part for, that a ZIP tool still shows and opens (a
# password ZIP or a CSV put into a .docx): read as files, like the embeddings.
_FOREIGN_EXTS = frozenset(
    {"zip", "7z", "pdf", "csv", "tsv", "txt", "rtf", "eml", "msg", "p7m",
     *LIBARCHIVE_EXTS, *PGP_EXTS, *_OLE_EXTS, *(e for e in _ZIP_EXTS if e != "zip")}
)  # fmt: skip


def _read_embedded(scan: Scan, archive: SafeZip, depth: int, path: str, index: int) -> None:
    """An Office package's embedded files (*/embeddings/, altChunk), and what else it
    holds that is a file of its own (_FOREIGN_EXTS); an encrypted member anywhere
    makes the package an encrypted attachment (its parts are never encrypted)."""
    for info in archive.members():
        name = member_name(info)
        if is_encrypted(info):
            unread_member(scan, path, name, info.file_size, encrypted=True)
            scan.mark_encrypted(index)
            continue
        if (
            not name.startswith(_EMBEDDINGS)
            and not _ALT_CHUNK.match(name)
            and extension(name) not in _FOREIGN_EXTS
        ):
            continue
        if scan.out_of_time():
            return
        member_path = f"{path}/{name}"
        if scan.too_deep(depth + 1, "attachment:" + member_path):
            return
        blob = archive.read(info, "attachment:" + member_path)
        if blob is not None:
            short = name.rpartition("/")[2]
            inspect_file(scan, short, guess_type(short), blob, depth + 1, member_path)


def _open_zip(
    scan: Scan, data: bytes, location: str, ext: str, *, quiet: bool = False
) -> SafeZip | None:
    """The ZIP archive, or None: noted as corrupt, or (`quiet`: where the bytes were only
    a guess at a ZIP, as after a PDF) not."""
    try:
        return SafeZip(data, scan, location)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        if not quiet:
            scan.note(location, f"corrupt .{ext or 'zip'} file ({type(exc).__name__})")
        return None


def _read_zip(scan: Scan, data: bytes, ext: str, depth: int, path: str, index: int) -> None:
    archive = _open_zip(scan, data, "attachment:" + path, ext)
    if archive is not None:
        _read_open_zip(scan, archive, data, depth, path, index)


def _read_open_zip(
    scan: Scan, archive: SafeZip, data: bytes, depth: int, path: str, index: int
) -> None:
    """A ZIP: an Office package (its text and embedded files) or an archive (its
    members, each a file of its own)."""
    location = "attachment:" + path
    kind = office_kind(archive)
    if kind == "xlsb":  # binary records ([MS-XLSB]): calamine reads them, in its child
        try:
            text = xls_text(data, scan, location, "xlsb")
        except UnreadableLegacyFile as exc:  # our own words
            scan.note(location, str(exc))
            return
        add_text_and_tables(scan, text, location, "attachment", False)
        if any(name.startswith("xl/comments") for name in archive.names()):
            scan.note(location, "comments in an Excel binary workbook are not read")
        _read_embedded(scan, archive, depth, path, index)
        return
    if kind == "odf" and odf_encrypted(archive):
        scan.mark_encrypted(index)  # a password .odt/.ods/.odp: PPAP as much as a ZIP's
        return
    if kind is not None:
        # Word and PowerPoint tables come out as TAB-separated rows; a sheet's rows are
        # already `header: value` lines.
        text = read_office(archive, kind, scan, location)
        add_text_and_tables(scan, text, location, "attachment", kind != "xlsx")
        if kind == "xlsx" and not scan.text_full:
            add_rendering(scan, boxed_numbers(text), location, "attachment")  # 方眼紙 forms
        _read_embedded(scan, archive, depth, path, index)
        return
    for info in archive.members():
        if scan.out_of_time():
            return
        name = member_name(info)
        if name.startswith("__MACOSX/"):  # Finder's resource forks: metadata, no content
            continue
        member_path = f"{path}/{name}"
        member_location = "attachment:" + member_path
        if is_encrypted(info) or scan.too_deep(depth + 1, member_location):
            encrypted = is_encrypted(info)
            unread_member(scan, path, name, info.file_size, encrypted=encrypted)
            if encrypted:
                scan.mark_encrypted(index)  # a PPAP archive: the container is encrypted too
            continue
        blob = archive.read(info, member_location)
        if blob is None:
            unread_member(scan, path, name, info.file_size)
            continue
        inspect_file(scan, name, guess_type(name), blob, depth + 1, member_path)
