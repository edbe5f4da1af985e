"""CodeInterpreterTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .auto_code_interpreter_tool_param import (
    AutoCodeInterpreterToolParam,
    AutoCodeInterpreterToolParamParam,
)

__all__ = ["CodeInterpreterTool", "CodeInterpreterToolParam"]


class CodeInterpreterTool(OagenModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: AutoCodeInterpreterToolParam | str
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""


class CodeInterpreterToolParam(TypedDict, total=False):
    """Request form of :class:`CodeInterpreterTool`: a dict a type checker can check."""

    type: Required[Literal["code_interpreter"]]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: Required[str | AutoCodeInterpreterToolParamParam | AutoCodeInterpreterToolParam]
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""
