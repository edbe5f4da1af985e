"""ChatCompletionTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_object import FunctionObject, FunctionObjectParam

__all__ = ["ChatCompletionTool", "ChatCompletionToolParam"]


class ChatCompletionTool(OagenModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject


class ChatCompletionToolParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionTool`: a dict a type checker can check."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[FunctionObjectParam | FunctionObject]
