"""VideoGenerationResponse."""

from __future__ import annotations

from .._models import OagenModel
from .video_generation_response_output_item import VideoGenerationResponseOutputItem

__all__ = ["VideoGenerationResponse"]


class VideoGenerationResponse(OagenModel):
    """VideoGenerationResponse"""

    id: str | None = None

    model: str | None = None

    status: str | None = None

    created: int | None = None

    object: str | None = None

    output: list[VideoGenerationResponseOutputItem] | None = None
