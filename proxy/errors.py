"""Exceptions for talking to the upstream mail server.

As in aiosmtplib, connection problems also subclass the builtin ConnectionError /
TimeoutError, so callers can catch either the project's or Python's family.
"""

from __future__ import annotations


class UpstreamError(Exception):
    """The upstream could not be asked at all (no SMTP reply to act on)."""

    # True when the connection was lost after the whole message had been sent but before
    # the upstream's reply: it may have been delivered. A retry may duplicate it, which
    # is the one window an SMTP relay cannot close (RFC 1047); callers log it.
    maybe_delivered: bool = False


class UpstreamUnavailable(UpstreamError, ConnectionError):
    """Connection refused, reset, TLS or AUTH set-up failed, or the server went away."""


class UpstreamTimeout(UpstreamError, TimeoutError):
    """The upstream did not answer within the connect timeout or delivery deadline."""
