"""RunStepDetailsToolCallsCodeObjectCodeInterpreter."""

from __future__ import annotations

from .._models import OagenModel
from .run_step_details_tool_calls_code_object_code_interpreter_outputs_item import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem,
)

__all__ = ["RunStepDetailsToolCallsCodeObjectCodeInterpreter"]


class RunStepDetailsToolCallsCodeObjectCodeInterpreter(OagenModel):
    """The Code Interpreter tool call definition."""

    input: str
    """The input to the Code Interpreter tool call."""

    outputs: list[RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem]
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type."""
