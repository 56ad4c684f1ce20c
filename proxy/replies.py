"""The catalogue of SMTP replies the guard itself gives (codes from RFC 5321 §4.2.2,
enhanced status codes from RFC 3463 / the IANA registry).

Tests assert against these constants, so a wording change is made in one place.
"""

from __future__ import annotations

# Who may relay (RFC 4954 §6 for 530/538).
AUTH_REQUIRED = "530 5.7.0 Authentication required"
RELAY_DENIED = "554 5.7.1 Relay access denied"
ENCRYPTION_REQUIRED_FOR_AUTH = "538 5.7.11 Encryption required for requested authentication mechanism"
AUTH_UNAVAILABLE = "502 5.5.1 AUTH not available"
AUTH_OK = "235 2.7.0 Authentication successful"
AUTH_INVALID = "535 5.7.8 Authentication credentials invalid"
AUTH_TOO_MANY_FAILURES = "454 4.7.0 Too many authentication failures, try again later"

# Limits.
TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients"  # RFC 5321 §4.5.3.1.10
TOO_MANY_SESSIONS = "421 4.3.2 Too many connections, try again later"
SHUTTING_DOWN = "421 4.3.2 Service shutting down, try again later"  # RFC 5321 §3.8
BARE_CR_LF = "500 5.5.2 Bare CR or LF in a command line; use CRLF"  # RFC 5321 §2.3.8
MAIL_LOOP = "554 5.4.6 Too many Received headers: mail loop detected"

# Outcomes after DATA.
TEMP_INTERNAL = "451 4.3.0 Internal error, reference {ref}"
TEMP_PROCESSING_TIMEOUT = "451 4.3.0 Message could not be processed in time, try again later"
UPSTREAM_UNAVAILABLE = "451 4.4.1 Upstream mail server unavailable, try again later"
UPSTREAM_TIMEOUT = "451 4.4.2 Upstream mail server timed out, try again later"
UPSTREAM_NO_SMTPUTF8 = "553 5.6.7 Upstream does not support SMTPUTF8 addresses"  # RFC 6531 §3.2
QUEUED_HOLD = "250 2.0.0 Held as {id} by mailguard"
ACCEPTED_PARTIAL = "250 2.0.0 Accepted as {id}; refused recipients will get a delivery report"
DUPLICATE_HOLD = "250 2.0.0 Already held as {id} (mailguard)"
STORE_FAILED = "451 4.3.0 Could not store the message, try again later"
