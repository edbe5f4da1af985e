"""ToolCallContentPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .tool_call_content_part_function import ToolCallContentPartFunction

__all__ = ["ToolCallContentPart"]


class ToolCallContentPart(OagenModel):
    """ToolCallContentPart"""

    type: Literal["tool_call"]

    id: str

    function: ToolCallContentPartFunction
