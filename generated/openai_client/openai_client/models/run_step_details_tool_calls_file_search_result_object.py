"""RunStepDetailsToolCallsFileSearchResultObject."""

from __future__ import annotations

from .._models import OagenModel
from .run_step_details_tool_calls_file_search_result_object_content_item import (
    RunStepDetailsToolCallsFileSearchResultObjectContentItem,
)

__all__ = ["RunStepDetailsToolCallsFileSearchResultObject"]


class RunStepDetailsToolCallsFileSearchResultObject(OagenModel):
    """A result instance of the file search."""

    file_id: str
    """The ID of the file that result was found in."""

    file_name: str
    """The name of the file that result was found in."""

    score: float
    """The score of the result. All values must be a floating point number between 0 and 1."""

    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None = None
    """The content of the result that was found. The content is only included if requested via the include query parameter."""
