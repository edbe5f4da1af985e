"""CodeInterpreterOutputLogs."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CodeInterpreterOutputLogs", "CodeInterpreterOutputLogsParam"]


class CodeInterpreterOutputLogs(OagenModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`.

    Server default: ``"logs"``."""

    logs: str
    """The logs output from the code interpreter."""


class CodeInterpreterOutputLogsParam(TypedDict, total=False):
    """Request form of :class:`CodeInterpreterOutputLogs`: a dict a type checker can check."""

    type: Required[Literal["logs"]]
    """The type of the output. Always `logs`."""

    logs: Required[str]
    """The logs output from the code interpreter."""
