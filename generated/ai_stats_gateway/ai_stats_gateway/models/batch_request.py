"""BatchRequest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["BatchRequest", "BatchRequestParam"]


class BatchRequest(OagenModel):
    """BatchRequest"""

    input_file_id: str

    endpoint: str

    completion_window: str | None = None

    metadata: dict[str, Any] | None = None


class BatchRequestParam(TypedDict, total=False):
    """Request form of :class:`BatchRequest`: a dict a type checker can check."""

    input_file_id: Required[str]

    endpoint: Required[str]

    completion_window: str

    metadata: Mapping[str, Any]
