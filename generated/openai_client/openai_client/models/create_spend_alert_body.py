"""CreateSpendAlertBody."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .spend_alert_notification_channel import SpendAlertNotificationChannel

__all__ = ["CreateSpendAlertBody"]


class CreateSpendAlertBody(OagenModel):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel
