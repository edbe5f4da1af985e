"""RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param",
]


class RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1(OagenModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream."""

    model: str
    """The transcription model to use for source transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param(
    TypedDict, total=False
):
    """Request form of :class:`RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1`: a dict a type checker can check."""

    model: Required[str]
    """The transcription model to use for source transcript deltas."""
