"""MessageStreamEventThreadMessageInProgress."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventThreadMessageInProgress"]


class MessageStreamEventThreadMessageInProgress(OagenModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"]

    data: MessageObject
