"""RealtimeTranslationSessionCreateRequest."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_create_request_audio import (
    RealtimeTranslationSessionCreateRequestAudio,
)

__all__ = ["RealtimeTranslationSessionCreateRequest"]


class RealtimeTranslationSessionCreateRequest(OagenModel):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously."""

    model: str
    """The Realtime translation model used for this session."""

    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """Configuration for translation input and output audio."""
