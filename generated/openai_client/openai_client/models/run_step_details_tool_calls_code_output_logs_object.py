"""RunStepDetailsToolCallsCodeOutputLogsObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RunStepDetailsToolCallsCodeOutputLogsObject"]


class RunStepDetailsToolCallsCodeOutputLogsObject(OagenModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str
    """The text output from the Code Interpreter tool call."""
