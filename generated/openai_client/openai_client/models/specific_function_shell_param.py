"""SpecificFunctionShellParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SpecificFunctionShellParam"]


class SpecificFunctionShellParam(OagenModel):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Literal["shell"]
    """The tool to call. Always `shell`.

    Server default: ``"shell"``."""
