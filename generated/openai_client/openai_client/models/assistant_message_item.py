"""AssistantMessageItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response_output_text import ResponseOutputText

__all__ = ["AssistantMessageItem"]


class AssistantMessageItem(OagenModel):
    """Assistant-authored message within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`.

    Server default: ``"chatkit.thread_item"``."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.assistant_message"]
    """Type discriminator that is always `chatkit.assistant_message`.

    Server default: ``"chatkit.assistant_message"``."""

    content: list[ResponseOutputText]
    """Ordered assistant response segments."""
