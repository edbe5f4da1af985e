"""RealtimeTranscriptionSessionCreateRequestGAAudio."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_transcription_session_create_request_ga_audio_input import (
    RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    RealtimeTranscriptionSessionCreateRequestGAAudioInputParam,
)

__all__ = [
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioParam",
]


class RealtimeTranscriptionSessionCreateRequestGAAudio(OagenModel):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGAAudioInput | None = None


class RealtimeTranscriptionSessionCreateRequestGAAudioParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranscriptionSessionCreateRequestGAAudio`: a dict a type checker can check."""

    input: (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputParam
        | RealtimeTranscriptionSessionCreateRequestGAAudioInput
    )
