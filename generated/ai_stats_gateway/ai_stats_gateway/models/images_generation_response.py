"""ImagesGenerationResponse."""

from __future__ import annotations

from .._models import OagenModel
from .image import Image

__all__ = ["ImagesGenerationResponse"]


class ImagesGenerationResponse(OagenModel):
    """ImagesGenerationResponse"""

    created: int | None = None

    data: list[Image] | None = None
