"""ConversationParam2."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ConversationParam2"]


class ConversationParam2(OagenModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""
