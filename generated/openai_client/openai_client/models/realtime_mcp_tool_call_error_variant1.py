"""RealtimeMCPToolCallErrorVariant1."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_mcp_protocol_error import RealtimeMCPProtocolError
from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
from .realtime_mcphttp_error import RealtimeMCPHTTPError

__all__ = ["RealtimeMCPToolCallErrorVariant1"]

RealtimeMCPToolCallErrorVariant1: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeMCPProtocolError, Tag("RealtimeMCPProtocolError")],
        Annotated[RealtimeMCPToolExecutionError, Tag("RealtimeMCPToolExecutionError")],
        Annotated[RealtimeMCPHTTPError, Tag("RealtimeMCPHTTPError")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "protocol_error": "RealtimeMCPProtocolError",
            "tool_execution_error": "RealtimeMCPToolExecutionError",
            "http_error": "RealtimeMCPHTTPError",
        },
    ),
]
"""The error from the tool call, if any."""
