"""InputImageContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .image_detail import ImageDetail

__all__ = ["InputImageContent"]


class InputImageContent(OagenModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`.

    Server default: ``"input_image"``."""

    image_url: str | None = None

    file_id: str | None = None

    detail: ImageDetail | str
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
