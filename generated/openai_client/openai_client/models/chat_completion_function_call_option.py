"""ChatCompletionFunctionCallOption."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ChatCompletionFunctionCallOption", "ChatCompletionFunctionCallOptionParam"]


class ChatCompletionFunctionCallOption(OagenModel):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: str
    """The name of the function to call."""


class ChatCompletionFunctionCallOptionParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionFunctionCallOption`: a dict a type checker can check."""

    name: Required[str]
    """The name of the function to call."""
