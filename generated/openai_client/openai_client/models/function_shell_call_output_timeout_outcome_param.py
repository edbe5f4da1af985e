"""FunctionShellCallOutputTimeoutOutcomeParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FunctionShellCallOutputTimeoutOutcomeParam"]


class FunctionShellCallOutputTimeoutOutcomeParam(OagenModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`.

    Server default: ``"timeout"``."""
