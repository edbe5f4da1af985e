"""AudioTranslationRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AudioTranslationRequest"]


class AudioTranslationRequest(OagenModel):
    """AudioTranslationRequest"""

    model: str

    audio_url: str | None = None

    audio_b64: str | None = None

    language: str | None = None

    prompt: str | None = None

    temperature: float | None = None
