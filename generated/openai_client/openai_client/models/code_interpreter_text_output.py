"""CodeInterpreterTextOutput."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CodeInterpreterTextOutput"]


class CodeInterpreterTextOutput(OagenModel):
    """The output of a code interpreter tool call that is text."""

    type: Literal["logs"]
    """The type of the code interpreter text output. Always `logs`."""

    logs: str
    """The logs of the code interpreter tool call."""
