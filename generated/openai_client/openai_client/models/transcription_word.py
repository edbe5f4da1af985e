"""TranscriptionWord."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["TranscriptionWord"]


class TranscriptionWord(OagenModel):
    """TranscriptionWord"""

    word: str
    """The text content of the word."""

    start: float
    """Start time of the word in seconds."""

    end: float
    """End time of the word in seconds."""
