"""FunctionShellCallOutputExitOutcomeParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamParam",
]


class FunctionShellCallOutputExitOutcomeParam(OagenModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`.

    Server default: ``"exit"``."""

    exit_code: int
    """The exit code returned by the shell process."""


class FunctionShellCallOutputExitOutcomeParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionShellCallOutputExitOutcomeParam`: a dict a type checker can check."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""
