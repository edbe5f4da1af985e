"""RealtimeTranslationServerEventSessionClosed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeTranslationServerEventSessionClosed"]


class RealtimeTranslationServerEventSessionClosed(OagenModel):
    """Returned when a realtime translation session is closed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.closed"]
    """The event type, must be `session.closed`."""
