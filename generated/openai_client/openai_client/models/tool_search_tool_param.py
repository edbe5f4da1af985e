"""ToolSearchToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .empty_model_param import EmptyModelParam
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchToolParam"]


class ToolSearchToolParam(OagenModel):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"]
    """The type of the tool. Always `tool_search`.

    Server default: ``"tool_search"``."""

    execution: ToolSearchExecutionType | str | None = None
    """Whether tool search is executed by the server or by the client."""

    description: str | None = None

    parameters: EmptyModelParam | None = None
