"""ChatCompletionRequestMessageContentPartImageImageUrl."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartImageImageUrlParam",
]


class ChatCompletionRequestMessageContentPartImageImageUrl(OagenModel):
    """ChatCompletionRequestMessageContentPartImageImageUrl"""

    url: str
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding).

    Server default: ``"auto"``."""


class ChatCompletionRequestMessageContentPartImageImageUrlParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartImageImageUrl`: a dict a type checker can check."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding)."""
