"""Personal data in file names is shown masked (proxy.detectors.redact): a finding's
location, an encrypted attachment's name and the notes on what could not be read name
the attachment, and people put My Numbers, phone and account numbers and e-mail
addresses in file names (held-out 196: マイナンバー_中島涼_482177305515.png)."""

from __future__ import annotations

import json
import subprocess
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import aiohttp

from proxy.config import InspectConfig
from proxy.detectors.redact import NameRedactor, redact_findings
from proxy.judge import Judge, check_json, envelope_from_headers
from proxy.model import Finding
from proxy.rules import load_rules
from proxy.service import running
from tests.conftest import SHIPPED_RULES
from tests.peers import ScriptedHandler
from tests.test_inspect_attachments import make_zip, set_zip_flag
from tests.test_web_support import (
    CARD,
    SENDER,
    guard_settings,
    header,
    held_id,
    link_of,
    parse,
    send,
    text_of,
    wait_notice,
)

ROOT = Path(__file__).resolve().parent.parent
MY_NUMBER = "482177305515"  # valid check digit


def finding(type_: str, *values: str, location: str = "body") -> Finding:
    f = Finding(type_)
    for v in values:
        f.add(v, location, "*")
    return f


def test_a_found_number_is_masked_in_a_name_however_it_is_written() -> None:
    redact = NameRedactor([finding("my_number", MY_NUMBER)])
    for written in ("482177305515", "4821-7730-5515", "4821_7730_5515", "４８２１ ７７３０ ５５１５"):
        shown = redact(f"attachment:マイナンバー_中島涼_{written}.png")
        assert MY_NUMBER not in shown.replace("-", "").replace("_", "").replace(" ", "")
        assert shown.startswith("attachment:マイナンバー_中島涼_")
        assert shown.endswith(".png")
        assert "5515" in shown or "５５１５" in shown  # the tail, as the sample shows it


def test_short_values_found_elsewhere_are_masked_dates_and_years_are_not() -> None:
    # A 7-digit account number is below the nine digits alerts mask on their own: it is
    # masked because the message's findings hold it.
    redact = NameRedactor([finding("jp_bank_account", "1234567"), finding("jp_postal_code", "1050011")])
    assert redact("attachment:口座_1234567.pdf") == "attachment:口座_****567.pdf"
    assert redact("attachment:〒105-0011地図.pdf") == "attachment:〒***-*011地図.pdf"
    assert redact("attachment:請求書_2024-11-26_No1234.pdf") == "attachment:請求書_2024-11-26_No1234.pdf"
    assert redact("attachment:見積_20241126.xlsx") == "attachment:見積_20241126.xlsx"


def test_long_digit_runs_are_masked_even_when_no_finding_holds_them() -> None:
    redact = NameRedactor([])
    assert redact("attachment:list_09012345678.csv") == "attachment:list_*******5678.csv"
    assert redact("attachment:a.zip/b.csv") == "attachment:a.zip/b.csv"


def test_an_email_address_and_a_date_of_birth_in_a_name() -> None:
    redact = NameRedactor(
        [finding("email_address", "yamada.taro@example.jp"), finding("date_of_birth", "1985-03-12")]
    )
    shown = redact("attachment:Yamada.Taro@Example.jp.vcf")
    assert "yamada.taro" not in shown.lower()
    assert shown.endswith(".jp.vcf")
    assert redact("attachment:履歴書_1985-03-12.pdf") == "attachment:履歴書_******3-12.pdf"


def test_keywords_and_encrypted_names_are_not_values_to_hide() -> None:
    redact = NameRedactor([finding("keyword", "社外秘"), finding("encrypted_attachment", "社外秘資料.zip")])
    assert redact("attachment:社外秘資料.zip") == "attachment:社外秘資料.zip"


def test_redact_findings_rewrites_locations_samples_and_notes_once_per_name() -> None:
    name = f"attachment:番号_{MY_NUMBER}.zip"
    findings = {
        "my_number": finding("my_number", MY_NUMBER, location=name),
        "jp_phone": finding("jp_phone", *(f"0312{k:06d}" for k in range(3000)), location="attachment:list.csv"),
        "encrypted_attachment": Finding("encrypted_attachment"),
    }
    findings["encrypted_attachment"].add(f"番号_{MY_NUMBER}.zip", name, f"番号_{MY_NUMBER}.zip")
    redact = redact_findings(findings)
    notes = [redact(f"not fully inspected: {name}: encrypted (password)")]
    dumped = json.dumps([f.to_json() for f in findings.values()] + notes, ensure_ascii=False)
    assert MY_NUMBER not in dumped
    assert "********5515" in dumped
    assert findings["jp_phone"].locations == ["attachment:list.csv"]
    assert findings["jp_phone"].count == 3000


