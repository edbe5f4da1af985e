"""MessageStreamEventThreadMessageCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventThreadMessageCreated"]


class MessageStreamEventThreadMessageCreated(OagenModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"]

    data: MessageObject
