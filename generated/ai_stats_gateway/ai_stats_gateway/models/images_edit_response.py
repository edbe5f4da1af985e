"""ImagesEditResponse."""

from __future__ import annotations

from .._models import OagenModel
from .image import Image

__all__ = ["ImagesEditResponse"]


class ImagesEditResponse(OagenModel):
    """ImagesEditResponse"""

    created: int | None = None

    data: list[Image] | None = None
