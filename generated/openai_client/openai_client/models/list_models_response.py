"""ListModelsResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .model import Model

__all__ = ["ListModelsResponse"]


class ListModelsResponse(OagenModel):
    """ListModelsResponse"""

    object: Literal["list"]

    data: list[Model]
