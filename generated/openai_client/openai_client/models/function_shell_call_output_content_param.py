"""FunctionShellCallOutputContentParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_shell_call_output_outcome_param import (
    FunctionShellCallOutputOutcomeParam,
    FunctionShellCallOutputOutcomeParamParam,
)

__all__ = ["FunctionShellCallOutputContentParam", "FunctionShellCallOutputContentParamParam"]


class FunctionShellCallOutputContentParam(OagenModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """Captured stdout output for the shell call."""

    stderr: str
    """Captured stderr output for the shell call."""

    outcome: FunctionShellCallOutputOutcomeParam
    """The exit or timeout outcome associated with this shell call."""


class FunctionShellCallOutputContentParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionShellCallOutputContentParam`: a dict a type checker can check."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[FunctionShellCallOutputOutcomeParamParam]
    """The exit or timeout outcome associated with this shell call."""
