"""RunObjectRequiredActionSubmitToolOutputs."""

from __future__ import annotations

from .._models import OagenModel
from .run_tool_call_object import RunToolCallObject

__all__ = ["RunObjectRequiredActionSubmitToolOutputs"]


class RunObjectRequiredActionSubmitToolOutputs(OagenModel):
    """Details on the tool outputs needed for this run to continue."""

    tool_calls: list[RunToolCallObject]
    """A list of the relevant tool calls."""
