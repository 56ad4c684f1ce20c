"""End to end through the guard to a real aiosmtpd upstream: the bytes arrive unchanged."""

from __future__ import annotations

import asyncio
import shutil
import smtplib
import subprocess

import aiosmtplib
import pytest
from aiosmtplib.email import quote_address
from hypothesis import given
from hypothesis import strategies as st

from proxy import relay
from proxy.service import Service
from tests.peers import ScriptedHandler

UTF8_MSG = (
    "From: 佐藤 <sato@example.com>\r\n"
    "To: tanaka@partner.example\r\n"
    "Subject: =?UTF-8?B?5LqI5a6a44Gu56K66KqN?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "田中様\r\n\r\n来週の打ち合わせの件です。\r\n.先頭のドット\r\n"
).encode()

ISO2022_MSG = (
    b"From: sato@example.com\r\n"
    b"To: tanaka@partner.example\r\n"
    b"Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=ISO-2022-JP\r\n"
    b"Content-Transfer-Encoding: 7bit\r\n"
    b"\r\n" + "お世話になっております。".encode("iso2022_jp") + b"\r\n"
)


# Lines the relay must dot-stuff again on the way out (RFC 5321 §4.5.2): its own
# stuffing (proxy.transparency.stuff) replaced aiosmtplib's.
DOTS_MSG = (
    b"From: sato@example.com\r\nTo: tanaka@partner.example\r\nSubject: dots\r\n\r\n"
    b".\r\n..\r\n.leading\r\n...three\r\nmiddle . dot\r\n\r\n.\r\nend.\r\n.\r\n"
)


def strip_trace(data: bytes) -> bytes:
    """Our one addition is a Received: header on top (RFC 5321 §4.4); remove it."""
    assert data.startswith(b"Received: from ")
    end = data.index(b"\r\n", data.index(b"\tby guard.test (mailguard)"))
    end = data.index(b"\r\n", end + 2)  # the date line
    return data[end + 2 :]


def smtplib_send(port: int, sender: str, rcpts: list[str], msg: bytes, **kw: object) -> dict:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        return client.sendmail(sender, rcpts, msg, **kw)


@pytest.mark.parametrize(
    "message", [UTF8_MSG, ISO2022_MSG, DOTS_MSG], ids=["utf8-8bit", "iso-2022-jp", "dot-lines"]
)
async def test_smtplib_bytes_arrive_exactly(
    guard: Service, upstream: tuple[ScriptedHandler, int], message: bytes
) -> None:
    handler, _ = upstream
    refused = await asyncio.to_thread(
        smtplib_send, guard.smtp_address[1], "sato@example.com", ["tanaka@partner.example"],
        message, mail_options=["BODY=8BITMIME"],
    )
    assert refused == {}
    assert len(handler.messages) == 1
    got = handler.messages[0]
    assert got.mail_from == "sato@example.com"
    assert got.rcpt_tos == ["tanaka@partner.example"]
    assert strip_trace(got.data) == message


