"""ChatCompletionTool."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .function_object import FunctionObject

__all__ = ["ChatCompletionTool"]


class ChatCompletionTool(OagenModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject
