"""The company's own details (rules/company_details.txt): read by the detectors, never
counted as findings anywhere in a message; a bad line is a `file:line` error; a customer's
details in the same message still count."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from proxy.config import InspectConfig
from proxy.detectors import CompanyDetails, find_all, parse_detail
from proxy.judge import Judge
from proxy.model import Envelope, Segment
from proxy.rules import RuleHolder, RulesError, load_rules
from tests.test_check_cli import ROOT, mailguard
from tests.test_rules_holder import write

SHIPPED = ROOT / "rules"

COMPANY = """\
# サンプル商事
TEL 03-1234-5678 / FAX 03-1234-5679
03-1234-56xx            # ダイヤルイン
〒100-0005 東京都千代田区丸の内1-1-1
三菱UFJ銀行 丸の内支店 普通 1234567
法人番号 7000012050002
IBAN DE89 3704 0044 0532 0130 00
"""

INVOICE = (
    "From: 山田 <yamada@example.co.jp>\r\nTo: keiri@customer.example\r\n"
    "Subject: =?UTF-8?B?6KuL5rGC5pu4?=\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "株式会社カスタマー 経理ご担当者様\r\n\r\n6月分のご請求金額は 1,234,200円です。\r\n"
    "お振込先: 三菱UFJ銀行 丸の内支店 普通 1234567 カ)サンプルショウジ\r\n"
    "弊社所在地: 千代田区丸の内一丁目1番1号\r\n"
    "各部署: 営業 03-1234-5601 / 経理 03-1234-5621 / 総務 03-1234-5622\r\n"
    "法人番号: 7000012050002\r\n\r\n--\r\n山田 太郎\r\n"
).encode()


def company(text: str = COMPANY) -> CompanyDetails:
    values, ranges = [], []
    for line in text.splitlines():
        line = line.split(" #")[0].strip()
        if line and not line.startswith("#"):
            hits, found, problem = parse_detail(line)
            assert problem == "", (line, problem)
            values += hits
            ranges += found
    return CompanyDetails(frozenset(values), frozenset(ranges))


def body(text: str) -> list[Segment]:
    return [Segment(text, "body", "body")]


# -- reading a line -----------------------------------------------------------------------


def test_a_line_is_read_as_the_detectors_normalise_it() -> None:
    hits, ranges, problem = parse_detail("ＴＥＬ　０３－１２３４－５６７８ ／ FAX 03(1234)5679")
    assert problem == "" and ranges == []
    assert hits == [("jp_phone", "+81312345678"), ("jp_phone", "+81312345679")]
    hits, _, _ = parse_detail("〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル5F")
    assert hits == [("jp_postal_code", "1000005"), ("jp_address", "東京都千代田区丸の内1-1-1")]
    assert parse_detail("みずほ銀行 東京営業部 普通預金 口座番号 7654321")[0] == [
        ("jp_bank_account", "7654321")
    ]
    assert parse_detail("法人番号: 7000012050002")[0] == [("corporate_number", "7000012050002")]
    assert parse_detail("Info@Example.co.jp")[0] == [("email_address", "info@example.co.jp")]


def test_ranges_of_numbers() -> None:
    block = ("+81312345600", "+81312345699")
    for line in ("03-1234-56xx", "大阪支店 03-1234-56XX", "０３－１２３４－５６ｘｘ", "03-1234-56○○",
                 "03-1234-56xxまで", "03-1234-5600～5699", "03-1234-5600〜03-1234-5699",
                 "+81 3-1234-56xx", "+81 3-1234-5600 ~ 5699"):
        assert parse_detail(line) == ([], [block], ""), line
    assert parse_detail("03-1234-5600～5650")[1] == [("+81312345600", "+81312345650")]
    assert parse_detail("0120-12xxxx")[1] == [("+81120120000", "+81120129999")]
    # A number and a range on one line are two things, not one bad range.
    assert parse_detail("TEL 03-1234-5678 ダイヤルイン 03-1234-56xx") == (
        [("jp_phone", "+81312345678")], [block], ""
    )


def test_a_footnote_mark_is_not_a_range() -> None:
    # "*" and a space then x are not placeholders: the number is listed alone.
    for line in ("TEL 03-1234-5678 * 平日のみ", "TEL 03-1234-5678 xx"):
        hits, ranges, problem = parse_detail(line)
        assert (hits, ranges, problem) == ([("jp_phone", "+81312345678")], [], ""), line
    own = company("TEL 03-1234-5678 * 平日のみ")
    assert find_all(body("お客様 TEL 03-1234-5671"), company=own)["jp_phone"].count == 1


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("1234567", "no phone number, address"),  # an account without 普通/口座
        ("丸の内ビル 5F", "no phone number, address"),
        ("法人番号 1234567890123", "no valid 法人番号"),  # check digit wrong
        ("口座番号 0312345678", "no account number found"),  # not read as a phone
        ("4111 1111 1111 1111", "credit_card: personal data"),
        ("4111 1111 1111 1111 *", "credit_card: personal data"),
        ("TEL 03-1234-5678 マイナンバー 123456789018", "my_number: personal data"),
        ("担当 4111-1111-1111-1111 03-1234-56xx", "credit_card: personal data"),
        ("マイナンバー 123456789018 03-1234-56xx", "my_number: personal data"),
        ("カード 4111-1111-1111-xxxx", "a range of phone numbers is written"),
        ("03-1234-xxxxx", "a range of phone numbers is written"),
        ("12xx", "a range of phone numbers is written"),
        ("03-12xx-xxxx", "a range of phone numbers is written"),
        ("03-1234-5600～5599", "a range of phone numbers is written"),  # backwards
        ("03-1234-5600～04-1234-5699", "a range of phone numbers is written"),
    ],
)
def test_lines_that_cannot_be_listed(line: str, why: str) -> None:
    hits, ranges, problem = parse_detail(line)
    assert why in problem
    assert hits == [] and ranges == []
    # Nothing of the line is echoed: it may hold a card number.
    assert "4111" not in problem and "5599" not in problem and "0312" not in problem


def test_a_range_wider_than_ten_thousand_numbers_is_refused() -> None:
    assert "at most 10,000 numbers" in parse_detail("0120-1xxxxx")[2]
    assert "at most 10,000 numbers" in parse_detail("03-1234-0000～03-1235-0000")[2]
    assert parse_detail("0120-12xxxx")[2] == ""


def test_a_long_line_of_digits_is_an_error() -> None:
    # (It took 8 s once, a regex's n² on the line; now milliseconds: see own._BLOCK.)
    assert parse_detail("1 " * 8000 + "xx")[2]
    assert parse_detail("1" * 16000 + "xx")[2]


# -- not counted, anywhere ----------------------------------------------------------------


def test_company_details_are_not_findings_and_a_customers_are() -> None:
    text = (
        "お振込先: 三菱UFJ銀行 丸の内支店 普通 1234567\n"
        "お客様の口座: ゆうちょ銀行 普通 7731946\n"
        "弊社 03-1234-5678、お客様 090-1111-2222、佐藤様 03-1234-5700\n"
        "法人番号: 7000012050002\nIBAN DE89 3704 0044 0532 0130 00\n"
    )
    plain = find_all(body(text))
    assert plain["jp_bank_account"].count == 2 and plain["jp_phone"].count == 3
    assert "corporate_number" in plain and "iban" in plain
    found = find_all(body(text), company=company())
    assert set(found["jp_bank_account"].values) == {"7731946"}
    # 03-1234-5700 is outside the 56xx block: somebody else's number.
    assert set(found["jp_phone"].values) == {"+819011112222", "+81312345700"}
    assert "corporate_number" not in found and "iban" not in found


def test_a_block_covers_its_numbers_only() -> None:
    block = company("03-1234-56xx")
    text = "営業 03-1234-5601 経理 03-1234-5699 外 03-1234-5700 外 03-1234-560 外 0312345601"
    found = find_all(body(text), company=block)
    assert set(found["jp_phone"].values) == {"+81312345700"}
    # As international numbers too (E.164 is what both compare).
    assert "jp_phone" not in find_all(body("+81 3-1234-5655"), company=block)


def test_an_address_written_another_way_is_the_same_address() -> None:
    own = company("東京都千代田区丸の内1-1-1")
    for written in ("千代田区丸の内一丁目1番1号", "東京都千代田区丸の内1丁目1-1",
                    "東京都千代田区丸の内１－１－１", "千代田区丸の内1丁目1番地の1"):
        assert "jp_address" not in find_all(body(f"所在地: {written} です"), company=own), written
    other = find_all(body("所在地: 千代田区丸の内1-1-2"), company=own)
    assert other["jp_address"].count == 1


SIGNED = "\n\n--\n山田 太郎\n株式会社サンプル\n〒105-0011 {}\nTEL 03-1234-5678\n"


@pytest.mark.parametrize(
    ("customer", "own"),
    [
        # 番地の3 is part of the number, not the end of the address.
        ("港区芝公園1丁目1番地の3", "東京都港区芝公園1-1"),
        ("長野県北佐久郡軽井沢町大字軽井沢1323番地の5", "長野県北佐久郡軽井沢町大字軽井沢1323"),
        # The same town name in two prefectures: two places.
        ("広島県府中市本町1-1-1", "東京都府中市本町1-1-1"),
        ("福島県伊達市保原町1-1", "北海道伊達市保原町1-1"),
    ],
)
def test_a_customers_address_like_the_senders_still_counts(customer: str, own: str) -> None:
    text = f"お客様ご住所: {customer} 佐藤花子様\nご確認ください。" + SIGNED.format(own)
    found = find_all(body(text))
    assert found["jp_address"].count == 1, found
    listed = find_all(body(f"お客様ご住所: {customer}"), company=company(own))
    assert listed["jp_address"].count == 1


def test_an_address_in_tokyo_fuchu_is_one_address() -> None:
    # 京都府 inside 東京都府中市 is no second address.
    assert find_all(body("住所: 東京都府中市本町1-1-1"))["jp_address"].count == 1


def test_the_signature_address_covers_the_body_written_another_way() -> None:
    # No list at all: the signature gives the address, the body writes it in kanji.
    text = ("本社は 千代田区丸の内一丁目1番1号 に移転しました。\n\n--\n山田 太郎\n"
            "〒100-0005 東京都千代田区丸の内1-1-1\nTEL 03-1234-5678\n")
    assert "jp_address" not in find_all(body(text))


def test_in_attachments_too() -> None:
    segments = [
        Segment("請求書を添付します。", "body", "body"),
        Segment("お振込先 三菱UFJ銀行 普通預金 1234567\n株式会社サンプル商事 "
                "〒100-0005 東京都千代田区丸の内1-1-1 TEL 03-1234-5678",
                "attachment:請求書.pdf", "attachment"),
    ]
    assert find_all(segments) != {}
    assert find_all(segments, company=company()) == {}


# -- the list file ------------------------------------------------------------------------


def rules_copy(tmp_path: Path, details: str) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(SHIPPED, folder)
    (folder / "company_details.txt").write_text(details, encoding="utf-8")
    return folder


def test_the_shipped_list_is_empty_and_valid() -> None:
    assert len(load_rules(SHIPPED).company_details) == 0


def test_bad_lines_are_file_line_errors(tmp_path: Path) -> None:
    folder = rules_copy(tmp_path, "# ok\nTEL 03-1234-5678\n1234567\nカード 4111 1111 1111 1111\n")
    with pytest.raises(RulesError) as err:
        load_rules(folder)
    lines = err.value.lines
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{folder}/company_details.txt:3", f"{folder}/company_details.txt:4"
    ]
    res = mailguard("rules", "check", env={"MAILGUARD_POLICY__RULES_DIR": str(folder)})
    assert res.returncode == 2
    assert "company_details.txt:3: no phone number" in res.stderr
    assert "company_details.txt:4: credit_card: personal data" in res.stderr
    assert "4111" not in res.stderr + res.stdout


def test_check_holds_an_invoice_it_confirmed_before(tmp_path: Path) -> None:
    eml = tmp_path / "invoice.eml"
    eml.write_bytes(INVOICE)
    before = json.loads(mailguard("check", str(eml), "--json").stdout)
    assert before["action"] == "confirm"
    assert {f["type"] for f in before["findings"]} >= {"jp_bank_account", "jp_phone"}
    folder = rules_copy(tmp_path, COMPANY)
    res = mailguard("check", str(eml), "--json", env={"MAILGUARD_POLICY__RULES_DIR": str(folder)})
    after = json.loads(res.stdout)
    assert after["action"] == "hold", after
    assert after["findings"] == []
    summary = mailguard("rules", "check", env={"MAILGUARD_POLICY__RULES_DIR": str(folder)})
    assert summary.returncode == 0 and "8 company details" in summary.stdout


def test_reload_picks_up_the_list_and_keeps_the_last_good_one(tmp_path: Path) -> None:
    folder = rules_copy(tmp_path, "")
    holder = RuleHolder(folder, internal_domains=["example.co.jp"])
    assert len(holder.current.company_details) == 0
    write(folder / "company_details.txt", COMPANY)
    assert holder.changed() and holder.reload() == []
    good = holder.current
    assert ("jp_bank_account", "1234567") in good.company_details.values
    write(folder / "company_details.txt", COMPANY + "普通 12\n")
    assert holder.changed()
    assert any("company_details.txt:8" in e for e in holder.reload())
    assert holder.current is good


def test_the_judge_carries_the_list_to_worker_processes(tmp_path: Path) -> None:
    plain = Judge(load_rules(SHIPPED, internal_domains=["example.co.jp"]), InspectConfig())
    listed = Judge(load_rules(rules_copy(tmp_path, COMPANY), internal_domains=["example.co.jp"]),
                   InspectConfig())
    envelope = Envelope("yamada@example.co.jp", ("keiri@customer.example",))
    copy = pickle.loads(pickle.dumps(listed))  # what judge_pool sends its workers
    assert copy.ruleset.company_details == company()
    assert copy(envelope, INVOICE)[1].action.label == "hold"
    assert plain(envelope, INVOICE)[1].action.label == "confirm"


# -- a second review ----------------------------------------------------------------------


def test_a_floor_after_3ban_no_is_not_a_block_number() -> None:
    # 3番の2階: the second floor of 3番, not 3番の2 (which keys as another address, 芝5-3-2).
    own = company("東京都港区芝5丁目3番の2階")
    assert own.values >= {("jp_address", "東京都港区芝5丁目3番")}
    assert find_all(body("お客様のご住所: 東京都港区芝5-3-2"), company=own)["jp_address"].count == 1
    assert find_all(body("東京都港区芝1番の2F"))["jp_address"].values.keys() == {"東京都港区芝1番"}


def test_a_word_after_5ban_no_is_not_a_block_number() -> None:
    found = find_all(body("東京都港区芝5番の一部、東京都港区芝5番"))
    assert found["jp_address"].count == 1


def test_a_ward_of_tokyo_is_not_the_same_ward_of_osaka() -> None:
    own = company("東京都中央区日本橋1-2-3")
    assert find_all(body("送付先: 大阪府中央区日本橋1-2-3"), company=own)["jp_address"].count == 1
    assert "jp_address" not in find_all(body("送付先: 中央区日本橋1-2-3"), company=own)


@pytest.mark.parametrize(
    ("line", "values", "ranges"),
    [
        ("03-1234-5600から5699", [], [("+81312345600", "+81312345699")]),
        ("TEL 03-1234-5600(代)～5699", [], [("+81312345600", "+81312345699")]),
        ("03-1234-5678/5679", [("jp_phone", "+81312345678"), ("jp_phone", "+81312345679")], []),
        ("03-1234-5678・79", [("jp_phone", "+81312345678"), ("jp_phone", "+81312345679")], []),
        ("03-1234-5600～5699、5700～5799", [],
         [("+81312345600", "+81312345699"), ("+81312345700", "+81312345799")]),
    ],
)
def test_how_people_write_consecutive_numbers(
    line: str, values: list[tuple[str, str]], ranges: list[tuple[str, str]]
) -> None:
    assert parse_detail(line) == (values, ranges, "")


def test_a_mailbox_pattern_is_refused() -> None:
    assert "list each shared mailbox" in parse_detail("*@example.co.jp")[2]


def test_rules_check_details_shows_what_each_line_was_read_as(tmp_path: Path) -> None:
    folder = rules_copy(tmp_path, COMPANY + "03-1234-5600～5699、5700～5799\n")
    res = mailguard("rules", "check", "--details", env={"MAILGUARD_POLICY__RULES_DIR": str(folder)})
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert f"{folder}/company_details.txt:2: +81312345678 (jp_phone), +81312345679 (jp_phone)" in lines
    assert f"{folder}/company_details.txt:3: +81312345600..+81312345699 (phone range)" in lines
    # Both ranges of "5600～5699、5700～5799" are read.
    assert lines[-1] == (
        f"{folder}/company_details.txt:8: +81312345600..+81312345699 (phone range), "
        "+81312345700..+81312345799 (phone range)"
    )


def test_the_companys_address_in_romaji_is_its_own() -> None:
    """A line of company_details.txt in romaji is read as the English address it is, and
    an English quotation giving it is no finding; another address in romaji still is."""
    own = company("1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan\n")
    text = (
        "Dear Mr. Brown,\n\nPlease send the samples to our office: 1-1-1 Marunouchi, "
        "Chiyoda-ku, Tokyo 100-0005, Japan.\nThe customer's site is 4-1-1 Yukarigaoka, "
        "Sakura-shi, Chiba 285-0858.\n\nBest regards,\nTaro\n"
    )
    found = find_all([Segment(text, "body", "body")], company=own)
    assert sorted(found["jp_address"].values) == ["千葉県 sakura-shi yukarigaoka 4-1-1"]
    assert sorted(found["jp_postal_code"].values) == ["2850858"]
