"""ListMessagesResponse."""

from __future__ import annotations

from .._models import OagenModel
from .message_object import MessageObject

__all__ = ["ListMessagesResponse"]


class ListMessagesResponse(OagenModel):
    """ListMessagesResponse"""

    object: str

    data: list[MessageObject]

    first_id: str

    last_id: str

    has_more: bool
