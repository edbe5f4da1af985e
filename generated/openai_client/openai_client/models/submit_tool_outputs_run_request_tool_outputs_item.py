"""SubmitToolOutputsRunRequestToolOutputsItem."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "SubmitToolOutputsRunRequestToolOutputsItemParam",
]


class SubmitToolOutputsRunRequestToolOutputsItem(OagenModel):
    """SubmitToolOutputsRunRequestToolOutputsItem"""

    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str | None = None
    """The output of the tool call to be submitted to continue the run."""


class SubmitToolOutputsRunRequestToolOutputsItemParam(TypedDict, total=False):
    """Request form of :class:`SubmitToolOutputsRunRequestToolOutputsItem`: a dict a type checker can check."""

    tool_call_id: str
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str
    """The output of the tool call to be submitted to continue the run."""
