"""RealtimeBetaServerEventSessionUpdated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_session import RealtimeSession

__all__ = ["RealtimeBetaServerEventSessionUpdated"]


class RealtimeBetaServerEventSessionUpdated(OagenModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeSession
