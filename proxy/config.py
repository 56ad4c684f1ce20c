"""Configuration: a TOML file validated by pydantic, every key overridable from the
environment as MAILGUARD_<SECTION>__<KEY> (pydantic-settings).

Every default here is documented in config.example.toml; keep the two in step.
"""

from __future__ import annotations

import ipaddress
import json
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

ENV_PREFIX = "MAILGUARD_"


class ConfigError(Exception):
    """A configuration problem, already phrased for an admin: one line per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _host_port(value: str) -> str:
    split_host_port(value)
    return value


def split_host_port(value: str) -> tuple[str, int]:
    """'127.0.0.1:10025' / '[::1]:10025' / ':10025' → (host, port)."""
    text = value.strip()
    if text.startswith("["):
        host, sep, port = text[1:].partition("]:")
    else:
        host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"must be HOST:PORT (e.g. 127.0.0.1:10025), got {value!r}")
    # An explicit ":PORT" means all addresses.
    return host or "0.0.0.0", int(port)  # noqa: S104  # nosec B104


def web_base_url(host: str, port: int, hostname: str) -> str:
    """The web pages' address as links show it: a wildcard host is shown as this
    machine's name, an IPv6 address in brackets."""
    shown = hostname if host in ("", "0.0.0.0", "::") else host  # noqa: S104  # nosec B104
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def _port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("must be an integer between 1 and 65535")
    try:
        port = int(value)
    except ValueError:
        raise ValueError("must be an integer between 1 and 65535") from None
    if not 1 <= port <= 65535:
        raise ValueError("must be an integer between 1 and 65535")
    return port


