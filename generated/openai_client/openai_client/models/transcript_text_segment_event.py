"""TranscriptTextSegmentEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TranscriptTextSegmentEvent"]


class TranscriptTextSegmentEvent(OagenModel):
    """Emitted when a diarized transcription returns a completed segment with speaker information. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with `stream` set to `true` and `response_format` set to `diarized_json`."""

    type: Literal["transcript.text.segment"]
    """The type of the event. Always `transcript.text.segment`."""

    id: str
    """Unique identifier for the segment."""

    start: float
    """Start timestamp of the segment in seconds."""

    end: float
    """End timestamp of the segment in seconds."""

    text: str
    """Transcript text for this segment."""

    speaker: str
    """Speaker label for this segment."""
