"""VideoReferenceInputParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VideoReferenceInputParam"]


class VideoReferenceInputParam(OagenModel):
    """Reference to the completed video."""

    id: str
    """The identifier of the completed video."""
