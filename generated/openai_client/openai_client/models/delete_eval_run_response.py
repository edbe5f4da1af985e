"""DeleteEvalRunResponse."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["DeleteEvalRunResponse"]


class DeleteEvalRunResponse(OagenModel):
    """DeleteEvalRunResponse"""

    object: str | None = None

    deleted: bool | None = None

    run_id: str | None = None
