"""ListModelsResponse500."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ListModelsResponse500"]


class ListModelsResponse500(OagenModel):
    """ListModelsResponse500"""

    ok: bool | None = None

    error: str | None = None

    message: str | None = None
