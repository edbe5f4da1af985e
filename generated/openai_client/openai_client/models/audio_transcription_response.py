"""AudioTranscriptionResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AudioTranscriptionResponse"]


class AudioTranscriptionResponse(OagenModel):
    """AudioTranscriptionResponse"""

    model: (
        Literal[
            "whisper-1",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe",
            "gpt-4o-transcribe-diarize",
            "gpt-realtime-whisper",
        ]
        | str
        | None
    ) = None
    """The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    language: str | None = None
    """The language of the input audio."""

    prompt: str | None = None
    """The prompt configured for input audio transcription, when present."""
