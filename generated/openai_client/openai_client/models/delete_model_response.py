"""DeleteModelResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["DeleteModelResponse"]


class DeleteModelResponse(OagenModel):
    """DeleteModelResponse"""

    id: str

    deleted: bool

    object: str
