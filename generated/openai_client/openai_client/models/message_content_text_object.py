"""MessageContentTextObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_text_object_text import MessageContentTextObjectText

__all__ = ["MessageContentTextObject"]


class MessageContentTextObject(OagenModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: MessageContentTextObjectText
