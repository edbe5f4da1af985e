"""ImageGenToolCall."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ImageGenToolCall", "ImageGenToolCallParam"]


class ImageGenToolCall(OagenModel):
    """An image generation request made by the model."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"] | str
    """The status of the image generation call."""

    result: str | None


class ImageGenToolCallParam(TypedDict, total=False):
    """Request form of :class:`ImageGenToolCall`: a dict a type checker can check."""

    type: Required[Literal["image_generation_call"]]
    """The type of the image generation call. Always `image_generation_call`."""

    id: Required[str]
    """The unique ID of the image generation call."""

    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    """The status of the image generation call."""

    result: Required[str | None]
