"""RunObjectRequiredAction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object_required_action_submit_tool_outputs import RunObjectRequiredActionSubmitToolOutputs

__all__ = ["RunObjectRequiredAction"]


class RunObjectRequiredAction(OagenModel):
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    type: Literal["submit_tool_outputs"]
    """For now, this is always `submit_tool_outputs`."""

    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs
    """Details on the tool outputs needed for this run to continue."""
