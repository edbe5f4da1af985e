"""CodeInterpreterToolCall."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .code_interpreter_tool_call_outputs_array_item import (
    CodeInterpreterToolCallOutputsArrayItem,
    CodeInterpreterToolCallOutputsArrayItemParam,
)

__all__ = ["CodeInterpreterToolCall", "CodeInterpreterToolCallParam"]


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


class CodeInterpreterToolCallParam(TypedDict, total=False):
    """Request form of :class:`CodeInterpreterToolCall`: a dict a type checker can check."""

    type: Required[Literal["code_interpreter_call"]]
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: Required[str]
    """The unique ID of the code interpreter tool call."""

    status: Required[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]]
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: Required[str]
    """The ID of the container used to run the code."""

    code: Required[str | None]

    outputs: Required[Sequence[CodeInterpreterToolCallOutputsArrayItemParam] | None]
