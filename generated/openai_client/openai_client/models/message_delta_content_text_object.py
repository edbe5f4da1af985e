"""MessageDeltaContentTextObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_content_text_object_text import MessageDeltaContentTextObjectText

__all__ = ["MessageDeltaContentTextObject"]


class MessageDeltaContentTextObject(OagenModel):
    """The text content that is part of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["text"]
    """Always `text`."""

    text: MessageDeltaContentTextObjectText | None = None
