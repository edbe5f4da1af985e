"""ConversationParam2."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ConversationParam2", "ConversationParam2Param"]


class ConversationParam2(OagenModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""


class ConversationParam2Param(TypedDict, total=False):
    """Request form of :class:`ConversationParam2`: a dict a type checker can check."""

    id: Required[str]
    """The unique ID of the conversation."""
