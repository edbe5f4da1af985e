"""MessageContentImageUrlObjectImageUrl."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["MessageContentImageUrlObjectImageUrl", "MessageContentImageUrlObjectImageUrlParam"]


class MessageContentImageUrlObjectImageUrl(OagenModel):
    """MessageContentImageUrlObjectImageUrl"""

    url: str
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`

    Server default: ``"auto"``."""


class MessageContentImageUrlObjectImageUrlParam(TypedDict, total=False):
    """Request form of :class:`MessageContentImageUrlObjectImageUrl`: a dict a type checker can check."""

    url: Required[str]
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`"""
