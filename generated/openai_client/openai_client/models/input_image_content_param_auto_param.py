"""InputImageContentParamAutoParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .detail_enum import DetailEnum

__all__ = ["InputImageContentParamAutoParam", "InputImageContentParamAutoParamParam"]


class InputImageContentParamAutoParam(OagenModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`.

    Server default: ``"input_image"``."""

    image_url: str | None = None

    file_id: str | None = None

    detail: DetailEnum | str | None = None


class InputImageContentParamAutoParamParam(TypedDict, total=False):
    """Request form of :class:`InputImageContentParamAutoParam`: a dict a type checker can check."""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: str | None

    file_id: str | None

    detail: DetailEnum | None
