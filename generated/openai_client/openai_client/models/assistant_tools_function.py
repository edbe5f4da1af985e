"""AssistantToolsFunction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .function_object import FunctionObject

__all__ = ["AssistantToolsFunction"]


class AssistantToolsFunction(OagenModel):
    """Function tool"""

    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionObject
