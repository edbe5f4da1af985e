"""ChatCompletionRequestFunctionMessage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ChatCompletionRequestFunctionMessage", "ChatCompletionRequestFunctionMessageParam"]


class ChatCompletionRequestFunctionMessage(OagenModel):
    """Function message"""

    role: Literal["function"]
    """The role of the messages author, in this case `function`."""

    content: str | None

    name: str
    """The name of the function to call."""


class ChatCompletionRequestFunctionMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestFunctionMessage`: a dict a type checker can check."""

    role: Required[Literal["function"]]
    """The role of the messages author, in this case `function`."""

    content: Required[str | None]

    name: Required[str]
    """The name of the function to call."""
