"""ToolCallContentPartFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ToolCallContentPartFunction"]


class ToolCallContentPartFunction(OagenModel):
    """ToolCallContentPartFunction"""

    name: str | None = None

    arguments: str | None = None
