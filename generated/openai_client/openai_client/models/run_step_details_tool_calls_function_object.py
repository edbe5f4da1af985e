"""RunStepDetailsToolCallsFunctionObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_tool_calls_function_object_function import (
    RunStepDetailsToolCallsFunctionObjectFunction,
)

__all__ = ["RunStepDetailsToolCallsFunctionObject"]


class RunStepDetailsToolCallsFunctionObject(OagenModel):
    """Function tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: RunStepDetailsToolCallsFunctionObjectFunction
    """The definition of the function that was called."""
