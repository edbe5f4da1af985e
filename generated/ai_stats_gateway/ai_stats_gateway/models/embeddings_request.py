"""EmbeddingsRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["EmbeddingsRequest", "EmbeddingsRequestParam"]


class EmbeddingsRequest(OagenModel):
    """EmbeddingsRequest"""

    model: str

    input: list[str] | str

    encoding_format: str | None = None

    dimensions: int | None = None

    user: str | None = None


class EmbeddingsRequestParam(TypedDict, total=False):
    """Request form of :class:`EmbeddingsRequest`: a dict a type checker can check."""

    model: Required[str]

    input: Required[str | Sequence[str]]

    encoding_format: str

    dimensions: int

    user: str
