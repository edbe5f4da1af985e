"""ListBatchesResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .batch import Batch

__all__ = ["ListBatchesResponse"]


class ListBatchesResponse(OagenModel):
    """ListBatchesResponse"""

    data: list[Batch]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool

    object: Literal["list"]
