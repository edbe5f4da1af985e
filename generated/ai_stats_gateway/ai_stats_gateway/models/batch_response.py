"""BatchResponse."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .batch_request_counts import BatchRequestCounts

__all__ = ["BatchResponse"]


class BatchResponse(OagenModel):
    """BatchResponse"""

    id: str | None = None

    object: str | None = None

    endpoint: str | None = None

    errors: dict[str, Any] | None = None

    input_file_id: str | None = None

    completion_window: str | None = None

    status: str | None = None

    output_file_id: str | None = None

    error_file_id: str | None = None

    created_at: int | None = None

    in_progress_at: int | None = None

    expires_at: int | None = None

    finalizing_at: int | None = None

    completed_at: int | None = None

    failed_at: int | None = None

    expired_at: int | None = None

    cancelling_at: int | None = None

    cancelled_at: int | None = None

    request_counts: BatchRequestCounts | None = None

    metadata: dict[str, Any] | None = None
