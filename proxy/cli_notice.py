"""The sender's notice after an admin acts on a held message from the command line.

`mailguard queue cancel | release | remove-recipient` change the store directly, while
the running guard may be idle: nobody would tell the sender that their message was
cancelled or sent early. The command sends the notice the web page sends after the
same action itself, through the configured upstream, with the guard's own link key
and rule texts.
"""

from __future__ import annotations

import socket

from proxy import config
from proxy.config import split_host_port, web_base_url
from proxy.metrics import Metrics
from proxy.notify import Notifier
from proxy.notify.outbox import Outbox
from proxy.recipients import DomainSet, split_address
from proxy.relay import Upstream, tls_context
from proxy.rules import RuleHolder, RulesError
from proxy.store import data_dir
from proxy.store.base import Store
from proxy.tokens import SECRET_FILE, Tokens, load_secret


async def tell_sender(
    settings: config.Settings, store: Store, queue_id: str, kind: str, actor: str
) -> str:
    """Send the `kind` notice ("cancelled", "sent-early") for one message; a line for
    the admin saying what happened."""
    if not settings.notify.enabled:
        return "The sender was not told: notices are off ([notify] enabled)."
    try:
        sent = await _send(settings, store, queue_id, kind, actor)
    except Exception as exc:  # the action is done; a notice that cannot go must not undo it
        return f"The sender was not told: {exc}"
    if sent is None:
        return "The sender was not told: the message is gone."
    if sent == "sent":
        return "The sender was told."
    if sent == "kept":
        return ("The sender was not told yet: the upstream did not take the notice; it is "
                "kept in the outbox and the running guard will try again.")
    return "The sender was not told: the notice could not be delivered (see the log)."


async def _send(
    settings: config.Settings, store: Store, queue_id: str, kind: str, actor: str
) -> str | None:
    msg = await store.get(queue_id)
    if msg is None:
        return None
    try:
        rules = RuleHolder(settings.resolve(settings.policy.rules_dir),
                           internal_domains=settings.policy.internal_domains).current
        rule_text, is_external = rules.rule_text, rules.is_external
    except (RulesError, OSError):
        # The notice still goes, without the rules' own texts for the reasons.
        internal = DomainSet(settings.policy.internal_domains)

        def rule_text(name: str, language: str) -> str | None:
            return None

        def is_external(address: str) -> bool:
            return split_address(address)[1].lower() not in internal

    hostname = settings.smtp.hostname or socket.gethostname()
    configured = settings.web.secret.get_secret_value()
    folder = data_dir(settings.store.url, settings.resolve("."))
    if not configured and not (folder / SECRET_FILE).exists():
        # Never make a key here: the guard's links would not verify with it (the guard
        # may take its key from the environment of its service, not this shell's).
        raise LookupError(
            f"no link key: [web] secret is not set here and {folder / SECRET_FILE} does not "
            "exist (set MAILGUARD_WEB__SECRET as the guard has it)"
        )
    tokens = Tokens(load_secret(configured, folder))
    upstream = Upstream(settings.upstream, local_hostname=hostname,
                        tls=tls_context(settings.upstream, settings.resolve))
    upstream.start()

    # [web] public_url, or the address the web pages are configured to listen on.
    url = settings.web.public_url or web_base_url(*split_host_port(settings.web.listen), hostname)
    metrics = Metrics()
    # What the upstream refuses for now goes to the store's outbox: the guard retries it.
    outbox = Outbox(store, upstream, metrics, retry_for=settings.notify.retry_for,
                    base=settings.queue.retry_base, cap=settings.queue.retry_max)
    notifier = Notifier(
        settings, upstream=upstream, store=store, tokens=tokens, public_url=lambda: url,
        hostname=hostname, metrics=metrics, is_external=is_external, rule_text=rule_text,
        outbox=outbox,
    )
    notifier.retry_delays = (0.0,)  # one try: the admin is waiting at the prompt
    try:
        msg.data = None  # the notice reads what it needs itself
        sent = await notifier.event(kind, msg, actor)
    finally:
        await upstream.close()
    return "sent" if sent else "kept" if notifier.kept else "failed"

