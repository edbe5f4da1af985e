"""RealtimeTranslationClientEventSessionClose."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeTranslationClientEventSessionClose"]


class RealtimeTranslationClientEventSessionClose(OagenModel):
    """Gracefully close the realtime translation session. The server flushes pending
    input audio and emits any remaining translated output before closing the
    session."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["session.close"]
    """The event type, must be `session.close`."""
