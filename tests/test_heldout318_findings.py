"""Held-out 318-337 (threads, text tables, Office files): the thread fixes. Text tables
are in test_inspect_texttables.py."""

from __future__ import annotations

from proxy.detectors import find_all
from proxy.model import Segment


def found(text: str, sender: str) -> dict[str, list[str]]:
    got = find_all([Segment(text, "body", "body")], sender_addresses=[sender])
    return {t: sorted(f.values) for t, f in got.items()}


# Held-out 321: the sender's own reply is quoted one level below its attribution line,
# and a bare ">" line stands between the two. The quote was read as ending there, so
# the sender's signature at ">>" was not found and both his numbers counted.
NESTED = (
    "Hi Priya,\r\n\r\nConfirmed. Please call my mobile.\r\n\r\nKenji\r\n+81 90 4826 1175\r\n\r\n"
    "Sent from my iPhone\r\n\r\n"
    "On Jul 8, 2025, at 22:14, Priya Raman <priya@lionbridge.example> wrote:\r\n\r\n"
    "> Hi Kenji,\r\n> His mobile is +65 9123 4876.\r\n>\r\n"
    "> On Tue, Jul 8, 2025 at 11:02 AM Kenji Hara <hara.k@example.co.jp> wrote:\r\n"
    ">\r\n>> Dear Priya,\r\n>>\r\n>> I'll arrive on July 10.\r\n>>\r\n>> -- \r\n>> Kenji Hara\r\n"
    ">> Overseas Sales, Example Co., Ltd.\r\n>> Tel +81 3 6453 2290 | Mobile +81 90 4826 1175\r\n"
    ">> hara.k@example.co.jp\r\n"
)


def test_the_senders_reply_quoted_below_a_bare_quote_line_is_theirs() -> None:
    assert found(NESTED, "hara.k@example.co.jp") == {"intl_phone": ["+6591234876"]}
    # Someone else's attribution: the same block is theirs, and counts.
    other = NESTED.replace("hara.k@example.co.jp> wrote", "someone@partner.example> wrote")
    assert found(other, "hara.k@example.co.jp")["jp_phone"] == ["+81364532290", "+819048261175"]


# Held-out 319: Gmail's dated attribution line ("2025年7月3日(木) 10:12 中川 彩 <…>:") right
# under the sender's '-- ' signature was read as its last line, so the designer's
# address became the sender's own and was not counted in her quoted signature.
GMAIL = (
    "中川様\n\n写真素材を共有フォルダに入れました。\n\n-- \n株式会社エグザンプル 広報室\n石田 真由美\n"
    "TEL 03-6453-1842 / 携帯 080-6624-1093\n\n"
    "2025年7月3日(木) 10:12 中川 彩 <aya.design@freemail.example>:\n> 石田様\n>\n> 了解です。\n>\n"
    "> ━━\n> デザイン事務所アヤ\n> 中川 彩\n> 携帯 090-3348-7125\n> aya.design@freemail.example\n> ━━\n"
)


def test_a_gmail_dated_attribution_line_is_not_the_signatures_last_line() -> None:
    assert found(GMAIL, "ishida.m@example.co.jp") == {
        "email_address": ["aya.design@freemail.example"],
        "jp_phone": ["+819033487125"],
    }
