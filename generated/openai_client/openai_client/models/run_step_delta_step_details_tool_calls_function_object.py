"""RunStepDeltaStepDetailsToolCallsFunctionObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_delta_step_details_tool_calls_function_object_function import (
    RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsFunctionObject"]


class RunStepDeltaStepDetailsToolCallsFunctionObject(OagenModel):
    """Function tool call"""

    index: int
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None = None
    """The definition of the function that was called."""
