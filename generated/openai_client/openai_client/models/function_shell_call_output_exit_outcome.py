"""FunctionShellCallOutputExitOutcome."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FunctionShellCallOutputExitOutcome"]


class FunctionShellCallOutputExitOutcome(OagenModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`.

    Server default: ``"exit"``."""

    exit_code: int
    """Exit code from the shell process."""
