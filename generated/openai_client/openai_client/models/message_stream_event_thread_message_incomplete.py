"""MessageStreamEventThreadMessageIncomplete."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventThreadMessageIncomplete"]


class MessageStreamEventThreadMessageIncomplete(OagenModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"]

    data: MessageObject
