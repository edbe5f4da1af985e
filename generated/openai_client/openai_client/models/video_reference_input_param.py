"""VideoReferenceInputParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VideoReferenceInputParam", "VideoReferenceInputParamParam"]


class VideoReferenceInputParam(OagenModel):
    """Reference to the completed video."""

    id: str
    """The identifier of the completed video."""


class VideoReferenceInputParamParam(TypedDict, total=False):
    """Request form of :class:`VideoReferenceInputParam`: a dict a type checker can check."""

    id: Required[str]
    """The identifier of the completed video."""
