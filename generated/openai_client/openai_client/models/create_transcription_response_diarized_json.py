"""CreateTranscriptionResponseDiarizedJson."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_transcription_response_diarized_json_usage import (
    CreateTranscriptionResponseDiarizedJsonUsage,
)
from .transcription_diarized_segment import TranscriptionDiarizedSegment

__all__ = ["CreateTranscriptionResponseDiarizedJson"]


class CreateTranscriptionResponseDiarizedJson(OagenModel):
    """Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations."""

    task: Literal["transcribe"]
    """The type of task that was run. Always `transcribe`."""

    duration: float
    """Duration of the input audio in seconds."""

    text: str
    """The concatenated transcript text for the entire audio input."""

    segments: list[TranscriptionDiarizedSegment]
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: CreateTranscriptionResponseDiarizedJsonUsage | None = None
    """Token or duration usage statistics for the request."""
