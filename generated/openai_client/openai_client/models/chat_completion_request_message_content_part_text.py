"""ChatCompletionRequestMessageContentPartText."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
]


class ChatCompletionRequestMessageContentPartText(OagenModel):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: Literal["text"]
    """The type of the content part."""

    text: str
    """The text content."""


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartText`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """The type of the content part."""

    text: Required[str]
    """The text content."""
