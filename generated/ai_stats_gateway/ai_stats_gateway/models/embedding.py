"""Embedding."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Embedding"]


class Embedding(OagenModel):
    """Embedding"""

    object: str | None = None

    embedding: list[float] | None = None

    index: int | None = None
