"""RunStepObjectStepDetails."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject

__all__ = ["RunStepObjectStepDetails"]

RunStepObjectStepDetails: TypeAlias = Annotated[
    Union[
        Annotated[RunStepDetailsMessageCreationObject, Tag("RunStepDetailsMessageCreationObject")],
        Annotated[RunStepDetailsToolCallsObject, Tag("RunStepDetailsToolCallsObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message_creation": "RunStepDetailsMessageCreationObject",
            "tool_calls": "RunStepDetailsToolCallsObject",
        },
    ),
]
"""The details of the run step."""
