"""ConversationParam."""

from __future__ import annotations

from typing import TypeAlias

from .conversation_param2 import ConversationParam2, ConversationParam2Param

__all__ = ["ConversationParam", "ConversationParamParam"]

ConversationParam: TypeAlias = ConversationParam2 | str
"""The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this conversation after this response completes.
"""


ConversationParamParam: TypeAlias = str | ConversationParam2Param | ConversationParam2
"""Request form of :class:`ConversationParam`: a dict a type checker can check."""
