"""MessageRequestContentTextObject."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["MessageRequestContentTextObject", "MessageRequestContentTextObjectParam"]


class MessageRequestContentTextObject(OagenModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """Text content to be sent to the model"""


class MessageRequestContentTextObjectParam(TypedDict, total=False):
    """Request form of :class:`MessageRequestContentTextObject`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """Text content to be sent to the model"""
