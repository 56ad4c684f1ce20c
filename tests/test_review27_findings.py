"""Review 27: the fixes of review 26 (162651b) read against ordinary mail. The new rules
for addresses without a prefecture (a space before the number asks for a full block
number; a lot after any district behind an address's label; the designated cities'
wards read alone), Excel grid rows and the bracket of a boxed phone: real addresses
they now miss, ordinary text they now flag, the sender's own address flagged, a phone
still missed, and a quadratic search. Each test fails on the branch as reviewed; its
docstring says what is wrong and why a reader of the mail would judge so."""

from __future__ import annotations

import io
import time
from email.message import EmailMessage

import openpyxl
import pytest

from proxy.detectors import find_all
from proxy.inspect import extract
from proxy.model import Segment

SENDER = "sato@example.co.jp"
HELLO = "お世話になっております。\n\n"
BYE = "\n\nよろしくお願いいたします。\n"


def found(text: str, sender: str = SENDER) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body")], sender_addresses=[sender])
    return {t: sorted(f.values) for t, f in got.items()}


def _message(body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"佐藤 一郎 <{SENDER}>"
    msg["To"] = "info@customer.example"
    msg["Subject"] = "ご連絡"
    msg.set_content(body)
    return msg


def found_in(msg: EmailMessage) -> dict[str, list[str]]:
    result = extract(bytes(msg))
    got = find_all(result.segments, sender_addresses=[result.from_address])
    return {t: sorted(f.values) for t, f in got.items()}


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- leaks: real addresses the space rule now misses (address.city_match_span) -----------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A Tokyo ward's town whose blocks are 番-号 only, and its building after it.
        ("会場：港区六本木 6-10 六本木ヒルズ森タワー", "港区六本木6-10"),
        # A city's town, after a delivery label.
        ("送付先：八王子市旭町 9-12", "八王子市旭町9-12"),
        # A designated city, its ward and town.
        ("お届け先：横浜市港北区日吉本町 1-2", "横浜市港北区日吉本町1-2"),
        # Typed with the IME: full-width digits and dash, an ideographic space.
        ("住所：中央区日本橋　２－７", "中央区日本橋2-7"),
        # Kyoto's way to the town, then its lot with a branch number.
        ("住所：京都市中京区烏丸通御池下る虎屋町 566-1", "京都市中京区烏丸通御池下る虎屋町566-1"),
        # A rural lot with its branch (地番 1323番地5) after the 大字.
        ("住所：北佐久郡軽井沢町大字軽井沢 1323-5", "北佐久郡軽井沢町大字軽井沢1323-5"),
    ],
    ids=["tokyo_ward_building", "city", "designated_city", "full_width", "kyoto_lot", "rural_lot"],
)
def test_a_two_number_address_set_apart_by_a_space_is_an_address(
    written: str, expected: str
) -> None:
    """The fix for "松本市選抜 5-3 塩尻市選抜" wants the number after a space to be a
    "full block number": three numbers, or one with 丁目/番地/番/号 (_THREE_NUMBERS).
    But most Japanese towns have no 丁目, their addresses are 番-号 (千代田区永田町1-7,
    六本木6-10), and a rural or Kyoto lot is 番地 + its branch (1323-5, 566-1); a space
    between the town and the number is how many people type an address and how many
    systems print it. Every one of these, after a label or before a building, is an
    address to any reader; all were found at 217b315 and all now leak (with the
    prefecture before them, "東京都港区六本木 6-10", they still are found)."""
    assert found(HELLO + written + BYE) == {"jp_address": [expected]}


def test_a_customer_list_row_with_a_spaced_block_number_is_read() -> None:
    """The same rule in a pasted customer list (CSV): the second customer's address,
    "世田谷区成城 6-5", leaks while the first's "港区六本木 6-10-1" is found. Both are
    street addresses next to a name and a mobile number; both were found at 217b315."""
    body = (
        HELLO + "ご依頼の顧客リストです。\n\n"
        "No,氏名,住所,電話\n"
        "1,山田太郎,港区六本木 6-10-1,090-1234-5678\n"
        "2,鈴木花子,世田谷区成城 6-5,080-2345-6789" + BYE
    )
    assert found(body).get("jp_address") == ["世田谷区成城6-5", "港区六本木6-10-1"]


