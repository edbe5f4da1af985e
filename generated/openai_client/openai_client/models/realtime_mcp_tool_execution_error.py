"""RealtimeMCPToolExecutionError."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeMCPToolExecutionError"]


class RealtimeMCPToolExecutionError(OagenModel):
    """Realtime MCP tool execution error"""

    type: Literal["tool_execution_error"]

    message: str
