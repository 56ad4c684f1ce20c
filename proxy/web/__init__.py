"""The web side: sender's and approver's pages, /admin, /healthz, /metrics."""

from proxy.web.deps import WebDeps
from proxy.web.server import WebServer

__all__ = ["WebDeps", "WebServer"]
