"""RealtimeMCPHTTPError."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeMCPHTTPError"]


class RealtimeMCPHTTPError(OagenModel):
    """Realtime MCP HTTP error"""

    type: Literal["http_error"]

    code: int

    message: str
