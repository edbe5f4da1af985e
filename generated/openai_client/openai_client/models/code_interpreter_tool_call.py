"""CodeInterpreterToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .code_interpreter_tool_call_outputs_array_item import CodeInterpreterToolCallOutputsArrayItem

__all__ = ["CodeInterpreterToolCall"]


class CodeInterpreterToolCall(OagenModel):
    """A tool call to run code."""

    type: Literal["code_interpreter_call"]
    """The type of the code interpreter tool call. Always `code_interpreter_call`.

    Server default: ``"code_interpreter_call"``."""

    id: str
    """The unique ID of the code interpreter tool call."""

    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"] | str
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: str
    """The ID of the container used to run the code."""

    code: str | None

    outputs: list[CodeInterpreterToolCallOutputsArrayItem] | None
