"""Objects embedded in documents and items, and what a fourth review found around them:
rebuilding an embedded storage must not let a small file take gigabytes or minutes
(shared sector chains, thousands of streams); S/MIME files in PEM or bare base64; objects
and comments in .xlsb; Outlook contact groups and meeting requests; an item's recipients
counted as an attached mail's are (not at all)."""

from __future__ import annotations

import base64
import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from email.message import EmailMessage

import olefile

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.cfb import compound_file
from tests.hostile_cfb import wide_msg
from tests.msgfile import PT_UNICODE, msg_file, msg_tree, stream
from tests.test_inspect_attachments import mail, make_xlsx
from tests.xlsbfile import xlsb

XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.12"
MEMBERS = [(f"顧客{i}", f"customer{i}@example.jp") for i in range(12)]

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (1200 << 20, 1200 << 20))
    from tests.hostile_cfb import amplified_msg
    from tests.test_inspect_attachments import mail
    from proxy.inspect import extract
    data = amplified_msg(int(sys.argv[1]), int(sys.argv[2]))
    raw = mail(("fwd.msg", data, "application/vnd.ms-outlook"))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.monotonic()
    result = extract(raw)
    print(json.dumps({"input": len(raw), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                      "base_mb": base // 1024, "seconds": time.monotonic() - t,
                      "incomplete": result.incomplete}))
