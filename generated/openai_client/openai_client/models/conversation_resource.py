"""ConversationResource."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["ConversationResource"]


class ConversationResource(OagenModel):
    """ConversationResource"""

    id: str
    """The unique ID of the conversation."""

    object: Literal["conversation"]
    """The object type, which is always `conversation`.

    Server default: ``"conversation"``."""

    metadata: Any
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """

    created_at: int
    """The time at which the conversation was created, measured in seconds since the Unix epoch."""
