"""ChatCompletionNamedToolChoiceCustomCustom."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionNamedToolChoiceCustomCustomParam",
]


class ChatCompletionNamedToolChoiceCustomCustom(OagenModel):
    """ChatCompletionNamedToolChoiceCustomCustom"""

    name: str
    """The name of the custom tool to call."""


class ChatCompletionNamedToolChoiceCustomCustomParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionNamedToolChoiceCustomCustom`: a dict a type checker can check."""

    name: Required[str]
    """The name of the custom tool to call."""
