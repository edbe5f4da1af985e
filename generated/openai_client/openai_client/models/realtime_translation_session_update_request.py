"""RealtimeTranslationSessionUpdateRequest."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_update_request_audio import (
    RealtimeTranslationSessionUpdateRequestAudio,
)

__all__ = ["RealtimeTranslationSessionUpdateRequest"]


class RealtimeTranslationSessionUpdateRequest(OagenModel):
    """Realtime translation session fields that can be updated with `session.update`."""

    audio: RealtimeTranslationSessionUpdateRequestAudio | None = None
    """Configuration for translation input and output audio."""
