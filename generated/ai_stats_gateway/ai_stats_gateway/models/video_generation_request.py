"""VideoGenerationRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VideoGenerationRequest"]


class VideoGenerationRequest(OagenModel):
    """VideoGenerationRequest"""

    model: str

    prompt: str

    duration: int | None = None

    ratio: str | None = None