# --- ordinary mail read as addresses ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # A budget's account classes: 大区分 / 中区分 / 小区分.
        "予算科目は大区分 3、中区分3-2、小区分3-2-1 で計上してください。",
        # A parking lot's sections.
        "当日は駐車場の東区画12-3をご利用ください。",
        # A housing lot sale: the south block's plot 1-5.
        "分譲地は全10区画、南区画1-5号地が残りわずかです。",
    ],
    ids=["chu_kubun", "higashi_kukaku", "minami_kukaku"],
)
def test_a_word_starting_with_a_designated_wards_name_is_no_address(line: str) -> None:
    """municipalities.txt now puts the designated cities' 175 wards in _CITY_SET, read
    alone as Tokyo's are. Several are a direction and 区 (中区, 東区, 西区, 南区) and
    start the everyday words 区分 (class), 区画 (section, plot), 区域: "中区分3-2" is read
    as ward 中区, town 分, block 3-2 ("東区画12-3", "南区画1-5号" likewise). The
    place-name guard only looks at the character before the ward; after 、 or a particle
    nothing stops it. No reader sees an address in a budget class or a parking bay, and
    none was flagged at 217b315."""
    assert "jp_address" not in found(HELLO + line + BYE)


def test_a_count_after_a_city_on_a_delivery_line_is_no_address() -> None:
    """The new reading of a rural lot "after any district when an address label
    precedes" (_LOT_AT_END + _ADDRESS_LABEL) takes any two characters and 3-5 digits
    after a city: on an order's "配送先：" line, "松本市ほか2500部" (Matsumoto and other
    places, 2,500 copies) is read as the address 松本市ほか2500. 部 (copies), like 食,
    通, 冊, 袋, is on no counter list; before the change a one-number "lot" needed 町 /
    村 / 字 before it, which a count does not have. Nothing was flagged at 217b315."""
    body = HELLO + "チラシの印刷部数と配送先をお知らせします。\n配送先：松本市ほか2500部" + BYE
    assert "jp_address" not in found(body)


# --- the sender's own address -------------------------------------------------------------


def test_the_senders_office_named_by_its_ward_is_the_signatures_address() -> None:
    """The designated cities' wards are now read alone ("港北区新横浜2-3-4"), but
    address.key does not equal that to the same address with its city, which the
    sender's signature has ("横浜市港北区新横浜2-3-4"): key drops a prefecture its city
    implies (東京都港区… = 港区…), never the designated city before its ward. So a
    Yokohama company naming its own office in the body by ward, as people there do,
    has its own address held as personal data; at 217b315 the ward alone was not read,
    and a Tokyo company ("港区芝公園4-2-8" over a signature's 東京都港区芝公園4-2-8) is
    not held."""
    body = (
        "山田様\n\nお世話になっております。\n"
        "打ち合わせは弊社本社（港北区新横浜2-3-4 新横浜ビル5F）にて行います。\n\n"
        "よろしくお願いいたします。\n\n--\n株式会社サンプル 営業部\n佐藤 一郎\n"
        "〒222-0033 横浜市港北区新横浜2-3-4 新横浜ビル5F\nTEL 045-123-4567\n"
    )
    assert found_in(_message(body)) == {}


