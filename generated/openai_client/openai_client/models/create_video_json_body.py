"""CreateVideoJsonBody."""

from __future__ import annotations

from .._models import OagenModel
from .image_ref_param2 import ImageRefParam2
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize

__all__ = ["CreateVideoJsonBody"]


class CreateVideoJsonBody(OagenModel):
    """JSON parameters for creating a new video generation job."""

    model: VideoModel | None = None
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: str
    """Text prompt that describes the video to generate."""

    input_reference: ImageRefParam2 | None = None
    """Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`."""

    seconds: VideoSeconds | str | None = None
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize | str | None = None
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""
