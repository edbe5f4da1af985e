"""RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject,
)

__all__ = ["RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem"]

RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem: TypeAlias = Annotated[
    Union[
        Annotated[
            RunStepDetailsToolCallsCodeOutputLogsObject,
            Tag("RunStepDetailsToolCallsCodeOutputLogsObject"),
        ],
        Annotated[
            RunStepDetailsToolCallsCodeOutputImageObject,
            Tag("RunStepDetailsToolCallsCodeOutputImageObject"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "logs": "RunStepDetailsToolCallsCodeOutputLogsObject",
            "image": "RunStepDetailsToolCallsCodeOutputImageObject",
        },
    ),
]
