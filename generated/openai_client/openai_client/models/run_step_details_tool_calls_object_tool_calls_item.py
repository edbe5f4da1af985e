"""RunStepDetailsToolCallsObjectToolCallsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject

__all__ = ["RunStepDetailsToolCallsObjectToolCallsItem"]

RunStepDetailsToolCallsObjectToolCallsItem: TypeAlias = Annotated[
    Union[
        Annotated[RunStepDetailsToolCallsCodeObject, Tag("RunStepDetailsToolCallsCodeObject")],
        Annotated[
            RunStepDetailsToolCallsFileSearchObject, Tag("RunStepDetailsToolCallsFileSearchObject")
        ],
        Annotated[
            RunStepDetailsToolCallsFunctionObject, Tag("RunStepDetailsToolCallsFunctionObject")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "code_interpreter": "RunStepDetailsToolCallsCodeObject",
            "file_search": "RunStepDetailsToolCallsFileSearchObject",
            "function": "RunStepDetailsToolCallsFunctionObject",
        },
    ),
]
