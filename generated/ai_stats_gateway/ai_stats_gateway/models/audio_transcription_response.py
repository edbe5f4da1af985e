"""AudioTranscriptionResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AudioTranscriptionResponse"]


class AudioTranscriptionResponse(OagenModel):
    """AudioTranscriptionResponse"""

    text: str | None = None
