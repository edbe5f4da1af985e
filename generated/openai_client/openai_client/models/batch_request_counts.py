"""BatchRequestCounts."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["BatchRequestCounts"]


class BatchRequestCounts(OagenModel):
    """The request counts for different statuses within the batch."""

    total: int
    """Total number of requests in the batch."""

    completed: int
    """Number of requests that have been completed successfully."""

    failed: int
    """Number of requests that have failed."""
