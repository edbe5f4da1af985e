"""RealtimeTranslationSession."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_translation_session_audio import RealtimeTranslationSessionAudio

__all__ = ["RealtimeTranslationSession"]


class RealtimeTranslationSession(OagenModel):
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language."""

    id: str
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    type: Literal["translation"]
    """The session type. Always `translation` for Realtime translation sessions."""

    expires_at: int
    """Expiration timestamp for the session, in seconds since epoch."""

    model: str
    """The Realtime translation model used for this session. This field is set at
    session creation and cannot be changed with `session.update`."""

    audio: RealtimeTranslationSessionAudio
    """Configuration for translation input and output audio."""
