"""ChatCompletionRequestMessageContentPartText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ChatCompletionRequestMessageContentPartText"]


class ChatCompletionRequestMessageContentPartText(OagenModel):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: Literal["text"]
    """The type of the content part."""

    text: str
    """The text content."""
