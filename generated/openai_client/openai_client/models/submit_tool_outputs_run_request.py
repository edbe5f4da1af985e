"""SubmitToolOutputsRunRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem,
    SubmitToolOutputsRunRequestToolOutputsItemParam,
)

__all__ = ["SubmitToolOutputsRunRequest", "SubmitToolOutputsRunRequestParam"]


class SubmitToolOutputsRunRequest(OagenModel):
    """SubmitToolOutputsRunRequest"""

    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None = None


class SubmitToolOutputsRunRequestParam(TypedDict, total=False):
    """Request form of :class:`SubmitToolOutputsRunRequest`: a dict a type checker can check."""

    tool_outputs: Required[
        Sequence[
            SubmitToolOutputsRunRequestToolOutputsItemParam
            | SubmitToolOutputsRunRequestToolOutputsItem
        ]
    ]
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None