""")


def _run(copies: int, size: int) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(copies), str(size)],
                          capture_output=True, text=True, timeout=300, cwd=os.getcwd())
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_shared_sector_chains_do_not_exhaust_memory() -> None:
    # A 2.8 MB message: one 2 MB stream in an OLE object attached to a .msg, and 800
    # more directory entries that name the same sector chain (olefile only records
    # "Stream referenced twice"; check_intact does not count it as damage). The rebuild
    # reads every stream of the storage into memory before compound_file() finds the
    # result too large: 1.6 GB for a 2.8 MB mail (here capped at 1.2 GB: MemoryError).
    out = _run(800, 2 << 20)
    print(out)
    assert out["rss_mb"] - out["base_mb"] < 300, out


def test_wide_embedded_storage_stops_near_the_deadline() -> None:
    # A 1.5 MB .msg whose attached OLE object holds 12,000 empty streams (a balanced
    # directory tree, as real writers make). substorage_file opens every stream
    # (olefile's _find scans the siblings linearly: quadratic) and compound_file builds
    # the directory with `directory += ...` (quadratic), with no deadline check in
    # either: ~20 s past a 1 s deadline here; doubling the entries quadruples it.

    message = mail(("wide.msg", wide_msg(12000), "application/vnd.ms-outlook"))
    start = time.monotonic()
    result = extract(message, InspectConfig(max_seconds=1))
    elapsed = time.monotonic() - start
    assert result.incomplete
    assert elapsed < 4, elapsed


def _with_member(data: bytes, name: str, blob: bytes) -> bytes:
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, blob)
    return buf.getvalue()


def test_object_embedded_in_xlsb_is_read_or_reported() -> None:
    # An Excel workbook (customer list) embedded in an .xlsb as an object part, as in
    # an .xlsx (ECMA-376 embeddings): the .xlsx route reads it, the .xlsb route drops it.
    inner = make_xlsx()
    data = _with_member(xlsb([["表紙"], ["注意", "なし"]]),
                        "xl/embeddings/Microsoft_Excel_Worksheet.xlsx", inner)
    result = extract(mail(("book.xlsb", data, XLSB_TYPE)))
    seen = "\n".join(s.text for s in result.segments)
    assert "090-1234-5678" in seen or result.incomplete, (result.incomplete, seen)


def _pem(der: bytes) -> bytes:
    b64 = base64.encodebytes(der).decode()
    return f"-----BEGIN PKCS7-----\n{b64}-----END PKCS7-----\n".encode()


# An envelopedData ContentInfo head (1.2.840.113549.1.7.3), as openssl writes it.
ENVELOPED = bytes.fromhex("3082010006092a864886f70d010703a081f23081ef020100") + bytes(220)


def test_pem_armored_p7m_enveloped_is_reported() -> None:
    # `openssl smime -encrypt -outform PEM` / `openssl cms -outform PEM`: the same CMS
    # structure, base64-armored. DER form is marked encrypted; PEM passes silently.
    der = extract(mail(("secret.p7m", ENVELOPED, "application/pkcs7-mime")))
    assert der.attachments[-1].encrypted or der.incomplete
    pem = extract(mail(("secret.p7m", _pem(ENVELOPED), "application/pkcs7-mime")))
    assert pem.attachments[-1].encrypted or pem.incomplete, (pem.attachments, pem.incomplete)


def test_base64_p7m_without_armor_is_reported() -> None:
    # Some tools save the S/MIME body as is: base64 text without PEM lines.
    b64 = base64.encodebytes(ENVELOPED)
    result = extract(mail(("smime.p7m", b64, "application/pkcs7-mime")))
    assert result.attachments[-1].encrypted or result.incomplete, (
        result.attachments, result.incomplete)


ADDRESSES = [f"user{i}@partner{i}.example" for i in range(12)]


def _emails(result) -> int:
    found = find_all(result.segments).get("email_address")
    return len(found.values) if found else 0


def test_forwarded_msg_recipients_count_like_eml_headers() -> None:
    # The same forwarded mail, once as .eml, once as .msg: an attached .eml's To/Cc are
    # not text (message._SKIP_HEADERS), an attached .msg's recipients become
    # "To: <addr>" text lines, so 12 recipients are 12 email_address findings and the
    # personal-data-list rule (email_address >= 10) asks for confirmation.
    inner = EmailMessage()
    inner["From"] = "boss@partner0.example"
    inner["To"] = ", ".join(ADDRESSES)
    inner["Subject"] = "打ち合わせ"
    inner.set_content("来週の打ち合わせの件です。\n")
    eml = extract(mail(("fwd.eml", inner.as_bytes(), "message/rfc822")))
    msg = extract(mail(("fwd.msg", msg_file(subject="打ち合わせ", body="来週の打ち合わせの件です。\n",
                                             recipients=ADDRESSES), "application/vnd.ms-outlook")))
    assert _emails(msg) == _emails(eml), (_emails(msg), _emails(eml))


def test_xlsb_cell_comment_is_read_or_reported() -> None:
    # A cell comment (note) in an .xlsb: xl/comments1.bin, BIFF12 records ([MS-XLSB]
    # §2.1.7.8: BrtBeginComments … BrtCommentText …). The .xlsx route reads
    # xl/comments*.xml (ooxml._comments); calamine reads cells only, and nothing notes
    # that the comments part was left unread.
    from tests.xlsbfile import rec, wide

    def rich(s: str) -> bytes:
        return b"\x00" + wide(s)

    comments = (
        rec(0x0274) + rec(0x0276) + rec(0x0278, wide("山田")) + rec(0x0277) + rec(0x0279)
        + rec(0x027B, struct.pack("<IIIII", 0, 0, 0, 0, 0) + bytes(16))
        + rec(0x027D, rich("マイナンバー 123456789018 電話 090-8765-4321"))
        + rec(0x027C) + rec(0x027A) + rec(0x0275)
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.bin"/></Relationships>'
    )
    data = _with_member(xlsb([["氏名"], ["山田"]]), "xl/comments1.bin", comments)
    data = _with_member(data, "xl/worksheets/_rels/sheet1.bin.rels", rels.encode())
    result = extract(mail(("book.xlsb", data, XLSB_TYPE)))
    seen = "\n".join(s.text for s in result.segments)
    assert "090-8765-4321" in seen or result.incomplete, (result.incomplete, seen)


def one_off(name: str, address: str) -> bytes:
    # OneOffEntryId ([MS-OXCDATA] §2.2.5.1): flags, provider UID, version/flags,
    # display name, address type, address (UTF-16, NUL-terminated).
    uid = bytes.fromhex("812b1fa4bea310199d6e00dd010f5402")
    return (bytes(4) + uid + struct.pack("<HH", 0, 0x8190)
            + (name + "\0").encode("utf-16-le") + "SMTP\0".encode("utf-16-le")
            + (address + "\0").encode("utf-16-le"))


def test_distribution_list_members_are_read_or_reported() -> None:
    # An Outlook contact group (IPM.DistList) dragged into a mail: its members (names
    # and addresses, what Outlook shows) are PidLidDistributionListOneOffMembers, a
    # multi-valued binary named property. _strings() reads only 001F/001E streams:
    # the members are neither read nor reported.
    tree = msg_tree(subject="顧客グループ")
    tree[stream(0x001A, PT_UNICODE)] = "IPM.DistList".encode("utf-16-le")
    tree[stream(0x3001, PT_UNICODE)] = "顧客グループ".encode("utf-16-le")
    values = [one_off(n, a) for n, a in MEMBERS]
    prop = "__substg1.0_80551102"
    tree[prop] = b"".join(struct.pack("<II", len(v), 0) for v in values)
    for i, v in enumerate(values):
        tree[f"{prop}-{i:08X}"] = v
    result = extract(mail(("顧客グループ.msg", compound_file(tree), "application/vnd.ms-outlook")))
    seen = "\n".join(s.text for s in result.segments)
    assert "customer11@example.jp" in seen or result.incomplete, (result.incomplete, seen)


def test_rebuilt_storage_with_many_entries_opens() -> None:
    # compound_file chains a storage's children through right-sibling links only; olefile
    # walks that chain recursively, so a (rebuilt) storage with ~1,000 entries cannot be
    # opened: RecursionError, reported as "nested too deeply to read" for an object that
    # is not nested at all.
    tree = {"Workbook": b"\x09\x08" + bytes(100)}
    tree.update({f"S{i:04d}": b"x" for i in range(1200)})
    olefile.OleFileIO(io.BytesIO(compound_file(tree))).close()


def test_meeting_request_location_is_read() -> None:
    # A meeting request (IPM.Schedule.Meeting.Request) shows "Location:" (PidLidLocation,
    # a named string property, here 0x8002) like an appointment does; `item()` skips
    # _strings() for the IPM.SCHEDULE.MEETING classes, so it is neither read nor reported.
    tree = msg_tree(subject="ご訪問", body="よろしくお願いします。\n")
    tree[stream(0x001A, PT_UNICODE)] = "IPM.Schedule.Meeting.Request".encode("utf-16-le")
    tree[stream(0x8002, PT_UNICODE)] = "東京都千代田区丸の内1-1-1 山田様 090-1234-5678".encode("utf-16-le")
    result = extract(mail(("訪問.msg", compound_file(tree), "application/vnd.ms-outlook")))
    seen = "\n".join(s.text for s in result.segments)
    assert "090-1234-5678" in seen or result.incomplete, seen
