"""ToolChoice."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ToolChoice"]


class ToolChoice(OagenModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""