async def test_smtputf8_address_reaches_upstream(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, _ = upstream
    msg = "From: 山田@例え.jp\r\nTo: 鈴木@例え.jp\r\nSubject: テスト\r\n\r\n本文\r\n".encode()
    await asyncio.to_thread(
        smtplib_send, guard.smtp_address[1], "山田@例え.jp", ["鈴木@例え.jp"], msg,
        mail_options=["SMTPUTF8"],
    )
    got = handler.messages[0]
    assert (got.mail_from, got.rcpt_tos) == ("山田@例え.jp", ["鈴木@例え.jp"])
    assert strip_trace(got.data) == msg
    assert b"with UTF8SMTP id" in got.data


async def test_null_sender_relayed_as_null_reverse_path(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, _ = upstream
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=guard.smtp_address[1])
    async with client:
        await client.sendmail("", ["tanaka@partner.example"], b"Subject: bounce\r\n\r\nx\r\n")
    assert handler.messages[0].mail_from == ""


async def test_trace_header_can_be_turned_off(upstream: tuple[ScriptedHandler, int]) -> None:
    from proxy.service import running
    from tests.conftest import make_settings

    handler, port = upstream
    async with running(make_settings(port, smtp={"trace_header": False})) as svc:
        await asyncio.to_thread(
            smtplib_send, svc.smtp_address[1], "sato@example.com", ["t@partner.example"], UTF8_MSG
        )
    assert handler.messages[0].data == UTF8_MSG


async def test_swaks_client(guard: Service, upstream: tuple[ScriptedHandler, int]) -> None:
    swaks = shutil.which("swaks")
    assert swaks, "swaks is needed (Debian package swaks; .ci/run installs it)"
    handler, _ = upstream
    proc = await asyncio.create_subprocess_exec(
        swaks, "--server", f"127.0.0.1:{guard.smtp_address[1]}",
        "--from", "sato@example.com", "--to", "tanaka@partner.example,suzuki@partner.example",
        "--header", "Subject: swaks test", "--body", "hello from swaks",
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, out.decode()
    assert b"<-  250 2.0.0 Ok: captured as 1" in out  # the upstream's own reply, back to swaks
    got = handler.messages[0]
    assert got.rcpt_tos == ["tanaka@partner.example", "suzuki@partner.example"]
    assert b"hello from swaks" in got.data
    assert b"Subject: swaks test" in got.data


async def test_client_gets_upstream_reply(guard: Service) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=guard.smtp_address[1])
    async with client:
        _errors, reply = await client.sendmail("a@example.com", ["b@partner.example"], b"x\r\n")
    assert reply.startswith("2.0.0 Ok: captured as")


async def test_one_json_log_line_per_transaction_without_content(
    guard: Service, upstream: tuple[ScriptedHandler, int], caplog: pytest.LogCaptureFixture
) -> None:
    import json
    import logging

    from proxy.jsonlog import JsonFormatter

    with caplog.at_level(logging.INFO, logger="mailguard.smtp"):
        await asyncio.to_thread(
            smtplib_send, guard.smtp_address[1], "sato@example.com", ["tanaka@partner.example"],
            UTF8_MSG,
        )
    records = [r for r in caplog.records if r.getMessage() == "smtp transaction"]
    assert len(records) == 1
    line = JsonFormatter().format(records[0])
    assert "\n" not in line
    entry = json.loads(line)
    assert {"queue_id", "client", "sender", "recipients", "size", "decision", "upstream",
            "ms", "reply"} <= set(entry)
    assert entry["client"] == "127.0.0.1" and entry["sender"] == "sato@example.com"
    assert entry["recipients"] == 1 and entry["size"] == len(UTF8_MSG)
    assert entry["decision"] == "pass" and entry["upstream"].startswith("250")
    assert "打ち合わせ" not in line and "田中様" not in line  # never the content


async def test_bare_line_feeds_reach_upstream_as_crlf(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    """A body with bare LFs (a sloppy client) is relayed with CRLF line ends, by the
    client library's own rewriting, and its "LF.LF" stays text (see test_smuggling)."""
    from tests.peers import RawClient

    handler, _ = upstream
    raw = await RawClient.connect("127.0.0.1", guard.smtp_address[1])
    await raw.reply()
    await raw.cmd("EHLO client.test")
    assert (await raw.cmd("MAIL FROM:<sato@example.com>"))[0] == 250
    assert (await raw.cmd("RCPT TO:<tanaka@example.com>"))[0] == 250
    assert (await raw.cmd("DATA"))[0] == 354
    await raw.send(b"Subject: lf\r\n\r\nline one\nline two\n.\n.dot\r\n.\r\n")
    assert (await raw.reply())[0] == 250
    await raw.cmd("QUIT")
    await raw.close()
    assert len(handler.messages) == 1
    assert strip_trace(handler.messages[0].data) == (
        b"Subject: lf\r\n\r\nline one\r\nline two\r\n.\r\n.dot\r\n"
    )


@given(st.from_regex(relay._PLAIN_ADDRESS, fullmatch=True))
def test_plain_addresses_need_no_parsing(address: str) -> None:
    """The relay sends RCPT TO:<address> itself for a plain address: exactly what
    aiosmtplib's quote_address would have made of it."""
    assert quote_address(address) == f"<{address}>"


async def read_replies(reader: asyncio.StreamReader) -> list[str]:
    lines = []
    while line := await asyncio.wait_for(reader.readline(), 10):
        lines.append(line.decode().rstrip("\r\n"))
    return lines


async def test_a_client_that_half_closes_after_pipelining_gets_its_replies(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    """The message and QUIT pipelined, then the client shuts its sending side (it still
    reads): the message is relayed and answered, then 221."""
    handler, _port = upstream
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.smtp_address[1])
    await reader.readline()
    writer.write(b"EHLO c\r\nMAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n")
    await writer.drain()
    assert (await read_replies_until(reader, "354")).endswith("354 End data with <CR><LF>.<CR><LF>")
    writer.write(b"Subject: pipelined\r\n\r\nbody\r\n.\r\nQUIT\r\n")
    writer.write_eof()
    lines = await read_replies(reader)
    writer.close()
    assert [ln[:3] for ln in lines] == ["250", "221"], lines
    assert len(handler.messages) == 1 and b"Subject: pipelined" in handler.messages[0].data


async def test_a_client_that_half_closes_mid_data_has_nothing_accepted(
    guard: Service, upstream: tuple[ScriptedHandler, int]
) -> None:
    handler, _port = upstream
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.smtp_address[1])
    await reader.readline()
    writer.write(b"EHLO c\r\nMAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n")
    await writer.drain()
    await read_replies_until(reader, "354")
    writer.write(b"Subject: cut\r\n\r\nhalf a mess")
    writer.write_eof()
    assert await read_replies(reader) == []  # closed, no 250 for half a message
    writer.close()
    await asyncio.sleep(0.2)
    assert handler.messages == []


async def read_replies_until(reader: asyncio.StreamReader, code: str) -> str:
    while True:
        line = (await asyncio.wait_for(reader.readline(), 10)).decode().rstrip("\r\n")
        if line.startswith(code + " "):
            return line
