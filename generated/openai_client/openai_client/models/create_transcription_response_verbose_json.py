"""CreateTranscriptionResponseVerboseJson."""

from __future__ import annotations

from .._models import OagenModel
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

__all__ = ["CreateTranscriptionResponseVerboseJson"]


class CreateTranscriptionResponseVerboseJson(OagenModel):
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str
    """The language of the input audio."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The transcribed text."""

    words: list[TranscriptionWord] | None = None
    """Extracted words and their corresponding timestamps."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the transcribed text and their corresponding details."""

    usage: TranscriptTextUsageDuration | None = None
