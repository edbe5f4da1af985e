"""SubmitToolOutputsRunRequestToolOutputsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["SubmitToolOutputsRunRequestToolOutputsItem"]


class SubmitToolOutputsRunRequestToolOutputsItem(OagenModel):
    """SubmitToolOutputsRunRequestToolOutputsItem"""

    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str | None = None
    """The output of the tool call to be submitted to continue the run."""
