"""ListModelsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .model import Model

__all__ = ["ListModelsResponse"]


class ListModelsResponse(OagenModel):
    """ListModelsResponse"""

    ok: bool | None = None

    limit: int | None = None

    offset: int | None = None

    total: int | None = None

    models: list[Model] | None = None
