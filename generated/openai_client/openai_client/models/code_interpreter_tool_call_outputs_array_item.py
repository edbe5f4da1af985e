"""CodeInterpreterToolCallOutputsArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .code_interpreter_output_image import CodeInterpreterOutputImage
from .code_interpreter_output_logs import CodeInterpreterOutputLogs

__all__ = ["CodeInterpreterToolCallOutputsArrayItem"]

CodeInterpreterToolCallOutputsArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[CodeInterpreterOutputLogs, Tag("CodeInterpreterOutputLogs")],
        Annotated[CodeInterpreterOutputImage, Tag("CodeInterpreterOutputImage")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"logs": "CodeInterpreterOutputLogs", "image": "CodeInterpreterOutputImage"}),
]
