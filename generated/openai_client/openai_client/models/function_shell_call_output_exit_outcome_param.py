"""FunctionShellCallOutputExitOutcomeParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FunctionShellCallOutputExitOutcomeParam"]


class FunctionShellCallOutputExitOutcomeParam(OagenModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`.

    Server default: ``"exit"``."""

    exit_code: int
    """The exit code returned by the shell process."""
