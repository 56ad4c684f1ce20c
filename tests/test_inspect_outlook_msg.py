"""Outlook items attached as .msg files: their subject, body, attached files and attached
items are read like an attached .eml's; what cannot be read is reported, not skipped."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
from compressed_rtf import compress

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.rtf import MAX_COMPRESSED
from proxy.inspect.scan import PREFIX
from tests.cfb import compound_file
from tests.msgfile import (
    PT_BINARY,
    PT_OBJECT,
    PT_UNICODE,
    TNEF_SIGNATURE,
    compressed_rtf_bomb,
    mapi_props,
    msg_file,
    msg_tree,
    properties,
    stream,
    tnef_attribute,
    tnef_file,
)
from tests.test_inspect_attachments import lines, mail, make_xlsx, texts

MSG = "application/vnd.ms-outlook"

CUSTOMER_MAIL = """\
お世話になっております。
下記の者の登録をお願いします。

氏名: 山田太郎
個人番号: 123456789018
電話: 090-1234-5678
"""


def test_forwarded_item_with_its_attachment_and_an_item_inside() -> None:
    inner = msg_tree(
        subject="RE: 口座変更",
        body="振込先を変更しました。\n普通 口座番号 7654321\n",
        embedded=True,
    )
    data = msg_file(
        subject="FW: 登録依頼",
        body=CUSTOMER_MAIL,
        recipients=["customer@example.net"],
        files=[("顧客一覧.xlsx", make_xlsx())],
        items=[("RE: 口座変更", inner)],
    )
    result = extract(mail(("登録依頼.msg", data, MSG)))
    assert result.incomplete == []
    assert [a.name for a in result.attachments] == [
        "登録依頼.msg",
        "登録依頼.msg/顧客一覧.xlsx",
        "登録依頼.msg/RE: 口座変更",
    ]
    outer = lines(result, "attachment:登録依頼.msg")
    assert outer[:2] == ["登録依頼.msg", "FW: 登録依頼"]
    assert "個人番号: 123456789018" in outer
    assert "氏名: 山田太郎" in " ".join(lines(result, "attachment:登録依頼.msg/顧客一覧.xlsx"))
    assert "普通 口座番号 7654321" in lines(result, "attachment:登録依頼.msg/RE: 口座変更")
    found = find_all(result.segments)
    assert found["my_number"].values.keys() == {"123456789018"}
    assert "attachment:登録依頼.msg" in found["my_number"].values["123456789018"]
    assert "7654321" in found["jp_bank_account"].values


def test_8bit_strings_in_the_items_code_page() -> None:
    data = msg_file(subject="会員名簿", body="会員 090-2345-6789 様\n", codepage=932)
    result = extract(mail(("old.msg", data, MSG)))
    assert lines(result, "attachment:old.msg")[1:] == ["会員名簿", "会員 090-2345-6789 様"]


def test_html_body_when_there_is_no_plain_one() -> None:
    html = (
        "<html><head><meta charset='utf-8'></head><body><table>"
        "<tr><td>氏名</td><td>生年月日</td></tr>"
        "<tr><td>佐藤花子</td><td>1990/12/01</td></tr></table></body></html>"
    ).encode()
    data = msg_file(subject="名簿", html=html)
    result = extract(mail(("名簿.msg", data, MSG)))
    assert "氏名: 佐藤花子\t生年月日: 1990/12/01" in lines(result, "attachment:名簿.msg")
    assert "1990-12-01" in find_all(result.segments)["date_of_birth"].values


RTF_LIST = (
    r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Gothic;}}"
    "\n\\pard\\f0 "
    + "".join(f"\\'{b:02x}" for b in "会員一覧".encode("cp932"))
    + r"\par 090-1234-5678\par\u-28108?\u-39128? 080-2345-6789\par}"
)


def test_a_body_kept_only_as_compressed_rtf_is_inflated_and_read() -> None:
    data = msg_file(subject="RTF", rtf=compress(RTF_LIST.encode("ascii")))
    result = extract(mail(("rtf.msg", data, MSG)))
    assert result.incomplete == []
    got = lines(result, "attachment:rtf.msg")
    assert got[2:] == ["会員一覧", "090-1234-5678", "鈴木 080-2345-6789"]


def test_what_cannot_be_read_is_reported() -> None:
    rtf_only = msg_file(subject="RTF", rtf=b"\x10\x00\x00\x00LZFu" + bytes(8))
    by_reference = compound_file(
        msg_tree(subject="link") | {"__attach_version1.0_#00000000": {"__properties_version1.0": bytes(8)}}
    )
    result = extract(mail(("a.msg", rtf_only, MSG), ("b.msg", by_reference, MSG)))
    assert result.incomplete == [
        PREFIX + "attachment:a.msg: an Outlook item's body: damaged compressed RTF",
        PREFIX + "attachment:b.msg: an attachment by reference is not read",
    ]


def test_an_ole_object_in_an_item_is_lifted_out_and_read() -> None:
    # An Excel sheet attached as an OLE object: a storage inside the .msg, read as the
    # compound file it would be on its own.
    ole = olefile.OleFileIO(str(Path(__file__).parent / "legacy_office" / "customers.xls"))
    workbook = {"/".join(entry): ole.openstream(entry).read() for entry in ole.listdir()}
    ole.close()
    item = compound_file(
        msg_tree(subject="表")
        | {
            "__attach_version1.0_#00000000": {
                "__properties_version1.0": bytes(8),
                stream(0x3001, PT_UNICODE): "顧客.xls".encode("utf-16-le"),
                "__substg1.0_3701000D": workbook,
            }
        }
    )
    result = extract(mail(("obj.msg", item, MSG)))
    assert result.incomplete == []
    assert any("氏名: 佐藤花子" in line for line in lines(result, "attachment:obj.msg/顧客.xls"))


def test_items_nested_past_the_depth_limit() -> None:
    tree = msg_tree(subject="level 3", body="電話 090-0000-3333", embedded=True)
    for level in (2, 1):
        tree = msg_tree(subject=f"level {level}", items=[(f"item{level + 1}", tree)], embedded=True)
    data = msg_file(subject="top", items=[("item1", tree)])
    result = extract(mail(("deep.msg", data, MSG)), InspectConfig(max_depth=2))
    assert result.incomplete == [
        PREFIX + "attachment:deep.msg/item1/item2: nested deeper than 2 levels"
    ]
    assert "090-0000-3333" not in " ".join(s.text for s in result.segments)
    # With the default depth the innermost body is read.
    result = extract(mail(("deep.msg", data, MSG)))
    assert result.incomplete == []
    assert texts(result, "attachment:deep.msg/item1/item2/item3").endswith("電話 090-0000-3333")


def test_a_damaged_msg_file_is_reported() -> None:
    data = msg_file(subject="x", body="y" * 5000)
    result = extract(mail(("cut.msg", data[:1500], MSG)))
    assert len(result.incomplete) == 1
    assert result.incomplete[0].startswith(PREFIX + "attachment:cut.msg: ")  # damaged or invalid


# -- winmail.dat (TNEF) ----------------------------------------------------------------------

TNEF = "application/ms-tnef"


def test_winmail_dat_attachments_body_and_attached_message_are_read() -> None:
    inner = tnef_file(subject="口座", body="普通 口座番号 7654321\r\n")
    data = tnef_file(
        subject="会員名簿の件",
        body="会員名簿を送ります。\r\n",
        files=[
            ("MEIBO~1.CSV", "氏名,電話番号\r\n山田,090-1234-5678\r\n".encode("cp932"), "会員名簿.csv"),
            ("NOTE.TXT", "個人番号 123456789018".encode("cp932"), None),
        ],
        items=[("口座のご連絡", inner)],
    )
    result = extract(mail(("winmail.dat", data, TNEF)))
    assert result.incomplete == []
    assert [a.name for a in result.attachments] == [
        "winmail.dat",
        "winmail.dat/会員名簿.csv",  # the long name from the attachment's MAPI properties
        "winmail.dat/NOTE.TXT",
        "winmail.dat/口座のご連絡",
    ]
    assert lines(result, "attachment:winmail.dat")[1:] == ["会員名簿の件", "会員名簿を送ります。"]
    assert "氏名: 山田\t電話番号: 090-1234-5678" in lines(result, "attachment:winmail.dat/会員名簿.csv")
    found = find_all(result.segments)
    assert set(found["my_number"].values) == {"123456789018"}
    assert set(found["jp_bank_account"].values) == {"7654321"}


def test_winmail_dat_body_in_its_mapi_properties_as_compressed_rtf() -> None:
    props = [(PT_BINARY, 0x1009, compress(RTF_LIST.encode("ascii")))]
    result = extract(mail(("winmail.dat", tnef_file(subject="RTF", msg_props=props), TNEF)))
    assert result.incomplete == []
    assert lines(result, "attachment:winmail.dat")[2:] == ["会員一覧", "090-1234-5678", "鈴木 080-2345-6789"]


def test_a_winmail_dat_cut_short_is_reported() -> None:
    data = tnef_file(subject="x", files=[("A.CSV", b"a,b\r\n" * 100, None)])
    for size in (3, 20, len(data) // 2, len(data) - 1):
        result = extract(mail(("winmail.dat", data[:size], TNEF)))
        assert result.incomplete == [
            PREFIX + "attachment:winmail.dat: corrupt or unreadable dat file (DamagedTnef)"
        ], size


def test_a_compressed_rtf_body_too_large_to_inflate_in_time_is_reported() -> None:
    big = msg_file(subject="big", rtf=b"\x00" * (MAX_COMPRESSED + 1))
    result = extract(mail(("big.msg", big, MSG)))
    assert result.incomplete == [
        PREFIX + "attachment:big.msg: an Outlook item's body: compressed RTF too large to read in time"
    ]


# -- a second review: what real Outlook files hold ------------------------------------------


def test_a_signed_item_keeps_its_content_in_smime_p7m() -> None:
    # Outlook saves a clear-signed mail with an empty body and one attachment, smime.p7m
    # (mime tag multipart/signed), holding the whole signed MIME entity ([MS-OXOSMIME]).
    signed = (
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature";'
        b' micalg=sha-256; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "個人番号 123456789018 電話 090-1234-5678\r\n".encode()
        + b"--b1\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\r\n--b1--\r\n"
    )
    tree = msg_tree(subject="署名付き")
    tree["__attach_version1.0_#00000000"] = {
        "__properties_version1.0": properties(8, {0x3705: 1}),
        stream(0x3707, PT_UNICODE): "smime.p7m".encode("utf-16-le"),
        stream(0x370E, PT_UNICODE): "multipart/signed".encode("utf-16-le"),
        stream(0x3701, PT_BINARY): signed,
    }
    result = extract(mail(("signed.msg", compound_file(tree), MSG)))
    assert result.incomplete == []
    assert "+819012345678" in find_all(result.segments)["jp_phone"].values


def test_smime_encrypted_and_opaque_signed_files() -> None:
    # DER ContentInfo: SEQUENCE, then the content type's OID.
    enveloped = bytes.fromhex("3080" "06092a864886f70d010703" "a080") + bytes(40)
    signed = bytes.fromhex("3080" "06092a864886f70d010702" "a080") + bytes(40)
    result = extract(
        mail(("smime.p7m", enveloped, "application/pkcs7-mime"), ("s.p7m", signed, "application/pkcs7-mime"))
    )
    assert [(a.name, a.encrypted) for a in result.attachments] == [("smime.p7m", True), ("s.p7m", False)]
    assert result.incomplete == [
        PREFIX + "attachment:s.p7m: an S/MIME signed message (opaque signing) could not be read"
    ]


def test_an_items_recipients_are_headers_not_text_like_an_attached_mails() -> None:
    # A forwarded thread with a dozen recipients is not a list of people: an attached
    # .eml's To/Cc are not read as text, and neither are an item's recipients.
    data = msg_file(
        subject="ご案内", body="よろしくお願いします。",
        recipients=[f"person{n}@customer.example" for n in range(12)],
    )
    result = extract(mail(("fw.msg", data, MSG)))
    assert "email_address" not in find_all(result.segments)
    # A contact's addresses and numbers are its content, though (IPM.Contact).
    tree = msg_tree(subject="山田太郎")
    tree[stream(0x001A, PT_UNICODE)] = "IPM.Contact".encode("utf-16-le")
    tree[stream(0x3A1C, PT_UNICODE)] = "090-1234-5678".encode("utf-16-le")  # mobile
    tree[stream(0x8083, PT_UNICODE)] = "taro@customer.example".encode("utf-16-le")  # named: Email1
    result = extract(mail(("山田太郎.msg", compound_file(tree), MSG)))
    found = find_all(result.segments)
    assert "+819012345678" in found["jp_phone"].values
    assert "taro@customer.example" in found["email_address"].values


def test_an_attachment_is_typed_by_its_mime_tag() -> None:
    tree = msg_tree(subject="一覧", body="添付します")
    tree["__attach_version1.0_#00000000"] = {
        "__properties_version1.0": properties(8, {0x3705: 1}),
        stream(0x3001, PT_UNICODE): "顧客一覧".encode("utf-16-le"),  # no extension
        stream(0x370E, PT_UNICODE): "text/csv".encode("utf-16-le"),
        stream(0x3701, PT_BINARY): "氏名,電話番号\n山田太郎,090-1234-5678\n".encode("cp932"),
    }
    result = extract(mail(("c.msg", compound_file(tree), MSG)))
    assert "氏名: 山田太郎\t電話番号: 090-1234-5678" in lines(result, "attachment:c.msg/顧客一覧")


def test_8bit_strings_are_in_the_message_code_page_not_the_internet_one() -> None:
    tree = msg_tree(subject="会員名簿", body="会員 山田太郎 090-2345-6789 様\n", codepage=932)
    tree["__properties_version1.0"] = properties(32, {0x3FFD: 932, 0x3FDE: 1252})
    result = extract(mail(("old.msg", compound_file(tree), MSG)))
    assert "会員 山田太郎 090-2345-6789 様" in lines(result, "attachment:old.msg")


def test_rtf_bodies_are_inflated_against_the_deadline() -> None:
    # Each body at the size limit takes seconds to inflate and convert: one is read, the
    # ones after the deadline are not (the time limit is the reason given).
    bomb = compressed_rtf_bomb(MAX_COMPRESSED)
    items = [(f"item{n}", msg_tree(subject=f"s{n}", rtf=bomb, embedded=True)) for n in range(3)]
    data = msg_file(subject="top", items=items)
    result = extract(mail(("big.msg", data, MSG)), InspectConfig(max_seconds=1))
    # One body is read past the deadline at most (it takes seconds: the first), none
    # after it. Counted by what was read, not by the clock: a loaded CI machine took 6 s.
    read = {s.location for s in result.segments if len(s.text) > 100_000}
    assert read == {"attachment:big.msg/item0"}
    assert any("inspection time limit" in reason for reason in result.incomplete)


def test_tnef_an_ole_object_attachment_is_a_file_and_hides_nothing() -> None:
    iid_istorage = bytes.fromhex("0b00000000000000c000000000000046")
    storage = compound_file({"Equation Native": bytes(600)})
    data = tnef_file(files=[("LIST.TXT", b"Tel 090-1234-5678\n", "list.txt")])
    data += tnef_attribute(2, 0x00069002, bytes(14))  # attAttachRendData: a new attachment
    data += tnef_attribute(2, 0x00069005, mapi_props([
        (0x0003, 0x3705, struct.pack("<I", 6)),  # ATTACH_OLE
        (PT_OBJECT, 0x3701, iid_istorage + storage),
        (PT_UNICODE, 0x3707, "表.xls".encode("utf-16-le")),
    ]))
    result = extract(mail(("winmail.dat", data, TNEF)))
    assert [a.name for a in result.attachments] == ["winmail.dat", "winmail.dat/list.txt", "winmail.dat/表.xls"]
    assert result.incomplete == [  # an object of a kind not read: said so, nothing hidden
        PREFIX + "attachment:winmail.dat/表.xls: not a valid .xls file"
    ]
    assert "+819012345678" in find_all(result.segments)["jp_phone"].values


def test_tnef_attachment_attributes_before_any_rendering_data_are_an_attachment() -> None:
    out = struct.pack("<IH", TNEF_SIGNATURE, 1)
    out += tnef_attribute(1, 0x00069007, struct.pack("<II", 932, 0))
    out += tnef_attribute(2, 0x00018010, b"list.csv\0")
    out += tnef_attribute(2, 0x0006800F, b"name,tel\nyamada,090-1234-5678\n")
    result = extract(mail(("winmail.dat", out, TNEF)))
    assert "name: yamada\ttel: 090-1234-5678" in lines(result, "attachment:winmail.dat/list.csv")


def test_a_winmail_dat_is_known_by_its_signature_whatever_its_name_or_type() -> None:
    data = tnef_file(subject="名簿", files=[("LIST.CSV", b"name,tel\r\nyamada,090-1234-5678\r\n", None)])
    result = extract(mail(("memo.txt", data, "text/plain")))
    assert [a.name for a in result.attachments] == ["memo.txt", "memo.txt/LIST.CSV"]
