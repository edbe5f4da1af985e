"""RunStepDeltaStepDetailsToolCallsObjectToolCallsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_delta_step_details_tool_calls_code_object import (
    RunStepDeltaStepDetailsToolCallsCodeObject,
)
from .run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from .run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsObjectToolCallsItem"]

RunStepDeltaStepDetailsToolCallsObjectToolCallsItem: TypeAlias = Annotated[
    Union[
        Annotated[
            RunStepDeltaStepDetailsToolCallsCodeObject,
            Tag("RunStepDeltaStepDetailsToolCallsCodeObject"),
        ],
        Annotated[
            RunStepDeltaStepDetailsToolCallsFileSearchObject,
            Tag("RunStepDeltaStepDetailsToolCallsFileSearchObject"),
        ],
        Annotated[
            RunStepDeltaStepDetailsToolCallsFunctionObject,
            Tag("RunStepDeltaStepDetailsToolCallsFunctionObject"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "code_interpreter": "RunStepDeltaStepDetailsToolCallsCodeObject",
            "file_search": "RunStepDeltaStepDetailsToolCallsFileSearchObject",
            "function": "RunStepDeltaStepDetailsToolCallsFunctionObject",
        },
    ),
]