# --- Excel grid rows (formboxes._grid_row) ------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        # New contracts a day by payment method: 口座振替 is read as a bank account.
        (
            [
                ["新規申込（支払方法別）"],
                ["支払方法", "月", "火", "水", "木", "金", "土", "日"],
                ["口座振替", 3, 1, 0, 2, 4, 1, 2],
                ["クレジットカード", 2, 0, 1, 3, 1, 0, 0],
            ],
            "xlsx",
        ),
        # Enquiries a day by channel: the 電話 row is read as 03-1241-5231.
        (
            [
                ["お問い合わせ（チャネル別）"],
                ["チャネル", "1日", "2日", "3日", "4日", "5日", "6日", "7日", "8日", "9日", "10日"],
                ["電話", 0, 3, 1, 2, 4, 1, 5, 2, 3, 1],
                ["メール", 1, 0, 2, 3, 1, 0, 2, 1, 4, 2],
            ],
            "xlsx",
        ),
        # The first table pasted from Excel into the body.
        (
            [
                ["支払方法", "月", "火", "水", "木", "金", "土", "日"],
                ["口座振替", 3, 1, 0, 2, 4, 1, 2],
                ["クレジットカード", 2, 0, 1, 3, 1, 0, 0],
            ],
            "body",
        ),
    ],
    ids=["xlsx_bank_account", "xlsx_phone", "pasted_bank_account"],
)
def test_a_sheets_row_of_daily_counts_is_no_grid_form(rows: list[list[object]], where: str) -> None:
    """_grid_row reads any row whose first cell holds a form field's word (口座, 電話,
    カード, メール …) and whose other cells hold one digit each as a grid form's field.
    But the commonest spreadsheet in a business mail is a tally: a week's or ten days'
    counts by payment method or by channel, small numbers, one digit a cell. The row
    "口座振替 3 1 0 2 4 1 2" becomes "口座振替: 3102412", a bank account, and "電話 0 3 1 2
    4 1 5 2 3 1" becomes "電話: 0312415231", a Tokyo number. The header row above (月 火
    水…, 1日 2日…) says what the cells are; _COUNT looks only at the row's own word.
    Nothing was flagged at 217b315."""
    if where == "xlsx":
        msg = _message(HELLO + "今週の集計表を添付いたします。" + BYE)
        msg.add_attachment(
            _xlsx(rows),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename="集計.xlsx",
        )
    else:
        table = "\n".join("\t".join(str(c) for c in row) for row in rows)
        msg = _message(HELLO + "今週の新規申込の集計です。\n\n" + table + BYE)
    assert found_in(msg) == {}


# --- a boxed phone still missed (numbers._is_boxed) ---------------------------------------


def test_a_phone_in_boxes_with_the_exchange_in_brackets_is_read() -> None:
    """Japanese write a phone number "03（5241）0231", the exchange (市内局番) in brackets,
    and forms print the field so: "電話　　　（　　　　）　　　　". Filled in one digit to a
    box and copied out it reads "0 3 （ 5 2 4 1 ） 0 2 3 1". The fix admits a closing
    bracket between boxes (the area code's "（ 0 3 ）5 2 4 1") but not the opening one,
    so the more common layout still leaks, though "0 3 － 5 2 4 1 － 0 2 3 1" and
    "（ 0 3 ）5 2 4 1 － 0 2 3 1" after the same label are found."""
    text = HELLO + "電話番号　0 3 （ 5 2 4 1 ） 0 2 3 1" + BYE
    assert found(text) == {"jp_phone": ["+81352410231"]}


# --- speed ----------------------------------------------------------------------------------


def test_many_lots_on_one_long_line_are_read_fast() -> None:
    """The label check of a rural lot searches _ADDRESS_LABEL from the line's start to
    the city, for each city followed by a district and a 3-5 digit number: on one long
    line (an HTML mail or a CSV export without line breaks) that is quadratic. 200 KB of
    "茅野市玉川1234 " takes about 40 s (0.24 s at 217b315); a text no address label is
    in should not cost more than any other."""
    find_all([Segment("八王子市旭町9-12\n", "body")])  # tables loaded
    text = ("茅野市玉川1234 " * 20_000)[:200_000]
    t = time.perf_counter()
    find_all([Segment(text, "body")], sender_addresses=[SENDER])
    took = time.perf_counter() - t
    # (Bound raised from the reviewer's 0.5 s after the fix: 20,000 addresses, each read
    # whole and refused, take 0.5-0.65 s on this 2-core machine under a parallel suite;
    # the quadratic reading this guards against took 40 s.)
    assert took < 1.2, f"{took:.2f} s"
