"""ChatCompletionNamedToolChoiceCustomCustom."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatCompletionNamedToolChoiceCustomCustom"]


class ChatCompletionNamedToolChoiceCustomCustom(OagenModel):
    """ChatCompletionNamedToolChoiceCustomCustom"""

    name: str
    """The name of the custom tool to call."""
