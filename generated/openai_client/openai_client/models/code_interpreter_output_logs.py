"""CodeInterpreterOutputLogs."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CodeInterpreterOutputLogs"]


class CodeInterpreterOutputLogs(OagenModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`.

    Server default: ``"logs"``."""

    logs: str
    """The logs output from the code interpreter."""
