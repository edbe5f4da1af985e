"""RealtimeBetaServerEventResponseDone."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_beta_response import RealtimeBetaResponse

__all__ = ["RealtimeBetaServerEventResponseDone"]


class RealtimeBetaServerEventResponseDone(OagenModel):
    """Returned when a Response is done streaming. Always emitted, no matter the
    final state. The Response object included in the `response.done` event will
    include all output Items in the Response but will omit the raw audio data."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.done"]
    """The event type, must be `response.done`."""

    response: RealtimeBetaResponse
