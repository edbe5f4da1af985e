"""OrganizationSpendAlert."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .spend_alert_notification_channel import SpendAlertNotificationChannel

__all__ = ["OrganizationSpendAlert"]


class OrganizationSpendAlert(OagenModel):
    """Represents a spend alert configured at the organization level."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["organization.spend_alert"]
    """The object type, which is always `organization.spend_alert`."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel
