"""BatchRequestCounts."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["BatchRequestCounts"]


class BatchRequestCounts(OagenModel):
    """BatchRequestCounts"""

    total: int | None = None

    completed: int | None = None

    failed: int | None = None
