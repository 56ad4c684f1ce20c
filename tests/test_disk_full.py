"""Disk full under the store: held messages get 451 (the client keeps them and retries),
nothing is acknowledged that was not stored, pass-through mail keeps flowing, and the
guard recovers by itself once there is room again."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import aiosmtplib
import pytest

from proxy import replies
from proxy.service import running
from tests.holding import hold_settings, message, send
from tests.peers import ScriptedHandler, by_recipient


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a real file system that really fills up (needs root, as CI is)."""
    assert os.geteuid() == 0, "this test mounts a tmpfs: run the suite as root (CI does)"
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(mount)],
                   check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    filler = disk / "filler"
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


async def test_disk_full_gives_451_and_recovers(
    upstream: tuple[ScriptedHandler, int], small_disk: Path, tmp_path: Path
) -> None:
    handler, port = upstream
    settings = hold_settings(port, tmp_path, store={"url": f"sqlite:///{small_disk}/mg.db"},
                             policy={"rules_dir": str(tmp_path / "rules")})
    big = message("LONG big", body=("x" * 76 + "\r\n") * 4000)  # 300 KB in legal lines
    async with running(settings) as svc:
        ok = await send(svc.smtp_address[1], ["a@partner.example"], message("LONG first"))
        assert ok.startswith("2.0.0 Held as")
        filler = fill(small_disk, leave=64 * 1024)

        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=svc.smtp_address[1], timeout=20)
        async with client:
            with pytest.raises(aiosmtplib.SMTPDataError) as err:
                await client.sendmail("sato@example.com", ["b@partner.example"], big)
            # Same session, internal mail: not stored, so it still flows.
            _e, reply = await client.sendmail("sato@example.com", ["kato@example.com"],
                                              message("internal"))
        assert f"{err.value.code} {err.value.message}" == replies.STORE_FAILED
        assert reply.startswith("2.0.0 Ok: captured")
        assert len(by_recipient(handler.messages, "kato@example.com")) == 1

        filler.unlink()
        again = await send(svc.smtp_address[1], ["b@partner.example"], big)
        assert again.startswith("2.0.0 Held as")
        # Every acknowledged hold is really in the store; the refused one is not.
        ids = {m.group(1) for m in (re.match(r"2\.0\.0 Held as (\w+)", r) for r in (ok, again))
               if m}
        stored = {m.id for m in await svc.store.list()}  # type: ignore[union-attr]
        assert stored == ids
