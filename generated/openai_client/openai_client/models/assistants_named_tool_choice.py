"""AssistantsNamedToolChoice."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunction,
    AssistantsNamedToolChoiceFunctionParam,
)

__all__ = ["AssistantsNamedToolChoice", "AssistantsNamedToolChoiceParam"]


class AssistantsNamedToolChoice(OagenModel):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: Literal["function", "code_interpreter", "file_search"] | str
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunction | None = None


class AssistantsNamedToolChoiceParam(TypedDict, total=False):
    """Request form of :class:`AssistantsNamedToolChoice`: a dict a type checker can check."""

    type: Required[Literal["function", "code_interpreter", "file_search"]]
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunctionParam | AssistantsNamedToolChoiceFunction
