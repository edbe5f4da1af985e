"""RunStepDeltaObjectDeltaStepDetails."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject,
)
from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject

__all__ = ["RunStepDeltaObjectDeltaStepDetails"]

RunStepDeltaObjectDeltaStepDetails: TypeAlias = Annotated[
    Union[
        Annotated[
            RunStepDeltaStepDetailsMessageCreationObject,
            Tag("RunStepDeltaStepDetailsMessageCreationObject"),
        ],
        Annotated[
            RunStepDeltaStepDetailsToolCallsObject, Tag("RunStepDeltaStepDetailsToolCallsObject")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message_creation": "RunStepDeltaStepDetailsMessageCreationObject",
            "tool_calls": "RunStepDeltaStepDetailsToolCallsObject",
        },
    ),
]
"""The details of the run step."""
