"""CreateTranslationResponseVerboseJson."""

from __future__ import annotations

from .._models import OagenModel
from .transcription_segment import TranscriptionSegment

__all__ = ["CreateTranslationResponseVerboseJson"]


class CreateTranslationResponseVerboseJson(OagenModel):
    """CreateTranslationResponseVerboseJson"""

    language: str
    """The language of the output translation (always `english`)."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The translated text."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details."""
