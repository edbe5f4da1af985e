"""ContextManagementParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ContextManagementParam", "ContextManagementParamParam"]


class ContextManagementParam(OagenModel):
    """ContextManagementParam"""

    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None = None


class ContextManagementParamParam(TypedDict, total=False):
    """Request form of :class:`ContextManagementParam`: a dict a type checker can check."""

    type: Required[str]
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None
