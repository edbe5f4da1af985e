"""VectorStoreFileBatchObjectFileCounts."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VectorStoreFileBatchObjectFileCounts"]


class VectorStoreFileBatchObjectFileCounts(OagenModel):
    """VectorStoreFileBatchObjectFileCounts"""

    in_progress: int
    """The number of files that are currently being processed."""

    completed: int
    """The number of files that have been processed."""

    failed: int
    """The number of files that have failed to process."""

    cancelled: int
    """The number of files that where cancelled."""

    total: int
    """The total number of files."""
