"""RunStepDetailsToolCallsCodeObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreter,
)

__all__ = ["RunStepDetailsToolCallsCodeObject"]


class RunStepDetailsToolCallsCodeObject(OagenModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    id: str
    """The ID of the tool call."""

    type: Literal["code_interpreter"]
    """The type of tool call. This is always going to be `code_interpreter` for this type of tool call."""

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    """The Code Interpreter tool call definition."""
