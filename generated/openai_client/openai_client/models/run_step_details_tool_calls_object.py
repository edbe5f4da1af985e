"""RunStepDetailsToolCallsObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_tool_calls_object_tool_calls_item import (
    RunStepDetailsToolCallsObjectToolCallsItem,
)

__all__ = ["RunStepDetailsToolCallsObject"]


class RunStepDetailsToolCallsObject(OagenModel):
    """Details of the tool call."""

    type: Literal["tool_calls"]
    """Always `tool_calls`."""

    tool_calls: list[RunStepDetailsToolCallsObjectToolCallsItem]
    """An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`."""
