"""Notices to senders and approvers: the alert for a held message, approval requests,
reminders and final notices. See notifier.py for who is told what and when."""

from proxy.notify.notifier import Notifier

__all__ = ["Notifier"]
