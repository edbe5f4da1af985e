"""RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject"]


class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(OagenModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    index: int
    """The index of the output in the outputs array."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str | None = None
    """The text output from the Code Interpreter tool call."""
