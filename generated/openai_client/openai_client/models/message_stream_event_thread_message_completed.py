"""MessageStreamEventThreadMessageCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventThreadMessageCompleted"]


class MessageStreamEventThreadMessageCompleted(OagenModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"]

    data: MessageObject
