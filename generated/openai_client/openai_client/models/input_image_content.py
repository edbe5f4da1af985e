"""InputImageContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .image_detail import ImageDetail

__all__ = ["InputImageContent", "InputImageContentParam"]


class InputImageContent(OagenModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`.

    Server default: ``"input_image"``."""

    image_url: str | None = None

    file_id: str | None = None

    detail: ImageDetail | str
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""


class InputImageContentParam(TypedDict, total=False):
    """Request form of :class:`InputImageContent`: a dict a type checker can check."""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: str | None

    file_id: str | None

    detail: Required[ImageDetail]
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
