"""CodeInterpreterToolCallOutputsArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .code_interpreter_output_image import (
    CodeInterpreterOutputImage,
    CodeInterpreterOutputImageParam,
)
from .code_interpreter_output_logs import CodeInterpreterOutputLogs, CodeInterpreterOutputLogsParam

__all__ = [
    "CodeInterpreterToolCallOutputsArrayItem",
    "CodeInterpreterToolCallOutputsArrayItemParam",
]

CodeInterpreterToolCallOutputsArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[CodeInterpreterOutputLogs, Tag("CodeInterpreterOutputLogs")],
        Annotated[CodeInterpreterOutputImage, Tag("CodeInterpreterOutputImage")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"logs": "CodeInterpreterOutputLogs", "image": "CodeInterpreterOutputImage"}),
]


CodeInterpreterToolCallOutputsArrayItemParam: TypeAlias = (
    CodeInterpreterOutputLogsParam
    | CodeInterpreterOutputLogs
    | CodeInterpreterOutputImageParam
    | CodeInterpreterOutputImage
)
"""Request form of :class:`CodeInterpreterToolCallOutputsArrayItem`: a dict a type checker can check."""
