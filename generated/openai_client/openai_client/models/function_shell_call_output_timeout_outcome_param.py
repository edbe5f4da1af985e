"""FunctionShellCallOutputTimeoutOutcomeParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamParam",
]


class FunctionShellCallOutputTimeoutOutcomeParam(OagenModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`.

    Server default: ``"timeout"``."""


class FunctionShellCallOutputTimeoutOutcomeParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionShellCallOutputTimeoutOutcomeParam`: a dict a type checker can check."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""