def _str_list(value: Any) -> Any:
    """Lists from the environment may be JSON (`["a","b"]`) or comma-separated (`a,b`)."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


def _networks(value: list[str]) -> list[str]:
    for net in value:
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError:
            raise ValueError(f"{net!r} is not a network (use CIDR, e.g. 10.0.0.0/8)") from None
    return value


HostPort = Annotated[str, AfterValidator(_host_port)]
Port = Annotated[int, BeforeValidator(_port)]
StrList = Annotated[list[str], NoDecode, BeforeValidator(_str_list)]
Networks = Annotated[list[str], NoDecode, BeforeValidator(_str_list), AfterValidator(_networks)]
Seconds = Annotated[float, Field(gt=0)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SmtpConfig(Section):
    listen: HostPort = "127.0.0.1:10025"
    # Implicit TLS listener (port 465 style, RFC 8314); empty = off.
    tls_listen: str = ""
    hostname: str = ""  # name in the greeting; empty = this machine's host name
    max_message_size: int = Field(default=50 * 1024 * 1024, ge=1024)
    max_recipients: int = Field(default=500, ge=1)
    max_sessions: int = Field(default=200, ge=1)
    # RFC 5321 §4.5.3.2 suggests 5 minutes for commands; DATA blocks share it.
    command_timeout: Seconds = 300.0
    # Everything after the end of DATA (inspection, rules, relay or store) runs under this
    # deadline, kept below command_timeout so the client always gets a reply.
    processing_timeout: Seconds = 120.0
    tls_cert: str = ""
    tls_key: str = ""
    require_tls: bool = False
    allowed_networks: Networks = Field(default_factory=lambda: ["127.0.0.0/8", "::1/128"])
    users_file: str = ""
    # AUTH over cleartext is refused (538) except from these networks (this machine by
    # default), unless allow_cleartext_auth is set.
    cleartext_auth_networks: Networks = Field(default_factory=lambda: ["127.0.0.1/32", "::1/128"])
    allow_cleartext_auth: bool = False
    trace_header: bool = True
    # A message with more Received: headers than this is a mail loop (RFC 5321 §6.3).
    max_received_headers: int = Field(default=100, ge=1)


class UpstreamConfig(Section):
    host: str = "127.0.0.1"
    port: Port = 25
    tls: Literal["none", "starttls", "tls"] = "none"
    verify: bool = True
    ca_file: str = ""
    username: str = ""
    password: SecretStr = SecretStr("")
    # A client certificate (PEM chain and key) shown to the upstream in the TLS
    # handshake: how a Microsoft 365 inbound connector recognises the guard by name.
    client_cert: str = ""
    client_key: str = ""
    helo_name: str = ""
    connect_timeout: Seconds = 10.0
    timeout: Seconds = 60.0  # total deadline for one delivery
    pool_size: int = Field(default=8, ge=1, le=256)
    pool_idle: Seconds = 30.0  # close pooled connections idle this long

    @model_validator(mode="after")
    def _client_certificate(self) -> UpstreamConfig:
        if bool(self.client_cert) != bool(self.client_key):
            raise ValueError("client_cert and client_key must be set together")
        if self.client_cert and self.tls == "none":
            raise ValueError("client_cert is set but tls is none: a certificate needs TLS")
        return self


def _public_url(value: str) -> str:
    text = value.strip().rstrip("/")
    if text and not (text.startswith(("http://", "https://")) and len(text.split("/")[2]) > 0):
        raise ValueError(f"must start with http:// or https:// and name a host, got {value!r}")
    return text


def _secret(value: SecretStr) -> SecretStr:
    text = value.get_secret_value()
    if text and len(text) < 32:
        raise ValueError("must be at least 32 characters (or empty: generated once)")
    return value


def _timezone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use e.g. Asia/Tokyo)") from None
    return value


def _sender_languages(value: list[str]) -> list[str]:
    for item in value:
        pattern, sep, lang = item.rpartition("=")
        if not sep or lang.strip() not in ("ja", "en") or "@" not in pattern:
            raise ValueError(
                f"{item!r}: write ADDRESS=ja|en or *@DOMAIN=ja|en (e.g. *@example.com=en)"
            )
    return value


class WebConfig(Section):
    listen: HostPort = "127.0.0.1:8025"
    # Base of the links in alert mails. Empty: http://<listen address> as bound.
    public_url: Annotated[str, AfterValidator(_public_url)] = "http://127.0.0.1:8025"
    secret: Annotated[SecretStr, AfterValidator(_secret)] = SecretStr("")
    admin_password_hash: SecretStr = SecretStr("")
    # Links stay valid this many seconds after the message's own deadline (release or
    # expiry), so the sender can still see what happened.
    link_lifetime: Seconds = 7 * 86400.0


class NotifyConfig(Section):
    enabled: bool = True
    # Who gets the sender's alert: the envelope sender, or the From: address.
    send_to: Literal["envelope", "from"] = "envelope"
    # From: of notices; empty = mailguard@<[smtp] hostname>.
    from_address: str = ""
    # Envelope sender (MAIL FROM) of notices; empty = the null sender <> (RFC 3834:
    # nothing ever bounces back to us, so no mail loop).
    envelope_from: str = ""
    # Per-sender language of alerts and pages: "ADDRESS=en", "*@DOMAIN=ja".
    sender_languages: Annotated[
        list[str], NoDecode, BeforeValidator(_str_list), AfterValidator(_sender_languages)
    ] = Field(default_factory=list)
    # Seconds before a confirm/approve message expires to send a reminder; 0 = none.
    reminder_before: float = Field(default=3600.0, ge=0)
    # Seconds to keep retrying a notice the upstream refused for now (the outbox, with
    # [queue] retry_base / retry_max as backoff); 0 = no outbox: logged as lost.
    retry_for: float = Field(default=86400.0, ge=0)


class StoreConfig(Section):
    url: str = "sqlite:///data/mailguard.db"
    retention_days: float = Field(default=7, gt=0)
    audit_retention_days: float = Field(default=365, gt=0)
    # Seconds between retention runs (the first runs at start-up).
    purge_interval: Seconds = 3600.0


class PolicyConfig(Section):
    internal_domains: StrList = Field(default_factory=list)
    rules_dir: str = "rules"
    language: Literal["ja", "en"] = "ja"
    timezone: Annotated[str, AfterValidator(_timezone)] = "Asia/Tokyo"
    confirm_expiry: Seconds = 86400.0


class QueueConfig(Section):
    # Retries after a temporary failure: retry_base, 2×, 4× … capped at retry_max seconds.
    retry_base: Seconds = 60.0
    retry_max: Seconds = 3600.0
    # Seconds of retrying (from release, not counting the hold) before a bounce.
    max_age: Seconds = 5 * 86400.0
    # A retried submission (same sender, recipients, bytes) within this many seconds of
    # the first is recognised and not held twice.
    dedup_window: Seconds = 600.0


class InspectConfig(Section):
    max_text_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    max_depth: int = Field(default=8, ge=1)
    max_archive_members: int = Field(default=1000, ge=1)
    max_expansion_ratio: float = Field(default=100.0, gt=1)
    max_seconds: Seconds = 20.0
    regex_timeout: Seconds = 0.5
    workers: int = Field(default=2, ge=0, le=64)  # judging processes; 0 = threads


class LogConfig(Section):
    level: Literal["debug", "info", "warning", "error"] = "info"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid", case_sensitive=False
    )

    smtp: SmtpConfig = Field(default_factory=SmtpConfig)
    upstream: UpstreamConfig = Field(default_factory=UpstreamConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    store: StoreConfig = Field(default_factory=StoreConfig)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    queue: QueueConfig = Field(default_factory=QueueConfig)
    notify: NotifyConfig = Field(default_factory=NotifyConfig)
    inspect: InspectConfig = Field(default_factory=InspectConfig)
    log: LogConfig = Field(default_factory=LogConfig)

    # Set by load(); not a key.
    source: str = Field(default="", exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The file arrives as init kwargs; the environment overrides it.
        return (env_settings, init_settings)

    def resolve(self, path: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(path)
        if p.is_absolute() or not self.source:
            return p
        return Path(self.source).parent / p


def _describe(err: dict[str, Any]) -> str:
    msg = str(err["msg"])
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif err["type"] == "literal_error":
        msg = "must be one of " + msg.split("Input should be ", 1)[-1]
    return msg[:1].lower() + msg[1:]


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if len(parts) >= 2:
        rest = ".".join(parts[1:])
        return f"[{parts[0]}] {rest}"
    if len(parts) == 1 and parts[0] in Settings.model_fields:
        return f"[{parts[0]}]"  # a rule across keys of one section
    return parts[0] if parts else "(top level)"


def load(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate the config file (None: defaults plus environment only).

    Raises ConfigError with one line per problem, each naming the file and key.
    """
    name = str(path) if path is not None else "(defaults)"
    data: dict[str, Any] = {}
    if path is not None:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ConfigError([f"{name}: cannot read: {exc.strerror or exc}"]) from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ConfigError([f"{name}: not UTF-8 text"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{name}: not valid TOML: {exc}"]) from None
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = _where(err["loc"])
            env = ENV_PREFIX + "__".join(str(p).upper() for p in err["loc"])
            origin = f"{name} (or {env})" if env in os.environ else name
            lines.append(f"{origin}: {where}: {_describe(dict(err))}")
        raise ConfigError(lines) from None
    settings.source = str(path) if path is not None else ""
    return settings
