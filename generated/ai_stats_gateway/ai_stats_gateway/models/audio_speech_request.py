"""AudioSpeechRequest."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AudioSpeechRequest"]


class AudioSpeechRequest(OagenModel):
    """AudioSpeechRequest"""

    model: str

    input: str

    voice: str | None = None

    format: Literal["mp3", "wav", "ogg", "aac"] | str | None = None
