"""MessageStreamEventThreadMessageDelta."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_object import MessageDeltaObject

__all__ = ["MessageStreamEventThreadMessageDelta"]


class MessageStreamEventThreadMessageDelta(OagenModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"]

    data: MessageDeltaObject
