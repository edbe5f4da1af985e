"""RealtimeMCPProtocolError."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeMCPProtocolError"]


class RealtimeMCPProtocolError(OagenModel):
    """Realtime MCP protocol error"""

    type: Literal["protocol_error"]

    code: int

    message: str
