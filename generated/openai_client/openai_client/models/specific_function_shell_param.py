"""SpecificFunctionShellParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SpecificFunctionShellParam", "SpecificFunctionShellParamParam"]


class SpecificFunctionShellParam(OagenModel):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Literal["shell"]
    """The tool to call. Always `shell`.

    Server default: ``"shell"``."""


class SpecificFunctionShellParamParam(TypedDict, total=False):
    """Request form of :class:`SpecificFunctionShellParam`: a dict a type checker can check."""

    type: Required[Literal["shell"]]
    """The tool to call. Always `shell`."""
