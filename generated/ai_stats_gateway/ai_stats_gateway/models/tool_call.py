"""ToolCall."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .tool_call_function import ToolCallFunction

__all__ = ["ToolCall"]


class ToolCall(OagenModel):
    """ToolCall"""

    id: str

    type: Literal["function"]

    function: ToolCallFunction
