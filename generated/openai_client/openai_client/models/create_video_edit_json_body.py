"""CreateVideoEditJsonBody."""

from __future__ import annotations

from .._models import OagenModel
from .video_reference_input_param import VideoReferenceInputParam

__all__ = ["CreateVideoEditJsonBody"]


class CreateVideoEditJsonBody(OagenModel):
    """JSON parameters for editing an existing generated video."""

    video: VideoReferenceInputParam
    """Reference to the completed video to edit."""

    prompt: str
    """Text prompt that describes how to edit the source video."""
