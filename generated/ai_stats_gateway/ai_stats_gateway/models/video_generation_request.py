"""VideoGenerationRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VideoGenerationRequest", "VideoGenerationRequestParam"]


class VideoGenerationRequest(OagenModel):
    """VideoGenerationRequest"""

    model: str

    prompt: str

    duration: int | None = None

    ratio: str | None = None


class VideoGenerationRequestParam(TypedDict, total=False):
    """Request form of :class:`VideoGenerationRequest`: a dict a type checker can check."""

    model: Required[str]

    prompt: Required[str]

    duration: int

    ratio: str
