"""InputImageContentParamAutoParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .detail_enum import DetailEnum

__all__ = ["InputImageContentParamAutoParam"]


class InputImageContentParamAutoParam(OagenModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`.

    Server default: ``"input_image"``."""

    image_url: str | None = None

    file_id: str | None = None

    detail: DetailEnum | str | None = None
