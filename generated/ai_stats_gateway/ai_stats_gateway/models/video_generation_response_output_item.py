"""VideoGenerationResponseOutputItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VideoGenerationResponseOutputItem"]


class VideoGenerationResponseOutputItem(OagenModel):
    """VideoGenerationResponseOutputItem"""

    id: str | None = None

    type: str | None = None

    url: str | None = None
