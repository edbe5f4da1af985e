"""FunctionShellToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_shell_tool_param_environment_variant1 import (
    FunctionShellToolParamEnvironmentVariant1,
    FunctionShellToolParamEnvironmentVariant1Param,
)

__all__ = ["FunctionShellToolParam", "FunctionShellToolParamParam"]


class FunctionShellToolParam(OagenModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`.

    Server default: ``"shell"``."""

    environment: FunctionShellToolParamEnvironmentVariant1 | None = None


class FunctionShellToolParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionShellToolParam`: a dict a type checker can check."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: FunctionShellToolParamEnvironmentVariant1Param | None
