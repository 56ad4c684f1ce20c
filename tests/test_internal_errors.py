"""An internal error answers 451 with a reference, never the exception's text; a slow
pipeline is cut by its own deadline so the client still gets a reply."""

from __future__ import annotations

import asyncio
import logging

import aiosmtplib
import pytest

from proxy import replies
from proxy.service import running
from proxy.smtp import Transaction
from tests.conftest import make_settings
from tests.peers import ScriptedHandler


class Exploding:
    async def process(self, tx: Transaction) -> str:
        raise RuntimeError("db password is hunter2")


class Slow:
    async def process(self, tx: Transaction) -> str:
        await asyncio.sleep(30)
        return "250 late"


async def test_internal_error_is_451_with_reference(
    upstream: tuple[ScriptedHandler, int], caplog: pytest.LogCaptureFixture
) -> None:
    async with running(make_settings(upstream[1])) as svc:
        assert svc.handler is not None
        svc.handler.processor = Exploding()
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1])
        with caplog.at_level(logging.ERROR):
            async with client:
                with pytest.raises(aiosmtplib.SMTPDataError) as err:
                    await client.sendmail("a@example.com", ["b@partner.example"], b"x\r\n")
                # The session survives the error.
                assert (await client.noop()).code == 250
    assert err.value.code == 451
    assert err.value.message.startswith("4.3.0 Internal error, reference ")
    assert "hunter2" not in err.value.message
    ref = err.value.message.rsplit(" ", 1)[1]
    assert any(getattr(r, "fields", {}).get("ref") == ref for r in caplog.records)


async def test_processing_deadline_still_replies(upstream: tuple[ScriptedHandler, int]) -> None:
    settings = make_settings(upstream[1], smtp={"processing_timeout": 0.5, "command_timeout": 1})
    async with running(settings) as svc:
        assert svc.handler is not None
        svc.handler.processor = Slow()
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1], timeout=10)
        async with client:
            with pytest.raises(aiosmtplib.SMTPDataError) as err:
                await client.sendmail("a@example.com", ["b@partner.example"], b"x\r\n")
    assert f"{err.value.code} {err.value.message}" == replies.TEMP_PROCESSING_TIMEOUT
