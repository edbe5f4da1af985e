"""RealtimeSessionCreateRequestInputAudioTranscription."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestInputAudioTranscriptionParam",
]


class RealtimeSessionCreateRequestInputAudioTranscription(OagenModel):
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model."""

    model: str | None = None
    """The model to use for transcription."""


class RealtimeSessionCreateRequestInputAudioTranscriptionParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestInputAudioTranscription`: a dict a type checker can check."""

    model: str
    """The model to use for transcription."""
