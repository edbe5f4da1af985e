"""BatchRequest."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["BatchRequest"]


class BatchRequest(OagenModel):
    """BatchRequest"""

    input_file_id: str

    endpoint: str

    completion_window: str | None = None

    metadata: dict[str, Any] | None = None
