"""AudioTranscriptionRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AudioTranscriptionRequest"]


class AudioTranscriptionRequest(OagenModel):
    """AudioTranscriptionRequest"""

    model: str

    audio_url: str | None = None

    audio_b64: str | None = None

    language: str | None = None
