"""ChatCompletionDeleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ChatCompletionDeleted"]


class ChatCompletionDeleted(OagenModel):
    """ChatCompletionDeleted"""

    object: Literal["chat.completion.deleted"]
    """The type of object being deleted."""

    id: str
    """The ID of the chat completion that was deleted."""

    deleted: bool
    """Whether the chat completion was deleted."""
