"""ToolSearchToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .empty_model_param import EmptyModelParam
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchToolParam", "ToolSearchToolParamParam"]


class ToolSearchToolParam(OagenModel):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"]
    """The type of the tool. Always `tool_search`.

    Server default: ``"tool_search"``."""

    execution: ToolSearchExecutionType | str | None = None
    """Whether tool search is executed by the server or by the client."""

    description: str | None = None

    parameters: EmptyModelParam | None = None


class ToolSearchToolParamParam(TypedDict, total=False):
    """Request form of :class:`ToolSearchToolParam`: a dict a type checker can check."""

    type: Required[Literal["tool_search"]]
    """The type of the tool. Always `tool_search`."""

    execution: ToolSearchExecutionType
    """Whether tool search is executed by the server or by the client."""

    description: str | None

    parameters: EmptyModelParam | None
