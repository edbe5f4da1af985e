"""TranscriptionSegment."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["TranscriptionSegment"]


class TranscriptionSegment(OagenModel):
    """TranscriptionSegment"""

    id: int
    """Unique identifier of the segment."""

    seek: int
    """Seek offset of the segment."""

    start: float
    """Start time of the segment in seconds."""

    end: float
    """End time of the segment in seconds."""

    text: str
    """Text content of the segment."""

    tokens: list[int]
    """Array of token IDs for the text content."""

    temperature: float
    """Temperature parameter used for generating the segment."""

    avg_logprob: float
    """Average logprob of the segment. If the value is lower than -1, consider the logprobs failed."""

    compression_ratio: float
    """Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed."""

    no_speech_prob: float
    """Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1, consider this segment silent."""
