"""RealtimeTranslationClientEventSessionUpdate."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_translation_session_update_request import RealtimeTranslationSessionUpdateRequest

__all__ = ["RealtimeTranslationClientEventSessionUpdate"]


class RealtimeTranslationClientEventSessionUpdate(OagenModel):
    """Send this event to update the translation session configuration. Translation
    sessions support updates to `audio.output.language`, `audio.input.transcription`,
    and `audio.input.noise_reduction`."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["session.update"]
    """The event type, must be `session.update`."""

    session: RealtimeTranslationSessionUpdateRequest
    """Translation session fields to update. The session `type` and `model` are set
    at creation and cannot be changed with `session.update`."""
