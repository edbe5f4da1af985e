"""RunStepDetailsToolCallsFileSearchObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_step_details_tool_calls_file_search_object_file_search import (
    RunStepDetailsToolCallsFileSearchObjectFileSearch,
)

__all__ = ["RunStepDetailsToolCallsFileSearchObject"]


class RunStepDetailsToolCallsFileSearchObject(OagenModel):
    """File search tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch
    """For now, this is always going to be an empty object."""
