"""DeleteEvalResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["DeleteEvalResponse"]


class DeleteEvalResponse(OagenModel):
    """DeleteEvalResponse"""

    object: str

    deleted: bool

    eval_id: str
