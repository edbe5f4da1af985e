"""AudioTranslationResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AudioTranslationResponse"]


class AudioTranslationResponse(OagenModel):
    """AudioTranslationResponse"""

    text: str | None = None
