"""ContextManagementParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ContextManagementParam"]


class ContextManagementParam(OagenModel):
    """ContextManagementParam"""

    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None = None
