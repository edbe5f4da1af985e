"""MessageDeltaObjectDelta."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_object_delta_content_item import MessageDeltaObjectDeltaContentItem

__all__ = ["MessageDeltaObjectDelta"]


class MessageDeltaObjectDelta(OagenModel):
    """The delta containing the fields that have changed on the Message."""

    role: Literal["user", "assistant"] | str | None = None
    """The entity that produced the message. One of `user` or `assistant`."""

    content: list[MessageDeltaObjectDeltaContentItem] | None = None
    """The content of the message in array of text and/or images."""
