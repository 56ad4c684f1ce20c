"""Structured logging: one JSON object a line, for admins' log pipelines.

Callers attach their fields with `extra={"fields": {...}}`; message content never goes
into a log line, only envelope facts, decisions and masked findings.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update(fields)
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class _DropAiosmtpdNoise(logging.Filter):
    # aiosmtpd logs a deprecation warning whenever AUTH succeeds (Session.login_data);
    # it says nothing an admin can act on.
    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


def setup(level: str = "info", stream: Any = None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # aiosmtpd logs every command line at INFO, addresses included; ours are enough.
    mail_log = logging.getLogger("mail.log")
    mail_log.setLevel(logging.WARNING)
    mail_log.addFilter(_DropAiosmtpdNoise())
