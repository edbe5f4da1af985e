"""RealtimeSessionCreateRequestInputAudioTranscription."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeSessionCreateRequestInputAudioTranscription"]


class RealtimeSessionCreateRequestInputAudioTranscription(OagenModel):
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model."""

    model: str | None = None
    """The model to use for transcription."""
