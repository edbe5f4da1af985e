"""CreateVideoCharacterBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateVideoCharacterBody"]


class CreateVideoCharacterBody(OagenModel):
    """Parameters for creating a character from an uploaded video."""

    video: bytes
    """Video file used to create a character."""

    name: str
    """Display name for this API character."""
