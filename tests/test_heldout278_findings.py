"""Held-out 278-297 (carrier and HTML mail, OCR text layers, calendar invitations): what
the blind round found, end to end from the message bytes (extract, then find_all). The
OCR layers are in test_inspect_spaced.py, the invitations in test_detectors_conference.py."""

from __future__ import annotations

from email.message import EmailMessage

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.inspect.tabular import pasted_tables


def html_mail(html: str, charset: str = "utf-8") -> bytes:
    msg = EmailMessage()
    msg["From"] = "sakaguchi@example.co.jp"
    msg["To"] = "captain@partner.example"
    msg["Subject"] = "参加者名簿"
    msg.set_content(html, subtype="html", charset=charset)
    return msg.as_bytes()


def found(data: bytes) -> dict[str, list[str]]:
    result = extract(data)
    senders = ["sakaguchi@example.co.jp"]
    return {
        t: sorted(f.values) for t, f in find_all(result.segments, sender_addresses=senders).items()
    }


ROSTER = """\
<p>参加者名簿をお送りします。</p>
<table border=1>
<tr><th>No.</th><th>代表者</th><th colspan="3">電話番号</th><th>携帯メール</th></tr>
<tr><td>1</td><td>小林 智也</td><td>090</td><td>3318</td><td>2047</td><td>tomo-k@docomo.ne.jp</td></tr>
<tr><td>2</td><td>長尾 亮</td><td>080</td><td>6674</td><td>1195</td><td>ryo@ezweb.ne.jp</td></tr>
</table>
<p>-- <br>エグザンプル釣具株式会社 イベント係<br>坂口 大輔<br>TEL 045-555-0282</p>
"""


def test_a_phone_typed_into_three_cells_under_one_spanning_header() -> None:
    """Held-out 282: 電話番号 (colspan=3) over 090 | 3318 | 2047 found no phone."""
    got = found(html_mail(ROSTER, "shift_jis"))
    assert got["jp_phone"] == ["+818066741195", "+819033182047"]
    assert got["email_address"] == ["ryo@ezweb.ne.jp", "tomo-k@docomo.ne.jp"]


def test_a_merged_header_cell_in_a_sheet_numbers_its_parts() -> None:
    """The same merge in a spreadsheet or CSV: the value in the first cell, the others
    empty. Only a phone's or a postal code's label is read so; an empty header after
    another label labels nothing, as before."""
    table = "氏名\t郵便番号\t\t備考\t\n山田\t100\t0005\t050\t1234\n"
    assert "郵便番号: 100-0005" in pasted_tables(table)
    assert pasted_tables("氏名\t備考\t\n山田\t090\t1234\n") == "氏名: 山田\t備考: 090\t1234"


SHIPPING = """\
<p>Order <b>#EX-20250415-7731</b> (PO 4500231907) left our Chiba DC on Apr 15, 2025.</p>
<table><tr><th>Carrier</th><th>Tracking number</th></tr>
<tr><td>UPS Worldwide Express</td><td>1Z 999 AA1 01 2345 6784</td></tr>
<tr><td>Japan Post EMS</td><td>EJ 482 019 375 JP</td></tr></table>
<p>This is an automated message; please do not reply.</p>
"""


def test_a_shipping_notice_has_no_phone() -> None:
    """Held-out 297: the tail of a UPS tracking number (01 2345 6784) read as a Hokkaido
    number. (Its footer's "Customer Care +81 3-5550-2970" below an <hr> still counts: a
    rule read as a separator, or the desk's name as a contact label, made a customer's
    details below a rule the sender's signature; tests/test_review11_findings.py.)"""
    assert found(html_mail(SHIPPING)) == {}


def test_a_customers_number_in_the_same_notice_still_counts() -> None:
    html = SHIPPING.replace(
        "</table>", "<tr><td>Deliver to</td><td>Ken Sato, 090-4432-7719</td></tr></table>"
    )
    assert found(html_mail(html)) == {"jp_phone": ["+819044327719"]}
    # A spaced number after a word, or after a code of letters only, is still a phone.
    for before in ("Tel", "TEL:", "Ken"):
        html = SHIPPING.replace("1Z 999 AA1 01 2345 6784", f"{before} 03 1234 5678")
        assert found(html_mail(html)) == {"jp_phone": ["+81312345678"]}, before
