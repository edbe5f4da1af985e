"""ToolCallFunction."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["ToolCallFunction"]


class ToolCallFunction(OagenModel):
    """ToolCallFunction"""

    name: str | None = None

    arguments: str | None = None

    description: str | None = None

    parameters: dict[str, Any] | None = None
