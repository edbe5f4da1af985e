"""AssistantToolsFileSearchTypeOnly."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["AssistantToolsFileSearchTypeOnly", "AssistantToolsFileSearchTypeOnlyParam"]


class AssistantToolsFileSearchTypeOnly(OagenModel):
    """FileSearch tool"""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""


class AssistantToolsFileSearchTypeOnlyParam(TypedDict, total=False):
    """Request form of :class:`AssistantToolsFileSearchTypeOnly`: a dict a type checker can check."""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""
