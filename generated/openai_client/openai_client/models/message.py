"""Message."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_item import MessageContentItem
from .message_phase2 import MessagePhase2
from .message_role import MessageRole
from .message_status import MessageStatus

__all__ = ["Message"]


class Message(OagenModel):
    """A message to or from the model."""

    type: Literal["message"]
    """The type of the message. Always set to `message`.

    Server default: ``"message"``."""

    id: str
    """The unique ID of the message."""

    status: MessageStatus | str
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: MessageRole | str
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: list[MessageContentItem]
    """The content of the message"""

    phase: MessagePhase2 | str | None = None
