"""MessageContentImageUrlObject."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .message_content_image_url_object_image_url import (
    MessageContentImageUrlObjectImageUrl,
    MessageContentImageUrlObjectImageUrlParam,
)

__all__ = ["MessageContentImageUrlObject", "MessageContentImageUrlObjectParam"]


class MessageContentImageUrlObject(OagenModel):
    """References an image URL in the content of a message."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: MessageContentImageUrlObjectImageUrl


class MessageContentImageUrlObjectParam(TypedDict, total=False):
    """Request form of :class:`MessageContentImageUrlObject`: a dict a type checker can check."""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[
        MessageContentImageUrlObjectImageUrlParam | MessageContentImageUrlObjectImageUrl
    ]
