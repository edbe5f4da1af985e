"""CodeInterpreterTool."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

__all__ = ["CodeInterpreterTool"]


class CodeInterpreterTool(OagenModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: AutoCodeInterpreterToolParam | str
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""