def _mail(attachments: list[tuple[str, bytes]], body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "sato@example.co.jp"
    msg["To"] = "office@sharoushi.example"
    msg["Subject"] = "書類の送付"
    msg.set_content(body)
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes(policy=SMTP)


def test_check_json_never_shows_a_my_number_from_a_file_name(tmp_path: Path) -> None:
    """The real `mailguard check --json`: the name's number is a finding (its label is
    in the name), and neither its location, the encrypted zip's sample nor the note on
    the zip shows it; the sender's phone in the body is unaffected."""
    locked = set_zip_flag(make_zip({"a.csv": b"x" * 100}), 0x1)
    data = _mail(
        [(f"マイナンバー_中島涼_{MY_NUMBER}.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
         (f"控え_{MY_NUMBER}.zip", locked)],
        "書類をお送りします。\n",
    )
    path = tmp_path / "m.eml"
    path.write_bytes(data)
    out = subprocess.run(
        [sys.executable, "-m", "proxy", "check", "--json", str(path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert MY_NUMBER not in out.stdout
    result = json.loads(out.stdout)
    types = {f["type"]: f for f in result["findings"]}
    assert types["my_number"]["count"] == 1
    assert any("********5515" in loc for loc in types["my_number"]["locations"])
    assert types["encrypted_attachment"]["samples"] == ["控え_********5515.zip"]


def test_the_judge_masks_names_for_the_store_and_audit_too() -> None:
    judge = Judge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]), InspectConfig())
    data = _mail(
        [("口座_1234567.txt", "振込先\n口座番号 1234567\n".encode())],
        "振込先をお送りします。\n",
    )
    view, decision = judge(envelope_from_headers(data), data)
    result = check_json(view, decision)
    accounts = {f["type"]: f for f in result["findings"]}["jp_bank_account"]
    assert accounts["locations"] == ["attachment:口座_****567.txt"]
    assert "1234567" not in json.dumps(result, ensure_ascii=False)


def test_the_subject_is_shown_masked_and_the_rules_read_it_whole() -> None:
    judge = Judge(load_rules(SHIPPED_RULES, internal_domains=["example.co.jp"]), InspectConfig())
    msg = EmailMessage()
    msg["From"] = "sato@example.co.jp"
    msg["To"] = "keiri@partner.example"
    msg["Subject"] = "返金先 口座 1234567 の件"
    msg.set_content("返金先の口座番号は 1234567 です。\n")
    data = msg.as_bytes(policy=SMTP)
    view, _ = judge(envelope_from_headers(data), data)
    assert view.subject == "返金先 口座 1234567 の件"  # what subject rules match
    assert view.subject_shown == "返金先 口座 ****567 の件"


async def test_a_held_message_is_stored_and_alerted_with_its_subject_masked(
    upstream: tuple[ScriptedHandler, int], tmp_path: Path
) -> None:
    """Through the running guard: the queue's subject column and the alert's Subject
    show the account number masked (alerts alone mask only runs of nine digits)."""
    handler, port = upstream
    data = (
        f"From: Sato <{SENDER}>\r\nTo: a@partner.example\r\n"
        f"Subject: {header('返金先 口座 1234567 の件')}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=BB\r\n\r\n"
        "--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"返金先の口座番号は 1234567 です。カード {CARD} の決済は取り消しました。\r\n"
        "--BB\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Disposition: attachment; filename*=UTF-8''%E5%8F%A3%E5%BA%A7_1234567.txt\r\n\r\n"
        "口座番号 1234567\r\n"
        # A picture whose only text is its name: the value is found elsewhere.
        "--BB\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename*=UTF-8''%E6%8E%A7%E3%81%88_1234567.png\r\n\r\n"
        "iVBORw0KGgoAAAAA\r\n--BB--\r\n"
    ).encode()
    async with running(guard_settings(port, tmp_path)) as svc:
        qid = held_id(await send(svc.smtp_address[1], ["a@partner.example"], data))
        assert svc.store is not None
        stored = await svc.store.get(qid)
        assert stored is not None
        assert stored.subject == "返金先 口座 ****567 の件"
        alert = await wait_notice(handler.messages, "confirm")
        assert "1234567" not in str(parse(alert)["Subject"])
        assert "****567" in str(parse(alert)["Subject"])
        # The attachment list shows the file name as the finding's location does.
        text = text_of(alert)
        assert "口座_****567.txt" in text
        assert "控え_****567.png" in text
        assert "1234567" not in text
        stored = await svc.store.get(qid)
        assert stored is not None and stored.attachments == ["口座_****567.txt", "控え_****567.png"]
        async with aiohttp.ClientSession() as http, http.get(link_of(alert)) as resp:
            page = await resp.text()
        assert "口座_****567.txt" in page and "1234567" not in page


def test_values_as_the_detectors_normalise_them_are_found_in_names() -> None:
    """Phones are E.164, dates ISO, e-mail lower case, passports upper case: the name's
    candidates are looked up in those forms."""
    redact = NameRedactor(
        [
            finding("jp_phone", "+819012345678"),
            finding("jp_passport", "TR1234567"),
            finding("email_address", "yamada.t@example.jp"),
        ]
    )
    assert redact("attachment:山田_090-1234-5678.vcf") == "attachment:山田_***-****-5678.vcf"
    assert redact("attachment:passport_tr1234567.jpg") == "attachment:passport_*****4567.jpg"
    assert redact("attachment:Yamada.T@Example.jp.vcf") == "attachment:***************e.jp.vcf"
    assert redact("attachment:山田_1234-5678.vcf") == "attachment:山田_1234-5678.vcf"  # no value
