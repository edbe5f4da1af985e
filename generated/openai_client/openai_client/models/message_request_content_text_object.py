"""MessageRequestContentTextObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MessageRequestContentTextObject"]


class MessageRequestContentTextObject(OagenModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """Text content to be sent to the model"""
