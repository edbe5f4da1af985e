"""EmbeddingsRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EmbeddingsRequest"]


class EmbeddingsRequest(OagenModel):
    """EmbeddingsRequest"""

    model: str

    input: list[str] | str

    encoding_format: str | None = None

    dimensions: int | None = None

    user: str | None = None
