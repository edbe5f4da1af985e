"""ChatCompletionNamedToolChoiceFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatCompletionNamedToolChoiceFunction"]


class ChatCompletionNamedToolChoiceFunction(OagenModel):
    """ChatCompletionNamedToolChoiceFunction"""

    name: str
    """The name of the function to call."""
