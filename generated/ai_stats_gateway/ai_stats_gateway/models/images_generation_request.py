"""ImagesGenerationRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImagesGenerationRequest"]


class ImagesGenerationRequest(OagenModel):
    """ImagesGenerationRequest"""

    model: str

    prompt: str

    size: str | None = None

    n: int | None = None

    quality: str | None = None

    response_format: str | None = None

    style: str | None = None

    user: str | None = None
