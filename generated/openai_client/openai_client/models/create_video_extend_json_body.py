"""CreateVideoExtendJsonBody."""

from __future__ import annotations

from .._models import OagenModel
from .video_reference_input_param import VideoReferenceInputParam
from .video_seconds import VideoSeconds

__all__ = ["CreateVideoExtendJsonBody"]


class CreateVideoExtendJsonBody(OagenModel):
    """JSON parameters for extending an existing generated video."""

    video: VideoReferenceInputParam
    """Reference to the completed video to extend."""

    prompt: str
    """Updated text prompt that directs the extension generation."""

    seconds: VideoSeconds | str
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
