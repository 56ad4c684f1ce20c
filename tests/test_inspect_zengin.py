"""全銀 transfer files (proxy/inspect/zengin.py): a payroll or direct-debit file holds every
payee's bank account in fixed-length records with no labels, so the accounts are read
from the records' layout; anything else that starts like one is read as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.config import InspectConfig
from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.zengin import records, render
from proxy.judge import Judge, envelope_from_headers
from proxy.rules import load_rules
from tests.test_company_details import company
from tests.test_inspect_attachments import mail, make_zip

RULES = Path(__file__).resolve().parent.parent / "rules"
PAYEES = [  # (bank, bank name, branch, branch name, account, name, amount)
    ("0001", "ﾐｽﾞﾎ", "113", "ｼﾌﾞﾔ", "4829163", "ｲﾄｳ ｹﾝｼﾞ", 312400),
    ("0005", "ﾐﾂﾋﾞｼUFJ", "251", "ｼﾝｼﾞｭｸ", "1736025", "ｻｻｷ ﾕｶﾘ", 287650),
    ("0009", "ﾐﾂｲｽﾐﾄﾓ", "642", "ｲｹﾌﾞｸﾛ", "2290547", "ﾏﾂｵｶ ｱﾔ", 265980),
    ("0036", "ﾗｸﾃﾝ", "251", "ｼﾞｬｽﾞ", "7014826", "ﾅｶﾑﾗ ﾀｸﾐ", 338110),
]
OWN_ACCOUNT = "1234567"  # the client's, in the header record (as in COMPANY's details)


def field(text: str, width: int) -> bytes:
    data = text.encode("cp932")  # half-width kana: one byte each, as in the files
    assert len(data) <= width
    return data + b" " * (width - len(data))


def header(kind: str = "11") -> bytes:
    record = (
        b"1" + kind.encode() + b"0" + b"2200451870" + field("ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ", 40) + b"1125"
        + b"0005" + field("ﾐﾂﾋﾞｼUFJ", 15) + b"001" + field("ﾏﾙﾉｳﾁ", 15) + b"1"
        + OWN_ACCOUNT.encode()
    )
    return record + b" " * (120 - len(record))


def data_record(bank: str, bank_name: str, branch: str, branch_name: str,
                account: str, name: str, amount: int) -> bytes:
    record = (
        b"2" + bank.encode() + field(bank_name, 15) + branch.encode() + field(branch_name, 15)
        + b"0000" + b"1" + account.encode() + field(name, 30) + b"%010d" % amount
        + b"0" + b"0000100231" + b"0000000000" + b"0" + b" "
    )
    return record + b" " * (120 - len(record))


def zengin(kind: str = "11", separator: bytes = b"\r\n") -> bytes:
    rows = [header(kind)] + [data_record(*p) for p in PAYEES]
    total = sum(p[-1] for p in PAYEES)
    rows.append((b"8" + b"%06d" % len(PAYEES) + b"%012d" % total).ljust(120))
    rows.append(b"9".ljust(120))
    return separator.join(rows) + separator


def judge(data: bytes) -> dict[str, int]:
    j = Judge(load_rules(RULES, internal_domains=["example.co.jp"]), InspectConfig())
    view, decision = j(envelope_from_headers(data), data)
    return {"action": decision.action.label, **{t: f.count for t, f in view.findings.items()}}


def accounts(data: bytes, **kwargs: object) -> set[str]:
    ex = extract(data, InspectConfig())
    finding = find_all(ex.segments, **kwargs).get("jp_bank_account")  # type: ignore[arg-type]
    return set(finding.values) if finding else set()


ALL = {p[4] for p in PAYEES} | {OWN_ACCOUNT}


def test_a_payroll_file_is_every_payees_account_and_confirms() -> None:
    data = mail(("FURIKOMI_20241125.txt", zengin(), "text/plain"))
    assert accounts(data) == ALL
    assert judge(data) == {"action": "confirm", "jp_bank_account": 5}  # 4 payees, the client


@pytest.mark.parametrize("kind", ["21", "12", "91"])  # 総合振込, 賞与振込, 口座振替
def test_every_transfer_type_is_read(kind: str) -> None:
    assert accounts(mail(("SOUFURI.DAT", zengin(kind), "application/octet-stream"))) == ALL


def test_records_back_to_back_with_no_name_are_read_by_their_content() -> None:
    # Bank software writes 120-byte records with no line breaks, often an EOF mark too.
    data = zengin(separator=b"") + b"\x1a"
    assert records(data) is not None
    assert accounts(mail(("FURIKOMI", data, "application/octet-stream"))) == ALL


def test_a_payroll_file_in_a_zip_is_read() -> None:
    data = mail(("kyuyo.zip", make_zip({"KYUYO.TXT": zengin()}), "application/zip"))
    assert accounts(data) == ALL


def test_the_companys_own_account_is_not_a_finding() -> None:
    # The client's account in the header is the company's, listed in company_details.
    data = mail(("FURIKOMI.TXT", zengin(), "text/plain"))
    assert accounts(data, company=company()) == ALL - {OWN_ACCOUNT}


def test_each_record_is_rendered_with_what_its_fields_are() -> None:
    lines = render(records(zengin()) or []).splitlines()
    assert lines[0] == (
        "給与振込 依頼人 ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ 引落口座 ﾐﾂﾋﾞｼUFJ ﾏﾙﾉｳﾁ 普通 口座番号 1234567"
    )
    assert lines[1] == "振込先 ﾐｽﾞﾎ ｼﾌﾞﾔ 普通 口座番号 4829163 受取人 ｲﾄｳ ｹﾝｼﾞ 金額 312400円"
    assert len(lines) == 1 + len(PAYEES)  # the trailer and end records say nothing


@pytest.mark.parametrize(
    "data",
    [
        zengin()[:-2].replace(b"\r\n", b"\r\n ", 1),  # a record one byte long
        zengin().replace(b"1110", b"1310", 1),  # no transfer type
        b"11100000000000 is how the list starts\r\n" * 5,  # short lines
        zengin()[:122],  # a header alone
    ],
)
def test_what_only_starts_like_a_zengin_file_is_plain_text(data: bytes) -> None:
    assert records(data) is None
    ex = extract(mail(("notes.txt", data, "text/plain")), InspectConfig())
    assert not any("口座番号" in s.text for s in ex.segments)  # no rendering
    assert not ex.incomplete
