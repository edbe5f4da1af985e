"""ListRunsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["ListRunsResponse"]


class ListRunsResponse(OagenModel):
    """ListRunsResponse"""

    object: str

    data: list[RunObject]

    first_id: str

    last_id: str

    has_more: bool
