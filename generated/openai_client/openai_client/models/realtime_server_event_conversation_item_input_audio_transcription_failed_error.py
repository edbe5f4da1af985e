"""RealtimeServerEventConversationItemInputAudioTranscriptionFailedError."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeServerEventConversationItemInputAudioTranscriptionFailedError"]


class RealtimeServerEventConversationItemInputAudioTranscriptionFailedError(OagenModel):
    """Details of the transcription error."""

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""

    message: str | None = None
    """A human-readable error message."""

    param: str | None = None
    """Parameter related to the error, if any."""
