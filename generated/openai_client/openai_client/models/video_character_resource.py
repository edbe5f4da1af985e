"""VideoCharacterResource."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VideoCharacterResource"]


class VideoCharacterResource(OagenModel):
    """VideoCharacterResource"""

    id: str | None

    name: str | None

    created_at: int
    """Unix timestamp (in seconds) when the character was created."""
