"""CreateSpendAlertBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .spend_alert_notification_channel import (
    SpendAlertNotificationChannel,
    SpendAlertNotificationChannelParam,
)

__all__ = ["CreateSpendAlertBody", "CreateSpendAlertBodyParam"]


class CreateSpendAlertBody(OagenModel):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel


class CreateSpendAlertBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateSpendAlertBody`: a dict a type checker can check."""

    threshold_amount: Required[int]
    """The alert threshold amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: Required[
        SpendAlertNotificationChannelParam | SpendAlertNotificationChannel
    ]
