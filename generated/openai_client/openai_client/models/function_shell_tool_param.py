"""FunctionShellToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .function_shell_tool_param_environment_variant1 import (
    FunctionShellToolParamEnvironmentVariant1,
)

__all__ = ["FunctionShellToolParam"]


class FunctionShellToolParam(OagenModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`.

    Server default: ``"shell"``."""

    environment: FunctionShellToolParamEnvironmentVariant1 | None = None
