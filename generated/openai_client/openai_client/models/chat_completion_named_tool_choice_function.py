"""ChatCompletionNamedToolChoiceFunction."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ChatCompletionNamedToolChoiceFunction", "ChatCompletionNamedToolChoiceFunctionParam"]


class ChatCompletionNamedToolChoiceFunction(OagenModel):
    """ChatCompletionNamedToolChoiceFunction"""

    name: str
    """The name of the function to call."""


class ChatCompletionNamedToolChoiceFunctionParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionNamedToolChoiceFunction`: a dict a type checker can check."""

    name: Required[str]
    """The name of the function to call."""
