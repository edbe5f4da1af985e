"""RealtimeTranscriptionSessionCreateRequestGA."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .realtime_transcription_session_create_request_ga_audio import (
    RealtimeTranscriptionSessionCreateRequestGAAudio,
    RealtimeTranscriptionSessionCreateRequestGAAudioParam,
)

__all__ = [
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAParam",
]


class RealtimeTranscriptionSessionCreateRequestGA(OagenModel):
    """Realtime transcription session object configuration."""

    type: Literal["transcription"]
    """The type of session to create. Always `transcription` for transcription sessions."""

    audio: RealtimeTranscriptionSessionCreateRequestGAAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""


class RealtimeTranscriptionSessionCreateRequestGAParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranscriptionSessionCreateRequestGA`: a dict a type checker can check."""

    type: Required[Literal["transcription"]]
    """The type of session to create. Always `transcription` for transcription sessions."""

    audio: (
        RealtimeTranscriptionSessionCreateRequestGAAudioParam
        | RealtimeTranscriptionSessionCreateRequestGAAudio
    )
    """Configuration for input and output audio."""

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""
