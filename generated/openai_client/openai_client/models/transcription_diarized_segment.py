"""TranscriptionDiarizedSegment."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TranscriptionDiarizedSegment"]


class TranscriptionDiarizedSegment(OagenModel):
    """A segment of diarized transcript text with speaker metadata."""

    type: Literal["transcript.text.segment"]
    """The type of the segment. Always `transcript.text.segment`."""

    id: str
    """Unique identifier for the segment."""

    start: float
    """Start timestamp of the segment in seconds."""

    end: float
    """End timestamp of the segment in seconds."""

    text: str
    """Transcript text for this segment."""

    speaker: str
    """Speaker label for this segment. When known speakers are provided, the label matches `known_speaker_names[]`. Otherwise speakers are labeled sequentially using capital letters (`A`, `B`, ...)."""
