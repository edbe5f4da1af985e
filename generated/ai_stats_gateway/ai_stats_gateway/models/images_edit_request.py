"""ImagesEditRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImagesEditRequest"]


class ImagesEditRequest(OagenModel):
    """ImagesEditRequest"""

    model: str

    image: str

    mask: str | None = None

    prompt: str

    size: str | None = None

    n: int | None = None

    user: str | None = None

    meta: bool | None = None

    usage: bool | None = None
