"""ImagesGenerationRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ImagesGenerationRequest", "ImagesGenerationRequestParam"]


class ImagesGenerationRequest(OagenModel):
    """ImagesGenerationRequest"""

    model: str

    prompt: str

    size: str | None = None

    n: int | None = None

    quality: str | None = None

    response_format: str | None = None

    style: str | None = None

    user: str | None = None


class ImagesGenerationRequestParam(TypedDict, total=False):
    """Request form of :class:`ImagesGenerationRequest`: a dict a type checker can check."""

    model: Required[str]

    prompt: Required[str]

    size: str

    n: int

    quality: str

    response_format: str

    style: str

    user: str
