"""RealtimeSessionCreateRequestGAToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .mcp_tool import MCPTool, MCPToolParam
from .realtime_function_tool import RealtimeFunctionTool, RealtimeFunctionToolParam

__all__ = [
    "RealtimeSessionCreateRequestGAToolsItem",
    "RealtimeSessionCreateRequestGAToolsItemParam",
]

RealtimeSessionCreateRequestGAToolsItem: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeFunctionTool, Tag("RealtimeFunctionTool")],
        Annotated[MCPTool, Tag("MCPTool")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
        default="RealtimeFunctionTool",
    ),
]


RealtimeSessionCreateRequestGAToolsItemParam: TypeAlias = (
    RealtimeFunctionToolParam | RealtimeFunctionTool | MCPToolParam | MCPTool
)
"""Request form of :class:`RealtimeSessionCreateRequestGAToolsItem`: a dict a type checker can check."""
