"""EmbeddingsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .embedding import Embedding
from .usage import Usage

__all__ = ["EmbeddingsResponse"]


class EmbeddingsResponse(OagenModel):
    """EmbeddingsResponse"""

    object: str | None = None

    data: list[Embedding] | None = None

    model: str | None = None

    usage: Usage | None = None
