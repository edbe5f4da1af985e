"""RealtimeServerEventSessionCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_server_event_session_created_session import RealtimeServerEventSessionCreatedSession

__all__ = ["RealtimeServerEventSessionCreated"]


class RealtimeServerEventSessionCreated(OagenModel):
    """Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: RealtimeServerEventSessionCreatedSession
    """The session configuration."""
