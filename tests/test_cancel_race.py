"""Cancel racing release: many messages fall due while their senders cancel them. Each
ends either cancelled (and never reaches the upstream) or delivered (exactly once), and
its state says which."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

from proxy.service import running
from tests.holding import hold_settings, message, send, wait_for
from tests.peers import ScriptedHandler, by_recipient

N = 60


async def test_cancel_racing_release(upstream: tuple[ScriptedHandler, int], tmp_path: Path) -> None:
    handler, port = upstream
    async with running(hold_settings(port, tmp_path)) as svc:
        assert svc.actions is not None and svc.store is not None
        ids: dict[int, str] = {}

        async def one(i: int) -> None:
            reply = await send(svc.smtp_address[1], [f"r{i}@partner.example"], message(f"race {i}"))
            m = re.match(r"2\.0\.0 Held as (\w+)", reply)
            assert m, reply
            ids[i] = m.group(1)

        await asyncio.gather(*(one(i) for i in range(N)))
        # The hold is 1 s: start cancelling just as they fall due, all at once.
        stored = [await svc.store.get(q) for q in ids.values()]
        first = min(m.release_at for m in stored if m is not None)
        await asyncio.sleep(max(0.0, first - time.time()))
        outcomes = await asyncio.gather(
            *(svc.actions.cancel(qid, "sender") for qid in ids.values())
        )

        async def settled() -> bool:
            states = [(await svc.store.get(q)).state.value for q in ids.values()]  # type: ignore[union-attr]
            return all(s in ("cancelled", "delivered") for s in states)

        await wait_for(settled, timeout=20)
        await asyncio.sleep(0.5)
        final = {i: (await svc.store.get(q)).state.value for i, q in ids.items()}  # type: ignore[union-attr]

    cancelled = [i for i, s in final.items() if s == "cancelled"]
    delivered = [i for i, s in final.items() if s == "delivered"]
    assert len(cancelled) + len(delivered) == N
    for i in cancelled:
        assert by_recipient(handler.messages, f"r{i}@partner.example") == []
    for i in delivered:
        assert len(by_recipient(handler.messages, f"r{i}@partner.example")) == 1
    # A cancel reported as successful really stopped the message.
    for (i, _qid), outcome in zip(ids.items(), outcomes, strict=True):
        if outcome.ok:
            assert final[i] == "cancelled"
    print(f"\ncancel race: {len(cancelled)} cancelled, {len(delivered)} delivered")
