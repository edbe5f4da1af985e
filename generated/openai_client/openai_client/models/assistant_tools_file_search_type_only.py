"""AssistantToolsFileSearchTypeOnly."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AssistantToolsFileSearchTypeOnly"]


class AssistantToolsFileSearchTypeOnly(OagenModel):
    """FileSearch tool"""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""
