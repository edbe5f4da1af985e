"""AssistantToolsFunction."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_object import FunctionObject, FunctionObjectParam

__all__ = ["AssistantToolsFunction", "AssistantToolsFunctionParam"]


class AssistantToolsFunction(OagenModel):
    """Function tool"""

    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionObject


class AssistantToolsFunctionParam(TypedDict, total=False):
    """Request form of :class:`AssistantToolsFunction`: a dict a type checker can check."""

    type: Required[Literal["function"]]
    """The type of tool being defined: `function`"""

    function: Required[FunctionObjectParam | FunctionObject]
