"""The floor a naive relay reaches: aiosmtpd in, aiosmtplib out, one new upstream
connection per message, no inspection. For bench/relay.py only.

    python bench/bare_forwarder.py LISTEN_PORT UPSTREAM_PORT
"""

from __future__ import annotations

import asyncio
import sys

import aiosmtplib
from aiosmtpd.smtp import SMTP, Envelope, Session


class Forward:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=self.upstream_port)
        try:
            await client.connect()
            await client.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
            await client.quit()
        except aiosmtplib.SMTPException as exc:
            return f"451 4.4.1 upstream: {exc}"
        return "250 OK"


async def main(listen: int, upstream: int) -> None:
    loop = asyncio.get_running_loop()
    handler = Forward(upstream)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="bare", decode_data=False), "127.0.0.1", listen
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    # Same event loop as the guard gets, so the comparison is of the relays, not loops.
    try:
        import uvloop

        uvloop.run(main(int(sys.argv[1]), int(sys.argv[2])))
    except ImportError:
        asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
