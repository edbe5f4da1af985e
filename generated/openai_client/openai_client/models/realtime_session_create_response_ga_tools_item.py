"""RealtimeSessionCreateResponseGAToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .mcp_tool import MCPTool
from .realtime_function_tool import RealtimeFunctionTool

__all__ = ["RealtimeSessionCreateResponseGAToolsItem"]

RealtimeSessionCreateResponseGAToolsItem: TypeAlias = Annotated[
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
