"""RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem"]

RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem: TypeAlias = Annotated[
    Union[
        Annotated[
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
            Tag("RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject"),
        ],
        Annotated[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
            Tag("RunStepDeltaStepDetailsToolCallsCodeOutputImageObject"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "logs": "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
            "image": "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
        },
    ),
]
