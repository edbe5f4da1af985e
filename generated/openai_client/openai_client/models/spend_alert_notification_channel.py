"""SpendAlertNotificationChannel."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SpendAlertNotificationChannel"]


class SpendAlertNotificationChannel(OagenModel):
    """Email notification settings for a spend alert."""

    type: Literal["email"]
    """The notification channel type. Currently only `email` is supported."""

    recipients: list[str]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: str | None = None
    """Optional subject prefix for alert emails."""
