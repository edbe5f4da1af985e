"""ToolSearchCall."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel
from .function_call_status import FunctionCallStatus
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchCall"]


class ToolSearchCall(OagenModel):
    """ToolSearchCall"""

    type: Literal["tool_search_call"]
    """The type of the item. Always `tool_search_call`.

    Server default: ``"tool_search_call"``."""

    id: str
    """The unique ID of the tool search call item."""

    call_id: str | None

    execution: ToolSearchExecutionType | str
    """Whether tool search was executed by the server or by the client."""

    arguments: Any
    """Arguments used for the tool search call."""

    status: FunctionCallStatus | str
    """The status of the tool search call item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
