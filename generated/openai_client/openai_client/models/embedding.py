"""Embedding."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["Embedding"]


class Embedding(OagenModel):
    """Represents an embedding vector returned by embedding endpoint."""

    index: int
    """The index of the embedding in the list of embeddings."""

    embedding: list[float]
    """The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the [embedding guide](/docs/guides/embeddings)."""

    object: Literal["embedding"]
    """The object type, which is always "embedding"."""
