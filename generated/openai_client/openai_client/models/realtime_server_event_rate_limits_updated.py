"""RealtimeServerEventRateLimitsUpdated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_server_event_rate_limits_updated_rate_limits_item import (
    RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
)

__all__ = ["RealtimeServerEventRateLimitsUpdated"]


class RealtimeServerEventRateLimitsUpdated(OagenModel):
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["rate_limits.updated"]
    """The event type, must be `rate_limits.updated`."""

    rate_limits: list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]
    """List of rate limit information."""
