"""SpendAlertNotificationChannel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SpendAlertNotificationChannel", "SpendAlertNotificationChannelParam"]


class SpendAlertNotificationChannel(OagenModel):
    """Email notification settings for a spend alert."""

    type: Literal["email"]
    """The notification channel type. Currently only `email` is supported."""

    recipients: list[str]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: str | None = None
    """Optional subject prefix for alert emails."""


class SpendAlertNotificationChannelParam(TypedDict, total=False):
    """Request form of :class:`SpendAlertNotificationChannel`: a dict a type checker can check."""

    type: Required[Literal["email"]]
    """The notification channel type. Currently only `email` is supported."""

    recipients: Required[Sequence[str]]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: str | None
    """Optional subject prefix for alert emails."""
